"""An English paper's notes are its footnotes (issue 16, trial 25), never a reference, a section's prose or an
affiliation: a note after the reference list that the body's text calls, and a note on the authors under their
affiliations (``* Corresponding author: …``). A reference list's own entries stay references. Made-up dumps."""

from __future__ import annotations

from tests.segment_inputs import paragraphs, run_text

HEAD = """Harbour Basins and Tidal Power

Lena Holm¹*, Kenji Mori²

¹ Department of Energy Studies, University of Tromso, Norway
² Faculty of Engineering, Kobe University, Japan
{note}
1 Introduction
Harbour towns can store tidal energy in basins that already exist for shipping, at
a modest cost to the port.¹ Three towns have tried it since 2015 [1], and a fourth
plans to [2].

2 Results
The basins fill on the rising tide and empty through turbines when power is dear.

References
[1] Berg, A. (2019). Tidal basins in small ports. Energy Policy, 12(3),
    1-9.
[2] Holm, L. (2021). Harbour power. Marine Energy, 3(1), 44-50.
"""
NOTE = "¹ The first basin was built at Stromness in 2015, at a third of the cost."


def _references(talk) -> list[str]:
    [refs] = [s for s in talk.sections if s.title is not None and s.title.text == "References"]
    return [p.text for p in refs.paragraphs]


def test_a_note_after_the_reference_list_is_a_footnote():
    talk = run_text(HEAD.format(note="") + "\n" + NOTE + "\n").talks[0]
    assert [n.text for n in talk.footnotes] == [NOTE]
    assert _references(talk) == ["[1] Berg, A. (2019). Tidal basins in small ports. Energy Policy, 12(3), 1-9.",
                                 "[2] Holm, L. (2021). Harbour power. Marine Energy, 3(1), 44-50."]
    assert NOTE not in paragraphs(talk)


def test_a_bracketed_entry_after_the_list_and_an_uncalled_mark_stay_references():
    # ``[3]`` is the list's next entry (the body calls [1] and [2] only; a bracketed number under the heading opens
    # an entry), and ``†`` is called nowhere in the body's text
    extra = "[3] Mori, K. (2022). Ports and grids. Grid Review, 8, 1-4.\n† Published in Japanese.\n"
    talk = run_text(HEAD.format(note="") + extra).talks[0]
    assert talk.footnotes == ()
    refs = " ".join(_references(talk))
    assert "[3] Mori, K. (2022). Ports and grids. Grid Review, 8, 1-4." in refs and "† Published in Japanese." in refs


def test_a_call_inside_the_reference_list_answers_no_note():
    # the only ``¹`` is in a reference entry: no call in the body's text, so the line stays the list's
    text = HEAD.format(note="").replace("the port.¹", "the port.").replace("Marine Energy, 3(1)", "Marine Energy¹, 3(1)")
    talk = run_text(text + "\n" + NOTE + "\n").talks[0]
    assert talk.footnotes == ()
    assert NOTE in _references(talk)


def test_the_corresponding_authors_note_is_a_footnote_not_an_affiliation():
    note = "* Corresponding author: lena.holm@uit.example"
    talk = run_text(HEAD.format(note=note + "\n")).talks[0]
    assert [n.text for n in talk.footnotes] == [note]
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
        ("Lena Holm", "Department of Energy Studies, University of Tromso, Norway"),
        ("Kenji Mori", "Faculty of Engineering, Kobe University, Japan")]
    assert "Corresponding" not in talk.speaker.text.text
    assert note not in paragraphs(talk) and all(note not in t.text for t in talk.front)


def test_a_marked_affiliation_stays_an_affiliation():
    # a mark the authors carry opens an affiliation whatever its words: only a note's words make it a note
    text = HEAD.format(note="* Contact Lab, Harbour Institute of Technology, Japan\n")
    talk = run_text(text).talks[0]
    assert [t.text for t in talk.footnotes[:1]] != ["* Contact Lab, Harbour Institute of Technology, Japan"]
    assert "Contact Lab" in talk.speaker.authors[0].affiliation.text


PLAIN = """Canopy Height from Drone Images

Maria Keller, Department of Geoinformatics, Danube Technical University

1 Introduction
We flew a small drone over two parks with a forward overlap of 80 per cent and a side
overlap.1 Flights took place on calm mornings in June.

2 Results
Of the 214 trees, 203 were matched to a detected top within two metres.
{tail}
References
[1] J. White, Remote sensing of forests, 2016.
"""


def test_a_note_in_plain_digits_called_in_plain_digits_is_a_footnote():
    # trial 29: a dump that lost the superscript shows ``overlap.1`` and ``1 Overlap values …``; the note had become
    # the last section's text
    note = "1 Overlap values are those set in the planning app; actual overlap varied by about 5%\nwith wind.\n"
    talk = run_text(PLAIN.format(tail="\n" + note)).talks[0]
    assert [n.text for n in talk.footnotes] == [
        "1 Overlap values are those set in the planning app; actual overlap varied by about 5% with wind."]
    assert not any("Overlap values" in p for p in paragraphs(talk))


def test_a_plain_numbered_line_nothing_calls_stays_the_texts():
    # no call: ``Fig.1``-like abbreviations and spaced numbers call nothing, so ``1 …`` stays a line of the section
    text = PLAIN.replace("overlap.1 Flights", "overlap (see Fig. 1). Flights").replace("Of the 214", "See p.1 of the annex. Of the 214")
    talk = run_text(text.format(tail="\n1 Trees under tall neighbours were missed most.\n")).talks[0]
    assert talk.footnotes == ()
    assert any("Trees under tall neighbours" in p for p in paragraphs(talk))


CITED = """Coral Loss on Harbour Reefs

Maria Keller, Department of Marine Science, Danube Technical University

1 Introduction
Reefs near ports are stressed by dredging and by warm water,1 and the two add up.
We surveyed twelve sites in June and again in December.

2 Methods
Divers counted live coral along fixed transects at each site, as in the earlier work.2

3 Results
Cover fell most at the shallow sites near the dredged channel.

References
1 White J. Reef loss. Nature 2001.
2 Brown A. Transects. Coral Reefs 2005.
"""


def test_a_numbered_heading_a_lost_superscript_citation_calls_stays_a_heading():
    # review 13: citations glued to a word's punctuation (``warm water,1``, a superscript the dump lost) call the
    # numbers of the headings after them (``2 Methods``); the headings and their text had all become footnotes
    talk = run_text(CITED).talks[0]
    assert [s.title.text for s in talk.sections][:3] == ["Introduction", "Methods", "Results"]
    assert talk.footnotes == ()
