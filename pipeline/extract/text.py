"""Text dumps: bytes → lines, decoded by evidence, never by hope.

A BOM decides first, then strict UTF-8, then charset-normalizer choosing among
the Japanese legacy encodings. A file that is mostly one encoding but holds a
few lines in another (two dumps concatenated, a line pasted from a Shift_JIS
file) is read line by line: each odd line is decoded on its own in the
Japanese encoding that gives everyday Japanese, or, when none does, with its
undecodable bytes as lost glyphs (U+FFFD); either way it gets a ledger row
(``decode_lines``, reason ``encoding``) and a note naming the line and the
encoding. A file that fits one encoding but for a stray byte or two is read in that encoding, weighed whole
(:func:`_whole_file_reading`), and each stray byte is one lost glyph whose bytes its ledger row keeps in hex
(:func:`mark_undecodable_bytes`, reason ``undecodable-byte``). The file is refused only when it is not text: most of its bytes
fit no encoding, or it holds NUL bytes in numbers that only binary data or
UTF-16 without a byte-order mark has; charset-normalizer's ``is_binary``
then tells binary data (refused as "not text", naming the line and byte offset of
the first sign: :func:`_first_evidence`) from text in an encoding we do not read. A few NUL or other control characters
in good text are lost glyphs (the clean stage marks them), not a reason to
refuse the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.chardata import HALF_WIDTH_KATAKANA, is_everyday_japanese, is_ja_letter
from pipeline.errors import InputError
from pipeline.extract.dumpcolumns import find_columns
from pipeline.extract.common import mark_cids, refuse_textless, sha256, split_lines
from pipeline.model import GAP, Extracted, LedgerRow, SourceFile

# Encodings a proceedings dump plausibly comes in. UTF-16 is only accepted
# with a BOM: without one, any even-length byte string "decodes".
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_LEGACY = ("cp932", "euc_jp", "shift_jis", "iso2022_jp")
_LINE_ENCODINGS = ("utf-8", "cp932", "euc_jp")
"""What one odd line is tried in, in this order, as Japanese (:func:`_everyday`)."""
_WESTERN = "cp1252"
"""What an odd line is tried in last, as Western text (:func:`_western`): a line pasted from a Windows
document into a UTF-8 dump (``Café``, curly quotes, dashes). CP1252 rather than Latin-1: it is what such
lines are in practice (WHATWG's Encoding Standard decodes every ``latin1`` label as windows-1252)."""

# charset-normalizer's chaos score: 0 is clean text. Above this the decoding
# is a guess we will not bet a document on.
_MAX_CHAOS = 0.2

MAX_NUL_SHARE = 0.1
"""NUL bytes above this share of the file: UTF-16 without a BOM (every other byte of ASCII text) or binary data, not text with a few lost glyphs."""

MAX_UNDECODABLE_SHARE = 0.1
"""Bytes on lines that fit no encoding, above this share of the file: not text."""

MIN_EVERYDAY = 0.9
"""Share of everyday Japanese among an odd line's non-ASCII characters for a decoding to count."""


@dataclass
class Decoded:
    """A decoded dump: its lines, its main encoding, and the lines decoded otherwise."""

    text: str
    encoding: str
    odd_lines: dict[int, str] = field(default_factory=dict)  # 1-based line → encoding, or "lost" (U+FFFD)
    lost_bytes: dict[int, list[tuple[int, bytes]]] = field(default_factory=dict)  # 1-based line → (column, bytes) of each U+FFFD a decoding wrote


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a text dump; return ``(text, main encoding)`` (see :func:`decode_dump` for odd lines).

    >>> decode_text("国境".encode("cp932"), name="x.txt")
    ('国境', 'cp932')
    >>> decode_text(b"\\xff\\xfeA\\x00", name="x.txt")
    ('A', 'utf-16')
    """
    decoded = decode_dump(data, name=name, encoding=encoding)
    return decoded.text, decoded.encoding


def decode_dump(data: bytes, *, name: str, encoding: str | None = None) -> Decoded:
    """Decode a text dump, line by line where one encoding does not fit every line.

    Raises :class:`~pipeline.errors.InputError` naming the place, the cause and
    the remedy when the bytes are not text.

    >>> mixed = "港町\\n".encode() + "近年は港の整備が進む。\\n".encode("cp932") + "Port\\n".encode()
    >>> d = decode_dump(mixed, name="x.txt")
    >>> d.text.split("\\n")[1], d.encoding, d.odd_lines
    ('近年は港の整備が進む。', 'utf-8', {2: 'cp932'})
    """
    if encoding is not None:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(
                name, f"cannot be decoded as {encoding} ({exc})", "check the file or pass another --encoding"
            ) from exc
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                if enc == "utf-8-sig":
                    return decode_lines(data[len(bom):], name, "utf-8")
                raise InputError(
                    name,
                    f"starts with a {enc} byte-order mark but is not valid {enc} (byte {exc.start})",
                    "re-save the file in one encoding",
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0 and data.count(b"\x00") > MAX_NUL_SHARE * len(data) and not _utf16_fragments_hold_the_nuls(data):
        raise _not_text_error(data, name, whole=data) or _nul_error(data, nul, name)
    try:
        text = data.decode("utf-8")
        if nul < 0 or not any(_utf16_ascii(raw) for raw in data.split(b"\n")):
            return Decoded(text, "utf-8")
        return decode_lines(data, name, "utf-8")  # NUL bytes of a UTF-16 fragment of ASCII text: valid UTF-8 too
    except UnicodeDecodeError:
        pass
    main = _main_encoding(data)
    try:
        return decode_lines(data, name, main)
    except InputError as undecodable:
        if nul >= 0 and not undecodable.what.startswith(NOT_TEXT):
            raise _nul_error(data, nul, name) from None
        raise


MIN_FRAGMENT_SHARE = 0.8
"""Share of a line's bytes that runs of UTF-16 ASCII text must cover for the line to count as a fragment when the file's
NULs are weighed (:func:`_utf16_fragments_hold_the_nuls`): a binary file (a word processor's) holds short UTF-16 strings
among its NUL-laden fields on nearly every line, a pasted fragment is text from end to end."""


def _utf16_share(raw: bytes) -> float:
    """The share of ``raw`` that runs of UTF-16 ASCII text cover (:data:`_UTF16_ASCII_RUNS`, either byte order; the
    fragment's CR, BOM and the NUL its line feed leaves count with them).

    >>> _utf16_share("Hello world\\r".encode("utf-16-le")), _utf16_share(bytes(range(1, 41)) + "Hello".encode("utf-16-le"))
    (1.0, 0.2)
    """
    body = raw.removeprefix(b"\xff\xfe").removeprefix(b"\xfe\xff")
    if not body:
        return 0.0
    return max(sum(len(m.group()) for m in pattern.finditer(body)) for pattern in _UTF16_ASCII_RUNS.values()) / len(body)


def _utf16_fragments_hold_the_nuls(data: bytes) -> bool:
    """The NUL bytes of ``data`` are those of UTF-16 fragments pasted into a text dump: past the fragment lines
    (UTF-16 of ASCII text, :func:`_utf16_ascii`, or of everyday Japanese, :func:`_utf16_line`, and the NUL of the
    two-byte line feed that ended one), the file holds text of its own with at most :data:`MAX_NUL_SHARE` of NULs.

    A fragment of English in UTF-16 makes every other byte of its lines a NUL, so a short dump with a long one
    passes the share that marks a file as binary or UTF-16 whole; the fragment is decoded on its own instead
    (:func:`decode_lines`, a ledger row each line). A file that is UTF-16 whole (no line of its own) or binary
    (NUL bytes outside any such line) is still refused. (Issue 18.)

    >>> body = "本市は港町である。\\n".encode()
    >>> _utf16_fragments_hold_the_nuls(body + "Sister City Agreement of 1985\\r\\n".encode("utf-16-le") + body)
    True
    >>> _utf16_fragments_hold_the_nuls("Port City\\nThank you\\n".encode("utf-16-le"))
    False
    >>> _utf16_fragments_hold_the_nuls(body + bytes(range(0, 64)) * 4)
    False
    """
    outside = nuls = 0
    fragment = False
    previous_le = False
    for raw in data.split(b"\n"):
        if previous_le and raw.startswith(b"\x00"):
            raw = raw[1:]
        previous_le = False
        if b"\x00" in raw:
            found = _utf16_line(raw) or (_utf16_ascii(raw) if _utf16_share(raw) >= MIN_FRAGMENT_SHARE else None)
            if found is not None:
                fragment = True
                previous_le = found[0] == "utf-16-le"
                continue
        if raw.strip():
            outside += len(raw) + 1
            nuls += raw.count(b"\x00")
    return fragment and outside > 0 and nuls <= MAX_NUL_SHARE * outside


NOT_TEXT = "is binary data, not text (charset-normalizer finds no text encoding that reads it)"


def _not_text_error(data: bytes, name: str, *, whole: bytes) -> InputError | None:
    """The refusal of a file whose ``data`` (the whole file, or the lines no encoding reads) is binary, by
    charset-normalizer's own test (``is_binary``); ``None`` when it may be text (UTF-16 without a BOM, text in
    an encoding not read here), which the caller words. The refusal names the place of the first evidence in
    the file (``whole``): its first run of NUL bytes, else its first byte that no encoding read here reads
    (:func:`_first_evidence`).

    Asked only of a file already found undecodable, so good text never pays for it. The lines no encoding
    reads are asked alone: Japanese lines beside Latin-1 ones fit no single encoding, yet are text.

    >>> data = bytes(range(256)) * 8
    >>> _not_text_error(data, "x.txt", whole=data).message()
    'x.txt: line 1: is binary data, not text (charset-normalizer finds no text encoding that reads it): the first sign, a NUL byte, at byte offset 0 — give the text dump (.txt) or the PDF of the proceedings instead'
    >>> data = "Port City\\nThank you\\n".encode("utf-16-le")
    >>> _not_text_error(data, "x.txt", whole=data) is None
    True
    """
    from charset_normalizer import is_binary  # heavy import, only for a file that is not plain text

    if not is_binary(data):
        return None
    offset, evidence = _first_evidence(whole)
    line = whole.count(b"\n", 0, offset) + 1
    return InputError(name, f"{NOT_TEXT}: the first sign, {evidence}, at byte offset {offset}",
                      "give the text dump (.txt) or the PDF of the proceedings instead", where=f"line {line}")


def _first_evidence(data: bytes) -> tuple[int, str]:
    """Where a file first shows it is no text, and what shows it: its first run of NUL bytes (no text encoding
    read here writes one), else its first byte that neither UTF-8 nor CP932 nor EUC-JP reads (the one of the
    three that reads furthest).

    >>> _first_evidence(b"ELF\\x7f\\x00\\x00\\x00\\x01"), _first_evidence(b"abc\\ndef\\xff\\xff")
    ((4, 'a run of 3 NUL bytes'), (8, 'the byte 0xFF, which no encoding read here reads'))
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        run = len(data[nul:]) - len(data[nul:].lstrip(b"\x00"))
        return nul, "a NUL byte" if run == 1 else f"a run of {run} NUL bytes"
    offset = max(_first_bad(data, enc) for enc in _LINE_ENCODINGS)
    return offset, f"the byte 0x{data[offset]:02X}, which no encoding read here reads"


def _first_bad(data: bytes, encoding: str) -> int:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data) - 1


def _nul_error(data: bytes, nul: int, name: str) -> InputError:
    line = data.count(b"\n", 0, nul) + 1
    return InputError(
        name,
        f"holds a NUL byte at byte offset {nul}, so it is binary data or UTF-16 without a byte-order mark",
        "convert it to UTF-8 text (for UTF-16, add a BOM), or remove the NUL bytes (tr -d '\\000')",
        where=f"line {line}",
    )


def _main_encoding(data: bytes) -> str:
    """UTF-8 when most lines with non-ASCII bytes are UTF-8; the Western code page when none is and every one
    reads as Western text in it (``Café``, ``“quotes”``: a file saved in CP1252 whole); the encoding the whole file
    reads in but for a stray byte or two, where the others read it with more (:func:`_whole_file_reading`); else
    charset-normalizer's choice among the Japanese encodings."""
    lines = [line for line in data.split(b"\n") if not line.isascii()]
    utf8 = sum(_decodes(line, "utf-8") for line in lines)
    if utf8 * 2 >= len(lines):
        return "utf-8"
    if not utf8 and all(_decodes(line, _WESTERN) and _western(line.decode(_WESTERN)) for line in lines):
        return _WESTERN
    whole = _whole_file_reading(data)
    if whole is not None:
        return whole
    from charset_normalizer import from_bytes  # heavy import, only for non-UTF-8 input

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is not None and best.chaos <= _MAX_CHAOS:
        if best.encoding in _SHIFT_JIS_FAMILY and _decodes(data, "cp932"):
            return "cp932"
        return best.encoding
    return "utf-8"


_SHIFT_JIS_FAMILY = frozenset({"shift_jis", "shift_jis_2004", "shift_jisx0213"})
"""Names charset-normalizer gives a Shift_JIS file. Such a file is read as CP932 (Windows-31J) whenever it decodes
so: the Windows superset is what Japanese text files are written in (Windows, Python's ``cp932``), it reads the NEC
and IBM extensions (``①``, ``髙``, ``㈱``), and for the bytes the two map differently it gives the characters the
writer typed: 0x8160 ``～`` (U+FF5E FULLWIDTH TILDE, where JIS X 0208's mapping gives U+301C WAVE DASH), 0x817C
``－`` (U+FF0D, not U+2212), 0x8191/0x8192 ``￠￡``, 0x81CA ``￢``, 0x815F ``＼`` (docs/clean.md, "Text dumps in more than one encoding")."""


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def decode_keeping_bytes(raw: bytes, encoding: str) -> tuple[str, list[tuple[int, bytes]]]:
    """``raw`` decoded as ``errors="replace"`` decodes it (one U+FFFD for each run of bytes the codec rejects),
    with the column of each U+FFFD so written and the bytes it stands for: a lost glyph whose bytes the ledger
    keeps (:func:`decoding_notes_and_rows`, rule ``mark_undecodable_bytes``).

    >>> decode_keeping_bytes("本市は港町".encode()[:6] + b"\\x85" + "港町".encode(), "utf-8")
    ('本市\ufffd港町', [(2, b'\\x85')])
    >>> decode_keeping_bytes("港町の海".encode()[:-1] + b" 2019", "utf-8")
    ('港町の\ufffd 2019', [(3, b'\\xe6\\xb5')])

    In Shift_JIS a rejected lead byte takes its trail byte with it (:func:`_orphan_trail`): ``野菜`` with the lead
    byte of 菜 damaged (``8D D8`` → ``85 D8``) is one lost glyph, not a lost byte and a half-width ``ﾘ``.

    >>> decode_keeping_bytes("野菜や花".encode("cp932").replace(b"\\x8d", b"\\x85"), "cp932")
    ('野\ufffdや花', [(1, b'\\x85\\xd8')])
    """
    out: list[str] = []
    lost: list[tuple[int, bytes]] = []
    pos = col = 0
    while True:
        try:
            out.append(raw[pos:].decode(encoding))
            return "".join(out), lost
        except UnicodeDecodeError as exc:
            good = raw[pos:pos + exc.start].decode(encoding)
            end = exc.end + (encoding in _SHIFT_JIS and exc.end - exc.start == 1
                             and _orphan_trail(raw, pos + exc.start, encoding))
            out += [good, GAP]
            col += len(good)
            lost.append((col, raw[pos + exc.start:pos + end]))
            col += 1
            pos += end


_SHIFT_JIS = ("cp932", "shift_jis")


def _orphan_trail(raw: bytes, at: int, encoding: str) -> bool:
    """Whether the byte after the rejected byte ``raw[at]`` is its trail byte, to be lost with it: ``raw[at]`` is in
    Shift_JIS's lead-byte range (81–9F, E0–FC: it announces a two-byte character), and the next byte, in the trail
    range, cannot stand where it is alone — it starts no character (a lead byte whose pair is rejected too), or it
    reads as a half-width katakana in a line that has no other (a lone ``ﾘ`` among full-width letters is the trail
    ``D8`` of a character whose lead byte was damaged, as in ``8D D8`` 菜). A next byte that reads as ASCII stays:
    ``A`` before ``社`` may be the text's own.

    >>> _orphan_trail(b"\\x85\\xd8\\x82\\xe2", 0, "cp932"), _orphan_trail(b"\\x85A\\x8e\\xd0", 0, "cp932")
    (True, False)
    >>> _orphan_trail("ｶﾀｶﾅ".encode("cp932") + b"\\x85\\xd8", 4, "cp932")  # a half-width line: ﾘ may be its own
    False
    """
    b = raw[at]
    if not (0x81 <= b <= 0x9F or 0xE0 <= b <= 0xFC) or at + 1 >= len(raw):
        return False
    n = raw[at + 1]
    if not (0x40 <= n <= 0x7E or 0x80 <= n <= 0xFC):
        return False
    if 0xA1 <= n <= 0xDF:
        around = raw[:at].decode(encoding, "replace") + raw[at + 2:].decode(encoding, "replace")
        return not any(HALF_WIDTH_KATAKANA[0] <= ch <= HALF_WIDTH_KATAKANA[1] for ch in around)
    if n < 0x80:
        return False
    try:
        raw[at + 1: at + 3].decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start == 0
    return False


MAX_STRAY_BYTES = 2
"""Undecodable places (a stray byte, a character cut short, a user-defined character a decoder went out of step
into) a whole file may hold in one encoding for that encoding to be the file's (:func:`_whole_file_reading`)."""


def _damage(text: str) -> int:
    """Places where a decoding shows damage: each U+FFFD it wrote, each private-use character (CP932 reads its
    user-defined rows F0–F9 so: a lead byte cut short pairs with the next character's lead byte and reads on out of
    step into them; a dump holds no gaiji)."""
    return sum(ch == GAP or "\ue000" <= ch <= "\uf8ff" for ch in text)


def _whole_file_reading(data: bytes) -> str | None:
    """The encoding the whole file reads in with at most :data:`MAX_STRAY_BYTES` damaged places, where every other
    encoding reads it with more; else ``None``.

    A file in one encoding with one stray byte (a lone 0x85, a double-byte character cut short) fits that encoding
    strictly nowhere, so a line-by-line reading took each of its lines alone: a CP932 file was read as UTF-8 with every
    line decoded on its own (and one line out of step), a short UTF-8 file with one stray byte was refused. Weighed
    whole, the file reads in its own encoding but for one or two places, and in the others with many. The reading must
    be plausible text besides the damage: charset-normalizer's chaos score (``mess_ratio``) low, and for CP932 and
    EUC-JP everyday Japanese (:func:`_everyday`), which mojibake is not.

    >>> text = "本市は港町である。\\n近年は港の整備が進む。\\n"
    >>> _whole_file_reading(text.encode("cp932").replace(b"\\x82\\xcd", b"\\x85\\x82\\xcd", 1))
    'cp932'
    >>> _whole_file_reading(text.encode().replace("港".encode(), b"\\x85", 1))
    'utf-8'
    >>> _whole_file_reading(text.encode("cp932") + text.encode()) is None
    True
    """
    from charset_normalizer.md import mess_ratio  # heavy import, only for a file no encoding reads whole

    found: list[tuple[int, str]] = []
    for enc in _LINE_ENCODINGS:
        text, _ = decode_keeping_bytes(data, enc)
        damage = _damage(text)
        plain = "".join(ch for ch in text if ch != GAP and not "\ue000" <= ch <= "\uf8ff")
        if damage <= MAX_STRAY_BYTES and not plain.isascii() and mess_ratio(plain) <= _MAX_CHAOS and (
                enc == "utf-8" or (_everyday(plain) and sum(map(is_ja_letter, plain)) >= 3)):
            found.append((damage, enc))
    found.sort(key=lambda f: f[0])
    if found and (len(found) == 1 or found[0][0] < found[1][0]):
        return found[0][1]
    return None


def _stray_bytes(raw: bytes, main: str) -> tuple[str, list[tuple[int, bytes]]] | None:
    """A line of the file's own encoding ``main`` but for a stray byte or two: its decoding, each undecodable run a
    U+FFFD, and those runs' columns and bytes; ``None`` when more are lost (:data:`MAX_LOST_BYTES` of the line, two
    always allowed) or when the rest of a Japanese legacy encoding's reading is no everyday Japanese.

    >>> _stray_bytes("本市は港町である。".encode().replace("港".encode(), b"\\x85"), "utf-8")
    ('本市は\ufffd町である。', [(3, b'\\x85')])
    >>> _stray_bytes("近年は港の整備が進む。".encode("cp932"), "utf-8") is None
    True
    """
    text, lost = decode_keeping_bytes(raw, main)
    if not lost or len(lost) > max(2, MAX_LOST_BYTES * len(text)):
        return None
    plain = text.replace(GAP, "")
    if main != "utf-8" and not plain.isascii() and not _everyday(plain):
        return None
    return text, lost


def _out_of_step(raw: bytes, encoding: str) -> tuple[str, list[tuple[int, bytes]]] | None:
    """A line of a double-byte encoding (CP932) that holds a lead byte whose trail byte was lost: read with that
    lead byte as one lost glyph, the rest in step; ``None`` when no single lead byte so read gives everyday Japanese
    without damage, or more than one does.

    The lead byte left alone pairs with the next character's lead byte (a valid trail byte in CP932), and the
    decoder reads on out of step, without an error, into characters no text holds (a user-defined one of rows
    F0–F9, a private-use character: ``整備が`` cut to ``数\ue3edｪ``). Each lead byte up to the first such
    character is tried as the lost one; of the readings that are in step again (no other damage, everyday
    Japanese), the earliest is taken: the decoder went out of step at the lost byte and read on so until the
    character no text holds, so the loss lies at the start of that run (a later byte taken as lost also reads
    in step, ``数�が``, but keeps the character read across the loss).

    >>> _out_of_step("近年は港の整備が進む。".encode("cp932").replace(b"\\x90\\xae", b"\\x90"), "cp932")
    ('近年は港の\ufffd備が進む。', [(5, b'\\x90')])
    """
    text = raw.decode(encoding)
    first = next(i for i, ch in enumerate(text) if _damage(ch))
    found = []
    offset = 0
    for col, ch in enumerate(text[:first + 1]):
        size = len(ch.encode(encoding))
        if size == 2 and offset + 1 < len(raw) and (0x81 <= raw[offset + 1] <= 0x9F or raw[offset + 1] >= 0xE0):
            try:  # its trail byte is a lead byte: the next character's, read as a trail (a gaiji's own stays)
                fixed = raw[:offset].decode(encoding) + GAP + raw[offset + 1:].decode(encoding)
            except UnicodeDecodeError:
                fixed = None
            if fixed is not None and _damage(fixed) == 1 and _everyday(fixed.replace(GAP, "")):
                found.append((fixed, [(col, raw[offset:offset + 1])]))
        offset += size
    return found[0] if found else None


def _everyday(text: str) -> bool:
    """Everyday Japanese: a Japanese letter, and :data:`MIN_EVERYDAY` of the non-ASCII characters everyday ones.

    Half-width katakana (one byte each in Shift_JIS: ``ｻﾝｻ踊り``) are judged apart: they may make up at most half
    of the line and the rest must be everyday without them. The mojibake of UTF-8 or EUC-JP read as CP932 is
    half-width katakana among level-2 kanji, never among everyday characters.

    >>> _everyday("ｻﾝｻ踊りは夏に開かれる。"), _everyday("ｱ､ﾎﾂｿ､ﾅﾔｻﾔ"), _everyday("縺ｮ蝗ｽ髫帑ｺ､")
    (True, False, False)
    """
    odd = [ch for ch in text if not ch.isascii() and not ch.isspace()]
    rest = [ch for ch in odd if not HALF_WIDTH_KATAKANA[0] <= ch <= HALF_WIDTH_KATAKANA[1]]
    return (any(is_ja_letter(ch) for ch in rest) and 2 * len(rest) >= len(odd)
            and sum(map(is_everyday_japanese, rest)) >= MIN_EVERYDAY * len(rest))



_WESTERN_PUNCTUATION = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u00a0\u00ab\u00bb\u00b0\u00a9\u00ae\u2122\u00a3\u00a7")


def _western(text: str) -> bool:
    """Every non-ASCII character is a Latin letter (accented) or a typographic mark a Western document uses,
    and the line has ASCII letters too: text, not bytes that happen to decode.

    >>> _western("Café culture in Tours"), _western("“Smart” quotes — and dashes"), _western("Ã©Ã¨Â")
    (True, True, False)
    """
    import unicodedata

    odd = [ch for ch in text if not ch.isascii()]
    if not odd or sum(ch.isascii() and ch.isalpha() for ch in text) < 2 * len(odd):
        return False
    return all(ch in _WESTERN_PUNCTUATION or (unicodedata.category(ch) in ("Ll", "Lu")
                                              and "LATIN" in unicodedata.name(ch, "")) for ch in odd)


MAX_LOST_BYTES = 0.1
"""Share of an odd line's characters that may be lost bytes (U+FFFD) for it to read in a Japanese encoding
(:func:`_damaged_japanese`); at least two are always allowed."""


def _damaged_japanese(raw: bytes, main: str) -> str | None:
    """The Japanese encoding an odd line reads in once a few bytes are taken as lost, or ``None``.

    A line cut inside a character (``…開かれる\x82``), or with a stray byte, fits no encoding strictly; read
    with its bad bytes as lost glyphs (U+FFFD, which restore fills or flags), it is everyday Japanese in one of
    them. The encoding with the fewest lost glyphs wins, and they may be at most :data:`MAX_LOST_BYTES` of it.

    >>> _damaged_japanese("ねぶた祭は夏に開かれる。".encode("cp932")[:-1], "utf-8")
    'cp932'
    >>> _damaged_japanese(bytes(range(0x80, 0xC0)), "utf-8") is None
    True
    """
    best: tuple[int, str] | None = None
    for enc in _LINE_ENCODINGS:
        if enc == main:
            continue
        text = raw.decode(enc, "replace")
        gaps = text.count("\ufffd")
        if gaps > max(2, MAX_LOST_BYTES * len(text)) or not _everyday(text.replace("\ufffd", "")):
            continue
        if sum(is_ja_letter(ch) for ch in text) >= 3 and (best is None or gaps < best[0]):
            best = (gaps, enc)
    return best[1] if best else None


_UTF16 = ("utf-16-le", "utf-16-be")


def _utf16_line(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) when an odd line is UTF-16 (little- or big-endian) that reads as everyday Japanese with at
    least three Japanese letters and no control character; else ``None``.

    A fragment of UTF-16 pasted into a UTF-8 dump: its line feed is two bytes (``0A 00`` little-endian), so splitting
    the file at ``0A`` leaves one NUL at the start of the next line (or, big-endian, at the end of this one), and the
    fragment may open with a byte-order mark; both are layout of the encoding, not text. Any even number of bytes
    decodes as UTF-16, so the decoding must be everyday Japanese (:func:`_everyday`) to count.

    >>> _utf16_line("瀬戸内海に面した港町。".encode("utf-16-le"))
    ('utf-16-le', '瀬戸内海に面した港町。')
    >>> _utf16_line(b"\\x00" + "人口50万の都市\\r".encode("utf-16-le")), _utf16_line("港町です".encode("utf-16-be") + b"\\x00")
    (('utf-16-le', '人口50万の都市'), ('utf-16-be', '港町です'))
    >>> _utf16_line("Thank you".encode("cp932")), _utf16_line(bytes(range(0x80, 0xC0)))
    (None, None)
    """
    for enc in _UTF16:
        for cut in (raw, raw[1:], raw[:-1]):
            if not cut or len(cut) % 2:
                continue
            try:
                text = cut.decode(enc)
            except UnicodeDecodeError:
                continue
            text = text.lstrip("\ufeff").rstrip("\r")
            if (sum(is_ja_letter(ch) for ch in text) >= 3 and _everyday(text)
                    and not any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in text)):
                return enc, text
    return None


_UTF16_ASCII_RUNS = {"utf-16-le": re.compile(rb"(?:[\t\r\x20-\x7e]\x00){4,}"),
                     "utf-16-be": re.compile(rb"(?:\x00[\t\r\x20-\x7e]){4,}")}
MIN_UTF16_LETTERS = 3
"""ASCII letters a UTF-16 fragment of plain ASCII text must hold (:func:`_utf16_ascii`): text, not a binary field."""


def _utf16_ascii(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) when a line holds UTF-16 of plain ASCII text (``H\\x00e\\x00l\\x00l\\x00o\\x00``,
    little-endian; ``\\x00H\\x00e…`` big-endian): runs of four characters or more, each a printable ASCII byte
    beside a NUL, with :data:`MIN_UTF16_LETTERS` letters; else ``None``.

    Such bytes are valid UTF-8 too (a NUL is ASCII), so a dump with such a fragment decoded as UTF-8 whole, and each
    NUL became a lost glyph (``H\ufffde\ufffdl…``). The encoding whose runs cover more bytes wins; each run is
    decoded as UTF-16, the rest of the line as UTF-8; the NUL the fragment's two-byte line feed leaves at the line's
    end (big-endian ``00 0A``) and its carriage return are the encoding's layout, not text; a NUL at the next line's
    start (little-endian ``0A 00``) is taken by :func:`decode_lines`. (Issue 18.)

    >>> _utf16_ascii("Hello world\\r".encode("utf-16-le")), _utf16_ascii("Hello world".encode("utf-16-be") + b"\\x00")
    (('utf-16-le', 'Hello world'), ('utf-16-be', 'Hello world'))
    >>> _utf16_ascii(b"Name: " + "Harbor Town".encode("utf-16-le") + "、港町".encode())
    ('utf-16-le', 'Name: Harbor Town、港町')
    >>> _utf16_ascii(b"a\\x00b\\x00"), _utf16_ascii("1,2,3,4".encode("utf-16-le")), _utf16_ascii(b"pp.\\x00\\x00-\\x00\\x00")
    (None, None, None)
    """
    best: tuple[int, str, list[re.Match[bytes]]] | None = None
    for enc, pattern in _UTF16_ASCII_RUNS.items():
        runs = [m for m in pattern.finditer(raw)
                if sum(chr(b).isalpha() for b in m.group() if b) >= MIN_UTF16_LETTERS]
        covered = sum(len(m.group()) for m in runs) + (enc == "utf-16-be" and raw.endswith(b"\x00"))
        if runs and (best is None or covered > best[0]):
            best = (covered, enc, runs)
    if best is None:
        return None
    _, enc, runs = best
    parts, pos = [], 0
    bom = "\ufeff".encode(enc)
    for m in runs:
        before = raw[pos:m.start()]
        if before.endswith(bom):
            before = before[:-len(bom)]  # the fragment's own byte-order mark: the encoding's layout, as in _utf16_line
        parts += [before.decode("utf-8", "replace"), m.group().decode(enc)]
        pos = m.end()
    rest = raw[pos:]
    if enc == "utf-16-be" and rest in (b"\x00", b"\x00\r"):
        rest = b""  # the first byte of the fragment's line feed (00 0A)
    return enc, ("".join(parts) + rest.decode("utf-8", "replace")).rstrip("\r")


def decode_lines(data: bytes, name: str, main: str) -> Decoded:
    """Decode each line in ``main``, an odd line in whichever Japanese encoding reads as everyday Japanese."""
    out: list[str] = []
    odd: dict[int, str] = {}
    lost_bytes: dict[int, list[tuple[int, bytes]]] = {}
    lost: list[bytes] = []
    first_lost = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if odd.get(number - 1) == "utf-16-le" and raw.startswith(b"\x00"):
            raw = raw[1:]  # the second byte of the UTF-16 line feed (0A 00) that ended the line before
        ascii16 = _utf16_ascii(raw) if b"\x00" in raw else None
        if ascii16 is not None:
            out.append(ascii16[1])
            odd[number] = ascii16[0]
            continue
        if _decodes(raw, main):
            text = raw.decode(main)
            resynced = _out_of_step(raw, main) if main in _LEGACY and _damage(text) else None
            if resynced is not None:
                text, lost_bytes[number] = resynced
            out.append(text)
            continue
        for enc in _LINE_ENCODINGS + (_WESTERN,):
            if enc != main and _decodes(raw, enc) and (_western if enc == _WESTERN else _everyday)(raw.decode(enc)):
                out.append(raw.decode(enc))
                odd[number] = enc
                break
        else:
            utf16 = _utf16_line(raw)
            if utf16 is not None:
                out.append(utf16[1])
                odd[number] = utf16[0]
                continue
            damaged = _damaged_japanese(raw, main)
            stray = _stray_bytes(raw, main)
            if stray is not None and (damaged is None or len(stray[1]) <= _damage(raw.decode(damaged, "replace"))):
                out.append(stray[0])  # the file's encoding but for a stray byte or two: each a lost glyph, its bytes kept
                lost_bytes[number] = stray[1]
                continue
            if damaged is not None:
                text, lost_bytes[number] = decode_keeping_bytes(raw, damaged)
                out.append(text)
                odd[number] = damaged
                continue
            text, lost_bytes[number] = decode_keeping_bytes(raw, main)
            out.append(text)
            odd[number] = "lost"
            lost.append(raw)
            first_lost = first_lost or number
    # one bad line never refuses a file whose other lines read: only bytes that mostly fit nothing are not text
    if first_lost is not None and sum(map(len, lost)) > MAX_UNDECODABLE_SHARE * len(data) \
            and 2 * sum(enc == "lost" for enc in odd.values()) >= sum(not ln.isascii() for ln in data.split(b"\n")):
        raise _not_text_error(b"\n".join(lost), name, whole=data) or InputError(
            name,
            "not UTF-8, Shift_JIS/CP932, EUC-JP or UTF-16 (with BOM) text"
            f" (first undecodable UTF-8 byte at offset {_first_bad_utf8(data)})",
            "convert it to UTF-8, or pass --encoding NAME if you know it",
            where=f"line {first_lost}",
        )
    return Decoded("\n".join(out), main, odd, {n: b for n, b in lost_bytes.items() if b})


def _first_bad_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def decoding_notes_and_rows(decoded: Decoded, lines: list[str], name: str) -> tuple[list[str], list[LedgerRow]]:
    """A ledger row for each line decoded otherwise than the file, and a note (in the message format
    ``<file>: <lines>: <what> — <remedy>``) for each run of consecutive such lines in one encoding.

    >>> notes, rows = decoding_notes_and_rows(Decoded("a\\nb\\nc", "utf-8", {2: "cp932", 3: "cp932"}), ["a", "b", "c"], "x.txt")
    >>> notes
    ['x.txt: lines 2–3: decoded as cp932 (the rest of the file is utf-8) — nothing to do if the text reads right (the ledger lists each such line, rule decode_lines); else re-save the file in one encoding']
    >>> [(str(r.rule), str(r.action), r.line, r.text, str(r.reason), r.replacement) for r in rows]
    [('decode_lines', 'changed', 2, 'b', 'encoding', 'b'), ('decode_lines', 'changed', 3, 'c', 'encoding', 'c')]
    >>> rows[0].encoding
    'CP932 line in a UTF-8 file'

    Each row is a change (``changed``) that carries its replacement, as every ``changed`` row must
    (docs/talk-json.md, ``dropped[]``): the line as read in its own encoding, which is the raw line itself,
    because a dump's raw lines are its decoded text; the row says that the file's encoding did not read it, and its
    ``encoding`` which one did (:func:`line_encoding`: field case 07's row had named neither, only the note did;
    helper field77).
    """
    rows: list[LedgerRow] = []
    runs: list[list] = []  # [first, last, encoding]
    for number, enc in sorted(decoded.odd_lines.items()):
        if number > len(lines):
            continue
        if runs and runs[-1][1] == number - 1 and runs[-1][2] == enc:
            runs[-1][1] = number
        else:
            runs.append([number, number, enc])
        if lines[number - 1]:
            rows.append(LedgerRow("decode_lines", "changed", number, 0, lines[number - 1], "encoding",
                                  replacement=lines[number - 1], encoding=line_encoding(enc, decoded.encoding)))
    rows += mark_undecodable_bytes(decoded, lines)
    notes = []
    for number, places in sorted(decoded.lost_bytes.items()):
        if number in decoded.odd_lines:
            continue  # the line's own note says how it was read
        what = "; ".join(f"column {col}: {_byte_words(raw)}" for col, raw in places)
        notes.append(f"{name}: line {number}: {what} {'fit' if len(places) > 1 or len(places[0][1]) > 1 else 'fits'} no"
                     f" {decoded.encoding} character, kept as a lost glyph (U+FFFD) for restore, the bytes in the"
                     " ledger (rule mark_undecodable_bytes) — nothing to do if the rest of the line reads right; else"
                     " check the file for damage")
    for first, last, enc in runs:
        where = f"line {first}" if first == last else f"lines {first}–{last}"
        if enc == "lost":
            notes.append(f"{name}: {where}: not {decoded.encoding} and no Japanese encoding reads it;"
                         " its undecodable bytes are lost glyphs (U+FFFD) — re-save the file in one encoding,"
                         " or pass --encoding NAME if you know the encoding of those lines")
        else:
            notes.append(f"{name}: {where}: decoded as {enc} (the rest of the file is {decoded.encoding})"
                         " — nothing to do if the text reads right (the ledger lists each such line, rule"
                         " decode_lines); else re-save the file in one encoding")
    return notes, rows


ENCODING_NAMES = {"utf-8": "UTF-8", "cp932": "CP932", "shift_jis": "Shift_JIS", "euc_jp": "EUC-JP", "cp1252": "CP1252",
                  "iso2022_jp": "ISO-2022-JP", "utf-16": "UTF-16", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}
"""Codec names as the WHATWG Encoding Standard and the IANA registry spell them, for a reader's eye (the ledger's
``encoding``); a codec not listed is shown in capitals."""


def encoding_name(codec: str) -> str:
    """A Python codec's name as a reader knows it: ``cp932`` → ``CP932``, ``euc_jp`` → ``EUC-JP``.

    >>> encoding_name("euc_jp"), encoding_name("utf-16-le"), encoding_name("koi8_r")
    ('EUC-JP', 'UTF-16LE', 'KOI8_R')
    """
    return ENCODING_NAMES.get(codec, codec.upper())


def line_encoding(line: str, main: str) -> str:
    """What a ``decode_lines`` row's ``encoding`` says: the encoding that read a line (``line``, a codec, or
    ``lost``: none read it) in a file read in ``main``.

    >>> line_encoding("cp932", "utf-8"), line_encoding("utf-16-le", "utf-8")
    ('CP932 line in a UTF-8 file', 'UTF-16LE line in a UTF-8 file')
    >>> line_encoding("lost", "utf-8")
    "no encoding reads the line: read as the file's UTF-8, each undecodable byte a lost glyph"
    """
    if line == "lost":
        return f"no encoding reads the line: read as the file's {encoding_name(main)}, each undecodable byte a lost glyph"
    return f"{encoding_name(line)} line in a {encoding_name(main)} file"


def hex_bytes(raw: bytes) -> str:
    """Bytes as a ledger row keeps them: ``85``, ``E6 B5``.

    >>> hex_bytes(b"\\xe6\\xb5")
    'E6 B5'
    """
    return " ".join(f"{b:02X}" for b in raw)


def _byte_words(raw: bytes) -> str:
    return f"the byte 0x{raw[0]:02X}" if len(raw) == 1 else "the bytes " + " ".join(f"0x{b:02X}" for b in raw)


def mark_undecodable_bytes(decoded: Decoded, lines: list[str]) -> list[LedgerRow]:
    """A ledger row for each lost glyph a decoding wrote for bytes that fit no character (``decoded.lost_bytes``).

    A byte that fits no character of its line's encoding (a stray 0x85 in a UTF-8 dump, a CP932 character cut
    short) is decoded as one U+FFFD, the lost glyph restore fills or flags, as a PDF's unmapped glyph is; the
    byte itself is no character, so the ledger row (``changed``, reason ``undecodable-byte``) keeps it in hex
    (``raw_bytes``), with its raw line and column, where the reader can see what the file held.

    >>> d = decode_dump("本市は港町である。".encode().replace("港".encode(), b"\\x85"), name="x.txt")
    >>> [(r.line, r.col, r.text, str(r.reason), r.raw_bytes) for r in mark_undecodable_bytes(d, d.text.split("\\n"))]
    [(1, 3, '\ufffd', 'undecodable-byte', '85')]
    """
    rows = []
    for number, places in sorted(decoded.lost_bytes.items()):
        line = lines[number - 1] if number <= len(lines) else ""
        rows += [LedgerRow("mark_undecodable_bytes", "changed", number, col, GAP, "undecodable-byte",
                           replacement=GAP, raw_bytes=hex_bytes(raw))
                 for col, raw in places if line[col:col + 1] == GAP]
    return rows


def extract_text_file(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    if data.startswith(b"%PDF-"):
        raise InputError(name, "is a PDF with a .txt suffix", "rename it to .pdf", where="byte 0")
    decoded = decode_dump(data, name=name, encoding=encoding)
    raw = split_lines(decoded.text)
    lines, markers = mark_cids(raw)
    refuse_textless(lines, name=name, size=len(data))
    notes, rows = decoding_notes_and_rows(decoded, raw, name)  # a row names the raw line, (cid:N) as spelled
    columns = find_columns(raw)  # raw columns, (cid:N) as spelled: a dump's layout counts what it printed
    notes += [f"lines {c.first}–{c.last}: two columns side by side (white between display columns {c.channel[0]} and "
              f"{c.channel[1]}), read left column first, then right" for c in columns]
    return Extracted(
        source=SourceFile(file=name, sha256=sha256(data), kind="txt", encoding=decoded.encoding),
        lines=tuple(lines),
        markers=tuple(markers),
        notes=tuple(notes),
        ledger=tuple(rows),
        columns=columns,
    )
