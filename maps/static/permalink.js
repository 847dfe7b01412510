/* incimap permalink: "#id=<id>" in the page's address opens that point's popup, on
   load and whenever the hash changes; an open popup writes its point's id there (see
   I.openPopup), so the address bar always holds a link to what is shown. */
(function () {
  "use strict";
  var I = L.Incimap;

  function idFromHash(hash) {
    var match = /^#id=([^&]*)$/.exec(hash);
    if (!match) { return null; }
    try { return decodeURIComponent(match[1]); } catch (err) { return null; }
  }

  // Resolves to true when a point with this id was found and its popup opened.
  I.openById = function (map, id) {
    var layers = I.of(map).layers;
    return Promise.all(layers.map(function (p) { return p.loadPopup(); })).then(function () {
      for (var t = 0; t < layers.length; t++) {
        var p = layers[t], get = p.popup.id;
        if (!get) { continue; }
        for (var i = 0; i < p.data.n; i++) {
          var value = get(i);
          if (value === null || String(value) !== id) { continue; }
          if (!map.hasLayer(p.group)) { map.addLayer(p.group); }
          var at = L.latLng(p.data.lat[i], p.data.lon[i]);
          map.setView(at, Math.max(map.getZoom(), 12), { animate: false });
          return I.openPopup(map, at, [[p, i]]).then(function () { return true; });
        }
      }
      return false;
    });
  };

  I.watchPermalink = function (map) {
    function follow() {
      var id = idFromHash(window.location.hash);
      if (id !== null) { I.openById(map, id); }
    }
    window.addEventListener("hashchange", follow);
    follow();
  };
})();
