"""A newsletter's dated articles: each headline over its date heads its article (session 55, trial 55c).

Correct result written first: three articles ``headline`` / ``14 September 2024`` / text are no diary's dated entries
(sections titled by their dates, each headline swallowed by the section before); the headlines head their sections
(the first may be the newsletter's title), each date the section's first paragraph. A diary whose dates open its
entries keeps one section a day.
"""

from __future__ import annotations

from segment_inputs import run_text

NEWS = """\
THE HARBOURSIDE BULLETIN · Issue 7 · Spring 2025

Harbour Clean-Up Draws Record Crowd
12 March 2025
More than sixty volunteers cleared the foreshore on Saturday morning, filling forty bags with plastic and
driftwood. The council lent gloves, pickers and a skip for the day.

New Ferry Timetable Starts in April With Earlier Sailings
2 April 2025
The first ferry will leave at 6:40 on weekdays, twenty minutes earlier than before, and the last will
return at 22:10. Season tickets keep their price for another year.

Library Opens on Sundays
19 April 2025
From the end of April the harbour library opens from noon to four on Sundays. Volunteers are still
needed for the reading corner and the book sale.
"""


def test_headlines_over_their_dates_head_the_articles():
    [talk] = run_text(NEWS).talks
    headlines = ["Harbour Clean-Up Draws Record Crowd", "New Ferry Timetable Starts in April With Earlier Sailings",
                 "Library Opens on Sundays"]
    # the masthead's name is the title, or the first headline is (then the others head sections)
    title = talk.title.en.text if talk.title.en is not None else None
    titles = [s.title.text for s in talk.sections]
    assert titles == (headlines[1:] if title == headlines[0] else headlines), (title, titles)


def test_a_diary_keeps_a_section_a_day():
    diary = "\n".join(["3 May 2024", "We walked to the harbour and watched the boats come in.",
                       "4 May 2024", "Rain all day. We stayed in and read.",
                       "5 May 2024", "The ferry was late, so we had lunch on the quay.", ""])
    [talk] = run_text(diary).talks
    assert [s.title.text for s in talk.sections] == ["3 May 2024", "4 May 2024", "5 May 2024"]
