"""English papers' author blocks as journal classes set them (seen on real PDFs of LaTeX journal classes:
REVTeX, elsarticle, acmart, quantumarticle): sentence-case titles, name particles, names in capitals,
initials without full stops, marks after a comma, TeX's footnote symbols, affiliations that open on a mark.
Each document is made up."""

from __future__ import annotations

from tests.segment_inputs import run_text


def _authors(talk):
    return [(a.name.text, [m.text for m in a.marks], a.affiliation.text if a.affiliation else None)
            for a in talk.speaker.authors]


def test_sentence_case_title_over_marked_authors_with_particles():
    doc = run_text(
        "A survey of tidal energy converters for small harbour towns\n"
        "Ana de la Fuente¹, Pieter van der Meer², and Olu K. Adeyemi¹\n"
        "¹Faculty of Engineering, University of Porto, Portugal\n"
        "²Delft University of Technology, Delft, The Netherlands\n"
        "\n"
        "Abstract\n"
        "We survey converters that small harbours can install. We compare their costs and yields.\n"
        "\n"
        "1 Introduction\n"
        "Tidal energy is predictable. Harbours have the space to use it.\n")
    (talk,) = doc.talks
    assert talk.title.en.text == "A survey of tidal energy converters for small harbour towns"
    assert _authors(talk) == [
        ("Ana de la Fuente", ["¹"], "Faculty of Engineering, University of Porto, Portugal"),
        ("Pieter van der Meer", ["²"], "Delft University of Technology, Delft, The Netherlands"),
        ("Olu K. Adeyemi", ["¹"], "Faculty of Engineering, University of Porto, Portugal")]
    assert talk.front == ()


def test_names_in_capitals_then_their_organisation():
    doc = run_text(
        "Counting Ferry Passengers with Door Sensors\n"
        "MARTA KOWALSKA and J.-P. DUBOIS, Institute for Maritime Studies, Poland\n"
        "\n"
        "1 INTRODUCTION\n"
        "Ferry operators need passenger counts. Door sensors give them cheaply.\n")
    (talk,) = doc.talks
    assert _authors(talk) == [("MARTA KOWALSKA", [], "Institute for Maritime Studies, Poland"),
                              ("J.-P. DUBOIS", [], "Institute for Maritime Studies, Poland")]


def test_marks_after_a_comma_and_affiliations_that_open_on_a_mark():
    doc = run_text(
        "Wave Loads on Floating Piers\n"
        "R. Okoro,¹, ᵃ) S. Lindqvist,¹ and T. Hayashi², ᵇ)\n"
        "¹)Coastal engineering group, somewhere on the Baltic\n"
        "²)Second address of the authors\n"
        "\n"
        "I. INTRODUCTION\n"
        "Floating piers move with the waves. Their loads are hard to measure.\n")
    (talk,) = doc.talks
    assert _authors(talk) == [("R. Okoro", ["¹", "ᵃ"], "Coastal engineering group, somewhere on the Baltic"),
                              ("S. Lindqvist", ["¹"], "Coastal engineering group, somewhere on the Baltic"),
                              ("T. Hayashi", ["²", "ᵇ"], "Second address of the authors")]


def test_tex_footnote_symbols_and_initials_without_full_stops():
    lines = ["Salt Marsh Restoration at River Mouths", "KV Subramanian¹,∗", "Centre for Wetland Studies, Kochi 682016, India",
             "", "Abstract", "Salt marshes protect river mouths. We report three restorations."]
    doc = run_text("\n".join(lines) + "\n")
    (talk,) = doc.talks
    assert talk.title.en.text == "Salt Marsh Restoration at River Mouths"
    assert _authors(talk)[0][:2] == ("KV Subramanian", ["¹", "∗"])


def test_a_phrase_with_a_footnote_mark_is_no_author():
    doc = run_text(
        "Harbour Renewal Programmes\n"
        "Small Repairs¹\n"
        "\n"
        "1 Introduction\n"
        "Small repairs keep harbours working. They cost little.\n")
    (talk,) = doc.talks
    assert talk.speaker.name is None


def test_a_titles_footnote_mark_is_front_matter():
    text = "\n".join(["Extensions to the harbourdoc class ∗†", "Noor Haddad‡", "", "1 Introduction",
                      "The class sets harbour timetables. It reads them from the operators' files."])
    doc = run_text(text + "\n")
    (talk,) = doc.talks
    assert talk.title.en.text == "Extensions to the harbourdoc class"
    assert [t.text for t in talk.front] == ["∗†"]


def test_authors_one_a_line_each_over_a_postal_address():
    lines = ["Ice Loads on Harbour Cranes", "Ingrid Halvorsen¹,∗", "Fjordline AS, Quay Road 12, 7010 Trondheim, Norway",
             "KR Menon²", "Sayana Foundations, Marine Drive 5, Kochi 682001, India", "", "Abstract",
             "Cranes in cold harbours carry ice. We measured the loads over two winters."]
    (talk,) = run_text("\n".join(lines) + "\n").talks
    assert [a[0] for a in _authors(talk)] == ["Ingrid Halvorsen", "KR Menon"]
    assert talk.front == ()


def test_names_in_capitals_with_an_institute_and_its_country():
    lines = ["Counting Cargo Bikes", "AMARA OKONKWO, Harbour Research Institute, Nigeria",
             "LUCÍA PEREIRA, Oceanario Lisboa, Portugal", "", "1 INTRODUCTION", "Cargo bikes carry parcels. We counted them."]
    (talk,) = run_text("\n".join(lines) + "\n").talks
    assert [a[0] for a in _authors(talk)] == ["AMARA OKONKWO", "LUCÍA PEREIRA"]


def test_an_authors_line_naming_the_organisation_is_no_organisation_line():
    from pipeline.model import Text
    from pipeline.segment.titleblock import read_block

    lines = [Text.from_raw(s, n) for n, s in enumerate(
        ["HUIFEN CHAN, Tsinghua University, China", "JULIUS P. KUMQUAT, The Kumquat Consortium, USA",
         "PROBLEM STATEMENT", "In this document we discuss how to write an article."], 1)]
    assert "organisation" not in read_block(lines, 0).cues


def test_marks_in_brackets_and_a_journal_head_with_its_pages():
    lines = ["Bulletin of Coastal Studies, Vol. 8, No. 2 (2024), pp. 101-117", "",
             "Wave Climate at Three Small Harbours", "",
             "Sofia N. Varga(1), Kwame Mensah(2), and Rin Okada(1,3)", "",
             "(1) Department of Geography, University of Szeged, Hungary", "(2) University of Ghana, Accra, Ghana",
             "(3) Port and Airport Research Institute, Yokosuka, Japan", "", "Abstract",
             "We compare the wave climate of three small harbours over ten years."]
    (talk,) = run_text("\n".join(lines) + "\n").talks
    assert talk.title.en.text == "Wave Climate at Three Small Harbours"
    assert [(name, marks) for name, marks, _ in _authors(talk)] == [
        ("Sofia N. Varga", ["1"]), ("Kwame Mensah", ["2"]), ("Rin Okada", ["1", "3"])]
    assert _authors(talk)[2][2] == ("Department of Geography, University of Szeged, Hungary; "
                                    "Port and Airport Research Institute, Yokosuka, Japan")


def test_japanese_marks_closed_by_a_bracket():
    lines = ["港町の国際交流と観光振興", "山田 太郎1)，佐藤 花子2)", "1) 東北大学大学院工学研究科", "2) 京都大学防災研究所", "",
             "1. はじめに", "本稿では港町の国際交流について述べる。"]
    (talk,) = run_text("\n".join(lines) + "\n").talks
    assert _authors(talk) == [("山田 太郎", ["1"], "東北大学大学院工学研究科"), ("佐藤 花子", ["2"], "京都大学防災研究所")]
