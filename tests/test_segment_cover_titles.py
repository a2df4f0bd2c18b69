"""Names and titles on a thesis cover, as made-up covers (issue 16 point 2): a phrase of common nouns joined by a
name's particle is no person's name (iodhbwm's ``Überprüfung von Bausteinen``); an Italian degree statement is no
name and no title (toptesi's ``Tesi di Dottorato``, ``Dottorato in … – XVIII ciclo``); an institution's acronym alone
is no title (yathesis's ``ULCO``); a title set in capitals over three double-spaced lines keeps its third line
(NDSU-Thesis-Extended)."""

from __future__ import annotations

import pytest
from pdfmaker import EN, drawn_pdf, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.segment.names import is_person_name
from tests.segment_inputs import run_text

BODY_DE = """
1. Einleitung
Kleine Häfen füllen und leeren sich zweimal am Tag mit der Flut, und die Boote bewegen sich mit ihnen.

2. Methode
Wir haben den Wasserstand ein Jahr lang alle zehn Minuten in drei Häfen gemessen.
"""

BODY_IT = """
1. Introduzione
I piccoli porti si riempiono e si svuotano con la marea due volte al giorno, e le barche si muovono con loro.

2. Metodo
Abbiamo misurato il livello dell'acqua ogni dieci minuti per un anno in tre porti.
"""


@pytest.mark.parametrize("line", ["Überprüfung von Bausteinen", "Verbesserungen der Sicherheit", "Tesi di Dottorato",
                                  "Corso di Laurea in Ingegneria Navale"])
def test_a_phrase_of_common_nouns_or_a_degree_is_no_persons_name(line):
    assert not is_person_name(line)


@pytest.mark.parametrize("line", ["Anna von Berg", "Ludwig van Beethoven", "Carl Jung", "Lídia del Rio"])
def test_names_with_particles_stay_names(line):
    assert is_person_name(line)


def test_a_german_title_joined_by_von_is_the_title_not_a_name():
    (talk,) = run_text("Überprüfung von Bausteinen\nMax Mustermann\nHochschule Mannheim\n" + BODY_DE).talks
    assert talk.title.en is not None and talk.title.en.text == "Überprüfung von Bausteinen"
    assert talk.speaker.name is not None and talk.speaker.name.text == "Max Mustermann"


def test_an_italian_degree_statement_is_front_and_the_title_under_it_is_read():
    cover = ("Università di Arcadia\nDottorato in Ingegneria Navale – XX ciclo\nTesi di Dottorato\n"
             "Il moto ondoso nei piccoli porti\nAnna Rossi\n")
    (talk,) = run_text(cover + BODY_IT).talks
    assert talk.title.en is not None and talk.title.en.text == "Il moto ondoso nei piccoli porti"
    assert "Tesi di Dottorato" in [t.text for t in talk.front]


def test_an_acronym_alone_is_no_title():
    (talk,) = run_text("ULCO\nLe vent des petits ports\nAnna Berg\nUniversité du Littoral\n" + BODY_DE).talks
    assert talk.title.en is not None and talk.title.en.text == "Le vent des petits ports"
    assert "ULCO" in [t.text for t in talk.front]


def test_a_title_in_capitals_over_three_double_spaced_lines_keeps_every_line():
    title = ["A STUDY OF TIDES AND MOORINGS IN THE SMALL HARBOURS", "OF THE NORTHERN COAST: EVIDENCE FROM THREE",
             "TOWNS"]
    runs = [(EN, 12, 297.6 - text_width(t, EN, 12) / 2, 760 - 36 * k, t) for k, t in enumerate(title)]
    runs += [(EN, 12, 297.6 - text_width("A Thesis", EN, 12) / 2, 620, "A Thesis"),
             (EN, 12, 297.6 - text_width("By", EN, 12) / 2, 580, "By"),
             (EN, 12, 297.6 - text_width("Samuel Fargo Bison", EN, 12) / 2, 556, "Samuel Fargo Bison")]
    body = ["1 Introduction", "Small harbours fill and empty with the tide twice a day, and the boats move with them.",
            "2 Data", "We measured the water level every ten minutes for a year at three small harbours."]
    runs += [(EN, 12, 72, 500 - 18 * k, line) for k, line in enumerate(body)]
    cleaned = clean(extract(drawn_pdf([runs]), name="cover.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    assert talk.title.en is not None and talk.title.en.text == " ".join(title)


def test_an_italian_cover_with_its_degree_first_reads_the_title_in_capitals_under_it():
    # toptesi's landscape cover: the faculty, the degree course (a long line, no running text: the body has not
    # begun), the university, ``Tesi di laurea``, the title in capitals over three lines, then the people's labels
    # (``Relatore`` / ``Candidato``, ``Correlatore``: cover labels, no title)
    title = ["STUDIO DEL MOTO ONDOSO NEI PICCOLI PORTI, CON RIGUARDO", "A QUELLI DELLE ISOLE MINORI, IN PARTICOLARE",
             "LAGUNARI"]
    runs = [(EN, 16, 72, 780, "FACOLTÀ DI INGEGNERIA NAVALE"),
            (EN, 16, 72, 760, "Corso di laurea in ingegneria delle coste e dei porti"),
            (EN, 22, 72, 730, "UNIVERSITÀ DI ARCADIA"), (EN, 16, 72, 700, "Tesi di laurea")]
    runs += [(EN, 18, 72, 670 - 22 * k, t) for k, t in enumerate(title)]
    runs += [(EN, 14, 72, 580, "Relatore"), (EN, 15, 72, 562, "Prof. ing. Marco Verdi"),
             (EN, 14, 72, 540, "Correlatore"), (EN, 15, 72, 522, "Dott. ing. Paola Neri"),
             (EN, 15, 72, 500, "Anno accademico 2024–2025")]
    cleaned = clean(extract(drawn_pdf([runs]), name="frontespizio.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    assert talk.title.en is not None and talk.title.en.text == " ".join(title)
    assert "Correlatore" in [t.text for t in talk.front]


MARKED_PAPER = """\
{title}

Maria Lindqvist¹*, Tomasz Nowak², Aiko Hayashi¹

¹ Department of Education, University of Bergen, Norway
² Faculty of Social Sciences, University of Warsaw, Poland

Abstract
We study whether longer opening hours change how often students use study spaces.

1 Introduction
Opening hours are a recurring question for university services.
"""


@pytest.mark.parametrize("title", ["Library Opening Hours and Student Attendance",
                                   "Museum Visitor Flows in Winter and Summer"])
def test_a_title_led_by_an_organisations_word_is_the_title(title):
    """Trial 25 (and sessfix): a title whose first word is an organisation's kind (``Library …``) was read into the
    speaker's affiliation, and the paper had no title."""
    (talk,) = run_text(MARKED_PAPER.format(title=title)).talks
    assert talk.title.en is not None and talk.title.en.text == title
    assert [a.name.text for a in talk.speaker.authors] == ["Maria Lindqvist", "Tomasz Nowak", "Aiko Hayashi"]


def test_an_organisation_led_by_its_kind_stays_an_organisation():
    """The guard: ``Library of Congress`` names what it is of; it stays an affiliation under the authors."""
    text = MARKED_PAPER.format(title="Catalogue Records in Small Archives").replace(
        "² Faculty of Social Sciences, University of Warsaw, Poland", "² Library of Congress")
    (talk,) = run_text(text).talks
    assert talk.title.en is not None and talk.title.en.text == "Catalogue Records in Small Archives"
    assert "Library of Congress" in talk.speaker.authors[1].affiliation.text
