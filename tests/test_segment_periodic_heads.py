"""A running head in a text dump without pages (no form feeds, no page-number lines): the same line recurring at
about one interval, a page's length, is page furniture as it is where form feeds mark the pages (issue 16 point 4).
A line repeated for its own sake (a refrain) stays text. Made-up dumps; see ``furniture._periodic_heads``."""

from __future__ import annotations

import pytest

from tests.segment_inputs import furniture, paragraphs, run_text

TITLE = "港町の子育て支援に関する調査報告"
SENTENCES = ("港町市では子育て世帯の転入が続いており、保育所の定員は毎年五十人ずつ増えてきた。",
             "しかし待機児童は今も残っており、その原因を三つの調査から整理することが本稿の目的である。",
             "第一の調査は入所申込書の集計であり、申込の時期と希望する保育所の分布を五年分まとめた。")


def _dump(head, pages: int = 3, per_page: int = 38) -> str:
    out = [TITLE, "山田 花子", "港町市 こども課", "", "1. はじめに"]
    k = 0
    for page in range(1, pages + 1):
        if page > 1 and head is not None:
            out.append(head(page))
        out.extend(SENTENCES[(k + n) % 3] for n in range(per_page))
        k += per_page
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("head", [lambda p: f"{TITLE} {p}", lambda p: TITLE, lambda p: f"Minatomachi Childcare Report {p}"],
                         ids=["title and folio", "title alone", "english head with folio"])
def test_a_head_recurring_a_page_apart_is_furniture_without_form_feeds(head):
    doc = run_text(_dump(head))
    talk = doc.talks[0]
    assert talk.title.ja is not None and talk.title.ja.text == TITLE
    assert not any(TITLE in p or "Childcare Report" in p for p in paragraphs(talk))
    assert sum(reason == "running-header" for _, reason in furniture(doc)) >= 2


def test_a_refrain_recurring_at_intervals_stays_text():
    doc = run_text(_dump(lambda p: "みんなで育てる港町の子どもたち"))
    assert sum("みんなで育てる" in p for p in paragraphs(doc.talks[0])) == 2
    assert not any("みんなで育てる" in text for text, _ in furniture(doc))


REPORT_TITLE = "令和6年度 港町の子育て支援に関する調査報告書"
HEAD = "港町の子育て支援に関する調査報告書"  # the title less its year: what the running head prints
WRAPPED = "港町市では子育て世帯の転入が続いており、保育所の定員は毎年五十人ずつ増えてきたが、待機児童は今も残っている。"


def _wrapped_dump(head: str | None, per_page: int = 40) -> str:
    """A report hard-wrapped at 36 characters, no form feeds, its running head set between two pages' lines, so that
    it falls inside a sentence: ``…増えて`` | head | ``きたが…``."""
    flow = WRAPPED * 60
    rows = [flow[k:k + 36] for k in range(0, len(flow), 36)]
    out = [REPORT_TITLE, "", "港町市 こども課", "", "1. はじめに"]
    for n, row in enumerate(rows):
        if head is not None and n and n % per_page == 0:
            out.append(head)
        out.append(row)
    return "\n".join(out) + "\n"


def test_the_titles_main_part_inside_sentences_is_a_running_head():
    """The title less its year (``令和6年度``), set between two halves of a sentence at each page's top, is furniture
    and the sentence is joined across it (trial 24: ``…20%を超え`` | head | ``る減少``)."""
    doc = run_text(_wrapped_dump(HEAD))
    talk = doc.talks[0]
    assert talk.title.ja is not None and talk.title.ja.text == REPORT_TITLE
    assert not any(HEAD in p for p in paragraphs(talk))
    assert sum(text.strip() == HEAD and reason == "running-header" for text, reason in furniture(doc)) >= 2


def test_a_short_piece_of_the_title_recurring_stays_text():
    """A line that is only a short piece of the title (``調査報告書``, under eight characters) shows no head: text."""
    doc = run_text(_dump(lambda p: "調査報告"))
    assert sum(p.strip() == "調査報告" or "調査報告" in p for p in paragraphs(doc.talks[0])) >= 1
    assert not any("調査報告" == text.strip() for text, _ in furniture(doc))
