"""PDFs: pdfminer.six's glyphs, laid out page by page, as numbered raw lines.

Each page is read once: pdfminer's interpreter draws its glyphs
(:mod:`pipeline.extract.glyphs`), overprinted copies and ruby are set aside
from their positions (:mod:`~pipeline.extract.overprint`,
:mod:`~pipeline.extract.ruby`), pdfminer's layout analysis groups the rest
into lines and boxes with vertical writing detected, and the boxes are put
in reading order (:mod:`~pipeline.extract.reading_order`). The raw lines,
their layout (``Extracted.layout``), lost-glyph markers and the ledger of
what was set aside are written by :mod:`~pipeline.extract.pdflines`; page
furniture is recognised across pages at the end
(:mod:`~pipeline.extract.furniture`), and footnote blocks under a short rule
are marked as notes (:mod:`~pipeline.extract.footnotes`).

A PDF encrypted with an empty user password is simply read (pdfminer
decrypts it); only one that needs a password is refused. Glyphs no font maps
to Unicode are kept as gaps, and when many are lost a note says how many, in
which fonts, and what to do (:mod:`~pipeline.extract.pdfnotes`).
"""

from __future__ import annotations

import io

from pipeline.errors import InputError
from pipeline.extract.common import sha256
from pipeline.extract.pdfnotes import (captured_pdfminer_warnings, collection_note, lost_glyph_note, mixed_writing_note,
                                       pdfminer_notes, vertical_block_note)
from pipeline.model import GAP, Extracted, LedgerRow, SourceFile
from pipeline.vocab import Action, Rule

FURNITURE_RULE = Rule.SET_ASIDE_PAGE_FURNITURE


def _check_container(data: bytes, name: str) -> None:
    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise InputError(
            name, "has a .pdf suffix but is not a PDF (no %PDF- header)", "check the file, or give it its real suffix",
            where="byte 0",
        )
    # pdfminer's errors for a cut file ("Unexpected EOF", "No /Root object! -
    # Is this really a PDF?") do not say the file is cut, and which one comes
    # depends on where; the end marker, which the format puts in the last
    # 1024 bytes, tells a whole file from a truncated one before parsing.
    if b"%%EOF" not in data[-1024:]:
        raise InputError(
            name,
            "is a truncated PDF (no %%EOF end marker)",
            "re-download or re-export the PDF, or give its text dump instead",
            where=f"end of file (byte {len(data)})",
        )


def _read_pages(data: bytes, name: str):  # noqa: ANN202 - a generator of (page number, LTPage, glyphs, rules)
    """Each page's number (1-based), pdfminer page object, glyphs in drawing order and horizontal rules.

    pdfminer's own errors become an :class:`InputError` naming the file (and
    the page, once pages are being read); errors in the code that handles
    the glyphs are not caught here.
    """
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psexceptions import PSException

    from pipeline.extract.glyphs import FontFallbackManager, GlyphCollector

    broken = (PDFException, PSException, ValueError, KeyError, TypeError, AssertionError, IndexError, AttributeError)
    result: list = []
    manager = FontFallbackManager(caching=True)
    device = GlyphCollector(manager, on_page=lambda page, glyphs, rules: result.append((page, glyphs, rules)))
    interpreter = PDFPageInterpreter(manager, device)
    number = 0
    try:
        pages = PDFPage.get_pages(io.BytesIO(data), password="", caching=True)
        while True:
            try:
                page = next(pages)
            except StopIteration:
                return
            number += 1
            result.clear()
            interpreter.process_page(page)
            yield number, *result[0]
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(
            name,
            f"is an encrypted PDF that needs a password ({type(exc).__name__})",
            "decrypt it first: qpdf --password=PASSWORD --decrypt in.pdf out.pdf",
        ) from exc
    except broken as exc:
        raise InputError(
            name, f"is a damaged or truncated PDF ({type(exc).__name__}: {exc})",
            "re-export or re-download the PDF, or give its text dump instead",
            where=f"page {number}" if number else None,
        ) from exc


def extract_pdf_file(data: bytes, *, name: str) -> Extracted:
    """Lines of a PDF, page by page, with their layout, markers and the ledger of what was set aside."""
    from pipeline.extract.furniture import set_aside_page_furniture
    from pipeline.extract.glyphs import set_aside_invisible_marks
    from pipeline.extract.overprint import set_aside_overprint
    from pipeline.extract.pdflines import PdfLines
    from pipeline.extract.reading_order import page_blocks
    from pipeline.extract.ruby import set_aside_ruby

    _check_container(data, name)
    out = PdfLines()
    rules_by_page: dict[int, list] = {}
    directions: dict[int, tuple[int, int]] = {}
    uncertain_pages: list[int] = []
    carried: tuple[float, ...] = ()  # the columns of the table the page before ended on
    with captured_pdfminer_warnings() as warned:
        for number, ltpage, glyphs, rules in _read_pages(data, name):
            glyphs, marks = set_aside_invisible_marks(glyphs)
            kept, copies = set_aside_overprint(glyphs)
            body, runs = set_aside_ruby(kept)
            order = page_blocks(ltpage, body, ruby=runs, carried=carried)
            carried = order.table_columns
            if order.uncertain_blocks:
                uncertain_pages.append(number)
            # ruby over a block of vertical writing on a horizontal page is read inline there (tateblocks)
            runs = [run for k, run in enumerate(runs) if k not in order.inline_ruby]
            out.write_page(number, ltpage.bbox, order.blocks, copies, runs, marks)
            rules_by_page[number] = rules
            directions[number] = (order.vertical_glyphs, order.glyphs)
    out.mark_notes(rules_by_page)
    # Trailing pages without text start no line.
    page_starts = [start for start in out.page_starts if start <= len(out.lines)]
    ledger = list(out.ledger) + out.collection_rows()
    for facts, kind in set_aside_page_furniture(out.facts, out.page_boxes, out.body_size()):
        text = out.lines[facts.number - 1]
        col = len(text) - len(text.lstrip())
        ledger.append(LedgerRow(rule=FURNITURE_RULE, action=Action.DROPPED, line=facts.number, col=col,
                                text=text.strip(), reason=kind))
    ledger.sort(key=lambda row: (row.line, row.col))

    lost = sum(out.lost_by_font.values())
    if not any(line.strip() for line in out.lines):
        raise InputError(name, "is a PDF with no extractable text (scanned images?)",
                         "run OCR first and give the text dump")
    if lost and not any(ch.strip() and ch != GAP for line in out.lines for ch in line):
        fonts = ", ".join(sorted(out.lost_by_font))
        raise InputError(name, f"has no glyph with a Unicode mapping: all {lost} glyphs are lost (fonts: {fonts})",
                         "run OCR on it (e.g. ocrmypdf --force-ocr) or extract it with another tool (e.g. pdftotext)")
    notes = [n for n in [lost_glyph_note(name, out.glyphs_by_font, out.lost_by_font, out.glyphs_by_page,
                                         out.lost_by_page), mixed_writing_note(name, directions),
                                   collection_note(name, out.collection_fonts),
                                   vertical_block_note(name, uncertain_pages)] if n]
    notes.extend(pdfminer_notes(name, warned))
    return Extracted(
        source=SourceFile(file=name, sha256=sha256(data), kind="pdf", encoding=None),
        lines=tuple(out.lines),
        markers=tuple(out.markers),
        page_starts=tuple(page_starts) or (1,),
        notes=tuple(notes),
        layout=tuple(out.layouts),
        ledger=tuple(ledger),
        # each page's media box as pdfminer read it (rotation applied): the deck evidence of a landscape page
        page_sizes=tuple((round(x1 - x0, 2), round(y1 - y0, 2)) for _, (x0, y0, x1, y1) in sorted(out.page_boxes.items())),
    )


__all__ = ["FURNITURE_RULE", "extract_pdf_file"]
