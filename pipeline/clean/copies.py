"""Doubled text layers a line apart or short: a PDF's second layer printed again where the layer rules of
:mod:`pipeline.clean.layers` ask for a copy right under its line and long enough to prove itself (decision, issue 16,
helper dup84; fresh-user trials 83a and 83b; docs/clean.md, *Copies a paragraph apart, rewrapped or short*).

Each kind has evidence of its own that the second copy is no writer's:

* a numbered heading printed again after its own paragraph (``4.2 Optional elements`` / its paragraph / ``4.2
  Optional elements``): a document counts its headings one by one, so the same number with the same words, no other
  number between, is the heading's copy, not a second section 4.2 (:func:`heading_copies`);
* a turn or paragraph printed again right after itself wrapped at other points (:func:`rewrapped_copies`): a writer's
  repeat, a refrain, is set with the same line breaks; the same words set at another measure are a second layer;
* a short line printed twice in a row where its neighbours show it is no refrain (:func:`short_copies`): a list's
  item where the list otherwise names distinct items (``・筆記用具`` twice), an English statement inside running
  text, a labelled line (``Action: …``) right under itself or after one blank line.

The second copy goes to the ledger whole (``doubled-layer``); the first stays.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from pipeline.chardata import JA, display_width, script_of
from pipeline.clean.edits import Change, Line, drop_spans
from pipeline.clean.layers import _COUNTED_LABEL, _SENTENCE_STOP, _long_line, _raw_line, chant
from pipeline.listmarks import BULLET_START
from pipeline.numbering import explicit_number

MAX_PARAGRAPH_LINES = 12
"""Lines (not blank) a heading's paragraph holds at most between the heading and its copy (:func:`heading_copies`)."""


def _numbered(text: str) -> bool:
    """``text`` opens on a number that counts it: a heading's (:func:`~pipeline.numbering.explicit_number`), an
    article's or a numbered question's label (``第5条``, ``Q1．``)."""
    if explicit_number(text) is not None:
        return True
    m = _COUNTED_LABEL.match(text)
    return m is not None and any(c.isdigit() or c in "一二三四五六七八九十百" for c in m.group(0))


def _numbered_heading(text: str) -> bool:
    """A numbered heading's shape: counted (:func:`_numbered`), words after the number (two letters at least:
    ``第５条（会費）``), no sentence's end, not running text by its length."""
    return (_numbered(text) and sum(c.isalpha() for c in text) >= 2 and _SENTENCE_STOP.search(text) is None
            and not _long_line(text))


def heading_copies(texts: Sequence[str], pages: Sequence[int | None], counts: Counter) -> list[int]:
    """The indices of ``texts`` (one line each, white space folded, ``""`` for a blank line) that are a numbered
    heading printed again after its own paragraph: the same line said exactly twice in the document, the lines
    between them one paragraph (1 to :data:`MAX_PARAGRAPH_LINES` lines, no blank line inside, each but the last
    running text by its length, :func:`_long_line`, the last ending on a sentence's end) with no counted line among
    them, both copies on one page (``pages``; a running head repeats
    the chapter's title on the next page), and the line after the copy not led like the paragraph's first (a form's
    field given twice, ``(72)【発明者】`` over ``【氏名】…`` for each inventor, heads a record of the same shape).

    Why: a document counts its headings one by one; a number met again with the same words and no number between is
    no second section but the heading drawn twice (fresh-user trial 83a's standard, ``4.2 Optional elements`` after its
    paragraph; furn83's rules, ``第５条（会費）`` after its clause). A contents list's entries stand among other
    numbers, and so stay.

    >>> heading_copies(["4.2 Optional elements", "A record may give a contact address, a spatial extent and keywords.",
    ...                 "", "4.2 Optional elements", "", "4.3 Conformance"], [1] * 6, Counter({"4.2 Optional elements": 2}))
    [3]
    >>> heading_copies(["1. Introduction", "2. Finances", "", "1. Introduction", "The board met six times in the year."],
    ...                [1] * 5, Counter({"1. Introduction": 2}))
    []
    """
    found: list[int] = []
    for b, h in enumerate(texts):
        if not h or counts[h] != 2 or not _numbered_heading(h):
            continue
        # (the paragraph between holds at most MAX_PARAGRAPH_LINES lines and a blank run at each end)
        a = next((k for k in range(b - 1, max(-1, b - MAX_PARAGRAPH_LINES - 4), -1) if texts[k] == h), None)
        if a is None or pages[a] != pages[b]:
            continue
        inner = list(texts[a + 1:b])
        while inner and not inner[0]:
            inner.pop(0)
        while inner and not inner[-1]:
            inner.pop()
        if not 1 <= len(inner) <= MAX_PARAGRAPH_LINES or not all(inner) or any(_numbered(t) for t in inner):
            continue  # one paragraph between, no blank line inside it (a talk's or a page's next block is no paragraph)
        if not all(_long_line(t) for t in inner[:-1]) or _SENTENCE_STOP.search(inner[-1]) is None \
                or not any(_long_line(t) for t in inner):
            continue  # one paragraph of running text: wrapped lines, its last ending a sentence (a talk's title is none)
        after = next((t for t in texts[b + 1:] if t), None)
        if after is not None and _lead(after) == _lead(inner[0]):
            continue  # the copy heads a record shaped like the first's: a form's field given twice (two inventors)
        found.append(b)
    return found


_LABEL_LEAD = re.compile(r"^(?:【[^】]{1,12}】|[^\s:：]{1,16}[:：])")


def _lead(text: str) -> str:
    """A line's lead: its bracketed or colon label (``【氏名】``, ``Name:``), else its first two characters."""
    m = _LABEL_LEAD.match(text)
    return m.group(0) if m is not None else text[:2]


MAX_TURN_LINES = 12
"""Lines a paragraph or turn holds at most for :func:`rewrapped_copies` to look for its rewrapped copy."""


def _key(text: str) -> str:
    return "".join(text.split())


def rewrapped_copies(texts: Sequence[str]) -> list[int]:
    """The indices of ``texts`` (as :func:`heading_copies`) that are a paragraph or turn printed again right after
    itself (a blank line between them or none) with its lines broken at other points: the same characters, white
    space aside, said exactly twice in the document, running text by its length (:func:`_long_line`) that ends on a
    sentence's end, opens where
    a paragraph may (the dump's start, after a blank line or a sentence's end), is no chant (:func:`chant`), and its
    two copies differ in where their lines break.

    Why: a PDF's second layer set at another measure (fresh-user trial 83a's lecture transcript: a question turn
    printed again, rewrapped). A writer's repeat, a refrain, is set with the same line breaks; the rules of
    :mod:`pipeline.clean.layers` weigh copies line by line and leave those.

    >>> rewrapped_copies(["Q: Did the shopkeepers oppose the works while the street was", "closed for a year?", "",
    ...     "Q: Did the shopkeepers oppose the works while", "the street was closed for a year?"])
    [3, 4]
    >>> rewrapped_copies(["The sea is calm tonight and the boats are in.", "The sea is calm tonight and the boats are in."])
    []
    """
    found: list[int] = []
    n = len(texts)
    keys = [_key(t) for t in texts]
    j = 1
    while j < n:
        match = None
        if texts[j]:
            head = keys[j]
            for i in range(max(0, j - MAX_TURN_LINES - 1), j):
                start = keys[i]
                if not start or not (start.startswith(head) or head.startswith(start)):
                    continue  # the copy opens as the first copy does
                first = list(texts[i:j])
                if first and not first[-1]:
                    first.pop()  # one blank line between the copies
                if not first or any(not t for t in first) or not texts[i]:
                    continue
                if i > 0 and texts[i - 1] and _SENTENCE_STOP.search(texts[i - 1]) is None:
                    continue  # the first copy must open a paragraph or a sentence
                key = "".join(keys[i:i + len(first)])
                got = ""
                k = j
                while k < n and texts[k] and len(got) < len(key) and key.startswith(keys[k], len(got)):
                    got += keys[k]
                    k += 1
                if got != key or [keys[m] for m in range(j, k)] == keys[i:i + len(first)]:
                    continue
                joined = " ".join(first)
                if not _long_line(joined) or _SENTENCE_STOP.search(joined) is None or chant(joined):
                    continue
                if "".join(keys).count(key) != 2:
                    continue  # a text said more than twice (a filler, a boilerplate) is the writer's
                match = (j, k)
                break
        if match is None:
            j += 1
            continue
        found.extend(range(*match))
        j = match[1]
    return found


DITTO = frozenset({"同上", "同", "〃", "仝", "同左", "同右", "ditto", "do.", "same", "same as above"})
"""An item's body that says "the same as the line above" (the ditto mark 〃 and its words, JIS Z 8301's usage in
forms, and English ``ditto``/``do.``): repeated in a row on purpose, never a layer's copy. A closed list: these are the
words a list or form writes for it."""

_LABELLED = re.compile(r"^(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}|[^\x00-\x7f\s]{2,6})\s*[:：]\s*(?P<value>\S.*)$")
"""A labelled line (``Action: Secretary to send the dates.``, ``対応：事務局が日程を送付する。``): a label of one to three
words (Japanese, two to six characters), a colon, its text."""
MIN_LABELLED_WORDS = 3
MIN_LABELLED_CHARS = 6


def _labelled_statement(text: str) -> bool:
    """``text`` is a labelled line whose text says something: :data:`MIN_LABELLED_WORDS` words (Japanese,
    :data:`MIN_LABELLED_CHARS` characters); ``Action: None.``, ``Status: Open`` are a form's values."""
    m = _LABELLED.match(text)
    if m is None:
        return False
    value = m.group("value")
    if script_of(value) == JA:
        return len(value) >= MIN_LABELLED_CHARS
    return len(value.split()) >= MIN_LABELLED_WORDS


def _block(texts: Sequence[str], a: int, b: int) -> list[str]:
    """The lines of the block round the pair ``a``, ``b`` (between blank lines), the pair left out."""
    start, end = a, b
    while start > 0 and texts[start - 1]:
        start -= 1
    while end + 1 < len(texts) and texts[end + 1]:
        end += 1
    return [texts[k] for k in range(start, end + 1) if k not in (a, b)]


def _distinct_list(item: str, others: Sequence[str]) -> bool:
    """The block round a list item's pair names two other items at least with the same bullet, each once and none
    the item: a list that otherwise names distinct things."""
    mark = item[0]
    items = [t for t in others if t[:1] == mark]
    return len(items) >= 2 and len(set(items)) == len(items) and item not in items


def _in_running_text(others: Sequence[str]) -> bool:
    """The block round a pair is running text or a notice, no verse: a line of it is long (:func:`_long_line`) or
    leads in to what follows (ends on a colon), and no line ends on a comma before a line opening in lower case (a
    verse's lines)."""
    if any(t.endswith(",") and u[:1].islower() for t, u in zip(others, others[1:])):
        return False
    return any(_long_line(t) or t.endswith((":", "：")) for t in others)


_SUPERSCRIPT_MARK = "\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021"
"""Marks a byline sets after an author's name and before an affiliation (``Becker¹``, ``¹ Alfred Wegener Institute``;
superscript digits, the asterisk and daggers: the marks of a title block, :data:`pipeline.segment.organisations.
AFFILIATION_MARK`'s common part)."""

_MARKED_NAME = re.compile(rf"[^\W\d_][.'’]?[{_SUPERSCRIPT_MARK}]+(?:,[{_SUPERSCRIPT_MARK}]+)*(?=[\s,;]|$)")
_MARK_OPENING = re.compile(rf"^[{_SUPERSCRIPT_MARK}]+\s?[A-Z]")
_NAME_PIECE = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s(?:[A-Z][a-z'’-]+|[A-Z]\.|van|von|de|der|den|da|di|du|le|la)){1,3}$")
MIN_BYLINE_NAMES = 2
"""Names a byline lists at least for its copy to be read as one (a lone name under itself may be a signature)."""


def byline(text: str) -> bool:
    """``text`` is an English-script byline or its affiliation line: :data:`MIN_BYLINE_NAMES` names or more each closed
    by a superscript mark (``Sophie M. Becker¹, Daniel O. Fraser²``), an affiliation opening on its mark (``¹ Alfred
    Wegener Institute, Bremerhaven``), or a list of :data:`MIN_BYLINE_NAMES` names or more in a name's shape parted by
    commas or ``and`` (``Thomas Okonkwo, Ingrid Solberg``: two to four capitalised words each), no sentence's stop.

    >>> byline("Sophie M. Becker¹, Daniel O. Fraser², Jonas Halvorsen¹"), byline("¹ Alfred Wegener Institute, Bremen")
    (True, True)
    >>> byline("Thomas Okonkwo, Ingrid Solberg"), byline("Little bird, little bird"), byline("The tide came in.")
    (True, False, False)
    """
    if _SENTENCE_STOP.search(text) is not None and not text.rstrip().endswith("."):
        return False
    if _MARK_OPENING.match(text):
        return True
    if len(_MARKED_NAME.findall(text)) >= MIN_BYLINE_NAMES:
        return True
    if text.rstrip().endswith("."):
        return False
    pieces = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return len(pieces) >= MIN_BYLINE_NAMES and all(_NAME_PIECE.match(p) for p in pieces)


def short_copies(texts: Sequence[str], gaps: Sequence[int], counts: Counter) -> list[int]:
    """The indices of ``texts`` (as :func:`heading_copies`) that are a short line's copy printed twice in a row:
    ``gaps[k]`` is the number of blank raw lines right before line ``k``. The line is said exactly twice in the
    document, is no chant (:func:`chant`), and is

    * a list's item behind a bullet (``・筆記用具``) right under itself, the list otherwise naming distinct items with
      the same bullet (:func:`_distinct_list`), its body no ditto (:data:`DITTO`, ``・同上``);
    * an English statement of three words or more ending on a sentence's stop, right under itself, inside running
      text or a notice (:func:`_in_running_text`: a poem's refrain twice in its stanza stays);
    * a labelled line (``Action: Secretary to send the dates.``, :func:`_labelled_statement`) right under itself or
      after one blank line;
    * a byline or its affiliation line (:func:`byline`) right under itself: a title block names each author and
      each affiliation once (helper rep84, fresh-user trial 84a: a poster's author line printed twice had given the
      abstract six authors). Two co-authors of one name stand on one line, each with a mark of their own, and stay.

    >>> short_copies(["持ち物", "・筆記用具", "・筆記用具", "・水筒", "・雨具"], [0] * 5, Counter({"・筆記用具": 2}))
    [2]
    >>> short_copies(["・机", "・同上", "・同上", "・椅子"], [0] * 4, Counter({"・同上": 2}))
    []
    >>> short_copies(["Action: Treasurer to open a water account.", "", "Action: Treasurer to open a water account."],
    ...              [0, 0, 1], Counter({"Action: Treasurer to open a water account.": 2}))
    [2]
    """
    found: list[int] = []
    for a in range(len(texts) - 1):
        x = texts[a]
        if not x or counts[x] != 2 or chant(x) or (found and found[-1] == a):
            continue
        b = a + 1 if texts[a + 1] else a + 2
        if b >= len(texts) or texts[b] != x:
            continue
        adjacent = b == a + 1
        if _labelled_statement(x) and (adjacent or gaps[b] == 1):
            found.append(b)
            continue
        if not adjacent:
            continue
        if byline(x):
            found.append(b)
            continue
        others = _block(texts, a, b)
        if BULLET_START.match(x):
            body = x[1:].strip()
            if sum(c.isalpha() for c in body) >= 2 and body.lower() not in DITTO and _distinct_list(x, others):
                found.append(b)
        elif (script_of(x) != JA and _SENTENCE_STOP.search(x) and len(x.split()) >= 3 and x[:1].isupper()
              and _in_running_text(others)):
            found.append(b)
    return found


MAX_COPY_DISTANCE = 4
"""Lines (not blank) a displaced copy stands after its twin at most (:func:`displaced_copies`): a second text layer
drawn a few lines off its first, not a line said again further on."""
MEASURE_SLACK = 0.85
"""Share of its block's longest line a wrapped line fills at least (:func:`displaced_copies`): set to the measure,
not a verse's or a list's ragged line."""
_CELL_GAP = re.compile(r"\t|\S(?: {2,}|\u3000)\S")
_CELL_SPLIT = re.compile(r"\t| {2,}|\u3000")
"""The white space that parts a line's cells (:data:`_CELL_GAP` without the letters on each side)."""


def _measure_filled(width: float, block: Sequence[float]) -> bool:
    """A line ``width`` wide runs to its block's measure: :data:`MEASURE_SLACK` of the block's widest line at least."""
    widest = max(block, default=0)
    return widest > 0 and width >= MEASURE_SLACK * widest


def _interrupts(texts: Sequence[str], b: int) -> bool:
    """The line ``b``, ending on a sentence's stop, stands inside another sentence: the line before it does not end one
    and the line after it opens in lower case (Latin script only: Japanese shows no case)."""
    before = texts[b - 1] if b > 0 else ""
    after = texts[b + 1] if b + 1 < len(texts) else ""
    return bool(before) and _SENTENCE_STOP.search(before) is None and after[:1].islower()


def displaced_copies(texts: Sequence[str], pages: Sequence[int | None], counts: Counter,
                     widths: Sequence[float] | None = None) -> list[int]:
    """The indices of ``texts`` (as :func:`heading_copies`) that are a wrapped line of running text printed again 1
    to :data:`MAX_COPY_DISTANCE` lines further on in the same block (no blank line between) on the same page: the
    line said exactly twice in the document, running text by its length (:func:`_long_line`), no sentence's end at
    its end (it breaks a sentence: a wrap) unless the copy stands inside another sentence (:func:`_interrupts`), set to the block's measure as is every line from the first copy to the second that does not end a sentence
    (:func:`_measure_filled`), no table's cells
    (no TAB, no wide gap), no counted or bulleted line, the first copy followed by its sentence's next line and the
    copy followed by another line (or by none). ``widths`` gives each line's printed width (a PDF box's, points) where
    known; else display cells (:func:`~pipeline.chardata.display_width`) measure the lines.

    Why (issue 16 point 4, helper dup85; fresh-user trial 84c's 社内報): a PDF's second text layer drawn a few lines
    off its first prints a line again inside the paragraph, where it is joined as text (``…調整に追われま`` + the
    copy). A writer says a line again as a refrain (verse, ragged, not set to the measure), a table's row (cells) or
    a list's heading (short); nobody writes the same twenty characters or eight words broken at the same point twice
    within four lines with another continuation the second time. The copy right under its twin is read alike
    (session 85, fresh-user trial 85a's abstract book: a PDF's ``…records kept by residents' groups in three districts``
    printed twice, the sentence read ``…three districts maintenance. We analysed…`` twice over): a wrap that ends
    no sentence, set to the measure, said twice in a row and nowhere else, is no writer's either; a whole sentence set
    again right under itself still stays in a PDF (its stop at the line's end: session 84, pdf84's decision).

    >>> displaced_copies(["The council agreed that the new footpath along the river should", "be opened in May.",
    ...     "The budget for the works was set at twelve thousand pounds.", "The council agreed that the new footpath along the river should",
    ...     "Repairs to the bus shelter were noted."], [1] * 5, Counter({"The council agreed that the new footpath along the river should": 2}))
    [3]
    >>> displaced_copies(["And the tide comes in over the harbour wall tonight", "and the gulls are quiet on the stones",
    ...     "and the lamps are lit along the quay", "And the tide comes in over the harbour wall tonight",
    ...     "while the boats ride home"], [1] * 5, Counter({"And the tide comes in over the harbour wall tonight": 2}))
    []
    >>> displaced_copies(["The restoration of coastal forests lost in the earthquake is moving from planting to",
    ...     "long-term maintenance. We analysed five years of weeding records kept by residents in three districts",
    ...     "long-term maintenance. We analysed five years of weeding records kept by residents in three districts",
    ...     "of southern Miyagi Prefecture, where the work declined as the members aged and the groups grew",
    ...     "smaller."], [1] * 5, Counter({"long-term maintenance. We analysed five years of weeding records kept by residents in three districts": 2}))
    [2]
    """
    found: list[int] = []
    for b, x in enumerate(texts):
        if not x or counts[x] != 2 or not _long_line(x) or _CELL_GAP.search(x):
            continue
        if _SENTENCE_STOP.search(x) and not _interrupts(texts, b):
            continue
        if BULLET_START.match(x) or _numbered(x):
            continue
        a = None
        shown = 0
        for k in range(b - 1, -1, -1):
            if not texts[k]:
                break  # the same block only
            shown += 1
            if texts[k] == x:
                a = k
                break
            if shown > MAX_COPY_DISTANCE:
                break
        if a is None or pages[a] != pages[b]:
            continue
        follow = texts[a + 1]
        after = texts[b + 1] if b + 1 < len(texts) else ""
        if _SENTENCE_STOP.search(texts[b - 1]) and not after[:1].isupper():
            # the copy opens a sentence after a full one and the line under it may finish it: a writer's repeated
            # opening (``…would start in the`` / ``autumn, if …``: tests/test_me80.py); only an English capital under
            # the copy shows its wrap left hanging
            continue
        if after == follow:
            continue  # two lines said again: a passage quoted, left to the writer
        start, end = a, b
        while start > 0 and texts[start - 1]:
            start -= 1
        while end + 1 < len(texts) and texts[end + 1]:
            end += 1
        wide = [widths[k] if widths is not None else display_width(texts[k]) for k in range(start, end + 1)]
        if len(wide) < 4 or any(not _measure_filled(wide[k - start], wide) for k in range(a, b + 1)
                                if not _SENTENCE_STOP.search(texts[k])):
            continue  # a verse's ragged lines, not a paragraph set to its measure
        found.append(b)
    return found


def _one_block(first: Line, second: Line) -> bool:
    """Two PDF lines (boxes on one page) stand in one block: one left edge (within a line's height) and the second's
    top within a line's height under the first's foot. A PDF's dump puts a blank raw line between all its lines, so
    its blank lines part no blocks."""
    a, b = first.box, second.box
    height = max(a[3] - a[1], b[3] - b[1], 1.0)
    return abs(a[0] - b[0]) <= height and 0 <= a[1] - b[3] <= height


def _displaced_lines(lines: Sequence[Line], at: Sequence[int | None]) -> list[int]:
    """The indices of ``lines`` that :func:`displaced_copies` finds, read in blocks: a PDF's by its boxes
    (:func:`_one_block`), a dump's between blank raw lines."""
    texts: list[str] = []
    pages: list[int | None] = []
    widths: list[float] = []
    where: list[int | None] = []
    previous: Line | None = None
    for k in at:
        if k is None:
            if previous is None or previous.box is None:
                texts.append("")
                pages.append(None)
                widths.append(0.0)
                where.append(None)
            continue
        line = lines[k]
        if previous is not None and previous.box is not None and (
                line.box is None or line.page != previous.page or not _one_block(previous, line)):
            texts.append("")
            pages.append(None)
            widths.append(0.0)
            where.append(None)
        # a cell's gap is kept (as a TAB) so that :func:`displaced_copies` can tell a table's row from running text
        text = "\t".join(" ".join(part.split()) for part in _CELL_SPLIT.split(line.text.text.strip()))
        texts.append(text)
        pages.append(line.page)
        widths.append(line.box[2] - line.box[0] if line.box is not None else float(display_width(text)))
        where.append(k)
        previous = line
    counts = Counter(t for t in texts if t)
    boxed = all(lines[k].box is not None for k in at if k is not None)
    return [where[n] for n in displaced_copies(texts, pages, counts, widths if boxed else None)]


def drop_repeated_copies(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Drop a doubled layer's copy a paragraph apart, rewrapped, or short (:func:`heading_copies`,
    :func:`rewrapped_copies`, :func:`short_copies`): each copy's lines go to the ledger whole (``doubled-layer``).
    Lines an earlier rule took whole are skipped; blank raw lines between the working lines are read from their
    origins.

    Why: a PDF's second text layer prints a line again where the rules of :mod:`pipeline.clean.layers` do not look
    (fresh-user trials 83a and 83b: a standard's ``4.2 Optional elements`` after its paragraph gave a second section
    4.2, a lecture's question turn printed again rewrapped, an AGM's ``Action:`` line twice); each kind here has its
    own evidence that the copy is no writer's (module docstring).

    >>> from pipeline.model import Text
    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n), page=1) for n, s in enumerate(texts, 1) if s)
    ...     return [l.text.text for l in drop_repeated_copies(lines)[0]]
    >>> run("Minutes", "Action: Clerk to book the hall.", "", "Action: Clerk to book the hall.", "Action: None.")
    ['Minutes', 'Action: Clerk to book the hall.', '', 'Action: None.']
    >>> run("Chorus", "La la la, the harbour sings", "La la la, the harbour sings")
    ['Chorus', 'La la la, the harbour sings', 'La la la, the harbour sings']
    """
    texts: list[str] = []
    pages: list[int | None] = []
    gaps: list[int] = []
    at: list[int | None] = []
    previous = None
    for k, line in enumerate(lines):
        text = " ".join(line.text.text.split())
        if not text:
            continue
        raw = _raw_line(line)
        gap = raw - previous - 1 if raw is not None and previous is not None and raw > previous + 1 else 0
        if gap:
            texts.append("")
            pages.append(None)
            gaps.append(0)
            at.append(None)
        if raw is not None:
            previous = raw
        texts.append(text)
        pages.append(line.page)
        gaps.append(gap)
        at.append(k)
    counts = Counter(t for t in texts if t)
    found = set(heading_copies(texts, pages, counts)) | set(rewrapped_copies(texts)) \
        | set(short_copies(texts, gaps, counts)) | {at.index(k) for k in _displaced_lines(lines, at)}
    if not found:
        return lines, []
    out = list(lines)
    changes: list[Change] = []
    for n in sorted(found):
        k = at[n]
        if k is None:
            continue
        fixed = drop_spans(out[k].text, [(0, len(out[k].text))], "doubled-layer")
        out[k] = out[k].with_text(fixed.text)
        changes.extend(fixed.changes)
    return tuple(out), changes
