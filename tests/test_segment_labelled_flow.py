"""Lines that give a label (and its value) in the flow of a paper's text, each as made-up documents of its kind
(trial 21's minutes: a ``Decision:`` line wrapped into the sentence before it; the closing ``Action items:`` and
``Next meeting:`` blocks read as the last agenda item's text)."""

from __future__ import annotations

from tests.segment_inputs import paragraphs, run_text

MINUTES = """\
Harbour Rowing Club Committee
Minutes of the meeting held on 2 February 2026
Present: Ruth Okafor, Ivan Petrov, Mei Lin
Apologies: Tom Grady

1. Boat shed repairs
The roof over the second bay has been leaking since the January storms.
Ivan obtained two quotes and the cheaper one covers the gutters as well.
Resolved: the committee accepts the quote from Bayside Roofing.

2. Summer regatta
Mei reported that twelve crews have entered so far, two more than last year.
The harbour master has approved the course for the morning of 14 June.
Outcome: entries stay open until the end of April.

3. Treasurer's report
The accounts show a small surplus after the winter maintenance costs.

Actions:
- Ivan: book the roofers for March
- Mei: order medals for the regatta
- Ruth: send the accounts to members

Next meeting: 2 March 2026, 19:30, clubhouse
"""


def _sections(doc):
    return [(s.number, s.title.text, [p.text for p in s.paragraphs]) for s in doc.talks[0].sections]


def test_a_label_and_its_value_after_a_sentence_is_a_line_of_its_own() -> None:
    doc = run_text(MINUTES)
    paras = paragraphs(doc.talks[0])
    assert "Resolved: the committee accepts the quote from Bayside Roofing." in paras
    assert "Outcome: entries stay open until the end of April." in paras
    assert not any(p.endswith("as well. Resolved: the committee accepts the quote from Bayside Roofing.") for p in paras)


def test_labelled_blocks_after_the_numbering_are_sections_of_their_own() -> None:
    # a label alone over its items heads a section; a closing field (``Next meeting: …``) is front matter as the
    # fields at the top are (issue 16: closing fields are fields, not sections)
    doc = run_text(MINUTES)
    sections = _sections(doc)
    assert [(n, t) for n, t, _ in sections] == [("1", "Boat shed repairs"), ("2", "Summer regatta"),
                                                ("3", "Treasurer's report"), (None, "Actions")]
    assert sections[2][2] == ["The accounts show a small surplus after the winter maintenance costs."]
    assert sections[3][2] == ["- Ivan: book the roofers for March", "- Mei: order medals for the regatta",
                              "- Ruth: send the accounts to members"]
    assert [t.text for t in doc.talks[0].front][-1] == "Next meeting: 2 March 2026, 19:30, clubhouse"


def test_a_labelled_block_stays_where_blank_lines_part_paragraphs_too() -> None:
    # blank lines inside a section part its paragraphs: one after the last section's text is no evidence of a
    # closing block, which stays the section's own
    text = MINUTES.replace("covers the gutters as well.\n", "covers the gutters as well.\n\n")
    sections = _sections(run_text(text))
    assert [t for _, t, _ in sections] == ["Boat shed repairs", "Summer regatta", "Treasurer's report"]
    assert "- Mei: order medals for the regatta" in sections[2][2]


# An FAQ under a heading of its own: its questions and answers are that section's paragraphs (trial 21's user guide:
# ``Q:`` lines under ``3. Frequently asked questions`` became subsections and left the section empty).

MANUAL_FAQ = """\
Tide Logger Handbook
Revision 3

1. Setting up
Mount the logger on a pile below the lowest tide and connect the battery pack.
Check that the green lamp flashes twice.

2. Questions and answers
Q1. How often does the logger record?
A. Every six minutes, as tide gauges usually do.
Q2. Can the battery be changed at sea?
A. Only in calm weather; the case must stay dry.

3. Maintenance
Clean the sensor each month with fresh water.
"""

MANUAL_FAQ_JA = """\
水位計 取扱説明書

1．設置
水位計は最低潮位より下の杭に取り付け、電池を接続してください。

2．よくある質問
Ｑ１．記録の間隔はどれくらいですか。
Ａ．６分ごとに記録します。
Ｑ２．海上で電池を交換できますか。
Ａ．波の穏やかな日に限ります。

3．保守
毎月、センサーを真水で洗ってください。
"""


def test_questions_under_a_heading_are_its_paragraphs() -> None:
    sections = _sections(run_text(MANUAL_FAQ))
    assert [(n, t) for n, t, _ in sections] == [("1", "Setting up"), ("2", "Questions and answers"), ("3", "Maintenance")]
    assert sections[1][2] == ["Q1. How often does the logger record?", "A. Every six minutes, as tide gauges usually do.",
                              "Q2. Can the battery be changed at sea?", "A. Only in calm weather; the case must stay dry."]


def test_japanese_questions_under_a_heading_are_its_paragraphs() -> None:
    sections = _sections(run_text(MANUAL_FAQ_JA))
    assert [(n, t) for n, t, _ in sections] == [("1", "設置"), ("2", "よくある質問"), ("3", "保守")]
    assert sections[1][2][0] == "Q1．記録の間隔はどれくらいですか。" and len(sections[1][2]) == 4


# A text dump's footnotes (``¹ See …``, ``* …``, ``[1] …`` at a page's foot or after the body, each called in the
# body before it) are the talk's footnotes, read apart from the body: never the last section's paragraphs, never a
# break in a paragraph that runs on over the page.

NOTES_DUMP = """\
The Quiet Harbour
Anna Berg

1. Introduction
The harbour was dredged in 1998 after two winters of silting.¹ The work took two years and
cost more than the council had planned for, as the minutes of the time record.* The dredging

¹ See the port archive, box 14, for the contract and the surveys.
* Council minutes, 12 March 1999.

- 1 -

was paid for by the port's own levy.

2. Findings
Trade came back within a decade of the dredging and the fish market reopened in 2009.[1]
The number of moorings doubled between 2005 and 2015.
\f3. Outlook
Things to bring to the open day:
* a hat
* water

[1] Figures from the harbour master's annual reports.
"""


def test_a_dumps_footnotes_are_read_apart_from_the_body() -> None:
    (talk,) = run_text(NOTES_DUMP).talks
    assert [n.text for n in talk.footnotes] == ["¹ See the port archive, box 14, for the contract and the surveys.",
                                                "* Council minutes, 12 March 1999.",
                                                "[1] Figures from the harbour master's annual reports."]
    sections = [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]
    assert [t for t, _ in sections] == ["Introduction", "Findings", "Outlook"]
    assert sections[0][1] == ["The harbour was dredged in 1998 after two winters of silting.¹ The work took two years "
                              "and cost more than the council had planned for, as the minutes of the time record.* "
                              "The dredging was paid for by the port's own levy."]
    assert sections[2][1] == ["Things to bring to the open day:", "* a hat", "* water"]  # nothing calls them


def test_a_note_call_after_a_full_stop_ends_the_sentence_at_a_page_break() -> None:
    # ``…record.*`` ends its sentence: the numbered heading on the next page is no wrap of it
    text = NOTES_DUMP.replace("the time record.* The dredging\n", "the time record.*\n").replace(
        "- 1 -\n\nwas paid for by the port's own levy.\n\n2. Findings", "\f2. Findings")
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["Introduction", "Findings", "Outlook"]
