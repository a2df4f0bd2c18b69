"""The process's one Sudachi dictionary and its tokenizers, shared by every stage.

Segment reads city names, restore scores fills and structure writes tokens,
all with the same dictionary (sudachidict-core): loading it costs a
noticeable fraction of a second and tens of MB, so it is loaded once per
process, on first use.
"""

from __future__ import annotations

from functools import lru_cache

MAX_BYTES = 49149
"""Sudachi's input limit in UTF-8 bytes (``Input is too long, it can't be more than 49149 bytes``)."""

DEFAULT_MODE = "C"
"""Split mode: C (longest units, e.g. 都市間連携 stays whole where the dictionary has it), B or A (shortest)."""

SPLIT_MODES = ("A", "B", "C")


@lru_cache(maxsize=1)
def dictionary():
    """The process's one Sudachi dictionary (sudachidict-core), loaded on first use."""
    from sudachipy import Dictionary

    return Dictionary()


@lru_cache(maxsize=None)
def tokenizer(mode: str = DEFAULT_MODE):
    """The process's tokenizer for a split mode, created once on first use.

    >>> tokenizer("C") is tokenizer("C")
    True
    """
    if mode not in SPLIT_MODES:
        raise ValueError(f"split mode must be one of {', '.join(SPLIT_MODES)}, not {mode!r}")
    return dictionary().tokenizer(mode=mode)
