"""English words: the dictionary's answer for a gap inside an English word, with its own measured precision.

A gap inside a word of Latin letters (``tr\ufffdnsport``, ``r\ufffd\ufffdesign``) is filled from the words
of wordfreq's English list (``wordfreq.get_frequency_dict("en")``, words with a Zipf frequency of at least
:data:`MIN_ZIPF`) that have the word's length and its surviving letters, matched whatever their case.
The fill takes the case of its own word (:func:`pipeline.restore.evidence.repetition.word_case`).

The dictionary *decides* a gap only in two cases (:func:`decide`): exactly one word fits, or the most
common word that fits is at least :data:`MARGIN_ZIPF` Zipf (100×) more common than the next. How often
that answer is right is measured by ``bench/english_bench.py`` on English prose of several Debian
packages (fortunes, the Debian FAQ, the Debian Reference: letters masked in words of four letters or
more) and packaged as ``pipeline/data/en_word_calibration.json``: per gap class (one letter, several),
the lower end of the Wilson interval of the rule's precision, which is the confidence of a committed
English fill, and whether the bound reaches :data:`TARGET` on every source (else the class never
commits). An undecided gap lists the fitting words as candidates, with the top-1 accuracy measured for
undecided gaps as its confidence: it is never committed.

The character model and the scoring of :mod:`pipeline.restore.scoring` are counted and calibrated on
Japanese; they do not judge English gaps.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from pipeline import english_words
from pipeline.restore import resources
from pipeline.restore.evidence.base import Site
from pipeline.restore.evidence.repetition import initial_case, word_case

MIN_ZIPF = 2.0
"""Words rarer than this (about once per 100 million words) are left out: the list's long tail is
mostly misspellings and fragments, which would fit any gap."""
MARGIN_ZIPF = 2.0
"""The commonest fitting word decides when it is this many Zipf (a factor of 100) above the next."""
TARGET = 0.95
"""The Wilson lower bound a class's precision must reach on every source for that class to commit."""
MAX_LETTERS = 3
"""Gaps of more lost letters than this are left to the document's own evidence."""
CALIBRATION_FILE = resources.EN_WORD_CALIBRATION_FILE

_WORD = "A-Za-z"


@dataclass(frozen=True)
class Fit:
    fill: str
    word: str
    zipf: float


def _by_length() -> dict[int, tuple[tuple[str, float], ...]]:
    return english_words.by_length(MIN_ZIPF)


def word_parts(site: Site) -> tuple[str, str] | None:
    """The surviving letters of the gap's word, before and after it; ``None`` when the gap is not inside an
    English word (fewer than two surviving letters, a Japanese neighbour, more than :data:`MAX_LETTERS` lost).

    >>> word_parts(Site("a tr\\ufffdnsport plan", 4, 5)), word_parts(Site("港\\ufffdort", 1, 2))
    (('tr', 'nsport'), None)
    """
    head = re.search(f"[{_WORD}]*$", site.left).group(0)
    tail = re.match(f"[{_WORD}]*", site.right).group(0)
    if len(head) + len(tail) < 2 or site.length > MAX_LETTERS:
        return None
    before, after = site.left[-len(head) - 1: len(site.left) - len(head)], site.right[len(tail): len(tail) + 1]
    # a word that goes on over another lost glyph, or into a digit or a Japanese letter, is not known whole
    if any(c and (c.isalnum() or c == "\ufffd") for c in (before, after)):
        return None
    return head, tail


def fits(site: Site) -> list[Fit]:
    """English words that fit the gap, commonest first, the fill in the case of its own word.

    >>> [(f.fill, f.word) for f in fits(Site("a tr\\ufffdnsport plan", 4, 5))]
    [('a', 'transport')]
    """
    parts = word_parts(site)
    if parts is None:
        return []
    head, tail = parts
    out = []
    for word, zipf in _matching(head.lower(), tail.lower(), site.length):
        fill = word_case(word[len(head): len(head) + site.length], head + tail)
        if not head:
            case = initial_case(site, word, None)[0]
            fill = (fill[0].upper() if case == "upper" else fill[0].lower()) + fill[1:]
        out.append(Fit(fill, word, zipf))
    return out


LIGATURES = ("ff", "fi", "fl", "ffi", "ffl", "ft", "st")
"""What one glyph of a Latin font's ligatures stands for (Unicode's U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ); a font without
a ToUnicode entry for it leaves pdfminer a ``(cid:N)`` inside the word."""


def ligature_fits(site: Site) -> list[Fit]:
    """English words that the gap makes when its one lost glyph stood for a ligature's letters (``of\ufffdce`` →
    ``fi``: office), commonest first, the letters in the case of their word; ``[]`` for a gap of several glyphs
    or outside a word.

    >>> [(f.fill, f.word) for f in ligature_fits(Site("the head of\ufffdce is", 11, 12))]
    [('fi', 'office')]
    >>> [(f.fill, f.word) for f in ligature_fits(Site("OF\ufffdCE", 2, 3))]
    [('FI', 'office')]
    """
    parts = word_parts(site) if site.length == 1 else None
    if parts is None:
        return []
    head, tail = parts
    out = []
    for letters in LIGATURES:
        word = (head + letters + tail).lower()
        for w, zipf in _matching(head.lower(), tail.lower(), len(letters)):
            if w == word:
                out.append(Fit(word_case(letters, head + tail), word, zipf))
    return sorted(out, key=lambda f: -f.zipf)


def ligature_words(sites: list[Site]) -> tuple[str, list[str]] | None:
    """``(letters, words)`` where one lost glyph standing at every site is a ligature: a single ligature's letters
    make a listed English word at each (``e\ufffdect``, ``di\ufffderence`` → ``ff``: effect, difference), two words at
    least, and no other ligature does; else ``None``.

    >>> ligature_words([Site("the e\ufffdect was", 5, 6), Site("the di\ufffderence", 6, 7)])
    ('ff', ['difference', 'effect'])
    >>> ligature_words([Site("the e\ufffdect was", 5, 6)]) is None  # one word shows nothing
    True
    """
    if any(site.length != 1 for site in sites):
        return None
    parts = [word_parts(site) for site in sites]
    if any(p is None for p in parts):
        return None
    found = []
    for letters in LIGATURES:
        words = []
        for head, tail in parts:
            word = (head + letters + tail).lower()
            if not any(w == word for w, _ in _matching(head.lower(), tail.lower(), len(letters))):
                break
            words.append(word)
        else:
            found.append((letters, sorted(set(words))))
    if len(found) != 1 or len(found[0][1]) < 2:
        return None
    return found[0]


@functools.lru_cache(maxsize=4096)
def _matching(head: str, tail: str, length: int) -> tuple[tuple[str, float], ...]:
    """The list's words (commonest first, with their Zipf) made of ``head``, ``length`` small letters and
    ``tail``: the same word parts come back at every pass over a document."""
    # the list's words are small ASCII letters only (english_words.by_length): its words of the right length
    # that start with the head and end with the tail are those of the pattern head + [a-z]{length} + tail
    size = len(head) + length + len(tail)
    words = _by_initial().get((size, head[0]), ()) if head else _by_length().get(size, ())
    return tuple(wz for wz in words if wz[0].startswith(head) and wz[0].endswith(tail))


@functools.cache
def _by_initial() -> dict[tuple[int, str], tuple[tuple[str, float], ...]]:
    """:func:`_by_length`'s words by (length, first letter), commonest first."""
    out: dict[tuple[int, str], list[tuple[str, float]]] = {}
    for size, words in _by_length().items():
        for wz in words:
            out.setdefault((size, wz[0][0]), []).append(wz)
    return {key: tuple(words) for key, words in out.items()}


MIN_DECIDED_WORD = 5
"""Shorter words are not decided: four-letter tool and package names (``dpkg``, ``lsof``, ``Xorg``) are not
in the list, and a common word of the same shape always is (measured: most wrong decisions were these)."""


def decide(found: list[Fit], site: Site | None = None) -> tuple[Fit, str] | None:
    """The fit the dictionary decides on, and why; ``None`` when it does not decide.

    It never decides the first letter of a word (``site`` given): the list is in small letters and a capital
    depends on what the word is (a name: ``Debian``, ``Francisco``) and where it stands, which the
    list cannot tell.

    >>> decide([Fit("a", "transport", 5.1)])[1]
    'the only word of the English list that fits'
    >>> decide([Fit("u", "but", 6.5), Fit("i", "bit", 5.0)]) is None
    True
    >>> decide([Fit("d", "debian", 3.9)], Site("a \ufffdebian system", 2, 3)) is None
    True
    """
    if not found or len(found[0].word) < MIN_DECIDED_WORD:
        return None
    if site is not None and word_parts(site) is not None and not word_parts(site)[0]:
        return None
    if len(found) == 1:
        return found[0], "the only word of the English list that fits"
    if len(found) > 1 and found[0].zipf - found[1].zipf >= MARGIN_ZIPF:
        return found[0], (f"{found[0].zipf - found[1].zipf:.1f} Zipf commoner than the next word that fits, "
                          f"{found[1].word} (Zipf {found[1].zipf:.1f})")
    return None


def gap_class(length: int) -> str:
    return "single" if length == 1 else "multi"


@dataclass(frozen=True)
class Calibration:
    """Per gap class: the confidence of a decided fill (``None``: the class never commits) and of an
    undecided top candidate."""

    decided: dict[str, float | None]
    undecided: dict[str, float]


@functools.lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The packaged calibration (:data:`CALIBRATION_FILE`); :class:`pipeline.errors.MissingDataError` when missing."""
    data = json.loads(resources.data_path(CALIBRATION_FILE).read_text(encoding="utf-8"))
    decided, undecided = {}, {}
    for cls, row in data["classes"].items():
        decided[cls] = row["decided_lower"] if row["commits"] else None
        undecided[cls] = row["undecided_top1"]
    return Calibration(decided, undecided)


def _shares(found: list[Fit]) -> list[tuple[str, float]]:
    """The fits' fills with their share of the fits' frequency (commonest first)."""
    weights = [10 ** f.zipf for f in found]
    total = sum(weights)
    return [(f.fill, w / total) for f, w in zip(found, weights)]


def review(site: Site, repair: "Repair", top: int = 5) -> "Repair":
    """The verdict on a gap inside an English word once the English list has been asked.

    ``repair`` is the verdict of the document's own evidence (repetition, translation). With no such
    evidence the dictionary's decision is committed (when its class commits) at its measured confidence,
    else its words are candidates; where the document agrees, the fill is committed; where the document
    says one fill and the dictionary decides another, the gap stays ambiguous. Gaps not inside an English
    word, or that no word of the list fits, are returned as they are.
    """
    from dataclasses import replace

    from pipeline.model import Candidate, Evidence

    found = fits(site)
    # one lost glyph may have stood for a ligature's letters (of\ufffdce): those words are candidates too, never
    # decided (no benchmark masks a ligature), and one as common as the letter's word leaves the gap open
    ligatures = ligature_fits(site)
    if not found and not ligatures:
        return repair
    cls, cal = gap_class(site.length), calibration()
    decided = decide(found, site)
    rival = next((f for f in ligatures if decided is not None and decided[0].zipf - f.zipf < MARGIN_ZIPF), None)
    every = sorted(found + ligatures, key=lambda f: -f.zipf)
    shown = ", ".join(f"{f.word} ({f.zipf:.1f})" for f in every[:top])
    listed = Evidence("lexicon", f"English words that fit (wordfreq, Zipf): {shown}"
                      + (f"; {len(every) - top} more" if len(every) > top else ""))
    own = [Candidate(fill, score) for fill, score in _shares(every)[:top]]
    if rival is not None:
        says = Evidence("abstention", f"{decided[0].word} fits with {decided[0].fill}, and {rival.word} with "
                                      f"{rival.fill} if the lost glyph was a ligature: the list does not decide")
        merged = _merged(repair.candidates, own, top)
        # the measured top-1 of undecided gaps where a letter leads; none where a ligature does (never measured)
        confidence = repair.confidence if repair.candidates else \
            cal.undecided.get(cls, 0.0) if len(merged[0].text) == site.length else 0.0
        return replace(repair, restored=None, status="ambiguous", confidence=confidence, candidates=merged,
                       evidence=repair.evidence + (listed, says))
    if not found:
        # only a ligature's letters make a word: offered, with no calibrated confidence (no benchmark masks one)
        says = Evidence("lexicon", f"a ligature's letters make {', '.join(f'{f.word} ({f.fill})' for f in ligatures)}"
                                   " (wordfreq English); no single letter makes a word there")
        return replace(repair, restored=None, status="ambiguous",
                       confidence=repair.confidence if repair.candidates else 0.0,
                       candidates=_merged(tuple(own), repair.candidates, top), evidence=repair.evidence + (says,))
    if decided is not None:
        fit, why = decided
        says = Evidence("lexicon", f"{fit.word} (wordfreq English, Zipf {fit.zipf:.1f}): {why}")
        confidence = cal.decided.get(cls)
        document_top = repair.candidates[0].text if repair.candidates else None
        if document_top not in (None, fit.fill):
            conflict = Evidence("abstention", f"the document gives {document_top}, the English list {fit.fill}: "
                                              "conflicting evidence")
            return replace(repair, restored=None, status="ambiguous",
                           candidates=_merged(repair.candidates, own, top),
                           evidence=repair.evidence + (says, conflict))
        if confidence is not None:
            return replace(repair, restored=fit.fill, status="restored",
                           confidence=max(confidence, repair.confidence if repair.status == "restored" else 0.0),
                           candidates=_merged(repair.candidates, own, top), evidence=repair.evidence + (says,))
    if repair.status == "unresolved":
        return replace(repair, status="ambiguous", confidence=cal.undecided.get(cls, 0.0), candidates=tuple(own),
                       evidence=(listed,))
    return replace(repair, candidates=_merged(repair.candidates, own, top), evidence=repair.evidence + (listed,))


def _merged(first, then, top: int) -> tuple:
    """The document's candidates, then the dictionary's not already among them, ``top`` at most."""
    seen = {c.text for c in first}
    return tuple(list(first) + [c for c in then if c.text not in seen])[:top]
