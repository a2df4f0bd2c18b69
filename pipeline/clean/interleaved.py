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

Latin text folded must be words wordfreq knows: ``YYYYMMDD`` and
``MMDDhhmmCCYY`` are date formats, not ``YMD`` drawn twice.
"""

from __future__ import annotations

import re

from pipeline.chardata import is_ja_letter
from pipeline.clean.descenders import KNOWN_ZIPF
from pipeline.english_words import zipf
from pipeline.clean.edits import Fixed, drop_spans, unchanged
from pipeline.model import Text

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


def _words(units: list[str]) -> bool:
    """The Latin words of the folded tokens are words (``Sister City``), not codes (``YMD``, ``MDhmCY``)."""
    latin = [w for u in units for w in re.findall(r"[A-Za-z]{2,}", u)]
    return all(zipf(w.lower()) >= KNOWN_ZIPF for w in latin)


def _whole_line(tokens: list[re.Match]) -> int | None:
    """The fold ``k`` when every token of the line is doubled (tripled) glyph by glyph."""
    for k in FOLDS:
        units = [_folded(m.group(), k) for m in tokens]
        if all(u is not None for u in units):
            glyphs = "".join(units)  # type: ignore[arg-type]
            if (len(glyphs) >= MIN_UNITS and len(set(glyphs)) >= MIN_DISTINCT and not glyphs.isdigit()
                    and _words(units)):  # type: ignore[arg-type]
                return k
    return None


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
    """
    tokens = list(_TOKEN.finditer(text.text))
    if not tokens:
        return unchanged(text)
    k = _whole_line(tokens)
    if k is not None:
        spans = [(m.start() + i + 1, m.start() + i + k) for m in tokens for i in range(0, len(m.group()), k)]
        spans += _doubled_spaces(text.text, tokens, k)
        spans.sort()
    else:
        spans = [span for m in tokens for span in _token_spans(m.group(), m.start())]
    if not spans:
        return unchanged(text)
    return drop_spans(text, spans, "doubled-layer")
