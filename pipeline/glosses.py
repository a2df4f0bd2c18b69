"""Japanese–English glosses (EDICT), shared by every stage that crosses the language border.

``pipeline/data/ja_en_glosses.tsv`` (built by ``bench/build_glosses.py`` from
EDICT, © EDRDG, CC BY-SA 4.0) maps a Japanese word to the English words of
its glosses; place names are among them (``釜山`` → ``busan pusan``). Segment
reads it to find a city's English name where the reading does not give it;
the file is read once per process, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

GLOSS_FILE = "ja_en_glosses.tsv"


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """Japanese word → its English gloss words; empty when the data file was not built."""
    path = resources.files("pipeline").joinpath("data", GLOSS_FILE)
    if not path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for row in path.read_text(encoding="utf-8").split("\n"):
        word, tab, english = row.partition("\t")
        if tab and not word.startswith("#"):
            out[word] = tuple(english.split())
    return out


def english_words(word: str) -> tuple[str, ...]:
    """The English words EDICT glosses ``word`` with (lower case), ``()`` when it has none.

    >>> "busan" in english_words("釜山"), english_words("ない語句xyz")
    (True, ())
    """
    return table().get(word, ())
