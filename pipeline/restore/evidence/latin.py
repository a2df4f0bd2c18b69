"""Latin letters beyond English: a single-byte font's lost code read by the standard encodings, and a word of another
language that the English word list must not decide.

Two readings (issue 19, helper latin81; fresh-user trial 80e's ``Universit(cid:233) de Lyon`` had been committed
``University`` at 0.992 on the English list and the word written whole elsewhere):

* :func:`code_readings`: pdfminer writes ``(cid:N)`` for a glyph it cannot map, N the character code where the font is
  a simple (single-byte) one. Every standard single-byte encoding (PDF 32000-1 Annex D: StandardEncoding,
  MacRomanEncoding, WinAnsiEncoding, PDFDocEncoding; ISO 8859-1) reads a code of 128-255 as no ASCII character, and
  most of them as an accented letter (233: é in WinAnsi, PDFDoc and Latin-1, È in MacRoman, Ø in Standard). A reading
  that completes a listed word at the gap (:func:`code_fits`) is a candidate; one glyph standing in two different
  words or more, each completed by the same reading and by no other, settles it (:func:`settled_by_code`).
* :func:`foreign_completions`: a gap in a word that an accented letter completes to a common word of German, French,
  Spanish, Portuguese, Italian or Dutch (``Universit\ufffd`` → université) in a line that shows no word of English's
  own is another language's word as well as an English one: the English list does not decide its letter there
  (:func:`foreign_hold`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from collections.abc import Iterable

from pipeline.chardata import LATIN, LATIN_LANGS
from pipeline.restore.evidence.base import Site

if TYPE_CHECKING:
    from pipeline.model import Repair

CODE_MIN, CODE_MAX = 128, 255
"""The codes of a single-byte font that no standard encoding reads as ASCII (PDF 32000-1 Annex D)."""

WORD_ZIPF = 3.0
"""How common (wordfreq's Zipf: once per million words) a word a reading completes must be in its language to count:
wordfreq's ``small`` lists, which hold the words this common and no rarer ones (a rarer word, a name's spelling or a
fragment, fits too many gaps to tell anything)."""

LANG_MARGIN = 1.0
"""A word of a line belongs to one language where it is this many Zipf (10x) commoner in it than in the other (``the``
is English's, 7.7 against French's 5.4; ``de`` French's, 7.7 against 5.2): the lists of each language hold the other's
commonest words from text on the web."""

ENCODINGS = ("StandardEncoding", "MacRomanEncoding", "WinAnsiEncoding", "PDFDocEncoding")
"""The columns of pdfminer's table of PDF 32000-1 Annex D (``pdfminer.latin_enc.ENCODING``), in its order."""

ACCENTED = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ"
"""The accented letters (and ß, æ, œ) of the Latin languages read (:data:`pipeline.chardata.LATIN_LANGS`)."""

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
              "nl": "Dutch"}

CODE_OFFERED_SCORE = 0.5
"""The (uncalibrated) score shown for a code's reading offered first at one place: no benchmark measures how often a
dump's single-byte code reads as an encoding says."""

CODE_CONFIDENCE = 0.99
"""The confidence of a code's reading settled by two different words or more (:func:`settled_by_code`): not measured
(as :data:`pipeline.restore.FONT_ENCODING_CONFIDENCE` is not); what is left uncertain is a font that encodes its
accented letters otherwise than every standard encoding and by chance so that each word still reads."""

_WORD = re.compile(f"[{LATIN}]+")

SAME = "\ue000"
"""Marks, in a site's text, another lost glyph of the same code as the gap's (:func:`local_site`): one glyph, one
character, so a reading fills it too (``r(cid:233)sum(cid:233)s``: résumés)."""


WINDOW = 160
"""Characters each side of a gap that its word and phrase are read in (:func:`local_site`): a phrase is a name, an
affiliation, a clause; a line of 60,000 characters read whole at each of its gaps would cost its length squared."""


def local_site(text: str, col: int, same: "Iterable[int]" = (), line: int = 0) -> Site:
    """The site of the lost glyph at ``col`` of ``text``, read in :data:`WINDOW` characters each side, the other lost
    glyphs of its code (columns ``same`` of ``text``) marked :data:`SAME`.

    >>> local_site("r\ufffdsum\ufffds", 1, [5]).text == "r\ufffdsum" + SAME + "s"
    True
    """
    lo = max(0, col - WINDOW)
    chars = list(text[lo:col + 1 + WINDOW])
    for c in same:
        if c != col and 0 <= c - lo < len(chars) and chars[c - lo] == "\ufffd":
            chars[c - lo] = SAME
    return Site("".join(chars), col - lo, col - lo + 1, line=line)


def same_code_columns(text: str, col: int, code_at) -> list[int]:
    """The columns of ``text`` beside ``col`` within its word (Latin letters and lost glyphs on end) whose lost glyph
    has the code of ``col``'s (``code_at(column)``: the code there, or None).

    >>> same_code_columns("a r\ufffdsum\ufffds b \ufffd", 3, lambda c: 233)
    [3, 7]
    """
    code = code_at(col)
    lo = col
    while lo > 0 and (text[lo - 1] == "\ufffd" or _WORD.match(text[lo - 1])):
        lo -= 1
    hi = col + 1
    while hi < len(text) and (text[hi] == "\ufffd" or _WORD.match(text[hi])):
        hi += 1
    return [c for c in range(lo, hi) if text[c] == "\ufffd" and code_at(c) == code]


@dataclass(frozen=True)
class Reading:
    char: str
    encodings: tuple[str, ...]


@dataclass(frozen=True)
class CodeFit:
    char: str
    word: str
    lang: str
    zipf: float
    encodings: tuple[str, ...]


@functools.cache
def code_readings(code: int) -> tuple[Reading, ...]:
    """The letters the standard single-byte encodings read ``code`` as (PDF 32000-1 Annex D, by pdfminer's table;
    ISO 8859-1), each with the encodings that read it; empty outside 128-255.

    >>> [(r.char, r.encodings) for r in code_readings(233)]
    [('È', ('MacRomanEncoding',)), ('Ø', ('StandardEncoding',)), ('é', ('WinAnsiEncoding', 'PDFDocEncoding', 'ISO 8859-1'))]
    >>> code_readings(101), code_readings(2)
    ((), ())
    """
    if not CODE_MIN <= code <= CODE_MAX:
        return ()
    from pdfminer.glyphlist import glyphname2unicode
    from pdfminer.latin_enc import ENCODING

    found: dict[str, list[str]] = {}
    for name, *codes in ENCODING:
        ch = glyphname2unicode.get(name)
        for enc, c in zip(ENCODINGS, codes):
            if c == code and ch is not None and ch.isalpha():
                found.setdefault(ch, []).append(enc)
    if code >= 160 and (ch := bytes([code]).decode("latin-1")).isalpha():
        found.setdefault(ch, []).append("ISO 8859-1")
    return tuple(Reading(ch, tuple(encs)) for ch, encs in found.items())


def word_around(site: Site) -> tuple[str, str] | None:
    """The Latin letters before and after a one-glyph gap (accented ones too), or None where the gap stands in no
    word (no letter beside it), spans several glyphs, or the word goes on over another gap.

    >>> word_around(Site("Marie Dubois (Universit\\ufffd de Lyon)", 23, 24))
    ('Universit', '')
    >>> word_around(Site("\\ufffde\\ufffdi\\ufffd\\ufffd", 2, 3)) is None
    True
    """
    if site.length != 1:
        return None
    head = re.search(f"[{LATIN}{SAME}]*$", site.left).group(0)
    tail = re.match(f"[{LATIN}{SAME}]*", site.right).group(0)
    lead, stop = site.start - len(head), site.end + len(tail)
    # the word going on over another lost glyph (an illegible line's ``\ufffde\ufffdi\ufffd\ufffd``) or glued to a digit is
    # no word to complete
    beside = site.text[lead - 1: lead] + site.text[stop: stop + 1] if lead else site.text[stop: stop + 1]
    if not head + tail or "\ufffd" in beside or any(ch.isalnum() for ch in beside):
        return None
    return head, tail


def _case_fits(head: str, tail: str, ch: str) -> bool:
    """A capital fills a word's first letter or a word in capitals; a small letter a word not in capitals."""
    letters = head + tail
    if ch.isupper():
        return not head or letters.isupper()
    return not (len(letters) > 1 and letters.isupper())


def zipf_in(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang`` (wordfreq's Zipf, its ``small`` list: 0 for a word rarer than about 3)."""
    if lang == "en":
        from pipeline import english_words

        return english_words.zipf(word.casefold())
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang, wordlist="small")


def best_lang(word: str) -> tuple[str, float] | None:
    """The language (English or :data:`~pipeline.chardata.LATIN_LANGS`) ``word`` is commonest in, at
    :data:`WORD_ZIPF` or more, with its Zipf; None where it is no common word of any.

    >>> best_lang("université")
    ('fr', 5.04)
    """
    found = [(lang, z) for lang in ("en", *LATIN_LANGS) if (z := zipf_in(word, lang)) >= WORD_ZIPF]
    return max(found, key=lambda lz: lz[1]) if found else None


def code_fits(site: Site, code: int) -> list[CodeFit]:
    """The readings of ``code`` (:func:`code_readings`) that complete the gap's word to a common word of English or of
    another Latin language (:func:`best_lang`), commonest first.

    >>> [(f.char, f.word, f.lang) for f in code_fits(Site("Marie Dubois (Universit\\ufffd de Lyon)", 23, 24), 233)]
    [('é', 'université', 'fr')]
    """
    parts = word_around(site)
    if parts is None:
        return []
    head, tail = parts
    out = []
    for reading in code_readings(code):
        if not _case_fits(head, tail, reading.char):
            continue
        word = (head + reading.char + tail).replace(SAME, reading.char).casefold()
        found = best_lang(word)
        if found is not None:
            out.append(CodeFit(reading.char, word, found[0], found[1], reading.encodings))
    return sorted(out, key=lambda f: -f.zipf)


def settled_by_code(sites: list[Site], code: int) -> str | None:
    """The one reading of ``code`` that completes a common word at every place of the glyph (``sites``), the places
    holding two different words or more, where no other reading completes a word at any place; else None. One glyph is
    one character: ``caf(cid:233)`` and ``Universit(cid:233)`` both read é (café, université), and no other reading of
    233 makes a word at either.

    >>> settled_by_code([Site("un caf\\ufffd noir", 6, 7), Site("Universit\\ufffd de Lyon", 9, 10)], 233)
    'é'
    >>> settled_by_code([Site("un caf\\ufffd noir", 6, 7), Site("un caf\\ufffd noir", 6, 7)], 233) is None
    True
    >>> settled_by_code([local_site("r\\ufffdsum\\ufffds", 1, [5]), local_site("r\\ufffdsum\\ufffds", 5, [1]),
    ...                  Site("a caf\\ufffd", 5, 6)], 233)
    'é'
    """
    fits = [code_fits(site, code) for site in sites]
    if len(fits) < 2 or not all(fits):
        return None
    chars = {f.char for found in fits for f in found}
    words = {found[0].word for found in fits}
    if len(chars) != 1 or len(words) < 2:
        return None
    return next(iter(chars))


def _encodings(fit: CodeFit) -> str:
    return ", ".join(fit.encodings)


def read_by_code(r: "Repair", site: Site, code: int, settled: str | None, places: int = 1) -> "Repair":
    """``r`` (the verdict on one ``(cid:N)`` of a dump, ``code`` its N, ``site`` its place) read by the standard
    single-byte encodings (:func:`code_fits`): committed where the glyph's places settle one reading
    (``settled``: :func:`settled_by_code`; ``places`` how many places the glyph stands at), else the readings that
    complete a word offered first, never committed, and an ASCII letter the text committed held (no standard encoding
    reads a code of 128-255 as one). Nothing changes where no reading completes a word here, or at a gap no code
    reads (``(cid:2)``, ``(cid:1234)``).

    >>> from pipeline.model import Candidate, Repair
    >>> r = Repair(1, 23, "\\ufffd", "y", "restored", 0.992, (Candidate("y", 1.0),), ())
    >>> x = read_by_code(r, Site("Marie Dubois (Universit\\ufffd de Lyon)", 23, 24), 233, None)
    >>> (str(x.status.value), x.restored, [c.text for c in x.candidates])
    ('ambiguous', None, ['é', 'y'])
    >>> read_by_code(r, Site("a(cid:233) b", 1, 2), 2, None) is r
    True
    """
    from pipeline.model import Candidate, Evidence

    fits = code_fits(site, code)
    if not fits:
        return r
    shown = "; ".join(f"{f.char} ({_encodings(f)}) makes {f.word} ({LANG_NAMES[f.lang]}, Zipf {f.zipf:.1f})"
                      for f in fits)
    said = Evidence("glyph", f"(cid:{code}) is the character code of a single-byte font, which pdfminer could not map: "
                             f"the standard encodings (PDF 32000-1 Annex D, ISO 8859-1) read code {code} as "
                             + ", ".join(f"{x.char} ({', '.join(x.encodings)})" for x in code_readings(code))
                             + f"; at this place {shown}")
    others = tuple(c for c in r.candidates if c.text not in {f.char for f in fits})
    if settled is not None and settled == fits[0].char and len(fits) == 1:
        why = Evidence("glyph", f"one glyph, one answer: the same code stands at {places} places in different words, "
                                f"and {settled} alone completes a common word at every one (not measured: a font "
                                "that encodes its letters otherwise than every standard encoding is what is left)")
        note = () if r.restored in (None, settled) else (Evidence(
            "glyph", f"the text's {r.restored} yields to the code's reading: no standard encoding reads code {code} "
                     "as an ASCII letter"),)
        # the text's fills follow, their scores within what the code leaves (1 - the reading's confidence)
        rest = tuple(Candidate(c.text, round(c.score * (1 - CODE_CONFIDENCE), 4)) for c in others[:4])
        return replace(r, restored=settled, status="restored", confidence=CODE_CONFIDENCE,
                       candidates=(Candidate(settled, CODE_CONFIDENCE),) + rest,
                       evidence=r.evidence + (said, why) + note, threshold=CODE_CONFIDENCE, calibrated=True)
    rows = (said, Evidence("abstention", "read by the code and the standard encodings alone at one place (a dump does "
                                         "not name its font's encoding): offered, not committed"))
    if r.restored is not None and r.restored.isascii():
        rows += (Evidence("abstention", f"the text's {r.restored} is an ASCII letter, which no standard encoding reads "
                                        f"code {code} as: held"),)
    elif r.restored is not None:
        return replace(r, evidence=r.evidence + (said,))
    # the code's readings lead, tied with the text's first fill where that scored higher (its own evidence read the
    # letters only, not the code)
    score = max([CODE_OFFERED_SCORE, *(c.score for c in others[:1])])
    mine = [Candidate(f.char, score) for f in fits]
    kept = tuple(e for e in r.evidence if not (e.kind == "model" and e.detail.startswith("confidence")))
    return replace(r, restored=None, status="ambiguous", confidence=score,
                   candidates=tuple(mine) + others[:5 - len(mine)], evidence=kept + rows + (Evidence(
                       "model", "confidence: uncalibrated, the first candidate's score: none measured where a "
                                "single-byte code's reading leads"),), threshold=None, calibrated=False)


def foreign_completions(site: Site) -> list[CodeFit]:
    """The accented letters (:data:`ACCENTED`) that complete the gap's word to a common word of one of
    :data:`~pipeline.chardata.LATIN_LANGS` (Zipf :data:`WORD_ZIPF` or more there, :data:`LANG_MARGIN` above English's),
    commonest first.

    >>> [(f.char, f.word, f.lang) for f in foreign_completions(Site("Technische Universit\\ufffdt", 20, 21))]
    [('ä', 'universität', 'de')]
    >>> foreign_completions(Site("the inform\\ufffdtion we hold", 10, 11))
    []
    """
    parts = word_around(site)
    if parts is None:
        return []
    head, tail = parts
    capital = bool(head + tail) and (head + tail).isupper() and len(head + tail) > 1 or not head
    out = []
    for letter in ACCENTED:
        ch = letter.upper() if capital and letter.upper() != letter and len(letter.upper()) == 1 else letter
        word = (head + letter + tail).casefold()
        found = [(lang, z) for lang in LATIN_LANGS if (z := zipf_in(word, lang)) >= WORD_ZIPF]
        if not found:
            continue
        lang, z = max(found, key=lambda lz: lz[1])
        if z - zipf_in(word, "en") >= LANG_MARGIN:
            out.append(CodeFit(ch, word, lang, z, ()))
    return sorted(out, key=lambda f: -f.zipf)


PHRASE_BREAK = re.compile(r"[()\[\]{},;:|/\t\u2013\u2014]| {2,}| - ")
"""What parts a line's phrases: brackets, commas, semicolons, colons, a slash, a dash set apart, a tab or a run of
spaces (a programme's columns). A name's language is told by the words of its own phrase (``Paul Girard (Universit\ufffd
de Lille)`` after an English talk title: *de*, *Lille*), not by the line's other phrases."""


FUNCTION_ZIPF = 6.0
"""An English word this common (*the* 7.7, *of* 7.4, *for* 7.0, *with* 6.9, *by* 6.6; *de* 5.2, *la* 5.4, *die* 5.5,
*und* 3.9) is English's function word: a phrase holding one is English-shaped, and :func:`foreign_hold` does not load
the other languages' lists for it (importing wordfreq and reading six lists took 0.6 s of a restore process)."""


def _phrase(site: Site) -> str:
    """The gap's phrase (:data:`PHRASE_BREAK`) without the gap's own word."""
    parts = word_around(site)
    head, tail = parts if parts is not None else ("", "")
    lead, stop = site.start - len(head), site.end + len(tail)
    before = [m.end() for m in PHRASE_BREAK.finditer(site.text, 0, lead)]
    after = PHRASE_BREAK.search(site.text, stop)
    return site.text[before[-1] if before else 0:lead] + " " + site.text[stop:after.start() if after else None]


def _phrase_words(site: Site) -> list[str]:
    """The words of :func:`_phrase` of two letters or more that hold no lost glyph of their own."""
    rest = _phrase(site)
    return [m.group(0) for m in _WORD.finditer(rest)
            if len(m.group(0)) >= 2 and "\ufffd" not in rest[max(m.start() - 1, 0):m.end() + 1]]


def english_shaped(site: Site) -> bool:
    """The gap's phrase holds an English function word (:data:`FUNCTION_ZIPF`), by the English list alone.

    >>> english_shaped(Site("the hous\\ufffd of cards", 8, 9)), english_shaped(Site("Universit\\ufffd de Lyon", 9, 10))
    (True, False)
    """
    from pipeline import english_words

    return any(w.isascii() and english_words.zipf(w.lower()) >= FUNCTION_ZIPF for w in _phrase_words(site))


def phrase_words(site: Site, lang: str) -> tuple[list[str], list[str]]:
    """``(english, other)``: the words of the gap's phrase (:data:`PHRASE_BREAK`) other than its own word (two
    letters or more) that are English's own and those that are ``lang``'s own: common in their language
    (:data:`WORD_ZIPF`) and :data:`LANG_MARGIN` commoner there than in the other.

    >>> phrase_words(Site("Marie Dubois (Universit\\ufffd de Lyon)", 23, 24), "fr")
    ([], ['de', 'Lyon'])
    >>> phrase_words(Site("Cambridge Universit\\ufffd Press", 19, 20), "fr")
    (['Press'], [])
    >>> phrase_words(Site("Named entity linking for historical French, Paul Girard (Universit\\ufffd de Lille)", 66, 67), "fr")
    ([], ['de', 'Lille'])
    """
    english: list[str] = []
    other: list[str] = []
    # (a word with a lost glyph of its own is no word yet: ``Cit\ufffd``)
    for w in _phrase_words(site):
        en, there = zipf_in(w, "en"), zipf_in(w.casefold(), lang)
        if en >= WORD_ZIPF and en - there >= LANG_MARGIN:
            english.append(w)
        elif there >= WORD_ZIPF and there - en >= LANG_MARGIN:
            other.append(w)
    return english, other


def foreign_hold(site: Site, r: "Repair") -> "Repair":
    """``r`` (the verdict on a one-glyph gap inside a Latin word) read for another Latin language's word: where an
    accented letter completes a common word of German, French, Spanish, Portuguese, Italian or Dutch
    (:func:`foreign_completions`) and the gap's phrase shows no more words of English's own than of that language's
    (:func:`phrase_words`), a committed ASCII letter is held (``Marie Dubois (Universit\\ufffd de Lyon)``, *de* French's,
    no word English's, reads université as well as university: the English list, or the word written whole elsewhere
    in an English document, does not tell which language the name is in) and an open gap lists the accented letter.
    The accented letter leads where the phrase holds a word of its language; the confidence is uncalibrated. A phrase
    with more English words of its own (``Cambridge Universit\\ufffd Press``: *press*), a word no other language
    completes, or a gap no Latin word holds is left as it was.

    >>> from pipeline.model import Candidate, Repair
    >>> r = Repair(1, 23, "\\ufffd", "y", "restored", 0.992, (Candidate("y", 1.0),), ())
    >>> x = foreign_hold(Site("Marie Dubois (Universit\\ufffd de Lyon)", 23, 24), r)
    >>> (str(x.status.value), x.restored, [c.text for c in x.candidates])
    ('ambiguous', None, ['é', 'y', 'à'])
    >>> foreign_hold(Site("Cambridge Universit\\ufffd Press", 19, 20), r) is r
    True
    >>> r = Repair(1, 20, "\\ufffd", None, "ambiguous", 0.87, (Candidate("a", 0.6), Candidate("e", 0.4)), ())
    >>> [c.text for c in foreign_hold(Site("Technische Universit\\ufffdt Dresden", 20, 21), r).candidates]
    ['ä', 'a', 'e']
    """
    from pipeline.model import Candidate, Evidence

    committed = r.status == "restored"
    if committed and (r.restored is None or len(r.restored) != 1 or not r.restored.isascii()
                      or not r.restored.isalpha()):
        return r
    if word_around(site) is None or english_shaped(site):
        return r
    found = foreign_completions(site)
    if not found:
        return r
    # the completion in the language the phrase's other words are most of (``de`` reads université, not università)
    said = {lang: phrase_words(site, lang) for lang in dict.fromkeys(f.lang for f in found)}
    best = max(found, key=lambda f: (len(said[f.lang][1]) - len(said[f.lang][0]), f.zipf))
    english, other = said[best.lang]
    if len(english) > len(other):
        return r
    lang = LANG_NAMES[best.lang]
    shows = ((f"{lang}'s own words ({', '.join(other[:3])})" if other else "no word of English's own")
             + (f" beside English's ({', '.join(english[:3])})" if english else ""))
    weights: dict[str, float] = {}
    for f in found:
        weights[f.char] = weights.get(f.char, 0.0) + 10 ** f.zipf
    kept = tuple(e for e in r.evidence if not (e.kind == "model" and e.detail.startswith("confidence")))
    if committed:
        head, tail = word_around(site)
        en_word = head + r.restored + tail
        en_zipf = zipf_in(en_word, "en")
        why = Evidence("abstention", (
            f"{best.word} with {best.char} is a {lang} word (Zipf {best.zipf:.1f}) as {en_word} with {r.restored} is "
            f"an English one (Zipf {en_zipf:.1f}), and the phrase shows {shows}: the English list does not decide a "
            "letter in another language's word; both offered"))
        weights[r.restored] = 10 ** en_zipf
        lead = r.restored
    else:
        why = Evidence("lexicon", f"{best.word} with {best.char} is a {lang} word (Zipf {best.zipf:.1f}), and the "
                                  f"phrase shows {shows}: offered")
        mine = [ch for ch in sorted(weights, key=lambda ch: -weights[ch]) if ch not in {c.text for c in r.candidates}]
        if not mine:
            return r
        top = r.candidates[0].score if r.candidates else 0.0
        if r.candidates and not other:
            # the text's first fill keeps its place and confidence; the other language's letters follow it, tied
            shown = (r.candidates[0], *(Candidate(ch, top) for ch in mine), *r.candidates[1:])
            return replace(r, candidates=shown[:5], evidence=r.evidence + (why,))
        # the phrase's language leads, tied with the text's first fill (its frequency is no evidence against it)
        shown = (*(Candidate(ch, top) for ch in mine), *r.candidates)
        return replace(r, restored=None, status="ambiguous", confidence=top, candidates=shown[:5],
                       evidence=kept + (why, Evidence("model", "confidence: uncalibrated, the first candidate's "
                                                               "score: no benchmark measures a word of two languages")),
                       threshold=None, calibrated=False)
    total = sum(weights.values())
    # the phrase's language first where its words say so, then the others by frequency
    order = sorted(weights, key=lambda ch: (ch != best.char if other else ch != lead, -weights[ch]))
    shares = {ch: round(weights[ch] / total, 4) for ch in order}
    # the leader is tied with the commoner word's share (its frequency alone would rank it below: the phrase's words,
    # not the lists, are the evidence), as a rule's ligature ranked first is (english.tied_first)
    shares[order[0]] = max(shares.values())
    candidates = tuple(Candidate(ch, shares[ch]) for ch in order)
    candidates += tuple(c for c in r.candidates if c.text not in weights)
    return replace(r, restored=None, status="ambiguous", confidence=candidates[0].score, candidates=candidates[:5],
                   evidence=kept + (why, Evidence("model", "confidence: uncalibrated, the first candidate's score: "
                                                           "no benchmark measures a word of two languages")),
                   threshold=None, calibrated=False)
