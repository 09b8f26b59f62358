"""The explorers in Chromium: every control works, every number is mlbook's, nothing breaks.

The Playground page embeds all four explorers (the Playground, then chapter 3's, chapter 7's
and chapter 9's small Playground), so the tests drive them there. Values read from the page
are compared with ``mlbook`` run in the test, formatted as the page formats them.
"""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path

import numpy as np
import pytest
from axe_playwright_python.sync_playwright import Axe

from mlbook.activations import gradient_through_stack
from mlbook.datasets import load_extra_datasets, load_planar_dataset
from mlbook.gradient_descent import minimize
from mlbook.shallow import compute_cost, forward_propagation, nn_model, predict
from tests.browser.test_reader import HORIZONTAL_SCROLL
from tools import browsing
from tools.explorers import playground as spec

PAGE = "playground/"
PLAYGROUND = '[data-mlx="playground"]'
LEARNING_RATE = '[data-mlx="learning-rate"]'
ACTIVATIONS = '[data-mlx="activations"]'
SMALL = '[data-mlx="playground-small"]'
EVERY = (PLAYGROUND, LEARNING_RATE, ACTIVATIONS, SMALL)

PICTURE = """(root) => [...root.querySelectorAll("canvas, svg.mlx-plot")]
  .map((e) => e.tagName === "CANVAS" ? e.toDataURL() : e.outerHTML).join("|")"""
STATE = "(root) => root.getAttribute('data-mlx-state')"


def data_set(name: str) -> tuple[np.ndarray, np.ndarray]:
    return load_planar_dataset() if name == "flower" else load_extra_datasets()[name]


def open_page(context, path: str = PAGE):
    page = context.new_page()
    page.goto(path, wait_until="load")
    browsing.settle(page)
    return page


def ready(page, selector: str) -> None:
    """Bring the explorer near the screen (it loads its data then) and wait until it is drawn."""
    root = page.locator(selector).first
    root.scroll_into_view_if_needed()
    root.evaluate("(root) => new Promise((done) => { const check = () => "
                  "['ready', 'failed'].includes(root.getAttribute('data-mlx-state')) ? done() : "
                  "setTimeout(check, 20); check(); })")
    assert root.evaluate(STATE) == "ready", root.locator(".mlx-error").text_content()


def status(page, selector: str) -> str:
    return page.locator(f"{selector} .mlx-status").first.text_content()


def picture(page, selector: str) -> str:
    return hashlib.sha256(page.locator(selector).first.evaluate(PICTURE).encode()).hexdigest()


def choose(page, selector: str, name: str, value: str) -> None:
    page.locator(f"{selector} select[name={name}]").first.select_option(value)
    ready(page, selector)


def move(page, selector: str, name: str, key: str) -> None:
    """Drive a range with the keyboard, as a reader without a mouse does."""
    page.locator(f"{selector} input[name={name}]").first.focus()
    page.keyboard.press(key)
    ready(page, selector)


def frame_to(page, selector: str, iteration: int) -> None:
    """Move the scrubber to the frame of ``iteration``, with the keyboard."""
    slider = page.locator(f"{selector} input[name=frame]").first
    for _ in range(40):
        shown = int(page.locator(selector).first.get_attribute("data-mlx-iteration"))
        if shown == iteration:
            return
        slider.focus()
        page.keyboard.press("ArrowLeft" if shown > iteration else "ArrowRight")
    raise AssertionError(f"no frame at iteration {iteration}")


def percent(correct: int, m: int) -> str:
    """The page's accuracy: a percentage with at most two decimals, no trailing zeros."""
    return f"{100 * correct / m:.2f}".rstrip("0").rstrip(".")


def expected_status(cost: float, correct: int, m: int, iteration: int, horizon: int) -> str:
    return (f"Iteration {iteration:,} of {horizon:,}: cost {cost:.6f}, accuracy "
            f"{percent(correct, m)} % ({correct} of {m} points).")


@pytest.fixture(scope="module")
def chapter_9_run() -> tuple[dict, list[float]]:
    X, Y = load_planar_dataset()
    return nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2, return_costs=True)


def test_the_default_playground_is_chapter_9s_run(open_context, chapter_9_run) -> None:
    """It opens on the trained network of chapter 9, and at every thousand iterations it
    announces the cost that chapter 9 prints (``Cost after iteration i: {costs[i]:f}``)."""
    trained, costs = chapter_9_run
    X, Y = load_planar_dataset()
    context, recorder = open_context()
    page = open_page(context)
    ready(page, PLAYGROUND)
    correct = int((predict(trained, X) == Y).sum())
    final = compute_cost(forward_propagation(X, trained)[0], Y)
    assert status(page, PLAYGROUND) == expected_status(final, correct, 400, 10_000, 10_000)
    for i in range(9000, -1, -1000):
        frame_to(page, PLAYGROUND, i)
        assert f"Iteration {i:,} of 10,000: cost {costs[i]:f}," in status(page, PLAYGROUND)
    assert not recorder.foreign and not recorder.console_errors and not recorder.failed


@pytest.mark.parametrize(
    ("data", "units", "activation", "rate", "iteration"),
    [
        ("noisy_moons", 3, "relu", 5.0, 700),  # trained in a batch
        ("flower", 4, "sigmoid", 1.2, 2500),  # chapter 7's run, trained by nn_model
        ("gaussian_quantiles", 50, "elu", 1.2, 150),  # the largest networks
    ],
)
def test_a_value_read_at_iteration_k_is_nn_models_at_k(open_context, data: str, units: int,
                                                      activation: str, rate: float,
                                                      iteration: int) -> None:
    X, Y = data_set(data)
    horizon = spec.settings()[spec.Setting(data, units, activation, rate)]
    _, costs = nn_model(X, Y, n_h=units, num_iterations=horizon, learning_rate=rate,
                        activation=activation, return_costs=True)
    after_k = nn_model(X, Y, n_h=units, num_iterations=iteration, learning_rate=rate,
                       activation=activation)
    correct = int((predict(after_k, X, activation) == Y).sum())
    context, recorder = open_context()
    page = open_page(context, f"{PAGE}?data={data}&units={units}&activation={activation}"
                              f"&rate={rate:g}&iteration={iteration}")
    ready(page, PLAYGROUND)
    assert status(page, PLAYGROUND) == expected_status(costs[iteration], correct, X.shape[1],
                                                       iteration, horizon)
    assert not recorder.foreign and not recorder.console_errors


def test_an_overflowing_run_says_when_its_weights_overflowed(open_context) -> None:
    X, Y = data_set("blobs")
    horizon = spec.HORIZON
    with np.errstate(all="ignore"):
        _, costs = nn_model(X, Y, n_h=5, num_iterations=horizon, learning_rate=10.0,
                            activation="leaky_relu", return_costs=True)
    overflow = next(i for i, cost in enumerate(costs) if not math.isfinite(cost))
    context, recorder = open_context()
    page = open_page(context, f"{PAGE}?data=blobs&units=5&activation=leaky_relu&rate=10"
                              f"&iteration={horizon}")
    ready(page, PLAYGROUND)
    assert status(page, PLAYGROUND) == (
        f"Iteration {horizon:,} of {horizon:,}: the weights overflowed at iteration "
        f"{overflow:,}; there is no cost or decision region left to show.")
    assert not recorder.console_errors


def test_every_control_changes_the_picture_and_the_announced_text(open_context) -> None:
    context, recorder = open_context()
    page = open_page(context)
    changes = {
        PLAYGROUND: [("select", "data", "noisy_moons"), ("select", "units", "2"),
                     ("select", "activation", "relu"), ("select", "rate", "5"),
                     ("range", "frame", "ArrowLeft"), ("play", "", "")],
        LEARNING_RATE: [("range", "rate", "ArrowRight"), ("range", "frame", "ArrowLeft"),
                        ("play", "", "")],
        ACTIVATIONS: [("select", "activation", "tanh"), ("select", "scale", "sqrt2"),
                      ("range", "depth", "ArrowRight")],
        SMALL: [("select", "units", "1"), ("select", "rate", "0.1"),
                ("range", "frame", "ArrowLeft"), ("play", "", "")],
    }
    for selector, steps in changes.items():
        ready(page, selector)
        for kind, name, value in steps:
            before = (picture(page, selector), status(page, selector))
            if kind == "select":
                choose(page, selector, name, value)
            elif kind == "range":
                move(page, selector, name, value)
            else:
                move(page, selector, "frame", "Home")  # play from the first frame
                before = (picture(page, selector), status(page, selector))
                button = page.locator(f"{selector} .mlx-play").first
                button.focus()
                page.keyboard.press("Enter")  # a native button: Enter and Space press it
                assert button.get_attribute("aria-pressed") == "true"
                assert page.locator(f"{selector} .mlx-status").first.get_attribute(
                    "aria-live") == "off"  # silent while it plays
                page.wait_for_timeout(700)
                page.keyboard.press("Enter")
                assert button.get_attribute("aria-pressed") == "false"
            after = (picture(page, selector), status(page, selector))
            assert after[0] != before[0], f"{selector} {kind} {name}: the picture did not change"
            assert after[1] != before[1], f"{selector} {kind} {name}: the text did not change"
            assert page.locator(f"{selector} .mlx-status").first.get_attribute(
                "aria-live") == "polite"
    assert not recorder.foreign and not recorder.console_errors and not recorder.failed


def test_the_address_round_trips_a_configuration(open_context) -> None:
    context, recorder = open_context()
    page = open_page(context)
    ready(page, PLAYGROUND)
    choose(page, PLAYGROUND, "data", "noisy_circles")
    choose(page, PLAYGROUND, "activation", "elu")
    choose(page, PLAYGROUND, "units", "3")
    choose(page, PLAYGROUND, "rate", "0.5")
    frame_to(page, PLAYGROUND, 600)
    query = page.evaluate("location.search")
    assert query == "?data=noisy_circles&units=3&activation=elu&rate=0.5&iteration=600"
    shown = (picture(page, PLAYGROUND), status(page, PLAYGROUND))
    again = open_page(context, PAGE + query)
    ready(again, PLAYGROUND)
    assert (picture(again, PLAYGROUND), status(again, PLAYGROUND)) == shown
    values = again.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '[data-mlx="playground"] select')].map((s) => [s.name, s.value]))""")
    assert values == {"data": "noisy_circles", "units": "3", "activation": "elu", "rate": "0.5"}
    # The small Playground of chapter 9 links to the full one with its settings.
    ready(again, SMALL)
    choose(again, SMALL, "units", "5")
    link = again.locator(f"{SMALL} a.mlx-open").get_attribute("href")
    assert re.fullmatch(r"(\.\./)*playground/\?data=flower&units=5&activation=tanh&rate=1\.2"
                        r"&iteration=\d+", link), link
    assert not recorder.foreign and not recorder.console_errors


def test_rates_not_trained_are_disabled_with_the_reason(open_context) -> None:
    context, recorder = open_context()
    page = open_page(context, PAGE + "?data=blobs&units=4&activation=tanh&rate=5")
    ready(page, PLAYGROUND)
    assert page.locator(f"{PLAYGROUND} .mlx-rates").text_content() == ""
    choose(page, PLAYGROUND, "units", "50")
    rates = page.evaluate("""() => [...document.querySelectorAll(
        '[data-mlx="playground"] select[name=rate] option')].map((o) => [o.value, o.disabled])""")
    assert rates == [["0.01", True], ["0.1", True], ["0.5", True], ["1.2", False],
                     ["5", True], ["10", True]]
    assert page.locator(f"{PLAYGROUND} select[name=rate]").input_value() == "1.2"
    reason = page.locator(f"{PLAYGROUND} .mlx-rates").text_content()
    assert "1.2" in reason and reason in status(page, PLAYGROUND)  # said, and announced
    assert not recorder.console_errors


@pytest.mark.parametrize(
    ("selector", "broken", "answer"),
    [
        (PLAYGROUND, "**/explorers/playground/index.json", {"status": 404, "body": "gone"}),
        (PLAYGROUND, "**/explorers/playground/flower_tanh_4_1.2.png",
         {"status": 200, "body": "not an image", "content_type": "image/png"}),
        (LEARNING_RATE, "**/explorers/learning-rate/runs.json",
         {"status": 200, "body": "{not json", "content_type": "application/json"}),
        (ACTIVATIONS, "**/explorers/activations/activations.json",
         {"status": 200, "body": "{}", "content_type": "application/json"}),
    ],
)
def test_a_missing_or_broken_data_file_shows_a_message_in_place(
        open_context, selector: str, broken: str, answer: dict) -> None:
    context, recorder = open_context()
    page = context.new_page()
    page.route(broken, lambda route: route.fulfill(**answer))
    page.goto(PAGE, wait_until="load")
    browsing.settle(page)
    root = page.locator(selector).first
    root.scroll_into_view_if_needed()
    page.wait_for_function("(root) => root.getAttribute('data-mlx-state') === 'failed'",
                           arg=root.element_handle())
    message = root.locator(".mlx-error")
    assert message.is_visible() and message.get_attribute("role") == "alert"
    text = message.text_content()
    assert "could not load its data" in text and broken.rsplit("/", 1)[1] in text, text
    assert not root.locator(".mlx-views").is_visible()
    assert not root.locator(".mlx-controls").is_visible()
    assert not recorder.foreign
    unexpected = [error for error in recorder.console_errors if "404" not in error]
    assert not unexpected, unexpected


@pytest.mark.parametrize("reduce", [False, True])
def test_play_respects_reduced_motion(open_context, reduce: bool) -> None:
    context, _ = open_context(reduced_motion="reduce" if reduce else "no-preference")
    page = open_page(context)
    ready(page, LEARNING_RATE)
    page.locator(f"{LEARNING_RATE} .mlx-play").click()
    page.wait_for_timeout(1800)
    steps = int(page.locator(LEARNING_RATE).get_attribute("data-mlx-iteration"))
    page.locator(f"{LEARNING_RATE} .mlx-play").click()
    if reduce:
        assert steps <= 2, f"{steps} steps in 1.8 s with reduced motion"
    else:
        assert steps >= 4, f"only {steps} steps in 1.8 s"


def test_chapter_3s_explorer_shows_minimizes_path(open_context) -> None:
    context, recorder = open_context()
    page = open_page(context)
    ready(page, LEARNING_RATE)
    for _ in range(7):  # 0.3 -> 0.95: one rate of the range per press
        move(page, LEARNING_RATE, "rate", "ArrowRight")
    move(page, LEARNING_RATE, "frame", "Home")
    for _ in range(5):
        move(page, LEARNING_RATE, "frame", "ArrowRight")
    result = minimize(lambda x: (x**2, 2 * x), 4.0, learning_rate=0.95, num_iterations=20)
    x, cost = result.path[5], result.costs[5]
    assert status(page, LEARNING_RATE) == (
        f"Learning rate 0.95, step 5 of 20: x = {float(f'{x:.6g}'):g}, "
        f"cost {float(f'{cost:.6g}'):g}. Each step crosses the minimum and lands a little "
        "closer: gradient descent oscillates towards it.")
    assert not recorder.console_errors


def scientific(value: float) -> str:
    exponent = math.floor(math.log10(abs(value)))
    mantissa = float(f"{value / 10**exponent:.2g}")
    digits = str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"{mantissa:g} × 10{digits}"


def test_chapter_7s_explorer_shows_gradient_through_stack(open_context) -> None:
    context, recorder = open_context()
    page = open_page(context)
    ready(page, ACTIVATIONS)
    choose(page, ACTIVATIONS, "activation", "sigmoid")
    for _ in range(5):  # 10 -> 15 layers
        move(page, ACTIVATIONS, "depth", "ArrowRight")
    gradient = gradient_through_stack("sigmoid", 15)
    assert status(page, ACTIVATIONS) == (
        "sigmoid: the derivative is at most 0.25 (at z = 0). Through 15 layers with these "
        f"weights, the mean gradient at the input is {scientific(gradient)}.")
    choose(page, ACTIVATIONS, "scale", "sqrt2")
    choose(page, ACTIVATIONS, "activation", "relu")
    he = gradient_through_stack("relu", 15, scale=math.sqrt(2))
    assert status(page, ACTIVATIONS).endswith(
        f"the mean gradient at the input is {float(f'{he:.3g}'):g}.")
    assert not recorder.console_errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_explorers_on_a_phone_fit_and_pass_axe(browser, base_url: str, scheme: str) -> None:
    context, recorder = browsing.new_context(browser, base_url,
                                             viewport={"width": 390, "height": 844},
                                             color_scheme=scheme)
    try:
        page = open_page(context)
        for selector in EVERY:
            ready(page, selector)
        scroll = page.evaluate(HORIZONTAL_SCROLL)
        assert scroll["scrolled"] == 0 and scroll["scrollWidth"] <= scroll["width"], scroll
        page.evaluate("window.scrollTo(0, 0)")
        violations = [
            f"{v['id']} ({v['impact']}): {node['target']} {node['html'][:120]}"
            for v in Axe().run(page, context=".md-content").response["violations"]
            for node in v["nodes"] if v["impact"] in {"serious", "critical"}
        ]
        assert not violations, "\n".join(violations)
        assert not recorder.foreign and not recorder.console_errors and not recorder.failed
    finally:
        context.close()


def test_only_pages_with_an_explorer_load_its_script(site: Path, pages: list[str]) -> None:
    with_script = [path for path in pages
                   if "javascripts/explorers.js" in (site / path / "index.html").read_text()]
    with_marker = [path for path in pages
                   if 'data-mlx="' in (site / path / "index.html").read_text()]
    assert PAGE in with_script and sorted(with_script) == sorted(with_marker)
    assert not re.search(r"explorer::", (site / PAGE / "index.html").read_text())
