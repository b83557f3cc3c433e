// Filters the honoree index by kind, field, unit and year. Without JavaScript the page is
// already grouped by kind, with lists by field, unit and year further down: nothing is lost.
(function () {
  "use strict";
  var form = document.getElementById("bo-loc");
  if (!form) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".honoree-card"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".honoree-group"));
  var count = form.querySelector(".filter-count");
  var empty = document.querySelector(".filter-empty");
  function matches(card) {
    return selects.every(function (s) {
      if (!s.value) return true;
      var have = card.getAttribute("data-" + s.getAttribute("data-filter")) || "";
      return s.getAttribute("data-filter") === "years" ? have.split(" ").indexOf(s.value) >= 0 : have === s.value;
    });
  }
  function apply() {
    var shown = 0;
    cards.forEach(function (c) {
      var ok = matches(c);
      c.hidden = !ok;
      if (ok) shown += 1;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector(".honoree-card:not([hidden])");
    });
    if (empty) empty.hidden = shown > 0;
    // The words come from the page, in its language.
    count.textContent = count.getAttribute("data-before") + " " + shown + "/" + cards.length + " " + count.getAttribute("data-after");
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
