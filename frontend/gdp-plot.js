// <gdp-plot>: a live chart drawn in the browser from small deltas (contour overlays and loss curves).
// Plain classic script served as /gdp/gdp-plot.js (no Node build, no library). The page calls, on the element:
//   configure(spec)  append(delta)  reset()  mark(json)  setOptions(json)  snapshot()
// and listens for the 'gdp-pick' event ({detail: {x, y}} in data coordinates) on a click in a contour's plot area.
// Pure helpers (niceTicks, grow, thinning, formatting) are exposed as window.GdpPlotMath for tests.
(function () {
  'use strict';

  var NS = 'http://www.w3.org/2000/svg';
  var TICK_FONT = 12;
  var TITLE_FONT = 13;
  var THIN_PX = 0.5;
  var DOTS_MAX = 60;
  var ARROW_PX = 40;
  var CUT_PAD = 24;
  // Beyond this many pixels a double cannot place a segment between two such points to within a pixel near the plot
  // (ulp(1e14) ≈ 0.016): such a segment is left out (the path breaks) rather than drawn at a wrong angle or offset.
  var FAR_PX = 1e14; // segments are cut this far outside the plot area; the clip path trims the rest
  var SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];
  var VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#aadc32', '#fde725'];

  // ------------------------------------------------------------------ pure helpers

  function finite(v) {
    return typeof v === 'number' && isFinite(v);
  }

  function clean(v) {
    return Number(v.toPrecision(12));
  }

  /** Smallest 1, 2 or 5 × 10^k that is ≥ v (v > 0). */
  function niceCeil(v) {
    if (!(v > 0) || !isFinite(v)) {
      return v;
    }
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var m = v / p;
    var n = m <= 1 + 1e-9 ? 1 : m <= 2 + 1e-9 ? 2 : m <= 5 + 1e-9 ? 5 : 10;
    return clean(n * p);
  }

  /** Largest 1, 2 or 5 × 10^k that is ≤ v (v > 0). */
  function niceFloor(v) {
    if (!(v > 0) || !isFinite(v)) {
      return v;
    }
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var m = v / p;
    var n = m >= 5 - 1e-9 ? 5 : m >= 2 - 1e-9 ? 2 : 1;
    if (m >= 10 - 1e-9) {
      n = 10;
    }
    return clean(n * p);
  }

  /** The 1-2-5 step for a range split into at most maxCount ticks (integer: never below 1). */
  function niceStep(min, max, maxCount, integer) {
    var raw = (max - min) / Math.max(1, maxCount - 1);
    var step = niceCeil(raw);
    return integer ? Math.max(1, step) : step;
  }

  /**
   * Ticks k·step in [min, max] with a 1-2-5 step giving at most maxCount ticks; integer: whole numbers only.
   * niceTicks(0, 1, 6, false) → [0, 0.2, 0.4, 0.6, 0.8, 1]; niceTicks(0, 10, 6, true) → [0, 2, 4, 6, 8, 10].
   */
  function niceTicks(min, max, maxCount, integer) {
    if (!finite(min) || !finite(max) || max < min) {
      return [];
    }
    maxCount = Math.max(2, Math.floor(maxCount) || 2);
    if (max === min) {
      return integer && Math.round(min) !== min ? [] : [min];
    }
    var step = niceStep(min, max, maxCount, integer);
    if (!(step > 0) || !isFinite(step)) {
      return [];
    }
    var first = Math.ceil(min / step - 1e-9);
    var last = Math.floor(max / step + 1e-9);
    var out = [];
    for (var k = first; k <= last && out.length < 1000; k++) {
      out.push(clean(k * step));
    }
    return out;
  }

  /** Log-axis ticks in [min, max] (0 < min < max): decades, or 1-2-5 values within a short range, at most maxCount. */
  function logTicks(min, max, maxCount) {
    if (!(min > 0) || !finite(max) || max <= min) {
      return [];
    }
    maxCount = Math.max(2, Math.floor(maxCount) || 2);
    var e0 = Math.ceil(Math.log10(min) - 1e-9);
    var e1 = Math.floor(Math.log10(max) + 1e-9);
    var out = [];
    var e;
    if (e1 - e0 + 1 >= 3) {
      var stride = Math.ceil((e1 - e0 + 1) / maxCount);
      var start = Math.ceil(e0 / stride) * stride; // decades on multiples of the stride: 1e-6, 1e-3, 1 …
      for (e = start; e <= e1; e += stride) {
        out.push(Number('1e' + e));
      }
      return out;
    }
    var lo = Math.floor(Math.log10(min)) - 1;
    for (e = lo; e <= e1 + 1; e++) {
      var ms = [1, 2, 5];
      for (var i = 0; i < 3; i++) {
        var v = clean(ms[i] * Math.pow(10, e));
        if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
          out.push(v);
        }
      }
    }
    if (out.length >= 3 && out.length <= maxCount) {
      return out;
    }
    if (out.length > maxCount) {
      var ones = out.filter(function (t) {
        var m = t / Math.pow(10, Math.floor(Math.log10(t) + 1e-9));
        return Math.abs(m - 1) < 1e-6 || Math.abs(m - 5) < 1e-6;
      });
      if (ones.length >= 2 && ones.length <= maxCount) {
        return ones;
      }
    }
    return niceTicks(min, max, maxCount, false);
  }

  /**
   * The range after a value arrives: the same array when the value is inside it (or not finite), else a grown one.
   * opts.steps: the max jumps along 1-2-5 (10 → 20 → 50 → 100), the min stays (the step axis of a loss chart).
   * Otherwise ~10 % headroom beyond the value and bounds rounded to a nice step; opts.floorZero keeps a zero
   * baseline for non-negative data; opts.log grows multiplicatively to 1-2-5 bounds (values ≤ 0 are ignored).
   */
  function grow(range, value, opts) {
    opts = opts || {};
    if (!finite(value) || (opts.log && !(value > 0))) {
      return range;
    }
    var lo = range[0];
    var hi = range[1];
    if (value >= lo && value <= hi) {
      return range;
    }
    if (opts.log) {
      return [value < lo ? niceFloor(value / 1.25) : lo, value > hi ? niceCeil(value * 1.25) : hi];
    }
    if (opts.steps) {
      if (value < lo) {
        return [clean(hi - niceCeil(hi - value)), hi];
      }
      return [lo, clean(lo + niceCeil(value - lo))];
    }
    var nlo = Math.min(lo, value);
    var nhi = Math.max(hi, value);
    var span = nhi - nlo;
    var head = (opts.headroom === undefined ? 0.1 : opts.headroom) * span;
    if (value > hi) {
      nhi = value + head;
    } else {
      nlo = value - head;
    }
    return niceBounds(nlo, nhi, opts.floorZero && lo >= 0 && value >= 0);
  }

  /** [lo, hi] widened to multiples of a nice step (about 5 intervals); keepZero clamps a negative lo to 0. */
  function niceBounds(lo, hi, keepZero) {
    var step = niceStep(lo, hi, 6, false);
    if (!(step > 0) || !isFinite(step)) {
      return [lo, hi];
    }
    var nlo = clean(Math.floor(lo / step + 1e-9) * step);
    var nhi = clean(Math.ceil(hi / step - 1e-9) * step);
    if (keepZero && nlo < 0) {
      nlo = 0;
    }
    return [nlo, nhi];
  }

  /** Whether a point at pixel (x, y) may be dropped: closer than 0.5 px to the last drawn point (never the newest). */
  function thinSkip(lastX, lastY, x, y, newest) {
    if (newest || !finite(lastX)) {
      return false;
    }
    var dx = x - lastX;
    var dy = y - lastY;
    return dx * dx + dy * dy < THIN_PX * THIN_PX;
  }

  /**
   * Liang–Barsky: the part of segment a→b inside the rectangle, as [x0, y0, x1, y1] (from a's side), or null.
   * Computed from the endpoint nearer to the rectangle, so a point far away (a diverging run) costs no precision.
   */
  function clipSegment(ax, ay, bx, by, x0, y0, x1, y1) {
    var cx = (x0 + x1) / 2;
    var cy = (y0 + y1) / 2;
    if (Math.max(Math.abs(ax - cx), Math.abs(ay - cy)) > Math.max(Math.abs(bx - cx), Math.abs(by - cy))) {
      var r = clipFrom(bx, by, ax, ay, x0, y0, x1, y1);
      return r ? [r[2], r[3], r[0], r[1]] : null;
    }
    return clipFrom(ax, ay, bx, by, x0, y0, x1, y1);
  }

  function clipFrom(ax, ay, bx, by, x0, y0, x1, y1) {
    var dx = bx - ax;
    var dy = by - ay;
    var t0 = 0;
    var t1 = 1;
    var p = [-dx, dx, -dy, dy];
    var q = [ax - x0, x1 - ax, ay - y0, y1 - ay];
    for (var i = 0; i < 4; i++) {
      if (p[i] === 0) {
        if (q[i] < 0) {
          return null;
        }
      } else {
        var r = q[i] / p[i];
        if (p[i] < 0) {
          if (r > t1) {
            return null;
          }
          if (r > t0) {
            t0 = r;
          }
        } else {
          if (r < t0) {
            return null;
          }
          if (r < t1) {
            t1 = r;
          }
        }
      }
    }
    return [t0 === 0 ? ax : ax + t0 * dx, t0 === 0 ? ay : ay + t0 * dy,
      t1 === 1 ? bx : ax + t1 * dx, t1 === 1 ? by : ay + t1 * dy];
  }

  /**
   * Text a learner reads writes a true minus sign (U+2212), as the server's NumberText does, also in exponents and
   * −∞. Labels are only drawn, never parsed back.
   */
  function minus(s) {
    return s.replace(/-/g, '\u2212');
  }

  /** One value, compact and locale-independent: plain for 1e-3 ≤ |v| < 1e5, else 1e−6 / 2.5e7 style. */
  function formatValue(v, step) {
    return minus(formatPlain(v, step));
  }

  function formatPlain(v, step) {
    if (v === 0) {
      return '0';
    }
    if (!finite(v)) {
      return isNaN(v) ? 'NaN' : v > 0 ? '∞' : '-∞';
    }
    var a = Math.abs(v);
    if (step > 0 && a < step * 1e-9) {
      return '0';
    }
    if (a >= 1e-3 && a < 1e5) {
      var s;
      if (step > 0 && isFinite(step)) {
        var dec = Math.max(0, Math.min(12, Math.ceil(-Math.log10(step) - 1e-9)));
        s = v.toFixed(dec);
        if (s.indexOf('.') >= 0) {
          s = s.replace(/0+$/, '').replace(/\.$/, '');
        }
      } else {
        s = String(Number(v.toPrecision(6)));
      }
      return s === '-0' ? '0' : s;
    }
    return sci(v, 3);
  }

  function sci(v, digits) {
    var s = v.toExponential(digits - 1); // "2.50e+7"
    var parts = s.split('e');
    var m = parts[0].indexOf('.') >= 0 ? parts[0].replace(/0+$/, '').replace(/\.$/, '') : parts[0];
    var e = parts[1].replace('+', '');
    return m + 'e' + e;
  }

  /** Labels for linear ticks, one style for the whole axis. */
  function formatTicks(ticks, step) {
    var big = 0;
    for (var i = 0; i < ticks.length; i++) {
      big = Math.max(big, Math.abs(ticks[i]));
    }
    var sciAxis = big > 0 && (big < 1e-3 || big >= 1e5);
    var digits = 1;
    if (sciAxis && step > 0) {
      digits = Math.max(1, Math.min(6, Math.floor(Math.log10(big) + 1e-9) - Math.floor(Math.log10(step) + 1e-9) + 1));
    }
    return ticks.map(function (t) {
      if (t === 0 || (step > 0 && Math.abs(t) < step * 1e-9)) {
        return '0';
      }
      return sciAxis ? minus(sci(t, digits)) : formatValue(t, step);
    });
  }

  /** A value at roughly one-pixel resolution (hover label). */
  function formatAt(v, unitPerPx) {
    if (!finite(v)) {
      return formatValue(v);
    }
    var u = unitPerPx > 0 ? unitPerPx : 1e-3;
    if (Math.abs(v) >= 1e5 || u < 1e-6) {
      return minus(sci(v, 4));
    }
    var dec = Math.max(0, Math.min(8, Math.ceil(-Math.log10(u))));
    var s = v.toFixed(dec);
    return minus(/^-0(\.0*)?$/.test(s) ? s.slice(1) : s);
  }

  /** The smallest difference between neighbours of a sorted array (Infinity for fewer than two). */
  function minGap(a) {
    var g = Infinity;
    for (var i = 1; i < a.length; i++) {
      g = Math.min(g, a[i] - a[i - 1]);
    }
    return g;
  }

  function hexToRgb(h) {
    var n = parseInt(h.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }

  function safeColor(c, i) {
    return typeof c === 'string' && /^#[0-9a-fA-F]{6}$/.test(c) ? c : SERIES_COLORS[i % SERIES_COLORS.length];
  }

  function parse(json) {
    if (json === null || json === undefined || json === '') {
      return {};
    }
    return typeof json === 'string' ? JSON.parse(json) : json;
  }

  function r2(v) {
    return Math.round(v * 100) / 100;
  }

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    if (attrs) {
      for (var k in attrs) {
        if (Object.prototype.hasOwnProperty.call(attrs, k) && attrs[k] !== undefined && attrs[k] !== null) {
          e.setAttribute(k, String(attrs[k]));
        }
      }
    }
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }

  function text(x, y, content, attrs, parent) {
    var t = el('text', attrs, parent);
    t.setAttribute('x', r2(x));
    t.setAttribute('y', r2(y));
    t.textContent = content;
    return t;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function starPath(cx, cy, r) {
    var d = '';
    for (var k = 0; k < 10; k++) {
      var rr = k % 2 === 0 ? r : r * 0.45;
      var a = -Math.PI / 2 + k * Math.PI / 5;
      d += (k === 0 ? 'M' : 'L') + r2(cx + rr * Math.cos(a)) + ' ' + r2(cy + rr * Math.sin(a));
    }
    return d + 'Z';
  }

  var measureCtx = null;

  function measure(str, px, family) {
    if (!measureCtx) {
      measureCtx = document.createElement('canvas').getContext('2d');
    }
    measureCtx.font = px + 'px ' + (family || 'sans-serif');
    return measureCtx.measureText(str).width;
  }

  var uid = 0;

  // ------------------------------------------------------------------ the element

  var Base = typeof HTMLElement === 'undefined' ? function () {} : HTMLElement;

  class GdpPlot extends Base {
    constructor() {
      super();
      this._spec = null;
      this._series = [];
      this._byId = {};
      this._current = {};
      this._arrowData = {};
      this._marks = {};
      this._showArrows = true;
      this._width = 0;
      this._uid = 'gdp-plot-' + (++uid);
      this._ro = null;
    }

    connectedCallback() {
      if (!this.hasAttribute('role')) {
        this.setAttribute('role', 'img');
      }
      if (!this._keys) {
        // A contour whose start can be picked (data-pick) also takes arrow keys: see _onKey.
        var me = this;
        this._keys = true;
        this.addEventListener('keydown', function (e) {
          me._onKey(e);
        });
        this.addEventListener('blur', function () {
          me._keyAt = null;
        });
      }
      if (!this._svg) {
        this._build();
      }
      if (typeof ResizeObserver !== 'undefined' && !this._ro) {
        var self = this;
        this._ro = new ResizeObserver(function () {
          var w = Math.floor(self.clientWidth);
          if (w !== self._width) {
            self._layout();
          }
        });
        this._ro.observe(this);
      }
      this._layout();
    }

    disconnectedCallback() {
      if (this._ro) {
        this._ro.disconnect();
        this._ro = null;
      }
    }

    _build() {
      this._tf = this._tf || TICK_FONT;
      this._ttf = this._ttf || TITLE_FONT;
      var svg = el('svg', {'class': 'gdp-plot-svg', 'aria-hidden': 'true', focusable: 'false'});
      this._svg = svg;
      var defs = el('defs', null, svg);
      var clip = el('clipPath', {id: this._uid + '-clip'}, defs);
      this._clipRect = el('rect', null, clip);
      var clipPad = el('clipPath', {id: this._uid + '-clipm'}, defs);
      this._clipPadRect = el('rect', null, clipPad); // markers may stick out of the plot area a little
      this._gradient = el('linearGradient', {id: this._uid + '-bar', x1: 0, y1: 1, x2: 0, y2: 0}, defs);
      var clipUrl = 'url(#' + this._uid + '-clip)';
      var clipMarks = 'url(#' + this._uid + '-clipm)';
      this._gBg = el('g', {'clip-path': clipUrl}, svg);
      this._gGrid = el('g', {'class': 'gdp-plot-grid'}, svg);
      this._gAxes = el('g', {'class': 'gdp-plot-axes'}, svg);
      this._hit = el('rect', {'class': 'gdp-plot-hit', fill: 'transparent'}, svg);
      this._gData = el('g', {'class': 'gdp-plot-data', 'clip-path': clipUrl}, svg);
      this._gMinima = el('g', {'class': 'gdp-plot-minima', 'clip-path': clipMarks}, svg);
      this._gArrows = el('g', {'class': 'gdp-plot-arrows', 'clip-path': clipUrl}, svg);
      this._gMarks = el('g', {'class': 'gdp-plot-marks', 'clip-path': clipMarks}, svg);
      this._gCurrent = el('g', {'class': 'gdp-plot-current', 'clip-path': clipMarks}, svg);
      this._gBar = el('g', {'class': 'gdp-plot-colorbar'}, svg);
      this._gLegend = el('g', {'class': 'gdp-plot-legend'}, svg);
      this._gHover = el('g', {'class': 'gdp-plot-hover', visibility: 'hidden'}, svg);
      this._hoverBox = el('rect', {rx: 3, fill: '#ffffff', 'fill-opacity': 0.9, stroke: '#cccccc'}, this._gHover);
      this._hoverText = text(0, 0, '', {'font-size': this._tf, fill: '#222222'}, this._gHover);
      this.appendChild(svg);
      var self = this;
      svg.addEventListener('click', function (e) {
        if (self._dragged) { // the end of a drag already sent its point
          self._dragged = false;
          return;
        }
        self._onClick(e);
      });
      svg.addEventListener('pointerdown', function (e) {
        self._onDrag(e, 'down');
      });
      svg.addEventListener('pointermove', function (e) {
        self._onDrag(e, 'move');
      });
      svg.addEventListener('pointerup', function (e) {
        self._onDrag(e, 'up');
      });
      svg.addEventListener('pointermove', function (e) {
        self._onHover(e);
      });
      svg.addEventListener('pointerleave', function () {
        self._gHover.setAttribute('visibility', 'hidden');
      });
    }

    // -------------------------------------------------------------- public API

    configure(specJson) {
      var spec = parse(specJson);
      var kind = spec.kind === 'contour' ? 'contour' : 'line';
      var x = spec.x || {};
      var y = spec.y || {};
      // An image needs a name: when the page gave none, the chart names itself by its axes ("loss over step").
      if ((!this.hasAttribute('aria-label') || this.hasAttribute('data-auto-label'))
          && !this.hasAttribute('aria-labelledby')) {
        var named = (y.label || '') + (y.label && x.label ? ' / ' : '') + (x.label || '');
        this.setAttribute('aria-label', named || (kind === 'contour' ? 'contour' : 'chart'));
        this.setAttribute('data-auto-label', '');
      }
      this._spec = {
        kind: kind,
        x: {min: x.min, max: x.max, label: x.label || '', integer: !!x.integer, log: !!x.log},
        y: {min: y.min, max: y.max, label: y.label || '', log: !!y.log, fromZero: !!y.fromZero},
        equalAspect: kind === 'contour' && spec.equalAspect !== false,
        // "same": the server left out the image this element already shows (a new run on the same surface)
        background: spec.background && spec.background.src === 'same'
          ? (this._spec && this._spec.background ? this._spec.background : null) : (spec.background || null),
        colorBar: spec.colorBar || null,
        minima: Array.isArray(spec.minima) ? spec.minima : [],
        legend: spec.legend !== false,
        dots: spec.dots !== false,
        texts: spec.texts || {}
      };
      this._series = [];
      this._byId = {};
      var list = Array.isArray(spec.series) ? spec.series : [];
      for (var i = 0; i < list.length; i++) {
        this._addSeries(String(list[i].id), list[i].label, list[i].color, i);
      }
      this._current = {};
      this._arrowData = {};
      this._marks = {};
      this._resetRanges();
      if (!this._svg) {
        this._build();
      }
      this._svg.setAttribute('class', 'gdp-plot-svg gdp-plot-' + kind);
      clear(this._gData);
      for (var j = 0; j < this._series.length; j++) {
        this._attachSeries(this._series[j]);
      }
      this._layout();
    }

    append(deltaJson) {
      if (typeof Node !== 'undefined' && (deltaJson instanceof Node || arguments.length > 1)) {
        // This method shadows Element.append(...nodes); keep the DOM meaning for node arguments.
        return HTMLElement.prototype.append.apply(this, arguments);
      }
      if (!this._spec) {
        return;
      }
      var delta = parse(deltaJson);
      var pts = delta.points || {};
      var line = this._spec.kind === 'line';
      var before = {};
      var id;
      for (id in pts) {
        if (!Object.prototype.hasOwnProperty.call(pts, id) || !Array.isArray(pts[id])) {
          continue;
        }
        var s = this._seriesFor(id);
        before[id] = s.xs.length;
        var arr = pts[id];
        for (var i = 0; i < arr.length; i++) {
          var p = arr[i];
          var px = p && p.length > 0 ? Number(p[0]) : NaN;
          var py = p && p.length > 1 ? Number(p[1]) : NaN;
          s.xs.push(px);
          s.ys.push(py);
          this._extend(px, py);
        }
      }
      if (delta.current) {
        for (id in delta.current) {
          if (Object.prototype.hasOwnProperty.call(delta.current, id)) {
            this._seriesFor(id);
            var c = delta.current[id];
            this._current[id] = c && c.length >= 2 ? [Number(c[0]), Number(c[1])] : null;
            if (line && this._current[id]) {
              this._extend(this._current[id][0], this._current[id][1]);
            }
          }
        }
      }
      if ('arrows' in delta) {
        this._arrowData = delta.arrows || {};
      }
      var tightened = line && delta.finished && this._tightenSteps();
      if ((line && this._growRanges()) || tightened) {
        this._layout();
        return;
      }
      if (!this._frame) {
        return;
      }
      for (id in before) {
        var ser = this._byId[id];
        this._drawFrom(ser, before[id]);
      }
      this._drawOverlays();
    }

    reset() {
      for (var i = 0; i < this._series.length; i++) {
        var s = this._series[i];
        s.xs = [];
        s.ys = [];
      }
      this._current = {};
      this._arrowData = {};
      this._marks = {};
      this._resetRanges();
      this._layout();
    }

    mark(json) {
      var m = parse(json) || {};
      this._marks = {};
      for (var id in m) {
        if (Object.prototype.hasOwnProperty.call(m, id) && m[id] && m[id].length >= 2) {
          this._marks[id] = [Number(m[id][0]), Number(m[id][1])];
        }
      }
      if (this._frame) {
        this._drawOverlays();
      }
    }

    setOptions(json) {
      var o = parse(json) || {};
      var relayout = false;
      if (this._spec && typeof o.yLog === 'boolean' && o.yLog !== this._spec.y.log) {
        this._spec.y.log = o.yLog;
        this._resetRanges();
        this._refitAll();
        relayout = true;
      }
      if (typeof o.arrows === 'boolean') {
        this._showArrows = o.arrows;
      }
      if (relayout) {
        this._layout();
      } else if (this._frame) {
        this._drawOverlays();
      }
    }

    snapshot() {
      var counts = {};
      for (var i = 0; i < this._series.length; i++) {
        counts[this._series[i].id] = this._series[i].xs.length;
      }
      return {
        seriesCounts: counts,
        xRange: this._xr ? this._xr.slice() : null,
        yRange: this._yr ? this._yr.slice() : null,
        yOffset: this._frame ? this._frame.offset : 0,
        width: this._frame ? this._frame.W : 0,
        height: this._frame ? this._frame.H : 0
      };
    }

    // -------------------------------------------------------------- series and ranges

    _addSeries(id, label, color, index) {
      var s = {
        id: id, label: label === undefined || label === null ? id : String(label),
        color: safeColor(color, index), xs: [], ys: [], path: null, dots: null, start: null
      };
      this._series.push(s);
      this._byId[id] = s;
      return s;
    }

    _attachSeries(s) {
      var g = el('g', {'class': 'gdp-plot-series'}, this._gData);
      // On a contour a light halo under the line keeps it readable on every colour of the raster.
      s.halo = this._spec.kind === 'contour' ? el('path', {
        'class': 'gdp-plot-halo', fill: 'none', stroke: '#ffffff', 'stroke-opacity': 0.7, 'stroke-width': 4,
        'stroke-linejoin': 'round', 'stroke-linecap': 'round'
      }, g) : null;
      s.path = el('path', {
        'class': 'gdp-plot-line' + (this._spec.kind === 'contour' ? ' gdp-plot-traj' : ''),
        fill: 'none', stroke: s.color, 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round'
      }, g);
      s.dots = el('g', {fill: s.color, stroke: '#ffffff', 'stroke-width': 0.75}, g);
      s.start = el('g', null, g);
    }

    _seriesFor(id) {
      id = String(id);
      var s = this._byId[id];
      if (!s) {
        s = this._addSeries(id, id, null, this._series.length);
        if (this._gData) {
          this._attachSeries(s);
        }
        if (this._frame) {
          this._layout();
        }
      }
      return s;
    }

    _resetRanges() {
      var sp = this._spec;
      this._ext = {xMin: Infinity, xMax: -Infinity, yMin: Infinity, yMax: -Infinity, yMinPos: Infinity};
      if (!sp) {
        this._xr = [0, 1];
        this._yr = [0, 1];
        return;
      }
      var x0 = finite(sp.x.min) ? sp.x.min : 0;
      var x1 = finite(sp.x.max) ? sp.x.max : (sp.kind === 'line' ? 10 : 1);
      if (sp.x.log) {
        if (!(x0 > 0)) {
          x0 = 1;
        }
        if (!(x1 > x0)) {
          x1 = x0 * 10;
        }
      }
      if (!(x1 > x0)) {
        x1 = x0 + (sp.x.integer || sp.kind === 'line' ? 10 : 1);
      }
      this._xr = [x0, x1];
      var yl = sp.y.log;
      var hasY = finite(sp.y.min) && finite(sp.y.max) && sp.y.max > sp.y.min && (!yl || sp.y.min > 0);
      this._yConfigured = hasY;
      if (hasY) {
        this._yr = [sp.y.min, sp.y.max];
      } else if (sp.kind === 'contour') {
        this._yr = [-1, 1];
      } else {
        this._yr = null; // fitted to the first data
      }
    }

    _extend(x, y) {
      var e = this._ext;
      if (finite(x)) {
        if (x < e.xMin) {
          e.xMin = x;
        }
        if (x > e.xMax) {
          e.xMax = x;
        }
      }
      if (finite(y) && finite(x)) {
        if (y < e.yMin) {
          e.yMin = y;
        }
        if (y > e.yMax) {
          e.yMax = y;
        }
        if (y > 0 && y < e.yMinPos) {
          e.yMinPos = y;
        }
      }
    }

    _refitAll() {
      for (var i = 0; i < this._series.length; i++) {
        var s = this._series[i];
        for (var j = 0; j < s.xs.length; j++) {
          this._extend(s.xs[j], s.ys[j]);
        }
      }
      for (var id in this._current) {
        if (this._current[id]) {
          this._extend(this._current[id][0], this._current[id][1]);
        }
      }
      if (this._spec && this._spec.kind === 'line') {
        this._growRanges();
      }
    }

    /**
     * A finished run: the step axis ends at its last step instead of the next 1-2-5 bound it grew to while playing
     * (a 1,000-step run no longer shows an empty stretch up to 2,000). True when the range changed.
     */
    _tightenSteps() {
      var e = this._ext;
      var xr = this._xr;
      if (this._spec.x.log || !(e.xMax >= e.xMin) || !(xr[1] > e.xMax)) {
        return false;
      }
      this._xr = [xr[0], Math.max(e.xMax, xr[0] + 1)];
      return true;
    }

    /** Grows the loss chart's ranges to hold the data seen so far; true when a range changed. */
    _growRanges() {
      var sp = this._spec;
      var e = this._ext;
      var changed = false;
      var xr = this._xr;
      if (e.xMax >= e.xMin) {
        var nx = grow(grow(xr, e.xMin, {steps: true, log: sp.x.log}), e.xMax, {steps: true, log: sp.x.log});
        if (nx !== xr) {
          this._xr = nx;
          changed = true;
        }
      }
      var log = sp.y.log;
      var lo = log ? e.yMinPos : e.yMin;
      var hi = e.yMax;
      if (!(hi >= lo) || (log && !(hi > 0))) {
        return changed;
      }
      var yr = this._yr;
      if (!yr) {
        this._yr = this._initialY(lo, hi);
        return true;
      }
      var opts = {log: log, floorZero: sp.y.fromZero || e.yMin >= 0};
      var ny = grow(grow(yr, lo, opts), hi, opts);
      if (ny !== yr) {
        this._yr = ny;
        changed = true;
      }
      return changed;
    }

    _initialY(lo, hi) {
      var sp = this._spec;
      if (sp.y.log) {
        return [niceFloor(lo / 1.25), niceCeil(hi * 1.25)];
      }
      if (sp.y.fromZero || hi === lo) {
        if (hi <= 0 && lo < 0) {
          return lo === 0 ? [-1, 0] : [-niceCeil(-lo * 1.1), hi < 0 && !sp.y.fromZero ? 0 : Math.max(0, hi)];
        }
        var top = hi > 0 ? niceBounds(0, hi * 1.1, true)[1] : 1;
        return lo >= 0 ? [0, top] : niceBounds(lo - 0.1 * (hi - lo), top, false);
      }
      var pad = 0.05 * (hi - lo);
      return niceBounds(lo - pad, hi + pad, lo >= 0);
    }

    // -------------------------------------------------------------- layout

    _layout() {
      if (!this._svg || !this._spec || !this.isConnected) {
        return;
      }
      var W = Math.floor(this.clientWidth);
      this._width = W;
      if (!(W > 40)) {
        return;
      }
      var sp = this._spec;
      var style = getComputedStyle(this);
      // a page that is read from afar (the classroom projector) sets --gdp-plot-font: tick text in px, titles 1 px more
      var font = parseFloat(style.getPropertyValue('--gdp-plot-font'));
      this._tf = font >= 8 && font <= 48 ? font : TICK_FONT;
      this._ttf = this._tf + TITLE_FONT - TICK_FONT;
      this._hoverText.setAttribute('font-size', this._tf);
      var family = style.fontFamily || 'sans-serif';
      this._family = family;
      var vh = window.innerHeight || 800;
      var maxH = Math.max(220, Math.round(0.75 * vh));
      // a page that lays out a whole screen (the classroom projector) caps the height with CSS max-height
      var cap = parseFloat(style.maxHeight);
      if (cap >= 160 && cap < maxH) {
        maxH = Math.floor(cap);
      }
      var yr = this._yr || (sp.y.log ? [1, 10] : [0, 1]);
      var xr = this._xr;
      var ylog = sp.y.log;
      var xlog = sp.x.log;

      // Right side: the colour bar or room for the last x label.
      var bar = sp.kind === 'contour' && sp.colorBar && finite(sp.colorBar.min) && finite(sp.colorBar.max)
        && sp.colorBar.max > sp.colorBar.min ? sp.colorBar : null;
      var barLabels = bar ? this._barTickCandidates(bar) : [];
      var barW = 0;
      if (bar) {
        var widest = 0;
        for (var bi = 0; bi < barLabels.length; bi++) {
          widest = Math.max(widest, measure(barLabels[bi].label, this._tf, family));
        }
        barW = 12 + 12 + 4 + 3 + widest + (bar.label ? 6 + this._ttf + 2 : 4);
      }
      var top = 10;
      var legendRows = this._legendLayout(W - 16, family);
      var legendH = legendRows.length ? legendRows.length * 20 + 6 : 0;
      var bottom = 5 + 4 + this._tf + (sp.x.label ? 8 + this._ttf : 0) + 6;
      var titleW = sp.y.label ? this._ttf + 8 : 2;

      // The plot height depends on the aspect (line) or on the plot width (contour), the left margin on the y labels:
      // two passes settle both.
      var H = 0;
      var ph = 0;
      var pw = 0;
      var left = 50;
      var yt = null;
      var offset = 0;
      for (var pass = 0; pass < 3; pass++) {
        var right = bar ? barW : 14;
        pw = Math.max(40, W - left - right);
        if (sp.equalAspect) {
          var xs = xr[1] - xr[0];
          var ys = yr[1] - yr[0];
          ph = pw * ys / xs;
          var room = maxH - top - bottom - legendH;
          if (ph > room) {
            ph = Math.max(120, room);
            pw = ph * xs / ys;
          }
        } else {
          var aspect = parseFloat(style.getPropertyValue('--gdp-plot-aspect')) || (W < 600 ? 0.72 : 0.56);
          H = Math.min(maxH, Math.max(220, Math.round(W * aspect)));
          ph = Math.max(60, H - top - bottom);
        }
        yt = this._yTicks(yr, ph, ylog, family);
        offset = yt.offset;
        var topNeeded = offset !== 0 ? 10 + this._tf + 10 : 10;
        var widestY = 0;
        for (var k = 0; k < yt.labels.length; k++) {
          widestY = Math.max(widestY, measure(yt.labels[k], this._tf, family));
        }
        var newLeft = Math.ceil(titleW + 4 + widestY + 5 + 5);
        if (newLeft === left && topNeeded === top) {
          break;
        }
        left = newLeft;
        top = topNeeded;
      }
      if (sp.equalAspect) {
        H = Math.max(220, Math.round(top + ph + bottom));
      }
      // Centre a contour narrower than the element (height cap).
      var used = left + pw + (bar ? barW : 14);
      var shift = sp.equalAspect && used < W ? Math.floor((W - used) / 2) : 0;
      left += shift;
      var plotTop = top + (sp.equalAspect ? Math.max(0, (H - top - ph - bottom) / 2) : 0);
      var f = {
        W: W, H: H + legendH, left: left, top: plotTop, pw: pw, ph: ph, right: left + pw, bottom: plotTop + ph,
        xr: xr, yr: yr, xlog: xlog, ylog: ylog, offset: offset, family: family, shift: shift
      };
      f.tx0 = xlog ? Math.log10(xr[0]) : xr[0];
      f.tx1 = xlog ? Math.log10(xr[1]) : xr[1];
      f.ty0 = ylog ? Math.log10(yr[0]) : yr[0];
      f.ty1 = ylog ? Math.log10(yr[1]) : yr[1];
      f.kx = pw / (f.tx1 - f.tx0);
      f.ky = ph / (f.ty1 - f.ty0);
      this._frame = f;

      var svg = this._svg;
      svg.setAttribute('width', W);
      svg.setAttribute('height', f.H);
      svg.setAttribute('viewBox', '0 0 ' + W + ' ' + f.H);
      svg.setAttribute('font-family', family);
      this._clipRect.setAttribute('x', r2(f.left));
      this._clipRect.setAttribute('y', r2(f.top));
      this._clipRect.setAttribute('width', r2(pw));
      this._clipRect.setAttribute('height', r2(ph));
      this._clipPadRect.setAttribute('x', r2(f.left - 9));
      this._clipPadRect.setAttribute('y', r2(f.top - 9));
      this._clipPadRect.setAttribute('width', r2(pw + 18));
      this._clipPadRect.setAttribute('height', r2(ph + 18));
      this._hit.setAttribute('x', r2(f.left));
      this._hit.setAttribute('y', r2(f.top));
      this._hit.setAttribute('width', r2(pw));
      this._hit.setAttribute('height', r2(ph));
      this._hit.setAttribute('class', 'gdp-plot-hit' + (sp.kind === 'contour' ? ' gdp-plot-pick' : ''));

      this._drawBackground();
      this._drawAxes(yt, family);
      this._drawColorBar(bar, barLabels);
      this._drawLegend(legendRows, f.bottom + bottom + 4);
      this._drawMinima();
      for (var i = 0; i < this._series.length; i++) {
        this._redraw(this._series[i]);
      }
      this._drawOverlays();
    }

    X(x) {
      var f = this._frame;
      var t = f.xlog ? (x > 0 ? Math.log10(x) : NaN) : x;
      return f.left + (t - f.tx0) * f.kx;
    }

    Y(y) {
      var f = this._frame;
      var t = f.ylog ? (y > 0 ? Math.log10(y) : NaN) : y;
      return f.bottom - (t - f.ty0) * f.ky;
    }

    _yTicks(yr, ph, log, family) {
      var ticks;
      var labels;
      var offset = 0;
      var mc;
      if (log) {
        var span = Math.log10(yr[1]) - Math.log10(yr[0]);
        for (mc = 8; mc >= 2; mc--) {
          ticks = logTicks(yr[0], yr[1], mc);
          if (minGap(ticks.map(Math.log10)) * ph / span >= 26) {
            break;
          }
        }
        labels = ticks.map(function (t) {
          return formatValue(t);
        });
        return {ticks: ticks, labels: labels, offset: 0};
      }
      for (mc = 8; mc >= 2; mc--) {
        ticks = niceTicks(yr[0], yr[1], mc, false);
        if (minGap(ticks) * ph / (yr[1] - yr[0]) >= 30) {
          break;
        }
      }
      var step = ticks.length > 1 ? ticks[1] - ticks[0] : 0;
      var mag = Math.max(Math.abs(yr[0]), Math.abs(yr[1]));
      if (step > 0 && mag / step >= 1e4) {
        // A plateau: label ticks relative to a round offset so no label needs more than a few digits.
        var p = Math.pow(10, Math.ceil(Math.log10(yr[1] - yr[0])));
        offset = clean(Math.round((yr[0] + yr[1]) / 2 / p) * p);
        var rel = ticks.map(function (t) {
          return clean(t - offset);
        });
        labels = formatTicks(rel, step).map(function (s, i) {
          return rel[i] > 0 ? '+' + s : s;
        });
      } else {
        labels = formatTicks(ticks, step);
      }
      return {ticks: ticks, labels: labels, offset: offset};
    }

    _xTicks(family) {
      var f = this._frame;
      var sp = this._spec;
      for (var maxCount = 8; maxCount >= 2; maxCount--) {
        var ticks = f.xlog ? logTicks(f.xr[0], f.xr[1], maxCount)
          : niceTicks(f.xr[0], f.xr[1], maxCount, sp.x.integer);
        var step = ticks.length > 1 ? ticks[1] - ticks[0] : 0;
        var labels = f.xlog ? ticks.map(function (t) {
          return formatValue(t);
        }) : formatTicks(ticks, step);
        var ok = true;
        var prevEnd = -Infinity;
        var prevX = -Infinity;
        for (var i = 0; i < ticks.length && ok; i++) {
          var w = measure(labels[i], this._tf, family);
          var x = this.X(ticks[i]);
          if (x - w / 2 < prevEnd + 10 || x - prevX < 40) {
            ok = false;
          }
          prevEnd = x + w / 2;
          prevX = x;
        }
        if (ok || maxCount === 2) {
          return {ticks: ticks, labels: labels};
        }
      }
      return {ticks: [], labels: []};
    }

    _drawAxes(yt, family) {
      var f = this._frame;
      var sp = this._spec;
      clear(this._gGrid);
      clear(this._gAxes);
      var xt = this._xTicks(family);
      var grid = '';
      var axis = 'M' + r2(f.left) + ' ' + r2(f.top) + 'V' + r2(f.bottom) + 'H' + r2(f.right);
      var gx = this._gAxes;
      var i;
      var labels = el('g', {'class': 'gdp-plot-ticks', 'font-size': this._tf, fill: '#444444'}, gx);
      for (i = 0; i < yt.ticks.length; i++) {
        var y = this.Y(yt.ticks[i]);
        if (!(y >= f.top - 0.5 && y <= f.bottom + 0.5)) {
          continue;
        }
        if (sp.kind === 'line') {
          grid += 'M' + r2(f.left) + ' ' + r2(y) + 'H' + r2(f.right);
        }
        axis += 'M' + r2(f.left) + ' ' + r2(y) + 'h-5';
        text(f.left - 8, y + 4, yt.labels[i], {'text-anchor': 'end'}, labels);
      }
      for (i = 0; i < xt.ticks.length; i++) {
        var x = this.X(xt.ticks[i]);
        if (!(x >= f.left - 0.5 && x <= f.right + 0.5)) {
          continue;
        }
        if (sp.kind === 'line') {
          grid += 'M' + r2(x) + ' ' + r2(f.top) + 'V' + r2(f.bottom);
        }
        axis += 'M' + r2(x) + ' ' + r2(f.bottom) + 'v5';
        text(x, f.bottom + 5 + 4 + this._tf - 2, xt.labels[i], {'text-anchor': 'middle'}, labels);
      }
      if (grid) {
        el('path', {d: grid, fill: 'none', stroke: '#e6e6e6', 'stroke-width': 1}, this._gGrid);
      }
      if (sp.kind === 'contour') {
        el('rect', {
          x: r2(f.left), y: r2(f.top), width: r2(f.pw), height: r2(f.ph), fill: 'none', stroke: '#555555',
          'stroke-width': 1
        }, gx);
      }
      el('path', {d: axis, fill: 'none', stroke: '#555555', 'stroke-width': 1, 'class': 'gdp-plot-axis'}, gx);
      var titles = el('g', {'class': 'gdp-plot-titles', 'font-size': this._ttf, fill: '#222222'}, gx);
      if (sp.x.label) {
        text(f.left + f.pw / 2, f.bottom + 5 + 4 + this._tf + 8 + this._ttf - 3, sp.x.label,
          {'text-anchor': 'middle'}, titles);
      }
      if (sp.y.label) {
        var cx = f.shift + 2 + this._ttf - 2;
        var cy = f.top + f.ph / 2;
        text(cx, cy, sp.y.label, {'text-anchor': 'middle', transform: 'rotate(-90 ' + r2(cx) + ' ' + r2(cy) + ')'},
          titles);
      }
      if (f.offset !== 0) {
        var word = sp.texts.offset || 'offset';
        text(f.shift + 2, f.top - 12, word + ' ' + formatValue(f.offset), {
          'font-size': this._tf, fill: '#444444', 'class': 'gdp-plot-offset'
        }, gx);
      }
    }

    _drawBackground() {
      var f = this._frame;
      var bg = this._spec.background;
      clear(this._gBg);
      if (!bg || !bg.src) {
        return;
      }
      var x0 = finite(bg.xMin) ? bg.xMin : f.xr[0];
      var x1 = finite(bg.xMax) ? bg.xMax : f.xr[1];
      var y0 = finite(bg.yMin) ? bg.yMin : f.yr[0];
      var y1 = finite(bg.yMax) ? bg.yMax : f.yr[1];
      var px0 = this.X(x0);
      var px1 = this.X(x1);
      var py0 = this.Y(y1);
      var py1 = this.Y(y0);
      var img = el('image', {
        x: r2(px0), y: r2(py0), width: r2(px1 - px0), height: r2(py1 - py0), preserveAspectRatio: 'none'
      }, this._gBg);
      img.setAttribute('href', bg.src);
    }

    /** Candidate colour-bar ticks: {value, t, label}, t in [0, 1] along the bar. */
    _barTickCandidates(bar) {
      var min = bar.min;
      var max = bar.max;
      var out = [];
      var tOf = this._barT(bar);
      var vals = [];
      var i;
      if (bar.log) {
        // The raster colours log1p(v − min) / log1p(max − min): round values (0, ±1, 2, 5 × 10^k) along it.
        var big = Math.max(Math.abs(min), Math.abs(max));
        var e1 = Math.ceil(Math.log10(big));
        vals.push({v: 0, prio: 0});
        for (var e = e1; e >= e1 - 8; e--) {
          var ms = [1, 5, 2];
          for (i = 0; i < 3; i++) {
            var d = clean(ms[i] * Math.pow(10, e));
            vals.push({v: d, prio: i + 1});
            vals.push({v: -d, prio: i + 1});
          }
        }
      } else {
        var ticks = niceTicks(min, max, 12, false);
        for (i = 0; i < ticks.length; i++) {
          vals.push({v: ticks[i], prio: i % 2 === 0 ? 1 : 2});
        }
      }
      for (i = 0; i < vals.length; i++) {
        var t = tOf(vals[i].v);
        if (t >= -1e-9 && t <= 1 + 1e-9) {
          out.push({value: vals[i].v, t: t, prio: vals[i].prio, label: formatValue(vals[i].v)});
        }
      }
      return out;
    }

    _barT(bar) {
      var min = bar.min;
      var max = bar.max;
      if (bar.log) {
        var s = Math.log1p(max - min);
        return function (v) {
          return Math.log1p(v - min) / s;
        };
      }
      return function (v) {
        return (v - min) / (max - min);
      };
    }

    _drawColorBar(bar, candidates) {
      clear(this._gBar);
      clear(this._gradient);
      if (!bar) {
        return;
      }
      var f = this._frame;
      var stops = Array.isArray(bar.stops) && bar.stops.length >= 2 ? bar.stops : VIRIDIS;
      for (var i = 0; i < stops.length; i++) {
        el('stop', {offset: (i / (stops.length - 1)).toFixed(4), 'stop-color': stops[i]}, this._gradient);
      }
      var x = f.right + 12;
      var w = 12;
      el('rect', {
        x: r2(x), y: r2(f.top), width: w, height: r2(f.ph), fill: 'url(#' + this._uid + '-bar)', stroke: '#555555',
        'stroke-width': 1
      }, this._gBar);
      // Greedy: the most important values first, each at least 24 px from those taken.
      var sorted = candidates.slice().sort(function (a, b) {
        return a.prio - b.prio || b.value - a.value;
      });
      var taken = [];
      for (var k = 0; k < sorted.length; k++) {
        var y = f.bottom - sorted[k].t * f.ph;
        var ok = true;
        for (var j = 0; j < taken.length; j++) {
          if (Math.abs(taken[j].y - y) < 24) {
            ok = false;
            break;
          }
        }
        if (ok) {
          taken.push({y: y, label: sorted[k].label});
        }
      }
      var ticks = '';
      var g = el('g', {'font-size': this._tf, fill: '#444444'}, this._gBar);
      var widest = 0;
      for (var n = 0; n < taken.length; n++) {
        ticks += 'M' + r2(x + w) + ' ' + r2(taken[n].y) + 'h4';
        text(x + w + 7, taken[n].y + 4, taken[n].label, null, g);
        widest = Math.max(widest, measure(taken[n].label, this._tf, f.family));
      }
      el('path', {d: ticks, stroke: '#555555', 'stroke-width': 1, fill: 'none'}, this._gBar);
      if (bar.label) {
        var cx = x + w + 7 + widest + 6 + this._ttf - 3;
        var cy = f.top + f.ph / 2;
        text(cx, cy, bar.label, {
          'font-size': this._ttf, fill: '#222222', 'text-anchor': 'middle',
          transform: 'rotate(-90 ' + r2(cx) + ' ' + r2(cy) + ')'
        }, this._gBar);
      }
    }

    _legendLayout(maxW, family) {
      var sp = this._spec;
      if (!sp.legend || this._series.length < 2) {
        return [];
      }
      var rows = [];
      var row = [];
      var x = 0;
      for (var i = 0; i < this._series.length; i++) {
        var s = this._series[i];
        var label = s.label.length > 40 ? s.label.slice(0, 39) + '…' : s.label;
        var w = 22 + 6 + measure(label, this._tf, family);
        if (row.length && x + w > maxW) {
          rows.push(row);
          row = [];
          x = 0;
        }
        row.push({s: s, x: x, label: label, w: w});
        x += w + 18;
      }
      if (row.length) {
        rows.push(row);
      }
      return rows;
    }

    _drawLegend(rows, y0) {
      clear(this._gLegend);
      var f = this._frame;
      var x0 = Math.max(8, Math.min(f.left, f.W - 8 - rowsWidth(rows)));
      for (var r = 0; r < rows.length; r++) {
        var y = y0 + r * 20 + 10;
        for (var i = 0; i < rows[r].length; i++) {
          var e = rows[r][i];
          var x = x0 + e.x;
          el('path', {
            d: 'M' + r2(x) + ' ' + r2(y) + 'h22', stroke: e.s.color, 'stroke-width': 3, 'stroke-linecap': 'round'
          }, this._gLegend);
          el('circle', {cx: r2(x + 11), cy: r2(y), r: 3.5, fill: e.s.color, stroke: '#ffffff', 'stroke-width': 1},
            this._gLegend);
          text(x + 28, y + 4, e.label, {'font-size': this._tf, fill: '#222222'}, this._gLegend);
        }
      }

      function rowsWidth(rs) {
        var m = 0;
        for (var k = 0; k < rs.length; k++) {
          var last = rs[k][rs[k].length - 1];
          m = Math.max(m, last.x + last.w);
        }
        return m;
      }
    }

    _drawMinima() {
      clear(this._gMinima);
      var minima = this._spec.minima;
      for (var i = 0; i < minima.length; i++) {
        var m = minima[i];
        if (!m || !finite(m.x) || !finite(m.y)) {
          continue;
        }
        var cx = this.X(m.x);
        var cy = this.Y(m.y);
        if (!this._near(cx, cy, 10)) {
          continue;
        }
        var g = el('g', {'class': 'gdp-plot-min' + (m.global ? ' gdp-plot-min-global' : '')}, this._gMinima);
        if (m.label) {
          el('title', null, g).textContent = String(m.label);
        }
        if (m.global) {
          el('path', {d: starPath(cx, cy, 9), fill: '#ffffff', stroke: '#222222', 'stroke-width': 1.2,
            'stroke-linejoin': 'round'}, g);
        } else {
          var d = starPath(cx, cy, 7.5);
          el('path', {d: d, fill: 'none', stroke: '#222222', 'stroke-width': 3, 'stroke-linejoin': 'round'}, g);
          el('path', {d: d, fill: 'none', stroke: '#ffffff', 'stroke-width': 1.4, 'stroke-linejoin': 'round'}, g);
        }
      }
    }

    _near(x, y, pad) {
      var f = this._frame;
      return x >= f.left - pad && x <= f.right + pad && y >= f.top - pad && y <= f.bottom + pad;
    }

    // -------------------------------------------------------------- series drawing

    _redraw(s) {
      s.d = '';
      s.penX = NaN;
      s.penY = NaN;
      s.lastX = NaN;
      s.lastY = NaN;
      clear(s.dots);
      clear(s.start);
      s.dotCount = 0;
      this._drawFrom(s, 0);
    }

    /** Appends points [from, n) of s to its path: pixel thinning, cut to the padded plot area, breaks at NaN. */
    _drawFrom(s, from) {
      var f = this._frame;
      var n = s.xs.length;
      if (from === 0) {
        s.d = '';
        s.penX = NaN;
        s.lastX = NaN;
        this._drawStart(s);
      }
      var x0 = f.left - CUT_PAD;
      var y0 = f.top - CUT_PAD;
      var x1 = f.right + CUT_PAD;
      var y1 = f.bottom + CUT_PAD;
      var d = '';
      for (var i = from; i < n; i++) {
        var px = this.X(s.xs[i]);
        var py = this.Y(s.ys[i]);
        if (!finite(px) || !finite(py)) {
          s.lastX = NaN;
          s.penX = NaN;
          continue;
        }
        if (!finite(s.lastX)) {
          s.lastX = px;
          s.lastY = py;
          if (px >= x0 && px <= x1 && py >= y0 && py <= y1) {
            d += 'M' + r2(px) + ' ' + r2(py);
            s.penX = px;
            s.penY = py;
          } else {
            s.penX = NaN;
          }
          continue;
        }
        if (thinSkip(s.lastX, s.lastY, px, py, i === n - 1)) {
          continue;
        }
        var seg = Math.min(Math.max(Math.abs(s.lastX), Math.abs(s.lastY)), Math.max(Math.abs(px), Math.abs(py))) > FAR_PX
          ? null : clipSegment(s.lastX, s.lastY, px, py, x0, y0, x1, y1);
        s.lastX = px;
        s.lastY = py;
        if (!seg) {
          s.penX = NaN;
          continue;
        }
        if (!finite(s.penX) || Math.abs(seg[0] - s.penX) > 0.01 || Math.abs(seg[1] - s.penY) > 0.01) {
          d += 'M' + r2(seg[0]) + ' ' + r2(seg[1]);
        }
        d += 'L' + r2(seg[2]) + ' ' + r2(seg[3]);
        s.penX = seg[2];
        s.penY = seg[3];
      }
      if (d) {
        s.d += d;
        s.path.setAttribute('d', s.d);
        if (s.halo) {
          s.halo.setAttribute('d', s.d);
        }
      } else if (from === 0) {
        s.path.removeAttribute('d');
        if (s.halo) {
          s.halo.removeAttribute('d');
        }
      }
      this._drawDots(s, from);
    }

    _drawDots(s, from) {
      var n = s.xs.length;
      if (!this._spec.dots || n > DOTS_MAX) {
        if (s.dotCount) {
          clear(s.dots);
          s.dotCount = 0;
        }
        return;
      }
      if (from === 0) {
        clear(s.dots);
        s.dotCount = 0;
      }
      for (var i = from; i < n; i++) {
        var px = this.X(s.xs[i]);
        var py = this.Y(s.ys[i]);
        if (finite(px) && finite(py) && this._near(px, py, 4)) {
          el('circle', {cx: r2(px), cy: r2(py), r: 2.6}, s.dots);
          s.dotCount++;
        }
      }
    }

    _drawStart(s) {
      clear(s.start);
      if (this._spec.kind !== 'contour' || !s.xs.length) {
        return;
      }
      var px = this.X(s.xs[0]);
      var py = this.Y(s.ys[0]);
      if (!finite(px) || !finite(py) || !this._near(px, py, 8)) {
        return;
      }
      var r = 5;
      var d = 'M' + r2(px - r) + ' ' + r2(py - r) + 'L' + r2(px + r) + ' ' + r2(py + r)
        + 'M' + r2(px - r) + ' ' + r2(py + r) + 'L' + r2(px + r) + ' ' + r2(py - r);
      var g = el('g', {'class': 'gdp-plot-start'}, s.start);
      if (this._spec.texts.start) {
        el('title', null, g).textContent = this._spec.texts.start + ' (' + s.label + ')';
      }
      el('path', {d: d, stroke: '#ffffff', 'stroke-width': 4, 'stroke-linecap': 'round'}, g);
      el('path', {d: d, stroke: s.color, 'stroke-width': 2, 'stroke-linecap': 'round'}, g);
    }

    /** Current points, arrows and scrub marks: few elements, rebuilt each time. */
    _drawOverlays() {
      clear(this._gCurrent);
      clear(this._gArrows);
      clear(this._gMarks);
      var id;
      var i;
      for (i = 0; i < this._series.length; i++) {
        var s = this._series[i];
        if (s.start && !s.start.firstChild && s.xs.length) {
          this._drawStart(s);
        }
      }
      if (this._showArrows && this._arrowData) {
        for (id in this._arrowData) {
          var a = this._arrowData[id];
          if (a && a.length >= 4) {
            this._drawArrow(a);
          }
        }
      }
      for (id in this._marks) {
        var m = this._marks[id];
        var ms = this._byId[id];
        var mx = this.X(m[0]);
        var my = this.Y(m[1]);
        if (finite(mx) && finite(my) && this._near(mx, my, 10)) {
          el('circle', {cx: r2(mx), cy: r2(my), r: 7.5, fill: 'none', stroke: '#ffffff', 'stroke-width': 4},
            this._gMarks);
          el('circle', {cx: r2(mx), cy: r2(my), r: 7.5, fill: 'none', stroke: ms ? ms.color : '#222222',
            'stroke-width': 2}, this._gMarks);
        }
      }
      for (i = 0; i < this._series.length; i++) {
        var cs = this._series[i];
        var c = this._current[cs.id];
        if (!c) {
          continue;
        }
        var cx = this.X(c[0]);
        var cy = this.Y(c[1]);
        if (finite(cx) && finite(cy) && this._near(cx, cy, 10)) {
          el('circle', {
            'class': 'gdp-plot-point', cx: r2(cx), cy: r2(cy), r: 5, fill: cs.color, stroke: '#ffffff',
            'stroke-width': 1.5
          }, this._gCurrent);
        }
      }
    }

    _drawArrow(a) {
      var f = this._frame;
      var x0 = this.X(Number(a[0]));
      var y0 = this.Y(Number(a[1]));
      var dx = Number(a[2]) * f.kx;
      var dy = -Number(a[3]) * f.ky;
      if (f.ylog || f.xlog) {
        return;
      }
      var len = Math.hypot(dx, dy);
      if (!finite(x0) || !finite(y0) || !(len > 0) || !isFinite(len) || !this._near(x0, y0, 0)) {
        return;
      }
      var ux = dx / len;
      var uy = dy / len;
      var x1 = x0 + ux * ARROW_PX;
      var y1 = y0 + uy * ARROW_PX;
      var head = 9;
      var c = Math.cos(Math.PI * 25 / 180);
      var sn = Math.sin(Math.PI * 25 / 180);
      var d = 'M' + r2(x0) + ' ' + r2(y0) + 'L' + r2(x1) + ' ' + r2(y1)
        + 'M' + r2(x1 - head * (ux * c - uy * sn)) + ' ' + r2(y1 - head * (uy * c + ux * sn))
        + 'L' + r2(x1) + ' ' + r2(y1)
        + 'L' + r2(x1 - head * (ux * c + uy * sn)) + ' ' + r2(y1 - head * (uy * c - ux * sn));
      var attrs = {d: d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round'};
      attrs.stroke = '#ffffff';
      attrs['stroke-width'] = 4.5;
      el('path', attrs, this._gArrows);
      attrs.stroke = '#e7298a';
      attrs['stroke-width'] = 2.2;
      attrs['class'] = 'gdp-plot-arrow';
      el('path', attrs, this._gArrows);
    }

    // -------------------------------------------------------------- events

    _dataAt(e) {
      var f = this._frame;
      if (!f) {
        return null;
      }
      var rect = this._svg.getBoundingClientRect();
      var sx = rect.width > 0 ? f.W / rect.width : 1;
      var sy = rect.height > 0 ? f.H / rect.height : 1;
      var px = (e.clientX - rect.left) * sx;
      var py = (e.clientY - rect.top) * sy;
      if (px < f.left || px > f.right || py < f.top || py > f.bottom) {
        return null;
      }
      var tx = f.tx0 + (px - f.left) / f.kx;
      var ty = f.ty0 + (f.bottom - py) / f.ky;
      return {
        x: f.xlog ? Math.pow(10, tx) : tx, y: f.ylog ? Math.pow(10, ty) : ty, px: px, py: py
      };
    }

    _onClick(e) {
      if (!this._spec || this._spec.kind !== 'contour') {
        return;
      }
      var p = this._dataAt(e);
      if (!p) {
        return;
      }
      this.dispatchEvent(new CustomEvent('gdp-pick', {detail: {x: p.x, y: p.y}, bubbles: true, composed: true}));
    }

    /**
     * Instant exploration (data-drag="true" on a contour with data-pick): dragging in the plot area moves the start
     * point, sent as 'gdp-pick' at most every 50 ms (the newest point wins; the point where the drag ends is always
     * sent), so the server recomputes no more often than the eye can follow.
     */
    _onDrag(e, phase) {
      if (this.getAttribute('data-drag') !== 'true' || !this.hasAttribute('data-pick') || !this._spec
          || this._spec.kind !== 'contour') {
        return;
      }
      var d = this._drag;
      if (phase === 'down') {
        var p0 = this._dataAt(e);
        if (!p0 || e.button !== 0) {
          return;
        }
        this._drag = {sent: 0, pending: null, timer: null, moved: false};
        this._svg.setPointerCapture(e.pointerId);
        e.preventDefault();
        return;
      }
      if (!d) {
        return;
      }
      var p = this._dataAt(e);
      var me = this;
      var send = function (q) {
        d.sent = Date.now();
        d.pending = null;
        me.dispatchEvent(new CustomEvent('gdp-pick', {detail: {x: q.x, y: q.y}, bubbles: true, composed: true}));
      };
      if (phase === 'move') {
        if (!p) {
          return;
        }
        d.moved = true;
        d.pending = p;
        var wait = 50 - (Date.now() - d.sent);
        if (wait <= 0) {
          send(p);
        } else if (!d.timer) {
          d.timer = setTimeout(function () {
            d.timer = null;
            if (d.pending && me._drag === d) {
              send(d.pending);
            }
          }, wait);
        }
        return;
      }
      this._drag = null;
      if (d.timer) {
        clearTimeout(d.timer);
      }
      if (d.moved) {
        this._dragged = true;
        if (p || d.pending) {
          send(p || d.pending);
        }
      }
    }

    /**
     * Arrow keys on a focused contour with data-pick move the start point by a twentieth of the view (Shift: a
     * hundredth), on a grid of that step, and send it like a click ('gdp-pick'); a hidden live region says where it is
     * now (data-pick-moved: "Start point {0}, {1}"). The keys start from the run's drawn start point.
     */
    _onKey(e) {
      var f = this._frame;
      if (!this.hasAttribute('data-pick') || !this._spec || this._spec.kind !== 'contour' || !f || f.xlog || f.ylog
          || e.altKey || e.ctrlKey || e.metaKey) {
        return;
      }
      var dx = 0;
      var dy = 0;
      if (e.key === 'ArrowLeft') {
        dx = -1;
      } else if (e.key === 'ArrowRight') {
        dx = 1;
      } else if (e.key === 'ArrowUp') {
        dy = 1;
      } else if (e.key === 'ArrowDown') {
        dy = -1;
      } else {
        return;
      }
      e.preventDefault();
      var parts = e.shiftKey ? 100 : 20;
      var sx = niceFloor((f.tx1 - f.tx0) / parts);
      var sy = niceFloor((f.ty1 - f.ty0) / parts);
      var at = this._keyAt || this._startPoint() || {x: (f.tx0 + f.tx1) / 2, y: (f.ty0 + f.ty1) / 2};
      var x = clean(Math.min(f.tx1, Math.max(f.tx0, Math.round((at.x + dx * sx) / sx) * sx)));
      var y = clean(Math.min(f.ty1, Math.max(f.ty0, Math.round((at.y + dy * sy) / sy) * sy)));
      this._keyAt = {x: x, y: y};
      if (!this._said) {
        this._said = document.createElement('span');
        this._said.className = 'gdp-sr-only';
        this._said.setAttribute('aria-live', 'polite');
        this.appendChild(this._said);
      }
      var t = this.getAttribute('data-pick-moved') || '{0}, {1}';
      this._said.textContent = t.replace('{0}', String(x)).replace('{1}', String(y));
      this.dispatchEvent(new CustomEvent('gdp-pick', {detail: {x: x, y: y}, bubbles: true, composed: true}));
    }

    /** The first point of the first run drawn (its start), or null. */
    _startPoint() {
      for (var i = 0; i < this._series.length; i++) {
        var s = this._series[i];
        if (s.xs.length > 0 && finite(s.xs[0]) && finite(s.ys[0])) {
          return {x: s.xs[0], y: s.ys[0]};
        }
      }
      return null;
    }

    _onHover(e) {
      if (e.pointerType && e.pointerType !== 'mouse') {
        return;
      }
      var p = this._dataAt(e);
      var f = this._frame;
      if (!p) {
        this._gHover.setAttribute('visibility', 'hidden');
        return;
      }
      var sp = this._spec;
      var xs = sp.x.integer ? String(Math.round(p.x)) : formatAt(p.x, (f.tx1 - f.tx0) / f.pw);
      var ys = formatAt(p.y, f.ylog ? p.y * 0.002 : (f.ty1 - f.ty0) / f.ph);
      var label = (sp.x.label || 'x') + ' ' + xs + '   ' + (sp.y.label || 'y') + ' ' + ys;
      var w = measure(label, this._tf, f.family) + 10;
      var x = f.right - w - 4;
      var y = f.top + 4;
      this._hoverBox.setAttribute('x', r2(x));
      this._hoverBox.setAttribute('y', r2(y));
      this._hoverBox.setAttribute('width', r2(w));
      this._hoverBox.setAttribute('height', this._tf + 8);
      this._hoverText.setAttribute('x', r2(x + 5));
      this._hoverText.setAttribute('y', r2(y + this._tf + 2));
      this._hoverText.textContent = label;
      this._gHover.setAttribute('visibility', 'visible');
    }
  }

  window.GdpPlotMath = {
    niceTicks: niceTicks, logTicks: logTicks, grow: grow, niceBounds: niceBounds, niceCeil: niceCeil,
    niceFloor: niceFloor, thinSkip: thinSkip, clipSegment: clipSegment, formatValue: formatValue,
    formatTicks: formatTicks, hexToRgb: hexToRgb, VIRIDIS: VIRIDIS, SERIES_COLORS: SERIES_COLORS
  };

  if (typeof customElements !== 'undefined' && !customElements.get('gdp-plot')) {
    customElements.define('gdp-plot', GdpPlot);
  }
})();
