// Accent-insensitive search over the index written by the build. A small site's index is
// window.BANGVANG_SEARCH (every entry, matched anywhere in the text). A large site's is split
// (see src/render/exports/search_index.rs): window.BANGVANG_SEARCH_SHARDS says how many
// entries have a word of each key (the first two letters of a folded word) and how many
// entries a chunk file holds. A query loads, as scripts (so it works from file:// too), the
// key file with the fewest entries among its words' keys, keeps the entries with a word
// starting with that query word, then loads their chunks in order and keeps those with a word
// starting with each query word, until it has 100.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var brand = document.querySelector("a.brand");
  var root = brand ? brand.getAttribute("href").replace(/index\.html$/, "") : "";
  // The words come from the page, in its language.
  var say = function (name) { return status.getAttribute("data-" + name); };
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d").replace(/\u0110/g, "D").toLowerCase();
  }
  function words(s) { return s.split(/[^a-z0-9]+/).filter(Boolean); }
  var whole = window.BANGVANG_SEARCH;
  var shards = window.BANGVANG_SEARCH_SHARDS;
  var loaded = window.BANGVANG_SEARCH_PARTS = window.BANGVANG_SEARCH_PARTS || {};
  var foldedWhole = whole ? whole.map(function (e) { return fold(e.t + " " + e.d); }) : [];

  function item(e) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + e.u;
    a.textContent = e.t;
    var kind = document.createElement("span");
    kind.className = "meta";
    kind.textContent = " · " + e.k + (e.d ? " — " + e.d : "");
    li.appendChild(a);
    li.appendChild(kind);
    return li;
  }

  function say_found(shown) {
    status.textContent = shown ? shown + " " + say("found") + (shown === 100 ? " " + say("first") : "") : say("none");
  }

  function show(data, matches) {
    list.innerHTML = "";
    var shown = 0;
    for (var i = 0; i < data.length && shown < 100; i++) {
      if (!matches(i)) continue;
      shown++;
      list.appendChild(item(data[i]));
    }
    say_found(shown);
  }

  function runWhole(terms) {
    show(whole, function (i) {
      return terms.every(function (t) { return foldedWhole[i].indexOf(t) !== -1; });
    });
  }

  var entries = window.BANGVANG_SEARCH_ENTRIES = window.BANGVANG_SEARCH_ENTRIES || {};

  // Loads a script of the index once; `done` runs when it is there.
  function need(file, ready, done) {
    if (ready()) { done(); return; }
    var s = document.createElement("script");
    s.src = status.getAttribute("data-shards") + file;
    s.onload = done;
    document.body.appendChild(s);
  }

  function runShard(terms, query) {
    var keys = shards.keys || {};
    var best = null;
    terms.forEach(function (t) {
      if (t.length < 2) return;
      var k = t.slice(0, 2);
      var n = keys[k] || 0;
      if (best === null || n < best.n) best = { k: k, n: n, t: t };
    });
    if (best === null) { list.innerHTML = ""; status.textContent = say("short"); return; }
    if (!best.n) { list.innerHTML = ""; status.textContent = say("none"); return; }
    var stale = function () { return input.value !== query; };
    status.textContent = say("loading");
    need(best.k + ".js", function () { return loaded[best.k]; }, function () {
      if (stale()) return;
      // The entries with a word that starts with the chosen query word, in entry order.
      var candidates = [];
      (loaded[best.k] || []).forEach(function (p) {
        if (p[1].split(" ").some(function (w) { return w.lastIndexOf(best.t, 0) === 0; })) candidates.push(p[0]);
      });
      list.innerHTML = "";
      var shown = 0;
      var at = 0;
      var next = function () {
        if (stale()) return;
        while (at < candidates.length && shown < 100) {
          var n = candidates[at];
          var c = Math.floor(n / shards.chunk);
          if (!entries[c]) {
            need("entries-" + c + ".js", function () { return entries[c]; }, next);
            return;
          }
          at++;
          var e = entries[c][n - c * shards.chunk];
          if (!e) continue;
          var ws = words(fold(e.t + " " + e.d));
          var all = terms.every(function (t) {
            return ws.some(function (w) { return w.lastIndexOf(t, 0) === 0; });
          });
          if (all) { shown++; list.appendChild(item(e)); }
        }
        say_found(shown);
      };
      next();
    });
  }

  function run() {
    var query = input.value;
    var terms = whole ? fold(query).split(/\s+/).filter(Boolean) : words(fold(query));
    if (!terms.length) { list.innerHTML = ""; status.textContent = ""; return; }
    if (whole) runWhole(terms);
    else if (shards) runShard(terms, query);
  }
  input.addEventListener("input", run);
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); run(); }
})();
