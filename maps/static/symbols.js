/* incimap symbols: one shape per category as well as its colour, as inline SVG on a
   16 x 16 grid, for the points, the legend and the layer control. Names were checked
   against maps.symbols.SYMBOLS in Python and colours as #rrggbb, so the markup built
   here holds no outside text. */
(function () {
  "use strict";
  var I = L.Incimap;

  function star() {
    var points = [];
    for (var k = 0; k < 10; k++) {
      var r = k % 2 ? 3.2 : 7.6, a = (k * 36 - 90) * Math.PI / 180;
      points.push((8 + r * Math.cos(a)).toFixed(2) + "," + (8.6 + r * Math.sin(a)).toFixed(2));
    }
    return points.join(" ");
  }

  var SHAPES = {
    "circle": '<circle cx="8" cy="8" r="6.5"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1.2 15,14.2 1,14.2"/>',
    "diamond": '<polygon points="8,0.8 15.2,8 8,15.2 0.8,8"/>',
    "star": '<polygon points="' + star() + '"/>',
    "cross": '<polygon points="5.5,1 10.5,1 10.5,5.5 15,5.5 15,10.5 10.5,10.5 10.5,15 5.5,15 ' +
      '5.5,10.5 1,10.5 1,5.5 5.5,5.5"/>',
    "triangle-down": '<polygon points="1,1.8 15,1.8 8,14.8"/>',
    "hexagon": '<polygon points="8,1 14.1,4.5 14.1,11.5 8,15 1.9,11.5 1.9,4.5"/>',
    "x": '<polygon points="1.5,4.3 4.3,1.5 8,5.2 11.7,1.5 14.5,4.3 10.8,8 14.5,11.7 11.7,14.5 ' +
      '8,10.8 4.3,14.5 1.5,11.7 5.2,8"/>'
  };

  // SVG markup of symbol `name` filled with `colour`, `size` pixels wide.
  I.symbolSvg = function (name, colour, size) {
    var shape = SHAPES[name] || SHAPES.circle;
    return '<svg class="incimap-symbol" data-symbol="' + (SHAPES[name] ? name : "circle") +
      '" width="' + size + '" height="' + size + '" viewBox="0 0 16 16">' +
      '<g fill="' + colour + '" stroke="#222" stroke-width="1.1" stroke-linejoin="round">' +
      shape + "</g></svg>";
  };
  I.SYMBOLS = Object.keys(SHAPES);
})();
