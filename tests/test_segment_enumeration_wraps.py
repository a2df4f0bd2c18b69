"""A sentence wrapped before an enumerator in brackets goes on (issue 16 point 4, closing note 11: ``… the three steps
are`` / ``(1) load, (2) …`` stayed two paragraphs, as lingmacros' manual's ``… of the next enumsentence`` / ``(1) or
(1); …`` and the quantum template's ``… or just`` / ``(1) is up to you`` did); a list whose items stand one a line,
after a colon or under ``such as``, stays a list. Made-up dumps."""

from __future__ import annotations

from tests.segment_inputs import paragraphs, run_text

HEAD = "Harbour Data Cleaning\n\nLena Holm\n\n"

INLINE = """1 Method
Every survey of the harbour went through the same pipeline of the port office, and the three steps are
(1) load the raw counts, (2) remove the duplicate gate records, and (3) write the hourly totals to
the archive. The whole run takes an hour on a laptop and needs no server at all, which suits the office.
"""

REFERENCE = """1 Method
The equations are numbered in the order in which the survey uses them, and whether you cite them as Eq.
(1) is up to the reader of the report, but please be consistent in one report, as the office is.
"""

LIST = """1 Method
The pipeline of the port office has three steps, each run once a night on the laptop in the office:
(1) load the raw counts;
(2) remove the duplicates;
(3) write the totals.
The order matters, as the archive keeps only the last write of each hour in the season, such as
(a) the gate counts;
(b) the tide readings.
"""


def test_an_enumeration_inside_a_sentence_goes_on():
    assert paragraphs(run_text(HEAD + INLINE).talks[0]) == [
        "Every survey of the harbour went through the same pipeline of the port office, and the three steps are "
        "(1) load the raw counts, (2) remove the duplicate gate records, and (3) write the hourly totals to the archive. "
        "The whole run takes an hour on a laptop and needs no server at all, which suits the office."]


def test_a_wrapped_sentence_goes_on_over_a_bracketed_number():
    assert paragraphs(run_text(HEAD + REFERENCE).talks[0]) == [
        "The equations are numbered in the order in which the survey uses them, and whether you cite them as Eq. "
        "(1) is up to the reader of the report, but please be consistent in one report, as the office is."]


def test_items_one_a_line_after_a_colon_or_under_such_as_stay_a_list():
    assert paragraphs(run_text(HEAD + LIST).talks[0]) == [
        "The pipeline of the port office has three steps, each run once a night on the laptop in the office:",
        "(1) load the raw counts;", "(2) remove the duplicates;", "(3) write the totals.",
        "The order matters, as the archive keeps only the last write of each hour in the season, such as",
        "(a) the gate counts;", "(b) the tide readings."]
