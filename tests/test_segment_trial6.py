"""Shapes a fresh user's trial 6 met, on made-up documents (no text of the trial's own inputs).

* a paper's title printed again as the running header of page 2, in a dump with neither form feeds nor
  page numbers: inside a sentence, whose word broken across the page must rejoin;
* a dump's table rows (cells parted by spaces, no TAB): cells kept apart, rows never joined to prose;
* a deck cover's or flyer's English title and subtitle under the Japanese title;
* a city named in a Japanese-only deck's or paper's title.
"""

from __future__ import annotations

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from segment_inputs import run_text as run, furniture, paragraphs


# 1. The title as page 2's running header, inside a sentence.

PAPER_TITLE_AS_HEADER = """商店街の空き店舗活用に関する考察
森田 花子

1. 背景
中心市街地の商店街では、後継者の不足と郊外型店舗の進出により空き店舗が増え続け
ている。本稿では、三つの商店街で行った聞き取りの結果から、空き店舗を地域の交流拠
商店街の空き店舗活用に関する考察
点として使う方法を整理する。

2. 結果
聞き取りでは、家賃の負担よりも改修費の負担を挙げる店主が多かった。
"""


def test_title_repeated_inside_a_sentence_is_running_header():
    doc = run(PAPER_TITLE_AS_HEADER)
    talk = doc.talks[0]
    assert talk.title.ja.text == "商店街の空き店舗活用に関する考察"
    assert furniture(doc) == [("商店街の空き店舗活用に関する考察", "running-header")]
    assert paragraphs(talk)[0].endswith("空き店舗を地域の交流拠点として使う方法を整理する。")
    assert all("考察" not in p for p in paragraphs(talk))


# 2. A dump's table rows: cells parted by spaces, never glued by the spacing rule, never joined to prose.

PAPER_WITH_TABLE = """図書館の利用状況
岡田 健

1. 利用者数
市内の三館について、二〇二三年度の月平均の来館者数と貸出冊数を下の表にまとめた。
表2 館別の月平均利用状況
館名 来館者数 貸出冊数
中央館 8,400 21,300
北分館 2,150 6,020
南分館 1,980 5,400
中央館の来館者数は、二つの分館を合わせた数のおよそ二倍である。
"""


def test_dump_table_rows_keep_their_cells_apart():
    doc = run(PAPER_WITH_TABLE)
    paras = paragraphs(doc.talks[0])
    assert "館名\t来館者数\t貸出冊数" in paras
    assert "中央館\t8,400\t21,300" in paras and "南分館\t1,980\t5,400" in paras
    assert not [r for r in doc.ledger if r.rule == "remove_cjk_ascii_spaces"]
    assert paras[-1] == "中央館の来館者数は、二つの分館を合わせた数のおよそ二倍である。"


ENGLISH_TABLE_AND_LIST = """Ferry traffic
Ships and tonnes by pier in 2023 are given below.

Pier          Ships   Tonnes
North pier    12      1,204
South pier    7       860

Mix 200 g of flour
with 2 eggs and
add 30 ml of milk.
"""


def test_english_table_cells_parted_and_word_spaces_kept():
    doc = run(ENGLISH_TABLE_AND_LIST)
    texts = [p.text for t in doc.talks for p in [*t.front, *(q for s in t.sections for q in s.paragraphs)]]
    assert "North pier\t12\t1,204" in texts
    assert not any("\t" in t for t in texts if "flour" in t or "eggs" in t or "milk" in t)


# 5. A city named in the title of a Japanese-only deck or paper, read by Sudachi (no list of names).

DECK_CITY_IN_TITLE = """あおば町の移住促進策
〜空き家バンクの五年〜
あおば町まちづくり推進課
高田 修
1/3
移住者の推移
・二〇一九年 十二世帯
・二〇二三年 四十一世帯
2/3
ありがとうございました
3/3
"""

PAPER_CITY_INSIDE_TITLE = """観光案内の多言語化：ひばり市の事例
石川 直人

1. はじめに
本稿では、案内板と観光アプリの多言語化の経過を報告する。
"""

PAPER_NO_CITY = """地方都市における城下町の景観保全
石川 直人

1. はじめに
本稿では、景観条例の運用を報告する。
"""


def test_city_named_in_a_japanese_title():
    deck = run(DECK_CITY_IN_TITLE).talks[0]
    assert deck.city.ja is not None and deck.city.ja.text == "あおば町"
    assert deck.speaker.affiliation is not None and deck.speaker.affiliation.text == "あおば町まちづくり推進課"
    paper = run(PAPER_CITY_INSIDE_TITLE).talks[0]
    assert paper.city.ja is not None and paper.city.ja.text == "ひばり市"
    assert run(PAPER_NO_CITY).talks[0].city.ja is None  # 都市 and 城下町 are words, no municipality


# 3. An English subtitle in sentence case under a title-cased cover title: the subtitle, not the title's second line.

PROCEEDINGS_WITH_SUBTITLE = """かえで市
夜間観光による港のにぎわいづくり
「かえで市港湾振興課長 中村 健一」

1. はじめに
かえで市は湾の奥に位置し、古くから漁港として栄えてきた。

- 1 -
Night Tourism in Kaede Harbour
Bringing visitors back after dark

1
Why Night Tourism
■ Hotels stand empty after six

2
"""


def test_sentence_case_line_under_a_cover_title_is_its_subtitle():
    talk = run(PROCEEDINGS_WITH_SUBTITLE).talks[0]
    assert talk.title.en is not None and talk.title.en.text == "Night Tourism in Kaede Harbour"
    assert talk.subtitle.en is not None and talk.subtitle.en.text == "Bringing visitors back after dark"
    cover = talk.slides[0]
    assert cover.title.text == "Night Tourism in Kaede Harbour"
    assert [t.text for t in cover.lines] == ["Bringing visitors back after dark"]
    # a kana city name holding で (かえで) is still a city: a particle is a word, not a letter
    assert talk.city.ja is not None and talk.city.ja.text == "かえで市"
    assert talk.title.ja is not None and talk.title.ja.text == "夜間観光による港のにぎわいづくり"


# 4. The English title set under the Japanese title: the talk's English title, not a heading or a subtitle.

DECK_WITH_ENGLISH_TITLE = """港まち夜市の十年
Ten Years of the Harbour Night Market
山本 一郎
1/3
出店数の推移
・初回は十二店
・今年は四十店
2/3
ありがとうございました
3/3
"""

PAPER_WITH_ENGLISH_TITLE = """里山の竹林管理に関する研究
A Study of Bamboo Grove Management in Satoyama
西村 一郎

1. はじめに
放置された竹林が周囲の森林に広がり、里山の景観が変わりつつある。
"""


def test_english_title_under_the_japanese_title():
    deck = run(DECK_WITH_ENGLISH_TITLE).talks[0]
    assert deck.title.en is not None and deck.title.en.text == "Ten Years of the Harbour Night Market"
    assert deck.subtitle.en is None
    assert deck.speaker.name is not None and deck.speaker.name.text == "山本 一郎"
    paper = run(PAPER_WITH_ENGLISH_TITLE).talks[0]
    assert paper.title.en is not None and paper.title.en.text == "A Study of Bamboo Grove Management in Satoyama"
    assert paper.speaker.name is not None and paper.speaker.name.text == "西村 一郎"
    assert [s.title.text for s in paper.sections] == ["はじめに"]


def test_flyer_pdf_english_title_under_the_headline():
    from pdfmaker import EN, JA, drawn_pdf

    page = [(JA, 12, 60, 780, "参加費無料"), (JA, 32, 60, 730, "川べり古本まつり"), (EN, 16, 60, 700, "Riverside Book Festival"),
            (JA, 12, 60, 650, "2024年10月5日（土）10時から16時"), (JA, 12, 60, 620, "・古本の店が二十店並びます"),
            (JA, 12, 60, 600, "・子ども向けの読み聞かせもあります"),
            (JA, 9, 60, 560, "お問い合わせ：川べり商店会事務局（平日の九時から十七時まで、電話でも受け付けています）")]
    cleaned = clean(extract(drawn_pdf([page]), name="flyer.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    assert talk.title.ja is not None and talk.title.ja.text == "川べり古本まつり"
    assert talk.title.en is not None and talk.title.en.text == "Riverside Book Festival"
    assert all(s.title is None or s.title.text != "Riverside Book Festival" for s in talk.sections)
