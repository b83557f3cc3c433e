// Accent-insensitive search over the index written by the build. A small site's index is
// window.BANGVANG_SEARCH (every entry, matched anywhere in the text). A large site's is split:
// window.BANGVANG_SEARCH_SHARDS counts the entries of each shard, keyed by the first two
// letters of a folded word; a query loads, as a script (so it works from file:// too), the
// smallest shard among its words', and finds the entries with a word starting with each of its
// words.
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

  function show(data, matches) {
    list.innerHTML = "";
    var shown = 0;
    for (var i = 0; i < data.length && shown < 100; i++) {
      if (!matches(i)) continue;
      shown++;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + data[i].u;
      a.textContent = data[i].t;
      var kind = document.createElement("span");
      kind.className = "meta";
      kind.textContent = " · " + data[i].k + (data[i].d ? " — " + data[i].d : "");
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    }
    status.textContent = shown ? shown + " " + say("found") + (shown === 100 ? " " + say("first") : "") : say("none");
  }

  function runWhole(terms) {
    show(whole, function (i) {
      return terms.every(function (t) { return foldedWhole[i].indexOf(t) !== -1; });
    });
  }

  function runShard(terms, query) {
    var best = null;
    terms.forEach(function (t) {
      if (t.length < 2) return;
      var k = t.slice(0, 2);
      var n = shards[k] || 0;
      if (best === null || n < best.n) best = { k: k, n: n };
    });
    if (best === null) { list.innerHTML = ""; status.textContent = say("short"); return; }
    if (!best.n) { list.innerHTML = ""; status.textContent = say("none"); return; }
    var finish = function () {
      if (input.value !== query) return;
      var data = loaded[best.k] || [];
      var folded = data.map(function (e) { return words(fold(e.t + " " + e.d)); });
      show(data, function (i) {
        return terms.every(function (t) {
          return folded[i].some(function (w) { return w.lastIndexOf(t, 0) === 0; });
        });
      });
    };
    if (loaded[best.k]) { finish(); return; }
    status.textContent = say("loading");
    var s = document.createElement("script");
    s.src = status.getAttribute("data-shards") + best.k + ".js";
    s.onload = finish;
    document.body.appendChild(s);
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
