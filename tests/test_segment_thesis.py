"""A thesis's or report's structure (issue 16, trial 19): its cover's title and author, its degree statement, its
contents and lists of figures, and chapter and appendix labels set apart from their titles; made-up documents of
each kind."""

from __future__ import annotations

from tests.segment_inputs import run_text

CAPITALS_COVER = """\
HARBOUR DREDGING AND THE SEDIMENT
1998 FLOOD RECORDS OF THE
NORTHERN ESTUARY TOWNS OF
WEST FRISIA

by

Jane Doe, M.Sc., Ph.D.

A Thesis submitted to the Faculty of the Graduate School,
Northfield University,
in Partial Fulfillment of the Requirements for
the Degree of Doctor of Philosophy

ABSTRACT
We measured the sediment of six harbours over ten years and compare it with the flood records of the towns.
The records show that dredging followed each flood within two years, and that the towns shared the cost.
"""


def test_a_cover_title_in_capitals_over_four_lines_is_one_title_and_by_names_the_author() -> None:
    # the title stopped on ``THE`` (a connective) and the year-led line was read as a number: no title, no author
    talk = run_text(CAPITALS_COVER).talks[0]
    assert talk.title.en.text == ("HARBOUR DREDGING AND THE SEDIMENT 1998 FLOOD RECORDS OF THE NORTHERN ESTUARY TOWNS "
                                  "OF WEST FRISIA")
    # the degrees after the name are no part of it; the speaker's text keeps them
    assert talk.speaker.name.text == "Jane Doe"
    assert talk.speaker.text.text == "Jane Doe, M.Sc., Ph.D."
    front = [t.text for t in talk.front]
    assert "by" in front and any(t.endswith("the Degree of Doctor of Philosophy") for t in front)
    assert [s.title.text for s in talk.sections] == ["ABSTRACT"]


DEGREE_OVER_TITLE = """\
Academiejaar 2023-2024
Faculty of Applied Engineering
Het zaagsel van de tijd
Master of Science in de biologie: ecologie en biodiversiteit
Pieter Janssens
Introduction
This work describes how sawdust gathers in an old workshop, and what that says about the use of the room.
"""


def test_a_degree_line_is_front_matter_never_the_title() -> None:
    # ``Master of Science in …`` (a programme) was the title, the thesis's own title left in front
    talk = run_text(DEGREE_OVER_TITLE).talks[0]
    assert talk.title.en.text == "Het zaagsel van de tijd"
    assert talk.speaker.name.text == "Pieter Janssens"
    assert "Master of Science in de biologie: ecologie en biodiversiteit" in [t.text for t in talk.front]


STATEMENT_UNDER_UNIVERSITY = """\
Westhaven University
Faculty of Science
A thesis submitted in partial fulfilment of the requirements for the degree of Doctor of Philosophy
Seven Summers on the Scheldt
Pieter Janssens
1. Introduction
This work describes seven summers of measurements on the Scheldt and what they say about the tide.
"""

JAPANESE_DEGREE = """\
東都大学大学院 情報学研究科
港町の防災と観光
博士（情報学）の学位論文
山田 太郎
1. はじめに
本論文は港町の防災と観光について述べる。
"""


def test_a_degree_statement_is_never_the_title_nor_the_speaker() -> None:
    # the statement was read with the title as one line (no title); ``博士（情報学）の学位論文`` was the speaker
    talk = run_text(STATEMENT_UNDER_UNIVERSITY).talks[0]
    assert talk.title.en.text == "Seven Summers on the Scheldt"
    assert talk.speaker.name.text == "Pieter Janssens"
    talk = run_text(JAPANESE_DEGREE).talks[0]
    assert talk.title.ja.text == "港町の防災と観光"
    assert talk.speaker.name.text == "山田 太郎"
    assert "博士（情報学）の学位論文" in [t.text for t in talk.front]


CONTENTS_AND_LABELS = """\
Inhoudsopgave
1 Inleiding\t1
1.1 Achtergrond\t2
2 Methode\t4
A Vragenlijst\t9
\f
Lijst van figuren
1.1 Een kaart van de haven en de drie kaaien\t3
2.1 De opstelling van de meting aan de kade\t5
\f
Hoofdstuk 1
Inleiding
Dit hoofdstuk beschrijft de haven en de vraag die dit werk stelt, met de metingen die het gebruikt.
1.1 Achtergrond
De haven werd in de negentiende eeuw aangelegd en sindsdien twee keer uitgebreid naar het westen.
\f
Hoofdstuk 2
Methode
De metingen werden elke week gedaan, op drie plaatsen aan de kade, met dezelfde meetlat.
\f
Bijlage A
Vragenlijst
De vragenlijst telde twaalf vragen over het gebruik van de kaaien en de drukte op de werkdagen.
"""


def test_contents_with_tab_page_numbers_and_a_list_of_figures_stay_out_of_the_sections() -> None:
    # ``1 Inleiding⇥1`` (a page number after a TAB) and the Dutch heading were no contents: each entry a section,
    # and the list of figures' captions sections too
    talk = run_text(CONTENTS_AND_LABELS).talks[0]
    contents = [t.text for t in talk.contents]
    # the headings are no entries (trial 45): front matter
    assert contents[0] == "1 Inleiding\t1" and {"Inhoudsopgave", "Lijst van figuren"} <= {t.text for t in talk.front}
    assert "2.1 De opstelling van de meting aan de kade\t5" in contents
    # a chapter's or appendix's label alone on its line and its title under it are one heading
    assert [(s.number, s.heading.text) for s in talk.sections] == [
        ("1", "Hoofdstuk 1 Inleiding"), ("1.1", "1.1 Achtergrond"), ("2", "Hoofdstuk 2 Methode"),
        (None, "Bijlage A Vragenlijst")]
    assert [s.title.text for s in talk.sections][0] == "Inleiding"
    assert all(s.paragraphs for s in talk.sections)


ENGLISH_LABELS = """\
Harbour Cranes of the North Sea
Anna Berg
CHAPTER 1
INTRODUCTION
The cranes of six North Sea harbours are compared by their age, their reach and the ships they serve.
APPENDIX B
SURVEY OF CRANE OPERATORS
The operators answered twelve questions about the cranes they work with and the shifts they keep.
"""


def test_an_appendix_label_in_capitals_takes_its_title_under_it() -> None:
    talk = run_text(ENGLISH_LABELS).talks[0]
    assert [(s.number, s.heading.text) for s in talk.sections] == [
        ("1", "CHAPTER 1 INTRODUCTION"), (None, "APPENDIX B SURVEY OF CRANE OPERATORS")]
    assert talk.sections[1].paragraphs[0].text.startswith("The operators answered")


PROGRAMME_AND_DEGREE = """\
THE GRAMMAR OF HARBOUR SIGNALS

By

Ada Quayle

A DISSERTATION

Submitted to
Northfield State University
in partial fulfillment of the requirements
for the degree of

Maritime Studies – Doctor of Philosophy

2024
\f
ABSTRACT

THE GRAMMAR OF HARBOUR SIGNALS

By

Ada Quayle

We describe the signals harbour pilots give one another, and how their grammar changed over one century.
"""


def test_a_programme_and_its_degree_after_the_degree_statement_is_no_title() -> None:
    # real-PDF trial (msu-thesis): ``Linguistics – Doctor of Philosophy`` under ``for the degree of`` was the title,
    # with the university's line as its organisation; the thesis's own title over ``By`` stayed front
    talk = run_text(PROGRAMME_AND_DEGREE).talks[0]
    assert talk.title.en.text == "THE GRAMMAR OF HARBOUR SIGNALS"
    assert talk.speaker.name.text == "Ada Quayle"
    assert "Maritime Studies – Doctor of Philosophy" in [t.text for t in talk.front]
