"""Where each cleaned character went: the segment stage's "nothing lost" check.

Every non-blank character of the cleaned lines must land in exactly one
*place* of the Segmented record: ``front``, ``contents``, a section's heading
or paragraphs, ``footnotes``, a slide's title, lines or notes, or a ledger row of the segment stage
(page numbers, page furniture); or a talk's city, title, subtitle or speaker
text where that text stands nowhere else (a Japanese title line, an English
paper's title). Texts that repeat a place (``city.en`` inside a cover line,
an English deck's title, ``speaker.name`` and each author's name, marks and
affiliation inside the speaker lines, a
section's ``title`` inside its heading) are *views* and must point inside
the places. Layout white space between pieces is not counted; an
ideographic space is a character and is (:func:`pipeline.chardata.is_layout_space`).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from pipeline.chardata import is_layout_space
from pipeline.model import Cleaned, Pos, Segmented, Talk, Text, spelled_out, spellings_of
from pipeline.vocab import Rule

SEGMENT_RULES = frozenset({Rule.SLIDE_NUMBER, Rule.PAGE_FURNITURE, Rule.JOIN_WORD_ACROSS_PAGES, Rule.JOIN_TITLE_WORD,
                           Rule.MERGE_BUILD_UP,
                           Rule.SET_ASIDE_FIGURE_TEXT, Rule.SET_ASIDE_EMPTY_HEADING, Rule.MERGE_COVER_COPY, Rule.CLOSE_UP_LETTERSPACED_TITLE,
                           Rule.TRIM_TITLE_PART, Rule.TRIM_HEADING, Rule.READ_CITY_LINE_EN, Rule.READ_CITY_LINE_JA,
                           Rule.SET_ASIDE_END_MARK, Rule.SET_ASIDE_SEPARATOR, Rule.DROP_DOUBLED_ROW})


def body_places(talk: Talk) -> Iterator[Text]:
    """The texts of a talk that always hold cleaned characters (each character in one of them)."""
    yield from talk.front
    yield from talk.contents
    for s in talk.sections:
        yield s.heading if s.heading is not None else s.title
        yield from s.paragraphs
    yield from talk.footnotes
    for sl in talk.slides:
        if sl.title is not None:
            yield sl.title
        yield from sl.lines
        yield from sl.notes


def head_texts(talk: Talk) -> Iterator[Text]:
    """City, title, subtitle and speaker texts: a place of their own, or a view of the body."""
    for t in (talk.city.ja, talk.city.en, talk.title.ja, talk.title.en, talk.title.ko, talk.subtitle.ja, talk.subtitle.en, talk.speaker.text):
        if t is not None:
            yield t


def _head_places(talk: Talk, held: frozenset = frozenset()) -> list[Text]:
    """The head texts that stand nowhere in the body, each once: a head text inside another (``city.en``
    ``NAHA`` inside an English title ``CITY OF NAHA`` that is a place of its own) is a view of it, and so is one
    inside a ledger row of the segment stage (``held``, its characters' keys: the city a printed web page's browser
    header names, the header itself page furniture)."""
    inside = set(_chars(body_places(talk))) | held
    own: list[Text] = []
    for t in sorted(head_texts(talk), key=lambda t: -len(t.text)):
        if not _within(t, inside):
            own.append(t)
            inside |= set(_chars([t]))
    return own


def places(talk: Talk, held: frozenset = frozenset()) -> Iterator[Text]:
    """Every place of a talk: the body's, and the head texts that stand nowhere in the body (nor in ``held``)."""
    yield from body_places(talk)
    yield from _head_places(talk, held)


def views(talk: Talk, held: frozenset = frozenset()) -> Iterator[Text]:
    """The texts of a talk that repeat characters of its places (or of the segment stage's ledger rows, ``held``)."""
    own = {id(t) for t in _head_places(talk, held)}
    for t in head_texts(talk):
        if id(t) not in own:
            yield t
    for t in (talk.speaker.affiliation, talk.speaker.name):
        if t is not None:
            yield t
    for author in talk.speaker.authors:
        yield author.name
        yield from author.marks
        if author.affiliation is not None:
            yield author.affiliation
    for s in talk.sections:
        if s.heading is not None:
            yield s.title


def _within(t: Text, inside: set) -> bool:
    keys = [(pos, c) for c, pos in zip(t.text, t.origin) if pos is not None and not is_layout_space(c)]
    return bool(keys) and all(_inside(k, inside) for k in keys)


def _inside(key: tuple[Pos, str], inside: set) -> bool:
    """A view's character stands at its position in the placed text, in the same letter or in its other case: a city
    printed in capitals is given in its usual case, each letter at its printed position (``OSAKA`` → ``Osaka``:
    :func:`~pipeline.segment.places.in_usual_case`)."""
    pos, c = key
    return key in inside or (pos, c.upper()) in inside or (pos, c.lower()) in inside


def _chars(texts) -> Counter[tuple[Pos, str]]:
    counts: Counter[tuple[Pos, str]] = Counter()
    for t in texts:
        for c, pos in zip(t.text, t.origin):
            if pos is not None and not is_layout_space(c):
                counts[(pos, c)] += 1
    return counts


def conservation_problems(before: Cleaned, after: Segmented) -> list[str]:
    """Characters lost, duplicated or invented by segment (empty when all is well)."""
    spellings = spellings_of(before.markers)  # a row names a spelled-out lost glyph whole: count it so everywhere
    # a row extraction set aside that segment put back (a PDF's running head that is its title:
    # ``furniture.titles_set_aside``) is text segment places like a cleaned line's
    kept = set(after.ledger)
    # (cleaned as segment cleans it: ``pipeline.clean.clean_set_aside``; what the rules changed is in clean's rows)
    from pipeline.clean import clean_set_aside

    restored = [clean_set_aside(row, before.markers, before.layout[row.line - 1].drawn_spaces
                                if 1 <= row.line <= len(before.layout) else ())[0] for row in before.ledger
                if row.rule == Rule.SET_ASIDE_PAGE_FURNITURE and row not in kept]
    expected = _chars(spelled_out(t, spellings) for t in [*before.lines, *restored])
    ledger: Counter[tuple[Pos, str]] = Counter()
    for row in after.ledger:
        if row.rule in SEGMENT_RULES:
            for i, c in enumerate(row.text):
                if not is_layout_space(c):
                    ledger[((row.line, row.col + i), c)] += 1
    held = frozenset(ledger)
    placed = _chars(spelled_out(t, spellings) for t in [*after.unassigned, *(t for talk in after.talks for t in places(talk, held))])
    placed.update(ledger)
    problems = []
    for key in sorted(set(expected) | set(placed), key=lambda k: (k[0] or (0, 0), k[1])):
        if expected[key] != placed[key]:
            (line, col), c = key
            problems.append(f"line {line} col {col} {c!r}: cleaned {expected[key]} time(s), placed {placed[key]} time(s)")
    inside = set(placed)
    for talk in after.talks:
        for t in views(talk, held):
            t = spelled_out(t, spellings)
            for c, pos in zip(t.text, t.origin):
                if pos is not None and not is_layout_space(c) and not _inside((pos, c), inside):
                    problems.append(f"talk {talk.id}: view text {t.text!r} points outside the placed text at {pos}")
                    break
    return problems
