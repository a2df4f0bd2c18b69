"""Interruptions and reruns: `make all` killed mid-run and run again gives
byte-identical output to an uninterrupted run; two runs are byte-identical;
no reader ever sees a half-written file or talk folder."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reliability import TALK, talk_pdf, tree_hashes
from test_reliability_batch import make, make_vars

# Each test runs `make all` on the sample at least once: tens of seconds on 2 cores.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "raw" / "000_339d16c72fef9a96.txt"


def make_env(hash_seed: str) -> dict[str, str]:
    # A different hash seed per run: set iteration order leaking into output would show as a difference.
    return dict(os.environ, PYTHONHASHSEED=hash_seed)


@pytest.fixture(scope="module")
def raw_dir(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("interrupt") / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "a.txt")
    (raw / "b.txt").write_text(TALK, encoding="utf-8")
    (raw / "c.pdf").write_bytes(talk_pdf())
    return raw


@pytest.fixture(scope="module")
def reference(raw_dir, tmp_path_factory) -> dict[str, str]:
    """Hashes of every file an uninterrupted `make all` writes."""
    tmp = tmp_path_factory.mktemp("reference")
    result = make("-j2", *make_vars(tmp, raw_dir, tmp / "out"), "all", env=make_env("1"), timeout=900)
    assert result.returncode == 0, result.stderr
    hashes = tree_hashes(tmp / "out")
    assert any(name.startswith("talks/a/") for name in hashes)
    return hashes


def test_two_runs_are_byte_identical(raw_dir, reference, tmp_path):
    result = make("-j2", *make_vars(tmp_path, raw_dir, tmp_path / "out"), "all", env=make_env("2"), timeout=900)
    assert result.returncode == 0, result.stderr
    assert tree_hashes(tmp_path / "out") == reference


def test_pipeline_run_writes_the_same_files_as_make(raw_dir, reference, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(raw_dir), "--out", str(tmp_path / "out")],
        cwd=ROOT, capture_output=True, text=True, env=make_env("3"), timeout=900,
    )
    assert result.returncode == 0, result.stderr
    batch_only = {"report.html", "corpus.jsonl"}  # whole-batch files: make's job, not run's
    assert tree_hashes(tmp_path / "out") == {k: v for k, v in reference.items() if k not in batch_only}


def assert_nothing_half_written(out: Path) -> None:
    """What a reader can see after a kill: whole JSON files, and talk folders that hold exactly their index's files."""
    for path in out.rglob("*.json"):
        if not any(part.startswith(".") for part in path.relative_to(out).parts):
            json.loads(path.read_text(encoding="utf-8"))  # raises on a half file
    for folder in (out / "talks").glob("*"):
        if folder.name.startswith("."):
            continue
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        listed = {t["file"] for t in index["talks"]}
        assert listed <= {p.name for p in folder.iterdir()}, folder


def wait_for(pattern: str, out: Path, proc: subprocess.Popen, timeout: float = 600) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(not p.name.startswith(".") for p in out.glob(pattern)):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    return False


@pytest.mark.parametrize(
    "sig, trigger",
    [
        (signal.SIGINT, "segment/*.json"),  # Ctrl-C in a terminal
        (signal.SIGTERM, "talks/*/index.json"),  # kill, a CI time-out
        (signal.SIGKILL, "restore/*.json"),  # no clean-up at all: only atomic renames help
    ],
    ids=["SIGINT", "SIGTERM", "SIGKILL"],
)
def test_killed_make_all_reruns_to_identical_output(sig, trigger, raw_dir, reference, tmp_path):
    out = tmp_path / "out"
    args = ["make", "--no-print-directory", "-j2", *make_vars(tmp_path, raw_dir, out), "all"]
    proc = subprocess.Popen(
        args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=make_env("4"), start_new_session=True
    )
    try:
        assert wait_for(trigger, out, proc), "make finished (or failed) before it could be interrupted"
        os.killpg(proc.pid, sig)
        proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode != 0
    assert len(list(out.glob("talks/*/index.json"))) < 3, "the kill came after the whole run"
    assert_nothing_half_written(out)

    rerun = make("-j2", *make_vars(tmp_path, raw_dir, out), "all", env=make_env("5"), timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    assert tree_hashes(out) == reference
