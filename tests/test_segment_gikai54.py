"""A Japanese assembly's plenary minutes (会議録 of a city, town or prefectural assembly; issue 16, trial 54): the
record's name line (``令和7年第4回白浜市議会定例会会議録（第2号）``), the day's agenda (``議事日程（第2号）`` / ``第1　一般
質問``), the attendance as a label with its head count (``出席議員（18名）``) over a roster of seat numbers and names
(``1番　青木 一郎君　　　2番　井上 花子君``), then the speakers' turns (``○議長（山本一郎君）　…``). Trial 54 had the
agenda's heading as the title, the head count ``18名`` as the speaker's name (``出席議員`` its affiliation), and the
roster's first line as a numbered heading ``1`` over every turn. Made-up records, not trial 54's."""

from __future__ import annotations

import pytest

from pipeline.numbering import solve
from pipeline.segment.labels import floor_note, form_field
from pipeline.segment.events import is_session_time
from pipeline.segment.names import speaker_split
from tests.segment_inputs import run_text

RULE = "─" * 25

TURNS = """\
　　　　　午前10時00分　開議
○議長（石川　守君）　ただいまから本日の会議を開きます。
　日程第1、一般質問を行います。順次発言を許します。
　{seat}番、森田直樹君。
　　　〔{seat}番　森田直樹君登壇〕
○{seat}番（森田直樹君）　通告に従い、学校給食について質問いたします。
　物価の上昇が続く中、給食費の保護者負担をどう抑えるのか、町の考えを伺います。
○議長（石川　守君）　教育長。
○教育長（原田　聡君）　お答えします。本年度は食材費の上昇分を町が負担しております。
○{seat}番（森田直樹君）　来年度の見通しをお示しください。
○議長（石川　守君）　以上で本日の日程は全て終了しました。本日はこれで散会します。
　　　　　午前11時05分　散会
"""

PLENARY = {
    "two seats a line": dict(
        title="令和6年第3回桜台町議会定例会会議録（第2号）",
        attendance="出席議員（12名）",
        roster=["　1番　森田 直樹君　　　2番　井上 花子君", "　3番　上田 誠君　　　　4番　佐々木 恵君"],
        seat="1"),
    "one seat a line, full-width": dict(
        title="令和７年第１回港北市議会定例会会議録（第３号）",
        attendance="出席議員（２０名）",
        roster=["　　１番　　森田　直樹君", "　　２番　　井上　花子君", "　　３番　　上田　　誠君"],
        seat="１"),
    "absent members too": dict(
        title="令和6年12月港南町議会定例会会議録",
        attendance="出席議員（11名）",
        roster=["　1番　森田 直樹君　　　2番　井上 花子君", "欠席議員（1名）", "　5番　大野 隆君"],
        seat="1"),
    "session line without 会議録": dict(
        title="令和6年第4回桜台町議会定例会（第2日）",
        attendance="出席議員　12名",
        roster=["　1番　森田 直樹君　　　2番　井上 花子君", "　3番　上田 誠君　　　　4番　佐々木 恵君"],
        seat="1"),
}


def _plenary(title: str, attendance: str, roster: list[str], seat: str) -> str:
    return "\n".join([title, "", "令和6年12月9日（火曜日）", RULE, "議事日程（第2号）", "　令和6年12月9日　午前10時開議",
                      "　第1　一般質問", RULE, attendance, *roster, RULE, TURNS.format(seat=seat)])


@pytest.mark.parametrize("case", list(PLENARY), ids=list(PLENARY))
def test_plenary_minutes_title_no_speaker_and_one_body(case):
    record = PLENARY[case]
    (talk,) = run_text(_plenary(**record)).talks
    # the record's own name line is its title, over the agenda's heading under it
    assert talk.title.ja is not None and talk.title.ja.text == record["title"].translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    # minutes have no author: the attendance's label and head count name no one
    assert talk.speaker is None or (talk.speaker.text is None and talk.speaker.name is None)
    front = [t.text for t in talk.front]
    assert any(t.startswith("議事日程") for t in front) and any(t.startswith("出席議員") for t in front), front
    # the roster is front: a seat number is no heading's number
    assert any("井上" in t and "花子" in t for t in front), front
    (body,) = talk.sections
    assert (body.number, body.heading, body.title.text) == (None, None, "")
    paragraphs = [p.text for p in body.paragraphs]
    assert paragraphs[0].startswith("○議長（石川"), paragraphs
    turns = [p for p in paragraphs if p.startswith("○")]
    assert len(turns) == 6  # each turn opens its own paragraph, none glued to the next
    assert any(p.startswith("〔") and "登壇〕" in p or "登壇〕" in p for p in paragraphs)  # the stage direction kept
    assert paragraphs[-1].endswith("散会")


def test_committee_minutes_attendance_count_is_no_speaker():
    text = "\n".join([
        "令和7年　若葉市議会　総務常任委員会会議録", "",
        "令和7年3月4日（火）", "出席委員（5名）",
        "　委員長　佐藤 健一君　　副委員長　高橋 美和君", "　委員　伊藤 修君　　委員　渡辺 聡君　　委員　中村 翼君",
        "欠席委員（0名）", "",
        "○委員長（佐藤健一君）　ただいまから総務常任委員会を開会いたします。",
        "○総務課長（木下　誠君）　御説明いたします。庁舎の照明を順次LEDに替える計画でございます。",
        "○伊藤委員　費用の見込みはいかがでしょうか。",
        "○総務課長（木下　誠君）　約3,000万円を見込んでおります。",
    ])
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "令和7年　若葉市議会　総務常任委員会会議録"
    assert talk.speaker is None or (talk.speaker.text is None and talk.speaker.name is None)
    (body,) = talk.sections
    assert body.number is None and body.paragraphs[0].text.startswith("○委員長")


@pytest.mark.parametrize("line,label", [
    ("出席議員（18名）", "出席議員"), ("出席議員（１８名）", "出席議員"), ("欠席議員（0名）", "欠席議員"),
    ("出席委員（7人）", "出席委員"), ("欠席議員（なし）", "欠席議員"), ("出席議員　18名", "出席議員"),
    ("説明のため出席した者（15名）", "説明のため出席した者"),
])
def test_an_attendance_label_with_its_head_count_is_a_field(line, label):
    assert form_field(line) == label


@pytest.mark.parametrize("line", ["調査の対象者（30名）について", "出席議員の皆様へ", "議員定数（18名）の見直し"])
def test_a_count_inside_a_phrase_or_an_unlisted_label_is_no_field(line):
    assert form_field(line) is None


@pytest.mark.parametrize("line", ["出席議員（18名）", "市議会議員（18名）", "市議会議員 18名", "委員長（計5名）"])
def test_a_head_count_is_no_persons_name(line):
    assert speaker_split(line) is None


def test_a_post_before_a_name_is_still_a_speaker_line():
    assert speaker_split("港町市議会議員 山田 太郎") is not None


@pytest.mark.parametrize("roster", [
    ["1番　青木 一郎君　　　2番　井上 花子君", "3番　上田 誠君　　　　5番　佐々木 恵君"],
    ["1番　青木 一郎", "2番　井上 花子", "3番　上田 誠"],
    ["１番　　青木　一郎君", "２番　　井上　花子君"],
])
def test_a_seat_number_is_no_headings_number(roster):
    assert solve(roster + ["○議長（山本一郎君）　ただいまから本日の会議を開きます。"]) == []


def test_numbered_headings_glued_to_their_title_still_count():
    # a counter only where it is a word of its own: ``1日本の課題`` opens on 日本, no day
    headings = solve(["1はじめに", "本文です。", "2日本の課題", "本文です。", "3 番号の付け方", "本文です。"])
    assert [h.number for h in headings] == ["1", "2", "3"]


@pytest.mark.parametrize("line", ["〔5番　佐々木恵君登壇〕", "〔市長　中川正人君登壇〕", "〔降壇〕", "（拍手）", "〔発言する者あり〕",
                                  "〔議長退席、副議長着席〕", "（午前11時02分　休憩）", "〔「異議なし」と呼ぶ者あり〕"])
def test_a_minutes_stage_direction_is_a_note_no_heading(line):
    assert floor_note(line)


@pytest.mark.parametrize("line", ["〔日程第1〕", "〔「地域」とは〕", "（市長の答弁）", "〔登壇者一覧〕", "【議事（1）ごみ減量計画について】"])
def test_a_bracketed_heading_is_no_stage_direction(line):
    assert not floor_note(line)


MARKED = "\n".join([
    "令和6年第3回桜台町議会定例会会議録（第2号）", "", "○令和6年12月9日（火曜日）", "○議事日程（第2号）",
    "　令和6年12月9日　午前10時開議", "　第1　一般質問", "○出席議員（12名）", "　1番　森田 直樹君　　　2番　井上 花子君",
    "　3番　上田 誠君　　　　4番　佐々木 恵君", "○欠席議員（なし）", "○説明のため出席した者", "　町長　　　　原田　一郎君",
    "　教育長　　　原田　聡君", "○職務のため出席した事務局職員", "　事務局長　　田中　実君", RULE, TURNS.format(seat="1")])


def test_fields_marked_with_a_circle_are_fields_and_their_people_no_speaker():
    # real records mark each field as they mark a turn (``○出席議員（12名）``, ``○説明のため出席した者`` over its people)
    (talk,) = run_text(MARKED).talks
    assert talk.title.ja.text == "令和6年第3回桜台町議会定例会会議録（第2号）"
    assert talk.speaker is None or (talk.speaker.text is None and talk.speaker.name is None)
    front = [t.text for t in talk.front]
    assert "○説明のため出席した者" in front and any(t.startswith("町長") for t in front), front
    (body,) = talk.sections
    assert (body.number, body.heading) == (None, None)
    assert body.paragraphs[0].text.startswith("○議長（石川")


def test_the_opening_time_right_under_the_fields_is_no_heading():
    text = "\n".join(["令和6年第3回桜台町議会定例会会議録（第2号）", "", "出席議員（十二名）",
                      "　1番　森田 直樹君　　　2番　井上 花子君", "欠席議員（０名）", TURNS.format(seat="1")])
    (talk,) = run_text(text).talks
    (body,) = talk.sections
    assert (body.number, body.heading) == (None, None)
    assert any(t.text.endswith("開議") for t in talk.front)
    assert body.paragraphs[-1].text.endswith("散会")


@pytest.mark.parametrize("line,label", [
    ("○出席議員（12名）", "出席議員"), ("○欠席議員（なし）", "欠席議員"), ("○説明のため出席した者", "説明のため出席した者"),
    ("説明のため出席した者", "説明のため出席した者"), ("○職務のため出席した事務局職員", "職務のため出席した事務局職員"),
    ("地方自治法第121条第1項の規定により説明のため出席した者", "説明のため出席した者"), ("出席委員", "出席委員"),
])
def test_an_attendance_label_alone_or_marked_is_a_field(line, label):
    assert form_field(line) == label


@pytest.mark.parametrize("line", ["日程", "場所", "○会場（市民ホール）　駐車場があります。", "出席委員の意見"])
def test_a_notice_label_alone_stays_what_it_was(line):
    assert form_field(line) is None


@pytest.mark.parametrize("line", ["午前10時00分　開議", "午後1時30分開会", "（午前11時02分　休憩）", "午後3時15分　再開",
                                  "午前11時42分　散会"])
def test_a_session_time_line_is_a_note(line):
    assert is_session_time(line)


@pytest.mark.parametrize("line", ["開議の時刻について", "午前10時から開議します。", "10時　開会式"])
def test_a_sentence_about_the_session_is_no_time_note(line):
    assert not is_session_time(line)


NUMBERED_RECORD = """\
　　　　　　総務常任委員会記録

１　日　時　　令和７年６月１８日（水）午前１０時００分開会
２　場　所　　第２委員会室
３　出席委員（６名）
　　委 員 長　　松田　恭子　　　副委員長　　岡本　健太
４　欠席委員　　なし
５　説明のため出席した者
　　総務部長　　小林　誠　　　　財政課長　　森　真理子
６　議　題
　　議案第３２号　浜北市税条例の一部を改正する条例について

○委員長（松田恭子君）　ただいまから総務常任委員会を開会いたします。
○総務部長（小林誠君）　議案第３２号について御説明いたします。
○委員長（松田恭子君）　以上で本日の委員会を閉会いたします。
"""


def test_a_record_s_numbered_fields_are_front_never_sections():
    """Trial 54c: a committee's record numbers its fields (``１　日　時　　…``); fields 3 to 6 had become sections and
    fields 1 and 2 one front line glued together (``…開会2　場　所…``)."""
    (talk,) = run_text(NUMBERED_RECORD).talks
    front = [t.text for t in talk.front]
    assert "1　日　時　　令和7年6月18日（水）午前10時00分開会" in front and "2　場　所　　第2委員会室" in front
    assert {"3　出席委員（6名）", "4　欠席委員　　なし", "5　説明のため出席した者"} <= set(front)
    assert [s.number for s in talk.sections if s.number in {"1", "2", "3", "4", "5"}] == []
