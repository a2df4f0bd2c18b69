"""``pipeline status`` tells a file that failed (a stage left its error record) from one never run and one whose
outputs are from other bytes (issue 16, helper seg50): a file never run had been named "failed"."""

from __future__ import annotations

from pathlib import Path

from pipeline import cli
from reliability import TALK

BINARY = bytes(range(256)) * 8  # no text: extract refuses it


def _raw(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/good.txt").write_text(TALK, encoding="utf-8")
    Path("raw/idle.txt").write_text(TALK, encoding="utf-8")
    Path("raw/bad.txt").write_bytes(BINARY)


def _last(capsys) -> str:
    return capsys.readouterr().err.splitlines()[-1]


def test_a_file_never_run_is_not_run_and_a_refused_one_failed(tmp_path, monkeypatch, capsys):
    _raw(tmp_path, monkeypatch)
    assert cli.main(["run", "raw/good.txt", "raw/bad.txt", "--out", "out", "-q"]) == 1
    capsys.readouterr()
    assert cli.main(["status", "raw", "--out", "out"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "pipeline: 1 of 3 files done, 1 talk in out/talks; failed: raw/bad.txt; not run: raw/idle.txt"
    assert err[0].startswith("pipeline: raw/bad.txt: ")  # the stage's own error line, as the run printed it
    assert not [line for line in err if "idle" in line and line != err[-1]]


def test_outputs_from_other_bytes_are_out_of_date_and_a_fixed_file_is_done(tmp_path, monkeypatch, capsys):
    _raw(tmp_path, monkeypatch)
    assert cli.main(["run", "raw", "--out", "out", "-q"]) == 1
    Path("raw/good.txt").write_text(TALK + "\n追記\n", encoding="utf-8")
    Path("raw/bad.txt").write_text(TALK, encoding="utf-8")  # fixed, not run again: its error was about other bytes
    capsys.readouterr()
    assert cli.main(["status", "raw", "--out", "out"]) == 1
    assert _last(capsys) == ("pipeline: 1 of 3 files done, 1 talk in out/talks; out of date: raw/good.txt; "
                             "not run: raw/bad.txt")
    assert cli.main(["run", "raw", "--out", "out", "-q"]) == 0
    assert not Path("out/errors/bad.json").exists()  # done now: its error record is gone
    assert cli.main(["status", "raw", "--out", "out"]) == 0
    assert _last(capsys) == "pipeline: 3 of 3 files done, 3 talks in out/talks"


def test_a_single_stage_command_that_fails_leaves_its_error_record(tmp_path, monkeypatch, capsys):
    from pipeline import clean as clean_module

    _raw(tmp_path, monkeypatch)
    Path("raw/bad.txt").unlink()
    assert cli.main(["extract", "raw/idle.txt", "-o", "out/extract/idle.json"]) == 0
    monkeypatch.setattr(clean_module, "clean", lambda doc: 1 / 0)
    assert cli.main(["clean", "out/extract/idle.json", "-o", "out/clean/idle.json"]) == cli.EXIT_INTERNAL
    capsys.readouterr()
    assert cli.main(["status", "raw", "--out", "out"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "pipeline: 0 of 2 files done, 0 talks in out/talks; failed: raw/idle.txt; not run: raw/good.txt"
    assert "clean stage: internal error (ZeroDivisionError" in err[0]


def test_remove_failed_keeps_the_error_record(tmp_path, monkeypatch, capsys):
    _raw(tmp_path, monkeypatch)
    assert cli.main(["run", "raw/bad.txt", "--out", "out", "-q"]) == 1
    assert cli.main(["status", "raw", "--out", "out", "--remove-failed"]) == 1
    capsys.readouterr()
    assert cli.main(["status", "raw", "--out", "out"]) == 1
    assert _last(capsys).endswith("; failed: raw/bad.txt; not run: raw/good.txt, raw/idle.txt")


def test_report_names_each_file_without_output_as_status_does(tmp_path, monkeypatch, capsys):
    """``pipeline report``'s "Files without output" says failed / out of date / not run, as ``status`` does (helper
    heads50): it had called every such file "refused by the run, or not run yet"."""
    _raw(tmp_path, monkeypatch)
    assert cli.main(["run", "raw/good.txt", "raw/bad.txt", "--out", "out", "-q"]) == 1
    assert cli.main(["report", "--out", "out", "raw"]) == 0
    page = Path("out/report.html").read_text(encoding="utf-8")
    assert "<code>raw/bad.txt</code>: failed<br><span class=err>raw/bad.txt: " in page and "<code>raw/idle.txt</code>: not run</li>" in page
    assert "raw/good.txt</code>:" not in page
    assert "failed: the run refused it" in page and "not run: no run has finished it yet" in page
    assert "out of date:" not in page
