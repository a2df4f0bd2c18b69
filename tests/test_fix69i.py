"""Fresh-user trial 69d, helper fix69i: an English city line whose town's name opens with a common word (``City of
Port Ellis``, ``Town of New Brookfield``, ``Port Haldane City``) after a session label or a talk number is the talk's
city line, never its English title.

``places._generic_name_en``: a two-word name may open with one common English word (``Port``, ``New``, ``Fort``) when
its own word is no common word in any form; ``City of Smart Ports`` (``port``) still names no town. Inputs:
``tests/data/fix69i/`` (kept in ``/work/regress/in_fix69i/``; ``b_en_proc.txt`` copied from ``in_trial69d``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.segment.places import is_municipality_en, municipality_named_en, place_line_en
from tests.segment_inputs import city_texts as _city, run_text

DATA = Path(__file__).parent / "data" / "fix69i"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _span(found, text):
    return text[found[0]:found[1]] if found else None


@pytest.mark.parametrize("text, name", [
    ("City of Port Ellis", "Port Ellis"), ("Town of New Brookfield", "New Brookfield"),
    ("Port Haldane City", "Port Haldane"), ("City of Fort Collins, Colorado", "Fort Collins"),
    # near misses: a common phrase in a municipality's shape names no town
    ("City of Smart Ports", None), ("Garden City", None), ("Kanazawa Castle Town", None),
    ("Port Renewal Waterfront City", None), ("City of Peace", None), ("Green Harbor City", None),
])
def test_a_town_name_opening_with_a_common_word_is_a_place_line(text, name) -> None:
    assert _span(place_line_en(text), text) == name
    assert is_municipality_en(text.split(",")[0]) == (name is not None)
    line = f"Chief Engineer, {text.split(',')[0]}"
    assert _span(municipality_named_en(line), line) == name


@pytest.mark.parametrize("name, at, title_en, city_en", [
    ("b_en_proc.txt", 0, "Rebuilding a Riverside Water Plant", "Greenhaven"),
    ("b_en_proc.txt", 1, "Stormwater and the Harbor", "Port Ellis"),
    ("town_sessions_en.txt", 1, "Snow Clearing with Fewer Trucks", "New Brookfield"),
    ("numbered_city_en.txt", 1, "Cleaning the Old Dock", "Port Haldane"),
])
def test_a_city_line_after_a_session_label_or_talk_number_is_never_the_title(name, at, title_en, city_en) -> None:
    talk = _talks(name)[at]
    assert talk.title.en is not None and talk.title.en.text == title_en, talk.title
    assert _city(talk)[1] == city_en, talk.city


def test_a_common_phrase_in_a_city_line_s_shape_stays_as_it_was() -> None:
    talks = _talks("nearmiss_city_title_en.txt")
    assert [_city(t)[1] for t in talks] == ["Greenhaven", None], [t.city for t in talks]
