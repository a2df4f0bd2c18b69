"""Text dumps: bytes → lines, decoded by evidence, never by hope.

A BOM decides first, then strict UTF-8, then charset-normalizer choosing among
the Japanese legacy encodings. When the best guess is still unsure the file is
refused with a message saying so, because a silently mis-decoded file would
poison every later stage while looking fine.
"""

from __future__ import annotations

from pipeline.errors import InputError
from pipeline.extract.common import mark_cids, refuse_textless, sha256, split_lines
from pipeline.model import Extracted, SourceFile

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
