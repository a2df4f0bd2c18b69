"""A newsletter's masthead and its issue on one line parted by a half-width space (issue 16, helper head58):
``市報あおば 2026年4月号`` had been the title whole (clean takes the space between Japanese and a digit out, so
segment saw ``市報あおば2026年4月号``); the issue is front matter and the masthead the title, as when an ideographic space
or a line parts them. Made-up inputs (also under /work/regress/in_head58/)."""

from __future__ import annotations

import pytest

from segmenting import only_talk

BODY = ("\n編集・発行　青葉市 広報課\n新しい市民プールができました\n　４月１日、青葉公園に新しい市民プールが開館しました。"
        "屋内にあり、一年中泳ぐことができます。\n健康診断のご案内\n　今年度の健康診断は６月から始まります。対象の方には"
        "通知をお送りします。\n問い合わせ　広報課　電話 022-333-4444\n")


@pytest.mark.parametrize("masthead, title, issue", [
    ("市報あおば 2026年4月号", "市報あおば", "2026年4月号"),
    ("広報みどり 令和8年5月号", "広報みどり", "令和8年5月号"),
    ("みなと通信 第12号", "みなと通信", "第12号"),
    ("きた町だより 第３４５号", "きた町だより", "第345号"),
])
def test_an_issue_after_a_half_width_space_is_front(masthead, title, issue):
    talk, _ = only_talk(masthead + BODY)
    assert talk.title.ja.text == title
    assert issue in [t.text.strip() for t in talk.front]


@pytest.mark.parametrize("masthead", ["市報あおば2026年4月号", "まちの記録 2026年4月"])
def test_no_space_or_no_issue_leaves_the_title_whole(masthead):
    # glued in the raw line too (no evidence of a gap), or a date that is no month's issue (no 号)
    talk, _ = only_talk(masthead + BODY)
    assert talk.title.ja.text == masthead.replace(" ", "")


def test_an_english_masthead_keeps_its_issue_apart():
    talk, _ = only_talk("Harbour News No. 12\nPublished by the Harbour Residents' Association\n\nNew benches on the quay\n\n"
                        "The association placed six new benches on the quay in May. They were paid for by the fair.\n")
    assert talk.title.en.text == "Harbour News"
