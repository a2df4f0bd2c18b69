"""A report's named appendix and minutes' blank signature rules (issue 16 point 2; helper misc55, trial 55b).

A text dump's ``Appendix A Site Visits`` heads ``A.1 …``, ``A.2 …`` under it, each a section one level down; the
appendix keeps ``number`` null (the talk JSON's section numbers are digits, docs/talk-json.md: the heading keeps the
letter). Minutes that close on blank rules to sign on, set side by side, over the posts that sign them
(``______   ______`` / ``Chair   Secretary``) give those lines to ``front`` with the other closing fields, never
to the last item's paragraphs.

Every document here is made up (none is a trial's text); the results were written down before the rules. The
negatives: ``A.1`` lines with no appendix named over them stay text; a letter's ``A Note …`` under an appendix is
no subsection; a rule over words that are no posts stays in the last item.
"""

from __future__ import annotations

from segmenting import only_talk

REPORT = (
    "Harbour Footbridge Inspection 2024\n"
    "\n"
    "1 Introduction\n"
    "The footbridge over the inner harbour was inspected in October by two engineers of the city.\n"
    "\n"
    "2 Findings\n"
    "Corrosion was found on four of the twelve deck hangers, none of it deep enough to need a closure.\n"
    "\n"
    "References\n"
    "[1] Bridge Inspection Manual, 3rd ed. City Works Department, 2019.\n"
    "\n"
    "Appendix A Site Visits\n"
    "A.1 First Visit\n"
    "The first visit covered the north abutment and the first six hangers from the east side.\n"
    "\n"
    "A.2 Second Visit\n"
    "The second visit covered the south abutment and the remaining hangers from a boat.\n"
)


def _sections(talk):
    return [(s.number, s.level, s.title.text) for s in talk.sections]


def test_a_named_appendix_heads_its_numbered_subsections_in_a_text_dump():
    talk, _ = only_talk(REPORT)
    assert _sections(talk)[-3:] == [(None, 1, "Appendix A Site Visits"), (None, 2, "A.1 First Visit"),
                                    (None, 2, "A.2 Second Visit")]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "The second visit covered the south abutment and the remaining hangers from a boat."]


def test_lettered_lines_with_no_appendix_over_them_stay_text():
    text = REPORT.replace("Appendix A Site Visits\n", "Notes on the visits\n")
    talk, _ = only_talk(text)
    assert "A.1 First Visit" not in [s.title.text for s in talk.sections]


def test_a_sentence_opening_on_a_letter_under_an_appendix_is_no_subsection():
    text = REPORT.replace("A.1 First Visit\n", "A Note on the first visit was kept by the city\n")
    talk, _ = only_talk(text)
    titles = [s.title.text for s in talk.sections]
    assert not any(t.startswith("A Note") for t in titles)


MINUTES = (
    "TOWN OF ELMSWORTH\n"
    "Minutes of the Parks Committee\n"
    "Monday, 3 February 2025, 6:30 p.m.\n"
    "PRESENT: Councillor R. Osei (Chair); Councillors L. Brandt, S. Kaur\n"
    "\n"
    "1. CALL TO ORDER\n"
    "The Chair called the meeting to order at 6:32 p.m.\n"
    "\n"
    "2. PLAYGROUND RENEWAL\n"
    "MOVED by Councillor Kaur\n"
    "THAT the playground at Mill Green be renewed in the spring.\n"
    "CARRIED\n"
    "\n"
    "3. ADJOURNMENT\n"
    "The meeting was adjourned at 7:15 p.m.\n"
    "\n"
    "Approved as read:\n"
    "\n"
    "____________________          ____________________\n"
    "Chair                         Recording Secretary\n"
)


def test_blank_signature_rules_over_their_posts_are_closing_fields():
    talk, _ = only_talk(MINUTES)
    last = talk.sections[-1]
    assert last.title.text == "ADJOURNMENT"
    assert [p.text for p in last.paragraphs] == ["The meeting was adjourned at 7:15 p.m."]
    front = [t.text for t in talk.front]
    assert front[-3] == "Approved as read:"
    assert front[-2].replace("\t", " ").split() == ["____________________", "____________________"]
    assert front[-1].replace("\t", " ").split() == ["Chair", "Recording", "Secretary"]


def test_a_rule_over_words_that_are_no_posts_stays_in_the_last_item():
    text = MINUTES.replace("Chair                         Recording Secretary\n",
                           "Thanks to all the volunteers who came.\n")
    talk, _ = only_talk(text)
    assert "Thanks to all the volunteers who came." in [p.text for p in talk.sections[-1].paragraphs]
