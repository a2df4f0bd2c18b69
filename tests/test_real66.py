"""Issue 16 points 1 and 2 on real public PDFs not shaped like the sample (helper real66, Debian packages' manuals):

1. a DocBook manual's cover, then its COLLABORATORS / REVISION HISTORY table whose Japanese cell (``フランス語版から`` /
   ``英語版への翻訳`` over ``Jean Bérard``) read as a title, a speaker and a return from English, then its contents:
   one document, never the cover alone and a second one titled by the cell (auto-multiple-choice.ja.pdf);
2. an English record quoted inside a Japanese manual's text (``Title: Gentoo Manual`` / ``Author: Emil Brink``) is no
   English title block: ``title.en`` stays null (maint-guide.ja.pdf);
3. a quiz sheet's letters alone on their lines (its ``DRAFT`` watermark's ``A``, ``R`` at 107 pt, its check boxes'
   letters) head no section (sample-amc.pdf).

The inputs are made up in the shapes of those PDFs (also kept in /work/regress/in_real66/)."""

from __future__ import annotations

import pytest

from pdfmaker import EN, EN_BOLD, drawn_pdf
from segmenting import segment_pdf, segment_text

COVER_JA = [
    "Photo Sorter", "写真整理ツールの使い方", "https://photosorter.example.org/", "Tanaka Ichiro, Suzuki Hanako",
    "製作著作 © 2015-2021 Tanaka Ichiro",
    "この文書はGNU一般公衆利用許諾書バージョン2またはそれ以降に従って利用することができます。", "",
    "COLLABORATORS", "TITLE :", "Photo Sorter", "ACTION", "NAME", "DATE", "SIGNATURE", "WRITTEN BY", "Tanaka Ichiro",
    "March 3, 2021", "ドイツ語版から", "英語版への翻訳", "Karl Becker", "March 3, 2021", "英語版から日本語", "版への翻訳",
    "Suzuki Hanako", "March 3, 2021", "REVISION HISTORY", "NUMBER", "DATE", "DESCRIPTION", "NAME", ""]
CONTENTS_JA = ["Contents", "1 はじめに\t1", "2 インストール\t1", "3 使い方\t2", ""]
BODY_JA = ["1 はじめに", "写真整理ツールは、撮影日と場所で写真を自動的に分類するプログラムです。",
           "大量の写真を短い時間で整理することができます。", "2 インストール", "パッケージ管理システムからインストールします。",
           "3 使い方", "フォルダを指定して実行すると、年月ごとのフォルダに写真が移動されます。"]

REVISION_JA = [
    "Cloud Backup Handbook", "クラウドバックアップ運用の手引き", "Yamada Taro [FAMILY Given]", "Copyright © 2019 Yamada Taro",
    "Permission is granted to copy and distribute this document.", "", "REVISION HISTORY",
    "NUMBER\tDATE\tDESCRIPTION\tNAME", "1.0\tMay 1, 2019\tFirst edition\tYT", "スペイン語版から", "日本語版への翻訳",
    "Maria Lopez", "June 2, 2019", "", "目次", "1 概要 . . . . . . . . 1", "2 設定 . . . . . . . . 2", "",
    "1 概要", "この手引きは、毎日のバックアップを自動で取る方法を説明します。", "2 設定", "設定ファイルに保存先と時刻を書きます。"]

TRANSLATORS_JA = [
    "Map Tiles Server", "地図タイル配信サーバー　リファレンスマニュアル", "Kato Jiro, Mori Yuki", "Copyright © 2022 Kato Jiro",
    "This manual is free documentation under the terms of the MIT license.", "COLLABORATORS", "ACTION", "NAME", "DATE",
    "SIGNATURE", "WRITTEN BY", "Kato Jiro", "April 10, 2022", "ポルトガル語版からの翻訳", "Ana Souza, Lisbon University",
    "April 10, 2022", "Table of Contents", "1 サーバーの起動\t1", "2 タイルの生成\t2", "1 サーバーの起動",
    "サーバーは設定ファイルを読み込んでから起動します。", "2 タイルの生成", "タイルは縮尺ごとに生成され、ディスクに保存されます。"]


@pytest.mark.parametrize("lines, title", [
    (COVER_JA + CONTENTS_JA + BODY_JA, "写真整理ツールの使い方"),  # auto-multiple-choice.ja's shape
    (REVISION_JA, "クラウドバックアップ運用の手引き"),  # a revision history's TAB rows, ``目次``
    (TRANSLATORS_JA, "地図タイル配信サーバー　リファレンスマニュアル"),  # a translator with an organisation
])
def test_a_manuals_cover_table_cell_over_its_contents_starts_no_talk(lines, title):
    doc = segment_text("\n".join(lines) + "\n")
    assert [t.title.ja.text for t in doc.talks] == [title]
    assert doc.talks[0].sections and doc.talks[0].sections[0].title.text in ("はじめに", "概要", "サーバーの起動")


PROCEEDINGS = [
    "【１】札幌市", "河川水位の予測に関する研究", "札幌市　河川管理課長　佐藤　健一", "目次", "1 はじめに\t1", "2 方法\t2",
    "1 はじめに", "河川の水位は、降雨と雪解けによって大きく変わる。本研究では過去十年の観測値から水位を予測する。", "2 方法",
    "観測所三か所の時間ごとの水位を用いて、回帰モデルを作成した。予測の誤差は平均で十センチであった。", "",
    "【２】京都市", "都市緑地の温度低減効果", "京都市　環境政策課長　山本　花子", "目次", "1 はじめに\t1", "2 結果\t2",
    "1 はじめに", "夏の都市では、緑地の周りの気温が低いことが知られている。本研究では公園十か所で気温を測った。", "2 結果",
    "公園の中心部は周囲の道路より平均で二度低かった。"]


def test_two_talks_each_over_its_own_contents_stay_two():
    # near miss: the talk before has a body of its own (numbered sections, running text)
    doc = segment_text("\n".join(PROCEEDINGS) + "\n")
    assert [t.title.ja.text for t in doc.talks] == ["河川水位の予測に関する研究", "都市緑地の温度低減効果"]


QUOTED = {
    "record": ["パッケージ作成の手引き", "山田　太郎", "1 はじめに", "この文書では、パッケージを作る手順を説明します。",
               "2 文書の登録", "付属文書は登録ファイルで登録します。例えば、mapviewの登録ファイルは次のようになります:",
               "Document: mapview", "Title: Map Viewer Handbook", "Author: Lena Fischer",
               "Abstract: This handbook explains how to use Map Viewer.", "Format: HTML",
               "このファイルの書式については、登録ツールの説明書を参照してください。", "3 おわりに", "以上で登録は終わりです。"],
    "title and author quoted": [
        "英文要旨の書き方", "佐藤　花子（東北大学）", "1 表題", "英文の表題は、名詞を並べて短く書きます。例えば、次のように書きます。",
        "Urban Heat in Small Cities", "Taro Yamada, Kyoto University",
        "このように、著者名の後に所属を書きます。表題は二十語以内にします。", "2 本文", "本文は三つの段落で書きます。"],
    "description file": [
        "統計パッケージの公開について", "鈴木　一郎", "1 説明ファイル", "パッケージには説明ファイルを付けます。例えば、次のような内容を書きます:",
        "Package: tidecount", "Title: Counting Tides in Harbours", "Author: Maria Keller", "Version: 1.0",
        "パッケージ名は英字で始めてください。説明は一文で書きます。", "2 公開", "公開の前に検査を行います。"],
}


@pytest.mark.parametrize("kind", sorted(QUOTED))
def test_english_lines_quoted_in_the_japanese_text_are_no_english_title(kind):
    doc = segment_text("\n".join(QUOTED[kind]) + "\n")
    assert len(doc.talks) == 1
    assert doc.talks[0].title.ja.text == QUOTED[kind][0] and doc.talks[0].title.en is None


def test_an_english_title_block_after_the_japanese_text_is_still_read():
    # near miss: a Japanese paper's English block after its text (title, authors, abstract) is its English title
    lines = ["駅の案内放送の設計", "中村　さやか（東北大学）", "1 はじめに", "駅の案内放送は、利用者に必要な情報を伝える。",
             "2 方法", "三つの駅で放送を録音し、聞き取りやすさを調べた。", "",
             "Designing Station Announcements", "Sayaka Nakamura, Tohoku University", "",
             "Abstract", "Station announcements tell riders what they need to know. We recorded them at three stations."]
    doc = segment_text("\n".join(lines) + "\n")
    assert doc.talks[0].title.en is not None and doc.talks[0].title.en.text == "Designing Station Announcements"


def _quiz_pdf() -> bytes:
    """A quiz sheet in sample-amc's shape: its instructions, then questions whose check boxes' letters stand on lines
    of their own, set larger than the text, and a draft's watermark whose letters pdfminer reads one a line."""
    runs = [(EN, 10, 72, 780, "For this test, answer every question by ticking the boxes. Answers are shuffled."),
            (EN, 10, 72, 766, "Each question is worth one point, and a wrong answer costs nothing at all here."),
            (EN_BOLD, 10, 72, 740, "Question 1 What is the capital of Egypt?")]
    y = 722
    for letter, choice in (("A", "Cairo"), ("B", "Chisinau"), ("R", "Caracas")):
        runs += [(EN_BOLD, 14, 72, y, letter), (EN, 10, 72, y - 16, choice)]
        y -= 40
    runs += [(EN_BOLD, 10, 72, y, "Question 2 Which of these events took place in 1971?")]
    y -= 18
    for letter, choice in (("A", "The Soviet Union launches Salyut 1"), ("D", "Death of Louis Armstrong")):
        runs += [(EN_BOLD, 14, 72, y, letter), (EN, 10, 72, y - 16, choice)]
        y -= 40
    # a ``DRAFT`` watermark set diagonally across the page, its letters read one a line at their own size
    runs += [(EN, 100, 260, 520, "R"), (EN, 100, 330, 420, "A")]
    return drawn_pdf([runs])


def test_a_check_box_letter_alone_heads_no_section():
    doc = segment_pdf(_quiz_pdf(), "quiz.pdf")
    titles = [s.title.text for t in doc.talks for s in t.sections if s.title is not None]
    assert not [t for t in titles if len(t.strip()) == 1], titles


def test_a_figure_panels_letter_alone_heads_no_section():
    # other layout: a report's figure panels labelled ``a`` and ``b`` in a larger bold face
    from pdfmaker import EN_BOLD as B
    runs = [(B, 16, 72, 780, "Shoreline Survey of Kesen Bay"), (EN, 10, 72, 760, "Mika Sato, Coastal Research Station"),
            (EN, 10, 72, 730, "We walked the shoreline of Kesen Bay in May and counted the birds on each stretch of sand."),
            (EN, 10, 72, 716, "The counts were lower than in the last survey, most of all on the northern beaches."),
            (B, 18, 100, 650, "a"), (EN, 10, 72, 600, "The northern beaches lost half their birds since the survey of 2015."),
            (EN, 10, 72, 586, "The southern beaches kept their numbers. We think the new harbour wall is the cause."),
            (B, 18, 100, 520, "b"), (EN, 10, 72, 470, "The southern beaches were counted twice, and both counts agreed."),
            (EN, 10, 72, 456, "Further surveys are planned for the autumn, when the birds come back from the north.")]
    doc = segment_pdf(drawn_pdf([runs]), "panels.pdf")
    titles = [s.title.text for t in doc.talks for s in t.sections if s.title is not None]
    assert "a" not in titles and "b" not in titles, titles


@pytest.mark.parametrize("text, expected", [("A", True), ("R", True), ("Ω", True), ("序", False), ("A.", False),
                                            ("(a)", False), ("AB", False)])
def test_one_letter_alone(text, expected):
    from pipeline.segment.sections import one_letter

    assert one_letter(text) is expected
