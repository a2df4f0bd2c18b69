"""Talks of two slides each in proceedings under a dashed foot (issue 16, helper fix68g; case left open by fix68b).

``/work/regress/in_fix68b/open_k2_*_2slides.txt``: each talk's paper, then its slides numbered on lines of their own
(``1`` ``2``), then the volume's foot ``瀬戸内 港町交流会議 講演集 ― 7``. The slides' number just over the foot had not
counted (it stands beside the foot), leaving one step of count (``1``→``2`` twice, less the one by the foot) where two
are needed (``stage._numbered_on_own_lines``): the foot's text went to the ledger but its folio ``7`` stayed as a line
of a stray slide (with three slides per talk it worked). A number beside the foot that goes on from the slide's number
before it now counts.

Other inputs of the kind and near misses: ``tests/data/decktwo68/`` (copied from ``/work/regress/in_fix68g/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file

DATA = Path(__file__).parent / "data" / "decktwo68"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _slide_lines(doc):
    return [t.text for talk in doc.talks for s in talk.slides for t in s.lines]


@pytest.mark.parametrize("name, folio", [
    ("open_k2_en_emdash_2slides.txt", "14"),
    ("open_k2_ja_bar_2slides.txt", "7"),
    ("open_k2_ja_hyphen_2slides.txt", "7"),
    ("k2_ja_pipe_large_folio.txt", "103"),
    ("k2_ja_bar_other.txt", "103"),
    ("k2_en_one_foot_spaces.txt", "22"),
    ("k2_en_one_foot_page.txt", "Page 22"),
])
def test_two_slide_talks_foot_keeps_its_folio(name, folio):
    doc = _run(name)
    # the folio is no slide's line: it went to the ledger with its foot
    assert folio not in _slide_lines(doc)
    feet = [r.text for r in doc.ledger if r.reason in ("running-footer", "running-header")]
    assert any(f.rstrip().endswith(folio) for f in feet)
    # and the first talk's slides are its two, each titled, its paper no slide
    first = doc.talks[0]
    assert [s.number for s in first.slides if s.title is not None][:2] == [1, 2]
    assert first.slides[0].number == 1


def test_near_miss_paper_folio_lines_stay_page_numbers():
    # a paper whose pages carry a folio line beside the foot: no slides, each number the page's
    doc = _run("nm_paper_folio_beside_foot.txt")
    assert all(not t.slides for t in doc.talks)
    assert [r.text for r in doc.ledger if r.reason == "page-number"] == ["3", "4", "5"]


def test_near_miss_deck_alone_numbered_by_feet_keeps_its_folios():
    # field case 16: a deck alone whose slides are numbered only by their feet keeps those numbers
    doc = _run("nm_deck_alone_feet_numbers.txt")
    assert [s.number for s in doc.talks[0].slides] == [1, 2, 3, 4]


def _city_en(talk):
    return talk.city.en.text if talk.city is not None and talk.city.en is not None else None


@pytest.mark.parametrize("name, cities", [
    # foot67's proceedings: ``York`` under the first talk's last slide, the talk's speaker ``…, City of York Council``
    ("foot67_c_page_of_en.txt", ["Leeds", "York"]),
    ("fix68b_k2_en_emdash.txt", ["Lisbon", "Bergen"]),
    ("k2_en_pipe_three_talks.txt", ["Gdansk", "Tallinn", "Riga"]),
    ("k2_en_proceedings_of_emdash.txt", ["Gdansk", "Tallinn", "Riga"]),
    ("k2_en_one_foot_page.txt", ["Gdansk", "Tallinn"]),
])
def test_next_talks_bare_town_line_opens_it(name, cities):
    doc = _run(name)
    assert [_city_en(t) for t in doc.talks] == cities
    # no slide keeps the next talk's city line
    assert not set(cities) & set(_slide_lines(doc))


def test_near_miss_town_alone_over_a_speaker_not_naming_it_stays_the_title():
    # ``Lisbon`` over a title and a speaker of an institute naming no town: a title (as ``Curitiba`` alone is)
    doc = _run("nm_town_title_speaker_not_naming.txt")
    assert doc.talks[0].title.en.text == "Lisbon"
    assert _city_en(doc.talks[0]) is None
