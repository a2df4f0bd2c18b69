"""Issue 16 point 4 (helper furn72): a running head seen once, beside the folio of a two-page document's one break.

Fresh-user trial 72 (``/work/regress/in_trial72``, copies here as ``t72_*.txt``): eight two-page documents each print
one folio at the break (``2``, ``－ ５３ －``, ``- 2 -``, ``Page 1 of 2``) with a running head beside it; the folios were
set aside (not the bare ``2``), the heads stayed paragraphs glued into the section the break fell in, and in the
annual report the head kept ``Performance Highlights`` from heading its section. Recurrence never counts one copy;
``pipeline.segment.breakheads`` weighs it: its place beside the folio, its shape (no sentence, no heading, no item)
and what it says (page 1's top repeated, a volume's or issue's number, a month's date, the document's kind).

Other inputs of the kind (``/work/regress/in_furn72``): form feed at the break, the head before the folio (a foot),
``Page 1``, a bare full-width ``２``. Near misses that stay as they were: an unnumbered heading after a bare ``2``, a
numbered heading repeating the title's words, a chapter heading holding a year, a sentence carried on over the folio,
a heading holding a year and nothing of page 1's top, a heading that is a piece of the title (and helper fix68b's\n``水辺の利用`` on both sides of a folio, tests/test_pagefurn68.py). The tests marked so fail on the base code (/work/wt/b72).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import furniture_of, kept_texts, segment_text

DATA = Path(__file__).parent / "data" / "furn72"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return " ".join(s.split())


HEADS = [
    ("t72_a_oshirase.txt", "桜川市 お知らせ　令和7年11月", "－1－"),
    ("t72_b_kaigiroku.txt", "総務文教常任委員会会議録（令和7年12月8日）", "－ 1 －"),
    ("t72_c_confpaper.txt", "Riverside Promenades — Whitfield, Kumaran and Lindqvist", "2"),
    ("t72_f_newsletter.txt", "ひまわり通信　第87号", "－2－"),
    ("t72_g_jpaper.txt", "地域計画研究　第32巻", "－ 53 －"),
    ("t72_h_minutes.txt", "Millbrook Parish Council — Planning Committee, 4 November 2025", "Page 1 of 2"),
    ("t72_i_press.txt", "報道発表資料", "－1－"),
    ("t72_j_annual.txt", "Northgate Housing Trust — Annual Report 2024–25", "2"),
    ("ja_notice_head_after_folio.txt", "みどり町 広報　令和7年9月", "－1－"),
    ("ja_journal_bare_fullwidth.txt", "交通地域研究　第18号", "2"),
    ("ja_kaigiroku_head_date.txt", "産業建設常任委員会会議録（令和7年9月10日）", "－ 3 －"),
    ("en_newsletter_page_word.txt", "Riverside Gardeners' Newsletter — Issue 14", "Page 1"),
    ("en_minutes_form_feed.txt", "Ashcombe Town Council — Finance Committee, 3 March 2025", "Page 1 of 2"),
]


@pytest.mark.parametrize("name, head, folio", HEADS)
def test_head_seen_once_beside_the_folio_is_furniture(name, head, folio):
    doc = _doc(name)
    furniture = [(reason, _norm(text)) for reason, text in furniture_of(doc.ledger)]
    assert ("running-header", _norm(head)) in furniture
    assert ("page-number", _norm(folio)) in furniture
    assert not any(_norm(head) in _norm(k) for k in kept_texts(doc) if k)


def test_head_before_the_folio_is_the_page_foot():
    doc = _doc("en_paper_head_before_folio.txt")
    furniture = [(reason, _norm(text)) for reason, text in furniture_of(doc.ledger)]
    assert furniture == [("running-footer", "Coastal Erosion and Managed Retreat — Pennington and Oyelaran"),
                         ("page-number", "- 1 -")]


def test_annual_report_heads_its_section_after_the_head():
    (talk,) = _doc("t72_j_annual.txt").talks
    headings = [s.heading.text if s.heading is not None else None for s in talk.sections]
    assert "Performance Highlights" in headings


@pytest.mark.parametrize("name, line", [
    ("nm_en_heading_after_folio.txt", "Performance Highlights"),
    ("nm_en_numbered_heading.txt", "2. Coastal Erosion and Managed Retreat"),
    ("nm_ja_chapter_after_folio.txt", "第3章　令和6年度の調査結果"),
    ("nm_en_sentence_goes_on.txt", "Northgate Housing Trust Annual Report 2024–25 plan"),
    ("nm_en_unrelated_year_heading.txt", "Outlook for 2026"),
    ("nm_ja_title_piece_heading.txt", "空き家の利活用と地域コミュニティ"),
])
def test_near_misses_take_no_head(name, line):
    doc = _doc(name)
    assert [r for r, _ in furniture_of(doc.ledger) if r != "page-number"] == []
    texts = [_norm(k) for k in kept_texts(doc) if k]
    headings = [_norm(s.heading.text) for t in doc.talks for s in t.sections if s.heading is not None]
    assert any(_norm(line) in k for k in texts + headings)
