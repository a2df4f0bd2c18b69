"""The Makefile's contract: incremental, per-file targets, parallel-safe."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability import TALK

ROOT = Path(__file__).resolve().parent.parent
STAGE_DIRS = ("extract", "clean", "segment", "restore")


def make(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    # A stamp of our own, newer than pyproject.toml: the Makefile's set-up rule
    # must never reinstall the running venv from inside a test.
    stamp = tmp / "installed.stamp"
    stamp.touch()
    return subprocess.run(
        ["make", "--no-print-directory", f"RAW_DIR={tmp / 'raw'}", f"OUT={tmp / 'out'}", f"PY={sys.executable}",
         f"STAMP={stamp}", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        # As in a shell that never writes bytecode: the batch must still run on cached bytecode.
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("make")
    (tmp / "raw").mkdir()
    # Two made-up files of two talks each: the Makefile's contract does not depend on the text, and the
    # sample goes through every stage once per session already (conftest's sample_run).
    for name, cities in (("a.txt", ("長崎", "佐世保")), ("b.txt", ("函館", "小樽"))):
        (tmp / "raw" / name).write_text("\n".join(TALK.replace("長崎", city) for city in cities), encoding="utf-8")
    result = make(tmp, "-j2", "all")
    assert result.returncode == 0, result.stderr
    return tmp


def test_every_stage_writes_one_file_per_raw_file(built):
    out = built / "out"
    for stage in STAGE_DIRS:
        assert sorted(p.name for p in (out / stage).iterdir()) == ["a.json", "b.json"], stage
    for stem in ("a", "b"):
        assert (out / "talks" / stem / "index.json").exists()
        assert len(list((out / "talks" / stem).glob("*.json"))) >= 3  # two talks + index
    assert (out / "report.html").stat().st_size > 0
    per_file = [(out / "talks" / stem / "corpus.jsonl").read_text(encoding="utf-8") for stem in ("a", "b")]
    assert all(per_file) and (out / "corpus.jsonl").read_text(encoding="utf-8") == "".join(per_file)


def test_every_module_of_the_pipeline_has_its_bytecode_cached(built):
    # Under PYTHONDONTWRITEBYTECODE no stage process writes it, and each would compile every module again
    # (the Makefile's BYTECODE rule says what that costs).
    import importlib.util

    modules = sorted((ROOT / "pipeline").rglob("*.py"))
    missing = [str(m.relative_to(ROOT)) for m in modules if not Path(importlib.util.cache_from_source(str(m))).is_file()]
    assert modules and not missing, missing


def test_second_run_does_nothing(built):
    result = make(built, "-n", "outputs")
    assert "pipeline" not in result.stdout, result.stdout
    assert make(built, "all").returncode == 0


def test_touching_one_raw_file_rebuilds_only_its_outputs(built):
    out = built / "out"
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    time.sleep(0.01)
    future = time.time() + 5
    os.utime(built / "raw" / "a.txt", (future, future))
    plan = make(built, "-n", "outputs").stdout
    assert "a.txt" in plan and "/a.json" in plan
    assert "b.txt" not in plan and "b.json" not in plan
    result = make(built, "all")
    assert result.returncode == 0, result.stderr
    changed = {p for p, m in before.items() if p.exists() and p.stat().st_mtime_ns != m}
    assert changed and all("/b" not in str(p.relative_to(out)) for p in changed)


def test_a_bad_input_fails_the_batch_but_the_report_and_corpus_are_still_written(built):
    out = built / "out"
    bad = built / "raw" / "c.txt"
    bad.write_bytes(b"")
    (out / "report.html").unlink()
    (out / "corpus.jsonl").unlink()
    try:
        result = make(built, "all")
    finally:
        bad.unlink()
    assert result.returncode != 0
    assert "c.txt: is empty (0 bytes)" in result.stderr
    assert not (out / "talks" / "c").exists() and not (out / "extract" / "c.json").exists()
    assert (out / "report.html").exists() and (out / "corpus.jsonl").exists()
    assert {p.parent.name for p in (out / "talks").glob("*/index.json")} == {"a", "b"}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Files without output (1)" in page and "c.txt</code>: failed<br><span class=err>" in page and "is empty (0 bytes)" in page  # the report names the failure
