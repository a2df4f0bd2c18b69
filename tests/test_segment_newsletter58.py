"""A Japanese municipal newsletter's two kinds of headline (fresh-user trial 58, helper news58b): short unmarked
headlines at the margin (``お知らせ``, ``イベント情報``) over the items behind a mark (``■ 粗大ごみの収集日が変わります``) or
over a calendar's entries (``桜まつり　４月５日（土）　中央公園``), and a ``■`` headline that is the only one of its mark.
The unmarked headlines had been paragraphs of the article before, and the lone ``■`` headline a paragraph too. Now
both are sections, the marked items right under a headline its subsections (level 2). A signature's post and name, a
field line and a short line over text that is no calendar's stay as they were."""

from __future__ import annotations

import pathlib

import pytest

from pipeline.segment.sections import _event_entry, _lone_marked
from pipeline.model import Text
from tests.segment_inputs import run_text

INPUTS = pathlib.Path(__file__).parent / "data" / "news58b"

CASES = {
    "newsletter_ja.txt": [(1, "市長あいさつ"), (1, "お知らせ"), (2, "粗大ごみの収集日が変わります"), (2, "市民プールのオープン"),
                          (1, "イベント情報")],
    "news_v1_ja.txt": [(1, "町長あいさつ"), (1, "暮らしの情報"), (2, "住民健診のご案内"), (2, "図書館の休館日"), (1, "催し物")],
    "news_v2_ja.txt": [(1, "区長からのごあいさつ"), (1, "防災のお知らせ"), (2, "避難訓練を行います"), (2, "備蓄品の点検"), (1, "スポーツ")],
    "news_v3_ja.txt": [(1, "村長あいさつ"), (1, "お知らせ"), (2, "水道料金の改定"), (1, "行事予定")],
    "news_v4_ja.txt": [(1, "市長メッセージ"), (1, "暮らし"), (2, "敬老祝い金の支給"), (1, "催し")],
}


def _sections(name: str):
    (talk,) = run_text((INPUTS / name).read_text(encoding="utf-8")).talks
    return talk, [(s.level, s.title.text) for s in talk.sections]


@pytest.mark.parametrize("name", sorted(CASES))
def test_both_kinds_of_headline_are_sections(name):
    talk, sections = _sections(name)
    assert talk.shape == "paper" and sections == CASES[name]
    # the calendar's entry is its headline's paragraph, the headline no paragraph of the article before
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any(title in paragraphs for _, title in CASES[name])


def test_a_signature_under_the_greeting_heads_nothing():
    _, sections = _sections("nm1_signature_fields_ja.txt")
    assert sections == [(1, "町長あいさつ"), (1, "春の清掃活動"), (1, "防災訓練")]


def test_a_short_line_over_text_no_calendar_s_stays_text():
    _, sections = _sections("nm3_short_line_over_plain_ja.txt")
    assert sections == [(1, "会長あいさつ")]


def test_a_calendar_entry_and_a_field():
    assert _event_entry("夏まつり　7月20日（日）　村民広場") and _event_entry("Fun run　5 April　Riverside Park")
    assert not _event_entry("日時　5月18日（日）午前9時から") and not _event_entry("筆記用具、上履き")
    assert not _event_entry("7月1日から市民プールを開場します。　入場料は　大人300円です。")


def test_a_lone_marked_headline_needs_a_headline_over_it():
    mk = lambda *ss: [Text.inserted(s) for s in ss]
    assert _lone_marked(mk("ご協力ください。", "お知らせ", "◆ 敬老祝い金の支給", "75歳以上の方に祝い金を支給します。"), set()) == {2}
    assert _lone_marked(mk("ご協力ください。", "◆ 敬老祝い金の支給", "75歳以上の方に祝い金を支給します。"), set()) == set()
    assert _lone_marked(mk("ご協力ください。", "お知らせ", "◆ 持ち物", "筆記用具"), set()) == set()
