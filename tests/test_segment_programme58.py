"""An event programme's own lines and its parts' numbers (issue 16, helper prog58).

1. The lines a programme sets after its last lecture (``主催：…``, ``後援　…``, ``申込み：不要``, ``問合せ：…``,
   ``参加費：無料``, ``お問い合わせ`` over its office and telephone, ``Organised by: …``, ``Registration: …``,
   ``Contact: …``) are the event's, not the last lecture's: the last talk's ``front``, as the event's lines over the
   first lecture are the first talk's. The last lecture's own summary under its speaker stays its text.
2. A part's or a lecture's number on the title's own line (``第２部　演題：…``, ``講演２　演題：…``, ``Part 2 — Title:
   …``) is the talk's ``number``, the number and the label front, the title without them.
3. A part's ordinal alone on its line (``第１部``, ``第2部``, ``Part 1``) is no organisation, affiliation or title in a
   record whose speaker has no honorific.

Every document is made up; the same inputs (and more) are in ``/work/regress/in_prog58/``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

PARTS_CLOSING = """\
令和７年度　西浜市民大学公開講座
日時：令和７年９月２０日（土）午後２時～５時
会場：西浜市生涯学習センター　多目的ホール
第１部
演題：海辺の暮らしと防災
講師：山下　誠一　氏（西浜大学教授）
　津波の記録を手がかりに、海辺の町の備えを考えます。
第２部
演題：地域の歴史をたどる
講師：小松　恵美　氏（西浜市郷土資料館学芸員）
　古地図と写真から、町の移り変わりをたどります。
主催：西浜市教育委員会
共催：西浜大学
後援　西浜新聞社
申込み：不要
問合せ：西浜市生涯学習課　電話0456-12-3456
"""

TIMES_CLOSING = """\
第８回　あさひ野健康フォーラム
会場：あさひ野市保健センター　講堂
10:00～11:00　演題：毎日できる体操
講師：村田　洋子　氏（あさひ野病院理学療法士）
　椅子に座ったままできる体操を紹介します。
11:10～12:10　演題：食事と睡眠
講師：本田　和也　先生（あさひ野医科大学准教授）
　よく眠るための食事の工夫をお話しします。
参加費：無料
定員：１２０名（先着順）
お問い合わせ
あさひ野市健康推進課
電話：0789-55-1234
"""

ENGLISH_CLOSING = """\
Riverside Autumn Talks
Date: Saturday 4 October 2025, 10 am
Lecture 1
Title: Bridges of the Old Town
Speaker: Dr Clara Voss (Riverside Heritage Trust)
The talk follows the five bridges of the old town from their building to their restoration.
Lecture 2
Title: Birds on the Water Meadows
Speaker: Ms Priya Nair (Riverside Bird Club)
Which birds winter on the meadows, and how counts by volunteers have changed what we know.
Organised by Riverside Town Council
Registration: free, at the door
Contact: talks@riverside.example
"""

CLOSINGS = [
    (PARTS_CLOSING, "　古地図と写真から、町の移り変わりをたどります。",
     ["主催：西浜市教育委員会", "共催：西浜大学", "後援\u3000西浜新聞社", "申込み：不要", "問合せ：西浜市生涯学習課\u3000電話0456-12-3456"]),
    (TIMES_CLOSING, "　よく眠るための食事の工夫をお話しします。",
     ["参加費：無料", "定員：120名（先着順）", "お問い合わせ", "あさひ野市健康推進課", "電話：0789-55-1234"]),
    (ENGLISH_CLOSING, "Which birds winter on the meadows, and how counts by volunteers have changed what we know.",
     ["Organised by Riverside Town Council", "Registration: free, at the door", "Contact: talks@riverside.example"]),
]


def _texts(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize(("text", "summary", "event"), CLOSINGS, ids=["parts", "times", "english"])
def test_the_events_closing_lines_are_the_last_talks_front(text, summary, event) -> None:
    talks = run_text(text).talks
    assert len(talks) == 2
    last = talks[-1]
    assert _texts(last) == [summary.strip()]  # the lecture's own summary stays its text
    assert [t.text for t in last.front][-len(event):] == event
    assert not any(e in _texts(t) for t in talks for e in event)


def test_the_events_contact_office_names_no_city() -> None:
    """The event's lines stand after the body, no issuing office over it: ``あさひ野市健康推進課`` under ``お問い合わせ``
    gives the last lecture no city its first has not (both null, as before)."""
    assert [t.city.ja for t in run_text(TIMES_CLOSING).talks] == [None, None]


def test_a_programme_with_no_summaries_keeps_its_closing_lines_front() -> None:
    text = ("こども科学教室\n【１】\n演題：磁石のひみつ\n講師：青木　亮太　先生（南山小学校教諭）\n【２】\n演題：電気を作ろう\n"
            "講師：井上　真理　先生（北山中学校教諭）\n主催：南山市科学館\n後援：南山市教育委員会\n")
    first, last = run_text(text).talks
    assert [t.text for t in last.front] == ["【2】", "演題：電気を作ろう", "主催：南山市科学館", "後援：南山市教育委員会"]
    assert not last.sections


def test_a_flyers_fields_under_its_one_lecture_are_front() -> None:
    """A flyer of one lecture: its fields under the lecture's block, a sentence after a listed label (``申込　…。``)
    among them, are the event's too; none is read as the flyer's body."""
    text = ("北浜市民講座\n演題　「港町の祭りと暮らし」\n講師　柴田　和夫　氏（北浜郷土史家）\n日時　令和７年１０月４日（土）午後２時から\n"
            "申込　電話でお申し込みください。\n主催　北浜市教育委員会\n問い合わせ　北浜市文化課　電話０１２－３４５－６７８９\n")
    [talk] = run_text(text).talks
    assert talk.title.ja.text == "港町の祭りと暮らし"
    assert not talk.sections
    assert [t.text for t in talk.front][-3:] == ["申込\u3000電話でお申し込みください。", "主催\u3000北浜市教育委員会",
                                                "問い合わせ\u3000北浜市文化課\u3000電話012-345-6789"]


SUMMARY_NEAR_MISSES = [
    # the last lecture's summary names the organiser in a sentence; no field after it
    ("市民公開講座のご案内\n第１部\n演題：川と暮らし\n講師：森　隆之　氏（東川大学教授）\n　川の氾濫と人の暮らしの歴史を振り返ります。\n"
     "第２部\n演題：森の恵み\n講師：大野　由紀　氏（東川森林組合）\n　森の手入れの大切さを話します。\n"
     "　本講座は東川市が主催し、毎年秋に開いているものです。\n　質疑応答の時間も設けます。\n",
     ["森の手入れの大切さを話します。", "本講座は東川市が主催し、毎年秋に開いているものです。", "質疑応答の時間も設けます。"]),
    # a sentence asking to contact the speaker closes the last summary: the lecture's
    ("Harbour Evening Lectures\nLecture 1\nTitle: Lighthouses of the North Coast\nSpeaker: Dr Ian Moss (Coastal Museum)\n"
     "How the lighthouses were built and kept.\nLecture 2\nTitle: Ferries Then and Now\n"
     "Speaker: Ms Jane Cole (Harbour Archive)\nThe ferries that crossed the bay, from sail to diesel.\n"
     "Contact the speaker after the talk if you have old ferry photographs: she would like to copy them.\n",
     ["The ferries that crossed the bay, from sail to diesel.",
      "Contact the speaker after the talk if you have old ferry photographs: she would like to copy them."]),
    # a summary that opens on a label and ends its sentence is the lecture's
    ("第１部\n演題：海\n講師：森川　健二　氏（港南大学教授）\n　海の話です。\n第２部\n演題：森\n講師：大川　由美　氏（みなと図書館長）\n"
     "内容：森の手入れの大切さを話します。\n",
     ["内容：森の手入れの大切さを話します。"]),
]


@pytest.mark.parametrize(("text", "paragraphs"), SUMMARY_NEAR_MISSES, ids=["organiser-in-prose", "contact-sentence", "labelled-summary"])
def test_the_last_lectures_summary_stays_its_text(text, paragraphs) -> None:
    last = run_text(text).talks[-1]
    assert _texts(last) == paragraphs


NUMBERED_TITLES = [
    ("東浜市民フォーラム\n日時：令和７年１０月１１日（土）午後１時から\n第１部　演題：港の歴史\n講師：佐々木　修　氏（東浜大学教授）\n"
     "　明治から今までの港の移り変わりを話します。\n第２部　演題：港と観光\n講師：中村　理恵　氏（東浜観光協会）\n"
     "　クルーズ船の寄港と町のにぎわいについて紹介します。\n",
     ["港の歴史", "港と観光"], ["第1部", "第2部"], "演題：港と観光"),
    ("北町まちづくり講演会\n講演１　演題：空き家の活かし方\n講師：田村　健　氏（北町建築士会）\n　空き家を地域の拠点に変えた例を紹介します。\n"
     "講演２　演題：子育てしやすい町\n講師：川口　咲　氏（北町子育て支援センター長）\n　子育て世代の声から、町の課題を考えます。\n"
     "講演３　演題：商店街の灯り\n講師：村上　徹　氏（北町商店会長）\n　夜の商店街に灯りをともす取り組みを話します。\n",
     ["空き家の活かし方", "子育てしやすい町", "商店街の灯り"], ["講演1", "講演2", "講演3"], "演題：商店街の灯り"),
    ("Westbay Science Evening\nDate: Friday 7 November 2025, 6 pm\nPart 1 — Title: How Tides Work\n"
     "Speaker: Dr Hannah Lee (Westbay University)\nA short account of the moon, the sun and the shape of the bay.\n"
     "Part 2 — Title: Measuring the Sea\nSpeaker: Mr Oliver Grant (Westbay Harbour Office)\n"
     "How the harbour office measures the sea level every hour.\n",
     ["How Tides Work", "Measuring the Sea"], ["Part 1 —", "Part 2 —"], "Title:"),
]


@pytest.mark.parametrize(("text", "titles", "labels", "label"), NUMBERED_TITLES, ids=["parts", "lectures", "english"])
def test_a_number_on_the_titles_line_is_the_talks_number(text, titles, labels, label) -> None:
    talks = run_text(text).talks
    assert [(t.title.ja or t.title.en).text for t in talks] == titles
    assert [t.number for t in talks] == [str(k) for k in range(1, len(titles) + 1)]
    assert [next(x.text for x in t.front if x.text in labels) for t in talks] == labels  # the number front
    assert label in [x.text for x in talks[-1].front]  # the label front, the title without it


def test_a_time_on_the_titles_line_gives_no_number() -> None:
    text = ("みなみ台セミナー\n13:30～14:30　演題：ごみを減らす暮らし\n講師：小林　明　氏（みなみ台環境課）\n"
            "　家庭のごみを半分にする工夫を紹介します。\n14:40～15:40　演題：庭の生き物\n講師：西村　優子　氏（みなみ台自然の会）\n"
            "　庭に来る鳥や虫を写真で紹介します。\n")
    talks = run_text(text).talks
    assert [t.title.ja.text for t in talks] == ["ごみを減らす暮らし", "庭の生き物"]
    assert [t.number for t in talks] == [None, None]


PART_ALONE = [
    ("市民講座の記録\n第１部\n演題：ため池と農業\n講師：松井 和夫\nため池の役割について説明があり、参加者から多くの質問が出ました。\n"
     "第２部\n演題：田んぼの生き物\n講師：原田 明美\n田んぼにすむ生き物の観察方法が紹介されました。\n", "ため池と農業"),
    ("第2部\n演題：里山の四季\n講師：北川 悟\n里山の四季の移り変わりについて、写真を使った説明がありました。\n", "里山の四季"),
    ("Part 1\nHarbour Walks and Their History\nTom Ellis\n"
     "The walk started at the old customs house and ended at the fish market. About forty people came.\n",
     "Harbour Walks and Their History"),
]


@pytest.mark.parametrize(("text", "title"), PART_ALONE, ids=["parts", "digit", "english"])
def test_a_parts_ordinal_alone_is_no_affiliation_or_title(text, title) -> None:
    [talk] = run_text(text).talks
    assert (talk.title.ja or talk.title.en).text == title
    speaker = [x.text for x in (talk.speaker.text, talk.speaker.affiliation) if x is not None]
    assert not any("部" in s or s.startswith("Part") for s in speaker)


def test_a_subcommittee_keeps_its_line() -> None:
    """``第１部会`` (a council's subcommittee) is no part's ordinal: read as before."""
    [talk] = run_text("第１部会\n河川環境の保全について\n山本 一郎\n"
                      "河川の水質と生き物の調査結果が報告された。委員からは調査地点を増やすよう意見が出た。\n").talks
    assert talk.title.ja.text == "河川環境の保全について"
    assert talk.speaker.name.text == "山本 一郎"
