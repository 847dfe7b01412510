/* incimap time filter: two sliders choose the first and the last day shown, a histogram
   shows the incidents of the visible categories over time (week by week or month by
   month), and Play steps a window of one week or one month through the range. Points
   without a date are shown only while the range is the whole span of the data. A
   slider's filter is applied when it is released, not on every step of a drag. */
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

  function monthOf(day) {
    var date = new Date(day * 86400000);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  }
  function monthStart(month) { return Date.UTC(Math.floor(month / 12), month % 12, 1) / 86400000; }

  // Bins of one unit ("week": 7 days from the first day; "month": calendar months):
  // bin(day) -> index, first(index) and last(index) -> days.
  function binning(unit, range) {
    if (unit === "week") {
      return {
        count: Math.floor((range.hi - range.lo) / 7) + 1,
        bin: function (d) { return Math.floor((d - range.lo) / 7); },
        first: function (k) { return range.lo + 7 * k; },
        last: function (k) { return range.lo + 7 * k + 6; }
      };
    }
    var m0 = monthOf(range.lo);
    return {
      count: monthOf(range.hi) - m0 + 1,
      bin: function (d) { return monthOf(d) - m0; },
      first: function (k) { return monthStart(m0 + k); },
      last: function (k) { return monthStart(m0 + k + 1) - 1; }
    };
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
    input.show = function () { caption.textContent = text + ": " + I.dayToIso(+input.value); };
    input.addEventListener("input", input.show);
    input.show();
    return input;
  }

  I.TimeFilter = L.Control.extend({
    options: { position: "bottomleft", heading: "Dates", stepMs: 900 },
    onAdd: function (map) {
      var ctl = I.of(map), range = dayRange(ctl.layers), self = this;
      var box = L.DomUtil.create("div", "incimap-panel incimap-time");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      this.ctl = ctl;
      this.range = range;
      if (!isFinite(range.lo)) { box.style.display = "none"; return box; }
      L.DomUtil.create("div", "incimap-title", box).textContent = this.options.heading;
      this.bars = L.DomUtil.create("div", "incimap-histogram", box);
      this.from = slider(box, "From", range, range.lo);
      this.to = slider(box, "To", range, range.hi);
      var play = L.DomUtil.create("div", "incimap-play", box);
      this.button = L.DomUtil.create("button", "", play);
      this.button.type = "button";
      this.button.textContent = "▶ Play";
      this.unit = L.DomUtil.create("select", "", play);
      [["week", "week by week"], ["month", "month by month"]].forEach(function (pair) {
        var option = L.DomUtil.create("option", "", self.unit);
        option.value = pair[0];
        option.textContent = pair[1];
      });
      this.unit.value = range.hi - range.lo > 365 ? "month" : "week";
      if (range.undated) {
        L.DomUtil.create("div", "incimap-note", box).textContent =
          range.undated + " undated: shown with the full range only";
      }
      this.from.addEventListener("change", function () { self.pause(); self.apply(); });
      this.to.addEventListener("change", function () { self.pause(); self.apply(); });
      this.button.addEventListener("click", function () { if (self.timer) { self.pause(); } else { self.play(); } });
      this.unit.addEventListener("change", function () { self.pause(); self.drawHistogram(); });
      ctl.on("shown", this.drawHistogram, this);
      this.drawHistogram();
      return box;
    },

    // Shows the days from the first slider's to the second's (the whole span: no filter).
    apply: function () {
      var first = Math.min(+this.from.value, +this.to.value), last = Math.max(+this.from.value, +this.to.value);
      var range = this.range, whole = first <= range.lo && last >= range.hi;
      this.ctl.setFilter("time", whole ? null : function (p, i) {
        var d = p.data.day ? p.data.day[i] : null;
        return d !== null && d >= first && d <= last;
      });
    },

    setRange: function (first, last) {
      this.from.value = String(first);
      this.to.value = String(Math.min(last, this.range.hi));
      this.from.show();
      this.to.show();
      this.apply();
    },

    // One step of Play: the next week or month (at first, the one the "From" slider is
    // in, or the first one when the whole range is shown). Returns false past the end.
    step: function () {
      var bins = binning(this.unit.value, this.range);
      if (this.playBin === undefined) {
        var first = +this.from.value, whole = first <= this.range.lo && +this.to.value >= this.range.hi;
        this.playBin = whole ? 0 : bins.bin(first);
      }
      if (this.playBin >= bins.count) { this.playBin = undefined; return false; }
      this.setRange(bins.first(this.playBin), bins.last(this.playBin));
      this.playBin += 1;
      return true;
    },
    play: function () {
      var self = this;
      if (this.timer) { return; }
      this.playBin = undefined;
      this.button.textContent = "❚❚ Pause";
      var tick = function () {
        if (!self.step()) { self.pause(); return; }
        self.timer = setTimeout(tick, self.options.stepMs);
      };
      this.timer = setTimeout(tick, 0);
    },
    pause: function () {
      clearTimeout(this.timer);
      this.timer = null;
      this.button.textContent = "▶ Play";
    },

    // Counts the dated points of the visible categories per week or month (whatever the
    // dates chosen), as bars; the bars of the chosen range are dark. A click on a bar
    // shows its week or month.
    histogram: function () {
      var bins = binning(this.unit.value, this.range), counts = new Int32Array(bins.count);
      // A bin per day of the range, looked up: no Date per point (a million took 250 ms).
      var lo = this.range.lo, binOfDay = new Int32Array(this.range.hi - lo + 1);
      for (var d = 0; d < binOfDay.length; d++) { binOfDay[d] = bins.bin(lo + d); }
      this.ctl.visibleLayers().forEach(function (p) {
        var days = p.data.day;
        if (!days) { return; }
        for (var i = 0; i < days.length; i++) {
          if (days[i] !== null) { counts[binOfDay[days[i] - lo]] += 1; }
        }
      });
      return { bins: bins, counts: counts };
    },
    drawHistogram: function () {
      if (!this.bars) { return; }
      var h = this.histogram(), counts = h.counts, bins = h.bins, self = this, peak = 1;
      for (var k = 0; k < counts.length; k++) { if (counts[k] > peak) { peak = counts[k]; } }
      var first = Math.min(+this.from.value, +this.to.value), last = Math.max(+this.from.value, +this.to.value);
      this.bars.textContent = "";
      Array.prototype.forEach.call(counts, function (n, j) {
        var bar = L.DomUtil.create("span", "incimap-bar", self.bars);
        var lo = bins.first(j), hi = bins.last(j);
        bar.style.height = (n ? Math.max(2, Math.round(40 * n / peak)) : 0) + "px";
        bar.style.width = (100 / counts.length) + "%";
        bar.setAttribute("data-count", String(n));
        bar.title = I.dayToIso(lo) + " – " + I.dayToIso(hi) + ": " + n.toLocaleString("en");
        if (hi >= first && lo <= last) { L.DomUtil.addClass(bar, "incimap-bar-on"); }
        L.DomEvent.on(bar, "click", function () { self.pause(); self.setRange(lo, hi); });
      });
    }
  });
})();
