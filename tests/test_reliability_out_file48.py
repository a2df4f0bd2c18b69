"""``--out`` naming a file, not a folder (review 48): each input is refused with the output it could not write and
the file in the way, exit status 1; it had been an internal error (exit 70) from removing the failed file's outputs
under a path that cannot exist."""

from __future__ import annotations

from pathlib import Path

from pipeline import cli
from reliability import TALK


def test_out_naming_a_file_is_refused_for_each_input(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/a.txt").write_text(TALK, encoding="utf-8")
    Path("raw/b.txt").write_text(TALK, encoding="utf-8")
    Path("out").write_text("not a folder\n")
    code = cli.main(["run", "raw/a.txt", "raw/b.txt", "--out", "out"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "internal error" not in err
    for name in ("a", "b"):
        assert (f"pipeline: out/extract/{name}.json: cannot be written (Not a directory: out is a file) — "
                f"give --out a folder (or move that file away), then rerun") in err.splitlines(), err
    assert Path("out").read_text() == "not a folder\n"
