r"""What a math or symbol font holds, read from the font's name: the repertoire a glyph it lost can be.

A PDF's lost glyph keeps the name of the font it was drawn in (:attr:`pipeline.model.Marker.font`, the ``BaseFont``
with its subset prefix: ``ORQXGY+txsyb``). TeX sets formulas in fonts of their own, and those are the fonts whose
glyphs a reader most often cannot map: their glyph names (``hslash``, ``summationdisplay``, ``arrowhookleft``) are
outside the Adobe Glyph List, or the font carries no names at all. Such a glyph is a symbol, not a letter of the
prose around it: fresh-user trial 75c's elsarticle specimen lost ℏ (``txsyb`` code 126) at six places, and restore
committed ``m`` at all of them, because ``mω1S`` (the electron mass) stands elsewhere (``ℏω1S = 2.05 eV`` read
``mω1S``, ``H/ℏ`` read ``H/m``); its three large Σ (``txex``) were offered ``e``, ``t``, ``s``.

The families, by the names their fonts carry (the fonts' own documentation: Knuth's Computer Modern ``cmsy``,
``cmex``, ``cmmi``; the AMS fonts ``msam``, ``msbm``, ``eufm``…; txfonts, pxfonts, newtx and newpx; Latin Modern's
``LMMathSymbols``…; the OpenType math fonts, whose names say ``Math``; the PDF standard 14's ``Symbol`` and
``ZapfDingbats``; LaTeX's ``lasy`` and picture fonts ``line``, ``lcircle``; xy-pic's arrow fonts; Knuth's
``manfnt``; ``wasy``, ``stmary``, ``rsfs``, ``esint``):

* ``extension`` — large operators, delimiters, radicals, accents (``cmex``, ``txex``, ``LMMathExtension``…): marks
  only, no letter, no digit;
* ``symbols`` — operators, relations, arrows, pieces of pictures, and the letterlike symbols (``cmsy``, ``msam``,
  ``msbm``, ``txsy``, ``Symbol``…): marks, Greek letters and the letterlike and mathematical alphanumeric symbols
  (ℏ, ℓ, ℵ, 𝒜), never a Latin letter or a digit (those a symbol font names with the standard names every reader
  maps: a glyph it lost is none of them);
* ``math`` — math italic and the alphabets (``cmmi``, ``txmi``, ``eufm``, ``rsfs``, STIX, ``…Math``): letters as
  well as symbols, but a formula's letter, never the prose's: its Latin letters are offered, never committed
  (:func:`commits`).

A font of none of these families (a text font, however it is encoded) is ``None``: nothing changes for it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_EXTENSION = re.compile(r"(?:cmex|euex|txex|pxex|ntxex|npxex|lmex|esint|mathex|.*mathextension|.*mathex\d)"
                        r"[a-z]{0,4}\d*")
_SYMBOLS = re.compile(r"(?:cmsy|cmbsy|lmsy|lmbsy|txsy|pxsy|ntxsy|npxsy|msam|msbm|lasy|wasy|stmary|manfnt|"
                      r"xy(?:cm|atip|btip|bsql|line|qc|euler|dash)|symbol|psyr|pzdr|zapfdingbats|dingbats|"
                      r"wingdings|webdings|mtextra|marvosym|fmvr8x|bbding|.*mathsymbols)[a-z]{0,5}\d*"
                      r"|(?:linew?|lcirclew?)\d*")
_MATH = re.compile(r"(?:cmmi|cmbrmi|lmmi|txmi|rtxmi|pxmi|rpxmi|ntxmi|npxmi|eufm|eufb|eusm|eusb|eurm|eurb|rsfs|"
                   r"stix|.*math)[a-z0-9-]*")

KINDS = ("extension", "symbols", "math")


@functools.lru_cache(maxsize=512)
def font_kind(font: str | None) -> str | None:
    """The repertoire family of a PDF font by its name (:data:`KINDS`), else ``None``: a subset prefix (``ABCDEF+``)
    and a style suffix after ``-`` or ``,`` are left out, case ignored.

    >>> [font_kind(f) for f in ("ORQXGY+txsyb", "HXTQJI+txex", "CMEX10", "MSAM10", "LMMathSymbols10-Regular")]
    ['symbols', 'extension', 'extension', 'symbols', 'symbols']
    >>> [font_kind(f) for f in ("CMMI10", "XITSMath", "EUFM10", "LINE10", "manfnt", "Symbol", "ZapfDingbats")]
    ['math', 'math', 'math', 'symbols', 'symbols', 'symbols', 'symbols']
    >>> [font_kind(f) for f in ("ABCDEF+Times-Roman", "CMR10", "LinLibertineT", "NoSuchFont", "Lines", None)]
    [None, None, None, None, None, None]
    """
    if not font:
        return None
    name = font.split("+", 1)[-1].lower()
    base = re.split(r"[-,]", name, maxsplit=1)[0]
    for kind, pattern in zip(KINDS, (_EXTENSION, _SYMBOLS, _MATH)):
        if pattern.fullmatch(base) or (kind == "math" and "math" in name):
            return kind
    return None


def _letterlike(ch: str) -> bool:
    """Greek, the letterlike symbols (U+2100–214F: ℏ ℓ ℘ ℵ) and the mathematical alphanumeric symbols (𝒜 𝔄 ℝ's
    kin): the letters a symbol font holds."""
    return "\u0370" <= ch <= "\u03ff" or "\u2100" <= ch <= "\u214f" or "\U0001d400" <= ch <= "\U0001d7ff"


def holds(kind: str | None, fill: str) -> bool:
    """Whether a glyph of a font of ``kind`` can be ``fill`` (one character per glyph): any fill for ``None`` (a
    text font); marks (Unicode's symbol and punctuation categories) for ``extension``; marks and letterlike symbols
    for ``symbols``; marks, letterlike symbols, Latin letters and digits for ``math``. A space, a kana, a kanji is
    none of them.

    >>> holds("symbols", "ℏ"), holds("symbols", "m"), holds("extension", "∑"), holds("extension", "e")
    (True, False, True, False)
    >>> holds("math", "m"), holds("math", "の"), holds(None, "の"), holds("symbols", "≪")
    (True, False, True, True)
    """
    if kind is None:
        return True
    for ch in fill:
        if ch == "\ufffd":  # (a lost glyph is no fill)
            return False
        mark = unicodedata.category(ch)[0] in "SP"
        if kind == "extension" and not mark:
            return False
        if kind == "symbols" and not (mark or _letterlike(ch)):
            return False
        if kind == "math" and not (mark or _letterlike(ch) or (ch.isascii() and ch.isalnum())):
            return False
    return bool(fill)


def commits(kind: str | None, fill: str) -> bool:
    """Whether a fill the font holds may be committed from the text's evidence: not a Latin letter or a digit of a
    math font (``math``), which the prose's words and repeats propose (a formula's ``m`` is a variable the formula
    names, not a word's letter), the rest as any fill.

    >>> commits("math", "x"), commits("math", "ℓ"), commits(None, "x"), commits("symbols", "≪")
    (False, True, True, True)
    """
    return not (kind == "math" and any(ch.isascii() and ch.isalnum() for ch in fill))
