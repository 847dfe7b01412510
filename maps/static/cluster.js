/* incimap markercluster engine, for small data: canvas circle markers inside
   Leaflet.markercluster with chunked loading, keeping its animations and spiderfying. */
(function () {
  "use strict";
  var I = L.Incimap;

  I.ClusterPoints = I.PointsBase.extend({
    initialize: function (map, data) {
      this.setUp(map, data);
      // Options live on the prototype, so many markers do not each copy them.
      var Marker = L.CircleMarker.extend({
        options: { radius: 6, color: "#222", weight: 1, fillColor: data.colour, fillOpacity: 0.85 }
      });
      var markers = new Array(data.n);
      for (var i = 0; i < data.n; i++) {
        markers[i] = new Marker([data.lat[i], data.lon[i]]);
        markers[i].row = i;
      }
      this.markers = markers;
      var icon = I.clusterIcon(data.colour);
      this.group = L.markerClusterGroup({
        chunkedLoading: true,
        showCoverageOnHover: false,
        maxClusterRadius: 50,
        iconCreateFunction: function (cluster) { return icon(cluster.getChildCount()); },
        chunkProgress: L.bind(this.progress, this)
      });
      this.group.on("click", function (event) {
        this.openPopupAt(event.layer.getLatLng(), [event.layer.row]);
      }, this);
      this.ctl.addPoints(this);
      this.loading = true;
      this.group.addLayers(markers, true);
      this.group.addTo(map);
    },

    // For tests and the page: how many points the layer holds, and whether row is drawn.
    drawnCount: function () { return this.group.getLayers().length; },
    isDrawn: function (row) {
      return this.map.hasLayer(this.markers[row]) && !this.group._inZoomAnimation;
    },

    progress: function (processed, total) {
      this.loading = processed < total;
      if (!this.loading) {
        this.ctl.fire("shown");
        this.ctl.checkReady();
      }
    },

    refresh: function () {
      var rows = this.filterRows(), markers = this.markers;
      this.shownRows = rows;
      this.loading = this.map.hasLayer(this.group);
      this.ctl.checkReady();
      this.group.clearLayers();
      this.group.addLayers(rows.map(function (i) { return markers[i]; }), true);
      this.ctl.fire("shown");
    }
  });
})();
