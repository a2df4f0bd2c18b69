"""An English person's name told by its other half written out beside the gap (issue 19 point 4, fresh-user trial
70c; helper name70).

Trial 70c's press release quoted ``said library director Maria Jen\ufffdins``: restore committed ``k`` at 0.992 on
the English word list (*Jenkins*, the only word that fits), and with ``library director`` removed it filled it too;
the English name abstention read a name only after a title or a civic post. A person's name is never filled and no
candidates are offered: now ``abstention.english_name_beside`` reads the gap's capitalised word beside a given name
(before it) or a surname (after it) of the US Census. Near misses (a salutation's noun, a heading's word, a place
after a given name, a sentence's first word, a body's name) still fill.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.restore_verdicts import abstains_on_a_name, line_repairs

G = "\ufffd"
DATA = Path(__file__).parent / "data" / "name70"


def _doc(line: str) -> str:
    return (f"Riverside Library Opens Late-Night Study Rooms\n\nThe library will open three study rooms until "
            f"midnight on weekdays.\n{line}\nThe pilot will run for six months.\n")


def test_the_trials_quoted_name_is_never_filled():
    text = (DATA / "press_en.txt").read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if G in l)
    found = line_repairs(text, line)
    assert len(found) == 1, found
    r = found[0]
    assert r.status == "unresolved" and r.restored is None and not r.candidates, r
    assert abstains_on_a_name(r), r


@pytest.mark.parametrize("line", [
    f"\"It is a small change,\" said Maria Jen{G}ins.",           # no post before the name
    f"By Maria Jen{G}ins, staff writer",                          # a byline
    f"The award went to Helen T. Mo{G}s of the reading group.",   # a middle initial between
    f"Organiser John {G}mith thanked the volunteers.",            # the gap opens the surname
    f"Mar{G}a Jenkins opened the rooms on Monday.",               # the given name, before its surname
    f"Speakers included Pat {G}erguson and others.",
])
def test_a_name_beside_a_census_given_name_or_surname_is_never_filled(line):
    found = line_repairs(_doc(line), line)
    assert found and len(found) == line.count(G), found
    for r in found:
        assert r.status == "unresolved" and r.restored is None and not r.candidates, r
        assert abstains_on_a_name(r), r


@pytest.mark.parametrize("line, truth", [
    (f"Dear Cust{G}mer, the rooms open in January.", "o"),         # a salutation's noun
    (f"See the Annual Repo{G}t for the figures.", "r"),            # a heading's word in title case
    (f"The fair is held in Victoria Par{G} every June.", "k"),     # a place named after a given name
    (f"{G}he library will review usage in July.", "T"),            # a sentence's first word
    (f"The Cit{G} Council approved the budget.", "y"),             # a body's name
    (f"The Rose Gar{G}en opens at noon.", "d"),                    # a garden named after a given name
])
def test_a_word_beside_no_name_still_has_its_candidates(line, truth):
    found = line_repairs(_doc(line), line)
    assert found, found
    for r in found:
        assert not abstains_on_a_name(r), r
        assert r.candidates and truth in [c.text for c in r.candidates], r


def test_a_double_given_name_before_its_surname_is_never_filled():
    """Review of session 70's regression battery: a newsletter's last lines ``A Word from the Mayor`` /
    ``Anne-Marie Sm\ufffdth (Mayor)`` had been held back only while the speaker's text ran ``…Mayor Anne-Marie``
    together; with its lines parted by ``, `` the gap was offered i and y. ``Anne-Marie`` is a given name (each half
    one of the census)."""
    text = (DATA / "en_school_news.txt").read_text(encoding="utf-8")
    (r,) = line_repairs(text, f"Anne-Marie Sm{G}th (Mayor)")
    assert r.status == "unresolved" and r.restored is None and not r.candidates, r
    assert abstains_on_a_name(r), r
