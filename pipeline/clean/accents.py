"""A spacing accent set over a letter in a PDF is one accented letter (``Andr´e`` → ``André``).

TeX's accent primitive (``\\'e``, ``\\"u`` in a font without precomposed letters: OT1, and Type 1 fonts of
that encoding) draws the accent as a glyph of its own over its base letter. The glyph maps to a *spacing*
accent (U+00B4 ACUTE ACCENT, U+00A8 DIAERESIS, U+02C6 …), which pdfminer emits before the letter in the
order it was drawn, and, because the accent's box starts right of the previous letter's end, often after a
space it inserts: ``Andr´e Miede``, ``Europ¨aer``, ``pers ¨onliche``, ``f¨ur`` (pdfplumber and pdftotext show
the same). A reader sees ``André``; a search, a tokenizer or a dictionary does not.

The evidence is the place: a spacing accent right before a Latin letter that NFC composes with it (the
accent's combining mark, :data:`COMBINING`), on a line of a PDF (``Line.box`` is set: a text dump's ``´`` may be
a typed apostrophe). Not composed:

- an acute or grave accent after a letter and before an English contraction's ending (``Peter´s``,
  ``don´t``, ``we´re``, ``I´m``: the accent typed for an apostrophe; ``ś`` and ``ḿ`` exist);
- an accent with no letter after it, or before a letter it does not compose with (``´t``);
- a ``^`` or ``~`` (ASCII: mathematics, code), which this rule never reads as an accent; an ASCII grave ````` only
  inside a word, before a vowel, right after a small letter with letters after the vowel (not TeX's ``\\catcode`a``)
  or after the extraction's space where the joined word is one
  (``Lef`evre`` → ``Lefèvre``, ``Gen `eve`` → ``Genève``: the glyph TeX's ``\\``e`` draws maps to U+0060 in Computer
  Modern; trial 33), never otherwise (code's ```ls```, ``x=`date```, ``run `echo```).
- an accent inside a URL, a path or an e-mail address (its token holds ``/``, ``\\``, ``@`` or ``://``): TeX's
  ``\\~{}`` in ``http://example.org/˜nakamura`` is the tilde of a home directory, drawn as the accent glyph, no ``ñ``;
- an acute or grave accent inside a word before a capital that small letters follow (``O´Neill``, ``D´Angelo``,
  ``d´Artagnan``): an apostrophe typed as an accent, as in ``Peter´s`` (``ANDR´E``, all capitals, is composed).

A space right before the accent is the extraction's and goes too where the letters on both sides make one
word that a language writes more often than the letters before the space alone (``pers ¨onliche`` →
``persönliche``: wordfreq's German Zipf frequency 4.62 against 3.37 for ``pers``; :data:`LANGUAGES`);
otherwise (``the ´Ecole``) it is the text's and stays. Each composition is one ledger row, reason ``spacing-accent``, the raw accent (and space)
and letter replaced by the composed letter, which keeps the letter's raw position.

**A combining mark drawn as a glyph of its own** (Unicode category Mn, U+0300–U+036F, U+3099/U+309A …: XeTeX's
``j\\symbol{"0302}``, a font without the precomposed letter) reaches the line right after its base letter
(extract drops pdfminer's space between them: ``pdflines._without_spaces_before_marks``). Where Unicode has a
precomposed form of the pair, the pair is written in it (NFC, Unicode's canonical composition: ``j`` U+0302 →
``ĵ``, ``か`` U+309A stays two, Unicode has no ``か゚``); each is one ledger row, reason ``combining-mark``. The text is
canonically equivalent before and after, so nothing is read differently, and a search for ``ĵ`` finds it.

**A negation slash drawn before its relation** (TeX's ``\\not=``, ``\\not\\in``, ``\\not<``: Computer Modern's
``negationslash`` glyph, U+0338 COMBINING LONG SOLIDUS OVERLAY, set as a glyph of its own *before* the symbol it
strikes, so the line reads ``A ̸= B`` with the mark on the space before ``=``) is written as the negated relation
where Unicode has it precomposed (NFC of the symbol and U+0338: ``≠``, ``∉``, ``≮``, ``⊄``, ``≢``): one ledger row
each, reason ``combining-mark``, the composed symbol keeping the symbol's raw position (real-PDF trial 78c,
quantum-template's ``A ̸= B``). A slash before anything Unicode has no negated form of stays as it is.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.clean.edits import Change, Line
from pipeline.model import Text

COMBINING = {
    "\u00a8": "\u0308",  # DIAERESIS
    "\u00b4": "\u0301",  # ACUTE ACCENT
    "\u02ca": "\u0301",  # MODIFIER LETTER ACUTE ACCENT
    "\u02cb": "\u0300",  # MODIFIER LETTER GRAVE ACCENT
    "\u02c6": "\u0302",  # MODIFIER LETTER CIRCUMFLEX ACCENT
    "\u02dc": "\u0303",  # SMALL TILDE
    "\u00af": "\u0304",  # MACRON
    "\u02c9": "\u0304",  # MODIFIER LETTER MACRON
    "\u02d8": "\u0306",  # BREVE
    "\u02d9": "\u0307",  # DOT ABOVE
    "\u02da": "\u030a",  # RING ABOVE
    "\u02dd": "\u030b",  # DOUBLE ACUTE ACCENT
    "\u02c7": "\u030c",  # CARON
    "\u00b8": "\u0327",  # CEDILLA
    "\u02db": "\u0328",  # OGONEK
}
"""Spacing accents (as a PDF font maps TeX's accent glyphs) and the combining mark each stands for."""

_ACCENT = re.compile(f"( ?)([{''.join(COMBINING)}`])([A-Za-z\u0131])")
_GRAVE_VOWELS = "aeiouAEIOU\u0131"
_CONTRACTION = re.compile(r"(?:s|t|m|d|ll|re|ve)\b")
_APOSTROPHE_LIKE = {"\u00b4", "\u02ca", "\u02cb"}
_ADDRESS = re.compile(r"[/\\@]|://")
"""What a URL, a path or an e-mail address holds and a word does not: an accent in such a token is no letter's."""
LANGUAGES = ("de", "en", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs")
"""Languages whose words a fragment before a spacing accent is looked up in (wordfreq)."""


def _one_word(fragment: str, joined: str) -> bool:
    """``joined`` (the fragment before the space, the accented letter and the letters after it) is a word that
    some language of :data:`LANGUAGES` writes more often than the fragment alone (wordfreq's Zipf frequency in its
    ``small`` lists, which load in about 0.1 s a language, where the full ones take 3 s; a
    fragment such as ``Staatsb`` is counted too, from text broken the same way, but far less often)."""
    from wordfreq import zipf_frequency
    for lang in LANGUAGES:
        whole = zipf_frequency(joined, lang, wordlist="small")
        if whole > 0 and whole > zipf_frequency(fragment, lang, wordlist="small"):
            return True
    return False


def composed(accent: str, letter: str) -> str | None:
    """The precomposed letter of ``letter`` under ``accent``, or None where Unicode has none.

    >>> composed("´", "e"), composed("¨", "u"), composed("ˇ", "c"), composed("´", "t")
    ('é', 'ü', 'č', None)
    """
    if letter == "\u0131" and COMBINING.get(accent, "\u0300") in ("\u0308", "\u0301", "\u0300", "\u0302"):
        letter = "i"  # TeX sets an accent over the dotless i (``\\'\\i``)
    one = unicodedata.normalize("NFC", letter + COMBINING.get(accent, "\u0300"))
    return one if len(one) == 1 else None


def compose_text(text: Text) -> tuple[Text, list[Change]]:
    """Compose every spacing accent of one PDF line with the letter after it (module docstring).

    >>> [compose_text(Text.from_raw(s, 1))[0].text for s in ("Andr´e Miede", "pers ¨onliche daten", "f¨ur")]
    ['André Miede', 'persönliche daten', 'für']
    >>> [compose_text(Text.from_raw(s, 1))[0].text for s in ("the ´Ecole", "Peter´s bike", "don´t", "x ´ y")]
    ['the École', 'Peter´s bike', 'don´t', 'x ´ y']
    >>> [compose_text(Text.from_raw(s, 1))[0].text for s in ("Lef`evre, Gen `eve", "run `ls` or `echo`", "CATCODE`a `e")]
    ['Lefèvre, Genève', 'run `ls` or `echo`', 'CATCODE`a `e']
    >>> [compose_text(Text.from_raw(s, 1))[0].text for s in ("see http://a.org/˜nakamura/x", "http://a.org/ ˜ando", "O´Neill", "ANDR´E")]
    ['see http://a.org/˜nakamura/x', 'http://a.org/ ˜ando', 'O´Neill', 'ANDRÉ']
    """
    s = text.text
    edits: list[tuple[int, int, tuple[Text, ...]]] = []
    changes: list[Change] = []
    for m in _ACCENT.finditer(s):
        space, accent, letter = m.group(1), m.group(2), m.group(3)
        one = composed(accent, letter)
        if one is None:
            continue
        before = s[:m.start()]
        after = s[m.end():]
        inside = bool(before) and before[-1].isalpha() and not space
        if accent in _APOSTROPHE_LIKE and inside and _CONTRACTION.match(letter + after):
            continue  # Peter´s, don´t: an apostrophe typed as an accent
        if accent in _APOSTROPHE_LIKE and inside and letter.isupper() and after[:1].islower():
            continue  # O´Neill, d´Artagnan: an apostrophe typed as an accent before a capitalised name
        # the token the accent stands in (with the one before it, where the extraction set a space there)
        token = re.split(r"\s", before)[-1] + s[m.start(2):m.end()] + re.split(r"\s", after, maxsplit=1)[0]
        if _ADDRESS.search(token):
            continue  # http://example.org/˜nakamura: a URL's tilde (TeX's \~{}), no accent
        start = m.start()
        fragment = re.search(r"[^\W\d_]+$", before) if space else None
        rest = re.match(r"[^\W\d_]*", after).group()
        one_word = fragment is not None and _one_word(fragment.group(), fragment.group() + one + rest)
        if accent == "`" and not (letter in _GRAVE_VOWELS and ((inside and before[-1].islower() and rest) or one_word)):
            # an ASCII backtick is code's or a quote's (\catcode`a, CATCODE`e), but inside a word of small letters
            # before a vowel (Lef`evre, el`eve) or where the joined word is one (Gen `eve)
            continue
        if space and not one_word:
            start = m.start(2)  # the space parts two words: it stays
        # the composed letter keeps its base letter's raw position
        edits.append((start, m.end(), (Text(one, (text.origin[m.end() - 1],)),)))
        changes.append(Change(text[start:m.end()], "spacing-accent", replacement=one))
    return _spliced(text, edits), changes


def _spliced(text: Text, edits: list[tuple[int, int, tuple[Text, ...]]]) -> Text:
    """``text`` with each ``(start, end, pieces)`` of ``edits`` (in order, not overlapping; offsets into
    ``text.text``) put in place of ``text[start:end]``; ``text`` itself where there is none."""
    if not edits:
        return text
    parts: list[Text] = []
    k = 0
    for start, end, pieces in edits:
        parts.append(text[k:start])
        parts.extend(pieces)
        k = end
    parts.append(text[k:])
    return Text.join(parts)


_BASE_AND_MARKS = re.compile(r"[^\W\d_][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]+")
"""A letter and the combining marks right after it (the blocks of combining diacritics and kana voicing marks)."""


def compose_marks(text: Text) -> tuple[Text, list[Change]]:
    """Write each letter of one PDF line followed by combining marks in its precomposed form where NFC has one
    (module docstring).

    >>> [compose_marks(Text.from_raw(s, 1))[0].text for s in ("= j\u0302", "e\u0301t\u0301", "か\u309a", "+ \u0302")]
    ['= ĵ', 'ét́', 'か゚', '+ ̂']
    """
    edits: list[tuple[int, int, tuple[Text, ...]]] = []
    changes: list[Change] = []
    for m in _BASE_AND_MARKS.finditer(text.text):
        one = unicodedata.normalize("NFC", m.group())
        if len(one) >= len(m.group()) or one[1:] != m.group()[len(m.group()) - len(one) + 1:]:
            continue  # no precomposed form, or NFC reordered the marks: the raw order stays
        rest = m.end() - (len(one) - 1)
        # the composed letter keeps its base letter's raw position; the marks it holds are the ledger row's
        edits.append((m.start(), m.end(), (Text(one[0], (text.origin[m.start()],)), text[rest:m.end()])))
        changes.append(Change(text[m.start():rest], "combining-mark", replacement=one[0]))
    return _spliced(text, edits), changes


def compose_spacing_accents(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Write a spacing accent a PDF drew over a Latin letter as the accented letter; only lines of a PDF
    (``Line.box`` set) are read.

    Why: TeX draws an accent as a glyph of its own over its letter, and the PDF maps it to a spacing accent
    that extraction puts before the letter (``Andr´e``, ``f¨ur``): a reader sees ``André``, a search or a
    tokenizer does not. A text dump's ``´`` may be a typed apostrophe, so only a PDF's line is read (module
    docstring for what is never composed).

    >>> from pipeline.model import Text
    >>> pdf = Line(Text.from_raw("Andr´e Miede", 1), box=(0.0, 0.0, 100.0, 10.0))
    >>> dump = Line(Text.from_raw("Andr´e Miede", 2))
    >>> out, changes = compose_spacing_accents((pdf, dump))
    >>> [line.text.text for line in out], [(c.removed.text, c.replacement) for c in changes]
    (['André Miede', 'Andr´e Miede'], [('´e', 'é')])
    """
    out: list[Line] = []
    changes: list[Change] = []
    for line in lines:
        if line.box is None or not any(ch in COMBINING or ch == "`" or unicodedata.combining(ch) for ch in line.text.text):
            out.append(line)
            continue
        text, found = compose_text(line.text)
        text, marks = compose_marks(text)
        text, negations = compose_negations(text)
        found = found + marks + negations
        out.append(line.with_text(text) if found else line)
        changes.extend(found)
    return tuple(out), changes


_NEGATION = re.compile("\u0338 ?(\\S)")
"""TeX's negation slash (U+0338) and the symbol after it that it strikes (pdfminer may set a space between)."""


def compose_negations(text: Text) -> tuple[Text, list[Change]]:
    """Write each negation slash of one PDF line with the relation after it as the negated relation where NFC has
    one (module docstring).

    >>> [compose_negations(Text.from_raw(s, 1))[0].text for s in ("A \u0338= B", "x\u0338\u2208 S", "a \u0338 b")]
    ['A ≠ B', 'x∉ S', 'a \u0338 b']
    """
    edits: list[tuple[int, int, tuple[Text, ...]]] = []
    changes: list[Change] = []
    for m in _NEGATION.finditer(text.text):
        one = unicodedata.normalize("NFC", m.group(1) + "\u0338")
        if len(one) != 1:
            continue  # Unicode has no negated form of the symbol: the slash stays
        edits.append((m.start(), m.end(), (Text(one, (text.origin[m.start(1)],)),)))
        changes.append(Change(text[m.start():m.end()], "combining-mark", replacement=one))
    return _spliced(text, edits), changes
