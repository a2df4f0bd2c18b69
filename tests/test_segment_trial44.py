"""Trial 44's faults, as made-up English proceedings of other topics: a volume of papers whose authors' lines hold a
lost glyph in a name, an Irish particle (``Ó``) or a capital of Latin Extended-A (``Ł``), under the volume's name and
its place and date."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.segment_inputs import run_text, segmented_text

G = "\ufffd"

VOLUME = """\
Proceedings of the 2nd Symposium on Rural Heritage Conservation (RHC 2024)
{dateline}

Lime Mortars for the Repair of Dry-Stone Field Barns
Padraig Walsh¹, Niamh Ní Bhriain², Ciarán Ó hEára¹
¹ Department of Civil Engineering, University of Limerick, Ireland
² Heritage Council of Ireland, Kilkenny, Ireland

Abstract
Field barns of dry stone decay when their pointing fails. We compare three lime
mortars on twelve barns over two winters.

1. Introduction
Most barns were pointed with cement in the last century, which traps water in
the wall and spalls the stone around it.

2. Results
The feebly hydraulic mortar lost the least material and let the walls dry out
fastest after rain.

Timber Bell-Frames in Parish Churches: a Survey
Łukasz Wr{gap}bel, Ingrid Solberg
Institute of Conservation, Norwegian University of Science and Technology, Norway

Abstract
We surveyed the timber frames that carry church bells in forty parishes and
recorded the joints that had moved under ringing.

1. Background
A bell swinging full circle pushes its frame sideways twice a second, and old
joints loosen a little with every peal.

2. Method
Each frame was measured with a laser scanner before and after a full peal and
the movement of its joints compared.

3. Findings
Frames braced diagonally moved a tenth as much as those without braces, and
none of them needed new timber.

Thatch Moisture in Long-Straw Roofs
Šárka Dvořák
Faculty of Architecture, Czech Technical University in Prague, Czechia

Abstract
We logged moisture in six long-straw thatched roofs for a year to learn when
rot sets in under the ridge.

1. Site
The roofs stand in two villages on a wet western slope where rain falls on
half the days of the year.

2. Results
Moisture stayed above the rot threshold only where moss had closed the
surface of the straw.
"""

TITLES = ["Lime Mortars for the Repair of Dry-Stone Field Barns",
          "Timber Bell-Frames in Parish Churches: a Survey",
          "Thatch Moisture in Long-Straw Roofs"]


@pytest.mark.parametrize("dateline", ["Cork, Ireland, 14-15 March 2024", "March 14–15, 2024, Cork, Ireland",
                                      "Cork, Ireland · 14–15 March 2024"])
@pytest.mark.parametrize("gap", [G, "ó"])
def test_a_volume_of_papers_gives_each_paper_its_title_and_authors(dateline: str, gap: str) -> None:
    """Trial 44: a lost glyph in an author's name (``Mar�a``) made the second paper's authors no author line (its
    title ran on over them), and the particle ``Ó`` made the first paper's none (its title took them, the speaker
    was the affiliation); once they were read, the volume's place and date over the first title became its title.
    Each paper is a talk of its own, its title the line right above its authors, the volume's header front."""
    doc = run_text(VOLUME.format(dateline=dateline, gap=gap))
    assert [t.title.en.text for t in doc.talks] == TITLES
    first, second, third = doc.talks
    assert [(a.name.text, [m.text for m in a.marks]) for a in first.speaker.authors] == [
        ("Padraig Walsh", ["¹"]), ("Niamh Ní Bhriain", ["²"]), ("Ciarán Ó hEára", ["¹"])]
    assert first.speaker.authors[2].affiliation.text == "Department of Civil Engineering, University of Limerick, Ireland"
    assert [t.text for t in first.front] == [
        "Proceedings of the 2nd Symposium on Rural Heritage Conservation (RHC 2024)", dateline]
    assert [a.name.text for a in second.speaker.authors] == [f"Łukasz Wr{gap}bel", "Ingrid Solberg"]
    assert second.speaker.affiliation.text == \
        "Institute of Conservation, Norwegian University of Science and Technology, Norway"
    assert [s.title.text for s in second.sections] == ["Abstract", "Background", "Method", "Findings"]
    assert [a.name.text for a in third.speaker.authors] == ["Šárka Dvořák"]


def test_the_volume_s_acronym_named_event_is_front_too() -> None:
    """The volume's event named by its acronym and year before its name (``RHC 2024: …``) is no title either."""
    text = VOLUME.format(dateline="", gap=G).replace(
        "Proceedings of the 2nd Symposium on Rural Heritage Conservation (RHC 2024)",
        "RHC 2024: Second Symposium on Rural Heritage Conservation")
    doc = run_text(text)
    assert [t.title.en.text for t in doc.talks] == TITLES
    assert [t.text for t in doc.talks[0].front] == ["RHC 2024: Second Symposium on Rural Heritage Conservation"]


def test_a_line_set_apart_over_the_first_title_is_front() -> None:
    """The talk's title is the line right above its authors: a volume's header set apart over it (a blank line
    between), though no event or date reads in it, stays front (``talks._nearer_title``)."""
    text = VOLUME.format(dateline="", gap=G).replace(
        "Proceedings of the 2nd Symposium on Rural Heritage Conservation (RHC 2024)",
        "Rural Heritage Papers, Second Series")
    doc = run_text(text)
    assert [t.title.en.text for t in doc.talks] == TITLES
    assert [t.text for t in doc.talks[0].front] == ["Rural Heritage Papers, Second Series"]


def test_a_lost_name_stays_lost() -> None:
    """The name with a lost glyph is read as a name's shape only to find the authors' line: the author's name keeps
    its gap, and restoration abstains there (a name is never filled, no candidates offered)."""
    from pipeline.restore import restore

    text = VOLUME.format(dateline="Cork, Ireland, 14-15 March 2024", gap=G)
    doc = run_text(text)
    assert doc.talks[1].speaker.authors[0].name.text == f"Łukasz Wr{G}bel"
    line = next(n for n, s in enumerate(text.split("\n"), 1) if s.startswith("Łukasz"))
    repairs = [r for t in restore(doc).talks for r in t.repairs if r.line == line]
    assert [(r.status, r.restored, r.candidates) for r in repairs] == [("unresolved", None, ())]
    assert any(e.kind == "abstention" and "person's name" in e.detail for e in repairs[0].evidence)


# --------------------------------------------------------------------------
# Property: N made-up English papers, one after another, give N talks

PAPER_TITLES = ["Counting Swifts in Church Towers", "Ferry Timetables and Island Schools",
                "Soil Carbon under Old Orchards", "Reading Ogham Stones with Raking Light",
                "Wooden Boatbuilding Apprenticeships in Small Harbours", "Noise Maps for Village Greens"]
NAMES = ["Kofi Mensah", f"Mar{G}a Lindqvist", f"Jo{G}o Pereira", "Siobhán Ó Dálaigh", "Aoife Ní Bhriain",
         "Seán Mac Giolla", "Liam Ó hUiginn", "Conor O'Neill", "Łukasz Nowak", "Šárka Dvořák", "Éamon Ó Cuív",
         "Tomás Rey", "Ingrid Solberg", f"Bj{G}rn Eklund"]
AFFILIATIONS = ["School of History, University College Cork, Ireland", "Department of Biology, Lund University, Sweden",
                "Faculty of Arts, Charles University, Czechia", "Institute of Geography, University of Warsaw, Poland"]
SENTENCES = ["We visited every site twice a year and wrote down what we found.",
             "The records show a slow change that no single visit would reveal.",
             "Local volunteers kept the counts going through the winter months.",
             "Most of the work was done by hand, with a notebook and a tape."]
SECTIONS = ["Introduction", "Method", "Results", "Discussion"]


@st.composite
def english_paper(draw, title: str) -> list[str]:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    marked = len(names) > 1 and draw(st.booleans())
    if marked:
        lines = [title, ", ".join(f"{n}{'¹²³'[k % 2]}" for k, n in enumerate(names)),
                 f"¹ {AFFILIATIONS[0]}", f"² {AFFILIATIONS[1]}"]
    else:
        lines = [title, ", ".join(names), draw(st.sampled_from(AFFILIATIONS))]
    lines += ["", "Abstract", *draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=2)), ""]
    for n, name in enumerate(SECTIONS[:draw(st.integers(2, 4))], 1):
        lines += [f"{n}. {name}", *draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)), ""]
    return lines


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(PAPER_TITLES), min_size=1, max_size=4, unique=True).flatmap(
    lambda titles: st.tuples(st.booleans(), *[english_paper(t) for t in titles])))
@example((True, [PAPER_TITLES[0], "Kofi Mensah", AFFILIATIONS[0], "", "Abstract", SENTENCES[0], "", "1. Introduction",
                 SENTENCES[1], "", "2. Results", SENTENCES[2], ""],
          [PAPER_TITLES[1], f"Mar{G}a Lindqvist, Tomás Rey", AFFILIATIONS[1], "", "Abstract", SENTENCES[0], "",
           "1. Introduction", SENTENCES[1], "", "2. Results", SENTENCES[2], ""],
          [PAPER_TITLES[2], "Siobhán Ó Dálaigh¹, Łukasz Nowak²", f"¹ {AFFILIATIONS[0]}", f"² {AFFILIATIONS[1]}", "",
           "Abstract", SENTENCES[0], "", "1. Introduction", SENTENCES[1], "", "2. Results", SENTENCES[2], ""]))
def test_n_made_up_english_papers_give_n_talks(volume) -> None:
    header, *papers = volume
    head = ["Proceedings of the 4th Workshop on Local History", "Tralee, Ireland, 2-3 May 2025", ""] if header else []
    text = "\n".join(head + [line for paper in papers for line in paper]) + "\n"
    doc = segmented_text(text)
    assert [t.title.en.text if t.title.en else None for t in doc.talks] == [paper[0] for paper in papers]
