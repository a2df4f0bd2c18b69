"""English documents of fresh-user trials 75 and 75c, and one PDF title (issue 16 point 2, helper en76): a changelog
of bare lists, a podcast's quoted title, credits and recording place, a title set in two faces, a letter's closing
dateline and two-line letterhead, an issuer's town after a comma, a numbered list under a colon.

Each kind in three made-up wordings or more (``tests/data/en76/``, copied to ``/work/regress/in_en76/``; the trial's
podcast, ieejtran and topletter PDFs copied from ``/work/regress/in_trial75*``), with near misses that must not
change: a paper's numbered sections, a turn that names no one, a closing dateline naming no listed town, a Latin
title over its Japanese translation."""

from pathlib import Path

import pytest

from pipeline.model import LineLayout, Text
from pipeline.segment.labels import quoted_title_en, recording_credits
from pipeline.segment.layout import Layout
from pipeline.segment.places import recorded_place, town_spelt_otherwise
from pipeline.segment.titleblock import faces_go_on
from tests.segmenting import only_talk_of, outline as _outline, text_of

DATA = Path(__file__).parent / "data" / "en76"


def _talk(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


# a. release notes of bare lists: versions are sections, kinds of change their subsections, never a deck

CHANGELOGS = {
    "changelog_a.md": [(1, "[Unreleased]"), (1, "[2.4.0] - 2024-11-02"), (2, "Added"), (2, "Fixed"),
                       (1, "[2.3.1] - 2024-08-19"), (2, "Changed"), (2, "Fixed")],
    "changelog_d.txt": [(1, "Release 1.8 — 5 May 2025"), (2, "Added"), (2, "Deprecated"),
                        (1, "Release 1.7 — 20 January 2025"), (2, "Fixed")],
}


@pytest.mark.parametrize("name", sorted(CHANGELOGS))
def test_changelogs_read_before_stay(name):
    # (Markdown's headings, or an em dash's longer lines, kept these from the deck's weighing before: they must stay)
    talk = _talk(name)
    assert not talk.slides and _outline(talk) == CHANGELOGS[name]


@pytest.mark.parametrize("name, outline", [
    ("changelog_e.txt", [(1, "2.4.0 (2024-11-02)"), (2, "Added"), (2, "Fixed"), (1, "2.3.0 (2024-07-30)"),
                         (2, "Changed"), (2, "Fixed")]),
    ("changelog_b.txt", [(1, "Version 5.1 (2 Nov 2024)"), (2, "New features"), (2, "Bug fixes"),
                         (1, "Version 5.0 (14 Jul 2024)"), (2, "Changed"), (2, "Removed")]),
    ("changelog_c.txt", [(1, "v0.9.2"), (2, "Fixed"), (1, "v0.9.1"), (2, "Added"), (2, "Security")]),
])
def test_changelog_of_bare_lists_is_sectioned(name, outline):
    talk = _talk(name)
    assert not talk.slides
    assert _outline(talk) == outline
    items = [p.text for s in talk.sections for p in s.paragraphs]
    assert items and all(p.startswith(("- ", "* ")) for p in items)


# b. a podcast: quoted title without its marks, its credited host and guest, where it was recorded

def test_podcast_title_credits_and_city():
    talk = _talk("f_podcast.txt")
    assert text_of(talk.title.en) == "The Eel Catchers of Welney"
    assert '"The Eel Catchers of Welney"' in [t.text for t in talk.front]
    assert [a.name.text for a in talk.speaker.authors] == ["Hannah Pryce", "Tom Beck\ufffdith"]  # the gap stays
    assert text_of(talk.speaker.name) == "Hannah Pryce"
    assert talk.city.en is not None and talk.city.en.text == "E\ufffdy"  # where the gap is: restore's to fill


@pytest.mark.parametrize("name, title, authors, city", [
    ("podcast_a.txt", "Salt and Smoke", ["Rosa Delgado", "Iain McLeod"], "Oban"),
    ("podcast_b.txt", "Rebuilding the Pier", ["Ben Carter", "Ruth Ellison"], "Whitby"),
    ("podcast_c.txt", None, ["Margaret Hollis"], None),
    ("podcast_d.txt", "Growing Leeks", ["Sarah Pennington", "Arthur Bramley"], None),  # a credit a line
])
def test_recording_heads(name, title, authors, city):
    talk = _talk(name)
    if title is not None:
        assert text_of(talk.title.en) == title
    assert [a.name.text for a in talk.speaker.authors] == authors
    assert (talk.city.en.text if talk.city.en is not None else None) == city


@pytest.mark.parametrize("line, expected", [
    ('"The Eel Catchers of Welney"', "The Eel Catchers of Welney"), ("“Salt and Smoke”", "Salt and Smoke"),
    ('"Yes", she said', None), ('"A" and "B"', None), ("Salt and Smoke", None),
])
def test_quoted_title_en(line, expected):
    span = quoted_title_en(line)
    assert (line[span[0]:span[1]] if span else None) == expected


def test_a_turn_credits_no_one():
    assert recording_credits("Host: Welcome back to the show, everyone.") == []
    assert recording_credits("HANNAH: Host: Tom, thanks.") == []


def test_recorded_place_needs_a_town():
    t = "Recorded in Oban, Argyll, 4 June 2025."
    a, b = recorded_place(t)
    assert t[a:b] == "Oban"
    assert recorded_place("Recorded at the Guildhall, 4 June 2025.") is None
    assert recorded_place("Recorded in Harbourside, 4 June 2025.") is None


# c. a title set in two faces after a colon (jsclasses' Japanese face at 0.924 of the Latin one)

def test_ieejtran_title_is_both_lines():
    talk = _talk("ja_ieejtran.pdf")
    assert text_of(talk.title.ja) == "IEEJtran.bst: 電気学会非公式BIBTEXスタイル"
    assert "IEEJtran.bst:" not in [t.text for t in talk.front]
    assert text_of(talk.speaker.name) == "江尻 開"


def _two_lines(a, b, size_a, size_b, font_a, font_b):
    lines = [Text.from_raw(a, 1), Text.from_raw(b, 2)]
    layout = Layout((LineLayout(page=1, size=size_a, font=font_a), LineLayout(page=1, size=size_b, font=font_b)), ())
    return lines, layout


def test_faces_go_on_after_a_colon_only():
    lines, layout = _two_lines("IEEJtran.bst:", "電気学会非公式BIBTEXスタイル", 18.85, 17.43, "CMTT12", "HaranoAjiMincho")
    assert faces_go_on(lines, 1, layout)
    # a Latin title over its Japanese translation (no colon) stays two settings; so does a smaller line
    lines, layout = _two_lines("IEEJtran.bst", "電気学会非公式BIBTEXスタイル", 18.85, 17.43, "CMTT12", "HaranoAjiMincho")
    assert not faces_go_on(lines, 1, layout)
    lines, layout = _two_lines("IEEJtran.bst:", "電気学会非公式BIBTEXスタイル", 18.85, 12.0, "CMTT12", "HaranoAjiMincho")
    assert not faces_go_on(lines, 1, layout)


# d. letters: a closing dateline's town (spelt as the town spells itself), a letterhead over two lines

@pytest.mark.parametrize("name, city, affiliation", [
    ("en_letter_topletter.pdf", "Torino", "POLITECNICO DI TORINO"),
    ("letter_milano.txt", "Milano", "POLITECNICO DI MILANO"),
    ("letter_munchen.txt", "München", "INSTITUT FÜR HYDROMECHANIK"),
])
def test_letter_closing_city_and_letterhead(name, city, affiliation):
    talk = _talk(name)
    assert talk.city.en is not None and talk.city.en.text == city
    assert text_of(talk.speaker.affiliation) == affiliation


def test_letter_closing_on_no_listed_town_names_no_city():
    talk = _talk("near_letter_unknown_town.txt")
    assert text_of(talk.speaker.name) == "Peter HOLM"
    assert talk.city.en is None


def test_town_spelt_otherwise():
    assert town_spelt_otherwise("Torino") and town_spelt_otherwise("Milano")
    assert not town_spelt_otherwise("Turin") and not town_spelt_otherwise("Harbourside")


def test_issuer_town_after_a_comma_cut_from_affiliation():
    talk = _talk("release_comma.txt")
    assert text_of(talk.speaker.affiliation) == "Marlin Survey Software Ltd"
    assert talk.speaker.text.text == "Marlin Survey Software Ltd, Eugene, Oregon"
    assert talk.city.en is not None and talk.city.en.text == "Eugene"


# e. a numbered list under a sentence ending on a colon is a list, not sections

@pytest.mark.parametrize("name", ["minutes_c.txt", "minutes_e.txt", "minutes_f.txt",
                                  # (one item a line, no blank between them: misc75 read these; they must stay)
                                  "minutes_a.txt", "minutes_b.txt", "minutes_d.txt"])
def test_numbered_list_under_a_colon_is_no_section(name):
    talk = _talk(name)
    assert not any(s.title.text and s.title.text[:1].isupper() and s.title.text.endswith(".") for s in talk.sections)
    body = [p.text for s in talk.sections for p in s.paragraphs]
    assert sum(p[:2] in ("1.", "2.", "3.", "1)", "2)") for p in body) >= 2


def test_paper_numbered_sections_stay_sections():
    talk = _talk("near_paper_sections.txt")
    assert _outline(talk) == [(1, "Abstract"), (1, "Introduction"), (1, "Method"), (1, "Results"), (1, "Discussion")]


def test_numbered_headings_under_a_colon_stay_sections():
    talk = _talk("near_colon_sections.txt")
    assert _outline(talk) == [(1, "Survey"), (1, "Clearance"), (1, "Repair")]
