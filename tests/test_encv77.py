"""English personal documents of fresh-user trial 76d (issue 16 point 2, helper encv77): a CV read as one document
(its kind the title, its owner the speaker, its headed blocks sections, its dated rows paragraphs), a family history's
headings under its one chapter line, an oral history's interviewee as its speaker, a recording's credit lines out of
``front``, and a venue's town read only where the form says venue.

Each kind in three made-up wordings or more (``tests/data/encv77/``, copied to ``/work/regress/in_encv77/``; the
trial's files copied from ``/work/regress/in_trial76d`` and ``in_trial76``), with near misses that must not change: a
one-line paragraph ``Thank you.`` and a poem's lines between headings, numbered sections under a chapter line, a
podcast's credits after its recording place, a town after a comma in a sentence or on a heading's line."""

from pathlib import Path

import pytest

from pipeline.segment.places import event_line_city_en
from tests.segmenting import authors_of, only_talk, only_talk_of, outline, paragraph_texts, segment_file, text_of

DATA = Path(__file__).parent / "data" / "encv77"
EN76 = Path(__file__).parent / "data" / "en76"


def _talk(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


def _titles(talk):
    return [title for _, title in outline(talk)]


# a. a CV is one document: its kind the title, its owner the speaker, its blocks sections, its rows paragraphs

CVS = {
    "trial76d_f_cv.txt": ("CURRICULUM VITAE", "Helen Marga\ufffdet Okafor",
                          ["Personal details", "Current position", "Previous positions", "Education",
                           "Research interests", "Grants (selected)", "Selected publications", "Teaching", "Referees"]),
    "cv_a.txt": ("Curriculum Vitae", "Jane Elizabeth Roe", ["Education", "Employment", "Publications", "Skills", "Referees"]),
    "cv_b.txt": ("RÉSUMÉ", "Marcus O'Neill", ["Employment", "Education", "Awards", "Teaching"]),
    "cv_c.txt": ("CURRICULUM VITAE", "Priya Raman", ["Current position", "Previous positions", "Grants", "Service"]),
}


@pytest.mark.parametrize("name", sorted(CVS))
def test_a_cv_is_one_document_titled_by_its_kind_its_owner_speaking(name):
    title, owner, sections = CVS[name]
    doc = segment_file(DATA / name)
    assert len(doc.talks) == 1, [t.id for t in doc.talks]
    (talk,) = doc.talks
    assert text_of(talk.title.en) == title
    assert text_of(talk.speaker.name) == owner
    for heading in sections:
        assert heading in _titles(talk), _titles(talk)


def test_a_cvs_dated_rows_are_paragraphs_each():
    talk = _talk("cv_c.txt")
    (previous,) = [s for s in talk.sections if s.title.text == "Previous positions"]
    assert [p.text.split()[0] for p in previous.paragraphs] == ["2019-2022", "2018-2019"]
    assert previous.paragraphs[0].text.endswith("University of Oxford")  # the row's hanging line stays its own


def test_the_trial_cvs_affiliation_is_the_school_under_the_name():
    talk = _talk("trial76d_f_cv.txt")
    assert authors_of(talk) == [("Helen Marga\ufffdet Okafor", "School of Geography, University of Nott\ufffdngham")]


def test_cv_shapes():
    from pipeline.segment.cv import is_cv_kind
    from pipeline.segment.sections import entry_row

    assert is_cv_kind("CURRICULUM VITAE") and is_cv_kind("Résumé") and not is_cv_kind("CV writing for graduates")
    assert entry_row("Sept 2019 - 2021   Research Engineer") and not entry_row("2019 was a good year.")


def test_near_a_page_headed_cv_advice_is_no_cv():
    from pipeline.model import Text
    from pipeline.segment.cv import cv_block

    lines = [Text.from_raw(s, n) for n, s in enumerate(["Writing a CV", "Jane Roe", "Careers Service"], 1)]
    assert cv_block(lines) is None


# b. short lines alone between prose under a family history's one chapter line are its headings

FAMILIES = {
    "trial76d_d_family_history.txt": ["Marriage", "Children", "Later years"],
    "fam_a.txt": ["Early life", "War service", "Last years"],
    "fam_b.txt": ["The farm", "The family"],
    "fam_c.txt": ["Children", "Later life", "Sources"],
}


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_a_chapters_short_lines_alone_head_its_sections(name):
    talk = _talk(name)
    titles = _titles(talk)
    for heading in FAMILIES[name]:
        assert heading in titles, titles


@pytest.mark.parametrize("line", ["Thank you.", "He met Mary Lord at a chapel tea in the summer of 1891."])
def test_near_a_one_line_paragraph_heads_nothing(line):
    talk = _talk("fam_a.txt")
    assert line in paragraph_texts(talk) and line not in _titles(talk)


def test_near_a_poems_lines_head_nothing():
    talk = _talk("fam_b.txt")
    for line in ("The moor's edge", "Where curlews call", "And the wind is always cold"):
        assert line in paragraph_texts(talk) and line not in _titles(talk)


def test_a_numbered_list_under_a_colon_heads_nothing():
    talk = _talk("fam_c.txt")
    assert all(s.number is None for s in talk.sections), outline(talk)
    assert "4. Emma Wright (1862-1940), teacher" in paragraph_texts(talk)


def test_near_numbered_headings_over_text_after_a_colon_keep_their_sections():
    talk, _ = only_talk("Annual Report of the Allotment Society\n\nThe report has two parts:\n\n1. Membership\n\n"
                        "Membership rose to 84 this year, and the waiting list is now closed.\n\n2. Finance\n\n"
                        "The accounts show a small surplus, which will go towards a new water trough.\n")
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Membership"), ("2", "Finance")]


def test_near_numbered_sections_under_a_chapter_line_keep_their_numbers():
    talk, _ = only_talk("A HISTORY OF THE DALE\nChapter 3: Rivers\n\nThe rivers of the dale rise on the moor and run "
                        "east to the sea, fed by many becks.\n\n3.1 Sources\n\nThe Swale rises at the head of the "
                        "dale among peat hags and bog.\n\n3.2 Floods\n\nThe great flood of 1883 carried away three "
                        "bridges and a mill.\n")
    assert [(s.number, s.title.text) for s in talk.sections][-2:] == [("3.1", "Sources"), ("3.2", "Floods")]


# c. an oral history's interviewee or narrator is its speaker, the interviewer the second author

ORAL = {
    "trial76d_e_oral_history.txt": [("Doris Whit\ufffdield", None), ("Peter Rawlings", None)],
    "oral_a.txt": [("Ann Marsh", None), ("Tom Bell", None)],
    "oral_b.txt": [("George Ward", None), ("Sarah Kemp", None)],
}


@pytest.mark.parametrize("name", sorted(ORAL))
def test_an_interviewee_speaks_the_interviewer_second(name):
    talk = _talk(name)
    assert authors_of(talk) == ORAL[name]
    assert text_of(talk.speaker.name) == ORAL[name][0][0]


def test_an_oral_historys_head_fields_stand_apart_in_front():
    talk = _talk("trial76d_e_oral_history.txt")
    front = [t.text for t in talk.front]
    assert "Date of interview: 14 March 2019" in front
    assert "Recording: MV-027, 58 minutes" in front
    assert not any(p.startswith("Interviewee:") for p in paragraph_texts(talk))
    assert paragraph_texts(talk)[0].startswith("PR: Could you start")
    assert "(born 1931)" in text_of(talk.speaker.text)  # the credit line, whole, is the speaker's text


# d. a recording's credit lines, once read as the speaker, leave front

@pytest.mark.parametrize("path", [DATA / "podcast_e.txt", EN76 / "podcast_d.txt", EN76 / "podcast_b.txt",
                                  DATA / "oral_a.txt"])
def test_credit_lines_read_as_the_speaker_leave_front(path):
    talk, _ = only_talk_of(path)
    front = [t.text for t in talk.front]
    assert talk.speaker.authors
    assert not any(t.startswith(("Host:", "Guest:", "Presenter:", "Narrator:", "Interviewer:")) for t in front), front


def test_near_credits_after_the_recording_place_stay_front():
    talk, _ = only_talk_of(EN76 / "f_podcast.txt")
    assert any(t.text.startswith("Recorded in E\ufffdy") for t in talk.front)
    assert text_of(talk.speaker.text) == "Host: Hannah Pryce. Guest: Tom Beck\ufffdith"


# e. a venue's town, only where the form says venue

VENUES = {
    "trial76_d_catalogue.txt": "Sudbury",
    "venue_a.txt": "Cheltenham",
    "venue_b.txt": "Ludlow",
    "trial76d_e_oral_history.txt": "Radcliffe",
    "oral_a.txt": "Kendal",
}


@pytest.mark.parametrize("name", sorted(VENUES))
def test_a_venue_line_names_the_city(name):
    assert text_of(_talk(name).city.en) == VENUES[name]


def test_near_a_town_after_a_comma_in_a_sentence_or_heading_names_no_city():
    talk = _talk("near_venue_comma.txt")
    assert talk.city.en is None


def test_venue_values():
    from pipeline.segment.places import venue_town_en

    v = "Place: the interviewee's home, Radcliffe, near Bury, Lancashire"
    a, b, whose = event_line_city_en(v)
    assert (v[a:b], whose) == ("Radcliffe", "venue")
    assert venue_town_en("Sudbury") is None and venue_town_en("Room 4, Lancashire") is None
