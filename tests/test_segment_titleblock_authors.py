"""A title block's authors in every common layout, each with its own affiliation; a deck cover's title over two
lines; a market's name is no city. Made-up documents (text dumps, and PDFs drawn with reportlab where the layout
matters: authors side by side, a cover's sizes)."""

from __future__ import annotations

import pytest
from pdfmaker import EN, JA, drawn_pdf, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from segment_inputs import one_talk

TITLE_JA, TITLE_EN = "港湾クレーンの待機電力に関する研究", "Idle Power of Harbour Cranes"
BODY_JA = ("1．はじめに\n　港の荷役機械は、船の来ない時間にも電力を使い続けている。本稿ではその実態を調べた。\n"
           "2．方法\n　六基のクレーンの電力を一か月記録し、着岸の予定と照らし合わせた。\n")
BODY_EN = ("1. Introduction\nHarbour cranes idle for long spells between ships, and their motors draw power all the while.\n"
           "2. Method\nWe logged the power of six cranes for a month and matched it to the berth schedule.\n")


_talk = one_talk  # one talk, its conservation held


def _authors(talk):
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


def _front(talk):
    return [t.text for t in talk.front]


@pytest.mark.parametrize("block, expected", [
    # two authors side by side, each with the affiliation in its column
    (["山田 太郎          佐藤 花子", "東北大学          京都大学"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    (["John Smith          Mary Jones", "University of Tokyo          Kyoto University"],
     [("John Smith", "University of Tokyo"), ("Mary Jones", "Kyoto University")]),
    (["Kenji Mori        Anna Berg        Tom Lee", "Northfield University        Kobe University        Harbour Institute"],
     [("Kenji Mori", "Northfield University"), ("Anna Berg", "Kobe University"), ("Tom Lee", "Harbour Institute")]),
    # one shared affiliation under two columns
    (["山田 太郎          佐藤 花子", "東北大学大学院工学研究科"],
     [("山田 太郎", "東北大学大学院工学研究科"), ("佐藤 花子", "東北大学大学院工学研究科")]),
])
def test_authors_side_by_side_each_get_their_column(block, expected):
    title, body = (TITLE_EN, BODY_EN) if block[0].isascii() else (TITLE_JA, BODY_JA)
    talk = _talk("\n".join([title, *block, "", body]))
    assert _authors(talk) == expected
    assert talk.speaker.name.text == expected[0][0]
    assert _front(talk) == []


def _columns_pdf(title: str, names: list[str], affiliations: list[str], font: str) -> bytes:
    def centred(text, size, y, middle):
        return (font, size, middle - text_width(text, font, size) / 2, y, text)

    runs = [centred(title, 16, 760, 297.6)]
    for k, (name, affiliation) in enumerate(zip(names, affiliations)):
        middle = 297.6 + (k - (len(names) - 1) / 2) * 200
        runs += [centred(name, 11, 730, middle), centred(affiliation, 10, 714, middle)]
    body = BODY_JA if font == JA else BODY_EN
    y = 680
    for line in body.strip().split("\n"):
        runs.append((font, 10, 72, y, line.strip("\u3000")))
        y -= 16
    return drawn_pdf([runs])


@pytest.mark.parametrize("title, names, affiliations, font", [
    (TITLE_JA, ["山田 太郎", "佐藤 花子"], ["東北大学", "京都大学"], JA),
    (TITLE_EN, ["John Smith", "Mary Jones", "Kenji Mori"], ["University of Tokyo", "Kyoto University", "Osaka University"], EN),
])
def test_authors_side_by_side_in_a_pdf(title, names, affiliations, font):
    cleaned = clean(extract(_columns_pdf(title, names, affiliations, font), name="columns.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    talk = doc.talks[0]
    assert _authors(talk) == list(zip(names, affiliations))
    assert _front(talk) == []


@pytest.mark.parametrize("block, expected", [
    (["山田 太郎", "佐藤 花子", "鈴木 一郎"], [("山田 太郎", None), ("佐藤 花子", None), ("鈴木 一郎", None)]),
    (["山田 太郎（東北大学）", "佐藤 花子（京都大学）"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    (["山田 太郎（東北大学）", "佐藤 花子（京都大学）", "鈴木 一郎（九州大学）"],
     [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学"), ("鈴木 一郎", "九州大学")]),
    # each author's affiliation under the name, or over it where the block opens on one
    (["山田 太郎", "東北大学", "佐藤 花子", "京都大学"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    (["東北大学", "山田 太郎", "京都大学", "佐藤 花子"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    (["東北大学 山田 太郎", "京都大学 佐藤 花子"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    (["東北大学 山田 太郎，京都大学 佐藤 花子"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    # a presenter's ○ and names parted by ・
    (["○山田 太郎（東北大学）・佐藤 花子（京都大学）"], [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学")]),
    (["山田 太郎・佐藤 花子", "東北大学大学院工学研究科"],
     [("山田 太郎", "東北大学大学院工学研究科"), ("佐藤 花子", "東北大学大学院工学研究科")]),
    (["John Smith (University of Tokyo), Mary Jones (Kyoto University)"],
     [("John Smith", "University of Tokyo"), ("Mary Jones", "Kyoto University")]),
    (["John Smith (University of Tokyo)", "Mary Jones (Kyoto University)"],
     [("John Smith", "University of Tokyo"), ("Mary Jones", "Kyoto University")]),
    (["John Smith", "University of Tokyo", "Mary Jones", "Kyoto University"],
     [("John Smith", "University of Tokyo"), ("Mary Jones", "Kyoto University")]),
    # an e-mail under the last affiliation is the affiliation's address
    (["John Smith¹, Mary Jones²", "¹University of Tokyo, Tokyo, Japan", "²Kyoto University, Kyoto, Japan",
      "john.smith@u-tokyo.ac.jp"],
     [("John Smith", "University of Tokyo, Tokyo, Japan"), ("Mary Jones", "Kyoto University, Kyoto, Japan")]),
    (["by John Smith and Mary Jones", "Harbour Research Institute"],
     [("John Smith", "Harbour Research Institute"), ("Mary Jones", "Harbour Research Institute")]),
])
def test_authors_one_a_line_are_all_speakers(block, expected):
    english = block[0].isascii()
    title, body = (TITLE_EN, BODY_EN) if english else (TITLE_JA, BODY_JA)
    talk = _talk("\n".join([title, *block, "", body]))
    assert _authors(talk) == expected
    assert (talk.title.en if english else talk.title.ja).text == title
    assert _front(talk) == []


def test_a_bilingual_abstract_keeps_front_in_raw_order():
    text = ("第12回 港湾技術研究発表会\n" + TITLE_JA + "\n山田 太郎¹，佐藤 花子²\n¹東北大学 工学研究科\n²京都大学 防災研究所\n"
            "概要：港の荷役機械は、船の来ない時間にも電力を使い続けている。本稿ではその実態を調べた。\n"
            + TITLE_EN + "\nTaro Yamada¹, Hanako Sato²\n¹ Graduate School of Engineering, Tohoku University\n"
            "² Disaster Prevention Research Institute, Kyoto University\nAbstract\n"
            "Harbour cranes idle for long spells between ships, and their motors draw power all the while.\n" + BODY_JA)
    talk = _talk(text)
    assert talk.title.en.text == TITLE_EN
    front = _front(talk)
    assert front[0] == "第12回 港湾技術研究発表会" and front[1].startswith("概要：") and front[2] == "Taro Yamada¹, Hanako Sato²"
    lines = [t.first_pos() for t in talk.front]
    assert lines == sorted(lines)


@pytest.mark.parametrize("text", [
    "みなと古本市\n港町の本好きが集う三日間\n主催：みなと古本市実行委員会\n\n" + BODY_JA,
    "フリーマーケット市\n港の広場で開く手づくりの市\n\n" + BODY_JA,
    "骨董市\n第3日曜日に神社の境内で開きます。\nどなたでもお越しください。\n",
    "みなと古本市の楽しみ方\n\n" + BODY_JA,  # named in a title
])
def test_a_market_is_no_city(text):
    talk = _talk(text)
    assert talk.city.ja is None


@pytest.mark.parametrize("text", [
    "港町市\n川と港の再生計画\n港町市都市計画課長 山田 一郎\n\n" + BODY_JA,
    "港町市の川と港の再生計画\n港町市都市計画課長 山田 一郎\n\n" + BODY_JA,  # named in the title
])
def test_a_city_of_common_nouns_is_a_city_by_its_offices(text):
    talk = _talk(text)
    assert talk.city.ja.text == "港町市"
    assert talk.speaker.name.text == "山田 一郎"


_W, _H = 842, 595
_SLIDES = [("Why Cargo Bikes?", ["• Vans idle at the kerb for most of each delivery", "• Bikes park closer and block no lane"]),
           ("Our Trial", ["• Six months in two districts", "• 14 riders, 3 depots"])]


def _deck_pdf(cover: list[tuple[str, float]], font: str = EN) -> bytes:
    runs, y = [], 380
    for text, size in cover:
        runs.append((font, size, (_W - text_width(text, font, size)) / 2, y, text))
        y -= 40 if size > 20 else 100
    pages = [runs + [(EN, 10, _W - 40, 20, "1")]]
    for n, (title, lines) in enumerate(_SLIDES, 2):
        page = [(EN, 24, 50, 520, title)] + [(EN, 18, 60, 460 - 30 * k, line) for k, line in enumerate(lines)]
        pages.append(page + [(EN, 10, _W - 40, 20, str(n))])
    return drawn_pdf(pages, size=(_W, _H))


@pytest.mark.parametrize("cover, title, subtitle", [
    # the second line in the title's size: the title wrapped
    ([("Rethinking Urban Freight", 32), ("Cargo Bikes in Mid-Sized Cities", 32), ("Priya Natarajan", 18)],
     "Rethinking Urban Freight Cargo Bikes in Mid-Sized Cities", None),
    ([("Rethinking Urban Freight", 32), ("Cargo Bikes in Mid-Sized Cities", 32)],
     "Rethinking Urban Freight Cargo Bikes in Mid-Sized Cities", None),
    # set smaller: the subtitle, with or without the speaker's name under it
    ([("Rethinking Urban Freight", 32), ("Cargo Bikes in Mid-Sized Cities", 22), ("Priya Natarajan", 18)],
     "Rethinking Urban Freight", "Cargo Bikes in Mid-Sized Cities"),
    ([("Rethinking Urban Freight", 32), ("Cargo Bikes in Mid-Sized Cities", 22)],
     "Rethinking Urban Freight", "Cargo Bikes in Mid-Sized Cities"),
])
def test_a_pdf_deck_cover_title_over_two_lines_by_size(cover, title, subtitle):
    cleaned = clean(extract(_deck_pdf(cover), name="deck.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    talk = doc.talks[0]
    assert talk.shape == "deck"
    assert talk.title.en.text == title
    assert (talk.subtitle.en.text if talk.subtitle.en is not None else None) == subtitle
    assert talk.slides[0].title.text == title


def test_a_slide_title_under_a_cover_title_stays_the_slides():
    """A title-case line under the cover's title with the slide's text under it is the first slide's title (its
    next line, ``Center of the Tokachi region``, may read as an organisation), and a doubled title no subtitle."""
    talk = _talk("Rethinking Urban Freight\nOverview of Minato\nCenter of the harbour district\nPort of 40,000 people\n"
                 "1\nOur Trial\n• Six months in two districts\n2\nThank you\n")
    assert talk.title.en.text == "Rethinking Urban Freight" and talk.subtitle.en is None
    talk = _talk("Local staff: 2\nLocal staff: 2\n10\n")
    assert talk.subtitle.en is None


def test_a_pen_name_under_a_pdf_cover_title_is_no_subtitle():
    """TeX Live's sample-bxcjkjatype-beamer.pdf sets its author ``ZR某`` centred under the title, smaller: a word
    alone is no subtitle."""
    cleaned = clean(extract(_deck_pdf([("Rethinking Urban Freight", 32), ("ZRsan", 22)]), name="deck.pdf"))
    assert segment(cleaned).talks[0].subtitle.en is None


def test_a_table_row_under_a_title_names_no_authors():
    """A row of cells (TAB-parted) names authors only cell by cell: ``Lua\tLuaTEX\tXETEX`` read whole has a name's
    shape (ptex-manual's eptex_resume.pdf started a talk there)."""
    talk = _talk(TITLE_JA + "\nLua\tLuaTEX\tXETEX\n\n" + BODY_JA)
    assert talk.speaker.authors == ()


_DECK_REST = ("1\nWhy Cargo Bikes?\n• Vans idle at the kerb for most of each delivery\n• Bikes park closer and block no lane\n"
              "2\nOur Trial\n• Six months in two districts\n• 14 riders, 3 depots\n3\nThank you\n")


@pytest.mark.parametrize("cover, title, subtitle", [
    # a whole phrase over a title-case line: its subtitle (no speaker named, no blank line: a dump's cover)
    ("Rethinking Urban Freight\nCargo Bikes in Mid-Sized Cities\n", "Rethinking Urban Freight", "Cargo Bikes in Mid-Sized Cities"),
    ("Rethinking Urban Freight\nCargo Bikes in Mid-Sized Cities\nPriya Natarajan, Coastline Transit Authority\n",
     "Rethinking Urban Freight", "Cargo Bikes in Mid-Sized Cities"),
    # a title stopping on a modifier goes on
    ("Planning a Cross-boundary\nFreight Network for Small Ports\n", "Planning a Cross-boundary Freight Network for Small Ports", None),
])
def test_a_dump_deck_cover_second_line_by_shape(cover, title, subtitle):
    talk = _talk(cover + _DECK_REST)
    assert talk.shape == "deck"
    assert talk.title.en.text == title
    assert (talk.subtitle.en.text if talk.subtitle.en is not None else None) == subtitle
    assert [s.title.text for s in talk.slides[1:3]] == ["Why Cargo Bikes?", "Our Trial"]
