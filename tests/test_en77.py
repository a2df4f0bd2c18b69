"""English documents of fresh-user trial 77 (issue 16 point 2, helper en77): a safety data sheet's ``SECTION N:`` headings
and numbered subheadings, a sentence wrapped where a label's shape fell at a line's start, a tenancy inventory's
labelled fields under its title, a match report's byline and capitals headings, an estate agent's one-page PDF's head
and foot.

Each kind in three made-up wordings or more (``tests/data/en77/``, copied to ``/work/regress/in_en77/``; ``sds_a.txt``
is the trial's text), with near misses that must not change: a report's numbered paragraphs, a minutes' fields."""

from pathlib import Path

import pytest

from tests.segmenting import only_talk_of, outline as _outline

DATA = Path(__file__).parent / "data" / "en77"


def _talk(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


def _paragraphs(talk):
    return [p.text for s in talk.sections for p in s.paragraphs]


# f. a safety data sheet: ``SECTION N:`` heads section N however long its title; ``N.M Label: value`` heads N.M

@pytest.mark.parametrize("name", ["sds_a.txt", "sds_b.txt", "sds_c.txt", "sds_d.txt"])
def test_sds_sections_and_subsections(name):
    talk = _talk(name)
    numbers = [s.number for s in talk.sections]
    assert numbers[:6] == ["1", "1.1", "1.2", "1.3", "1.4", "2"]
    assert talk.sections[0].title.text.startswith(("Identification", "Product and company"))
    assert not any(p.text.startswith("SECTION") for p in talk.front)
    assert not any("1.4 Emergency" in p for p in _paragraphs(talk))


@pytest.mark.parametrize("name, opening, rest", [
    ("sds_a.txt", "After skin contact:", "After eye contact: rinse"),
    ("sds_c.txt", "If swallowed:", "In case of eye contact: rinse"),
    ("sds_d.txt", "Environmental hazard:", "available by telephone: ring the number"),
])
def test_sentence_wrapped_at_a_lower_case_label_is_one_paragraph(name, opening, rest):
    paragraphs = _paragraphs(_talk(name))
    [joined] = [p for p in paragraphs if p.startswith(opening)]
    assert rest in joined
    assert not any(p.startswith(rest.split()[-3]) for p in paragraphs if p is not joined)


def test_near_miss_numbered_paragraphs_stay_paragraphs():
    talk = _talk("near_numbered.txt")
    assert _outline(talk) == [(1, "Introduction"), (1, "Consultation")]
    assert [p.text[:4] for p in talk.sections[0].paragraphs] == ["1.1 ", "1.2 ", "1.3 "]


def test_near_miss_minutes_fields_stay_lines():
    talk = _talk("near_minutes.txt")
    assert [p.text.split(":")[0] for p in talk.front] == ["Attendees", "Absent", "Decision"]
