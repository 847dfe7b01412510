/* incimap time filter: two sliders choose the first and the last day shown. Points
   without a date are shown only while the range is the whole span of the data. The
   filter is applied when a slider is released, not on every step of a drag. */
(function () {
  "use strict";
  var I = L.Incimap;

  function dayRange(layers) {
    var lo = Infinity, hi = -Infinity, undated = 0;
    layers.forEach(function (p) {
      var days = p.data.day;
      if (!days) { undated += p.data.n; return; }
      for (var i = 0; i < days.length; i++) {
        var d = days[i];
        if (d === null) { undated++; } else { if (d < lo) { lo = d; } if (d > hi) { hi = d; } }
      }
    });
    return { lo: lo, hi: hi, undated: undated };
  }

  function slider(box, text, range, value) {
    var label = L.DomUtil.create("label", "", box);
    var caption = L.DomUtil.create("span", "", label);
    var input = L.DomUtil.create("input", "", label);
    input.type = "range";
    input.min = String(range.lo);
    input.max = String(range.hi);
    input.step = "1";
    input.value = String(value);
    function show() { caption.textContent = text + ": " + I.dayToIso(+input.value); }
    input.addEventListener("input", show);
    show();
    return input;
  }

  I.TimeFilter = L.Control.extend({
    options: { position: "bottomleft", heading: "Dates" },
    onAdd: function (map) {
      var ctl = I.of(map), range = dayRange(ctl.layers);
      var box = L.DomUtil.create("div", "incimap-panel incimap-time");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      if (!isFinite(range.lo)) { box.style.display = "none"; return box; }
      L.DomUtil.create("div", "incimap-title", box).textContent = this.options.heading;
      var from = slider(box, "From", range, range.lo);
      var to = slider(box, "To", range, range.hi);
      if (range.undated) {
        L.DomUtil.create("div", "incimap-note", box).textContent =
          range.undated + " undated: shown with the full range only";
      }
      function apply() {
        var first = Math.min(+from.value, +to.value), last = Math.max(+from.value, +to.value);
        var whole = first <= range.lo && last >= range.hi;
        ctl.setFilter("time", whole ? null : function (p, i) {
          var d = p.data.day ? p.data.day[i] : null;
          return d !== null && d >= first && d <= last;
        });
      }
      from.addEventListener("change", apply);
      to.addEventListener("change", apply);
      this.from = from;
      this.to = to;
      return box;
    }
  });
})();
