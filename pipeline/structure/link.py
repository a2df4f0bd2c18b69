"""Link each slide to the paper section it illustrates, from evidence, or leave it unlinked.

A slide deck and its paper are in different languages, so words do not
match. What does cross the language border:

* **numbers and years**: ``1998`` on a slide and ``１９９８年`` in a
  paragraph (compared after NFKC, commas dropped);
* **names and loanwords**: a Japanese proper noun or katakana word, read by
  Sudachi and romanised (:func:`romanize`), against an English word of the
  slide, compared by sound (:func:`sound_key`, :func:`sounds_alike`):
  ``ムロラン`` ↔ ``Muroran``, ``ハイデルベルク`` ↔ ``Heidelberg``; a katakana
  word also by the spellings katakana hears (:func:`spells_loanword`:
  ``ウラジオストク`` ↔ ``Vladivostok``);
* **Latin words** the paper itself uses (``ASEAN``, ``MoU``);
* **the talk's own translations**: a Japanese term glossed in parentheses
  in the paper (``森林都市（Forest City）``), and the talk's
  title and city pairs;
* **dictionary translations**: a Japanese word of the section whose English
  glosses (:mod:`pipeline.glosses`, EDICT matched on English lemmas) name a
  word of the slide (``予算`` ↔ *Budget*, ``実験`` ↔ *Experiments*), and a term
  of two words or more translated word by word into one noun phrase
  (:func:`phrase_match`: *Port City* ↔ ``港湾都市``), which says as much as
  the talk's own translation.

Each shared term is weighted by its kind and by how few sections contain it
(a year named in one section says much, the city's name in every section
nothing). The slide goes to the best section when the total is high enough
and clearly ahead of the runner-up; otherwise it stays unlinked (``None``).
A second pass uses the deck's order: a slide whose own evidence favours a
section between the sections of its linked neighbours gets that order as
one more piece of evidence (never as the only one).
The result names the section (number and index), a score in [0, 1], and the
evidence a person can check.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from pipeline.chardata import JA_LETTER, JA_LETTER_RE, KATAKANA
from pipeline.glosses import english_terms, lemmas
from pipeline.kana import romanize, sound_key, sounds_alike, spells_loanword

# --------------------------------------------------------------------------
# Terms: what a section and a slide offer for matching
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One piece of matchable content.

    ``key`` is what is compared (``"n:2004"``, ``"w:asean"``, ``"t:…"``);
    for names and loanwords it is the romaji, compared by sound instead.
    ``where`` says where it stands, for the evidence detail.
    """

    kind: str  # year | number | latin | translation | name | loanword | gloss | english
    key: str
    shown: str
    where: str
    group: str = ""
    """For a dictionary word (``gloss``) the noun phrase it stands in, for an English word (``english``) the run of
    words it stands in (:func:`phrase_match`); empty for other terms and for a name's gloss."""
    position: int = 0
    """For a dictionary word, its place among the content words of its noun phrase (:func:`phrase_match`)."""
    name: bool = False
    """For a dictionary word, whether Sudachi reads it as a proper noun."""
    part: bool = False
    """For a dictionary word, whether it is a part of a compound the dictionary does not list (read in phrases only)."""


WEIGHTS = {"translation": 2.0, "numbering": 2.0, "name": 1.5, "year": 1.0, "number": 1.0, "latin": 1.0, "loanword": 1.0,
           "gloss": 0.6, "phrase": 2.0}
"""How much one shared term of each kind says, before the rarity weight.
A two-digit number says half as much as a longer one (see :func:`number_terms`). A dictionary
translation says less than a name: a gloss is one sense of a word among several, and common words
translate into most sections (their rarity weight then takes them out). A term of two words or more translated
word by word into one noun phrase (:func:`phrase_match`, kind ``gloss``) says as much as the talk's own translation."""

TITLE_BONUS = 1.5
"""A term shared by the slide's title and the section's title counts this much more: titles say what a part is about."""

LINK_SCORE = 0.5
"""Least score for a link (about 1.4 points: two good shared terms, or a translation)."""

LEAD = 1.5
"""The best section must score more than this many times the runner-up."""

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&'’\-]*[A-Za-z0-9]")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
_JAPANESE = JA_LETTER_RE
_KATAKANA_WORD = re.compile(f"^[{KATAKANA}]{{2,}}$")
_GLOSS_AFTER = re.compile(f"([{JA_LETTER}・]{{2,}})" r"[（(]\s*([A-Za-z][A-Za-z0-9 ,.&'’\-]*[A-Za-z0-9.])\s*[）)]")
_GLOSS_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9 &'’\-]*[A-Za-z0-9])\s*[（(]\s*" f"([{JA_LETTER}・]{{2,}})" r"\s*[）)]")
_STOPWORDS = frozenset(
    "the and for with from that this are was were has have its into our their about other than also not but "
    "all any can more most such only over per via".split()
)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def number_terms(text: str, where: str) -> list[Term]:
    """Numbers of two or more digits (years apart); one-digit numbers are everywhere and say nothing.

    >>> [(t.kind, t.key) for t in number_terms("１９９８年に43,260人、3件", "p1")]
    [('year', 'n:1998'), ('number', 'n:43260')]
    """
    terms = []
    for m in _NUMBER.finditer(_nfkc(text)):
        digits = m.group(0).replace(",", "")
        if len(digits.replace(".", "")) < 2:
            continue
        is_year = re.fullmatch(r"(1[6-9]|20|21)\d\d", digits) is not None
        terms.append(Term("year" if is_year else "number", f"n:{digits}", m.group(0), where))
    return terms


_CHAPTER = re.compile(r"^\W*(?:chapter|chap\.|section|part)\s*(\d+(?:\.\d+)*)\b|^\W*第\s*(\d+)\s*[章節部]", re.IGNORECASE)


def chapter_terms(title: str | None) -> list[Term]:
    """A slide title that names a part of the talk by number (``Chapter 2``, ``Section 3.1``, ``第2章``).

    >>> [t.key for t in chapter_terms("Chapter1")], [t.key for t in chapter_terms("第３章 まとめ")]
    (['c:1'], ['c:3'])
    >>> chapter_terms("Four Chapters of History")
    []
    """
    m = _CHAPTER.match(_nfkc(title or ""))
    if not m:
        return []
    number = m.group(1) or m.group(2)
    return [Term("numbering", f"c:{number}", m.group(0).strip(), "title")]


def latin_terms(text: str, where: str) -> list[Term]:
    """Latin-script words, lower-cased, without English function words.

    >>> [t.key for t in latin_terms("ASEAN諸国とMoUを結ぶ the", "p")]
    ['w:asean', 'w:mou']
    """
    return [
        Term("latin", f"w:{m.group(0).lower()}", m.group(0), where)
        for m in _LATIN.finditer(_nfkc(text))
        if m.group(0).lower() not in _STOPWORDS
    ]


def sound_terms(tokens: Iterable[dict[str, Any]], where: str) -> list[Term]:
    """Proper nouns and katakana words of Sudachi tokens, as romaji of their readings.

    Tokens beside a gap have no reading and are skipped.

    >>> toks = [{"surface": "室蘭", "reading": "ムロラン", "tag": "名詞-固有名詞-地名-一般"},
    ...         {"surface": "市", "reading": "シ", "tag": "接尾辞-名詞的-一般"}]
    >>> [(t.kind, t.key, t.shown) for t in sound_terms(toks, "p")]
    [('name', 'muroran', '室蘭')]
    """
    terms = []
    for tok in tokens:
        reading, pos = tok.get("reading"), _tag(tok)
        if not reading or not pos or not pos.startswith("名詞") or not _JAPANESE.search(tok["surface"]):
            continue  # Latin-script words are compared as written (latin_terms), not by sound
        if pos.startswith("名詞-固有名詞"):
            kind = "name"
        elif _KATAKANA_WORD.match(tok["surface"]):
            kind = "loanword"
        else:
            continue
        romaji = romanize(reading)
        if len(romaji) >= 4:
            terms.append(Term(kind, romaji, tok["surface"], where))
        for part, part_reading in _short_units(tok["surface"]):
            part_romaji = romanize(part_reading)
            if len(part_romaji) >= 4 and part_romaji != romaji:
                terms.append(Term(kind, part_romaji, part, where))
    return terms


def _tag(tok: dict[str, Any]) -> str | None:
    """Sudachi's part-of-speech levels of a token (``名詞-固有名詞-…``), whichever field holds them."""
    for key in ("tag", "pos"):
        value = tok.get(key)
        if value and not value.isascii():
            return value
    return None


GLOSS_POS = ("名詞", "動詞", "形容詞")


PHRASE_JOINS = frozenset({"の", "と", "・"})
"""Tokens that join nouns into one noun phrase (``水と緑``, ``今後の課題``, ``中国・杭州``)."""


def gloss_terms(tokens: Iterable[dict[str, Any]], where: str) -> list[Term]:
    """Content words of Sudachi tokens (two characters or more) that the Japanese–English dictionary knows.

    ``key`` is the word (its dictionary form where it has one); :func:`_matches` compares its
    glosses with the lemmas of the slide's English words. Tokens beside a gap are skipped.
    A compound the dictionary does not list is looked up by its parts (Sudachi's mode A), as
    :func:`pipeline.glosses.glossed_terms` does: ``港湾都市`` is ``港湾`` *harbour* and ``都市`` *city*
    (fresh-user trial 64, where such a compound had matched no word of its slide's two-word term); the parts count in phrases
    only (:func:`phrase_match`), where the compound's words meet the slide's words side by side: one part alone is
    one sense of a word inside another (城主 of 城主会員証, *lord* of a member's card).
    ``group`` names the noun phrase the word stands in (nouns joined by :data:`PHRASE_JOINS` or
    written as one compound), for :func:`phrase_match`.

    >>> [t.key for t in gloss_terms([{"surface": "実験", "lemma": "実験", "pos": "名詞-普通名詞-一般"},
    ...                              {"surface": "を", "lemma": "を", "pos": "助詞-格助詞"}], "title")]
    ['実験']
    >>> [(t.key, t.group) for t in gloss_terms([{"surface": "港湾都市", "lemma": "港湾都市", "pos": "名詞-普通名詞-一般"}], "title")]
    [('港湾', 'title#0'), ('都市', 'title#0')]
    """
    from pipeline.glosses import glosses

    table = glosses()
    terms = []
    phrase = position = 0
    for tok in tokens:
        pos = _tag(tok) or ""
        if tok["surface"] in PHRASE_JOINS:
            continue
        if not pos.startswith(("名詞", "接頭辞", "接尾辞")):
            phrase += 1  # a verb, a case particle other than の/と, punctuation: the noun phrase ends
        position += 1
        if tok.get("gap") or tok.get("near_gap") or not pos.startswith(GLOSS_POS) or len(tok["surface"]) < 2:
            continue
        group, name = f"{where}#{phrase}", pos.startswith("名詞-固有名詞")
        key = next((k for k in (tok.get("lemma"), tok["surface"]) if k and k in table), None)
        if key is not None:
            terms.append(Term("gloss", key, tok["surface"], where, group, position, name))
            continue
        for part, _ in _short_units(tok["surface"]):
            position += 1
            if len(part) >= 2 and part in table:
                terms.append(Term("gloss", part, part, where, group, position, name, part=True))
    return terms


@lru_cache(maxsize=65536)
def _short_units(surface: str) -> tuple[tuple[str, str], ...]:
    """The parts of a compound in Sudachi's shortest split (mode A), when there are several.

    English names a place by its proper part and translates the generic
    one (浜名湖 → Lake Hamana, 富士山 → Mt. Fuji), so the part must be compared
    on its own.

    >>> _short_units("富士山")
    (('富士', 'フジ'), ('山', 'ヤマ'))
    """
    from pipeline.structure.tokenize_ja import tokenize

    parts = tokenize(surface, mode="A", upos=False)  # surfaces and readings: spaCy's UPOS is not read
    if len(parts) < 2:
        return ()
    return tuple((t.surface, t.reading) for t in parts if t.reading)


def glossary(texts: Iterable[str]) -> list[tuple[str, str]]:
    """The talk's own translations: Japanese terms glossed in Latin script in parentheses, and the reverse.

    >>> glossary(["森林都市（Forest City）を目指す", "ESD（持続可能な開発のための教育）"])
    [('森林都市', 'forest city'), ('持続可能な開発のための教育', 'esd')]
    """
    pairs = []
    for text in texts:
        text = _nfkc(text)
        for m in _GLOSS_AFTER.finditer(text):
            pairs.append((m.group(1), m.group(2).lower()))
        for m in _GLOSS_BEFORE.finditer(text):
            pairs.append((m.group(2), m.group(1).lower()))
    return pairs


# --------------------------------------------------------------------------
# Talk → per-section and per-slide terms
# --------------------------------------------------------------------------


def _section_texts(section: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """``(where, text, tokens)`` of a section's title and paragraphs."""
    out = [("title", section["title"], section.get("title_tokens") or [])]
    out.extend((f"paragraph {i + 1}", p["text"], p.get("tokens") or []) for i, p in enumerate(section["paragraphs"]))
    return out


def _slide_texts(slide: dict[str, Any]) -> list[tuple[str, str]]:
    out = [("title", slide["title"])] if slide.get("title") else []
    out.extend((f"line {i + 1}", line) for i, line in enumerate(slide["lines"]))
    return out


def _talk_translations(talk: dict[str, Any]) -> list[tuple[str, str]]:
    """Glossed pairs from the paper plus the talk's own bilingual fields (city, title, subtitle)."""
    texts = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]]
    texts += [s["title"] for s in talk["paper"]["sections"]]
    pairs = glossary(texts)
    for field in ("city", "title", "subtitle"):
        ja, en = talk[field]["ja"], talk[field]["en"]
        if ja and en:
            pairs.append((ja.rstrip("市"), en.lower()) if field == "city" else (ja, en.lower()))
    return sorted(set(pairs))


def section_terms(section: dict[str, Any], translations: list[tuple[str, str]]) -> list[Term]:
    terms: list[Term] = []
    if section.get("number"):
        terms.append(Term("numbering", f"c:{section['number']}", f"section {section['number']}", "number"))
    for where, text, tokens in _section_texts(section):
        terms += number_terms(text, where)
        terms += latin_terms(text, where)
        terms += sound_terms(tokens, where)
        terms += gloss_terms(tokens, where)
        terms += [Term("translation", f"t:{en}", ja, where) for ja, en in translations if ja in text]
    return terms


def slide_terms(slide: dict[str, Any], translations: list[tuple[str, str]]) -> list[Term]:
    terms: list[Term] = chapter_terms(slide.get("title"))
    for where, text in _slide_texts(slide):
        terms += number_terms(text, where)
        terms += latin_terms(text, where)
        folded = _nfkc(text).lower()
        terms += [Term("translation", f"t:{en}", en, where) for _, en in translations if en in folded]
        terms += [Term("name", m.group(0), m.group(0), where) for m in _ENGLISH_WORD.finditer(_nfkc(text))]
        terms += english_runs(text, where)
    return terms


_RUN_BREAK = re.compile(r"[^A-Za-z0-9'’\- ]+")


def english_runs(text: str, where: str) -> list[Term]:
    """The content words of a slide text (:func:`pipeline.glosses.english_terms`) as ``english`` terms, each with the
    run of words it stands in (``group``): runs are parted by punctuation (``Sister City: Vladivostok`` is two runs,
    ``Partner/Friend Cities`` two), not by function words (``Water and Energy`` is one run).

    ``position`` counts the run's words, a joining word (:data:`ENGLISH_JOINS`, or one of two letters) aside: two
    words side by side have positions one apart (``older people live`` is no two-word term, *people* stands between).

    >>> [(t.key, t.group, t.position) for t in english_runs("Sister City: Vladivostok", "title")]
    [('Sister', 'title#0', 0), ('City', 'title#0', 1), ('Vladivostok', 'title#1', 0)]
    >>> [(t.key, t.position) for t in english_runs("More older people live alone", "line 1")]
    [('older', 1), ('live', 3), ('alone', 4)]
    """
    terms = []
    for k, run in enumerate(_RUN_BREAK.split(_nfkc(text))):
        content = {word for word, _ in english_terms(run)}
        position = 0
        for m in _ENGLISH_WORD.finditer(run):
            word = m.group(0)
            if word in content:
                terms.append(Term("english", word, word, where, f"{where}#{k}", position))
            if word.lower() not in ENGLISH_JOINS:
                position += 1
    return terms


ENGLISH_JOINS = frozenset({"and", "the", "for"})
"""English words that join the words of one term (*Water and Energy*, *Agreement for Port Cooperation*)."""


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    kind: str
    term: str  # identity of the shared term, for rarity counting
    weight: float
    detail: str
    words: tuple[tuple[str, str], ...] = ()
    """For a phrase (:func:`phrase_match`), the slide's words it reads (run, word)."""


def _first_by(terms: Iterable[Term], key) -> dict[str, Term]:
    """The first term for each key, in order (where a term first stands is what the evidence shows)."""
    out: dict[str, Term] = {}
    for t in terms:
        out.setdefault(key(t), t)
    return out


def _number_weight(key: str) -> float:
    """Two-digit numbers (ages, counts, percentages) recur by chance more often than longer ones."""
    return 0.5 if key.startswith("n:") and len(key.replace(".", "")) <= 4 else 1.0


def _title_bonus(slide_term: Term, section_term: Term) -> float:
    return TITLE_BONUS if slide_term.where == section_term.where == "title" else 1.0


@dataclass(frozen=True)
class _SectionView:
    """What :func:`_matches` reads of a section whatever the slide: its names and loanwords by sound, its other terms
    but glosses by key, its dictionary words by English lemma (:func:`_gloss_lemmas`) and its noun phrases
    (:func:`section_phrases`). Made once a section by :func:`link_slides`, not once a slide (issue 19, point 5: every
    slide is read against every section: the slide links were a fifth of the restore stage's time on twelve of `make
    bench`'s documents, a third on one with 86 gaps)."""

    sounded: list[tuple[str, Term, bool, str]]
    """The names and loanwords by sound (romaji, the first term of it, whether katakana writes it, the first letter of
    its sound key: :func:`_sound_similarity` is 0 for a word not written in katakana whose key opens otherwise)."""
    exact: dict[str, Term]
    glossed: dict[str, Term]
    phrases: list[tuple[list[Term], list[frozenset[str]], frozenset[str]]]

    @classmethod
    def of(cls, section: list[Term]) -> "_SectionView":
        sounds = _first_by((t for t in section if t.kind in ("name", "loanword")), lambda t: t.key)
        return cls([(romaji, t, _KATAKANA_WORD.match(t.shown) is not None, sound_key(romaji)[:1])
                    for romaji, t in sounds.items()],
                   _first_by((t for t in section if t.kind not in ("name", "loanword", "gloss")), lambda t: t.key),
                   _gloss_lemmas(tuple(section)), section_phrases(section))


def _matches(slide: list[Term], section: list[Term], contested: frozenset[tuple[str, str]] = frozenset(),
             view: _SectionView | None = None) -> list[Match]:
    """Every distinct term a slide and a section share, once each (``view``: the section's, when made already)."""
    view = view if view is not None else _SectionView.of(section)
    exact = view.exact
    words = _first_by((t for t in slide if t.kind == "name"), lambda t: t.key.lower())
    found: dict[str, Match] = {}
    for t in slide:
        if t.kind in ("name", "english"):
            continue
        s = exact.get(t.key)
        if s is not None and t.key not in found:
            kind = "year" if s.kind == "year" or t.kind == "year" else s.kind
            found[t.key] = Match(kind, t.key, WEIGHTS[kind] * _title_bonus(t, s) * _number_weight(t.key),
                                 f"{t.shown} ({t.where}) = {s.shown} ({s.where})")
    # A sound match is counted under the slide's word, so that its rarity is
    # over the sections where *that word* resonates (函館市 in one section and
    # 函館 in the others are one name for ``Hakodate``).
    used: set[str] = set()
    for word, t in words.items():
        opens = sound_key(word)[:1]
        for romaji, s, katakana, first in view.sounded:  # sounds' items, each with whether katakana writes it
            # sounds_alike gives 0 to keys that open on different sounds (or either empty), and only a katakana word
            # is read again by its spelling: such a pair is not asked (session 81, speed81: 60,000 asks on the
            # sample's slides, nearly all of them different pairs, most opening otherwise)
            similarity = _sound_similarity(romaji, katakana, word) \
                if romaji not in used and (katakana or (first and first == opens)) else 0.0
            if similarity:
                used.add(romaji)  # one Japanese word answers one English word (Story, Storyline ~ ストーリー once)
                term = f"s:{word}"
                found[term] = Match(s.kind, term, WEIGHTS[s.kind] * similarity * _title_bonus(t, s),
                                    f"{t.shown} ({t.where}) ~ {s.shown} [{romaji}] ({s.where})")
                break
    # dictionary translations, counted under the English lemma (one match per lemma): a word the
    # slide says in English and the section in Japanese, unless a name or loanword already matched it
    glossed = view.glossed
    answered: set[str] = set()  # one Japanese word answers one English word (夜景 is "night view" once)
    phrased: set[str] = set()  # lemmas a phrase has matched
    for run in _runs(slide):
        phrase = phrase_match([t for t in run if f"s:{t.key}" not in found], section, view.phrases)
        if phrase is None or phrase[1] in found or any((t.group, t.key) in contested for t, _ in phrase[0]):
            continue
        pairs, term = phrase
        english = [t for t, _ in pairs]
        if any(m.kind == "translation" and all(t.key.lower() in m.term for t in english) for m in found.values()):
            continue  # the talk's own translation of the term has matched it already (海洋都市構想（Ocean City Vision）)
        japanese = [s for _, s in pairs]
        found[term] = Match("gloss", term, WEIGHTS["phrase"] * _title_bonus(english[0], japanese[0]),
                            f"{' '.join(t.shown for t in english)} ({english[0].where}) = "
                            f"{' + '.join(s.shown for s in japanese)} ({japanese[0].where}; the dictionary: "
                            f"{', '.join(term[2:].split('+'))})", tuple((t.group, t.key) for t in english))
        for t, s in pairs:  # its words are not counted again one by one
            phrased |= lemmas(t.key)
            answered.add(s.key)
    for t in slide:
        if t.kind != "english" or f"s:{t.key}" in found:
            continue
        for lemma in sorted(lemmas(t.key)):
            s = glossed.get(lemma)
            if s is not None and f"g:{lemma}" not in found and lemma not in phrased and s.key not in answered:
                answered.add(s.key)
                found[f"g:{lemma}"] = Match("gloss", f"g:{lemma}", WEIGHTS["gloss"] * _title_bonus(t, s),
                                            f"{t.shown} ({t.where}) = {s.shown} ({s.where}; the dictionary: {lemma})")
                break
    return list(found.values())


@lru_cache(maxsize=1 << 16)
def _sound_similarity(romaji: str, katakana: bool, word: str) -> float:
    """How alike a Japanese name or loanword and an English word sound (:func:`pipeline.kana.sounds_alike`); for a word
    written in katakana (``katakana``) also whether the English spells the place katakana writes by its sound
    (:func:`pipeline.kana.spells_loanword`: ``ウラジオストク`` for ``Vladivostok``, whose ``V`` katakana drops and whose
    ``di`` it writes ジ; fresh-user trial 64, where the one name the slide and the section shared had not matched),
    counted as :data:`SPELLED_LOANWORD`, where the two share a skeleton of :data:`SPELLED_LOANWORD_KEY` consonants.
    Remembered: every slide's names are read against every section's (issue 19, point 5: 199,000 pairs on one of `make
    bench`'s documents, 52,000 of them different).
    """
    similarity = sounds_alike(romaji, word)
    if not similarity and katakana and spells_loanword(romaji, word, SPELLED_LOANWORD_KEY):
        return SPELLED_LOANWORD
    return similarity


SPELLED_LOANWORD_KEY = 5
"""Consonants the skeleton a katakana word and an English word share must have to count (:func:`_sound_similarity`):
the rule folds enough sounds (voicing, a dropped ``v``, ``di`` as ジ) that shorter ones meet by chance: ``Thank`` and
``ダンク`` (``tnk``) on the sample's closing slide, ``Current`` and ``グランド`` (``krnt``) on its slide 14;
``Vladivostok`` and ``ウラジオストク`` share ``rsstk``, ``Khabarovsk`` and ``ハバロフスク`` ``brbsk``."""
SPELLED_LOANWORD = 0.8
"""The similarity a katakana word that an English word spells by its sound counts as: the least similarity
:func:`pipeline.kana.sounds_alike` accepts (its two ratios must average 0.8), as the two spellings differ by rule."""


def _runs(slide: list[Term]) -> list[list[Term]]:
    """The slide's English words by run (:func:`english_runs`), in order."""
    runs: dict[str, list[Term]] = {}
    for t in slide:
        if t.kind == "english":
            runs.setdefault(t.group, []).append(t)
    return list(runs.values())


def section_phrases(section: list[Term]) -> list[tuple[list[Term], list[frozenset[str]], frozenset[str]]]:
    """The section's noun phrases (its dictionary words by :attr:`Term.group`, in order), titles first, each with the
    English lemmas each of its words glosses and all of them: what :func:`phrase_match` reads of the section."""
    from pipeline.glosses import glosses

    table = glosses()
    groups: dict[str, list[Term]] = {}
    for s in section:
        if s.kind == "gloss" and s.group:
            groups.setdefault(s.group, []).append(s)
    out = []
    for group in sorted(groups.values(), key=lambda g: g[0].where != "title"):
        glossed = [table.get(s.key, frozenset()) for s in group]
        out.append((group, glossed, frozenset().union(*glossed)))
    return out


def phrase_match(run: list[Term], section: list[Term], phrases: list | None = None) -> tuple[list[tuple[Term, Term]], str] | None:
    """Two or more words next to each other in one run of the slide (function words apart) that the dictionary
    translates by as many different words of one noun phrase of the section (:func:`gloss_terms`): ``Port City`` =
    ``港湾`` + ``都市`` of ``港湾都市``, ``Water and Energy`` = ``水とエネルギー``. A term said in two words on both
    sides is a translation of the term, as a gloss in parentheses is, where one shared word is one sense of a word
    among several (fresh-user trial 64: a two-word term and its two-word compound had counted as *city* alone, which most
    sections say). Returns the pairs (English word, Japanese word) of the longest such stretch, titles first, and the
    term's identity (``g:`` and the lemmas joined by ``+``), or ``None``. ``phrases``: the section's
    :func:`section_phrases`, when made already.
    """
    if len(run) < 2:
        return None
    from pipeline.glosses import glosses

    table = glosses()
    best: list[tuple[Term, Term]] = []
    english = [lemmas(t.key) for t in run]
    every = frozenset().union(*english)
    for group, glossed, said in phrases if phrases is not None else section_phrases(section):
        # what each of the phrase's words glosses is asked once a section, not once a word of the run and a start; a
        # stretch is broken by the first word none of them glosses, so a phrase glossing no word of the run, and a
        # start none of them glosses, make none (issue 19, point 5: every slide is read against every section;
        # :class:`_SectionView`)
        if said.isdisjoint(every):
            continue
        for start in range(len(run)):
            if said.isdisjoint(english[start]):
                continue
            pairs: list[tuple[Term, Term]] = []
            taken: set[int] = set()
            for i in range(start, len(run)):
                t = run[i]
                if pairs and t.position != pairs[-1][0].position + 1:
                    break  # the English words stand side by side (joining words apart)
                hit = next((k for k, gloss in enumerate(glossed) if k not in taken and not gloss.isdisjoint(english[i])),
                           None)
                if hit is None:
                    break
                taken.add(hit)
                pairs.append((t, group[hit]))
            places = sorted(s.position for _, s in pairs)
            # the Japanese words stand side by side too (水と緑, not 水辺の緑), and two of them are no
            # names: a name's gloss is the name (仙台 *sendai*), compared by sound, and the city's is everywhere
            words = sum(1 for _, s in pairs if not s.name)
            if words >= 2 and len(pairs) > len(best) and places[-1] - places[0] == len(places) - 1:
                best = pairs
    if not best:
        return None
    shared = [min(table[s.key] & lemmas(t.key)) for t, s in best]
    return best, "g:" + "+".join(shared)


@lru_cache(maxsize=1024)
def _gloss_lemmas(section: tuple[Term, ...]) -> dict[str, Term]:
    """English lemma → the first dictionary term of the section glossed by it (titles first)."""
    from pipeline.glosses import glosses

    table = glosses()
    out: dict[str, Term] = {}
    for t in sorted((t for t in section if t.kind == "gloss" and not t.part), key=lambda t: t.where != "title"):
        for lemma in table.get(t.key, ()):
            out.setdefault(lemma, t)
    return out


def _contested(phrases: list[Match]) -> frozenset[tuple[str, str]]:
    """The slide's words that two phrases of different sections read as different terms of as many words or more: the
    words split two ways, and neither reading is a translation of the slide's term (a slide's *Port and Culture
    City*: *Port and Culture* = 港と文化 of section 1, *Culture City* = 文化首都 of section 2, which glosses 首都
    *capital city*). The longer reading keeps its words; they are counted word by word otherwise."""
    out: set[tuple[str, str]] = set()
    for p in phrases:
        for q in phrases:
            if p.term != q.term and set(p.words) & set(q.words) and len(q.words) >= len(p.words):
                out |= set(p.words)
    return frozenset(out)


def _rarity(document_frequency: int, sections: int) -> float:
    """1 for a term in one section, falling to 0 for one in half the sections or more."""
    if sections <= 1:
        return 1.0
    limit = max(2.0, sections / 2)
    if document_frequency >= limit:
        return 0.0
    return math.log(limit / document_frequency) / math.log(limit)


def _score(points: float) -> float:
    """Points → [0, 1]; one rare year gives ~0.39, two rare terms ~0.63, three ~0.78."""
    return 1.0 - math.exp(-points / 2.0)


Scored = tuple[float, int, list[tuple[float, Match]]]


def _decide(scored: list[Scored], sections: list[dict[str, Any]], extra: list[tuple[float, Match]] = ()) -> dict[str, Any] | None:
    """The link for a slide's scored candidate sections, or ``None`` when the best is weak or not clearly ahead."""
    if not scored:
        return None
    scored = sorted(scored, key=lambda x: (-x[0], x[1]))
    best, index, evidence = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best <= 0 or best <= LEAD * runner_up:
        return None
    evidence = sorted(list(evidence) + list(extra), key=lambda wm: (-wm[0], wm[1].term))
    points = best + sum(w for w, _ in extra)
    if _score(points) < LINK_SCORE:
        return None
    return {
        "number": sections[index]["number"],
        "index": index,
        "score": round(_score(points), 3),
        "runner_up": round(_score(runner_up), 3),
        "evidence": [{"kind": m.kind, "detail": m.detail, "weight": round(w, 3)} for w, m in evidence],
    }


ORDER_POINTS = 1.0
"""What the deck's order adds to a slide whose own evidence is weak but points
into the stretch of sections its linked neighbours bracket."""


def _slide_name(slide: dict[str, Any], k: int) -> str:
    return f"slide {slide['number']}" if slide.get("number") is not None else f"slide #{k + 1}"


def _order_links(slides, sections, scores: list[list[Scored]], links: list[dict[str, Any] | None],
                 talk: dict[str, Any]) -> list[dict[str, Any] | None]:
    """Second pass: decks follow their papers, so an unlinked slide whose evidence
    favours a section between its linked neighbours' sections (or after the
    last, before the first) gets the order as one more piece of evidence.

    The neighbours must be in paper order themselves, the slide must have
    evidence of its own for the section, and that section must lead within
    the bracket as in the first pass: order alone never links a slide.
    """
    out = list(links)
    covers = _covers(slides, talk)
    for k, link in enumerate(links):
        if link is not None or covers[k]:
            continue
        before = next((j for j in range(k - 1, -1, -1) if links[j] is not None), None)
        after = next((j for j in range(k + 1, len(links)) if links[j] is not None), None)
        low = links[before]["index"] if before is not None else 0
        high = links[after]["index"] if after is not None else len(sections) - 1
        if low > high or (before is None and after is None):
            continue
        inside = [c for c in scores[k] if low <= c[1] <= high]
        where = " and ".join(
            f"{_slide_name(slides[j], j)} → section {links[j]['number'] or links[j]['index']}"
            for j in (before, after) if j is not None
        )
        order = Match("order", "order", ORDER_POINTS, f"between {where} in the deck")
        out[k] = _decide(inside, sections, [(ORDER_POINTS, order)])
    return out


def link_slides(talk: dict[str, Any]) -> list[dict[str, Any] | None]:
    """The section link of each slide of a talk JSON (see the module docstring), or ``None``.

    Works on the talk JSON (tokens already there), so it is pure and
    needs no tokenizer.
    """
    sections = talk["paper"]["sections"]
    slides = talk["slides"]
    if not sections:
        return [None] * len(slides)
    translations = _talk_translations(talk)
    per_section = [section_terms(s, translations) for s in sections]
    per_slide = [slide_terms(s, translations) for s in slides]
    views = [_SectionView.of(sec) for sec in per_section]
    table = [[_matches(slide, sec, view=view) for sec, view in zip(per_section, views)] for slide in per_slide]
    for k, row in enumerate(table):
        contested = _contested([m for matches in row for m in matches if m.words])
        if contested:
            table[k] = [_matches(per_slide[k], sec, contested, view) for sec, view in zip(per_section, views)]
    df: dict[str, int] = {}
    for i in range(len(sections)):
        for term in {m.term for row in table for m in row[i]}:
            df[term] = df.get(term, 0) + 1
    scores: list[list[Scored]] = []
    for row in table:
        scored = []
        for i, matches in enumerate(row):
            weighted = [(m.weight * _rarity(df[m.term], len(sections)), m) for m in matches]
            weighted = [(w, m) for w, m in weighted if w > 0]
            scored.append((sum(w for w, _ in weighted), i, weighted))
        scores.append(scored)
    covers = _covers(slides, talk)
    # the cover is no neighbour in the deck's order either (the made-up talk of deck52, whose cover *Community Watch
    # for Older Residents* reads as a phrase of section 1 and had brought *Background* in after it)
    links = [None if cover else _decide(scored, sections) for cover, scored in zip(covers, scores)]
    links = _order_links(slides, sections, scores, links, talk)
    # the cover slide repeats the talk's title: it is about the whole talk, no one section
    return [None if cover else found for cover, found in zip(_covers(slides, talk), links)]


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", _nfkc(text or "").lower()))


COVER_TITLE_CHARS = 12
"""Least length (letters, digits and the spaces between words) of a title that, found inside another, makes the two
one title: shorter ones (``Results``, ``Background``) head a paper's parts as often as they open a talk's title."""


def _is_cover(slide: dict[str, Any], talk: dict[str, Any]) -> bool:
    """The slide's title is the talk's English title or subtitle, contains it, or is its opening words: a cover that
    shortens the title (``Haiku and the City`` for ``Haiku and the City: Matsuyama's International Exchange``,
    ``Telemedicine for the Island Communities`` without ``of Takamatsu``; review 49, where such a cover was linked to
    section 1 by the city's name on its speaker line).

    >>> _is_cover({"title": "Port Towns: A Cross-border Story"}, {"title": {"en": "Port towns – a cross-border story"},
    ...                                                          "subtitle": {"en": None}})
    True
    >>> talk = {"title": {"en": "Haiku and the City: Matsuyama's International Exchange"}, "subtitle": {"en": None}}
    >>> _is_cover({"title": "Haiku and the City"}, talk), _is_cover({"title": "Haiku"}, talk), _is_cover({"title": "the City"}, talk)
    (True, False, False)
    """
    own = _words(slide.get("title"))
    if not own:
        return False
    return any(t and (t == own or (len(t) >= COVER_TITLE_CHARS and t in own)
                      or (len(own) >= COVER_TITLE_CHARS and t.startswith(own + " "))) for t in
               (_words(talk.get("title", {}).get("en")), _words(talk.get("subtitle", {}).get("en"))))


def _covers(slides: list[dict[str, Any]], talk: dict[str, Any]) -> list[bool]:
    """Which slides are the talk's cover (:func:`_is_cover`); the deck's first slide also where every word of its title
    stands in the talk's English title or subtitle, two words or more (``International Logistics Strategy of Riverton``
    for ``International Logistics Strategy of an Airport City: Riverton``: the title reworded on the cover, review 49,
    where the cover had been linked to section 1 by the city's name). Only the first slide: a later one whose words
    the title holds (``Logistics Strategy``) is a part of the talk.

    >>> talk = {"title": {"en": "International Logistics Strategy of an Airport City: Riverton"}, "subtitle": {"en": None}}
    >>> _covers([{"title": "International Logistics Strategy of Riverton"}, {"title": "Logistics Strategy"}], talk)
    [True, False]
    >>> _covers([{"title": "Logistics Strategy of Daegu"}], talk), _covers([{"title": "Riverton"}], talk)
    ([False], [False])
    """
    own_title = set()
    for field in ("title", "subtitle"):
        # the English title, or the one in the document's Latin-script language (``title.de`` …, session 79)
        own_title |= set(_words(" ".join(v for k, v in talk.get(field, {}).items() if k not in ("ja", "ko") and v)).split())
    out = []
    for k, slide in enumerate(slides):
        words = _words(slide.get("title")).split()
        out.append(_is_cover(slide, talk) or (k == 0 and len(words) >= 2 and set(words) <= own_title))
    return out


def talk_view(talk) -> dict[str, Any]:
    """The parts of a talk JSON that :func:`link_slides` reads, built from a :class:`pipeline.model.Talk`.

    Restore links slides to sections before structure writes the JSON (the
    slide linked to a section is the first English it reads for the
    section's gaps), so it builds this view with the same tokenizer.
    """
    from pipeline.structure import analyse_text
    from pipeline.structure.tokenize_ja import DEFAULT_MODE

    def text(t):
        return t.text if t is not None else None

    def tokens(s):
        # the talk JSON's form of the tokens, each text read in its own language as the structure stage reads it;
        # a Japanese token's UPOS left out (``pos`` None): the links read its tag, lemma and reading (sound_terms,
        # gloss_terms, _tag), and a restore process is spared spaCy's import for it
        return [t.to_json() for t in analyse_text(s, lang=talk.lang, mode=DEFAULT_MODE, upos=False)[1]]

    return {
        "city": {"ja": text(talk.city.ja), "en": text(talk.city.en)},
        "title": {"ja": text(talk.title.ja), "en": text(talk.title.en), **({"ko": text(talk.title.ko)} if talk.title.ko else {})},
        "subtitle": {"ja": text(talk.subtitle.ja), "en": text(talk.subtitle.en)},
        "paper": {"sections": [
            {"number": s.number, "title": s.title.text, "title_tokens": tokens(s.title.text),
             "paragraphs": [{"text": p.text, "tokens": tokens(p.text)} for p in s.paragraphs]}
            for s in talk.sections
        ]},
        "slides": [{"number": sl.number, "title": text(sl.title), "lines": [t.text for t in sl.lines]}
                   for sl in talk.slides],
    }
