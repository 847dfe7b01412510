/* incimap heat: a canvas density layer of the shown points in view. Points are counted
   in a grid of screen cells, each cell stamps a soft disc whose opacity grows with the
   log of its count, and the opacities are then coloured through a gradient. Redrawn
   after each move, so its cost is bounded by the points in view. */
(function () {
  "use strict";
  var I = L.Incimap;
  var MAX_SIN = Math.sin(85.0511287798 * Math.PI / 180);  // Leaflet's Mercator limit
  var GRADIENT = [[0.2, "#2c7bb6"], [0.45, "#abd9e9"], [0.65, "#ffffbf"], [0.85, "#fdae61"], [1, "#d7191c"]];

  function makePalette() {
    var canvas = document.createElement("canvas"), ctx = canvas.getContext("2d");
    canvas.width = 256;
    canvas.height = 1;
    var gradient = ctx.createLinearGradient(0, 0, 256, 0);
    GRADIENT.forEach(function (stop) { gradient.addColorStop(stop[0], stop[1]); });
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 256, 1);
    return ctx.getImageData(0, 0, 256, 1).data;
  }

  function makeStamp(radius) {
    var canvas = document.createElement("canvas"), ctx = canvas.getContext("2d");
    canvas.width = canvas.height = radius * 2;
    var gradient = ctx.createRadialGradient(radius, radius, 0, radius, radius, radius);
    gradient.addColorStop(0, "rgba(0,0,0,1)");
    gradient.addColorStop(1, "rgba(0,0,0,0)");
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, radius * 2, radius * 2);
    return canvas;
  }

  I.Heat = L.Layer.extend({
    options: { radius: 20, cell: 6 },
    onAdd: function (map) {
      this.ctl = I.of(map);
      this.canvas = L.DomUtil.create("canvas", "incimap-heat leaflet-zoom-hide");
      this.canvas.style.position = "absolute";
      this.canvas.style.pointerEvents = "none";
      map.getPane("overlayPane").appendChild(this.canvas);
      this.palette = this.palette || makePalette();
      this.stamp = this.stamp || makeStamp(this.options.radius);
      map.on("moveend resize", this.redraw, this);
      this.ctl.on("shown", this.redraw, this);
      this.redraw();
    },
    onRemove: function (map) {
      map.off("moveend resize", this.redraw, this);
      this.ctl.off("shown", this.redraw, this);
      L.DomUtil.remove(this.canvas);
    },
    redraw: function () {
      var map = this._map, size = map.getSize(), cell = this.options.cell, radius = this.options.radius;
      var canvas = this.canvas, ctx = canvas.getContext("2d");
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x;
      canvas.height = size.y;
      var cols = Math.ceil(size.x / cell) + 1, rows = Math.ceil(size.y / cell) + 1;
      var grid = new Float32Array(cols * rows), peak = 0, cells = 0;
      // Project with the Mercator formula inline: no LatLng/Point object per point.
      var scale = 256 * Math.pow(2, map.getZoom()), origin = map.getPixelBounds().min;
      this.ctl.eachShownIn(map.getBounds(), function (p, i) {
        var s = Math.max(-MAX_SIN, Math.min(MAX_SIN, Math.sin(p.data.lat[i] * Math.PI / 180)));
        var x = (p.data.lon[i] + 180) / 360 * scale - origin.x;
        var y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale - origin.y;
        if (x < 0 || y < 0 || x >= size.x || y >= size.y) { return true; }
        grid[Math.floor(y / cell) * cols + Math.floor(x / cell)] += 1;
        return true;
      });
      for (var k = 0; k < grid.length; k++) { if (grid[k] > peak) { peak = grid[k]; } }
      if (!peak) { return; }
      var scale = Math.log(1 + peak);
      for (k = 0; k < grid.length; k++) {
        if (!grid[k]) { continue; }
        cells++;
        ctx.globalAlpha = Math.max(0.08, Math.log(1 + grid[k]) / scale);
        ctx.drawImage(this.stamp, (k % cols) * cell - radius, Math.floor(k / cols) * cell - radius);
      }
      var image = ctx.getImageData(0, 0, size.x, size.y), px = image.data, palette = this.palette;
      for (var j = 3; j < px.length; j += 4) {
        var alpha = px[j];
        if (!alpha) { continue; }
        var c = alpha * 4;
        px[j - 3] = palette[c];
        px[j - 2] = palette[c + 1];
        px[j - 1] = palette[c + 2];
        px[j] = Math.min(255, alpha * 1.4);
      }
      ctx.putImageData(image, 0, 0);
      this.cells = cells;
    }
  });
})();
