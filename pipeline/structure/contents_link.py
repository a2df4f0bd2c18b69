"""Link each entry of a volume's table of contents to the talk of the same file it lists, or to none.

A proceedings volume prints its contents once, over its first talk (``paper.contents`` of that talk); each entry
names a talk by what its title block prints: its talk number (``第2講演``, ``【２】``, ``Session 2``), its city
(``第2講演　富山市 …… 5``), its title, or several of these. An entry is linked to a talk only where that evidence
points to exactly one talk of the file and nothing printed points elsewhere:

* **the talk number**: the entry's prefix (:func:`~pipeline.segment.titleblock.talk_number`) and the talk's
  ``number`` (both read by :func:`~pipeline.segment.titleblock.talk_number_value`, ASCII digits) are the same;
* **the words**: after its prefix, the entry (NFKC, white space and ``・`` parting nothing) equals the talk's city,
  title or subtitle in either language, or holds one of them whole, or is held whole by the title (an entry that
  prints a long title short), the shorter side at least two letters of a city or four of a title.

A number and words pointing to two different talks link to neither (the entry is misprinted or the talks were read
wrong: the reader decides). A file of one talk links nothing: its contents lists its own chapters, not talks.

Decision (issue 16, fresh-user trial 72b, helper vol72's open point): an entry had stood with no link to the talk it
lists, so a reader of a volume had to match ``第2講演　富山市`` to ``toyama`` by hand. The link is the talk's id, the
one ``index.json`` lists (``<stem>/<slug>``), in the entry's ``talk`` field (absent where none: a new optional field,
docs/talk-json.md).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from pipeline.segment.titleblock import talk_number, talk_number_value

_PARTING = re.compile(r"[\s\u3000・･·.,，、。:：;；\-‐–—―~〜～「」『』\"“”'‘’()（）]+")
"""What a contents line and a title block may print differently round the same words (white space, a middle dot, a
dash, quotes, brackets): dropped before words are compared."""

CITY_MIN = 2
"""Letters a city's name must have to be compared (``津市``'s two; one letter says nothing)."""
TITLE_MIN = 4
"""Letters a title must have to be held by or hold an entry (a short title, ``概要``, stands in many entries)."""


@dataclass(frozen=True)
class TalkNames:
    """What a talk's title block prints that an entry may name: its id, its ``number`` (ASCII, or ``None``), its
    city's names and its titles' and subtitles' strings in every language (``None`` where absent)."""

    id: str
    number: str | None
    cities: tuple[str | None, ...]
    titles: tuple[str | None, ...]


def _key(text: str) -> str:
    """``text`` folded for comparison: NFKC, lower case, :data:`_PARTING` dropped.

    >>> _key("第2講演　富山市"), _key("Port  Cities — Then and Now")
    ('第2講演富山市', 'portcitiesthenandnow')
    """
    return _PARTING.sub("", unicodedata.normalize("NFKC", text)).lower()


def _number_and_words(entry_title: str) -> tuple[str | None, str]:
    """The talk number an entry's prefix prints (ASCII, or ``None``) and the entry's words after it, folded.

    >>> _number_and_words("第2講演 富山市"), _number_and_words("【１】尾道市"), _number_and_words("港の歴史")
    (('2', '富山市'), ('1', '尾道市'), (None, '港の歴史'))
    """
    n = talk_number(entry_title)
    number = talk_number_value(entry_title[:n]) if n else None
    return number, _key(entry_title[n:])


def _names(words: str, talk: TalkNames) -> bool:
    """The entry's folded ``words`` name ``talk`` (module docstring, *the words*)."""
    if not words:
        return False
    for city in talk.cities:
        if city is not None and len(c := _key(city)) >= CITY_MIN and (words == c or c in words):
            return True
    for title in talk.titles:
        if title is not None and len(t := _key(title)) >= TITLE_MIN and (words == t or t in words
                                                                           or len(words) >= TITLE_MIN and words in t):
            return True
    return False


def contents_talks(entry_titles: Sequence[str], talks: Sequence[TalkNames]) -> list[str | None]:
    """For each contents entry's title (``ContentsLine.title``: leader and page number gone), the id of the one talk
    of ``talks`` (the file's talks) it lists, or ``None``.

    >>> ts = [TalkNames("v/toyama", "2", ("富山市", "Toyama"), ("港のまちづくり", None)),
    ...       TalkNames("v/niigata", "1", ("新潟市", None), ("みなと新潟の国際交流", None))]
    >>> contents_talks(["第1講演 新潟市", "第2講演 富山市", "はじめに", "第1講演 富山市"], ts)
    ['v/niigata', 'v/toyama', None, None]
    >>> contents_talks(["港のまちづくり"], ts), contents_talks(["第1講演 新潟市"], ts[:1])
    (['v/toyama'], [None])
    """
    if len(talks) < 2:
        return [None] * len(entry_titles)
    out: list[str | None] = []
    for entry in entry_titles:
        number, words = _number_and_words(entry)
        by_number = {t.id for t in talks if number is not None and t.number == number}
        by_words = {t.id for t in talks if _names(words, t)}
        found = by_words | by_number if not (by_words and by_number) else by_words & by_number
        out.append(next(iter(found)) if len(found) == 1 else None)
    return out
