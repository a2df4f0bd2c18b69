"""Ghost text: a shadow layer in which most letters are missing.

A ghost keeps a few letters of each word of the real text, in order, with
the spaces: ``Me s T d Cl H b W t`` for ``Measures Towards Cleaner Harbour
Waters``. Two pieces of evidence make a ghost, and both are required unless
the shape alone is overwhelming:

* shape: most of its tokens are not words (``Me``, ``t``, ``Cl``; checked with
  wordfreq), at least three, two of them with letters (``Oct 1-5 (`` is no
  ghost);
* source: it keeps a few letters of each word of a real text, word by word
  (:func:`is_ghost_of`): the rest of its own line (a ghost glued in front of
  its text) or a line at most :data:`WINDOW` lines away. A text that repeats
  words of its neighbour whole (``ers et al.`` after ``Meyers et al.``, a
  line that starts with the end of the line before) is no ghost of it.

A line of six or more tokens that are nearly all non-words of one or two
letters, mostly lower case (``Ri t h l h i f h b l d h``), is a ghost by
shape alone; a row of initials (``A B C D E F``) is not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.model import GAP, Text
from pipeline.english_words import zipf
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.chardata import has_japanese
from pipeline.clean.scripts import key_of

WINDOW = 8
"""How many lines away the real text of a ghost may stand."""

MAX_SHARE = 0.7
"""A ghost keeps at most this share of its source's characters (the sample's ghosts keep 0.3–0.6;
``tar -xvf foo.tar`` beside ``tar -xvzf foo.tar.gz`` keeps 0.78)."""

WORD_ZIPF = 3.0

MAX_LINE = 400
"""Longer lines are not searched for a ghost prefix, nor taken as a ghost or
its source (the word alignment is quadratic); slide lines are far shorter."""
_TOKEN_CORE = re.compile(r"[^\W\d_]+|\ufffd+")
_SINGLE_WORDS = frozenset({"a", "A", "I"})
# Word lists rank two- and three-letter fragments (``ti``, ``ch``, ``li``)
# high, from abbreviations and web text; the real short words of English are
# few, so they are listed.
_SHORT_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of oh ok on or so to up us we".split()
)


def _is_word(token: str) -> bool:
    core = "".join(_TOKEN_CORE.findall(token))
    if not core or GAP in core:
        return False
    if len(core) == 1:
        return core in _SINGLE_WORDS
    if len(core) == 2:
        return core.lower() in _SHORT_WORDS
    if len(core) == 3:
        return zipf(core.lower()) >= WORD_ZIPF + 1
    return zipf(core.lower()) >= WORD_ZIPF


def ghost_shape(text: str) -> str | None:
    """``"strong"``, ``"weak"`` or ``None``: how much a text looks like a ghost.

    >>> ghost_shape("Ri t h l h i f h b l d h"), ghost_shape("Me s T d Cl H b W t")
    ('strong', 'strong')
    >>> ghost_shape("Oth P j ts"), ghost_shape("I am in a big bus"), ghost_shape("Riverton")
    ('weak', None, None)
    >>> ghost_shape("H He Li Be B C N O"), ghost_shape("Oct 1-5 (")
    ('weak', None)
    >>> ghost_shape("L \\\\L  ø \\\\o  Ø \\\\O  œ \\\\oe"), ghost_shape("λ \\\\lambda  µ \\\\mu  ν \\\\nu  ξ \\\\xi  π \\\\pi")
    ('weak', 'weak')
    >>> ghost_shape("T h i s   i s   a   l e t t e r - s p a c e d   s e n t e n c e .")

    """
    if has_japanese(text) or _letter_spaced(text):
        return None
    tokens = text.split()
    # A ghost is fragments of words: a date or a formula (``Oct 1-5 (``) is not one.
    if len(tokens) < 3 or sum(any(ch.isalpha() for ch in t) for t in tokens) < 2:
        return None
    # Symbols and numbers are no evidence either way (``$ man ls``: one non-word of two).
    lettered = [t for t in tokens if any(ch.isalpha() for ch in t)]
    share = sum(not _is_word(t) for t in lettered) / len(lettered)
    mean = sum(len(t) for t in tokens) / len(tokens)
    # A ghost's fragments are mostly lower case (``ifi``, ``h``); a row of
    # initials or symbols (``A B C D E F``, ``H He Li Be B C``) is not one.
    lower = sum(any(ch.islower() for ch in t) for t in tokens) / len(tokens)
    # ... and half of them single letters: ``$ ls -li foo bar baz`` is a command.
    single = sum(len(t) == 1 and t.isalpha() for t in tokens) / len(tokens)
    # ... and its tokens are fragments of words, letters alone: a table's row of glyphs and the commands that
    # write them (``ø \\o  Ø \\O  œ \\oe``, ``λ \\lambda  µ \\mu``) shares the shape, not the damage (helper ghost79).
    fragments = sum(t.isalpha() for t in tokens) / len(tokens)
    if len(tokens) >= 6 and share >= 0.8 and mean <= 2.5 and lower >= 0.5 and single >= 0.5 \
            and fragments >= MIN_STRONG_FRAGMENTS:
        return "strong"
    if share >= 0.6:
        return "weak"
    return None


MIN_STRONG_FRAGMENTS = 2 / 3
"""Share of a ghost-by-shape's tokens that are letters alone (``Ri t h l h i``): a shadow keeps letters of words.
A row of a symbol table pairs each glyph with the command that writes it (``ø \\o  Ø \\O``), half its tokens
symbols and letters: real-PDF trial 79c (platexsheet) had lost two such rows as ghosts of nothing. A real deck's ghosts
keep 0.8 or more (a bracketed line's ghost keeps its brackets)."""


_WORD_GAP = re.compile(r" {2,}")


def _letter_spaced(text: str) -> bool:
    """Letters set apart one by one, words by a wider gap (``T h i s   i s   a   l e t t e r``): every group
    between wide gaps is single characters that join into a word. Emphasis or a justified line, not a ghost,
    whose fragments join into no words (``Ri t h l h i``).

    >>> _letter_spaced("T h i s   i s   a   t e s t ."), _letter_spaced("Ri t h l h i f h b l d h")
    (True, False)
    """
    groups = [g for g in _WORD_GAP.split(text.strip()) if g]
    if len(groups) < 2 or any(len(tok) != 1 for g in groups for tok in g.split(" ")):
        return False
    return sum(_is_word("".join(g.split(" "))) for g in groups) >= 0.8 * len(groups)


def _spaced_out(text: str) -> bool:
    """Every token of the line one character (``I N T E R N E  B E R I C H T E``): letter spacing, whatever words
    it spells (German words too, which :func:`_letter_spaced` may not know), never a ghost glued to its text, whose
    text keeps its words whole. fbithesis's cover: the ``I N T E R `` that ``I N T E R N E  B E R I C H T E`` and
    ``I N T E R N A L  R E P O R T S`` share was dropped as a ghost prefix of each.

    >>> _spaced_out("I N T E R N A L  R E P O R T S"), _spaced_out("T d ith H h Chi Harbin")
    (True, False)
    """
    return all(len(tok) == 1 for tok in text.split())


@lru_cache(maxsize=8192)
def _chars(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


MIN_LOSSY_WORDS = 1 / 2
"""Share of the source words a ghost must have lost letters inside of: a ghost has lost letters
nearly everywhere, while a line that repeats a neighbour's words (``ers et al.`` beside ``Meyers
et al.``, ``tar -xvf foo.tar`` beside ``tar -xvzf foo.tar.gz``) has lost few or none inside them."""

MAX_FRAGMENT = 5
"""A ghost's tokens are fragments of a few characters (``Eff``, ``Offi``, ``(Di``, ``④Th``)."""

SKIPPABLE = 2
"""A source word this short (``of``, ``a``) may have left no trace in the ghost at all."""


def is_ghost_of(ghost: str, source: str) -> bool:
    """Whether ``ghost`` keeps, word by word, a clear minority of ``source``'s letters.

    A ghost keeps a few letters of each word of its source, in order: every
    ghost token is a subsequence of one source word (``Me`` and ``s`` of
    ``Measures``, ``T d`` of ``Towards``), the words it spans are consecutive and
    each leaves a trace (a word of at most :data:`SKIPPABLE` letters may vanish),
    the first token starts where a word starts (:func:`_word_start`),
    it has lost letters in most of them (:data:`MIN_LOSSY_WORDS`), and it
    keeps at most :data:`MAX_SHARE` of their characters. A line that merely
    starts like its neighbour (``① Port visit`` beside ``① Port visit
    by the mayor``) or repeats words of it has lost nothing inside its words.
    A lost glyph matches only a lost glyph.

    >>> is_ghost_of("Me s T d Cl H b W t", "Measures Towards Cleaner Harbour Waters")
    True
    >>> is_ghost_of("Port visit", "Port visit by the mayor")
    False
    >>> is_ghost_of("ers et al", "as Meyers et al. showed, powers of the state also")
    False
    """
    g, src = _chars(ghost), _chars(source)
    if not g or len(g) > MAX_SHARE * len(src) or len(source) > MAX_LINE or len(ghost) > MAX_LINE:
        return False
    if any(len(token) > MAX_FRAGMENT for token in ghost.split()):
        return False  # ``/usr/share/doc``, ``attribute="value"``: whole words, no fragments
    return _alignment(tuple(ghost.split()), tuple(source.split())) is not None


def _alignment(tokens: tuple[str, ...], words: tuple[str, ...]) -> tuple[float, int] | None:
    """Align ghost tokens onto consecutive source words; ``None`` unless the ghost tests pass.

    Dynamic programming over (token, word, letters of the word used): each
    token goes into the current word after what the last one used, or the
    alignment moves on to a later word (over words of at most
    :data:`SKIPPABLE` characters that left no trace). It maximises the
    margin ``lost − MIN_LOSSY_WORDS × words`` (words with letters only: a
    bullet or a number cannot lose letters), then the characters spanned.
    """
    n, m = len(tokens), len(words)

    def word_score(j: int, lost: bool) -> float:
        if not any(ch.isalpha() for ch in words[j]):
            return 0.0
        return int(lost) - MIN_LOSSY_WORDS

    @lru_cache(maxsize=None)
    def walk(i: int, j: int, pos: int, lossy: bool) -> tuple[float, int] | None:
        """Best (margin, characters) for tokens ``i:``, ``pos`` characters of word ``j`` used."""
        options: list[tuple[float, int]] = []
        if i < n:
            if i == 0:  # a ghost starts where its text starts, not inside a word
                start = _word_start(tokens[0], words[j])
                found = None if start is None else _subsequence_end(tokens[0], words[j], start)
            else:
                found = _subsequence_end(tokens[i], words[j], pos)
            if found is not None:
                nxt = walk(i + 1, j, found[0], lossy or found[1])
                if nxt is not None:
                    options.append(nxt)
        if pos > 0:
            here = (word_score(j, lossy), len(words[j]))
            if i == n:
                options.append(here)
            else:
                skipped = (0.0, 0)
                for jj in range(j + 1, m):
                    nxt = walk(i, jj, 0, False)
                    if nxt is not None:
                        options.append((here[0] + skipped[0] + nxt[0], here[1] + skipped[1] + nxt[1]))
                    if len(words[jj]) > SKIPPABLE:
                        break
                    skipped = (skipped[0] + word_score(jj, True), skipped[1] + len(words[jj]))
        return max(options) if options else None

    kept = sum(len(t) for t in tokens)
    for j in range(m):
        result = walk(0, j, 0, False)
        if result is not None and result[0] >= 0 and kept <= MAX_SHARE * result[1]:
            return result
    return None


def _word_start(token: str, word: str) -> int | None:
    """Where ``token`` may start in ``word``: at a start of a word in it (the first letter, after a symbol
    or at a glued capital: ``Th`` of ``④The``, ``Vi`` of ``RivertonViet``), the first such place that
    holds the token's first character; ``None`` when there is none. A ghost keeps the start of its
    text; three letters found somewhere inside a word (``ar t "`` in ``martini"``) are a chance match.

    >>> _word_start("Me", "Measures"), _word_start("Th", "④The"), _word_start("Vi", "RivertonViet")
    (0, 1, 8)
    >>> _word_start("ar", 'martini"') is None
    True
    """
    for k, ch in enumerate(word):
        if ch != token[:1]:
            continue
        before = word[k - 1] if k else ""
        if not before or not (before.isalpha() or before == GAP) or (before.islower() and ch.isupper()):
            return k
    return None


def _subsequence_end(token: str, word: str, pos: int) -> tuple[int, bool] | None:
    """Where ``token`` ends as a subsequence of ``word[pos:]`` (greedy), and whether a letter was
    skipped *inside* the word (between two kept ones: ``Eff`` ``t`` of ``Efforts``); a word cut short
    (``Mey`` of ``Meyers``) or entered late (``ers``) has lost no letter inside."""
    skipped = False
    k = pos
    for ch in token:
        found = word.find(ch, k)
        if found < 0:
            return None
        skipped = skipped or (k > 0 and _has_letter(word[k:found]))
        k = found + 1
    return k, skipped


def _has_letter(s: str) -> bool:
    return any(ch.isalnum() or ch == GAP for ch in s)


def _neighbours(lines: tuple[Line, ...], k: int) -> list[str]:
    lo, hi = max(0, k - WINDOW), min(len(lines), k + WINDOW + 1)
    return [lines[m].text.text for m in range(lo, hi) if m != k]


def drop_ghost_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Drop whole lines that are ghosts of a nearby line (or unmistakable by shape).

    Why: a ghost is no one's text; its real text stands nearby and is kept.

    >>> lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(
    ...     ["C t it ti i S i", "Current situation in Spain", "I am in a big bus"], 1))
    >>> [l.text.text for l in drop_ghost_lines(lines)[0]]
    ['', 'Current situation in Spain', 'I am in a big bus']
    """
    out = list(lines)
    changes: list[Change] = []
    for k, line in enumerate(lines):
        s = line.text.text
        shape = ghost_shape(s)
        if shape is None:
            continue
        if shape == "strong" or any(is_ghost_of(s, other) for other in _neighbours(lines, k)):
            fixed = drop_spans(line.text, [(0, len(s))], "ghost-line")
            out[k] = line.with_text(fixed.text)
            changes.extend(fixed.changes)
    return tuple(out), changes


def _kind(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch.isupper():
        return "A"
    if ch.isalpha():
        return "a"
    if ch.isdigit():
        return "0"
    return ch  # each symbol is its own kind: ``”“`` is a seam


def _split_points(s: str) -> list[int]:
    """Where a ghost prefix may end: before a token, or at a seam inside one
    (``tMeasures``: lower case then capital; ``…Cit④The``, ``t ”“L``: a change
    of kind of character). Letters running into digits are one token, never a
    seam (``mips64el``, ``ia32``, ``s390x``: names, not a ghost and its text).

    >>> [s[p:] for s in ["tMeasures", "mips64el"] for p in _split_points(s)]
    ['Measures']
    """
    points = []
    for p in range(1, len(s)):
        prev, ch = _kind(s[p - 1]), _kind(s[p])
        if ch == " " or prev == ch or (prev == "A" and ch == "a"):
            continue
        if s[p - 1].isascii() and s[p].isascii() and s[p - 1].isalnum() and s[p].isalnum() \
                and (s[p - 1].isdigit() or s[p].isdigit()):
            continue
        points.append(p)
    return points


def _opens_text(rest: str) -> bool:
    """The real text after a ghost starts as a title or a bullet does: a capital, a digit, a lost glyph,
    a bullet, an opening quote or Japanese bracket — not a lower-case letter, an ASCII bracket or an
    operator (``/etc/passwd``, ``--inet``, ``$unit``, ``IFS=:``, ``((@f=split)``, which continue a command).

    >>> _opens_text("Efforts"), _opens_text("“L"), _opens_text("○Members"), _opens_text("etc/passwd"), _opens_text("=:,")
    (True, True, True, False, False)
    """
    ch = rest.lstrip()[:1]
    return bool(ch) and (ch.isupper() or ch.isdigit() or ch == GAP or ch in OPENING
                         or unicodedata.category(ch) in ("So", "No"))


OPENING = frozenset("“‘「『（【〈《・※")


def _all_fragments(head: str) -> bool:
    """A head that is a ghost by shape alone: strong shape, and every token a fragment of a few letters."""
    return ghost_shape(head) == "strong" and all(len(t) <= 3 and key_of(t) == t for t in head.split())


def strip_ghost_prefix(text: Text, neighbours: list[str]) -> Fixed:
    """Remove a ghost glued in front of the real text of the line.

    >>> strip_ghost_prefix(Text.from_raw("Me s T d Cl H b W tMeasures Towards Cleaner Harbour Waters", 1), []).text.text
    'Measures Towards Cleaner Harbour Waters'
    >>> strip_ghost_prefix(Text.from_raw("Oth P j tsMain Projects", 1), ["Other Projects"]).text.text
    'Main Projects'
    """
    s = text.text
    if len(s) > MAX_LINE:
        return unchanged(text)
    for p in reversed(_split_points(s)):
        head, rest = s[:p], s[p:]
        if len(_chars(rest)) < 3 or not _opens_text(rest) or ghost_shape(head) is None:
            continue
        if (
            _all_fragments(head)
            or is_ghost_of(head, rest)
            or any(is_ghost_of(head, other) for other in neighbours)
        ):
            return drop_spans(text, [(0, p)], "ghost-prefix")
    return unchanged(text)


def drop_ghost_prefixes(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Run :func:`strip_ghost_prefix` on each line with its neighbours as sources.

    Why: ``Me s T d Cl H b W tMeasures Towards Cleaner Harbour Waters`` must read
    ``Measures Towards Cleaner Harbour Waters``.

    >>> lines = (Line(Text.from_raw("■ T d ith H h Chi Harbin", 1)), Line(Text.from_raw("■ Trade with Hangzhou, China", 2)))
    >>> [l.text.text for l in drop_ghost_prefixes(lines)[0]]
    ['Harbin', '■ Trade with Hangzhou, China']
    """
    out = list(lines)
    changes: list[Change] = []
    for k, line in enumerate(lines):
        if len(line.text.text.split()) < 3 or has_japanese(line.text.text) or _spaced_out(line.text.text):
            continue
        fixed = strip_ghost_prefix(line.text, _neighbours(lines, k))
        if fixed.changed:
            out[k] = line.with_text(fixed.text)
            changes.extend(Change(c.removed, c.reason, c.replacement, "strip_ghost_prefix") for c in fixed.changes)
    return tuple(out), changes
