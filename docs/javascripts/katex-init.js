// Render every formula with the KaTeX copy the site serves itself (no CDN).
// Markdown pages: formulas arrive rendered (tools/site/katex.py). Those below the first
// screen arrive after the page (tools/site/below_fold.py): such an element holds its TeX and
// data-formula="N"; the article's data-formulas names the file whose item N is its markup.
// It is fetched once the page has loaded; each formula is put in place as it nears the window.
// Notebook pages: nbconvert leaves $...$ and $$...$$ in the rendered Markdown cells:
// rendered with KaTeX's auto-render.
// The work is done in slices of a few ms (Lighthouse counts every task as 4x longer on
// its simulated phone) so that a chapter with many formulas never
// blocks the page for long (Lighthouse: total blocking time). When every formula is done,
// <body data-math="rendered"> tells the browser tests that the page is settled.
document$.subscribe(function () {
  var SLICE_MS = 4;
  var tasks = [];

  // Formulas of Markdown pages arrive rendered (tools/hooks.py); render any that did not.
  document.querySelectorAll(".arithmatex").forEach(function (element) {
    if (element.querySelector(".katex") || typeof katex === "undefined") {
      return;
    }
    tasks.push(function () {
      var source = element.textContent.trim();
      var display = source.startsWith("\\[") || source.startsWith("$$");
      var tex = source.replace(/^(\\\(|\\\[|\$\$)/, "").replace(/(\\\)|\\\]|\$\$)$/, "");
      katex.render(tex, element, { displayMode: display, throwOnError: false });
    });
  });

  var notebookOptions = {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
    ],
    ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"],
    throwOnError: false,
  };
  // Notebook cells, and the table of contents built from their headings ("$J(x) = x^2$").
  var notebookCells = typeof renderMathInElement === "undefined" ? [] :
    document.querySelectorAll(".jupyter-wrapper .jp-RenderedMarkdown, .md-nav--secondary");
  notebookCells.forEach(function (element) {
    tasks.push(function () {
      renderMathInElement(element, notebookOptions);
    });
  });

  // A box that scrolls sideways (a wide formula, a wide table, a notebook cell) must be
  // reachable with the keyboard (axe: scrollable-region-focusable), as Material does for its
  // own code blocks. Checked again when the window is resized (a phone turned sideways).
  // Material does it for a code block when the block comes into view (content.lazy), so a
  // wide block further down is made reachable here, from the start.
  var scrollers = [
    ".md-typeset pre > code",
    ".md-typeset .arithmatex",
    ".md-typeset .katex-display",
    ".md-typeset__scrollwrap",
    ".jupyter-wrapper .highlight-ipynb",
    ".jupyter-wrapper .jp-OutputArea-output pre",
  ].join(", ");
  function focusableScrollers() {
    // every box measured first, then changed: one layout, not one per box
    var wide = [].filter.call(document.querySelectorAll(scrollers), function (element) {
      return element.scrollWidth > element.clientWidth && !element.hasAttribute("tabindex");
    });
    wide.forEach(function (element) {
      element.setAttribute("tabindex", "0");
    });
  }
  tasks.push(function () {
    focusableScrollers();
    window.addEventListener("resize", focusableScrollers);
    // Material's search overlay is a role="dialog" without a name (axe: aria-dialog-name).
    var dialog = document.querySelector(".md-search[role='dialog']");
    if (dialog && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", "Search the book");
    }
  });

  // Formulas below the first screen: their markup is fetched once the page has loaded, and
  // each formula is put in place when it comes within two screens of the window (or all of
  // them before the page is printed): a reader scrolling down finds them drawn, and a page
  // that is only opened costs the main thread nothing more.
  var article = document.querySelector("[data-formulas]");
  var waiting = article
    ? [].slice.call(document.querySelectorAll(".arithmatex[data-formula]")) : [];
  var markup = null;
  var observer = null;

  document.body.removeAttribute("data-math");
  var next = 0;
  var running = false;
  function work() {
    running = true;
    var start = performance.now();
    while (next < tasks.length && performance.now() - start < SLICE_MS) {
      tasks[next++]();
    }
    if (next < tasks.length) {
      setTimeout(work, 0);
      return;
    }
    running = false;
    if (!waiting.length) {
      document.body.setAttribute("data-math", "rendered");
    }
  }

  function place(elements) {
    elements.forEach(function (element) {
      if (observer) observer.unobserve(element);
      tasks.push(function () {
        if (!element.hasAttribute("data-formula")) return;
        element.innerHTML = markup[+element.getAttribute("data-formula")];
        element.removeAttribute("data-formula");
        waiting.splice(waiting.indexOf(element), 1);
      });
    });
    tasks.push(focusableScrollers);
    if (!running) work();
  }
  window.addEventListener("beforeprint", function () {
    if (!markup) return;
    place(waiting.slice());
    while (next < tasks.length) tasks[next++]();  // the printout cannot wait
    work();
  });
  function ready(formulas) {
    markup = formulas;
    if (!("IntersectionObserver" in window)) return place(waiting.slice());
    observer = new IntersectionObserver(function (entries) {
      place(entries.filter(function (entry) {
        return entry.isIntersecting;
      }).map(function (entry) {
        return entry.target;
      }));
    }, { rootMargin: "200% 0px" });
    waiting.forEach(function (element) {
      observer.observe(element);
    });
    document.body.setAttribute("data-math", "waiting");
  }
  function load() {
    fetch(new URL(article.getAttribute("data-formulas"), document.baseURI))
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url);
        return response.json();
      })
      .then(ready, function (error) {
        console.error("formulas below the first screen could not be loaded: " + error);
      });
  }
  if (waiting.length) {
    tasks.push(function () {  // after the first screen's own tasks
      if (document.readyState === "complete") {
        setTimeout(load, 0);
      } else {
        window.addEventListener("load", function () { setTimeout(load, 0); }, { once: true });
      }
    });
  }
  work();
});
