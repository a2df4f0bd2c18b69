"""Case of an English fill, and marks of a lost glyph (issue 19 points 3 and 4, fresh-user trial 85b; helper case85).

Point 4: ``Ashcomb\ufffd`` in running text was committed ``E`` because the intact-twin rule copied the letter from the
title's all-capitals ``ASHCOMBE``. A fill takes the case its own word needs: a copy from a word in capitals decides
only a gap inside a word in capitals (:func:`pipeline.restore.evidence.repetition.word_case`).
Data: tests/data/case85/case_*.txt (written with their truth first: /work/regress/in_case85/*.truth.md).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.restore import restore_text

DATA = Path(__file__).parent / "data" / "case85"


def _only(name: str) -> dict:
    repairs = restore_text((DATA / name).read_text(encoding="utf-8"))["repairs"]
    assert len(repairs) == 1
    return repairs[0]


def test_title_case_word_beside_capitals_title_takes_small_letter():
    """``Hawkridg(cid:72)`` in running text, ``HAWKRIDGE`` in the title: ``e``, never ``E``."""
    r = _only("case_a.txt")
    assert r["restored"] == "e"
    assert all(c["text"] != "E" for c in r["candidates"])


def test_institute_name_beside_capitals_heading_takes_small_letter():
    """A formal report: ``Fernlei\ufffdh`` beside ``FERNLEIGH INSTITUTE``: ``g`` and no ``G`` offered."""
    r = _only("case_d.txt")
    assert r["restored"] == "g"
    assert all(c["text"] != "G" for c in r["candidates"])


def test_capitals_heading_gap_takes_capital():
    """Near miss (passes on base too): ``HAWKRIDG(cid:72)`` inside a heading in capitals stays ``E``."""
    assert _only("case_b.txt")["restored"] == "E"


def test_mixed_case_name_keeps_its_printed_case():
    """Near miss (passes on base too): ``Mc\ufffdonald`` beside ``McDonald`` (mixed case) is never read ``d``."""
    r = _only("case_c.txt")
    assert r["restored"] in (None, "D")
    assert all(c["text"] != "d" for c in r["candidates"])
