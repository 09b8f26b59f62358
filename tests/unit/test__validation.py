"""The package's contract as a whole: checks run once, docstrings and snippet sections exist."""

from __future__ import annotations

import importlib
import inspect
import re
import threading
from pathlib import Path

import numpy as np
import pytest

import mlbook._validation as validation
from mlbook.datasets import load_planar_dataset
from mlbook.shallow import forward_propagation, initialize_parameters, nn_model

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["activations", "losses", "logistic", "gradient_descent", "gradcheck", "shallow",
           "vectorization", "datasets", "metrics", "plots"]


def public_functions():
    for name in MODULES:
        module = importlib.import_module(f"mlbook.{name}")
        for attribute, value in vars(module).items():
            if (inspect.isfunction(value) and not attribute.startswith("_")
                    and value.__module__ == module.__name__):
                yield name, attribute, value


PUBLIC = list(public_functions())


def test_every_module_has_public_functions() -> None:
    assert {module for module, _, _ in PUBLIC} == set(MODULES)


@pytest.mark.parametrize(("module", "name", "function"), PUBLIC,
                         ids=[f"{m}.{n}" for m, n, _ in PUBLIC])
def test_numpydoc_sections_type_hints_and_snippet(module: str, name: str, function) -> None:
    doc = inspect.getdoc(function) or ""
    for section in ("Parameters", "Returns", "Raises", "Examples"):
        if section == "Parameters" and not inspect.signature(function).parameters:
            continue
        assert re.search(rf"^{section}\n-+$", doc, re.MULTILINE), f"{name}: no {section}"
    assert ">>> " in doc
    assert "return" in inspect.get_annotations(inspect.unwrap(function))
    source = (ROOT / "mlbook" / f"{module}.py").read_text()
    assert f"# --8<-- [start:{name}]" in source and f"# --8<-- [end:{name}]" in source


def test_public_functions_check_their_arguments() -> None:
    unchecked = [f"{m}.{n}" for m, n, f in PUBLIC if not hasattr(f, "__wrapped__")]
    assert unchecked == []


def test_nn_model_checks_its_inputs_once_not_per_iteration(monkeypatch) -> None:
    X, Y = load_planar_dataset()
    calls = []
    original = validation.as_finite_array

    def counting(value, name, arguments=None):
        calls.append(name)
        return original(value, name, arguments)

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
