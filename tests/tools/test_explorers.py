"""tools/site/explorers.py and tools/explorers/: the markers, the markup, the strings, the data.

The data tests train a handful of short Playground runs the way the build trains all of them
and compare every recorded number with ``mlbook.shallow`` run on its own.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs

import numpy as np
import pytest
import yaml

from mlbook.gradient_descent import minimize
from mlbook.shallow import compute_cost, forward_propagation, nn_model, predict
from tools.explorers import encode, learning_rate
from tools.explorers import playground as spec
from tools.site import explorers
from tools.site.cache import BuildCache

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "javascripts" / "explorers.js"
STRINGS = explorers.load_strings("en")


class Tags(HTMLParser):
    """Every start tag of a fragment, with its attributes, and the text of the strings block."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def parse(markup: str) -> Tags:
    tags = Tags()
    tags.feed(markup)
    return tags


# --- markers and markup ----------------------------------------------------------------------


def test_marked_explorers_are_found_indented_and_in_order() -> None:
    markdown = "# T\n\nexplorer:: playground\n\n- item\n\n    explorer:: activations \n"
    assert explorers.marked_explorers(markdown) == ["playground", "activations"]


def test_expand_replaces_each_marker_by_one_line_of_html_keeping_its_indent() -> None:
    markdown = "Intro.\n\nexplorer:: learning-rate\n\n- Item\n\n    explorer:: activations\n"
    text, used = explorers.expand(markdown, "chapters/x.md", "chapters/x/", "en")
    assert used == ["learning-rate", "activations"]
    assert "explorer::" not in text
    lines = text.split("\n")
    first = next(line for line in lines if 'data-mlx="learning-rate"' in line)
    second = next(line for line in lines if 'data-mlx="activations"' in line)
    assert first.startswith("<div") and second.startswith("    <div")
    assert 'data-mlx-data="../../explorers/learning-rate/"' in first
    assert 'id="mlx-1"' in first and 'id="mlx-2"' in second


def test_an_unknown_explorer_fails_with_the_page_and_line() -> None:
    with pytest.raises(explorers.ExplorerError, match=r"chapters/x\.md:3: .*'slider'"):
        explorers.expand("a\n\nexplorer:: slider\n", "chapters/x.md", "chapters/x/", "en")


def test_an_edition_without_a_table_of_words_fails_only_where_an_explorer_is() -> None:
    assert explorers.expand("No explorer here.\n", "fr/x.md", "fr/x/", "fr")[1] == []
    with pytest.raises(explorers.ExplorerError, match="no 'fr' table"):
        explorers.expand("explorer:: activations\n", "fr/x.md", "fr/x/", "fr")


@pytest.mark.parametrize("name", sorted(explorers.COMPONENTS))
def test_every_control_is_native_labelled_and_disabled_until_the_data_arrive(name: str) -> None:
    markup = explorers.render(name, "mlx-7", "playground/", STRINGS)
    tags = parse(markup)
    ids = [attrs["id"] for _, attrs in tags.tags if "id" in attrs]
    assert len(ids) == len(set(ids)) and all(i.startswith("mlx-7") for i in ids)
    labelled = {attrs["for"] for tag, attrs in tags.tags if tag == "label"}
    controls = [(tag, attrs) for tag, attrs in tags.tags if tag in {"select", "input", "button"}]
    assert controls
    for tag, attrs in controls:
        assert "disabled" in attrs, (tag, attrs)
        if tag != "button":
            assert attrs["id"] in labelled, f"{attrs['id']} has no <label>"
    status = [attrs for tag, attrs in tags.tags if attrs.get("class") == "mlx-status"]
    assert status and status[0]["aria-live"] == "polite"
    for tag, attrs in tags.tags:
        if tag in {"canvas", "svg"}:
            assert attrs.get("role") == "img" and attrs.get("aria-label"), (tag, attrs)
    strings = json.loads(re.search(r'class="mlx-strings">(.*?)</script>', markup)[1])
    assert set(strings) == {"common", "text"}
    assert "\n" not in markup  # one raw HTML line: Markdown leaves it alone


def test_the_small_playground_links_to_the_full_one_and_fixes_the_rest() -> None:
    markup = explorers.render("playground-small", "mlx-1", "chapters/09-planar-data/", STRINGS)
    assert 'href="../../playground/"' in markup
    fixed = json.loads(re.search(r'data-mlx-fixed="([^"]*)"', markup)[1].replace("&quot;", '"'))
    assert fixed == {"data": "flower", "activation": "tanh"}
    names = [attrs.get("name") for tag, attrs in parse(markup).tags if tag == "select"]
    assert names == ["units", "rate"]


def test_the_playground_offers_the_specs_choices_with_chapter_9s_run_selected() -> None:
    tags = parse(explorers.render("playground", "mlx-1", "playground/", STRINGS)).tags
    options: dict[str, list[str]] = {}
    selected = {}
    select = None
    for tag, attrs in tags:
        if tag == "select":
            select = attrs["name"]
            options[select] = []
        elif tag == "option":
            options[select].append(attrs["value"])
            if "selected" in attrs:
                selected[select] = attrs["value"]
    assert options == {"data": list(spec.DATA_SETS), "units": [str(n) for n in spec.UNITS],
                       "activation": list(spec.ACTIVATIONS),
                       "rate": [f"{r:g}" for r in spec.RATES]}
    assert selected == {"data": "flower", "units": "4", "activation": "tanh", "rate": "1.2"}


def test_assets_are_added_relative_to_the_page() -> None:
    page = "<html><head><title>t</title></head><body><p>x</p></body></html>"
    output = explorers.add_assets(page, "chapters/03-gradient-descent/")
    assert '<link rel="stylesheet" href="../../stylesheets/explorers.css">\n</head>' in output
    assert '<script src="../../javascripts/explorers.js" defer></script>\n</body>' in output
    assert explorers.relative_url("explorers/a/", "") == "explorers/a/"


# --- strings ---------------------------------------------------------------------------------


def placeholders(table: dict, prefix: str = "") -> dict[str, set[str]]:
    found = {}
    for key, value in table.items():
        if isinstance(value, dict):
            found.update(placeholders(value, f"{prefix}{key}."))
        else:
            found[prefix + key] = set(re.findall(r"\{(\w+)\}", str(value)))
    return found


def test_every_edition_has_every_string_with_the_same_placeholders() -> None:
    tables = yaml.safe_load(explorers.STRINGS.read_text(encoding="utf-8"))
    english = placeholders(tables["en"])
    for language, table in tables.items():
        assert placeholders(table) == english, f"strings.yml: {language} differs from en"


def test_the_script_holds_no_words_and_reads_only_strings_that_exist() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    used_common = set(re.findall(r"strings\.common\.(\w+)", script))
    assert {key for key in re.findall(r'new Problem\([^,]+, "(\w+)"', script)} <= set(
        STRINGS["common"]["problems"])
    assert used_common and used_common <= set(STRINGS["common"])
    used_text = set(re.findall(r"\btext\.(\w+)", script))
    every_text_key = set().union(*(table for key, table in STRINGS.items() if key != "common"))
    assert used_text and used_text <= every_text_key, used_text - every_text_key
    code = re.sub(r"^\s*//.*$", "", script, flags=re.MULTILINE)
    literals = re.findall(r'"([^"\\]*(?:\\.[^"\\]*)*)"', code)
    # Words a reader could see are letters and spaces; the script's own strings are names,
    # selectors, CSS and SVG attributes, and a few symbols. A sentence would have spaces and
    # letters outside [...] selectors.
    sentences = [text for text in literals
                 if re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", text) and "[" not in text
                 and text != "use strict"
                 and not all(word.startswith("mlx-") for word in text.split())]
    assert sentences == [], f"words in explorers.js: {sentences}"


# --- encoding --------------------------------------------------------------------------------


def test_quantised_bytes_keep_predicts_class_exactly() -> None:
    p = np.array([0.0, 1e-9, 0.4999999, 0.5, 0.5000001, 0.75, 1 - 1e-12, 1.0])
    b = encode.quantise(p)
    assert np.array_equal(b >= 128, p > 0.5)
    assert b.min() == 0 and b.max() == 255 and np.all(np.diff(b.astype(int)) >= 0)


def test_png_round_trip_and_json_refuses_nan() -> None:
    image = np.arange(40 * 80, dtype=np.int64).reshape(80, 40).astype(np.uint8)
    assert np.array_equal(encode.read_png(encode.png(image)), image)
    with pytest.raises(ValueError):
        encode.dumps({"x": float("nan")})
    assert encode.exact(float("inf")) is None and encode.exact(0.1) == 0.1


# --- the Playground's data, on a few short runs ----------------------------------------------

SHORT = {
    spec.Setting("flower", 2, "tanh", 1.2): 200,  # a chapter run: trained by nn_model
    spec.Setting("noisy_moons", 3, "relu", 5.0): 200,  # these three in one batch
    spec.Setting("blobs", 3, "relu", 0.1): 200,
    spec.Setting("gaussian_quantiles", 3, "relu", 1.2): 200,
    spec.Setting("blobs", 5, "leaky_relu", 10.0): 500,  # overflows near iteration 400
}


@pytest.fixture(scope="module")
def short_runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("playground")
    spec.compute(folder, SHORT)
    return folder


def reference(setting: spec.Setting, iterations: int) -> tuple[dict, list[float]]:
    X, Y = spec.data_sets()[setting.data]
    with np.errstate(all="ignore"):
        return nn_model(X, Y, n_h=setting.units, num_iterations=iterations,
                        learning_rate=setting.rate, activation=setting.activation,
                        return_costs=True)


def test_the_index_lists_every_setting_and_the_choices(short_runs: Path) -> None:
    index = json.loads((short_runs / "index.json").read_text())
    assert index["settings"] == {setting.id: horizon for setting, horizon in SHORT.items()}
    assert index["default"] == "flower_tanh_4_1.2" and index["grid"] == spec.GRID
    points = json.loads((short_runs / "points.json").read_text())
    for name, (X, Y) in spec.data_sets().items():
        assert len(points[name]["points"]) == 2 * X.shape[1]
        assert points[name]["labels"] == "".join(map(str, Y[0]))
        assert 0 <= min(points[name]["points"]) and max(points[name]["points"]) <= 1000


@pytest.mark.parametrize("setting", list(SHORT), ids=lambda s: s.id)
def test_every_recorded_frame_is_nn_models_network_after_that_many_steps(
        short_runs: Path, setting: spec.Setting) -> None:
    horizon = SHORT[setting]
    numbers = json.loads((short_runs / f"{setting.id}.json").read_text())
    strip = encode.read_png((short_runs / f"{setting.id}.png").read_bytes())
    frames = spec.frames(horizon)
    assert numbers["frames"] == frames and numbers["horizon"] == horizon
    assert strip.shape == (spec.GRID * len(frames), spec.GRID)
    X, Y = spec.data_sets()[setting.data]
    points = spec.grid_points(spec.bounds(X))
    _, costs = reference(setting, horizon)
    overflow = next((i for i, cost in enumerate(costs) if not np.isfinite(cost)), None)
    assert numbers["overflow"] == overflow
    for j, k in enumerate(frames):
        with np.errstate(all="ignore"):  # the diverging run's weights grow huge, then overflow
            check_frame(numbers, strip, j, k, setting, horizon, costs, overflow, points)
    assert numbers["m"] == X.shape[1]


def check_frame(numbers: dict, strip: np.ndarray, j: int, k: int, setting: spec.Setting,
                horizon: int, costs: list[float], overflow: int | None,
                points: np.ndarray) -> None:
    """Frame ``j`` (iteration ``k``): its cost, accuracy and regions are nn_model's network's."""
    X, Y = spec.data_sets()[setting.data]
    after_k, _ = reference(setting, k) if k else (None, None)
    if k < horizon:
        expected = costs[k]
    elif overflow is None:
        expected = compute_cost(forward_propagation(X, after_k, setting.activation)[0], Y)
    else:
        expected = float("nan")
    if not np.isfinite(expected):
        assert numbers["cost"][j] is None and numbers["correct"][j] is None
        return
    assert numbers["cost"][j] == expected, (k, numbers["cost"][j], expected)  # every digit
    if k == 0:
        return  # before any step: the initial weights, checked by test_playground.py
    right = int((predict(after_k, X, setting.activation) == Y).sum())
    assert numbers["correct"][j] == right, k
    A2, _ = forward_propagation(points, after_k, setting.activation)
    region = strip[j * spec.GRID:(j + 1) * spec.GRID].ravel()
    assert np.array_equal(region, encode.quantise(A2[0])), k


def test_the_curve_bounds_every_cost_of_its_bucket(short_runs: Path) -> None:
    setting = spec.Setting("noisy_moons", 3, "relu", 5.0)
    curve = json.loads((short_runs / f"{setting.id}.json").read_text())["curve"]
    _, costs = reference(setting, 200)
    for j, start in enumerate(range(0, 200, curve["every"])):
        chunk = costs[start:start + curve["every"]]
        assert curve["low"][j] <= min(chunk) * (1 + 1e-3)
        assert curve["high"][j] >= max(chunk) * (1 - 1e-3)


def test_the_grid_offers_every_size_at_rate_1_2_and_small_sizes_at_every_rate() -> None:
    offered = spec.settings()
    assert spec.DEFAULT in offered and offered[spec.DEFAULT] == 10000
    for setting, horizon in offered.items():
        assert setting.units <= spec.EVERY_RATE_UP_TO or setting.rate == spec.LARGE_SIZE_RATE
        assert horizon == spec.CHAPTER_RUNS.get(setting, spec.HORIZON)
        assert horizon in spec.FRAME_ITERATIONS and spec.frames(horizon)[-1] == horizon
    assert len(offered) == len(spec.DATA_SETS) * len(spec.ACTIVATIONS) * (
        spec.EVERY_RATE_UP_TO * len(spec.RATES) + (len(spec.UNITS) - spec.EVERY_RATE_UP_TO))
    assert set(range(0, 10001, 1000)) <= set(spec.FRAME_ITERATIONS)  # chapter 9's printed costs


# --- the other explorers' data ---------------------------------------------------------------


def test_learning_rate_paths_are_minimizes_and_name_their_regime() -> None:
    regimes = {}
    for rate in learning_rate.RATES:
        run = learning_rate.run(rate)
        result = minimize(learning_rate.parabola, 4.0, learning_rate=rate, num_iterations=20)
        assert run["x"] == [float(x) for x in result.path] and run["cost"] == result.costs
        regimes[rate] = run["regime"]
    assert regimes[0.02] == regimes[0.3] == "converging" and regimes[0.5] == "one_step"
    assert regimes[0.9] == "oscillating" and regimes[1.0] == "bouncing"
    assert regimes[1.05] == "diverging"
    assert set(regimes.values()) <= set(STRINGS["learning_rate"]["regimes"])


# --- computing in the background, stored in the cache ----------------------------------------


def test_data_are_computed_once_in_the_background_and_copied_into_the_site(
        tmp_path: Path) -> None:
    (tmp_path / "mlbook").mkdir()
    cache = BuildCache(tmp_path / "cache", tmp_path, enabled=True)
    jobs = explorers.DataJobs(cache)
    jobs.start({"learning-rate"})
    assert set(jobs.jobs) == {"learning-rate"}
    site = tmp_path / "site"
    jobs.copy_into(site)
    runs = json.loads((site / "explorers" / "learning-rate" / "runs.json").read_text())
    assert len(runs["runs"]) == len(learning_rate.RATES) and jobs.computed == 1
    assert not (site / "explorers" / "learning-rate" / ".done").exists()

    again = explorers.DataJobs(BuildCache(tmp_path / "cache", tmp_path, enabled=True))
    again.start({"learning-rate"})
    assert again.jobs == {} and again.cache.hits == 1
    again.copy_into(tmp_path / "site2")
    assert (tmp_path / "site2" / "explorers" / "learning-rate" / "runs.json").is_file()


def test_a_failing_computation_fails_the_build_with_its_output(tmp_path: Path,
                                                              monkeypatch) -> None:
    (tmp_path / "mlbook").mkdir()
    monkeypatch.setitem(explorers.DATA, "broken", "no_such_module")
    monkeypatch.setattr(explorers, "data_key", lambda data: "broken")
    jobs = explorers.DataJobs(BuildCache(tmp_path / "cache", tmp_path, enabled=True))
    jobs.start({"broken"})
    with pytest.raises(explorers.ExplorerError, match="no_such_module"):
        jobs.copy_into(tmp_path / "site")
    jobs.shutdown()


def test_two_workers_share_the_tasks_and_run_each_once(tmp_path: Path) -> None:
    import threading
    import time
    from types import SimpleNamespace

    from tools import explorers as modules

    ran: list[tuple[str, str]] = []

    def run_task(name: str, folder: Path) -> None:
        time.sleep(0.01)
        ran.append((threading.current_thread().name, name))

    module = SimpleNamespace(tasks=lambda: [f"t{i}" for i in range(30)], run_task=run_task)
    workers = [threading.Thread(target=modules.work, args=(module, tmp_path), name=f"w{i}")
               for i in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    names = sorted(name for _, name in ran)
    assert names == sorted(f"t{i}" for i in range(30))  # each task once
    assert {thread for thread, _ in ran} == {"w0", "w1"}  # both worked
    assert modules.work(module, tmp_path) == 0  # nothing left


def test_another_editions_page_reads_the_data_at_the_sites_root() -> None:
    text, _ = explorers.expand("explorer:: activations\n", "chapters/07-x.md", "chapters/07-x/",
                               "en", root="../../../")
    assert 'data-mlx-data="../../../explorers/activations/"' in text


PLAYGROUND_LINK = re.compile(r"\]\((?:\.\./)*playground\.md\?(?P<query>[^)#\s]+)\)")


def test_every_link_into_the_playground_opens_a_setting_it_has() -> None:
    """A chapter's link to its settings in the Playground (chapter 9's hidden sizes) must
    name a setting the build trains, up to the iteration it names."""
    offered = {setting.id: horizon for setting, horizon in spec.settings().items()}
    links = [(page, match["query"]) for page in sorted((ROOT / "docs").rglob("*.md"))
             for match in PLAYGROUND_LINK.finditer(page.read_text(encoding="utf-8"))]
    assert links, "chapter 9 links its hidden sizes to the Playground"
    for page, query in links:
        values = {key: value[0] for key, value in parse_qs(query).items()}
        setting = f"{values['data']}_{values['activation']}_{values['units']}_{values['rate']}"
        assert setting in offered, f"{page.name}: the Playground has no setting {setting}"
        assert int(values["iteration"]) <= offered[setting], f"{page.name}: {query}"
