"""Page furniture of other shapes, helper fur283 (issue 16 point 4; fresh-user trial 83b). Inputs in
tests/data/fur283, each with its expected reading written before any run (``/work/regress/in_fur283/*.truth.md``;
``tokkyo_koho.txt`` and ``syllabus_kankyo.txt`` are the trial's own, truths in ``/work/regress/in_trial83b/``):

- a line repeated at later pages' edges is a running line whatever it says (a gazette's publication number and
  date), alone, beside a folio in brackets (``（２）``, ``(3)``) or beside a changing cell (a course's name);
- a folio in brackets at a page's foot is no section's number;
- near misses: a list numbered （1）（2）（3） in the text; a table's header row repeated atop each page.
"""

from __future__ import annotations

from pathlib import Path

from segmenting import furniture_of, segment_file
from test_furn83 import _furniture_texts as _furniture, _texts as _kept  # furn83's readers of a talk and its ledger

DATA = Path(__file__).parent / "data" / "fur283"


def _one(name: str):
    doc = segment_file(DATA / name)
    [talk] = doc.talks
    return talk, doc.ledger


def test_gazette_head_with_publication_number_and_bracketed_folio_feet_ja():
    talk, ledger = _one("tokkyo_koho.txt")
    assert not any("123456　A　2026" in t or "１２３４５６　Ａ" in t for t in _kept(talk))
    assert [s for s in talk.sections if str(s.number) == "2"] == []
    assert _furniture(ledger).count("2026.7.30") == 3


def test_utility_model_gazette_variant_ja():
    talk, ledger = _one("koho_var.txt")
    assert not any("3245678" in t or "３２４５６７８" in t for t in _kept(talk))
    assert not [s for s in talk.sections if str(s.number) in ("2", "3")]
    assert _furniture(ledger).count("3245678") == 4


def test_patent_publication_feet_en():
    talk, ledger = _one("gazette_en.txt")
    assert not any("US 2026/0123456" in t for t in _kept(talk))
    assert not [s for s in talk.sections if str(s.number) in ("2", "3")]
    assert [s.title.text for s in talk.sections if s.title is not None] == ["ABSTRACT", "CLAIMS", "DETAILED DESCRIPTION"]


def test_syllabus_head_beside_course_name_and_foot_beside_folio():
    talk, ledger = _one("syllabus_kankyo.txt")
    assert not any("シラバス2026" in t or "シラバス 2026" in t for t in _kept(talk))
    assert "環境政策論Ⅱ" in _furniture(ledger)


def test_list_numbered_in_brackets_stays_near_miss():
    """Near miss: passes on the base too (no head repeats at the pages' edges)."""
    talk, ledger = _one("list_near.txt")
    assert [s.title.text for s in talk.sections] == ["対象となる活動", "補助の額", "申請の方法"]
    assert sum(t.startswith("（") for t in _kept(talk)) == 5
    assert furniture_of(ledger) == []


def test_repeated_table_header_row_near_miss():
    """Near miss: passes on the base too. The header row repeated atop pages 2 and 3 is furniture (the rule that
    takes it is older: it is furniture text by its cells); the rows stay."""
    talk, ledger = _one("table_rows.txt")
    assert _furniture(ledger).count("番号\t書名\t著者\t価格") >= 2
