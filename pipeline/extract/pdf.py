"""PDFs: pdfminer.six's text, page by page, as numbered lines.

pdfminer's ``(cid:N)`` (a glyph with no Unicode mapping) becomes one
lost-glyph marker, exactly like U+FFFD in a text dump, and the CID is kept
in :class:`~pipeline.model.Marker` for provenance.
"""

from __future__ import annotations

import io

from pipeline.errors import InputError
from pipeline.extract.common import mark_cids, refuse_textless, sha256, split_lines
from pipeline.model import Extracted, Marker, SourceFile


def refuse_unmapped_encrypted(lines: list[str], markers: list[Marker], *, encrypted: bool, name: str) -> None:
    """Refuse an encrypted PDF in which any glyph came out as ``(cid:N)``.

    pdfminer.six opens PDFs encrypted with an empty user password, but then
    fails to map predefined CJK CMaps (every Japanese character becomes
    ``(cid:N)``) while the same file decrypted reads fine. From the output
    alone a real unmapped glyph and this failure look the same, and
    decrypting costs the user one command, so any ``(cid:N)`` in an
    encrypted PDF is refused rather than passed on as lost glyphs that no
    evidence could restore.

    >>> refuse_unmapped_encrypted(["\ufffdA"], [Marker(1, 0, 5, "(cid:5)")], encrypted=True, name="x.pdf")
    Traceback (most recent call last):
    ...
    pipeline.errors.InputError: x.pdf: is an encrypted PDF and 1 of its 2 characters came out as (cid:N), so its fonts could not be read — decrypt it first: qpdf --decrypt in.pdf out.pdf
    """
    if encrypted and markers:
        chars = sum(1 for line in lines for ch in line if not ch.isspace())
        raise InputError(
            name,
            f"is an encrypted PDF and {len(markers)} of its {chars} characters came out as (cid:N), so its fonts could not be read",
            "decrypt it first: qpdf --decrypt in.pdf out.pdf",
        )


def extract_pdf_file(data: bytes, *, name: str) -> Extracted:
    """Lines of a PDF, page by page, through pdfminer.six."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException

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
    try:
        text = extract_text(io.BytesIO(data), laparams=LAParams())
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(
            name,
            f"is an encrypted PDF that needs a password ({type(exc).__name__})",
            "decrypt it first: qpdf --password=PASSWORD --decrypt in.pdf out.pdf",
        ) from exc
    except (PDFException, PSException, ValueError, KeyError, TypeError, AssertionError, IndexError) as exc:
        raise InputError(
            name, f"is a damaged or truncated PDF ({type(exc).__name__}: {exc})", "re-export or re-download the PDF, or give its text dump instead"
        ) from exc
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    lines: list[str] = []
    page_starts: list[int] = []
    for page in pages:
        page_starts.append(len(lines) + 1)
        lines.extend(split_lines(page))
    lines, markers = mark_cids(lines)
    if not any(line.strip() for line in lines):
        raise InputError(name, "is a PDF with no extractable text (scanned images?)", "run OCR first and give the text dump")
    refuse_textless(lines, name=name, size=len(data))
    refuse_unmapped_encrypted(lines, markers, encrypted=b"/Encrypt" in data, name=name)
    return Extracted(
        source=SourceFile(file=name, sha256=sha256(data), kind="pdf", encoding=None),
        lines=tuple(lines),
        markers=tuple(markers),
        page_starts=tuple(page_starts) or (1,),
    )
