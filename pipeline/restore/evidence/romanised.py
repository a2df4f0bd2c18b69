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
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline import sudachi
from pipeline.chardata import HIRAGANA, KANJI, KATAKANA
from pipeline.kana import hepburn, plain_spellings
from pipeline.model import GAP
from pipeline.restore.evidence.base import Document, Proposal, Site

if TYPE_CHECKING:
    from pipeline.model import Repair

ROMAJI_WORD = "romaji_word"
"""The feature of a fill whose word's reading the English spells (rank-only: ``scoring.RANK_ONLY``)."""
MIN_ROMAJI = 5
"""Letters a romanised word must have: a short Latin word matches a reading by chance (*tone* トネ, *same* サメ,
*dame* ダメ); ``washi``, ``ishigaki``, ``satoyama`` have five or more."""
MIN_WORD = 2
"""Letters (the fill among them) of the word the fill makes, one at least a surviving letter beside the gap: one
kanji's reading is no word of the English."""
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_HYPHENED = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)+")
"""Latin words joined by hyphens (*maki-e*, *furo-shiki*): Hepburn's hyphen parts the syllables of one word (蒔絵
*maki-e*, where *makie* would read as one syllable *kie*), so the word is also read with its hyphens dropped."""
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

    Words joined by hyphens are read joined too (:data:`_HYPHENED`):

    >>> sorted(romanised_words(Document.from_text("蒔絵\\nthe maki-e box")))
    ['makie']
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
        for m in _HYPHENED.finditer(line.text):
            word = _plain(m.group(0).replace("-", ""))
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


HEPBURN_VOWELS = "aiueo"
"""The plain vowels a lost glyph of a romanised Japanese word is read as, each beside its macron letter."""
MACRONS = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
"""Hepburn's long vowels (ii stays two letters, as :func:`pipeline.kana.fold_long_vowels` keeps it)."""
MAX_WORD_GAPS = 3
"""Lost glyphs one romanised word may hold and be read (``T\\ufffdky\\ufffd``: two); each is tried as each vowel."""
MIN_ROMANISED = 4
"""Letters (lost glyphs among them) of a word read as romanised Japanese: *noh*, *go* match a gloss by chance."""
_ROMAN_WORD = re.compile("[A-Za-z\u00c0-\u024f\ufffd]+")
_NATIVE = re.compile(f"[{KANJI}{HIRAGANA}]")
_LONG = ((re.compile(r"ou|oo"), "ō"), (re.compile("uu"), "ū"), (re.compile("aa"), "ā"), (re.compile("ee"), "ē"))


def with_macrons(written: str) -> str:
    """A Hepburn spelling with its long vowels as written (``toukyou``) in macrons (``tōkyō``), letter for letter
    as :func:`pipeline.kana.fold_long_vowels` folds it (``tokyo``).

    >>> with_macrons("toukyou"), with_macrons("daimyou"), with_macrons("niigata"), with_macrons("ryokan")
    ('tōkyō', 'daimyō', 'niigata', 'ryokan')
    """
    for pattern, macron in _LONG:
        written = pattern.sub(macron, written)
    return written


def _japanese_borrowings(spelled: str) -> list[tuple[str, str]]:
    """(Japanese word, its spelling in macrons) for each word EDICT glosses with ``spelled`` itself whose reading,
    long vowels folded, is ``spelled``: English borrowed the romanised word (大名 *daimyo*, 東京 *Tokyo*, 旅館
    *ryokan*). A katakana word is a loan into Japanese (モード *mode*), never one from it: left out."""
    from pipeline import glosses

    out = []
    for word in glosses.by_lemma().get(spelled, ()):
        if not _NATIVE.search(word):
            continue
        spellings = reading_spellings(word)
        if spellings and spellings[0] == spelled:
            out.append((word, with_macrons(spellings[-1])))
    return out


def macron_hold(text: str, r: "Repair") -> "Repair":
    """``r`` (the verdict on one lost glyph of the line ``text``) read for a romanised Japanese word in Latin text:
    where the gap's word, its lost glyphs read as plain vowels, is the romanised reading of a Japanese word EDICT
    glosses with that very word (:func:`_japanese_borrowings`: ``daimy\\ufffd`` → 大名 *daimyo*, ``T\\ufffdky\\ufffd`` →
    東京 *Tokyo*) and Hepburn writes a long vowel at the gap (daimyō, Tōkyō), the glyph may be the macron vowel the
    font lacked: no plain vowel is committed, and both letters are offered, the macron one first. Where Hepburn
    writes no long vowel there (ryokan, Kanazawa; *sake*, which English writes too), the plain vowel is the reading
    and ``r`` is left as it was. Trial 82a's leaflet: ``daimy\\ufffd`` was committed o at 0.992.

    A glyph committed by its places pooled (an evidence row of kind ``glyph``: the same glyph id read in other words,
    most of them English's) is left as it was: its letter is settled where it stands in no romanised word.

    Over the regression corpus's 7,744 distinct English words of four letters or more, 84 are such borrowings (every
    one a Japanese place, era, name or word: Kobe, Kyoto, Tōhoku, shōji), 19 with a long vowel.

    >>> from pipeline.model import Candidate, Repair
    >>> r = Repair(1, 29, "\\ufffd", "o", "restored", 0.992, (Candidate("o", 1.0),), ())
    >>> x = macron_hold("The castle of the local daimy\\ufffd, who ruled", r)
    >>> (str(x.status.value), x.restored, [c.text for c in x.candidates])
    ('ambiguous', None, ['ō', 'o'])
    >>> sake = replace(r, col=9, restored="a", candidates=(Candidate("a", 1.0),))
    >>> macron_hold("for the s\\ufffdke of it", sake) is sake
    True
    """
    from pipeline.model import Candidate, Evidence

    if r.restored is not None and (len(r.restored) != 1 or r.restored.lower() not in HEPBURN_VOWELS
                                   or any(e.kind == "glyph" for e in r.evidence)):
        return r
    at = r.col
    if text[at:at + 1] != GAP or text[at + 1:at + 2] == GAP or (at and text[at - 1] == GAP):
        return r
    word = next((m for m in _ROMAN_WORD.finditer(text) if m.start() <= at < m.end()), None)
    if word is None or len(word.group(0)) < MIN_ROMANISED:
        return r
    letters = word.group(0).lower()
    gaps = [i for i, c in enumerate(letters) if c == GAP]
    if len(gaps) > MAX_WORD_GAPS or len(gaps) == len(letters) or not letters.replace(GAP, "").isascii():
        return r
    mine = at - word.start()
    found: dict[str, tuple[str, str, str]] = {}  # this gap's letter in macrons → (plain letter, word, spelling)
    for vowels in itertools.product(HEPBURN_VOWELS, repeat=len(gaps)):
        spelled = list(letters)
        for i, v in zip(gaps, vowels):
            spelled[i] = v
        spelled = "".join(spelled)
        for japanese, macroned in _japanese_borrowings(spelled):
            found.setdefault(macroned[mine], (spelled[mine], japanese, macroned))
    if not found:
        return r
    long = [m for m in found if m != found[m][0]]
    if not long:
        # Hepburn writes a plain vowel here (ryokan, Kanazawa, Matsuyama): the plain letter is the reading, as the
        # English list commits it
        return r
    plain, japanese, macroned = found[long[0]]
    upper = mine == 0 and word.group(0)[1:2].islower() and (
        not r.candidates or r.candidates[0].text[:1].isupper())
    case = str.upper if upper else (lambda s: s)
    first, second = MACRONS[plain], plain
    score = next((c.score for c in r.candidates if c.text.lower() == plain), r.confidence)
    offered = [Candidate(case(first), score), Candidate(case(second), score)]
    offered += [c for c in r.candidates if c.text.lower() not in (first, second)]
    shown = macroned[0].upper() + macroned[1:] if word.group(0)[:1].isupper() else macroned
    detail = (f"{OPEN_ROW}{word.group(0)} reads as romanised Japanese: {japanese}, which EDICT glosses "
              f"'{macroned.translate(_PLAIN_MACRONS)}', Hepburn {shown}; a lost glyph there may be a macron vowel the "
              f"font lacked: {case(first)} and {case(second)} offered, never a plain vowel committed")
    return replace(r, restored=None, status="ambiguous", candidates=tuple(offered),
                   evidence=r.evidence + (Evidence("lexicon", detail),))


_PLAIN_MACRONS = str.maketrans({v: k for k, v in MACRONS.items()})
OPEN_ROW = "open: "  # (as pipeline.restore.OPEN_ROW: an open gap's row says why)


_LETTERS = "A-Za-z\u00c0-\u024f"
_WHOLE_WORD = re.compile(f"(?<![{_LETTERS}\ufffd])[{_LETTERS}]+(?![{_LETTERS}\ufffd])")
_GAPPED_WORD = re.compile(f"[{_LETTERS}\ufffd]+")
NAME_PARTICLE = re.compile(f"(?:^|(?<=[^{_LETTERS}]))[A-Z][{_LETTERS}]+ no $")
"""A romanised Japanese name's first part and its particle *no* before the gap's word (*Sen no Rikyū*, *Minamoto no
Yoritomo*, *Ki no Tsurayuki*): the classical way of writing a name of clan and person (Hepburn keeps the particle as a
word of small letters)."""
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]['\"’”)]*)\s*$")


def copy_letters(word: str, at: int, text: str) -> list[str]:
    """The letters a document writing ``word`` whole elsewhere has at ``at`` (the index of its one lost glyph): each
    word of ``text`` (Latin letters, macron letters among them, touching no lost glyph) of the same length whose other
    letters are the gap word's, case aside; commonest first, in the gap word's case.

    >>> copy_letters("K\\ufffdgetsu", 1, "The garden of K\\ufffdgetsu. Visitors to Kōgetsu walk; Kōgetsu's pond")
    ['ō']
    >>> copy_letters("Riky\\ufffd", 4, "Sen no Riky\\ufffd served. Later Rikyu, then Rikyū, then Rikyū")
    ['ū', 'u']
    >>> copy_letters("Riky\\ufffd", 4, "Sen no Riky\\ufffd served Hideyoshi")
    []
    """
    low = word.lower()
    counts: dict[str, int] = {}
    for m in _WHOLE_WORD.finditer(text):
        other = m.group(0)
        if len(other) != len(word):
            continue
        lower = other.lower()
        if lower[:at] == low[:at] and lower[at + 1:] == low[at + 1:]:
            counts[lower[at]] = counts.get(lower[at], 0) + 1
    upper = at == 0 or word[at - 1:at].isupper() and word[at + 1:at + 2].isupper()
    return [c.upper() if upper else c for c in sorted(counts, key=lambda c: -counts[c])]


HEPBURN_WORD = re.compile(r"(?:(?:kk|ss|tt|pp|tc|cc)?(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmrjfwy])?[aiueo]"
                          r"|n(?![aiueoy]))+")
"""A word of Hepburn syllables (a vowel, a consonant or a palatal pair before it, a doubled consonant, a syllabic n):
the shape of a romanised Japanese word, long vowels folded (*hideyoshi*, *rikyu*, *toyotomi*; not *normale*,
*oyeloran*)."""


def hepburn_shaped(word: str) -> bool:
    """``word`` (Latin letters, macrons allowed, its one lost glyph read as any letter) spells Hepburn syllables
    (:data:`HEPBURN_WORD`).

    >>> hepburn_shaped("Riky\ufffd"), hepburn_shaped("Hidey\ufffdshi"), hepburn_shaped("Oyel\ufffdran"), hepburn_shaped("Kōgetsu")
    (True, True, False, True)
    """
    plain = _plain(word)
    tries = [plain.replace(GAP, c) for c in "abcdefghijklmnopqrstuvwxyz"] if GAP in plain else [plain]
    return any(HEPBURN_WORD.fullmatch(t) for t in tries)


def name_by_place(text: str, start: int, end: int) -> str | None:
    """Why the capitalised Latin word ``text`` holds around its one lost glyph at ``start`` stands as a person's name
    by its place in English prose, or ``None``: after a name's first part and the particle *no*
    (:data:`NAME_PARTICLE`: *Sen no Riky\\ufffd*), or right after another capitalised word of Hepburn's shape that does
    not open its sentence (a given name or a surname before it: *served Toyotomi Hidey\\ufffdshi*); the gap's word
    spelling Hepburn syllables (:func:`hepburn_shaped`) either way. The caller asks only where no
    word of the English list fits (a capitalised pair of English words, *the Annual Gen\\ufffdral Meeting*, is read by
    the list).

    >>> name_by_place("The tea master Sen no Riky\\ufffd served", 26, 27)
    'after a name and the particle no (Sen no)'
    >>> name_by_place("He served Toyotomi Hidey\\ufffdshi well", 24, 25)
    'after a capitalised word inside a sentence (Toyotomi)'
    >>> name_by_place("Toyotomi Hidey\\ufffdshi served", 14, 15) is None
    True
    """
    word = next((m for m in _GAPPED_WORD.finditer(text) if m.start() <= start < m.end()), None)
    if word is None or end > word.end() or not word.group(0)[:1].isupper():
        return None
    before = text[:word.start()]
    if not hepburn_shaped(word.group(0)):
        return None  # a word of another language's letters (*Ade Oyel\ufffdran*): no romanised name
    if (m := NAME_PARTICLE.search(before)) is not None:
        return f"after a name and the particle no ({m.group(0).strip()})"
    prev = re.search(f"([{_LETTERS}]+) $", before)
    if prev is None or not prev.group(1)[:1].isupper() or not prev.group(1)[1:].islower() \
            or not hepburn_shaped(prev.group(1)):
        return None
    if _SENTENCE_END.search(before[:prev.start()]):
        return None  # the word before opens its sentence: its capital says nothing
    return f"after a capitalised word inside a sentence ({prev.group(1)})"


ROMANISED_NAME = ("a person's name in English prose ({word}: {why}, and no word of the English list fits it; a "
                  "romanised Japanese name as often): never filled nor offered, unless the document writes the same "
                  "name whole")
"""The row of a name :func:`name_or_copy` holds (it opens on ``pipeline.restore.NAMED``: no fill, no candidate)."""


def name_or_copy(text: str, r: "Repair", document: str, listed: bool) -> "Repair":
    """``r`` (the verdict on one lost glyph in the Latin word of the line ``text`` at ``r.col``; ``document``: the text
    copies are looked up in, the nearest scope's; ``listed``: some word of the English list fits the gap), where it
    is open, read for a word the document writes whole elsewhere, or a person's name:

    - where the document writes the word whole with one letter at the gap (:func:`copy_letters`: *Kōgetsu* beside
      ``K\ufffdgetsu``, *Rikyū* beside ``Riky\ufffd``), those letters are offered first, never committed (the same
      letters may be another word, and a name is never filled from its copy): the English list and the character
      model read ASCII alone, so a macron letter is never among their candidates (fresh-user trial 83c offered a);
    - else, where no word of the English list fits and the word is a name by its place (:func:`name_by_place`:
      *Sen no Riky\ufffd*), it is held with no candidate (trial 83c offered u from wordfreq's *rikyu*).

    Else ``r`` as it was.

    >>> from pipeline.model import Candidate, Repair
    >>> r = Repair(3, 26, "\ufffd", None, "ambiguous", 0.0, (Candidate("u", 1.0),), ())
    >>> line = "The tea master Sen no Riky\ufffd served Hideyoshi."
    >>> held = name_or_copy(line, r, line, listed=False)
    >>> held.status.value, held.candidates, held.evidence[-1].detail.startswith("a person's name in English prose")
    ('unresolved', (), True)
    >>> copied = name_or_copy(line, r, line + " Later Rikyū built a tea room.", listed=False)
    >>> copied.status.value, [c.text for c in copied.candidates]
    ('ambiguous', ['ū'])
    """
    from dataclasses import replace

    from pipeline.model import Candidate, Evidence

    if r.restored is not None or len(r.original) != 1 or text[r.col:r.col + 1] != GAP or getattr(r, "cids", ()):
        return r  # (a glyph of a font code is read with its other places, ``pipeline.restore.pooled_repairs``)
    word = next((m for m in _GAPPED_WORD.finditer(text) if m.start() <= r.col < m.end()), None)
    if word is None or len(word.group(0)) < MIN_ROMANISED or word.group(0).count(GAP) != 1 \
            or not word.group(0).replace(GAP, "").isalpha():
        return r
    at = r.col - word.start()
    why = name_by_place(text, r.col, r.col + 1) if not listed else None
    # a copy's plain letter is the English list's and :func:`pipeline.restore.evidence.english.intact_copy`'s to weigh
    # (``Universit\ufffd de Lille`` beside *University*: the list's é stays first); a letter they never read (a macron,
    # an accent) is this rule's, and a name's copy is its only candidate
    copies = [c for c in copy_letters(word.group(0), at, document) if why is not None or not c.isascii()]
    if copies:
        if why is None and r.candidates and r.candidates[0].text == copies[0]:
            return r  # the copy's letter stands first already
        score = r.candidates[0].score if r.candidates else 0.0
        offered = [Candidate(c, score) for c in copies]
        if why is None:
            offered += [c for c in r.candidates if c.text not in copies]
        written = word.group(0).replace(GAP, copies[0])
        said = (f"a person's name by its place ({why}): only the spelling the document writes offered" if why
                else "listed first")
        return replace(r, status="ambiguous", candidates=tuple(offered), evidence=r.evidence + (Evidence(
            "repetition", f"open: the document writes {written} whole, the word of this gap with {copies[0]} there; "
                          f"{said}, never committed on it (the same letters may name another word or person)"),))
    if why is None or any(not c.text.isascii() for c in r.candidates):
        # (an accented letter offered, the Latin reader's word of another language: *École Normale Sup\ufffdrieure*)
        return r
    return replace(r, status="unresolved", confidence=0.0, candidates=(), evidence=r.evidence + (Evidence(
        "abstention", ROMANISED_NAME.format(word=word.group(0), why=why)),))
