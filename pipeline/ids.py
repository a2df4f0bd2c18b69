"""Ids and file-name parts: one slug rule and one way to keep ids unique.

A talk's id is the slug of its city's English name (``kitakyushu``), else of
its title, else ``document``; the talk file is ``<id>.json``, so the slug must
be safe in a path on every system.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.chardata import JA_LETTER


def slug(text: str) -> str:
    """Lower-case slug: ASCII letters, digits and Japanese letters; other runs become one hyphen.

    Accents are folded first (NFKD, combining marks dropped), so ``José`` keeps its ``e``.

    >>> slug("Kitakyushu’s"), slug("San José"), slug("Kita Kyushu!"), slug("../北九州"), slug("ほげの研究")
    ('kitakyushu-s', 'san-jose', 'kita-kyushu', '北九州', 'ほげの研究')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    # Accents leave Latin letters; a kana's voicing mark (げ = け + U+3099) stays with its kana.
    folded = "".join(c for k, c in enumerate(decomposed)
                     if not (unicodedata.combining(c) and k and decomposed[k - 1] < "\u0250"))
    folded = unicodedata.normalize("NFKC", folded).lower()
    return re.sub(f"[^a-z0-9{JA_LETTER}]+", "-", folded).strip("-")


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… the first one not in ``taken``; it is added to ``taken``.

    >>> taken = set(); unique("kumamoto", taken), unique("kumamoto", taken)
    ('kumamoto', 'kumamoto-2')
    """
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    taken.add(ident)
    return ident
