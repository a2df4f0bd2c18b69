"""Covers and title blocks of decks, theses and newsletters (issue 16, point 2): the title, the author and the
affiliation read from general evidence; made-up documents of each shape."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.names import is_person_name, names_people
from tests.segment_inputs import run_text


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


ABSTRACT = """\
Abstract
This thesis measures the sediment of six harbours over ten years and compares it with the flood records.
"""

DECK_NAME_COMPANY = """\
Caching Tile Maps at the Edge
What Two Winters of Traffic Taught Us
Ingrid Solvang, Bright Tide Software
HarbourConf 2026
Agenda
• Why cache tiles?
• What we measured
1
Why cache tiles?
• Most requests repeat within an hour
• The origin servers are far away
2
Thank you!
3
"""


def test_a_company_after_a_name_and_a_comma_is_the_affiliation_not_a_second_author() -> None:
    # ``Bright Tide Software`` (words WordNet lists) was read as a second author, the speaker had no affiliation
    talk = run_text(DECK_NAME_COMPANY).talks[0]
    assert talk.speaker.name.text == "Ingrid Solvang"
    assert talk.speaker.affiliation.text == "Bright Tide Software"
    assert [a.name.text for a in talk.speaker.authors] == ["Ingrid Solvang"]
    assert talk.subtitle.en.text == "What Two Winters of Traffic Taught Us"


def test_a_line_of_several_authors_stays_a_line_of_authors() -> None:
    assert is_person_name("Priya Raman, Kenji Mori")
    assert names_people("Lena Vortmann, Kenji Arase and Tomás Quiroga")
    assert not is_person_name("Priya Raman, Acme Cloud")


def _landscape_cover() -> bytes:
    middle = 421
    lines = [("Harbour Tides and Their Records", 28, 500), ("Dipl.-Ing. Jorunn Vestby¹", 20, 440),
             ("¹Fjordlab   ²Tidewater Institute", 11, 415), ("Dr. rer. nat. Halvard Moen²", 20, 380),
             ("Why tides matter", 28, 250)]
    runs = [(EN, size, middle - text_width(text, EN, size) / 2, y, text) for text, size, y in lines]
    second = [(EN, 28, 60, 500, "What we measured"), (EN, 20, 60, 440, "Tide gauges at four harbours"),
              (EN, 20, 60, 400, "Ten years of hourly records")]
    return drawn_pdf([runs, second], size=(842, 595))


def test_authors_with_academic_titles_and_marks_on_a_deck_cover_are_its_speaker() -> None:
    # ``Dipl.-Ing. Jorunn Vestby¹`` was no name (the title before it), and two names named no speaker at all
    talk = segment(clean(extract(_landscape_cover(), name="cover.pdf"))).talks[0]
    assert talk.speaker.name.text == "Jorunn Vestby"
    assert [a.name.text for a in talk.speaker.authors] == ["Jorunn Vestby", "Halvard Moen"]
    assert [a.affiliation.text for a in talk.speaker.authors] == ["Fjordlab", "Tidewater Institute"]


BYLINE_PLACEHOLDER = """\
What Is the Title of Your Thesis?
by Your Name Here
A Dissertation submitted to
The Faculty of
The School of Harbour Engineering
of Northfield University
in partial satisfaction of the requirements
for the degree of Doctor of Philosophy
May 8, 2026
""" + ABSTRACT


def test_a_byline_under_the_title_names_the_author_whatever_its_words() -> None:
    # ``by Your Name Here`` (function words, a template's placeholder) gave no author
    talk = run_text(BYLINE_PLACEHOLDER).talks[0]
    assert talk.title.en.text == "What Is the Title of Your Thesis?"
    assert talk.speaker.name.text == "Your Name Here"


CAPITALS_UNIVERSITY = """\
UNIVERSITY OF NORTHFIELD
Sediment and Memory in Harbour Towns
by
Olive Brook Stone
A THESIS
SUBMITTED TO THE FACULTY OF GRADUATE STUDIES
IN PARTIAL FULFILLMENT OF THE REQUIREMENTS FOR THE
DEGREE OF DOCTOR OF PHILOSOPHY
""" + ABSTRACT


def test_a_university_in_capitals_over_the_title_is_no_title() -> None:
    # ``UNIVERSITY OF NORTHFIELD`` was the title
    talk = run_text(CAPITALS_UNIVERSITY).talks[0]
    assert talk.title.en.text == "Sediment and Memory in Harbour Towns"
    assert talk.speaker.name.text == "Olive Brook Stone"
    assert "UNIVERSITY OF NORTHFIELD" in _front(talk)


STATEMENT_BEFORE_AUTHOR = """\
THE SEDIMENT OF SMALL HARBOURS
A Thesis
Submitted to the Graduate Faculty
of the
Northfield State University
of Harbour and Applied Science
By
Samuel Fargo Bison
In Partial Fulfillment of the Requirements
for the Degree of
MASTER OF SCIENCE
Major Department:
Oceanography
January 2026
Northfield, Vinland
NORTHFIELD STATE UNIVERSITY
Graduate School
""" + ABSTRACT


def test_the_author_under_a_thesis_statement_and_a_university_in_capitals_is_no_name() -> None:
    # the title was ``Oceanography`` (a field's value) and the speaker ``NORTHFIELD STATE UNIVERSITY``
    talk = run_text(STATEMENT_BEFORE_AUTHOR).talks[0]
    assert talk.title.en.text == "THE SEDIMENT OF SMALL HARBOURS"
    assert talk.speaker.name.text == "Samuel Fargo Bison"
    assert talk.speaker.affiliation.text == "Northfield State University"
    assert not is_person_name("NORTHFIELD STATE UNIVERSITY")


KIND_OVER_TITLE = """\
Bachelorarbeit
des Studiengangs Hafenwirtschaft
an der Dualen Hochschule für Hafenwirtschaft Nordfeld
Thema
Sedimente in kleinen Häfen und ihre Geschichte
Jorunn Vestby
15. Mai 2026
Erklärung
Ich versichere hiermit, dass ich meine Bachelorarbeit selbstständig verfasst und keine anderen Quellen benutzt habe.
"""


def test_a_kind_word_is_never_the_title_and_the_author_under_the_title_is_no_heading() -> None:
    # ``Bachelorarbeit`` was the title, ``Jorunn Vestby`` a section's heading
    talk = run_text(KIND_OVER_TITLE).talks[0]
    assert talk.title.en.text == "Sedimente in kleinen Häfen und ihre Geschichte"
    assert talk.speaker.name.text == "Jorunn Vestby"
    assert "Bachelorarbeit" in _front(talk) and "Thema" in _front(talk)
    assert "Jorunn Vestby" not in [s.title.text for s in talk.sections]


def test_a_field_label_and_its_value_name_no_one() -> None:
    assert not is_person_name("Discipline Océanographie")
    assert not is_person_name("Spécialité Marées")
    assert is_person_name("Grace Okonkwo")


def _french_cover() -> bytes:
    middle = 297.6
    lines = [("Université de Nordfeld", 17, 780), ("Unité de recherche Marées et Sédiments", 12, 760),
             ("Thèse présentée par Jorunn Vestby", 14, 720), ("Soutenue le 3 mars 2026", 14, 700),
             ("Discipline Océanographie", 14, 660), ("La mémoire des ports", 25, 600),
             ("Les ports de la mémoire", 17, 570)]
    runs = [(EN, size, middle - text_width(text, EN, size) / 2, y, text) for text, size, y in lines]
    body = [(EN, 20, 72, 780, "Introduction"),
            (EN, 11, 72, 750, "Les ports gardent la trace des crues dans leurs sédiments, et cette thèse les mesure.")]
    return drawn_pdf([runs, body])


def test_a_thesis_cover_that_names_its_author_over_its_title_gives_both() -> None:
    # ``Thèse présentée par …`` was the title and ``Discipline Océanographie`` the speaker's name
    talk = segment(clean(extract(_french_cover(), name="these.pdf"))).talks[0]
    assert talk.title.en.text == "La mémoire des ports"
    assert talk.speaker.name.text == "Jorunn Vestby"


NEWSLETTERS = {
    "Harbourside Residents' Newsletter\nIssue 12 · March 2026\n\n": ("Harbourside Residents' Newsletter", "Issue 12 · March 2026"),
    "Harbourside Residents' Newsletter — Issue 12 · March 2026\n\n": ("Harbourside Residents' Newsletter",
                                                                       "— Issue 12 · March 2026"),
    "The Lighthouse Gazette\nVol. 3, No. 2\n\n": ("The Lighthouse Gazette", "Vol. 3, No. 2"),
    "みなと台地区だより\n第12号　2026年3月\n\n": ("みなと台地区だより", "第12号　2026年3月"),
}
ARTICLES_EN = """\
■ Spring Clean-up Day
Volunteers will meet at the ferry terminal at nine on Saturday morning. Gloves and bags are provided by the
residents' association, and tea will be served afterwards in the community hall.
"""
ARTICLES_JA = """\
■ 春の清掃活動のお知らせ
4月の第1日曜日に、地区内の清掃活動を行います。軍手とごみ袋は自治会で用意しますので、動きやすい服装でご参加ください。
"""


def test_a_newsletters_edition_is_front_matter_never_part_of_its_title() -> None:
    # ``第12号　2026年3月`` carried the title on; ``Vol. 3, No. 2`` was the title; ``— Issue 12 …`` stayed in it
    for head, (title, edition) in NEWSLETTERS.items():
        japanese = head.startswith("み")
        talk = run_text(head + (ARTICLES_JA if japanese else ARTICLES_EN)).talks[0]
        got = talk.title.ja if japanese else talk.title.en
        assert got.text == title, head
        assert edition in _front(talk), head
