"""Transcripts' turns written ``名前：発言`` (issue 16 point 2, trial 52b's panel): a panel's, a round-table's or an
interview's record gives each speaker's turn as the speaker's name or role, a colon (full-width or half-width) and what
they said, often wrapped by hand. The first turn (``司会：…``) was read as a minutes' field (``司会``) and went to
``front``; the rest became the body only because the paper had a title. A ``見出し：説明`` line in a paper (``目的：…``,
``期間：2024年…``) is no turn: a transcript shows itself by several turns whose speakers alternate."""

from __future__ import annotations

import pytest

from pipeline.segment.labels import transcript_speaker, transcript_turns
from tests.segment_inputs import run_text

HEAD = """\
シンポジウム「港町の未来を語る」
日時：2025年10月4日（土）13:30～15:00
会場：港町市民会館 大ホール

パネリスト
　山本 健一（港町大学経済学部教授）
　木村 さおり（港町観光協会事務局長）
コーディネーター
　石井 誠（港町新聞社編集委員）

"""
TURNS = """\
{c}それでは、シンポジウムを始めます。最初に山本先生から、港町の人口の動きについて
お話しいただけますか。
{a}はい。港町の人口は、この二十年で約一割減りました。特に二十代の転出が多く、
大学を卒業すると市外に出てしまう若者が目立ちます。
{c}ありがとうございます。木村さん、観光の面からはいかがでしょうか。
{b}観光客は増えています。昨年は過去最多の百二十万人が訪れましたが、宿泊する方は
まだ少ないのが課題です。
{c}最後に、お一人ずつ一言お願いします。
{a}若い人が戻ってこられる仕事をつくることが大切です。
{b}港町の魅力を、もっと多くの方に伝えていきます。
{c}以上でシンポジウムを終わります。ありがとうございました。
"""
SPEAKERS = ["c", "a", "c", "b", "c", "a", "b", "c"]
FORMS = {
    "full-width colon": {"c": "司会：", "a": "山本：", "b": "木村："},
    "half-width colon": {"c": "司会:", "a": "山本:", "b": "木村:"},
    "colon and space": {"c": "司会： ", "a": "山本： ", "b": "木村： "},
    "role with 者": {"c": "司会者：", "a": "山本教授：", "b": "木村事務局長："},
    "coordinator": {"c": "コーディネーター：", "a": "山本：", "b": "木村："},
    "full names": {"c": "石井 誠：", "a": "山本 健一：", "b": "木村 さおり："},
    "honorifics": {"c": "石井：", "a": "山本氏：", "b": "木村さん："},
    "bracketed": {"c": "【司会】", "a": "【山本】", "b": "【木村】"},
    "marked role": {"c": "○司会（石井）　", "a": "○山本教授　", "b": "○木村事務局長　"},
}


def _all_lines(talk) -> list[str]:
    return [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("form", list(FORMS), ids=list(FORMS))
def test_each_turn_of_a_panel_is_one_paragraph_of_the_body(form):
    marks = FORMS[form]
    (talk,) = run_text(HEAD + TURNS.format(**marks)).talks
    assert talk.title.ja.text == "シンポジウム「港町の未来を語る」"
    front = [t.text for t in talk.front]
    assert not any(t.startswith(tuple(marks.values())) for t in front), front  # no turn in front
    assert "日時：2025年10月4日（土）13:30～15:00" in front
    (body,) = talk.sections  # the proceedings: one untitled section
    assert (body.number, body.title.text, body.heading) == (None, "", None)
    texts = [p.text for p in body.paragraphs]
    assert [next(k for k, v in marks.items() if t.startswith(v.strip())) for t in texts] == SPEAKERS, texts
    # wrapped lines joined to their turn, turns never joined to each other
    assert texts[1].endswith("大学を卒業すると市外に出てしまう若者が目立ちます。")
    assert texts[3].endswith("まだ少ないのが課題です。")
    assert texts[0].endswith("お話しいただけますか。")


def test_an_interview_with_only_a_title_keeps_its_turns_as_its_body():
    text = ("インタビュー　商店街の三代目に聞く\n\n"
            "聞き手：お店を継いだのはいつですか。\n"
            "中村：十年前です。父が体を壊して、急に戻ることになりました。\n"
            "聞き手：戻ってみて、商店街は変わっていましたか。\n"
            "中村：空き店舗が増えていて、正直驚きました。\n"
            "聞き手：これからの目標を教えてください。\n"
            "中村：若い人が店を出せる場所をつくりたいです。\n")
    (talk,) = run_text(text).talks
    assert talk.speaker.text is None  # a turn is never the talk's speaker
    assert [t.text for t in talk.front] == []
    (body,) = talk.sections
    assert [p.text.split("：")[0] for p in body.paragraphs] == ["聞き手", "中村"] * 3


def test_a_role_is_no_participant_s_name():
    assert transcript_speaker("司会：それでは始めます。") == "司会"
    assert transcript_speaker("○司会（山田）　それでは始めます。") == "司会"
    assert transcript_speaker("【コーディネーター】それでは始めます。") == "コーディネーター"
    assert transcript_speaker("高田：はい。富山市は合併以降、") == "高田"
    assert transcript_speaker("質問者A：一つ伺います。") == "質問者A"


@pytest.mark.parametrize("line", [
    "目的：本研究は、港町の人口の動きを明らかにすることを目的とする。",
    "期間：2024年4月～2025年3月",
    "場所：港町市民会館",
    "司会：山田太郎（企画課長）",  # a minutes' field: a name, no speech
    "注：数値は速報値である。",
    "結果：人口は、十年で一割減った。",
])
def test_a_label_and_its_value_is_no_turn(line):
    assert transcript_speaker(line) is None


def test_a_paper_s_label_lines_are_no_transcript():
    lines = ["港町における人口移動の研究", "目的：本研究は、港町の人口の動きを明らかにする。",
             "方法：住民基本台帳の転出入を、年齢別に集計した。", "期間：2024年4月～2025年3月",
             "場所：港町市", "結果：二十代の転出が、全体の四割を占めた。", "考察：大学卒業時の転出が、多いと考えられる。"]
    assert transcript_turns(lines) == set()


def test_one_speaker_s_lines_or_an_author_s_references_are_no_transcript():
    # references in ``著者：題名，誌名，年`` style, each author's together: no speaker speaks again after another
    refs = ["参考文献", "中村：港町の交通，都市計画，2010．", "中村：港町の人口，地理学評論，2012．",
            "山田：商店街の再生，地域研究，2015．"]
    assert transcript_turns(refs) == set()
    # a review citing authors by name and year, one coming back after another: citations, no speakers
    review = ["山田（2010）：港町の人口は、大学の卒業時に減るとした。", "鈴木（2012）：観光客は、増えているとした。",
              "山田（2015）：転出は、二十代に多いとした。"]
    assert transcript_turns(review) == set()
    # two turns only: no evidence
    assert transcript_turns(["司会：始めます。", "高田：はい。よろしくお願いします。"]) == set()


def test_a_paper_with_label_lines_keeps_its_structure():
    text = ("港町における人口移動の研究\n山田 太郎（港町大学）\n\n"
            "1. はじめに\n本研究は、港町の人口の動きを明らかにする。\n"
            "目的：若者の転出の理由を知ること。\n期間：2024年4月～2025年3月\n場所：港町市\n"
            "2. 結果\n二十代の転出が全体の四割を占めた。\n")
    (talk,) = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "結果")]
    assert [p.text for p in talk.sections[0].paragraphs] == [
        "本研究は、港町の人口の動きを明らかにする。", "目的：若者の転出の理由を知ること。", "期間：2024年4月～2025年3月",
        "場所：港町市"]


def test_minutes_with_a_chair_field_keep_it_a_field():
    text = ("第3回 港町交通会議 会議録\n\n日時：2025年5月1日\n司会：山田太郎（交通政策課長）\n\n"
            "○山田課長　ただいまから会議を始めます。\n○鈴木委員　バスの本数について伺います。\n"
            "○山田課長　来年度に見直す予定です。\n")
    (talk,) = run_text(text).talks
    assert "司会：山田太郎（交通政策課長）" in [t.text for t in talk.front]
    (body,) = talk.sections
    assert [p.text[:5] for p in body.paragraphs] == ["○山田課長", "○鈴木委員", "○山田課長"]


@pytest.mark.parametrize("marks", [{"c": "【司会】", "a": "【山本】", "b": "【木村】"}, {"c": "司会：", "a": "山本：", "b": "木村："}],
                         ids=["bracketed alone", "colon alone"])
def test_a_speaker_alone_over_the_speech_heads_one_turn(marks):
    text = "座談会「港町の未来を語る」\n" + TURNS.format(**{k: v + "\n" for k, v in marks.items()})
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "座談会「港町の未来を語る」" and talk.speaker.text is None
    assert [t.text for t in talk.front] == []
    (body,) = talk.sections  # no speaker made a heading
    assert (body.number, body.title.text) == (None, "")
    texts = [p.text for p in body.paragraphs]
    assert [next(k for k, v in marks.items() if t.startswith(v)) for t in texts] == SPEAKERS, texts
    assert texts[1] == marks["a"] + "　はい。港町の人口は、この二十年で約一割減りました。特に二十代の転出が多く、" \
                                     "大学を卒業すると市外に出てしまう若者が目立ちます。"


def test_a_notice_s_bracketed_labels_over_their_values_are_no_turns():
    text = ("港町市 市民講座のご案内\n\n【会場】\n港町市立中央公民館　2階大会議室\n【講師】\n港町大学文学部教授　山田太郎氏\n"
            "【申込】\n電話または窓口で、7月10日までにお申し込みください。\n")
    (talk,) = run_text(text).talks
    lines = [t.text for t in talk.texts()]
    assert {"【会場】", "【講師】", "【申込】"} <= set(lines), lines  # each label a line of its own, joined to nothing


def test_a_panel_s_participants_are_its_speakers_their_roles_front():
    (talk,) = run_text(HEAD + TURNS.format(**FORMS["full-width colon"])).talks
    assert [a.name.text for a in talk.speaker.authors] == ["山本 健一", "木村 さおり", "石井 誠"]
    assert [t.text for t in talk.front][-2:] == ["パネリスト", "コーディネーター"]  # the roles' labels, no one's name


def test_a_panel_s_participants_keep_their_bracketed_affiliations():
    (talk,) = run_text(HEAD + TURNS.format(**FORMS["full-width colon"])).talks
    assert [(a.name.text, a.affiliation.text if a.affiliation else None) for a in talk.speaker.authors] == [
        ("山本 健一", "港町大学経済学部教授"), ("木村 さおり", "港町観光協会事務局長"), ("石井 誠", "港町新聞社編集委員")]
