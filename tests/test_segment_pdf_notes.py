"""Notes of every kind a document prints (issue 16 point 2, PDF notes; made-up inputs, reportlab PDFs):

- a page's notes at its foot with no rule drawn above them, set smaller than the body and opening on a note's mark,
  over the page's number set at the body's size, are footnotes (the number had stopped them: they were body text);
- endnotes under a ``Notes`` / ``注`` / ``註`` heading at the document's end are a section of their own, each note
  a paragraph (decision: the document prints them as a section, as it prints its references; they were the last
  section's paragraphs, or numbered sections, or a dump's footnotes with the heading left behind);
- a table's notes (``Note: …``, ``注：…``) right under the table stay with the table, never footnotes (under the
  table's closing rule they were the page's footnotes; a dump's ``注：`` under a table's rows was a footnote).
"""

from __future__ import annotations

import io

import pytest

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from tests.segment_inputs import cleaned_from_text, paragraphs

BODY = ["The counters on the harbour road were read every morning by one of the two observers on",
        "duty, and the totals were written into the log before the first ferry left the pier at seven.",
        "Each count was checked against the camera by a second observer on one day in ten, and the",
        "two counts differed by less than three percent on every day that was checked so."]
NOTES = ["* The holiday weeks of the term are left out of every count.",
         "\u2020 A third observer checked the camera on the first day of each month."]


def _pdf(pages: list[list[tuple[str, float, float, float, str]]], rules: list[tuple[float, float, float]] = ()) -> bytes:
    """Pages of ``(font, size, x, y, text)`` runs (Helvetica), ``rules`` ``(x0, x1, y)`` drawn on the last page."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, 841.89), invariant=1)
    for k, page in enumerate(pages):
        for font, size, x, y, text in page:
            c.setFont(font, size)
            c.drawString(x, y, text)
        if k == len(pages) - 1:
            for x0, x1, y in rules:
                c.setLineWidth(0.5)
                c.line(x0, y, x1, y)
        c.showPage()
    c.save()
    return buf.getvalue()


def _body_page(title: str | None, number: int, calls: bool) -> list[tuple[str, float, float, float, str]]:
    runs, y = [], 780.0
    if title:
        runs.append(("Helvetica-Bold", 14, 60, y, title))
        y -= 30
    for para in range(6):
        for k, line in enumerate(BODY):
            text = line + ("*" if calls and para == 0 and k == 3 else "\u2020" if calls and para == 1 and k == 3 else "")
            runs.append(("Helvetica", 10, 60 + (12 if k == 0 else 0), y, text))
            y -= 13
        y -= 6
    runs.append(("Helvetica", 10, 293, 40, str(number)))  # the page's number at the body's size
    return runs


def _read(pdf: bytes):
    cleaned = clean(extract(pdf, name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    return talk


def test_notes_at_a_page_foot_with_no_rule_over_a_page_number_are_footnotes() -> None:
    first = _body_page("Counting Ferry Riders", 1, calls=True)
    first += [("Helvetica", 8, 60, 100, NOTES[0]), ("Helvetica", 8, 60, 90, NOTES[1])]
    talk = _read(_pdf([first, _body_page(None, 2, calls=False)]))
    assert [f.text for f in talk.footnotes] == NOTES
    assert not any(n[2:20] in p for p in paragraphs(talk) for n in NOTES)


def test_a_tables_note_under_its_closing_rule_stays_with_the_table() -> None:
    page = _body_page("Counting Ferry Riders", 1, calls=False)[:-1]
    rows = [("Year", "Riders", "Change"), ("2023", "12,480", "-"), ("2024", "15,210", "21.9")]
    y = 190.0
    page.append(("Helvetica", 10, 60, y + 16, "Table 1: Riders a year."))
    for row in rows:
        page += [("Helvetica", 10, x, y, cell) for x, cell in zip((60, 160, 240), row)]
        y -= 13
    note = "Note: Figures for 2024 are provisional."
    page.append(("Helvetica", 8, 60, y - 6, note))
    talk = _read(_pdf([page], rules=[(60, 280, y + 9)]))
    assert not any(note in f.text for f in talk.footnotes)
    text = [t.text for t in talk.front] + paragraphs(talk)  # a paper without headings: its text is its front
    assert text[text.index("2024\t15,210\t21.9") + 1] == note  # right under the table's last row


PROSE = ["The measurements were taken on working days only, between the first and the last week of the term.",
         "A second observer repeated one day in ten, and the two counts differed by less than three percent."]
HEAD_EN = ["Counting Ferry Riders", "", "Ines Moura, University of Porto", "", "1. Introduction", "", PROSE[0] + "\u00b9",
           "", "2. Method", "", PROSE[1] + "\u00b2", ""]
HEAD_JA = ["港町の渡船利用", "", "山本 一郎（北九州市立大学）", "", "1．はじめに", "", "渡船の利用者を数えた(1)。", "",
           "2．方法", "", "毎朝数えた(2)。", ""]


@pytest.mark.parametrize("head, heading, notes, after", [
    (HEAD_EN, "Notes", ["1. The counts exclude the holiday weeks of the term.", "2. The camera was checked by a third observer."],
     ["", "References", "", "[1] A. Berg, Ferries of the North, 2001."]),
    (HEAD_EN, "Notes", ["\u00b9 The counts exclude the holiday weeks of the term.", "\u00b2 The camera was checked by a third observer."], []),
    (HEAD_JA, "注", ["1) 休日は除く。", "2) カメラで確かめた。"], ["", "参考文献", "", "[1] 山田 (2001) 渡船。"]),
    (HEAD_JA, "註", ["(1) 休日は除く。", "(2) カメラで確かめた。"], []),
], ids=["Notes 1.", "Notes superscript", "注 1)", "註 (1)"])
def test_endnotes_under_their_heading_are_a_section_of_notes(head, heading, notes, after) -> None:
    cleaned = cleaned_from_text("\n".join(head + [heading, ""] + notes + after))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    by_title = {s.title.text: s for s in talk.sections}
    assert [s.number for s in talk.sections if s.number] == ["1", "2"]  # no note is a numbered section
    assert [p.text for p in by_title[heading].paragraphs] == notes
    assert talk.footnotes == ()
    assert heading not in [p.text for s in talk.sections if s.title.text != heading for p in s.paragraphs]


def test_a_notes_heading_over_prose_is_no_endnotes() -> None:
    cleaned = cleaned_from_text("\n".join(HEAD_EN + ["Notes", ""] + PROSE))
    (talk,) = segment(cleaned).talks
    assert "Notes" not in [s.title.text for s in talk.sections]


def test_a_tables_note_under_its_rows_in_a_dump_stays_with_the_table() -> None:
    text = "\n".join(HEAD_JA[:8] + ["表1　利用者数", "年度\t利用者\t増減", "2023\t12,480\t-", "2024\t15,210\t21.9",
                                    "注：2024年の値は速報値。", ""] + HEAD_JA[8:])
    cleaned = cleaned_from_text(text)
    (talk,) = segment(cleaned).talks
    assert talk.footnotes == ()
    assert "注：2024年の値は速報値。" in paragraphs(talk)
