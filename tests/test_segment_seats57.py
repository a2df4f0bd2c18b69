"""Assembly minutes' members named by their seat (issue 16 B, helper news57): ``○3番（中野誠君）　…``,
``◆１５番（佐藤花子議員）　…``, ``○１２番（鈴木次郎委員）`` alone over the speech. The seat was read as no speaker, so the
turn became a front line (the first, right under the title) or a section's heading (alone on its line), while
``○委員長（山田太郎）`` was a turn. A list's ``○ 3番線…`` and a seat with no member's name stay as they were."""

from __future__ import annotations

import pathlib

import pytest

from pipeline.segment.labels import speaker_turn, turn_head
from tests.segment_inputs import run_text

INPUTS = pathlib.Path(__file__).parent / "data" / "news57"


@pytest.mark.parametrize("line", [
    "○3番（中野誠君）　ただいまの議長のお許しをいただきましたので、質問いたします。",
    "◆１５番（佐藤花子議員）　関連して質問いたします。",
    "○１２番（鈴木次郎委員）　委員会の日程について確認させてください。",
    "○３番（中野　誠君）　質問します。",
    "◆7番（木村優子）　子育て支援について質問します。",
    "◆議長（山本一郎君）　会議を開きます。",
])
def test_a_seat_with_a_member_s_name_is_a_turn(line):
    assert speaker_turn(line)


@pytest.mark.parametrize("line", ["○3番（中野誠君）", "◆１５番（佐藤花子議員）", "○１２番（鈴木　次郎委員）", "○委員長（山田太郎）"])
def test_a_seat_alone_on_its_line_heads_a_turn(line):
    assert turn_head(line)


@pytest.mark.parametrize("line", [
    "○ 3番線のホームは、5月1日から使えません。",  # a list's item on a platform
    "○ 1番（改札口）　午前7時に開きます。",  # a seat with no member's name
    "○1番（改札口）",
    "○3番　伺います。",  # a number alone names no one
    "◆春の防災訓練　3月16日に行います。",  # a newsletter's item behind ◆
    "◆春の防災訓練",
    "■3番（中野誠君）　伺います。",  # no speaker's mark
])
def test_near_misses_are_no_turns(line):
    assert not speaker_turn(line) and not turn_head(line)


MINUTES_HEADS = """\
令和６年第３回港北町議会定例会会議録
○議長（山本一郎君）
ただいまから本日の会議を開きます。日程第１、一般質問を行います。
○３番（中野　誠君）
議長のお許しをいただきましたので、通告に従い質問いたします。町営バスの運行について伺います。
○町長（田中一郎君）
中野議員のご質問にお答えします。来年度から便数を増やす予定です。
○３番（中野　誠君）
ありがとうございました。以上で質問を終わります。
"""

MINUTES_SAME_LINE = """\
南山市議会　建設委員会会議録
○5番（大野健一委員）　道路の補修計画について伺います。今年度は何か所を予定して
いるのでしょうか。
○委員長（石田和夫）　土木課長。
○土木課長（松本修）　今年度は１２か所を予定しております。
○5番（大野健一委員）　わかりました。早めの対応をお願いします。
"""


def _proceedings(text):
    (talk,) = run_text(text).talks
    assert talk.speaker.text is None and [t.text for t in talk.front] == []
    (body,) = talk.sections
    assert (body.number, body.title.text, body.heading) == (None, "", None)
    return [p.text for p in body.paragraphs]


def test_seats_alone_over_their_speech_are_turns_not_headings():
    texts = _proceedings(MINUTES_HEADS)
    assert [t.split("　")[0] for t in texts] == ["○議長（山本一郎君）", "○3番（中野", "○町長（田中一郎君）", "○3番（中野"]
    assert texts[1] == "○3番（中野　誠君）　議長のお許しをいただきましたので、通告に従い質問いたします。町営バスの運行について伺います。"


def test_a_seat_s_turn_under_the_title_is_no_front_line():
    texts = _proceedings(MINUTES_SAME_LINE)
    assert texts[0] == "○5番（大野健一委員）　道路の補修計画について伺います。今年度は何か所を予定しているのでしょうか。"
    assert len(texts) == 4


def test_a_list_of_platforms_stays_a_list():
    text = ("駅構内のご案内\n港南駅では、ホームの工事のため、一部の乗り場が変わります。\n"
            "○ 2番（西口）　エレベーターがあります。\n"
            "○ 3番線のホームは、5月1日から使えません。\n○ 4番線（快速）は、これまでどおり発車します。\n"
            "ご不便をおかけしますが、ご理解をお願いします。\n")
    (talk,) = run_text(text).talks
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "○ 3番線のホームは、5月1日から使えません。" in texts and "○ 2番（西口）　エレベーターがあります。" in texts
    assert all(s.title.text != "" for s in talk.sections) or texts[0].startswith("港南駅")  # no proceedings


@pytest.mark.parametrize("stem", ["minutes_b4", "minutes_b5"])
def test_saved_inputs_read_as_proceedings(stem):
    texts = _proceedings((INPUTS / f"{stem}.txt").read_text(encoding="utf-8"))
    assert all(t.startswith(("○", "◆")) for t in texts)
