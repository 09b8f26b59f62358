// Explorers: interactive figures whose every number mlbook computed when the site was built
// (tools/site/explorers.py writes their HTML, tools/explorers/ their data). This script only
// looks numbers up and draws them; it holds no words: every text comes from the explorer's
// <script class="mlx-strings"> table, in the page's language.
//
// Data are fetched after the page is painted, when an explorer comes near the screen. A file
// that is missing or broken replaces the explorer by a message saying so. Controls are native
// (select, range, button) and start disabled until the data are there; the status line is an
// aria-live region, silent while playing. Play advances a frame every 0.25 s, or every 1 s
// when the reader asks for reduced motion.
(function () {
  "use strict";

  var roots = document.querySelectorAll("[data-mlx]");
  if (!roots.length) {
    return;
  }
  var lang = document.documentElement.lang || "en";
  // Made when first used, not when the page opens: the first Intl formatter of a page loads
  // its locale data, and the script runs before the page is interactive.
  function formatter(options) {
    var made = null;
    return {
      format: function (value) {
        made = made || new Intl.NumberFormat(lang, options);
        return made.format(value);
      },
    };
  }
  var integer = formatter({ maximumFractionDigits: 0 });
  var percent = formatter({ maximumFractionDigits: 2 });
  var SVG = "http://www.w3.org/2000/svg";

  // --- small helpers -------------------------------------------------------------------------

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function significant(value, digits) {
    return new Intl.NumberFormat(lang, { maximumSignificantDigits: digits }).format(value);
  }

  // 3.1 × 10⁻⁸ for very small or large numbers, plain digits otherwise.
  function scientific(value, strings) {
    if (value === 0 || (Math.abs(value) >= 0.01 && Math.abs(value) < 1000)) {
      return significant(value, 3);
    }
    var exponent = Math.floor(Math.log10(Math.abs(value)));
    var mantissa = value / Math.pow(10, exponent);
    var superscript = String(exponent).replace(/[-0-9]/g, function (c) {
      return "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)];
    });
    return significant(mantissa, 2) + " " + strings.common.times_ten + superscript;
  }

  // A problem with a data file: its address and what is wrong, as a key of the strings'
  // "problems" table (the message is written in the page's language when it is shown).
  function Problem(file, key, values) {
    this.file = file;
    this.key = key;
    this.values = values || {};
  }

  function fetchChecked(url, kind) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Problem(url, "http", { status: response.status });
      }
      return kind === "json" ? response.json().catch(function () {
        throw new Problem(url, "json");
      }) : response.blob();
    });
  }

  // The pixels of a grayscale PNG strip, one byte per cell.
  function fetchStrip(url, width) {
    return fetchChecked(url, "blob").then(function (blob) {
      return createImageBitmap(blob).catch(function () {
        throw new Problem(url, "png");
      });
    }).then(function (bitmap) {
      if (bitmap.width !== width) {
        throw new Problem(url, "shape");
      }
      var canvas = document.createElement("canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      var context = canvas.getContext("2d", { willReadFrequently: true });
      context.drawImage(bitmap, 0, 0);
      var rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      var bytes = new Uint8Array(bitmap.width * bitmap.height);
      for (var i = 0; i < bytes.length; i++) {
        bytes[i] = rgba[4 * i];
      }
      return { bytes: bytes, rows: bitmap.height };
    });
  }

  function el(name, attributes, parent) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) {
      element.setAttribute(key, attributes[key]);
    });
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function clear(svg) {
    while (svg.firstChild) {
      svg.removeChild(svg.firstChild);
    }
  }

  function colours(root) {
    var style = getComputedStyle(root);
    var read = function (name) {
      return style.getPropertyValue(name).trim();
    };
    return {
      class0: read("--mlx-class0"), class1: read("--mlx-class1"),
      weak0: rgb(read("--mlx-weak0")), weak1: rgb(read("--mlx-weak1")),
      strong0: rgb(read("--mlx-strong0")), strong1: rgb(read("--mlx-strong1")),
      edge: read("--mlx-edge"), accent: read("--mlx-accent"),
    };
  }

  function rgb(hex) {
    var value = parseInt(hex.replace("#", ""), 16);
    return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  }

  function onSchemeChange(callback) {
    new MutationObserver(callback).observe(document.body, {
      attributes: true, attributeFilter: ["data-md-color-scheme"],
    });
  }

  // Start when the explorer comes near the screen, after the page has been painted.
  function whenNear(root, start) {
    var begin = function () {
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    };
    if (!("IntersectionObserver" in window)) {
      window.addEventListener("load", begin);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        begin();
      }
    }, { rootMargin: "300px" });
    observer.observe(root);
  }

  function failed(root, strings, error) {
    var message = root.querySelector(".mlx-error");
    var detail = error instanceof Problem
      ? error.file + ": " + fill(strings.common.problems[error.key], error.values)
      : String(error && error.message || error);
    message.textContent = fill(strings.common.error, { detail: detail });
    message.hidden = false;
    root.classList.add("mlx-failed");
    root.querySelectorAll(".mlx-controls, .mlx-views, .mlx-time, .mlx-note, .mlx-status")
      .forEach(function (part) { part.hidden = true; });
    root.setAttribute("data-mlx-state", "failed");
  }

  // The status line: announced when the reader changes something, silent while playing.
  function say(root, text, playing) {
    var status = root.querySelector(".mlx-status");
    status.setAttribute("aria-live", playing ? "off" : "polite");
    status.textContent = text;
  }

  // Play/pause over a range input: one frame per tick, stops at the end.
  function player(root, strings, range, onFrame) {
    var button = root.querySelector(".mlx-play");
    var timer = null;
    function stop() {
      if (timer !== null) {
        clearInterval(timer);
        timer = null;
      }
      button.textContent = strings.common.play;
      button.setAttribute("aria-pressed", "false");
      root.removeAttribute("data-mlx-playing");
    }
    function tick() {
      var next = Number(range.value) + 1;
      if (next > Number(range.max)) {
        stop();
        onFrame(false);
        return;
      }
      range.value = String(next);
      onFrame(next < Number(range.max));
      if (next >= Number(range.max)) {
        stop();
      }
    }
    button.addEventListener("click", function () {
      if (timer !== null) {
        stop();
        onFrame(false);
        return;
      }
      if (Number(range.value) >= Number(range.max)) {
        range.value = "0";
        onFrame(true);
      }
      button.textContent = strings.common.pause;
      button.setAttribute("aria-pressed", "true");
      root.querySelector(".mlx-status").setAttribute("aria-live", "off");
      root.setAttribute("data-mlx-playing", "");
      var slow = matchMedia("(prefers-reduced-motion: reduce)").matches;
      timer = setInterval(tick, slow ? 1000 : 250);
    });
    return { stop: stop, playing: function () { return timer !== null; } };
  }

  function enable(root) {
    root.querySelectorAll("select, input, button").forEach(function (control) {
      control.disabled = false;
    });
  }

  // A line chart: x linear, y linear or logarithmic, axes labelled, drawn into an SVG.
  function chart(svg, options) {
    var width = 320, height = 220, left = 50, right = 12, top = 10, bottom = 34;
    var log = options.log;
    var y0 = log ? Math.log10(options.yMin) : options.yMin;
    var y1 = log ? Math.log10(options.yMax) : options.yMax;
    var x0 = options.xMin, x1 = options.xMax;
    var api = {
      x: function (x) { return left + (x - x0) / (x1 - x0) * (width - left - right); },
      y: function (y) {
        var v = log ? Math.log10(Math.max(y, options.yMin)) : y;
        return top + (1 - (v - y0) / (y1 - y0)) * (height - top - bottom);
      },
    };
    clear(svg);
    var clip = svg.id + "-clip";
    var defs = el("defs", {}, svg);
    el("rect", { x: left, y: top, width: width - left - right, height: height - top - bottom },
      el("clipPath", { id: clip }, defs));
    var axes = el("g", { class: "mlx-axes" }, svg);
    el("line", { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }, axes);
    el("line", { x1: left, y1: top, x2: left, y2: height - bottom }, axes);
    (options.xTicks || []).forEach(function (tick) {
      var x = api.x(tick.value);
      el("line", { x1: x, y1: height - bottom, x2: x, y2: height - bottom + 4 }, axes);
      el("text", { x: x, y: height - bottom + 15, "text-anchor": "middle" }, axes)
        .textContent = tick.label;
    });
    (options.yTicks || []).forEach(function (tick) {
      var y = api.y(tick.value);
      el("line", { x1: left - 4, y1: y, x2: left, y2: y }, axes);
      el("line", { x1: left, y1: y, x2: width - right, y2: y, class: "mlx-grid" }, axes);
      el("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, axes).textContent = tick.label;
    });
    el("text", { x: (left + width - right) / 2, y: height - 4, "text-anchor": "middle",
      class: "mlx-axis-label" }, axes).textContent = options.xLabel;
    el("text", { x: 9, y: (top + height - bottom) / 2, "text-anchor": "middle",
      transform: "rotate(-90 9 " + (top + height - bottom) / 2 + ")",
      class: "mlx-axis-label" }, axes).textContent = options.yLabel;
    api.plot = el("g", { "clip-path": "url(#" + clip + ")" }, svg);
    api.top = top;
    api.bottom = height - bottom;
    return api;
  }

  // Ticks of a logarithmic axis: the powers of ten in range, with 2 and 5 between them when
  // the range spans little more than a decade, and at most about five ticks.
  function logTicks(low, high, strings) {
    var ticks = [];
    var decades = Math.log10(high / low);
    var steps = decades < 1.5 ? [1, 2, 5] : [1];
    for (var e = Math.floor(Math.log10(low)); e <= Math.ceil(Math.log10(high)); e++) {
      steps.forEach(function (m) {
        var value = m * Math.pow(10, e);
        if (value >= low * 0.999 && value <= high * 1.001) {
          ticks.push({ value: value, label: power(value, e, m, strings) });
        }
      });
    }
    var every = Math.ceil(ticks.length / 5);
    return ticks.filter(function (tick, i) { return (ticks.length - 1 - i) % every === 0; });
  }

  function power(value, exponent, mantissa, strings) {
    if (exponent >= -2 && exponent <= 3) {
      return significant(value, 3);
    }
    var superscript = String(exponent).replace(/[-0-9]/g, function (c) {
      return "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)];
    });
    return (mantissa === 1 ? "" : mantissa + "·") + "10" + superscript;
  }

  function path(points) {
    return points.map(function (p, i) {
      return (i ? "L" : "M") + p[0].toFixed(1) + " " + p[1].toFixed(1);
    }).join("");
  }

  // --- the Playground ------------------------------------------------------------------------

  function playground(root, strings) {
    var text = strings.text;
    var base = root.getAttribute("data-mlx-data");
    var fixed = JSON.parse(root.getAttribute("data-mlx-fixed") || "{}");
    var small = root.getAttribute("data-mlx") === "playground-small";
    var selects = {};
    root.querySelectorAll("select").forEach(function (select) {
      selects[select.name] = select;
    });
    var range = root.querySelector("input[name=frame]");
    var canvas = root.querySelector("canvas");
    var svg = root.querySelector("svg.mlx-curve");
    var index, points, current = null;
    var runs = new Map();
    var cell = document.createElement("canvas");

    function choice(name) {
      return name in fixed ? String(fixed[name]) : selects[name].value;
    }
    function settingId(values) {
      return values.data + "_" + values.activation + "_" + values.units + "_" + values.rate;
    }
    function values() {
      return { data: choice("data"), units: choice("units"), activation: choice("activation"),
        rate: choice("rate") };
    }
    function available(values) {
      return Object.prototype.hasOwnProperty.call(index.settings, settingId(values));
    }
    function ratesFor(values) {
      return index.choices.rate.filter(function (rate) {
        return available(Object.assign({}, values, { rate: rate }));
      });
    }

    // Learning rates that were not trained with the other choices are disabled; a change that
    // leaves the chosen rate untrained moves it to the nearest trained one, and says so.
    function reconcile() {
      var chosen = values();
      var rates = ratesFor(chosen);
      Array.prototype.forEach.call(selects.rate.options, function (option) {
        option.disabled = rates.indexOf(option.value) < 0;
      });
      var note = rates.length < index.choices.rate.length
        ? fill(text.rates_only, { rates: rates.join(", ") }) : "";
      if (rates.indexOf(chosen.rate) < 0) {
        var target = Number(chosen.rate);
        var nearest = rates.reduce(function (best, rate) {
          return Math.abs(Math.log(rate / target)) < Math.abs(Math.log(best / target)) ? rate : best;
        });
        selects.rate.value = nearest;
        note = fill(text.rate_changed, { rate: nearest, rates: rates.join(", ") });
      }
      root.querySelector(".mlx-rates").textContent = note;
      return note;
    }

    function load(id) {
      if (!runs.has(id)) {
        runs.set(id, Promise.all([
          fetchChecked(base + id + ".json", "json"),
          fetchStrip(base + id + ".png", index.grid),
        ]).then(function (parts) {
          var run = parts[0];
          if (!run.frames || parts[1].rows !== run.frames.length * index.grid) {
            throw new Problem(base + id + ".png", "shape");
          }
          run.strip = parts[1].bytes;
          return run;
        }));
      }
      return runs.get(id);
    }

    function frameIndex(run, iteration) {
      var best = run.frames.length - 1;
      if (iteration === null) {
        return best;
      }
      for (var i = 0; i < run.frames.length; i++) {
        if (run.frames[i] <= iteration) {
          best = i;
        }
      }
      return best;
    }

    function drawRegions(run, frame) {
      var palette = colours(root);
      var size = index.grid;
      var box = points[choice("data")];
      cell.width = size;
      cell.height = size;
      var cellContext = cell.getContext("2d");
      var image = cellContext.createImageData(size, size);
      var offset = frame * size * size;
      var blank = run.cost[frame] === null;
      for (var i = 0; i < size * size; i++) {
        var b = run.strip[offset + i];
        var one = b >= 128;
        var sure = blank ? 0 : Math.abs(b - 127.5) / 127.5;
        var weak = one ? palette.weak1 : palette.weak0;
        var strong = one ? palette.strong1 : palette.strong0;
        for (var c = 0; c < 3; c++) {
          image.data[4 * i + c] = blank ? 128 : Math.round(weak[c] + (strong[c] - weak[c]) * sure);
        }
        image.data[4 * i + 3] = blank ? 40 : 255;
      }
      cellContext.putImageData(image, 0, 0);
      var pixels = Math.round(canvas.clientWidth * (window.devicePixelRatio || 1)) || 320;
      canvas.width = pixels;
      canvas.height = pixels;
      var context = canvas.getContext("2d");
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = "high";
      context.clearRect(0, 0, pixels, pixels);
      context.drawImage(cell, 0, 0, pixels, pixels);
      var radius = Math.max(2.5, pixels / 110);
      context.lineWidth = Math.max(1, radius / 3);
      context.strokeStyle = palette.edge;
      for (var p = 0; p < box.labels.length; p++) {
        var x = box.points[2 * p] / 1000 * pixels;
        var y = box.points[2 * p + 1] / 1000 * pixels;
        var label = box.labels.charAt(p);
        context.fillStyle = label === "1" ? palette.class1 : palette.class0;
        context.beginPath();
        if (label === "1") {
          context.moveTo(x, y - radius * 1.2);
          context.lineTo(x + radius * 1.1, y + radius * 0.8);
          context.lineTo(x - radius * 1.1, y + radius * 0.8);
          context.closePath();
        } else {
          context.arc(x, y, radius, 0, 2 * Math.PI);
        }
        context.fill();
        context.stroke();
      }
    }

    function drawCurve(run, frame) {
      var palette = colours(root);
      var curve = run.curve;
      var finite = curve.low.concat(curve.high).filter(function (v) { return v !== null && v > 0; });
      var low = Math.min.apply(null, finite.concat(run.cost.filter(function (v) {
        return v !== null && v > 0;
      })));
      var high = Math.max.apply(null, finite);
      var yMin = Math.pow(10, Math.floor(Math.log10(low) * 4) / 4);
      var yMax = Math.pow(10, Math.ceil(Math.log10(high) * 4) / 4);
      if (yMax / yMin < 1.5) {
        yMin /= 1.25;
        yMax *= 1.25;
      }
      var horizon = run.horizon;
      var api = chart(svg, {
        xMin: 0, xMax: horizon, yMin: yMin, yMax: yMax, log: true,
        xTicks: [0, horizon / 2, horizon].map(function (v) {
          return { value: v, label: integer.format(v) };
        }),
        yTicks: logTicks(yMin, yMax, strings), xLabel: strings.common.iteration,
        yLabel: strings.common.cost,
      });
      var upper = [], lower = [];
      curve.high.forEach(function (value, j) {
        if (value === null) {
          return;
        }
        var start = j * curve.every, end = Math.min(horizon, (j + 1) * curve.every);
        upper.push([api.x(start), api.y(value)], [api.x(end), api.y(value)]);
        lower.push([api.x(start), api.y(curve.low[j])], [api.x(end), api.y(curve.low[j])]);
      });
      if (upper.length) {
        el("path", { d: path(upper.concat(lower.reverse())) + "Z", class: "mlx-band",
          fill: palette.accent }, api.plot);
      }
      var iteration = run.frames[frame];
      el("line", { x1: api.x(iteration), x2: api.x(iteration), y1: api.top, y2: api.bottom,
        class: "mlx-cursor" }, api.plot);
      if (run.cost[frame] !== null) {
        el("circle", { cx: api.x(iteration), cy: api.y(run.cost[frame]), r: 4,
          class: "mlx-dot" }, api.plot);
      }
    }

    function describe(run, frame, playing) {
      var iteration = run.frames[frame];
      var message;
      if (run.cost[frame] === null) {
        message = fill(text.overflow, { iteration: integer.format(iteration),
          horizon: integer.format(run.horizon), at: integer.format(run.overflow) });
      } else {
        message = fill(text.status, {
          iteration: integer.format(iteration), horizon: integer.format(run.horizon),
          cost: run.cost[frame].toFixed(6),
          accuracy: percent.format(100 * run.correct[frame] / run.m),
          correct: integer.format(run.correct[frame]), m: integer.format(run.m),
        });
      }
      range.setAttribute("aria-valuetext",
        fill(strings.common.iteration_value, { iteration: integer.format(iteration) }));
      root.setAttribute("data-mlx-iteration", String(iteration));
      say(root, message, playing);
    }

    function show(playing) {
      if (!current) {
        return;
      }
      var frame = Number(range.value);
      drawRegions(current, frame);
      drawCurve(current, frame);
      describe(current, frame, playing);
      if (!playing) {
        remember();
      }
    }

    // The settings live in the address (a link shares them); the small one links to the full.
    function query(run) {
      var chosen = values();
      var parts = ["data", "units", "activation", "rate"].map(function (key) {
        return key + "=" + encodeURIComponent(chosen[key]);
      });
      parts.push("iteration=" + run.frames[Number(range.value)]);
      return "?" + parts.join("&");
    }
    function remember() {
      var link = query(current);
      if (small) {
        var open = root.querySelector(".mlx-open");
        open.href = open.getAttribute("href").split("?")[0] + link;
      } else {
        history.replaceState(history.state, "", link + location.hash);
      }
    }

    function select(iteration, note) {
      var id = settingId(values());
      root.setAttribute("data-mlx-state", "loading");
      return load(id).then(function (run) {
        if (id !== settingId(values())) {
          return;  // the reader chose again meanwhile
        }
        current = run;
        range.max = String(run.frames.length - 1);
        range.value = String(frameIndex(run, iteration));
        root.setAttribute("data-mlx-setting", id);
        show(false);
        if (note) {
          say(root, root.querySelector(".mlx-status").textContent + " " + note, false);
        }
        root.setAttribute("data-mlx-state", "ready");
      });
    }

    var controls = null;
    function start() {
      Promise.all([fetchChecked(base + "index.json", "json"),
        fetchChecked(base + "points.json", "json")]).then(function (parts) {
        index = parts[0];
        points = parts[1];
        if (!index.settings || !index.choices || !index.grid) {
          throw new Problem(base + "index.json", "content");
        }
        var iteration = null;
        if (!small) {
          var params = new URLSearchParams(location.search);
          Object.keys(selects).forEach(function (name) {
            var wanted = params.get(name);
            if (wanted !== null && index.choices[name].map(String).indexOf(wanted) >= 0) {
              selects[name].value = wanted;
            }
          });
          if (params.get("iteration") !== null) {
            iteration = Number(params.get("iteration"));
          }
        }
        reconcile();
        enable(root);
        controls = player(root, strings, range, show);
        Object.keys(selects).forEach(function (name) {
          selects[name].addEventListener("change", function () {
            controls.stop();
            var keep = current ? current.frames[Number(range.value)] : null;
            var note = reconcile();
            select(keep, name === "rate" ? "" : note).catch(function (error) {
              failed(root, strings, error);
            });
          });
        });
        range.addEventListener("input", function () {
          show(controls.playing());
        });
        if (window.ResizeObserver) {
          new ResizeObserver(function () {
            if (current) {
              drawRegions(current, Number(range.value));
            }
          }).observe(canvas);
        }
        onSchemeChange(function () {
          show(controls.playing());
        });
        return select(iteration, "");
      }).catch(function (error) {
        failed(root, strings, error);
      });
    }
    whenNear(root, start);
  }

  // --- chapter 3: the learning rate ----------------------------------------------------------

  function learningRate(root, strings) {
    var text = strings.text;
    var base = root.getAttribute("data-mlx-data");
    var rateRange = root.querySelector("input[name=rate]");
    var stepRange = root.querySelector("input[name=frame]");
    var pathSvg = root.querySelector("svg.mlx-path");
    var curveSvg = root.querySelector("svg.mlx-curve");
    var data, controls;

    function show(playing) {
      var run = data.runs[Number(rateRange.value)];
      var step = Number(stepRange.value);
      var palette = colours(root);
      var reach = run.curve.x[run.curve.x.length - 1];
      var top = Math.max.apply(null, run.curve.cost);
      var api = chart(pathSvg, {
        xMin: -reach, xMax: reach, yMin: -top * 0.04, yMax: top * 1.05, log: false,
        xTicks: [-reach, 0, reach].map(function (v) {
          return { value: v, label: significant(v, 3) };
        }),
        yTicks: [0, top].map(function (v) { return { value: v, label: significant(v, 3) }; }),
        xLabel: "x", yLabel: "J(x)",
      });
      el("path", { d: path(run.curve.x.map(function (x, i) {
        return [api.x(x), api.y(run.curve.cost[i])];
      })), class: "mlx-line" }, api.plot);
      var visited = run.x.slice(0, step + 1).map(function (x, i) {
        return [api.x(x), api.y(run.cost[i])];
      });
      el("path", { d: path(visited), class: "mlx-steps", stroke: palette.accent }, api.plot);
      visited.forEach(function (p, i) {
        el("circle", { cx: p[0], cy: p[1], r: i === step ? 5.5 : 3,
          class: i === step ? "mlx-dot" : "mlx-visited" }, api.plot);
      });
      var positive = run.cost.filter(function (c) { return c > 0; });
      var low = Math.min.apply(null, positive), high = Math.max.apply(null, positive);
      var yMin = Math.pow(10, Math.floor(Math.log10(low)));
      var yMax = Math.pow(10, Math.ceil(Math.log10(high)));
      if (yMax / yMin < 100) {
        yMin = yMax / 100;
      }
      var ticks = logTicks(yMin, yMax, strings);
      var curveApi = chart(curveSvg, {
        xMin: 0, xMax: data.steps, yMin: yMin, yMax: yMax, log: true,
        xTicks: [0, data.steps / 2, data.steps].map(function (v) {
          return { value: v, label: integer.format(v) };
        }),
        yTicks: ticks,
        xLabel: text.step, yLabel: strings.common.cost,
      });
      el("path", { d: path(run.cost.map(function (c, i) {
        return [curveApi.x(i), curveApi.y(c)];
      })), class: "mlx-line" }, curveApi.plot);
      el("line", { x1: curveApi.x(step), x2: curveApi.x(step), y1: curveApi.top,
        y2: curveApi.bottom, class: "mlx-cursor" }, curveApi.plot);
      el("circle", { cx: curveApi.x(step), cy: curveApi.y(run.cost[step]), r: 4,
        class: "mlx-dot" }, curveApi.plot);
      rateRange.setAttribute("aria-valuetext", fill(text.rate_value, { rate: run.rate }));
      stepRange.setAttribute("aria-valuetext", fill(text.step_value, { step: step }));
      root.setAttribute("data-mlx-setting", String(run.rate));
      root.setAttribute("data-mlx-iteration", String(step));
      say(root, fill(text.status, {
        rate: run.rate, step: integer.format(step), steps: integer.format(data.steps),
        x: significant(run.x[step], 6), cost: significant(run.cost[step], 6),
        regime: text.regimes[run.regime],
      }), playing);
    }

    whenNear(root, function () {
      fetchChecked(base + "runs.json", "json").then(function (loaded) {
        if (!loaded.runs || !loaded.runs.length) {
          throw new Problem(base + "runs.json", "content");
        }
        data = loaded;
        rateRange.max = String(data.runs.length - 1);
        stepRange.max = String(data.steps);
        enable(root);
        controls = player(root, strings, stepRange, show);
        rateRange.addEventListener("input", function () {
          controls.stop();
          show(false);
        });
        stepRange.addEventListener("input", function () {
          show(controls.playing());
        });
        onSchemeChange(function () { show(controls.playing()); });
        show(false);
        root.setAttribute("data-mlx-state", "ready");
      }).catch(function (error) {
        failed(root, strings, error);
      });
    });
  }

  // --- chapter 7: activations and depth ------------------------------------------------------

  function activations(root, strings) {
    var text = strings.text;
    var base = root.getAttribute("data-mlx-data");
    var activation = root.querySelector("select[name=activation]");
    var scale = root.querySelector("select[name=scale]");
    var depthRange = root.querySelector("input[name=depth]");
    var functionsSvg = root.querySelector("svg.mlx-functions");
    var depthSvg = root.querySelector("svg.mlx-depth");
    var data;

    function show() {
      var name = activation.value;
      var curves = data.curves[name];
      var depthIndex = Number(depthRange.value);
      var depth = data.depths[depthIndex];
      var api = chart(functionsSvg, {
        xMin: -6, xMax: 6, yMin: -1.25, yMax: 2.25, log: false,
        xTicks: [-6, -3, 0, 3, 6].map(function (v) { return { value: v, label: integer.format(v) }; }),
        yTicks: [-1, 0, 1, 2].map(function (v) { return { value: v, label: integer.format(v) }; }),
        xLabel: text.z, yLabel: "g, g′",
      });
      el("path", { d: path(data.z.map(function (z, i) { return [api.x(z), api.y(curves.g[i])]; })),
        class: "mlx-line" }, api.plot);
      el("path", { d: path(data.z.map(function (z, i) {
        return [api.x(z), api.y(curves.g_prime[i])];
      })), class: "mlx-line mlx-dashed" }, api.plot);
      var sizes = data.gradients[scale.value];
      var all = [];
      Object.keys(sizes).forEach(function (key) { all = all.concat(sizes[key]); });
      var yMin = Math.pow(10, Math.floor(Math.log10(Math.min.apply(null, all))));
      var yMax = Math.pow(10, Math.ceil(Math.log10(Math.max.apply(null, all))));
      var depthApi = chart(depthSvg, {
        xMin: 1, xMax: data.depths[data.depths.length - 1], yMin: yMin, yMax: yMax, log: true,
        xTicks: [1, 5, 10, 15, 20].map(function (v) { return { value: v, label: integer.format(v) }; }),
        yTicks: logTicks(yMin, yMax, strings),
        xLabel: text.layers, yLabel: text.gradient,
      });
      Object.keys(sizes).forEach(function (key) {
        if (key !== name) {
          el("path", { d: path(sizes[key].map(function (v, i) {
            return [depthApi.x(data.depths[i]), depthApi.y(v)];
          })), class: "mlx-line mlx-other" }, depthApi.plot);
        }
      });
      el("path", { d: path(sizes[name].map(function (v, i) {
        return [depthApi.x(data.depths[i]), depthApi.y(v)];
      })), class: "mlx-line" }, depthApi.plot);
      el("line", { x1: depthApi.x(depth), x2: depthApi.x(depth), y1: depthApi.top,
        y2: depthApi.bottom, class: "mlx-cursor" }, depthApi.plot);
      el("circle", { cx: depthApi.x(depth), cy: depthApi.y(sizes[name][depthIndex]), r: 4,
        class: "mlx-dot" }, depthApi.plot);
      var best = 0;
      curves.g_prime.forEach(function (v, i) {
        if (v > curves.g_prime[best]) {
          best = i;
        }
      });
      depthRange.setAttribute("aria-valuetext", fill(text.depth_value, { depth: depth }));
      root.setAttribute("data-mlx-setting", name + "_" + scale.value + "_" + depth);
      say(root, fill(text.status, {
        activation: activation.options[activation.selectedIndex].text,
        slope: significant(curves.g_prime[best], 4), at: significant(data.z[best], 3),
        depth: integer.format(depth), gradient: scientific(sizes[name][depthIndex], strings),
      }), false);
    }

    whenNear(root, function () {
      fetchChecked(base + "activations.json", "json").then(function (loaded) {
        if (!loaded.curves || !loaded.gradients) {
          throw new Problem(base + "activations.json", "content");
        }
        data = loaded;
        depthRange.max = String(data.depths.length - 1);
        enable(root);
        [activation, scale].forEach(function (control) {
          control.addEventListener("change", show);
        });
        depthRange.addEventListener("input", show);
        onSchemeChange(show);
        show();
        root.setAttribute("data-mlx-state", "ready");
      }).catch(function (error) {
        failed(root, strings, error);
      });
    });
  }

  var kinds = { "playground": playground, "playground-small": playground,
    "learning-rate": learningRate, "activations": activations };
  roots.forEach(function (root) {
    var strings = JSON.parse(root.querySelector(".mlx-strings").textContent);
    try {
      kinds[root.getAttribute("data-mlx")](root, strings);
    } catch (error) {
      failed(root, strings, error);
    }
  });
})();
