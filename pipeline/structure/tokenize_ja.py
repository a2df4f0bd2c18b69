"""Japanese tokenization (SudachiPy) and sentence splitting, with offsets into the text.

One Sudachi dictionary per process, and one tokenizer per split mode, both
created on first use (loading the dictionary takes a noticeable fraction of a
second and tens of MB; doing it per paragraph would dominate the stage).

Three things that the bare library does not do for us:

* **The input limit.** Sudachi refuses input over :data:`MAX_BYTES` UTF-8
  bytes. Longer text is cut into chunks at sentence boundaries
  (:func:`chunk_spans`); token offsets are shifted back into the whole text.
* **Lost glyphs.** Sudachi reads text around U+FFFD badly (in
  ``山を\\ufffdえた`` it makes ``えた`` a noun normalised to a slur). So the
  text between gaps is tokenized piece by piece, each gap run becomes one
  token of its own (``"gap": true``, no analysis), and a token touching a gap
  is flagged ``"near_gap": true`` with its analysis withheld (``lemma``,
  ``norm``, ``reading``, ``pos`` are ``None``): it is never presented as a
  confident reading.
* **Sentences.** :func:`split_sentences` is a documented rule-based splitter
  (see its docstring).

A token is a :class:`~pipeline.structure.document.JaToken`: ``surface``,
``lemma`` (dictionary form), ``norm`` (normalised form), ``reading``
(katakana), and spaCy's Japanese attributes (:mod:`pipeline.structure.spacy_ja`):
``tag`` (four part-of-speech levels joined by ``-``), ``inflection``
(conjugation type and form joined by ``;``), ``pos`` (Universal POS from
spaCy's tag map and its surface and bigram rules); ``start``/``end`` are
code-point offsets (``text[start:end] == surface``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from pipeline.english_words import abbreviation_goes_on
from pipeline.model import GAP
from pipeline.structure.document import JaToken
from pipeline.structure.spacy_ja import TagInfo, assign_pos, tag_info, tag_levels
from pipeline.sudachi import DEFAULT_MODE, MAX_BYTES, SPLIT_MODES, dictionary, tokenizer

Token = JaToken

_GAP_RUN = re.compile(f"{GAP}+")


@lru_cache(maxsize=None)
def _pos_info(pos_id: int) -> TagInfo:
    """spaCy's ``tag``, ``inflection`` and UPOS rules for a Sudachi part-of-speech id.

    Cached by id because a corpus has a few hundred distinct ones and
    building the strings per token would cost as much as the analysis.
    """
    return tag_info(dictionary().pos_of(pos_id))


@lru_cache(maxsize=None)
def _levels_info(pos_id: int) -> TagInfo:
    """:func:`_pos_info` without the UPOS (``pos`` ``None``, no surface or bigram rules): the tag and inflection
    alone, which need no spaCy (:func:`pipeline.structure.spacy_ja.tag_levels`)."""
    return TagInfo(*tag_levels(dictionary().pos_of(pos_id)), None, {}, frozenset())  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Sentences and chunks
# --------------------------------------------------------------------------

_TERMINATORS = frozenset("。！？!?．｡")
_CLOSERS = "」』）)］]】〉》〕｝}”’\"'"
_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "［": "］", "【": "】", "〈": "〉", "《": "》", "〔": "〕", "｛": "｝"}
_OPENERS_BY_CLOSER = {v: k for k, v in _PAIRS.items()}


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Spans strictly inside matched bracket pairs; unmatched brackets count for nothing.

    >>> _quoted_ranges("彼は「はい。」と言った（注。）。")
    [(3, 6), (12, 14)]
    >>> _quoted_ranges("「開いたまま。次。")
    []
    """
    stack: list[tuple[str, int]] = []
    ranges: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _OPENERS_BY_CLOSER:
            opener = _OPENERS_BY_CLOSER[ch]
            # Close the innermost matching opener; openers above it were never closed.
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    start = stack[depth][1]
                    del stack[depth:]
                    if not stack:
                        ranges.append((start + 1, i))
                    break
        elif ch == "\n":
            stack.clear()
    return ranges


def sentence_bounds(text: str) -> list[int]:
    """End offsets of the sentences of ``text``; together they partition it.

    See :func:`split_sentences` for the rule. The last offset is ``len(text)``.

    >>> sentence_bounds("あ。い")
    [2, 3]
    """
    inside = bytearray(len(text))
    for start, end in _quoted_ranges(text):
        inside[start:end] = b"\x01" * (end - start)
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            ends.append(i + 1)
            i += 1
            continue
        if ch in _TERMINATORS and not inside[i] and not _is_numeric_point(text, i) \
                and not (ch in _ABBREVIATION_POINTS and abbreviation_goes_on(text[max(0, i - ABBREVIATION_REACH):i + 1], text[i + 1:i + 1 + ABBREVIATION_REACH])):
            j = i + 1
            while j < n and text[j] in _TERMINATORS:
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            while j < n and text[j] in " \u3000\t":
                j += 1
            if j < n:
                ends.append(j)
            i = j
            continue
        i += 1
    if not ends or ends[-1] != n:
        ends.append(n)
    return ends


_ABBREVIATION_POINTS = frozenset("．.")
ABBREVIATION_REACH = 12
"""Characters on either side of a full stop read to tell an abbreviation's (``No．31``, ``Smith et al．(2019)``):
the longest abbreviation and what it takes (:func:`pipeline.english_words.abbreviation_goes_on`)."""


def _is_numeric_point(text: str, i: int) -> bool:
    """A full-width or halfwidth full stop right after a digit is a number's point
    (``１．``, ``3．5``), not a sentence end."""
    return text[i] in "．｡" and i > 0 and text[i - 1].isdigit()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Japanese sentences as ``(start, end)`` offsets, without surrounding whitespace.

    The rule (deterministic, no model): a sentence ends after a run of
    terminators (``。！？!?．``), taking along the closing brackets and quotes
    that directly follow (``。」``) and the spaces after them. A terminator
    inside a matched bracket pair (``「はい。」と言った``) does not end the
    sentence, nor does ``．`` right after a digit (``３．５``) or an abbreviation's that the text
    goes on from (``No．31``, ``Fig．2``, ``Smith et al．(2019)``:
    :func:`pipeline.english_words.abbreviation_goes_on`). A line break
    always ends one. Text without a terminator is one sentence.

    >>> t = "彼は「はい。」と言った。次です！  最後"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['彼は「はい。」と言った。', '次です！', '最後']
    >>> split_sentences("   ")
    []
    >>> t = "詳しくはWorking Paper No．31を参照．Smith et al．(2019)による．"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['詳しくはWorking Paper No．31を参照．', 'Smith et al．(2019)による．']
    """
    spans = []
    start = 0
    for end in sentence_bounds(text):
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            spans.append((start + left, start + right))
        start = end
    return spans


def _utf8_len(ch: str) -> int:
    o = ord(ch)
    return 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4


_SOFT_BREAKS = frozenset("、，,　 \t・")


def _hard_cut(text: str, start: int, end: int, max_bytes: int) -> list[tuple[int, int]]:
    """Cut one over-long sentence into pieces under the limit.

    Prefers the last comma, space or middle dot before the limit, so that a
    word is cut only in text with no such break for ~16,000 characters.
    """
    spans = []
    while start < end:
        size, i, last_soft = 0, start, -1
        while i < end:
            size += _utf8_len(text[i])
            if size > max_bytes:
                break
            if text[i] in _SOFT_BREAKS:
                last_soft = i + 1
            i += 1
        if i >= end:
            spans.append((start, end))
            break
        cut = last_soft if last_soft > start else i
        spans.append((start, cut))
        start = cut
    return spans


def chunk_spans(text: str, max_bytes: int = MAX_BYTES) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` spans covering ``text``, each at most ``max_bytes`` in UTF-8.

    Whole sentences are packed greedily; only a sentence longer than the
    limit on its own is cut inside (see :func:`_hard_cut`).

    >>> chunk_spans("ああ。いい。うう。", max_bytes=12)
    [(0, 3), (3, 6), (6, 9)]
    >>> chunk_spans("ああ。いい。うう。")
    [(0, 9)]
    """
    if len(text) * 4 <= max_bytes or len(text.encode("utf-8")) <= max_bytes:
        return [(0, len(text))] if text else []
    spans: list[tuple[int, int]] = []
    chunk_start, chunk_bytes, start = 0, 0, 0
    for end in sentence_bounds(text):
        size = len(text[start:end].encode("utf-8"))
        if chunk_bytes + size > max_bytes and chunk_bytes:
            spans.append((chunk_start, start))
            chunk_start, chunk_bytes = start, 0
        if size > max_bytes:
            spans.extend(_hard_cut(text, start, end, max_bytes))
            chunk_start, chunk_bytes = end, 0
        else:
            chunk_bytes += size
        start = end
    if chunk_start < len(text):
        spans.append((chunk_start, len(text)))
    return spans


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------


def _gap_free_pieces(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, is_gap)`` runs of ``text``: gap runs and the text between them.

    >>> list(_gap_free_pieces("ab\\ufffd\\ufffdc"))
    [(0, 2, False), (2, 4, True), (4, 5, False)]
    """
    pos = 0
    for m in _GAP_RUN.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), False
        yield m.start(), m.end(), True
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), False


_OOV_DIC = 0xF0000000
"""Sudachi word ids carry the dictionary in their top four bits; ``0xF`` marks
a word made at analysis time (unknown words, numbers joined by the numeric
plugin) whose reading may depend on context (``一`` is イチ or ヒト)."""

_ANALYSIS_CACHE_MAX = 500_000
_analysis_cache: dict[tuple[str, int], tuple[str, str, str, str, str | None, str, frozenset[str]]] = {}
_levels_cache: dict[tuple[str, int], tuple[str, str, str, str, str | None, None, frozenset[str]]] = {}
"""The same without the UPOS (``upos=False``): a cache of its own, so that neither form stands for the other."""


def _analyse(text: str, offset: int, out: list[Token], mode: str, bigrams: list[tuple[int, int]],
             upos: bool = True) -> None:
    """Append Sudachi's tokens for gap-free ``text`` (any length) to ``out``,
    and to ``bigrams`` the ``(i, j)`` token pairs that form one of spaCy's
    bigram rules (:func:`pipeline.structure.spacy_ja.assign_pos` decides them).
    With ``upos`` false the tokens carry no UPOS (``pos`` ``None``) and no pair is listed: spaCy is not asked.

    Why the cache: fetching the strings of a morpheme from Sudachi costs
    about as much as the analysis itself, while a dictionary word's lemma,
    norm, reading, part of speech and (surface-based) UPOS are fixed by its
    word id and surface (Sudachi normalises its input). Words made at
    analysis time are not cached. Offsets come from the surfaces, which
    Sudachi guarantees to tile its input.
    """
    tok = tokenizer(mode)
    pos_info = _pos_info if upos else _levels_info
    cache = _analysis_cache if upos else _levels_cache
    if len(cache) > _ANALYSIS_CACHE_MAX:
        cache.clear()
    get = cache.get
    append = out.append
    followers: frozenset[str] = frozenset()
    for c_start, c_end in chunk_spans(text):
        pos = offset + c_start
        for m in tok.tokenize(text[c_start:c_end]):
            surface = m.surface()
            if not surface:
                # Sudachi adds empty morphemes when its input normalisation
                # expands a character (㎡ → m2); they stand for no text.
                continue
            word_id = m.word_id()
            key = (surface, word_id)
            a = get(key)
            if a is None:
                info = pos_info(m.part_of_speech_id())
                a = (m.dictionary_form(), m.normalized_form(), m.reading_form(), info.tag, info.inflection,
                     info.by_surface.get(surface, info.pos) if info.by_surface else info.pos, info.followers)
                if word_id < _OOV_DIC:
                    cache[key] = a
            if a[3] in followers:
                bigrams.append((len(out) - 1, len(out)))
            followers = a[6]
            end = pos + len(surface)
            append(JaToken(surface, a[0], a[1], a[2], a[3], a[4], a[5], pos, end))
            pos = end


def _withhold(token: Token) -> None:
    """Mark a token that touches a gap: its analysis is not to be trusted, so it is not given."""
    token.lemma = token.norm = token.reading = token.tag = token.inflection = token.pos = None
    token.near_gap = True


def tokenize(text: str, *, mode: str = DEFAULT_MODE, upos: bool = True) -> list[Token]:
    """Sudachi tokens of ``text`` with spaCy's Japanese attributes, gap runs as tokens of their own.

    Surfaces concatenate back to ``text`` and ``text[start:end] == surface``. ``upos=False``: every field but
    ``pos`` as with it, ``pos`` ``None`` (spaCy's tables are neither imported nor read: the restore stage's slide
    links read a token's tag, lemma and reading, never its UPOS, and a restore process otherwise imports no spaCy).

    >>> [(t.surface, t.norm) for t in tokenize("山を\\ufffdえた")]
    [('山', '山'), ('を', None), ('\\ufffd', None), ('えた', None)]
    >>> [t.gap or t.near_gap for t in tokenize("山を\\ufffdえた")]
    [False, True, True, True]
    >>> [(t.surface, t.tag, t.inflection, t.pos) for t in tokenize("研究する")]
    [('研究', '名詞-普通名詞-サ変可能', None, 'VERB'), ('する', '動詞-非自立可能', 'サ行変格;終止形-一般', 'AUX')]
    """
    out: list[Token] = []
    bigrams: list[tuple[int, int]] = []
    if GAP not in text:
        _analyse(text, 0, out, mode, bigrams, upos)
    else:
        for start, end, is_gap in _gap_free_pieces(text):
            if not is_gap:
                first = len(out)
                _analyse(text[start:end], start, out, mode, bigrams, upos)
                if start > 0 and len(out) > first:
                    _withhold(out[first])
                if end < len(text) and len(out) > first:
                    _withhold(out[-1])
                continue
            out.append(JaToken(text[start:end], None, None, None, None, None, None, start, end, gap=True))
    if upos:
        assign_pos(out, bigrams, text)
    return out
