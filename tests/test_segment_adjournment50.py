"""A minutes' closing statement with the next meeting's date on its line is the record's closing, no part of its
last item (a fresh user's trial, session 50: `The meeting closed at 8:45 pm. Next meeting: 11 April 2026.` had
stayed a paragraph of `Any other business`)."""

from __future__ import annotations

from tests.segment_inputs import run_text

MINUTES = ["HARTWELL RESIDENTS' ASSOCIATION", "Minutes of the Monthly Meeting held on 12 March 2026 at 7.00 pm", "",
           "Present: R. Patel (Chair), S. Walker, T. Nguyen", "", "1. Apologies", "None were received.", "",
           "2. Litter picking", "Twelve volunteers cleared the riverside path.", "", "3. Any other business",
           "The shed roof needs repair before spring."]


def _minutes(*closing):
    (talk,) = run_text("\n".join(MINUTES + list(closing) + [""])).talks
    return talk


def test_closing_statement_with_the_next_meeting_is_the_closing():
    talk = _minutes("", "The meeting closed at 8:45 pm. Next meeting: 11 April 2026.")
    assert [p.text for p in talk.sections[-1].paragraphs] == ["The shed roof needs repair before spring."]
    assert "The meeting closed at 8:45 pm. Next meeting: 11 April 2026." in [t.text for t in talk.front]


def test_closing_statement_with_another_sentence_stays_in_the_item():
    line = "The meeting closed at 8:45 pm. The treasurer will circulate the accounts."
    talk = _minutes("", line)
    assert line in " ".join(p.text for p in talk.sections[-1].paragraphs)
