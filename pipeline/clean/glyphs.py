"""Characters that stand for something else: lost glyphs, ligatures, radicals.

Each rule here replaces single characters and keeps their raw positions, so
every replacement is one ``changed`` ledger row naming the rule.
"""

from __future__ import annotations

import re
from typing import Callable

from ftfy.chardata import LIGATURES
from ftfy.fixes import fix_latin_ligatures

from pipeline.chardata import is_ja_letter, is_lost_control, unified_ideograph
from pipeline.clean.edits import Change, Fixed, drop_spans, unchanged
from pipeline.model import GAP, Text


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LIGATURE = re.compile("[" + "".join(map(chr, sorted(LIGATURES))) + "]")
_LOOK_ALIKE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
"""Cheap first tests: most lines hold none of these characters."""
_LONG_S = "\u017f"


def _replace_chars(text: Text, new_of: Callable[[int], str | None], reason: str) -> Fixed:
    """Replace each character ``k`` for which ``new_of(k)`` gives a string; runs of them are one change.

    A replacement longer than one character (``ﬃ`` → ``ffi``) keeps the raw
    position on its first character; the others have none of their own.
    """
    parts: list[Text] = []
    changes: list[Change] = []
    k = 0
    s = text.text
    while k < len(s):
        if new_of(k) is None:
            end = k
            while end < len(s) and new_of(end) is None:
                end += 1
            parts.append(text[k:end])
            k = end
            continue
        end = k
        chars: list[str] = []
        origin: list = []
        while end < len(s) and (new := new_of(end)) is not None and (end == k or _adjacent(text, end)):
            chars.append(new)
            origin += [text.origin[end]] + [None] * (len(new) - 1)
            end += 1
        parts.append(Text("".join(chars), tuple(origin)))
        changes.append(Change(text[k:end], reason, replacement="".join(chars)))
        k = end
    if not changes:
        return unchanged(text)
    return Fixed(Text.join(parts), tuple(changes))


def _adjacent(text: Text, k: int) -> bool:
    """Character ``k`` stood right after character ``k - 1`` in the raw line (no space a rule removed between them),
    so that one change covers one raw span (``⼗ ⽉`` joined by the spacing rule gives two rows)."""
    before, here = text.origin[k - 1], text.origin[k]
    return before is not None and here is not None and here == (before[0], before[1] + 1)


def mark_lost_control_characters(text: Text) -> Fixed:
    """Turn control characters into lost glyphs (U+FFFD), never delete them.

    Why: a control character inside a line (NUL, U+0001…) is a glyph the
    extractor could not map: pdfminer writes an unmapped digit as NUL, a
    broken dump keeps a stray control byte. Something stood there; deleting it
    would join the letters around it and hide the loss (``pp.-(2016)``). As a
    lost glyph it reaches restore, which fills it or says it cannot.

    >>> fixed = mark_lost_control_characters(Text.from_raw("pp.\\x00\\x00-\\x00\\x00", 1))
    >>> fixed.text.text, [(c.removed.text, c.replacement) for c in fixed.changes]
    ('pp.\\ufffd\\ufffd-\\ufffd\\ufffd', [('\\x00\\x00', '\\ufffd\\ufffd'), ('\\x00\\x00', '\\ufffd\\ufffd')])
    >>> mark_lost_control_characters(Text.from_raw("a\\tb", 1)).changed
    False
    """
    s = text.text
    if not _CONTROL.search(s):
        return unchanged(text)
    return _replace_chars(text, lambda k: GAP if is_lost_control(s[k]) else None, "lost-glyph")


_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]|\u200c+")
"""Characters with no glyph that split a word for a search or a tokenizer: SOFT HYPHEN, ZERO WIDTH SPACE, WORD
JOINER, ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside a file), and ZERO WIDTH NON-JOINER where it shapes
nothing (:data:`_SHAPED_BY_ZWNJ`). ZERO WIDTH JOINER (an emoji sequence's glue) and variation selectors are part
of their character and stay."""

_SHAPED_BY_ZWNJ = re.compile("[\u0600-\u0dff\u0f00-\u109f\u1780-\u18af\ua800-\uabff\ufb1d-\ufdff\ufe70-\ufefe]")
"""Letters of the scripts whose glyphs U+200C shapes (Unicode §23.2): Arabic, Syriac, Thaana, N'Ko and the Indic
scripts (U+0600–0DFF), Tibetan and Myanmar, Khmer and Mongolian, the Brahmic scripts of U+A800–ABFF, and Arabic
presentation forms: there ZWNJ is spelling (Persian ``می‌خواهم``), and it stays beside such a letter. Elsewhere it
only breaks a ligature or marks a boundary: TeX's compound word mark (``\\textcompwordmark``, read as U+200C,
:data:`pipeline.extract.fontprogram.TEX_GLYPH_NAMES`) around a macro's name in a Japanese manual (trial 79c's
lltjp-geometry, ``3.2 \u200c\\maxdepth\u200c の調整``) and a cheat sheet's verbatim (platexsheet) print nothing and
split the word they stand in (decision, session 79, helper t1mark79)."""


def _shapes_letters(s: str, start: int, end: int) -> bool:
    """The run ``s[start:end]`` is ZERO WIDTH NON-JOINER beside a letter it shapes (:data:`_SHAPED_BY_ZWNJ`)."""
    if s[start] != "\u200c":
        return False
    return any(0 <= k < len(s) and _SHAPED_BY_ZWNJ.match(s[k]) for k in (start - 1, end))


def drop_invisible_characters(text: Text) -> Fixed:
    """Remove the characters that print nothing inside a word: ``inter\u00adnational`` → ``international``.

    Why: a PDF keeps the soft hyphens of its source (a break opportunity, printed only where the line breaks)
    and some generators put a zero-width space between glyphs; a byte-order mark is left where two files were
    joined. None has ink, and each splits the word it stands in (``Oﬃce`` and ``inter\u00adnational`` alike are
    found by no search). A soft hyphen at a line's end did print: it is the hyphen of a broken word, and
    :func:`pipeline.clean.hyphenation.join_hyphenated_wraps` joins the word.

    >>> fixed = drop_invisible_characters(Text.from_raw("\ufeff本市 inter\u00adnational zero\u200bwidth", 1))
    >>> fixed.text.text, len(fixed.changes)
    ('本市 international zerowidth', 3)
    >>> drop_invisible_characters(Text.from_raw("promoted inter\u00ad", 1)).changed
    False
    >>> drop_invisible_characters(Text.from_raw("3.2 \u200c\\\\maxdepth\u200c の調整", 1)).text.text
    '3.2 \\\\maxdepth の調整'
    >>> drop_invisible_characters(Text.from_raw("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", 1)).changed
    False
    """
    s = text.text
    if not _INVISIBLE.search(s):
        return unchanged(text)
    end = len(s.rstrip())
    spans = [m.span() for m in _INVISIBLE.finditer(s) if not (s[m.start()] == "\u00ad" and m.end() == end)
             and not _shapes_letters(s, *m.span())]
    return drop_spans(text, spans, "invisible", record_blank=True) if spans else unchanged(text)


def expand_latin_ligatures(text: Text) -> Fixed:
    """Write Latin ligature characters as their letters (``Oﬃce`` → ``Office``), with ftfy's table.

    Why: a PDF's ligature glyphs come out as the presentation-form characters
    U+FB00–FB06 (and the digraphs ``Ĳ`` ``ǆ``); a search for ``office`` or a
    tokenizer never sees the word. ftfy's ``fix_latin_ligatures`` knows them
    and leaves the ligatures of other scripts alone. ftfy writes ``ﬅ`` (U+FB05)
    as long s and t, ``ſt``; the long s is a letterform of ``s`` (NFKC maps it
    so), and a PDF maps an ``st`` ligature glyph to U+FB05 as often as to
    U+FB06, so both become ``st``: ``ﬅory`` is found as ``story``.

    >>> expand_latin_ligatures(Text.from_raw("Oﬃce of ﬁnance", 1)).text.text
    'Office of finance'
    >>> expand_latin_ligatures(Text.from_raw("the ﬅory of the ﬆar", 1)).text.text
    'the story of the star'
    >>> expand_latin_ligatures(Text.from_raw("Office æsthetics", 1)).changed
    False
    """
    s = text.text
    if not _LIGATURE.search(s):
        return unchanged(text)

    def new_of(k: int) -> str | None:
        fixed = fix_latin_ligatures(s[k])
        return fixed.replace(_LONG_S, "s") if fixed != s[k] else None

    return _replace_chars(text, new_of, "ligature")


def unify_ideographs(text: Text) -> Fixed:
    """Write Kangxi radicals, CJK radicals and compatibility ideographs as the unified ideographs.

    Why: a PDF font whose glyphs map to the radicals block (``⾼`` U+2FBC for
    ``高``, ``⽇`` for ``日``, ``⻑`` for ``長``) looks right and reads wrong: the
    city ``⾼松市`` is no city, a tokenizer reads ``⽇本`` as two unknown
    symbols. A compatibility ideograph (U+F900–FAFF) is canonically the same
    character as its unified one (NFC maps it). The evidence for a radical is
    its place: it stands next to a Japanese letter or another such radical,
    inside a word; a radical alone between spaces (a list of radicals) stays.

    >>> unify_ideographs(Text.from_raw("⾼松市国際交流課⾧", 1)).text.text
    '高松市国際交流課長'
    >>> unify_ideographs(Text.from_raw("部首 ⼈ ⼑ ⼒", 1)).changed
    False
    """
    if not _LOOK_ALIKE.search(text.text):
        return unchanged(text)
    compatibility = _replace_chars(text, lambda k: unified_ideograph(text.text[k]) if _compatibility(text.text[k]) else None,
                                   "compatibility-ideograph")
    text = compatibility.text
    s = text.text
    mapped = [unified_ideograph(ch) for ch in s]

    def letter_like(k: int) -> bool:
        return 0 <= k < len(s) and (is_ja_letter(s[k]) or mapped[k] is not None)

    def new_of(k: int) -> str | None:
        if mapped[k] is None or not (letter_like(k - 1) or letter_like(k + 1)):
            return None
        return mapped[k]

    radicals = _replace_chars(text, new_of, "radical")
    return Fixed(radicals.text, compatibility.changes + radicals.changes)


def _compatibility(ch: str) -> bool:
    return "\uf900" <= ch <= "\ufaff" or "\U0002f800" <= ch <= "\U0002fa1f"
