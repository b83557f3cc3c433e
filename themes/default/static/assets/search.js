// Accent-insensitive search over window.BANGVANG_SEARCH (written by the build).
(function () {
  "use strict";
  var data = window.BANGVANG_SEARCH || [];
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var root = (document.querySelector("a.brand") || {}).getAttribute ? document.querySelector("a.brand").getAttribute("href").replace(/index\.html$/, "") : "";
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d").replace(/\u0110/g, "D").toLowerCase();
  }
  var folded = data.map(function (e) { return fold(e.t + " " + e.d); });
  function run() {
    var terms = fold(input.value).split(/\s+/).filter(Boolean);
    list.innerHTML = "";
    if (!terms.length) { status.textContent = ""; return; }
    var shown = 0;
    for (var i = 0; i < data.length && shown < 100; i++) {
      var ok = terms.every(function (t) { return folded[i].indexOf(t) !== -1; });
      if (!ok) continue;
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
    // The words come from the page, in its language.
    var say = function (name) { return status.getAttribute("data-" + name); };
    status.textContent = shown ? shown + " " + say("found") + (shown === 100 ? " " + say("first") : "") : say("none");
  }
  input.addEventListener("input", run);
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); run(); }
})();
