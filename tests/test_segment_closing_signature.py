"""Minutes whose signature and record fields are set straight under the last item's text, no blank line between
(issue 16: the fields were read as the last item's paragraphs), as made-up documents."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

EN = """\
Northfield Community Choir
Committee Meeting Minutes

Present: Rosa Diaz (Chair), Tom Hale (Secretary), June Park
Apologies: Ivan Roy

1. Spring concert
The concert will be held on 18 May at St Luke's. Tickets cost £8.

2. Music library
Tom has catalogued the scores. Twelve sets need replacing.

3. Any other business
June thanked the accompanist for her years of service.
{closing}"""

JA = """\
第4回 ひばり台図書館友の会 運営委員会 議事録

日時：令和6年9月12日（木）18時30分〜20時
場所：ひばり台図書館 集会室
出席者：中村会長、岡田副会長、石井会計、北川書記

1. 前回議事録の確認
前回の議事録を確認し、承認した。

2. 秋の古本市について
10月の古本市の準備について協議し、搬入の担当を決めた。
{closing}"""


@pytest.mark.parametrize("closing", [
    "Signed: Rosa Diaz (Chair)\nDate: 20 June 2024",
    "Minutes taken by: Tom Hale\nSigned: ____________\nRosa Diaz\nChair",
])
def test_english_signature_under_the_last_item_is_front_matter(closing: str) -> None:
    [talk] = run_text(EN.format(closing=closing)).talks
    assert [s.title.text for s in talk.sections] == ["Spring concert", "Music library", "Any other business"]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "June thanked the accompanist for her years of service."]
    assert [t.text for t in talk.front][-len(closing.split("\n")):] == closing.split("\n")


@pytest.mark.parametrize("closing", [
    "以上\n議事録署名人　中村 和夫\n記録　北川 里美",
    "以上\n\n議事録署名人　中村 和夫\n記録　北川 里美",
    "議事録署名人：中村 和夫\n記録者：北川 里美",
])
def test_japanese_signature_after_the_body_end_is_front_matter(closing: str) -> None:
    """``以上`` closes the body and stays the last item's line; the fields under it, blank line or not, are front."""
    [talk] = run_text(JA.format(closing=closing)).talks
    assert [s.title.text for s in talk.sections] == ["前回議事録の確認", "秋の古本市について"]
    body = ["10月の古本市の準備について協議し、搬入の担当を決めた。"] + (["以上"] if "以上" in closing else [])
    assert [p.text for p in talk.sections[-1].paragraphs] == body
    fields = [s for s in closing.split("\n") if s and s != "以上"]
    assert [t.text for t in talk.front][-len(fields):] == fields


@pytest.mark.parametrize("last", [
    "Signed contracts with both venues were reviewed and found in order.",
    "Signed copies of the policy will be filed.\nThe meeting closed at 9 pm.",
])
def test_a_sentence_opening_on_signed_stays_the_items_text(last: str) -> None:
    """A sentence that opens on the word is the item's text, not a signature's label (the meeting's closing statement
    under it is a closing field, trial 49)."""
    [talk] = run_text(EN.format(closing=last)).talks
    assert [p.text for p in talk.sections[-1].paragraphs][-1].endswith(last.split("\n")[0])
    assert not any("Signed" in t.text for t in talk.front)


SPORTS = """\
第2回 みなと町体育協会 理事会 議事録

日時：令和6年6月10日（月）午後7時～午後8時30分
場所：みなと町公民館 第1会議室

1. 夏祭りへの協力について
7月の夏祭りで本会が受付と救護テントを担当することを承認した。

2. 春季陸上競技大会の報告
男子100メートル決勝では中学3年の田中選手が大会新記録で優勝した。
{last}"""


@pytest.mark.parametrize("closing", ["", "\n議事録署名人　石井 弘"], ids=["alone", "signed-under"])
@pytest.mark.parametrize("last", ["記録：10秒52", "記録　大会新記録", "Record: 10.52 s"])
def test_a_record_label_before_no_name_stays_the_items_text(last: str, closing: str) -> None:
    """Review 48: ``記録`` labels a race's time as well as the minutes' recorder; only a label then a person's name
    (or a rule to sign on) is the signature."""
    [talk] = run_text(SPORTS.format(last=last + closing)).talks
    assert [p.text for p in talk.sections[-1].paragraphs][-1] == last
    assert last not in [t.text for t in talk.front]
    if closing:
        assert [t.text for t in talk.front][-1] == closing.strip()
