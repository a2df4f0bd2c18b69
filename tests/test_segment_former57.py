"""A post once held names no city (fresh-user trial 57: a programme's ``講師　森　雅志　氏（前富山市長）`` gave the city
``前富山市`` and the id ``maetoyama``). A city whose name opens on the same letter (``前橋市``, ``元町``) still counts."""

from __future__ import annotations

import pytest

from pipeline.segment.titleblock import affiliation_city


@pytest.mark.parametrize("affiliation", ["前富山市長", "元札幌市長", "前港南市長", "元北浜町長", "前みどり県知事"])
def test_a_former_head_names_no_city(affiliation):
    assert affiliation_city(affiliation) is None


@pytest.mark.parametrize("affiliation,city", [("前橋市長", "前橋市"), ("前橋市役所 総務課", "前橋市"),
                                              ("富山市長", "富山市"), ("札幌市教育委員会", "札幌市")])
def test_a_city_named_so_still_counts(affiliation, city):
    span = affiliation_city(affiliation)
    assert span is not None and affiliation[span[0]:span[1]] == city
