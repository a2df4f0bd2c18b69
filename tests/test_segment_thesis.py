"""A thesis's or report's structure (issue 16, trial 19): its cover's title and author, its degree statement, its
contents and lists of figures, and chapter and appendix labels set apart from their titles; made-up documents of
each kind."""

from __future__ import annotations

from tests.segment_inputs import run_text

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
    assert contents[0] == "Inhoudsopgave" and "Lijst van figuren" in contents
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
