"""Faults a fresh user found (trial 8), each as a made-up document of its kind."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from segment_inputs import cleaned_from_text


def test_a_volume_header_naming_a_conference_and_its_proceedings_is_no_talk_title():
    text = ("第3回　瀬戸内都市交流会議　講演録\n\n"
            "尾道市の坂道と観光振興\n尾道市観光課長　村上 健\n\n"
            "１．はじめに\n　尾道市は坂の町として知られ、多くの観光客が訪れている。\n"
            "２．取り組み\n　坂道の案内板を整備し、散策の魅力を高めている。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.ja.text == "尾道市の坂道と観光振興"
    assert talk.city.ja.text == "尾道市"


def test_a_table_and_its_caption_neither_open_paragraphs_nor_set_the_measure():
    """A report wrapped by character count (half-width digits make lines narrower), paragraphs opened with
    ``　``: a table's rows and its caption are no paragraph starts, so the indent rule still holds after them."""
    text = ("1．調査の概要\n"
            "　本調査は，市内の公共施設における水道使用量の推移を把握し，今後の節水対\n"
            "策の基礎資料とすることを目的とする．対象期間は2019年度から2023年度\n"
            "までの5年間である．\n"
            "2．結果\n"
            "　施設種別ごとの年間使用量を表1に示す．\n"
            "表1　施設種別の年間水道使用量\n"
            "施設種別\t施設数\t使用量\n学校\t26\t4,820\n庁舎\t8\t1,960\n"
            "　節水型の設備を導入した12施設では，導入前と比べて使用量が平均で18%減\n"
            "少した．一方，未導入の施設では大きな変化は見られなかった．\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    first = [p.text for p in talk.sections[0].paragraphs]
    assert first == ["本調査は，市内の公共施設における水道使用量の推移を把握し，今後の節水対策の基礎資料とすることを目的と"
                     "する．対象期間は2019年度から2023年度までの5年間である．"]
    assert talk.sections[1].paragraphs[-1].text.startswith("節水型の設備を導入した12施設では，導入前と比べて使用量が平均で18%減少した．")
    # the caption is a line of its own (an indented document's flush line after a sentence is no wrap of it)
    assert "表1\u3000施設種別の年間水道使用量" in [p.text for p in talk.sections[1].paragraphs]


def test_a_document_kind_under_an_english_title_is_no_part_of_it():
    text = ("Groundwater Monitoring in the Lower Rhine Valley\nAnnual Technical Report 2024\n\n"
            "1 Introduction\nThe monitoring network measures groundwater levels at forty wells every month.\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.en.text == "Groundwater Monitoring in the Lower Rhine Valley"


def test_a_landscape_deck_cover_naming_the_speaker_then_the_affiliation():
    pages = [[(EN, 22, 60, 300, "Storm Surges and Small Harbours"),
              (EN, 14, 60, 250, "Ola Nordmann, Coastal Research Unit, Tromso")]]
    pages += [[(EN, 18, 40, 360, f"Finding {k}"), (EN, 12, 50, 320, f"- Point {k} about surges")] for k in (1, 2, 3)]
    talk = segment(clean(extract(drawn_pdf(pages, size=(960, 540)), name="surges.pdf"))).talks[0]
    assert talk.speaker.name.text == "Ola Nordmann"
    assert talk.speaker.affiliation.text == "Coastal Research Unit, Tromso"


def test_a_one_page_portrait_note_is_no_deck_and_a_title_for_an_office_is_a_title():
    page = [(EN, 16, 72, 760, "Field Notes for the District Water Office"),
            (EN, 10, 72, 730, "The office logs each flood report within two days of the visit."),
            (EN, 10, 72, 715, "Staff first confirm the site and then record the water level."),
            (EN, 10, 72, 695, "Key points:"), (EN, 10, 80, 680, "• fill in the gauge reading"),
            (EN, 10, 80, 665, "• confirm the photo set"), (EN, 10, 80, 650, "• send the file by Friday")]
    talk = segment(clean(extract(drawn_pdf([page]), name="note.pdf"))).talks[0]
    assert talk.shape != "deck" and not talk.slides
    assert talk.title.en.text == "Field Notes for the District Water Office"


def test_a_report_cover_names_its_issuing_office_under_the_title():
    """Trial 9: an organisation line right under a report's title joins the title block as its affiliation (the
    title was lost to a block holding the organisation alone)."""
    text = ("令和6年度\n桜川町上水道事業年報\n桜川町水道課\n\n第1章 事業の概要\n"
            "　本町の上水道は昭和四十年に給水を開始し、現在は約九千人に給水している。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    # (a year alone right over the title joins it: helper title69, docs/segment.md)
    assert talk.title.ja.text == "令和6年度 桜川町上水道事業年報"
    assert talk.speaker.affiliation.text == "桜川町水道課" and talk.speaker.name is None


def test_authors_parted_by_commas_or_spaces_with_their_affiliation_marks_are_names():
    from pipeline.segment.names import is_person_name

    assert is_person_name("川村 一郎¹，森田 花子²") and is_person_name("Ana Costa ¹ Kenta Mori ²")
    text = ("Seasonal Drift of River Sediments in a Small Delta\n\nAna Costa ¹ Kenta Mori ²\n"
            "¹Department of Earth Science, Delta University\n²Coastal Research Institute, Ise\n\n"
            "1 Introduction\nSediments move with the seasons in every small delta we measured over two years.\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.en.text == "Seasonal Drift of River Sediments in a Small Delta"
    assert talk.speaker.name is not None and "Ana Costa" in talk.speaker.name.text


def test_a_unit_cut_by_a_japanese_wrap_closes_up_and_two_english_words_keep_their_space():
    """Trial 10: a text wrapped by character count cut ``1.8mg/L`` after ``m``; the Japanese join put a space between
    the two ASCII letters (no ledger row says so). ``mg`` is one word; ``Sister`` / ``City`` are two."""
    text = ("第1節　水質\n　町内の河川で水質を調べたところ、窒素の平均値は1.2m\n"
            "g/Lであり、基準を満たしていた。本町は米国の町とSister\n"
            "City協定を結んでいる。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    text_out = " ".join(p.text for s in talk.sections for p in s.paragraphs)
    assert "1.2mg/L" in text_out and "Sister City" in text_out
