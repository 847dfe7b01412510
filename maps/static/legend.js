/* incimap legend and title: the map's title, how many points are shown out of how many,
   and one row per category with its colour and its shown count. Text goes in through
   textContent; colours were checked as #rrggbb in Python. */
(function () {
  "use strict";
  var I = L.Incimap;

  function el(tag, className, parent) {
    var node = L.DomUtil.create(tag, className, parent);
    return node;
  }

  I.Title = L.Control.extend({
    options: { position: "topleft", title: "" },
    onAdd: function (map) {
      var ctl = I.of(map);
      var box = el("div", "incimap-panel incimap-title-panel");
      el("div", "incimap-title", box).textContent = this.options.title;
      var count = el("div", "incimap-count", box);
      function update() {
        count.textContent = ctl.shown().toLocaleString("en") + " of " +
          ctl.total().toLocaleString("en") + " shown";
      }
      ctl.on("shown", update);
      map.on("overlayadd overlayremove", update);
      update();
      L.DomEvent.disableClickPropagation(box);
      return box;
    }
  });

  I.Legend = L.Control.extend({
    options: { position: "bottomright", heading: "" },
    onAdd: function (map) {
      var ctl = I.of(map);
      var box = el("div", "incimap-panel incimap-legend");
      if (this.options.heading) {
        el("div", "incimap-title", box).textContent = this.options.heading;
      }
      var rows = ctl.layers.map(function (points) {
        var row = el("div", "incimap-legend-row", box);
        el("span", "incimap-swatch", row).style.background = points.data.colour;
        el("span", "incimap-legend-name", row).textContent = points.data.name;
        return [points, el("span", "incimap-legend-count", row)];
      });
      function update() {
        rows.forEach(function (pair) {
          var points = pair[0], shown = map.hasLayer(points.group) ? points.shownRows.length : 0;
          var total = points.data.n.toLocaleString("en");
          pair[1].textContent = shown === points.data.n ? total :
            shown.toLocaleString("en") + " / " + total;
        });
      }
      ctl.on("shown", update);
      map.on("overlayadd overlayremove", update);
      update();
      return box;
    }
  });
})();
