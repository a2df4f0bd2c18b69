"""Helper field76 (session 76, issue 19 points 3, 4 and 7): field cases 17, 06m, 01m and the glued names of name75.

Field 17 (``../shared/field/17-pdf-some-cid.pdf``): a CID font whose ``CIDSystemInfo`` is unreadable is read through
the collection its encoding names (docs/extract.md); that reading is no character the file maps, so each glyph so
read has a ledger row and the notes name the font, its encoding and the collection.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import extract

HERE = Path(__file__).parent


def _pdf(name: str):
    return extract((HERE / "pdfs" / name).read_bytes(), name=name)


def test_17_glyphs_read_through_the_collection_have_ledger_rows():
    doc = _pdf("17-pdf-some-cid.pdf")
    rows = [r for r in doc.ledger if r.rule == "read_cid_font_by_encoding"]
    assert rows and all(r.action == "changed" and r.reason == "cid-collection" for r in rows)
    assert sorted("".join(r.text for r in rows)) == sorted("港" * 4 + "温" * 3 + "姉妹")
    for r in rows:  # each row stands where its characters are
        assert doc.lines[r.line - 1][r.col:r.col + len(r.text)] == r.text == r.replacement
    (note,) = [n for n in doc.notes if "read_cid_font_by_encoding" in n]
    assert "UniJIS-UCS2-H" in note and "Adobe-Japan1" in note and "Xdobe" in note


def test_a_pdf_whose_fonts_map_themselves_has_no_such_row():
    doc = _pdf("14-fakebold-pdf.pdf")
    assert not [r for r in doc.ledger if r.rule == "read_cid_font_by_encoding"]
    assert not [n for n in doc.notes if "read_cid_font_by_encoding" in n]


# --------------------------------------------------------------------------
# A surname glued before a head's post whose first fills make no surname (issue 19 point 4; name75's strict xfail)
# --------------------------------------------------------------------------

G = "\ufffd"


def _held(r: dict) -> bool:
    return r["restored"] is None and not r["candidates"] and any(
        e["kind"] == "abstention" and e["detail"].startswith("a person's name") for e in r["evidence"])


def _repair(text: str) -> dict:
    from tests.restore_verdicts import repair_after

    return repair_after(text.replace("?", G) + "\n", text[: text.index("?")])


CENSUS_HELD = [
    "新任の林?社長が挨拶した。",  # 檎, 会, 道: 林檎, no surname among them; 林田, 林原 … of Sudachi's surnames
    "式典では林?館長が挨拶した。",
    "今年度から林?部長が担当する。",
    "説明は西?課長が行った。",  # 暦, 洋, ノ
]


@pytest.mark.parametrize("text", CENSUS_HELD)
def test_a_glued_run_many_surnames_fit_is_held_before_a_heads_post(text):
    assert _held(_repair(text))


OFFICES = [
    "本日は総?部長の挨拶があります。",  # 総務部 fits
    "総会で自?会長が報告した。",  # 自治会
    "ひかり小?校長の話",  # 小学校
    "北九州市　国?部長　佐藤 一郎",  # 国際: the best fill a common word
    "式では実?委員長が挨拶した。",  # 実行
    "本日は高?校長の挨拶があります。",  # 高校 before 校長: a school's head as well as 高橋校長
]


@pytest.mark.parametrize("text", OFFICES)
def test_an_offices_word_before_its_head_keeps_its_candidates(text):
    r = _repair(text)
    assert not _held(r) and (r["candidates"] or r["restored"]), r


# --------------------------------------------------------------------------
# Field 06m's kind: UTF-8 read as CP932, a line's last 。 lost with its last byte (issue 19 point 3)
# --------------------------------------------------------------------------


def _mojibake_repairs(tmp_path, lines: list[str]) -> tuple[list[str], list[dict]]:
    """``lines`` written as UTF-8 and read as CP932 (06m's damage), run through every stage: the raw lines and the
    talks' repairs."""
    import json

    from pipeline import files
    from pipeline.driver import run_one

    raw = [ln.encode("utf-8").decode("cp932", errors="replace") for ln in lines]
    path = tmp_path / "m.txt"
    path.write_text("\n".join(raw) + "\n", encoding="utf-8")
    run_one(path, tmp_path / "out")
    folder = files.talks_dir(tmp_path / "out", files.safe_stem(path))
    return raw, [r for p in sorted(folder.glob("*.json")) if p.name != "index.json"
                 for r in json.loads(p.read_text(encoding="utf-8"))["repairs"]]


def _last_of_line(raw: list[str], repairs: list[dict], number: int) -> dict:
    return max((r for r in repairs if r["source"]["line"] == number), key=lambda r: r["source"]["col"])


HEAD = ["函館市", "港町の国際交流", "函館市国際交流課長 山本 花子", "1. 概要"]


def test_a_lines_last_stop_lost_after_a_verb_is_committed(tmp_path):
    lines = HEAD + ["坂の多い街並みを守り、観光に生かす。", "夜景は市の西部から見える。"]
    raw, repairs = _mojibake_repairs(tmp_path, lines)
    r = _last_of_line(raw, repairs, 5)
    assert r["original"] == G and r["restored"] == "。" and r["status"] == "restored", r
    assert any("the gap ends its line" in e["detail"] for e in r["evidence"])


def test_a_stop_lost_inside_its_line_is_not_read_as_a_lines_end(tmp_path):
    # the same mark lost with text after it on its line: the line's end says nothing of it
    lines = HEAD + ["坂の多い街並みを守り、観光に生かす。夜景は市の西部から見える"]
    raw, repairs = _mojibake_repairs(tmp_path, lines)
    assert not [r for r in repairs if any("the gap ends its line" in e["detail"] for e in r["evidence"])]
