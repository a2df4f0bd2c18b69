"""Extract: raw bytes (``.txt`` or ``.pdf``) → text lines with positions.

Text dumps are decoded in :mod:`pipeline.extract.text`, PDFs read through
pdfminer.six in :mod:`pipeline.extract.pdf` (with its helpers: ``glyphs``,
``overprint``, ``ruby``, ``reading_order``, ``pdflines``, ``furniture``,
``pdfnotes``); what both share (line splitting, ``(cid:N)`` → one lost-glyph
marker with its CID) is in :mod:`pipeline.extract.common`. This module only
chooses by suffix.
"""

from __future__ import annotations

from pipeline.errors import InputError
from pipeline.extract.common import CID_RE, mark_cids, sha256, split_lines
from pipeline.extract.pdf import extract_pdf_file
from pipeline.extract.text import decode_text, extract_text_file
from pipeline.model import Extracted

__all__ = ["CID_RE", "decode_text", "extract", "extract_pdf_file", "extract_text_file", "mark_cids", "sha256", "split_lines"]


def extract(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    """Extract any supported raw file, chosen by its suffix."""
    lower = name.lower()
    if lower.endswith(".pdf"):
        return extract_pdf_file(data, name=name)
    if lower.endswith(".txt"):
        return extract_text_file(data, name=name, encoding=encoding)
    raise InputError(name, "has an unsupported suffix", "give a .txt text dump or a .pdf")
