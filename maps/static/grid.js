/* incimap grid engine, for large data: each redraw counts the shown points in view into
   screen cells (one pass over typed arrays, no object per point), then draws one bubble
   per busy cell and a canvas circle per lone point. Its cost grows with the points in
   view, not with a clustering tree, so a million points load at once. */
(function () {
  "use strict";
  var I = L.Incimap;
  var MAX_SIN = Math.sin(85.0511287798 * Math.PI / 180);  // Leaflet's Mercator limit
  var KEY_SPAN = 4194304;  // 2^22 cells per axis: enough at zoom 18 with 60 px cells

  // Web Mercator at zoom 0 (256 px world), as Leaflet's EPSG3857 projects.
  function projectAll(data) {
    var n = data.n, x = new Float64Array(n), y = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var s = Math.max(-MAX_SIN, Math.min(MAX_SIN, Math.sin(data.lat[i] * Math.PI / 180)));
      x[i] = (data.lon[i] + 180) / 360 * 256;
      y[i] = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
    }
    return { x: x, y: y };
  }

  I.GridPoints = I.PointsBase.extend({
    options: { cellPx: 60 },
    initialize: function (map, data) {
      this.setUp(map, data);
      this.xy = projectAll(data);
      this.icon = I.clusterIcon(data.colour);
      this.Marker = L.CircleMarker.extend({
        options: { radius: 6, color: "#222", weight: 1, fillColor: data.colour, fillOpacity: 0.85 }
      });
      this.group = L.featureGroup();
      this.group.on("add", function () { map.on("moveend", this.redraw, this); this.redraw(); }, this);
      this.group.on("remove", function () { map.off("moveend", this.redraw, this); }, this);
      this.group.on("click", this.onClick, this);
      this.ctl.addPoints(this);
      this.group.addTo(map);
    },

    refresh: function () {
      this.shownRows = this.filterRows();
      this.redraw();
      this.ctl.fire("shown");
    },

    // Calls fn(cellKey, row, px, py) for each shown row within pixel bounds at zoom.
    eachInView: function (zoom, bounds, fn) {
      var scale = Math.pow(2, zoom), cell = this.options.cellPx, rows = this.shownRows;
      var x = this.xy.x, y = this.xy.y;
      var x0 = bounds.min.x - cell, x1 = bounds.max.x + cell;
      var y0 = bounds.min.y - cell, y1 = bounds.max.y + cell;
      for (var k = 0; k < rows.length; k++) {
        var i = rows[k], px = x[i] * scale, py = y[i] * scale;
        if (px < x0 || px > x1 || py < y0 || py > y1) { continue; }
        fn(Math.floor(px / cell) * KEY_SPAN + Math.floor(py / cell), i, px, py);
      }
    },

    redraw: function () {
      var map = this.map;
      if (!map.hasLayer(this.group)) { return; }
      var zoom = map.getZoom(), cells = new Map();
      this.eachInView(zoom, map.getPixelBounds(), function (key, i, px, py) {
        var c = cells.get(key);
        if (!c) {
          cells.set(key, { key: key, n: 1, sx: px, sy: py, x0: px, y0: py, x1: px, y1: py, row: i });
          return;
        }
        c.n += 1; c.sx += px; c.sy += py;
        if (px < c.x0) { c.x0 = px; } if (px > c.x1) { c.x1 = px; }
        if (py < c.y0) { c.y0 = py; } if (py > c.y1) { c.y1 = py; }
      });
      var group = this.group, data = this.data, self = this;
      // Layers share the cell grid: each puts its bubbles at its own angle around the
      // centre, so bubbles of different categories in one cell stay apart.
      var order = this.ctl.layers.indexOf(this), count = this.ctl.layers.length;
      var angle = 2 * Math.PI * order / Math.max(count, 1), ring = count > 1 ? 14 : 0;
      var dx = ring * Math.cos(angle), dy = ring * Math.sin(angle);
      group.clearLayers();
      cells.forEach(function (c) {
        var layer;
        if (c.n === 1) {
          layer = new self.Marker([data.lat[c.row], data.lon[c.row]]);
          layer.row = c.row;
        } else {
          var at = map.unproject([c.sx / c.n + dx, c.sy / c.n + dy], zoom);
          layer = L.marker(at, { icon: self.icon(c.n) });
          layer.cell = c;
        }
        group.addLayer(layer);
      });
      this.cells = cells.size;
    },

    // For tests and the page: the points drawn (bubbles count theirs), and whether row is
    // drawn as a lone point.
    drawnCount: function () {
      return this.group.getLayers().reduce(function (n, l) { return n + (l.cell ? l.cell.n : 1); }, 0);
    },
    isDrawn: function (row) {
      return this.group.getLayers().some(function (l) { return l.row === row; });
    },

    onClick: function (event) {
      var layer = event.layer, map = this.map, c = layer.cell;
      if (!c) { this.openPopupAt(layer.getLatLng(), [layer.row]); return; }
      var zoom = map.getZoom();
      // All in one spot, or no zoom left: list the points; otherwise zoom to them.
      if ((c.x1 - c.x0 < 1 && c.y1 - c.y0 < 1) || zoom >= map.getMaxZoom()) {
        var rows = [];
        this.eachInView(zoom, map.getPixelBounds(), function (key, i) {
          if (key === c.key) { rows.push(i); }
        });
        this.openPopupAt(layer.getLatLng(), rows);
        return;
      }
      var bounds = L.latLngBounds(map.unproject([c.x0, c.y0], zoom), map.unproject([c.x1, c.y1], zoom));
      var target = Math.max(zoom + 1, Math.min(map.getBoundsZoom(bounds), map.getMaxZoom()));
      map.setView(bounds.getCenter(), target);
    }
  });
})();
