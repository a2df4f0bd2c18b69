"""An embedded Type 1 font's built-in encoding, read from its font program.

PDF 32000-1 §9.6.6.1: a Type 1 font dictionary without ``Encoding`` uses the
font program's built-in encoding. pdfminer.six reads it only from a ``FontFile``
(Type 1) program and maps each glyph name through the Adobe Glyph List alone;
for a ``FontFile3`` (CFF, ``Type1C``) program it assumes StandardEncoding. TeX
documents hit both: dvipdfmx embeds Computer Modern as CFF, so the bullet of an
itemize (CMSY10 code 15), the ``fi`` ligature (CMR code 12) and OT1's quotes and
dashes (code 92 is “, 34 ”, 123 –) came out as ``(cid:N)`` or as ``\\`` ``"`` ``{``;
and pdfTeX's Type 1 CMSY10 names ``angbracketleft``, which the glyph list lacks, so
``⟨year⟩`` lost both brackets (and restore filled one with a letter).

:func:`builtin_unicode` reads the glyph name at each code from the program
(fontTools' CFF parser; the clear-text ``dup N /name put`` lines of a Type 1
program) and maps it to Unicode: fontTools' AGL reading (which also takes
``uniXXXX`` and ``uXXXX`` names), then the few Computer Modern glyph names the
list lacks (:data:`TEX_GLYPH_NAMES`). A name neither knows stays unmapped: its
glyph is lost, as before, with its font named.
"""

from __future__ import annotations

import io
import re
from typing import Any

from pdfminer.pdftypes import resolve1, stream_value

TEX_GLYPH_NAMES = {
    "angbracketleft": "\u27e8", "angbracketright": "\u27e9", "circlecopyrt": "\u25ef", "negationslash": "\u0338",
    "mapsto": "\u21a6", "owner": "\u220b", "follows": "\u227b", "followsequal": "\u2ab0",
    "precedesequal": "\u2aaf", "similarequal": "\u2243", "lessmuch": "\u226a", "greatermuch": "\u226b",
    "latticetop": "\u22a4", "dotlessj": "\u0237", "visiblespace": "\u2423", "tie": "\u2040",
    # col48's real-PDF set: CMSY/txsy ``prime`` (every f′), CMMI/rtxmi ``star`` (elsarticle's title notes ⋆, ⋆⋆),
    # CMBSY/txsys ``circledot`` (⊙, astronomy's solar units), CMMI's variant Greek, AMS ``trianglerightsld``
    # (beamer's itemize triangle)
    "prime": "\u2032", "star": "\u22c6", "circledot": "\u2299", "epsilon1": "\u03b5", "rho1": "\u03f1",
    "pi1": "\u03d6", "trianglerightsld": "\u25b6", "triangleleftsld": "\u25c0",
    # T1 (Cork) code 23, ``\textcompwordmark``: a zero-width glyph TeX puts between letters to break a ligature or
    # mark a boundary (``cwm`` in Latin Modern, ``compwordmark`` in cork.enc). pdfTeX's glyphtounicode.tex reads both
    # as U+200C ZERO WIDTH NON-JOINER, as a ToUnicode map TeX writes does (trial 79c's platexsheet); the character
    # prints nothing and clean drops it (``drop_invisible_characters``). Trial 79c's lltjp-geometry: 112 lost
    # glyphs around its macro names, which restore filled with ``、`` ``の`` (session 79, helper t1mark79).
    "cwm": "\u200c", "compwordmark": "\u200c",
}
"""Glyph names of the Computer Modern Type 1 fonts (AMS/BlueSky ``cmsy10.pfb``, ``cmr10.pfb``, ``cmtt10.pfb``,
``cmmi10.pfb``, ``msam10.pfb``; TX fonts name them alike) that fontTools' Adobe Glyph List reading does not map,
with the character each draws (the names as in TeX's ``oms.enc``/``ot1.enc``; the characters as in the Unicode
charts' math and letterlike blocks)."""

#: CMEX's (and txex's) sizes of a delimiter, each a whole glyph: ``parenleftBigg`` is a ``(``, ``bracketleftbig``
#: a ``[``. The pieces a large delimiter is built of (``parenlefttp``, ``braceex``) are no character of their own
#: (the glyph list reads some as private-use code points) and are left to that reading.
_SIZED_DELIMITER = re.compile(r"(parenleft|parenright|bracketleft|bracketright|braceleft|braceright|angbracketleft"
                              r"|angbracketright|floorleft|floorright|ceilingleft|ceilingright|slash|backslash)"
                              r"(?:big|Big|bigg|Bigg)")
_DELIMITERS = {"parenleft": "(", "parenright": ")", "bracketleft": "[", "bracketright": "]", "braceleft": "{",
               "braceright": "}", "angbracketleft": "\u27e8", "angbracketright": "\u27e9", "floorleft": "\u230a",
               "floorright": "\u230b", "ceilingleft": "\u2308", "ceilingright": "\u2309", "slash": "/",
               "backslash": "\\"}

_DUP = re.compile(rb"dup\s+(\d{1,3})\s*/([^\s/\[\]{}()<>%]+)\s+put")


def unicode_of_name(name: str) -> str | None:
    """The character a glyph name stands for, or ``None``.

    >>> unicode_of_name("bullet"), unicode_of_name("fi"), unicode_of_name("angbracketright"), unicode_of_name("uni2022"), unicode_of_name("a123")
    ('•', 'ﬁ', '⟩', '•', None)
    >>> unicode_of_name("prime"), unicode_of_name("star"), unicode_of_name("parenleftBigg"), unicode_of_name("bracketrightbig")
    ('′', '⋆', '(', ']')
    >>> unicode_of_name("cwm") == unicode_of_name("compwordmark") == "\u200c"
    True
    """
    from fontTools.agl import toUnicode

    if name in TEX_GLYPH_NAMES:
        return TEX_GLYPH_NAMES[name]
    if sized := _SIZED_DELIMITER.fullmatch(name):
        return _DELIMITERS[sized.group(1)]
    text = toUnicode(name)
    return text or None


def _cff_names(data: bytes) -> dict[int, str] | None:
    """Code → glyph name of a CFF program's built-in encoding; ``None`` for a standard one (or unreadable)."""
    from fontTools.cffLib import CFFFontSet

    cff = CFFFontSet()
    cff.decompile(io.BytesIO(data), None)
    top = cff[cff.fontNames[0]]
    encoding = getattr(top, "Encoding", "StandardEncoding")
    if isinstance(encoding, str) or getattr(top, "ROS", None) is not None:  # a named encoding, or a CID-keyed font
        return None
    return {code: name for code, name in enumerate(encoding) if name and name != ".notdef"}


def _type1_names(data: bytes) -> dict[int, str] | None:
    """Code → glyph name of a Type 1 program's clear-text ``/Encoding`` array; ``None`` for StandardEncoding."""
    if re.search(rb"/Encoding\s+StandardEncoding\s+def", data):
        return None
    names = {int(m.group(1)): m.group(2).decode("latin-1") for m in _DUP.finditer(data) if int(m.group(1)) < 256}
    return names or None


def builtin_unicode(spec: Any) -> dict[int, str]:
    """Code → character of a simple font's built-in encoding, where its dictionary has no ``Encoding`` and it
    embeds a Type 1 (``FontFile``) or CFF (``FontFile3``, ``Type1C``) program with an encoding of its own.

    ``spec`` is the font dictionary (pdfminer's resolved ``dict``). Empty when the font names an encoding,
    embeds no such program, uses StandardEncoding, or the program cannot be read (pdfminer's reading stands).
    """
    if not hasattr(spec, "get") or "Encoding" in spec:
        return {}
    names = _program_names(spec)
    if not names:
        return {}
    return {code: char for code, name in names.items() if (char := unicode_of_name(name)) is not None}


def glyph_names(spec: Any) -> dict[int, str]:
    """Code → glyph name of a simple font, as the PDF names its glyphs: its encoding's ``Differences``, over the
    embedded program's built-in encoding where no ``BaseEncoding`` (or named encoding) replaces it (PDF 32000-1
    §9.6.6.1). What a lost glyph's :class:`~pipeline.model.Marker` keeps (``glyph``), for restore to read through
    the font's published encoding (:func:`pipeline.mathfonts.reading`: ``summationdisplay``, ``planckover2pi1``,
    names pdfminer's glyph list lacks). Empty where the PDF names none (a CID font, a font with neither).
    """
    if not hasattr(spec, "get"):
        return {}
    encoding = resolve1(spec.get("Encoding"))
    differences: list = []
    if isinstance(encoding, dict):
        differences = list(resolve1(encoding.get("Differences")) or [])
        encoding = resolve1(encoding.get("BaseEncoding"))
    names = dict(_program_names(spec) or {}) if encoding is None else {}
    code = 0
    for item in differences:
        item = resolve1(item)
        if isinstance(item, int):
            code = item
        elif (name := literal_name_of(item)) is not None:
            names[code] = name
            code += 1
    return names


def _program_names(spec: Any) -> dict[int, str] | None:
    """Code → glyph name of the embedded Type 1 or CFF program's own encoding (``None``: none, a standard one, or
    unreadable)."""
    descriptor = resolve1(spec.get("FontDescriptor"))
    if not isinstance(descriptor, dict):
        return None
    names: dict[int, str] | None = None
    try:
        if "FontFile3" in descriptor:
            program = stream_value(descriptor["FontFile3"])
            if literal_name_of(program.get("Subtype")) == "Type1C":
                names = _cff_names(program.get_data())
        elif "FontFile" in descriptor:
            program = stream_value(descriptor["FontFile"])
            length1 = resolve1(program.get("Length1"))
            data = program.get_data()
            names = _type1_names(data[:length1] if isinstance(length1, int) and length1 > 0 else data)
    except Exception:  # noqa: BLE001 - a program fontTools or the regex cannot read leaves pdfminer's reading
        return None
    return names


def literal_name_of(value: Any) -> str | None:
    """A PDF name object's name (``/Type1C`` → ``Type1C``), else ``None``.

    >>> from pdfminer.psparser import LIT
    >>> literal_name_of(LIT("Type1C")), literal_name_of(None)
    ('Type1C', None)
    """
    value = resolve1(value)
    return getattr(value, "name", None)


__all__ = ["TEX_GLYPH_NAMES", "builtin_unicode", "glyph_names", "unicode_of_name"]
