"""A person's name in a paper's English line of authors, a double surname, a given name before a census surname:
never filled, no candidates (issue 19 point 4; the README's "a person's name is never filled"; helper fix71d).

Fresh-user trial 71c: ``Jos\\ufffd Mart\\ufffdnez-Ruiz a,*, Hanna Lindqvist b, Tomasz Nowak a`` (a journal article's
authors, affiliation marks set apart as letters) was no author line to segment; the surname's gap was committed ``i``
at 0.992 on the English word list and ``Jos\\ufffd`` offered h and e. Now a byline of names closed by affiliation
marks (``a,*``, ``¹``, ``1``, ``†``) is read as names (:func:`abstention.english_byline_name`), a double surname whose
half written whole is a census surname is a name, and a census surname with accents or a second half
(``Martínez-Ruiz``) after the gap's word counts as name70's surname beside. Near misses (a title's capitalised word,
``the Cit\\ufffd Council``, an affiliation's ``Departm\\ufffdnt``, ``Universit\\ufffd``, a hyphenated ordinary word)
keep filling or offering candidates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore.evidence import abstention
from tests.restore_verdicts import abstains_on_a_name, file_line_repairs

G = "\ufffd"
DATA = Path(__file__).parent / "data" / "fix71d"


def _repairs(name: str, line: str) -> list:
    return file_line_repairs(DATA / name, line)


@pytest.mark.parametrize("name, line, gaps", [
    ("journal_article_mobility.txt", f"Jos{G} Mart{G}nez-Ruiz a,*, Hanna Lindqvist b, Tomasz Nowak a", 2),  # trial 71c
    ("paper_housing_letters.txt", f"Katarzyna W{G}jcik a, Jan Nowak b,*, Ewa Lis-Sm{G}th a", 2),
    ("paper_french_initials.txt", f"M. Dupont a,†, C. Leg{G}and b, A. Ferr{G}ira a", 2),
    ("newsletter_double_surnames.txt", f"The group has elected Jos{G} Martinez as its chair. \"We want safer "
                                       f"crossings,\" said Ana Garc{G}a-Lopez, who led the survey.", 2),
    ("newsletter_double_surnames.txt", f"The survey was designed with Emma Smith-J{G}nes of the Cit{G} Council.", 1),
])
def test_a_name_in_a_byline_or_beside_a_census_surname_is_never_filled(name, line, gaps):
    found = [r for r in _repairs(name, line) if abstains_on_a_name(r)]
    assert len(found) == gaps, found
    for r in found:
        assert r.status == "unresolved" and r.restored is None and not r.candidates, r


@pytest.mark.parametrize("name, line, truth", [
    ("nearmiss_title_lines.txt", f"Urban Mob{G}lity and the Cit{G} Council", None),
    ("nearmiss_title_lines.txt", f"Rail Acc{G}ss, Bus Use and Walking 3", "e"),
    ("paper_bikeshare_superscripts.txt", f"² Departm{G}nt of Civil Engineering, Universit{G} of Sheffield, UK", None),
    ("newsletter_double_surnames.txt", f"A cost-e{G}ective plan for the North-W{G}st Region follows in the summer.", None),
    ("newsletter_double_surnames.txt", f"Urban Mob{G}lity Week runs from 4 May.", "i"),
])
def test_near_misses_keep_filling_or_offering(name, line, truth):
    for r in _repairs(name, line):
        assert not abstains_on_a_name(r), r
        assert r.restored is not None or r.candidates, r
        if truth is not None:
            assert truth in [c.text.lower() for c in r.candidates], r


def test_a_byline_is_read_by_its_marks():
    s = f"Li Wei¹, Sarah Ó Br{G}ain²,*, Tom Hughes¹"
    assert abstention.english_byline_name(s, s.index(G)) == "Li Wei"
    s = f"Katarzyna W{G}jcik1, Jan Nowak2 and Ewa Lis1"
    assert abstention.english_byline_name(s, s.index(G)) == "Jan Nowak"
    # no marks, or an affiliation's words: no byline
    for s in (f"Urban Mob{G}lity a", f"a Departm{G}nt of Civil Engineering, Universit{G} of Leeds, UK",
              f"Journal of Urban Mob{G}lity 12 (2024) 101–118", f"Rail Acc{G}ss, Bus Use and Walking 3"):
        assert abstention.english_byline_name(s, s.index(G)) is None, s


@pytest.mark.parametrize("left, right, expect", [
    ("said Jos", " Martínez, the lead author.", True),   # a census surname with its accent
    ("said José Mart", "nez-Ruiz.", True),                # a double surname, Ruiz a census surname
    ("said Anna Smith-J", "nes.", True),
    ("led by Mar", "a Martinez-Ruiz.", True),             # a double surname after the gap's given name
    ("cost-e", "ective", False),                          # a ligature's word in lower case
    ("Baden-W", "rttemberg", False),
    ("Anne-Ma", "ie", False),                             # a double given name alone
    ("the North-W", "st Region", False),
    ("the East-W", "st Economic Corridor", False),         # West a census surname, the gap's half a word
    ("White-Wa", "led Streets and Tourism", False),
])
def test_double_and_accented_surnames(left, right, expect):
    assert abstention.english_name_beside(left, right) is expect


def test_the_name_written_whole_elsewhere_is_pointed_to_not_taken():
    """The running head writes ``J. Martínez-Ruiz`` whole at line 29: told, never filled."""
    (r,) = [r for r in _repairs("journal_article_mobility.txt",
                                f"Jos{G} Mart{G}nez-Ruiz a,*, Hanna Lindqvist b, Tomasz Nowak a") if r.col == 9]
    assert r.restored is None and not r.candidates, r
    assert any("Martínez-Ruiz at line 29" in e.detail and "not taken" in e.detail for e in r.evidence), r.evidence
    assert abstention.name_pattern(f"Sm{G}th", 2, 3).fullmatch("Smith") is not None
    assert abstention.name_pattern(f"Jo{G}", 2, 3) is None   # too few letters left to tell one name
