"""Heavy resources for restore, each loaded once per process and only when first used.

Sudachi's dictionary, its tokenizer, the dictionary index of words by length
and known characters, and the packaged frequency and calibration tables are
all expensive to build (the word index walks Sudachi's 1.6 million entries)
and never change while a process runs, so each is built by a cached function
here and shared by every provider.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import io
import json
import math
import re
import sys
import zipfile
from dataclasses import dataclass
from collections.abc import Mapping
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

import numpy as np

from pipeline import atomic, packed, sudachi
from pipeline.chardata import JA_LETTER
from pipeline.errors import MissingDataError

DATA = "data"
WORD_FREQ_FILE = "ja_word_zipf.tsv"
CALIBRATION_FILE = "restore_calibration.json"
GLOSS_FILE = "ja_en_glosses.tsv"
NGRAM_FILE = "ja_char_ngrams.npz"
WORD_INDEX_FILE = packed.WORD_INDEX_FILE
EN_WORD_CALIBRATION_FILE = "en_word_calibration.json"
_RESTORE_COMMITTED = "it is committed with the code: `git checkout -- pipeline/data/{}`, or rebuild it with {}"
REMEDIES = {
    WORD_FREQ_FILE: _RESTORE_COMMITTED.format(WORD_FREQ_FILE, "`.venv/bin/python bench/build_word_zipf.py`"),
    GLOSS_FILE: _RESTORE_COMMITTED.format(GLOSS_FILE, "`.venv/bin/python bench/build_glosses.py` (needs Debian's edict)"),
    NGRAM_FILE: _RESTORE_COMMITTED.format(NGRAM_FILE, "`make restore-model` (needs Debian's, PyPI's and npm's packages)"),
    CALIBRATION_FILE: _RESTORE_COMMITTED.format(CALIBRATION_FILE, "`make calibrate-restore`"),
    EN_WORD_CALIBRATION_FILE: _RESTORE_COMMITTED.format(EN_WORD_CALIBRATION_FILE,
                                                        "`.venv/bin/python bench/english_bench.py --calibrate`"),
    WORD_INDEX_FILE: "it is built at set-up from the installed Sudachi dictionary: run `make data` "
                     "(or `.venv/bin/python -m pipeline.restore.build_index`)",
}
"""What to do when a data file is missing: the remedy :class:`MissingDataError` names."""
MAX_WORD = 7

# Words the index holds: Japanese script only, 2-7 characters. Single
# characters carry no context to anchor a gap; longer entries are rare
# compounds whose parts are in the index anyway.
JA_WORD = re.compile(f"^[{JA_LETTER}]{{2,{MAX_WORD}}}$")

from pipeline.sudachi import MAX_BYTES as SUDACHI_MAX_BYTES
"""One tokenize call takes at most this many UTF-8 bytes (SudachiPy 0.7)."""


def sudachi_dictionary():
    """The process's one Sudachi dictionary, shared with the structure stage (``tokenize_ja``)."""
    from pipeline.sudachi import dictionary

    return dictionary()


def tokenizer():
    """The process's mode-C tokenizer (the same object the structure stage uses)."""
    return sudachi.tokenizer("C")


@functools.lru_cache(maxsize=1 << 16)
def path_cost(text: str) -> int:
    """Sudachi's lattice path cost for ``text`` (lower reads more naturally).

    Text longer than one tokenize call allows is cut: callers pass short windows. Remembered (the same
    windows come back when a line's gaps are decided again with their neighbours filled).

    >>> path_cost("川を渡った") < path_cost("川を渡っだ")
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
    cost, logp, _, _ = _read(text, start, end)
    return cost, logp


INFLECTING_POS = frozenset({"動詞", "形容詞"})
"""Sudachi's parts of speech (first level) of the words written as a kanji stem and kana endings (増えた, 深める, 厳しい)."""


def inflected_word(text: str, start: int, end: int) -> tuple[str, int]:
    """The verb or adjective Sudachi reads over ``text[start:end]`` and on past its end (its conjugated surface:
    ``増え`` of 増えた, ``深める``; ``上回っ`` of 上回った, begun before the span) and where it begins; ``("", -1)`` where
    the word there is another part of speech or ends with the span. The same Sudachi call as :func:`reading`'s
    (remembered with it).

    >>> inflected_word("機会も増えた。", 3, 4), inflected_word("交流を深める", 3, 4), inflected_word("交流を誌める", 3, 4)
    (('増え', 3), ('深める', 3), ('', -1))
    >>> inflected_word("上回った", 1, 2)
    ('上回っ', 0)
    """
    _, _, word, begin = _read(text, start, end)
    return word, begin


@functools.lru_cache(maxsize=1 << 16)
def _read(text: str, start: int, end: int) -> tuple[int, float, str, int]:
    """:func:`reading` and :func:`inflected_word` from one tokenize call."""
    data = text.encode("utf-8")[:SUDACHI_MAX_BYTES].decode("utf-8", "ignore")
    morphemes = tokenizer().tokenize(data)
    zipf = word_zipf()
    logp = 0.0
    inflected, begin = "", -1
    for m in morphemes:
        if m.end() <= start or m.begin() >= end:
            continue
        surface = m.surface()
        z = zipf.get(surface) or zipf.get(m.dictionary_form()) or UNKNOWN_ZIPF
        logp += z - 9.0
        if m.begin() <= start and m.end() > end and m.part_of_speech()[0] in INFLECTING_POS:
            inflected, begin = surface, m.begin()
    return morphemes.get_internal_cost(), logp, inflected, begin


@dataclass(frozen=True)
class WordIndex:
    """Dictionary words indexed by (length, position, character).

    ``match("?績", ...)``-style lookups intersect the posting lists of the
    known characters instead of trying characters one by one. The words are a
    sorted array; each posting list is a sorted run of word numbers in one
    array, found by its key (length, position and code point packed in one
    integer), so the whole index is a few arrays that load in milliseconds
    from the file built at set-up (:func:`build_word_index`).
    """

    words: np.ndarray
    keys: np.ndarray
    starts: np.ndarray
    ids: np.ndarray

    def match(self, pattern: str, wildcard: str = "?") -> list[str]:
        """Words of ``len(pattern)`` whose known characters equal the pattern's.

        >>> idx = WordIndex.build(["実験", "実施", "体験", "実験室"])
        >>> idx.match("実?")
        ['実施', '実験']
        >>> idx.match("?験")
        ['体験', '実験']
        """
        n = len(pattern)
        known = [(i, c) for i, c in enumerate(pattern) if c != wildcard]
        if not known or n > MAX_WORD:
            return []
        wanted = np.array([_posting_key(n, i, c) for i, c in known], dtype=np.int64)
        at = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
        if not len(self.keys) or (self.keys[at] != wanted).any():
            return []
        lists = sorted((self.ids[self.starts[j]:self.starts[j + 1]] for j in at.tolist()), key=len)
        result = lists[0]
        for other in lists[1:]:
            result = np.intersect1d(result, other, assume_unique=True)
            if not len(result):
                return []
        # word numbers follow the sorted words, so the matches come out sorted
        return self.words[result].tolist()

    @classmethod
    def build(cls, words) -> "WordIndex":
        unique = np.array(sorted(set(words)), dtype=f"<U{MAX_WORD}")
        codes = unique.view(np.uint32).reshape(len(unique), MAX_WORD).astype(np.int64) if len(unique) \
            else np.zeros((0, MAX_WORD), dtype=np.int64)
        lengths = (codes != 0).sum(axis=1)
        wid, pos = np.nonzero(codes)
        keys = (((lengths[wid] * 8 + pos) << 21) | codes[wid, pos]).astype(np.int64)
        order = np.lexsort((wid, keys))
        keys, wid = keys[order], wid[order]
        first = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]])) if len(keys) else np.array([], int)
        starts = np.concatenate([first, [len(keys)]]).astype(np.int64)
        return cls(unique, keys[first], starts, wid.astype(np.int32))

    def save(self, path: Path, about: str, tables: dict[str, np.ndarray] | None = None) -> None:
        """Write the index (and ``tables``, more arrays the same file carries: :func:`_packed_tables`)."""
        _save_arrays(path, {"about": np.array(about), "words": self.words, "keys": self.keys,
                            "starts": self.starts, "ids": self.ids, **(tables or {})}, compress=False)

    @classmethod
    def load(cls, path: Path) -> tuple["WordIndex", str]:
        z = _index_arrays(path)
        # the keys searched at each match, aligned (a misaligned array is copied whole at each search: packed.aligned)
        return cls(z["words"], packed.aligned(z["keys"]), packed.aligned(z["starts"]), z["ids"]), str(z["about"])


_index_arrays = packed.index_arrays
_mapped_arrays = packed.mapped_arrays


def _posting_key(length: int, position: int, char: str) -> int:
    return ((length * 8 + position) << 21) | ord(char)


def _save_arrays(path: Path, arrays: dict[str, np.ndarray], compress: bool = True) -> None:
    """An ``.npz`` whose bytes depend on the arrays alone (no time stamps), written atomically."""
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, array if array.ndim == 0 else np.ascontiguousarray(array),
                                    allow_pickle=False)
            z.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), member.getvalue(),
                       compress_type=method)
    atomic.write_bytes(path, buf.getvalue())


def save_arrays(path: Path, arrays: dict[str, np.ndarray], compress: bool = True) -> None:
    """Public name of :func:`_save_arrays` for the other packaged tables (the character model)."""
    _save_arrays(path, arrays, compress)


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
def _index_source() -> str:
    """What the word index is built from, as its file records it: a stale index is one built from something else.
    (Read once per process: the word index and the tables it carries both ask it.)"""
    return f"SudachiDict-core {_dictionary_version()}; {file_source(WORD_FREQ_FILE)}"


@functools.cache
def file_source(name: str) -> str:
    """A packaged data file as the tables built from it record it: its name and the start of its SHA-256
    (read once per process)."""
    digest = hashlib.sha256(data_path(name).read_bytes()).hexdigest()[:16]
    return f"{name} sha256 {digest}"


def _dictionary_version() -> str:
    """The installed SudachiDict-core's version (:func:`distribution_version`)."""
    return distribution_version("sudachidict_core")


distribution_version = packed.distribution_version


def build_word_index(path: Path | None = None) -> Path:
    """Build the dictionary index file (Sudachi's entries, person names left out, plus the frequency list):
    about 5 s, once, at set-up (``make data``)."""
    path = path or data_dir() / WORD_INDEX_FILE
    words, names = _dictionary_words()
    zipf = _read_word_zipf()
    words.update(w for w in zipf if JA_WORD.match(w) and w not in names)
    WordIndex.build(words).save(path, _index_source(), {**_pack_table("zipf", zipf),
                                                        **_pack_table("char_zipf", _char_zipf(zipf)),
                                                        **_built_groups()})
    return path


PACKED_FORMAT = packed.PACKED_FORMAT


def packed_group(group: str, source: str) -> dict[str, np.ndarray] | None:
    """The arrays of one group of tables the word index file carries (their names begin with ``group`` and an
    underscore), or None where there is no such file, or it carries no such group, or the group was built from
    something else than ``source`` says or in another layout: the caller then builds its tables from their sources
    at run time, the same tables (tests/test_restore_tables50.py). (:func:`pipeline.packed.packed_group` reads it
    for the modules outside restore, without importing restore.)

    ``source`` is what the tables are built from, as the one function that says it for each group gives it (the
    builder writes it, the loader compares it): :func:`pipeline.glosses.packed_source`,
    :func:`pipeline.restore.evidence.english.packed_source`, :func:`pipeline.restore.evidence.lexicon.packed_source`,
    :func:`pipeline.census.packed_source`, :func:`pipeline.english_words.packed_source`,
    :func:`pipeline.english_words.cased_packed_source`, :func:`pipeline.restore.charlm.packed_source`.
    """
    path = data_dir() / WORD_INDEX_FILE
    if not path.is_file():
        return None
    return packed.group_of(_index_arrays(path), group, source)


def _built_groups() -> dict[str, np.ndarray]:
    """The groups of tables the word index file carries beyond the frequency tables, each with its ``about``
    (:func:`packed_group`): the English words by length, the rarer ones by length and first letter (restore's English
    word evidence), the gloss tables (:mod:`pipeline.glosses`), the frequency list's Japanese words by length
    (restore's lexicon), the US Census's names (:mod:`pipeline.census`), wordfreq's Zipf values of its English
    words (:func:`pipeline.english_words.zipf`), spaCy's English lexeme probabilities
    (:func:`pipeline.english_words.capitalised_lean`) and the character model's counts, read both ways
    (:func:`pipeline.restore.charlm.model`), built as a process would build them at run time (two seconds in
    all, issue 19 point 5)."""
    from pipeline import census, english_words, glosses
    from pipeline.restore import charlm
    from pipeline.restore.evidence import english, lexicon

    out: dict[str, np.ndarray] = {}
    for group, source, tables in (english.packed_tables(), glosses.packed_tables(), lexicon.packed_tables(),
                                  census.packed_tables(), english_words.packed_tables(),
                                  english_words.cased_packed_tables(), charlm.packed_tables()):
        if tables is None:
            continue
        out[f"{group}_about"] = np.array(f"format {PACKED_FORMAT}; {source}")
        out.update(tables)
    return out


def pack_lists(name: str, table: dict) -> dict[str, np.ndarray]:
    """A table of keys to sequences of strings as arrays: its keys (``str`` as UTF-8, each ended by a newline, or
    ``int``), the strings of every sequence in one run of UTF-8 lines, and each sequence's length; a sequence of
    (string, float) pairs keeps its floats as float64 (they read back as the very floats written).

    >>> arrays = pack_lists("t", {"実績": ("achievement", "result"), "越": ("cross",)})
    >>> unpack_lists(arrays, "t") == {"実績": ("achievement", "result"), "越": ("cross",)}
    True
    >>> unpack_lists(pack_lists("n", {9: (("something", 5.99), ("important", 5.2))}), "n")
    {9: (('something', 5.99), ('important', 5.2))}
    """
    keys = list(table)
    rows = [item for value in table.values() for item in value]
    pairs = bool(rows) and isinstance(rows[0], tuple)
    strings = [row[0] for row in rows] if pairs else rows
    assert not any("\n" in s for s in strings)
    out = {f"{name}_strings": np.frombuffer("".join(s + "\n" for s in strings).encode("utf-8"), dtype=np.uint8),
           f"{name}_counts": np.array([len(value) for value in table.values()], dtype=np.int64)}
    if keys and isinstance(keys[0], int):
        out[f"{name}_intkeys"] = np.array(keys, dtype=np.int64)
    else:
        assert not any("\n" in key for key in keys)
        out[f"{name}_keys"] = np.frombuffer("".join(k + "\n" for k in keys).encode("utf-8"), dtype=np.uint8)
    if pairs:
        out[f"{name}_floats"] = np.array([row[1] for row in rows], dtype=np.float64)
    return out


class PackedLists(Mapping):
    """The table :func:`pack_lists` packed, read lazily: the keys are indexed at once, and a key's sequence is made
    (by ``make``) the first time it is asked for. The gloss table's 68,000 rows cost a tenth of a second to make
    whole (and as many again as sets), while a document asks for a few hundred (issue 19 point 5: ready in 1 s).

    >>> t = PackedLists(pack_lists("t", {"実績": ("achievement", "result"), "越": ("cross",)}), "t", frozenset)
    >>> t["越"], t.get("無", ()), "実績" in t, len(t), sorted(t)
    (frozenset({'cross'}), (), True, 2, ['実績', '越'])
    """

    def __init__(self, arrays: dict[str, np.ndarray], name: str, make=tuple) -> None:
        if f"{name}_intkeys" in arrays:
            keys = arrays[f"{name}_intkeys"].tolist()
        else:
            keys = _lines(arrays[f"{name}_keys"])
        self._index = dict(zip(keys, range(len(keys))))
        self._starts = [0, *accumulate(arrays[f"{name}_counts"].tolist())]
        self._strings = _lines(arrays[f"{name}_strings"])
        self._floats = arrays[f"{name}_floats"].tolist() if f"{name}_floats" in arrays else None
        self._make = make
        self._made: dict[Any, Any] = {}

    def made_by(self, make) -> "PackedLists":
        """The same table with each sequence made by ``make`` (the keys and strings shared, not read again)."""
        other = copy.copy(self)
        other._make, other._made = make, {}
        return other

    def __getitem__(self, key):
        try:
            return self._made[key]
        except KeyError:
            pass
        i = self._index[key]
        start, end = self._starts[i], self._starts[i + 1]
        items = self._strings[start:end]
        if self._floats is not None:
            items = zip(items, self._floats[start:end])
        value = self._made[key] = self._make(items)
        return value

    def __contains__(self, key) -> bool:
        return key in self._index

    def keys(self):
        # the index's own view: ``word in table.keys()`` is one lookup in C, not a call of __contains__
        return self._index.keys()

    def get(self, key, default=None):
        # Mapping's get goes through __getitem__ and catches its KeyError, two exceptions for an absent key: the
        # gloss table is asked for every piece of the letters beside a gap, most of them no word (issue 19, point 5)
        if key not in self._index:
            return default
        return self[key]

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def unpack_lists(arrays: dict[str, np.ndarray], name: str, make=tuple) -> dict:
    """The table :func:`pack_lists` packed, each sequence made by ``make`` (``frozenset`` for a set of them), whole
    (:class:`PackedLists` reads one lazily)."""
    if f"{name}_intkeys" in arrays:
        keys = arrays[f"{name}_intkeys"].tolist()
    else:
        keys = _lines(arrays[f"{name}_keys"])
    items = _lines(arrays[f"{name}_strings"])
    if f"{name}_floats" in arrays:
        items = list(zip(items, arrays[f"{name}_floats"].tolist()))
    it = iter(items)
    return dict(zip(keys, [make(islice(it, n)) for n in arrays[f"{name}_counts"].tolist()]))


def _lines(array: np.ndarray) -> list[str]:
    lines = array.tobytes().decode("utf-8").split("\n")
    lines.pop()  # each line ends with a newline: the last piece is empty
    return lines


@functools.cache
def word_index() -> WordIndex:
    """The dictionary index, loaded once per process from the file built at set-up.

    Raises :class:`MissingDataError` when the file is missing or was built from another
    dictionary or frequency list than the ones installed.
    """
    path = data_path(WORD_INDEX_FILE)
    index, about = WordIndex.load(path)
    if about != _index_source():
        raise MissingDataError(str(path), f"the word index was built from {about}, not from the installed "
                               f"{_index_source()}", REMEDIES[WORD_INDEX_FILE])
    return index


def data_dir() -> Path:
    """The folder of the packaged data files."""
    return packed.data_dir()


def data_path(name: str) -> Path:
    """The path of a packaged data file.

    Raises :class:`MissingDataError` naming the file and the command that makes it when it is
    missing: restore never goes on without one of its models.
    """
    path = data_dir() / name
    if not path.is_file():
        raise MissingDataError(str(path), "restore's data file is missing", REMEDIES.get(name, "reinstall the package"))
    return path


def _data_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


@functools.cache
def word_zipf() -> dict[str, float]:
    """Japanese word frequencies (Zipf scale, 0-8) from the packaged list.

    Built by ``bench/build_word_zipf.py`` from the ``wordfreq`` package's
    general Japanese list. Read from the word index file, which carries the list's table as built at set-up
    (:func:`_packed_tables`: in milliseconds, where reading the list's 110,000 lines took a tenth of a
    ``restore`` process's start); from the list itself where that file holds no table of this list.
    """
    packed = _packed_tables()
    return _unpack_table(packed, "zipf") if packed is not None else _read_word_zipf()


def _read_word_zipf() -> dict[str, float]:
    """:func:`word_zipf` read from the packaged list itself."""
    text = _data_text(WORD_FREQ_FILE)
    table: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, zipf = line.split("\t")
        table[word] = float(zipf)
    return table


@functools.cache
def char_zipf() -> dict[str, float]:
    """Per-character frequency (Zipf scale) summed over the words that contain it (from the word index file's
    table where it has one, as :func:`word_zipf`)."""
    packed = _packed_tables()
    return _unpack_table(packed, "char_zipf") if packed is not None else _char_zipf(word_zipf())


def _char_zipf(zipf: dict[str, float]) -> dict[str, float]:
    """:func:`char_zipf` of a word frequency table, the characters in the order the words first hold them."""
    totals: dict[str, float] = {}
    for word, z in zipf.items():
        f = 10 ** (z - 9)
        for c in dict.fromkeys(word):  # each character once per word
            totals[c] = totals.get(c, 0.0) + f
    return {c: math.log10(f) + 9 for c, f in totals.items()}


def _pack_table(name: str, table: dict[str, float]) -> dict[str, np.ndarray]:
    """A table of strings to floats as two arrays: its keys, UTF-8, each ended by a newline (no key holds one), and
    its values in the same order (a float64 array reads back as the very floats written).

    >>> _unpack_table({k: v for k, v in _pack_table("t", {"の": 7.72, "実績": 0.1 + 0.2}).items()}, "t")
    {'の': 7.72, '実績': 0.30000000000000004}
    """
    assert not any("\n" in key for key in table)
    keys = "".join(key + "\n" for key in table).encode("utf-8")
    return {f"{name}_keys": np.frombuffer(keys, dtype=np.uint8),
            f"{name}_values": np.array(list(table.values()), dtype=np.float64)}


_unpack_table = packed.unpack_table


def pack_table(name: str, table: dict[str, float]) -> dict[str, np.ndarray]:
    """Public name of :func:`_pack_table` for the other modules' tables of strings to floats (the census's names)."""
    return _pack_table(name, table)




@functools.cache
def _packed_tables() -> dict[str, np.ndarray] | None:
    """The frequency tables the word index file carries (:func:`build_word_index`), or None where there is no
    such file or it was built from another list or dictionary (:func:`word_zipf` then reads the list) or before it
    carried them."""
    path = data_dir() / WORD_INDEX_FILE
    if not path.is_file():
        return None
    z = _index_arrays(path)
    names = [f"{t}_{part}" for t in ("zipf", "char_zipf") for part in ("keys", "values")]
    if not all(name in z for name in names) or str(z["about"]) != _index_source():
        return None
    return {name: z[name] for name in names}


@functools.cache
def calibration() -> dict[str, Any]:
    """Calibration parameters written by ``bench/restore_bench.py --calibrate``."""
    return json.loads(_data_text(CALIBRATION_FILE))

