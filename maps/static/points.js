/* incimap points: what every point layer shares, whatever engine draws it: filters,
   the layer control's label, cluster icons and popups. Popups are built from the column
   arrays on click, with textContent, so no value is ever markup. */
(function () {
  "use strict";
  var I = L.Incimap;

  I.clusterIcon = function (colour) {
    return function (count) {
      var size = count < 100 ? 30 : count < 1000 ? 36 : count < 10000 ? 42 : 48;
      var box = document.createElement("div"), label = document.createElement("span");
      box.style.background = colour;
      label.textContent = String(count);
      box.appendChild(label);
      return L.divIcon({ html: box, className: "incimap-cluster", iconSize: L.point(size, size) });
    };
  };

  function unpack(base64) {
    var binary = atob(base64), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function allRows(n) {
    var rows = new Int32Array(n);
    for (var i = 0; i < n; i++) { rows[i] = i; }
    return rows;
  }

  I.PointsBase = L.Class.extend({
    setUp: function (map, data) {
      this.map = map;
      this.data = data;
      this.precision = I.decodeColumn(data.precision);
      this.radius = I.decodeColumn(data.radius_m);
      this.shownRows = allRows(data.n);
      this.loading = false;
      this.ctl = I.of(map);
      this.ctl.on("filter", this.refresh, this);
    },

    // HTML for the layer control, which uses innerHTML: the name is escaped here.
    label: function () {
      return '<span class="incimap-swatch" style="background:' + this.data.colour + '"></span>' +
        I.escapeHtml(this.data.name);
    },

    filterRows: function () {
      var rows = [];
      for (var i = 0; i < this.data.n; i++) {
        if (this.ctl.accepts(this, i)) { rows.push(i); }
      }
      return rows;
    },

    // The popup columns are parsed on the first click, not while the map loads; large
    // maps ship them gzipped ({"gzip": base64}), unpacked by the browser's own inflater.
    loadPopup: function () {
      var self = this;
      if (!this.popupPromise) {
        var raw = this.data.popup_id ? I.readJson(this.data.popup_id) : { fields: [] };
        var ready = raw.gzip === undefined ? Promise.resolve(raw) : unpack(raw.gzip);
        this.popupPromise = ready.then(function (columns) {
          self.popup = {
            heading: I.decodeColumn(columns.heading),
            fields: columns.fields.map(function (f) {
              return { label: f.label, kind: f.kind, get: I.decodeColumn(f.col) };
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
      if (popup.heading) {
        var head = document.createElement("div"), text = popup.heading(i);
        head.className = "incimap-popup-heading";
        head.textContent = text === null ? "" : String(text);
        root.appendChild(head);
      }
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
      return root;
    },

    // One popup for one or more rows; several rows get "k of n" and previous/next.
    openPopupAt: function (latlng, rows) {
      var self = this, k = 0, box = document.createElement("div");
      function show() {
        box.textContent = "";
        if (rows.length > 1) {
          var nav = document.createElement("div"), prev = document.createElement("button");
          var next = document.createElement("button"), where = document.createElement("span");
          nav.className = "incimap-popup-nav";
          prev.textContent = "‹";
          next.textContent = "›";
          where.textContent = " " + (k + 1) + " of " + rows.length + " ";
          prev.onclick = function () { k = (k + rows.length - 1) % rows.length; show(); };
          next.onclick = function () { k = (k + 1) % rows.length; show(); };
          nav.appendChild(prev);
          nav.appendChild(where);
          nav.appendChild(next);
          box.appendChild(nav);
        }
        box.appendChild(self.popupNode(rows[k]));
      }
      return this.loadPopup().then(function () {
        show();
        L.popup({ maxWidth: 380 }).setLatLng(latlng).setContent(box).openOn(self.map);
      });
    }
  });
})();
