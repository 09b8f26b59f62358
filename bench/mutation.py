"""Mutation score of the fast suite: how many small bugs seeded into mlbook/ do the tests catch?

    .venv/bin/python -m pip install -c constraints.lock -e ".[test,bench]"   # once
    .venv/bin/python bench/mutation.py                      # every module of mlbook/
    .venv/bin/python bench/mutation.py shallow activations  # some modules, by name
    .venv/bin/python bench/mutation.py --verbose metrics    # print every mutant's outcome

Cosmic Ray (PyPI ``cosmic-ray``) makes the mutants: every arithmetic and comparison operator
replaced by each other one, numbers shifted by +-1, ``not`` added to conditions, ``True`` and
``False`` swapped, ``break``/``continue`` swapped, loops made to run zero times, decorators
removed. Each mutant is written into a scratch copy of the checkout (the working tree is
never touched) and the fast suite runs against it: ``tests/unit`` and the doctests of
``mlbook/``, as ``pytest -x``. A mutant is *killed* when a test fails (or the run exceeds the
time limit) and *survives* when the suite passes.

Only the tests that can see a mutant run. A first run of the unmutated suite records, for
every function of mlbook, the tests (and doctests) that call it, counting a call made by a
module-scoped fixture for every test that uses the fixture and a call made by a test
file's module-level code for the whole file. A mutant inside a function runs the tests
that call it, the mutated module's own first. A mutant outside any function body (a
decorator, a default value, a constant) or in a function that runs while mlbook is
imported runs every file. A mutant in a function that no test calls survives without a
run.

Equivalent mutants, which no test could tell from the original, are not run and not counted:
kill rate = killed / (mutants - equivalent). Those inside type annotations are recognised
by rule (with ``from __future__ import annotations`` no annotation is ever evaluated); the
others are listed in ``bench/mutation_equivalent.toml``, each with the line before and
after and a one-line reason, and reported with it. An entry that matches no mutant any more
is reported as stale.

Cosmic Ray's own ``exec`` starts a new interpreter per mutant and runs the whole suite
(three seconds of imports, then five of tests, here). This script keeps Cosmic Ray's
mutants and session database (left in ``bench/results/mutation/`` for ``cr-report``), but
runs the tests in a ``fork`` of one process that has numpy, scikit-learn, matplotlib,
Hypothesis and pytest already imported; mlbook itself is imported afresh, mutated, in every
child. One mutant at a time (one worker). Hypothesis runs derandomized, without its example
database and without shrinking, so two runs on the same code give the same result.
A full run over mlbook/ (about 3,300 mutants, 2,700 of them run) takes about two hours on
the project's 2-core machine when it is shared: plots.py alone, whose 1,100 mutants each
render figures, an hour or more; every other module 1 to 12 minutes (_validation.py, whose
checks every test calls, is the slowest). So measure module by module, and combine the
runs with ``--report``; the time of a run is printed at its end.

This is a benchmark to read, not a test: it never fails. Target: at least 95 % of the
non-equivalent mutants killed.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import gc
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import tomllib
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Before numpy is imported: one BLAS thread (one worker), figures off-screen, no bytecode
# (a stale .pyc of a same-size mutant written in the same second would be loaded instead).
os.environ.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
                  MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1")
sys.dont_write_bytecode = True

# The imports every test run needs, done once here and shared by every forked child.
# mlbook and the test modules are NOT imported here: each child imports them from the copy.
import cosmic_ray.commands  # noqa: E402
import cosmic_ray.modules  # noqa: E402
import cosmic_ray.plugins  # noqa: E402
import hypothesis  # noqa: E402
import hypothesis.extra.numpy  # noqa: E402, F401
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot  # noqa: E402, F401
import numpy  # noqa: E402, F401
import pytest  # noqa: E402
import sklearn.datasets  # noqa: E402, F401
import sklearn.linear_model  # noqa: E402, F401
import sklearn.metrics  # noqa: E402, F401
import sklearn.neural_network  # noqa: E402, F401
import threadpoolctl  # noqa: E402, F401
from cosmic_ray.mutating import use_mutation  # noqa: E402
from cosmic_ray.work_db import WorkDB, use_db  # noqa: E402
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT_FILE = ROOT / "bench" / "mutation_equivalent.toml"
RESULTS = ROOT / "bench" / "results" / "mutation"
# What the fast suite needs, copied into the scratch tree that gets mutated.
COPIED = ["mlbook", "tests/__init__.py", "tests/conftest.py", "tests/unit",
          "tools/article_reference.py", "pyproject.toml"]
PYTEST_ARGS = ["-x", "-q", "--no-header", "-p", "no:cacheprovider"]

# The same examples on every run, none replayed from an earlier mutant's failure, and no
# time spent shrinking a failing example: that a test fails is all a mutation run needs.
hypothesis.settings.register_profile(
    "mutation", database=None, derandomize=True, report_multiple_bugs=False,
    phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate])
hypothesis.settings.load_profile("mutation")


@dataclass
class Equivalent:
    """One reviewed entry of mutation_equivalent.toml."""

    module: str
    before: str
    after: str
    reason: str
    used: int = 0


@dataclass
class Tally:
    killed: int = 0
    timeouts: int = 0
    survived: list[str] = field(default_factory=list)
    equivalent: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    no_mutation: int = 0
    annotations: int = 0


def load_equivalents() -> list[Equivalent]:
    entries = tomllib.loads(EQUIVALENT_FILE.read_text()).get("equivalent", [])
    return [Equivalent(**entry) for entry in entries]


ANNOTATION_REASON = ("in a type annotation of a module with `from __future__ import "
                     "annotations`: annotations are strings, never evaluated")


def annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, end) positions of every annotation, if the module never evaluates them."""
    tree = ast.parse(source)
    future = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
                 and any(alias.name == "annotations" for alias in node.names)
                 for node in tree.body)
    if not future:
        return []
    annotations = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
            annotations.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
            annotations.append(node.returns)
    return [((a.lineno, a.col_offset), (a.end_lineno, a.end_col_offset)) for a in annotations]


def changed_line(original: str, mutated: str) -> tuple[int, str, str]:
    """(first line number, lines before, lines after) of the mutation, stripped.

    A line that occurs more than once in the module (a bare ``break``) comes with the line
    of code above it, so that it names one place.
    """
    old, new = original.splitlines(), mutated.splitlines()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    tag, i1, i2, j1, j2 = next(op for op in matcher.get_opcodes() if op[0] != "equal")
    first = next((i for i in range(i1, i2) if _code([old[i]])), i1)
    before, after = _code(old[i1:i2]), _code(new[j1:j2]) or "(removed)"
    if i2 - i1 == 1 and [line.strip() for line in old].count(old[i1].strip()) > 1:
        above = next(_code([line]) for line in reversed(old[:i1]) if _code([line]))
        before, after = f"{above} / {before}", f"{above} / {after}"
    return first + 1, before, after


def _code(lines: list[str]) -> str:
    """The lines of code among ``lines``, stripped, joined with " / " (a removed decorator
    takes the blank lines and comments before it along)."""
    return " / ".join(line.strip() for line in lines
                      if line.strip() and not line.strip().startswith("#"))


FAST_SUITE = ["tests/unit", "mlbook"]


def run_pytest(tree: Path, args: list[str], timeout: float,
               in_child: Callable[[], object] | None = None) -> tuple[str, str]:
    """Run pytest on ``args`` in a fork; return (outcome, last lines of its output).

    outcome is "passed", "failed" (exit 1 or 2: a test failed or collection broke),
    "timeout", or "error" (another exit code, or a signal). ``in_child()`` returns a
    pytest plugin; it runs in the child, before pytest.
    """
    output = tempfile.TemporaryFile()
    gc.freeze()  # the warm imports: pytest's gc.collect() in each child then skips them
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: its own copy of the warm interpreter
        code = 3
        try:
            os.chdir(tree)
            os.dup2(output.fileno(), 1)
            os.dup2(output.fileno(), 2)
            sys.path.insert(0, str(tree))
            plugins = [in_child()] if in_child else []
            code = pytest.main([*PYTEST_ARGS, *args], plugins=plugins)
            if in_child:
                plugins[0].save()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(int(code))
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout", ""
        time.sleep(0.01)
    output.seek(0)
    text = output.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    outcome = {0: "passed", 1: "failed", 2: "failed"}.get(code, "error")
    return outcome, "\n".join(text.splitlines()[-15:]) + f"\n(exit {code})"


SECONDS: dict[str, float] = {}  # test file or doctest module -> its run time, unmutated
IMPORT = "(import)"  # what calls a function while pytest collects: importing mlbook


class CallRecorder:
    """A pytest plugin that records which tests call each function of mlbook.

    A call counts for the test being run, its fixtures included; a call made while a
    module- or session-scoped fixture is set up counts for every test that uses the fixture
    (they all see its result); a call made while a test file is collected (its module-level
    code) counts for the whole file; a call made while an mlbook module is being imported
    (a decorator being applied) counts as ``IMPORT``. Functions are keyed
    ``"module.py:first line"`` (the first decorator's line, as in ``co_firstlineno``). The
    record, with each file's run time, goes to ``path`` as JSON.
    """

    def __init__(self, tree: Path, path: Path) -> None:
        self.prefix = str(tree / "mlbook") + os.sep
        self.path = path
        self.current = self.current_test = IMPORT
        self.tests: dict[str, set[str]] = {}
        self.seconds: dict[str, float] = {}
        self.fixture: str | None = None  # the shared fixture being set up
        self.fixture_calls: dict[str, set[str]] = {}  # fixture -> functions it calls
        self.fixture_users: dict[str, set[str]] = {}  # fixture -> tests that use it
        sys.setprofile(self.profile)
        threading.setprofile(self.profile)

    def profile(self, frame: types.FrameType, event: str, arg: object) -> None:
        if event != "call" or not frame.f_code.co_filename.startswith(self.prefix):
            return
        code = frame.f_code
        key = f"{code.co_filename.removeprefix(self.prefix)}:{code.co_firstlineno}"
        caller = frame.f_back
        while caller is not None:
            if (caller.f_code.co_name == "<module>"
                    and caller.f_code.co_filename.startswith(self.prefix)):
                self.tests.setdefault(key, set()).add(IMPORT)
                return
            caller = caller.f_back
        self.tests.setdefault(key, set()).add(self.current_test)
        if self.fixture is not None:
            self.fixture_calls.setdefault(self.fixture, set()).add(key)

    @pytest.hookimpl(wrapper=True)
    def pytest_fixture_setup(self, fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest):
        shared = fixturedef.scope != "function"
        if shared:
            self.fixture = f"{fixturedef.baseid}::{fixturedef.argname}"
        try:
            return (yield)
        finally:
            if shared:
                self.fixture = None

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(self, collector: pytest.Collector):
        if isinstance(collector, pytest.File):
            self.current = self.current_test = collector.nodeid
        try:
            return (yield)
        finally:
            self.current = self.current_test = IMPORT

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None):
        self.current, self.current_test = item.nodeid.split("::")[0], item.nodeid
        for definitions in item._fixtureinfo.name2fixturedefs.values():
            fixturedef = definitions[-1]
            if fixturedef.scope != "function":
                name = f"{fixturedef.baseid}::{fixturedef.argname}"
                self.fixture_users.setdefault(name, set()).add(item.nodeid)
        start = time.perf_counter()
        try:
            return (yield)
        finally:
            self.seconds[self.current] = (self.seconds.get(self.current, 0.0)
                                          + time.perf_counter() - start)
            self.current = self.current_test = IMPORT

    def save(self) -> None:
        sys.setprofile(None)
        threading.setprofile(None)
        for fixture, keys in self.fixture_calls.items():
            for key in keys:
                self.tests[key] |= self.fixture_users.get(fixture, set())
        self.path.write_text(json.dumps({
            "tests": {key: sorted(tests) for key, tests in self.tests.items()},
            "seconds": self.seconds}))


def enclosing_functions(source: str) -> list[tuple[int, int, int]]:
    """(first body line, last line, first line) of every function, sorted by where its body
    starts, so that of nested functions containing a line the innermost comes last."""
    functions = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            functions.append((node.body[0].lineno, node.end_lineno, first))
    return sorted(functions)


def tests_for(module: str, line: int, functions: list[tuple[int, int, int]],
              recorded: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """What to run against a mutant on ``line``: successive pytest runs, each stopping at
    its first failure; the mutant survives if all pass.

    A mutant inside a function runs the tests that call the function (see CallRecorder),
    the mutated module's own first. A mutant outside any function body (a decorator, a
    default value, module-level code) or in a function that runs while mlbook is imported
    runs every file, one by one: the module's own tests and doctests, the other doctest
    modules, then the other test files, quickest first. Nothing runs if no test calls the
    function.
    """
    inside = [first for start, end, first in functions if start <= line <= end]
    key = f"{module}.py:{inside[-1]}" if inside else None
    tests = recorded["tests"].get(key, []) if key else [IMPORT]
    own = [f"tests/unit/test_{module}.py", f"mlbook/{module}.py"]
    if IMPORT not in tests:
        first = [test for test in tests if test.split("::")[0] in own]
        return [first + [test for test in tests if test not in first]] if tests else []
    files = [name for name in own if name in SECONDS]
    others = sorted(set(SECONDS) - set(files), key=lambda name: SECONDS[name])
    doctests = [name for name in others if name.startswith("mlbook/")]
    runs = [files, doctests] + [[name] for name in others if name not in doctests]
    return [run for run in runs if run]


def mutate_module(tree: Path, module: str, recorded: dict[str, dict[str, list[str]]],
                  equivalents: list[Equivalent], timeout: float, verbose: bool) -> None:
    """Make, run and record (in ``bench/results/mutation/<module>.sqlite``) every mutant."""
    source = tree / "mlbook" / f"{module}.py"
    annotations = annotation_spans(source.read_text())
    functions = enclosing_functions(source.read_text())
    RESULTS.mkdir(parents=True, exist_ok=True)
    session = RESULTS / f"{module}.sqlite"
    session.unlink(missing_ok=True)
    with use_db(str(session), WorkDB.Mode.create) as work_db:
        cosmic_ray.commands.init([source], work_db, {})
        items = list(work_db.pending_work_items)
        print(f"{module}: {len(items)} mutants", flush=True)
        start = time.perf_counter()
        for count, item in enumerate(items, start=1):
            (mutation,) = item.mutations
            if any(low <= tuple(mutation.start_pos) < high for low, high in annotations):
                work_db.set_result(item.job_id, WorkResult(
                    WorkerOutcome.SKIPPED, output=f"equivalent: {ANNOTATION_REASON}"))
                continue
            operator = cosmic_ray.plugins.get_operator(mutation.operator_name)()
            with use_mutation(source, operator, mutation.occurrence) as (original, mutated):
                if mutated is None:
                    work_db.set_result(item.job_id, WorkResult(WorkerOutcome.NO_TEST))
                    continue
                _, before, after = changed_line(original, mutated)
                match = find_equivalent(equivalents, module, before, after)
                if match is not None:
                    work_db.set_result(item.job_id, WorkResult(
                        WorkerOutcome.SKIPPED, output=f"equivalent: {match.reason}",
                        diff=f"{before}\n{after}"))
                    continue
                runs = tests_for(module, mutation.start_pos[0], functions, recorded)
                outcome, output = "passed", NOT_CALLED
                for files in runs:
                    outcome, output = run_pytest(tree, files, timeout)
                    if outcome != "passed":
                        break
            test_outcome = {"passed": TestOutcome.SURVIVED, "error": TestOutcome.INCOMPETENT
                            }.get(outcome, TestOutcome.KILLED)
            work_db.set_result(item.job_id, WorkResult(
                WorkerOutcome.NORMAL, output=output if outcome != "timeout" else TIMEOUT,
                test_outcome=test_outcome, diff=f"{before}\n{after}"))
            if verbose or outcome == "passed":
                print(f"  [{count}/{len(items)}] {outcome:8} "
                      f"{describe(module, mutation, before, after)}", flush=True)
        elapsed = time.perf_counter() - start
        print(f"{module}: done in {elapsed / 60:.1f} min", flush=True)


NOT_CALLED = "no test calls this function"
TIMEOUT = "the time limit"


def find_equivalent(equivalents: list[Equivalent], module: str, before: str,
                    after: str) -> Equivalent | None:
    return next((entry for entry in equivalents if entry.module == f"{module}.py"
                 and entry.before == before and entry.after == after), None)


def describe(module: str, mutation: object, before: str, after: str) -> str:
    """``module.py:line (function, operator): line before  ->  line after``."""
    return (f"{module}.py:{mutation.start_pos[0]} ({mutation.definition_name or 'module'}, "
            f"{mutation.operator_name.removeprefix('core/')}): {before}  ->  {after}")


def tally_sessions(modules: list[str], equivalents: list[Equivalent]) -> Tally:
    """Count the results recorded for ``modules``; an entry of the equivalent list added
    since a mutant survived counts it as equivalent."""
    tally = Tally()
    for module in modules:
        session = RESULTS / f"{module}.sqlite"
        if not session.exists():
            sys.exit(f"No results for {module}: run bench/mutation.py {module} first")
        with use_db(str(session), WorkDB.Mode.open) as work_db:
            for item, result in work_db.completed_work_items:
                (mutation,) = item.mutations
                before, _, after = (result.diff or "\n").partition("\n")
                where = describe(module, mutation, before, after)
                if result.worker_outcome == WorkerOutcome.NO_TEST:
                    tally.no_mutation += 1
                elif result.worker_outcome == WorkerOutcome.SKIPPED:
                    if result.output.endswith(ANNOTATION_REASON):
                        tally.annotations += 1
                        continue
                    match = find_equivalent(equivalents, module, before, after)
                    reason = match.reason if match else result.output.removeprefix("equivalent: ")
                    if match:
                        match.used += 1
                    tally.equivalent.append(f"{where}\n      equivalent: {reason}")
                elif result.test_outcome == TestOutcome.SURVIVED:
                    match = find_equivalent(equivalents, module, before, after)
                    if match:
                        match.used += 1
                        tally.equivalent.append(f"{where}\n      equivalent: {match.reason}")
                    else:
                        tally.survived.append(where + ("  [no test calls this function]"
                                                       if result.output == NOT_CALLED else ""))
                elif result.test_outcome == TestOutcome.INCOMPETENT:
                    tally.errors.append(f"{where}\n{result.output}")
                elif result.output == TIMEOUT:
                    tally.timeouts += 1
                else:
                    tally.killed += 1
    return tally


def scratch_copy() -> Path:
    tree = Path(tempfile.mkdtemp(prefix="mlbook-mutation-"))
    for name in COPIED:
        source, target = ROOT / name, tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    return tree


def main() -> None:
    modules_available = sorted(path.stem for path in (ROOT / "mlbook").glob("*.py")
                               if path.stem != "__init__")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help=f"modules of mlbook/ (default: all of {', '.join(modules_available)})")
    parser.add_argument("--verbose", action="store_true", help="print every mutant's outcome")
    parser.add_argument("--report", action="store_true",
                        help="run nothing: report the results recorded by earlier runs (one "
                        "module at a time, say) with the current list of equivalent mutants")
    arguments = parser.parse_args()
    modules = arguments.modules or modules_available
    unknown = sorted(set(modules) - set(modules_available))
    if unknown:
        parser.error(f"no module {', '.join(unknown)} in mlbook/; choose from "
                     f"{', '.join(modules_available)}")
    equivalents = load_equivalents()
    if arguments.report:
        report(modules, tally_sessions(modules, equivalents), equivalents, elapsed=None)
        return

    tree = scratch_copy()  # removed at the end, also after Ctrl-C
    try:
        start = time.perf_counter()
        record = tree / "callers.json"
        outcome, output = run_pytest(tree, FAST_SUITE, timeout=900,
                                     in_child=lambda: CallRecorder(tree, record))
        baseline = time.perf_counter() - start
        if outcome != "passed":
            sys.exit(f"The fast suite fails before any mutation:\n{output}")
        recorded = json.loads(record.read_text())
        SECONDS.update(recorded["seconds"])
        timeout = max(60.0, 5 * baseline)
        print(f"Fast suite unmutated: passes in {baseline:.1f} s (recording which tests call "
              f"which function); time limit per run {timeout:.0f} s "
              f"(cosmic-ray {cosmic_ray_version()})", flush=True)
        start = time.perf_counter()
        for module in modules:
            mutate_module(tree, module, recorded, equivalents, timeout, arguments.verbose)
        elapsed = time.perf_counter() - start
    finally:
        shutil.rmtree(tree, ignore_errors=True)
    report(modules, tally_sessions(modules, equivalents), equivalents, elapsed)


def cosmic_ray_version() -> str:
    from importlib.metadata import version

    return version("cosmic-ray")


def report(modules: list[str], tally: Tally, equivalents: list[Equivalent],
           elapsed: float | None) -> None:
    killed = tally.killed + tally.timeouts + len(tally.errors)
    candidates = killed + len(tally.survived)
    rate = killed / candidates if candidates else 1.0
    print(f"\nMutation score of the fast suite over {', '.join(modules)}")
    print(f"  mutants run        {candidates}")
    print(f"  killed             {killed}  (of which {tally.timeouts} by the time limit, "
          f"{len(tally.errors)} by a runner error)")
    print(f"  survived           {len(tally.survived)}")
    print(f"  equivalent         {len(tally.equivalent) + tally.annotations}  (not run, not "
          f"counted): {tally.annotations} {ANNOTATION_REASON}; {len(tally.equivalent)} listed "
          f"in bench/mutation_equivalent.toml")
    print(f"  kill rate          {killed} / {candidates} = {rate:.1%}  (target >= 95%: "
          f"{'met' if rate >= 0.95 else 'MISSED'})")
    if elapsed is not None:
        print(f"  time               {elapsed / 60:.1f} min")
    if tally.survived:
        print("\nSurviving mutants:")
        for line in tally.survived:
            print(f"  {line}")
    if tally.equivalent:
        print("\nEquivalent mutants (bench/mutation_equivalent.toml):")
        for line in tally.equivalent:
            print(f"  {line}")
    if tally.errors:
        print("\nRuns that ended with a runner error (counted as killed; worth a look):")
        for line in tally.errors:
            print(f"  {line}")
    stale = [e for e in equivalents if not e.used and e.module.removesuffix(".py") in modules]
    if stale:
        print("\nStale entries of bench/mutation_equivalent.toml (no such mutant any more):")
        for entry in stale:
            print(f"  {entry.module}: {entry.before}  ->  {entry.after}")


if __name__ == "__main__":
    main()
