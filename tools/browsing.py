"""Browser plumbing shared by the browser tests, the page-weight bench and the screenshot tool.

The built site is served by a thread-based ``http.server`` on 127.0.0.1 and visited with
Debian's Chromium through Playwright (never a browser that Playwright downloads). Every
request of a browser context goes through :class:`Recorder`, which lets requests to the
local server through and aborts and records any other one, so a page that would reach a
CDN is caught instead of hanging offline.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Playwright, Request, Route

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("MLBOOK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


def discover_pages(site: Path) -> list[str]:
    """Every page of a built site, as a URL path relative to the site root.

    Parameters
    ----------
    site : Path
        Folder written by ``mkdocs build`` with ``use_directory_urls: true``.

    Returns
    -------
    list of str
        ``""`` for the home page, ``"chapters/02-logistic-regression/"`` for the others,
        sorted. Every ``index.html`` is a page; the theme's assets and ``404.html`` are not.

    Examples
    --------
    >>> import tempfile
    >>> site = Path(tempfile.mkdtemp())
    >>> for page in ["index.html", "api/index.html", "assets/x.js"]:
    ...     (site / page).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (site / page).write_text("<html></html>")
    >>> discover_pages(site)
    ['', 'api/']
    """
    if not (site / "index.html").is_file():
        raise ValueError(f"site must be a built site folder with index.html; got {site}")
    pages = []
    for path in site.rglob("index.html"):
        relative = path.parent.relative_to(site).as_posix()
        if relative.split("/")[0] == "assets":
            continue
        pages.append("" if relative == "." else relative + "/")
    return sorted(pages)


class BuildError(RuntimeError):
    """``mkdocs build --strict`` failed; the message holds its output."""


def build_site(site_dir: Path) -> Path:
    """Run ``mkdocs build --strict`` into ``site_dir``; raise with mkdocs' output on failure."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return site_dir


def site_from_env_or_build() -> Path:
    """The site in ``$MLBOOK_SITE_DIR`` if it is built, else a fresh strict build in a temp dir."""
    prebuilt = os.environ.get("MLBOOK_SITE_DIR")
    if prebuilt and (Path(prebuilt) / "index.html").is_file():
        return Path(prebuilt)
    return build_site(Path(tempfile.mkdtemp(prefix="mlbook-site-")))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".ipynb", ".txt", ".map"}


class _GzipHandler(_QuietHandler):
    """Serve text files gzip-compressed when the browser accepts it, as static hosts do."""

    cache: dict[tuple[Path, int], bytes] = {}

    def send_head(self):  # noqa: ANN201 - http.server's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirects to the URL with a slash
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        key = (path, path.stat().st_mtime_ns)
        body = self.cache.get(key)
        if body is None:
            body = self.cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _under(prefix: str, base: type[_QuietHandler]) -> type[_QuietHandler]:
    """``base`` serving the site at ``prefix`` (``/mlbook/``) only, as a project page is."""

    class Prefixed(base):
        def send_head(self):  # noqa: ANN202 - http.server's own signature
            path = self.path.split("?")[0]
            if not (path + "/").startswith(prefix):
                self.send_error(404, f"outside {prefix}")
                return None
            self.path = "/" + self.path[len(prefix):] if path != prefix.rstrip("/") else "/"
            return super().send_head()

    return Prefixed


@contextmanager
def serve(site: Path, *, compress: bool = False, prefix: str = "/") -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 at a free port in a thread; yield the base URL (ends in /).

    With ``compress=True`` text files are sent gzip-compressed, as a static web host sends
    them; the tests use the plain server, the page-weight benchmark reports both. With a
    ``prefix`` such as ``"/mlbook/"`` the site is served under that path only (a project
    page), and every other path is a 404.
    """
    base = _GzipHandler if compress else _QuietHandler
    if prefix != "/":
        base = _under(prefix, base)
    handler = functools.partial(base, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def launch(playwright: Playwright) -> Browser:
    """Debian's headless Chromium, with the flags that work as root and stay offline."""
    if not Path(CHROMIUM).is_file():
        raise FileNotFoundError(
            f"Chromium not found at {CHROMIUM}; "
            "run `bash tools/setup.sh` (apt-get install chromium)"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


@dataclass
class Recorder:
    """What one browser context asked for: foreign requests (aborted), failures, console errors."""

    base_url: str
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    responses: list[tuple[str, int]] = field(default_factory=list)

    def route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.base_url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort("blockedbyclient")

    def on_failed(self, request: Request) -> None:
        if request.url not in self.foreign:
            self.failed.append(f"{request.url}: {request.failure}")

    def on_response(self, response) -> None:
        self.responses.append((response.url, response.status))
        if response.status >= 400:
            self.failed.append(f"{response.url}: HTTP {response.status}")

    def on_console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(f"console.error: {message.text}")

    def on_page_error(self, error) -> None:
        self.console_errors.append(f"uncaught: {error}")


def new_context(
    browser: Browser, base_url: str, *, viewport: dict | None = None, **options
) -> tuple[BrowserContext, Recorder]:
    """A fresh context whose every request and console error goes through a :class:`Recorder`."""
    context = browser.new_context(
        base_url=base_url, viewport=viewport or DESKTOP, service_workers="block", **options
    )
    recorder = Recorder(base_url)
    context.route("**/*", recorder.route)
    context.on("requestfailed", recorder.on_failed)
    context.on("response", recorder.on_response)
    context.on("console", recorder.on_console)
    context.on("weberror", lambda error: recorder.on_page_error(error.error))
    return context, recorder


# Scrolls through the page a screen at a time, a frame at each, as a reader does, then back
# to the top: what mounts as it comes into view (Material's code blocks, content.lazy) does.
# Back at the top, waits for the transitions the scroll started (Material's tabs fade out
# below the top and back in: half faded, their text fails a contrast check).
READ_THROUGH = """async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, 0);
  await frame();
  await frame();
  await Promise.all(document.getAnimations()
    .filter((animation) => animation.effect
      && animation.effect.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => null)));
}"""

# Every code block a reader can see has been mounted by Material (its <pre> gets an id then);
# one in a closed <details> or a tab not chosen cannot be seen (checkVisibility).
CODE_MOUNTED = """() => [...document.querySelectorAll("[data-md-component=content] pre > code")]
  .every((code) => !code.checkVisibility() || code.parentElement.id.startsWith("__code_"))"""


def settle(page) -> None:
    """Wait until the page is loaded, every formula is in place and fonts are ready.

    ``docs/javascripts/katex-init.js`` works in slices and marks ``<body data-math>`` when it
    is done; a page whose script fails never gets the mark, and the wait fails loudly. The
    formulas below the first screen are put in place as a reader scrolls to them
    (``data-math="waiting"``); the page is then told it is printed, which puts all of them in
    place, as for a reader who prints it. Figures below the first screen load
    lazily: they are asked for now, and waited for. Code blocks get their copy buttons as
    they come into view: the page is read through once, and every visible block waited for
    (one in a closed ``<details>`` gets its button when it is opened: :func:`reveal_code`).
    """
    page.wait_for_load_state("load")
    page.wait_for_function("['rendered', 'waiting'].includes(document.body.getAttribute("
                           "'data-math'))", timeout=15_000)
    # printed and back: Material opens every <details> to print and closes them afterwards
    page.evaluate("window.dispatchEvent(new Event('beforeprint'));"
                  "window.dispatchEvent(new Event('afterprint'))")
    page.wait_for_function("document.body.getAttribute('data-math') === 'rendered'", timeout=15_000)
    page.evaluate("document.querySelectorAll('img[loading=lazy]')"
                  ".forEach((image) => { image.loading = 'eager'; })")
    page.wait_for_function("[...document.images].every((image) => image.complete)",
                           timeout=15_000)
    page.evaluate(READ_THROUGH)
    page.wait_for_function(CODE_MOUNTED, timeout=15_000)
    page.evaluate("document.fonts.ready.then(() => true)")


# Opens the <details> around a code block and selects its content tab, so it can be seen.
REVEAL = """(code) => {
  for (let d = code.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
  for (let b = code.closest(".tabbed-block"); b; b = b.parentElement.closest(".tabbed-block")) {
    const index = [...b.parentElement.children].indexOf(b);
    const input = b.closest(".tabbed-set").querySelectorAll(":scope > input")[index];
    if (input) input.checked = true;
  }
}"""


def reveal_code(code) -> None:
    """Make a code block (a Playwright locator of its ``<code>``) visible and wait until Material
    has mounted it (copy button, annotations), as it does when a reader scrolls to it."""
    code.evaluate(REVEAL)
    code.scroll_into_view_if_needed()
    code.page.wait_for_function("(code) => code.parentElement.id.startsWith('__code_')",
                                arg=code.element_handle(), timeout=5_000)


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL, for messages."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


CHAPTER = re.compile(r"^chapters/(\d\d)-[^/]+/$")


@dataclass
class Weight:
    """Bytes one page transferred on first load (response headers and bodies)."""

    path: str
    requests: int
    before_figures: int
    figures: int
    foreign: int

    @property
    def total(self) -> int:
        return self.before_figures + self.figures


def is_figure(url: str, base_url: str) -> bool:
    """A figure drawn at build (``figures/``): counted apart, as it loads lazily below the fold."""
    return url.startswith(base_url + "figures/")


def weigh(browser: Browser, base_url: str, path: str) -> Weight:
    """Load ``path`` in a fresh context (empty cache) until the network is idle; add up the bytes
    of every response, figures apart. From :func:`serve` with ``compress=True``, what a reader
    downloads from a static host."""
    context, recorder = new_context(browser, base_url)
    sizes: list[tuple[str, int]] = []

    def finished(request: Request) -> None:
        size = request.sizes()
        sizes.append((request.url, size["responseBodySize"] + size["responseHeadersSize"]))

    context.on("requestfinished", finished)
    page = context.new_page()
    page.goto(path, wait_until="networkidle")
    page.close()
    context.close()
    figures = sum(size for url, size in sizes if is_figure(url, base_url))
    before = sum(size for url, size in sizes if not is_figure(url, base_url))
    return Weight(path, len(sizes), before, figures, len(recorder.foreign))
