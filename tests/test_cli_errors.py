"""The CLI turns every failure into one line with the file, the place and the remedy, and a documented exit status."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import cli
from reliability import TALK

ROOT = Path(__file__).resolve().parent.parent


def pipeline(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, input=stdin, capture_output=True, timeout=300)


def test_restore_refuses_non_utf8_stdin_with_line_and_remedy():
    result = pipeline("restore", "-", stdin=b"abc\n\xff\xfe")
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "pipeline: <stdin>: line 2: is not UTF-8 text (byte 4) — convert it to UTF-8 first (iconv -t UTF-8)\n"
    )
    assert result.stdout == b""


def test_restore_of_a_missing_file(tmp_path, capsys):
    assert cli.main(["restore", str(tmp_path / "nope.txt")]) == 1
    assert capsys.readouterr().err == f"pipeline: {tmp_path}/nope.txt: cannot be read (No such file or directory) — check the path\n"


def test_run_without_inputs(tmp_path, capsys):
    (tmp_path / "raw").mkdir()
    assert cli.main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"pipeline: {tmp_path}/raw: no .txt or .pdf files — put the inputs in raw/ or name them\n"


def test_usage_error_exits_2():
    result = pipeline("no-such-command")
    assert result.returncode == 2
    assert b"invalid choice: 'no-such-command'" in result.stderr


def test_help_lists_the_status_and_check_names_commands():
    out = pipeline("--help").stdout.decode()
    assert "status" in out and "check-names" in out


def test_a_crashing_stage_is_reported_per_file_and_the_batch_goes_on(tmp_path, monkeypatch, capsys):
    """A stage bug (anything but a PipelineError) names the file, the stage and the code line; the other files go through."""
    from pipeline import clean as clean_module

    real = clean_module.clean

    def clean_that_trips(doc):
        if doc.source.file.endswith("bad.txt"):
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(clean_module, "clean", clean_that_trips)
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/bad.txt").write_text(TALK, encoding="utf-8")
    Path("raw/good.txt").write_text(TALK, encoding="utf-8")
    assert cli.main(["run", "raw", "--out", "out"]) == 1
    err = capsys.readouterr().err.splitlines()
    # The place is the innermost frame in pipeline/ (here the CLI's call, as the fault is injected from outside).
    assert re.fullmatch(
        r"pipeline: raw/bad\.txt: clean stage: internal error \(RuntimeError: boom\) at driver\.py:\d+ — this is a bug in"
        r" the pipeline: please report it with this input file; the other files are not affected",
        err[0],
    ), err[0]
    assert err[-1].startswith("pipeline: 1 of 2 files done, ") and err[-1].endswith("failed: raw/bad.txt")
    assert Path("out/talks/good/index.json").exists()
    assert not any(p.exists() for p in (Path("out/extract/bad.json"), Path("out/talks/bad")))


def test_a_crashing_single_stage_command_exits_70_with_the_traceback(tmp_path, monkeypatch, capsys):
    from pipeline import clean as clean_module

    monkeypatch.setattr(clean_module, "clean", lambda doc: 1 / 0)
    monkeypatch.chdir(tmp_path)
    Path("x.txt").write_text(TALK, encoding="utf-8")
    assert cli.main(["extract", "x.txt", "-o", "e.json"]) == 0
    assert cli.main(["clean", "e.json", "-o", "c.json"]) == cli.EXIT_INTERNAL == 70
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert err.splitlines()[-1].startswith("pipeline: e.json: clean stage: internal error (ZeroDivisionError: division by zero) at ")
    assert not Path("c.json").exists()


@pytest.mark.parametrize("make_mode, code", [(False, 0), (True, 1)])
def test_status_says_what_is_done(make_mode, code, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/a b.txt").write_text(TALK, encoding="utf-8")
    assert cli.main(["run", "raw", "--out", "out", "-q"]) == 0
    capsys.readouterr()
    assert cli.main(["status", "raw", "--out", "out"] + (["--make"] if make_mode else [])) == code
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("pipeline: 0 of 1 files done" if make_mode else "pipeline: 1 of 1 files done")
    Path("raw/a b.txt").write_text(TALK + "\n追記\n", encoding="utf-8")  # new bytes: the outputs are stale now
    assert cli.main(["status", "raw", "--out", "out"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "pipeline: 0 of 1 files done, 0 talks in out/talks; out of date: raw/a b.txt"
    assert Path("out/talks/a_b").exists()  # status alone changes nothing
    assert cli.main(["status", "raw", "--out", "out", "--remove-failed"]) == 1
    assert not Path("out/talks/a_b").exists() and not Path("out/extract/a_b.json").exists()


def test_make_all_on_an_empty_raw_folder_says_so(tmp_path):
    from test_reliability_batch import make, make_vars

    (tmp_path / "raw").mkdir()
    result = make(*make_vars(tmp_path, tmp_path / "raw", tmp_path / "out"), "all", timeout=300)
    assert result.returncode != 0
    assert f"pipeline: {tmp_path}/raw: no .txt or .pdf files — put the inputs in raw/ or name them" in result.stderr.splitlines()
