"""Faults from fresh-user trial 69 fixed on main (issue 19 point 3).

1. A glyph id read as a ligature but left open because single letters make words at its places too
   (``(cid:415)lters``: fi filters, a alters) said "a ligature, which no single letter fills" beside the letter it
   listed: the row now names the letters that fit too.
2. ``pipeline restore FILE`` on a speaker's credit line whose office no post follows (``潮見市 農林水産課　長谷 \ufffd子``)
   offered 拍, 電, 女 for the given name: a name closing its line after an office's name is never filled
   (``abstention.name_after_office``).
3. A post and its holder's name in brackets in running text (``NPO法人森の学校（代表 \ufffd田 一郎）の協力``) was offered
   山, 吉, 森 in the talk stage: the brackets close the name as a signer's line does (``abstention.name_after_post``).
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text


@pytest.mark.parametrize("text", [
    "The team replaced the (cid:9)lters in May. Each (cid:9)lter lasts a year, and the (cid:9)nal check is in June.\n",
    "We (cid:5)ed the forms and (cid:5)led them in the (cid:5)eld office.\n",
], ids=["fi-or-a", "fi-or-f"])
def test_an_open_ligature_names_the_letters_that_fit_too69(text):
    repairs = restore_text(text)["repairs"]
    assert repairs
    for r in repairs:
        letters = [c["text"] for c in r["candidates"] if len(c["text"]) == 1]
        assert r["status"] != "restored" and letters, r
        rows = [e["detail"] for e in r["evidence"] if e["kind"] == "glyph"]
        assert rows and not any("no single letter fills" in d for d in rows), rows
        assert any(f"({', '.join(letters)}" in d for d in rows), (letters, rows)


def test_a_ligature_only_it_completes_is_still_written69():
    # near miss: one place only ffi completes (efficiency), the glyph committed at every place
    text = "The o(cid:7)ce reported the e(cid:7)ciency of the new pumps.\n"
    repairs = restore_text(text)["repairs"]
    assert [r["restored"] for r in repairs] == ["\ufb03", "\ufb03"], [(r["status"], r["candidates"]) for r in repairs]


G = "\ufffd"


@pytest.mark.parametrize("line", [
    f"潮見市 農林水産課　長谷 {G}子",
    f"北浜町 企画部　{G}藤 美奈",
    f"県立図書館 資料センター　森{G} 健一",
    f"みなと市 福祉事務所 高橋 {G}か",
])
def test_a_name_after_an_office_on_its_credit_line_is_never_filled69(line):
    text = f"地域の取り組み\n{line}\n\n本市では地域の課題に取り組んでいる。\n"
    (repair,) = restore_text(text)["repairs"]
    assert repair["status"] == "unresolved" and not repair["candidates"], repair
    assert any(e["kind"] == "abstention" and "name" in e["detail"] for e in repair["evidence"]), repair


@pytest.mark.parametrize("line", [
    f"市民課　窓口 {G}付",          # the office's counter: common nouns
    f"総務課　会議 資{G}",
])
def test_an_offices_other_words_after_it_name_no_one69(line):
    text = f"地域の取り組み\n{line}\n\n本市では地域の課題に取り組んでいる。\n"
    (repair,) = restore_text(text)["repairs"]
    assert not any(e["kind"] == "abstention" and "name" in e["detail"] for e in repair["evidence"]), repair


@pytest.mark.parametrize("sentence", [
    f"この活動は、NPO法人森の学校（代表 {G}田 一郎）の協力を得て続けている。",
    f"事業は地元の協議会（会長　佐{G}木 花子）が運営している。",
    f"調査には市の観光協会(理事長 {G}本 健)も加わった。",
])
def test_a_post_and_its_holders_name_in_brackets_are_never_filled69(sentence):
    from pipeline.restore import restore
    from tests.segment_inputs import segmented_text
    text = f"丹波市\n里山の保全\n丹波市農村環境課　山本 花子\n\n１．はじめに\n{sentence}\n"
    repairs = [r for t in restore(segmented_text(text)).talks for r in t.repairs]
    assert repairs and all(r.status == "unresolved" and not r.candidates for r in repairs), repairs


def test_a_post_in_brackets_before_prose_names_no_one69():
    text = f"本市の事業は（部長の判断で{G}施）された。\n"
    (repair,) = restore_text(text)["repairs"]
    assert not any(e["kind"] == "abstention" and "name" in e["detail"] for e in repair["evidence"]), repair
