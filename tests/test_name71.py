"""The limits helper name70's English name abstention left (issue 19 point 4, the guide's "never invent"; helper
name71).

``abstention.english_name_beside`` reads a gap's capitalised word beside a given name or a surname of the US Census as
a person's name: never filled, no candidates. Masking the regression corpus's capitalised words, it had held back
places and events (``Hong K\\ufffdng``: Hong is a census given name; ``Summer F\\ufffdte``: Summer ties its word;
``Little Ham\\ufffden Parish``: read *Hayden Parish*) and missed names no census list holds (``said Priya
Nan\\ufffdakumar``) and names in capitals (``By JOHN SM\\ufffdTH``, ``MARIA JEN\\ufffdINS``). Now a GeoNames town
read in the two words is a place, a given name that only ties its word is none, a capitalised English word directly
before a given name makes the pair a place's words, words in capitals are read in title case, and a name after a verb
of attribution whose halves are no English words is a name. Near misses (a salutation's noun, a body's name, a
sentence's first word, a newspaper after ``the``) keep their candidates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.restore_verdicts import abstains_on_a_name, file_line_repairs

G = "\ufffd"
DATA = Path(__file__).parent / "data" / "name71"


def _repairs(name: str, line: str) -> list:
    return file_line_repairs(DATA / name, line)


@pytest.mark.parametrize("name, line, truth", [
    ("en_housing_paper.txt", f"High-Density Housing and Public Space in Hong K{G}ng", "o"),   # a town of GeoNames
    ("en_housing_paper.txt", f"Public space in Hong K{G}ng is scarce, yet its footbridges and podiums serve as "
                             f"shared rooms for the city.", "o"),
    ("en_parish_newsletter.txt", f"Summer F{G}te Helpers Needed", "e"),                      # an event's words
    ("en_parish_newsletter.txt", f"Parish Clerk, Little Ham{G}en Parish Council", "d"),      # a parish's name
    ("en_parish_newsletter.txt", f"The Little Ha{G}den Parish Council thanks the Summer {G}ete helpers.", None),
    ("en_parish_newsletter.txt", f"From December, the Maple Gro{G}e Library will stay open until 8 pm on Saturdays.",
     "v"),                                                                                     # a town of GeoNames
    ("en_byline_capitals.txt", f"SUMMER F{G}TE RAISES RECORD SUM FOR HONG K{G}NG EXCHANGE", None),  # in capitals
    ("ja_en_sister_city_deck.txt", f"■Student exchange with Hong K{G}ng since 2004", "o"),  # a slide's line
])
def test_a_place_or_an_event_beside_a_census_name_keeps_its_candidates(name, line, truth):
    for r in _repairs(name, line):
        assert not abstains_on_a_name(r), r
        assert r.candidates, r
        if truth is not None:
            assert truth in [c.text.lower() for c in r.candidates], r


@pytest.mark.parametrize("name, line", [
    ("en_press_unlisted_names.txt", f"\"Students asked for this,\" said Priya Nan{G}akumar, who runs the evening "
                                    f"service."),                          # no census list holds Priya
    ("en_press_unlisted_names.txt", f"The scheme was designed with help from volunteers, according to programme lead "
                                    f"Wanjiru Kam{G}u."),                  # a post in lower case between
    ("en_report_credits.txt", f"Photographs by Tendai Mu{G}ara. We thank Kwame As{G}nte for the counts at the north "
                              f"gate."),                                   # a credit, a thanks
    ("en_byline_capitals.txt", f"By JOHN SM{G}TH"),                        # a byline in capitals
    ("en_byline_capitals.txt", f"MARIA JEN{G}INS"),                        # a name in capitals over its post
])
def test_a_name_no_census_list_holds_or_in_capitals_is_never_filled(name, line):
    for r in _repairs(name, line):
        assert r.status == "unresolved" and r.restored is None and not r.candidates, r
        assert abstains_on_a_name(r), r


@pytest.mark.parametrize("line, truth", [
    (f"Dear Cust{G}mer, the library thanks you for your patience during the works.", "o"),  # a salutation's noun
    (f"The Cit{G} Council approved the budget for the new roof.", "y"),                     # a body's name
    (f"{G}he committee meets again in March.", "t"),                                       # a sentence's first word
])
def test_near_misses_keep_their_candidates(line, truth):
    for r in _repairs("en_parish_newsletter.txt", line):
        assert not abstains_on_a_name(r), r
        assert truth in [c.text.lower() for c in r.candidates], r


def test_a_newspaper_after_the_is_no_attributed_name():
    """``said the Nikkei Sh\\ufffdmbun``: an article before the words names a body, never a person."""
    (r,) = _repairs("en_press_unlisted_names.txt",
                    f"The pilot will run for six months and is funded by the city, said the Nikkei Sh{G}mbun.")
    assert not abstains_on_a_name(r), r
    assert "i" in [c.text for c in r.candidates], r


def test_a_chinese_name_whose_commonest_reading_is_a_brand_is_never_filled():
    for r in _repairs("ja_en_sister_city_deck.txt", f"■Visit by Deputy Director Li W{G}i"):
        assert r.status == "unresolved" and not r.candidates, r


@pytest.mark.parametrize("line, truth", [
    (f"According to Statistics Norw{G}y, visitor numbers at comparable harbours rose by 4%.", "a"),  # a country
    (f"The walk was opened by Kyoto Ci{G}y officials on 2 May.", "t"),     # a city's name after ``by``
])
def test_a_place_after_a_word_of_attribution_keeps_its_candidates(line, truth):
    for r in _repairs("en_report_credits.txt", line):
        assert not abstains_on_a_name(r), r
        assert truth in [c.text for c in r.candidates], r


@pytest.mark.parametrize("left, right, name", [
    ("By ANNE-MARIE SM", "TH", True),              # a double given name in capitals
    ("BY PRIYA NAN", "AKUMAR", True),              # an attributed name in capitals
    ("Yesterday Mar", "a Jenkins said", True),     # a word opening the sentence before the name says nothing
    ("Dear Mar", "a Jenkins,", True),              # a salutation before the name
    ("said Library Director Mar", "a Jenkins", True),  # a post before the name
    ("DEAR CUST", "MER", False),
    ("THE CIT", " COUNCIL", False),
    ("HONG KONG AND MAC", "U", False),
    ("by Santa Cr", "z", False),                   # a GeoNames town
    ("by Nagasaki Dej", "ma", False),              # a word of it a GeoNames town
    ("said Mitsubishi Hea", "y", False),           # an English word read in the gap
])
def test_the_rule_on_its_own(left, right, name):
    from pipeline.restore.evidence.abstention import english_name_beside

    assert english_name_beside(left, right) is name
