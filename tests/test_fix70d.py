"""Issue 16 point 2, helper fix70d (fresh-user trial 70b; helper credit70's open limit): a paper's authors parted by
``, `` / `` and `` / ``・`` / ``、`` over one shared affiliation line are every one an author with that affiliation.

1. A comma-parted pair of names whose second the census reads as a given name and a surname (``Aiko Tanaka, Ruth
   Evans``; WordNet lists ruth and evans) is two people, never a name and a phrase naming its affiliation
   (``names._name_then_phrase``).
2. A line of authors wrapped after its comma or ``and`` (``James O'Neill, Sarah Chen and`` / ``David Brooks``) over
   their affiliation is one line of authors (``names.wrapped_names``, ``titleblock._read_speaker``,
   ``front.unwrapped_names``); the lower line alone had been the speaker.
3. Japanese names with no space parted by ``・`` (``山田太郎・佐藤花子``) are two authors (``authors._dotted``).

Near misses kept: ``Smith, John``, ``Tanaka, Evans and Partners Ltd``, a title ``Roads, Rails and Rivers``, ``Lund,
Sweden``, ``Priya Raman, Acme Cloud``. Inputs: ``tests/data/fix70d/`` (kept in ``/work/regress/in_fix70d/``;
``t70b_a02_session_en.txt`` from ``in_trial70b``, ``b04_…`` from ``in_credit70``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "fix70d"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _s(t) -> str | None:
    return t.text if t is not None else None


def _authors(talk) -> list[tuple[str, str | None]]:
    return [(a.name.text, _s(a.affiliation)) for a in talk.speaker.authors]


@pytest.mark.parametrize("name, people, affiliation", [
    ("e01_two_comma_census.txt", ["Aiko Tanaka", "Ruth Evans"],
     "Department of Geography, University of Sheffield, UK"),
    ("e02_two_comma_unknown.txt", ["Wanjiru Kamau", "Oluwaseun Adeyemi"],
     "School of Environment, University of Nairobi, Kenya"),
    ("e03_three_comma_and.txt", ["Helen Moss", "Anna Berg", "Mark Hale"], "Institute of Urban Studies, Marston University"),
    ("e04_four_wrapped_comma.txt", ["Laura Price", "Ruth Evans", "Peter Webb", "David Brooks"],
     "Transport Research Group, Northfield University"),
    ("e05_wrapped_and.txt", ["Ruth Evans", "Sarah Chen", "David Brooks"], "Coastal Engineering Group, Marston University"),
    ("b04_paper_names_wrapped_and.txt", ["James O'Neill", "Sarah Chen", "David Brooks"],
     "Coastal Engineering Group, Marston University"),
    ("j01_two_dot.txt", ["山田太郎", "佐藤花子"], "東西大学工学部"),
    ("j02_three_comma.txt", ["鈴木一郎", "高橋美咲", "伊藤健"], "北海道大学大学院農学研究院"),
    ("j03_spaced_dot.txt", ["中村 さくら", "小林 大輔"], "南北大学 観光学部"),
])
def test_names_over_one_affiliation_are_each_an_author_with_it(name, people, affiliation):
    (talk,) = _talks(name)
    assert _authors(talk) == [(p, affiliation) for p in people]
    assert _s(talk.speaker.name) == people[0]
    assert _s(talk.speaker.affiliation) == affiliation
    assert all(p not in t.text for t in talk.front for p in people)  # no author left in front


def test_the_trial_session_third_paper_names_both_authors():
    talks = _talks("t70b_a02_session_en.txt")
    rain = next(t for t in talks if _s(t.title.en) == "Public Attitudes to Rain Gardens")
    shared = "Department of Geography, University of Sheffield, UK"
    assert _authors(rain) == [("Aiko Tanaka", shared), ("Ruth Evans", shared)]
    assert _s(rain.speaker.affiliation) == shared
    # the marked authors of the first paper stay as they were
    green = next(t for t in talks if _s(t.speaker.name) == "Maria Lindqvist")
    assert _authors(green) == [("Maria Lindqvist", "Department of Civil Engineering, Lund University, Sweden"),
                               ("Tomas Berg", "VA SYD, Malmö, Sweden")]


@pytest.mark.parametrize("name, title, people, affiliation", [
    ("n02_firm_name.txt", "Retail Parks and Car Use", ["Anna Berg"], "Tanaka, Evans and Partners Ltd"),
    ("n03_title_commas.txt", "Roads, Rails and Rivers", ["Maria Lindqvist"], "Department of Civil Engineering, Lund University"),
    ("n04_place.txt", "Green Roofs in Cold Climates", ["Maria Lindqvist"], "Lund, Sweden"),
    ("n05_name_company.txt", "Cloud Services for Councils", ["Priya Raman"], "Acme Cloud, London, UK"),
])
def test_near_misses_keep_one_author(name, title, people, affiliation):
    (talk,) = _talks(name)
    assert _s(talk.title.en) == title
    assert [a for a, _ in _authors(talk)] == people
    assert _s(talk.speaker.affiliation) == affiliation


def test_a_surname_first_name_is_no_two_authors():
    (talk,) = _talks("n01_surname_first.txt")
    assert [a for a, _ in _authors(talk)] not in (["Smith", "John"],)
