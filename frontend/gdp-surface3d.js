// <gdp-surface3d>: a loss surface in 3-D with the optimizers' paths on it, drawn on a 2-D canvas (painter's
// algorithm over a ~60 × 60 mesh, no WebGL, no library). Plain classic script served as /gdp/gdp-surface3d.js
// (no Node build). The page calls, on the element:
//   configure(spec)  append(delta)  load(delta)  reset()  mark(json)  setView({yaw, pitch, zoom, log})
// spec: {values (n·n losses, row-major, null = not a number), n, box, floor, top, log, colors {stops, edges},
//        minima [{x, y, f, global, label}], series [{id, label, color}], texts {...}}
// delta: {points: {id: [x, y, f, x, y, f, …]}, current: {id: [x, y, f]}}
// The element exposes what it drew as attributes (data-points, data-cells, data-yaw, data-pitch, data-zoom, data-log,
// data-draws) so tests and assistive code can read it. Pure helpers are exposed as window.GdpSurface3dMath.
(function () {
  'use strict';

  var FONT = 12;          // CSS px, tick labels
  var TITLE_FONT = 13;    // CSS px, axis titles
  var Z_SIDE = 1.2;       // height of the box relative to its longer side (which is 2)
  var DEG = Math.PI / 180;
  var HOME = {yaw: -35 * DEG, pitch: 32 * DEG, zoom: 1};
  var PITCH_MIN = 0;
  var PITCH_MAX = 90 * DEG;
  var ZOOM_MIN = 0.5;
  var ZOOM_MAX = 5;
  var CLIP_GREY = [205, 205, 205];
  var LIGHT = normalize([-0.45, -0.6, 1]);
  // A path chunk is drawn as if this much nearer than it is (world units; a mesh cell is 1/30): on a steep wall the
  // cells around a chunk would otherwise cover parts of it. Hills that really stand in front are much nearer.
  var PATH_BIAS = 0.08;

  // ------------------------------------------------------------------ pure helpers

  function finite(v) {
    return typeof v === 'number' && isFinite(v);
  }

  function normalize(v) {
    var l = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) || 1;
    return [v[0] / l, v[1] / l, v[2] / l];
  }

  /** log10(1 + f − floor), 0 at and below the floor; NaN for NaN (the Java SurfaceMesh.logHeight). */
  function logHeight(f, floor) {
    if (f !== f) {
      return NaN;
    }
    return Math.log10(1 + Math.max(0, f - floor));
  }

  /** Where loss f is drawn: clamped into [floor, top], then linear or log; NaN when f is not a finite number. */
  function height(f, floor, top, log) {
    if (!finite(f)) {
      return NaN;
    }
    var c = Math.min(top, Math.max(floor, f));
    return log ? logHeight(c, floor) : c;
  }

  /** Ticks k·step (step 1, 2 or 5 × 10^j) in [min, max], at most count of them. */
  function niceTicks(min, max, count) {
    if (!finite(min) || !finite(max) || !(max > min)) {
      return finite(min) ? [min] : [];
    }
    var raw = (max - min) / Math.max(1, count - 1);
    var p = Math.pow(10, Math.floor(Math.log10(raw)));
    var m = raw / p;
    var step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
    var out = [];
    for (var k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
      out.push(Number((k * step).toPrecision(12)));
    }
    return out;
  }

  /** Loss values for the ticks of a log-height axis: the floor, then floor + 1, 10, 100, … (at most count). */
  function logTicks(floor, top, count) {
    var range = top - floor;
    if (!(range >= 10)) {
      return niceTicks(floor, top, count);
    }
    var decades = [];
    for (var d = 1; d <= range * (1 + 1e-9); d *= 10) {
      decades.push(d);
    }
    var every = Math.ceil(decades.length / Math.max(1, count - 1));
    var out = [floor];
    for (var i = decades.length - 1; i >= 0; i -= every) {
      out.push(Number((floor + decades[i]).toPrecision(12)));
    }
    return out.sort(function (a, b) { return a - b; });
  }

  /** A short label with a true minus: 0, 12.5, −0.003, 2.5e−5, 1.2e6. */
  function fmt(v) {
    if (!finite(v)) {
      return String(v);
    }
    if (v === 0) {
      return '0';
    }
    var a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) {
      var e = v.toExponential(1).replace('.0e', 'e').replace('e+', 'e');
      return e.replace(/-/g, '\u2212'); // both signs: −2.5e−5, as the server's NumberText
    }
    return String(Number(v.toPrecision(4))).replace('-', '\u2212');
  }

  function rgb(hex) {
    var h = String(hex).replace('#', '');
    return [parseInt(h.substring(0, 2), 16), parseInt(h.substring(2, 4), 16), parseInt(h.substring(4, 6), 16)];
  }

  /** The band colour of loss f (the contour's bands: edges in loss units, one stop per band). */
  function bandIndex(f, edges, bands) {
    if (!(edges && edges.length > 1)) {
      return 0;
    }
    var lo = 0;
    var hi = edges.length - 1;
    if (f <= edges[0]) {
      return 0;
    }
    if (f >= edges[hi]) {
      return bands - 1;
    }
    while (hi - lo > 1) {
      var mid = (lo + hi) >> 1;
      if (edges[mid] <= f) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.min(bands - 1, Math.floor(lo * bands / (edges.length - 1)));
  }

  window.GdpSurface3dMath = {logHeight: logHeight, height: height, niceTicks: niceTicks, logTicks: logTicks,
    fmt: fmt, bandIndex: bandIndex};

  // ------------------------------------------------------------------ the element

  var STYLE = ':host{display:block;position:relative;width:100%;min-width:0;font-family:inherit;'
    + '-webkit-tap-highlight-color:transparent}'
    + ':host([hidden]){display:none!important}'
    + '.wrap{position:relative}'
    + 'canvas{display:block;width:100%;touch-action:pan-y;cursor:grab;outline:none;border-radius:6px}'
    + 'canvas:focus-visible{box-shadow:0 0 0 2px #1676f3}'
    + 'canvas.drag{cursor:grabbing}'
    + '.bar{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:2px 0 4px;padding-right:8px}'
    + '.bar button{font:inherit;font-size:15px;line-height:1;min-width:34px;min-height:32px;padding:0 6px;'
    + 'border:1px solid #c8ccd2;border-radius:6px;background:#fff;color:#222;cursor:pointer}'
    + '.bar button:hover{background:#f0f3f7}'
    + '.bar button:focus-visible{outline:2px solid #1676f3;outline-offset:1px}'
    + '.bar button,.bar label{flex:none}'
    + '.bar label{display:inline-flex;align-items:center;gap:4px;font-size:14px;margin-left:6px;cursor:pointer;'
    + 'min-height:32px}'
    + '.bar input{width:18px;height:18px;margin:0}'
    + '.note{font-size:12px;color:#555;margin:2px 0 0;line-height:1.35;white-space:pre-line}'
    + '.note:empty{display:none}';

  class GdpSurface3d extends HTMLElement {
  }

  var P = GdpSurface3d.prototype;

  P._init = function () {
    if (this._root) {
      return;
    }
    var root = this.attachShadow({mode: 'open'});
    this._root = root;
    var style = document.createElement('style');
    style.textContent = STYLE;
    root.appendChild(style);
    var bar = document.createElement('div');
    bar.className = 'bar';
    root.appendChild(bar);
    this._buttons = {};
    var self = this;
    var defs = [
      ['left', '\u27f2', function () { self._turn(-15 * DEG, 0); }],
      ['right', '\u27f3', function () { self._turn(15 * DEG, 0); }],
      ['up', '\u25b2', function () { self._turn(0, 8 * DEG); }],
      ['down', '\u25bc', function () { self._turn(0, -8 * DEG); }],
      ['zoomIn', '+', function () { self._zoomBy(1.25); }],
      ['zoomOut', '\u2212', function () { self._zoomBy(0.8); }],
      ['home', '\u2302', function () { self.setView(HOME); }]
    ];
    defs.forEach(function (d) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'b-' + d[0];
      b.textContent = d[1];
      b.addEventListener('click', d[2]);
      bar.appendChild(b);
      self._buttons[d[0]] = b;
    });
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'log';
    box.addEventListener('change', function () {
      self._log = box.checked;
      self._rebuild();
    });
    this._logBox = box;
    this._logText = document.createElement('span');
    label.appendChild(box);
    label.appendChild(this._logText);
    bar.appendChild(label);
    this._logLabel = label;
    var wrap = document.createElement('div');
    wrap.className = 'wrap';
    root.appendChild(wrap);
    var canvas = document.createElement('canvas');
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'img');
    wrap.appendChild(canvas);
    this._canvas = canvas;
    var note = document.createElement('div');
    note.className = 'note';
    root.appendChild(note);
    this._note = note;

    this._yaw = HOME.yaw;
    this._pitch = HOME.pitch;
    this._zoom = HOME.zoom;
    this._log = false;
    this._spec = null;
    this._series = {};
    this._order = [];
    this._marks = {};
    this._draws = 0;
    this._pointers = {};
    this._listen();
  };

  P.connectedCallback = function () {
    this._init();
    var self = this;
    if (!this._resize && window.ResizeObserver) {
      this._resize = new ResizeObserver(function () { self._schedule(); });
      this._resize.observe(this);
    }
    this._schedule();
  };

  P.disconnectedCallback = function () {
    if (this._resize) {
      this._resize.disconnect();
      this._resize = null;
    }
  };

  // ---------------------------------------------------------------- API

  P.configure = function (json) {
    this._init();
    var spec = typeof json === 'string' ? JSON.parse(json) : json;
    this._spec = spec;
    var t = spec.texts || {};
    this._texts = t;
    this._log = !!spec.log;
    this._logBox.checked = this._log;
    this._logText.textContent = t.log || 'log height';
    this._logLabel.title = t.logTip || '';
    var self = this;
    Object.keys(this._buttons).forEach(function (k) {
      var b = self._buttons[k];
      if (t[k]) {
        b.title = t[k];
        b.setAttribute('aria-label', t[k]);
      }
    });
    this._canvas.setAttribute('aria-label', t.label || '3-D surface');
    this._series = {};
    this._order = [];
    (spec.series || []).forEach(function (s) {
      self._series[s.id] = {color: s.color || '#d62728', label: s.label, pts: [], current: null};
      self._order.push(s.id);
    });
    this._marks = {};
    this._rebuild();
  };

  P.reset = function () {
    this._init();
    var self = this;
    Object.keys(this._series).forEach(function (id) {
      self._series[id].pts = [];
      self._series[id].current = null;
    });
    this._marks = {};
    this._schedule();
  };

  P.append = function (json) {
    this._init();
    var d = typeof json === 'string' ? JSON.parse(json) : json;
    var self = this;
    var pts = d.points || {};
    Object.keys(pts).forEach(function (id) {
      var s = self._ensure(id);
      var a = pts[id];
      for (var i = 0; i < a.length; i++) {
        s.pts.push(a[i] === null ? NaN : a[i]);
      }
    });
    var cur = d.current || {};
    Object.keys(cur).forEach(function (id) {
      var c = cur[id];
      self._ensure(id).current = c.map(function (v) { return v === null ? NaN : v; });
    });
    this._schedule();
  };

  P.load = function (json) {
    this.reset();
    this.append(json);
  };

  P.mark = function (json) {
    this._init();
    var m = typeof json === 'string' ? (json ? JSON.parse(json) : {}) : (json || {});
    this._marks = m;
    this._schedule();
  };

  /** Sets any of yaw and pitch (radians), zoom and log (boolean). */
  P.setView = function (v) {
    this._init();
    v = typeof v === 'string' ? JSON.parse(v) : v;
    if (finite(v.yaw)) {
      this._yaw = v.yaw;
    }
    if (finite(v.pitch)) {
      this._pitch = Math.min(PITCH_MAX, Math.max(PITCH_MIN, v.pitch));
    }
    if (finite(v.zoom)) {
      this._zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, v.zoom));
    }
    if (typeof v.log === 'boolean' && v.log !== this._log) {
      this._log = v.log;
      this._logBox.checked = v.log;
      this._rebuild();
      return;
    }
    this._schedule();
  };

  /** The canvas as a PNG data URL (tests, export). */
  P.snapshot = function () {
    this._draw();
    return this._canvas.toDataURL('image/png');
  };

  P._ensure = function (id) {
    if (!this._series[id]) {
      this._series[id] = {color: '#d62728', label: id, pts: [], current: null};
      this._order.push(id);
    }
    return this._series[id];
  };

  // ---------------------------------------------------------------- interaction

  P._turn = function (dYaw, dPitch) {
    this._yaw += dYaw;
    this._pitch = Math.min(PITCH_MAX, Math.max(PITCH_MIN, this._pitch + dPitch));
    this._schedule();
  };

  P._zoomBy = function (f) {
    this._zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, this._zoom * f));
    this._schedule();
  };

  P._listen = function () {
    var self = this;
    var c = this._canvas;
    c.addEventListener('pointerdown', function (e) {
      self._pointers[e.pointerId] = {x: e.clientX, y: e.clientY};
      try {
        c.setPointerCapture(e.pointerId);
      } catch (err) {
        // not capturable (synthetic events): dragging still works inside the canvas
      }
      c.classList.add('drag');
    });
    c.addEventListener('pointermove', function (e) {
      var p = self._pointers[e.pointerId];
      if (!p) {
        return;
      }
      var ids = Object.keys(self._pointers);
      if (ids.length === 2) {
        var other = self._pointers[ids[0] === String(e.pointerId) ? ids[1] : ids[0]];
        var before = Math.hypot(p.x - other.x, p.y - other.y);
        var after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        if (before > 10 && after > 10) {
          self._zoomBy(after / before);
        }
      } else if (ids.length === 1) {
        self._turn((e.clientX - p.x) * 0.6 * DEG, (e.clientY - p.y) * 0.4 * DEG);
      }
      p.x = e.clientX;
      p.y = e.clientY;
    });
    var up = function (e) {
      delete self._pointers[e.pointerId];
      if (!Object.keys(self._pointers).length) {
        c.classList.remove('drag');
      }
    };
    c.addEventListener('pointerup', up);
    c.addEventListener('pointercancel', up);
    c.addEventListener('wheel', function (e) {
      e.preventDefault();
      self._zoomBy(Math.exp(-Math.max(-100, Math.min(100, e.deltaY)) * 0.002));
    }, {passive: false});
    c.addEventListener('keydown', function (e) {
      var k = e.key;
      var handled = true;
      if (k === 'ArrowLeft') {
        self._turn(-10 * DEG, 0);
      } else if (k === 'ArrowRight') {
        self._turn(10 * DEG, 0);
      } else if (k === 'ArrowUp') {
        self._turn(0, 5 * DEG);
      } else if (k === 'ArrowDown') {
        self._turn(0, -5 * DEG);
      } else if (k === '+' || k === '=') {
        self._zoomBy(1.25);
      } else if (k === '-' || k === '_') {
        self._zoomBy(0.8);
      } else if (k === '0' || k === 'Home') {
        self.setView(HOME);
      } else if (k === 'l' || k === 'L') {
        self.setView({log: !self._log});
      } else {
        handled = false;
      }
      if (handled) {
        // The page's own keys (→ = one step) must not act while the 3-D view has the focus.
        e.preventDefault();
        e.stopPropagation();
      }
    });
  };

  // ---------------------------------------------------------------- geometry

  /** World coordinates of the mesh (x, y in [−ax, ax] × [−ay, ay], z in [−Z_SIDE/2, Z_SIDE/2]) for the mode. */
  P._rebuild = function () {
    var s = this._spec;
    if (!s) {
      this._schedule();
      return;
    }
    var b = s.box;
    var ax = 1;
    var ay = 1;
    var w = b.xMax - b.xMin;
    var h = b.yMax - b.yMin;
    if (s.equalAspect) {
      if (w >= h) {
        ay = h / w;
      } else {
        ax = w / h;
      }
    }
    this._ax = ax;
    this._ay = ay;
    this._hLo = height(s.floor, s.floor, s.top, this._log);
    this._hHi = height(s.top, s.floor, s.top, this._log);
    if (!(this._hHi > this._hLo)) {
      this._hHi = this._hLo + 1;
    }
    var n = s.n;
    var vals = s.values;
    var wx = new Float64Array(n * n);
    var wy = new Float64Array(n * n);
    var wz = new Float64Array(n * n);
    for (var j = 0; j < n; j++) {
      for (var i = 0; i < n; i++) {
        var k = j * n + i;
        var f = vals[k];
        wx[k] = -ax + 2 * ax * i / (n - 1);
        wy[k] = -ay + 2 * ay * j / (n - 1);
        wz[k] = f === null ? NaN : this._z(f);
      }
    }
    this._wx = wx;
    this._wy = wy;
    this._wz = wz;
    // Per cell: its colour (band of the mean loss, shaded by the slope) or null for a hole.
    var stops = ((s.colors && s.colors.stops) || ['#440154', '#21918c', '#fde725']).map(rgb);
    var edges = s.colors && s.colors.edges;
    var cells = [];
    for (j = 0; j < n - 1; j++) {
      for (i = 0; i < n - 1; i++) {
        var a = j * n + i;
        var c = [a, a + 1, a + n + 1, a + n];
        var fs = [vals[c[0]], vals[c[1]], vals[c[2]], vals[c[3]]];
        if (fs.some(function (v) { return v === null; })) {
          continue;
        }
        var mean = (fs[0] + fs[1] + fs[2] + fs[3]) / 4;
        var col = stops[bandIndex(Math.min(mean, s.top), edges, stops.length)];
        var clipped = fs.every(function (v) { return v > s.top; });
        if (clipped) {
          col = CLIP_GREY;
        }
        // Slope shading: the normal of the cell in world units.
        var dzx = ((wz[c[1]] - wz[c[0]]) + (wz[c[2]] - wz[c[3]])) / 2 / (wx[c[1]] - wx[c[0]]);
        var dzy = ((wz[c[3]] - wz[c[0]]) + (wz[c[2]] - wz[c[1]])) / 2 / (wy[c[3]] - wy[c[0]]);
        var nrm = normalize([-dzx, -dzy, 1]);
        var lit = 0.62 + 0.38 * Math.max(0, nrm[0] * LIGHT[0] + nrm[1] * LIGHT[1] + nrm[2] * LIGHT[2]);
        cells.push({c: c, fill: 'rgb(' + Math.round(col[0] * lit) + ',' + Math.round(col[1] * lit) + ','
          + Math.round(col[2] * lit) + ')'});
      }
    }
    this._cells = cells;
    this._schedule();
  };

  /** World z of loss f (clamped into the drawn range; NaN for not a number). */
  P._z = function (f) {
    var s = this._spec;
    var hh = height(f, s.floor, s.top, this._log);
    return -Z_SIDE / 2 + Z_SIDE * (hh - this._hLo) / (this._hHi - this._hLo);
  };

  /** World (x, y) of data (x, y); null outside the box. */
  P._xy = function (x, y) {
    var b = this._spec.box;
    if (!finite(x) || !finite(y) || x < b.xMin || x > b.xMax || y < b.yMin || y > b.yMax) {
      return null;
    }
    return [-this._ax + 2 * this._ax * (x - b.xMin) / (b.xMax - b.xMin),
      -this._ay + 2 * this._ay * (y - b.yMin) / (b.yMax - b.yMin)];
  };

  // ---------------------------------------------------------------- drawing

  P._schedule = function () {
    if (this._pending) {
      return;
    }
    this._pending = true;
    var self = this;
    (window.requestAnimationFrame || setTimeout)(function () {
      self._pending = false;
      self._draw();
    });
  };

  P._draw = function () {
    var c = this._canvas;
    if (!c) {
      return;
    }
    var cssW = Math.floor(this.clientWidth || c.clientWidth || 0);
    if (cssW <= 0) {
      return; // hidden: drawn again when shown (the resize observer fires)
    }
    var cssH = Math.round(Math.max(260, Math.min(cssW * (cssW < 560 ? 0.9 : 0.78), window.innerHeight * 0.75 || 600)));
    var dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(cssW * dpr) || c.height !== Math.round(cssH * dpr)) {
      c.width = Math.round(cssW * dpr);
      c.height = Math.round(cssH * dpr);
      c.style.height = cssH + 'px';
    }
    var g = c.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, cssW, cssH);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, cssW, cssH);
    this._draws++;
    this.setAttribute('data-yaw', String(Math.round(this._yaw / DEG)));
    this.setAttribute('data-pitch', String(Math.round(this._pitch / DEG)));
    this.setAttribute('data-zoom', this._zoom.toFixed(2));
    this.setAttribute('data-log', String(this._log));
    this.setAttribute('data-draws', String(this._draws));
    var s = this._spec;
    if (!s || !this._cells) {
      this.setAttribute('data-cells', '0');
      this.setAttribute('data-points', '0');
      return;
    }
    var family = getComputedStyle(this).fontFamily || 'sans-serif';
    this._family = family;

    // Projection: yaw about z, then tilt by pitch; orthographic, scaled to fit the canvas.
    var cy = Math.cos(this._yaw);
    var sy = Math.sin(this._yaw);
    var cp = Math.cos(this._pitch);
    var sp = Math.sin(this._pitch);
    var rxy = Math.hypot(this._ax, this._ay);
    // Margins for the tick labels and titles; the fit holds at every yaw (no breathing while turning).
    var marginL = 50;
    var marginR = 30;
    var marginT = 24;
    var marginB = 34;
    var upExtent = Z_SIDE / 2 * cp + rxy * sp;
    var scale = Math.min((cssW - marginL - marginR) / (2 * rxy), (cssH - marginT - marginB) / (2 * upExtent))
      * this._zoom;
    var ox = marginL + (cssW - marginL - marginR) / 2;
    var oy = marginT + (cssH - marginT - marginB) / 2;
    var proj = function (x, y, z, out) {
      var xr = x * cy - y * sy;
      var yr = x * sy + y * cy;
      out[0] = ox + scale * xr;
      out[1] = oy - scale * (z * cp + yr * sp);
      out[2] = yr * cp - z * sp; // depth: larger = farther
      return out;
    };
    this._proj = proj;

    // Mesh vertices on screen.
    var n = s.n;
    var N = n * n;
    var px = new Float64Array(N);
    var py = new Float64Array(N);
    var pd = new Float64Array(N);
    var tmp = [0, 0, 0];
    for (var k = 0; k < N; k++) {
      proj(this._wx[k], this._wy[k], this._wz[k], tmp);
      px[k] = tmp[0];
      py[k] = tmp[1];
      pd[k] = tmp[2];
    }

    // The floor of the box, its back walls' edges and the axes first (behind everything).
    var zb = -Z_SIDE / 2;
    var zt = Z_SIDE / 2;
    var ax = this._ax;
    var ay = this._ay;
    var corners = [[-ax, -ay], [ax, -ay], [ax, ay], [-ax, ay]].map(function (p) {
      return {x: p[0], y: p[1], b: proj(p[0], p[1], zb, [0, 0, 0]), t: proj(p[0], p[1], zt, [0, 0, 0])};
    });
    g.lineWidth = 1;
    g.strokeStyle = '#b8bec6';
    g.fillStyle = '#f3f5f8';
    g.beginPath();
    corners.forEach(function (q, i) {
      if (i === 0) {
        g.moveTo(q.b[0], q.b[1]);
      } else {
        g.lineTo(q.b[0], q.b[1]);
      }
    });
    g.closePath();
    g.fill();
    g.stroke();
    // The back vertical edges (the two corners farthest away).
    var byDepth = corners.slice().sort(function (p, q) { return q.b[2] - p.b[2]; });
    g.beginPath();
    for (var bi = 0; bi < 2; bi++) {
      g.moveTo(byDepth[bi].b[0], byDepth[bi].b[1]);
      g.lineTo(byDepth[bi].t[0], byDepth[bi].t[1]);
    }
    g.moveTo(byDepth[0].t[0], byDepth[0].t[1]);
    g.lineTo(byDepth[1].t[0], byDepth[1].t[1]);
    g.stroke();

    // Primitives: mesh cells and path segments, sorted far to near (painter's algorithm).
    var prims = [];
    var cells = this._cells;
    for (var ci = 0; ci < cells.length; ci++) {
      var cc = cells[ci].c;
      prims.push({d: (pd[cc[0]] + pd[cc[1]] + pd[cc[2]] + pd[cc[3]]) / 4, cell: cells[ci]});
    }
    var self = this;
    var total = 0;
    var outside = 0;
    var paths = [];
    var lift = 0.01;
    this._order.forEach(function (id) {
      var se = self._series[id];
      var pts = se.pts;
      total += pts.length / 3;
      var prev = null;
      var line = [];
      // Consecutive points form chunks of a few pixels, each drawn as one polyline at its mean depth: sub-pixel
      // steps then keep their colour instead of vanishing under each other's halos.
      var chunk = null;
      var chunkLen = 0;
      var close = function () {
        if (chunk && chunk.length > 1) {
          var d = 0;
          for (var ci2 = 0; ci2 < chunk.length; ci2++) {
            d += chunk[ci2][2];
          }
          prims.push({d: d / chunk.length - PATH_BIAS, line: chunk, color: se.color});
        }
        chunk = null;
        chunkLen = 0;
      };
      for (var i = 0; i + 2 < pts.length; i += 3) {
        var xy = self._xy(pts[i], pts[i + 1]);
        var z = xy ? self._z(pts[i + 2]) : NaN;
        if (!xy || !finite(z)) {
          if (finite(pts[i]) && finite(pts[i + 1]) && !xy) {
            outside++;
          }
          prev = null;
          close();
          continue;
        }
        var q = proj(xy[0], xy[1], z + lift, [0, 0, 0]);
        if (!chunk) {
          chunk = [q];
        } else {
          chunk.push(q);
          chunkLen += Math.hypot(q[0] - prev[0], q[1] - prev[1]);
          if (chunkLen >= 8) {
            close();
            chunk = [q];
          }
        }
        line.push(q);
        prev = q;
      }
      close();
      paths.push({id: id, color: se.color, first: line.length ? line[0] : null});
    });
    prims.sort(function (p, q) { return q.d - p.d; });
    var drawnCells = 0;
    g.lineJoin = 'round';
    // Consecutive path chunks (no cell between them in depth order) are drawn as one batch: all their white halos
    // first, then their colours.
    var batch = [];
    var flush = function () {
      if (!batch.length) {
        return;
      }
      var trace = function (b) {
        g.moveTo(b.line[0][0], b.line[0][1]);
        for (var li = 1; li < b.line.length; li++) {
          g.lineTo(b.line[li][0], b.line[li][1]);
        }
      };
      g.lineCap = 'butt';
      g.strokeStyle = 'rgba(255,255,255,0.8)';
      g.lineWidth = 4.4;
      g.beginPath();
      batch.forEach(trace);
      g.stroke();
      g.lineCap = 'round';
      g.lineWidth = 2.4;
      batch.forEach(function (b) {
        g.strokeStyle = b.color;
        g.beginPath();
        trace(b);
        g.stroke();
      });
      batch = [];
    };
    for (var pi = 0; pi < prims.length; pi++) {
      var pr = prims[pi];
      if (pr.cell) {
        flush();
        var v = pr.cell.c;
        g.beginPath();
        g.moveTo(px[v[0]], py[v[0]]);
        g.lineTo(px[v[1]], py[v[1]]);
        g.lineTo(px[v[2]], py[v[2]]);
        g.lineTo(px[v[3]], py[v[3]]);
        g.closePath();
        g.fillStyle = pr.cell.fill;
        g.fill();
        g.strokeStyle = pr.cell.fill;
        g.lineWidth = 0.6;
        g.stroke();
        drawnCells++;
      } else {
        batch.push(pr);
      }
    }
    flush();
    // A light grid every 10 cells, drawn over the surface, so its shape reads at any angle.
    this._grid(g, px, py, n);

    // The front vertical edge and the axes with their ticks.
    this._axes(g, corners, proj, cssW, cssH);

    // Minima (★, hollow for a local one), start points, current points and the shown step on top.
    var minima = s.minima || [];
    for (var mi = 0; mi < minima.length; mi++) {
      var m = minima[mi];
      var mxy = this._xy(m.x, m.y);
      if (!mxy) {
        continue;
      }
      var mp = proj(mxy[0], mxy[1], this._z(m.f) + lift, [0, 0, 0]);
      star(g, mp[0], mp[1], 8, m.global);
    }
    paths.forEach(function (p) {
      if (p.first) {
        g.beginPath();
        g.arc(p.first[0], p.first[1], 4, 0, 2 * Math.PI);
        g.fillStyle = '#ffffff';
        g.fill();
        g.strokeStyle = p.color;
        g.lineWidth = 2;
        g.stroke();
      }
    });
    var self2 = this;
    var dot = function (v3, color, r, ring) {
      var xy = self2._xy(v3[0], v3[1]);
      var z = xy ? self2._z(v3[2]) : NaN;
      if (!xy || !finite(z)) {
        return;
      }
      var q = proj(xy[0], xy[1], z + lift, [0, 0, 0]);
      g.beginPath();
      g.arc(q[0], q[1], r, 0, 2 * Math.PI);
      g.fillStyle = color;
      g.fill();
      g.strokeStyle = ring;
      g.lineWidth = 2;
      g.stroke();
    };
    this._order.forEach(function (id) {
      var se = self._series[id];
      if (se.current) {
        dot(se.current, se.color, 5.5, '#ffffff');
      }
      var mk = self._marks[id];
      if (mk && mk.length === 3) {
        dot(mk, '#ffffff', 5, se.color);
      }
    });

    this.setAttribute('data-cells', String(drawnCells));
    this.setAttribute('data-points', String(total));
    this.setAttribute('data-outside', String(outside));
    this.setAttribute('data-series', String(this._order.filter(function (id) {
      return self._series[id].pts.length > 0;
    }).length));
    var t = this._texts || {};
    var notes = [t.hint || ''];
    if (t.clipped) {
      notes.push(t.clipped);
    }
    if (t.holes) {
      notes.push(t.holes);
    }
    if (outside > 0 && t.outside) {
      notes.push(t.outside.replace('{0}', String(outside)));
    }
    var text = notes.filter(Boolean).join('\n');
    if (this._note.textContent !== text) {
      this._note.textContent = text;
    }
  };

  P._grid = function (g, px, py, n) {
    var step = Math.max(1, Math.round((n - 1) / 6));
    var wz = this._wz;
    g.strokeStyle = 'rgba(40,40,40,0.22)';
    g.lineWidth = 0.7;
    g.beginPath();
    for (var j = 0; j < n; j += step) {
      var pen = false;
      for (var i = 0; i < n; i++) {
        var k = j * n + i;
        if (!finite(wz[k])) {
          pen = false;
          continue;
        }
        if (pen) {
          g.lineTo(px[k], py[k]);
        } else {
          g.moveTo(px[k], py[k]);
        }
        pen = true;
      }
    }
    for (var i2 = 0; i2 < n; i2 += step) {
      pen = false;
      for (var j2 = 0; j2 < n; j2++) {
        var k2 = j2 * n + i2;
        if (!finite(wz[k2])) {
          pen = false;
          continue;
        }
        if (pen) {
          g.lineTo(px[k2], py[k2]);
        } else {
          g.moveTo(px[k2], py[k2]);
        }
        pen = true;
      }
    }
    // Only the grid on faces turned to the viewer would be exact; a faint grid over all reads well enough.
    g.stroke();
  };

  /** x and y ticks on the two floor edges nearest the viewer, the loss ticks on the leftmost vertical edge. */
  P._axes = function (g, corners, proj, cssW, cssH) {
    var s = this._spec;
    var t = this._texts || {};
    var b = s.box;
    var ax = this._ax;
    var ay = this._ay;
    var zb = -Z_SIDE / 2;
    var centre = proj(0, 0, zb, [0, 0, 0]);
    var self = this;
    g.font = FONT + 'px ' + this._family;
    var label = function (text, x, y, align, base, size, weight) {
      g.font = (weight || '') + ' ' + (size || FONT) + 'px ' + self._family;
      g.textAlign = align;
      g.textBaseline = base;
      g.lineWidth = 3;
      g.strokeStyle = 'rgba(255,255,255,0.9)';
      g.lineJoin = 'round';
      g.strokeText(text, x, y);
      g.fillStyle = '#222222';
      g.fillText(text, x, y);
    };
    // Which y (for the x axis) and which x (for the y axis) lie nearer the viewer.
    var front = function (p0, p1) {
      return proj(p0[0], p0[1], zb, [0, 0, 0])[2] < proj(p1[0], p1[1], zb, [0, 0, 0])[2];
    };
    var yEdge = front([0, -ay], [0, ay]) ? -ay : ay;
    var xEdge = front([-ax, 0], [ax, 0]) ? -ax : ax;
    var axis = function (along, fixed, min, max, title) {
      var ticks = niceTicks(min, max, 6);
      var end0 = along === 'x' ? proj(-ax, fixed, zb, [0, 0, 0]) : proj(fixed, -ay, zb, [0, 0, 0]);
      var end1 = along === 'x' ? proj(ax, fixed, zb, [0, 0, 0]) : proj(fixed, ay, zb, [0, 0, 0]);
      var mid = [(end0[0] + end1[0]) / 2, (end0[1] + end1[1]) / 2];
      var dx = mid[0] - centre[0];
      var dy = mid[1] - centre[1];
      var len = Math.hypot(dx, dy) || 1;
      dx /= len;
      dy /= len;
      // Fewer ticks when the edge is short on screen (seen end-on).
      var screenLen = Math.hypot(end1[0] - end0[0], end1[1] - end0[1]);
      var room = Math.max(2, Math.floor(screenLen / 46));
      if (ticks.length > room) {
        var keep = Math.ceil(ticks.length / room);
        ticks = ticks.filter(function (v, i) { return i % keep === 0; });
      }
      g.strokeStyle = '#6b7280';
      g.lineWidth = 1;
      g.beginPath();
      g.moveTo(end0[0], end0[1]);
      g.lineTo(end1[0], end1[1]);
      g.stroke();
      var align = Math.abs(dx) < 0.35 ? 'center' : dx > 0 ? 'left' : 'right';
      var base = Math.abs(dy) < 0.35 ? 'middle' : dy > 0 ? 'top' : 'bottom';
      ticks.forEach(function (v) {
        var u = (v - min) / (max - min);
        var w = along === 'x' ? -ax + 2 * ax * u : -ay + 2 * ay * u;
        var p = along === 'x' ? proj(w, fixed, zb, [0, 0, 0]) : proj(fixed, w, zb, [0, 0, 0]);
        g.beginPath();
        g.moveTo(p[0], p[1]);
        g.lineTo(p[0] + dx * 5, p[1] + dy * 5);
        g.stroke();
        label(fmt(v), p[0] + dx * 8, p[1] + dy * 8, align, base);
      });
      label(title, mid[0] + dx * 30, mid[1] + dy * 30, 'center', 'middle', TITLE_FONT, 'bold');
    };
    axis('x', yEdge, b.xMin, b.xMax, t.x || 'x');
    axis('y', xEdge, b.yMin, b.yMax, t.y || 'y');

    // The loss axis: the vertical edge at the leftmost floor corner.
    var left = corners.slice().sort(function (p, q) { return p.b[0] - q.b[0]; })[0];
    g.strokeStyle = '#6b7280';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(left.b[0], left.b[1]);
    g.lineTo(left.t[0], left.t[1]);
    g.stroke();
    var zTicks = this._log ? logTicks(s.floor, s.top, 6) : niceTicks(s.floor, s.top, 6);
    var span = Math.abs(left.t[1] - left.b[1]);
    var roomZ = Math.max(2, Math.floor(span / 24));
    if (zTicks.length > roomZ) {
      var keepZ = Math.ceil(zTicks.length / roomZ);
      zTicks = zTicks.filter(function (v, i) { return i % keepZ === 0; });
    }
    var lastY = Infinity;
    zTicks.forEach(function (f) {
      var z = self._z(f);
      var p = proj(left.x, left.y, z, [0, 0, 0]);
      if (Math.abs(lastY - p[1]) < FONT + 4) {
        return; // too close to the tick below (e.g. 0 and 1 on a log axis): its label would overlap
      }
      lastY = p[1];
      g.beginPath();
      g.moveTo(p[0], p[1]);
      g.lineTo(p[0] - 5, p[1]);
      g.stroke();
      label(fmt(f), p[0] - 8, p[1], 'right', 'middle');
    });
    // The loss axis's title in the top left corner, where the surface never is.
    var zTitle = this._log ? (t.zLog || t.z || 'loss') : (t.z || 'loss');
    label('\u2191 ' + zTitle, 4, 12, 'left', 'middle', TITLE_FONT, 'bold');
  };

  function star(g, x, y, r, filled) {
    g.beginPath();
    for (var i = 0; i < 10; i++) {
      var a = -Math.PI / 2 + i * Math.PI / 5;
      var rr = i % 2 === 0 ? r : r * 0.45;
      var sx = x + rr * Math.cos(a);
      var sy = y + rr * Math.sin(a);
      if (i === 0) {
        g.moveTo(sx, sy);
      } else {
        g.lineTo(sx, sy);
      }
    }
    g.closePath();
    g.fillStyle = filled ? '#ffd400' : '#ffffff';
    g.fill();
    g.strokeStyle = '#222222';
    g.lineWidth = 1.3;
    g.stroke();
  }

  if (!customElements.get('gdp-surface3d')) {
    customElements.define('gdp-surface3d', GdpSurface3d);
  }
})();
