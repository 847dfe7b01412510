/* incimap points: one clustered overlay per category, built from compact column arrays.
   Points are canvas circle markers inside Leaflet.markercluster (chunked loading), and a
   popup is built only when a point is clicked, with textContent so no text is markup. */
(function () {
  "use strict";
  var I = L.Incimap;

  function clusterIcon(colour) {
    return function (cluster) {
      var n = cluster.getChildCount();
      var size = n < 100 ? 30 : n < 1000 ? 36 : n < 10000 ? 42 : 48;
      return L.divIcon({
        html: '<div style="background:' + colour + '"><span>' + n + "</span></div>",
        className: "incimap-cluster",
        iconSize: L.point(size, size)
      });
    };
  }

  function allRows(n) {
    var rows = new Int32Array(n);
    for (var i = 0; i < n; i++) { rows[i] = i; }
    return rows;
  }

  I.Points = L.Class.extend({
    initialize: function (map, data) {
      this.map = map;
      this.data = data;
      this.precision = I.decodeColumn(data.precision);
      this.heading = I.decodeColumn(data.heading);
      this.fields = data.fields.map(function (f) {
        return { label: f.label, kind: f.kind, get: I.decodeColumn(f.col) };
      });
      // Options live on the prototype, so a million markers do not copy them each.
      var Marker = L.CircleMarker.extend({
        options: { radius: 6, color: "#222", weight: 1, fillColor: data.colour, fillOpacity: 0.85 }
      });
      var markers = new Array(data.n);
      for (var i = 0; i < data.n; i++) {
        markers[i] = new Marker([data.lat[i], data.lon[i]]);
        markers[i].row = i;
      }
      this.markers = markers;
      this.group = L.markerClusterGroup({
        chunkedLoading: true,
        showCoverageOnHover: false,
        maxClusterRadius: 50,
        iconCreateFunction: clusterIcon(data.colour),
        chunkProgress: L.bind(this.progress, this)
      });
      this.group.on("click", this.openPopup, this);
      this.ctl = I.of(map);
      this.ctl.addPoints(this);
      this.ctl.on("filter", this.refresh, this);
      this.shownRows = allRows(data.n);
      this.loading = true;
      this.group.addLayers(markers, true);
      this.group.addTo(map);
    },

    progress: function (processed, total) {
      this.loading = processed < total;
      if (!this.loading) {
        this.ctl.fire("shown");
        this.ctl.checkReady();
      }
    },

    // HTML for the layer control, which uses innerHTML: the name is escaped here.
    label: function () {
      return '<span class="incimap-swatch" style="background:' + this.data.colour + '"></span>' +
        I.escapeHtml(this.data.name);
    },

    refresh: function () {
      var rows = [], keep = [];
      for (var i = 0; i < this.data.n; i++) {
        if (this.ctl.accepts(this, i)) { rows.push(i); keep.push(this.markers[i]); }
      }
      this.shownRows = rows;
      this.loading = this.map.hasLayer(this.group);
      this.ctl.checkReady();
      this.group.clearLayers();
      this.group.addLayers(keep, true);
      this.ctl.fire("shown");
    },

    popupNode: function (i) {
      var root = document.createElement("div");
      root.className = "incimap-popup";
      if (this.heading) {
        var head = document.createElement("div");
        head.className = "incimap-popup-heading";
        head.textContent = this.heading(i) === null ? "" : String(this.heading(i));
        root.appendChild(head);
      }
      var table = document.createElement("table");
      this.fields.forEach(function (f) {
        var value = f.get(i);
        if (value === null || value === undefined || value === "") { return; }
        var tr = table.insertRow(), th = document.createElement("th"), td = tr.insertCell();
        th.textContent = f.label;
        tr.insertBefore(th, td);
        var href = f.kind === "link" ? I.safeHref(value) : null;
        if (href) {
          var a = document.createElement("a");
          a.href = href;
          a.rel = "noopener noreferrer";
          a.target = "_blank";
          a.textContent = String(value);
          td.appendChild(a);
        } else {
          td.textContent = String(value);
        }
      });
      root.appendChild(table);
      return root;
    },

    openPopup: function (event) {
      var marker = event.layer;
      L.popup({ maxWidth: 380 })
        .setLatLng(marker.getLatLng())
        .setContent(this.popupNode(marker.row))
        .openOn(this.map);
    }
  });
})();
