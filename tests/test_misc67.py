"""A document gives the structure it has (issue 16, fresh-user trial 67c, helper misc67; the trial's inputs are in
``/work/regress/in_trial67c/``, more shapes and near misses in ``/work/regress/in_misc67/``, the ones read here copied
to ``tests/data/misc67/``):

1. A short heading over a run of dated entries (``Dates for Your Diary`` / ``12 March - Year 4 trip to the Science
   Museum`` / …) heads a section of its own: a dates list's entry may set its event off by a dash or a colon and run
   past a heading's length (``sections._short_item``). It had been paragraphs of the article before.
2. A report's byline naming a unit and its organisation (``Prepared by the Research Team, Westbrook Volunteer
   Network``) names no person: the pair is the speaker's affiliation (``organisations.unit_and_body``); a person's
   name before a ``… Network`` is that person's, the network the affiliation. It had been two authors.
3. An English notice's issuing office on two lines, its date under or over them (``Water Services Office`` /
   ``Ashford Borough Council`` / ``2 March 2026``): the speaker's affiliation, the lines front, the city read
   (``letters.english_issuer``). They had been the last paragraphs.
4. A name over its guide's kind alone (``Harbour Town Museum`` / ``Visitor Guide``) is the title, the kind its
   subtitle (``titleblock.guide_kind``). The kind had been the title, the museum front.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file

DATA = Path(__file__).parent / "data" / "misc67"


def _talk(name: str):
    doc = run_file((DATA / name).read_bytes(), name)
    assert len(doc.talks) == 1
    return doc.talks[0]


def _sections(talk) -> list[tuple[str, list[str]]]:
    return [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]


def _text(t):
    return t.text if t is not None else None


# 1. a heading over dated entries

@pytest.mark.parametrize("name, heading, entries", [
    ("b2_news_en.txt", "Dates for Your Diary", ["12 March - Year 4 trip to the Science Museum",
                                                "26 March - Parents' evening", "2 April - Last day of term"]),
    ("news_dates_c.txt", "Concert Dates", ["14 November – Winter concert with the town band in the Corn Exchange",
                                           "12 December – Carols on the market square",
                                           "19 December – Christmas concert at St Anne's"]),
    ("news_dates_d.txt", "What's On", ["3rd May — Plant stall after the morning service",
                                       "17th May — Bell ringers' outing to the cathedral",
                                       "31st May — Village walk, meeting at the lych gate at two o'clock"]),
])
def test_heading_over_dated_entries_heads_its_section(name, heading, entries):
    sections = _sections(_talk(name))
    assert (heading, entries) in sections
    # the article before ends on its own text
    before = sections[[s[0] for s in sections].index(heading) - 1]
    assert heading not in before[1] and not set(entries) & set(before[1])


def test_dated_sentences_head_nothing():
    # near miss: dated lines that are sentences (a report's record of meetings) are no dates list
    titles = [s[0] for s in _sections(_talk("news_dates_near.txt"))]
    assert not any(t.startswith(("12 March", "26 June", "2 October")) for t in titles)


# 2. a unit and its organisation in a byline

@pytest.mark.parametrize("name, affiliation", [
    ("g_report.pdf", "Research Team, Westbrook Volunteer Network"),
    ("rep_team_a.txt", "Research Team, Westbrook Volunteer Network"),
    ("rep_team_b.txt", "Insight Team, Northfield Housing Network"),
    ("rep_dept_c.txt", "Planning Department, Ashford Borough Council"),
])
def test_unit_and_body_byline_names_no_one(name, affiliation):
    sp = _talk(name).speaker
    assert _text(sp.affiliation) == affiliation
    assert sp.name is None and not sp.authors


def test_person_before_network_is_the_author():
    sp = _talk("rep_person_near.txt").speaker
    assert _text(sp.name) == "Maria Jensen" and _text(sp.affiliation) == "Westbrook Volunteer Network"
    assert [a.name.text for a in sp.authors] == ["Maria Jensen"]


# 3. a notice's office on two lines beside its date

@pytest.mark.parametrize("name, office, city, closing", [
    ("c_notice_en.txt", "Water Services Office, Ashford Borough Council", "Ashford",
     ["Water Services Office", "Ashford Borough Council", "2 March 2026"]),
    ("notice_b.txt", "Parks and Open Spaces Team, Millford District Council", None,
     ["Parks and Open Spaces Team", "Millford District Council", "14 April 2026"]),
    ("notice_c.txt", "Highways Department, Kingsbridge County Council", None,
     ["20 May 2026", "Highways Department", "Kingsbridge County Council"]),
    ("notice_e.txt", "Environmental Health Service, Royal Borough of Castleford", "Castleford",
     ["Environmental Health Service", "Royal Borough of Castleford", "3 June 2026"]),
])
def test_two_line_office_issues_the_notice(name, office, city, closing):
    talk = _talk(name)
    assert _text(talk.speaker.affiliation) == office and talk.speaker.name is None
    assert front_texts(talk)[-3:] == closing
    assert not set(closing) & {p for _, ps in _sections(talk) for p in ps}
    if city is not None:
        assert _text(talk.city.en) == city


def test_signed_notice_keeps_its_signer():
    # near miss: a person's name over the council is a signature, read as before
    sp = _talk("notice_near_signed.txt").speaker
    assert _text(sp.name) == "Jane Roe" and _text(sp.affiliation) == "Ashford Borough Council"


# 4. a name over its guide's kind

@pytest.mark.parametrize("name, title, subtitle", [
    ("d_museum_guide.txt", "Harbour Town Museum", "Visitor Guide"),
    ("guide_museum_b.txt", "Kestrel Bay Nature Reserve", "Visitors' Guide"),
    ("guide_library_c.txt", "Northgate Central Library", "Library Guide"),
    ("guide_gallery_d.txt", "Millbrook Art Gallery", "Gallery Guide"),
])
def test_name_over_guide_kind_is_the_title(name, title, subtitle):
    talk = _talk(name)
    assert (_text(talk.title.en), _text(talk.subtitle.en)) == (title, subtitle)
    assert title not in front_texts(talk)


@pytest.mark.parametrize("name, title, front", [
    ("guide_near_title.txt", "Shipwrecks of the North Sea", "Harbour Town Museum"),  # a title of its own
    ("guide_near_report.txt", "Annual Report 2025", "Ashford Borough Council"),  # a report's kind: unchanged
])
def test_name_over_other_title_stays_front(name, title, front):
    talk = _talk(name)
    assert _text(talk.title.en) == title and front in front_texts(talk)
