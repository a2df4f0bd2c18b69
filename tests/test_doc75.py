"""Session 75, helper doc75 (issue 16 points 1–2, fresh-user trial 75): Japanese lecture records in a newsletter,
a manual's chapter printed alone under its series' name, and a questionnaire's results listed as label and figure
with uneven spacing. Made-up inputs of each kind, with near misses that must not change (docs/segment.md,
*Session 75, doc75*)."""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk, text_of
from tests.test_segment_paragraphs53 import _tables


def _sections(talk):
    return [(s.number, s.title.text) for s in talk.sections]


# --- a lecture's quoted title under its newsletter's name ------------------------------------------------------------

KOUEN_A = """みなと歴史の会会報　第21号

第35回定例会　講演録
「北前船と港町の商人たち」
講師　港町郷土資料館 学芸員　西村 和子 氏
日時　令和6年6月8日（土）午後1時半～3時半
会場　港町公民館 大会議室

司会（副会長　田中 一郎）
皆さん、こんにちは。本日は西村和子さんにお話しいただきます。よろしくお願いいたします。

1．北前船とは
北前船は、大阪と北海道を日本海回りで結んだ船です。港町にも多くの船が寄りました。
2．商人たちの暮らし
港町の商人たちは、船の荷を買い取って周りの村に売りました。
"""

KOUEN_B = """山里郷土史研究会だより　第7号
「峠の茶屋と旅人」
演者　山里町教育委員会 文化財係　小林 誠 氏
日時　令和5年10月21日（土）午後2時から
会場　山里町民センター

今日は、峠の茶屋に残された帳面から、旅人の様子をお話しします。
1．茶屋の帳面
帳面には、泊まった人の名前と行き先が書かれています。
"""

KOUEN_C = """ふるさと講座通信　第3号
第12回ふるさと講座　講演録
「用水路がつくった村」
講師：川口 正樹（県立博物館 主任学芸員）
会場　桜川地区センター

用水路は、江戸時代の中ごろに掘られました。村の田はそれから倍に増えました。
"""


@pytest.mark.parametrize("text, title", [
    (KOUEN_A, "北前船と港町の商人たち"),
    (KOUEN_B, "峠の茶屋と旅人"),
    (KOUEN_C, "用水路がつくった村"),
])
def test_lecture_quoted_title_under_newsletter(text, title):
    talk, _ = only_talk(text)
    assert text_of(talk.title.ja) == title
    fronts = [t.text for t in talk.front]
    assert fronts[0].startswith(text.splitlines()[0].split("\u3000")[0])  # the newsletter's name stays front


@pytest.mark.parametrize("text, name", [
    (KOUEN_A, "西村 和子"),
    # (a labelled presenter's name and affiliation in either order: helper letter76, names.labelled_presenter)
    (KOUEN_B, "小林 誠"),
    (KOUEN_C, "川口 正樹"),
])
def test_lecture_speaker_under_quoted_title(text, name):
    talk, _ = only_talk(text)
    assert text_of(talk.speaker.name) == name


def test_lecture_chair_is_no_speaker():
    talk, _ = only_talk(KOUEN_A)
    assert "田中" not in (text_of(talk.speaker.text) or "")


NEWSLETTER = """みなと台地区だより　第12号
「夏祭りのお知らせ」
今年も八月に夏祭りを開きます。皆さんお誘いあわせのうえお越しください。

「防災訓練の報告」
九月一日に防災訓練を行いました。百二十人が参加しました。
"""


def test_newsletter_with_quoted_headlines_keeps_its_name():
    """A near miss: a newsletter whose quoted headlines have no speaker under them keeps its own name for title."""
    talk, _ = only_talk(NEWSLETTER)
    assert text_of(talk.title.ja) != "夏祭りのお知らせ"


# --- a manual's chapter printed alone under its series' name ---------------------------------------------------------

MANUAL_A = """新入社員研修テキスト
第3章　ビジネスメールの書き方
株式会社さくら電機　総務部 人材育成課 編
2025年4月版

3-1　件名のつけ方
件名は、用件がひと目でわかるように書きます。
（1）用件を入れる
件名には、何についてのメールかを書きます。
（2）期限を入れる
返事の期限があるときは、件名に入れましょう。

3-2　本文の組み立て
本文は、あいさつ、用件、結びの順に書きます。
（1）あいさつ
社外の人には「いつもお世話になっております」と書きます。
（2）結び
最後に「よろしくお願いいたします」と書きます。
"""

MANUAL_B = """安全衛生マニュアル
第1章　工場での安全の基本
北浜化学株式会社　安全衛生委員会 監修

1-1　保護具をつける
工場に入るときは、必ずヘルメットと安全靴をつけます。
（1）ヘルメット
あごひもをしっかり締めます。
（2）安全靴
かかとを踏まないようにはきます。

1-2　通路を歩く
通路は、黄色の線の内側を歩きます。
（1）走らない
急いでいても走ってはいけません。
"""


@pytest.mark.parametrize("text, title, affiliation, sections", [
    (MANUAL_A, "ビジネスメールの書き方", "株式会社さくら電機\u3000総務部 人材育成課",
     [("3.1", "件名のつけ方"), ("3.2", "本文の組み立て")]),
    (MANUAL_B, "工場での安全の基本", "北浜化学株式会社\u3000安全衛生委員会",
     [("1.1", "保護具をつける"), ("1.2", "通路を歩く")]),
])
def test_manual_chapter_under_series(text, title, affiliation, sections):
    talk, _ = only_talk(text)
    assert text_of(talk.title.ja) == title
    assert text_of(talk.speaker.affiliation) == affiliation and talk.speaker.name is None
    assert _sections(talk) == sections
    assert talk.front[0].text == text.splitlines()[0]  # the series' name: front


def test_white_paper_chapter_over_text_unchanged():
    """A near miss (helper head58's decision): a chapter's label and title over its prose, no series, no credit."""
    talk, _ = only_talk("第3章　財政の状況\n本市の人口は、平成十七年をピークに減少を続けている。\n税収も同じく減っている。\n")
    assert text_of(talk.title.ja) is None


# --- a questionnaire's results: label and figure rows with uneven spacing --------------------------------------------

SURVEY_A = """令和6年度　市民プール利用者アンケート結果
みなと市スポーツ振興課

1　設問ごとの結果
問1　プールをどのくらい利用しますか。
　週に2回以上　　　　12.4%
　週に1回程度　　　 30.5%
　月に数回程度　29.8%
　それ以下　　　　　 27.3%
週に1回程度がもっとも多くなりました。

問2　満足している点は何ですか。（複数回答）
\u3000水がきれい\u3000\u3000\u3000\u300058.1%
\u3000スタッフの対応がよい\u300041.0%
\u3000料金が安い\t36.2%
\u3000駐車場が広い\u3000\u3000 9.7%
料金についての満足は前回より増えました。
"""

SURVEY_B = """商店街買い物調査　結果報告
さくら通り商店街振興組合

1　調査の結果
問1　商店街に来る手段は何ですか。
　徒歩　　　　　　　212人
　自転車　86人
　自動車　　　　　　 154人
　バス・電車　　 31人
自動車で来る人が前回より増えています。
"""


def test_survey_rows_with_uneven_spacing_are_one_table():
    talk, _ = only_talk(SURVEY_A)
    assert _tables(talk) == [
        [("週に2回以上", "12.4%"), ("週に1回程度", "30.5%"), ("月に数回程度", "29.8%"), ("それ以下", "27.3%")],
        [("水がきれい", "58.1%"), ("スタッフの対応がよい", "41.0%"), ("料金が安い", "36.2%"), ("駐車場が広い", "9.7%")],
    ]


def test_survey_counts_with_uneven_spacing_are_one_table():
    talk, _ = only_talk(SURVEY_B)
    assert _tables(talk) == [[("徒歩", "212人"), ("自転車", "86人"), ("自動車", "154人"), ("バス・電車", "31人")]]


def test_sentences_with_percentages_are_no_table():
    """A near miss: body sentences holding a percentage, one under the other, stay running text."""
    talk, _ = only_talk("回答者の属性\n60歳代が最も多く　24.3%\n次いで70歳以上が　21.8%\nこの傾向は前回と同じです。\n")
    assert _tables(talk) == []
    talk, _ = only_talk("目次\nはじめに　　1\n調査の方法　　3\n結果　　5\n")
    assert all(row[-1][-1] not in "%％" for table in _tables(talk) for row in table)
