"""Issue 16 points 1 and 2 on proceedings volumes and title blocks (helper vol74, fresh-user trial 74).

(1) A bracketed talk number with its word before ``No.`` (``［講演 No.1］``, ``【発表 No.2】``) opens a talk, its
number read. (2) A box drawn round a speaker line (``┌──┐`` / ``│ 講演者：… │`` / ``└──┘``) is no text: its rules and
bars go to the ledger (reason ``frame``), the speaker line is read bare. (3) A slides label naming its language
(``Slides (English)``, ``English Slides``) over one-line slides numbered by their pages (``p.1  Toyama City: …``) is
the talk's deck, each line a slide titled by its phrase. (4) A company's report named with its issuer on one line
(``株式会社みちのく精機　統合報告書2025（抜粋）``) titles the report over its first part's heading; (5) that part
(``トップメッセージ``, ``■ 巻頭言`` over its byline) is the first section, its byline the speaker; (6) a post, the name,
then the affiliation in brackets (``会長　佐伯 正和（広島大学）``) gives the name without the brackets; (7) a council's
service after its name (``Leeds City Council Catering Services``) names its city; (8) a town closing an
institution's address with no country (``…, Northfield Institute of Technology, Aberdeen``) is the address's town.
Inputs are copies of /work/regress/in_vol74/, the trial's a_proc.txt, h_annual.txt, b_gakkai.txt, p2_slides.pdf,
e_techreport.txt and trial 74c's a_proc.txt; decisions in docs/segment.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_file, segment_text, slides_of, text_of

DATA = Path(__file__).parent / "data" / "vol74"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def _speakers(doc):
    return [(text_of(t.speaker.name), text_of(t.speaker.affiliation)) for t in doc.talks]


@pytest.mark.parametrize("name, numbers, cities", [
    ("t74_a_proc.txt", ["1", "2", "3"], ["富山市", "シェフィールド市", "金沢市"]),
    ("v01_boxed_volume.txt", ["1", "2", "3"], ["新潟市", "アバディーン市", "敦賀市"]),
    ("v02_heavy_box_kind_word.txt", ["1", "2"], ["松山市", "呉市"]),
    ("t74c_a_proc.txt", ["1", "2", "3"], ["富山市", "松江市", "北見市"]),  # trial 74c's volume: ［講演 2］
])
def test_bracketed_talk_number_with_its_word_opens_each_talk(name, numbers, cities):
    doc = _doc(name)
    assert [t.number for t in doc.talks] == numbers
    assert [text_of(t.city.ja) for t in doc.talks] == cities


@pytest.mark.parametrize("name, speakers", [
    ("t74_a_proc.txt", [("森田 \ufffd一", "富山市都市整備部長"), ("Helen Marsh", "シェフィールド市議会\u3000環境担当"),
                        ("\ufffd川 由美", "金沢市観光政策課\u3000主査")]),
    ("v02_heavy_box_kind_word.txt", [("藤井 健太", "松山市都市交通課\u3000課長"), ("森本 彩", "呉市地域協働課\u3000主査")]),
    ("t74c_a_proc.txt", [("森\ufffd 誠一", "富山市 都市整備部長"), ("石川 \ufffd美", "松江市 観光振興課長"),
                         ("佐々木 健\ufffd", "北見市 道路維持課長")]),
])
def test_framed_speaker_line_is_read_bare(name, speakers):
    doc = _doc(name)
    assert _speakers(doc) == speakers
    frames = [r.text for r in doc.ledger if r.reason == "frame"]
    # the top rule, the bars with their white (two a framed line), the bottom rule
    assert len(frames) >= 4 * len(doc.talks)
    assert not any(c in (text_of(t) or "") for talk in doc.talks for t in talk.front for c in "┌└│┃┏┗")


def test_page_labelled_one_line_slides_under_a_slides_label():
    doc = _doc("t74_a_proc.txt")
    toyama, sheffield, kanazawa = doc.talks
    assert [(n, title) for n, title, _ in slides_of(toyama) if n is not None] == [
        (1, "Toyama City: Twenty Years of Compact City Policy"), (2, "Public transport as the backbone of the city"),
        (3, "Toyama Light Rail opened in 2006"), (4, "Residents in the city centre up by about 10%")]
    assert [n for n, _, _ in slides_of(sheffield) if n is not None] == [1, 2, 3, 4]
    assert [n for n, _, _ in slides_of(kanazawa) if n is not None] == [1, 2, 3]
    # the label is the deck's cover line, no English title; the paper's last sentence keeps its wrapped stop
    assert all(t.title.en is None for t in doc.talks)
    assert [p.text for s in sheffield.sections for p in s.paragraphs][-1].endswith("回復している。")


def test_english_slides_label_over_page_labelled_slides():
    doc = _doc("v02_heavy_box_kind_word.txt")
    assert [(n, title) for n, title, _ in slides_of(doc.talks[1]) if n is not None] == [
        (1, "Kure: A City of Slopes"), (2, "Shared taxis run by the community")]


@pytest.mark.parametrize("name, title, front", [
    ("t74_h_annual.txt", "株式会社みちのく精機\u3000統合報告書2025（抜粋）", "トップメッセージ"),
    ("v03_company_report.txt", "株式会社しまなみ造船\u3000サステナビリティレポート2024（抜粋）", "社長メッセージ"),
    ("v04_english_company_report.txt", "Northwind Ferries plc  Integrated Report 2024", "Chair's Statement"),
])
def test_report_named_with_its_issuer_is_the_title(name, title, front):
    [talk] = _doc(name).talks
    assert text_of(talk.title.ja) == title or text_of(talk.title.en) == title
    assert front not in (text_of(talk.title.ja), text_of(talk.title.en))


@pytest.mark.parametrize("name, first", [
    ("t74_h_annual.txt", "トップメッセージ"), ("v03_company_report.txt", "社長メッセージ"),
    ("v04_english_company_report.txt", "Chair's Statement"), ("t74_b_gakkai.txt", "巻頭言"),
])
def test_first_part_over_the_byline_is_a_section(name, first):
    [talk] = _doc(name).talks
    assert talk.sections[0].title.text == first and talk.sections[0].paragraphs
    assert first not in [t.text.lstrip("■ ") for t in talk.front]
    assert not any(t.text.endswith(("。", ".")) for t in talk.front)  # the part's text left front


def test_post_name_then_bracketed_affiliation():
    [talk] = _doc("t74_b_gakkai.txt").talks
    assert (text_of(talk.speaker.name), text_of(talk.speaker.affiliation)) == ("佐伯 正\ufffd", "広島大学")


def test_near_miss_box_drawn_table_keeps_its_lines():
    # no frame: a table drawn with box-drawing characters keeps its cells; since session 81 (helper tables81) the clean
    # stage reads it as a table's TAB rows (docs/clean.md), its rules in the ledger as ``table-rule``, never ``frame``
    doc = _doc("nm01_box_table.txt")
    [talk] = doc.talks
    assert [t.text for t in talk.front][:2] == ["施設名\t利用者数", "市民会館\t12,400"]
    assert talk.front_tables == ((0, 2),)


def test_near_miss_company_name_over_a_title_stays_front():
    [talk] = _doc("nm02_company_over_title.txt").talks
    assert text_of(talk.title.ja) == "海とともに百年" and [t.text for t in talk.front] == ["株式会社しまなみ造船"]


def test_near_miss_sentences_under_slides_label_stay_text():
    [talk] = _doc("nm03_slides_label_numbered_sentences.txt").talks
    assert not talk.slides and talk.title.en is None


def test_shapes():
    from pipeline.segment.events import is_report_kind
    from pipeline.segment.titleblock import SLIDES_LABEL, talk_number, talk_number_value

    assert [talk_number_value(s[:talk_number(s)]) for s in ("［講演 No.1］", "【発表No.２】", "［講演２］")] == ["1", "2", "2"]
    assert talk_number("［講演］") == 0 and talk_number("【講演会】") == 0
    assert all(SLIDES_LABEL.match(s) for s in ("Slides (English)", "English Slides", "スライド（英語）"))
    assert not SLIDES_LABEL.match("Slides from the Harbour Workshop")
    assert is_report_kind("統合報告書2025（抜粋）") and is_report_kind("Integrated Report 2024")
    assert not is_report_kind("統合報告書の作り方")


def test_council_service_names_its_city():
    [talk] = segment_file(DATA / "t74_p2_slides.pdf").talks
    assert text_of(talk.city.en) == "Leeds" and talk.id == "leeds"
    from pipeline.segment.places import _municipal_body_en

    assert _municipal_body_en("Leeds City Council Children’s Services").group("x") == "Leeds"
    assert _municipal_body_en("Ocean City Services") is None  # near miss: a common word before City


def test_town_closing_an_institutions_address():
    [talk] = _doc("t74_e_techreport.txt").talks
    assert text_of(talk.city.en) == "Aberdeen"
    assert talk.id == "corrosion-performance-of-galvanised-steel-fasteners-in"  # an address's town: the title's id
    from pipeline.segment.places import _named_en

    assert _named_en("Institute of Technology, Reading") == []  # near miss: a common word
    assert _named_en("University of Bath, Claverton Down") == []  # near miss: no town GeoNames lists
