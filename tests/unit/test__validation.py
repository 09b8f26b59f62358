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
from mlbook.datasets import load_planar_dataset
from mlbook.shallow import forward_propagation, initialize_parameters, nn_model

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
