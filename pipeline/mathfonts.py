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
from importlib import resources as importlib_resources
from typing import NamedTuple

from pipeline.errors import PipelineError

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


def spells_code(name: str, code: int) -> bool:
    """A glyph name that only spells its code (``a27`` at 27, ``char7f`` at 127, ``g9D`` at 157, ``d15``): the
    picture fonts', dvipdfmx's and font subsetters' names, which say nothing of the glyph: two fonts naming a code
    alike so draw no same glyph, and a lost glyph's marker does not keep such a name.

    >>> spells_code("a27", 27), spells_code("char7F", 127), spells_code("g9D", 157), spells_code("a1", 2)
    (True, True, True, False)
    >>> spells_code("X", 88), spells_code("summationdisplay", 88), spells_code("uni2211", 88)
    (False, False, False)
    """
    if name.lower().startswith("uni"):
        return False
    for k in range(min(len(name), 5) + 1):  # (a prefix of letters, then the code in decimal or hexadecimal)
        prefix, spelled = name[:k], name[k:]
        if (prefix.isalpha() or not prefix) and any(ch.isdigit() for ch in spelled) \
                and all(ch in "0123456789abcdefABCDEF" for ch in spelled):
            if (spelled.isdigit() and int(spelled) == code) or int(spelled, 16) == code:
                return True
    return False


ENCODINGS_FILE = "tex_math_encodings.tsv"
"""The published encodings of TeX's math and symbol fonts (``pipeline/data``, built by
``bench/build_tex_math_encodings.py`` from TeX Live's ``.pfb`` programs, the ``mmap`` package's CMaps and lcdf-typetools'
``glyphtounicode.tex``; the file's head names the Debian packages)."""


class _Encodings(NamedTuple):
    names: dict[str, tuple[str, str]]  # glyph name → (character, source)
    aliases: dict[str, str]  # a program's FontName (lower case) → its file's name
    codes: dict[str, dict[int, tuple[str, str | None, str]]]  # font → code → (glyph name, character or None, source)


@functools.cache
def _encodings() -> _Encodings:
    try:
        text = importlib_resources.files("pipeline.data").joinpath(ENCODINGS_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise PipelineError(f"pipeline/data/{ENCODINGS_FILE}", f"cannot be read ({exc})",
                            "reinstall the package, or rebuild it with bench/build_tex_math_encodings.py") from exc
    table = _Encodings({}, {}, {})
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        row = line.split("\t")
        if row[0] == "name":
            table.names[row[1]] = (row[2], row[3])
        elif row[0] == "alias":
            table.aliases[row[1]] = row[2]
        elif row[0] == "code":
            table.codes.setdefault(row[1], {})[int(row[2])] = (row[3], None if row[4] == "-" else row[4], row[5])
    return table


class Reading(NamedTuple):
    """What a font's published encoding says a lost glyph is: ``char``; ``committed`` where the PDF's own glyph name
    says so too (near-certain), else offered; ``why``, the evidence row's text (the font, the code, the source)."""

    char: str
    committed: bool
    why: str


def _font_file(font: str) -> tuple[str | None, bool]:
    """The table's font for a PDF font's name (subset prefix left out, case ignored), and whether it is that font
    itself (``False``: another design size of its family, ``cmsy11`` read by ``cmsy5``…``cmsy10``)."""
    table = _encodings()
    name = font.split("+", 1)[-1].lower()
    name = table.aliases.get(name, name)
    if name in table.codes:
        return name, True
    family = re.fullmatch(r"([a-z]+)\d+", name)
    if family:
        sizes = sorted(f for f in table.codes if re.fullmatch(re.escape(family.group(1)) + r"\d+", f))
        if sizes:
            return sizes[-1], False
    return None, False


def reading(font: str | None, code: int, glyph: str | None = None) -> Reading | None:
    """The character a lost glyph of ``font`` at ``code`` is by the font's published encoding
    (:data:`ENCODINGS_FILE`), ``glyph`` the name the PDF gives it (its ``Differences`` or its embedded program), if
    any; ``None`` where neither the font nor the name is known, or the font's kind cannot hold the character.

    * The PDF names the glyph, and the font's vector names it alike at that code, or the name is one the glyph lists
      read: committed (the font program's own word; ``planckover2pi1`` is ℏ).
    * The PDF gives no name (a Type 3 font, a font with no names), or a name no list reads that the vector gives too
      (dvipdfmx's ``a1`` of ``lasy10``): the vector's character, offered (a subset or a font of another size may
      be laid out otherwise; LaTeX never re-encodes a math font, but nothing in the PDF says so).
    * A name that differs from the vector's at that code: no reading (the font is laid out otherwise).

    >>> reading("ORQXGY+txsyb", 126, "planckover2pi1")[:2], reading("HXTQJI+txex", 88, "summationdisplay")[:2]
    (('ℏ', True), ('∑', True))
    >>> reading("REXBQF+LASY10", 1, "a1")[:2], reading("CMSY10", 13)[:2], reading("F12", 88, "summationdisplay")[:2]
    (('⊲', False), ('○', False), ('∑', True))
    >>> reading("XHZOCB+LINE10", 27, "a27"), reading("CMSY10", 13, "heart"), reading("Times-Roman", 88)
    (None, None, None)
    """
    if not font and not glyph:
        return None
    table = _encodings()
    file, itself = _font_file(font) if font else (None, False)
    entry = table.codes.get(file, {}).get(code) if file else None
    shown = (font or "").split("+", 1)[-1]
    out: Reading | None = None
    if entry is not None and entry[1] is not None and (glyph is None or glyph == entry[0]):
        named = f"named {glyph} by the PDF's font, as " if glyph else ""
        whose = file if itself else f"{file} (its family's; this size is not in the table)"
        out = Reading(entry[1], glyph is not None and entry[0] in table.names,
                      f"code {code} of {shown}: {named}{whose} names it {entry[0]}, read U+{ord(entry[1]):04X} "
                      f"{entry[1]} by {entry[2]}")
        if glyph is not None and not out.committed:
            # (a name the lists do not read, dvipdfmx's ``a1``: the same program, but no list says what it draws)
            out = out._replace(why=out.why + "; the name itself is read by no glyph list")
    elif glyph is not None and glyph in table.names and (entry is None or glyph == entry[0]):
        char, source = table.names[glyph]
        out = Reading(char, True, f"code {code} of {shown or 'an unnamed font'}: named {glyph} by the PDF's font, "
                                  f"read U+{ord(char):04X} {char} by {source}")
    if out is None or not holds(font_kind(font), out.char):
        return None
    return out
