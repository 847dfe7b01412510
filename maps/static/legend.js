/* incimap legend and title: the map's title, how many points are shown out of how many,
   and one row per category with its symbol, colour and shown count; a click on a row
   switches the category on or off, as its box in the layer control does. Text goes in
   through textContent; colours were checked as #rrggbb and symbols by name in Python. */
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
        row.setAttribute("role", "button");
        row.setAttribute("tabindex", "0");
        row.title = "Show or hide this type";
        el("span", "incimap-swatch", row).innerHTML = points.symbolSvg(14);
        el("span", "incimap-legend-name", row).textContent = points.data.name;
        function toggle() {
          if (map.hasLayer(points.group)) { map.removeLayer(points.group); } else { map.addLayer(points.group); }
        }
        L.DomEvent.on(row, "click", toggle);
        L.DomEvent.on(row, "keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { L.DomEvent.preventDefault(event); toggle(); }
        });
        return [points, el("span", "incimap-legend-count", row), row];
      });
      function update() {
        rows.forEach(function (entry) {
          var points = entry[0], on = map.hasLayer(points.group);
          var shown = on ? points.shownRows.length : 0;
          var total = points.data.n.toLocaleString("en");
          entry[1].textContent = shown === points.data.n ? total :
            shown.toLocaleString("en") + " / " + total;
          entry[2].setAttribute("aria-pressed", on ? "true" : "false");
          L.DomUtil[on ? "removeClass" : "addClass"](entry[2], "incimap-off");
        });
      }
      ctl.on("shown", update);
      map.on("overlayadd overlayremove", update);
      update();
      L.DomEvent.disableClickPropagation(box);
      return box;
    }
  });
})();
