"""A minutes' closing statement with the next meeting's date on its line is the record's closing, no part of its
last item (a fresh user's trial, session 50: `The meeting closed at 8:45 pm. Next meeting: 11 April 2026.` had
stayed a paragraph of `Any other business`)."""

from __future__ import annotations

from test_segment_titles49 import _minutes


def test_closing_statement_with_the_next_meeting_is_the_closing():
    talk = _minutes("", "The meeting closed at 8:45 pm. Next meeting: 11 April 2026.")
    assert [p.text for p in talk.sections[-1].paragraphs] == ["The shed roof needs repair before spring."]
    assert "The meeting closed at 8:45 pm. Next meeting: 11 April 2026." in [t.text for t in talk.front]


def test_closing_statement_with_another_sentence_stays_in_the_item():
    line = "The meeting closed at 8:45 pm. The treasurer will circulate the accounts."
    talk = _minutes("", line)
    assert line in " ".join(p.text for p in talk.sections[-1].paragraphs)
