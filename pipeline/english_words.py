"""English word frequencies: wordfreq's English list, the one place every stage asks how common a word is.

Clean weighs ghosts, descender residue, doubled runs and hyphenated wraps by it, segment a one-word slide
title, restore the words that fit a lost letter. The list loads on first use (about 0.2 s); wordfreq keeps
it once per process.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common an English word is (wordfreq's Zipf scale: 0 unknown, 3 once per million words).

    >>> zipf("harbour") > 3 > zipf("hrbour")
    True
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=4)
def by_length(min_zipf: float) -> dict[int, tuple[tuple[str, float], ...]]:
    """The list's words of small ASCII letters with a Zipf frequency of at least ``min_zipf``, by length,
    commonest first: ``length → ((word, zipf rounded to 0.01), …)``.

    >>> by_length(2.0)[9][0][0]
    'something'
    """
    from wordfreq import get_frequency_dict

    found: dict[int, list[tuple[str, float]]] = {}
    for word, freq in get_frequency_dict("en").items():
        if word.isascii() and word.isalpha() and word.islower():
            z = math.log10(freq) + 9
            if z >= min_zipf:
                found.setdefault(len(word), []).append((word, round(z, 2)))
    return {n: tuple(sorted(ws, key=lambda wz: (-wz[1], wz[0]))) for n, ws in found.items()}


CONNECTIVES = ("of", "from", "and", "or", "in", "for", "the", "a", "an", "to", "on", "with", "at", "by", "versus", "vs",
               "vs.", "that", "which", "who", "using", "via", "through", "into", "towards", "toward", "under", "between",
               "among", "across", "within", "without", "against", "during")
"""Words a complete English title or heading never ends on: a line stopping on one goes on on the next line."""
_ENDS_ON_CONNECTIVE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in CONNECTIVES) + r")$", re.IGNORECASE)


def ends_on_connective_word(text: str) -> bool:
    """The line stops on a connective word (:data:`CONNECTIVES`; a capital ``A`` ends a label: ``Vitamin A``).

    >>> ends_on_connective_word("a copy of a dissertation by"), ends_on_connective_word("Lessons:"), ends_on_connective_word("Appendix A")
    (True, False, False)
    """
    s = text.rstrip()
    return bool(_ENDS_ON_CONNECTIVE.search(s)) and not s.endswith(("A", "An"))


def ends_on_connective(text: str) -> bool:
    """The line stops on a connective (``…Evidence from``, ``The Licensor found that``) or a colon or dash.

    >>> ends_on_connective("Evidence from"), ends_on_connective("The Licensor found that"), ends_on_connective("Data and Method")
    (True, True, False)
    >>> ends_on_connective("Lessons:"), ends_on_connective("Vitamin A")
    (True, False)
    """
    # a capital ``A`` ending a line is a letter label (``Vitamin A``, ``Appendix A``), not the article
    return text.rstrip().endswith((":", ",", "–", "—", "-")) or ends_on_connective_word(text)
