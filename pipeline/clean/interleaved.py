"""Character-interleaved doubling: fake bold that an extractor reads glyph by glyph.

A heading set in fake bold is drawn twice, a fraction of a point apart; an
extractor that sorts glyphs by position then emits every glyph twice in a row:
``22.. 海海外外都都市市ととのの交交流流``, ``SSiisstteerr CCiittyy::``. (Drawn three
times, every glyph comes three times.)

Evidence, since real text has doubled letters (``bookkeeper``, ``ここ``, ``1100``):

* a whole line whose every token is its glyphs doubled (or tripled), with at
  least :data:`MIN_UNITS` glyphs of at least :data:`MIN_DISTINCT` kinds, not
  digits alone; or
* inside a line, a whole Latin token so doubled with at least three
  different letters (``SSaappppoorroo``: no English word is all doubled
  letters), or a run of Japanese so doubled of at least :data:`MIN_UNITS`
  glyphs of :data:`MIN_DISTINCT` kinds (Japanese repeats words, ``ワッショイ
  ワッショイ``, not every character of a phrase).

Beside a proven fold, shorter doubled tokens are the same layer (``33..``, ``bbyy``), and where the document
shows fake bold, a short whole line doubled (``概概要要``) is folded too (:func:`collapse_fake_bold`).

Latin text folded must be words wordfreq knows: ``YYYYMMDD`` and
``MMDDhhmmCCYY`` are date formats, not ``YMD`` drawn twice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.chardata import is_ja_letter
from pipeline.clean.descenders import KNOWN_ZIPF
from pipeline.english_words import zipf
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.model import Text
from pipeline.numbering import explicit_number, heading_shaped

MIN_UNITS = 4
MIN_DISTINCT = 3
FOLDS = (2, 3)

_TOKEN = re.compile(r"\S+")


def _folded(token: str, k: int) -> str | None:
    """``token`` with each glyph once, when it is every glyph ``k`` times in a row."""
    if len(token) < 2 * k or len(token) % k:
        return None
    units = token[::k]
    if all(token[i:i + k] == token[i] * k for i in range(0, len(token), k)):
        return units
    return None


def _symbol(token: str, k: int) -> str | None:
    """A bullet or mark drawn ``k`` times (``■■``) in a line whose other tokens are doubled too: one glyph is no
    token :func:`_folded` takes alone (``――`` is one Japanese dash), so only the line's other tokens prove it."""
    return token[0] if len(token) == k and token == token[0] * k and not token[0].isalnum() else None


def _words(units: list[str]) -> bool:
    """The Latin words of the folded tokens are words (``Sister City``), not codes (``YMD``, ``MDhmCY``)."""
    latin = [w for u in units for w in re.findall(r"[A-Za-z]{2,}", u)]
    return all(zipf(w.lower()) >= KNOWN_ZIPF for w in latin)


CELL_RULES = frozenset("|｜")
"""A table's cell rule as a converter writes it (``| 年年度度 | 件件数数 |``): drawn as a line, not a glyph, so never
doubled by fake bold; a whole doubled line's tokens are its cells."""


def _whole_line(tokens: list[re.Match], min_units: int = MIN_UNITS, min_distinct: int = MIN_DISTINCT) -> int | None:
    """The fold ``k`` when every token of the line is doubled (tripled) glyph by glyph, a table's cell rules
    (:data:`CELL_RULES`) aside."""
    tokens = [m for m in tokens if m.group() not in CELL_RULES]
    if not tokens:
        return None
    for k in FOLDS:
        units = [_folded(m.group(), k) or _symbol(m.group(), k) for m in tokens]
        if all(u is not None for u in units):
            glyphs = "".join(units)  # type: ignore[arg-type]
            if (len(glyphs) >= min_units and len(set(glyphs)) >= min_distinct and not glyphs.isdigit()
                    and _words(units)):  # type: ignore[arg-type]
                return k
    return None


def _neighbour_spans(tokens: list[re.Match], spans_of: list[list[tuple[int, int]]]) -> None:
    """Add, in place, the folds of whole tokens doubled glyph by glyph next to a token shown doubled.

    A heading's number and short words are drawn twice like the rest (``33.. 今今後後のの展展望望（案）``,
    ``RReessuullttss bbyy cciittyy``) but are too short to be evidence alone; beside a proven fold they are the same
    layer. Digits alone (``2200``) and a single glyph pair (``II``, roman two) stay: real text has them.
    """
    changed = True
    while changed:
        changed = False
        for n, m in enumerate(tokens):
            if spans_of[n] or not any(spans_of[j] for j in (n - 1, n + 1) if 0 <= j < len(tokens)):
                continue
            units = _folded(m.group(), 2)
            if units is None or len(units) < 2 or units.isdigit() or not _words([units]):
                continue
            spans_of[n] = [(m.start() + i + 1, m.start() + i + 2) for i in range(0, len(m.group()), 2)]
            changed = True


def _token_spans(token: str, offset: int) -> list[tuple[int, int]]:
    """Spans to drop inside one token of an otherwise normal line."""
    for k in FOLDS:
        units = _folded(token, k)
        if (units is not None and len(units) >= MIN_UNITS and sum(ch.isalpha() for ch in set(units)) >= MIN_DISTINCT
                and not any(is_ja_letter(ch) for ch in units) and _words([units])):
            return [(offset + i + 1, offset + i + k) for i in range(0, len(token), k)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(token) - 1:
        if token[i] != token[i + 1]:
            i += 1
            continue
        start = i
        while i < len(token) - 1 and token[i] == token[i + 1]:
            i += 2
        glyphs = token[start:i:2]
        if len(glyphs) >= MIN_UNITS and len(set(glyphs)) >= MIN_DISTINCT and any(is_ja_letter(ch) for ch in glyphs):
            spans += [(offset + j + 1, offset + j + 2) for j in range(start, i, 2)]
    return spans


def _doubled_spaces(s: str, tokens: list[re.Match], k: int) -> list[tuple[int, int]]:
    """The spaces between the tokens of a line drawn ``k`` times, when they were drawn ``k`` times too.

    A space is a glyph like any other to the extractor: ``MMaarrsshh  aanndd`` has two. A gap of a multiple of
    ``k`` like spaces keeps one in ``k``; a gap of one space (the extractor wrote its own, ``HHaarrbboorr::
    KKuusshhiirroo``, or the space after a heading number was set apart) stays.
    """
    gaps = [(a.end(), b.start()) for a, b in zip(tokens, tokens[1:])]
    return [(start + (end - start) // k, end) for start, end in gaps
            if (end - start) % k == 0 and s[start:end] == s[start] * (end - start)]


def collapse_interleaved_doubling(text: Text) -> Fixed:
    """Keep one of each glyph that fake bold doubled glyph by glyph.

    Why: ``22.. 海海外外都都市市ととのの交交流流`` is heading 2 ``海外都市との交流``
    drawn twice; read as it is, it is a section "22" with an unreadable title.
    See the module docstring for the evidence required.

    >>> collapse_interleaved_doubling(Text.from_raw("22.. 海海外外都都市市ととのの交交流流", 1)).text.text
    '2. 海外都市との交流'
    >>> collapse_interleaved_doubling(Text.from_raw("WWeettllaanndd  CCoonnsseerrvvaattiioonn", 1)).text.text
    'Wetland Conservation'
    >>> collapse_interleaved_doubling(Text.from_raw("Visit SSaappppoorroo in winter", 1)).text.text
    'Visit Sapporo in winter'
    >>> collapse_interleaved_doubling(Text.from_raw("bookkeeper ここで 1100 「ワッショイワッショイ」", 1)).changed
    False
    >>> collapse_interleaved_doubling(Text.from_raw("YYYYMMDD", 1)).changed
    False
    >>> collapse_interleaved_doubling(Text.from_raw("33.. 今今後後のの展展望望（案）", 1)).text.text
    '3. 今後の展望（案）'
    >>> collapse_interleaved_doubling(Text.from_raw("Table 1: RReessuullttss bbyy cciittyy", 1)).text.text
    'Table 1: Results by city'
    """
    return _collapse(text, MIN_UNITS, MIN_DISTINCT)


def _collapse(text: Text, min_units: int, min_distinct: int) -> Fixed:
    tokens = list(_TOKEN.finditer(text.text))
    if not tokens:
        return unchanged(text)
    k = _whole_line(tokens, min_units, min_distinct)
    if k is not None:
        tokens = [m for m in tokens if m.group() not in CELL_RULES]
        spans = [(m.start() + i + 1, m.start() + i + k) for m in tokens for i in range(0, len(m.group()), k)]
        spans += _doubled_spaces(text.text, tokens, k)
        spans.sort()
    else:
        spans_of = [_token_spans(m.group(), m.start()) for m in tokens]
        _neighbour_spans(tokens, spans_of)
        spans = [span for token_spans in spans_of for span in token_spans]
    if not spans:
        return unchanged(text)
    return drop_spans(text, spans, "doubled-layer")


MIN_UNITS_SHOWN = 2
"""A whole line doubled glyph by glyph with this many glyphs (of as many kinds) is fake bold in a document that shows
fake bold elsewhere: ``概概要要``, ``■■ ままととめめ``. Alone such a line is no evidence: ``年年歳歳`` and
``子子孫孫`` are idioms."""


MIN_LATIN_LINES = 2
"""Lines shown doubled glyph by glyph that prove fake bold in a document where no Japanese run is so doubled."""


def _shown(fixed: list[Fixed]) -> bool:
    """The document shows fake bold: a Japanese run doubled glyph by glyph (``海海外外都都市市``; Japanese doubles words,
    ``ワッショイワッショイ``, never every glyph of a phrase), or :data:`MIN_LATIN_LINES` lines doubled so.

    Why: one Latin line doubled glyph by glyph may be the writer's (fortunes' ``CChheecckk yyoouurr dduupplleexx
    sswwiittcchh..``, a joke about a printer); fake bold is a style, drawn on every heading set in it, so a layer drawn
    twice shows on more than one line.
    """
    changed = [f for f in fixed if f.changed]
    return (len(changed) >= MIN_LATIN_LINES
            or any(is_ja_letter(ch) for f in changed for c in f.changes for ch in c.removed.text))


def collapse_fake_bold(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Fold fake bold line by line (:func:`collapse_interleaved_doubling`); where the document shows it, short lines too.

    Why: one line doubled glyph by glyph is evidence only where the document shows fake bold (:func:`_shown`); the
    short headings of a deck set in fake bold (``概概要要``, ``ままととめめ``) have fewer glyphs than a line
    needs to prove the doubling alone; the document's other headings, folded, prove the layer. Ledger rows name
    ``collapse_interleaved_doubling``.

    >>> from pipeline.model import Text
    >>> def run(*texts):
    ...     out, _ = collapse_fake_bold(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1)))
    ...     return [line.text.text for line in out]
    >>> run("22.. 海海外外都都市市", "概概要要", "■■ ままととめめ")
    ['2. 海外都市', '概要', '■ まとめ']
    >>> run("年年歳歳", "子子孫孫")
    ['年年歳歳', '子子孫孫']
    >>> run("22.. 海海外外都都市市", "| 年年度度 | 件件数数 |", "| 2020 | 12 |")
    ['2. 海外都市', '| 年度 | 件数 |', '| 2020 | 12 |']

    Latin doubled glyph by glyph is no proof on one line alone: a writer doubles a line on purpose (a joke about a
    duplex switch, ``CChheecckk yyoouurr dduupplleexx sswwiittcchh..``); a second line shown so is (:func:`_shown`).

    >>> run("Printers:", "CChheecckk yyoouurr dduupplleexx sswwiittcchh..", "It works now.")
    ['Printers:', 'CChheecckk yyoouurr dduupplleexx sswwiittcchh..', 'It works now.']
    >>> run("HHaakkooddaattee PPoorrtt", "Visit SSaappppoorroo in winter")
    ['Hakodate Port', 'Visit Sapporo in winter']

    Where the document shows fake bold, a whole doubled line in which one glyph of a pair was lost folds too
    (:func:`_collapse_lost_glyph`):

    >>> run("22.. 海海外外都都市市", "SSiistteerr CCiittyy", "44.. 海海外都都市市ととのの交交流流")
    ['2. 海外都市', 'Sister City', '4. 海外都市との交流']
    """
    fixed = [collapse_interleaved_doubling(line.text) for line in lines]
    if not _shown(fixed):
        fixed = [f if f.changed and _numbered_in_step(f.text.text, lines, n) else unchanged(line.text)
                 for n, (f, line) in enumerate(zip(fixed, lines))]
        if not any(f.changed for f in fixed):
            return lines, []
        changes = [replace(c, rule="collapse_interleaved_doubling") for f in fixed for c in f.changes]
        return tuple(line.with_text(f.text) for f, line in zip(fixed, lines)), changes
    fixed = [f if f.changed else _collapse(line.text, MIN_UNITS_SHOWN, MIN_UNITS_SHOWN) for f, line in zip(fixed, lines)]
    fixed = [_collapse_lost_glyph(line.text) or f for f, line in zip(fixed, lines)]
    changes = [replace(c, rule="collapse_interleaved_doubling") for f in fixed for c in f.changes]
    return tuple(line.with_text(f.text) for f, line in zip(fixed, lines)), changes


def _numbered_in_step(folded: str, lines: tuple[Line, ...], at: int) -> bool:
    """The folded line is a numbered heading in step with the document's own headings: the heading before or after
    it in the lines is numbered one less or one more in the same style (``1. Introduction`` / ``22..
    RReellaatteedd WWoorrkk`` / ``3. Method``), the number the fold reads, not the doubled one.

    Why: one Latin line doubled glyph by glyph is no proof of fake bold alone (:func:`_shown`: a writer may double
    a line on purpose), but a doubled number that only folded takes its place in the heading sequence is: the
    line is the missing heading, drawn twice (field case 02m's kind in an English paper, session 49).

    >>> lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(["1. Introduction", "Text.", "3. Method"], 1))
    >>> _numbered_in_step("2. Related Work", lines, 1), _numbered_in_step("4. Related Work", lines, 1)
    (True, False)
    """
    own = explicit_number(folded)
    if own is None or own.label[1] or not heading_shaped(folded):
        return False
    def numbered(texts: list[str]) -> list:
        return [e for t in texts if heading_shaped(t) and (e := explicit_number(t)) is not None]

    n = own.label[0]
    before = numbered([line.text.text for line in lines[:at]])[-1:]
    after = numbered([line.text.text for line in lines[at + 1:]])[:1]
    return (any(e.style == own.style and e.label == (n - 1, 0, 0) for e in before)
            or any(e.style == own.style and e.label == (n + 1, 0, 0) for e in after))


MIN_PAIRS_LOST = 3
"""Glyph pairs a token needs beside its one lost glyph to fold (``SSiistteerr``: 5 pairs and one ``s``)."""


def _lost_glyph_fold(token: str) -> list[int] | None:
    """Offsets (in ``token``) of the second glyph of each pair, when ``token`` is its glyphs doubled but for exactly
    one that stands alone (the extractor lost its copy), with at least :data:`MIN_PAIRS_LOST` pairs; else ``None``.

    >>> _lost_glyph_fold("SSiistteerr"), _lost_glyph_fold("bookkeeper"), _lost_glyph_fold("SSiisstteerr")
    ([1, 3, 6, 8, 10], None, None)
    """
    drops: list[int] = []
    single = 0
    i = 0
    while i < len(token):
        if i + 1 < len(token) and token[i] == token[i + 1]:
            drops.append(i + 1)
            i += 2
        else:
            single += 1
            i += 1
    return drops if single == 1 and len(drops) >= MIN_PAIRS_LOST else None


def _collapse_lost_glyph(text: Text) -> Fixed | None:
    """A whole line doubled glyph by glyph in which one token or more lost one glyph's copy (``SSiistteerr CCiittyy``,
    ``44.. 海海外都都市市``), folded; ``None`` when the line is no such line.

    Why: the extractor may drop one glyph of a pair (the two copies overlap, and a de-duplicating extractor keeps
    one); a token then no longer folds pair by pair and stays doubled. Strong evidence only: called where the
    document shows fake bold (:func:`_shown`), every other token of the line folds whole, the folded Latin is
    words (``Sister``), and the token keeps at least :data:`MIN_PAIRS_LOST` pairs beside its one lone glyph.
    """
    tokens = list(_TOKEN.finditer(text.text))
    spans: list[tuple[int, int]] = []
    units: list[str] = []
    lossy = 0
    for m in tokens:
        token = m.group()
        whole = _folded(token, 2) or _symbol(token, 2)
        if whole is not None:
            units.append(whole)
            spans += [(m.start() + i + 1, m.start() + i + 2) for i in range(0, len(token), 2)]
            continue
        drops = _lost_glyph_fold(token)
        if drops is None:
            return None
        lossy += 1
        units.append("".join(ch for i, ch in enumerate(token) if i not in drops))
        spans += [(m.start() + i, m.start() + i + 1) for i in drops]
    glyphs = "".join(units)
    if not lossy or len(glyphs) < MIN_UNITS or glyphs.isdigit() or not _words(units):
        return None
    spans += _doubled_spaces(text.text, tokens, 2)
    return drop_spans(text, sorted(spans), "doubled-layer")
