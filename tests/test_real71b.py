"""Real English papers (issue 16 point 2: a paper's title, its authors as ``speaker``; point 4: running heads; helper
real71b).

Fresh-user trial 71b ran three R vignettes from Debian (``tests/data/real71b/SOURCES.md``). ``zoo-design.pdf`` came out
untitled: its title ``zoo Design`` (17 pt atop page 1) is repeated as page 2's running head (10.9 pt), and both copies
went to the ledger as ``running-header``, for the title opens on the package's name in small letters, which no title
line did (``titleblock._name_lead``), and so nothing read the first copy as the title. Now a running head's first copy
that opens the document set larger than the body, its later copies not, is the title
(``furniture._title_set_larger_than_its_heads``), and a package's name in small letters may lead a title of
capitalised words without a colon. ``zoo Development Team`` under it had been its subtitle: a maker's line
(``organisations.maker_line``) under a title is its author, never its subtitle.

Inputs (``tests/data/real71b/``, = ``/work/regress/in_real71b/``, made by ``make_inputs.py``): papers whose title is
their later pages' head over a team, a package's title, a French paper; near misses: a journal's head on every page at
one size stays furniture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, furniture, run_file

DATA = Path(__file__).parent / "data" / "real71b"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _title(talk):
    return talk.title.en.text if talk.title.en is not None else None


def _subtitle(talk):
    return talk.subtitle.en.text if talk.subtitle.en is not None else None


def _speaker(talk):
    return talk.speaker.text.text if talk.speaker.text is not None else None


def test_zoo_design_title_repeated_as_running_head_is_the_title():
    doc = _run("zoo-design.pdf")
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    assert _title(talk) == "zoo Design"
    # the later page's copy alone is furniture
    assert [t for t, r in furniture(doc) if t == "zoo Design"] == ["zoo Design"]
    assert "zoo Design" not in front_texts(talk)


def test_zoo_design_team_is_the_author():
    talk = _run("zoo-design.pdf").talks[0]
    assert _subtitle(talk) is None
    assert _speaker(talk) == "zoo Development Team"
    assert "zoo Development Team" not in front_texts(talk)


@pytest.mark.parametrize("name, title, team", [
    ("title_head_package.pdf", "knitr Internals", "knitr Core Team"),
    ("title_head_3p.pdf", "Harbour Sediment Budgets", "Harbour Data Development Team"),
    ("title_head_2p.pdf", "Tidal Flow Models for Small Estuaries", "The tidekit Developers"),
])
def test_title_over_a_team_its_later_pages_head(name, title, team):
    doc = _run(name)
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    assert _title(talk) == title
    assert _subtitle(talk) is None
    assert _speaker(talk) == team
    # the later pages' copies go to the ledger as their running head, whichever stage found them
    heads = [r.reason for r in doc.ledger if r.text.strip() == title]
    assert heads and set(heads) == {"running-header"}


def test_french_title_head_keeps_its_person():
    talk = _run("title_head_fr.pdf").talks[0]
    assert _title(talk) == "Bilans sédimentaires des petits ports"
    assert talk.speaker.name.text == "Claire Dubois"


def test_journal_head_on_every_page_stays_furniture():
    doc = _run("journal_head_not_title.pdf")
    talk = doc.talks[0]
    assert _title(talk) == "Harbour Sediment Budgets"
    assert "Journal of Coastal Studies 12 (2026)" not in front_texts(talk)
    assert all("Journal of Coastal Studies" not in p.text for s in talk.sections for p in s.paragraphs)


@pytest.mark.parametrize("text, expected", [
    ("zoo Design", True), ("expm Usage Notes", True), ("knitr Internals", True),
    ("the Harbour Plan", False), ("see Zeileis and Grothendieck", False), ("zoo is invisible", False),
    ("using Python Tools", False), ("and Grothendieck (2005).", False),
])
def test_package_name_leads_a_title(text, expected):
    from pipeline.segment.titleblock import is_title_line

    assert is_title_line(text) is expected


def _authors(talk):
    return [a.name.text for a in talk.speaker.authors]


def test_mvt_rnews_capitals_byline_is_its_authors():
    talk = _run("MVT_Rnews.pdf").talks[0]
    assert _authors(talk) == ["TORSTEN HOTHORN", "FRANK BRETZ", "ALAN GENZ"]
    assert "TORSTEN HOTHORN, FRANK BRETZ, AND ALAN GENZ" not in front_texts(talk)


@pytest.mark.parametrize("name, authors", [
    ("caps_authors_and.pdf", ["JOHN SMITH", "MARY LEE"]),
    ("caps_authors_comma.pdf", ["KENJI ONO", "RUTH ADLER", "OMAR HASSAN"]),
    ("caps_authors_initials.pdf", ["J. SMITH", "M. LEE"]),
])
def test_capitals_byline_under_the_title(name, authors):
    talk = _run(name).talks[0]
    assert _authors(talk) == authors
    assert talk.subtitle.en is None


def test_capitals_heading_under_the_title_names_no_one():
    talk = _run("caps_heading_no_author.pdf").talks[0]
    assert _authors(talk) == []
    assert talk.speaker.name is None


def _credits(talk):
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


def test_expm_stacked_authors_each_over_an_affiliation():
    talk = _run("expm.pdf").talks[0]
    assert _credits(talk) == [("Christophe Dutang", "ENSIMAG, Grenoble INP"),
                              ("Vincent Goulet", "École d’actuariat, Université Laval")]
    assert "Vincent Goulet" not in front_texts(talk)


def test_three_stacked_authors():
    talk = _run("stacked_three.pdf").talks[0]
    assert _credits(talk) == [("Kenji Ono", "Tohoku University"), ("Ruth Adler", "IFREMER, Brest"),
                              ("Omar Hassan", "LNEC, Lisboa")]


@pytest.mark.xfail(strict=True, reason="the speaker's lines are right, but front._speaker_of reads the second "
                                       "affiliation ``DTU Aqua, Kongens Lyngby`` as two names (names_people)")
def test_stacked_affiliation_that_reads_as_names():
    talk = _run("stacked_two.pdf").talks[0]
    assert _credits(talk) == [("Maria Costa", "FEUP, Universidade do Porto"), ("Henrik Lund", "DTU Aqua, Kongens Lyngby")]


def test_name_over_a_date_is_no_stack():
    talk = _run("stacked_near_date.pdf").talks[0]
    assert _credits(talk) == [("Maria Costa", None)]


@pytest.mark.parametrize("text, expected", [
    ("JOHN SMITH AND MARY LEE", True), ("J. SMITH, M. LEE", True), ("John Smith and Mary Lee", False),
    ("INTRODUCTION", False), ("RESULTS AND DISCUSSION", False), ("MATERIALS AND METHODS", False),
])
def test_capitals_byline(text, expected):
    from pipeline.segment.titleblock import capitals_byline

    assert capitals_byline(text) is expected


def test_zoo_design_lone_folio_beside_the_head_is_a_page_number():
    doc = _run("zoo-design.pdf")
    assert ("2", "page-number") in furniture(doc)
    text = " ".join(p.text for s in doc.talks[0].sections for p in s.paragraphs)
    assert "these typically get fixed immediately" in text
    assert "get 2" not in text


def test_title_head_package_folios_stay_page_numbers():
    # the near miss of the lone folio: a three-page paper's folios run on as before
    doc = _run("title_head_package.pdf")
    text = " ".join(p.text for s in doc.talks[0].sections for p in s.paragraphs)
    assert not any(f" {n} The sediment" in text for n in (1, 2, 3))
