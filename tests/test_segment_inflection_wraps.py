"""Japanese wraps in meeting minutes (trial 29): ``…という要望書が提出`` / ``されております。`` stayed two paragraphs, a line
7 columns short of its measure that stops on a kanji, the next opening on the inflection of the word left open (no
sentence opens on an auxiliary verb); and in a dump wrapped by hand at no one width, a speaker's turn (``○…``) ending on
a comma after its sentences was taken for a heading."""

from __future__ import annotations

import pytest

from pipeline.segment.paragraphs import opens_on_auxiliary
from tests.segment_inputs import run_text
from tests.segment_documents import minutes


def test_a_wrap_before_the_inflection_of_the_word_left_open_is_joined():
    (talk,) = run_text(minutes("第3回 青葉区地域公共交通委員会 会議録")).talks
    # the speeches are the body's (one untitled section: test_segment_proceedings.py), the fields front
    texts = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert any("要望書が提出されております。現在、" in t for t in texts)
    assert any("会議は成立しております。" in t for t in texts)
    assert all(not t.startswith("されて") for t in texts)


@pytest.mark.parametrize("line, expected", [
    ("されております。現在、", True), ("ます。その点は", True), ("ました。満足度は", True), ("られる予定です。", True),
    ("ですから、次に", False), ("なので、", False), ("また、", False), ("おります。", False), ("まとめ、次回", False),
    ("市では、", False), ("停留所を", False)])
def test_auxiliaries(line, expected):
    assert opens_on_auxiliary(line) is expected


SHINGIKAI = """\
平成30年度 第2回 みどり町まちづくり審議会 議事録

日　時：平成30年11月20日（火）午前10時～正午
場　所：みどり町役場 3階 大会議室
出席委員：会長 木村正、副会長 田中洋子、委員 石井弘、委員 森川優
欠席委員：委員 西村健二
説明員：企画課長 大島誠、企画課主査 岡本静
傍聴者：2名

次　第
1　開会
2　議事
（1）第5次総合計画の進捗について
（2）その他
3　閉会

○会長（木村正）　ただいまから平成30年度第2回みどり町まちづくり審議会を開会します。本日は委員5名
のうち4名の出席があり、会議は成立しております。
○企画課長（大島誠）　第5次総合計画の進捗についてご説明します。計画に掲げた42の施策のうち、
31の施策が予定どおり進んでおります。遅れている施策は、主に公共施設の再編に関するもので
ございます。
○委員（石井弘）　公共施設の再編が遅れている理由を教えてください。
○企画課主査（岡本静）　地元との協議に時間を要しているためです。来年度中に方針を取りまとめ
る予定でございます。
○会長（木村正）　ほかにご意見がなければ、本日の審議会を閉会します。
（午前11時45分 閉会）
"""


def test_a_speakers_turn_ending_on_a_comma_goes_on_in_a_ragged_dump():
    """A dump wrapped by hand at no one width shows no measure: a speaker's turn (``○企画課長（大島誠）　…``, marked
    like a list item) that ends on a comma after its sentences was taken for a heading, the next line not joined."""
    (talk,) = run_text(SHINGIKAI).talks
    assert talk.title.ja.text == "平成30年度 第2回 みどり町まちづくり審議会 議事録"
    # the proceedings are the body, one untitled section (test_segment_proceedings.py); the agenda stays front
    assert talk.speaker.text is None and [(s.number, s.title.text) for s in talk.sections] == [(None, "")]
    front = [t.text for t in talk.front]
    body = [p.text for p in talk.sections[0].paragraphs]
    assert "○企画課長（大島誠）　第5次総合計画の進捗についてご説明します。計画に掲げた42の施策のうち、31の施策が予定どおり" \
           "進んでおります。遅れている施策は、主に公共施設の再編に関するものでございます。" in body
    assert "○委員（石井弘）　公共施設の再編が遅れている理由を教えてください。" in body
    assert ["次　第", "1　開会", "2　議事", "（1）第5次総合計画の進捗について", "（2）その他", "3　閉会"] == front[6:12]
