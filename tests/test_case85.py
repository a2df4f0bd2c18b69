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


def _all(name: str) -> list[dict]:
    return restore_text((DATA / name).read_text(encoding="utf-8"))["repairs"]


def test_lost_pound_sign_printed_nowhere_is_offered_at_every_place():
    """Point 3: ``(cid:20)`` before three amounts, ``£`` printed nowhere: ``£`` offered at each place, none committed,
    and no row calls the gap that opens the amount "a digit inside a number"."""
    repairs = _all("case_e.txt")
    assert len(repairs) == 3
    for r in repairs:
        assert r["restored"] is None
        assert "£" in [c["text"] for c in r["candidates"]]
        assert not any("a digit inside a number" in e["detail"] for e in r["evidence"])


def test_pound_sign_printed_alike_is_listed_first_at_every_place():
    """Point 3: a memo printing ``£250`` and ``£40``: ``(cid:20)1,150``, ``(cid:20)35`` and ``(cid:20)80`` list ``£``
    first (pooled over the glyph's places), never committed."""
    repairs = _all("case_f.txt")
    assert len(repairs) == 3
    for r in repairs:
        assert r["restored"] is None
        assert r["candidates"][0]["text"] == "£"


def test_gap_inside_thousands_group_offers_digits_only():
    """Point 3: ``3,4\ufffd7人`` (a gap inside the three-digit group after a thousands comma) offers digits only,
    never 年 万 月 日, and stays open."""
    r = _all("case_g.txt")[0]
    assert r["restored"] is None
    assert all(c["text"].isdigit() for c in r["candidates"])


def test_trial85b_hakusho_group_digit_and_katakana_run():
    """Point 3 on the trial's own 白書 (tests/data/case85/hakusho_trial85b.txt, truth in /work/regress/in_trial85b):
    ``6,9\ufffd3人`` offers digits only; ``\ufffd\ufffdディネーター`` lists its katakana fills before 横棒."""
    text = (DATA / "hakusho_trial85b.txt").read_text(encoding="utf-8")
    repairs = {text[r["start"] - 4:r["start"]]: r for r in restore_text(text)["repairs"]}
    group = next(r for k, r in repairs.items() if k.endswith("6,9"))
    assert group["restored"] is None and all(c["text"].isdigit() for c in group["candidates"])
    kana = next(r for k, r in repairs.items() if k.endswith("つなぐ"))
    texts = [c["text"] for c in kana["candidates"]]
    assert texts[0] == "コー" and texts.index("横棒") > texts.index("イル")


def test_katakana_word_all_katakana_fills_unchanged():
    """Near miss (passes on base too): ``住民の\ufffd\ufffdンティア`` already lists katakana only; nothing moves."""
    r = _all("case_h.txt")[0]
    assert r["restored"] is None
    assert [c["text"] for c in r["candidates"]][:5] == ["コマ", "コメ", "ポイ", "フロ", "ボラ"]
