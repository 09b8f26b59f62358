// Render every formula with the KaTeX copy the site serves itself (no CDN).
// Markdown pages: pymdownx.arithmatex wraps maths in .arithmatex with \( \) or \[ \].
// Notebook pages: nbconvert leaves $...$ and $$...$$ in the rendered Markdown cells.
document$.subscribe(function () {
  var options = {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
    ],
    ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"],
  };
  document.querySelectorAll(".arithmatex").forEach(function (element) {
    renderMathInElement(element, options);
  });
  var notebookOptions = Object.assign({}, options, {
    delimiters: options.delimiters.concat([{ left: "$", right: "$", display: false }]),
  });
  document.querySelectorAll(".jupyter-wrapper .jp-RenderedMarkdown").forEach(function (element) {
    renderMathInElement(element, notebookOptions);
  });
});

// Notebook pages: a code cell or output that scrolls sideways must be reachable with the
// keyboard (axe: scrollable-region-focusable). Material does this for its own code blocks;
// nbconvert's cells get the same treatment here, once per page.
document$.subscribe(function () {
  var selector = ".jupyter-wrapper .highlight-ipynb, .jupyter-wrapper .jp-OutputArea-output pre";
  document.querySelectorAll(selector).forEach(function (element) {
    if (element.scrollWidth > element.clientWidth && !element.hasAttribute("tabindex")) {
      element.setAttribute("tabindex", "0");
    }
  });
});
