"""A file whose every line is set aside (page numbers, running heads, ghost lines) or blank: a clean refusal in the
project's error format, and the batch goes on (review 48; docs/failures.md). Such a PDF had crashed the structure
stage (``no talk to hold the ledger row of line 1``), and such a text dump had given one empty talk that looked like
success."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdfmaker import EN, drawn_pdf
from pipeline import cli
from reliability import TALK

HEAD_JA = "第12回 国際交流会議 講演論文集"
FURNITURE_TXT = "\f".join(f"{HEAD_JA}\n\n- {k} -\n" for k in (1, 2, 3))
GHOSTS_TXT = "Ki k h h ifi h i f h l i d h\nKi k h h ifi h i f h l i d h\n"


def furniture_pdf() -> bytes:
    return drawn_pdf([[(EN, 9, 280, 810, "Proceedings of the 12th Forum"), (EN, 9, 295, 30, str(k))]
                      for k in (1, 2, 3)])


CASES = {
    "heads.txt": (FURNITURE_TXT.encode(), "lines 1–9", "running header ×3, page number ×3"),
    "ghosts.txt": (GHOSTS_TXT.encode(), "lines 1–2", "ghost line ×2"),
    "folios.pdf": (furniture_pdf(), "lines 1–", "running header ×3, page number ×3"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_file_of_set_aside_lines_is_refused_and_the_batch_goes_on(name, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    data, where, why = CASES[name]
    Path("raw", name).write_bytes(data)
    Path("raw", "good.txt").write_text(TALK, encoding="utf-8")
    code = cli.main(["run", f"raw/{name}", "raw/good.txt", "--out", "out"])
    err = capsys.readouterr().err
    assert code == 1, err
    line = next(ln for ln in err.splitlines() if ln.startswith(f"pipeline: raw/{name}: "))
    assert f": {where}" in line and "holds no text to rebuild" in line and f"({why})" in line, err
    assert line.endswith(f" — give the document's text (a fuller dump or the PDF it came from), or remove raw/{name}")
    assert "internal error" not in err
    assert "1 of 2 files done" in err
    assert Path("out/talks/good/index.json").exists()
    stem = Path(name).stem
    # no output; only the error record `status` tells a failed file by (helper seg50)
    assert [p for p in Path("out").rglob("*") if p.is_file() and stem in p.name or f"/{stem}/" in str(p)] == [
        Path("out/errors", f"{stem}.json")]


def test_a_stale_segment_file_with_no_talk_is_refused_by_structure():
    """A segment file written before segment refused such input: structure had crashed in ``owner`` (no talk to hold
    the ledger's rows); it now says what to do."""
    from pipeline.clean import clean
    from pipeline.errors import StageInputError
    from pipeline.extract import extract
    from pipeline.model import Segmented
    from pipeline.restore import restore
    from pipeline.structure import structure

    cleaned = clean(extract(GHOSTS_TXT.encode(), name="raw/ghosts.txt"))
    stale = Segmented(source=cleaned.source, talks=(), ledger=cleaned.ledger, markers=cleaned.markers)
    with pytest.raises(StageInputError, match="holds no talk to carry its 2 ledger rows"):
        structure(restore(stale), stem="ghosts")


def test_a_one_line_file_names_its_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/folio.txt").write_text("- 1 -\n", encoding="utf-8")
    assert cli.main(["run", "raw/folio.txt", "--out", "out"]) == 1
    assert "pipeline: raw/folio.txt: line 1: holds no text to rebuild: every line is blank or was set aside " \
           "(page number ×1)" in capsys.readouterr().err
