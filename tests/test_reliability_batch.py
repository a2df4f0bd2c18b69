"""A batch mixing bad and good files, through `python -m pipeline run` and `make all`:
every good file is processed, nothing is written for a bad one, a summary
is printed and the exit status is non-zero."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import cli, files
from reliability import TALK, corpus, talk_pdf, write_corpus

ROOT = Path(__file__).resolve().parent.parent
# The 120,000-character line has its own test; through every driver it would only cost minutes.
CASES = [c for c in corpus() if c.name != "longline.txt"]
GOOD = sorted(c.name for c in CASES if not c.refused)
BAD = {c.name: c for c in CASES if c.refused}


def _visible_and_hidden(out: Path) -> tuple[list[Path], list[Path]]:
    paths = [p for p in out.rglob("*") if p.is_file()]
    return paths, [p for p in out.rglob(".*")]


def _check_outputs(out: Path, good: list[str], bad: list[str]) -> int:
    """Every good stem has all its outputs, no bad stem has any, nothing hidden is left; return the talk count."""
    talks = 0
    for name in good:
        stem = files.safe_stem(name)
        for stage in files.STAGES:
            assert files.stage_path(out, stage, stem).is_file(), (name, stage)
        talks += len(json.loads((files.talks_dir(out, stem) / "index.json").read_text())["talks"])
    for name in bad:
        stem = files.safe_stem(name)
        assert not any(p.exists() for p in files.outputs_of(out, stem)), name
    _, hidden = _visible_and_hidden(out)
    assert hidden == [], f"temporary files left behind: {hidden}"
    return talks


def _summary_re(out: str, done: int, total: int, failed: list[str]) -> str:
    tail = f"; failed: {', '.join(failed)}" if failed else ""
    return rf"^pipeline: {done} of {total} files done, (\d+) talks? in {re.escape(out)}/talks{re.escape(tail)}$"


@pytest.fixture(scope="module")
def raw_dir(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("batch") / "raw"
    write_corpus(raw, CASES)
    # Names: a space and an upper-case suffix (fine for `run`, not for make), and
    # two files whose outputs would share one name.
    (raw / "sp ace.txt").write_bytes(TALK.encode())
    (raw / "UPPER.TXT").write_bytes(TALK.encode())
    (raw / "dup.txt").write_bytes(TALK.encode())
    (raw / "dup.pdf").write_bytes(talk_pdf())
    return raw


def _collision_lines(raw: Path) -> list[str]:
    return [
        f"pipeline: {raw}/dup.pdf: its outputs would be named dup, like those of {raw}/dup.txt — rename one of them",
        f"pipeline: {raw}/dup.txt: its outputs would be named dup, like those of {raw}/dup.pdf — rename one of them",
    ]


def test_run_processes_every_good_file_and_nothing_of_the_bad(raw_dir, tmp_path, capsys):
    # In this process (`python -m pipeline run` is this call): the stages' resources are loaded once per session.
    out = tmp_path / "out"
    status = cli.main(["run", str(raw_dir), "--out", str(out)])
    stderr = capsys.readouterr().err
    assert status == 1, stderr
    lines = stderr.splitlines()
    _assert_every_refusal_printed(lines, raw_dir)
    raws = files.raw_inputs([raw_dir])
    failed = [str(r) for r in raws if r.name in BAD or r.stem == "dup"]
    match = re.match(_summary_re(str(out), len(raws) - len(failed), len(raws), failed), lines[-1])
    assert match, lines[-1]
    good = GOOD + ["sp ace.txt", "UPPER.TXT"]
    talks = _check_outputs(out, good, sorted(BAD) + ["dup.txt"])
    assert int(match.group(1)) == talks


def _assert_every_refusal_printed(lines: list[str], raw_dir: Path) -> None:
    """Each bad file's exact refusal, and each name collision, is on standard error."""
    for name, case in BAD.items():
        data = (raw_dir / name).read_bytes()
        assert f"pipeline: {case.message(data, f'{raw_dir}/{name}')}" in lines
    for line in _collision_lines(raw_dir):
        assert line in lines


def make(*args: str, cwd: Path = ROOT, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=cwd, capture_output=True, text=True, **kwargs)


def make_vars(tmp: Path, raw: Path, out: Path) -> list[str]:
    """Point make at a temporary raw/ and output/, this interpreter, and a set-up stamp that is already
    up to date (so the test never reinstalls the venv)."""
    stamp = tmp / "installed.stamp"
    stamp.touch()
    return [f"RAW_DIR={raw}", f"OUT={out}", f"PY={sys.executable}", f"STAMP={stamp}"]


@pytest.mark.slow  # make starts a Python process per file and stage
def test_make_all_processes_every_good_file_and_nothing_of_the_bad(raw_dir, tmp_path):
    out = tmp_path / "out"
    result = make("-j2", *make_vars(tmp_path, raw_dir, out), "all", timeout=900)
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    _assert_every_refusal_printed(lines, raw_dir)
    assert (
        f"pipeline: {raw_dir}/sp ace.txt: its name holds a space, which make cannot use in a target name"
        f' — rename it (e.g. to sp_ace.txt), or run: python -m pipeline run "{raw_dir}/sp ace.txt"'
    ) in lines
    assert f"pipeline: {raw_dir}/UPPER.TXT: make only picks up lower-case .txt and .pdf, not .TXT — rename it to UPPER.txt" in lines
    raws = files.raw_inputs([raw_dir])
    failed = [str(r) for r in raws if r.name in BAD or r.stem == "dup" or r.name in ("sp ace.txt", "UPPER.TXT")]
    summary = [line for line in lines if line.startswith("pipeline: ") and " files done, " in line]
    assert len(summary) == 1
    match = re.match(_summary_re(str(out), len(raws) - len(failed), len(raws), failed), summary[0])
    assert match, summary[0]
    talks = _check_outputs(out, GOOD, sorted(BAD) + ["dup.txt", "sp ace.txt", "UPPER.TXT"])
    assert int(match.group(1)) == talks


def test_make_check_names_reports_names_and_collisions(raw_dir, tmp_path):
    result = make(*make_vars(tmp_path, raw_dir, tmp_path / "out"), "check-names", timeout=120)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("pipeline: ")]
    assert sorted(lines) == sorted(
        _collision_lines(raw_dir)
        + [
            f"pipeline: {raw_dir}/sp ace.txt: its name holds a space, which make cannot use in a target name"
            f' — rename it (e.g. to sp_ace.txt), or run: python -m pipeline run "{raw_dir}/sp ace.txt"',
            f"pipeline: {raw_dir}/UPPER.TXT: make only picks up lower-case .txt and .pdf, not .TXT — rename it to UPPER.txt",
        ]
    )
