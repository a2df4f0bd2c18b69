"""Hard wraps in a paper, joined back into paragraphs.

Moved here from the clean stage: whether two printed lines are one paragraph
depends on the document's structure (its headings, its page furniture, the
measure of its own lines), which segment knows. It runs on a paper's body
after page furniture has left it and headings have been told apart.

The paper was typeset at a fixed width and extracted one printed line per
line. Evidence of a wrap is the width: a line that fills the measure (its
display width within a few columns of the widest common width of its
paper's Japanese lines, or of the whole document's when the paper is too
short to tell) was broken by the typesetter, not the author. The measure
needs only :data:`MIN_SUPPORT_LINES` lines to show it, so a short paper's
wraps are joined too. A page break (``Cleaned.layout``) continues the
sentence before it.

A Japanese line joins the line before it when all of these hold:

* both hold Japanese (never a Japanese line with an English one);
* the line before does not end a sentence (``。．！？!?``);
* the line before fills the measure, or a page starts between them;
* the line is not indented on its page (an indent such as ``　`` opens a
  paragraph);
* neither is a heading or a list item: a line starting with a section
  number (``1.``, ``3.1``, ``5\\ufffd``, ``（1）``, ``第1章``), a circled number
  (``①``), a reference number (``[1]``), a bullet (``■○・``) or a lost glyph,
  that is shorter than the measure.

So ``…「灰色のまち」が「みどりのまち」`` (full) + ``によみがえった。`` join, but a
short line ending in ``」`` or ``）`` ends its paragraph, as does every line
ending in ``。``.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.chardata import has_japanese
from pipeline.model import Text
from pipeline.segment.layout import Layout

SENTENCE_END = "。．！？!?"
MIN_MEASURE = 40      # columns; narrower "measures" are headings lining up, not wraps
MIN_SUPPORT = 0.3     # share of Japanese lines that must sit at the measure
MIN_SUPPORT_LINES = 2  # and at least this many (a short paper shows its measure on two lines)
SHORT_BY = 4          # a full line may end up to two wide characters short (kinsoku)
LONG_BY = 16          # or run over by a few (hanging punctuation)

_HEADING = re.compile(
    r"^(?:\ufffd|[0-9]+(?:[.．、\ufffd]|[.．\ufffd][0-9]+)|[（(][0-9]+[）)]|\[[0-9]+\]|第[0-9一二三四五六七八九十]+[章節]"
    r"|[\u2460-\u2473\u24ea\u2776-\u277f]|[■□◆◇●○◎・※▶►])"
)


def measure(widths: list[int]) -> int | None:
    """The line width in columns at which the text was wrapped, or ``None`` when no wrap width shows.

    The most common width (the wider on a tie) is the measure when enough
    lines sit within 3 columns of it: :data:`MIN_SUPPORT` of the lines, and
    at least :data:`MIN_SUPPORT_LINES`.

    >>> measure([86, 85, 86, 87, 20]), measure([84, 84, 50]), measure([84, 30, 20, 22])
    (86, 84, None)
    """
    widths = [w for w in widths if w >= 20]
    if not widths:
        return None
    mode, _ = max(Counter(widths).items(), key=lambda item: (item[1], item[0]))
    near = sum(abs(w - mode) <= 3 for w in widths)
    if mode < MIN_MEASURE or near < max(MIN_SUPPORT_LINES, MIN_SUPPORT * len(widths)):
        return None
    return mode


def is_heading(text: str) -> bool:
    """A line that opens a section or a list item.

    >>> [is_heading(s) for s in ["（1）ものづくり部会", "3\\ufffd1 熊本城", "2005 年から", "① 鉄鋼", "[1] 大向"]]
    [True, True, False, True, True]
    """
    return _HEADING.match(text) is not None


def paper_measure(lines: list[Text], layout: Layout) -> int | None:
    """The measure of a paper's Japanese lines."""
    return measure([layout.width(t) for t in lines if has_japanese(t.text)])


def join_wraps(lines: list[Text], layout: Layout, measure_width: int | None, headings: frozenset[int] = frozenset()) -> list[Text]:
    """Join a run of body lines into paragraph lines (``headings``: indexes that are headings, never joined).

    >>> full = "あ" * 43
    >>> texts = [Text.from_raw(s, n) for n, s in enumerate([full] * 5 + ["（1）見出し", full, "おわり。", "つづき。"], 1)]
    >>> [len(t) for t in join_wraps(texts, Layout.plain(), 86)]
    [215, 6, 47, 4]
    """
    widths = _block_measures(lines, layout, measure_width)

    def full(k: int) -> bool:
        width = widths[k]
        return width is not None and width - SHORT_BY <= layout.width(lines[k]) <= width + LONG_BY

    def short_heading(k: int) -> bool:
        return k in headings or (is_heading(lines[k].text) and not full(k))

    paragraphs: list[list[int]] = []
    opened_by_heading = False
    for k, line in enumerate(lines):
        if paragraphs:
            prev = lines[paragraphs[-1][-1]]
            before, text = prev.text, line.text
            page_break = layout.page_break_before(prev, line)
            if (
                has_japanese(before)
                and has_japanese(text)
                and before[-1:] not in SENTENCE_END
                and (full(paragraphs[-1][-1]) or page_break)
                and not (layout.indent(line) and not page_break)
                and not opened_by_heading
                and not short_heading(k)
            ):
                paragraphs[-1].append(k)
                continue
        paragraphs.append([k])
        opened_by_heading = short_heading(k)
    return [_joined([lines[k] for k in parts]) for parts in paragraphs]


def _block_measures(lines: list[Text], layout: Layout, fallback: int | None) -> list[int | None]:
    """The measure for each line: its block's (a run of Japanese lines: one paper, or one part of it set
    at its own width) when the block shows one, else ``fallback`` (the paper's or the document's)."""
    out: list[int | None] = [fallback] * len(lines)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and has_japanese(lines[end].text):
            end += 1
        if end > k:
            own = measure([layout.width(t) for t in lines[k:end]])
            if own is not None:
                out[k:end] = [own] * (end - k)
        k = max(end, k + 1)
    return out


def _joined(parts: list[Text]) -> Text:
    """One text from the parts of a paragraph; a space only between two ASCII words."""
    pieces: list[Text] = []
    for k, part in enumerate(parts):
        if k:
            before, after = parts[k - 1].text[-1:], part.text[:1]
            if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
                pieces.append(Text.inserted(" "))
        pieces.append(part)
    return Text.join(pieces)
