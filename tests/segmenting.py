"""Segmenting a made-up text dump in a test through the real extract and clean stages, and reading its talk back:
the helpers the deck tests share (tests/segment_inputs.py cleans crudely instead, to test segment alone).

Every text is run through extract, clean and segment as ``pipeline run`` does, and the conservation check (every
raw character in the output or the ledger) is asserted on the way.
"""

from __future__ import annotations


def segment_text(text: str):
    """The segmented document of a made-up UTF-8 text, checked for conservation."""
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(text.encode("utf-8"), name="made-up.txt"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


def segment_pdf(data: bytes, name: str = "made-up.pdf"):
    """The segmented document of a made-up PDF, checked for conservation."""
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(data, name=name))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


def segment_file(path):
    """The segmented document of a test's input file (a ``pathlib.Path``): a PDF by its bytes, else UTF-8 text."""
    if path.suffix == ".pdf":
        return segment_pdf(path.read_bytes(), name=path.name)
    return segment_text(path.read_text(encoding="utf-8"))


def only_talk_of(path):
    """``(talk, ledger)`` of a test's input file that must give exactly one talk (:func:`segment_file`)."""
    doc = segment_file(path)
    [talk] = doc.talks
    return talk, doc.ledger


def only_talk(text: str):
    """``(talk, ledger)`` of a text that must give exactly one talk."""
    doc = segment_text(text)
    [talk] = doc.talks
    return talk, doc.ledger


def text_of(t):
    return t.text if t is not None else None


def authors_of(talk) -> list[tuple[str, str | None]]:
    """``(name, affiliation)`` of each author of the talk's speaker, in order."""
    return [(a.name.text, text_of(a.affiliation)) for a in talk.speaker.authors]


def slides_of(talk):
    """``(number, title, lines)`` of each slide."""
    return [(s.number, text_of(s.title), [t.text for t in s.lines]) for s in talk.slides]


def furniture_of(ledger):
    """``(reason, text)`` of each page-furniture row of the ledger."""
    return [(r.reason, r.text) for r in ledger if r.rule == "page_furniture"]


def paragraph_texts(talk):
    return [p.text for s in talk.sections for p in s.paragraphs]


def kept_texts(doc) -> list[str]:
    """Every paragraph's and ``front`` line's text of every talk of ``doc`` (what a furniture rule must not take)."""
    out = []
    for talk in doc.talks:
        out += paragraph_texts(talk)
        out += [text_of(t) for t in talk.front]
    return out


def talk_fields(talk):
    """``(title.ja, title.en, city.ja, city.en, speaker.text)`` of a talk, each a string or None."""
    return (text_of(talk.title.ja), text_of(talk.title.en), text_of(talk.city.ja), text_of(talk.city.en),
            text_of(talk.speaker.text))


def outline(talk):
    """A talk's sections as ``(level, title)`` pairs, in order."""
    return [(s.level, s.title.text) for s in talk.sections]


def talk_tables(talk) -> list[list[tuple[str, ...]]]:
    """Every table of ``talk``: its rows of cells, in the order of the front and the sections (tests/test_tables81.py,
    tests/test_jatab82.py)."""
    from pipeline.segment.tables import row_cells

    out = []
    places = [(talk.front, talk.front_tables)] + [(s.paragraphs, s.tables) for s in talk.sections]
    for paragraphs, marked in places:
        for first, n in marked:
            out.append([row_cells(p.text) for p in paragraphs[first:first + n]])
    return out


def talk_texts(talk) -> list[str]:
    """The text of every paragraph of ``talk``, the front's first."""
    return [p.text for p in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
