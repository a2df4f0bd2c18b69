"""Extract: raw bytes (``.txt`` or ``.pdf``) → text lines with positions.

Text files are decoded by evidence, never by hope: a BOM decides first, then
strict UTF-8, then charset-normalizer choosing among the Japanese legacy
encodings. When the best guess is still unsure the file is refused with a
message saying so, because a silently mis-decoded file would poison every
later stage while looking fine.

PDF files go through pdfminer.six. Its ``(cid:N)`` (a glyph with no Unicode
mapping) becomes one lost-glyph marker, exactly like U+FFFD in a text dump,
and the CID is kept in :class:`~pipeline.model.Marker` for provenance.
"""

from __future__ import annotations

import hashlib
import io
import re

from .errors import InputError
from .model import GAP, Extracted, Marker, SourceFile

CID_RE = re.compile(r"\(cid:(\d+)\)")

# Encodings a proceedings dump plausibly comes in. UTF-16 is only accepted
# with a BOM: without one, any even-length byte string "decodes".
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_LEGACY = ("cp932", "euc_jp", "shift_jis", "iso2022_jp")

# charset-normalizer's chaos score: 0 is clean text. Above this the decoding
# is a guess we will not bet a document on.
_MAX_CHAOS = 0.2


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a text dump; return ``(text, encoding)``.

    >>> decode_text("国境".encode("cp932"), name="x.txt")
    ('国境', 'cp932')
    >>> decode_text(b"\\xff\\xfeA\\x00", name="x.txt")
    ('A', 'utf-16')
    """
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(
                name, f"cannot be decoded as {encoding} ({exc})", "check the file or pass another --encoding"
            ) from exc
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(
                    name,
                    f"starts with a {enc} byte-order mark but is not valid {enc} (byte {exc.start})",
                    "re-save the file in one encoding",
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(
            name,
            f"holds a NUL byte at byte offset {nul}, so it is binary data or UTF-16 without a byte-order mark",
            "convert it to UTF-8 text (for UTF-16, add a BOM), or remove the NUL bytes (tr -d '\\000')",
            where=f"line {line}",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    from charset_normalizer import from_bytes  # heavy import, only for non-UTF-8 input

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is not None and best.chaos <= _MAX_CHAOS:
        enc = best.encoding
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    line = data.count(b"\n", 0, first_bad) + 1
    raise InputError(
        name,
        "not UTF-8, Shift_JIS/CP932, EUC-JP or UTF-16 (with BOM) text"
        f" (first undecodable UTF-8 byte at offset {first_bad})",
        "convert it to UTF-8, or pass --encoding NAME if you know it",
        where=f"line {line}",
    )


def split_lines(text: str) -> list[str]:
    r"""Split on ``\n`` (dropping a ``\r`` before it), like an editor counts lines.

    ``str.splitlines`` is not used: it also splits on form feeds and U+2028,
    which would make our line numbers disagree with every editor's.

    >>> split_lines("a\r\nb\n")
    ['a', 'b']
    """
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def mark_cids(lines: list[str], *, first_line: int = 1) -> tuple[list[str], list[Marker]]:
    """Replace each ``(cid:N)`` by one :data:`GAP`, recording a marker.

    >>> mark_cids(["a(cid:12)b"])
    (['a\\ufffdb'], [Marker(line=1, col=1, cid=12, raw='(cid:12)')])
    """
    out: list[str] = []
    markers: list[Marker] = []
    for lineno, line in enumerate(lines, start=first_line):
        if "(cid:" not in line:
            out.append(line)
            continue
        pieces: list[str] = []
        pos = 0
        col = 0
        for match in CID_RE.finditer(line):
            before = line[pos:match.start()]
            pieces.append(before)
            col += len(before)
            markers.append(Marker(line=lineno, col=col, cid=int(match.group(1)), raw=match.group(0)))
            pieces.append(GAP)
            col += 1
            pos = match.end()
        pieces.append(line[pos:])
        out.append("".join(pieces))
    return out, markers


def refuse_textless(lines: list[str], *, name: str, size: int) -> None:
    """Refuse a document with nothing a later stage could rebuild.

    An empty file, white space only, or only lost-glyph marks (a dump whose
    every glyph was lost) would otherwise run through every stage and yield
    an empty talk folder that looks like success.

    >>> refuse_textless(["\ufffd\ufffd", " "], name="x.txt", size=8)
    Traceback (most recent call last):
    ...
    pipeline.errors.InputError: x.txt: lines 1–2: holds only lost-glyph marks (U+FFFD), so no text is left to rebuild — extract it again from the original PDF (python -m pipeline extract FILE.pdf), or remove it from raw/
    """
    if not any(line.strip() for line in lines):
        what = "is empty (0 bytes)" if size == 0 else f"holds only white space ({size} bytes)"
        raise InputError(name, what, "remove it from raw/ or replace it with the real dump")
    if not any(ch.strip() and ch != GAP for line in lines for ch in line):
        raise InputError(
            name,
            "holds only lost-glyph marks (U+FFFD), so no text is left to rebuild",
            "extract it again from the original PDF (python -m pipeline extract FILE.pdf), or remove it from raw/",
            where=f"lines 1–{len(lines)}",
        )


def extract_text_file(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    if data.startswith(b"%PDF-"):
        raise InputError(name, "is a PDF with a .txt suffix", "rename it to .pdf", where="byte 0")
    text, enc = decode_text(data, name=name, encoding=encoding)
    lines, markers = mark_cids(split_lines(text))
    notes: list[str] = []
    refuse_textless(lines, name=name, size=len(data))
    return Extracted(
        source=SourceFile(file=name, sha256=sha256(data), kind="txt", encoding=enc),
        lines=tuple(lines),
        markers=tuple(markers),
        notes=tuple(notes),
    )


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


def extract(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    """Extract any supported raw file, chosen by its suffix."""
    lower = name.lower()
    if lower.endswith(".pdf"):
        return extract_pdf_file(data, name=name)
    if lower.endswith(".txt"):
        return extract_text_file(data, name=name, encoding=encoding)
    raise InputError(name, "has an unsupported suffix", "give a .txt text dump or a .pdf")
