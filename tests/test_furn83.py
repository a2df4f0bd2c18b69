"""Page furniture and page breaks, helper furn83 (issue 16 point 4; docs/limits.md *Session 82, title82* and trials
82a, 82c). Inputs in tests/data/furn83, each with its expected reading written before any run
(``/work/regress/in_furn83/*.truth.md``):

- a running head whose folio changes sides from page to page (``12   Proceedings of …`` / ``Proceedings of …   13``,
  ``２ … 年報　第２８号`` / ``年報　第２８号 … ３``), or whose text differs between odd and even pages
  (``北斗製作所六十年史 ８６`` / ``８７ 第３章　成長の時代``), goes to the ledger, and the sentence it cut rejoins;
- a short notice's ``-1-`` / ``- 2 -`` folios number its own pages: no slides, no proceedings; its items' set-in
  wrapped lines are one paragraph each;
- near misses (a deck numbered ``1/6``, a contents list, a refrain, a recurring label) keep their reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import furniture_of, segment_file

DATA = Path(__file__).parent / "data" / "furn83"


def _one(name: str):
    doc = segment_file(DATA / name)
    [talk] = doc.talks
    return talk, doc.ledger


def _texts(talk) -> list[str]:
    return [t.text for t in talk.front] + [s.title.text for s in talk.sections if s.title is not None] \
        + [p.text for s in talk.sections for p in s.paragraphs]


def _furniture_texts(ledger) -> str:
    return "\n".join(text for _, text in furniture_of(ledger))


def test_head_whose_folio_changes_sides_is_furniture_and_the_sentence_rejoins():
    talk, ledger = _one("en_poster_head.txt")
    assert talk.title.en is not None and talk.title.en.text == "Seasonal Movement of Wading Birds on the Wexmoor Estuary"
    assert not any("Proceedings of the ESA" in t for t in _texts(talk))
    assert _furniture_texts(ledger).count("Proceedings of the ESA Annual Meeting 2026") == 3
    assert not any(s.number in ("12", "14") for s in talk.sections)
    assert any("the disturbance caused by walkers and dogs on the shore path." in t for t in _texts(talk))


def test_japanese_head_alternating_sides_without_form_feeds():
    talk, ledger = _one("ja_annual_head_alt.txt")
    texts = _texts(talk)
    assert not any("年報" in t for t in texts)
    assert any("昔の道具の使い方を体験してもらった。" in t for t in texts)
    assert any("市民から寄贈されたものである。" in t for t in texts)
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("name", ["ja_history_heads.txt", "ja_history_heads_noff.txt"])
def test_heads_differing_between_odd_and_even_pages_are_furniture(name):
    talk, ledger = _one(name)
    texts = _texts(talk)
    assert not any("六十年史" in t or "成長の時代" in t for t in texts)
    assert talk.title.ja is None
    assert not any(s.title is not None and "第3章" in s.title.text for s in talk.sections)
    assert any("社員が郷里を回って若い人に声をかけたという。" in t for t in texts)
    assert "第3章\u3000成長の時代" in _furniture_texts(ledger)


def test_short_notice_folios_invent_no_slide_and_its_items_wraps_join():
    talk, ledger = _one("ja_road_notice.txt")
    assert talk.shape != "proceedings" and not talk.slides
    assert [s.number for s in talk.sections] == ["1", "2", "3", "4", "5"]
    item4, item5 = talk.sections[3], talk.sections[4]
    assert [p.text for p in item4.paragraphs] == [
        "既設舗装の切削及び打換え、区画線の引き直しを行います。作業は区間を分けて順に進めますので、作業箇所は日によって変わります。"]
    assert item5.paragraphs[0].text == \
        "工事区間では片側交互通行となります。交通誘導員の指示に従って通行してください。なお、夜間及び休日は規制を解除します。"
    # the dates' two lines stay two: the first line stops short of the edge, its bracketed note a line of its own
    assert len(talk.sections[1].paragraphs) == 2
    assert ("page-number", "-1-") in [(str(r), t) for r, t in furniture_of(ledger)]


def test_english_notice_stays_one_paper():
    """Near miss (passes on the base too): its folios were already page numbers."""
    talk, _ = _one("en_road_notice.txt")
    assert not talk.slides
    assert [s.number for s in talk.sections] == ["1", "2", "3", "4", "5"]


def test_running_foot_on_every_page_stays_furniture():
    """Near miss (passes on the base too): a foot recurring on one side was read already."""
    talk, ledger = _one("ja_annual_foot.txt")
    assert _furniture_texts(ledger).count("年報\u3000第28号") == 4
    assert any("昔の道具の使い方を体験してもらった。" in t for t in _texts(talk))


def test_deck_numbered_by_fractions_keeps_its_slides():
    """Near miss (passes on the base too)."""
    talk, _ = _one("nm_en_deck_slash.txt")
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5, 6]


def test_contents_page_numbers_are_no_furniture():
    """Near miss (passes on the base too): a contents list's entries set their numbers on one side, lines apart."""
    talk, ledger = _one("nm_ja_toc.txt")
    assert not furniture_of(ledger)
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("name, line, copies", [
    ("nm_ja_refrain.txt", "みなと\u3000みなと", 2),
    ("nm_en_recurring_label.txt", "Action: Clerk", 3),
])
def test_a_line_that_really_repeats_stays(name, line, copies):
    """Near miss (passes on the base too)."""
    talk, _ = _one(name)
    assert sum(t == line for t in _texts(talk)) == copies


def test_odd_page_head_and_folio_on_lines_of_their_own_go_with_the_even_pages_head():
    """Trial 81a's company chronology (tests/data/title82/shashi.txt): ``…七十五年史      ２１４`` atop page 214, then
    ``２１５`` over ``第５章　資料編`` (the chapter's heading printed again as the odd page's head) mid-table. On the base
    the folio stayed a row and the head a second section ``5``, parting the chronology in two."""
    from segmenting import talk_tables

    doc = segment_file(DATA.parent / "title82" / "shashi.txt")
    [talk] = doc.talks
    furniture = [text for _, text in furniture_of(doc.ledger)]
    assert "215" in furniture and "第5章\u3000資料編" in furniture
    assert [s.title.text for s in talk.sections].count("資料編") == 1
    assert not any(p.text == "215" for s in talk.sections for p in s.paragraphs)
    chronology = next(t for t in talk_tables(talk) if t[0][0] == "西暦")
    assert ("1992", "平成4年", "10月", "東京証券取引所市場第二部に上場") in chronology


def _doubled_rows(ledger) -> list[str]:
    return [r.text for r in ledger if str(r.reason) == "doubled-layer"]


def test_short_heading_and_request_printed_twice_keep_one_copy():
    talk, ledger = _one("ja_newsletter_doubled_short.txt")
    assert [s.title.text for s in talk.sections] == ["三者面談について", "持ち物", "連絡"]
    assert [p.text for p in talk.sections[1].paragraphs] == ["筆記用具と上履きを持ってきてください。"]
    assert len(_doubled_rows(ledger)) == 2


def test_short_rule_printed_twice_keeps_one_copy():
    talk, ledger = _one("ja_rules_doubled_short.txt")
    assert [p.text for p in talk.sections[0].paragraphs] == ["従業員は職務に専念すること。"]


def test_a_cheer_said_twice_stays_twice():
    """Near miss (passes on the base too): an exclamation and a short answer are said twice on purpose."""
    talk, ledger = _one("nm_ja_chant.txt")
    texts = _texts(talk)
    assert texts.count("がんばろう！") == 2 and texts.count("はい。") == 2
    assert not _doubled_rows(ledger)
