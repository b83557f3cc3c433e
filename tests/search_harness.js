// Runs the built-in search.js on a built site's search page without a browser (tests/readers.rs):
//   node tests/search_harness.js <output folder> <query>
// A small stand-in for the page: the three elements search.js looks up, script elements that
// load their file from the output folder (as a browser does from file://), and the query in the
// address as `?q=`. Prints what the page shows: the status line, then one result per line
// (title, tab, address), and the files of the index that were loaded.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [out, query] = process.argv.slice(2);
const searchDir = path.join(out, "search");
const loaded = [];

function element(tag) {
  return {
    tag,
    children: [],
    attrs: {},
    textContent: "",
    set innerHTML(v) { this.children = []; },
    appendChild(c) {
      this.children.push(c);
      if (c.tag === "script") {
        // The page's scripts folder is `data-shards`; the file is read from the output.
        const file = path.join(searchDir, path.basename(c.src));
        loaded.push(path.basename(c.src));
        setTimeout(() => {
          vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
          c.onload();
        }, 0);
      }
      return c;
    },
    getAttribute(name) { return this.attrs[name]; },
    addEventListener() {},
  };
}

const input = element("input");
input.value = "";
const list = element("ol");
const status = element("p");
for (const name of ["found", "first", "none", "short", "loading"]) status.attrs["data-" + name] = name;
status.attrs["data-shards"] = "../search/";
const brand = element("a");
brand.attrs.href = "../index.html";
const body = element("body");

globalThis.window = globalThis;
globalThis.document = {
  getElementById: (id) => ({ q: input, "search-results": list, "search-status": status })[id] || null,
  querySelector: (sel) => (sel === "a.brand" ? brand : null),
  createElement: (tag) => element(tag),
  body,
};
globalThis.window.location = { search: "?q=" + encodeURIComponent(query) };

vm.runInThisContext(fs.readFileSync(path.join(out, "search-index.js"), "utf8"));
const script = path.join(__dirname, "..", "themes", "default", "static", "assets", "search.js");
vm.runInThisContext(fs.readFileSync(script, "utf8"), { filename: script });

process.on("exit", () => {
  console.log(status.textContent);
  for (const li of list.children) {
    const [a] = li.children;
    console.log(a.textContent + "\t" + a.href);
  }
  console.log("loaded: " + loaded.join(" "));
});
