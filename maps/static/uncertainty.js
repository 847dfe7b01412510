/* incimap uncertainty: for the shown points of precision 2 or 3 in view, their circle of
   uncertainty (or their region's shape), and a checkbox that hides uncertain points. */
(function () {
  "use strict";
  var I = L.Incimap;

  function isUncertain(p, i) {
    var code = p.precision ? p.precision(i) : null;
    return code !== null && code >= 2;
  }

  I.Uncertainty = L.Layer.extend({
    options: { maxShapes: 2000 },
    onAdd: function (map) {
      this.ctl = I.of(map);
      this.group = L.layerGroup().addTo(map);
      map.on("moveend", this.redraw, this);
      this.ctl.on("shown", this.redraw, this);
      this.redraw();
    },
    onRemove: function (map) {
      map.off("moveend", this.redraw, this);
      this.ctl.off("shown", this.redraw, this);
      map.removeLayer(this.group);
    },
    // Only what is in view is drawn, and nothing while more than maxShapes would be: so
    // the cost does not grow with the dataset, and a wide view is not a smear of rings.
    redraw: function () {
      var group = this.group, max = this.options.maxShapes, found = [];
      group.clearLayers();
      this.ctl.eachShownIn(this._map.getBounds().pad(0.5), function (p, i) {
        if (isUncertain(p, i)) { found.push([p, i]); }
        return found.length <= max;
      });
      this.tooMany = found.length > max;
      if (this.tooMany) { return; }
      found.forEach(function (pair) {
        var p = pair[0], i = pair[1];
        var style = {
          color: p.data.colour, weight: 1, opacity: 0.6, dashArray: "4 4", fillOpacity: 0.05,
          interactive: false
        };
        var shape = p.data.shapes[String(i)];
        var radius = p.radius ? p.radius(i) : null;
        if (shape) {
          group.addLayer(L.geoJSON(shape, { style: style, interactive: false }));
        } else if (radius) {
          group.addLayer(L.circle([p.data.lat[i], p.data.lon[i]], L.extend({ radius: radius }, style)));
        }
      });
    },
    count: function () { return this.group.getLayers().length; }
  });

  I.UncertainToggle = L.Control.extend({
    options: { position: "bottomleft", label: "Hide uncertain locations (near / region)" },
    onAdd: function (map) {
      var ctl = I.of(map);
      var box = L.DomUtil.create("div", "incimap-panel incimap-uncertain-toggle");
      L.DomEvent.disableClickPropagation(box);
      var label = L.DomUtil.create("label", "", box);
      var input = L.DomUtil.create("input", "", label);
      input.type = "checkbox";
      L.DomUtil.create("span", "", label).textContent = " " + this.options.label;
      input.addEventListener("change", function () {
        ctl.setFilter("certain", input.checked ? function (p, i) { return !isUncertain(p, i); } : null);
      });
      this.input = input;
      return box;
    }
  });
})();
