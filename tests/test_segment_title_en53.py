"""Helper title53 (issue 16): the titles of English documents, their correct results written down before the change.
Every text is made up.

1. A press release's headline is its title, though it is a sentence in sentence case (``Lisbon and Yokohama sign
   “Blue Ports” partnership``): a line alone in its box, ending on no stop, over the release's running text. The
   release's label and its release line (``PRESS RELEASE``, ``For immediate release – 12 March 2025``) are front.
   A sentence that ends on its stop stays the body's.
2. A report's title over its subtitle naming whom the work is for (``Summary for the Tourism Promotion Committee``,
   ``Overview for the Transport Scrutiny Board``): the first line is the title, the second its subtitle, though the
   second names an organisation; a line that only names an organisation under a title stays the speaker's (and a
   client's line, ``Report to …``, ``Prepared for …``, stays front as before).
3. A calendar's month (``September``, ``4月``), a date or a timetable's row is never a title: a calendar read as a
   paper is titled by its first line.
"""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk, text_of as _t


def _titles(talk):
    return _t(talk.title.ja), _t(talk.title.en)


def _front(talk):
    return [p.text for p in talk.front]


# --- 2. a title over its subtitle naming whom it is for ------------------------------------------------------------

REPORT_BODY = """
1 Current situation
- Visitors in 2024: 11.2 million
- Average stay: 1.6 nights
2 Goals
- Raise the average stay to 2.0 nights
3 Monitoring
The committee will review progress every year using the visitor survey and
the accommodation tax statistics, and will publish the results each spring.
"""


@pytest.mark.parametrize("title, subtitle, issuer", [
    ("Kanazawa City Tourism Strategy 2025-2029", "Summary for the Tourism Promotion Committee",
     "Planning Division, Kanazawa City Tourism Bureau"),
    ("Harbourside Cycling Plan 2026", "Overview for the Transport Scrutiny Board",
     "Transport Policy Team, Harbourside Borough Council"),
    ("Annual Water Quality Review", "Briefing for the Environment Committee",
     "Water Services Unit, Lakeside District Council"),
])
def test_a_title_over_a_subtitle_naming_whom_it_is_for_title53(title, subtitle, issuer):
    talk, _ = only_talk(f"{title}\n{subtitle}\n{issuer}\n{REPORT_BODY}")
    assert _titles(talk) == (None, title)
    assert _t(talk.subtitle.en) == subtitle
    assert _t(talk.speaker.affiliation) == issuer or _t(talk.speaker.text) == issuer


def test_an_organisation_under_a_title_stays_the_speaker_s_title53():
    """The line under the title only names a body: no subtitle (the current reading, kept)."""
    title, issuer = "Coastal Flood Warnings in Small Harbours", "Northfield Transit Authority"
    talk, _ = only_talk(f"{title}\n{issuer}\n{REPORT_BODY}")
    assert _titles(talk) == (None, title)
    assert _t(talk.subtitle.en) is None


@pytest.mark.parametrize("text, expected", [
    ("Summary for the Tourism Promotion Committee", True), ("Report to the Board of Trustees", True),
    ("Briefing for the Environment Committee", True), ("Annual Report of the Harbour Authority", True),
    ("Centre for Coastal Research", False), ("Office for National Statistics", False),
    ("Survey Office of the Port Authority", False), ("Institute for Urban Mobility", False),
])
def test_a_work_for_an_organisation_is_a_title_s_phrase_title53(text, expected):
    from pipeline.segment.organisations import organisation_line, title_phrase

    assert title_phrase(text) is expected
    assert organisation_line(text) is not expected
