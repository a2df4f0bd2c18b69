"""Small PDFs for tests, made on the fly (no font files, no network)."""

from __future__ import annotations

import io


def text_pdf(pages: list[list[tuple[str, str]]]) -> bytes:
    """A PDF whose pages hold the given ``(font, text)`` lines, top to bottom.

    ``font`` is ``"ja"`` (reportlab's built-in CID font HeiseiMin-W3, which
    needs no font file) or ``"en"`` (Helvetica).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)  # invariant: no time stamp, so bytes are reproducible
    for page in pages:
        y = 760
        for font, text in page:
            c.setFont("HeiseiMin-W3" if font == "ja" else "Helvetica", 12)
            c.drawString(72, y, text)
            y -= 24
        c.showPage()
    c.save()
    return buf.getvalue()


def cid_pdf(codes_hex: str, latin: str = "Hello") -> bytes:
    """A one-page PDF with a Latin line, then glyphs that have no Unicode mapping.

    The second font is a Type0/Identity-H CID font with an Adobe-Identity
    ordering and no ToUnicode map, which is exactly when pdfminer.six can
    only say ``(cid:N)``. Written by hand: reportlab always adds a mapping.
    """
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>",
        b"",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoSuchFont /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoSuchFont"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /NoSuchFont /Flags 4 /FontBBox [0 0 1000 1000]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = f"BT /F2 12 Tf 72 720 Td ({latin}) Tj ET BT /F1 12 Tf 72 700 Td <{codes_hex}> Tj ET".encode()
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return _assemble(objs)


# --------------------------------------------------------------------------
# Pages drawn glyph run by glyph run, for the layout tests

JA, JA_V, EN, MONO, EN_BOLD, EN_ITALIC, KO = "ja", "ja-v", "en", "mono", "en-bold", "en-italic", "ko"
"""Fonts of :func:`drawn_pdf`: HeiseiMin-W3 with a horizontal (UniJIS-UCS2-H) or
vertical (UniJIS-UCS2-V, WMode 1) CMap, Helvetica, Courier (a listing's monospaced face), Helvetica-Bold,
Helvetica-Oblique and HYSMyeongJo-Medium (reportlab's built-in Korean CID font, UniKS-UCS2-H: Hangul)."""


def drawn_pdf(pages: list[list[tuple[str, float, float, float, str]]], size: tuple[float, float] = (595.28, 841.89)) -> bytes:
    """A PDF whose pages draw the given runs: ``(font, size, x, y, text)`` each, in order.

    A run in :data:`JA_V` starts at ``(x, y)`` and runs downwards (the
    glyphs' centre line is ``x``), as a vertical CMap makes a viewer draw it.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    vertical = UnicodeCIDFont("HeiseiMin-W3", isVertical=True)
    vertical.name = vertical.fontName = "HeiseiMin-W3-V"  # the resource name; the PDF's BaseFont stays HeiseiMin-W3
    pdfmetrics.registerFont(vertical)
    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    names = {JA: "HeiseiMin-W3", JA_V: "HeiseiMin-W3-V", EN: "Helvetica", MONO: "Courier", EN_BOLD: "Helvetica-Bold",
             EN_ITALIC: "Helvetica-Oblique", KO: "HYSMyeongJo-Medium"}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for page in pages:
        for font, pt, x, y, text in page:
            c.setFont(names[font], pt)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def text_width(text: str, font: str, size: float) -> float:
    """The width in points of ``text`` set in a :func:`drawn_pdf` font (:data:`EN`, :data:`EN_BOLD`, :data:`EN_ITALIC`,
    :data:`KO` or :data:`JA`) at ``size``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if font in (EN, EN_BOLD, EN_ITALIC):
        return pdfmetrics.stringWidth(text, {EN: "Helvetica", EN_BOLD: "Helvetica-Bold", EN_ITALIC: "Helvetica-Oblique"}[font], size)
    if font == KO:
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        return pdfmetrics.stringWidth(text, "HYSMyeongJo-Medium", size)
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    return pdfmetrics.stringWidth(text, "HeiseiMin-W3", size)


def justified(words: list[str], x0: float, x1: float, y: float, size: float = 10.0) -> list[tuple[str, float, float, float, str]]:
    """Runs for an English line set justified from ``x0`` to ``x1``: word by word, each with its space, the
    white spread evenly between them (as a justifying typesetter stretches word spaces)."""
    runs = [word + " " for word in words[:-1]] + [words[-1]]
    white = (x1 - x0 - sum(text_width(run, EN, size) for run in runs)) / max(len(runs) - 1, 1)
    out, x = [], x0
    for run in runs:
        out.append((EN, size, x, y, run))
        x += text_width(run, EN, size) + white
    return out


def justified_paragraph(words: list[str], top: float, x0: float = 72, x1: float = 520, size: float = 10.0,
                        leading: float = 12.0) -> list[tuple[str, float, float, float, str]]:
    """Runs for an English paragraph of ``words`` set justified from ``x0`` to ``x1`` (points), its first baseline at
    ``top``, ``leading`` points between baselines; each line but the last justified (:func:`justified`), the last
    set ragged, as a typesetter ends a paragraph."""
    lines, line = [], []
    for word in words:
        if line and text_width(" ".join([*line, word]), EN, size) > x1 - x0:
            lines.append(line)
            line = []
        line.append(word)
    runs = []
    for k, row in enumerate(lines):
        runs += justified(row, x0, x1, top - leading * k, size)
    return runs + [(EN, size, x0, top - leading * len(lines), " ".join(line))]


def vertical_columns(columns: list[str], *, right: float, top: float, size: float = 10.5,
                     pitch: float = 18.0) -> list[tuple[str, float, float, float, str]]:
    """Runs for vertical columns set right to left from ``right``, each starting at ``top``."""
    return [(JA_V, size, right - k * pitch, top, text) for k, text in enumerate(columns)]


def cid_pages_pdf(pages: list[list[tuple[str, str]]]) -> bytes:
    """A PDF whose pages hold lines ``("en", text)`` in Helvetica or ``("cid", hex codes)``
    in a CID font without a Unicode map (as :func:`cid_pdf`, over several pages)."""
    count = len(pages)
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>",
                         b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (6 + 2 * k) for k in range(count)), count),
                         b"<< /Type /Font /Subtype /Type0 /BaseFont /NoSuchFont /Encoding /Identity-H /DescendantFonts [4 0 R] >>",
                         b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoSuchFont"
                         b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                         b" /FontDescriptor << /Type /FontDescriptor /FontName /NoSuchFont /Flags 4 /FontBBox [0 0 1000 1000]"
                         b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>",
                         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for page in pages:
        ops = []
        y = 760
        for kind, text in page:
            if kind == "cid":
                ops.append(f"BT /F1 10 Tf 72 {y} Td <{text}> Tj ET")
            else:
                ops.append(f"BT /F2 10 Tf 72 {y} Td ({text}) Tj ET")
            y -= 14
        stream = " ".join(ops).encode()
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                    b" /Resources << /Font << /F1 3 0 R /F2 5 0 R >> >> >>" % (len(objs) + 2))
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return _assemble(objs)


def simple_font_pdf(encoding: bytes | None, text: bytes) -> bytes:
    """A one-page PDF drawing the bytes ``text`` in Helvetica (Type1, not embedded) whose font dictionary has the
    ``/Encoding`` value ``encoding`` (``None``: no ``/Encoding`` entry, the font's built-in StandardEncoding)."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica%s >>" % (b" /Encoding " + encoding if encoding else b"")
    escaped = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 12 Tf 72 700 Td (" + escaped + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            font]
    return _assemble(objs)


def japan1_pdf(cids: list[int], to_unicode: dict[int, str] | None = None) -> bytes:
    """A one-page PDF drawing the given Adobe-Japan1 CIDs in a non-embedded CID font (Identity-H), with a
    ``ToUnicode`` map of ``to_unicode`` (CID → text) when given; without one a reader must use the
    collection's own Unicode map."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Ryumin-Light /Encoding /Identity-H /DescendantFonts [6 0 R]%s >>"
        % (b" /ToUnicode 7 0 R" if to_unicode else b""),
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Ryumin-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /Ryumin-Light /Flags 6 /FontBBox [0 -141 1000 859]"
        b" /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 709 /StemV 69 >> /DW 1000 >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td <%s> Tj ET" % "".join(f"{cid:04X}" for cid in cids).encode()
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    if to_unicode:
        pairs = "".join(f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>\n" for cid, text in to_unicode.items())
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
                "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                f"{len(to_unicode)} beginbfchar\n{pairs}endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    return _assemble(objs)


def _assemble(objs: list[bytes]) -> bytes:
    """A PDF file of the numbered objects ``objs`` (object 1 the catalogue), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def page_lines(runs: list[tuple[str, str]], *, left: float = 70.0, size: float = 10.5, pitch: float = 18.0,
               top: float = 770.0) -> list[tuple[str, float, float, float, str]]:
    """:func:`drawn_pdf` runs for Japanese lines ``(kind, text)`` down a page: ``H`` a heading (12.5 pt, at x 60),
    ``P`` a body line at ``left``, ``I`` an item set in 5 points; body lines ``pitch`` points apart."""
    out, y = [], top
    for kind, text in runs:
        if kind == "H":
            y -= 6
            out.append((JA, 12.5, 60.0, y, text))
            y -= 22
        else:
            out.append((JA, size, left + (5 if kind == "I" else 0), y, text))
            y -= pitch
    return out


def wrapped_words(text: str, font: str, size: float, measure: float, first_indent: float = 0.0) -> list[str]:
    """``text`` broken into lines by first fit at ``measure`` points (the first line ``first_indent`` narrower):
    English by words, Japanese (:data:`JA`) by characters, a full stop, a comma or a closing bracket never opening
    a line."""
    units = list(text) if font == JA else text.split()
    sep = "" if font == JA else " "
    lines: list[str] = []
    line: list[str] = []
    for unit in units:
        room = measure - (first_indent if not lines else 0.0)
        if line and text_width(sep.join([*line, unit]), font, size) > room and unit not in "。、）」":
            # (a Japanese full stop, comma or closing bracket hangs at the line's end: kinsoku)
            lines.append(sep.join(line))
            line = []
        line.append(unit)
    return lines + [sep.join(line)] if line else lines


def flowed_pages(blocks: list[tuple[str, str]], frames: list[tuple[int, float, float, float, float]], *,
                 font: str = EN, size: float = 9.0, leading: float = 11.0, indent: float = 0.0, gap: float = 0.0,
                 justify: bool = False) -> list[list[tuple[str, float, float, float, str]]]:
    """Runs for ``blocks`` (``("h", heading)`` set bold with a line's white above, ``("p", paragraph)``) flowed
    through ``frames`` (``(page, x0, x1, top, bottom)``: a column, points) in order, line by line, as a typesetter
    fills one column and goes on in the next: each paragraph's first line set in by ``indent`` points and ``gap``
    points of white between paragraphs; lines ragged right, or ``justify``'d (a paragraph's last line ragged).
    Returns the runs of each page (pages up to the last frame's)."""
    pages: list[list[tuple[str, float, float, float, str]]] = [[] for _ in range(max(f[0] for f in frames) + 1)]
    frame = 0
    y = frames[0][3]

    def place(height: float) -> tuple[int, float, float]:
        nonlocal frame, y
        if y - height < frames[frame][4]:
            frame += 1
            y = frames[frame][3]
        page, x0, x1, _, _ = frames[frame]
        out = (page, x0, x1)
        return out

    for kind, text in blocks:
        if kind == "h":
            if y != frames[frame][3]:
                y -= leading
            page, x0, x1 = place(leading)
            pages[page].append((EN_BOLD if font == EN else font, size, x0, y, text))
            y -= leading
            continue
        rows = wrapped_words(text, font, size, frames[frame][2] - frames[frame][1], indent)
        for k, row in enumerate(rows):
            page, x0, x1 = place(leading)
            x = x0 + (indent if k == 0 else 0.0)
            if justify and font != JA and k < len(rows) - 1:
                pages[page] += justified(row.split(), x, x1, y, size)
            else:
                pages[page].append((font, size, x, y, row))
            y -= leading
        y -= gap
    return pages


def lost_glyph_pdf(pages: list[list[tuple[str, float, float, float, str]]],
                   size: tuple[float, float] = (595.28, 841.89), lost_font: str = "NoSuchFont",
                   simple: dict[int, str] | None = None) -> bytes:
    """A PDF whose pages draw runs ``(font, size, x, y, text)`` as :func:`drawn_pdf` does, in :data:`EN` (Helvetica)
    or :data:`JA` (HeiseiMin-W3, not embedded, UniJIS-UCS2-H: Adobe-Japan1's own Unicode map), where each
    ``{cid:N}`` in a run's text is glyph N of a CID font without a Unicode map (as :func:`cid_pdf`), which pdfminer
    can only read as ``(cid:N)``: a lost glyph amid a line's text. Written by hand: reportlab always adds a map.
    ``lost_font``: that font's ``BaseFont`` name (a TeX math font's, ``ORQXGY+txsyb``, to test what restore reads
    of it). ``simple``: that font is a simple Type 1 font (as TeX's are; not embedded), ``N`` its code N, whose
    ``Encoding`` has these ``Differences`` (code → glyph name; none when empty), names pdfminer's glyph list lacks
    (``planckover2pi1``)."""
    import re

    name = lost_font.encode("latin-1")
    lost = b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [4 0 R] >>" % name
    if simple is not None:
        differences = b" ".join(b"%d /%s" % (code, glyph.encode("latin-1")) for code, glyph in sorted(simple.items()))
        encoding = b" /Encoding << /Type /Encoding /Differences [%s] >>" % differences if simple else b""
        lost = (b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 0 /LastChar 255 /Widths [%s]%s"
                b" /FontDescriptor << /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 0 1000 1000]"
                b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> >>"
                % (name, b" ".join([b"500"] * 256), encoding, name))
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        lost,
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s" % name +
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 0 1000 1000]" % name +
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /UniJIS-UCS2-H /DescendantFonts [7 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 /FontBBox [-123 -257 1001 910]"
        b" /ItalicAngle 0 /Ascent 723 /Descent -241 /CapHeight 709 /StemV 69 >> /DW 1000 >>",
    ]
    kids = []
    for page in pages:
        ops = []
        for font, pt, x, y, text in page:
            ops.append(f"BT {x} {y} Td")
            for k, piece in enumerate(re.split(r"\{cid:(\d+)\}", text)):
                if k % 2:
                    ops.append(f"/F1 {pt} Tf <{int(piece):02X}> Tj" if simple is not None else
                               f"/F1 {pt} Tf <{int(piece):04X}> Tj")
                elif piece and font == JA:
                    ops.append(f"/F3 {pt} Tf <{piece.encode('utf-16-be').hex().upper()}> Tj")
                elif piece:
                    escaped = piece.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                    ops.append(f"/F2 {pt} Tf ({escaped}) Tj")
            ops.append("ET")
        stream = " ".join(ops).encode("latin-1")
        kids.append(len(objs) + 1)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R"
                    b" /Resources << /Font << /F1 3 0 R /F2 5 0 R /F3 6 0 R >> >> >>" % (*size, len(objs) + 2))
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objs)


def stacked_pdf(runs: list[tuple[str, str]], body_font: str = EN, size: float = 10.0, left: float = 60.0) -> bytes:
    """A :func:`drawn_pdf` of ``(font, line)`` runs stacked down pages 13 points apart at ``left``, 7 points more of
    white above each line not in ``body_font`` (a heading), a new page under y 100."""
    pages: list[list] = [[]]
    y = 780.0
    for font, text in runs:
        if y < 100:
            pages.append([])
            y = 780.0
        y -= 7 if font != body_font else 0  # white space above a heading
        pages[-1].append((font, size, left, y, text))
        y -= 13
    return drawn_pdf(pages)
