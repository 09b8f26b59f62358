"""tests/docs/outputs.py: records that round-trip, compare exactly, and mask what varies."""

from __future__ import annotations

from tests.docs import outputs

RUN = [("import numpy as np\nprint(1)", "1\n"), ("\nx = 2\nprint(x)\nprint()", "2\n\n"),
       ("t = timeit()", "loop: 0.61 ms\nspeed-up: 79.4 x\n")]


def test_a_record_round_trips_and_a_fresh_identical_run_agrees(tmp_path) -> None:
    path = outputs.record("chapters/demo.md", RUN, tmp_path)
    assert path == tmp_path / "chapters" / "demo.txt"
    blocks = outputs.parse(path.read_text())
    assert [(b.first_line, b.output) for b in blocks] == [
        ("import numpy as np", "1"), ("x = 2", "2\n"),
        ("t = timeit()", "loop: 0.61 ms\nspeed-up: 79.4 x")]
    assert outputs.differences("chapters/demo.md", RUN, tmp_path) == []


def test_a_changed_number_is_reported_with_both_outputs(tmp_path) -> None:
    outputs.record("demo.md", RUN, tmp_path)
    changed = [RUN[0], ("\nx = 2\nprint(x)\nprint()", "3\n\n"), RUN[2]]
    [problem] = outputs.differences("demo.md", changed, tmp_path)
    assert "exec block 2 ('x = 2') prints\n3\n\ninstead of the recorded\n2\n" in problem


def test_a_block_marked_varies_is_compared_with_numbers_masked_and_keeps_its_mark(tmp_path):
    path = outputs.record("demo.md", RUN, tmp_path)
    path.write_text(path.read_text().replace("### 3: t = timeit()", "### 3 (varies): t = timeit()"))
    slower = [RUN[0], RUN[1], ("t = timeit()", "loop: 1.72 ms\nspeed-up: 12.0 x\n")]
    assert outputs.differences("demo.md", slower, tmp_path) == []
    wider = [RUN[0], RUN[1], ("t = timeit()", f"loop: 0.61 ms\nspeed-up: {121.4:6.1f} x\n")]
    narrower = [RUN[0], RUN[1], ("t = timeit()", f"loop: 0.61 ms\nspeed-up: {9.4:6.1f} x\n")]
    outputs.record("padded.md", wider, tmp_path)
    (tmp_path / "padded.txt").write_text(
        (tmp_path / "padded.txt").read_text().replace("### 3:", "### 3 (varies):"))
    assert outputs.differences("padded.md", narrower, tmp_path) == []
    reworded = [RUN[0], RUN[1], ("t = timeit()", "loop took 1.72 ms\nspeed-up: 12.0 x\n")]
    assert len(outputs.differences("demo.md", reworded, tmp_path)) == 1
    outputs.record("demo.md", slower, tmp_path)
    assert "### 3 (varies): t = timeit()\nloop: 1.72 ms" in path.read_text()


def test_added_or_removed_blocks_and_missing_records_are_reported(tmp_path) -> None:
    assert outputs.differences("new.md", RUN, tmp_path) == ["new.md: no recorded outputs yet; "
                                                           "record them"]
    outputs.record("demo.md", RUN, tmp_path)
    [problem] = outputs.differences("demo.md", RUN[:2], tmp_path)
    assert "the page's exec blocks changed: 3 recorded, 2 now" in problem
