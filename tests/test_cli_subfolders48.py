"""``pipeline run DIR`` reads DIR's sub-folders too, names outputs so that none overwrites another (two inputs of one
name in different folders are named by their folders too, two that nothing tells apart are both refused), and a text dump's form feed leaves the text with a ledger row (issue 16)."""

from __future__ import annotations

from pathlib import Path

from pipeline import cli, files
from pipeline.clean import clean
from pipeline.extract import extract

PAPER = "Harbour Crane Vibration Monitoring\n\n1. Introduction\nCranes in the harbour are inspected by hand twice a year.\n"


def _write(root: Path, name: str, text: str = PAPER) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_folder_is_read_with_its_sub_folders(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for name in ("top.txt", "2024/spring.txt", "2024/autumn/late.txt", ".git/hidden.txt", "2024/notes.doc"):
        _write(raw, name)
    assert cli.main(["run", str(raw), "--out", str(out)]) == 0, capsys.readouterr().err
    done = sorted(p.parent.name for p in (out / "talks").glob("*/index.json"))
    assert done == ["late", "spring", "top"]
    assert [p.name for p in files.raw_inputs([raw], recursive=False)] == ["top.txt"]


def test_two_inputs_of_one_name_in_different_folders_are_both_processed_named_by_their_folders(tmp_path, capsys):
    """Review 49 (docs/decisions.md, "Folders"): they had both been refused; the folders tell them apart."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, "a/summary.txt")
    _write(raw, "b/summary.txt", PAPER.replace("twice", "three times"))
    _write(raw, "other.txt")
    assert cli.main(["run", str(raw), "--out", str(out)]) == 0, capsys.readouterr().err
    assert not (out / "talks" / "summary").exists()
    for folder, name in (("a", "a__summary"), ("b", "b__summary")):
        index = (out / "talks" / name / "index.json").read_text(encoding="utf-8")
        assert f"{raw}/{folder}/summary.txt" in index and f'"{name}/' in index
    assert cli.main(["status", str(raw), "--out", str(out)]) == 0


def test_two_inputs_that_nothing_tells_apart_are_both_refused(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, "a/summary.txt")
    _write(raw, "a/summary.pdf", "not a pdf")
    _write(raw, "other.txt")
    assert cli.main(["run", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{raw}/a/summary.txt: its outputs would be named summary, like those of {raw}/a/summary.pdf" in err
    assert not (out / "talks" / "summary").exists() and (out / "talks" / "other" / "index.json").is_file()


def test_a_form_feed_has_a_ledger_row():
    text = "Harbour report\nFirst page.\n\fSecond page.\nMore.\n\f\nThird page.\n"
    cleaned = clean(extract(text.encode(), name="made-up.txt"))
    rows = [(r.line, r.col, r.text, r.reason, r.rule) for r in cleaned.ledger if r.reason == "page-break"]
    assert rows == [(3, 0, "\f", "page-break", "record_page_breaks"), (5, 0, "\f", "page-break", "record_page_breaks")]
    assert [cleaned.layout[i - 1].page for i in (1, 3, 6)] == [1, 2, 3]
