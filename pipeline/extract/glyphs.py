"""Glyphs as pdfminer.six draws them, before any layout analysis.

:class:`GlyphCollector` is a pdfminer layout device that keeps, for each page,
only its glyphs (``LTChar``), each tagged with its glyph id (``cid``) and
whether its font writes vertically (``wmode``). Text inside form XObjects is
collected on the page itself (pdfminer would otherwise leave it out of the
layout analysis and glue it on without line breaks); paths and images are not
collected at all, which is what pdfminer's own ``TextConverter`` does for
speed, except horizontal rules (the rule above a footnote block). :func:`lost_glyph` says which glyphs pdfminer could not map to Unicode.

:class:`FontFallbackManager` adds two repairs pdfminer lacks: a CID font whose
``CIDSystemInfo`` strings cannot be read (garbled, e.g. by decrypting strings
a producer left unencrypted) but whose encoding names one of Adobe's
predefined CMaps gets the Unicode map of that CMap's character collection;
and a simple (Type1 or TrueType) font whose encoding is ``WinAnsiEncoding``
reads the codes that encoding leaves unused as the bullet ``•``, as the PDF
standard says a viewer shows them (:func:`winansi_unused_codes`). ReportLab,
for one, writes ``•`` in Helvetica as code 127, which pdfminer's WinAnsi
table (bullet at 149 only) would leave as ``(cid:127)``; and a Symbol or
ZapfDingbats font without an encoding of its own is read by its built-in
encoding (:mod:`~pipeline.extract.symbolfonts`), not as ``StandardEncoding``.
A font read through Adobe-Japan1's own Unicode map (no ``ToUnicode``) reads
the JIS X 0208 wave dash as ``～`` (:func:`japan1_unicode_map`).
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from typing import Any, NamedTuple, Sequence

from pdfminer.cmapdb import CMapDB
from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar, LTLine, LTPage, LTRect
from pdfminer.encodingdb import EncodingDB, name2unicode
from pdfminer.pdffont import PDFCIDFont, PDFSimpleFont, PDFType1Font
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import literal_name
from pdfminer.utils import apply_matrix_pt

from pipeline.extract.fontprogram import builtin_unicode, glyph_names, unicode_of_name
from pipeline.mathfonts import spells_code
from pipeline.model import NOTDEF_CID
from pipeline.extract.symbolfonts import builtin_encoding

CID_TEXT_RE = re.compile(r"\(cid:(\d+)\)")

# Adobe's predefined CMaps (PDF 32000-1:2008, table 118) by character
# collection; the first matching prefix wins, so longer prefixes come first.
# Every other predefined CMap pdfminer ships (H, V, EUC-*, 90ms-RKSJ-*,
# Add-*, Ext-*, Hankaku, Hiragana…) belongs to Adobe-Japan1.
_COLLECTION_BY_PREFIX = (
    ("UniGB", "Adobe-GB1"), ("GB", "Adobe-GB1"),
    ("UniCNS", "Adobe-CNS1"), ("CNS", "Adobe-CNS1"), ("B5", "Adobe-CNS1"), ("ETen", "Adobe-CNS1"),
    ("ETHK", "Adobe-CNS1"), ("HK", "Adobe-CNS1"),
    ("UniKS", "Adobe-Korea1"), ("KSC", "Adobe-Korea1"),
)
_KNOWN_COLLECTIONS = ("Adobe-Japan1", "Adobe-GB1", "Adobe-CNS1", "Adobe-Korea1", "Adobe-Identity", "Adobe-UCS")

BULLET = "\u2022"
#: Points a horizontal rule is high at most (a hairline or a thin filled rectangle).
RULE_THICKNESS = 2.0
#: Points a horizontal rule is long at least (shorter is an underline of a glyph or two, a dash).
RULE_MIN_LENGTH = 20.0


def winansi_unused_codes() -> frozenset[int]:
    """The codes above 32 that ``WinAnsiEncoding`` assigns no glyph, in pdfminer's table of it.

    PDF 32000-1:2008, annex D.2, table D.2, note 6: "In WinAnsiEncoding, all
    unused codes greater than 40 [octal] map to the bullet character"; only
    149 is assigned to it by name, so pdfminer maps that one alone.

    >>> sorted(winansi_unused_codes())
    [127, 129, 141, 143, 144, 157]
    """
    mapped = EncodingDB.encodings["WinAnsiEncoding"]
    return frozenset(code for code in range(33, 256) if code not in mapped)


def _differences_codes(differences: list) -> set[int]:
    """The codes an encoding's ``Differences`` array names a glyph for (``[127 /a /b 200 /c]`` → 127, 128, 200)."""
    codes: set[int] = set()
    code = 0
    for item in differences:
        item = resolve1(item)
        if isinstance(item, int):
            code = item
        else:
            codes.add(code)
            code += 1
    return codes


def _read_unused_winansi_as_bullets(font: PDFType1Font, spec: Any) -> None:
    """Map the unused WinAnsi codes of ``font`` to ``•`` when its ``Encoding`` names ``WinAnsiEncoding``.

    Only an encoding that says WinAnsi (by name, or as the ``BaseEncoding``
    of a dictionary) is evidence: a code its ``Differences`` names, or its
    ``ToUnicode`` map gives, keeps that reading; a font with no ``Encoding``
    (an embedded font's own, a symbolic TrueType font's cmap) is left alone.
    """
    encoding = resolve1(spec.get("Encoding")) if hasattr(spec, "get") else None
    differences: list = []
    if isinstance(encoding, dict):
        differences = list(resolve1(encoding.get("Differences")) or [])
        encoding = resolve1(encoding.get("BaseEncoding"))
    if encoding is None or literal_name(encoding) != "WinAnsiEncoding":
        return
    named = _differences_codes(differences)
    table = dict(font.cid2unicode)  # pdfminer shares its encoding tables between fonts: never change them in place
    for code in winansi_unused_codes() - named:
        table.setdefault(code, BULLET)
    font.cid2unicode = table


def _read_unknown_differences(font: PDFSimpleFont, spec: Any) -> None:
    """Read the glyph names of an encoding's ``Differences`` that pdfminer's glyph list lacks.

    pdfminer (``EncodingDB.get_encoding``) skips such a name and keeps the base encoding's character at its code:
    CMEX10 with ``WinAnsiEncoding`` and ``Differences [32 /parenleftBigg …]`` (revtex's sample) drew its big ``(`` as
    a space, and a font naming ``planckover2pi1`` at 126 over StandardEncoding read ℏ as ``~``. A name the TeX
    glyph names read (:func:`~pipeline.extract.fontprogram.unicode_of_name`: ``parenleftBigg`` is ``(``) is read
    so; any other is no character: the glyph is lost, its name kept on its marker (:func:`glyph_name`) for restore
    to read by its font's encoding. ``.notdef``, a name that only spells its code (:func:`~pipeline.mathfonts.spells_code`)
    and a code a ``ToUnicode`` map gives are left as they were.
    """
    encoding = resolve1(spec.get("Encoding")) if hasattr(spec, "get") else None
    if not isinstance(encoding, dict):
        return
    unknown: dict[int, str] = {}
    code = 0
    for item in list(resolve1(encoding.get("Differences")) or []):
        item = resolve1(item)
        if isinstance(item, int):
            code = item
            continue
        name = literal_name(item) if hasattr(item, "name") else None
        if name and not name.startswith(".") and not spells_code(name, code):
            # (a name spelling its code, a Type 3 bitmap font's ``a65``, keeps pdfminer's reading: TeX's text fonts
            # put their letters where StandardEncoding does, and nothing else says what the glyph is)
            try:
                name2unicode(name)
            except (KeyError, ValueError):
                unknown[code] = name
        code += 1
    if not unknown:
        return
    table = dict(font.cid2unicode)  # (pdfminer shares its tables between fonts: never change one in place)
    for code, name in unknown.items():
        char = unicode_of_name(name)
        if char is not None:
            table[code] = char
        else:
            table.pop(code, None)
    font.cid2unicode = table


def _read_symbol_font(font: PDFType1Font, spec: Any) -> None:
    """Read a Symbol or ZapfDingbats font without an ``Encoding`` of its own by its built-in encoding
    (:mod:`~pipeline.extract.symbolfonts`); an ``Encoding`` dictionary without a ``BaseEncoding`` changes that
    encoding by its ``Differences`` only, which keep pdfminer's reading. A named encoding (``WinAnsiEncoding``)
    is the font's, and is left alone, as is every code a ``ToUnicode`` map gives.
    """
    builtin = builtin_encoding(getattr(font, "basefont", "") or "")
    if builtin is None or not hasattr(spec, "get"):
        return
    encoding = resolve1(spec.get("Encoding"))
    named: set[int] = set()
    if isinstance(encoding, dict):
        if encoding.get("BaseEncoding") is not None:
            return
        named = _differences_codes(list(resolve1(encoding.get("Differences")) or []))
    elif encoding is not None:
        return
    table = dict(builtin)
    table.update({code: ch for code, ch in font.cid2unicode.items() if code in named})
    # pdfminer looks a glyph's width up by its character when no width is given by code (its metrics of the
    # standard 14 fonts are keyed by character): the widths it found before stay each code's own, so the glyphs
    # stand where they stood.
    widths = dict(font.widths)
    for code in table:
        if code not in widths and font.cid2unicode.get(code) in font.widths:
            widths[code] = font.widths[font.cid2unicode[code]]
    font.widths = widths
    font.cid2unicode = table


#: Adobe-Japan1 glyphs read differently from pdfminer's Unicode map of that collection: the JIS X 0208 wave dash
#: (row 1, cell 33; CID 665, and 7894 its vertical form) is U+FF5E FULLWIDTH TILDE, as Japanese text files (CP932)
#: and the WHATWG Encoding Standard's JIS X 0208 index read it, not the U+301C WAVE DASH of Adobe's table: both
#: spellings are the one Japanese mark (``10月1日～3日``), and both encode to this one glyph, so the glyph cannot
#: say which one the author typed; docs/extract.md gives the decision and the row-1 differences left alone.
JAPAN1_READINGS = {665: "\uff5e", 7894: "\uff5e"}


@functools.cache
def japan1_unicode_map(vertical: bool):  # noqa: ANN201 - pdfminer's PyUnicodeMap
    """pdfminer's Unicode map of Adobe-Japan1 (horizontal or vertical) with :data:`JAPAN1_READINGS`.

    A copy: pdfminer shares its maps between fonts and documents, so the original is never changed.

    >>> japan1_unicode_map(False).get_unichr(665), japan1_unicode_map(True).get_unichr(7894)
    ('～', '～')
    >>> CMapDB.get_unicode_map("Adobe-Japan1", False).get_unichr(665)
    '〜'
    """
    original = CMapDB.get_unicode_map("Adobe-Japan1", vertical)
    table = copy.copy(original)
    table.cid2unichr = {**original.cid2unichr,
                        **{cid: ch for cid, ch in JAPAN1_READINGS.items() if original.cid2unichr.get(cid) == "\u301c"}}
    return table


def collection_of_cmap(name: str) -> str | None:
    """The character collection of a predefined CMap name, or ``None``.

    >>> collection_of_cmap("UniJIS-UCS2-V"), collection_of_cmap("90ms-RKSJ-H"), collection_of_cmap("UniGB-UTF16-H")
    ('Adobe-Japan1', 'Adobe-Japan1', 'Adobe-GB1')
    >>> collection_of_cmap("Identity-H") is None
    True
    """
    if not name or name.startswith("Identity") or name.startswith("DLIdent") or name.startswith("OneByteIdentity"):
        return None
    for prefix, collection in _COLLECTION_BY_PREFIX:
        if name.startswith(prefix):
            return collection
    try:
        CMapDB.get_cmap(name)
    except CMapDB.CMapNotFound:
        return None
    return "Adobe-Japan1"


class CollectionReading(NamedTuple):
    """How a CID font with an unreadable ``CIDSystemInfo`` was read (:class:`FontFallbackManager`): through the
    CID→Unicode map of ``collection`` (``Adobe-Japan1``), which its predefined encoding ``cmap`` (``UniJIS-UCS2-H``)
    belongs to (PDF 32000-1:2008, 9.7.5.2), its own ``CIDSystemInfo`` reading ``system_info`` (``Xdobe-Japan1``,
    or ``?`` where not even that could be read)."""

    collection: str
    cmap: str
    system_info: str


def _system_info(spec: Any) -> str:
    """A CID font's ``CIDSystemInfo`` as ``Registry-Ordering``, read as far as it can be (``?`` where not at all)."""
    try:
        info = resolve1(spec.get("CIDSystemInfo"))  # pdfminer hands the descendant font's dictionary here
        parts = [resolve1(info.get(key)) for key in ("Registry", "Ordering")]
        return "-".join(p.decode("latin-1", "replace") if isinstance(p, bytes) else str(p) for p in parts)
    except (AttributeError, IndexError, KeyError, TypeError):
        return "?"


class FontFallbackManager(PDFResourceManager):
    """A resource manager that repairs CID fonts with an unreadable ``CIDSystemInfo``, reads the
    unused codes of a WinAnsi-encoded simple font as bullets, and reads an embedded Type 1 or CFF
    program's built-in encoding (:mod:`pipeline.extract.fontprogram`)."""

    def get_font(self, objid: object, spec: Any):  # noqa: ANN201 - pdfminer's signature
        font = super().get_font(objid, spec)
        if not isinstance(font, PDFCIDFont):
            font.pipeline_spec = spec  # (its glyph names, read only where a glyph is lost: glyph_name)
        if isinstance(font, PDFSimpleFont):  # (Type 1, TrueType and Type 3)
            _read_unknown_differences(font, spec)
        if isinstance(font, PDFType1Font):  # TrueType fonts are PDFType1Fonts in pdfminer
            _read_unused_winansi_as_bullets(font, spec)
            builtin = builtin_unicode(spec)
            if builtin:  # the font program's own encoding, which pdfminer reads only in part (fontprogram.py)
                font.cid2unicode = {**font.cid2unicode, **builtin}
            else:  # no program: a standard Symbol or ZapfDingbats font's encoding is annex D's
                _read_symbol_font(font, spec)
        if isinstance(font, PDFCIDFont) and font.unicode_map is None and font.cidcoding not in _KNOWN_COLLECTIONS:
            try:
                collection = collection_of_cmap(PDFCIDFont._get_cmap_name(spec, False))
                if collection is not None:
                    font.unicode_map = CMapDB.get_unicode_map(collection, font.is_vertical())
                    # no reading is silent: each glyph drawn in this font carries where its character came from
                    # (GlyphCollector.render_char), and extract writes a ledger row for it (PdfLines.collection_rows)
                    font.read_through = CollectionReading(collection, PDFCIDFont._get_cmap_name(spec, False),
                                                          _system_info(spec))
            except (CMapDB.CMapNotFound, KeyError, TypeError, AttributeError, ValueError):
                pass  # no repair: its glyphs come out as (cid:N), lost glyphs with their font named
        if isinstance(font, PDFCIDFont) and font.unicode_map is not None:
            vertical = font.is_vertical()
            if font.unicode_map is CMapDB.get_unicode_map("Adobe-Japan1", vertical):  # not a ToUnicode map: the document's own word is kept
                font.unicode_map = japan1_unicode_map(vertical)
        return font


class ImageRule(tuple):
    """The box of an image drawn as a horizontal rule (``(x0, y0, x1, y1)``, as a line's or a rectangle's): a rule by its
    shape only, as a table's rules are when Ghostscript draws them so (:func:`~pipeline.extract.footnotes.footnote_lines`
    asks the notes under it for their mark)."""

    __slots__ = ()


class GlyphCollector(PDFLayoutAnalyzer):
    """A pdfminer device that collects each page's glyphs and hands them to ``on_page``.

    ``on_page(page: LTPage, glyphs: list[LTChar], rules: list[bbox])`` is called once per page,
    glyphs in drawing order, ``rules`` the bounding boxes of its horizontal rules (lines and thin
    rectangles, and images drawn as one; other paths and images are not kept). Each glyph carries two extra attributes:
    ``cid`` (its glyph id in its font) and ``wmode`` (``True`` when its font
    writes vertically, i.e. a ``-V`` CMap).
    """

    def __init__(self, rsrcmgr: PDFResourceManager, on_page) -> None:  # noqa: ANN001
        super().__init__(rsrcmgr, pageno=1, laparams=None)
        self.on_page = on_page

    def begin_page(self, page, ctm) -> None:  # noqa: ANN001
        super().begin_page(page, ctm)
        self.glyphs: list[LTChar] = []
        self.rules: list[tuple[float, float, float, float]] = []

    def end_page(self, page) -> None:  # noqa: ANN001
        ltpage: LTPage = self.cur_item  # type: ignore[assignment]
        self.on_page(ltpage, self.glyphs, self.rules)
        self.pageno += 1

    # Text in a form XObject is positioned in page space already (the
    # interpreter applies the form's matrix), so its glyphs join the page's.
    def begin_figure(self, name, bbox, matrix) -> None:  # noqa: ANN001
        pass

    def end_figure(self, name) -> None:  # noqa: ANN001
        pass

    def render_image(self, name, stream) -> None:  # noqa: ANN001
        """Keep an image drawn as a horizontal rule: one whose box (the unit square under the current matrix) is at
        most :data:`RULE_THICKNESS` points high and :data:`RULE_MIN_LENGTH` long, as Ghostscript writes a TeX rule
        (``\\footnoterule`` from dvips: a 1×1 image mask stretched into a bar); other images are not kept."""
        corners = [apply_matrix_pt(self.ctm, p) for p in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        if max(ys) - min(ys) <= RULE_THICKNESS and max(xs) - min(xs) >= RULE_MIN_LENGTH:
            self.rules.append(ImageRule((min(xs), min(ys), max(xs), max(ys))))

    def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:  # noqa: ANN001
        """Keep only horizontal rules (a footnote separator): pdfminer's own reading of the path, as a line
        or a rectangle at most :data:`RULE_THICKNESS` points high and :data:`RULE_MIN_LENGTH` long."""
        if len(path) > 5:  # a rule is a move and a line, or a rectangle (``re``, or a move, three lines and a close)
            return
        objs = self.cur_item._objs
        before = len(objs)
        super().paint_path(gstate, stroke, fill, evenodd, path)
        drawn = objs[before:]
        del objs[before:]
        self.rules.extend(tuple(obj.bbox) for obj in drawn if isinstance(obj, (LTLine, LTRect))
                          and obj.height <= RULE_THICKNESS and obj.width >= RULE_MIN_LENGTH)

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:  # noqa: ANN001
        adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        glyph = self.cur_item._objs.pop()
        glyph.cid = cid
        glyph.wmode = font.is_vertical()
        glyph.notdef = isinstance(font, PDFCIDFont) and cid == NOTDEF_CID  # a simple font's code 0 is a glyph
        glyph.read_through = getattr(font, "read_through", None)
        if lost_glyph(glyph.get_text()):
            glyph.glyph_name = glyph_name(font, cid)
        self.glyphs.append(glyph)
        return adv


def lost_glyph(text: str) -> bool:
    """Whether pdfminer's text for one glyph stands for no character at all.

    That is its ``(cid:N)`` (no Unicode mapping), a control character (a
    map that points at NUL or another C0/C1 code), or U+FFFD.

    >>> lost_glyph("(cid:12)"), lost_glyph("\\x00"), lost_glyph("\\ufffd"), lost_glyph("a"), lost_glyph(" ")
    (True, True, True, False, False)
    """
    if text.startswith("(cid:") and CID_TEXT_RE.fullmatch(text):
        return True
    return bool(text) and all(ch == "\ufffd" or unicodedata.category(ch) == "Cc" for ch in text)


INVISIBLE_MARKS = "\u200b\u200c\u200d\u2060\ufeff"
"""Characters a glyph may read as that print nothing: ZERO WIDTH SPACE, ZERO WIDTH NON-JOINER (TeX's compound word
mark, :data:`~pipeline.extract.fontprogram.TEX_GLYPH_NAMES`' ``cwm``), ZERO WIDTH JOINER, WORD JOINER, ZERO WIDTH
NO-BREAK SPACE."""


def invisible_mark(glyph: LTChar) -> bool:
    """A glyph that reads as a character that prints nothing (:data:`INVISIBLE_MARKS`).

    Such a glyph has no ink, hence no size of its own: TeX's ``\\textcompwordmark`` is a box 1.2 pt high at 10 pt,
    which read as ruby over the kanji beside it, and two drawn side by side read as one drawn twice (trial 79c's
    platexsheet: 36 ledger rows ``ruby``/``overprint``, each one U+200C). :func:`set_aside_invisible_marks` keeps it
    out of the layout; clean drops it (``drop_invisible_characters``, reason ``invisible``).
    """
    text = glyph.get_text()
    return len(text) == 1 and text in INVISIBLE_MARKS


class InvisibleMarks(NamedTuple):
    """The glyphs :func:`set_aside_invisible_marks` took from a page, each by the inked glyph it is written beside:
    ``after[id(glyph)]`` right after that glyph, ``before[id(glyph)]`` right before it (a page's first marks)."""

    after: dict[int, list[LTChar]]
    before: dict[int, list[LTChar]]


def _distance(mark: LTChar, glyph: LTChar) -> float:
    """Points from a mark's origin to the nearer edge of ``glyph``'s box (0 inside it)."""
    dx = max(glyph.x0 - mark.x0, 0.0, mark.x0 - glyph.x1)
    dy = max(glyph.y0 - mark.y0, 0.0, mark.y0 - glyph.y1)
    return (dx * dx + dy * dy) ** 0.5


def set_aside_invisible_marks(glyphs: Sequence[LTChar]) -> tuple[list[LTChar], InvisibleMarks]:
    """Split a page's glyphs (drawing order) into the glyphs laid out and the ones that print nothing
    (:func:`invisible_mark`), each anchored to the nearer of the glyphs drawn just before and just after it (TeX
    sets a compound word mark before a macro's name and after it: ``\u200c\\\\maxdepth\u200c``).

    Why: such a glyph has a box but no ink, and pdfminer's layout reads the box. TeX's compound word mark is 1.2 pt
    high: the page's smallest glyph, it parted a line in two where it stood at its start (platexsheet's
    ``指定時は`` / ``\\markboth…``), was read as ruby, and stood alone as a text box of its own. Kept out of the
    layout, each is written where it was drawn, beside its anchor (:class:`~pipeline.extract.pdflines.PdfLines`),
    so every glyph still reaches a raw line; clean drops it there (``drop_invisible_characters``) unless it shapes
    the letters beside it.
    """
    kept = [g for g in glyphs if not invisible_mark(g)]
    marks = InvisibleMarks({}, {})
    if not kept:  # a page of marks alone: nothing else to lay out, so they are laid out themselves
        return list(glyphs), marks
    k = -1  # index in ``kept`` of the last inked glyph drawn
    for glyph in glyphs:
        if not invisible_mark(glyph):
            k += 1
            continue
        before = kept[k] if k >= 0 else None
        after = kept[k + 1] if k + 1 < len(kept) else None
        if before is None or (after is not None and _distance(glyph, after) < _distance(glyph, before)):
            marks.before.setdefault(id(after), []).append(glyph)
        else:
            marks.after.setdefault(id(before), []).append(glyph)
    return kept, marks


def glyph_name(font: Any, code: int) -> str | None:
    """The name the PDF gives the glyph of a simple font at ``code`` (:func:`~pipeline.extract.fontprogram.glyph_names`,
    read once a font, when a glyph of it is first lost), else ``None`` (a CID font, a font naming none,
    ``.notdef``, a name that only spells the code: :func:`pipeline.mathfonts.spells_code`)."""
    names = getattr(font, "pipeline_glyph_names", None)
    if names is None:
        spec = getattr(font, "pipeline_spec", None)
        names = glyph_names(spec) if spec is not None else {}
        try:
            font.pipeline_glyph_names = names
        except AttributeError:  # (a font object that takes no attribute: read again next time)
            pass
    name = names.get(code)
    return name if name and name != ".notdef" and not spells_code(name, code) else None


def glyph_cid(glyph: LTChar) -> int:
    """The glyph id pdfminer drew (``(cid:N)``'s N)."""
    match = CID_TEXT_RE.fullmatch(glyph.get_text())
    return int(match.group(1)) if match else int(getattr(glyph, "cid", -1))
