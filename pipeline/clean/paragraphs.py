"""Hard wraps in the Japanese paper, joined back into paragraphs.

The paper was typeset at a fixed width and extracted one printed line per
line. Evidence of a wrap is the width: a line that fills the measure (its
display width within a few columns of the most common width of its paper's
Japanese lines, or of the whole document's when the paper alone is too
short to tell) was broken by the typesetter, not the author. A
page break shows as a line that starts with white space; it continues the
sentence before it.

A Japanese line joins the line before it when all of these hold:

* both are Japanese (never Japanese with English);
* the line before does not end a sentence (``。．！？!?``);
* the line before fills the measure, or this line starts with white space
  (page break);
* neither is a heading: a line starting with a section number (``1.``,
  ``3.1``, ``5\ufffd``, ``（1）``), a circled number (``①``), a bullet (``■○・``),
  or a lost glyph, that is shorter than the measure.

So ``…「灰色のまち」が「みどりのまち」`` (full) + ``によみがえった。`` join, but a
short line ending in ``」`` or ``）`` ends its paragraph, as does every line
ending in ``。``.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.model import Text
from pipeline.clean.edits import Change, Line
from pipeline.chardata import has_japanese

SENTENCE_END = "。．！？!?"
MIN_MEASURE = 40      # columns; narrower "measures" are headings lining up, not wraps
MIN_SUPPORT = 0.3     # share of Japanese lines that must sit at the measure
SHORT_BY = 4          # a full line may end up to two wide characters short (kinsoku)
LONG_BY = 16          # or run over by a few (hanging punctuation)

_HEADING = re.compile(
    r"^(?:\ufffd|[0-9]+(?:[.．、\ufffd]|[.．\ufffd][0-9]+)|[（(][0-9]+[）)]|[\u2460-\u2473\u24ea\u2776-\u277f]|[■□◆◇●○◎・※▶►])"
)


def measure(lines: tuple[Line, ...]) -> int | None:
    """The paper's line width in columns, or ``None`` when no wrap width shows.

    >>> measure(tuple(Line(Text.inserted("x"), width=w) for w in [86, 85, 86, 87, 20]))
    """
    widths = [line.width for line in lines if line.width >= 20 and has_japanese(line.text.text)]
    if not widths:
        return None
    mode, _ = max(Counter(widths).items(), key=lambda item: (item[1], item[0]))
    near = sum(abs(w - mode) <= 3 for w in widths)
    if mode < MIN_MEASURE or near < max(5, MIN_SUPPORT * len(widths)):
        return None
    return mode


def _block_measures(lines: tuple[Line, ...]) -> dict[int, int | None]:
    """The measure for each line: its own block's (a run of Japanese lines, one
    paper) when the block shows one, else the document's. Two papers of one
    volume may be set at different widths."""
    document = measure(lines)
    out: dict[int, int | None] = {}
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and has_japanese(lines[end].text.text):
            end += 1
        block = lines[k:end] if end > k else lines[k:k + 1]
        own = measure(block) if end > k else None
        for line in block:
            out[id(line)] = own if own is not None else document
        k = max(end, k + 1)
    return out


def is_heading(text: str) -> bool:
    """A line that opens a section or a list item.

    >>> [is_heading(s) for s in ["（1）ものづくり部会", "3\\ufffd1 熊本城", "2005 年から", "① 鉄鋼"]]
    [True, True, False, True]
    """
    return _HEADING.match(text) is not None


def join_wrapped_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Join the paper's hard-wrapped lines and page breaks into paragraph lines.

    Why: segment and structure need paragraphs; the wraps are the
    typesetter's, and a sentence cut by a page break is one sentence.

    >>> full = "あ" * 43
    >>> lines = tuple(Line(Text.from_raw(s.strip(), n), indent=s.startswith(" "), width=len(s.strip()) * 2)
    ...               for n, s in enumerate([full] * 5 + ["（1）見出し", full, "おわり。", " つづき。"], 1))
    >>> [len(l.text) for l in join_wrapped_lines(lines)[0]]
    [215, 6, 47, 4]
    """
    measures = _block_measures(lines)

    def full(line: Line) -> bool:
        width = measures.get(id(line))
        return width is not None and width - SHORT_BY <= line.width <= width + LONG_BY

    def short_heading(line: Line) -> bool:
        return is_heading(line.text.text) and not full(line)

    paragraphs: list[list[Line]] = []
    opened_by_heading = False
    for line in lines:
        if paragraphs:
            prev = paragraphs[-1][-1]
            before, text = prev.text.text, line.text.text
            if (
                has_japanese(before)
                and has_japanese(text)
                and before[-1:] not in SENTENCE_END
                and (full(prev) or line.indent)
                and not opened_by_heading
                and not short_heading(line)
            ):
                paragraphs[-1].append(line)
                continue
        paragraphs.append([line])
        opened_by_heading = short_heading(line)
    return tuple(_joined(parts) for parts in paragraphs), []


def _joined(parts: list[Line]) -> Line:
    """One line from the parts of a paragraph; a space only between two ASCII words."""
    pieces: list[Text] = []
    for k, part in enumerate(parts):
        if k:
            before, after = parts[k - 1].text.text[-1:], part.text.text[:1]
            if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
                pieces.append(Text.inserted(" "))
        pieces.append(part.text)
    return Line(Text.join(pieces), parts[0].indent, parts[-1].width)
