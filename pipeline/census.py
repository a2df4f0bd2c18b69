"""The US Census 1990's given names and surnames with their shares, as the ``names`` package ships them: read once per
process from the word index file, which carries them as built at set-up (issue 19 point 5, session 80: reading the
package's three lists took a quarter of a second of every process that asks whether a word is a name).

Segment tells a name of common English words by them (:func:`pipeline.segment.names.census_name`), restore a name
beside a lost glyph (:mod:`pipeline.restore.evidence.abstention`, :mod:`pipeline.restore.evidence.prose_name`).
"""

from __future__ import annotations

import math
from functools import lru_cache

from pipeline.packed import distribution_version, packed_group, unpack_table

CENSUS_FLOOR = 0.0005
"""The share (percent) given to a name the census lists as ``0.000`` (rounded to three places): half the last step."""

PACKED_GROUP = "census"
"""The name of :func:`census_lists`'s tables in the word index file (:func:`pipeline.restore.resources.packed_group`)."""


@lru_cache(maxsize=1)
def census_lists() -> tuple[dict[str, float], dict[str, float]]:
    """Given names (female and male, 5,163 distinct) and surnames (88,799) of the US Census 1990, upper case, each
    with its share of the people counted as a Zipf value (log10 of a share per billion, the scale of wordfreq's
    ``zipf_frequency``), as the ``names`` package ships them (``dist.female.first``, ``dist.male.first``,
    ``dist.all.last``: a name, its percent share, the cumulative share, its rank): from the word index file's tables
    where it carries them built from the installed package (:func:`packed_tables`), else from the package's lists.

    >>> given, surnames = census_lists()
    >>> given["JAMES"] > given["TINA"] > 0, "MILLER" in surnames
    (True, True)
    """
    tables = packed_group(PACKED_GROUP, packed_source())
    if tables is None:
        return _read_lists()
    return unpack_table(tables, PACKED_GROUP + "_given"), unpack_table(tables, PACKED_GROUP + "_surnames")


def _read_lists() -> tuple[dict[str, float], dict[str, float]]:
    """:func:`census_lists` read from the ``names`` package's files."""
    from importlib.resources import files

    root = files("names")

    def read(*paths: str) -> dict[str, float]:
        shares: dict[str, float] = {}
        for path in paths:
            for line in root.joinpath(path).read_text(encoding="ascii").splitlines():
                if line.strip():
                    name, percent = line.split()[:2]
                    zipf = math.log10(max(float(percent), CENSUS_FLOOR) / 100 * 1e9)
                    shares[name] = max(shares.get(name, zipf), zipf)
        return shares

    return read("dist.female.first", "dist.male.first"), read("dist.all.last")


def packed_source() -> str:
    """What :func:`census_lists`'s tables are built from: the installed ``names`` package and :data:`CENSUS_FLOOR`.
    The one place for the fact: the file's builder records it, the loader compares it."""
    return f"names {distribution_version('names')}; floor {CENSUS_FLOOR!r}"


def packed_tables():
    """``(group, source, arrays)`` of :func:`census_lists`'s tables as the word index file carries them (built at
    set-up by :func:`pipeline.restore.resources.build_word_index`)."""
    from pipeline.restore import resources

    given, surnames = _read_lists()
    return PACKED_GROUP, packed_source(), {**resources.pack_table(PACKED_GROUP + "_given", given),
                                           **resources.pack_table(PACKED_GROUP + "_surnames", surnames)}
