"""A Japanese notice's items under ``記`` closed by ``以上``, with a part of its own after them (a 株主総会招集通知's
株主総会参考書類, an association's 総会議案書), read in the document's order (issue 16; helper notice84 after fresh-user
trial 84a). Inputs: ``tests/data/notice84/`` (copies in ``/work/regress/in_notice84/``, each with its expected reading;
``nm_*`` near misses), run through extract, clean and segment (``tests/segmenting.py``).

1. The letter's text is the body's first section, the items ``１．日時`` … after it, then the part's title heading a
   section with its motions one level under it (``stage.notice_items_end``, ``stage.part_after_items``); before,
   every item had stood in ``front`` and the letter's text had followed them.
2. ``以上`` never joins the line under it, across a page's folio too (``paragraphs.join_wraps``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import paragraph_texts, segment_file

DATA = Path(__file__).parent / "data" / "notice84"


def _talk(name: str):
    [talk] = segment_file(DATA / name).talks
    return talk


@pytest.mark.parametrize("name, part, motions", [
    ("b_shoshu_ref.txt", "株主総会参考書類", 3),
    ("c_shoshu_folio.txt", "株主総会参考書類", 2),
    ("d_kaisai_annai.txt", "総会議案書", 2),
])
def test_items_then_part_in_raw_order(name, part, motions):
    talk = _talk(name)
    titles = [(s.level, s.title.text) for s in talk.sections]
    assert talk.sections[0].paragraphs[0].text.startswith("拝啓")
    assert not any(t.text.startswith(("１．", "1．", "第1号議案")) for t in talk.front)
    at = titles.index((1, part))
    assert at >= 3  # the items stand before the part
    assert [lv for lv, _ in titles[at + 1:]] == [2] * motions


def test_closing_mark_never_joins_the_next_line():
    talk = _talk("c_shoshu_folio.txt")
    texts = [t.text for t in talk.front] + paragraph_texts(talk)
    assert not any(t.startswith("以上") and t != "以上" for t in texts)


@pytest.mark.parametrize("name", ["nm_letter_no_ki.txt", "nm_ki_no_ijou.txt", "a_shoshu_noref.txt"])
def test_near_misses_unchanged(name):
    """Near misses (pass on base too): a letter with no 記, a 記 block with no 以上, a notice ending on its 以上."""
    talk = _talk(name)
    assert talk.sections[0].paragraphs[0].text.startswith(("拝啓", "下記"))
    assert all(s.level == 1 for s in talk.sections)


@pytest.mark.parametrize("name, lines", [("f_news_fax.txt", 3), ("h_news_box4.txt", 4)])
def test_contact_box_closes_the_newsletter_whole(name, lines):
    """3. A telephone's or fax's label and its number after one space are one value, no table's two cells
    (``clean.tables._without_number_label_spaces``): the box under its heading is the newsletter's closing block."""
    talk = _talk(name)
    closing = [talk.front[k].text for k in talk.front_closing]
    assert len(closing) == lines + 1 and "\t" not in "".join(closing)
    assert not any("\t" in p for p in paragraph_texts(talk))


@pytest.mark.parametrize("name", ["nm_contact_in_prose.txt", "e_news_contact.txt", "g_news_tel_ja.txt"])
def test_contact_near_misses(name):
    """Near misses (pass on base too): a telephone inside a sentence stays its paragraph's; contact boxes the base
    read already."""
    talk = _talk(name)
    closing = [talk.front[k].text for k in talk.front_closing]
    assert (len(closing) == 0) == name.startswith("nm_")
    assert all(s.level == 1 and not s.tables for s in talk.sections)


def test_single_spaced_table_still_parted():
    """Near miss (passes on base too): a table whose cells part at single spaces keeps its TABs."""
    talk = segment_file(DATA / "nm_price_table.txt").talks[0]
    assert any(t.text == "入館料\t500\t200" for t in talk.front) or any("入館料\t500\t200" == p for p in paragraph_texts(talk))
