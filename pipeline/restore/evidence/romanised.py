"""A Japanese word the English spells in romaji: the fill whose word reads as the English writes it.

An English text about Japan keeps some words in Japanese, romanised (*Stone walls (ishigaki)*, *machizukuri*,
*satoyama landscapes*, *omotenashi*): the romanised word spells the reading of the Japanese word, not its meaning,
so no gloss matches it (EDICT glosses 石垣 *stone wall*), yet it names the word outright. A candidate fill whose word
(the dictionary word it makes with the surviving letters, :attr:`Proposal.word`) reads, in Sudachi's reading
(``reading_form``) romanised in Hepburn (:func:`pipeline.kana.hepburn`, long vowels as written and folded), as a
Latin word of the document's English is supported by it: feature ``romaji_word``, rank-only (as ``near_word``:
the confidence is read without it, and a fill it alone puts first is never committed).

Why rank-only: no benchmark measures it. The translation class (``scoring.translation_settles``) was measured on
EDICT glosses of message catalogues beside their English, where a romanised word hardly stands; a reading is not a
gloss, so the class does not cover it (docs/restore.md, *A romanised word in the English*; fresh-user trial 69b's
``石\\ufffdの補修`` beside *Stone walls (ishigaki) of the terraced fields*).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from pipeline import sudachi
from pipeline.chardata import HIRAGANA, KANJI, KATAKANA
from pipeline.kana import hepburn, plain_spellings
from pipeline.restore.evidence.base import Document, Proposal, Site

ROMAJI_WORD = "romaji_word"
"""The feature of a fill whose word's reading the English spells (rank-only: ``scoring.RANK_ONLY``)."""
MIN_ROMAJI = 5
"""Letters a romanised word must have: a short Latin word matches a reading by chance (*tone* トネ, *same* サメ,
*dame* ダメ); ``washi``, ``ishigaki``, ``satoyama`` have five or more."""
MIN_WORD = 2
"""Letters (the fill among them) of the word the fill makes, one at least a surviving letter beside the gap: one
kanji's reading is no word of the English."""
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_FILL = re.compile(f"[{KANJI}{KATAKANA}{HIRAGANA}]+")
RANKS = ": ranked up, never committed on it (no benchmark measures a romanised word; a reading is no gloss)"


def _plain(word: str) -> str:
    """A Latin word lower-cased with its macrons and accents dropped (``Ōmotenashi`` → ``omotenashi``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def romanised_words(doc: Document) -> dict[str, tuple[int, str]]:
    """Latin words of :data:`MIN_ROMAJI` letters or more in the document's English (its English lines, else every
    line of its nearest scope), plain (:func:`_plain`) → (line number, line) of the first line writing it.

    >>> doc = Document.from_text("石垣の補修\\nStone walls (ishigaki) of the fields")
    >>> sorted(romanised_words(doc))
    ['fields', 'ishigaki', 'stone', 'walls']
    """
    cached = doc.__dict__.get("_romanised")  # (the document's own: its talk's English, not the text's)
    if cached is not None:
        return cached
    lines = doc.english or doc.nearest
    found: dict[str, tuple[int, str]] = {}
    for line in lines:
        for m in _LATIN_WORD.finditer(line.text):
            word = _plain(m.group(0))
            if len(word) >= MIN_ROMAJI and word not in found:
                found[word] = (line.line_at(m.start()), line.text)
    doc.__dict__["_romanised"] = found
    return found


SPELLINGS_KEPT = 1 << 15
"""Words :func:`reading_spellings` remembers: a document's gaps ask some 130 lexicon words each, and ask them again in
the line's second round and the document's second pass; 4,096 forgot a third of them before they came back
(issue 19, point 5)."""


@functools.lru_cache(maxsize=SPELLINGS_KEPT)
def reading_spellings(word: str) -> tuple[str, ...]:
    """The Hepburn spellings of a Japanese word's reading (Sudachi's ``reading_form`` of its tokens, split mode C):
    long vowels folded (as English spells Japanese words), then as written.

    >>> reading_spellings("石垣"), reading_spellings("里山")
    (('ishigaki',), ('satoyama',))
    """
    reading = "".join(m.reading_form() for m in sudachi.tokenizer().tokenize(word))
    return tuple(s for s in plain_spellings(hepburn(reading)) if s)


def propose(site: Site, doc: Document, lexical: Iterable[Proposal]) -> list[Proposal]:
    """Fills whose word (a lexicon proposal's :attr:`Proposal.word`, :data:`MIN_WORD` letters or more) reads as a
    romanised word of the document's English spells it: feature :data:`ROMAJI_WORD` 1, the evidence quoting the line.

    >>> doc = Document.from_text("高齢化により、石\\ufffdの補修ができる人が減っている。\\nStone walls (ishigaki)")
    >>> lex = [Proposal("垣", "lexicon", "", {}, word="石垣"), Proposal("炭", "lexicon", "", {}, word="石炭")]
    >>> [(p.fill, p.features) for p in propose(Site(doc.scopes[0][1][0].text, 8, 9, line=1), doc, lex)]
    [('垣', {'romaji_word': 1.0})]
    """
    if site.script != "ja":
        return []
    words = romanised_words(doc)
    if not words:
        return []
    found: dict[str, Proposal] = {}
    for p in lexical:
        word = p.word
        # the word keeps a surviving letter: a whole word in the gap (松江 in ``\ufffd\ufffd松江市``) says only that the
        # English names that word somewhere, as it names any (a deck's *Matsue City*, *Matsue Castle*)
        if not word or p.fill in found or len(word) < MIN_WORD or len(word) <= len(p.fill) \
                or not _FILL.fullmatch(p.fill) or not _FILL.fullmatch(word):
            continue
        for spelled in reading_spellings(word):
            if spelled in words:
                number, text = words[spelled]
                found[p.fill] = Proposal(fill=p.fill, kind="bilingual", features={ROMAJI_WORD: 1.0},
                                         detail=f"{word} reads {spelled}, the romanised word the English writes: "
                                                f"'{text.strip()}' (line {number}){RANKS}")
                break
    return list(found.values())
