// What a reader does beyond reading: zoom into a figure, search with a typo.
// No words of its own (a translated edition needs no change here): the zoomed figure is
// named by its alt text, and a forgiving search shows Material's own "~1" syntax.
document$.subscribe(function () {
  // Figures: a tap (or Enter/Space) opens the figure at full size in a dialog, at least as
  // wide as the screen and as wide as it was drawn, scrolling where it is wider; a tap or
  // Escape closes it. On a phone, a multi-panel figure becomes readable.
  var dialog = null;
  function close() {
    if (dialog && dialog.open) dialog.close();
  }
  function open(image) {
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.className = "figure-zoom";
      dialog.addEventListener("click", close);
      document.body.appendChild(dialog);
    }
    var zoomed = new Image();
    zoomed.src = image.currentSrc || image.src;
    zoomed.alt = image.alt;
    zoomed.style.width = Math.max(window.innerWidth, image.naturalWidth || 0) + "px";
    dialog.setAttribute("aria-label", image.alt);
    dialog.replaceChildren(zoomed);
    dialog.showModal();
    dialog.scrollTo(0, 0);
  }
  var images = "article figure img, article .jp-OutputArea-output img";
  document.querySelectorAll(images).forEach(function (image) {
    image.setAttribute("data-zoom", "");
    image.setAttribute("tabindex", "0");
    image.setAttribute("role", "button");
    image.addEventListener("click", function () { open(image); });
    image.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open(image);
      }
    });
  });

  // Search: when a query finds nothing, search again allowing one typo per word
  // ("sigmod" -> "sigmod~1", Lunr's edit distance, which Material's search understands).
  var input = document.querySelector("input.md-search__input");
  var meta = document.querySelector(".md-search-result__meta");
  var config = document.getElementById("__config");
  if (!input || !meta || !config) return;
  // the theme's own words for "no result", in the page's language
  var none = JSON.parse(config.textContent).translations["search.result.none"];
  new MutationObserver(function () {
    var query = input.value.trim();
    if (!query || /[~*^:+-]/.test(query) || meta.textContent.trim() !== none) return;
    input.value = query.split(/\s+/).map(function (word) { return word + "~1"; }).join(" ");
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }).observe(meta, { childList: true, characterData: true, subtree: true });
});
