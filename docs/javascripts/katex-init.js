// Render every formula with the KaTeX copy the site serves itself (no CDN).
// Markdown pages: pymdownx.arithmatex (generic) wraps each formula in an element of class
// "arithmatex" holding \( ... \) (inline) or \[ ... \] (display): rendered with katex.render.
// Notebook pages: nbconvert leaves $...$ and $$...$$ in the rendered Markdown cells:
// rendered with KaTeX's auto-render.
// The work is done in slices of about 8 ms (Lighthouse counts every task as 4x longer on
// its simulated phone) so that a chapter with many formulas never
// blocks the page for long (Lighthouse: total blocking time). When every formula is done,
// <body data-math="rendered"> tells the browser tests that the page is settled.
document$.subscribe(function () {
  var SLICE_MS = 8;
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
  var scrollers = [
    ".md-typeset .arithmatex",
    ".md-typeset .katex-display",
    ".md-typeset__scrollwrap",
    ".jupyter-wrapper .highlight-ipynb",
    ".jupyter-wrapper .jp-OutputArea-output pre",
  ].join(", ");
  function focusableScrollers() {
    document.querySelectorAll(scrollers).forEach(function (element) {
      if (element.scrollWidth > element.clientWidth && !element.hasAttribute("tabindex")) {
        element.setAttribute("tabindex", "0");
      }
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

  document.body.removeAttribute("data-math");
  var next = 0;
  function work() {
    var start = performance.now();
    while (next < tasks.length && performance.now() - start < SLICE_MS) {
      tasks[next++]();
    }
    if (next < tasks.length) {
      setTimeout(work, 0);
    } else {
      document.body.setAttribute("data-math", "rendered");
    }
  }
  work();
});
