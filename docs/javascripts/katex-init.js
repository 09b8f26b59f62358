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
