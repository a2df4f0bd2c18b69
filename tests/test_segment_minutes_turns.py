"""Assembly minutes' turns (issue 16 point 2): a record headed only by its title (``… 審議会 会議録``: no field, no
agenda) whose speakers are marked ``○`` + a name alone (``○佐藤花子``) or a name and a post (``○山田会長``), the speech
on the same line after a space or on the next line. The title was read as no evidence of a meeting, the first turn
became the talk's speaker, a speaker alone on its line a section's heading and the speeches front matter."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

TITLE = "第5回 さくら市都市計画審議会 会議録"
TURNS = """\
○山田会長
ただいまから第5回さくら市都市計画審議会を開会いたします。本日の出席委員は
12名で、定足数に達しております。
{blank}○佐藤花子　駅前広場の整備について伺います。バスの乗り場が分かりにくいという声を
地域でよく聞きますが、案内板の設置は検討されているのでしょうか。
{blank}○都市計画課長
ご指摘のとおりでございます。来年度の予算で案内板を設置する予定でございます。
{blank}○鈴木一郎 駐輪場の台数についても教えてください。
{blank}○山田会長
ほかにご意見がなければ、本日の審議会を閉会いたします。
"""


@pytest.mark.parametrize("blank", ["\n", ""], ids=["blank-lines", "no-blank-lines"])
def test_minutes_with_only_a_title_read_each_turn_as_one_paragraph(blank):
    (talk,) = run_text(f"{TITLE}\n\n" + TURNS.format(blank=blank)).talks
    assert talk.title.ja.text == TITLE and talk.speaker.text is None
    assert [t.text for t in talk.front] == []
    (body,) = talk.sections  # the proceedings: one untitled section, no speaker made a heading
    assert (body.number, body.title.text, body.heading) == (None, "", None)
    texts = [p.text for p in body.paragraphs]
    assert [p.split("　")[0].split(" ")[0] for p in texts] == ["○山田会長", "○佐藤花子", "○都市計画課長", "○鈴木一郎", "○山田会長"]
    assert texts[0] == "○山田会長　ただいまから第5回さくら市都市計画審議会を開会いたします。本日の出席委員は12名で、定足数に達しております。"
    assert texts[2] == "○都市計画課長　ご指摘のとおりでございます。来年度の予算で案内板を設置する予定でございます。"


def test_a_presenter_marked_in_a_paper_s_byline_stays_its_speaker():
    # a conference paper marks its presenter by ``○`` too: a name and an affiliation, no speech
    text = ("港湾都市の交流に関する研究\n○山田 太郎（東北大学）・佐藤 花子（京都大学）\n\n"
            "1. はじめに\n本研究では、港湾都市の国際交流について調べた。\n")
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "港湾都市の交流に関する研究"
    assert talk.speaker.text is not None and "山田" in talk.speaker.text.text


def test_a_notice_s_marked_items_are_no_turns():
    # ``○`` items of a notice under a title that names no record: no proceedings, the items stay as they were
    text = ("さくら台公園 清掃活動のお知らせ\n\n○日時　7月20日（土）午前9時から\n○集合場所　さくら台公園 東口\n"
            "○持ち物　軍手、帽子、飲み物\n")
    (talk,) = run_text(text).talks
    lines = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs] \
        + [t.text for s in talk.slides for t in s.lines]
    assert "○集合場所　さくら台公園 東口" in lines
    assert all(s.title.text != "" for s in talk.sections)  # no proceedings


def test_a_notice_s_role_labels_over_their_values_are_no_turns():
    # review of 14759ac: a seminar notice's ``○講師`` / ``○事務局`` alone over their values (no speech: no sentence ends)
    # were joined as turns, and with the notice's fields (``日時　…``) the items became a meeting's proceedings
    text = ("港町市 市民講座のご案内\n\n市民講座「港町の歴史を歩く」を次のとおり開催します。どなたでも参加できますので、"
            "お気軽にお申し込みください。\n\n日時　令和6年7月20日（土）午後2時から4時まで\n会場　港町市立中央公民館　2階大会議室\n"
            "○講師\n港町大学文学部教授、山田太郎氏（港町の近代史が専門です）\n"
            "○事務局\n港町市教育委員会生涯学習課、電話012-345-6789（平日の午前9時から午後5時まで）\n"
            "○申込方法\n電話または窓口で、7月10日までにお申し込みください。\n")
    (talk,) = run_text(text).talks
    lines = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert "○講師" in lines and "○事務局" in lines, lines
    # no proceedings: no untitled section opens on a turn's mark (the notice's prose is its untitled body, helper body50)
    assert not any(s.title.text == "" and s.paragraphs[0].text.startswith("○") for s in talk.sections)
