"""A character trigram model of Japanese, for gaps no dictionary word reaches into.

When a whole word is lost (``を\ufffd\ufffdする``) or the end of one word and
the start of the next (``として\ufffd\ufffdいます`` for ``て扱``), dictionary
words anchored on surviving characters have nothing to hold on to. Which
characters follow which in Japanese prose does: the model proposes fills by
a beam search over characters that the corpus has seen after the left
context, and scores any fill by the log-probability of the fill and of the
two characters after it (so the right context counts too).

The counts (``pipeline/data/ja_char_ngrams.tsv.gz``) are built by
``bench/build_char_lm.py`` from Japanese documentation shipped by Debian, never
from raw/ or from the benchmark's corpus. Smoothing is interpolated
Witten-Bell: simple, needs no held-out data, and degrades to the unigram
for unseen contexts.

Text is folded before lookup, one character at a time so positions stay
put: NFKC width (``２`` → ``2``), Latin letters → ``A``, digits → ``0``, any
space → `` ``. A lost glyph in the context cuts the context there.
"""

from __future__ import annotations

import functools
import gzip
import heapq
import math
import unicodedata

from pipeline.restore import resources
from pipeline.chardata import JA_LETTER_RE
from pipeline.model import GAP

NGRAM_FILE = "ja_char_ngrams.tsv.gz"
BOUNDARY = "\u241e"
"""Start and end of a text block in the counts (a character no folded text contains)."""
RIGHT = 2
"""Characters after the fill whose probability counts in its score."""
SUCCESSORS = 600
"""Characters tried after each context in the beam (the most frequent followers)."""
BEAM = 300
DOCUMENT_WEIGHT = 0.3
"""Share of the document's own counts in the mixture."""
DOCUMENT_FOLLOWERS = 40
CACHE_LIMIT = 1 << 20
"""Probabilities remembered per model before the cache starts afresh (bounds memory in long batches)."""


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


class Scorer:
    """Scoring and proposing fills, for any model with ``prob``, ``followers`` and ``preceders``."""

    _cache: dict[tuple[str, str], float]
    backward: "Scorer | None" = None
    """The same kind of model read right to left (its contexts are the characters after), when there is one."""

    def prob(self, history: str, char: str) -> float:
        """P(char | the last two characters of history), remembered per model."""
        key = (history, char)
        p = self._cache.get(key)
        if p is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            p = self._cache[key] = self._prob(history, char)
        return p

    def _prob(self, history: str, char: str) -> float:
        raise NotImplementedError

    def probs(self, history: str, chars: list[str]) -> list[float]:
        """P(c | history) for every c of ``chars``: the same numbers as :meth:`prob`, worked out with the
        context's weights looked up once (the beam asks this for hundreds of characters per context)."""
        return [self.prob(history, c) for c in chars]

    def next_probs(self, first: str, chars: list[str], following: str) -> list[float]:
        """P(following | first + c) for every c of ``chars``: how likely the right context's first
        character is after each candidate last character (``first`` the character before it, or empty)."""
        return [self.prob(first + c, following) for c in chars]

    def followers(self, history: str, limit: int = SUCCESSORS) -> list[str]:
        raise NotImplementedError

    def preceders(self, char: str) -> list[str]:
        raise NotImplementedError

    def document_count(self, fill: str) -> int:
        """How often ``fill`` (up to three characters) stands in the document being restored; 0 for a general model."""
        return 0

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
        return self._logp(_context(left), fill + _right(right))

    def propose(self, left: str, right: str, length: int, limit: int = 50) -> list[tuple[str, float]]:
        """The ``limit`` best Japanese fills of ``length`` characters between the two contexts, by :meth:`score`.

        Beam search: each position tries the characters the corpus has seen
        after the fill so far; the last position also tries the characters seen
        before the right context, so a fill can be led by what follows it, and
        is pruned by the whole score (the right context included): a particle
        and the start of a rare word (``が姉`` before ``妹``) read badly until
        the word's next character is counted.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.propose("東", "都に", 1, 2)[0][0]
        '京'
        """
        history = _context(left)
        after = _right(right)
        before = self.preceders(after[:1]) if after else []
        # log P of the right context after the fill's last character c: the part past the first
        # right character depends on c alone, so it is worked out once per c
        past_first: dict[str, float] = {}
        beam: list[tuple[float, str]] = [(0.0, "")]
        for pos in range(length):
            last = pos == length - 1
            grown: list[tuple[float, str]] = []
            for logp, fill in beam:
                h = (history + fill)[-2:]
                options = self.followers(h) if h else []
                if last:
                    options = list(dict.fromkeys(options + before))
                tails = self.next_probs(h[-1:], options, after[0]) if last and after else None
                for i, (c, pc) in enumerate(zip(options, self.probs(h, options))):
                    step = logp + math.log(pc)
                    if tails is not None:
                        rest = past_first.get(c)
                        if rest is None:
                            rest = past_first[c] = self._logp(c + after[0], after[1:])
                        step += math.log(tails[i]) + rest
                    grown.append((step, fill + c))
            if not grown:
                return []
            beam = heapq.nlargest(BEAM if not last else limit, grown, key=lambda t: (t[0], t[1]))
        # the last step's scores are whole scores (the right context counted): the same as score()
        return sorted(((fill, logp) for logp, fill in beam), key=lambda t: (-t[1], t[0]))

    def _logp(self, history: str, chars: str) -> float:
        """log P of ``chars`` (folded) one after another, following ``history`` (its last two characters count)."""
        total = 0.0
        for c in chars:
            total += math.log(self.prob(history[-2:], c))
            history += c
        return total


class CharLM(Scorer):
    """Interpolated Witten-Bell trigram model over folded characters."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        self.total = sum(k for g, k in counts.items() if len(g) == 1)
        self.vocab = sum(1 for g in counts if len(g) == 1)
        # per context: total count of what follows, and how many different characters follow
        ctx_total: dict[str, int] = {}
        ctx_types: dict[str, int] = {}
        followers: dict[str, list[tuple[int, str]]] = {}
        for g, k in counts.items():
            if len(g) < 2:
                continue
            h, w = g[:-1], g[-1]
            ctx_total[h] = ctx_total.get(h, 0) + k
            ctx_types[h] = ctx_types.get(h, 0) + 1
            if JA_LETTER_RE.match(w):
                followers.setdefault(h, []).append((k, w))
        self.ctx_total, self.ctx_types = ctx_total, ctx_types
        self._followers = followers
        # per-model caches (a method-level lru_cache would keep every document's model alive)
        self._cache: dict[tuple[str, str], float] = {}
        self._sorted: dict[str, list[str]] = {}
        self._before: dict[str, list[str]] = {}
        self._ending: dict[str, list[tuple[str, int]]] | None = None

    def reversed(self) -> "CharLM":
        """The model of the same text read right to left (every n-gram reversed)."""
        return CharLM({g[::-1]: k for g, k in self.counts.items()})

    def with_backward(self) -> "CharLM":
        """This model with its right-to-left twin attached as :attr:`backward`."""
        self.backward = self.reversed()
        return self

    @classmethod
    def from_text(cls, text: str) -> "CharLM":
        """A model counted from ``text``, each line and each stretch between lost glyphs a block of its own.

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.prob("東", "京") > lm.prob("東", "都")
        True
        """
        counts: dict[str, int] = {}
        for line in text.split("\n"):
            for block in line.split(GAP):
                folded = BOUNDARY + fold(block) + BOUNDARY
                for n in (1, 2, 3):
                    for i in range(len(folded) - n + 1):
                        counts[folded[i:i + n]] = counts.get(folded[i:i + n], 0) + 1
        return cls(counts)

    def _prob(self, history: str, char: str) -> float:
        """Interpolated Witten-Bell, down to an add-one unigram."""
        p = (self.counts.get(char, 0) + 1) / (self.total + self.vocab + 1)
        for h, lam, total in self._levels(history):
            p = lam * self.counts.get(h + char, 0) / total + (1 - lam) * p
        return p

    def _levels(self, history: str) -> list[tuple[str, float, int]]:
        """The contexts interpolated for ``history``: (context, λ = total / (total + types), total), shortest
        first, down to the first context never seen."""
        levels = []
        for n in (1, 2):
            if len(history) < n:
                break
            h = history[-n:]
            total = self.ctx_total.get(h)
            if not total:
                break
            levels.append((h, total / (total + self.ctx_types[h]), total))
        return levels

    def probs(self, history: str, chars: list[str]) -> list[float]:
        """:meth:`_prob` for many characters after one history (the same operations, so the same numbers).

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.probs("東", ["京", "都"]) == [lm.prob("東", "京"), lm.prob("東", "都")]
        True
        """
        counts, denominator = self.counts, self.total + self.vocab + 1
        levels = self._levels(history)
        out = []
        for c in chars:
            p = (counts.get(c, 0) + 1) / denominator
            for h, lam, total in levels:
                p = lam * counts.get(h + c, 0) / total + (1 - lam) * p
            out.append(p)
        return out

    def next_probs(self, first: str, chars: list[str], following: str) -> list[float]:
        """:meth:`_prob` of ``following`` after ``first + c`` for many c (the same numbers).

        >>> lm = CharLM.from_text("東京都に住む。京都に住む。東京に行く。")
        >>> lm.next_probs("東", ["京", "都"], "都") == [lm.prob("東京", "都"), lm.prob("東都", "都")]
        True
        """
        counts = self.counts
        base = (counts.get(following, 0) + 1) / (self.total + self.vocab + 1)
        out = []
        for c in chars:
            p = base
            for h, lam, total in self._levels(first + c):
                p = lam * counts.get(h + following, 0) / total + (1 - lam) * p
            out.append(p)
        return out

    def followers(self, history: str, limit: int = SUCCESSORS) -> list[str]:
        """The Japanese characters most often seen after ``history`` (its last two, else last one)."""
        for n in (2, 1):
            if len(history) >= n:
                found = self._sorted_followers(history[-n:])
                if found:
                    return found[:limit]
        return []

    def _sorted_followers(self, h: str) -> list[str]:
        found = self._sorted.get(h)
        if found is None:
            found = self._sorted[h] = [w for _, w in sorted(self._followers.get(h, ()), key=lambda kw: (-kw[0], kw[1]))]
        return found

    def preceders(self, char: str) -> list[str]:
        """The Japanese characters most often seen just before ``char``."""
        if not char:
            return []
        done = self._before.get(char)
        if done is None:
            found = [(k, g[0]) for g, k in self._bigrams_ending(char) if JA_LETTER_RE.match(g[0])]
            done = self._before[char] = [c for _, c in sorted(found, key=lambda kc: (-kc[0], kc[1]))[:SUCCESSORS]]
        return done

    def _bigrams_ending(self, char: str):
        if self._ending is None:
            # built on first use: only the beam's last position asks what precedes a character
            self._ending = {}
            for g, k in self.counts.items():
                if len(g) == 2:
                    self._ending.setdefault(g[1], []).append((g, k))
        return self._ending.get(char, ())


class Mixture(Scorer):
    """The general model mixed with one counted from the document being restored (a cache model).

    A document repeats its own vocabulary (都市, 環境, マウント…) far more often
    than general prose does; mixing in its own counts lets the model prefer
    what this document says without requiring the exact context to repeat.
    """

    def __init__(self, general: CharLM, document: CharLM, weight: float = DOCUMENT_WEIGHT):
        self.general, self.document, self.weight = general, document, weight

    def prob(self, history: str, char: str) -> float:
        # not remembered here: the general model's cache serves every document of a batch, and the
        # document's own model is a few lookups; a third cache would only hold the same keys again
        return (1 - self.weight) * self.general.prob(history, char) + self.weight * self.document._prob(history, char)

    def probs(self, history: str, chars: list[str]) -> list[float]:
        w = self.weight
        return [(1 - w) * g + w * d
                for g, d in zip(self.general.probs(history, chars), self.document.probs(history, chars))]

    def next_probs(self, first: str, chars: list[str], following: str) -> list[float]:
        w = self.weight
        return [(1 - w) * g + w * d for g, d in zip(self.general.next_probs(first, chars, following),
                                                    self.document.next_probs(first, chars, following))]

    def document_count(self, fill: str) -> int:
        return self.document.counts.get(fold(fill), 0)

    def followers(self, history: str, limit: int = SUCCESSORS) -> list[str]:
        own = self.document.followers(history, DOCUMENT_FOLLOWERS)
        return list(dict.fromkeys(own + self.general.followers(history, limit)))

    def preceders(self, char: str) -> list[str]:
        return list(dict.fromkeys(self.document.preceders(char)[:DOCUMENT_FOLLOWERS] + self.general.preceders(char)))


def for_document(text: str) -> Scorer | None:
    """The model to restore one document with: the packaged model mixed with the document's own counts."""
    general = model()
    if general is None:
        return None
    own = CharLM.from_text(text)
    mixture = Mixture(general, own)
    if general.backward is not None:
        mixture.backward = Mixture(general.backward, own.reversed())
    return mixture


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
def model() -> CharLM | None:
    """The packaged model with its backward twin, loaded once per process; None when the counts have not been built."""
    data = resources.data_bytes(NGRAM_FILE)
    if data is None:
        return None
    counts: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").split("\n"):
        if not line or line.startswith("#"):
            continue
        gram, _, k = line.rpartition("\t")
        counts[gram] = int(k)
    return CharLM(counts).with_backward()
