"""A paper's title block as LaTeX's \\maketitle and its kin set it (made-up documents).

Real TeX PDFs (TeX Live's documentation) showed the shape: a large centred
title, the author (with an aside in brackets or a footnote mark), a version
and a date, each centred on its own line above the first section heading at
the text block's left edge. Those lines are front matter and the speaker,
never headings by their size; a table row (cells parted by TAB) opens no
title block and no slides; a title with Japanese in it is the Japanese title.
"""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, justified, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from segment_inputs import cleaned_from_text

BODY = ("Ferry timetables change with the seasons and the tides, and this note describes how the",
        "library reads them from the operators' published files and checks them against each other",
        "before it builds one schedule for the whole harbour, a task that used to take a week.")


def _centred(text: str, size: float, y: float, middle: float = 297.6) -> tuple[str, float, float, float, str]:
    return (EN, size, middle - text_width(text, EN, size) / 2, y, text)


def _maketitle_pdf() -> bytes:
    runs = [_centred("The ferrytime package", 17.2, 760), _centred("Marta OKONKWO (aka. \u201cMO\u201d)", 12, 730)]
    # the version and the date of one \date line, drawn as two pieces on one row, together centred
    version, date = "v2.3", "[2021/03/04]"
    whole = text_width(version + "   " + date, EN, 12)
    x = 297.6 - whole / 2
    runs += [(EN, 12, x, 712, version), (EN, 12, x + whole - text_width(date, EN, 12), 712, date)]
    runs += [(EN, 14.3, 72, 680, "1 Overview")]
    y = 660
    for line in BODY:
        runs += justified(line.split(), 72, 523, y)
        y -= 12
    runs += [(EN, 14.3, 72, y - 16, "2 Usage")]
    y -= 36
    for line in BODY:
        runs += justified(line.split(), 72, 523, y)
        y -= 12
    return drawn_pdf([runs])


def test_a_maketitle_block_is_front_matter_and_the_speaker_never_sections():
    talk = segment(clean(extract(_maketitle_pdf(), name="ferrytime.pdf"))).talks[0]
    assert talk.title.en.text == "The ferrytime package"
    assert talk.speaker.name.text == "Marta OKONKWO"
    assert [s.title.text for s in talk.sections] == ["Overview", "Usage"]
    front = " ".join(t.text for t in talk.front)
    assert "v2.3" in front and "[2021/03/04]" in front


def test_a_title_with_japanese_in_it_and_a_name_with_an_address_aside():
    text = ("多言語 LaTeX：ZLaTeX\n\n山本　花子 (hanako@example.jp)\n\n2001年4月1日\n\n概 要\n\n"
            "ZLaTeXは多言語の組版を目的として開発された処理系であり、その設計と実装について述べる。\n"
            "本稿ではまず背景を説明し、次に利用方法を示す。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.ja.text == "多言語 LaTeX：ZLaTeX" and talk.title.en is None
    assert talk.speaker.name.text == "山本　花子"


def test_a_table_of_english_rows_in_a_japanese_paper_is_no_title_and_no_slides():
    text = ("港湾情報の公開に関する手引き\n\n川口 直樹\n\n1．はじめに\n\n"
            "港湾の情報を公開するサイトを表1にまとめた。いずれも無料で利用できる。\n\n"
            "表1: 主なサイト\n"
            "Port Data Hub\thttps://ports.example.org/\t統計の宝庫\n"
            "Harbour Atlas\thttps://atlas.example.org/\tHarbour maps of the world\n"
            "Ship Watch\thttps://ships.example.org/\t入港予定を公開\n"
            "Tide Tables\thttps://tides.example.org/\tTide tables for every port\n")
    segmented = segment(cleaned_from_text(text))
    assert len(segmented.talks) == 1
    talk = segmented.talks[0]
    assert talk.title.ja.text == "港湾情報の公開に関する手引き" and talk.title.en is None
    assert not talk.slides


def test_a_title_wrapped_after_a_colon_in_small_letters_is_one_title_and_the_author_follows():
    runs = [_centred("The harbourmap package:", 17, 760), _centred("tide tables drawn", 17, 738),
            _centred("beside the charts of small ports", 17, 716), _centred("Ines FALK", 12, 690),
            _centred("2022-07-08", 12, 672), (EN, 14.3, 72, 640, "1 Overview")]
    y = 620
    for line in BODY:
        runs += justified(line.split(), 72, 523, y)
        y -= 12
    talk = segment(clean(extract(drawn_pdf([runs]), name="harbourmap.pdf"))).talks[0]
    assert talk.title.en.text == "The harbourmap package: tide tables drawn beside the charts of small ports"
    assert talk.speaker.name.text == "Ines FALK"


def test_a_section_sign_leads_a_heading_number():
    from pipeline.numbering import explicit_number

    assert explicit_number("§ 3 Loading").label == (3, 0, 0) and explicit_number("§4.2 使用方法").label == (4, 2, 0)
