"""A day's date on its own line (``20. Mai 2018``, a CV's or a letter's dateline) is no numbered section (real-PDF trial:
classicthesis-cv's date became section 20, titled ``Mai 2018``)."""

from __future__ import annotations

from tests.segment_inputs import run_text


def test_a_date_line_is_no_section():
    text = "\n".join([
        "Curriculum Vitae", "", "1 Education", "",
        "Studied computer science at the University of Heidelberg and wrote a thesis on typesetting.", "",
        "2 Experience", "", "Worked for six years as a typesetter for a publishing house in Leipzig.", "",
        "Heidelberg,", "20. Mai 2018"]) + "\n"
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2"]
