// The search index when the reader searches, not with every page.
// Material fetches search/search_index.json (the text of the whole book, about 0.5 MB, 120 kB
// compressed) as each page loads, parses it and hands it to its search worker: a third of a
// chapter's bytes and a long task on a phone, for a reader who may never search. This script
// runs before Material's (overrides/main.html) and holds that one request back until the
// reader opens the search (a tap on the search button, a key that focuses the search box) or
// at once when the page was reached from a search result, whose terms Material highlights.
(function () {
  var request = window.XMLHttpRequest && XMLHttpRequest.prototype;
  if (!request) return;
  var open;
  var opened = new Promise(function (resolve) {
    open = resolve;
  });
  if (/[?&]h=/.test(location.search)) open();
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("input.md-search__input")) open();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search") open();  // Material's search toggle
  });
  // Material asks with XMLHttpRequest (for progress events): its send() waits for the reader.
  var originalOpen = request.open;
  var originalSend = request.send;
  request.open = function (method, url) {
    this.searchIndex = /\/search\/search_index\.json$/.test(String(url));
    return originalOpen.apply(this, arguments);
  };
  request.send = function () {
    if (!this.searchIndex) return originalSend.apply(this, arguments);
    var self = this;
    var args = arguments;
    opened.then(function () {
      originalSend.apply(self, args);
    });
  };
})();
