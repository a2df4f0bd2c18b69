"""Heavy resources for restore, each loaded once per process and only when first used.

Sudachi's dictionary, its tokenizer, the dictionary index of words by length
and known characters, and the packaged frequency and calibration tables are
all expensive to build (the word index walks Sudachi's 1.6 million entries)
and never change while a process runs, so each is built by a cached function
here and shared by every provider.
"""

from __future__ import annotations

import functools
import json
import re
from array import array
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any

from pipeline.chardata import JA_LETTER

DATA = "data"
WORD_FREQ_FILE = "ja_word_zipf.tsv"
CALIBRATION_FILE = "restore_calibration.json"

# Words the index holds: Japanese script only, 2-7 characters. Single
# characters carry no context to anchor a gap; longer entries are rare
# compounds whose parts are in the index anyway.
JA_WORD = re.compile(f"^[{JA_LETTER}]{{2,7}}$")

from pipeline.sudachi import MAX_BYTES as SUDACHI_MAX_BYTES
"""One tokenize call takes at most this many UTF-8 bytes (SudachiPy 0.7)."""


def sudachi_dictionary():
    """The process's one Sudachi dictionary, shared with the structure stage (``tokenize_ja``)."""
    from pipeline.sudachi import dictionary

    return dictionary()


def tokenizer():
    """The process's mode-C tokenizer (the same object the structure stage uses)."""
    from pipeline.sudachi import tokenizer as shared_tokenizer

    return shared_tokenizer("C")


def path_cost(text: str) -> int:
    """Sudachi's lattice path cost for ``text`` (lower reads more naturally).

    Text longer than one tokenize call allows is cut: callers pass short windows.

    >>> path_cost("国境を越えた") < path_cost("国境を越えだ")
    True
    """
    data = text.encode("utf-8")[:SUDACHI_MAX_BYTES]
    return tokenizer().tokenize(data.decode("utf-8", "ignore")).get_internal_cost()


UNKNOWN_ZIPF = 1.0
"""Zipf value for a token the frequency list does not know (rarer than anything it lists)."""


def reading(text: str, start: int, end: int) -> tuple[int, float]:
    """Sudachi's path cost of ``text`` and the unigram log-probability (Zipf − 9, summed) of the
    tokens that overlap ``text[start:end]``, from the packaged word frequencies.

    Path cost alone favours some words for reasons of Sudachi's connection
    costs; the frequencies of the words the fill makes say how common they are.

    >>> cost, lp = reading("表示を行います", 0, 2)
    >>> cost > 0 and -5 < lp < -3
    True
    """
    data = text.encode("utf-8")[:SUDACHI_MAX_BYTES].decode("utf-8", "ignore")
    morphemes = tokenizer().tokenize(data)
    zipf = word_zipf()
    logp = 0.0
    for m in morphemes:
        if m.end() <= start or m.begin() >= end:
            continue
        surface = m.surface()
        z = zipf.get(surface) or zipf.get(m.dictionary_form()) or UNKNOWN_ZIPF
        logp += z - 9.0
    return morphemes.get_internal_cost(), logp


@dataclass(frozen=True)
class WordIndex:
    """Dictionary words indexed by (length, position, character).

    ``match("?績", ...)``-style lookups intersect the posting lists of the
    known characters instead of trying characters one by one.
    """

    words: tuple[str, ...]
    postings: dict[tuple[int, int, str], array]

    def match(self, pattern: str, wildcard: str = "?") -> list[str]:
        """Words of ``len(pattern)`` whose known characters equal the pattern's.

        >>> idx = WordIndex.build(["実績", "実施", "成績", "実績値"])
        >>> idx.match("実?")
        ['実施', '実績']
        >>> idx.match("?績")
        ['実績', '成績']
        """
        n = len(pattern)
        known = [(i, c) for i, c in enumerate(pattern) if c != wildcard]
        if not known:
            return []
        lists = []
        for i, c in known:
            posting = self.postings.get((n, i, c))
            if posting is None:
                return []
            lists.append(posting)
        lists.sort(key=len)
        result = set(lists[0])
        for other in lists[1:]:
            result.intersection_update(other)
            if not result:
                return []
        return sorted(self.words[i] for i in result)

    @classmethod
    def build(cls, words) -> "WordIndex":
        unique = tuple(sorted(set(words)))
        postings: dict[tuple[int, int, str], array] = {}
        for wid, w in enumerate(unique):
            n = len(w)
            for i, c in enumerate(w):
                key = (n, i, c)
                posting = postings.get(key)
                if posting is None:
                    posting = postings[key] = array("i")
                posting.append(wid)
        return cls(unique, postings)


def _dictionary_words() -> tuple[set[str], set[str]]:
    """Surfaces of Sudachi's entries fit for the index, and those that are only ever person names.

    Person names are kept out so that the lexicon never proposes a name: a
    name is exactly what restore must not invent.
    """
    d = sudachi_dictionary()
    name_pos: dict[int, bool] = {}
    words: set[str] = set()
    names: set[str] = set()
    for entry in d.entries():
        w = entry.surface()
        if not JA_WORD.match(w):
            continue
        pid = entry.part_of_speech_id()
        is_name = name_pos.get(pid)
        if is_name is None:
            is_name = name_pos[pid] = d.pos_of(pid)[2] == "人名"
        (names if is_name else words).add(w)
    return words, names - words


@functools.cache
def word_index() -> WordIndex:
    """The dictionary index (about 3 s and 300 MB the first time in a process)."""
    words, names = _dictionary_words()
    words.update(w for w in word_zipf() if JA_WORD.match(w) and w not in names)
    return WordIndex.build(words)


def data_bytes(name: str) -> bytes | None:
    """A packaged data file's bytes, or None when it has not been built."""
    path = importlib_resources.files("pipeline").joinpath(DATA, name)
    return path.read_bytes() if path.is_file() else None


def _data_text(name: str) -> str | None:
    data = data_bytes(name)
    return None if data is None else data.decode("utf-8")


@functools.cache
def word_zipf() -> dict[str, float]:
    """Japanese word frequencies (Zipf scale, 0-8) from the packaged list.

    Built by ``bench/build_word_zipf.py`` from the ``wordfreq`` package's
    general Japanese list; empty when the file has not been built.
    """
    text = _data_text(WORD_FREQ_FILE)
    table: dict[str, float] = {}
    if text is None:
        return table
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, zipf = line.split("\t")
        table[word] = float(zipf)
    return table


@functools.cache
def char_zipf() -> dict[str, float]:
    """Per-character frequency (Zipf scale) summed over the words that contain it."""
    totals: dict[str, float] = {}
    for word, zipf in word_zipf().items():
        f = 10 ** (zipf - 9)
        for c in set(word):
            totals[c] = totals.get(c, 0.0) + f
    import math

    return {c: math.log10(f) + 9 for c, f in totals.items()}


@functools.cache
def calibration() -> dict[str, Any] | None:
    """Calibration parameters written by ``bench/restore_bench.py --calibrate``."""
    text = _data_text(CALIBRATION_FILE)
    return json.loads(text) if text else None
