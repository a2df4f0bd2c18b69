"""Doubled text layers: shadow or fake-bold text that extraction read twice.

A PDF draws bold or shadowed text twice; the extractor then emits each chunk
of it twice, either glued (``HangzhouHangzhou``, ``Riverton CityRiverton City``)
or interleaved chunk by chunk (``Riverton’s CrossRiverton’s Cross--sector
sector``). A shadow copy may also have lost its apostrophes, quotes and other
punctuation (``Lake’s … City”②The Story of Lake s … City``).

Rules (documented in the README):

* Copies are found on the *key* of the line (letters, digits and lost glyphs
  only), so a copy that lost punctuation still matches. Of two copies the one
  with more characters is kept (it lost less); on a tie the first.
* A copy glued to its twin without white space must be the same text, or a
  copy that lost punctuation: copies that each have symbols the other lacks
  are the author's (a formula ``FA(w)·FB(w)|FA(w)||FB(w)|``, ``「ワッショイワッショイ」``).
  It is collapsed when the unit has at least 5 key characters and a seam no
  word has inside it (lower case → capital, digit ↔ letter, a symbol then a
  letter, a glued token that is no word: ``developmentsremarkable``), or at
  least 2 with a seam between letters or digits, or opens with its own bullet
  (``■Russia■Russia``) — ``couscous`` and ``tartar`` stay. Japanese has no
  seam and repeats words on purpose (``ワッショイワッショイ``): its glued
  copies are collapsed only where the layer is shown doubled nearby, as for
  copies separated by white space, or where the whole line is a heading glued
  to itself (``2. 港湾再開発の経緯2. 港湾再開発の経緯``: its own number again
  after its title).
* Two copies separated by white space are collapsed when they differ only by
  lost punctuation with the trace a shadow's lost glyph leaves
  (:func:`~pipeline.clean.shadow.shadow_pair`: ``3 is prime.  3 is prime...``
  differs only at its end, as a writer's repeat does), are at least 10 key
  characters long and are the whole line (a shadow copies a text box; a
  sentence may quote itself: ``id_rsa (/home/u/.ssh/id_rsa)``), or when the layer is shown to be doubled right there: the
  same line, or a line at most :data:`NEARBY` lines away, holds a glued copy.
  Two side-by-side boxes that happen to start alike (``Sales Office Sales
  Office`` / ``in Tokyo in Osaka``) therefore stay: nothing near them is glued.
* Copies shorter than 5 key characters separated by white space always stay
  (``Bora Bora``, ``bye bye``).
* Numbers are never collapsed here (``2020``, ``1010``, a key fingerprint's hex digits); doubled
  page numbers have their own rule with their own evidence.
"""

from __future__ import annotations

import re
from collections import Counter
import unicodedata
from functools import lru_cache
from typing import Sequence

from pipeline.model import GAP, Text
from pipeline.numbering import explicit_number, number_end
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.chardata import JA, LATIN_RE, NEUTRAL, has_japanese, script_of
from pipeline.listmarks import BULLET_START, ITEM_ONLY_START, PUNCTUATION_BULLETS
from pipeline.clean.descenders import KNOWN_ZIPF
from pipeline.english_words import zipf
from pipeline.clean.scripts import is_word_char
from pipeline.clean.shadow import shadow_pair

NEARBY = 4
"""How many lines away a glued copy still proves a doubled layer."""

MIN_GLUED = 5

# Between two equal words these symbols are the author's (``growth/growth``,
# ``A-A``), not a seam between copies; only a line already shown doubled
# lets them go.
CONNECTORS = frozenset("/-–—&+=|,:;→~、，・／～〜－：；")
MIN_SPACED_NEAR = 10


def _is_bullet(ch: str) -> bool:
    """A list bullet: a symbol (■ ○ ◆ → ★), a circled number (①), or one of :data:`pipeline.listmarks.PUNCTUATION_BULLETS`.

    >>> [_is_bullet(c) for c in "■①・/-「("]
    [True, True, True, False, False, False, False]
    """
    return ch in PUNCTUATION_BULLETS or unicodedata.category(ch) in ("So", "Sm", "No")

# Past this many key characters a line is only checked for being two equal
# halves (linear); the chunk search is quadratic in the length, and slide
# lines are far shorter. MAX_TRIES bounds the candidate pairs examined per
# pass, so a line like ``a a a a …`` cannot make it crawl either.
MAX_SEARCH = 300
MAX_TRIES = 2000
MAX_PASSES = 16
MAX_ECHO = 200  # characters: an echoed label cell is short


def _seam(left: str, right: str) -> bool:
    """A visible boundary between two glued characters."""
    if not is_word_char(left) or not is_word_char(right):
        return True
    if left.isdigit() != right.isdigit():
        return True
    return left.islower() and right.isupper()


def _boundary_before(s: str, i: int) -> bool:
    return i == 0 or _seam(s[i - 1], s[i])


def _boundary_after(s: str, i: int) -> bool:
    return i >= len(s) or _seam(s[i - 1], s[i])


def _nonspace(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace())


def _cuts(s: str) -> tuple[frozenset[int], frozenset[int]]:
    """How the text is cut into words: ``(spaced, glued)``, the places between two of its letters or digits (counted
    in its letters and digits alone) that white space parts, and those where they touch (``Shared MIME`` →
    ``({6}, {1, 2, 3, 4, 5, 7, 8, 9})``). Punctuation between two letters is neither (``city’s``).

    >>> [sorted(c) for c in _cuts("Port of  Nagoya")][0], [sorted(c) for c in _cuts("city’s")]
    ([4, 6], [[], [1, 2, 3]])
    """
    spaced, glued = set(), set()
    letters = 0
    between = ""
    for ch in s:
        if not is_word_char(ch):
            between += ch
            continue
        if letters:
            if not between:
                glued.add(letters)
            elif between.isspace():
                spaced.add(letters)
        letters += 1
        between = ""
    return frozenset(spaced), frozenset(glued)


def _cut_alike(a: str, b: str) -> bool:
    """Two copies cut into words alike: no place white space parts in one where the other's letters touch
    (``SharedMIME`` / ``Shared MIME``: a label spelt as one word and the name it stands for, two spellings; a layer
    drawn twice is the same text, and a shadow that lost an apostrophe leaves a space where it stood, ``city s``)."""
    (a_spaced, a_glued), (b_spaced, b_glued) = _cuts(a), _cuts(b)
    return not (a_spaced & b_glued or b_spaced & a_glued)


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


class _Repeat:
    """Two adjacent copies ``s[a0:a1]`` and ``s[b0:b1]`` (white space between)."""

    def __init__(self, s: str, a0: int, a1: int, b0: int, b1: int, key_len: int) -> None:
        self.a0, self.a1, self.b0, self.b1 = a0, a1, b0, b1
        self.key_len = key_len
        self.first = s[a0:a1]
        self.second = s[b0:b1]
        self.spaced = b0 > a1 or s[a0:a1][-1:].isspace()
        # The second copy opens with the same bullet as the first (■Osaka■Osaka);
        # a bracket, a quote or a path's slash is text (「はい」「はい」, /etc/dpkg/dpkg.cfg).
        self.mirrored = s[a0] == s[b0] and _is_bullet(s[a0])
        self.connected = not self.mirrored and any(
            ch in CONNECTORS for ch in s[a1 - 1:b0 + 1] if not is_word_char(ch)
        )
        a, b = _nonspace(self.first), _nonspace(self.second)
        self.exact = a == b
        self.lossy = not self.exact and (_is_subsequence(a, b) or _is_subsequence(b, a))
        self.keep_first = len(a) >= len(b)

    def drop_span(self) -> tuple[int, int]:
        return (self.a1, self.b1) if self.keep_first else (self.a0, self.b0)


_HEX = re.compile(r"[0-9A-F]+|[0-9a-f]+")


def _numberlike(unit: str) -> bool:
    """Digits, or hexadecimal digits with a digit among them (``FEDCBA9876543210``, ``0f0f``): a number.

    >>> _numberlike("2020"), _numberlike("FEDCBA98"), _numberlike("Hangzhou"), _numberlike("CAFE")
    (True, True, False, False)
    """
    return unit.isdigit() or (_HEX.fullmatch(unit) is not None and any(ch.isdigit() for ch in unit))


def _find_repeat(s: str, key: str, kpos: list[int], starts: list[int], accept) -> _Repeat | None:
    """The longest acceptable pair of adjacent copies in ``s``."""
    n = len(key)
    lengths = range(n // 2, 1, -1) if n <= MAX_SEARCH else [n // 2] if n % 2 == 0 else []
    tries = 0
    for length in lengths:
        for i in starts:
            if i + 2 * length > n:
                break
            if key[i] != key[i + length] or key[i:i + length] != key[i + length:i + 2 * length]:
                continue
            unit = key[i:i + length]
            if _numberlike(unit) or 2 * unit.count(GAP) > len(unit):
                continue
            tries += 1
            if tries > MAX_TRIES:
                return None
            rep = _build(s, kpos, i, length)
            if rep is not None and accept(rep):
                return rep
    return None


def _build(s: str, kpos: list[int], i: int, length: int) -> _Repeat | None:
    first_key, last_key_a = kpos[i], kpos[i + length - 1]
    first_key_b, last_key_b = kpos[i + length], kpos[i + 2 * length - 1]
    # Leading symbols (■ ○ “ ・) belong to the unit; so do trailing ones (” . )).
    a0 = first_key
    while a0 > 0 and not s[a0 - 1].isspace() and not is_word_char(s[a0 - 1]):
        a0 -= 1
    b1 = last_key_b + 1
    while b1 < len(s) and not s[b1].isspace() and not is_word_char(s[b1]):
        b1 += 1
    if not _boundary_before(s, a0) or not _boundary_after(s, b1):
        return None
    lead = s[a0:first_key]
    seam = s[last_key_a + 1:first_key_b]
    if any(ch.isspace() for ch in seam):
        # Symbols before the white space close the first copy, those after
        # it open the second.
        cut = next(k for k, ch in enumerate(seam) if ch.isspace())
        rest = seam[cut:]
        a1 = last_key_a + 1 + cut
        b0 = a1 + (len(rest) - len(rest.lstrip()))
    else:
        # No white space: the unit's own leading symbols start the second copy.
        split = len(seam) - len(lead) if lead and seam.endswith(lead) else len(seam)
        a1 = b0 = last_key_a + 1 + split
    return _Repeat(s, a0, a1, b0, b1, length)


def _inside_number(s: str, i: int) -> bool:
    """Position ``i`` is inside a number: a digit before it and a digit, or a decimal point and a digit, at it.

    >>> _inside_number("core-2.0-ia32", 6), _inside_number("Chapter1Chapter1", 8)
    (True, False)
    """
    if i <= 0 or i >= len(s) or not s[i - 1].isdigit():
        return False
    return s[i].isdigit() or (s[i] in ".," and i + 1 < len(s) and s[i + 1].isdigit())


def _glued_ok(rep: _Repeat, s: str) -> bool:
    """Glued copies that prove a doubled layer by themselves.

    They must be the same text (or one a copy that lost punctuation): copies
    that each have symbols the other lacks are the author's text, such as a
    formula (``FA(w)·FB(w)|FA(w)||FB(w)|``) or a bracketed repeat
    (``「ワッショイワッショイ」``). Then: a shadow copy that lost punctuation, a
    unit opening with its own bullet (``■Russia■Russia``), or a Latin seam no
    word has inside it where the copies meet — lower case then capital, digit
    next to letter (``Chapter1Chapter1``), a symbol then a letter
    (``35min.35min.``), or a glued token no word list knows
    (``developmentsremarkable``). Short units need a seam between letters or
    digits (``couscous``, ``tartar`` stay); punctuation between two short copies
    is no seam (``はい。はい。``, ``No. No.``). Japanese has no such seam and
    repeats words on purpose (``ワッショイワッショイ``): its glued copies need
    a doubled layer shown nearby (:func:`_glued_with_evidence`).
    """
    if rep.spaced or not (rep.exact or rep.lossy):
        return False
    if _inside_number(s, rep.a0) or _inside_number(s, rep.b0):
        return False  # ``core-2.0-ia32:core-3.0-ia32:core-3.1``: a version list repeats its parts, no layer starts mid-number
    if _list_pieces(rep, s):
        return False
    if not _cut_alike(rep.first, rep.second):
        # ``SharedMIMEShared MIME-info``: a reference's label glued to its entry, one spelt as one word and one as
        # two; a layer drawn twice is the same text, its words parted alike (real-PDF trial 62b: the label had gone)
        return False
    if rep.mirrored or (rep.lossy and rep.key_len >= MIN_SPACED_NEAR):
        return True
    if rep.key_len >= MIN_GLUED and len(set(_key(rep.first))) < 3:
        return False  # ``oooooOOOOO``: a letter held, not a phrase drawn twice
    left, right = s[rep.b0 - 1], s[rep.b0]
    if rep.key_len < MIN_GLUED:
        # A short unit must be a token of its own: ``DuckDuckGo``, ``0x0F0F0F0F`` are names and numbers.
        return (is_word_char(left) and is_word_char(right) and _seam(left, right)
                and _token_edge(s, rep.a0, before=True) and _token_edge(s, rep.b1, before=False))
    if rep.exact and _whole(rep, s) and explicit_number(rep.first.strip()) is not None and _heading_title(rep.first):
        # ``2. 港湾再開発の経緯2. 港湾再開発の経緯``: a heading glued to itself; no line repeats its own heading
        # number after its title, in any script
        return True
    if not LATIN_RE.search(rep.first):
        return False
    if is_word_char(left) and is_word_char(right):
        return _seam(left, right) or not _is_known_word(_token_at(s, rep.b0))
    # A sentence or a bracket closes, and the copy starts again with a capital or a digit
    # (``35min.35min.``, ``(by city)Director (by city)``); ``service.service`` is a name.
    return left in CLOSERS and s[rep.b0 - 2:rep.b0 - 1] not in CLOSERS and (right.isupper() or right.isdigit())


CLOSERS = frozenset(".!?)）」』”’】")


def _heading_title(unit: str) -> bool:
    """The unit has a title after its heading number (letters, not only digits: ``1.1.1.1`` is a number)."""
    return any(ch.isalpha() for ch in unit)


def _token_edge(s: str, k: int, *, before: bool) -> bool:
    """Position ``k`` is the start (``before``) or the end of a token: white space, an edge or punctuation."""
    if before:
        return k == 0 or not is_word_char(s[k - 1])
    return k >= len(s) or not is_word_char(s[k])


def _whole(rep: _Repeat, s: str) -> bool:
    """The two copies are the whole line: a shadow copies a text box, not a phrase inside a sentence
    (``Identity added: /home/u/.ssh/id_rsa (/home/u/.ssh/id_rsa)``)."""
    return not s[:rep.a0].strip() and not s[rep.b1:].strip()


def _glued_with_evidence(rep: _Repeat, s: str) -> bool:
    """Glued copies that are a doubled layer when the layer is shown doubled nearby."""
    return not rep.spaced and (rep.exact or rep.lossy) and rep.key_len >= MIN_GLUED and not _list_pieces(rep, s)


def _list_pieces(rep: _Repeat, s: str) -> bool:
    """Glued copies whose unit holds a connector (``/``, ``-``, ``,``: :data:`CONNECTORS`) and that start or end inside
    a token: pieces of a list's items, not a run drawn twice. A layer drawn twice repeats its run whole, so a list
    drawn twice is glued to itself at its ends (``growth/rateEconomic growth/rate``); a list naming variants
    repeats parts of its items (``TeX/LaTeX/LaTeXe``: ``TeX/La`` twice, the second copy ending inside ``LaTeXe``).

    Why (helper ghost79, real-PDF trial 79c, platexsheet): ``\\TeX/\\LaTeX/\\LaTeXe TEX/LATEX/LATEX 2ε（ロゴ）`` had
    lost ``\\LaTeX`` and ``LATEX`` as a doubled layer.

    >>> def rep(s, i, n):
    ...     kpos = [k for k, ch in enumerate(s) if ch.isalnum()]
    ...     return _list_pieces(_build(s, kpos, i, n), s)
    >>> rep("TeX/LaTeX/LaTeXe", 0, 5), rep("Economic growth/rateEconomic growth/rate", 0, 18)
    (True, False)
    """
    inner = s[rep.a0:rep.a1]
    if not any(ch in CONNECTORS for ch in inner.strip()[1:-1]):
        return False
    return not (_token_edge(s, rep.a0, before=True) and _token_edge(s, rep.b1, before=False))


def _token_at(s: str, k: int) -> str:
    """The run of letters around position ``k``."""
    start, end = k, k
    while start > 0 and s[start - 1].isalpha():
        start -= 1
    while end < len(s) and s[end].isalpha():
        end += 1
    return s[start:end]


def _is_known_word(token: str) -> bool:
    return zipf(token.lower()) >= KNOWN_ZIPF


def collapse_doubled_runs(text: Text, *, doubled_nearby: bool = False) -> Fixed:
    """Collapse adjacent copies of a run of text to one copy.

    Why: fake-bold and shadowed text is drawn twice and extracted twice; a
    person reading the slide sees it once. See the module docstring for when
    copies separated by white space count as copies.

    >>> collapse_doubled_runs(Text.from_raw("Riverton CityRiverton CityRiverton  CityRiverton  City", 1)).text.text
    'Riverton City'
    >>> collapse_doubled_runs(Text.from_raw("Ferry “Kamome”Ferry Kamome", 1)).text.text
    'Ferry “Kamome”'
    >>> collapse_doubled_runs(Text.from_raw("Sales Office Sales Office", 1)).text.text
    'Sales Office Sales Office'
    >>> collapse_doubled_runs(Text.from_raw("Sales Office Sales Office", 1), doubled_nearby=True).text.text
    'Sales Office'
    """
    changes: list[Change] = []
    damaged = _damaged_half(text.text)
    if damaged is not None:
        fixed = drop_spans(text, [damaged], "doubled-layer")
        text = fixed.text
        changes.extend(fixed.changes)
    for spans in _collapse_plan(text.text, doubled_nearby):
        fixed = drop_spans(text, spans, "doubled-layer")
        text = fixed.text
        changes.extend(fixed.changes)
    return Fixed(text, tuple(changes))


@lru_cache(maxsize=4096)
def _collapse_plan(s: str, doubled_nearby: bool) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The spans to drop, step by step, from the string alone (cached: the
    document rule asks about each line more than once, and rules run in rounds)."""
    steps: list[tuple[tuple[int, int], ...]] = []
    evidence = doubled_nearby
    inline = False  # a copy was already found glued in this very line
    for _ in range(MAX_PASSES):
        kpos = [k for k, ch in enumerate(s) if ch.isalnum() or ch == GAP]
        key = "".join(s[k] for k in kpos)
        if len(key) < 4:
            break
        if len(key) > MAX_SEARCH:
            starts = [0]
        else:
            starts = [i for i, k in enumerate(kpos) if _boundary_before(s, k) or (k > 0 and not is_word_char(s[k - 1]))]

        def accept(rep: _Repeat) -> bool:
            if rep.connected:
                return inline
            if _glued_ok(rep, s):
                return True
            if not rep.spaced:
                return evidence and _glued_with_evidence(rep, s)
            if rep.lossy and rep.key_len >= MIN_SPACED_NEAR and _whole(rep, s) and shadow_pair(rep.first, rep.second):
                return True
            # ``Bora Bora`` is a word; a doubled box line is longer.
            return evidence and rep.key_len >= MIN_GLUED

        rep = _find_repeat(s, key, kpos, starts, accept)
        if rep is None:
            break
        if not rep.spaced or rep.lossy:
            evidence = inline = True
        start, end = rep.drop_span()
        steps.append(((start, end),))
        s = s[:start] + s[end:]
    if evidence and steps:
        spans = _doubled_symbol_spans(s)
        if spans:
            steps.append(tuple(spans))
    return tuple(steps)


def _doubled_symbol_spans(s: str) -> list[tuple[int, int]]:
    """In a line shown to be doubled, ``--`` is one ``-`` drawn twice; but not the ``//`` of a URL's scheme
    (``http://``), the ``..`` of a relative path (``../``) or the ``--`` of a command's long option (``--help``),
    which are written so (real-PDF trial 62b: ``http:/www.freedesktop.org``).

    >>> _doubled_symbol_spans("Osaka -- Kobe"), _doubled_symbol_spans("see http://x.org, ../a and --help")
    ([(7, 8)], [])
    """
    spans = []
    k = 0
    while k < len(s) - 1:
        ch = s[k]
        written = (ch == "/" and s[k - 1:k] == ":") or (ch == "." and s[k + 2:k + 3] == "/") \
            or (ch == "-" and s[k + 2:k + 3].isalpha() and (k == 0 or s[k - 1].isspace()))
        if not ch.isspace() and not is_word_char(ch) and s[k + 1] == ch and (k + 2 >= len(s) or s[k + 2] != ch) \
                and not written:
            if k == 0 or s[k - 1] != ch:
                spans.append((k + 1, k + 2))
                k += 2
                continue
        k += 1
    return spans


def collapse_doubled_layers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Run :func:`collapse_doubled_runs` on every line, with its neighbours as evidence.

    Why: copies separated by white space (``Riverton Business Riverton
    Business``) and glued Japanese copies are a doubled layer only where the
    layer is seen doubled nearby (``HangzhouHangzhou`` two lines below); otherwise
    they may be two boxes side by side, or a word said twice, and both stay.

    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1))
    ...     return [l.text.text for l in collapse_doubled_layers(lines)[0]]
    >>> run("Office in Office in", "HangzhouHangzhou")
    ['Office in', 'Hangzhou']
    >>> run("Office in Office in", "Tokyo Osaka")
    ['Office in Office in', 'Tokyo Osaka']
    """
    plain = [collapse_doubled_runs(line.text) for line in lines]
    glued = [f.changed for f in plain]
    # Lines that would collapse with evidence: copies apart, or Japanese glued.
    weak = [
        not glued[k] and collapse_doubled_runs(line.text, doubled_nearby=True).changed
        for k, line in enumerate(lines)
    ]
    supported = _supported_groups(glued, weak)
    out: list[Line] = []
    changes: list[Change] = []
    for k, line in enumerate(lines):
        fixed = collapse_doubled_runs(line.text, doubled_nearby=True) if supported[k] else plain[k]
        out.append(line.with_text(fixed.text))
        changes.extend(Change(c.removed, c.reason, c.replacement, "collapse_doubled_runs") for c in fixed.changes)
    return tuple(out), changes


def _supported_groups(glued: Sequence[bool], spaced: Sequence[bool]) -> list[bool]:
    """Spaced-copy lines next to each other form a group; a group is supported
    when a glued-copy line is within :data:`NEARBY` lines of any member."""
    n = len(glued)
    supported = [False] * n
    k = 0
    while k < n:
        if not spaced[k]:
            k += 1
            continue
        end = k
        while end + 1 < n and spaced[end + 1]:
            end += 1
        lo, hi = max(0, k - NEARBY), min(n, end + NEARBY + 1)
        if any(glued[lo:hi]):
            for m in range(k, end + 1):
                supported[m] = True
        k = end + 1
    return supported


def drop_trailing_echo(text: Text) -> Fixed:
    """Drop a glued copy of the line's own beginning from its end.

    Why: in a two-column table the doubled label cell is extracted once
    before and once after the other cell's text: ``Environment Panel ○Coastal
    clean-up … of 10 citiesEnvironment Panel``. The echo is glued to the last
    word, which real text never is.

    >>> drop_trailing_echo(Text.from_raw("Water Panel ○Pipes for 5 townsWater Panel", 1)).text.text
    'Water Panel ○Pipes for 5 towns'
    >>> drop_trailing_echo(Text.from_raw("Water is water", 1)).changed
    False
    >>> drop_trailing_echo(Text.from_raw("1株当たり純利益　　潜在株式調整後1株当たり純利益", 1)).changed
    False
    """
    s = text.text.rstrip()
    # Cheap test first: the echo starts in the second half with the line's first word.
    first = s.split()[0][:MIN_GLUED] if s.strip() else ""
    if not first or s.find(first, max(1, len(s) // 2 - 1)) < 0:
        return unchanged(text)
    best = None
    for p in range(1, min(len(s) // 2, MAX_ECHO) + 1):
        if not (p == len(s) or not is_word_char(s[p]) or _seam(s[p - 1], s[p])):
            continue
        head = s[:p].strip()
        if len(_key(head)) < MIN_GLUED or not s.endswith(head):
            continue
        q = len(s) - len(head)
        # Glued to the last word with a seam (``citiesEnvironment``): ``cfdisk(8)`` after
        # ``fdisk(8) と`` is another word that ends the same way.
        if q <= p or not is_word_char(s[q - 1]) or not is_word_char(s[q]) or not _seam(s[q - 1], s[q]):
            continue
        # Japanese glues every word to the next: a word after Japanese text is no seam, and a compound repeating
        # the line's first phrase is its own text (fresh-user trial 83b: a results table's header
        # ``1株当たり四半期純利益　　潜在株式調整後1株当たり四半期純利益`` had lost its second column's words)
        if has_japanese(s[q - 1]):
            continue
        best = q
    if best is None:
        return unchanged(text)
    return drop_spans(text, [(best, len(text.text))], "doubled-layer")


def _key(s: str) -> str:
    return "".join(ch for ch in s if is_word_char(ch))


MIN_OVERLAP = 0.5
"""Share of the smaller box's height (and width) two lines' boxes must have in common to be drawn over each other."""


def _overlaid(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Two PDF line boxes ``(x0, y0, x1, y1)`` drawn over each other: they share at least :data:`MIN_OVERLAP` of the
    smaller one's height and of its width. Lines of text stand a line's height apart and share no height.

    >>> _overlaid((72, 756.6, 226, 770.6), (73.5, 753.6, 227.5, 767.6)), _overlaid((72, 697.5, 282, 708), (72, 681.5, 282, 692))
    (True, False)
    """
    high = min(a[3], b[3]) - max(a[1], b[1])
    wide = min(a[2], b[2]) - max(a[0], b[0])
    return (high >= MIN_OVERLAP * min(a[3] - a[1], b[3] - b[1]) > 0
            and wide >= MIN_OVERLAP * min(a[2] - a[0], b[2] - b[0]) > 0)


def drop_overlaid_copies(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Keep one of two PDF lines that say the same and are drawn over each other.

    Why: a shadow or a second text layer drawn a point or more off its text (beyond what extract's overprint rule
    takes for the same place, :mod:`pipeline.extract.overprint`) comes out as the line repeated right after itself.
    Where the two lines' boxes overlap (:func:`_overlaid`: half the height and half the width in common, on one
    page), no reader sees two lines: text set line under line never overlaps, so a line genuinely repeated (a
    chorus, a table's label in two rows) stands a line's height away and stays. The two must say the same (the
    same text, or the text and a shadow that lost punctuation, :func:`~pipeline.clean.shadow.shadow_pair`), in
    letters or digits more than lost glyphs (two unmapped glyphs drawn over each other may be two glyphs); the one
    with more characters stays, the first on a tie. Where one copy reads a character the other lost
    (:func:`damaged_copy`), the damaged copy goes. A text dump has no boxes: there a line repeated right after
    itself stays (docs/limits.md).

    >>> def run(*rows):
    ...     lines = tuple(Line(Text.from_raw(s, n), page=1, box=box) for n, (s, box) in enumerate(rows, 1))
    ...     return [l.text.text for l in drop_overlaid_copies(lines)[0]]
    >>> run(("港町の国際交流", (72, 756, 226, 770)), ("港町の国際交流", (73.5, 753, 227.5, 767)))
    ['港町の国際交流', '']
    >>> run(("港町の国際交流", (72, 756, 226, 770)), ("港町の国際交流", (72, 740, 226, 754)))
    ['港町の国際交流', '港町の国際交流']
    """
    out = list(lines)
    changes: list[Change] = []
    for k in range(1, len(lines)):
        first, second = out[k - 1], out[k]
        if (first.box is None or second.box is None or first.page != second.page or not first.text.text
                or not _overlaid(first.box, second.box)):
            continue
        a, b = first.text.text, second.text.text
        damaged = damaged_copy(" ".join(a.split()), " ".join(b.split()))
        if damaged is not None:  # the copy that lost glyphs goes (its twin reads them)
            loser = k - 1 if damaged == 0 else k
        else:
            key = _key(a)
            if not key or 2 * key.count(GAP) >= len(key) or key != _key(b):
                continue  # two lost glyphs drawn over each other may be two different glyphs: no proof of one text
            if not (" ".join(a.split()) == " ".join(b.split()) or shadow_pair(a, b)):
                continue
            loser = k if len(_nonspace(a)) >= len(_nonspace(b)) else k - 1
        fixed = drop_spans(out[loser].text, [(0, len(out[loser].text))], "doubled-layer")
        out[loser] = out[loser].with_text(fixed.text)
        changes.extend(fixed.changes)
    return tuple(out), changes


DOUBLED_DUMP_SHARE = 0.8
"""The share of a text dump's lines (not blank) that must stand in pairs, each line repeated right after itself, for
the whole dump to read as a doubled text layer (:func:`drop_doubled_dump_lines`)."""
MIN_DOUBLED_DUMP_PAIRS = 5
"""The fewest such pairs that prove it: a chorus or a table's label in two rows is a pair or three."""


MIN_REPEATED_SENTENCE_WORDS = 8
"""Words an English sentence has at least for its copy right after it to read as a doubled layer by itself
(:func:`repeated_sentence`); a Japanese one :data:`MIN_REPEATED_SENTENCE_CHARS` characters."""
MIN_REPEATED_SENTENCE_CHARS = 20
TITLE_PAIR_LINES = 2
"""The copy of a title repeated right after itself stands at most this many lines (not blank) into the dump."""
_SENTENCE_STOP = re.compile(r"[.!?。！？][\"'”’)）」』]?$")


def repeated_sentence(text: str) -> bool:
    """``text`` (one line, white space folded) is a whole sentence long enough that a copy of it right after itself
    is a doubled text layer, never the writer's: it ends on a sentence's stop and holds
    :data:`MIN_REPEATED_SENTENCE_WORDS` words (``The workshop was attended by thirty staff from four councils.``) or,
    Japanese, :data:`MIN_REPEATED_SENTENCE_CHARS` characters. A chorus's line (``La la la, the harbour sings``), a
    table's label (``Environment Panel``) and a short exclamation (``Well done!``) are none.

    >>> repeated_sentence("The workshop was attended by thirty staff from four councils.")
    True
    >>> repeated_sentence("La la la, the harbour sings"), repeated_sentence("Well done, everyone!"), repeated_sentence("本文。")
    (False, False, False)
    >>> repeated_sentence("参加者は、海面上昇の最新の予測について意見を交わしました。")
    True
    """
    if _SENTENCE_STOP.search(text) is None:
        return False
    if script_of(text) == JA:
        return len(text) >= MIN_REPEATED_SENTENCE_CHARS
    return len(text.split()) >= MIN_REPEATED_SENTENCE_WORDS


MIN_REPEATED_STATEMENT_CHARS = 12
"""Characters a Japanese statement (:func:`repeated_statement`) holds at least for its copy on the raw line right
under it to read as a doubled layer: about five words, a request or a notice's line (``筆記用具と上履きを持ってきてください。``)."""
_STATEMENT_STOP = re.compile(r"[。．][」』）)]?$")


def repeated_statement(text: str) -> bool:
    """``text`` (one line, white space folded) is a Japanese statement ending on a full stop, shorter than
    :func:`repeated_sentence` asks but :data:`MIN_REPEATED_STATEMENT_CHARS` characters or more, and no chant
    (:func:`chant`): printed again on the raw line right under itself, no blank line between, it is a second text
    layer (decision, issue 16 point 4, helper furn83; fresh-user trials 82a and 82c: a rules document's and a year
    newsletter's doubled lines had stayed twice). A writer repeats an exclamation or a call (``がんばろう！``, a
    chorus's line, which ends on no full stop) and a short word or two (``はい。``), not a request or a rule.

    >>> repeated_statement("筆記用具と上履きを持ってきてください。"), repeated_statement("従業員は職務に専念すること。")
    (True, True)
    >>> repeated_statement("はい、そうです。"), repeated_statement("みんなでがんばろう、最後まで！"), repeated_statement("Bring a pencil and shoes.")
    (False, False, False)
    """
    return (script_of(text) == JA and len(text) >= MIN_REPEATED_STATEMENT_CHARS
            and _STATEMENT_STOP.search(text) is not None and not chant(text))


MIN_REPEATED_ITEM_WORDS = 5
"""Words a list's marked item has at least (Japanese: :data:`MIN_REPEATED_ITEM_CHARS` characters) for its copy right
after it to read as a doubled layer by itself (:func:`repeated_item`)."""
MIN_REPEATED_ITEM_CHARS = 12


def repeated_item(text: str) -> bool:
    """``text`` is a list's item behind a bullet (``• Tenant satisfaction rose to 82%, up from 78%``) long enough that
    a copy of it right after itself is a doubled layer: a list never gives one item twice in a row.

    >>> repeated_item("• Tenant satisfaction rose to 82%, up from 78%"), repeated_item("• Tea"), repeated_item("Tenant satisfaction rose")
    (True, False, False)
    """
    if BULLET_START.match(text) is None:
        return False
    body = text[1:].strip()
    if script_of(body) == JA:
        return len(body) >= MIN_REPEATED_ITEM_CHARS
    return len(body.split()) >= MIN_REPEATED_ITEM_WORDS


_COUNTED_LABEL = re.compile(r"^\s*(?:[QAＱＡ問答]\s?[0-9０-９]{1,3}(?:\s?[.．:：)）]|\s)|[QAＱＡ問答](?:[.．:：)）]|\u3000)|[ＱＡ問答]\s"
                            r"|第\s?[0-9０-９一二三四五六七八九十百]{1,4}\s?[条項問])\s*")
"""A question's, an answer's or an article's label opening a line (``Q7．``, ``A7.``, ``問3　``, ``第3条``, and an FAQ's
unnumbered ``Ｑ　``, ``Ａ ``, ``A:``; a half-width ``A`` before a word space is the article), beside the heading numbers
:func:`~pipeline.numbering.explicit_number` reads."""
MIN_LABELLED_LETTERS = 4
"""Letters a counted line holds after its label at least (:func:`repeated_counted`): ``2.5 km`` or ``1. Yes`` twice
may be a table's cells or a form's answers."""


def repeated_counted(text: str) -> bool:
    """``text`` opens on a counted label, then words (:data:`MIN_LABELLED_LETTERS` letters at least): an FAQ's question
    or answer (``Q7．保証期間はどのくらいですか。``), a numbered heading or item (``2. Measure stream discharge``, ``(1)　設置
    基準``), an article (``第3条　目的``). A document counts such lines one by one, so the same number twice in a row is
    no writer's; its copy right after it is a doubled layer, however short the line (fresh-user trial 75d's FAQ:
    ``Q7．…`` twice, 16 characters, under :data:`MIN_REPEATED_SENTENCE_CHARS`). An FAQ's unnumbered ``Ａ　…`` is counted
    by its turn: a question and its answer alternate, so the same answer twice in a row is a copy too (fresh-user
    trial 72c's handout, ``Ａ　１５歳から書くことができます。`` twice).

    >>> repeated_counted("Q7．保証期間はどのくらいですか。"), repeated_counted("(1)　設置基準"), repeated_counted("第3条　目的と定義")
    (True, True, True)
    >>> repeated_counted("Ａ　１５歳から書くことができます。"), repeated_counted("Ａ １５歳から書くことができます。")
    (True, True)
    >>> repeated_counted("A: Fifteen years and over.")
    True
    >>> repeated_counted("2.5 km"), repeated_counted("1. Yes"), repeated_counted("La la la"), repeated_counted("Q7")
    (False, False, False, False)
    >>> repeated_counted("A great deal of rain fell."), repeated_counted("答申の概要について"), repeated_counted("問題の所在")
    (False, False, False)
    """
    m = _COUNTED_LABEL.match(text)
    end = m.end() if m is not None and m.group(0).strip() else (number_end(text) if explicit_number(text) is not None else None)
    return end is not None and sum(c.isalpha() for c in text[end:]) >= MIN_LABELLED_LETTERS


_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w’'&/-]*|a|an|the|and|or|of|for|in|on|at|to|by|with|from)$")


def repeated_title(text: str) -> bool:
    """``text`` is an English title in title case (three words or more, each capitalised but the short words of a
    title, no comma and no stop): at a dump's top (:data:`TITLE_PAIR_LINES`), its copy right after it is a title drawn
    twice (a shadow, a second layer), as a PDF's overlaid copy is (:func:`drop_overlaid_copies`).

    >>> repeated_title("Coastal Resilience Planning Workshop"), repeated_title("Environment Panel")
    (True, False)
    >>> repeated_title("La la la, the harbour sings"), repeated_title("Happy birthday to you")
    (False, False)
    """
    words = text.split()
    return len(words) >= 3 and not any(c in text for c in ",.;:!?") and words[0][:1].isupper() \
        and all(_TITLE_WORD.match(w) for w in words)


def drop_doubled_dump_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Keep one line of each pair in a text dump every line of which is repeated right after itself.

    Why: a PDF's second text layer, dumped by a tool that reads each layer's line in turn, comes out as the whole
    document with each line twice (trial 55's ``doubled_wrap.txt``: 29 lines, each twice, had given 8 sections for 4 and
    a speaker named twice). A dump has no boxes (:func:`drop_overlaid_copies` needs them), and one line repeated is no
    proof (a chorus, a table's label in two rows: those stay, docs/clean.md); the proof is the document's: at least
    :data:`MIN_DOUBLED_DUMP_PAIRS` pairs, covering :data:`DOUBLED_DUMP_SHARE` of the lines that are not blank. Then
    the second of each pair goes to the ledger (``doubled-layer``); a line not repeated stays, and so does a line
    repeated three times (its third is the text's). Blank lines between a line and its copy are the dump's. A PDF's lines (with boxes) are left to
    :func:`drop_overlaid_copies`.

    Where the rest of the dump is said once, a pair proves the layer by itself (decision, issue 16 point 2, helper
    news72, fresh-user trial 71's workshop report): a whole sentence (:func:`repeated_sentence`), a list's long item
    (:func:`repeated_item`), a counted line (:func:`repeated_counted`: ``Q7．…``, ``(1)　…``; helper furn76) or, at the dump's
    top, a title (:func:`repeated_title`) repeated on the raw line right under it, no blank line between. Nobody
    writes a sentence of eight words twice in a row, nor the title twice over its text; a chorus's short line, a
    table's label and a line said again after a blank line stay, as before. Shorter lines, wrapped lines and a copy
    that lost glyphs its twin reads go where :func:`doubled_short_copies` shows them drawn twice (session 73).

    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n), page=1) for n, s in enumerate(texts, 1))
    ...     return [l.text.text for l in drop_doubled_dump_lines(lines)[0]]
    >>> run(*[s for s in ("表題", "本文一", "本文二", "本文三", "本文四", "結び") for _ in (0, 1)])[:4]
    ['表題', '', '本文一', '']
    >>> run("La la la", "La la la", "港町の歌", "港町の歌", "本文。")
    ['La la la', 'La la la', '港町の歌', '港町の歌', '本文。']
    >>> run("Workshop Report", "Coastal Planning Workshop", "Coastal Planning Workshop", "It was held in May.",
    ...     "The workshop was attended by thirty staff from four councils.",
    ...     "The workshop was attended by thirty staff from four councils.")
    ['Workshop Report', 'Coastal Planning Workshop', '', 'It was held in May.', 'The workshop was attended by thirty staff from four councils.', '']
    """
    if any(line.box is not None for line in lines):
        return _drop_pdf_line_copies(lines)
    texts = [" ".join(line.text.text.split()) for line in lines]
    shown = [k for k, t in enumerate(texts) if t]
    seconds: list[int] = []
    k = 0
    while k + 1 < len(shown):
        a, b = shown[k], shown[k + 1]
        if texts[a] == texts[b]:  # blank lines between them are the dump's
            seconds.append(b)
            k += 2
        else:
            k += 1
    if len(seconds) < MIN_DOUBLED_DUMP_PAIRS or 2 * len(seconds) < DOUBLED_DUMP_SHARE * len(shown):
        # a pair that proves the layer by itself, where the rest of the dump is said once
        seconds = [b for b in seconds if b - 1 >= 0 and texts[b - 1] == texts[b]
                   and (repeated_sentence(texts[b]) or repeated_item(texts[b])
                        or (repeated_statement(texts[b]) and _raw_next(lines[b - 1], lines[b]))
                        # (read unfolded: an FAQ's ``A　…`` keeps the ideographic space that tells its label)
                        or (repeated_counted(lines[b].text.text.strip()) and _raw_next(lines[b - 1], lines[b]))
                        or shown.index(b) <= TITLE_PAIR_LINES and repeated_title(texts[b]))]
        seconds = sorted(set(seconds) | set(_short_copies(lines, texts, frozenset(seconds))))
        if not seconds:
            return lines, []
    out = list(lines)
    changes: list[Change] = []
    for b in seconds:
        fixed = drop_spans(out[b].text, [(0, len(out[b].text))], "doubled-layer")
        out[b] = out[b].with_text(fixed.text)
        changes.extend(fixed.changes)
    return tuple(out), changes


MIN_TWIN_AGREED = 4
"""Letters and digits two copies must have in common, beside one copy's lost glyphs, to be one line drawn twice
(:func:`damaged_copy`)."""


def _same_up_to_gaps(a: str, b: str) -> bool:
    """``a`` and ``b`` are one text where neither lost a glyph: the same length, each position equal or a lost glyph."""
    return len(a) == len(b) and all(x == y or GAP in (x, y) for x, y in zip(a, b))


def damaged_copy(a: str, b: str) -> int | None:
    """Which of two lines (white space folded) is a copy of the other that lost glyphs: ``0`` for ``a``, ``1`` for
    ``b``, ``None`` when they are not one text or neither lost a glyph. Every position agrees but where one copy,
    always the same, has a lost glyph (``入場無\ufffd・予約不要`` beside ``入場無料・予約不要``); the other copy has a
    character there, at least :data:`MIN_TWIN_AGREED` letters or digits agree, and the lost glyphs are fewer than
    the agreeing letters. Why it is a copy: a line set twice by its writer is drawn twice in one font and decodes
    alike, lost glyphs and all; copies that decode differently were drawn by two fonts, a text and its second
    layer (a shadow, an outline or fake-bold face whose glyphs lack a Unicode map).

    >>> damaged_copy("入場無料・予約不要", "入場無\ufffd・予約不要"), damaged_copy("Admission \ufffdree", "Admission free")
    (1, 0)
    >>> damaged_copy("La la la", "La la la"), damaged_copy("Ab\ufffdd", "A\ufffdcd"), damaged_copy("Tokyo 12", "Tokyo 13")
    (None, None, None)
    """
    if a == b or not _same_up_to_gaps(a, b):
        return None
    lost_a = [x == GAP and y != GAP for x, y in zip(a, b) if x != y]
    if all(lost_a):
        loser = 0
    elif not any(lost_a):
        loser = 1
    else:
        return None  # each copy lost a glyph the other kept
    agreed = sum(x == y and x != GAP and x.isalnum() for x, y in zip(a, b))
    if agreed < MIN_TWIN_AGREED or len(lost_a) >= agreed:
        return None
    return loser


_CHANT_GLUED = re.compile(r"([^\x00-\x7f\s]{2,})\1")


def chant(text: str) -> bool:
    """``text`` repeats itself inside, as a chorus's or a chant's line does: a word said again right after itself
    (``La la la``, ``bye bye``, ``Hip hip hooray``) or Japanese glued to itself (``ワッショイワッショイ``). A line that
    repeats itself inside is repeated on purpose; its copy on the next line may be too.

    >>> chant("La la la"), chant("ワッショイワッショイ"), chant("入場無料・予約不要"), chant("Mississippi River")
    (True, True, False, False)
    """
    words = [w.strip(",.!?;:…、。！？\"'“”‘’").lower() for w in text.split()]
    return any(w and w == v for w, v in zip(words, words[1:])) or _CHANT_GLUED.search(text) is not None


def _long_line(text: str) -> bool:
    """A line of running text by its length: :data:`MIN_REPEATED_SENTENCE_WORDS` words, Japanese
    :data:`MIN_REPEATED_SENTENCE_CHARS` characters."""
    if script_of(text) == JA:
        return len(text) >= MIN_REPEATED_SENTENCE_CHARS
    return len(text.split()) >= MIN_REPEATED_SENTENCE_WORDS


def _stands_alone(texts: Sequence[str], a: int, b: int) -> bool:
    """The pair ``a``, ``b`` (raw lines next to each other) is a block of its own, parted from the rest by a blank
    line on one side at least (the dump's edge on the other), or that block holds one line more, right before or
    after the pair and in the other script: its translation (``入場無料・予約不要`` twice over ``Admission free, no
    reservation required``), drawn once or twice itself. A dump with no blank line shows no blocks."""
    start, end = a, b
    while start > 0 and texts[start - 1]:
        start -= 1
    while end + 1 < len(texts) and texts[end + 1]:
        end += 1
    if start == 0 and end == len(texts) - 1:
        return False
    others = [k for k in range(start, end + 1) if k not in (a, b)]
    if not others:
        return True
    # the translation: one line, or one line drawn twice as well, all on one side of the pair
    if len(others) > 2 or len({texts[k] for k in others}) != 1 or not (others[-1] == a - 1 or others[0] == b + 1):
        return False
    own, other = script_of(texts[a]), script_of(texts[others[0]])
    return NEUTRAL not in (own, other) and own != other


def _heads_prose(texts: Sequence[str], a: int, before: str | None, after: str | None) -> bool:
    """The pair is a heading's shape over running text: no stop at its end, no bullet, not itself running text, not
    opening in lower case; at the dump's start, after a blank line or after a sentence's end (``before``, the line
    before the pair that is not blank); over a line of running text (``after``, the next line that is not blank)."""
    text = texts[a]
    # (a shape's mark leads a Japanese heading as often as an item, ``■ 三者面談について``: over running text it heads
    # it; a bullet or a middle dot leads items only, helper furn83)
    if _SENTENCE_STOP.search(text) or ITEM_ONLY_START.match(text) or _long_line(text) or text[:1].islower():
        return False
    return ((before is None or not texts[a - 1] or _SENTENCE_STOP.search(before) is not None)
            and after is not None and _long_line(after) and BULLET_START.match(after) is None)


def _wrapped_prose(text: str, after: str | None) -> bool:
    """The pair is a paragraph's wrapped line: running text by its length, no sentence's end at its end, and the
    line after the pair (``after``, the next that is not blank) goes on with the sentence (English: it opens in lower
    case; Japanese: a Japanese line with no bullet)."""
    if not after or not _long_line(text) or _SENTENCE_STOP.search(text):
        return False
    if script_of(text) == JA:
        return script_of(after) == JA and BULLET_START.match(after) is None
    return after[:1].islower()


def doubled_short_copies(texts: Sequence[str], taken: frozenset[int] = frozenset()) -> list[int]:
    """The raw lines (indices into ``texts``, one line each, white space folded, ``""`` for a blank line) that are the
    copy of a line drawn twice, for pairs the sentence, item and title rules of :func:`drop_doubled_dump_lines`
    leave (decision, session 73, helper dup73; docs/clean.md, *Short lines repeated right under themselves*).

    Two lines, the second the next that is not blank, exactly two copies (a line said three times is the writer's):

    * one a copy of the other that lost glyphs (:func:`damaged_copy`): the damaged copy goes, whatever its length;
    * the same text, with letters (numbers and symbols are a table's values), not a chant (:func:`chant`), where it
      heads running text as a heading does (:func:`_heads_prose`), or is a paragraph's wrapped line
      (:func:`_wrapped_prose`), or, no blank line between the copies, stands alone: a block of its own or beside its
      translation (:func:`_stands_alone`: a flyer's notice ``入場無料・予約不要``, a closing ``Thank you.``). A
      chorus's line among its verse's lines, a table's label among its column's, stay.

    The evidence never grows where blank lines are taken away: cleaning the cleaned lines (which have none) drops
    nothing more.

    ``taken``: copies already proven; their pairs are skipped.

    >>> doubled_short_copies(["", "入場無料・予約不要", "入場無料・予約不要", "Admission free, no reservation required", ""])
    [2]
    >>> doubled_short_copies(["La la la", "La la la", "", "The Chorus", "Sing along now", "Sing along now", "Row on."])
    []
    >>> doubled_short_copies(["Key Findings", "Key Findings", "Councils need shared data on coastal hazards and a plan"])
    [1]
    >>> doubled_short_copies(["入場無\ufffd・予約不要", "入場無料・予約不要", "本文"])
    [0]
    >>> doubled_short_copies(["本文", "", "入場無料", "入場無料", "Admission free", "Admission free", "", "本文"])
    [3, 5]
    """
    shown = [k for k, t in enumerate(texts) if t]
    found: list[int] = []
    for n in range(len(shown) - 1):
        a, b = shown[n], shown[n + 1]
        x, y = texts[a], texts[b]
        if a in taken or b in taken or (found and found[-1] == a):
            continue
        before = texts[shown[n - 1]] if n > 0 else None
        after = texts[shown[n + 2]] if n + 2 < len(shown) else None
        if (before is not None and _same_up_to_gaps(before, x)) or (after is not None and _same_up_to_gaps(after, y)):
            continue  # three copies or more
        loser = damaged_copy(x, y)
        if loser is not None:
            found.append(b if loser else a)
            continue
        if x != y or chant(x) or sum(ch.isalpha() for ch in x) < 2:
            continue
        if (_heads_prose(texts, a, before, after) or _wrapped_prose(x, after)
                or (b == a + 1 and _stands_alone(texts, a, b))
                or (b == a + 1 and _repeated_key_row(x, texts[a - 1] if a > 0 else "",
                                                     texts[b + 1] if b + 1 < len(texts) else ""))):
            found.append(b)
    return found


_KEY_ROW = re.compile(r"^(?P<key>\D*?[^\W\d_]\D*?)\s+(?P<value>\S*\d.*)$")
"""A row of a label and its figure (``支出合計　８，１２０，０００円``, ``Total income⇥£8,450``), white space folded: the
label holds a letter and no digit, the value after a space holds a digit."""


def _repeated_key_row(row: str, before: str, after: str) -> bool:
    """``row``, printed twice on neighbouring raw lines, is a label with its figure among rows that each give another
    label (``before``, ``after``: the raw lines around the pair, ``""`` where blank or none, one of them such a row
    at least): a table that keys each figure by its label never gives one row twice in a row, so the copy is a
    second text layer.

    Why (issue 16, fresh-user trial 74e): an NPO's accounts (``収入合計　…`` / ``支出合計　８，１２０，０００円`` twice /
    ``次年度繰越　…``) kept the doubled row, the ledger silent. A column of one label repeated beside its counter
    (``Round   1`` / ``Round   2``), a label alone and figures alone (no letter) stay.

    >>> _repeated_key_row("支出合計　８，１２０，０００円", "収入合計　８，４５０，０００円", "次年度繰越　３３０，０００円")
    True
    >>> _repeated_key_row("Round   1", "Round   1", ""), _repeated_key_row("支出合計　８，１２０，０００円", "", "")
    (False, False)
    """
    m = _KEY_ROW.match(row)
    if m is None:
        return False
    keys = [k.group("key").strip() for t in (before, after) if (k := _KEY_ROW.match(t)) is not None]
    return bool(keys) and all(k != m.group("key").strip() for k in keys)


def _raw_line(line: Line) -> int | None:
    return next((pos[0] for pos in line.text.origin if pos is not None), None)


PDF_COPY_PITCH = 2.0
"""Line heights the top of a PDF line's copy stands under its twin's at most (:func:`_drop_pdf_line_copies`): the next
printed line, not one further down the page."""


def _right_under(first: Line, second: Line) -> bool:
    """``second``, a PDF line, stands right under ``first`` on one page: one left edge (within a line's height) and
    its top within :data:`PDF_COPY_PITCH` line heights under ``first``'s."""
    a, b = first.box, second.box
    if a is None or b is None or first.page != second.page:
        return False
    height = max(a[3] - a[1], b[3] - b[1], 1.0)
    return abs(a[0] - b[0]) <= height and 0 < a[3] - b[3] <= PDF_COPY_PITCH * height


def _drop_pdf_line_copies(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """A PDF's line printed again right under itself (:func:`_right_under`), where the pair proves a second text layer
    by itself as it does in a dump (:func:`drop_doubled_dump_lines`), by what counts or keys it: a list's long item, a
    counted line (``3. Turn the old cartridge…``), or a table's row whose first cell keys it
    (:func:`repeated_table_row`). The copy goes to the ledger (``doubled-layer``). A whole sentence set again on its
    own baseline stays, as before in a PDF (tests/test_clean.py: a sentence repeated a line's height below is the
    writer's; its drawing, not its words, would tell a second layer).

    Why (issue 16, helper pdf84; fresh-user trial 84a): a manual's step ``3.`` and a programme's ``13:00⇥神幸祭…`` row
    were printed twice, a line's height apart, so :func:`drop_overlaid_copies` (boxes drawn over each other) left them.
    A chorus's line, a table's label and a short line repeated stay, as in a dump.
    """
    texts = [" ".join(line.text.text.split()) for line in lines]
    shown = [k for k, t in enumerate(texts) if t]
    changes: list[Change] = []
    out = list(lines)
    last = -1
    for n in range(1, len(shown)):
        a, b = shown[n - 1], shown[n]
        if a == last or texts[a] != texts[b] or not _right_under(lines[a], lines[b]):
            continue
        after = texts[shown[n + 1]] if n + 1 < len(shown) else ""
        if after == texts[b]:
            continue  # three copies or more: the writer's
        raw = lines[b].text.text.strip()
        if not (repeated_item(texts[b]) or repeated_counted(raw) or repeated_table_row(raw, _table_around(lines, shown, n))):
            continue
        fixed = drop_spans(out[b].text, [(0, len(out[b].text))], "doubled-layer")
        out[b] = out[b].with_text(fixed.text)
        changes.extend(fixed.changes)
        last = b
    return tuple(out), changes


def _table_around(lines: Sequence[Line], shown: Sequence[int], n: int) -> list[str]:
    """The table rows (lines holding a TAB) next to one another around the pair ``shown[n - 1]``, ``shown[n]``, the pair
    left out, on its page."""
    page = lines[shown[n]].page
    around: list[str] = []
    for step, start in ((-1, n - 2), (1, n + 1)):
        j = start
        while 0 <= j < len(shown) and lines[shown[j]].page == page and "\t" in lines[shown[j]].text.text:
            around.append(lines[shown[j]].text.text.strip())
            j += step
    return around


MIN_KEYED_ROWS = 2
"""Other rows a table shows at least for its first column to read as its rows' keys (:func:`repeated_table_row`)."""


def repeated_table_row(row: str, others: Sequence[str]) -> bool:
    """``row``, a table's row (cells parted by TABs, two or more), printed twice right under itself, is a second text
    layer's copy: the table's other rows (``others``, :data:`MIN_KEYED_ROWS` or more) each start with a first cell of
    their own, none ``row``'s, so the first column keys the rows (a time, a code, a name), and a table gives one
    key's row once.

    >>> repeated_table_row("13:00\\t神幸祭\\t本殿", ["時間\\t行事\\t場所", "10:00\\t例大祭\\t本殿", "16:00\\t巫女舞\\t神楽殿"])
    True
    >>> repeated_table_row("1\\t0\\t0", ["1\\t2\\t3", "2\\t0\\t0"]), repeated_table_row("Yes\\tNo", ["A\\tB"])
    (False, False)
    """
    cells = row.split("\t")
    if len(cells) < 2 or not cells[0].strip() or len(others) < MIN_KEYED_ROWS:
        return False
    keys = [other.split("\t")[0].strip() for other in others]
    return len(set(keys)) == len(keys) and cells[0].strip() not in keys


def _raw_next(first: Line, second: Line) -> bool:
    """``second`` stands on the raw line right under ``first`` (no blank line between them)."""
    a, b = _raw_line(first), _raw_line(second)
    return a is not None and b is not None and b == a + 1


def _short_copies(lines: Sequence[Line], texts: Sequence[str], taken: frozenset[int]) -> list[int]:
    """:func:`doubled_short_copies` over the working lines, with a ``""`` for each run of blank raw lines between
    them (working lines are the raw lines that are not blank); the indices returned are the working lines'."""
    spread, at = _spread(lines, texts)
    where = {k: n for n, k in enumerate(at) if k is not None}
    found = doubled_short_copies(spread, frozenset(where[k] for k in taken))
    found += copies_after_continuation(spread)
    return [k for n in found if (k := at[n]) is not None]


def copies_after_continuation(texts: Sequence[str]) -> list[int]:
    """The raw lines (indices into ``texts``, white space folded, ``""`` for a blank line) that are a paragraph's
    wrapped line drawn again right after the line that continues it: ``A`` / ``B`` / ``A`` on three raw lines in a
    row, ``A`` running text by its length (:func:`_long_line`) that ends no sentence, ``B`` no list item, ``A`` said
    exactly twice in the dump, and the second copy continued by nothing (a blank line, a list's item or the dump's
    end after it). The second copy goes (``doubled-layer``).

    Why (issue 16, fresh-user trial 80a: a 回覧板's ``下半期の町内会費（１世帯1,200円）を、12月中に班長が集金に伺います。不在の場``
    / ``合は、…`` / the first line again, and release notes' ``• Fixed a crash on Windows when … such as`` / ``C:/Users…``
    / the first line again, each before a blank line or the next bullet): a PDF's line drawn twice and read out of
    order by the dumping tool. Nobody writes a sentence's unfinished first half again under its end with nothing to
    finish it; a refrain, a repeated heading or a sentence said twice ends its sentence and stays (the rules above).

    >>> copies_after_continuation(["下半期の町内会費（１世帯1,200円）を、12月中に班長が集金に伺います。不在の場",
    ...     "合は、封筒に入れて班長宅のポストへお入れください。", "下半期の町内会費（１世帯1,200円）を、12月中に班長が集金に伺います。不在の場", ""])
    [2]
    >>> copies_after_continuation(["• Fixed a crash on Windows when the cache path contained non-ASCII characters such as",
    ...     "C:/Users/tiles (#1856).", "• Fixed a crash on Windows when the cache path contained non-ASCII characters such as",
    ...     "• The --quiet flag now also silences progress bars."])
    [2]
    >>> copies_after_continuation(["We walked along the harbour wall and then we turned to the", "old town.",
    ...     "We walked along the harbour wall and then we turned to the", "new town."])  # each copy goes on
    []
    """
    counts = Counter(t for t in texts if t)
    found: list[int] = []
    for a in range(len(texts) - 2):
        b, c = a + 1, a + 2
        text = texts[a]
        if not text or texts[c] != text or counts[text] != 2 or not texts[b] or texts[b] == text:
            continue
        if not _long_line(text) or _SENTENCE_STOP.search(text) or BULLET_START.match(texts[b]):
            continue
        after = texts[c + 1] if c + 1 < len(texts) else ""
        if after and BULLET_START.match(after) is None:
            continue  # the copy may be continued: whose line it is, the dump does not say
        found.append(c)
    return found


def _spread(lines: Sequence[Line], texts: Sequence[str]) -> tuple[list[str], list[int | None]]:
    """The working lines' texts with a ``""`` for each run of blank raw lines between them, and each entry's index
    among the working lines (``None`` for a blank run)."""
    spread: list[str] = []
    at: list[int | None] = []
    previous = None
    for k, (line, text) in enumerate(zip(lines, texts)):
        if not text:
            continue  # a line an earlier rule took whole: no blank line of the dump
        raw = _raw_line(line)
        if raw is not None and previous is not None and raw > previous + 1:
            spread.append("")
            at.append(None)
        if raw is not None:
            previous = raw
        spread.append(text)
        at.append(k)
    return spread, at


def _damaged_half(s: str) -> tuple[int, int] | None:
    """The span of the copy to drop where the whole line is a text glued to its copy (white space between them or
    none) and one copy lost glyphs the other reads (:func:`damaged_copy`): a layer drawn a point or two off its text,
    which pdfminer read into the same line (``入場無料・予約不要入場無\ufffd・予約不要``).

    >>> _damaged_half("入場無料・予約不要入場無\ufffd・予約不要"), _damaged_half(" Admission \ufffdree Admission free")
    ((9, 18), (1, 16))
    >>> _damaged_half("ワッショイワッショイ"), _damaged_half("Tokyo 12 Tokyo 13")
    (None, None)
    """
    start = len(s) - len(s.lstrip())
    end = len(s.rstrip())
    n = end - start
    if n < 2 * MIN_TWIN_AGREED or GAP not in s:
        return None
    for cut, gap in ((n // 2, 0), ((n - 1) // 2, 1)):
        a, b = s[start:start + cut], s[start + cut + gap:end]
        if gap and not s[start + cut].isspace():
            continue
        loser = damaged_copy(" ".join(a.split()), " ".join(b.split())) if len(a) == len(b) else None
        if loser == 0:
            return start, start + cut + gap
        if loser == 1:
            return start + cut, end
    return None
