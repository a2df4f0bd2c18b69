"""Translation: the talk's other language says what a gap lost.

A talk's slides translate its paper, its English title its Japanese one. A
word lost in a Japanese heading (``理科実\ufffd``) often stands in the English
beside it (*Science Experiments*), and a lost English letter in a
word the paper says in Japanese. The provider reads the other language
through the Japanese–English dictionary (:mod:`pipeline.glosses`, English
lemmas on both sides) and both *proposes* fills and *supports* fills other
providers proposed.

For a Japanese gap, the sources are tried nearest first (the talk stage gives
them per piece: the slide linked to the section, the English title for the
title, then the deck and the English title; a piece holding both languages,
a bilingual deck's, first the other half of its line, the line under it, its
slide; plain text has the document's English, after a bilingual line's other
half), each in one language (:meth:`Document.sources_for`): within a source, the line sharing most words with the gap's
sentence is its translation (:data:`MIN_SHARED` words, one in a paired
source). The English words that no surviving word of the sentence accounts
for are what the gap may say. Each such word's lemma names Japanese words
(``experiment`` → 実験, 試験…); a word is proposed where it fits the gap and
the characters around it (``実`` + ``験``; the stem of ``広げる`` in
``交流を\ufffdげた``), and kept only when Sudachi, reading the filled text,
finds a word of two characters or more there that the dictionary glosses with
that lemma. A chapter label alone on its line (*Chapter 3* over a slide) translates the heading's number, no
lost word, and is not read. A one-kanji word an English lemma names (*Port* → 港) fits no gap by itself;
the talk's own words of the gap's length holding it (港湾 in the speaker's division) are proposed; a lost glyph that
stands alone as a noun (``\ufffdの選び方`` beside *Choosing the Thread*: 糸) takes the one-kanji word whose first
glosses the line translating the gap's names (:func:`_alone`, weighed as a paired source's word). A Japanese word shorter than the gap is looked up in the talk
itself with the gap's context (``旧庁舎の\ufffd\ufffd\ufffd\ufffd`` and *Seismic*:
``旧庁舎の耐震改修`` in the paper). The first source that yields a fill is used; sources equally near (the slides linked
to one section) are tried as one, a line translating the sentence before a slide read whole (:func:`_aligned_first`).

An English word that reads as a verb only (*Agreed*, *incinerated*) names, besides its lemmas, the nouns of its
act (*agreement*, *incineration*: :func:`acts`), which match a Japanese verbal noun's glosses only (合意, 焼却:
:func:`acted`); such a match weighs as a paired source's word wherever it is found (it proposes and ranks, and
neither settles nor vetoes: EDICT's *agreement* is 合致 as well as 合意). A verb Sudachi reads directly before する
(合うした) is no phrase, and its word supports nothing (:func:`_before_suru`).

For an English gap, the Japanese of the sources gives English lemmas through
the same dictionary; a form of a lemma that fits the word's surviving letters
is proposed, in the case the gap's own context needs.

Features: ``bilingual_word`` 1.0 for a word of the line that translates the
gap's line (or of a paired source's line), 0.5 for a paired source that has
no such line; ``bilingual_deck`` 1.0 for a word found only in the talk's
other language at large. The English (or Japanese) words used are named in
the evidence.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from dataclasses import dataclass, replace

from pipeline.glosses import WORD, by_lemma, english_terms, english_words, glosses
from pipeline.kana import sounds_alike
from pipeline.model import GAP
from pipeline.chardata import JA_LETTER_RE, KANJI, KANJI_RE, KATAKANA
from pipeline.restore import resources
from pipeline.restore.evidence.base import Document, Line, Proposal, Site, Source
from pipeline.numbering import is_chapter_label
from sudachipy import SplitMode

MIN_SHARED = 2
NAMES_AT_MOST = 3
"""Fills of one gap an English word may propose and still name one of them (:data:`NAMES_FILL`): *Development*
names 養成 and 造成 beside ``人材の\ufffd成``; *countries* names 入国, 全国, 諸国 and 27 more beside ``受け\ufffd\ufffdれ``
(trial 68d), a lemma so common it says nothing of which."""
NAMES_FILL = "bilingual_names"
"""Feature (1.0) of a fill whose English word proposed at most :data:`NAMES_AT_MOST` fills of the gap: only such a
word contradicts another fill (:func:`pipeline.restore.scoring.vetoes`); not weighed in the score."""
WEAK_LINK = "bilingual_weak"
"""Feature (1.0) of a fill proposed by a line chosen as the gap's translation on :data:`WEAK_SHARED` shared words or
fewer, among other lines (a linked slide's, the deck's, the English title): such a line may translate the next
sentence (fresh-user trial 68d: *Tourism and Citizen Exchange in a Castle Town* beside ``観光客を集\ufffdている``,
sharing *Castle* and *Tourism*; a slide's *Young people from the city help on farms* beside the sentence before the
one it translates). Its word ranks as before, but neither contradicts another fill (no :data:`NAMES_FILL`) nor
settles one (:func:`pipeline.restore.scoring.translation_settles`); not weighed in the score. A line that shares a
number of three digits or more with the sentence (a year) is no weak link (:func:`_shares_a_long_number`)."""
LAYOUT_WORD = "layout_word"
"""Feature (1.0) of a fill proposed by a line a bilingual layout sets beside the gap's as its translation
(:attr:`Source.by_layout`): rank-only (:data:`pipeline.restore.scoring.RANK_ONLY`), never read by the confidence."""
WEAK_SHARED = 2
"""Shared words (:func:`_shared`) at most of a weak link (:data:`WEAK_LINK`): :data:`MIN_SHARED`, the least an unpaired
line aligns on."""
"""Words a line must share with the gap's sentence before it counts as its translation (one in a paired source)."""
WORDS_PER_LEMMA = 80
"""Japanese words tried per English lemma, commonest first."""
READ_CONTEXTS = 256
"""Gap contexts whose candidates' readings a restore call remembers (some 600 candidates each, 100 bytes a
reading: about 20 MB at most)."""
ANCHOR = 2
"""Characters of the gap's context a Japanese word shorter than the gap needs around it where it stands in the talk."""
SENTENCE_END = "。．！？!?"
_HIRAGANA = re.compile(r"[\u3041-\u3096]+$")
_LETTERS = "A-Za-z"


def propose(site: Site, doc: Document, fills: list[str]) -> list[Proposal]:
    """Fills the other language says (and support for ``fills`` other providers proposed)."""
    if site.script not in ("ja", "latin"):
        return []
    # a text without the other language never loads the dictionary (a third of a second)
    if not any(source.lines for source in doc.sources_for(site, english=site.script == "latin")) or not glosses():
        return []
    if site.script == "ja":
        return _japanese_gap(site, doc, fills)
    if site.script == "latin":
        return _english_gap(site, doc)
    return []


# --------------------------------------------------------------------------
# A Japanese gap: the English says it
# --------------------------------------------------------------------------


def _sentence(site: Site) -> tuple[str, str]:
    """The gap's sentence: its context cut at the sentence ends on either side."""
    left, right = site.left, site.right
    cut = max(left.rfind(c) for c in SENTENCE_END)
    end = min((i for i in (right.find(c) for c in SENTENCE_END) if i >= 0), default=len(right))
    return left[cut + 1:], right[:end]


def sentence_text(site: Site) -> str:
    """The gap's sentence with the gap left out (:func:`_sentence`'s two sides joined)."""
    return "".join(_sentence(site))


@functools.lru_cache(maxsize=8192)
def _token_glosses(text: str, content_only: bool = False) -> tuple[frozenset[str], ...]:
    """The gloss lemmas of each token of ``text`` (surface or dictionary form) that the dictionary knows; with
    ``content_only``, of each token holding a kanji or katakana only (no particle's *in addition*)."""
    table = glosses()
    if not text.strip():
        return ()
    out = []
    for m in resources.tokenizer().tokenize(text):
        words = table.get(m.surface(), frozenset()) | table.get(m.dictionary_form(), frozenset())
        # a compound's parts gloss what the compound does not (旧庁舎: 庁舎 is "government office building")
        for part in (m.split(SplitMode.A) if len(m.surface()) > 2 else ()):
            words |= table.get(part.surface(), frozenset()) | table.get(part.dictionary_form(), frozenset())
        if words and _CONTENT.search(m.surface()):
            # a content word's roots align a line's derived word (歴史 *history* ↔ *Historic*); a particle's glosses
            # (EDICT's に: *in addition*, *causative*) would align any *additional*, and take none
            words |= _roots(frozenset(words))
            if _verbal_token(m):
                # a verbal noun says the act an English verb names (削減 *reduction* ↔ *Reduce*): marked, so that it
                # explains a line's verb and aligns no line (:func:`acted`)
                words |= _marked(frozenset(words))
        if words and (not content_only or _CONTENT.search(m.surface())):
            out.append(words)
    return tuple(out)


def spoken_by(english: str, japanese: str) -> frozenset[str]:
    """The gloss lemmas of the words of ``english`` (a line that translates ``japanese``: the English title of the
    Japanese title) that ``japanese`` already says, so that, read for a gap elsewhere, the line lends none of them
    (:attr:`Line.spoken`). Where ``japanese`` is intact every word of the line is its: a translation says nothing its
    original does not, and the words the dictionary matches with none (*Development* beside 人材育成, which EDICT
    glosses *human resource*, *training*, never *development*) translate the words left over. Where ``japanese``
    lost a glyph, only the words a content word of its intact rest glosses (the letters touching a gap belong to the
    lost word): the line's word for the lost one stays the line's. Nothing where no word of the line matches a word
    of ``japanese`` (no sign the two translate each other), or without a dictionary.

    >>> sorted(spoken_by("Tourism and Citizen Exchange in a Castle Town", "城下町の観光と市民交流") & {"town", "tourism", "castle"})
    ['castle', 'tourism', 'town']
    >>> "development" in spoken_by("Port City Exchange and Human Resource Development", "港町の国際交流と人材育成")
    True
    >>> sorted(spoken_by("Tourism in a Castle Town", "城\ufffd町の観光")), spoken_by("Annual Report", "緑川市")
    (['tourism'], frozenset())
    """
    if not glosses() or not english.strip() or not japanese.strip():
        return frozenset()
    # the pieces between lost glyphs, without the letters touching one (a lost word's pieces: 町 of 城\ufffd町)
    pieces = japanese.split(GAP)
    pieces = [_without_gap_word(p, end=True) if k < len(pieces) - 1 else p for k, p in enumerate(pieces)]
    pieces = [_without_gap_word(p, end=False) if k > 0 else p for k, p in enumerate(pieces)]
    said = frozenset().union(*(g for piece in pieces for g in _token_glosses(piece, content_only=True)))
    words = _line_words(english)
    matched = [lem for _word, lem in words if not lem.isdisjoint(said) or not _roots(lem).isdisjoint(said)]
    if not matched:
        return frozenset()
    return frozenset().union(*(lem for _word, lem in words)) if GAP not in japanese else frozenset().union(*matched)


_CONTENT = re.compile(f"[{KANJI}{KATAKANA}]")


ACTION_MARK = "\x01"
"""Marks the noun of an act (:func:`pipeline.glosses.action_nouns`) among an English word's lemmas and a Japanese
verbal noun's glosses (:func:`acted`, :func:`acts`), so that an English verb matches a verbal noun by its act's noun
and never any other word glossed with that noun."""
VERBAL = ("サ変可能", "サ変形状詞可能")
"""Sudachi's third part-of-speech level of a noun that is a verb's stem with する (合意, 焼却, 訓練): a verbal noun."""


def _verbal_token(m) -> bool:
    pos = m.part_of_speech()
    return pos[0] == "名詞" and pos[2] in VERBAL


@functools.lru_cache(maxsize=1 << 14)
def verbal_noun(word: str) -> bool:
    """Sudachi reads ``word`` alone as one verbal noun (:data:`VERBAL`): the act EDICT glosses by a noun (合意
    *agreement*) and an English sentence says with a verb (*Agreed on …*).

    >>> verbal_noun("合意"), verbal_noun("焼却"), verbal_noun("条約"), verbal_noun("合う")
    (True, True, False, False)
    """
    tokens = list(resources.tokenizer().tokenize(word))
    return len(tokens) == 1 and _verbal_token(tokens[0])


@functools.lru_cache(maxsize=1 << 14)
def _marked(glossed: frozenset[str]) -> frozenset[str]:
    return frozenset(ACTION_MARK + g for g in glossed)


def acted(word: str, glossed: frozenset[str]) -> frozenset[str]:
    """``glossed`` (what the Japanese ``word`` glosses, or the part of it a fill adds) and, for a verbal noun
    (:func:`verbal_noun`), the same glosses marked as an act's nouns (:data:`ACTION_MARK`), which an English verb's
    :func:`acts` match.

    >>> sorted(acted("合意", frozenset({"agreement"}))) == ["\x01agreement", "agreement"], acted("条約", frozenset({"pact"}))
    (True, frozenset({'pact'}))
    """
    return glossed | _marked(glossed) if glossed and verbal_noun(word) else glossed


@functools.lru_cache(maxsize=1 << 14)
def acts(word: str, lemmas: frozenset[str]) -> frozenset[str]:
    """The nouns of the acts an English word's lemmas name as a verb (:func:`pipeline.glosses.action_nouns`: *Agreed*
    → *agreement*), marked (:data:`ACTION_MARK`): they match a Japanese verbal noun's glosses only (:func:`acted`).
    None for a word that reads as a noun as written (:func:`pipeline.glosses.read_as_noun`): a slide's *Port*,
    *School*, *Park* names a thing, not the act of *porting*, *schooling* (教育), *parking* (駐車); a line has no
    reliable part of speech, and a word a noun can be is read as one.

    >>> sorted(a[1:] for a in acts("Agreed", frozenset({"agreed", "agree"}))), acts("Port", frozenset({"port"}))
    (['agreement'], frozenset())
    """
    from pipeline.glosses import action_nouns, read_as_noun

    if read_as_noun(word):
        return frozenset()
    return frozenset(ACTION_MARK + n for lemma in lemmas for n in action_nouns(lemma))


DERIVED_MARK = "\x02"
"""Marks a lemma of the same root as an English word's own (:func:`derived_lemmas`: *culture* for *Cultural*) among
the lemmas a fill was found by: it is offered, weighed by nothing (:func:`_derived_fills`)."""


DERIVED_FEATURE = "bilingual_derived"
"""The raw feature of a fill :func:`_derived_fills` proposed: in no row of :data:`pipeline.restore.scoring.TABLE`, so
weighed by nothing; it lists the fill among a repair's candidates (:func:`pipeline.restore.shown_candidates`)."""


def plain(lemma: str) -> str:
    """The English word a lemma or a marked act's noun (:data:`ACTION_MARK`) or derived lemma (:data:`DERIVED_MARK`)
    is."""
    return lemma[1:] if lemma.startswith((ACTION_MARK, DERIVED_MARK)) else lemma


def _said_as(lemma: str, word: str) -> str:
    """How the evidence names the lemma an English word matched by: the verb and its act's noun for an act's noun.

    >>> _said_as("\x01agreement", "Agreed"), _said_as("port", "Ports")
    ('agree, whose act is agreement', 'port')
    """
    if lemma.startswith(ACTION_MARK):
        from pipeline.glosses import action_nouns, lemmas

        verb = min((v for v in lemmas(word) if plain(lemma) in action_nouns(v)), default=word.lower())
        return f"{verb}, whose act is {plain(lemma)}"
    if lemma.startswith(DERIVED_MARK):
        return f"{word.lower()}, of the root of {plain(lemma)}"
    return lemma


_WORD_PIECE = re.compile(f"[{KANJI}{KATAKANA}]{{1,3}}")


def _without_gap_word(text: str, end: bool) -> str:
    """``text`` without the kanji or katakana that touch the gap (up to three: the left context's last run, ``end``;
    the right context's first): pieces of a lost character's word, whose glosses say what the whole word means.

    >>> _without_gap_word("光客の受け入れ", end=False), _without_gap_word("今後は、", end=True), _without_gap_word("市の理科実", end=True)
    ('の受け入れ', '今後は、', '市の')
    """
    if end:
        m = re.search(f"(?:{_WORD_PIECE.pattern})$", text)
        return text[:m.start()] if m else text
    m = _WORD_PIECE.match(text)
    return text[m.end():] if m else text


@functools.lru_cache(maxsize=8192)
def _line_words(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The content words of an English line with their lemmas (:func:`pipeline.glosses.english_terms`), but not the
    pieces of a word a lost glyph cuts (``sup\ufffdort``: *sup*, *ort*), which are no words of the line (fresh-user
    trial 68e: a line quoted for 防災 held another gap).

    >>> [w for w, _ in _line_words("expand child-care sup\ufffdort across the city")]
    ['expand', 'child', 'care', 'across', 'city']
    """
    if GAP not in text:
        return tuple(english_terms(text))
    out = []
    for m in WORD.finditer(text):
        if text[m.start() - 1: m.start()] == GAP or text[m.end(): m.end() + 1] == GAP:
            continue
        out += english_terms(m.group(0))
    return tuple(out)


def quote(text: str) -> str:
    """A line of the other language as an evidence row quotes it: stripped, in quotes, and where it holds a lost glyph
    of its own (another gap, still open when the line was read) a note saying so, so that the U+FFFD in the quote
    reads as what it is and the word it cuts is known to have been left unread (fresh-user trial 68e: ``防\ufffd対策``
    beside *We will strengthen disaster prevention and expand child-care sup\ufffdort across the city.*). The
    line is quoted as it was read, never with a fill guessed in.

    >>> quote(" Castle Town ")
    "'Castle Town'"
    >>> quote("child-care sup\ufffdort")
    "'child-care sup\ufffdort' (\ufffd: a lost glyph of that line, another gap still open when it was read; the word it cuts was not read)"
    """
    quoted = repr(text.strip())
    if GAP in text:
        quoted += f" ({GAP}: a lost glyph of that line, another gap still open when it was read; the word it cuts was not read)"
    return quoted


@functools.lru_cache(maxsize=8192)
def _line_acts(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """:func:`_line_words` with each verb's act nouns among its lemmas (:func:`acts`): what proposes and supports
    fills and counts in :func:`cover`; a line is aligned on its words' own lemmas."""
    return tuple((w, lem | acts(w, lem)) for w, lem in _line_words(text))


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "first": 1, "second": 2, "third": 3}
"""English number words, matched with the digits of the Japanese (``３部会`` ↔ *Three Panels*)."""
MIN_DIGIT_NUMBER = 10
"""The least number an English line's digits align with the sentence's (``1980 年 5 月の…`` ↔ *… (1980)*)."""


def _numbers(text: str) -> set[int]:
    import unicodedata

    return {int(m) for m in re.findall(r"\d+", unicodedata.normalize("NFKC", text))}


@functools.lru_cache(maxsize=1 << 16)
def _sounds(name: str, word: str) -> bool:
    return sounds_alike(name, word) > 0


ALIGNED_KEPT = 1024
"""Alignments :func:`_aligned` remembers before it starts afresh."""
_ALIGNED: dict[tuple, tuple[tuple[Line, ...], Line | None]] = {}


def _aligned(lines: tuple[Line, ...], known: tuple[frozenset[str], ...], names: frozenset[str], least: int,
             numbers: frozenset[int] = frozenset(), said_whole: bool = False) -> Line | None:
    """The one line sharing most words with the gap's sentence (each surviving word, name and number counted
    once), if it shares ``least``. A line all of whose words the sentence already says cannot say what
    the gap lost, and is passed over (``Hakodate Port`` beside ``Hakodate Port “Renovation”``), unless
    ``said_whole``: a number lost inside the sentence is said by such a line (*Founded in 1988*).

    Remembered for the very tuple of lines (a source's, made once per document: :meth:`Document.sources_for`):
    a gap's sentence is aligned with the same source for its proposals, its verdict's cover and the slide's
    compound, a fifth of the calls on `make bench`'s documents, each a pass over every line of the source.
    """
    key = (id(lines), known, names, least, numbers, said_whole)
    kept = _ALIGNED.get(key)
    if kept is not None and kept[0] is lines:  # the tuple itself, held by the entry: its id names no other
        return kept[1]
    found = _aligned_line(lines, known, names, least, numbers, said_whole)
    if len(_ALIGNED) >= ALIGNED_KEPT:
        _ALIGNED.clear()
    _ALIGNED[key] = (lines, found)
    return found


def _aligned_line(lines: tuple[Line, ...], known: tuple[frozenset[str], ...], names: frozenset[str], least: int,
                  numbers: frozenset[int], said_whole: bool) -> Line | None:
    """:func:`_aligned`, worked out."""
    explained = frozenset().union(*known) if known else frozenset()
    best, found = 0, []
    for ln in lines:
        words = _line_facts(ln.text)[0]
        # isdisjoint, not a set made to be tested: every English line of the source is asked for every gap; a word
        # the text the line translates says (Line.spoken) is that text's, as good as said
        if not said_whole and all(not lem.isdisjoint(explained) or not lem.isdisjoint(ln.spoken)
                                  or any(_sounds(n, lower) for n in names)
                                  or lower in NUMBER_WORDS for lower, lem in words):
            continue
        shared = _shared(ln.text, known, names, numbers, ln.spoken)
        if shared > best:
            best, found = shared, [ln]
        elif shared == best and shared:
            found.append(ln)
    # in a paired source (a linked slide) the first line, its title, wins a tie: it names what the slide is about
    if best < least or (len(found) != 1 and not (least == 1 and found[0] is lines[0])):
        return None
    return found[0]


@functools.lru_cache(maxsize=1 << 14)
def _shared(text: str, known: tuple[frozenset[str], ...], names: frozenset[str], numbers: frozenset[int],
            spoken: frozenset[str] = frozenset()) -> int:
    """How many of the gap sentence's words (their gloss lemmas, ``known``), names and numbers an English line says,
    each counted once: how well the line matches the sentence as a translation. Remembered: a gap's sentence is
    weighed against the same lines to align them, to order their words and again for its verdict (:func:`cover`).
    The line's ``spoken`` lemmas (:attr:`Line.spoken`: words the text it translates says) count for nothing: a
    section's sentence that repeats the Japanese title's words shares them with the English title through that
    title, not as its translation (fresh-user trial 68d)."""
    _, all_lemmas, folded, said, roots = _line_facts(text)
    if spoken:
        all_lemmas = all_lemmas - spoken
        roots = _roots(all_lemmas)
    return (sum(1 for g in known if not g.isdisjoint(all_lemmas) or not g.isdisjoint(roots))
            + sum(1 for n in names if any(_sounds(n, w) for w in folded)) + len(numbers & said))


LONG_NUMBER = 100
"""The least number (three digits: a year, a count) that, said by the gap's sentence and a line both, makes the line's
link no weak one (:data:`WEAK_LINK`): a small number (a month, a day) a line shares by chance, a year hardly (the
hand-labelled case of ``1980 年 5 月の民主\ufffd運動`` beside a slide's *May 18 Democratization Movement (1980)*, whose
*Democratization* contradicts 党: a link on the year and the month)."""


def _shares_a_long_number(text: str, numbers: frozenset[int]) -> bool:
    """``text`` (an English line) says a number of :data:`LONG_NUMBER` or more that the gap's sentence says."""
    return any(n >= LONG_NUMBER for n in numbers & _line_facts(text)[3])


DERIVING = ("ical", "ial", "ous", "al", "ic")
"""Endings that make an adjective of a noun of the same sense (*histor*ic, *cultur*al, *indigen*ous), longest first:
a line that says *Historic* translates a sentence whose 歴史 EDICT glosses *history* (:func:`_roots`). Not the
endings that make a noun of a verb (*-ive*, *-ation*, *-ment*): their words drift (*direct*, *directive*)."""
ROOT = 5
"""Letters a root must keep (``city`` is no root of *citizen*, ``art`` none of *artificial*)."""


def _root(word: str) -> str:
    """The root two words of one derivation share: the word without one :data:`DERIVING` ending, then without a
    final ``e`` or ``y``, where at least :data:`ROOT` letters stay; else the word itself.

    >>> [_root(w) for w in ("history", "historic", "culture", "cultural", "indigene", "indigenous", "custom", "customer", "art")]
    ['histor', 'histor', 'cultur', 'cultur', 'indigen', 'indigen', 'custom', 'customer', 'art']
    """
    for ending in DERIVING:
        if word.endswith(ending) and len(word) - len(ending) >= ROOT:
            word = word[:-len(ending)]
            break
    if word[-1:] in ("e", "y") and len(word) > ROOT:
        word = word[:-1]
    return word


ROOT_MARK = "\x00"
"""Marks a root among a token's gloss lemmas (:func:`_roots`), so that it matches a line's roots and never a lemma."""


@functools.lru_cache(maxsize=1 << 14)
def _roots(lemmas: frozenset[str]) -> frozenset[str]:
    """The roots of ``lemmas`` (:func:`_root`), marked (:data:`ROOT_MARK`): what aligns a line's *Cultural* with a
    sentence's 文化 (*culture*). Used to choose the line that translates a sentence, never to propose or support a
    fill: *cultural* and *culture* name one thing, but the words a lemma proposes are the dictionary's own.

    >>> sorted(root[1:] for root in _roots(frozenset({"history", "art"})))
    ['histor']
    """
    return frozenset(ROOT_MARK + _root(w) for w in lemmas if len(w) >= ROOT)


@functools.cache
def _lemmas_by_root() -> dict[str, tuple[str, ...]]:
    """Every gloss lemma of :data:`ROOT` letters or more by its root (:func:`_root`), built once when asked."""
    index: dict[str, list[str]] = {}
    for lemma in by_lemma():
        if len(lemma) >= ROOT:
            index.setdefault(_root(lemma), []).append(lemma)
    return {root: tuple(sorted(lemmas)) for root, lemmas in index.items()}


def derived_lemmas(lemma: str) -> tuple[str, ...]:
    """The gloss lemmas of the same root as ``lemma`` (:func:`_root`: an adjective's ending, *-al*, *-ic* …, or a
    final *e* or *y* apart), other than itself: what EDICT glosses where the English writes a derived word
    (*cultural* → *culture*, which glosses 文化; *historic* → *history*).

    >>> "culture" in derived_lemmas("cultural"), "customer" in derived_lemmas("custom"), derived_lemmas("art")
    (True, False, ())
    """
    if len(lemma) < ROOT or lemma.startswith((ACTION_MARK, DERIVED_MARK)):
        return ()
    return tuple(other for other in _lemmas_by_root().get(_root(lemma), ()) if other != lemma)


@functools.lru_cache(maxsize=8192)
def _line_facts(text: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], frozenset[str], tuple[str, ...], frozenset[int],
                                    frozenset[str]]:
    """What :func:`_aligned` reads of an English line: its words (in small letters) with their lemmas, all their
    lemmas, the words with long vowels folded (to match katakana names), the numbers its number words and its
    digits say, and the roots of its lemmas (:func:`_roots`)."""
    from pipeline.kana import fold_long_vowels

    words = _line_words(text)
    lemmas = frozenset().union(*(lem for _, lem in words)) if words else frozenset()
    folded = tuple(dict.fromkeys(fold_long_vowels(w.lower()) for w, _ in words))
    said = frozenset(NUMBER_WORDS[w.lower()] for w, _ in words if w.lower() in NUMBER_WORDS)
    # a number the line writes in digits, of two digits or more (a year, a count): one digit is as often a list's
    # or a heading's number as a quantity the sentence states
    said |= frozenset(n for n in _numbers(text) if n >= MIN_DIGIT_NUMBER)
    return tuple((w.lower(), lem) for w, lem in words), lemmas, folded, said, _roots(lemmas)


def _sentence_facts(site: Site) -> tuple[tuple[frozenset[str], ...], frozenset[str], frozenset[int]]:
    """What aligns a line of the other language with the gap's sentence: its words' gloss lemmas, the readings of
    its katakana names, its numbers."""
    from pipeline.restore.evidence.bilingual import katakana_readings

    left, right = _sentence(site)
    return (_token_glosses(left) + _token_glosses(right), frozenset(katakana_readings(left) | katakana_readings(right)),
            frozenset(_numbers(left + right)))


def translating_line(site: Site, doc: Document) -> tuple[Source, Line] | None:
    """The line of the other language that translates a Japanese gap's sentence, and its source: in the nearest
    source holding one, the line sharing most words, names and numbers with the sentence (:func:`_aligned`, as
    :func:`_japanese_gap` reads it), a line whose words the sentence all says kept (it may say a lost number:
    :func:`pipeline.restore.evidence.bilingual.read_number`); ``None`` where none does or no dictionary is built.

    >>> doc = Document.from_text("地震の研修には計６\\ufffd名が参加した。\\nA new wing.\\n61 joined the earthquake training.")
    >>> translating_line(Site(doc.scopes[0][1][0].text, 8, 9, line=1), doc)[1].number
    3
    """
    if not glosses():
        return None
    known, names, numbers = _sentence_facts(site)
    for source in doc.sources_for(site, english=False):
        if source.lines:
            line = _aligned(source.lines, known, names, 1 if source.paired else MIN_SHARED, numbers, said_whole=True)
            if line is not None:
                return source, line
    return None


def says_of_sentence(site: Site, text: str) -> int:
    """How many of a Japanese gap's sentence's words (their glosses), names and numbers an English line says
    (:func:`_shared`): 0 where the line says nothing of the sentence."""
    if not glosses():
        return 0
    return _shared(text, *_sentence_facts(site))


def _japanese_gap(site: Site, doc: Document, fills: list[str]) -> list[Proposal]:
    left, right = _sentence(site)
    known, names, numbers = _sentence_facts(site)
    # what the sentence already says, but not the piece of a lost character's word around it (``�光客``: 客
    # glosses *tourist*, which the slide's *tourists* says of the whole word 観光客); the pieces still align the
    # lines. Beside a longer gap the kanji are as often a word of their own (``��整備の課題``: 整備 is said)
    if site.length == 1:
        rest = _token_glosses(_without_gap_word(left, end=True)) + _token_glosses(_without_gap_word(right, end=False))
    else:
        rest = known
    explained = frozenset().union(*rest) if rest else frozenset()
    neighbours = _neighbour_glosses(site)
    tiers = []
    for source in doc.sources_for(site, english=False):
        if not source.lines:
            continue
        line = _aligned(source.lines, known, names, 1 if source.paired else MIN_SHARED, numbers)
        if line is not None:
            tiers.append((source, line, (line,)))
        # a paired source is read whole when its aligned line says nothing of the gap
        if line is None or source.paired:
            tiers.append((source, None, source.lines))
    tiers = _aligned_first(tiers, lambda ln: _shared(ln.text, known, names, numbers))
    near_first = doc.sources_for(site, english=False)  # one tuple for the gap: its lines' lemmas are indexed once
    for source, line, chosen in tiers:
        words = []
        # an English word several lines hold is the word of the line that matches the sentence best overall
        # (the first line to hold it may translate another sentence altogether)
        for ln in sorted(chosen, key=lambda ln: -_shared(ln.text, known, names, numbers)):
            # ``Chapter 3`` over a slide translates the heading's number, never a lost word (Chapter → 本章, 県連)
            if is_chapter_label(ln.text):
                continue
            # a word the sentence says elsewhere is no lost word's, unless the English writes it as one phrase with
            # the intact neighbour's word (*street trees* beside ``街路\ufffd``: 緑化 *tree planting* in the same
            # sentence says *tree*, yet *street* binds *trees* to the gap's compound)
            bound = _phrase_bound(ln.text, neighbours)
            for word, lem in _line_acts(ln.text):
                if not lem.isdisjoint(ln.spoken):
                    # the word is the translated text's (the English title's *Town*: 城下町 of the Japanese title):
                    # it names nothing lost elsewhere (fresh-user trial 68d: 集落 against 集めて, 養成 against 育成)
                    continue
                if (lem.isdisjoint(explained) or word.lower() in bound) \
                        and not any(_sounds(n, word.lower()) for n in names):
                    words.append((word, lem, ln))
        # the talk's other language at large has hundreds of words: there a Japanese word must hold a
        # surviving character of the gap's context, and is not looked up elsewhere in the talk
        found = _japanese_fills(site, doc, words, fills, close=line is not None or source.paired,
                                one_line=source.paired and (line is not None or len(chosen) == 1))
        if not found:
            continue
        if line is not None:
            features, how = {"bilingual_word": 1.0}, "the line that translates this one"
        elif source.paired:
            features, how = {"bilingual_word": 0.5}, "no line of it translates this one word for word"
        else:
            features, how = {"bilingual_deck": 1.0}, "the talk's other language, no line of it a translation of this one"
        # the term each fill's word makes with the intact letters: Sudachi's one token over both (観光都市 of *Tourism
        # City*) first; where no fill makes one, a phrase the English says part by part (交流 + 都市 of *exchange
        # city*, 街路樹 of *street trees*): the dictionary's own compound tells the fills apart, a phrase of a word
        # and its neighbour's only names the word (義妹 *sister-in-law* is *sister* too)
        terms = {}
        if line is not None or source.paired:
            for fill, (japanese, word, _lemma, ln, _where) in found.items():
                terms[fill] = _term(site, fill, japanese, word, ln.text)
            if not any(terms.values()):
                for fill, (japanese, word, _lemma, ln, _where) in found.items():
                    terms[fill] = _phrase_term(site, fill, japanese, word, ln.text)
        # a line chosen among others on two shared words or fewer may translate another sentence: its words rank, and
        # neither contradict nor settle (WEAK_LINK)
        weak = line is not None and len(source.lines) > 1 and not source.translates_paragraph \
            and _shared(line.text, known, names, numbers, line.spoken) <= WEAK_SHARED \
            and not _shares_a_long_number(line.text, numbers)
        # a layout's line beside the gap's that shares no word with its sentence (``参加無\ufffd`` over *Free of
        # charge*) is its translation by position alone: read whole as a paired source (``bilingual_word`` 0.5, what
        # the confidence reads, as before), its words ranked up by the rank-only LAYOUT_WORD
        by_position = line is None and source.by_layout and len(source.lines) == 1
        proposals = []
        # how many fills each English word names here: a word naming many (*countries* → 入国, 全国, 諸国 … beside
        # ``受け\ufffd\ufffdれ``, trial 68d) names none of them, and contradicts no other fill (scoring.vetoes)
        named_by = {}
        for fill, (_japanese, word, _lemma, ln, _where) in found.items():
            named_by.setdefault((word.lower(), ln.number), set()).add(fill)
        # what a line shares with the sentence and where a word's gloss stands whole are the line's and the word's, the
        # same for every fill they name: asked once each (issue 19, point 5: a tier names hundreds of fills)
        shared_of: dict[tuple[str, frozenset], list[str]] = {}
        phrase_of: dict[str, tuple | None] = {}
        for fill, (japanese, word, lemma, ln, where) in found.items():
            where, where_context = where if where else ("", 0)
            shared = shared_of.get((ln.text, ln.spoken))
            if shared is None:
                shared = shared_of[(ln.text, ln.spoken)] = sorted(
                    {w for w, lem in _line_words(ln.text)
                     if (lem | _roots(lem)) & explained and lem.isdisjoint(ln.spoken)})[:4]
            detail = (f"{japanese} translates '{word}' ({_said_as(lemma, word)}) in {source.label}: {quote(ln.text)} "
                      f"(line {ln.number}; {how}" + (f", sharing {', '.join(shared)}" if shared and line is not None else "")
                      + ")")
            feats = dict(features)
            if weak:
                feats[WEAK_LINK] = 1.0
                detail += (f"; a weak link: the line shares {_shared(line.text, known, names, numbers, line.spoken)} "
                           "words with this sentence, so its word ranks and neither settles nor contradicts")
            elif len(named_by[(word.lower(), ln.number)]) <= NAMES_AT_MOST:
                feats[NAMES_FILL] = 1.0
            if feats.get("bilingual_word", 0.0) >= 1.0 and lemma.startswith(ACTION_MARK):
                # an English verb beside a verbal noun glossed by its act's noun (*Agreed* ↔ 合意, 合致: *agreement*):
                # no benchmark measured such matches, and EDICT's noun covers the senses of several verbal nouns
                # (合致 *agreement* is conformity): it proposes and ranks, and neither settles nor vetoes
                feats = {"bilingual_word": 0.5}
                detail += ("; the English verb's act is what the dictionary glosses: weighed as a paired source's "
                           "word, neither settling nor contradicting")
            elif lemma.startswith(DERIVED_MARK):
                # a word the English derives from the fill's word's gloss (*Cultural* ↔ 文化 *culture*): proposed and
                # ranked as a paired source's word, neither settling nor contradicting
                feats = {DERIVED_FEATURE: 1.0}
                detail += (f"; '{word}' is derived from {plain(lemma)}, the word's gloss: offered, weighed by nothing "
                           "(no benchmark measured such a match)")
            elif feats.get("bilingual_word", 0.0) >= 1.0 and lemma in RELATIONS:
                # *between*, *among* … say how the sentence's words relate (間, の間で, 中で), not a kanji's word
                # (行間 *between the lines* beside ``港\ufffd間`` and *Cooperation between the ports*)
                feats = {"bilingual_word": 0.5}
                detail += (f"; '{word}' says a relation, which the sentence's particles and 間 say: weighed as a "
                           "paired source's word, neither settling nor contradicting")
            elif feats.get("bilingual_word", 0.0) >= 1.0 and intact_says(japanese, fill, lemma):
                # the English word is what the intact letters of the fill's word say alone (*Port* ↔ the intact 港 of
                # 港町 beside ``港\ufffd``): it names no fill, so it weighs as a paired source's word, and neither
                # settles nor vetoes (issue 19, trial 49: 町 vetoed 湾, read at 0.987 at five places)
                feats = {"bilingual_word": 0.5}
                detail += (f"; '{word}' is what the intact {_intact_part(japanese, fill)} says alone: weighed as a "
                           "paired source's word, neither settling nor contradicting")
            if len(fill) == 1 and japanese == fill:
                # a one-kanji word standing alone: no benchmark masks one (its masks fall inside words of two
                # characters or more), so it weighs as a paired source's word, and neither settles nor vetoes
                feats = {"bilingual_word": 0.5}
                detail += "; a one-kanji word, the fill alone: weighed as a paired source's word, never settling"
            if japanese not in phrase_of:
                phrase_of[japanese] = _gloss_phrase(japanese, near_first)
            phrase = phrase_of[japanese]
            if phrase is not None and word.lower() not in phrase[0].lower().split():
                # the English word that matched is a far word of the gloss (城下町: *town that developed around a
                # castle* matched *around*): the line that holds its own gloss whole is cited beside it
                said, src, eng = phrase
                detail += f"; its gloss '{said}' stands whole in {src.label}: {quote(eng.text)} (line {eng.number})"
            term = terms.get(fill)
            if term is not None:
                # the English says the fill's word and its intact neighbour as one term (*Industrial City* ↔ 工業|都市)
                feats["bilingual_term"] = 1.0
                detail += f"; {term[0]} translates '{term[1]}' whole, its {term[2]} written intact beside the gap"
            if where:
                detail += f"; {where}"
                # the fill stands in the talk with the gap's context: a repetition the translation points at
                feats.update({"rep_context": float(where_context), "rep_hits": 1.0})
            elif (line is not None or source.paired) and len(japanese) > len(fill):
                written = _written_in_talk(doc, japanese)
                if written:
                    # the word the English names, the fill and the intact letters beside the gap, stands whole in
                    # the talk (観光 in 観光客 beside *Tourism*): it ranks the fill, as a word written whole near
                    # the gap does, and no confidence reads it (``near_word``, scoring.near_word_reading)
                    feats["near_word"] = 1.0
                    detail += f"; {japanese} is written whole in the talk ({written}): ranked up, never committed on it alone"
            if by_position:
                # the layout's line beside the gap's, though it shares no word with it: its word ranks the fill
                # (rank-only: scoring.RANK_ONLY), as a line aligned on a shared word does through bilingual_word
                feats[LAYOUT_WORD] = 1.0
                detail += "; the layout sets that line beside this one: ranked up, never committed on it alone"
            proposals.append(Proposal(fill=fill, kind="bilingual", detail=detail, features=feats))
        return proposals
    return []


def _aligned_first(tiers: list, shares) -> list:
    """``tiers`` (source, aligned line or ``None``, lines read) with, in each run of sources of one group
    (:attr:`Source.group`: the slides linked to one section), the tiers of an aligned line first, the line sharing
    most with the gap's sentence (``shares``: line → count, :func:`_shared`) first among them, as within one source;
    then those of a source read whole; otherwise in their order. The first tier that yields a fill is used, so a
    linked slide that says less of the gap's sentence (trial 67c: *Earthquake-resistant quays*, read whole, beside
    ``これまでに４０か国以上から\ufffd\ufffd員を受け入れた``) had spoken before the linked slide that translates it
    (*Trainees from over 40 countries*).

    >>> a, b = Source((Line("Online lectures", 1),), "slide 3", True, "en", "g"), Source((Line("800 students", 2),), "slide 4", True, "en", "g")
    >>> [(t[0].label, t[1] is not None) for t in _aligned_first([(a, a.lines[0], a.lines), (a, None, a.lines),
    ...     (b, b.lines[0], b.lines), (b, None, b.lines)], lambda ln: ln.number)]
    [('slide 4', True), ('slide 3', True), ('slide 3', False), ('slide 4', False)]
    """
    out, k = [], 0
    while k < len(tiers):
        group = tiers[k][0].group
        end = k + 1
        while group and end < len(tiers) and tiers[end][0].group == group:
            end += 1
        run = tiers[k:end]
        out += sorted((t for t in run if t[1] is not None), key=lambda t: -shares(t[1])) if group else \
            [t for t in run if t[1] is not None]
        out += [t for t in run if t[1] is None]
        k = end
    return out


def _written_in_talk(doc: Document, word: str) -> str:
    """Where ``word`` stands whole in the talk (inside one of Sudachi's tokens of its line: 観光 in 観光客, not
    across two words), the first place; else ''.

    >>> _written_in_talk(Document.from_text("3．\ufffd光との連携\\n観光客の利用が多い。"), "観光")
    '観光客 at line 2'
    >>> _written_in_talk(Document.from_text("今夜光る星"), "夜光")
    ''
    """
    for ln, at in doc.occurrences(word):
        for b, e, surface in _tokens(ln.text):
            if b <= at and at + len(word) <= e and GAP not in surface:
                return f"{surface} at line {ln.line_at(b)}"
    return ""


def _gloss_phrase(japanese: str, sources) -> tuple[str, Source, Line] | None:
    """The first line of ``sources`` (nearest first) where two or more of ``japanese``'s gloss words, consecutive
    in EDICT's order from its first, stand as adjacent words (*Castle Town* for 城下町, *castle town …*): the
    English that translates the word itself. The words as the line writes them, the source and the line.

    >>> found = _gloss_phrase("城下町", [Source((Line("Priority district around the castle", 4),
    ...                                             Line("Castle Town Streetscape", 5)), "slide 3", True)])
    >>> found[0], found[2].number
    ('Castle Town', 5)
    """
    from pipeline.glosses import english_words

    ordered = english_words(japanese)
    if len(ordered) < 2:
        return None
    for source in sources:
        if len(source.lines) <= SMALL_SOURCE:
            # a source of a line or two (a line's other half, a layout's line) is read line by line: an index of
            # its lemmas, made anew for each gap's tuple, would cost more than it saves
            for ln in source.lines:
                said = _phrase_in_line(japanese, ln.text)
                if said:
                    return said, source, ln
            continue
        # only a line holding both first gloss words can say the phrase (:func:`_phrase_in_line`): those are
        # looked up, not every line of the deck for every fill proposed
        index = _lemma_lines(source.lines)
        first, second = index.get(ordered[0], ()), index.get(ordered[1], ())
        for i in sorted(set(first).intersection(second)) if first and second else ():
            ln = source.lines[i]
            said = _phrase_in_line(japanese, ln.text)
            if said:
                return said, source, ln
    return None


SMALL_SOURCE = 2
"""Lines a source holds at most to be read line by line by :func:`_gloss_phrase`, with no lemma index."""
PHRASE_INDEXES = 64
"""Line tuples whose lemma index :func:`_lemma_lines` remembers (a talk's sources: its slides, titles, deck)."""
_phrase_indexes: dict[int, tuple[tuple[Line, ...], dict[str, tuple[int, ...]]]] = {}


def _lemma_lines(lines: tuple[Line, ...]) -> dict[str, tuple[int, ...]]:
    """Lemma → the positions of the ``lines`` holding a word with that lemma (:func:`_line_lemmas`), in order.
    Remembered per tuple (by identity: the talk's sources are the same tuples gap after gap; the tuple is kept
    with its index, so its identity is not reused); a gap's proposals each ask for their gloss phrase in them.

    >>> lines = (Line("Castle Town", 1), Line("the town hall", 2))
    >>> _lemma_lines(lines)["town"], _lemma_lines(lines)["castle"]
    ((0, 1), (0,))
    """
    found = _phrase_indexes.get(id(lines))
    if found is not None and found[0] is lines:
        return found[1]
    index: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        for lemma in _line_lemmas(ln.text):
            index.setdefault(lemma, []).append(i)
    out = {lemma: tuple(at) for lemma, at in index.items()}
    if len(_phrase_indexes) >= PHRASE_INDEXES:
        _phrase_indexes.clear()
    _phrase_indexes[id(lines)] = (lines, out)
    return out


@functools.lru_cache(maxsize=1 << 12)
def _line_lemmas(text: str) -> frozenset[str]:
    """Every lemma of every word of an English line (:func:`pipeline.glosses.lemmas`), read once per line: most
    lines asked for a word's gloss phrase hold not even its first two gloss words."""
    from pipeline.glosses import lemmas

    return frozenset(f for m in WORD.finditer(text) for f in lemmas(m.group(0)))


@functools.lru_cache(maxsize=1 << 14)
def _phrase_in_line(japanese: str, text: str) -> str:
    """The words of ``text`` that say ``japanese``'s first gloss words in order, two or more adjacent; else ''."""
    from pipeline.glosses import english_words, lemmas

    ordered = english_words(japanese)
    said = _line_lemmas(text)
    if len(ordered) < 2 or ordered[0] not in said or ordered[1] not in said:
        return ""  # the phrase needs both its first words (the callers ask only of words with two glosses or more)
    tokens = list(WORD.finditer(text))
    for i, m in enumerate(tokens):
        if ordered[0] not in lemmas(m.group(0)):
            continue
        j, k = i, 1
        while (j + 1 < len(tokens) and k < len(ordered) and re.fullmatch(r"[\s-]+", text[tokens[j].end():tokens[j + 1].start()])
               and ordered[k] in lemmas(tokens[j + 1].group(0))):
            j, k = j + 1, k + 1
        if k >= 2:
            return text[m.start():tokens[j].end()]
    return ""


def _neighbour_glosses(site: Site) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The English lemmas the intact words of :data:`WORD_BESIDE` letters or more in the kanji or katakana run touching
    the gap gloss: of the run on its left, of the run on its right (``街路\ufffdの下``: *street*, *road*, *avenue* and
    nothing); a one-letter piece's are left out there (alone it glosses the compound's own sense: 港 *port* of 港湾).
    Third, what every piece of either run glosses, one letter or more (:func:`beside_glosses`): what the intact letters
    may say themselves."""
    left, right = _compound_parts(site)
    return _pieces_glosses(left, WORD_BESIDE), _pieces_glosses(right, WORD_BESIDE), beside_glosses(site)


_PHRASE_GAP = re.compile(r"[ \t-]+")
"""What may stand between two English words of one phrase: spaces or a hyphen (not a comma, a stop, a bracket)."""


@functools.lru_cache(maxsize=1 << 12)
def _phrase_bound(text: str, neighbours: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The words of the English line ``text`` (lower case) that it writes as one phrase with a word the gap's intact
    neighbours gloss (``neighbours``: :func:`_neighbour_glosses`), on the neighbour's side and in the Japanese order:
    directly after a word the left run glosses (*street* **trees** for ``街路\ufffd``), directly before one the right
    run glosses (**friendship** *city* for ``\ufffd\ufffd都市``); never a word an intact letter beside the gap glosses
    itself (the third of ``neighbours``: *Sendai* **City** is 仙台市 whole beside ``仙台市\ufffd\ufffd情報部長``, its 市
    *city*). Japanese writes a compound's modifier first, as English writes a noun phrase's.

    >>> sorted(_phrase_bound("Under street trees, daytime was cooler", (frozenset({"street"}), frozenset())))
    ['trees']
    >>> sorted(_phrase_bound("its friendship city, Jeonju", (frozenset(), frozenset({"city"}))))
    ['friendship']
    >>> sorted(_phrase_bound("the street. Trees grow", (frozenset({"street"}), frozenset())))
    []
    >>> sorted(_phrase_bound("Sendai City", (frozenset({"sendai"}), frozenset(), frozenset({"sendai", "city"}))))
    []
    """
    from pipeline.glosses import lemmas

    before, after = neighbours[:2]
    said_intact = neighbours[2] if len(neighbours) > 2 else frozenset()
    if not before and not after:
        return frozenset()
    tokens = list(WORD.finditer(text))
    said = [lemmas(t.group(0)) for t in tokens]
    out = set()
    for i in range(len(tokens) - 1):
        if not _PHRASE_GAP.fullmatch(text[tokens[i].end():tokens[i + 1].start()]):
            continue
        if said[i] & before and not said[i + 1] & (before | said_intact):
            out.add(tokens[i + 1].group(0).lower())
        if said[i + 1] & after and not said[i] & (after | said_intact):
            out.add(tokens[i].group(0).lower())
    return frozenset(out)


def _term(site: Site, fill: str, japanese: str, word: str, text: str) -> tuple[str, str, str] | None:
    """The term the fill's word makes with the intact letters beside the gap, where the English line says both
    its words side by side in the same order: Sudachi reads the filled window's word over the fill and a
    neighbour as one token (工業都市 in ``との工業都市提携``; 兄弟都市 is two), the fill's ``japanese`` word is the
    token's front or back, the rest stands intact beside the gap and glosses the English word next to ``word``
    (*Industrial City*: 工業 *industrial*, 都市 *city*). The term, the English words, the intact part; else None.

    >>> _term(Site("との\ufffd\ufffd都市提携", 2, 4), "工業", "工業", "Industrial", "Industrial City Partnership")
    ('工業都市', 'Industrial City', '都市')
    >>> _term(Site("との\ufffd\ufffd都市提携", 2, 4), "兄弟", "兄弟", "Industrial", "Industrial City Partnership")
    """
    from pipeline.glosses import lemmas

    tokens = list(WORD.finditer(text))
    # no English word beside ``word`` that the intact letters gloss: no term (and no Sudachi call)
    beside = beside_glosses(site)
    if not any(lemmas(tokens[k].group(0)) & beside for i, t in enumerate(tokens) if t.group(0).lower() == word.lower()
               for k in (i - 1, i + 1) if 0 <= k < len(tokens)):
        return None
    left, right = site.left[-4:], site.right[:4]
    a, b = len(left), len(left) + len(fill)
    window = left + fill + right
    table = glosses()
    for m in resources.tokenizer().tokenize(window):
        tb, te = m.begin(), m.end()
        if not (tb <= a and b <= te and te - tb > len(fill)):
            continue
        token = m.surface()
        for front in (True, False):
            if not token.startswith(japanese) if front else not token.endswith(japanese):
                continue
            rest = token[len(japanese):] if front else token[:len(token) - len(japanese)]
            # the rest must stand intact beside the gap, not reach into the fill
            if not rest or (front and tb + len(japanese) < b) or (not front and te - len(japanese) > a):
                continue
            said = table.get(rest, frozenset())
            for i, t in enumerate(tokens):
                if t.group(0).lower() != word.lower():
                    continue
                k = i + 1 if front else i - 1
                if not 0 <= k < len(tokens):
                    continue
                x, y = (t, tokens[k]) if front else (tokens[k], t)
                if re.fullmatch(r"[\s-]+", text[x.end():y.start()]) and lemmas(tokens[k].group(0)) & said:
                    return token, text[x.start():y.end()], rest
    return None


def _phrase_term(site: Site, fill: str, japanese: str, word: str, text: str) -> tuple[str, str, str] | None:
    """:func:`_term` where Sudachi reads no one token over the fill and its neighbour: the fill's word ``japanese``
    and an intact word beside it, of :data:`WORD_BESIDE` letters or more, inside ``japanese`` (街路 of 街路樹 over
    ``街路\ufffd``) or directly after or before it in the gap's compound (都市 after 交流 over ``\ufffd\ufffd都市``),
    are said by two adjacent English words in the Japanese order (*street trees*, *exchange city*): the English
    translates the compound part by part. The term, the English words, the intact part; else None.

    >>> _phrase_term(Site("との\ufffd\ufffd都市の", 2, 4), "交流", "交流", "exchange", "its exchange city, Jeonju")
    ('交流都市', 'exchange city', '都市')
    >>> _phrase_term(Site("観測の結果、街路\ufffdの下", 8, 9), "樹", "街路樹", "trees", "Under street trees, daytime")
    ('街路樹', 'street trees', '街路')
    >>> _phrase_term(Site("との\ufffd\ufffd都市の", 2, 4), "交流", "交流", "exchange", "exchange and the city")
    >>> _phrase_term(Site("室蘭市と大邱市の港\ufffd交流", 9, 10), "町", "港町", "Port", "Port Exchange between Muroran")
    """
    from pipeline.glosses import lemmas

    at = japanese.find(fill)
    # a word the intact letters say alone names no fill (*Port* beside ``港\ufffd交流``: 港町 *port town*, and 港湾
    # *harbour* is 港 too; :func:`intact_says`): nor does the phrase it makes with the next word (*Port Exchange*)
    if any(intact_says(japanese, fill, lem) for lem in lemmas(word)):
        return None
    table = glosses()
    # the English word is the first gloss of the fill's word, or of the fill alone where the word holds intact letters
    # (街路樹's *tree* is 樹's): a far sense names dozens of words (兄弟 *siblings … sister*, 景色 *scenery, scene,
    # landscape*), and a phrase of two words each naming several of them tells them apart no better than one word
    firsts = {english_words(w)[0] for w in {japanese, fill} if english_words(w)}
    if at < 0 or not lemmas(word) & firsts:
        return None
    before, after = japanese[:at], japanese[at + len(fill):]
    if not site.left.endswith(before) or not site.right.startswith(after):
        return None
    run_left, run_right = _compound_parts(site)
    # the intact word on each side: inside the fill's word, else the compound's next word outside it
    sides = []
    if before:
        sides.append((True, before, japanese))
    elif run_left:
        outside = next((run_left[i:] for i in range(len(run_left) - WORD_BESIDE + 1) if run_left[i:] in table), "")
        if outside:
            sides.append((True, outside, outside + japanese))
    if after:
        sides.append((False, after, japanese))
    elif run_right:
        outside = next((run_right[:j] for j in range(len(run_right), WORD_BESIDE - 1, -1) if run_right[:j] in table), "")
        if outside:
            sides.append((False, outside, japanese + outside))
    tokens = list(WORD.finditer(text))
    for left_side, intact, term in sides:
        said = _pieces_glosses(intact, WORD_BESIDE)
        if not said:
            continue
        for i, t in enumerate(tokens):
            if t.group(0).lower() != word.lower():
                continue
            k = i - 1 if left_side else i + 1
            if not 0 <= k < len(tokens):
                continue
            x, y = (tokens[k], t) if left_side else (t, tokens[k])
            if _PHRASE_GAP.fullmatch(text[x.end():y.start()]) and lemmas(tokens[k].group(0)) & said \
                    and not lemmas(t.group(0)) & said:
                return term, text[x.start():y.end()], intact
    return None


WORD_REACH = 4
"""Characters of context on either side in which a dictionary word over a fill is looked for (:func:`cover`)."""


@dataclass(frozen=True)
class Cover:
    """How much of a translating English line a fill's dictionary word says: ``words`` of the line's content words
    (``line``) glossed by ``japanese``, the word over the fill that glosses most of them."""
    words: int
    japanese: str = ""
    line: str = ""
    where: str = ""
    """Where the talk translates ``japanese`` itself, when no dictionary does (:func:`talk_translation`)."""


def cover(site: Site, doc: Document, fills: list[str]) -> dict[str, Cover]:
    """For each of ``fills``: how many content words of an English line that translates the gap's line (the lines
    that give ``bilingual_word`` 1.0, :func:`_aligned`) the dictionary word the fill makes glosses, the most over
    those lines and over the words that overlap the fill (EDICT's words of the fill and up to :data:`WORD_REACH`
    characters around it, and Sudachi's reading), by what the fill adds to the word (:func:`fill_glosses`). *World
    Heritage Sites* beside ``世界\ufffd産``: 遺 makes 世界遺産, which adds *heritage* to the intact 世界's *world* (1); 一
    makes 世界一, which adds *best*, a word the line does not say (0).

    >>> doc = Document.of_lines([Line("世界\ufffd産を目当てに訪れる観光客", 1)])
    >>> doc.sources = {1: (Source((Line("World Heritage Sites", 2),), "a linked slide", True),)}
    >>> found = cover(Site("世界\ufffd産を目当てに訪れる観光客", 2, 3, 1), doc, ["遺", "一"])
    >>> found["遺"].words, found["遺"].japanese, found["一"].words, found["一"].japanese
    (1, '世界遺産', 0, '')
    """
    out = {fill: Cover(0) for fill in fills}
    if site.script != "ja" or not glosses():
        return out
    known, names, numbers = _sentence_facts(site)
    table = glosses()
    left, right = site.left[-WORD_REACH:], site.right[:WORD_REACH]
    beside = beside_glosses(site)  # what a word on the fill alone says again of the intact neighbour is not counted
    words_beside = beside_glosses(site, WORD_BESIDE)  # nor what a word reaching over the neighbour says of it
    for source in doc.sources_for(site, english=False):
        line = _aligned(source.lines, known, names, 1 if source.paired else MIN_SHARED, numbers) if source.lines else None
        if line is None or is_chapter_label(line.text):
            continue
        said = {w.lower(): lem for w, lem in _line_acts(line.text) if lem.isdisjoint(line.spoken)}
        for fill in fills:
            window, a, b = left + fill + right, len(left), len(left) + len(fill)
            words = {window[i:j] for i in range(b) for j in range(max(i + 2, a + 1), len(window) + 1)}
            words = (words | set(_formed(window, a, b))) & table.keys()
            for japanese in sorted(words, key=lambda w: (-len(w), w)):
                glossed = fill_glosses(japanese, fill, beside, words_beside)
                n = sum(1 for lem in said.values() if not lem.isdisjoint(glossed))
                if n > out[fill].words:
                    out[fill] = Cover(n, japanese, line.text.strip())
            # the compound the fill makes with its intact neighbours, as the talk itself translates it elsewhere
            found = talk_translation(site, doc, fill, said, line)
            if found.words > out[fill].words:
                out[fill] = replace(found, line=line.text.strip())
    return out


def _compound_parts(site: Site) -> tuple[str, str]:
    """The intact kanji or katakana touching the gap (up to three a side, :data:`_WORD_PIECE`): with a fill, the
    compound the gap stands in (``景\ufffd計画`` → ``景``, ``計画``)."""
    left = re.search(f"(?:{_WORD_PIECE.pattern})$", site.left)
    right = _WORD_PIECE.match(site.right)
    return (left.group(0) if left else ""), (right.group(0) if right else "")


def talk_translation(site: Site, doc: Document, fill: str, said: dict[str, frozenset[str]],
                     translating: Line | None = None) -> Cover:
    """How many words of the gap's translating line (``said``: word → lemmas) the compound a fill makes with its
    intact neighbours says, as the talk translates that compound where it stands whole: a line of the English
    paired with that place (its linked slide, its other title; in a text without pairs, the line of the document's
    English that translates its sentence) holds a word the intact neighbour glosses, and with it the gap line's
    words it holds are the compound's words. The dictionary may gloss the compound's fill word by another sense
    than the slide's (景観 is *scenery*, 景色 *landscape*); the talk writing 景観計画 whole under *Landscape Plan*
    says what 景観計画 is in this talk. Nothing where the compound stands nowhere whole, or no line beside it holds
    the neighbour's word (what anchors that line to the compound); the gap's own translating line (``translating``)
    is no other place's translation (a compound written whole in the gap's own piece shares its English).

    >>> doc = Document.of_lines([Line("2. 景観計画の策定", 1), Line("今後は景\ufffd計画を見直す。", 2)])
    >>> doc.sources = {1: (Source((Line("Landscape Plan", 3),), "slide 1, linked to section 2", True),)}
    >>> said = {"landscape": frozenset({"landscape"}), "planning": frozenset({"plan", "planning"})}
    >>> talk_translation(Site("今後は景\ufffd計画を見直す。", 4, 5, 2), doc, "観", said)
    Cover(words=2, japanese='景観計画', line='Landscape Plan', where='景観計画 at line 1, beside slide 1, linked to section 2: Landscape Plan')
    >>> talk_translation(Site("今後は景\ufffd計画を見直す。", 4, 5, 2), doc, "色", said).words
    0
    """
    a, b = _compound_parts(site)
    compound = a + fill + b
    if not (a or b) or not re.fullmatch(f"[{KANJI}{KATAKANA}]+", fill):
        return Cover(0)
    # what the intact neighbours gloss: an English line holding one of these words translates the compound
    anchors = beside_glosses(site)
    if not anchors:
        return Cover(0)
    best = Cover(0)
    for ln, at in doc.occurrences(compound):
        occurrence = Site(ln.text, at, at + len(compound), ln.number)
        known, names, numbers = _sentence_facts(occurrence)
        for source in doc.sources_for(occurrence, english=False):
            if not source.lines:
                continue
            if source.paired:
                lines = source.lines
            else:
                aligned = _aligned(source.lines, known, names, MIN_SHARED, numbers)
                lines = (aligned,) if aligned is not None else ()
            # the English paired with that place (every linked slide), else the line translating its sentence
            for english in lines:
                if is_chapter_label(english.text) or english == translating:
                    continue
                held = frozenset().union(*(lem for _, lem in _line_acts(english.text))) \
                    if _line_words(english.text) else frozenset()
                if not held & anchors:
                    continue
                n = sum(1 for lem in said.values() if lem & held)
                if n > best.words:
                    best = Cover(n, compound, english.text.strip(),
                                 f"{compound} at line {ln.line_at(at)}, beside {source.label}: {english.text.strip()}")
            if not source.paired:
                break  # the other language at large: the one line that translates the place's sentence
    return best


def _stems(word: str) -> list[str]:
    """The word and, for one that inflects, its stem without the trailing kana (広げる → 広げ, 広).

    >>> _stems("広げる"), _stems("実験")
    (['広げる', '広げ', '広'], ['実験'])
    """
    out = [word]
    tail = _HIRAGANA.search(word)
    if tail and tail.start() > 0:
        for cut in range(len(word) - 1, tail.start() - 1, -1):
            out.append(word[:cut])
    return out


@functools.lru_cache(maxsize=1 << 14)
def _all_stems(word: str) -> tuple[str, ...]:
    return tuple(_stems(word))


@functools.lru_cache(maxsize=1 << 12)
def _sorted(lemmas: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(lemmas))


def _fits(site: Site, word: str, overlap: bool = False) -> list[str]:
    """The fills that put (a stem of) ``word`` over the gap, its other characters matching the context.

    >>> _fits(Site("理科実\\ufffd", 3, 4), "実験"), _fits(Site("交流を\\ufffdげた", 3, 4), "広げる")
    (['験'], ['広'])
    """
    n = site.length
    left, right = site.left, site.right
    out = []
    for stem in _all_stems(word):
        for k in range(len(stem) - n + 1):
            before, fill, after = stem[:k], stem[k:k + n], stem[k + n:]
            if before and not left.endswith(before):
                continue
            if after and not right.startswith(after):
                continue
            if overlap and not before and not after:
                continue
            if fill not in out:
                out.append(fill)
    return out


def _glossed(readings: dict[str, tuple[str, ...]], left: str, fill: str, right: str) -> tuple[str, ...]:
    """The surfaces and dictionary forms of the tokens of two characters or more that overlap ``fill`` read
    between ``left`` and ``right``, those the dictionary glosses (no other can translate an English word), in
    order. ``readings`` remembers them per fill for one context (:func:`_readings`)."""
    found = readings.get(fill)
    if found is None:
        words = glosses().keys()
        window = left + fill + right
        found = readings[fill] = tuple(sys.intern(t) for t in _formed(window, len(left), len(left) + len(fill))
                                       if t in words)
    return found


def _readings(doc: Document, left: str, right: str) -> dict[str, tuple[str, ...]]:
    """Where the readings of fills between ``left`` and ``right`` are remembered: in ``doc.windows``, shared by
    the documents of one restore call. Every candidate of a gap is read in its window, a Sudachi call each,
    and the gap is read again in the line's second round and the document's second pass. Past
    :data:`READ_CONTEXTS` contexts, a new one's readings are kept for the one gap only."""
    found = doc.windows.get((left, right))
    if found is None:
        found = {}
        if len(doc.windows) < READ_CONTEXTS:
            doc.windows[(left, right)] = found
    return found


def _formed(window: str, left: int, end: int) -> list[str]:
    """Surfaces and dictionary forms of the tokens of two characters or more that overlap the fill ``window[left:end]``;
    not a verb read directly before する (:func:`_before_suru`: no Japanese phrase).

    >>> _formed("についても合意した。", 5, 7), _formed("についても合うした。", 5, 7), _formed("をお願いした", 2, 4)
    (['合意', '合意'], [], ['願い', '願う'])
    """
    out = []
    tokens = list(resources.tokenizer().tokenize(window))
    for i, m in enumerate(tokens):
        b, e = m.begin(), m.end()
        if b < end and e > left and e - b >= 2 and not _before_suru(tokens[i - 1] if i else None, m,
                                                                    tokens[i + 1] if i + 1 < len(tokens) else None):
            out += [m.surface(), m.dictionary_form()]
            # a compound's parts (利用件数 → 利用, 件数): the English names the part
            for part in (m.split(SplitMode.A) if e - b > 2 else ()):
                pb, pe = part.begin(), part.end()
                if pb < end and pe > left and pe - pb >= 2:
                    out += [part.surface(), part.dictionary_form()]
    return out


def _before_suru(before, m, after) -> bool:
    """Sudachi read the verb ``m`` directly before a form of する (``after``): a reading of no Japanese phrase (合うした,
    決めした), which a stray kana before した forces on it. A verb joins する through a particle (見もする, 読みはする)
    or as a noun (一休みする), never directly, but after the honorific prefix (お願いした, Sudachi's 願う; ``before``); a
    verbal noun (合意した) is a noun.

    Why (issue 19, trial 52c): ``合\ufffdした`` beside *Agreed on shared shelters* read う as 合う (*agree*), and the
    English "supported う against 致" (合致): the gap was held at a tie's confidence by a fill no reader would write.
    """
    return (after is not None and m.part_of_speech()[0] == "動詞" and after.dictionary_form() == "する"
            and after.part_of_speech()[0] == "動詞" and not (before is not None and before.part_of_speech()[0] == "接頭辞"))


def _anchored(site: Site, doc: Document, word: str) -> dict[str, tuple[str, int]]:
    """Fills that contain ``word`` where it stands in the talk with the gap's context around it
    (fill → where, and how many characters of context match).

    >>> doc = Document.from_text("この旧庁舎の耐震改修にあたって")
    >>> _anchored(Site("旧庁舎の\\ufffd\\ufffd\\ufffd\\ufffd", 4, 8, line=9), doc, "耐震")
    {'耐震改修': ('旧庁舎の耐震改修にあ at line 1', 4)}
    """
    n = site.length
    left, right = site.left[-ANCHOR:], site.right[:1]
    if len(left) < ANCHOR and not right:
        return {}
    out: dict[str, str] = {}
    for ln, at in doc.occurrences(word):
        if ln.number == site.line and ln.text == site.text:
            continue
        for k in range(n - len(word) + 1):
            p = at - k
            fill = ln.text[p: p + n] if p >= 0 else ""
            if len(fill) != n or GAP in fill or "\n" in fill:
                continue
            if ln.text[max(0, p - len(left)):p] != left or ln.text[p + n: p + n + len(right)] != right:
                continue
            context = _common_suffix(site.left, ln.text[:p]) + len(os.path.commonprefix([site.right, ln.text[p + n:]]))
            out.setdefault(fill, (f"{ln.text[max(0, p - len(left) - 2):p]}{fill}{ln.text[p + n: p + n + 2]} "
                                  f"at line {ln.line_at(p)}", min(context, 12)))
    return out


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


@dataclass(frozen=True)
class _LemmaWords:
    words: tuple[str, ...]
    chars: frozenset[str]
    shortest: int
    kanji: tuple[str, ...] = ()  # the one-kanji words (port → 港, 津, 湊): too loose to fit a gap by themselves


MAIN_GLOSSES = 3
"""The gloss words, in EDICT's order, that say a one-kanji word's main sense (糸: *thread*, *yarn*, *string*; 山
glosses *thread*, of a screw, eighth): only these let an English word propose the kanji alone (:func:`_alone`)."""


CLOSING_MARKS = frozenset("、。，．・」』）)")
"""Marks after which a noun standing alone ends its phrase (:func:`_alone`)."""
CASE_PARTICLES = (("助詞", "格助詞"), ("助詞", "係助詞"))
"""What follows a noun standing alone (Sudachi's part of speech): ``糸の``, ``港に``, ``本は``; not ``て`` or ``つ``,
which Sudachi reads after a stray kanji where a verb's ending goes on (:func:`_alone`)."""


@functools.lru_cache(maxsize=1 << 12)
def _alone(left: str, kanji: str, right: str) -> bool:
    """``kanji`` between ``left`` and ``right`` is a noun of its own (``糸`` in ``糸の選び方``): no kanji or katakana
    touches it (beside one it is as often a piece of a compound, ``毛糸``, ``講座``), Sudachi reads it as one token,
    a noun, and a case or binding particle (:data:`CASE_PARTICLES`: の, を, に, は …), a Japanese mark that ends a
    phrase (:data:`CLOSING_MARKS`) or the end of the text follows. Before kana that go on as a verb's or an
    adjective's ending (``\ufffdき込み``, ``\ufffdなくとも``, ``\ufffdつ``, ``\ufffdて``) the lost kanji is a stem, and
    Sudachi reads a stray kanji there as a noun all the same: over the translation benchmark's message catalogues
    (a single kanji masked inside a longer word, beside its English line), 113 proposals of 600 masks, none right,
    where only a noun was asked for; 8, none right, where any particle might follow; none where only these. Before
    a TeX command (``における\ufffd\\zw``) a line of code's *frame* proposed 枠.

    >>> _alone("", "糸", "の選び方"), _alone("毛", "糸", "の選"), _alone("堆肥づくり講", "円", "")
    (True, False, False)
    >>> _alone("情報を", "杖", "き込み"), _alone("が", "洗", "れた"), _alone("における", "枠", "\\\\zw")
    (False, False, False)
    """
    if _CONTENT.match(left[-1:]) or _CONTENT.match(right[:1]):
        return False
    a = len(left)
    tokens = list(resources.tokenizer().tokenize(left + kanji + right))
    for i, m in enumerate(tokens):
        if m.begin() == a and m.end() == a + len(kanji):
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            return m.part_of_speech()[0] == "名詞" and (after is None or after.surface() in CLOSING_MARKS
                                                      or tuple(after.part_of_speech()[:2]) in CASE_PARTICLES)
    return False


@functools.lru_cache(maxsize=1 << 14)
def _lemma_words(lemma: str) -> _LemmaWords:
    """The Japanese words (two characters or more) an English lemma names, commonest first
    (:data:`WORDS_PER_LEMMA` at most), with their characters and the length of the shortest stem: a word
    can fit a gap only where it holds a character of the context, or is the gap itself."""
    if lemma.startswith(ACTION_MARK):
        # an act's noun names the verbal nouns it glosses (*agreement* → 合意, 合致; not 条約 *agreement, treaty*)
        named = tuple(w for w in by_lemma().get(plain(lemma), ()) if verbal_noun(w))[:WORDS_PER_LEMMA]
    else:
        named = by_lemma().get(lemma, ())[:WORDS_PER_LEMMA]
    words = tuple(w for w in named if len(w) >= 2 and JA_LETTER_RE.search(w))
    shortest = min((len(stem) for w in words for stem in _stems(w)), default=0)
    kanji = tuple(w for w in named if len(w) == 1 and KANJI_RE.match(w) and not lemma.startswith(ACTION_MARK))
    return _LemmaWords(words, frozenset("".join(words)), shortest if words else 1 << 30, kanji)


def _support(readings: dict, fills: list[str], left: str, right: str, by_english: dict[str, tuple],
             found: dict[str, tuple], beside: frozenset[str] = frozenset(),
             words_beside: frozenset[str] = frozenset()) -> None:
    """Into ``found``: each of ``fills`` (between ``left`` and ``right``) that Sudachi reads as part of a word
    whose gloss is one of the English lemmas (``by_english``), with that word, the English word and its lemma; only
    by what the fill adds to the word (:func:`fill_glosses`, ``beside`` and ``words_beside``)."""
    if not by_english:
        return  # no lemma to support (the fills' readings are made when asked for)
    english = set(by_english)
    # what a token must gloss for fill_glosses to meet an English lemma: the lemma, or for an act's noun the noun
    # itself (fill_glosses returns a part of the token's glosses and, for a verbal noun, that part marked). Most
    # tokens gloss none of the few lemmas, and are passed by one set test, not by fill_glosses' differences of
    # sets (issue 19, point 5: a tenth of the translation's support on `make bench`'s documents)
    wanted = english | {lemma[1:] for lemma in english if lemma.startswith(ACTION_MARK)}
    table = glosses()
    for fill in fills:
        if not JA_LETTER_RE.search(fill):
            continue
        for token in _glossed(readings, left, fill, right):
            if table[token].isdisjoint(wanted):  # every token _glossed gives is in the table
                continue
            hit = fill_glosses(token, fill, beside, words_beside) & english
            if hit:
                # a lemma the fill's own part says before one the intact letters of its word say (植樹 beside *Tree
                # planting*: *tree*, not *plant*, which the intact 植 glosses: :func:`intact_says`)
                own = {lemma for lemma in hit if not intact_says(token, fill, lemma)}
                # a word's own lemma before an act's noun (:data:`ACTION_MARK`, weighed less)
                first = min(own or hit, key=lambda lemma: (lemma.startswith(ACTION_MARK), lemma))
                word, _, ln = by_english[first]
                found[fill] = (token, word, first, ln, "")
                break


def _japanese_fills(site: Site, doc: Document, words: list, fills: list[str], close: bool = True,
                    one_line: bool = False) -> dict[str, tuple]:
    """fill → (the Japanese word, the English word, its lemma, the English line, where the talk has the fill).

    ``close``: the words come from the line or the source that translates the gap's piece; else a Japanese
    word must hold a surviving character around the gap and is not looked up elsewhere in the talk. ``one_line``:
    they come from one line of a paired source that translates the gap's (its aligned line, or a paired source of
    one line: the other half of the gap's own line, the line under it), where a one-kanji word may fill a gap alone
    (:func:`_alone`). Not a line of the document's English at large that shares two words with the gap's sentence:
    a TeX manual's line of code sharing *height* and *width* proposed 枠 from ``\\frame``.
    """
    left, right = site.left[-4:], site.right[:4]  # the window Sudachi reads each fill in (site.window(fill, 4))
    found: dict[str, tuple] = {}
    unique: dict[str, tuple] = {}
    for word, lem, ln in words:
        unique.setdefault(word.lower(), (word, lem, ln))
    by_english: dict[str, tuple] = {}
    for word, lem, ln in unique.values():
        for lemma in lem:
            by_english.setdefault(lemma, (word, lem, ln))
    # support: what the other providers proposed, read with its context (one reading per fill)
    readings = _readings(doc, left, right)
    beside = beside_glosses(site)
    words_beside = beside_glosses(site, WORD_BESIDE)
    _support(readings, fills, left, right, by_english, found, beside, words_beside)
    near = site.left[-1:] + site.right[:1]
    # every English word's own lemmas first, then the acts its verbs name (weighed less: a fill found by both is its
    # own lemma's)
    for word, lem, ln, lemma in [(word, lem, ln, lemma) for marked in (False, True) for word, lem, ln in unique.values()
                                 for lemma in _sorted(lem) if lemma.startswith(ACTION_MARK) == marked]:
        # proposals: Japanese words the English word's lemmas name
        candidates = _lemma_words(lemma)
        if one_line and site.length == 1 and plain(lemma) not in beside:
            # a one-kanji word whose first sense the English word names, where the fill stands alone as a word
            # (``\ufffdの選び方`` beside *Choosing the Thread*: 糸), from the one line that translates the gap's
            # (not a slide read whole); weighed as a paired source's word (below)
            for japanese in candidates.kanji:
                if japanese not in found and lemma in english_words(japanese)[:MAIN_GLOSSES] \
                        and _alone(left, japanese, right):
                    found[japanese] = (japanese, word, lemma, ln, "")
        if not (close and (candidates.shortest <= site.length or site.length > 1)) and not any(
                c in candidates.chars for c in near):
            continue  # none of them can hold a surviving character of the context, nor be the whole gap
        for japanese in candidates.words:
            if not close and not any(c in japanese for c in near):
                continue  # it could hold no surviving character of the context
            for fill in _fits(site, japanese, overlap=not close):
                if fill in found or GAP in fill:
                    continue
                # the word Sudachi reads there translates the English word by what the fill adds to it
                # (fill_glosses: *Port* of *Port Logistics* is the intact 港湾's beside ``港湾\ufffd\ufffd``)
                if any(fill_glosses(t, fill, beside, words_beside) & lem
                       for t in _glossed(readings, left, fill, right)):
                    found[fill] = (japanese, word, lemma, ln, "")
            if close and len(japanese) < site.length and plain(lemma) not in beside:
                for fill, where in _anchored(site, doc, japanese).items():
                    if fill not in found:
                        found[fill] = (japanese, word, lemma, ln, where)
        if close and site.length > 1 and plain(lemma) not in beside:
            # a one-character word the lemma names (port → 港) is too loose to fit a gap by itself; the talk's
            # own words of the gap's length holding it are candidates (港湾 in the speaker's department)
            for japanese in _lemma_words(lemma).kanji:
                for fill, where in _talk_words(site, doc, japanese).items():
                    if fill not in found:
                        found[fill] = (japanese, word, lemma, ln, where)
    if close:
        _derived_fills(site, readings, unique, found, beside, words_beside)
    return found


def _derived_fills(site: Site, readings: dict, unique: dict, found: dict, beside: frozenset[str],
                   words_beside: frozenset[str]) -> None:
    """Into ``found``: fills proposed by the lemmas of the same root (:func:`derived_lemmas`) of an English word, from
    the line or source that translates the gap's piece, where nothing else proposed them (issue 19, fresh-user trial 62d:
    ``古都台南の文\ufffd資産`` beside *Cultural Heritage of Tainan* was offered 字, 書, 革 and never 化: EDICT glosses 文化
    *culture*, and *cultural* names 文化財, 文革, 文化的, none of which fits). The lemma is marked
    (:data:`DERIVED_MARK`): such a fill is offered, weighed by no feature, so it neither settles, ranks up nor
    contradicts (the derivation is read from the spelling, and no benchmark measured it)."""
    left, right = site.left[-4:], site.right[:4]
    near = site.left[-1:] + site.right[:1]
    for word, lem, ln in unique.values():
        for lemma in _sorted(lem):
            for other in derived_lemmas(lemma):
                if other in beside:
                    continue
                candidates = _lemma_words(other)
                if not any(c in candidates.chars for c in near) and candidates.shortest > site.length:
                    continue
                for japanese in candidates.words:
                    for fill in _fits(site, japanese):
                        if fill in found or GAP in fill:
                            continue
                        if any(fill_glosses(t, fill, beside, words_beside) & {other}
                               for t in _glossed(readings, left, fill, right)):
                            found[fill] = (japanese, word, DERIVED_MARK + other, ln, "")


def beside_glosses(site: Site, shortest: int = 1) -> frozenset[str]:
    """The English lemmas the intact letters touching the gap gloss: every dictionary word (``shortest`` letters or
    more) inside the run of up to three kanji or katakana on either side. An English word one of them glosses is the
    neighbour's translation; a fill's own word saying it again (港町 beside ``港湾\ufffd\ufffd``, both *port*) is
    no translation of the fill.

    >>> said = beside_glosses(Site("両市は港湾\ufffd\ufffdの分野", 5, 7))
    >>> "port" in said, "logistics" in said
    (True, False)
    """
    return frozenset().union(*(_pieces_glosses(run, shortest) for run in _compound_parts(site) if run))


def _pieces_glosses(run: str, shortest: int = 1) -> frozenset[str]:
    """The English lemmas every dictionary word of ``shortest`` letters or more inside ``run`` glosses."""
    table = glosses()
    out: set[str] = set()
    for i in range(len(run)):
        for j in range(i + shortest, len(run) + 1):
            out |= table.get(run[i:j], frozenset())
    return frozenset(out)


WORD_BESIDE = 2
"""Letters an intact word beside the gap has before what it glosses is its own, not a fill's word's reaching over it
(:func:`fill_glosses`). Not one: a compound's one-letter piece glosses, as a word alone, the compound's own sense (港
*port* of 港湾 *harbour*, 客 *guest* of 観光客 *tourist*), and says nothing of the fill's part apart from it."""


def fill_glosses(word: str, fill: str, beside: frozenset[str], words_beside: frozenset[str] = frozenset()
                 ) -> frozenset[str]:
    """What the dictionary word ``word`` read over a fill says that the intact letters do not: a word on the fill
    alone, its glosses but those the letters beside the gap gloss (``beside``, :func:`beside_glosses`); a word reaching
    over intact letters, its glosses but those of the intact words of :data:`WORD_BESIDE` letters or more beside the
    gap (``words_beside``: ``beside_glosses(site, WORD_BESIDE)``) and inside its own intact part. The English supports a
    fill only by the part of a word the fill adds: 環境庁 over the intact 環境 says *agency*, not *environment*, which
    環境 says whether the fill is 庁 or 協 (and 境遇, over its 境, *circumstances*).

    >>> sorted(fill_glosses("環境庁", "庁", frozenset()) & {"environment", "agency"})
    ['agency']
    >>> "heritage" in fill_glosses("世界遺産", "遺", frozenset()), "harbor" in fill_glosses("港湾", "湾", frozenset())
    (True, True)
    """
    table = glosses()
    glossed = table.get(word, frozenset())
    at = word.find(fill)
    if word in fill:
        return acted(word, glossed - beside)
    if at < 0:  # a dictionary form that does not write the fill as it stands (an inflected verb's stem)
        return acted(word, glossed - words_beside)
    return acted(word, glossed - words_beside - _pieces_glosses(word[:at], WORD_BESIDE)
                 - _pieces_glosses(word[at + len(fill):], WORD_BESIDE))


PHRASE_FLOOR = 0.001
"""The least probability a fill the English names by a gloss phrase (:func:`named_by_phrase`) needs: below it the
reading rules it out. Set, not fitted: the phrase bench's right fills stood from p 0.0016 (docs/restore.md, "A gloss
phrase names the fill"), and a fill under a thousandth is one the model and the dictionary both read as no word."""


@dataclass(frozen=True)
class Named:
    fill: str
    japanese: str  # the word the fill makes
    said: str  # the English words that say its gloss phrase
    source: Source
    line: Line


def named_by_phrase(site: Site, doc: Document, ranking: list[tuple[str, float]]) -> Named | None:
    """The one lost kanji whose word the talk's English names by its gloss phrase: of the fills at
    :data:`PHRASE_FLOOR` or more, the one whose word (Sudachi's token of two letters or more over it, the fill
    inside it) has its first two gloss words or more standing side by side, in EDICT's order, in a line of the
    gap's nearest English (a paired source: the linked slide, the other half of the gap's line; or the line that
    translates the gap's sentence: :func:`translating_line`; :func:`_gloss_phrase`); None where no
    fill's or more than one fill's word is so named, the gap's own line writes the named word intact (the
    English may translate that one), or the intact letters beside the gap gloss every word of the phrase.

    Why (issue 19): a word matched on one lemma names any word glossing it (*planting* ↔ 植物 *plant* as well as 植樹
    *tree planting*), so ``植\ufffd`` beside *Tree planting* was read as 物, committed on *plant trees* of the
    translating line; a phrase of two gloss words is the dictionary's own translation of the word.

    >>> doc = Document.of_lines([Line("３．植\ufffdの取り組み", 1)])
    >>> doc.sources = {1: (Source((Line("3. Tree Planting Initiatives", 2),), "a linked slide", True),)}
    >>> found = named_by_phrase(Site("３．植\ufffdの取り組み", 3, 4, 1), doc, [("物", 0.6), ("樹", 0.01)])
    >>> found.fill, found.japanese, found.said
    ('樹', '植樹', 'Tree Planting')
    """
    if site.length != 1 or not ranking:
        return None
    # the English nearest the gap only: a paired source (the linked slide, the other half of the gap's line) and
    # the line that translates the gap's sentence; a deck's other lines name other words (a made-up deck of ten
    # gloss phrases beside each gap: 11 wrong commits of 400 when the deck was read whole)
    # (a layout's neighbouring line, restore.neighbour_lines, is no such source: paired by its place, it names a
    # word through the line that translates the gap's sentence only, where it shares a word with it)
    sources = tuple(s for s in doc.sources_for(site, english=False) if s.paired and s.lines
                    and not (s.by_layout and s.translates_paragraph))
    translating = translating_line(site, doc)
    if not sources and translating is None:
        return None

    def phrase(token: str) -> tuple[str, Source, Line] | None:
        found = _gloss_phrase(token, sources) if sources else None
        if found is None and translating is not None:
            # the one line read as it stands (no lemma index made for a tuple of one line, gap after gap)
            said = _phrase_in_line(token, translating[1].text) if len(english_words(token)) >= 2 else ""
            found = (said, translating[0], translating[1]) if said else None
        return found

    from pipeline.glosses import lemmas

    left, right = site.left[-4:], site.right[:4]
    readings = _readings(doc, left, right)
    beside = beside_glosses(site)
    named: dict[str, Named] = {}
    for fill, p in ranking:
        if p < PHRASE_FLOOR or not KANJI_RE.fullmatch(fill):
            continue
        for token in _glossed(readings, left, fill, right):
            if len(token) < 2 or fill not in token or token in site.text:
                continue
            found = phrase(token)
            # the phrase must say something the intact letters beside the gap do not: *tomorrow morning* is 明日の朝
            # as well as 明朝, and 明日 and 朝 say it whole with の lost (a held-out mask: 明 committed)
            if found is not None and any(lemmas(m.group(0)) - beside for m in WORD.finditer(found[0])):
                named[fill] = Named(fill, token, found[0], found[1], found[2])
                break
    return next(iter(named.values())) if len(named) == 1 else None


RELATIONS = frozenset("""between among amongst within across around through throughout during after before without
against toward towards upon via beyond behind along alongside beside besides since until till inside outside near
per versus""".split())
"""English prepositions that :data:`pipeline.glosses.STOPWORDS` keeps (it drops *of*, *in*, *over* …): in a slide's
line they say how its words relate, which Japanese says with particles and relational nouns (間, 中, 後), yet EDICT
lists them in far glosses of content words (行間 *between the lines*, 以後 *after*) and not under 間 itself (its
*space (between)* is stored without the bracket). A fill such a word alone supports weighs as a paired source's word:
it neither settles nor vetoes (a made-up talk: 行間 vetoed 湾, read first at five places pooled, on *Cooperation
between the ports*)."""


def _intact_part(word: str, fill: str) -> str:
    """The letters of ``word`` that are not the fill (its intact part where it reaches over the gap's neighbours);
    '' where the word does not write the fill as it stands (an inflected verb's stem) or is the fill alone."""
    at = word.find(fill)
    return "" if at < 0 or word == fill else word[:at] + word[at + len(fill):]


def intact_says(word: str, fill: str, lemma: str) -> bool:
    """``lemma`` is glossed by a one-letter or longer piece of the intact part of ``word`` (the letters beside the
    gap it reaches over), and not by the fill itself: the English word names the intact letters, not the fill.

    Why (issue 19, trial 49): :func:`fill_glosses` keeps a one-letter neighbour's glosses (港 *harbour* is the
    sense of 港湾 too), so *Port* supported 町 through 港町 (*port city*) beside ``港\ufffd``, at 1.0 on the line
    translating the gap's, and vetoed 湾 (港湾, *harbour*) that five places pooled at 0.987; on a made-up talk of the
    kind it committed 町 at five places. A word that only says again what the intact letter says names no fill.

    >>> intact_says("港町", "町", "port"), intact_says("港町", "町", "city"), intact_says("植樹", "樹", "tree")
    (True, False, False)
    >>> intact_says("世界遺産", "遺", "heritage"), intact_says("港湾", "湾", "harbour")
    (False, True)
    """
    rest = _intact_part(word, fill)
    if not rest:
        return False
    lemma = plain(lemma)
    table = glosses()
    if lemma in table.get(fill, frozenset()):
        return False
    at = word.find(fill)
    return lemma in _pieces_glosses(word[:at]) | _pieces_glosses(word[at + len(fill):])


def _talk_words(site: Site, doc: Document, word: str) -> dict[str, tuple[str, int]]:
    """Words of the gap's length that hold ``word`` and stand whole in the talk (a token of Sudachi's reading of
    their line), where no context anchors ``word`` (:func:`_anchored`): the English *Port* names 港, and the talk's
    own 港湾 (``函館市港湾空港部``) fills ``3．\ufffd\ufffd物流`` — fill → (where, 0: no context matched).

    >>> doc = Document.from_text("函館市港湾空港部 部長\\n函館港の現状")
    >>> _talk_words(Site("3．\\ufffd\\ufffd物流の将来像", 2, 4, line=9), doc, "港")
    {'港湾': ('港湾 at line 1', 0), '空港': ('空港 at line 1', 0)}
    """
    out: dict[str, tuple[str, int]] = {}
    for ln, at in doc.occurrences(word):
        if ln.number == site.line and ln.text == site.text:
            continue
        for b, e, surface in _tokens(ln.text):
            if e - b == site.length and b <= at and at + len(word) <= e and GAP not in surface:
                out.setdefault(surface, (f"{surface} at line {ln.line_at(b)}", 0))
    return out


@functools.lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sudachi's tokens of a line (start, end, surface): :func:`_talk_words` reads the lines a word stands in again
    for each of the gaps and passes that ask for it."""
    return tuple((m.begin(), m.end(), m.surface()) for m in resources.tokenizer().tokenize(text))


# --------------------------------------------------------------------------
# An English gap: the Japanese says it
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 14)
def _inflections(lemma: str) -> frozenset[str]:
    """The lemma and its regular English forms (plural and third person, past, -ing) as English spells them: ``-es``
    after a sibilant or an ``o``, ``-ies``/``-ied`` after a consonant's ``y``, ``-d`` and ``-ing`` without the
    ``e`` after a final ``e``, a final consonant doubled after one short vowel; each form but the lemma one that
    wordfreq's English list holds (:func:`pipeline.english_words.zipf` above 0). Why: ``teacher`` + ``es`` made the
    non-word ``teacheres``, and a talk's ``teacher\ufffds`` (a lost apostrophe) was committed as ``teacheres`` at
    0.9855 (trial 40).

    >>> "cities" in _inflections("city"), "changes" in _inflections("change"), "developed" in _inflections("develop")
    (True, True, True)
    >>> sorted(_inflections("teacher")), "planned" in _inflections("plan"), "watches" in _inflections("watch")
    (['teacher', 'teachers'], True, True)
    """
    from pipeline.english_words import zipf

    vowels = "aeiou"
    forms = set()
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(lemma + "es")
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    else:
        forms |= {lemma + "s", lemma + ("d" if lemma.endswith("e") else "ed")}
    forms.add(lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) else lemma + "ing")
    if len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # ``planned``, ``stopping``
    # remembered per lemma: a talk's lines share their words' lemmas, and each form asks wordfreq, which tokenises it
    return frozenset({lemma} | {f for f in forms if zipf(f) > 0})


def _english_gap(site: Site, doc: Document) -> list[Proposal]:
    from pipeline.restore.evidence.repetition import ScopeText, initial_case

    head = re.search(f"[{_LETTERS}]*$", site.left).group(0)
    tail = re.match(f"[{_LETTERS}]*", site.right).group(0)
    if len(head) + len(tail) < 3:
        return []
    h, t, n = head.lower(), tail.lower(), site.length
    size = len(h) + n + len(t)
    for source in doc.sources_for(site, english=True):
        found: dict[str, tuple[str, str, Line]] = {}
        for ln in source.lines:
            # the forms of the line's words that have the gap word's length, in the order they are tried
            for japanese, form in _english_forms(ln.text).get(size, ()):
                fill = form[len(h): len(h) + n]
                if form.startswith(h) and form.endswith(t) and _SMALL_LETTERS.fullmatch(fill) and fill not in found:
                    found[fill] = (japanese, form, ln)
        if not found:
            continue
        features = {"bilingual_word": 0.5} if source.paired else {"bilingual_deck": 1.0}
        proposals = []
        for fill, (japanese, form, ln) in sorted(found.items()):
            if not head:
                case, _ = initial_case(site, form, ScopeText.build("none", []))
                fill = fill[0].upper() + fill[1:] if case == "upper" else fill
            elif head.isupper() and len(head) + len(tail) >= 2 and (tail.isupper() or not tail):
                fill = fill.upper()
            proposals.append(Proposal(fill=fill, kind="bilingual", features=dict(features),
                                      detail=f"'{form}' translates {japanese} in {source.label}: {quote(ln.text)} "
                                             f"(line {ln.number})"))
        return proposals
    return []


_SMALL_LETTERS = re.compile("[a-z]+")


@functools.lru_cache(maxsize=8192)
def _english_forms(text: str) -> dict[int, tuple[tuple[str, str], ...]]:
    """Length → the English forms (:func:`_inflections`) of the gloss lemmas of a Japanese line's words, each
    with its Japanese word: word by word, lemmas and forms in sorted order; after them, for a verbal noun
    (:func:`verbal_noun`), the forms of the verbs whose act its glosses name (:func:`pipeline.glosses.acting_verbs`:
    焼却 *incineration* → *incinerate*, *incinerated*), the Japanese word named with the gloss it came from.

    Why (issue 19 point 2, the direction :func:`acts` does not read): EDICT glosses a verbal noun by its act's noun
    and an English line says it with the verb (*waste incinerated*); an English gap in the verb (``incin\ufffdrated``)
    was offered nothing from the Japanese beside it.

    >>> [f for j, f in _english_forms("ごみの焼却処理量").get(11, ()) if j.startswith("焼却")]
    ['incinerated', 'incinerates']
    """
    from pipeline.glosses import acting_verbs

    out: dict[int, list[tuple[str, str]]] = {}
    for japanese, lemmas in _japanese_words(text):
        for lemma in sorted(lemmas):
            for form in sorted(_inflections(lemma)):
                out.setdefault(len(form), []).append((japanese, form))
        if verbal_noun(japanese):
            for noun in sorted(lemmas):
                for verb in sorted(acting_verbs(noun) - lemmas):
                    for form in sorted(_inflections(verb)):
                        out.setdefault(len(form), []).append((f"{japanese} (the verb of its gloss {noun})", form))
    return {size: tuple(forms) for size, forms in out.items()}


@functools.lru_cache(maxsize=8192)
def _japanese_words(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The Japanese words of a line of two characters or more with their gloss lemmas."""
    if GAP in text:
        text = text.replace(GAP, " ")
    table = glosses()
    out = []
    for m in resources.tokenizer().tokenize(text):
        surface = m.surface()
        if len(surface) < 2 or not JA_LETTER_RE.search(surface):
            continue
        words = table.get(surface, frozenset()) | table.get(m.dictionary_form(), frozenset())
        if words:
            out.append((surface, words))
    return tuple(out)
