"""A character trigram model of Japanese, for gaps no dictionary word reaches into.

When a whole word is lost (``を\ufffd\ufffdする``) or the end of one word and
the start of the next (``として\ufffd\ufffdいます`` for ``て扱``), dictionary
words anchored on surviving characters have nothing to hold on to. Which
characters follow which in Japanese prose does: the model proposes fills by
a beam search over characters that the corpus has seen after the left
context, and scores any fill by the log-probability of the fill and of the
two characters after it (so the right context counts too).

The counts (``pipeline/data/ja_char_ngrams.npz``) are built by
``bench/build_char_lm.py`` from Japanese text shipped by Debian, PyPI and npm
packages (``bench/sources.py``), never from raw/. Smoothing is interpolated
Witten-Bell: simple, needs no held-out data, and degrades to the unigram
for unseen contexts.

The counts are sorted arrays of n-gram keys (code points packed 21 bits
each, :func:`pack`) beside their counts, so a model loads in a few tens of
milliseconds and the beam asks for the probabilities of all its candidates
at once (``numpy.searchsorted`` over the keys) instead of one dictionary
lookup per character.

Text is folded before lookup, one character at a time so positions stay
put: NFKC width (``２`` → ``2``), Latin letters → ``A``, digits → ``0``, any
space → `` ``. A lost glyph in the context cuts the context there.
"""

from __future__ import annotations

import functools
import math
from typing import Callable, Hashable, TypeVar
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.model import GAP
from pipeline.packed import aligned
from pipeline.restore import resources
from pipeline.chardata import JA_LETTER_RE

NGRAM_FILE = resources.NGRAM_FILE
BOUNDARY = "\u241e"
"""Start and end of a text block in the counts (a character no folded text contains)."""
RIGHT = 2
"""Characters after the fill whose probability counts in its score."""
SUCCESSORS = 300
"""Characters tried after each context in the beam (the most frequent followers)."""
BEAM = 150
DOCUMENT_WEIGHT = 0.3
"""Share of the document's own counts in the mixture."""
DOCUMENT_FOLLOWERS = 40
CACHE_LIMIT = 1 << 16
"""Contexts whose sorted followers a model remembers before the cache starts afresh (bounds memory)."""
SCORES_LIMIT = 1 << 18
"""Fill scores a model remembers (:meth:`Scorer.scores`) before it starts afresh (bounds memory: some 30 MB)."""
BITS = 21
"""Bits per code point in an n-gram key: every code point fits, and three fit in an int64."""
MASK = (1 << BITS) - 1
NONE = -1
"""A missing context character in the vectorised lookups."""
T = TypeVar("T")


@functools.lru_cache(maxsize=None)
def fold_char(c: str) -> str:
    """One character as the model sees it.

    >>> [fold_char(c) for c in "Ａa9２ 　国"]
    ['A', 'A', '0', '0', ' ', ' ', '国']
    """
    if c == GAP:
        return c
    if len(c) == 1 and c.isspace() or c == BOUNDARY:
        return " "
    f = unicodedata.normalize("NFKC", c)
    if len(f) != 1:
        return c
    if "a" <= f <= "z" or "A" <= f <= "Z":
        return "A"
    if "0" <= f <= "9":
        return "0"
    return f


def fold(text: str) -> str:
    """Text as the model sees it, runs of space made one.

    >>> fold("Ｕｎｉｃｏｄｅ  １９９９年")
    'A 0年'
    """
    out = []
    for c in text:
        f = fold_char(c)
        if f == " " and out and out[-1] == " ":
            continue
        if f == "A" and out and out[-1] == "A" or f == "0" and out and out[-1] == "0":
            continue
        out.append(f)
    return "".join(out)


def pack(gram: str) -> int:
    """The key of an n-gram of one to three characters: code points packed :data:`BITS` bits each.

    >>> pack("a") == ord("a"), pack("ab") == (ord("a") << 21) | ord("b")
    (True, True)
    """
    key = 0
    for c in gram:
        key = (key << BITS) | ord(c)
    return key


def unpack(key: int, n: int) -> str:
    """The n-gram of ``n`` characters behind ``key``.

    >>> unpack(pack("国際"), 2)
    '国際'
    """
    return "".join(chr((key >> (BITS * (n - 1 - i))) & MASK) for i in range(n))


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def _chars(codes) -> list[str]:
    return [chr(c) for c in codes]


def _unique_counts(keys: np.ndarray, weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    uniq, inverse = np.unique(keys, return_inverse=True)
    counts = np.bincount(inverse, weights=weights, minlength=len(uniq))
    return uniq, np.rint(counts).astype(np.int64)


@dataclass(frozen=True)
class Counts:
    """Character 1-, 2- and 3-gram counts as sorted key arrays (:func:`pack`) with their counts.

    Counts add and subtract (``total - one_source``): the benchmark counts a model without the
    source it measures by subtracting that source's counts from the whole.
    """

    keys: tuple[np.ndarray, np.ndarray, np.ndarray]
    counts: tuple[np.ndarray, np.ndarray, np.ndarray]
    about: str = ""

    @classmethod
    def from_blocks(cls, blocks, about: str = "") -> "Counts":
        """Counts of text blocks, each already folded (:func:`fold`), each read between two :data:`BOUNDARY` marks.

        >>> Counts.from_blocks(["国際"]).count("国際"), Counts.from_blocks(["国際"]).count(BOUNDARY + "国")
        (1, 1)
        """
        parts = []
        for block in blocks:
            parts.append(_codes(BOUNDARY + block + BOUNDARY))
            parts.append(np.array([NONE], dtype=np.int64))
        seq = np.concatenate(parts) if parts else np.array([], dtype=np.int64)
        keys, counts = [], []
        for n in (1, 2, 3):
            if len(seq) < n:
                keys.append(np.array([], dtype=np.int64))
                counts.append(np.array([], dtype=np.int64))
                continue
            windows = [seq[i: len(seq) - n + 1 + i] for i in range(n)]
            ok = np.ones(len(windows[0]), dtype=bool)
            key = np.zeros(len(windows[0]), dtype=np.int64)
            for w in windows:
                ok &= w != NONE
                key = (key << BITS) | np.where(w == NONE, 0, w)
            k, c = _unique_counts(key[ok])
            keys.append(k)
            counts.append(c)
        return cls(tuple(keys), tuple(counts), about)

    @classmethod
    def from_text(cls, text: str) -> "Counts":
        """Counts of ``text``, each line and each stretch between lost glyphs a block of its own."""
        return cls.from_blocks(fold(block) for line in text.split("\n") for block in line.split(GAP))

    def combine(self, other: "Counts", sign: int = 1) -> "Counts":
        """``self + other`` (``sign`` 1) or ``self - other`` (``sign`` -1); n-grams left at zero are dropped.

        >>> a = Counts.from_blocks(["地域振興", "地域"]); b = Counts.from_blocks(["地域"])
        >>> a.combine(b).count("地域"), a.combine(b, -1).count("地域"), a.combine(b, -1).count("振興")
        (3, 1, 1)
        """
        keys, counts = [], []
        for n in range(3):
            k, c = _unique_counts(np.concatenate([self.keys[n], other.keys[n]]),
                                  np.concatenate([self.counts[n], sign * other.counts[n]]).astype(float))
            if (c < 0).any():
                raise ValueError("subtracting counts that were never added")
            keys.append(k[c > 0])
            counts.append(c[c > 0])
        return Counts(tuple(keys), tuple(counts), self.about)

    def count(self, gram: str) -> int:
        """How often ``gram`` (one to three characters, already folded) was counted."""
        n = len(gram)
        if not 1 <= n <= 3:
            return 0
        return int(_lookup(self.keys[n - 1], self.counts[n - 1], np.array([pack(gram)]))[0])

    def counts_of(self, grams: list[str]) -> list[int]:
        """:meth:`count` of many grams, one lookup per length.

        >>> Counts.from_blocks(["国際交流", "国際"]).counts_of(["国際", "交", "際交流", "", "国際交流"])
        [2, 1, 1, 0, 0]
        """
        out = [0] * len(grams)
        by_length: dict[int, list[int]] = {}
        for i, gram in enumerate(grams):
            if 1 <= len(gram) <= 3:
                by_length.setdefault(len(gram), []).append(i)
        for n, idx in by_length.items():
            found = _lookup(self.keys[n - 1], self.counts[n - 1], np.array([pack(grams[i]) for i in idx]))
            for i, c in zip(idx, found.tolist()):
                out[i] = c
        return out

    def reversed(self) -> "Counts":
        """The counts of the same text read right to left (every n-gram reversed)."""
        keys, counts = [self.keys[0]], [self.counts[0]]
        for n in (2, 3):
            k = self.keys[n - 1]
            parts = [(k >> (BITS * i)) & MASK for i in range(n)]  # last character first
            rev = np.zeros_like(k)
            for p in parts:
                rev = (rev << BITS) | p
            order = np.argsort(rev)  # the keys are unique: any sort gives this order (the quick one, 3× stable's speed)
            keys.append(rev[order])
            counts.append(self.counts[n - 1][order])
        return Counts(tuple(keys), tuple(counts), self.about)

    def save(self, path: Path) -> None:
        """Write the arrays as an ``.npz`` whose bytes depend on the counts alone."""
        arrays = {"about": np.array(self.about)}
        for n in range(3):
            arrays[f"keys{n + 1}"] = self.keys[n]
            arrays[f"counts{n + 1}"] = self.counts[n]
        resources.save_arrays(path, arrays)

    @classmethod
    def load(cls, path) -> "Counts":
        with np.load(path, allow_pickle=False) as z:
            return cls(tuple(z[f"keys{n}"] for n in (1, 2, 3)), tuple(z[f"counts{n}"] for n in (1, 2, 3)),
                       str(z["about"]))


SORTED_QUERY = 256
"""From this many keys on, a lookup sorts its query first (:func:`_lookup`, :meth:`_Contexts.find`)."""


def _lookup(keys: np.ndarray, counts: np.ndarray, query: np.ndarray) -> np.ndarray:
    """The counts of ``query`` keys (0 for keys never counted).

    A long query (:data:`SORTED_QUERY` keys or more: a beam's rows times their candidates, a lexicon's hundreds of
    fills) is searched and read in sorted order and put back in its own: the packaged model's trigram keys take
    4.4 MB, and keys asked in no order cost a cache miss each step of each search (45,000 keys in 37 ms, sorted
    first 2.4 ms; issue 19 point 5, session 82). The same indexes and counts, element by element.

    >>> keys, counts = np.array([3, 5, 9]), np.array([1, 2, 3])
    >>> _lookup(keys, counts, np.array([9, 4, 3, 10])).tolist()
    [3, 0, 1, 0]
    >>> q = np.arange(SORTED_QUERY + 3)[::-1] % 11
    >>> _lookup(keys, counts, q).tolist() == [{3: 1, 5: 2, 9: 3}.get(k, 0) for k in q.tolist()]
    True
    """
    if not len(keys):
        return np.zeros(len(query), dtype=np.int64)
    if len(query) < SORTED_QUERY:
        i = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
        return np.where(keys[i] == query, counts[i], 0)
    order = np.argsort(query)
    ordered = query[order]
    i = np.minimum(np.searchsorted(keys, ordered), len(keys) - 1)
    found = np.where(keys[i] == ordered, counts[i], 0)
    out = np.empty_like(found)
    out[order] = found
    return out


def _search(keys: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``np.searchsorted(keys, query)``, a long query searched in sorted order (:func:`_lookup`)."""
    if len(query) < SORTED_QUERY:
        return np.searchsorted(keys, query)
    order = np.argsort(query)
    out = np.empty(len(query), dtype=np.intp)
    out[order] = np.searchsorted(keys, query[order])
    return out


@dataclass(frozen=True)
class _Contexts:
    """Per context (the n-gram before the predicted character): total count of what follows, how many
    different characters follow, and the slice of the next order's arrays that holds them."""

    keys: np.ndarray
    total: np.ndarray
    types: np.ndarray
    start: np.ndarray
    end: np.ndarray

    @classmethod
    def of(cls, keys: np.ndarray, counts: np.ndarray) -> "_Contexts":
        prefix = keys >> BITS
        if not len(prefix):
            empty = np.array([], dtype=np.int64)
            return cls(empty, empty, empty, empty, empty)
        first = np.flatnonzero(np.concatenate([[True], prefix[1:] != prefix[:-1]]))
        end = np.concatenate([first[1:], [len(prefix)]])
        return cls(prefix[first], np.add.reduceat(counts, first), end - first, first, end)

    def find(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Index of each query context and whether it was seen."""
        if not len(self.keys):
            return np.zeros(len(query), dtype=np.int64), np.zeros(len(query), dtype=bool)
        i = np.minimum(_search(self.keys, query), len(self.keys) - 1)
        return i, (self.keys[i] == query) & (query >= 0)


class Scorer:
    """Scoring and proposing fills, for any model with :meth:`probs_after`, ``followers`` and ``preceders``."""

    backward: "Scorer | None" = None
    """The same kind of model read right to left (its contexts are the characters after), when there is one."""

    def probs_after(self, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        """P(c | a b) for arrays of code points (``a`` and ``b`` :data:`NONE` where the history is shorter)."""
        raise NotImplementedError

    def followers(self, history: str, limit: int = SUCCESSORS) -> list[str]:
        return _chars(self.follower_codes(history, limit))

    def follower_codes(self, history: str, limit: int = SUCCESSORS) -> np.ndarray:
        raise NotImplementedError

    def preceders(self, char: str) -> list[str]:
        return _chars(self.preceder_codes(char))

    def preceder_codes(self, char: str) -> np.ndarray:
        raise NotImplementedError

    def document_count(self, fill: str) -> int:
        """How often ``fill`` (up to three characters) stands in the document being restored; 0 for a general model."""
        return 0

    def document_counts(self, fills: list[str]) -> list[int]:
        """:meth:`document_count` of many fills."""
        return [self.document_count(f) for f in fills]

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per ``key`` for this model.

        For what follows from the model and a short context alone (the beam's fills for ``を_する``, a
        provider's proposals for a window): the same gap is decided again in the next pass and after its
        neighbours are filled, and the same phrase stands elsewhere in the document. The value is shared
        between callers, so it must be immutable (a tuple). At most :data:`CACHE_LIMIT` keys, then afresh.
        """
        memo = self.__dict__.setdefault("_remembered", {})
        try:
            return memo[key]
        except KeyError:
            if len(memo) >= CACHE_LIMIT:
                memo.clear()
            value = memo[key] = compute()
            return value

    def prob(self, history: str, char: str) -> float:
        """P(char | the last two characters of history)."""
        return float(self.probs(history, [char])[0])

    def probs(self, history: str, chars: list[str]) -> list[float]:
        """P(c | history) for every c of ``chars``."""
        a, b = _history_codes(history)
        n = len(chars)
        return self.probs_after(np.full(n, a), np.full(n, b), _codes("".join(chars))).tolist()

    def score_backward(self, left: str, fill: str, right: str) -> float | None:
        """log P of ``fill`` and of the two characters before it, read right to left from ``right``
        (None without a backward model). The forward score sees the right context only through
        the two characters after the fill; this one is led by it.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。").with_backward()
        >>> lm.score_backward("東", "京", "都に") > lm.score_backward("東", "住", "都に")
        True
        """
        if self.backward is None:
            return None
        return self.backward.score(_mirror(right), fill[::-1], _mirror(left, tail=True))

    def scores_backward(self, left: str, fills: list[str], right: str) -> list[float] | None:
        """:meth:`score_backward` of many fills of one length at once."""
        if self.backward is None:
            return None
        return self.backward.scores(_mirror(right), [f[::-1] for f in fills], _mirror(left, tail=True))

    def propose_backward(self, left: str, right: str, length: int, limit: int = 50) -> list[tuple[str, float]]:
        """:meth:`propose` read right to left: fills led by the characters after the gap.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。").with_backward()
        >>> lm.propose_backward("", "京都に", 1, 2)[0][0]
        '東'
        """
        if self.backward is None:
            return []
        found = self.backward.propose(_mirror(right), _mirror(left, tail=True), length, limit)
        return [(fill[::-1], logp) for fill, logp in found]

    def score(self, left: str, fill: str, right: str) -> float:
        """log P of ``fill`` and of the first :data:`RIGHT` characters of ``right`` after ``left``.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.score("に", "住", "む。") > lm.score("に", "行", "む。")
        True
        """
        return self.scores(left, [fill], right)[0]

    def scores(self, left: str, fills: list[str], right: str) -> list[float]:
        """:meth:`score` of many fills at once (fills of different lengths are scored in groups).

        A score follows from the fill, the last two characters of the folded left context and the folded right
        one alone, and each row is computed element by element, whatever else is in the batch: the scores of a
        pair of contexts are remembered (:data:`SCORES_LIMIT`), since the same fills are scored again there (the
        lexicon's common words, then the pool; the gap's next round and pass; the same phrase elsewhere).
        """
        history, after = _context(left), _right(right)
        memo = self.__dict__.get("_scored")
        if memo is None or self.__dict__["_scored_size"] >= SCORES_LIMIT:
            memo = self.__dict__["_scored"] = {}
            self.__dict__["_scored_size"] = 0
        known = memo.get((history[-2:], after))
        if known is None:
            known = memo[(history[-2:], after)] = {}
        todo = [f for f in dict.fromkeys(fills) if f not in known]
        by_length: dict[int, list[str]] = {}
        for f in todo:
            by_length.setdefault(len(f), []).append(f)
        for n, group in by_length.items():
            # the fill as it stands (one character per lost glyph), the contexts folded
            rows = _codes("".join(group)).reshape(len(group), n) if n \
                else np.zeros((len(group), 0), dtype=np.int64)
            for f, v in zip(group, self._logp_rows(history, rows, after).tolist()):
                known[f] = v
        self.__dict__["_scored_size"] += len(todo)
        return [known[f] for f in fills]

    def surprisal(self, text: str) -> float:
        """Bits of ``text`` (folded) read from its first character: how much a stretch of text says.

        >>> lm = CharLM.from_text("している。している。している。地域振興")
        >>> lm.surprisal("している") < lm.surprisal("地域振興")
        True
        """
        folded = fold(text)
        if not folded:
            return 0.0
        return float(-self._logp_rows("", _codes(folded)[None, :], "")[0] / math.log(2))

    def _logp_rows(self, history: str, rows: np.ndarray, after: str) -> np.ndarray:
        """log P of each row of code points followed by ``after``, after ``history`` (last two characters count)."""
        seq = np.concatenate([rows, np.tile(_codes(after), (len(rows), 1))], axis=1) if after else rows
        a0, b0 = _history_codes(history)
        a = np.full(len(seq), a0)
        b = np.full(len(seq), b0)
        total = np.zeros(len(seq))
        for j in range(seq.shape[1]):
            c = seq[:, j]
            total += np.log(self.probs_after(a, b, c))
            a, b = b, c
        return total

    def propose(self, left: str, right: str, length: int, limit: int = 50) -> list[tuple[str, float]]:
        """The ``limit`` best Japanese fills of ``length`` characters between the two contexts, by :meth:`score`.

        Beam search: each position tries the characters the corpus has seen
        after the fill so far; the last position also tries the characters seen
        before the right context, so a fill can be led by what follows it, and
        is pruned by the whole score (the right context included): a particle
        and the start of a rare word (``が姉`` before ``妹``) read badly until
        the word's next character is counted. All candidates of a position are
        scored in one vectorised call.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.propose("東", "都に", 1, 2)[0][0]
        '京'
        """
        # the beam reads nothing but the last two characters of the folded left context and the folded right
        # one: the same pair of contexts gives the same fills
        history, after = _context(left)[-2:], _right(right)
        found = self.remembered(("propose", history, after, length, limit),
                                lambda: tuple(self._beam(history, after, length, limit)))
        return list(found)

    def _beam(self, history: str, after: str, length: int, limit: int) -> list[tuple[str, float]]:
        """:meth:`propose` from the folded contexts (:func:`_context`, of which two characters count, and :func:`_right`)."""
        after_codes = _codes(after)
        before = self.preceder_codes(after[:1]) if after else np.array([], dtype=np.int64)
        hist = _codes(history)
        fills = np.zeros((1, 0), dtype=np.int64)
        scores = np.zeros(1)
        for pos in range(length):
            last = pos == length - 1
            options: dict[str, np.ndarray] = {}
            rows, chars = [], []
            for i in range(len(fills)):
                seq = np.concatenate([hist, fills[i]])[-2:]
                h = "".join(_chars(seq))
                opts = options.get(h)
                if opts is None:
                    opts = self.follower_codes(h) if h else np.array([], dtype=np.int64)
                    if last and len(before):
                        opts = _union(opts, before)
                    options[h] = opts
                rows.append(np.full(len(opts), i))
                chars.append(opts)
            if not rows or not sum(len(c) for c in chars):
                return []
            row = np.concatenate(rows)
            c = np.concatenate(chars)
            ctx = np.concatenate([np.tile(hist, (len(fills), 1)), fills], axis=1)[:, -2:] if hist.size or fills.size \
                else np.zeros((len(fills), 0), dtype=np.int64)
            a = ctx[row, -2] if ctx.shape[1] >= 2 else np.full(len(c), NONE)
            b = ctx[row, -1] if ctx.shape[1] >= 1 else np.full(len(c), NONE)
            step = scores[row] + np.log(self.probs_after(a, b, c))
            if last and after:
                # P of the right context after each candidate: its first character after (b, c), the second after
                # (c, first); the same numbers as score()
                step = step + np.log(self.probs_after(b, c, np.full(len(c), after_codes[0])))
                if len(after_codes) > 1:
                    # this one follows from the candidate alone, and the rows share their candidates (each row's
                    # are those of its last two characters): asked once per distinct candidate
                    distinct = _union(np.concatenate(list(options.values())), before)
                    once = self.probs_after(distinct, np.full(len(distinct), after_codes[0]),
                                            np.full(len(distinct), after_codes[1]))
                    step = step + np.log(once[_search(distinct, c)])
            grown = np.concatenate([fills[row], c[:, None]], axis=1)
            keep = _top(step, grown, BEAM if not last else limit)
            fills, scores = grown[keep], step[keep]
        # the last step's scores are whole scores (the right context counted): the same as score()
        out = [("".join(_chars(f)), float(s)) for f, s in zip(fills, scores)]
        return sorted(out, key=lambda t: (-t[1], t[0]))


def _union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The sorted distinct values of two arrays: ``np.union1d``'s result, without its ``np.unique``, whose check for a
    masked array imports ``numpy.ma`` (a hundredth of a second of a restore process's start).

    >>> _union(np.array([5, 1, 3]), np.array([3, 2, 5])).tolist()
    [1, 2, 3, 5]
    """
    both = np.concatenate([a, b])
    both.sort()
    return both[np.concatenate([[True], both[1:] != both[:-1]])] if len(both) else both


def _outside(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Which values of ``a`` are none of ``b``'s: ``~np.isin(a, b)``, without the ``np.unique`` its sorting way calls
    (whose check for a masked array imports ``numpy.ma``, a twentieth of a second of the first beam of a process that
    reads a document's own model; session 81, speed81).

    >>> _outside(np.array([5, 1, 3, 9]), np.array([3, 5, 3])).tolist(), _outside(np.array([2]), np.array([], dtype=int)).tolist()
    ([False, True, False, True], [True])
    """
    if not len(b):
        return np.ones(len(a), dtype=bool)
    ordered = np.sort(b)
    return ordered[np.minimum(np.searchsorted(ordered, a), len(ordered) - 1)] != a


def _top(scores: np.ndarray, fills: np.ndarray, k: int) -> np.ndarray:
    """Indexes of the ``k`` best rows by (score, fill) descending (ties broken by the fill, for determinism)."""
    if len(scores) > k:
        cut = np.partition(scores, len(scores) - k)[len(scores) - k]
        idx = np.flatnonzero(scores >= cut)
    else:
        idx = np.arange(len(scores))
    keys = [-fills[idx, j] for j in range(fills.shape[1] - 1, -1, -1)] + [-scores[idx]]
    order = np.lexsort(keys)
    return idx[order[:k]]


class CharLM(Scorer):
    """Interpolated Witten-Bell trigram model over folded characters."""

    def __init__(self, counts: Counts):
        self.counts = counts
        (k1, k2, k3), (c1, c2, c3) = counts.keys, counts.counts
        self.total = int(c1.sum())
        self.vocab = len(k1)
        self.denominator = self.total + self.vocab + 1
        # which characters of the vocabulary are Japanese (the one regex, asked once per character)
        self._ja = np.array([bool(JA_LETTER_RE.match(chr(k))) for k in k1.tolist()], dtype=bool)
        self._ctx1 = _Contexts.of(k2, c2)
        self._ctx2 = _Contexts.of(k3, c3)
        # characters are few (thousands) and their code points small: unigram counts and the one-character
        # contexts are read from dense tables indexed by code point, not searched for
        self._top = int(k1.max()) + 1 if len(k1) else 1
        self._unigram = np.zeros(self._top, dtype=np.int64)
        self._unigram[k1] = c1
        self._total1 = np.zeros(self._top, dtype=np.int64)
        self._types1 = np.zeros(self._top, dtype=np.int64)
        inside = self._ctx1.keys < self._top
        self._total1[self._ctx1.keys[inside]] = self._ctx1.total[inside]
        self._types1[self._ctx1.keys[inside]] = self._ctx1.types[inside]
        self._sorted: dict[str, np.ndarray] = {}
        self._before: dict[str, np.ndarray] = {}
        self._reversed_bigrams: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def from_text(cls, text: str) -> "CharLM":
        """A model counted from ``text``, each line and each stretch between lost glyphs a block of its own.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.prob("東", "京") > lm.prob("東", "都")
        True
        """
        return cls(Counts.from_text(text))

    def count(self, gram: str) -> int:
        return self.counts.count(gram)

    def reversed(self) -> "CharLM":
        """The model of the same text read right to left (every n-gram reversed)."""
        return CharLM(self.counts.reversed())

    def with_backward(self) -> "CharLM":
        """This model with its right-to-left twin attached as :attr:`backward`."""
        self.backward = self.reversed()
        return self

    def probs_after(self, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        """Interpolated Witten-Bell, down to an add-one unigram; the contexts interpolated are the
        last character, then the last two, down to the first context never seen."""
        _, k2, k3 = self.counts.keys
        _, c2, c3 = self.counts.counts
        c_in = (c >= 0) & (c < self._top)
        p = (np.where(c_in, self._unigram[np.where(c_in, c, 0)], 0) + 1) / self.denominator
        b_in = (b >= 0) & (b < self._top)
        b_at = np.where(b_in, b, 0)
        total1 = np.where(b_in, self._total1[b_at], 0)
        seen1 = total1 > 0
        if not seen1.any():
            return p
        # each order is looked up and mixed in only where its context was seen (elsewhere the order below stands):
        # the same numbers, element by element, as over every row, without the searches whose answer is dropped (a
        # document's model has seen the two characters before a beam's candidate in one row of six)
        every = seen1.all()
        p1 = p
        if not every:
            a, b, c, b_at, total1, p1 = a[seen1], b[seen1], c[seen1], b_at[seen1], total1[seen1], p[seen1]
        lam1 = total1 / (total1 + self._types1[b_at])
        n2 = _lookup(k2, c2, (b << BITS) | c)
        p1 = lam1 * n2 / total1 + (1 - lam1) * p1
        ab = np.where(a >= 0, (np.maximum(a, 0) << BITS) | b, NONE)
        i2, seen2 = self._ctx2.find(ab)
        if seen2.any():
            i2, ab, c2nd, p2 = i2[seen2], ab[seen2], c[seen2], p1[seen2]
            total2 = self._ctx2.total[i2]
            lam2 = total2 / (total2 + self._ctx2.types[i2])
            n3 = _lookup(k3, c3, (ab << BITS) | c2nd)
            p1[seen2] = lam2 * n3 / total2 + (1 - lam2) * p2
        if every:
            return p1
        p[seen1] = p1
        return p

    def follower_codes(self, history: str, limit: int = SUCCESSORS) -> np.ndarray:
        """The Japanese characters most often seen after ``history`` (its last two, else last one)."""
        for n in (2, 1):
            if len(history) >= n:
                found = self._sorted_followers(history[-n:])
                if len(found):
                    return found[:limit]
        return np.array([], dtype=np.int64)

    def _is_ja(self, codes: np.ndarray) -> np.ndarray:
        k1 = self.counts.keys[0]
        i = np.minimum(np.searchsorted(k1, codes), max(len(k1) - 1, 0))
        return (k1[i] == codes) & self._ja[i] if len(k1) else np.zeros(len(codes), dtype=bool)

    def _sorted_followers(self, h: str) -> np.ndarray:
        found = self._sorted.get(h)
        if found is None:
            if len(self._sorted) > CACHE_LIMIT:
                self._sorted.clear()
            ctx, n = (self._ctx2, 2) if len(h) == 2 else (self._ctx1, 1)
            i, seen = ctx.find(np.array([pack(h)]))
            if not seen[0]:
                found = np.array([], dtype=np.int64)
            else:
                keys = self.counts.keys[n][ctx.start[i[0]]:ctx.end[i[0]]]
                counts = self.counts.counts[n][ctx.start[i[0]]:ctx.end[i[0]]]
                chars = keys & MASK
                ja = self._is_ja(chars)
                chars, counts = chars[ja], counts[ja]
                found = chars[np.lexsort((chars, -counts))]
            self._sorted[h] = found
        return found

    def preceder_codes(self, char: str) -> np.ndarray:
        """The Japanese characters most often seen just before ``char``."""
        if not char:
            return np.array([], dtype=np.int64)
        done = self._before.get(char)
        if done is None:
            if self._reversed_bigrams is None:
                # built on first use: only the beam's last position asks what precedes a character
                k2, c2 = self.counts.keys[1], self.counts.counts[1]
                if self.backward is not None:
                    # the backward twin's bigrams are these, reversed and sorted (:meth:`Counts.reversed`)
                    self._reversed_bigrams = (self.backward.counts.keys[1], self.backward.counts.counts[1])
                else:
                    rev = ((k2 & MASK) << BITS) | (k2 >> BITS)
                    order = np.argsort(rev)  # unique keys: any sort gives this order
                    self._reversed_bigrams = (rev[order], c2[order])
            rev, counts = self._reversed_bigrams
            lo, hi = np.searchsorted(rev, [ord(char) << BITS, (ord(char) + 1) << BITS])
            chars, k = rev[lo:hi] & MASK, counts[lo:hi]
            ja = self._is_ja(chars)
            chars, k = chars[ja], k[ja]
            done = self._before[char] = chars[np.lexsort((chars, -k))][:SUCCESSORS]
        return done


class Mixture(Scorer):
    """The general model mixed with one counted from the document being restored (a cache model).

    A document repeats its own vocabulary (都市, 環境, マウント…) far more often
    than general prose does; mixing in its own counts lets the model prefer
    what this document says without requiring the exact context to repeat.
    """

    def __init__(self, general: CharLM, document: CharLM, weight: float = DOCUMENT_WEIGHT):
        self.general, self.document, self.weight = general, document, weight

    def probs_after(self, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        w = self.weight
        return (1 - w) * self.general.probs_after(a, b, c) + w * self.document.probs_after(a, b, c)

    def document_count(self, fill: str) -> int:
        return self.document.count(fold(fill))

    def document_counts(self, fills: list[str]) -> list[int]:
        return self.document.counts.counts_of([fold(f) for f in fills])

    def follower_codes(self, history: str, limit: int = SUCCESSORS) -> np.ndarray:
        # both models read the last two characters of the history (else the last one): the merged list is made
        # once per such pair, not once per beam row that ends in it; shared between callers, so read-only (the
        # beam copies what it grows)
        def merged() -> np.ndarray:
            own = self.document.follower_codes(history, DOCUMENT_FOLLOWERS)
            general = self.general.follower_codes(history, limit)
            found = np.concatenate([own, general[_outside(general, own)]]) if len(own) else general[:]
            found.setflags(write=False)
            return found

        return self.remembered(("followers", history[-2:], limit), merged)

    def preceder_codes(self, char: str) -> np.ndarray:
        own = self.document.preceder_codes(char)[:DOCUMENT_FOLLOWERS]
        general = self.general.preceder_codes(char)
        return np.concatenate([own, general[_outside(general, own)]]) if len(own) else general


def for_document(text: str, general: "CharLM | None" = None) -> Scorer:
    """The model to restore one document with: the packaged model (or ``general``) mixed with the document's own counts."""
    general = general if general is not None else model()
    own = CharLM.from_text(text)
    mixture = Mixture(general, own)
    if general.backward is not None:
        mixture.backward = Mixture(general.backward, own.reversed())
    return mixture


def _history_codes(history: str) -> tuple[int, int]:
    """The last two characters of a history as code points (:data:`NONE` where it is shorter)."""
    tail = history[-2:]
    if len(tail) == 2:
        return ord(tail[0]), ord(tail[1])
    if len(tail) == 1:
        return NONE, ord(tail)
    return NONE, NONE


def _mirror(context: str, tail: bool = False) -> str:
    """A context as the backward model reads it: reversed, the characters nearest the gap first.

    ``tail`` marks a left context (its end is what stands next to the gap).

    >>> _mirror("京都に"), _mirror("東京", tail=True)
    ('に都京', '京東')
    """
    near = context[-8:] if tail else context[:8]
    return near[::-1]


def _context(left: str) -> str:
    """The folded left context, cut after the last lost glyph (what stands before it says nothing here)."""
    text = fold(left[-6:])
    if GAP in text:
        text = text[text.rindex(GAP) + 1:]
    return text if text else BOUNDARY if not left else text


def _right(right: str) -> str:
    text = fold(right[:RIGHT + 4])[:RIGHT]
    if GAP in text:
        text = text[:text.index(GAP)]
    return text


@functools.cache
def model() -> CharLM:
    """The packaged model with its backward twin, loaded once per process: from the word index file, which carries
    both models' counts as built at set-up (:func:`packed_tables`, mapped into memory: decompressing the counts file
    and reversing its n-grams took a tenth of a second of every restore process, issue 19 point 5, session 80),
    else from the counts file.

    Raises :class:`pipeline.errors.MissingDataError` when the counts file is missing.
    """
    packed = resources.packed_group(PACKED_GROUP, packed_source())
    if packed is None:
        return CharLM(Counts.load(resources.data_path(NGRAM_FILE))).with_backward()
    forward = Counts(*_packed_counts(packed, "forward"), str(packed[f"{PACKED_GROUP}_counted"]))
    lm = CharLM(forward)
    lm.backward = CharLM(Counts(*_packed_counts(packed, "backward"), forward.about))
    return lm


PACKED_GROUP = "charlm"
"""The name of :func:`model`'s counts in the word index file (:func:`pipeline.restore.resources.packed_group`)."""


def packed_source() -> str:
    """What :func:`model`'s packed counts are built from: the counts file (its name and digest). The one place for
    the fact: the file's builder records it, the loader compares it."""
    return resources.file_source(NGRAM_FILE)


def packed_tables():
    """``(group, source, arrays)`` of :func:`model`'s counts as the word index file carries them (built at set-up by
    :func:`pipeline.restore.resources.build_word_index`): the counts file's arrays and those of its reversal
    (:meth:`Counts.reversed`), and what the counts file says it counted."""
    counts = Counts.load(resources.data_path(NGRAM_FILE))
    arrays = {f"{PACKED_GROUP}_counted": np.array(counts.about)}
    for way, c in (("forward", counts), ("backward", counts.reversed())):
        for n in range(3):
            arrays[f"{PACKED_GROUP}_{way}_keys{n + 1}"] = c.keys[n]
            arrays[f"{PACKED_GROUP}_{way}_counts{n + 1}"] = c.counts[n]
    return PACKED_GROUP, packed_source(), arrays


def _packed_counts(packed: dict, way: str) -> tuple[tuple, tuple]:
    # aligned: every lookup searches the keys (a misaligned array is copied whole at each search: packed.aligned)
    return (tuple(aligned(packed[f"{PACKED_GROUP}_{way}_keys{n}"]) for n in (1, 2, 3)),
            tuple(aligned(packed[f"{PACKED_GROUP}_{way}_counts{n}"]) for n in (1, 2, 3)))
