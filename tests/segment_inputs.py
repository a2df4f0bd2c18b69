"""Cleaned records for segment tests, made without the clean stage.

These helpers build the record the clean stage's contract promises, crudely,
so the segment stage can be tested on its own: blank lines dropped,
full-width ASCII letters and digits made ASCII, and doubled page numbers
(``１１``, ``１０１０``, ``… ３３``) halved; each raw line's layout derived as
clean derives it (:func:`pipeline.layout.derived_layout`). Doubled text
layers and ghost lines are left alone: segment must survive them.
"""

from __future__ import annotations

import re

from pipeline.chardata import is_japanese
from pipeline.layout import blank_lines, derived_layout
from pipeline.model import Cleaned, Extracted, SourceFile, Text

_DOUBLED_NUMBER = re.compile(r"^(.*?)([０-９]{1,3})\2$")


def _width(t: Text) -> Text:
    chars = [chr(ord(c) - 0xFEE0) if ("０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ") else c for c in t.text]
    return Text("".join(chars), t.origin)


def _halve_page_number(t: Text) -> Text:
    m = _DOUBLED_NUMBER.match(t.text)
    if m and (not m.group(1) or m.group(1).endswith(" ")) and not is_japanese(t.text):
        return t[: m.end(2)]
    return t


def crude_clean(doc: Extracted) -> Cleaned:
    raw = doc.lines
    out: list[Text] = []
    for line in doc.raw_lines():
        t = _width(_halve_page_number(line.strip()))
        if t.text:
            out.append(t)
    return Cleaned(source=doc.source, lines=tuple(out), ledger=(), markers=doc.markers, line_count=len(raw),
                   layout=derived_layout(raw, doc.page_starts), blank_lines=blank_lines(doc))


def cleaned_from_text(text: str, name: str = "made-up.txt") -> Cleaned:
    """A made-up document, one cleaned line per non-blank line (already clean)."""
    raw = text.split("\n")
    lines = [Text.from_raw(s.strip(), line=i, col=len(s) - len(s.lstrip())) for i, s in enumerate(raw, start=1)]
    return Cleaned(
        source=SourceFile(file=name, sha256="0" * 64, kind="txt"),
        lines=tuple(t for t in lines if t.text),
        ledger=(),
        line_count=len(raw),
        layout=derived_layout(raw),
        blank_lines=tuple(i for i, s in enumerate(raw, start=1) if not s.strip()),
    )


def segmented_text(text: str):
    """A made-up document, one cleaned line per non-blank line (:func:`cleaned_from_text`, no extract or clean), through
    segment, with segment's conservation check held."""
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


def one_talk(text: str):
    """The one talk :func:`segmented_text` reads in a made-up document of one talk."""
    doc = segmented_text(text)
    assert len(doc.talks) == 1
    return doc.talks[0]


def run_text(text: str):
    """A made-up text dump through extract, clean and segment, with segment's conservation check held."""
    return run_file(text.encode("utf-8"), "made-up.txt")


def run_pdf(pdf: bytes):
    """A made-up PDF (reportlab, ``tests/pdfmaker.py``) through extract, clean and segment, conservation held."""
    return run_file(pdf, "made-up.pdf")


def run_file(data: bytes, name: str):
    """A made-up file's bytes through extract, clean and segment, with segment's conservation check held."""
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(data, name=name))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


def furniture(doc) -> list[tuple[str, str]]:
    """``(text, reason)`` of each page-furniture row segment wrote."""
    return [(r.text, r.reason) for r in doc.ledger if r.rule == "page_furniture"]


def paragraphs(talk) -> list[str]:
    """Every paragraph of a talk's sections, in order."""
    return [p.text for s in talk.sections for p in s.paragraphs]


def front_texts(talk) -> list[str]:
    """The text of each of a talk's ``front`` lines, in order."""
    return [t.text for t in talk.front]


def last_paragraphs(talk) -> list[str]:
    """The paragraphs of a talk's last section (``[]`` for a talk with none)."""
    return [p.text for p in talk.sections[-1].paragraphs] if talk.sections else []


def speaker_texts(talk) -> tuple[str | None, str | None]:
    """``(name, affiliation)`` of a talk's speaker, each ``None`` where not read."""
    sp = talk.speaker
    return (sp.name.text if sp.name is not None else None, sp.affiliation.text if sp.affiliation is not None else None)


def city_texts(talk) -> tuple[str | None, str | None]:
    """A talk's city as (Japanese, English) text, ``None`` where absent."""
    return tuple(t.text if t is not None else None for t in (talk.city.ja, talk.city.en))


def slide_rows(talk) -> list[tuple[int | None, str | None, list[str]]]:
    """``(number, title, lines)`` of each of a talk's slides, in order."""
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in talk.slides]


def titled_slides(*titles: str) -> list[tuple[int, str, list[str]]]:
    """The :func:`slide_rows` of slides numbered 1, 2, … each holding its title alone."""
    return [(n, t, []) for n, t in enumerate(titles, 1)]


# A school newsletter of two articles under its name and an issue line ({issue}), closed by its editor's and
# publisher's credits (tests/test_issue68.py, tests/test_newsletter68.py).
SCHOOL_NEWS = """\
Oakfield School News
{issue}

School Celebrates 100 Years
Pupils, parents and former teachers gathered on Friday to mark the school's centenary with songs and a picnic.

Pool Reopened After Repairs
The swimming pool is open again after the roof repairs. Lessons restart next week.

Newsletter Editor: Priya Shah
Published by Oakfield Primary School
"""
