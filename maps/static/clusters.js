/* incimap clusters: one clustering of every visible category. Each redraw counts the
   shown points in view into screen cells (one pass over typed arrays, no object per
   point), merges cells whose icons would touch until none does, and draws a bubble per
   group of points (the total, with a ring of each category's share in its colour) or
   the category's symbol for a lone point. Its cost grows with the points in view. */
(function () {
  "use strict";
  var I = L.Incimap;
  var MAX_SIN = Math.sin(85.0511287798 * Math.PI / 180);  // Leaflet's Mercator limit
  var KEY_SPAN = 4194304;  // 2^22 cells per axis: enough at zoom 18 with 64 px cells
  var POINT_PX = 16, GAP_PX = 2;

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

  function iconPx(n) {
    return n === 1 ? POINT_PX : n < 10 ? 28 : n < 100 ? 32 : n < 1000 ? 38 : n < 10000 ? 44 : 50;
  }

  // Counts that fit a bubble: 9,999 in full, then 12k, 999k, 1.2M.
  I.shortCount = function (n) {
    if (n < 10000) { return n.toLocaleString("en"); }
    if (n < 999500) { return Math.round(n / 1000) + "k"; }
    return (n / 1e6).toFixed(n < 9.95e6 ? 1 : 0) + "M";
  };

  function absorb(a, b) {
    a.n += b.n; a.sx += b.sx; a.sy += b.sy;
    for (var t = 0; t < a.counts.length; t++) { a.counts[t] += b.counts[t]; }
    a.x0 = Math.min(a.x0, b.x0); a.y0 = Math.min(a.y0, b.y0);
    a.x1 = Math.max(a.x1, b.x1); a.y1 = Math.max(a.y1, b.y1);
    a.keys = a.keys.concat(b.keys);
    a.x = a.sx / a.n; a.y = a.sy / a.n; a.size = iconPx(a.n);
    b.dead = true;
  }

  // Merges groups whose icons (squares of `size` around their centre, plus a gap) touch,
  // pass after pass, until no two touch. A merge moves the centre, so it repeats.
  function separate(groups) {
    for (var merged = true; merged;) {
      merged = false;
      for (var a = 0; a < groups.length; a++) {
        var A = groups[a];
        if (A.dead) { continue; }
        for (var b = a + 1; b < groups.length; b++) {
          var B = groups[b];
          if (B.dead) { continue; }
          var reach = (A.size + B.size) / 2 + GAP_PX;
          if (Math.abs(A.x - B.x) < reach && Math.abs(A.y - B.y) < reach) {
            absorb(A, B);
            merged = true;
          }
        }
      }
      groups = groups.filter(function (g) { return !g.dead; });
    }
    return groups;
  }

  I.Clusters = L.Layer.extend({
    options: { cellPx: 64 },
    initialize: function (map, options) {
      L.setOptions(this, options);
      this.map = map;
      this.ctl = I.of(map);
      this.ctl.clusters = this;
      this.ctl.layers.forEach(function (p) { p.xy = projectAll(p.data); });
      this.groups = [];
      this.group = L.featureGroup();
      this.group.on("click", this.onClick, this);
      map.on("moveend", this.redraw, this);
      // A category switched on or off (layer control or legend) changes what is shown.
      map.on("layeradd layerremove", function (event) {
        if (event.layer.incimapPoints) { this.ctl.fire("shown"); }
      }, this);
      this.ctl.on("shown", this.redraw, this);
      this.group.addTo(map);
      this.redraw();
    },

    // Calls fn(cellKey, layerIndex, row, px, py) for each shown row of a visible layer
    // within the view (plus a cell) at the current zoom.
    eachInView: function (fn) {
      var map = this.map, layers = this.ctl.layers, cell = this.options.cellPx;
      var scale = Math.pow(2, map.getZoom()), b = map.getPixelBounds();
      var x0 = b.min.x - cell, x1 = b.max.x + cell, y0 = b.min.y - cell, y1 = b.max.y + cell;
      for (var t = 0; t < layers.length; t++) {
        var p = layers[t];
        if (!map.hasLayer(p.group)) { continue; }
        var rows = p.shownRows, xs = p.xy.x, ys = p.xy.y;
        for (var k = 0; k < rows.length; k++) {
          var i = rows[k], px = xs[i] * scale, py = ys[i] * scale;
          if (px < x0 || px > x1 || py < y0 || py > y1) { continue; }
          fn(Math.floor(px / cell) * KEY_SPAN + Math.floor(py / cell), t, i, px, py);
        }
      }
    },

    redraw: function () {
      var map = this.map, zoom = map.getZoom(), layers = this.ctl.layers;
      var groups = [], count = layers.length, cell = this.options.cellPx, b = map.getPixelBounds();
      // The cells of the view, in a dense table: a Map lookup per point cost most of a redraw.
      var cx0 = Math.floor(b.min.x / cell) - 1, cy0 = Math.floor(b.min.y / cell) - 1;
      var cols = Math.floor(b.max.x / cell) + 1 - cx0 + 1;
      var slots = new Int32Array(cols * (Math.floor(b.max.y / cell) + 1 - cy0 + 1)).fill(-1);
      this.eachInView(function (key, t, i, px, py) {
        var cx = Math.floor(key / KEY_SPAN), slot = (key - cx * KEY_SPAN - cy0) * cols + cx - cx0;
        var g = slots[slot] < 0 ? null : groups[slots[slot]];
        if (!g) {
          g = { n: 0, counts: new Int32Array(count), sx: 0, sy: 0, x0: px, y0: py, x1: px, y1: py,
                t: t, row: i, keys: [key] };  // t and row: the point, while it is alone
          slots[slot] = groups.length;
          groups.push(g);
        }
        g.n += 1; g.counts[t] += 1; g.sx += px; g.sy += py;
        if (px < g.x0) { g.x0 = px; } if (px > g.x1) { g.x1 = px; }
        if (py < g.y0) { g.y0 = py; } if (py > g.y1) { g.y1 = py; }
      });
      groups.forEach(function (g) { g.x = g.sx / g.n; g.y = g.sy / g.n; g.size = iconPx(g.n); });
      groups = separate(groups);
      var byKey = new Map();
      groups.forEach(function (g) { g.keys.forEach(function (key) { byKey.set(key, g); }); });
      this.byKey = byKey;
      this.groups = groups;
      this.zoom = zoom;
      var group = this.group;
      group.clearLayers();
      groups.forEach(function (g) {
        var at = map.unproject([g.x, g.y], zoom), marker;
        if (g.n === 1) {
          var p = layers[g.t];
          marker = L.marker(at, { icon: p.pointIcon || (p.pointIcon = L.divIcon({
            html: p.symbolSvg(POINT_PX), className: "incimap-point", iconSize: L.point(POINT_PX, POINT_PX)
          })), title: p.data.name });
          marker.points = p;
          marker.row = g.row;
        } else {
          marker = L.marker(at, { icon: I.clusterIcon(g, layers) });
          marker.cluster = g;
        }
        group.addLayer(marker);
      });
    },

    // For tests and the page: the points of layer p drawn in view, in bubbles or alone.
    drawnCount: function (p) {
      var t = this.ctl.layers.indexOf(p);
      return this.groups.reduce(function (n, g) { return n + g.counts[t]; }, 0);
    },
    isDrawn: function (p, row) {
      return this.group.getLayers().some(function (m) { return m.points === p && m.row === row; });
    },
    // The [points, row] entries of a drawn bubble.
    entriesOf: function (g) {
      var byKey = this.byKey, layers = this.ctl.layers, entries = [];
      this.eachInView(function (key, t, i) {
        if (byKey.get(key) === g) { entries.push([layers[t], i]); }
      });
      return entries;
    },

    onClick: function (event) {
      var marker = event.layer, map = this.map, g = marker.cluster;
      if (!g) { I.openPopup(map, marker.getLatLng(), [[marker.points, marker.row]]); return; }
      var zoom = map.getZoom();
      // All in one spot, or no zoom left: list the points; otherwise zoom in to them.
      if ((g.x1 - g.x0 < 1 && g.y1 - g.y0 < 1) || zoom >= map.getMaxZoom()) {
        I.openPopup(map, marker.getLatLng(), this.entriesOf(g));
        return;
      }
      var bounds = L.latLngBounds(map.unproject([g.x0, g.y0], zoom), map.unproject([g.x1, g.y1], zoom));
      var target = Math.max(zoom + 1, Math.min(map.getBoundsZoom(bounds), map.getMaxZoom()));
      map.setView(bounds.getCenter(), target);
    }
  });

  // A bubble: the total in the middle of a ring cut into each category's share, in the
  // categories' legend order and colours; its title lists the counts.
  I.clusterIcon = function (g, layers) {
    var stops = [], done = 0, lines = [g.n.toLocaleString("en") + " in all"];
    for (var t = 0; t < layers.length; t++) {
      var c = g.counts[t];
      if (!c) { continue; }
      var from = done / g.n * 360;
      done += c;
      stops.push(layers[t].data.colour + " " + from.toFixed(2) + "deg " + (done / g.n * 360).toFixed(2) + "deg");
      lines.push(layers[t].data.name + ": " + c.toLocaleString("en"));
    }
    var size = iconPx(g.n), box = document.createElement("div"), label = document.createElement("span");
    box.className = "incimap-ring";
    box.style.background = "conic-gradient(" + stops.join(", ") + ")";
    box.setAttribute("data-count", String(g.n));
    box.title = lines.join("\n");
    label.textContent = I.shortCount(g.n);
    box.appendChild(label);
    return L.divIcon({ html: box, className: "incimap-cluster", iconSize: L.point(size, size) });
  };
})();
