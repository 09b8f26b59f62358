"""The package's contract as a whole: every argument is checked, once, by checks that say
what they depend on; docstrings have numpydoc sections and a summary a listing can show."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import threading
from pathlib import Path

import numpy as np
import pytest

import mlbook
import mlbook._validation as validation
from mlbook._validation import (
    checked,
    function,
    labels,
    one_of,
    optional,
    positive_int,
    same_shape_as,
    samples,
    scalar,
)
from mlbook.activations import sigmoid
from mlbook.datasets import load_planar_dataset
from mlbook.metrics import accuracy
from mlbook.shallow import forward_propagation, initialize_parameters, nn_model
from mlbook.vectorization import dot_loop

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(module.name for module in pkgutil.iter_modules(mlbook.__path__)
                 if not module.name.startswith("_"))


def public_functions():
    for name in MODULES:
        module = importlib.import_module(f"mlbook.{name}")
        for attribute, value in vars(module).items():
            if (inspect.isfunction(value) and not attribute.startswith("_")
                    and value.__module__ == module.__name__):
                yield name, attribute, value


PUBLIC = list(public_functions())
IDS = [f"{module}.{name}" for module, name, _ in PUBLIC]


def test_every_module_has_public_functions() -> None:
    assert len(MODULES) >= 10
    assert {module for module, _, _ in PUBLIC} == set(MODULES)


@pytest.mark.parametrize(("module", "name", "function"), PUBLIC, ids=IDS)
def test_numpydoc_sections_type_hints_and_a_short_summary(module: str, name: str,
                                                          function) -> None:
    doc = inspect.getdoc(function) or ""
    for section in ("Parameters", "Returns", "Raises", "Examples"):
        if section == "Parameters" and not inspect.signature(function).parameters:
            continue
        assert re.search(rf"^{section}\n-+$", doc, re.MULTILINE), f"{name}: no {section}"
    assert ">>> " in doc
    assert "return" in inspect.get_annotations(inspect.unwrap(function))
    summary = doc.split("\n\n", 1)[0]  # what a listing of the function shows
    assert summary.count("\n") < 2, f"{name}: a summary of more than two lines"


@pytest.mark.parametrize(("module", "name", "function"), PUBLIC, ids=IDS)
def test_every_argument_of_every_public_function_has_a_check(module: str, name: str,
                                                             function) -> None:
    assert set(getattr(function, "checks", {})) == set(inspect.signature(function).parameters)


def test_validation_imports_nothing_from_mlbook() -> None:
    tree = ast.parse((ROOT / "mlbook" / "_validation.py").read_text())
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names]
    imported += [node.module or "." for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)]
    assert not [name for name in imported if name.split(".")[0] in ("mlbook", ".", "")]
    assert all(node.level == 0 for node in ast.walk(tree) if isinstance(node, ast.ImportFrom))


def test_a_check_compares_with_converted_arguments() -> None:
    @checked(X=samples, Y=labels(matching="X"))
    def count(X, Y) -> int:
        return Y.shape[0]

    assert count.checks["X"] is samples
    assert count([[1.0, 2.0], [3.0, 4.0]], [[0, 1], [1, 1], [True, False]]) == 3
    with pytest.raises(ValueError, match=r"Y must have shape \(n_y, 2\) to match X's 2 samples"):
        count([[1.0, 2.0]], [[0, 1, 1]])


@pytest.mark.parametrize(
    ("checks", "words"),
    [
        ({"Y": labels(matching="X"), "X": samples},
         r"@checked of f\(\): the check of Y compares it with X, but X is checked after Y "
         r"\(put X= before Y=\)"),
        ({"Y": labels(matching="X")},
         r"the check of Y compares it with X, but X has no check \(add X= before Y=\)"),
        ({"a": optional(same_shape_as("z")), "X": samples},
         r"the check of a compares it with z, but f\(\) has no argument 'z'"),
        ({"W": samples}, r"@checked of f\(\): it has no argument 'W'"),
        ({"X": samples, "Y": validation.needs("X", "a")(lambda value, name, X, a: value),
          "a": samples},
         r"the check of Y compares it with a, but a is checked after Y \(put a= before Y=\)"),
    ],
)
def test_checks_in_the_wrong_order_fail_when_the_function_is_defined(checks, words) -> None:
    with pytest.raises(TypeError, match=words):
        @checked(**checks)
        def f(X, Y=None, a=None):
            return X


def test_one_of_returns_the_option_and_names_the_choices() -> None:
    check = one_of(("tanh", "relu"))
    assert check(np.str_("relu"), "activation") == "relu"
    for bad in ("Tanh", 1, np.array(["tanh", "relu"]), None):
        with pytest.raises(ValueError, match="activation must be one of tanh, relu; got"):
            check(bad, "activation")


def test_a_function_argument_runs_with_checks_on_and_its_result_is_checked() -> None:
    @checked(cost_fn=function(returning=scalar), n=positive_int)
    def call(cost_fn, n):
        return [cost_fn(i) for i in range(n)]

    assert call(lambda i: [i * 2.0], 3) == [0.0, 2.0, 4.0]
    parameters = initialize_parameters(2, 4, 1)
    # Inside call's body checks are off, but the caller's function gets them back:
    with pytest.raises(ValueError, match="X must contain only finite"):
        call(lambda i: forward_propagation(np.full((2, 1), np.nan), parameters)[0], 1)
    with pytest.raises(ValueError, match="the value returned by cost_fn must be a single"):
        call(lambda i: np.ones(2), 1)
    with pytest.raises(TypeError, match="cost_fn must be callable, got str"):
        call("cost", 1)
    guarded = call.checks["cost_fn"](len, "cost_fn")
    assert guarded.__wrapped__ is len and guarded("ab") == 2.0


def test_nn_model_checks_its_inputs_once_not_per_iteration(monkeypatch) -> None:
    X, Y = load_planar_dataset()
    calls = []
    original = validation.as_finite_array

    def counting(value, name):
        calls.append(name)
        return original(value, name)

    monkeypatch.setattr(validation, "as_finite_array", counting)
    nn_model(X, Y, 4, num_iterations=1)
    once = len(calls)
    calls.clear()
    nn_model(X, Y, 4, num_iterations=50)
    assert len(calls) == once and once >= 2  # X and Y, whatever the number of iterations


def test_checks_are_back_on_after_a_call_and_after_an_error() -> None:
    X, Y = load_planar_dataset()
    with pytest.raises(ValueError):
        nn_model(X, Y, 4, learning_rate=-1)
    assert validation._state.depth == 0
    with pytest.raises(ValueError, match="X must contain only finite"):
        forward_propagation(X * np.nan, initialize_parameters(2, 4, 1))

    @checked(cost_fn=function())
    def failing(cost_fn):
        return cost_fn()

    with pytest.raises(ZeroDivisionError):
        failing(lambda: 1 / 0)
    assert validation._state.depth == 0


def test_checks_are_per_thread() -> None:
    errors = []

    def other_thread() -> None:
        try:
            forward_propagation(np.full((2, 3), np.nan), initialize_parameters(2, 4, 1))
        except ValueError as error:
            errors.append(error)

    validation._state.depth += 1  # as if this thread were inside a checked call
    try:
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    finally:
        validation._state.depth -= 1
    assert len(errors) == 1


def test_tuple_of_checks_every_item_and_returns_a_hashable_tuple() -> None:
    from mlbook._validation import positive_number, tuple_of

    check = tuple_of(positive_number)
    assert check([1, 2.5], "rates") == (1.0, 2.5) and hash(check(range(1, 3), "rates"))
    for value, error, words in (([1, -2], ValueError, r"rates\[1\] must be positive"),
                                ([], ValueError, "rates must hold at least one value"),
                                ("12", TypeError, "rates must be a sequence"),
                                (3, TypeError, "rates must be a sequence"),
                                ({"a": 1}, TypeError, "rates must be a sequence")):
        with pytest.raises(error, match=words):
            check(value, "rates")


# The checks' edges, through the public functions that use them.

X3 = np.arange(6.0).reshape(2, 3)


def test_a_seed_is_any_integer_numpy_accepts() -> None:
    for seed in (0, 2**32 - 1):
        initialize_parameters(2, 4, 1, seed=seed)
    for seed in (2**32, 2**40):
        message = rf"seed must be between 0 and 2\*\*32 - 1, got {seed}$"
        with pytest.raises(ValueError, match=message):
            initialize_parameters(2, 4, 1, seed=seed)


@pytest.mark.parametrize(("length", "shown"), [(57, "'" + "x" * 57 + "'"),
                                                (58, "'" + "x" * 56 + "..."),
                                                (70, "'" + "x" * 56 + "...")])
def test_a_long_value_is_cut_in_the_message(length: int, shown: str) -> None:
    # repr of 57 x's is 59 characters, shown whole; from 60 on, 57 are shown, then "...".
    with pytest.raises(TypeError) as error:
        nn_model(X3, np.array([[0, 1, 1]]), n_h="x" * length)
    assert str(error.value) == f"n_h must be an integer, got str {shown}"


def test_messages_say_what_came() -> None:
    with pytest.raises(ValueError, match=r"X must contain only finite numbers, got 3 NaN or inf"):
        forward_propagation(np.array([[1.0, np.nan, 2.0], [np.inf, 0.0, -np.inf]]),
                            initialize_parameters(2, 4, 1))
    with pytest.raises(TypeError, match=r"z must be numeric \(an array of numbers\), got str 'ab'"):
        sigmoid("ab")
    with pytest.raises(TypeError, match=r"z must be numeric \(an array of numbers\), got NoneType"):
        sigmoid(None)
    with pytest.raises(TypeError, match=r"z must be numeric \(an array of numbers\): "):
        sigmoid([[1.0, 2.0], [3.0]])  # ragged: numpy refuses to make an array of it

    class Unconvertible:
        def __array__(self, dtype=None, copy=None):
            raise TypeError("not an array")

    with pytest.raises(TypeError, match=r"z must be numeric \(an array of numbers\): not an"):
        sigmoid(Unconvertible())
    with pytest.raises(TypeError, match=r"^nn_model\(\): missing a required argument: 'Y'$"):
        nn_model(X3)
    with pytest.raises(ValueError, match=r"only the labels 0 and 1, got \[2\. 3\. 4\. 5\. 6\.\]$"):
        accuracy(np.array([[7, 6, 5, 4, 3, 2, 0]]), np.zeros((1, 7)))


def test_samples_must_be_a_2d_array_and_a_hint_comes_for_1d() -> None:
    parameters = initialize_parameters(2, 4, 1)
    with pytest.raises(ValueError, match=r"got 1-D shape \(3,\); use X\.reshape\(1, -1\) for one"):
        forward_propagation(np.zeros(3), parameters)
    for X in (np.zeros((2, 3, 1)), np.float64(1.0)):
        with pytest.raises(ValueError, match=r"X must be 2-D") as error:
            forward_propagation(X, parameters)
        assert "reshape" not in str(error.value)


def test_labels_need_at_least_one_row_and_one_column() -> None:
    X = np.zeros((2, 3))
    for Y in (np.zeros((0, 3)), np.zeros((1, 0))):
        with pytest.raises(ValueError, match=r"Y must have shape \(n_y, 3\) to match X's 3 "
                                             r"samples, got \(\d, \d\)$"):
            nn_model(X, Y, 4)
    with pytest.raises(ValueError, match=r"got \(3,\); use Y\.reshape\(1, -1\) for one row$"):
        nn_model(X, np.zeros(3), 4)
    with pytest.raises(ValueError, match=r"Y must have shape \(n_y, 3\) .*, got \(\)$"):
        nn_model(X, np.float64(1.0), 4)


def test_labels_must_be_one_row_of_at_least_one_column() -> None:
    assert accuracy(np.array([[1]]), np.array([[1]])) == 1.0
    for Y_pred in (np.zeros((1, 0)), np.zeros((1, 1, 1))):
        with pytest.raises(ValueError, match=r"Y_pred must have shape \(1, m\) with m >= 1, got "
                                             r"\([\d, ]*\)$"):
            accuracy(Y_pred, np.array([[1]]))
    with pytest.raises(ValueError, match=r"got \(2,\); use Y_pred\.reshape\(1, -1\) for one row$"):
        accuracy(np.array([1, 0]), np.array([[1, 0]]))
    with pytest.raises(ValueError, match=r"got \(2, 1\): a single row of labels \(one output\)"):
        accuracy(np.array([[1], [0]]), np.array([[1]]))


def test_vectors_must_not_be_empty() -> None:
    with pytest.raises(ValueError, match=r"a must be a non-empty 1-D array, got shape \(0,\)"):
        dot_loop(np.zeros(0), np.zeros(0))
    with pytest.raises(ValueError, match=r"a must be a non-empty 1-D array, got shape \(\)"):
        dot_loop(1.0, 1.0)


def test_one_number_one_row_and_the_same_shape_mean_exactly_that() -> None:
    from mlbook.activations import tanh_derivative
    from mlbook.logistic import propagate
    from mlbook.losses import mean_squared_error
    from mlbook.shallow import update_parameters

    with pytest.raises(ValueError, match=r"b must be a single number, got an array of shape \(0"):
        propagate(np.zeros((2, 1)), [], X3, np.array([[0, 1, 1]]))
    with pytest.raises(ValueError, match=r"A must have shape \(1, m\), got \(2, 2\)"):
        mean_squared_error(np.zeros((2, 2)), np.zeros((2, 2)))
    with pytest.raises(ValueError, match=r"Y must have the shape of A, \(1, 2\), got \(1, 1\)"):
        mean_squared_error([[0.5, 0.5]], [[1.0]])
    with pytest.raises(ValueError, match=r"a must have the shape of z, \(2,\), got \(1,\)"):
        tanh_derivative(np.zeros(2), a=np.zeros(1))
    parameters = initialize_parameters(2, 4, 1)
    grads = {"d" + name: np.zeros_like(value) for name, value in parameters.items()}
    with pytest.raises(ValueError, match=r"grads\['dW1'\] must have the shape of parameters"):
        update_parameters(parameters, {**grads, "dW1": np.zeros((4, 1))})


def test_a_cache_must_fit_the_parameters_and_X() -> None:
    from mlbook.shallow import backward_propagation

    cache = {"Z1": np.zeros((5, 3)), "A1": np.zeros((4, 3)), "A2": np.full((1, 3), 0.5)}
    with pytest.raises(ValueError, match=r"cache\['Z1'\] must have shape \(4, 3\)"):
        backward_propagation(initialize_parameters(2, 4, 1), cache, X3, np.array([[0, 1, 1]]))


def test_network_parameters_must_fit_together() -> None:
    good = initialize_parameters(2, 4, 1)
    cases = [
        ({"W1": np.zeros((0, 2))}, r"parameters\['W1'\] must have shape \(n_h, n_x\), got \(0,"),
        ({"W1": np.zeros(2)}, r"parameters\['W1'\] must have shape \(n_h, n_x\), got \(2,\)"),
        ({"W1": np.zeros((4, 2, 1))}, r"parameters\['W1'\] must have shape \(n_h, n_x\), got \(4,"),
        ({"W2": np.zeros(4)}, r"parameters\['W2'\] must have shape \(n_y, n_h\), got \(4,\)"),
        ({"b1": np.zeros((5, 1))}, r"parameters\['b1'\] must have shape \(4, 1\) to match W1"),
        ({"b2": np.zeros((2, 1))}, r"parameters\['b2'\] must have shape \(1, 1\) to match W1 "
                                   r"\(4, 2\) and W2 \(1, 4\), got \(2, 1\)"),
    ]
    for change, message in cases:
        with pytest.raises(ValueError, match=message):
            forward_propagation(X3, {**good, **change})
    # Many features (more than Python caches as small ints) are compared by value.
    wide = initialize_parameters(300, 4, 1)
    assert forward_propagation(np.ones((300, 2)), wide)[0].shape == (1, 2)


def test_a_margin_may_be_zero_but_not_negative() -> None:
    from mlbook.plots import plot_gradient_descent_path

    plot_gradient_descent_path(lambda x: x**2, [1.0, 0.5], margin=0.0)
    with pytest.raises(ValueError, match="margin must be >= 0, got -0.1"):
        plot_gradient_descent_path(lambda x: x**2, [1.0, 0.5], margin=-0.1)
