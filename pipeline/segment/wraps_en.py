"""Evidence that an English (Latin-script) line was wrapped by the typesetter, not ended by the author.

English is set ragged right by a greedy line breaker (Knuth & Plass,
*Breaking paragraphs into lines*, 1981, describe the "first fit" method that
word processors, ``fmt``/``par`` and most PDF producers use): a line is ended
as soon as the next word would not fit in the measure. So a line ended by a
wrap is one where its width, a space and the next line's first word together
exceed the measure; a line the author ended (a paragraph's last line, a title,
an address, a list of short items) leaves room the next word would have taken.

The measure is the document's own: the width that a high share of its
English lines reach (:func:`measure_en`). A line's width is counted in
display columns, which for a proportional PDF font differs from the printed
width by about a tenth: a line that does not end a sentence gets that slack
(:data:`SLACK`); a line that ends one must pass the test without it, since a
sentence end is also where paragraphs end.
"""

from __future__ import annotations

import math
import re

from pipeline.chardata import display_width, is_english
from pipeline.english_words import CONNECTIVES, abbreviation_goes_on
from pipeline.model import GAP
from pipeline.notemarks import CALL_AFTER_SENTENCE
from pipeline.listmarks import BULLET_START, ENGLISH_LIST_ITEM

MIN_MEASURE_EN = 40
"""Columns; a narrower "measure" is a list of short lines (a slide, an address, copyright lines), not wrapped
prose. Bringhurst (*The Elements of Typographic Style*, 2.1.2) gives 45–75 characters as the usual measure and
40–50 for multi-column text."""
RAGGED = 0.85
"""Ragged-right lines end within about 15% of the measure; those lines show it."""
MIN_SUPPORT_LINES = 2
"""Lines that must reach :data:`RAGGED` of the measure for it to count."""
PERCENTILE = 0.9
"""The measure is this percentile of the widths (the widest line may be an outlier: a URL, a table row)."""
SLACK = 0.1
"""Share of the measure by which a proportional font's column count may differ from its printed width."""
NEVER_WRAPPED = 1 + 2 * SLACK
"""Times the measure a line may reach and still have been wrapped at it (twice the slack): a wider line never was."""
PROSE_LINE = 20
"""Columns; a line narrower than this shows no measure (a label, a short last line), unless ``least`` (a narrow column
of prose, :func:`pipeline.segment.measures.narrow_prose`) reads narrower lines."""
SENTENCE_END = ".!?:;。．！？"
SHORT_PHRASE = 0.6
"""A line narrower than this share of the measure, with no final punctuation, reads as a heading or a label."""

_URL_END = re.compile(r"(?:https?://|www\.|\S@)\S*$")
_FIRST_WORD = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*[,.;:!?)]*(?:\s|$)")
"""A line's first word in lower-case letters (not a URL, a path or an identifier)."""
_BRACKETED_ASIDE = re.compile(r"\((?!\S{1,4}\)(?:\s|$))[^\s()]")
"""A line opening on a bracketed aside inside a sentence (``(r = 0.71).``, ``(see Table 2)``, ``(Ewing, 2010)``), no
enumerator's label (``(3) ``, ``(b) ``, ``(iv) ``: a clause or an item opens there)."""


def is_english_line(text: str) -> bool:
    """A line of Latin-script prose (more Latin letters than Japanese ones).

    >>> is_english_line("the Debian servers (see Debianのマシン群). Back"), is_english_line("開発者の責務"), is_english_line("12")
    (True, False, False)
    """
    return is_english(text)


def is_list_item(text: str) -> bool:
    """A line that opens an English list item (``• x``, ``- x``, ``a) x``, ``iv. x``).

    >>> [is_list_item(s) for s in ["• Reuse", "- cheap", "b) more", "ii. later", "well-known", "A road"]]
    [True, True, True, True, False, False]
    """
    return ENGLISH_LIST_ITEM.match(text.strip()) is not None


def is_bulleted(text: str) -> bool:
    """A line led by a bullet mark (its wrapped lines belong to its item).

    >>> is_bulleted("• Use the link"), is_bulleted("■背景"), is_bulleted("1. Scope")
    (True, True, False)
    """
    return BULLET_START.match(text.strip()) is not None


_LINK_END = re.compile(r"(?:https?://|www\.|(?:^|(?<=[\s(<]))[A-Za-z0-9._%+-]+@|\bdoi:\s?|\b10\.\d{4,}/)\S*$", re.IGNORECASE)
"""A line ending inside a web address, a mail address or a DOI (``doi:10.18429/``, a bare ``10.1103/Phys``)."""
_LINK_START = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|doi:)", re.IGNORECASE)
_BREAK_MARKS = "./-_=&?#~:"
_ITEM_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*[.)]?\s+[^\W\d_]")
"""A line opening on a list item's or a heading's number before its words (``2. The city archive``, ``3 Results``,
``2.1 Methods``): a new item or heading, no piece of the address the line before ended on."""
"""The marks a URL is broken after (the ``url`` package breaks after ``/``, ``.`` and the like)."""


def link_piece(token: str) -> bool:
    """A token that reads as a piece of a URL or DOI, no word of prose: a path (``latex/required/…``), letters and
    digits mixed (``US9700811B2``, ``RevLett.114.050511``, ``JACoW-IPAC2018``)."""
    return "/" in token or re.search(r"[A-Za-z][0-9]|[0-9][A-Za-z]|[0-9][._-]|[._-][0-9]", token) is not None


def splits_url(before: str, after: str) -> bool:
    """A URL, mail address or DOI broken at the line's end (``https://sso.`` / ``debian.org.``,
    ``https://doi.org/10.1145/1188913.`` / ``1188915``, ``doi:10.`` / ``1103/PhysRevLett.114.050511``,
    ``https://doi.org/10.1103/Phys`` / ``RevLett.114``): its two pieces are joined without a space. After a break
    mark (``/``, ``.``, ``-`` …) the next line's first token goes on the address where it opens in small letters or a
    digit or reads as an address's piece (``US9700811B2``); after a letter (the ``url`` package breaks a DOI anywhere)
    only where it reads as one. A mail address opens after a space or a bracket (a TeX macro's ``\\wrong@font`` is
    none). A new address (``https://…``), a path from the root (``/usr/…``) or a word of prose
    (``The``, ``for``) after a letter opens no piece.

    >>> joined = [("generate them on https://sso.", "debian.org."), ("https://doi.org/10.1145/1188913.", "1188915"),
    ...           ("Lett., 2014. doi:10.", "1103/PhysRevLett.114.050511"), ("doi:10.18429/", "JACoW-IPAC2018-PAPERID"),
    ...           ("https://doi.org/10.1103/Phys", "RevLett.114.050511 (2015)."),
    ...           ("https://patents.google.com/patent/", "US9700811B2."), ("https://ctan.org/macros/", "latex/required/")]
    >>> apart = [("see https://x.org/ for it.", "The"), ("data at https://example.org/data", "and the code"),
    ...          ("https://www.pr.uni-halle.de/logo/", "https://ctan.org/pkg/x"), ("see https://example.org/", "/usr/share/doc"),
    ...          ("see https://example.org/a.", "The next step"), ("open data at https://example.org/", "2. The city archive"),
    ...          ("see https://example.org/", "2.1 Methods")]
    >>> [splits_url(*pair) for pair in joined], [splits_url(*pair) for pair in apart]
    ([True, True, True, True, True, True, True], [False, False, False, False, False, False, False])
    >>> splits_url("see <http://x.org/abntex/>.", "7Como TeX"), splits_url("¹ https://data.gov.uk/", "² Example of")
    (False, False)
    >>> splits_url("write to ops@harbour.", "example.org"), splits_url("\\\\wrong@fontshapeの和文対応23", "2020/03/28 plvers.dtx")
    (True, False)
    """
    before = before.rstrip()
    if _LINK_END.search(before) is None or not after[:1].strip() or before.rstrip(".,;").endswith(">"):
        return False  # ``<http://…/abntex/>.``: the bracket closed the address
    token = after.split(maxsplit=1)[0]
    core = token.rstrip(".,;:)]>”’\"'")
    if not core or not (core[:1].isascii() and core[:1].isalnum()) or _LINK_START.match(token) or "@" in core:
        return False  # a note's superscript mark (``²``, ``⁷Como``) opens no piece
    if _ITEM_NUMBER.match(after.lstrip()):
        return False  # ``https://example.org/`` / ``2. The city archive…``: the next item of a list, or a heading
    if before[-1:] in _BREAK_MARKS:
        return core[:1].islower() or core[:1].isdigit() or link_piece(core)
    return before[-1:].isalnum() and link_piece(core)


def measure_en(widths: list[int], least: int = MIN_MEASURE_EN) -> int | None:
    """The measure (in columns) at which English lines were wrapped, or ``None`` when none shows.

    The :data:`PERCENTILE` width (nearest rank) of the lines of :data:`PROSE_LINE` columns
    or more (``least`` where that is narrower), when it is at least :data:`MIN_MEASURE_EN` and at least
    :data:`MIN_SUPPORT_LINES` lines reach :data:`RAGGED` of it (``least``: a narrower floor where the layout shows
    a column of prose, :data:`pipeline.segment.measures.MIN_COLUMN_EN`).

    >>> measure_en([88, 90, 89, 69, 84, 47, 8]), measure_en([44, 40, 41, 42, 37, 23]), measure_en([25, 22, 28]), measure_en([70])
    (90, 44, None, None)

    A text hard-wrapped at 64 columns whose reference entries run one to a line (:func:`hard_wrap_measure`):

    >>> measure_en([62, 63, 64, 60, 61, 63, 62, 64, 58, 30, 100, 106, 89, 120])
    64
    """
    wide = sorted(w for w in widths if w >= min(PROSE_LINE, least))
    if len(wide) < MIN_SUPPORT_LINES:
        return None
    width = wide[math.ceil(PERCENTILE * len(wide)) - 1]
    if width < least:
        return None
    if sum(w >= RAGGED * width for w in wide) < MIN_SUPPORT_LINES:
        # the percentile fell on a long line never wrapped (a reference entry): the hard wrap below it may show
        return hard_wrap_measure(wide, width, least)
    return hard_wrap_measure(wide, width, least) or width


def ragged_lines(wide: list[int], width: int) -> int:
    """How many of the widths ``wide`` end within the ragged margin of a measure ``width`` (:data:`RAGGED` of it up to
    it)."""
    return sum(RAGGED * width <= w <= width for w in wide)


MIN_HARD_WRAP_LINES = 8
"""Lines that must end in the ragged margin of a narrower measure for it to be read as the text's hard wrap."""
MIN_HARD_WRAP = 56
"""Columns; a plain text is hard-wrapped at 60–80 (RFC 7322's 72, ``fmt``'s 75, mail's 72, a standard's 64): a narrower
cluster of widths is a list's or a catalogue's entries of like length, no wrap."""
HARD_WRAP_MAJORITY = 3
"""Times as many lines as end in the margin of the percentile's width that the narrower measure's margin must hold."""


def hard_wrap_measure(wide: list[int], width: int, least: int) -> int | None:
    """A text hard-wrapped at a fixed column (a standard's, an RFC's or a paper's plain text at 64–72 columns) that
    also holds lines never wrapped (a reference entry, a definition, a lead-in sentence set one to a line): those long
    lines lift the :data:`PERCENTILE` width ``width`` above the wrap, and a wrapped line then reads as ended short
    (fresh-user trial 83a: ``…the Japanese Industrial Standards`` / ``Committee (JISC) …`` stayed two paragraphs).
    The hard wrap shows as the narrower width (``least`` columns or more) whose ragged margin
    (:func:`ragged_lines`) holds most lines: :data:`MIN_HARD_WRAP_LINES` at least and :data:`HARD_WRAP_MAJORITY`
    times as many as the percentile width's margin; ``None`` where none does (the usual ragged text, whose widest
    lines are its measure). Ties go to the wider measure.

    >>> hard_wrap_measure([35, 42, 56, 61, 62, 62, 62, 62, 63, 63, 64, 65, 66, 79, 89, 106, 127], 89, 40)
    66
    >>> hard_wrap_measure([60, 84, 85, 86, 86, 87, 88, 88, 89, 90], 90, 40) is None
    True
    """
    if width < least:
        return None
    best, count = None, 0
    for w in sorted(set(wide)):
        if max(least, MIN_HARD_WRAP) <= w < RAGGED * width and ragged_lines(wide, w) >= count:
            best, count = w, ragged_lines(wide, w)
    if best is None or count < MIN_HARD_WRAP_LINES or count < HARD_WRAP_MAJORITY * ragged_lines(wide, width):
        return None
    return best


def ends_sentence(text: str, after: str | None = None) -> bool:
    """The line ends with a sentence's (or clause's) final mark, a closing quote or bracket aside; never an
    abbreviation's full stop that the next line ``after`` (when known) goes on from
    (:func:`pipeline.english_words.abbreviation_goes_on`: ``Working Paper No.`` / ``31``, ``Dr.`` / ``Mori``, ``e.g.``).

    >>> ends_sentence("of the hours."), ends_sentence('he said."'), ends_sentence("three winters of")
    (True, True, False)
    >>> ends_sentence("as Working Paper No.", "31 of the series"), ends_sentence("predictors, e.g."), ends_sentence("in Vol.")
    (False, False, True)
    >>> ends_sentence("two ways to plan it\ufffd", "Dredging by need"), ends_sentence("the cost of\ufffd", "labour and fuel")
    (True, False)
    >>> ends_sentence("as the minutes record.*"), ends_sentence("in 1998.¹"), ends_sentence("reopened in 2009.[1]"), ends_sentence("see [1]")
    (True, True, True, False)
    """
    if abbreviation_goes_on(text, after):
        return False
    text = CALL_AFTER_SENTENCE.sub("", text.rstrip())  # a note's call after the sentence's mark (``…record.*``, ``.¹``)
    if text.endswith(GAP) and after is not None:
        # a lost last glyph (U+FFFD where ``.`` may have stood): the next line tells, a capital opening a
        # sentence, lower case carrying one on
        return after.lstrip()[:1].isupper()
    return text.rstrip().rstrip("\"'”’)]")[-1:] in SENTENCE_END


def first_word_width(text: str) -> int:
    """Display width of the line's first word (what a greedy line breaker tried to fit on the line before)."""
    m = _FIRST_WORD.search(text)
    return display_width(m.group()) if m else 0


def wrapped(width: int, before: str, after: str, measure: int) -> bool:
    """True when ``before`` (``width`` columns wide) was ended because ``after``'s first word did not fit.

    >>> wrapped(84, "exist for large ports only. Earlier", "studies used full models", 90)
    True
    >>> wrapped(69, "as the sea rises by 3 mm per year.", "Small harbour towns", 90)
    False
    >>> wrapped(85, "and the cost of labour.", "The", 90), wrapped(87, "and the cost of", "the", 90)
    (False, True)
    >>> wrapped(100, "ISO 639-1:2002, Codes for the representation of names of languages", "W3C DCAT", 65)
    False
    """
    if width > NEVER_WRAPPED * measure and _LOWER_WORD.match(after.lstrip()) is None:
        # far wider than the measure: a line the text never wrapped (a reference entry, a definition set one to a
        # line) shows nothing of where it was ended (fresh-user trial 83a: ``…Part 1: Alpha-2 code`` / ``W3C DCAT…``);
        # a sentence carried on in small letters still goes on (``…please email x@y.org`` / ``by 30 May``)
        return False
    slack = 0 if ends_sentence(before, after) else round(SLACK * measure)
    return width + 1 + first_word_width(after) > measure - slack


def goes_on_lower_case(width: int, before: str, after: str) -> bool:
    """Where no measure shows (a short paper: too few full lines to find one), a line of running prose that ends
    no sentence and a next line that carries the sentence on in lower case: a wrap, whatever the measure.

    ``before`` must be prose-wide (:data:`MIN_MEASURE_EN` columns or more: a label, a name or a short list item is
    narrower) and ``after`` open on a lower-case word. An author's line break inside a sentence of that width
    (verse, an address) is rare in the documents this pipeline reads; a list of lower-case items is set in
    short lines or behind bullets (:func:`is_list_item`, checked by the caller).

    >>> goes_on_lower_case(100, "growing pressure on supplies. Reuse of treated wastewater offers one", "response, though")
    True
    >>> goes_on_lower_case(100, "growing pressure on supplies of treated wastewater in the region.", "reuse is")
    False
    >>> goes_on_lower_case(20, "Grading and policies", "homework"), goes_on_lower_case(60, "x" * 60, "Response")
    (False, False)
    >>> goes_on_lower_case(43, "https://www.pr.uni-halle.de/download/logo/", "https://ctan.org/pkg/scrartcl")
    False
    """
    return width >= MIN_MEASURE_EN and goes_on_in_small_letters(before, after)


def bracketed_aside_goes_on(width: int, before: str, after: str) -> bool:
    """A line of running prose (``width`` columns, :data:`MIN_MEASURE_EN` or more) that ends no sentence over a line
    opening on a bracketed aside (``(r = 0.71).``, ``(Ewing, 2010)``; no enumerator's label): one sentence wrapped,
    whatever room the first line left. Why (fresh-user trial 66b): ``The index correlates strongly with
    survey-reported walking frequency`` / ``(r = 0.71). Table 1 summarises the scores.`` had been two paragraphs, the
    measure saying ``(r`` would have fitted; a typesetter keeps an aside's bracket with its words.

    >>> bracketed_aside_goes_on(68, "The index correlates strongly with survey-reported walking frequency", "(r = 0.71). Table 1")
    True
    >>> bracketed_aside_goes_on(68, "The index correlates strongly with survey-reported walking frequency.", "(r = 0.71).")
    False
    >>> bracketed_aside_goes_on(60, "Each permit states the conditions of use, in particular where", "(2) the site is closed")
    False
    """
    return (width >= MIN_MEASURE_EN and _BRACKETED_ASIDE.match(after.lstrip()) is not None
            and goes_on_in_small_letters(before, after))


def goes_on_in_small_letters(before: str, after: str) -> bool:
    """``before`` ends no sentence (nor a label's colon, nor a URL) and ``after`` carries it on, opening on a word in
    small letters: a sentence running on from one line into the next, whatever their widths.

    >>> goes_on_in_small_letters("the library will stay open", "until eight"), goes_on_in_small_letters("open.", "then")
    (True, False)
    >>> goes_on_in_small_letters("Volunteers clear the riverbank", "About 300 residents")
    False

    A bracketed aside carries the sentence on too (fresh-user trial 66b: ``…with survey-reported walking frequency`` /
    ``(r = 0.71). Table 1 …`` had been two paragraphs); an enumerator's label opens a clause or an item:

    >>> goes_on_in_small_letters("correlates with walking frequency", "(r = 0.71). Table 1 summarises the scores.")
    True
    >>> goes_on_in_small_letters("the permit is refused where", "(3) the fee is unpaid"), goes_on_in_small_letters("open.", "(see below)")
    (False, False)
    """
    return (not ends_sentence(before, after) and not before.rstrip().endswith((":", "："))
            and _URL_END.search(before.rstrip()) is None
            and (_LOWER_WORD.match(after.lstrip()) is not None or _BRACKETED_ASIDE.match(after.lstrip()) is not None))


def broken_by_hand(before: str, after: str, widest: int, measure: int) -> bool:
    """A ragged-right line the author ended short of the measure in mid-sentence (a line of 60% of it, the sentence
    carried on in the next), where first fit (:func:`wrapped`) sees the room the next word would have taken:
    ``before`` ends no sentence and ``after`` carries it on in small letters (:func:`goes_on_in_small_letters`), and
    the paragraph around them shows a line of prose: its widest line (``widest`` columns: the paragraph so far, the
    next line and the one after it) reaches :data:`SHORT_PHRASE` of ``measure``. Verse, an address or a list of names
    sets every line short, and opens its lines on capitals or marks besides; a heading, a list item or a paragraph's
    end (a full stop, the next line set in) is the caller's to rule out, as is a text dump (no page to show the two
    lines one paragraph's).

    >>> broken_by_hand("Most of the work went to the outer channel, where", "the sand bar had moved", 86, 88)
    True
    >>> broken_by_hand("The footpath by the mill is still closed.", "members agreed to write", 70, 88)
    False
    >>> broken_by_hand("the tide goes out", "and leaves the boats", 20, 88)  # verse: every line short
    False
    """
    return widest >= SHORT_PHRASE * measure and goes_on_in_small_letters(before, after)


RUN_ON_WORDS = frozenset(w for w in CONNECTIVES if " " not in w) | frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "must",
    "its", "their", "our", "my", "your", "this", "these", "those", "than", "as", "but", "if", "nor", "every", "each"})
"""Words a phrase goes on after: an article, a preposition, a conjunction, an auxiliary, a determiner. A line of prose
wrapped at a narrow measure stops on one often (``…crowding on the`` / ``eight o'clock boat``); a line of verse, an
address, a name or a list's item closes its phrase (``the tide goes out``, ``14 Church Lane``)."""
_MID_SENTENCE_END = re.compile(r"\b[a-z]+[.!?][\"'”’)]*\s+[A-Z]")
"""A sentence's end inside a line with the next sentence begun after it (``…the mainland. The council``; ``Mrs. Ann``,
a capital's abbreviation, is none)."""


def runs_on_as_prose(texts: list[str]) -> bool:
    """A box of short lines (a dump's lines between blank lines) reads as prose wrapped at a measure, no verse, address
    or list: a line stops on a word its phrase goes on after (:data:`RUN_ON_WORDS`) and the next carries it on, or a
    sentence ends inside a line and the next begins on it (:data:`_MID_SENTENCE_END`).

    >>> runs_on_as_prose(["The new ferry", "timetable starts on", "Monday, with an", "extra sailing"])
    True
    >>> runs_on_as_prose(["the tide goes out", "and leaves the boats", "asleep upon the sand", "until the moon"])
    False
    >>> runs_on_as_prose(["Mrs. Ann Walker", "14 Church Lane", "little Barford"]), runs_on_as_prose(["the mainland. The", "x"])
    (False, True)
    """
    for k, text in enumerate(texts):
        words = text.rstrip().rsplit(None, 1)
        if k + 1 < len(texts) and words and words[-1].lower() in RUN_ON_WORDS and texts[k + 1].strip()[:1].isalpha():
            return True
        if _MID_SENTENCE_END.search(text):
            return True
    return False


def short_phrase(width: int, text: str, measure: int) -> bool:
    """A line well short of the measure that ends in no punctuation: a heading, a label or a name.

    >>> short_phrase(12, "Related work", 90), short_phrase(33, "quay height above mean sea level.", 90)
    (True, False)
    """
    return width < SHORT_PHRASE * measure and not text.rstrip()[-1:] in SENTENCE_END + ","


_INNER_STOP = re.compile(r"[.!?;:]\s")
MAX_QUESTION_HEADING_WORDS = 12
"""Words a question set as a heading takes at most (``How do I contact you?``, ``Which products are affected?``); a
longer question is a sentence of running text."""


def question_heading(before: str, text: str, after: str, measure: int | None) -> bool:
    """``text`` is a question standing alone between paragraphs, a heading (``What is the problem?``, ``How do I
    contact you?``): one short question in sentence or title case (:data:`MAX_QUESTION_HEADING_WORDS` words at most,
    ending on ``?``, no other sentence in it), well short of the measure (:data:`SHORT_PHRASE`) where one shows; the
    line ``before`` it ends a sentence (``.``, ``!``, ``?``: no colon that introduces it) and the line ``after`` it
    opens a paragraph (a capital or a digit), no question of its own (a run of questions is a list, not headings).
    Its break is then no wrap, however full the line before: a notice's or leaflet's question heads the text under it
    (decision, issue 16 point 2, fresh-user trial 73c: a recall notice's ``How do I contact you?`` had joined the
    paragraph before it, ``…free of charge. How do I contact you?``).

    >>> question_heading("to us free of charge.", "How do I contact you?", "Telephone: 0800 123 4567", 88)
    True
    >>> question_heading("the costs rose", "why did they?", "The answer is", 88), question_heading("costs.", "Why?", "Why now?", 88)
    (False, False)
    >>> question_heading("as follows:", "Who pays?", "The owner pays.", 88), question_heading("it rose.", "Why? It rained.", "So", 88)
    (False, False)
    """
    s, a = text.strip(), after.strip()
    b = before.rstrip().rstrip("\"'”’)")
    if not (s.endswith("?") and is_english_line(s) and s[:1].isupper() and a and (a[:1].isupper() or a[:1].isdigit())):
        return False
    if len(s.split()) > MAX_QUESTION_HEADING_WORDS or _INNER_STOP.search(s) or not b.endswith((".", "!", "?")):
        return False
    if a.endswith("?") and len(a.split()) <= MAX_QUESTION_HEADING_WORDS:
        return False
    return measure is None or display_width(s) < SHORT_PHRASE * measure or display_width(s) <= PROSE_LINE


MIN_RUN_ON_LINES = 2
"""Lines, in the ragged margin of the widest, that must carry their sentence on (:func:`carries_on`) for the widest of
them to be read as a plain text's hard wrap (:func:`run_on_measure`)."""


def carries_on(before: str, after: str) -> bool:
    """``before`` is certainly a wrapped line of prose, ``after`` the line under it (no blank line between): the sentence
    goes on in small letters (:func:`goes_on_in_small_letters`), or ``before`` stops on a word a phrase goes on after
    (:data:`RUN_ON_WORDS`: ``…the Port Authority of`` / ``New South Wales``) and ``after`` opens on a letter. Verse,
    an address or a list closes its line's phrase and opens the next on a capital.

    >>> carries_on("along the North Sea coast", "by the Trinity House"), carries_on("were surveyed by the", "Trinity House")
    (True, True)
    >>> carries_on("with a battery. The", "Seven others"), carries_on("see Appendix A", "Tables 1 to 3")
    (True, False)
    >>> carries_on("The Harbour sleeps beneath the Moon,", "The Boats lie still"), carries_on("of the hours.", "then")
    (False, False)
    """
    words = before.rstrip().rsplit(None, 1)
    # (a capital ``A`` ending a line is a letter's label, ``Appendix A``, no article)
    if words and words[-1].lower() in RUN_ON_WORDS and words[-1] != "A" and after.lstrip()[:1].isalpha():
        return True
    return goes_on_in_small_letters(before, after)


def run_on_measure(widths: list[int], run_ons: list[bool]) -> int | None:
    """The hard wrap of a plain text shown by its own wrapped lines: the widest line that certainly carries its sentence
    on to the next (``run_ons``: :func:`carries_on`, each line's), where :data:`MIN_RUN_ON_LINES` such lines or more end
    within its ragged margin (:data:`RAGGED`) and it is :data:`MIN_HARD_WRAP` columns or more; else ``None``.

    Why (issue 16 point 4, the measure comes from the document): a short paper hard-wrapped at 60–75 columns under a
    few lines never wrapped (a title, a URL, reference entries one to a line) shows too few lines for
    :func:`hard_wrap_measure`, and its percentile measure falls on the long lines; every wrapped line then read as
    ended short, and a wrap whose next line opened on a capital (``…the Danish Hydraulic`` / ``Institute showed…``)
    stayed two paragraphs. A line that ends mid-phrase with its sentence going on under it was wrapped, so the measure
    is at least its width; no line wider than the widest of them shows a wrap. In a text wrapped at its widest lines
    (the usual ragged text) such lines reach those widths, and this measure is the percentile's.

    >>> run_on_measure([60, 62, 37, 65, 55, 67, 30, 99, 107, 104], [True, False, False, False, False, True, False, False, False, False])
    67
    >>> run_on_measure([60, 62, 67, 99], [False, False, True, False]) is None, run_on_measure([40, 44], [True, True]) is None
    (True, True)
    """
    certain = [w for w, r in zip(widths, run_ons) if r]
    if not certain or max(certain) < MIN_HARD_WRAP:
        return None
    widest = max(certain)
    if sum(RAGGED * widest <= w for w in certain) < MIN_RUN_ON_LINES:
        return None
    return widest


MIN_STANZA_LINES = 3
"""Lines a block of verse shows at least (a stanza: a tercet or more); two capitalised lines are a heading and a line."""


def stanza(texts: list[str], widths: list[int], measure: int | None) -> bool:
    """A block of lines (between blank lines) set as English verse: :data:`MIN_STANZA_LINES` lines or more, each opening
    on a capital (a quotation mark before it aside), none reaching the ragged margin of the ``measure`` (:data:`RAGGED`,
    where one shows), and no line running on into the next as prose does (:func:`runs_on_as_prose`,
    :func:`carries_on`). Its lines are lines, whatever mark ends them: verse ends a line on a comma as often as prose
    ends a wrapped one there (helper wrap84: a pupils' poem, ``The Harbour sleeps beneath the Moon,`` / ``The Boats lie
    still along the Quay,``, had been joined into a paragraph).

    >>> poem = ["The Harbour sleeps beneath the Moon,", "The Boats lie still along the Quay,", "And Someone waits."]
    >>> stanza(poem, [36, 35, 18], 70), stanza(poem, [36, 35, 18], 40), stanza(poem[:2], [36, 35], 70)
    (True, False, False)
    >>> stanza(["The new ferry timetable starts on", "Monday, with an extra sailing,", "At noon."], [33, 30, 8], 70)
    False
    >>> stanza(["Signed,", "Daniel Hughes", "Head of Highways, Ashford Borough Council"], [7, 13, 41], 70)
    False
    """
    if len(texts) < MIN_STANZA_LINES or runs_on_as_prose(texts):
        return False
    if measure is not None and any(w >= RAGGED * measure for w in widths):
        return False
    if not all(t.strip().lstrip("\"'“‘")[:1].isupper() and is_english_line(t) for t in texts):
        return False
    if any(_ONE_WORD_AND_COMMA.fullmatch(t.strip()) for t in texts):
        # (one word closed by a comma is a letter's close over its signer, ``Signed,`` / ``Daniel Hughes`` /
        # ``Head of Highways, …``, which joins as it did: tests/test_notice65.py)
        return False
    return not any(carries_on(a, b) for a, b in zip(texts, texts[1:]))


_ONE_WORD_AND_COMMA = re.compile(r"[\"'“‘]?[A-Za-z][A-Za-z'’-]*,")
