/* incimap core: the per-map controller that owns the filters and the registered layers,
   and the helpers every incimap element shares (column decoding, escaping, safe links).
   Written for Leaflet 1.9; no jQuery needed. */
(function () {
  "use strict";
  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

  function escapeHtml(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }

  // Only absolute http(s) URLs become links; javascript:, data: and the rest stay text.
  function safeHref(value) {
    try {
      var url = new URL(String(value));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  var TYPED = { int8: Int8Array, int16: Int16Array, int32: Int32Array };

  function bytesOf(base64) {
    if (Uint8Array.fromBase64) { return Uint8Array.fromBase64(base64); }
    var binary = atob(base64), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes;
  }

  // Numbers written as bytes ({"typed": "int32", "b64": ..., "scale", "null"}; see
  // maps/columns.py): a typed array, or an Array when some values are null. Anything
  // else (a JSON list, null) is returned as it is.
  function typedColumn(col) {
    if (!col || col.typed === undefined) { return col; }
    var Kind = TYPED[col.typed], bytes = bytesOf(col.b64);
    var ints = new Kind(bytes.buffer, bytes.byteOffset, bytes.byteLength / Kind.BYTES_PER_ELEMENT);
    var n = ints.length, i, out;
    if (col.scale) {
      out = new Float64Array(n);
      for (i = 0; i < n; i++) { out[i] = ints[i] / col.scale; }
      return out;
    }
    if (col["null"] !== undefined) {
      out = new Array(n);
      for (i = 0; i < n; i++) { out[i] = ints[i] === col["null"] ? null : ints[i]; }
      return out;
    }
    return ints;
  }

  // A column is {"v": values} or dictionary-encoded {"d": uniques, "c": codes, -1 = null}.
  // With ``bytes`` (a popup's block, see maps/popup_pack.py), texts and codes may be
  // parts of it: {"utf8": at, "n": count, "len": bytes} and {"typed", "at", "n"}.
  function decodeColumn(col, bytes) {
    if (!col) { return null; }
    if (col.c) {
      var dict = valuesOf(col.d, bytes), codes = codesOf(col.c, bytes);
      return function (i) { var k = codes[i]; return k < 0 ? null : dict(k); };
    }
    return valuesOf(col.v, bytes);
  }

  function valuesOf(part, bytes) {
    if (Array.isArray(part)) { return function (i) { return part[i]; }; }
    // Each text ends with the byte 0xFF, which UTF-8 never uses: the starts are found
    // once, and a text is decoded when a popup shows it.
    var utf8 = bytes.subarray(part.utf8, part.utf8 + part.len), decoder = new TextDecoder();
    var starts = new Int32Array(part.n + 1), at = 0;
    for (var k = 0; k < part.n; k++) {
      starts[k] = at;
      at = utf8.indexOf(255, at) + 1;
    }
    starts[part.n] = at;
    return function (i) { return decoder.decode(utf8.subarray(starts[i], starts[i + 1] - 1)); };
  }

  function codesOf(col, bytes) {
    if (col.at === undefined) { return typedColumn(col); }
    var Kind = TYPED[col.typed];
    return new Kind(bytes.buffer, bytes.byteOffset + col.at, col.n);
  }

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function dayToIso(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  var Controller = L.Evented.extend({
    initialize: function (map) {
      this.map = map;
      this.layers = [];     // point layers, in legend order
      this.overlays = [];   // [label, layer, shown] for the layer control
      this.filters = {};
    },
    addPoints: function (points) {
      this.layers.push(points);
      this.overlays.push([points.label(), points.group, true]);
    },
    // label is plain text; the layer control shows it as HTML, so it is escaped here.
    addOverlay: function (label, layer, shown) {
      this.overlays.push([escapeHtml(label), layer, shown]);
    },
    // fn(points, row) -> true keeps the row; null removes the filter. Every layer's
    // shown rows are recomputed, then "shown" tells the clusters, counts and panels.
    setFilter: function (key, fn) {
      if (fn) { this.filters[key] = fn; } else { delete this.filters[key]; }
      this.layers.forEach(function (p) { p.shownRows = p.filterRows(); });
      this.fire("shown");
    },
    // The point layers the user has switched on (in the layer control or the legend).
    visibleLayers: function () {
      var map = this.map;
      return this.layers.filter(function (p) { return map.hasLayer(p.group); });
    },
    accepts: function (data, row) {
      for (var key in this.filters) {
        if (!this.filters[key](data, row)) { return false; }
      }
      return true;
    },
    // Marks the page ready (data-incimap-ready="true" on <html>) once no layer is loading.
    start: function () {
      this.started = true;
      this.checkReady();
    },
    checkReady: function () {
      var map = this.map;
      var busy = this.layers.some(function (p) { return p.loading && map.hasLayer(p.group); });
      var ready = this.started && !busy;
      document.documentElement.setAttribute("data-incimap-ready", ready ? "true" : "false");
      if (ready) { this.fire("ready"); }
    },
    total: function () {
      return this.layers.reduce(function (n, p) { return n + p.data.n; }, 0);
    },
    // Rows kept by the filters in the layers the user has switched on.
    shown: function () {
      var map = this.map;
      return this.layers.reduce(function (n, p) {
        return n + (map.hasLayer(p.group) ? p.shownRows.length : 0);
      }, 0);
    },
    // Calls fn(points, row) for each shown row whose point lies inside bounds, until fn
    // returns false.
    eachShownIn: function (bounds, fn) {
      var south = bounds.getSouth(), north = bounds.getNorth();
      var west = bounds.getWest(), east = bounds.getEast();
      for (var j = 0; j < this.layers.length; j++) {
        var p = this.layers[j];
        if (!this.map.hasLayer(p.group)) { continue; }
        var rows = p.shownRows, lat = p.data.lat, lon = p.data.lon;
        for (var k = 0; k < rows.length; k++) {
          var i = rows[k], y = lat[i], x = lon[i];
          if (y >= south && y <= north && x >= west && x <= east && fn(p, i) === false) {
            return;
          }
        }
      }
    }
  });

  L.Incimap = {
    escapeHtml: escapeHtml,
    safeHref: safeHref,
    decodeColumn: decodeColumn,
    typedColumn: typedColumn,
    bytesOf: bytesOf,
    readJson: readJson,
    dayToIso: dayToIso,
    Controller: Controller,
    // One controller per map, created by whichever element asks first.
    of: function (map) {
      if (!map.incimap) { map.incimap = new Controller(map); }
      return map.incimap;
    }
  };
})();
