"""A speaker's courtesy title (helper news58b, fresh-user trial 58): ``Mr``, ``Mrs.``, ``Ms``, ``Miss``, ``Mx`` before a
name are front matter of the name, as an academic title is (``Dr``, ``Prof.``: docs/segment.md, ``names.name_start``):
the speaker's text keeps them, the name does not. A programme's ``Speaker: Mr Tom Hale (Harbour City Library)`` had
named no one (the whole line the affiliation), and an academic title after a speaker's label had stayed in the name
(``Dr Anna Berg``). A title that names no one (``Mr Men books``, ``Dr. Seuss Day``) stays a title."""

from __future__ import annotations

import pathlib

import pytest

from pipeline.model import Text
from pipeline.segment.front import speaker_of
from pipeline.segment.names import is_person_name, name_start
from tests.segment_inputs import run_text


@pytest.mark.parametrize("line, name", [
    ("Mr Tom Hale", "Tom Hale"), ("Ms Ana Ruiz", "Ana Ruiz"), ("Mrs. J. Park", "J. Park"), ("Dr Ken Ito", "Ken Ito"),
    ("Miss Jo Lee", "Jo Lee"), ("Speaker: Mr Tom Hale", "Tom Hale"), ("Speaker: Dr Anna Berg", "Anna Berg"),
])
def test_a_courtesy_title_is_no_part_of_the_name(line, name):
    assert line[name_start(line):] == name


def test_a_title_before_no_name_is_kept():
    assert name_start("Mr Hale") == 0 and name_start("Dr. Smith") == 0
    assert not is_person_name("Mr Men books")


@pytest.mark.parametrize("line, name, affiliation", [
    ("Speaker: Mr Tom Hale (Harbour City Library)", "Tom Hale", "Harbour City Library"),
    ("Speaker: Dr Anna Berg (Coastal Research Institute)", "Anna Berg", "Coastal Research Institute"),
    ("Speaker: Dr Ken Ito (Institute for Transport Studies)", "Ken Ito", "Institute for Transport Studies"),
])
def test_a_programme_s_speaker_line(line, name, affiliation):
    speaker = speaker_of([Text.from_raw(line, 1)])
    assert speaker.name.text == name and speaker.affiliation.text == affiliation
    assert speaker.text.text == line  # the speaker's text keeps the title


# a programme of two lectures, each ``Lecture N: …`` over ``Speaker: Dr Anna Berg (…)``; rewritten in the repository in
# session 64 (the test had read a file outside it, under /work/regress, which a fresh machine does not have)
PROGRAMME = pathlib.Path(__file__).parent / "data" / "prog57" / "prog_english.txt"


def test_the_programme_names_both_speakers():
    talks = run_text(PROGRAMME.read_text(encoding="utf-8")).talks
    assert [(t.speaker.name.text if t.speaker.name else None) for t in talks] == ["Anna Berg", "Tom Hale"]
    assert talks[1].speaker.affiliation.text == "Harbour City Library"


@pytest.mark.parametrize("text, name", [
    ("Rivers and the Making of Market Towns\nMr Tom Hale\nHarbourside Historical Society\n\n"
     "Market towns grew where rivers could be crossed. This talk follows three such towns from their charters.\n", "Tom Hale"),
    ("Community Gardens in Dense Neighbourhoods\nMs Ana Ruiz\nDepartment of Planning, City of Leeds\n\n"
     "Community gardens give residents a shared place to grow food. This lecture reviews twelve gardens.\n", "Ana Ruiz"),
])
def test_a_flyer_s_speaker_under_the_title(text, name):
    (talk,) = run_text(text).talks
    assert talk.speaker.name.text == name


def test_a_title_that_opens_on_a_courtesy_title_names_no_one():
    text = ("Mr Men books\nA reading morning for children\n\n"
            "The library reads from its collection of picture books every Saturday. Parents are welcome to stay.\n")
    (talk,) = run_text(text).talks
    assert talk.title.en.text == "Mr Men books" and talk.speaker.name is None
