"""Lexicon: dictionary words that fit the gap and its surviving neighbours.

Candidates come from Sudachi's dictionary (plus a general frequency list),
looked up through :class:`pipeline.resources.WordIndex` by length and known
characters: for ``活動実\ufffd`` the pattern ``実?`` finds 実績, 実施, 実態…,
never a loop over every character. A gap of several characters is covered
by one word, or by a word reaching in from the left joined to one reaching in
from the right. Each candidate carries how many surviving characters its
words matched and how common they are; the scorer adds Sudachi's path cost.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import resources
from ..model import GAP
from .base import JA_CHAR, Proposal, Site

MAX_WORD = 7
PER_SIDE = 8
"""Left and right partial fills kept per split point when joining them."""
MAX_CANDIDATES = 40


@dataclass(frozen=True)
class Fit:
    fill: str
    known: int  # surviving characters the word(s) matched
    zipf: float
    words: tuple[str, ...]
    left: int = 0  # of those, how many stand left of the gap
    right: int = 0  # ... and right of it

    def better(self, other: "Fit | None") -> bool:
        return other is None or (self.known, self.zipf) > (other.known, other.zipf)


def partial_fits(site: Site, index: resources.WordIndex, zipf: dict[str, float]) -> dict[tuple[int, int], dict[str, Fit]]:
    """Dictionary words laid over the gap, grouped by the part of the gap they cover.

    >>> idx = resources.WordIndex.build(["実績", "実施", "活動"])
    >>> fits = partial_fits(Site("活動実\\ufffd", 3, 4), idx, {"実績": 4.4})
    >>> sorted(fits[(0, 1)])
    ['施', '績']
    """
    text, g0, g1 = site.text, site.start, site.end
    # a word may reach over another lost glyph nearby (ブラン\ufffdィン\ufffd): that glyph is a
    # wildcard there, not a known character
    lo, hi = max(0, g0 - MAX_WORD + 1), min(len(text), g1 + MAX_WORD - 1)
    found: dict[tuple[int, int], dict[str, Fit]] = {}
    for length in range(2, MAX_WORD + 1):
        for s in range(max(lo, g0 - length + 1), min(g1, hi - length + 1)):
            c0, c1 = max(s, g0), min(s + length, g1)
            chunk = text[s: s + length]
            pattern = "".join("?" if g0 <= s + i < g1 or ch == GAP else ch for i, ch in enumerate(chunk))
            known = sum(ch != "?" for ch in pattern)
            if known < 1 or not all(JA_CHAR.match(ch) for ch in pattern if ch != "?"):
                continue
            left = sum(ch != "?" for ch in pattern[: c0 - s])
            for word in index.match(pattern):
                part = word[c0 - s: c1 - s]
                slot = found.setdefault((c0 - g0, c1 - g0), {})
                fit = Fit(part, known, zipf.get(word, 0.0), (word,), left, known - left)
                if fit.better(slot.get(part)):
                    slot[part] = fit
    return found


def lexicon_fits(site: Site, index: resources.WordIndex | None = None, zipf: dict[str, float] | None = None) -> list[Fit]:
    """Whole-gap fills from the dictionary, best fitting first.

    >>> idx = resources.WordIndex.build(["姉妹", "友好", "の姉", "妹友"])
    >>> [f.fill for f in lexicon_fits(Site("市の\\ufffd\\ufffd友好", 2, 4), idx, {})][:2]
    ['姉妹']
    """
    if index is None:
        index = resources.word_index()
    if zipf is None:
        zipf = resources.word_zipf()
    n = site.length
    parts = partial_fits(site, index, zipf)
    fills: dict[str, Fit] = dict(parts.get((0, n), {}))
    for k in range(1, n):
        lefts = sorted(parts.get((0, k), {}).values(), key=lambda f: (-f.known, -f.zipf, f.fill))[:PER_SIDE]
        rights = sorted(parts.get((k, n), {}).values(), key=lambda f: (-f.known, -f.zipf, f.fill))[:PER_SIDE]
        for a in lefts:
            for b in rights:
                joined = Fit(a.fill + b.fill, min(a.known, b.known), min(a.zipf, b.zipf), a.words + b.words,
                             a.left, b.right)
                if joined.better(fills.get(joined.fill)):
                    fills[joined.fill] = joined
    ranked = sorted(fills.values(), key=lambda f: (-f.known, -f.zipf, f.fill))[:MAX_CANDIDATES]
    return [_with_support(f, parts, n) for f in ranked]


def _with_support(fit: Fit, parts: dict[tuple[int, int], dict[str, Fit]], n: int) -> Fit:
    """The most surviving characters any word matched on each side of the gap, for this fill.

    A fill that makes a word with the left neighbours but none with the right
    ones (``企\ufffd\ufffd化`` → a place name ``…企救丘`` then a stray ``化``)
    is weaker than one that makes words on both sides.
    """
    left, right = fit.left, fit.right
    for (a, b), slot in parts.items():
        part = slot.get(fit.fill[a:b])
        if part is None:
            continue
        if a == 0:
            left = max(left, part.left)
        if b == n:
            right = max(right, part.right)
    return Fit(fit.fill, fit.known, fit.zipf, fit.words, left, right)


def propose(site: Site) -> list[Proposal]:
    """Lexicon proposals for a gap among Japanese characters."""
    if site.script != "ja":
        return []
    return [
        Proposal(fill=f.fill, kind="lexicon",
                 detail=f"dictionary word{'s' if len(f.words) > 1 else ''} {'+'.join(f.words)} fit{'' if len(f.words) > 1 else 's'} "
                        f"{f.known} surviving character{'s' if f.known != 1 else ''}",
                 features={"lex_known": float(f.known), "lex_zipf": f.zipf,
                           "lex_both": float(min(f.left if site.left[-1:] and JA_CHAR.match(site.left[-1]) else f.right,
                                                 f.right if site.right[:1] and JA_CHAR.match(site.right[0]) else f.left))})
        for f in lexicon_fits(site)
    ]
