"""Lexicon: dictionary words that fit the gap and its surviving neighbours.

Candidates come from Sudachi's dictionary (plus a general frequency list),
looked up through :class:`pipeline.restore.resources.WordIndex` by length and known
characters: for ``理科実\ufffd`` the pattern ``実?`` finds 実験, 実施, 実態…,
never a loop over every character. A gap of several characters is covered
by one word, or by a word reaching in from the left joined to one reaching in
from the right. Each candidate carries how many surviving characters its
words matched and how common they are; the scorer adds Sudachi's path cost.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from pipeline.restore import resources
from pipeline.model import GAP
from pipeline.chardata import JA_LETTER, JA_LETTER_RE, KANJI, KANJI_RE, KATAKANA, is_hiragana
from pipeline.restore.evidence.base import Proposal, Site

MAX_WORD = 7
REACH = MAX_WORD - 1
"""Characters each side of the gap the lexicon reads: the longest word laid over the gap reaches this far, and
the contexts the path cost and the character model read (:func:`lexicon_fits`, :func:`whole_words`) no further."""
PER_SIDE = 30
"""Left and right partial fills kept per split point when joining them."""
RECENT_WINDOWS = 32
"""Windows whose proposals stay made (:func:`_proposals`): some 700 a window, about 0.3 MB."""
WHOLE_WORDS = 1500
"""Most common words of the gap's length, proposed when a whole word was lost (``使用`` in ``を\ufffd\ufffdする``)."""
WHOLE_KEEP = 150
"""Common whole words left after the character model's reading (:func:`whole_words`)."""
FUNCTION_KANA = 30
"""The most common hiragana, proposed alone: particles and endings (を, は, に…) are one-character
words that no longer dictionary word anchors."""


@dataclass(frozen=True, init=False)
class Fit:
    fill: str
    known: int  # surviving characters the word(s) matched
    zipf: float
    words: tuple[str, ...]
    left: int = 0  # of those, how many stand left of the gap
    right: int = 0  # ... and right of it

    def __init__(self, fill: str, known: int, zipf: float, words: tuple[str, ...], left: int = 0, right: int = 0):
        # the fields written once into the instance's dictionary, as Proposal's: a frozen dataclass's own __init__
        # sets each through object.__setattr__, and a gap's window lays some thousands of fits (issue 19, point 5)
        self.__dict__.update(fill=fill, known=known, zipf=zipf, words=words, left=left, right=right)

    def better(self, other: "Fit | None") -> bool:
        return other is None or (self.known, self.zipf) > (other.known, other.zipf)


def partial_fits(site: Site, index: resources.WordIndex, zipf: dict[str, float],
                 frequencies: dict[str, float] | None = None) -> dict[tuple[int, int], dict[str, Fit]]:
    """Dictionary words laid over the gap, grouped by the part of the gap they cover (``frequencies``: where the
    :func:`word_frequency` of each word under ``zipf`` is remembered, :func:`_remembered_frequencies` for the
    packaged list).

    >>> idx = resources.WordIndex.build(["実験", "実施", "理科"])
    >>> fits = partial_fits(Site("理科実\\ufffd", 3, 4), idx, {"実験": 4.4})
    >>> sorted(fits[(0, 1)])
    ['施', '験']
    """
    text, g0, g1 = site.text, site.start, site.end
    # a word may reach over another lost glyph nearby (ブラン\ufffdィン\ufffd): that glyph is a
    # wildcard there, not a known character
    lo, hi = max(0, g0 - MAX_WORD + 1), min(len(text), g1 + MAX_WORD - 1)
    found: dict[tuple[int, int], dict[str, Fit]] = {}
    if frequencies is None:
        frequencies = {}
    elif len(frequencies) >= FREQUENCIES_KEPT:
        frequencies.clear()
    for length in range(2, MAX_WORD + 1):
        for s in range(max(lo, g0 - length + 1), min(g1, hi - length + 1)):
            c0, c1 = max(s, g0), min(s + length, g1)
            chunk = text[s: s + length]
            pattern = "".join("?" if g0 <= s + i < g1 or ch == GAP else ch for i, ch in enumerate(chunk))
            known = sum(ch != "?" for ch in pattern)
            if known < 1 or not all(JA_LETTER_RE.match(ch) for ch in pattern if ch != "?"):
                continue
            left = sum(ch != "?" for ch in pattern[: c0 - s])
            for word in index.match(pattern):
                part = word[c0 - s: c1 - s]
                slot = found.setdefault((c0 - g0, c1 - g0), {})
                z = frequencies.get(word)
                if z is None:
                    z = frequencies[word] = word_frequency(word, zipf)
                fit = Fit(part, known, z, (word,), left, known - left)
                if fit.better(slot.get(part)):
                    slot[part] = fit
    return found


FREQUENCIES_KEPT = 1 << 17
"""Words whose frequency under the packaged list (:func:`word_frequency`) a process remembers before it starts
afresh."""
_FREQUENCIES: list = [None, {}]
"""The packaged list and the :func:`word_frequency` under it of the dictionary words laid over gaps so far: the same
common words fit gap after gap, and a compound's frequency is worked out from its splits each time."""


def _remembered_frequencies(zipf: dict[str, float]) -> dict[str, float]:
    """Where the frequencies of words under ``zipf`` (the packaged list) are remembered; afresh for another list."""
    if _FREQUENCIES[0] is not zipf:
        _FREQUENCIES[:] = [zipf, {}]
    return _FREQUENCIES[1]

COMPOUND_SPACE = 1.0
"""Zipf points a compound loses for each join between its parts: wordfreq's own rule for a word its list splits
(``INFERRED_SPACE_FACTOR`` 10 in ``wordfreq.word_frequency``, for languages written without spaces)."""


def word_frequency(word: str, zipf: dict[str, float]) -> float:
    """The word's Zipf frequency, or for a compound the list does not hold, the frequency wordfreq gives a word it
    splits: over the split of ``word`` into two listed words that is commonest, ``-log10(Σ 10^-zipf)`` less
    :data:`COMPOUND_SPACE`; 0 when no such split exists.

    The packaged list is wordfreq's, whose Japanese was split into words by MeCab: Sudachi's compounds
    (休館日, 入場料, 駐車場所) are in the dictionary but their frequency is counted under their parts (休館 + 日), so
    without this a common compound reads as rare as a word nobody writes (休館日 had 0, beside 館内 3.4).

    >>> word_frequency("休館日", {"休館": 3.08, "日": 6.5}), word_frequency("館日", {"休館": 3.0})
    (2.08, 0.0)
    >>> word_frequency("があ", {"が": 7.0, "あ": 5.0})  # a particle and a kana: no compound
    0.0
    """
    known = zipf.get(word)
    if known is not None:
        return known
    best = 0.0
    for k in range(1, len(word)):
        a, b = zipf.get(word[:k]), zipf.get(word[k:])
        # a compound of two content words (休館 + 日), as MeCab splits a compound noun; a dictionary entry that is
        # a particle and a kana (が + あ) is no word a writer uses, and the parts' frequencies say nothing of it
        if a is not None and b is not None and _content(word[:k]) and _content(word[k:]):
            best = max(best, -math.log10(10 ** -a + 10 ** -b) - COMPOUND_SPACE)
    return round(max(best, 0.0), 2)


def _content(word: str) -> bool:
    """A content word's shape: it holds a kanji or a katakana letter (not a particle, an ending or a lone kana)."""
    return _CONTENT_RE.search(word) is not None


_CONTENT_RE = re.compile(f"[{KANJI}{KATAKANA}]")


def lexicon_fits(site: Site, index: resources.WordIndex | None = None, zipf: dict[str, float] | None = None,
                 lm=None) -> list[Fit]:
    """Whole-gap fills from the dictionary, best fitting first.

    >>> idx = resources.WordIndex.build(["兄弟", "交流", "の兄", "弟交"])
    >>> [f.fill for f in lexicon_fits(Site("市の\\ufffd\\ufffd交流", 2, 4), idx, {})][0]
    '兄弟'
    """
    if index is None:
        index = resources.word_index()
    frequencies = None
    if zipf is None:
        zipf = resources.word_zipf()
        frequencies = _remembered_frequencies(zipf)
    n = site.length
    parts = partial_fits(site, index, zipf, frequencies)
    for a, b in {(0, 1), (n - 1, n)}:
        slot = parts.setdefault((a, b), {})
        for kana, z in function_kana():
            slot.setdefault(kana, Fit(kana, 0, z, (kana,)))
    fills: dict[str, Fit] = dict(parts.get((0, n), {}))
    for word, z in whole_words(site, lm):
        fills.setdefault(word, Fit(word, 0, z, (word,)))
    left_ctx, right_ctx = site.left[-REACH:], site.right[:REACH]
    for k in range(1, n):
        # each side ranked by how naturally it reads against its own context, so a
        # particle (が) can pair with the start of a word (兄弟) that no longer word spans
        lefts = sorted(parts.get((0, k), {}).values(), key=lambda f: (resources.path_cost(left_ctx + f.fill), f.fill))[:PER_SIDE]
        rights = sorted(parts.get((k, n), {}).values(), key=lambda f: (resources.path_cost(f.fill + right_ctx), f.fill))[:PER_SIDE]
        for a in lefts:
            for b in rights:
                fill, known, zipf = a.fill + b.fill, a.known + b.known, min(a.zipf, b.zipf)
                old = fills.get(fill)
                if old is None or (known, zipf) > (old.known, old.zipf):  # Fit.better, before making the Fit
                    fills[fill] = Fit(fill, known, zipf, a.words + b.words, a.left, b.right)
    ranked = sorted(fills.values(), key=lambda f: (-f.known, -f.zipf, f.fill))
    return [_with_support(f, parts, n) for f in ranked]


def _with_support(fit: Fit, parts: dict[tuple[int, int], dict[str, Fit]], n: int) -> Fit:
    """The most surviving characters any word matched on each side of the gap, for this fill.

    A fill that makes a word with the left neighbours but none with the right
    ones (``観\ufffd\ufffd課`` → a place name ``…観音台`` then a stray ``課``)
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
    if left == fit.left and right == fit.right:
        return fit  # frozen: the same fit serves (most fills gain nothing from the parts)
    return Fit(fit.fill, fit.known, fit.zipf, fit.words, left, right)


@functools.cache
def frequent_words(n: int) -> tuple[tuple[str, float], ...]:
    """The :data:`WHOLE_WORDS` most common Japanese words of length ``n`` (none for a single character)."""
    if n < 2:
        return ()
    ranked = sorted(_words_by_length().get(n, ()), key=lambda wz: (-wz[1], wz[0]))
    return tuple(ranked[:WHOLE_WORDS])


@functools.cache
def _words_by_length() -> dict[int, list[tuple[str, float]]]:
    """The frequency list's Japanese words grouped by length (one pass over the list for every length).

    Read from the word index file, which carries them as built at set-up (:func:`packed_tables`: the pass over
    the list's 110,000 words took a fifth of a second of each process with a Japanese gap, issue 19 point 5), or
    built from the list where that file holds no table of this list."""
    packed = resources.packed_group(PACKED_GROUP, packed_source())
    if packed is not None:
        return resources.unpack_lists(packed, PACKED_GROUP + "_by_length", list)
    return _build_words_by_length()


PACKED_GROUP = "lexicon"
"""The name of :func:`_words_by_length`'s table in the word index file (:func:`pipeline.restore.resources.packed_group`)."""


def packed_source() -> str:
    """What :func:`_words_by_length`'s table is built from: the frequency list and the letters a word is made of
    (:data:`pipeline.chardata.JA_LETTER`, by its SHA-256). The one place for the fact: the file's builder records
    it, the loader compares it."""
    import hashlib

    letters = hashlib.sha256(JA_LETTER.encode("utf-8")).hexdigest()[:16]
    return f"{resources.file_source(resources.WORD_FREQ_FILE)}; words of JA_LETTER sha256 {letters}"


def packed_tables():
    """``(group, source, arrays)`` of :func:`_words_by_length`'s table as the word index file carries it (built at
    set-up by :func:`pipeline.restore.resources.build_word_index`)."""
    return PACKED_GROUP, packed_source(), resources.pack_lists(PACKED_GROUP + "_by_length", _build_words_by_length())


def _build_words_by_length() -> dict[int, list[tuple[str, float]]]:
    """:func:`_words_by_length` built from the frequency list."""
    groups: dict[int, list[tuple[str, float]]] = {}
    whole = re.compile(f"[{JA_LETTER}]+")
    for w, z in resources.word_zipf().items():
        if whole.fullmatch(w):
            groups.setdefault(len(w), []).append((w, z))
    return groups


def whole_words(site: Site, lm=None) -> tuple[tuple[str, float], ...]:
    """The common words proposed as the whole lost text: the :data:`WHOLE_WORDS` most common of the gap's
    length, or with ``lm`` (the document's character model) the :data:`WHOLE_KEEP` of them it reads best
    between the gap's neighbours, counting their frequency too (most of the others would be cut by the
    scorer after costing a Sudachi call each).
    """
    words = frequent_words(site.length)
    if lm is None or len(words) <= WHOLE_KEEP:
        return words
    scores = lm.scores(site.left, [w for w, _ in words], site.right)
    ranked = sorted(range(len(words)), key=lambda i: (-(scores[i] + words[i][1]), words[i][0]))
    return tuple(words[i] for i in sorted(ranked[:WHOLE_KEEP]))


@functools.cache
def _frequent_set(n: int) -> frozenset[str]:
    return frozenset(w for w, _ in frequent_words(n))


@functools.cache
def function_kana() -> tuple[tuple[str, float], ...]:
    """The :data:`FUNCTION_KANA` most common hiragana with their frequency (from the packaged list)."""
    ranked = sorted(((c, z) for c, z in resources.char_zipf().items() if is_hiragana(c)),
                    key=lambda cz: (-cz[1], cz[0]))
    return tuple(ranked[:FUNCTION_KANA])


def _word_side(neighbour: str) -> bool:
    """A neighbour a word must join: kanji or katakana. Hiragana (a particle, an ending) or no
    Japanese at all is a natural word boundary."""
    return bool(neighbour) and bool(JA_LETTER_RE.match(neighbour)) and not is_hiragana(neighbour)


def both_sides(site: Site, fit: Fit) -> int:
    """Surviving characters the fill's words match on its weaker side; a side at a natural
    boundary counts as well supported as the other.

    >>> both_sides(Site("観\ufffd\ufffd課", 1, 3), Fit("音台", 5, 0.0, ("港南区観音台",), 5, 0))
    0
    >>> both_sides(Site("マーケティン\ufffdによる", 6, 7), Fit("グ", 6, 0.0, ("マーケティング",), 6, 0))
    6
    """
    return _both_sides(_word_side(site.left[-1:]), _word_side(site.right[:1]), fit)


def _both_sides(word_left: bool, word_right: bool, fit: Fit) -> int:
    """:func:`both_sides` with whether each neighbour is one a word must join (the same for every fill of a site)."""
    if not word_left and not word_right:
        return max(fit.left, fit.right)
    left = fit.left if word_left else fit.right
    right = fit.right if word_right else fit.left
    return min(left, right)


def propose(site: Site, lm=None) -> list[Proposal]:
    """Lexicon proposals for a gap among Japanese characters (``lm``: the document's character model,
    which picks the common whole words worth proposing, :func:`whole_words`).

    The proposals follow from :data:`REACH` characters each side of the gap alone, so with a model they
    are remembered per such window (:meth:`pipeline.restore.charlm.Scorer.remembered`): the same gap is
    decided again in the next pass, and the same phrase stands elsewhere in the document.
    """
    if site.script != "ja":
        return []
    if lm is None:
        return [_proposal(*row) for row in _rows(site, lm)]
    lo = max(0, site.start - REACH)
    near = Site(site.text[lo: site.end + REACH], site.start - lo, site.end - lo)
    packed = lm.remembered(("lexicon", near.text, near.start, near.end), lambda: _pack(_rows(near, lm)))
    return list(_proposals(packed))


@functools.lru_cache(maxsize=RECENT_WINDOWS)
def _proposals(packed: str) -> tuple[Proposal, ...]:
    """A window's proposals, made once while the window is among the last :data:`RECENT_WINDOWS` asked (the gap's
    next round and pass, the same glyph elsewhere): making them again (a detail each) was a twentieth of the
    stage's time under cProfile. Shared between callers, never changed: a pool copies a proposal's features
    (:meth:`scoring.Pool.add`)."""
    return tuple(_proposal(*row) for row in _unpack(packed))


Row = tuple[str, str, int, int, float, int]
"""A lexicon proposal as plain values: fill, its words joined by ``+``, how many words, surviving characters
they match, the Zipf of the rarest, surviving characters matched on the weaker side (:func:`both_sides`)."""


def _rows(site: Site, lm) -> list[Row]:
    word_left, word_right = _word_side(site.left[-1:]), _word_side(site.right[:1])
    return [(f.fill, "+".join(f.words), len(f.words), f.known, f.zipf, _both_sides(word_left, word_right, f))
            for f in lexicon_fits(site, lm=lm)]


def _proposal(fill: str, words: str, count: int, known: int, zipf: float, both: int) -> Proposal:
    return Proposal(fill=fill, kind="lexicon",
                    detail=f"dictionary word{'s' if count > 1 else ''} {words} fit{'' if count > 1 else 's'} "
                           f"{known} surviving character{'s' if known != 1 else ''}",
                    features={"lex_known": float(known), "lex_zipf": zipf, "lex_both": float(both)},
                    word=words if count == 1 else "")


def _pack(rows: list[Row]) -> str:
    """A window's rows as one string, a line each: a gap has hundreds of candidates and a document hundreds of
    windows, which as objects would hold some 200 MB until the document is done (fills and words are Japanese
    letters; a float's repr reads back as the same float).

    >>> _unpack(_pack([("験", "実験", 1, 1, 4.41, 1), ("施", "実施", 1, 1, 0.1 + 0.2, 0)]))[1]
    ('施', '実施', 1, 1, 0.30000000000000004, 0)
    """
    return "\n".join(f"{fill}\t{words}\t{count}\t{known}\t{zipf!r}\t{both}"
                     for fill, words, count, known, zipf, both in rows)


def _unpack(packed: str) -> list[Row]:
    rows = []
    for line in packed.split("\n") if packed else ():
        fill, words, count, known, zipf, both = line.split("\t")
        rows.append((fill, words, int(count), int(known), float(zipf), int(both)))
    return rows


ONE_KANJI_ZIPF = 4.5
"""How common (Zipf) a one-kanji noun must be to be proposed for a lone gap (:func:`propose_one_kanji`): 469 kanji of
the packaged list (村 4.93, 米 5.11, 男 5.55), the nouns a text writes alone."""
ALONE_BEFORE = frozenset("のがをにはでともへや、。，．「『（(・　 ")
"""What stands before a one-kanji noun written alone: a particle, a mark, a space (or the line's start)."""
ALONE_AFTER = frozenset("のがをにはでともへやか、。，．」』）)・　 ")
"""What stands after one: a particle, a mark, a space (or the line's end)."""


@functools.cache
def one_kanji_nouns() -> tuple[tuple[str, float], ...]:
    """The one-kanji words of the packaged frequency list at :data:`ONE_KANJI_ZIPF` or more that Sudachi reads alone
    as a common noun, commonest first."""
    tok = resources.tokenizer()
    out = []
    for word, zipf in resources.word_zipf().items():
        if len(word) == 1 and zipf >= ONE_KANJI_ZIPF and KANJI_RE.fullmatch(word):
            morphs = tok.tokenize(word)
            if len(morphs) == 1 and morphs[0].part_of_speech()[:2] == ("名詞", "普通名詞"):
                out.append((word, zipf))
    return tuple(sorted(out, key=lambda wz: (-wz[1], wz[0])))


def propose_one_kanji(site: Site, doc=None) -> list[Proposal]:
    """Common one-kanji nouns (:func:`one_kanji_nouns`) for one lost glyph standing alone between particles or marks
    (``沿岸の\ufffdでは``, ``今年の\ufffdの収穫量``): a word of one letter has no surviving letter for the lexicon's
    fits to anchor on, and the character model, counted from documentation, ranks 値, 数, 方 there, never 村 or 米
    (issue 19, session 51). Feature ``one_kanji``: it ranks and no confidence reads it
    (:data:`pipeline.restore.scoring.RANK_ONLY`), so such a noun it alone puts first is offered, never committed; 1,
    and 2 where the document (``doc``) writes the noun alone elsewhere (``村によると``, ``村の人口``).

    >>> fills = [p.fill for p in propose_one_kanji(Site("沿岸の\ufffdでは工事が続く", 3, 4))]
    >>> "村" in fills and "米" in fills, propose_one_kanji(Site("沿岸部\ufffdでは", 3, 4))
    (True, [])
    """
    if site.script != "ja" or site.length != 1:
        return []
    before, after = site.left[-1:], site.right[:1]
    if (before and before not in ALONE_BEFORE) or (after and after not in ALONE_AFTER):
        return []
    out = []
    for w, z in one_kanji_nouns():
        used = doc is not None and any(_alone(ln.text, at) for ln, at in doc.occurrences(w))
        out.append(Proposal(w, "lexicon", f"dictionary word {w}, a common noun of one letter (Zipf {z:g}) standing "
                                          "alone between particles" + ("; the text writes it alone elsewhere" if used else ""),
                            {"one_kanji": 2.0 if used else 1.0, "lex_zipf": z}))
    return out


def _alone(text: str, at: int) -> bool:
    """The letter at ``at`` stands alone between particles or marks (or the line's ends)."""
    before, after = text[at - 1: at] if at else "", text[at + 1: at + 2]
    return (not before or before in ALONE_BEFORE) and (not after or after in ALONE_AFTER)


COMPOUND_PART = 2
"""Letters each word of a compound read over a lost glyph has at least (:func:`compound_fill`): a one-letter word
beside a gap is matched by hundreds of words."""
COMPOUND_LEAD = 0.3
"""Zipf points the best compound's frequency must stand above the next fill's before it is listed
(:func:`compound_fill`): a tie among compounds names no one fill."""


def compound_fill(site: Site, zipf: dict[str, float] | None = None,
                  index: resources.WordIndex | None = None) -> tuple[str, str, str, float] | None:
    """The one fill of a lost glyph between kanji or katakana on both sides that makes a compound of two words of the
    frequency list, each of :data:`COMPOUND_PART` letters or more: a complete word standing intact on one side of the
    gap, the fill beginning (or ending) the word on the other (``記念\\ufffd符を`` → 記念 + 切符); the commonest such
    compound by :func:`word_frequency`'s rule for a compound, where it leads the next fill's by :data:`COMPOUND_LEAD`
    or more. ``(fill, first word, second word, Zipf of the compound)``; None where no fill or no one fill leads.

    Why (fresh-user trial 64, ``記念\\ufffd符を買い求めた``, truth 切): the dictionary holds no 記念切符, so each fill's word
    laid over the gap matched one letter (切符, 音符, 休符 alike) or two on the other side (記念碑, 記念品, leaving 符
    alone); the character model, counted from documentation, read 記念音符 best and put 切 36th. The compound of two
    common words is what a news text writes; it is listed, never ranked or committed on it (a word of another register
    than the model's: evidence of another kind than how a fill reads).

    >>> idx = resources.WordIndex.build(["切符", "音符", "記念", "記念碑"])
    >>> compound_fill(Site("は記念\\ufffd符を買う", 3, 4), {"切符": 3.71, "音符": 3.26, "記念": 5.14}, idx)[:3]
    ('切', '記念', '切符')
    >>> compound_fill(Site("は記念\\ufffd符を買う", 3, 4), {"切符": 3.3, "音符": 3.26, "記念": 5.14}, idx) is None
    True
    """
    if site.script != "ja" or site.length != 1 or not (_word_side(site.left[-1:]) and _word_side(site.right[:1])):
        return None
    if zipf is None:
        zipf = resources.word_zipf()
    if index is None:
        index = resources.word_index()
    # the kanji or katakana runs touching the gap
    left_run = "".join(re.findall(f"[{KANJI}{KATAKANA}]+$", site.left[-REACH:]))
    right_run = "".join(re.findall(f"^[{KANJI}{KATAKANA}]+", site.right[:REACH]))
    found: dict[str, tuple[float, str, str]] = {}

    def consider(fill: str, first: str, second: str) -> None:
        if not (_content(first) and _content(second)) or fill == "?" or not JA_LETTER_RE.fullmatch(fill):
            return
        z = word_frequency(first + second, {first: zipf[first], second: zipf[second]})
        if z > found.get(fill, (-1.0,))[0]:
            found[fill] = (z, first, second)

    # a complete word on the left, the fill beginning the word on the right (記念 + 切符)
    for k in range(COMPOUND_PART, len(left_run) + 1):
        first = left_run[-k:]
        if first not in zipf:
            continue
        for m_ in range(COMPOUND_PART - 1, len(right_run) + 1):
            for word in index.match("?" + right_run[:m_]) if m_ else ():
                if word in zipf:
                    consider(word[0], first, word)
    # the fill ending the word on the left, a complete word on the right (工業 + 地帯 for ``工\ufffd地帯``)
    for k in range(COMPOUND_PART, len(right_run) + 1):
        second = right_run[:k]
        if second not in zipf:
            continue
        for m_ in range(COMPOUND_PART - 1, len(left_run) + 1):
            for word in index.match(left_run[len(left_run) - m_:] + "?") if m_ else ():
                if word in zipf:
                    consider(word[-1], word, second)
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], kv[0]))
    (fill, (z, first, second)) = ranked[0]
    if len(ranked) > 1 and z - ranked[1][1][0] < COMPOUND_LEAD:
        return None
    return fill, first, second, z


RIVAL_ZIPF_MARGIN = 1.0
"""How much rarer (Zipf, a factor of ten a unit) a rival dictionary word may be and still stand beside the top fill's
as an equal reading of the gap: a word a tenth as common is no slip of the tongue in prose of another register
(高\ufffd化: 高速化 3.6, 高齢化 3.45, 高度化 3.44; fresh-user trial 72 had 高速化 committed at 0.967 where the paper
meant 高齢化). A prior, not fitted: ``bench/prose_bench.py`` measures the commits it holds back (docs/restore.md)."""

READING_KINDS = frozenset({"lexicon", "character-model"})
"""Evidence kinds that say only how a fill reads (the dictionary, the character model), not what the document says."""


def rival_words(fill: str, pool) -> list[tuple[str, str]]:
    """Other fills of the gap that make a different dictionary word over the same surviving characters, fitting
    both sides as fully and no more than :data:`RIVAL_ZIPF_MARGIN` rarer, where nothing but how ``fill`` reads
    speaks for it (its evidence only :data:`READING_KINDS`): ``[(rival fill, its word)]``, commonest first; empty
    when ``fill`` makes no whole word over both sides or the document says something for it.

    Which of two such words stands there is the register's question (高速化 in software documentation, 高齢化 in
    a municipal paper): the character model, counted from one register, answers it for that register only, so its
    pick is offered, not committed (issue 19 point 1: calibration that holds off its home ground).

    >>> from pipeline.restore.scoring import Pool
    >>> from pipeline.restore.evidence.base import Proposal
    >>> p = Pool()
    >>> for f, w, z in (("速", "高速化", 3.6), ("齢", "高齢化", 3.45), ("温", "高温化", 1.2)):
    ...     p.add(Proposal(f, "lexicon", f"dictionary word {w}", {"lex_known": 2.0, "lex_zipf": z, "lex_both": 1.0}, word=w))
    >>> rival_words("速", p)
    [('齢', '高齢化')]
    >>> p.add(Proposal("速", "repetition", "高速化 repeated", {"has_rep": 1.0}))
    >>> rival_words("速", p)
    []
    """
    feats = pool.features.get(fill, {})
    both, known = feats.get("lex_both", 0.0), feats.get("lex_known", 0.0)
    # a hiragana fill is grammar (ことに or いるか after している): Sudachi's reading of the sentence decides it, and
    # prose of any register writes it alike; the register shows in content words, kanji and katakana
    if not _CONTENT_RE.search(fill) or both < 1.0 or not pool.words.get(fill) or any(kind not in READING_KINDS for kind, _ in pool.said.get(fill, ())):
        return []
    floor = feats.get("lex_zipf", 0.0) - RIVAL_ZIPF_MARGIN
    words = set(pool.words[fill])
    rivals = [(other, pool.words[other][0], f.get("lex_zipf", 0.0)) for other, f in pool.features.items()
              if other != fill and pool.words.get(other) and not words & set(pool.words[other])
              and f.get("lex_both", 0.0) >= both and f.get("lex_known", 0.0) >= known and f.get("lex_zipf", 0.0) >= floor]
    return [(other, word) for other, word, _ in sorted(rivals, key=lambda r: (-r[2], r[0]))]
