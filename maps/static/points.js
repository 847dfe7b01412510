/* incimap points: one category's points (its columns, filters, toggle, symbol and
   popups), whatever draws them. Popups are built from the column arrays on click, with
   textContent, so no value is ever markup. */
(function () {
  "use strict";
  var I = L.Incimap;

  // The popup block's bytes: gzipped on large maps ({"gzip": base64}), unpacked by the
  // browser's own inflater, else plain ({"bin": base64}).
  function blockOf(raw) {
    if (raw.gzip === undefined) { return Promise.resolve(I.bytesOf(raw.bin || "")); }
    var stream = new Blob([I.bytesOf(raw.gzip)]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  // The popup data follow the map's script in the page (maps/element.py), so that the
  // map draws first: a popup asked for while the page is still being read waits for it.
  function whenParsed() {
    if (document.readyState !== "loading") { return Promise.resolve(); }
    return new Promise(function (resolve) {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
    });
  }

  function allRows(n) {
    var rows = new Int32Array(n);
    for (var i = 0; i < n; i++) { rows[i] = i; }
    return rows;
  }

  // What the layer control and the legend switch on and off: it draws nothing itself,
  // the clusters read map.hasLayer(points.group).
  var Toggle = L.Layer.extend({
    initialize: function (points) { this.incimapPoints = points; },
    onAdd: function () {},
    onRemove: function () {}
  });

  I.Points = L.Class.extend({
    initialize: function (map, data) {
      this.map = map;
      data.lat = I.typedColumn(data.lat);
      data.lon = I.typedColumn(data.lon);
      data.day = I.typedColumn(data.day);
      this.data = data;
      this.precision = I.decodeColumn(data.precision);
      this.radius = I.decodeColumn(data.radius_m);
      this.shownRows = allRows(data.n);
      this.loading = false;
      this.ctl = I.of(map);
      this.group = new Toggle(this);
      this.ctl.addPoints(this);
      this.group.addTo(map);
    },

    symbolSvg: function (size) { return I.symbolSvg(this.data.symbol, this.data.colour, size); },

    // HTML for the layer control, which uses innerHTML: the name is escaped here.
    label: function () {
      return '<span class="incimap-swatch">' + this.symbolSvg(14) + "</span>" +
        I.escapeHtml(this.data.name);
    },

    filterRows: function () {
      var rows = [];
      for (var i = 0; i < this.data.n; i++) {
        if (this.ctl.accepts(this, i)) { rows.push(i); }
      }
      return rows;
    },

    // For tests and the page: how many of this layer's points are drawn in view (inside
    // bubbles or alone), and whether row is drawn alone as its symbol.
    drawnCount: function () { return this.ctl.clusters.drawnCount(this); },
    isDrawn: function (row) { return this.ctl.clusters.isDrawn(this, row); },

    // The popup columns are read on the first click, not while the map loads.
    loadPopup: function () {
      var self = this;
      if (!this.popupPromise) {
        var id = this.data.popup_id, columns;
        this.popupPromise = whenParsed().then(function () {
          columns = id ? I.readJson(id) : { fields: [] };
          return blockOf(columns);
        }).then(function (bytes) {
          self.popup = {
            heading: I.decodeColumn(columns.heading, bytes),
            id: I.decodeColumn(columns.ids, bytes),
            fields: columns.fields.map(function (f) {
              return { label: f.label, kind: f.kind, get: I.decodeColumn(f.col, bytes) };
            })
          };
          return self.popup;
        });
      }
      return this.popupPromise;
    },

    // Needs loadPopup() to have finished.
    popupNode: function (i) {
      var popup = this.popup, root = document.createElement("div");
      root.className = "incimap-popup";
      var head = document.createElement("div"), text = popup.heading ? popup.heading(i) : null;
      head.className = "incimap-popup-heading";
      head.innerHTML = this.symbolSvg(14);
      head.appendChild(document.createTextNode(text === null ? this.data.name : String(text)));
      root.appendChild(head);
      var table = document.createElement("table");
      popup.fields.forEach(function (f) {
        var value = f.get(i);
        if (value === null || value === undefined || value === "") { return; }
        var tr = table.insertRow(), th = document.createElement("th"), td = tr.insertCell();
        th.textContent = f.label;
        tr.insertBefore(th, td);
        var href = f.kind === "link" ? I.safeHref(value) : null;
        if (f.kind === "links") {
          // One entry a line: a safe URL becomes a link, anything else stays text.
          String(value).split("\n").forEach(function (line, n) {
            var lineHref = I.safeHref(line);
            if (n > 0) { td.appendChild(document.createElement("br")); }
            if (lineHref) {
              var link = document.createElement("a");
              link.href = lineHref;
              link.rel = "noopener noreferrer";
              link.target = "_blank";
              link.textContent = line;
              td.appendChild(link);
            } else {
              td.appendChild(document.createTextNode(line));
            }
          });
        } else if (href) {
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
      var id = popup.id ? popup.id(i) : null;
      if (id !== null && id !== undefined) {
        var link = document.createElement("a");
        link.className = "incimap-permalink";
        link.href = I.permalinkHash(id);
        link.textContent = "Link to this one";
        root.appendChild(link);
      }
      return root;
    }
  });

  I.permalinkHash = function (id) { return "#id=" + encodeURIComponent(String(id)); };

  // One popup for one or more [points, row] entries, of any layers; several get
  // "k of n" and previous/next. It pans into view with room around it, and is never
  // taller than the map, so no part of it is off screen. The shown entry's id goes in
  // the URL, so the address bar holds a link to it.
  I.openPopup = function (map, latlng, entries) {
    var k = 0, box = document.createElement("div"), body = document.createElement("div");
    var where = document.createElement("span");
    var layers = entries.map(function (e) { return e[0]; }).filter(function (p, j, all) {
      return all.indexOf(p) === j;
    });
    // The buttons stay in place while the body changes: a click whose target left the
    // page would reach the map as a click on it, which closes the popup.
    if (entries.length > 1) {
      var nav = document.createElement("div"), prev = document.createElement("button");
      var next = document.createElement("button");
      nav.className = "incimap-popup-nav";
      prev.textContent = "‹";
      next.textContent = "›";
      prev.onclick = function () { k = (k + entries.length - 1) % entries.length; show(); };
      next.onclick = function () { k = (k + 1) % entries.length; show(); };
      nav.appendChild(prev);
      nav.appendChild(where);
      nav.appendChild(next);
      box.appendChild(nav);
    }
    box.appendChild(body);
    function show() {
      where.textContent = " " + (k + 1) + " of " + entries.length + " ";
      var p = entries[k][0], row = entries[k][1];
      body.replaceChildren(p.popupNode(row));
      var id = p.popup.id ? p.popup.id(row) : null;
      if (id !== null && id !== undefined && window.history && history.replaceState) {
        history.replaceState(null, "", I.permalinkHash(id));
      }
    }
    return Promise.all(layers.map(function (p) { return p.loadPopup(); })).then(function () {
      show();
      var height = map.getSize().y;
      L.popup({
        maxWidth: 380,
        maxHeight: Math.max(120, height - 140),
        autoPanPaddingTopLeft: L.point(50, 70),
        autoPanPaddingBottomRight: L.point(50, 40)
      }).setLatLng(latlng).setContent(box).openOn(map);
    });
  };
})();
