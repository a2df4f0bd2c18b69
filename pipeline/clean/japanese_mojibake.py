"""Mojibake of the Shift_JIS family: Japanese bytes read in the wrong encoding.

ftfy repairs UTF-8 that was read as a Western single-byte encoding (``æ—¥æœ¬``
→ ``日本``), but it never tries the Japanese encodings. The readings tried here
(the bytes' real encoding, and what they were read as):

- UTF-8 read as CP932 (``貂ｯ逕ｺ縺ｨ`` for ``港町と``) or as EUC-JP;
- Shift_JIS/CP932 read as CP1252 or Latin-1 (``‚Ì’†`` for ``の中``), or as EUC-JP;
- EUC-JP read as CP1252 or Latin-1 (``ÆüËÜ`` for ``日本``), or as CP932.

Evidence, all of it required: the text as it stands is not everyday Japanese
(at most half of its non-ASCII characters are kana, level-1 kanji or Japanese
punctuation, :func:`pipeline.chardata.is_everyday_japanese`); encoding it back
with the wrong reading and decoding the bytes with the right one accounts for
every byte; and the result is everyday Japanese (at least
:data:`MIN_LETTERS` Japanese letters, more Japanese than Latin letters, at
least :data:`MIN_EVERYDAY` of its non-ASCII characters everyday ones). An
English line with curly quotes (``city’s “Old Port”``) decodes as Shift_JIS
to a few kanji among many Latin letters: no Japanese text. A byte the wrong reading lost (it wrote
U+FFFD for it) makes the character it belonged to one lost glyph: the
restore stage weighs what it was, nothing is guessed here; except that a
CP1252 reading can only have lost five byte values (:data:`CP1252_UNDEFINED`),
so where exactly one of them completes an everyday Japanese character, the
bytes themselves say which (``ã\ufffd¨`` is と). Where a few do, the bytes
still rule out all but those: each such lost glyph gets a :class:`~pipeline.model.Hint`
of kind ``bytes`` listing the characters its surviving bytes allow
(:func:`allowed_characters`), which restore takes as a constraint. When more than
half of the repaired text would be lost glyphs, the text is *flagged*: it
leaves the text for the ledger (reason ``mojibake``), so that no later stage
tokenizes it as words or takes its Latin letters for English.

A line is tried whole first, then each of its space-separated chunks (a
space is one byte in every one of these encodings, never part of a
character), so a mojibake title after an intact heading number is found too;
then a phrase glued inside good text (:func:`_phrases`); then one or two characters inside good Japanese
(:func:`_short_words`: ``本市縺ｯ港町`` for ``本市は港町``), which are too few bytes to prove a reading alone, so the
decoding must also read as words of its line (Sudachi) to be repaired, and is flagged where it does not. No reading
decodes an ASCII character from a non-ASCII one: none of these encodings has an ASCII byte inside a character.
"""

from __future__ import annotations

import codecs
import re
import itertools
import unicodedata
from functools import lru_cache

from pipeline.clean.accents import COMBINING
from pipeline.chardata import (HALF_WIDTH_KATAKANA, is_everyday_japanese, is_foreign_to_japanese, is_ja_letter,
                               is_japanese, is_jis_japanese)
from pipeline.clean.edits import Change, Fixed, drop_spans, unchanged, with_its_space
from pipeline.model import BYTES_FILTER_NOTE, GAP, Evidence, Hint, Pos, Text
from pipeline.sudachi import MAX_BYTES, tokenizer

MIN_LETTERS = 3
MIN_STANDING = 2
"""Of the :data:`MIN_LETTERS`, at least this many decoded whole (the others may be lost glyphs)."""
MAX_PHRASE_REACH = 3
"""Characters a phrase search (:func:`_phrase_windows`) tries beyond a run of odd characters on each side: the
bytes of the first or last character of the mojibake may read as everyday characters (``ｒ`` is 0x82 0x92)."""
MIN_EVERYDAY = 0.9
MAX_OWN_EVERYDAY = 0.5
MAX_LOST = 0.5
MAX_LINE = 2000  # characters; longer lines are no line of a dump

SINGLE_BYTE = "cp1252/latin-1"
"""A Western single-byte reading: CP1252 where it defines the byte, Latin-1 (a C1 control) where it does not."""

READINGS: tuple[tuple[str, str], ...] = (
    ("cp932", "utf-8"),
    (SINGLE_BYTE, "cp932"),
    (SINGLE_BYTE, "euc_jp"),
    ("euc_jp", "utf-8"),
    ("cp932", "euc_jp"),
    ("euc_jp", "cp932"),
)
"""(wrong reading, real encoding) pairs, tried in this order; the first of equally good results wins."""
LOSSY_UTF8: tuple[str, str] = (SINGLE_BYTE, "utf-8")
"""UTF-8 read as CP1252 is ftfy's to repair (:mod:`pipeline.clean.encoding`), except where the reading lost
bytes (U+FFFD in the text): ftfy can only mark those characters lost, while the bytes CP1252 can lose are
five (:data:`CP1252_UNDEFINED`) and often settle the character. So this reading is tried here only then."""

# A byte the wrong reading lost is replaced, to decode the rest, by a byte
# that keeps the character boundaries: a UTF-8 continuation byte (the lost
# byte ended a character: CP932 writes U+FFFD for a lead byte whose next byte
# cannot follow it), a Shift_JIS lead byte (CP1252 does not define 0x81,
# 0x8D, 0x8F, 0x90, 0x9D, all lead bytes), an EUC-JP byte of either half.
_FILLS = {"utf-8": (0x80, 0xBF), "cp932": (0x8F, 0x81, 0x90, 0x9D, 0x8D), "euc_jp": (0xB0, 0xA4)}
CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
"""The only bytes a CP1252 reading loses (it defines every other byte): where the text was read as CP1252
and a byte became U+FFFD, that byte was one of these. When exactly one of them completes the character as
everyday Japanese (``ã\ufffd¨``: E3 ?? A8 is と only with 0x81), the character is known from the bytes
alone; when several do (``\ufffd¼``: 0x8F 0xBC is 松, 0x90 0xBC 西), it stays a lost glyph."""
_MAX_CHAR_BYTES = {"utf-8": 4, "cp932": 2, "euc_jp": 3}
MAX_ALLOWED = 32
"""A lost glyph's allowed characters are recorded only when at most this many: then the bytes are evidence
(UTF-8 read as CP932 that lost the last byte of ``E3 80 ??`` leaves the 31 marks U+3001–U+301F, the CP932 lead
bytes 0x81–0x9F, out of thousands of characters; a lost lead byte of EUC-JP leaves up to 94 and says little)."""
MAX_FILTER = 256
"""A lost glyph whose bytes allow more than :data:`MAX_ALLOWED` characters but at most this many still gets a
``bytes`` hint, as a filter only (:data:`pipeline.model.BYTES_FILTER_NOTE`): ``E5 ?? ??`` (UTF-8 read as CP932 that
lost the two bytes CP932 could not pair, fresh-user trial 66's 案内) allows 155 kanji of U+5000–U+5FFF and rules out
every kana and mark, which the character model had ranked second to fifth (を が の). Never used to decide whether a
span is mojibake: :meth:`_Reading.constraints` keeps :data:`MAX_ALLOWED`."""
MAX_LOST_PER_CHAR = 2
"""Lost bytes in one character beyond which its completions are not listed (each is a few dozen values)."""
_NAMES = {"utf-8": "UTF-8", "cp932": "Shift_JIS", "euc_jp": "EUC-JP", SINGLE_BYTE: "CP1252"}
_WRONG_NAMES = {"cp932": "CP932", "euc_jp": "EUC-JP", SINGLE_BYTE: "CP1252"}


@lru_cache(maxsize=1)
def _single_byte_table() -> dict[str, int]:
    table = {chr(b): b for b in range(256)}  # Latin-1, C1 controls included
    for b in range(0x80, 0xA0):
        try:
            table[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            pass
    return table


def _encode(text: str, wrong: str) -> tuple[bytes, list[int], set[int]] | None:
    """The bytes behind ``text`` read as ``wrong``: (bytes, source index of each byte, lost byte positions)."""
    data = bytearray()
    owner: list[int] = []
    lost: set[int] = set()
    table = _single_byte_table() if wrong == SINGLE_BYTE else None
    for i, ch in enumerate(text):
        if ch == GAP:
            lost.add(len(data))
            data.append(0)
            owner.append(i)
            continue
        if table is not None:
            if ch not in table:
                return None
            encoded = bytes([table[ch]])
        else:
            try:
                encoded = ch.encode(wrong)
            except UnicodeEncodeError:
                return None
        data += encoded
        owner += [i] * len(encoded)
    return bytes(data), owner, lost


def _decode(data: bytes, lost: set[int], real: str, wrong: str = "",
            cut: frozenset[int] = frozenset()) -> list[tuple[str, int, int]] | None:
    """Characters of ``data`` in ``real`` as (char, first byte, end byte); a character with a lost byte is a GAP.

    ``None`` when some byte cannot be part of a character: then this was not the reading.
    """
    out: list[tuple[str, int, int]] = []
    pos = 0
    while pos < len(data):
        piece = _decode_one(data, pos, lost, real, wrong, cut)
        if piece is None:
            return None
        out.append(piece)
        pos = piece[2]
    return out


def _decode_one(data: bytes, pos: int, lost: set[int], real: str, wrong: str = "",
                cut: frozenset[int] = frozenset()) -> tuple[str, int, int] | None:
    """The character of ``data`` at ``pos`` in ``real``: (char, first byte, end byte); GAP when it holds a lost
    byte that the bytes alone do not settle (:data:`CP1252_UNDEFINED`); ``None`` when no character starts here."""
    fills = CP1252_UNDEFINED if wrong == SINGLE_BYTE else _FILLS[real]
    for length in range(1, _MAX_CHAR_BYTES[real] + 1):
        end = pos + length
        if end > len(data):
            return None
        holes = [j for j in range(pos, end) if j in lost]
        found = []
        # a byte the line's end cut (``cut``) was never read: any byte of ``real`` may have stood there
        for fill in itertools.product(*[_FILLS[real] if j in cut else fills for j in holes]):
            decoded = _one_character(data, pos, end, holes, fill, real)
            if decoded is not None:
                if not holes:
                    return (decoded, pos, end)
                found.append(decoded)
                if wrong != SINGLE_BYTE:
                    break  # the lost byte could have been anything: a lost glyph
        if found:
            everyday = {ch for ch in found if is_everyday_japanese(ch)}
            if wrong == SINGLE_BYTE and len(everyday) == 1:
                return (everyday.pop(), pos, end)
            return (GAP, pos, end)
    return None


def lossable_bytes(wrong: str, following: bytes) -> tuple[int, ...]:
    """The byte values the ``wrong`` reading writes as one U+FFFD when ``following`` comes after them.

    A CP1252 reading loses only its five undefined bytes; CP932 a lead byte that cannot pair with the
    byte after it (at a line's end, every lead byte); the decoder's own rule is asked (``errors="replace"``,
    how such text is made), never a table of ours.

    >>> [f"{b:02X}" for b in lossable_bytes(SINGLE_BYTE, b"B")]
    ['81', '8D', '8F', '90', '9D']
    >>> len(lossable_bytes("cp932", b"")), 0x82 in lossable_bytes("cp932", b"\\xae"), 0x85 in lossable_bytes("cp932", b"@")
    (60, False, True)
    """
    codec = "cp1252" if wrong == SINGLE_BYTE else wrong
    rest = following.decode(codec, "replace")
    return tuple(b for b in range(0x80, 0x100) if (bytes([b]) + following).decode(codec, "replace") == GAP + rest)


def allowed_characters(data: bytes, start: int, end: int, lost: set[int], real: str,
                       wrong: str, limit: int = MAX_ALLOWED) -> tuple[str, ...] | None:
    """Every character that ``data[start:end]`` (one character in ``real``) can be, its lost bytes being
    any the ``wrong`` reading could have lost there (:func:`lossable_bytes`, given the bytes after each).

    ``None`` when more than ``limit`` (:data:`MAX_ALLOWED`) fit, or too many bytes are lost, to be evidence.
    In byte order of the completions (deterministic).

    >>> data = bytes([0, 0x42]); " ".join(allowed_characters(data, 0, 2, {0}, "cp932", SINGLE_BYTE))
    '。 坑 州 殖 截'
    >>> len(allowed_characters(bytes([0xE3, 0x80, 0]), 0, 3, {2}, "utf-8", "cp932"))
    31
    """
    holes = [j for j in range(start, end) if j in lost]
    if not holes or len(holes) > MAX_LOST_PER_CHAR:
        return None
    choices = []
    for j in holes:
        nxt = next((k for k in range(j + 1, len(data)) if k in lost), len(data))
        choices.append(lossable_bytes(wrong, data[j + 1:min(nxt, j + 1 + _MAX_CHAR_BYTES[real])]))
    found: dict[str, None] = {}
    for fill in itertools.product(*choices):
        decoded = _one_character(data, start, end, holes, fill, real)
        # the text was Japanese: a completion into Korean or Chinese phonetic letters is no reading of it
        if decoded is not None and not is_foreign_to_japanese(decoded):
            found[decoded] = None
    return tuple(found) if 0 < len(found) <= limit else None


def _completions(prefix: bytes, real: str) -> tuple[str, ...] | None:
    """The characters that ``prefix`` plus one byte of any value is in ``real`` (a character the line's end cut
    short: the missing byte was never read, so no reading's rule bounds it), Korean and Chinese phonetic letters
    left out; ``None`` when more than :data:`MAX_ALLOWED_CUT` fit.

    >>> len(_completions(bytes.fromhex("e6b5"), "utf-8")), "流" in _completions(bytes.fromhex("e6b5"), "utf-8")
    (64, True)
    """
    found: dict[str, None] = {}
    for b in range(0x40, 0x100):
        ch = _one_character(prefix + bytes([b]), 0, len(prefix) + 1, [], (), real)
        if ch is not None and not is_foreign_to_japanese(ch):
            found[ch] = None
    return tuple(found) if 0 < len(found) <= MAX_ALLOWED_CUT else None


def _one_character(data: bytes, start: int, end: int, holes: list[int], fill: tuple[int, ...], real: str) -> str | None:
    """``data[start:end]`` with the bytes at ``holes`` set to ``fill``, decoded in ``real``, when that gives one
    character; else ``None``."""
    chunk = bytearray(data[start:end])
    for j, b in zip(holes, fill):
        chunk[j - start] = b
    try:
        decoded = codecs.decode(bytes(chunk), real)
    except UnicodeDecodeError:
        return None
    return decoded if len(decoded) == 1 else None


def _pattern(data: bytes, start: int, end: int, lost: set[int]) -> str:
    """``E3 80 ??``: a character's bytes, a lost one as ``??``."""
    return " ".join("??" if j in lost else f"{data[j]:02X}" for j in range(start, end))


def _everyday_share(text: str) -> float:
    chars = [ch for ch in text if not ch.isascii() and not ch.isspace() and ch != GAP]
    if not chars:
        return 1.0
    return sum(is_everyday_japanese(ch) for ch in chars) / len(chars)


class _Reading:
    """One candidate decoding of a piece of text."""

    def __init__(self, chars: list[tuple[str, int, int]], owner: list[int], data: bytes = b"",
                 lost: frozenset[int] | set[int] = frozenset(), real: str = "", wrong: str = "",
                 cut: frozenset[int] = frozenset(), stray: frozenset[int] = frozenset()) -> None:
        self.chars = chars
        self.cut = cut  # bytes a character lost that no reading wrote: a cut line's end (:func:`_cut_end`), or inside
        self.stray = stray  # first byte of each run of bytes no character holds (:func:`_mend`)
        self.mends = 0  # places inside the text where bytes were taken as lost (:func:`_mend`)
        self.bytes = (data, lost, real, wrong)
        self.text = "".join(ch for ch, _, _ in chars)
        self.sources = [owner[b0] for _, b0, _ in chars]
        visible = [ch for ch in self.text if not ch.isspace()]
        self.lost = sum(ch == GAP for ch in visible) / max(1, len(visible))
        self.letters = sum(is_ja_letter(ch) for ch in self.text)
        self.everyday = _everyday_share(self.text)

    def japanese(self, min_letters: int = MIN_LETTERS, min_standing: int = MIN_STANDING) -> bool:
        # A lost glyph counts towards the letters (a short title ``岡山�`` for ``岡山市``), but at least two must
        # stand: what the bytes say, not what was lost, makes the evidence.
        gaps = self.text.count(GAP)
        return (self.letters >= min_standing and self.letters + gaps >= min_letters
                and self.everyday >= MIN_EVERYDAY and is_japanese(self.text))

    @property
    def pair(self) -> tuple[str, str]:
        """(real encoding, wrong reading)."""
        return self.bytes[2], self.bytes[3]

    @property
    def damage(self) -> str:
        """What the text's bytes were and what read them, as the ledger row's ``encoding`` and the ``bytes`` evidence
        say it (``UTF-8 read as CP932``); an ISO-2022-JP run (no bytes kept: every byte is ASCII) is ``ISO-2022-JP
        read as ASCII``."""
        real, wrong = self.pair
        return f"{_NAMES[real]} read as {_WRONG_NAMES[wrong]}" if real else "ISO-2022-JP read as ASCII"

    def key(self) -> tuple[float, float]:
        return (self.letters * self.everyday, -self.lost)

    def constraints(self) -> dict[int, tuple[str, tuple[str, ...]]]:
        """Offset in :attr:`text` of each lost glyph whose bytes allow few characters → (the bytes, with
        ``??`` for a lost one; the characters they allow: :func:`allowed_characters`)."""
        data, lost, real, wrong = self.bytes
        out = {}
        for i, (ch, b0, b1) in enumerate(self.chars):
            if ch == GAP and real:
                holes = [j for j in range(b0, b1) if j in self.cut]
                if b0 in self.stray:
                    allowed = _tail_completions(data[b0:b1], real)
                elif holes:
                    allowed = _completions(data[b0:holes[0]], real) if holes == [b1 - 1] else None
                else:
                    allowed = allowed_characters(data, b0, b1, lost, real, wrong)
                if allowed:
                    out[i] = (("?? " if b0 in self.stray else "") + _pattern(data, b0, b1, lost), allowed)
        return out

    def filters(self) -> dict[int, tuple[str, tuple[str, ...]]]:
        """Like :meth:`constraints`, for the lost glyphs whose bytes allow more than :data:`MAX_ALLOWED` characters
        and at most :data:`MAX_FILTER` (evidence against the others only)."""
        data, lost, real, wrong = self.bytes
        out = {}
        for i, (ch, b0, b1) in enumerate(self.chars):
            if ch != GAP or not real or b0 in self.stray or any(j in self.cut for j in range(b0, b1)):
                continue
            if allowed_characters(data, b0, b1, lost, real, wrong) is None:
                wide = allowed_characters(data, b0, b1, lost, real, wrong, limit=MAX_FILTER)
                if wide:
                    out[i] = (_pattern(data, b0, b1, lost), wide)
        return out

    def hints(self, origin: list[Pos]) -> tuple[Hint, ...]:
        """A ``bytes`` hint for each lost glyph of the decoding whose bytes allow few characters and that has
        a raw position of its own (``origin``: the decoded text's, :func:`_decoded_text`); where they allow more
        (:meth:`filters`), a hint whose evidence names how many and ends in :data:`BYTES_FILTER_NOTE`."""
        data, lost, real, wrong = self.bytes
        out = []
        damage = self.damage if real else ""
        for i, (pattern, allowed) in sorted({**self.constraints(), **self.filters()}.items()):
            if origin[i] is None:
                continue  # its first byte came from a character shared with the one before: no place to name
            if len(allowed) <= MAX_ALLOWED:
                detail = f"the bytes {pattern} ({damage}) allow only {' '.join(allowed)}"
            else:
                detail = (f"the bytes {pattern} ({damage}) allow only {len(allowed)} characters, "
                          f"{allowed[0]} to {allowed[-1]}: {BYTES_FILTER_NOTE}")
            out.append(Hint(origin[i][0], origin[i][1], 1, allowed, Evidence("bytes", detail), tentative=True))
        return tuple(out)


def _cut_end(data: bytes, lost: set[int], real: str) -> int:
    """How many bytes (1 or 2) ``data`` lacks at its end to finish its last character in ``real``, when adding them
    makes every byte part of a character and they all fall in that last character, which holds a byte of its own
    that was not lost (``E6 B5`` of ``流`` E6 B5 81); else 0. What a line lost when it was cut inside a character.

    >>> _cut_end(bytes.fromhex("e6b8afe6b5"), set(), "utf-8"), _cut_end(bytes.fromhex("e6b8af"), set(), "utf-8")
    (1, 0)
    >>> _cut_end(bytes.fromhex("e6b8afe300"), {4}, "utf-8"), _cut_end(bytes.fromhex("e6b8af80"), set(), "utf-8")
    (1, 0)
    """
    for missing in (1, 2):
        cut = set(range(len(data), len(data) + missing))
        chars = _decode(data + bytes(missing), lost | cut, real)
        if chars is not None:
            _, b0, _ = chars[-1]
            if b0 < len(data) and any(j not in lost for j in range(b0, len(data))):
                return missing
            return 0
    return 0


MAX_MENDS = 2
"""Places inside a line or chunk where a reading may take bytes as lost (:func:`_mend`)."""
MEND_LETTERS = 4
"""Japanese letters a mended reading decodes for each place it mends: a lost glyph is evidence of nothing, so the
bytes around it must read as Japanese on their own."""


def _mend(data: bytes, owner: list[int], lost: set[int], real: str, wrong: str, void_ok: bool = True):
    """Decode ``data`` in ``real`` where a byte stream lost bytes inside it (issue 18), at most :data:`MAX_MENDS`
    places: ``(chars, data, owner, lost, cut, stray, mends, void)``, or ``None``.

    Where no character starts, either a character stops short (``E6 B5`` of ``流`` E6 B5 81, then the next
    character's lead byte: the line lost its last byte, and with no U+FFFD to mark it the wrong reading went on out
    of step): one or two bytes that were never read are put in (``cut``, :func:`_insert_cut`) and the character is
    one lost glyph with the completions of its bytes (:func:`_completions`); or a run of bytes no character can
    hold (a stray byte, continuation bytes whose lead was lost) is one lost glyph (``stray``, its first byte), with
    the characters that end so (:func:`_tail_completions`). Everything else must decode as it stands, and the
    reading's evidence is asked of the result as of any (:meth:`_Reading.japanese`, :data:`MEND_LETTERS`).
    A stray byte that stood for nothing (:func:`_stood_for_nothing`) is no lost glyph: it is left out of the
    decoding (``void``, the number of characters before it), unless ``void_ok`` is false.

    >>> text = "港町の国際交流を進める".encode(); text = text[:20] + text[21:]  # 流 lost its last byte
    >>> chars, *_ = _mend(text, list(range(len(text))), set(), "utf-8", "cp932")
    >>> "".join(c for c, _, _ in chars)
    '港町の国際交\ufffdを進める'
    >>> chars, *_ = _mend("港町の".encode()[:3] + "町の".encode()[1:], list(range(8)), set(), "utf-8", "cp932")
    >>> "".join(c for c, _, _ in chars)
    '港\ufffdの'
    >>> text = "港町の国際交流".encode(); text = text[:18] + b"\\x81" + text[18:]  # a stray byte between 交 and 流
    >>> chars, *rest = _mend(text, list(range(len(text))), set(), "utf-8", "cp932")
    >>> "".join(c for c, _, _ in chars), rest[-1]
    ('港町の国際交流', (6,))
    """
    data, owner, lost = bytearray(data), list(owner), set(lost)
    cut: set[int] = set()
    stray: set[int] = set()
    void: list[int] = []
    chars: list[tuple[str, int, int]] = []
    pos = mends = 0
    while pos < len(data):
        piece = _decode_one(bytes(data), pos, lost, real, wrong, frozenset(cut))
        if piece is not None:
            chars.append(piece)
            pos = piece[2]
            continue
        mends += 1
        if mends > MAX_MENDS:
            return None
        inserted = _insert_cut(bytes(data), pos, lost, real, wrong)
        if inserted is not None:
            q, m = inserted
            data[q:q] = bytes(m)
            owner[q:q] = [owner[q - 1]] * m
            lost = {j + m if j >= q else j for j in lost} | set(range(q, q + m))
            cut = {j + m if j >= q else j for j in cut} | set(range(q, q + m))
            stray = {j + m if j >= q else j for j in stray}
            continue
        end = pos + 1
        while (end < len(data) and end - pos < _MAX_CHAR_BYTES[real]
               and _decode_one(bytes(data), end, lost, real, wrong, frozenset(cut)) is None):
            end += 1
        if void_ok and _stood_for_nothing(bytes(data), pos, end, lost, cut, real, wrong, chars):
            void.append(len(chars))
            pos = end
            continue
        chars.append((GAP, pos, end))
        stray.add(pos)
        pos = end
    return chars, bytes(data), owner, lost, frozenset(cut), frozenset(stray), mends, tuple(void)


def _stood_for_nothing(data: bytes, pos: int, end: int, lost: set[int], cut: set[int], real: str, wrong: str,
                       chars: list[tuple[str, int, int]]) -> bool:
    """The bytes ``data[pos:end]`` that no character holds are one stray byte that stood for nothing, not the remains
    of a character (issue 18): in UTF-8, one byte (not one a cut left out) between two characters whose bytes are all
    there (the one before decoded whole, the one after starts right after it and decodes whole; a byte the reading
    lost there counts too, since one byte alone is no character), and no Japanese character ends with it after a lost
    lead byte (:func:`_tail_completions`: a kana or kanji is three bytes, so a lost lead leaves two). Why: such a byte
    (a broken write, a stray 0x81–0x9F a CP932 reading took for a lead byte) stands for no glyph; a lost glyph there
    would have restore fill a character the text never had, with no candidates to bound it. A byte broken loose from a
    character (``?? 81 AE``, the lead of ``の`` lost) stays a lost glyph with the characters it allows. Whether the
    text reads whole without it is asked of the decoding (:func:`_reads_whole`).

    >>> data = "交流".encode(); data = data[:3] + b"\\x81" + data[3:]
    >>> _stood_for_nothing(data, 3, 4, set(), set(), "utf-8", "cp932", [("交", 0, 3)])
    True
    >>> _stood_for_nothing(data, 3, 4, set(), set(), "utf-8", "cp932", [])  # nothing whole before it
    False
    >>> data = "交の流".encode(); data = data[:3] + data[4:]  # の lost its lead byte: 81 AE are its remains
    >>> _stood_for_nothing(data, 3, 5, set(), set(), "utf-8", "cp932", [("交", 0, 3)])
    False
    """
    if real != "utf-8" or end - pos != 1 or pos in cut or not chars or chars[-1][0] == GAP:
        return False
    if chars[-1][2] != pos or end >= len(data):
        return False
    after = _decode_one(data, end, lost, real, wrong, frozenset(cut))
    if after is None or after[0] == GAP:
        return False
    # a byte the reading lost (U+FFFD) is unknown, but one byte alone between whole characters is no UTF-8
    # character whatever its value (ASCII is never lost): a stray byte as well
    return pos in lost or _tail_completions(data[pos:end], real) is None


def _reads_whole(text: str, void: tuple[int, ...]) -> bool:
    """Sudachi reads ``text`` (a decoding) as words of its dictionary where each stray byte of ``void`` was left out
    (the number of characters before it): the characters on either side of the place, and the tokens that hold them,
    are known words, so the text is complete there and the byte stood for nothing. A place at either end of the text,
    or beside a non-Japanese character, is no evidence.

    >>> _reads_whole("港町の国際交流を進める", (6,)), _reads_whole("港町の国際交流を進める", (0,))
    (True, False)
    """
    if not void or len(text.encode("utf-8")) > MAX_BYTES:
        return False
    if any(k <= 0 or k >= len(text) or not (is_ja_letter(text[k - 1]) and is_ja_letter(text[k])) for k in void):
        return False
    tokens = tokenizer().tokenize(text)
    return all(not m.is_oov() for k in void for m in tokens if m.begin() <= k and m.end() >= k)


def _insert_cut(data: bytes, pos: int, lost: set[int], real: str, wrong: str) -> tuple[int, int] | None:
    """Where the character at ``pos`` stops short inside ``data``: ``(q, m)``, ``m`` (1 or 2) never-read bytes
    put in at ``q`` complete it (a byte of its own standing before them), and the next character starts right
    after; else ``None``. Never at ``data``'s end: a line cut at its end is :func:`_cut_end`'s."""
    for q in range(pos + 1, min(len(data), pos + _MAX_CHAR_BYTES[real])):
        if all(j in lost for j in range(pos, q)):
            continue
        for m in (1, 2):
            trial = data[:q] + bytes(m) + data[q:]
            holes = frozenset(range(q, q + m))
            shifted = {j + m if j >= q else j for j in lost} | holes
            piece = _decode_one(trial, pos, shifted, real, wrong, holes)
            if piece is not None and piece[2] == q + m and _decode_one(trial, q + m, shifted, real, wrong) is not None:
                return q, m
    return None


def _tail_completions(run: bytes, real: str) -> tuple[str, ...] | None:
    """The Japanese characters (kana, kanji, Japanese punctuation) in ``real`` that end with ``run`` after one lead
    byte that was lost; ``None`` unless 1 to :data:`MAX_ALLOWED` fit (``?? 81 AE`` in UTF-8: ``の`` and the kanji
    U+406E–U+9F6E; one continuation byte alone, ``?? AE``, lost more than one byte: no Japanese character ends so).

    >>> "の" in _tail_completions(bytes.fromhex("81ae"), "utf-8"), _tail_completions(bytes.fromhex("ae"), "utf-8")
    (True, None)
    """
    found: dict[str, None] = {}
    for b in range(0x80, 0x100):
        ch = _one_character(bytes([b]) + run, 0, len(run) + 1, [], (), real)
        if ch is not None and (is_ja_letter(ch) or is_everyday_japanese(ch)):
            found[ch] = None
    return tuple(found) if 0 < len(found) <= MAX_ALLOWED else None


def _best_reading(text: str, min_letters: int = MIN_LETTERS, min_standing: int = MIN_STANDING,
                  cut_end: bool = False, mend: bool = False, lost_only: bool = False) -> _Reading | None:
    """The best decoding of ``text`` that reads as Japanese (with at least ``min_letters`` letters), or ``None``.

    ``cut_end``: ``text`` ends its line, which may have been cut inside a character (a dump cut to a number of
    bytes, a field truncated): bytes that begin a character and end the text are one lost glyph
    (:func:`_cut_end`; its completions a ``bytes`` hint), never a reason to refuse the rest.
    ``mend``: ``text`` is a whole line or chunk, which may have lost bytes inside it too (:func:`_mend`).
    ``lost_only``: a decoding that is one lost glyph whose surviving bytes allow a few characters counts too (one
    character of :func:`_short_words`, ``ƒ\ufffd``: 83 and a lost byte; its plausibility is asked there).
    """
    best: _Reading | None = None
    for wrong, real in READINGS + ((LOSSY_UTF8,) if GAP in text else ()):
        encoded = _encode(text, wrong)
        if encoded is None:
            continue
        data, owner, lost = encoded
        chars = _decode(data, lost, real, wrong)
        cut: frozenset[int] = frozenset()
        # the cut character's remains: never ASCII, nor a half-width katakana (a whole character of text; read
        # as a lone EUC-JP lead byte it would decode any line written in half-width katakana)
        if chars is None and cut_end and not text[-1].isascii() and not _halfwidth(text[-1]):
            missing = _cut_end(data, lost, real)
            if missing:
                cut = frozenset(range(len(data), len(data) + missing))
                data, owner, lost = data + bytes(missing), owner + [owner[-1]] * missing, lost | cut
                chars = _decode(data, lost, real, wrong, cut)
        stray: frozenset[int] = frozenset()
        mends = 0
        if chars is None and mend:
            mended = _mend(data, owner, lost, real, wrong)
            if mended is not None and mended[-1] and not _reads_whole("".join(c for c, _, _ in mended[0]), mended[-1]):
                mended = _mend(data, owner, lost, real, wrong, void_ok=False)  # the text is not whole without it
            if mended is not None:
                chars, data, owner, lost, cut, stray, mends, _ = mended
        if chars is None or any(ch.isascii() and not text[owner[b0]].isascii() for ch, b0, _ in chars):
            # None of these encodings has an ASCII byte inside a character: decoded ASCII must have stood as
            # ASCII (``ｲﾝﾀｰﾈｯﾄ狒鵺`` read as EUC-JP gives ``…衰K`` from a CP932 trail byte: text, not bytes).
            continue
        reading = _Reading(chars, owner, data, lost, real, wrong, cut, stray)
        reading.mends = mends
        if cut and wrong == SINGLE_BYTE and reading.letters < MIN_LETTERS:
            continue  # Latin-1 letters pair into kanji by chance (``ÀÉÎÕÜ``): the glyph a cut left proves nothing
        if reading.mends and reading.letters < MEND_LETTERS * reading.mends:
            continue  # each place a reading mends costs evidence: the letters it decodes whole pay for it
        accepted = reading.japanese(min_letters, min_standing) or (
            lost_only and reading.text == GAP and bool(reading.constraints()))
        if (reading.text != text and accepted and not _kana_as_kanji(text, reading)
                and (best is None or reading.key() > best.key())):
            best = reading
    return best


def _kana_as_kanji(text: str, reading: "_Reading") -> bool:
    """``text`` is written in half-width katakana (a run of two or more; no lost glyph, private-use character or
    kanji that is no everyday one beside) and the reading makes kanji of it: text, not bytes.

    Every half-width katakana is one byte of Shift_JIS, 0x8E and a byte of EUC-JP, so any run of them reads as
    Shift_JIS from EUC-JP (each one a kanji of the 0x8E row, ``ｱｲｳｴｵ`` → ``竺軸宍雫七``) or as EUC-JP from Shift_JIS
    (a pair a level-1 kanji, ``ﾚｼｰﾄ`` → ``嫉鴫``): everyday characters, but the line was written in half-width
    katakana (a receipt, an old system message, ``ﾌﾟﾛｸﾞﾗﾑのﾄﾞｷｭﾒﾝﾄ``) and the width policy widens it. EUC-JP's own
    kana read as CP932 are half-width katakana too (``､ﾎ`` for ``の``, its rows 0xA4 and 0xA5), so a decoding of such
    text stands when a third of its letters at least are kana (``本市は港町である`` read so is half kana;
    ``竺軸宍雫七`` none).

    >>> _best_reading("ｱｲｳｴｵ"), _best_reading("ﾚｼｰﾄ ｺﾞｳｹｲ"), _best_reading("ﾌﾟﾛｸﾞﾗﾑのﾄﾞｷｭﾒﾝﾄ")
    (None, None, None)
    >>> _best_reading("ｱ ｲ ｳ"), _best_reading("ｶ) ｷ) ｸ)")
    (None, None)
    """
    # a run of two or more, also set apart by spaces or ASCII signs (a list: ``ｱ ｲ ｳ``, ``ｱ) ｲ) ｳ)``)
    kana = "".join(ch for ch in text if not (ch.isspace() or (ch.isascii() and not ch.isalnum())))
    if not any(_halfwidth(a) and _halfwidth(b) for a, b in zip(kana, kana[1:])):
        return False
    if any(ch == GAP or unicodedata.category(ch) == "Co" or (is_ja_letter(ch) and not _halfwidth(ch)
                                                             and not is_everyday_japanese(ch)) for ch in text):
        return False  # a lost glyph, a private-use character, a level-2 kanji: the text shows mojibake of its own
    letters = [ch for ch in reading.text if is_ja_letter(ch)]
    kana = sum("\u3041" <= ch <= "\u30fa" for ch in letters)
    return 3 * kana < len(letters)


def _suspect(text: str) -> bool:
    """Text that may be mojibake: non-ASCII characters, few of them everyday Japanese.

    Full-width ASCII forms (``ｏ``, ``ｉ``, ``Ａ``) are no evidence either way: UTF-8 read as CP932 writes them
    whenever a continuation byte 0x82 falls before a byte 0x60–0x9A (``縺ゅｉ繧`` for ``あらゆ``), and Japanese text
    writes them in names and titles (``ＡＢＣ社``). Counted as everyday Japanese, two of them hid a chunk of mojibake
    (issue 18: ``縺ゅｉ繧�繧倶ｺ九ｒ`` for ``あらゆる事を`` was read as everyday text and only partly flagged).

    >>> _suspect("縺ゅｉ繧\ufffd繧倶ｺ九ｒ"), _suspect("ＡＢＣ社の製品"), _suspect("ＡＢＣ")
    (True, False, False)
    """
    odd = [ch for ch in text if not ch.isascii() and not ch.isspace() and ch != GAP]
    own = "".join(ch for ch in text if not "\uff01" <= ch <= "\uff5e")
    return len(odd) >= 2 and _everyday_share(own) <= MAX_OWN_EVERYDAY


def _chunks(s: str) -> list[tuple[int, int]]:
    """Spans of ``s`` between ASCII spaces (never inside a character of any of the readings)."""
    spans = []
    start = None
    for k, ch in enumerate(s + " "):
        if ch in " \t":
            if start is not None:
                spans.append((start, k))
                start = None
        elif start is None:
            start = k
    return spans


def repair_japanese_mojibake(text: Text) -> Fixed:
    """Decode Japanese that was read in the wrong encoding; flag it when too many bytes are lost.

    Why: ``貂ｯ逕ｺ縺ｨ縺励※`` is ``港町として`` read as CP932 from UTF-8 bytes, and
    ``‚Ì’†`` is ``の中`` read as CP1252 from Shift_JIS; left alone, the first is
    tokenized as rare nouns and the second taken for English. See the module
    docstring for the evidence required; a lost byte becomes a lost glyph.

    >>> repair_japanese_mojibake(Text.from_raw("1. 貂ｯ逕ｺ縺ｨ縺励※縺ｮ蠑ｷ縺ｿ", 1)).text.text
    '1. 港町としての強み'
    >>> repair_japanese_mojibake(Text.from_raw("\\ufffd¼ŽR\\ufffdé‚ÍŽs‚Ì’†\\ufffdS", 1)).text.text
    '\\ufffd山\\ufffdは市の中\\ufffd'
    >>> repair_japanese_mojibake(Text.from_raw("æ¸¯ç”ºã\ufffd¨ã\ufffd—ã\ufffd¦", 1)).text.text
    '港町として'
    >>> repair_japanese_mojibake(Text.from_raw("本市の貂ｯ逕ｺ縺ｮ蝗ｽ髫帑ｺ､豬√ｒ騾ｲ繧√ｋが大切である。", 1)).text.text
    '本市の港町の国際交流を進めるが大切である。'
    >>> repair_japanese_mojibake(Text.from_raw("蟯｡螻ｱ蟶\ufffd", 1)).text.text
    '岡山\ufffd'
    >>> fixed = repair_japanese_mojibake(Text.from_raw("松山 \ufffdܻԤ\ufffd2019ǯ\ufffd˻", 1))
    >>> fixed.text.text, [str(c.reason) for c in fixed.changes]
    ('松山', ['mojibake'])
    >>> repair_japanese_mojibake(Text.from_raw("2019”N‚É Sister City ’ñŒg", 1)).text.text
    '2019年に Sister City 提携'
    >>> repair_japanese_mojibake(Text.from_raw("1. \\x1b$BF|K\\\\$N9AD.\\x1b(B City", 1)).text.text
    '1. 日本の港町 City'
    >>> repair_japanese_mojibake(Text.from_raw("本市縺ｯ港町で縺ゅｋ。本Žsは", 1)).text.text  # one or two characters
    '本市は港町である。本市は'
    >>> repair_japanese_mojibake(Text.from_raw("Café Müller, 港町", 1)).changed
    False
    >>> repair_japanese_mojibake(Text.from_raw("Visit the city’s “Old Port”", 1)).changed
    False
    """
    s = text.text
    if _ISO2022_SHIFT in s:
        jis = _iso2022_jp(s)
        if jis:
            return _replace(text, jis)
    if s.isascii() or len(s) > MAX_LINE or not (_suspect(s) or _odd_runs(s) or _short_spans(s) or GAP in s):
        return unchanged(text)
    whole = _best_reading(s, cut_end=True, mend=True) if _suspect(s) else None
    if whole is not None:
        return _replace(text, [(0, len(s), whole)])
    found: list[tuple[int, int, _Reading | _Flagged | _CutShort]] = []
    short: list[tuple[int, int, _Reading]] = []
    for start, end in _chunks(s):
        piece = s[start:end]
        at_end = end == len(s)
        # a chunk ends where a space or the line does: a byte stream cut inside its last character stops there
        reading = _best_reading(piece, cut_end=True, mend=True) if _suspect(piece) else None
        if reading is not None:
            found.append(_without_good_edges(piece, start, reading))
            continue
        exact = _exact_utf8(piece) if _suspect(piece) or _odd_word(piece) else None
        if exact is not None:
            found.append((start, end, exact))
            continue
        if _eucjp_read_as_utf8(piece):
            found.append((start, end, _FLAGGED))
            continue
        lone = _lone_character(s, start, end)
        if lone is not None:
            found.append(lone)
            continue
        phrases = _phrases(piece, at_end)
        found += [(start + a, start + b, phrase) for a, b, phrase in phrases]
        # a chunk of mostly everyday characters may still be a word's mojibake (``譛臥畑`` for ``有用``: two of its three
        # characters are level-1 kanji); a rare one among them is the sign, and :func:`_word_chunk` the evidence
        if not phrases and (_suspect(piece) or _odd_word(piece)):
            reading = _best_reading(piece, MIN_LETTERS_SHORT, 1)
            if reading is not None:
                short.append((start, end, reading))
                continue
        words = [(a, b, word) for a, b, word in _short_words(piece)
                 if not any(a < b2 and a2 < b for a2, b2, _ in phrases)]
        found += [(start + a, start + b, word) for a, b, word in words]
        cuts = [(a, b, cut) for a, b, cut in _cut_short(piece, at_line_end=at_end)
                if not any(a < b2 and a2 < b for a2, b2, _ in phrases + words)]
        found += [(start + a, start + b, cut) for a, b, cut in cuts]
        found += [(start + a, start + b, lead) for a, b, lead in _lost_lead(piece, at_end)
                  if not any(a < b2 and a2 < b for a2, b2, _ in phrases + words + cuts)]
    shown = _shown_short_chunks(found, short)
    words = [item for item in short if item not in shown and _word_chunk(s, *item)]
    found += shown + words + [(a, b, _FLAGGED) for a, b, r in short
                              if (a, b, r) not in shown and (a, b, r) not in words and _flagged_chunk(s, a, b, r)]
    return _replace(text, found) if found else unchanged(text)


_LONE_TRAIL = ",.;:!?)\"'"
"""ASCII signs that may close a lone character's pair (``‚É,``): set aside before the pair is read
(:func:`_lone_character`)."""

_TYPOGRAPHY = frozenset("‘’“”„–—•…«»‹›¡¿½¼¾°·")
"""Marks Western text sets in pairs (``——``, ``“”``, ``½ ¼``): two of them are no character's bytes
(:func:`_lone_character`); ``‚`` and ``¤``, the lead bytes of Shift_JIS and EUC-JP hiragana read as CP1252, are not
among them."""
_OPENERS = frozenset("‘’“”„–—•…")
"""Marks Western text sets before a word (``“I``, ``–a``)."""
"""ASCII signs a word may carry after it (``‚É,``): no part of a character's mojibake."""
SPACING_ACCENTS = frozenset(COMBINING)
"""Spacing accents, as a PDF's font maps TeX's accent glyphs (:data:`pipeline.clean.accents.COMBINING`): no lead byte
of a lone character (:func:`_lone_character`)."""
MIN_HOST_WORDS = 2
"""English words (two ASCII letters or more) the line must hold besides the chunk (:func:`_lone_character`)."""


def _without_good_edges(piece: str, start: int, reading: "_Reading") -> "tuple[int, int, _Reading]":
    """The chunk's reading, or, where everyday Japanese text stands at the chunk's start or end (or both) and the
    mojibake reads with fewer lost glyphs without it, that reading of the mojibake alone (the widest of the fewest).

    A chunk glued to good text (``さ繧後※縺�繧九ユ…``, ``されて`` with ``れて…`` damaged) read whole takes the good
    characters for bytes: ``さ`` (CP932 82 B3) reads as two UTF-8 continuation bytes whose lead was lost, one more
    lost glyph (issue 18: ``�れて�る…`` for ``されて�る…``). The good text is never read as bytes where the rest
    reads better alone.

    >>> piece = "さ繧後※縺\ufffd繧九ユ繧ｹ繝育沿"
    >>> a, b, r = _without_good_edges(piece, 0, _best_reading(piece, cut_end=True, mend=True))
    >>> a, b, r.text
    (1, 14, 'れて\ufffdるテスト版')
    """
    end = start + len(piece)
    head = 0
    while head < len(piece) and is_everyday_japanese(piece[head]):
        head += 1
    tail = len(piece)
    while tail > head and is_everyday_japanese(piece[tail - 1]):
        tail -= 1
    best = (reading.text.count(GAP), -len(piece), start, end, reading)
    for a, b in {(head, len(piece)), (0, tail), (head, tail)} - {(0, len(piece))}:
        alone = _best_reading(piece[a:b], cut_end=b == len(piece), mend=True) if b > a else None
        if alone is not None and (alone.text.count(GAP), a - b) < best[:2]:
            best = (alone.text.count(GAP), a - b, start + a, start + b, alone)
    return best[2], best[3], best[4]


def _lone_character(s: str, start: int, end: int) -> "tuple[int, int, _Reading] | None":
    """One Japanese character read as CP1252 or Latin-1 from its two Shift_JIS or EUC-JP bytes, standing as a word
    of its own among English words (``When people ‚É have``, ``a ¤Ë b``): repaired where one of the two encodings
    decodes the bytes to an everyday Japanese letter (kana, level-1 kanji); else ``None``.

    Two Latin characters between spaces are no proof alone, so all of this is required: the chunk is two characters
    (an ASCII sign after it aside, ``‚É,``), the first not ASCII, not two typographic marks (:data:`_TYPOGRAPHY`:
    ``——``, ``“”``, ``½¼`` read as level-1 kanji in Shift_JIS; ``‚¤`` for ``う`` and ``¤¹`` for ``す`` are kept); an
    ASCII second character only where the reading is katakana (Shift_JIS row 0x83 read as ``ƒ``: ``ƒA`` for ``ア``)
    or a kanji after a first character that is neither a letter nor a quote or dash (``‹N`` for ``起``; ``“I``,
    ``–a``, ``él``, ``Že`` read as kanji and are English, Spanish, Slovene); the line holds no other Japanese letter (that is
    :func:`_short_words`'s) and :data:`MIN_HOST_WORDS` English words. Real accented words never pair so into an
    everyday letter: ``Ça``, ``él``, ``où`` have an ASCII letter, ``çà`` reads as level-2 kanji, and ``café``,
    ``naïve`` are longer. (Issue 18: such a span stayed as two Latin letters, tokenized as an English word.)

    >>> s = "When people ‚É have nothing to say"
    >>> _lone_character(s, 12, 14)[2].text, _lone_character("a walk in the ¤Ë park", 14, 16)[2].text
    ('に', 'に')
    >>> [_lone_character(t, t.index(w), t.index(w) + len(w)) for t, w in
    ...  [("the cafe —— and more", "——"), ("he said “I am here", "“I"), ("Ça va, dit-il", "Ça")]]
    [None, None, None]

    Two bytes that are one UTF-8 character are that character read as CP1252 (``Â¹`` is C2 B9, ``¹``; ``Â°``,
    ``Ã©``): the commonest mojibake of English text, never a Japanese letter (trial 42: a footnote's ``Â¹ Measured
    on …`` became ``孫Measured on …``, EUC-JP's reading of the same bytes). The price: a lone EUC-JP kanji whose lead
    byte is C2–DF and trail A1–BF (level-1 rows 34–63) among English words is left to ftfy too; Shift_JIS never
    leads a two-byte character so.

    >>> _lone_character("Â¹ Measured on our test board, it added", 0, 2) is None
    True

    A spacing accent before a character (``ˆ¹``, ``˜µ``, ``¸º``) is a PDF's accent glyph set over the glyph after it,
    as TeX sets a mathematical accent (``\\hat\\theta``, which a math font's encoding maps to ``ˆ¹``), never a
    lone character's bytes (real-PDF check, helper real66b: sandwich's JSS vignette printed the estimator ``ˆ¹`` ten
    times, and each became ``飴``, the kanji Shift_JIS 88 B9 reads as). The price: a lone level-1 kanji of Shift_JIS
    row 88 (``亜`` … ``飲``, lead byte ``ˆ``) or of EUC-JP rows 20 and 24 (lead ``´``, ``¸``) among English words is
    left as it stands.

    >>> [_lone_character(t, t.index(w), t.index(w) + 2) for t, w in
    ...  [("using an M-estimator ˆ¹ implicitly defined as", "ˆ¹"), ("the mean ¸º of the sample", "¸º")]]
    [None, None]
    """
    core = end
    while core > start and s[core - 1] in _LONE_TRAIL:
        core -= 1
    piece = s[start:core]
    if len(piece) != 2 or piece[0].isascii() or all(ch in _TYPOGRAPHY for ch in piece) or piece[0] in SPACING_ACCENTS:
        return None
    rest = s[:start] + s[end:]
    if any(is_ja_letter(ch) for ch in rest) or len(re.findall(r"[A-Za-z]{2,}", rest)) < MIN_HOST_WORDS:
        return None
    encoded = _encode(piece, SINGLE_BYTE)
    if encoded is None:
        return None
    data, owner, _ = encoded
    try:
        data.decode("utf-8")
        return None  # the bytes are one UTF-8 character (``Â¹`` is C2 B9, ``¹``): Western mojibake, ftfy's to mend
    except UnicodeDecodeError:
        pass
    readings = {}
    for real in ("cp932", "euc_jp"):
        chars = _decode(data, set(), real, SINGLE_BYTE)
        if not chars or len(chars) != 1:
            continue
        ch = chars[0][0]
        if not (is_ja_letter(ch) and is_everyday_japanese(ch)):
            continue
        if piece[1].isascii() and not ("\u30a1" <= ch <= "\u30fa" or (
                piece[0] not in _OPENERS and not unicodedata.category(piece[0]).startswith("L"))):
            continue  # a quote, a dash or a letter before an ASCII letter is Western text (``“I``, ``–a``, ``Že``)
        readings[ch] = _Reading(chars, owner, data, set(), real, SINGLE_BYTE)
    # Both encodings never give an everyday letter for one pair of bytes: EUC-JP needs two bytes of 0xA1 or more,
    # where Shift_JIS reads two half-width katakana or a level-2 kanji (lead byte 0xE0–0xEF).
    return (start, core, next(iter(readings.values()))) if len(readings) == 1 else None


UTF8_READ_AS = ("cp932", "euc_jp")
"""The wrong readings of UTF-8 whose byte structure proves a chunk's decoding alone (:func:`_exact_utf8`)."""


def _exact_utf8(piece: str) -> "_Reading | None":
    """A chunk whose bytes, read back as CP932 (or EUC-JP), are UTF-8 exactly, every byte in a character, and decode
    to Japanese text of JIS X 0208 (kana, level-1 or level-2 kanji, Japanese punctuation; two letters at least; the
    ASCII it holds stood as ASCII): that decoding, else ``None``.

    Why (trial 44): ``families of 阯榊ｸｫ (indigo masters)`` is ``藍師`` read as CP932, exactly; Sudachi reads ``藍師`` as
    two one-letter words (``藍`` ``師``), which :func:`_word_chunk` takes for what any pair of bytes may give, so
    :func:`_flagged_chunk` dropped the word from the text (so ``市長``, ``五月``, ``瓦師``: 260 of the 18,746 two-kanji
    words of the word list whose mojibake is exact, each set in an English sentence), and a decoding with a level-2
    kanji (``完璧``, ``曖昧``, ``躑躅``, 660 more) is no everyday Japanese and stayed as mojibake in the text. That argument
    holds for a Western reading (any two bytes above 0xA0 are an EUC-JP kanji), not for UTF-8: a character of kana or
    kanji is a lead byte E3–E9 and two continuation bytes 80–BF, so six bytes or more that fall so, with no byte left
    over, are UTF-8, whether or not the decoding is one dictionary word. Clean text never falls so: of the 101,888
    words of two to six characters of the packaged Japanese word list (``ja_word_zipf.tsv``, rare words and names
    among them), none written in CP932 or EUC-JP decodes as UTF-8 to JIS X 0208 text. Such a decoding is what the
    bytes say, so it is repaired, Sudachi's segmentation aside; a lost byte, a cut or stray byte, a character outside
    JIS X 0208 (the NEC and IBM extensions, Hangul, a control) leave the chunk to the rules that weigh its evidence.

    >>> _exact_utf8("阯榊ｸｫ").text, _exact_utf8("(譚ｾ螻ｱ)").text, _exact_utf8("螳檎挑").text
    ('藍師', '(松山)', '完璧')
    >>> _exact_utf8("港町"), _exact_utf8("鬱蒼"), _exact_utf8("縺吶￥繧\ufffd"), _exact_utf8("Café")
    (None, None, None, None)
    """
    best: _Reading | None = None
    for wrong in UTF8_READ_AS:
        encoded = _encode(piece, wrong)
        if encoded is None or encoded[2]:
            continue  # a character of another repertoire, or a byte the reading lost
        data, owner, lost = encoded
        chars = _decode(data, lost, "utf-8", wrong)
        if chars is None or any(ch.isascii() != piece[owner[b0]].isascii() for ch, b0, _ in chars):
            continue
        reading = _Reading(chars, owner, data, lost, "utf-8", wrong)
        text = reading.text
        if (reading.letters < MIN_LETTERS_SHORT or not is_japanese(text)
                or not all(ch.isascii() or is_jis_japanese(ch) for ch in text)):
            continue
        if best is None or reading.key() > best.key():
            best = reading
    return best


def _flagged_chunk(s: str, start: int, end: int, reading: "_Reading") -> bool:
    """A short chunk alone in its line that is no word once decoded (:func:`_word_chunk` refused it) but is mojibake
    all the same: no ASCII in it, a character no everyday Japanese nor half-width katakana (:func:`_odd_word`), and
    its bytes decode, every one, to everyday Japanese letters (``‚ð’²``, Shift_JIS ``を調`` read as CP1252, a span cut
    from a sentence). Such a chunk is flagged, as mojibake that does not decode to words is (issue 18: it was widened,
    and tokenized); a chunk of everyday Japanese is no mojibake and never reaches here, nor does one whose bytes are
    UTF-8 exactly (``繧定ｪｿ`` is ``を調`` whatever Sudachi makes of it: :func:`_exact_utf8`, trial 44).

    >>> _flagged_chunk("never, ‚ð’² till", 7, 11, _best_reading("‚ð’²", MIN_LETTERS_SHORT, 1))
    True
    >>> _flagged_chunk("Café au lait", 0, 4, _best_reading("Café", MIN_LETTERS_SHORT, 1))
    False
    """
    return (reading is not None and _odd_word(s[start:end]) and GAP not in reading.text
            and reading.letters >= MIN_LETTERS_SHORT and _all_japanese(reading.text))


def _odd_word(piece: str) -> bool:
    """A chunk of two to :data:`MAX_SHORT_SPAN` characters, none ASCII, one at least no everyday Japanese nor
    half-width katakana (a rare kanji: ``譛臥畑``): the shape of a short word's mojibake that :func:`_suspect` misses
    when the bytes read as everyday characters by chance; only :func:`_word_chunk`'s evidence repairs it.

    >>> _odd_word("譛臥畑"), _odd_word("港町"), _odd_word("ｶﾞｲﾄﾞ"), _odd_word("GNU")
    (True, False, False, False)
    """
    return (2 <= len(piece) <= MAX_SHORT_SPAN and not any(ch.isascii() for ch in piece)
            and any(_odd(ch) and not _halfwidth(ch) and ch != GAP for ch in piece))


def _word_chunk(s: str, start: int, end: int, reading: "_Reading") -> bool:
    """A short chunk alone in its line (``The city of ¹â¾¾ is a port.``: EUC-JP ``高松`` read as Latin-1) is mojibake
    when its bytes decode, every one, to two everyday Japanese letters or more (:func:`_all_japanese`, no lost glyph),
    it opens with a non-ASCII character, and Sudachi reads the decoding as words of the line (:func:`_plausible`).
    A Western word never pairs so into level-1 kanji (``Café``, ``Élan``: an ASCII letter alone, a half-width
    katakana), and ``éà`` reads as a level-2 kanji.

    >>> _word_chunk("The city of ¹â¾¾ is a port.", 12, 16, _best_reading("¹â¾¾", MIN_LETTERS_SHORT, 1))
    True
    >>> _word_chunk("ÀÉÎÕ", 0, 4, _best_reading("ÀÉÎÕ", MIN_LETTERS_SHORT, 1))
    False
    """
    decoded = reading.text
    if s[start].isascii() or GAP in decoded or reading.letters < MIN_LETTERS_SHORT or not _all_japanese(decoded):
        return False
    if not _plausible(s, start, end, decoded):
        return False
    # words of two letters or more: two level-1 kanji that read only as two one-letter words (``ÀÉÎÕ`` → ``隻燐``)
    # are what any pair of bytes may give
    line = s[:start] + decoded + s[end:]
    tokens = [m for m in tokenizer().tokenize(line) if m.begin() < start + len(decoded) and m.end() > start]
    return all(m.end() - m.begin() >= 2 for m in tokens)


MIN_LETTERS_SHORT = 2
"""A chunk too short to prove a reading alone (``’ñŒg`` for ``提携``, ``2019”N‚É`` for ``2019年に``) reads so when
the line's other chunks in the same reading bring the letters to :data:`MIN_LETTERS`."""


def _shown_short_chunks(found: list, short: list[tuple[int, int, "_Reading"]]) -> list[tuple[int, int, "_Reading"]]:
    """The short chunks a line's other chunks prove: all of them in one reading (real encoding and wrong reading),
    with at least :data:`MIN_LETTERS` letters between them (lost glyphs count, as in a line)."""
    readings = [r for _, _, r in found if isinstance(r, _Reading)] + [r for _, _, r in short]
    if not short or len(readings) < 2 or len({r.pair for r in readings}) != 1:
        return []
    if sum(r.letters + r.text.count(GAP) for r in readings) < MIN_LETTERS:
        return []
    return short


_ISO2022_SHIFT = "\x1b$"
_ISO2022_RUN = re.compile("\x1b\\$[@B]((?:[\x21-\x7e]{2})*)(?:\x1b\\([BJ]|$)")
"""ISO-2022-JP's JIS X 0208 run: ``ESC $ B`` (or ``ESC $ @``), two bytes a character, back to ASCII with ``ESC ( B``
(or ``ESC ( J``; a line's end ends it too)."""


def _iso2022_jp(s: str) -> list[tuple[int, int, "_Reading"]]:
    """ISO-2022-JP ("JIS") read as ASCII: every byte is ASCII, so the line reads as UTF-8 whatever its encoding
    (``\\x1b$BF|K\\\\\\x1b(B`` for ``日本``); each run between its escape sequences decodes, when it gives everyday
    Japanese (:meth:`_Reading.japanese`). The escape sequences print nothing and go with the run's row."""
    found = []
    for match in _ISO2022_RUN.finditer(s):
        body = match.start(1)
        chars = []
        for k in range(body, match.end(1), 2):
            try:
                ch = ("\x1b$B" + s[k:k + 2]).encode("ascii").decode("iso2022_jp")
            except UnicodeDecodeError:
                break
            chars.append((ch, k - match.start(), k - match.start() + 2))
        else:
            if chars:
                reading = _Reading(chars, list(range(match.end() - match.start())))
                if reading.japanese():
                    found.append((match.start(), match.end(), reading))
    return found


class _Flagged:
    """Mojibake that cannot be decoded, only flagged (:func:`_replace` drops it with reason ``mojibake``)."""

    lost = 1.0
    damage = None  # (which encodings made it is not read: its row names none)


_FLAGGED = _Flagged()


def _eucjp_read_as_utf8(piece: str) -> bool:
    """EUC-JP read as UTF-8 (``�ܻԤ�2019ǯ�˻`` for ``本市は2019年に``): flagged, never decoded.

    EUC-JP's bytes are 0xA1–0xFE; read as UTF-8, most are no character (U+FFFD, one for one or two bytes, so
    the bytes are not known) and the rest pair into two-byte characters of unrelated alphabets. Evidence:
    two lost glyphs or more, the other non-ASCII characters no everyday Japanese, each of them UTF-8 bytes in
    EUC-JP's range, of two scripts or more (Syriac beside Cyrillic is no text).
    """
    odd = [ch for ch in piece if not ch.isascii() and not ch.isspace()]
    rest = [ch for ch in odd if ch != GAP]
    if len(odd) - len(rest) < 2 or len(rest) < 2 or any(is_everyday_japanese(ch) for ch in rest):
        return False
    if not all(0xA1 <= b <= 0xFE for ch in rest for b in ch.encode("utf-8")):
        return False
    return len({unicodedata.name(ch, "?").split()[0] for ch in rest}) >= 2


def _odd_runs(s: str) -> list[tuple[int, int]]:
    """Spans of ``s`` holding its characters that are not everyday Japanese (nor ASCII), two or more of them,
    runs at most three characters apart taken as one (mojibake holds some everyday characters by chance).

    Half-width katakana are no seed: text writes them (``｢ﾊﾟﾝﾌﾚｯﾄ｣を配布``, which read as EUC-JP bytes gives
    kanji); the mojibake that holds them holds level-2 kanji too (``貂ｯ逕ｺ``), and a window reaches them."""
    odd = [k for k, ch in enumerate(s) if not ch.isascii() and ch != GAP and not is_everyday_japanese(ch)
           and not HALF_WIDTH_KATAKANA[0] <= ch <= HALF_WIDTH_KATAKANA[1]]
    runs: list[list[int]] = []
    for k in odd:
        if runs and k - runs[-1][1] <= 3:
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    return [(a, b) for a, b in runs if sum(a <= k < b for k in odd) >= 2]


def _phrases(piece: str, at_line_end: bool = False) -> list[tuple[int, int, "_Reading"]]:
    """Mojibake phrases inside a chunk of otherwise good text (``本市の貂ｯ逕ｺ縺ｮ…が大切``): around each run of
    odd characters, the window that decodes as Japanese (the evidence of :func:`_best_reading`) and covers
    most; the window must itself be suspect, so the good text around it is never read as bytes."""
    out: list[tuple[int, int, _Reading]] = []
    taken = 0
    for a, b in _odd_runs(piece):
        best: tuple[int, int, _Reading] | None = None
        for start in range(max(taken, a - MAX_PHRASE_REACH), a + 1):
            for end in range(min(len(piece), b + MAX_PHRASE_REACH), b - 1, -1):
                window = piece[start:end]
                if not _suspect(window) or (best is not None and end - start <= best[1] - best[0]):
                    continue
                reading = _best_reading(window, cut_end=at_line_end and end == len(piece))
                if reading is not None:
                    best = (start, end, reading)
        if best is not None:
            out.append(best)
            taken = best[1]
    return out


def _replace(text: Text, found: list[tuple[int, int, "_Reading | _Flagged"]]) -> Fixed:
    """Replace each found span by its decoding, or drop it (flagged) when it would be mostly lost glyphs."""
    parts: list[Text] = []
    changes: list[Change] = []
    pos = 0
    for start, end, reading in sorted(found, key=lambda item: item[0]):
        if reading.lost > MAX_LOST:
            taken = frozenset(k for a, b, _ in found for k in range(a, b))
            start, end = with_its_space(text.text, start, end, taken)
        parts.append(text[pos:start])
        piece = text[start:end]
        if reading.lost > MAX_LOST:
            if piece.text.strip():
                changes.append(Change(piece, "mojibake"))
            pos = end
            continue
        new, origin = _decoded_text(piece, reading)
        old_text = piece.text
        head = 0
        while head < min(len(old_text), len(new)) and old_text[head] == new[head] and origin[head] == piece.origin[head]:
            head += 1
        tail = 0
        while (tail < min(len(old_text), len(new)) - head and old_text[-1 - tail] == new[-1 - tail]
               and origin[-1 - tail] == piece.origin[-1 - tail]):
            tail += 1
        if head + tail >= len(new):
            head = tail = 0  # a row replaces text by text (``\ufffd` `` → ``\ufffd``), never by nothing
        parts.append(Text(new, tuple(origin)))
        changes.append(Change(piece[head:len(old_text) - tail], "mojibake", replacement=new[head:len(new) - tail],
                              hints=reading.hints(origin), encoding=reading.damage))
        pos = end
    parts.append(text[pos:])
    return Fixed(Text.join(parts), tuple(changes))


def _decoded_text(piece: Text, reading: "_Reading") -> tuple[str, list[Pos]]:
    """The decoded characters, each at the raw position of the character its first byte came from
    (a second character from the same one has no position of its own)."""
    origin: list[Pos] = []
    previous = -1
    for source in reading.sources:
        origin.append(piece.origin[source] if source != previous else None)
        previous = source
    return reading.text, origin



MAX_SHORT_SPAN = 6
"""Characters of the longest short mojibake (:func:`_short_words`): two Japanese characters read as CP932 from
UTF-8 take four or five (``豬ｷ螟�`` for ``海外``), read as CP1252 from Shift_JIS four (``ŠCŠO``)."""
SHORT_REACH = 2
"""Characters a short mojibake may reach beyond its odd characters: a UTF-8 byte read as CP932 may give an everyday
character (``縺ゅｋ`` for ``ある``: ``ゅ`` and ``ｋ`` are everyday forms)."""


SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
"""Superscript digits (``¹²³⁴``): a run of them alone marks a note or an author's affiliations."""


def _odd(ch: str) -> bool:
    """Not ASCII and not everyday Japanese: what mojibake of the Shift_JIS family is made of (half-width
    katakana and lost glyphs included)."""
    return not ch.isascii() and not is_everyday_japanese(ch)


def _trail_byte(piece: str, k: int) -> bool:
    """``piece[k]`` may be a Shift_JIS trail byte read as ASCII: one printable ASCII character alone, no letter
    or digit after it (``ŽR」`` for ``山」``; ``“All`` starts a word)."""
    return "!" <= piece[k] <= "~" and not (k + 1 < len(piece) and piece[k + 1].isascii() and piece[k + 1].isalnum())


def _short_spans(piece: str) -> list[tuple[int, int]]:
    """Runs of ``piece`` that may start one or two Japanese characters in the wrong reading: odd characters
    (:func:`_odd`; an ASCII character right after one is a Shift_JIS trail byte, ``ŠCŠO``), at most
    :data:`MAX_SHORT_SPAN`, at least one of them neither half-width katakana (text writes those, ``ｶﾞｲﾄﾞ``)
    nor a lost glyph.

    >>> _short_spans("本市縺ｯ港町である。"), _short_spans("「�¼ŽR」の城"), _short_spans("Café、ｶﾞｲﾄﾞを配布"), _short_spans("ｿﾌﾄ饅頭")
    ([(2, 4)], [(1, 5)], [(3, 4)], [(3, 4)])
    >>> _short_spans("頭に“All rights reserved”とある")  # a curly quote before a word: no trail byte
    [(2, 3), (22, 23)]
    """
    spans = []
    k = 0
    while k < len(piece):
        if not _odd(piece[k]):
            k += 1
            continue
        start = k
        while k < len(piece) and (_odd(piece[k]) or (_trail_byte(piece, k) and _odd(piece[k - 1]))):
            k += 1
        while start < k and HALF_WIDTH_KATAKANA[0] <= piece[start] <= HALF_WIDTH_KATAKANA[1]:
            start += 1  # half-width katakana before are text (``ｿﾌﾄ饅頭``); mojibake's follow a kanji (``縺ｯ``)
        if start < k and k - start <= MAX_SHORT_SPAN and any(not HALF_WIDTH_KATAKANA[0] <= ch <= HALF_WIDTH_KATAKANA[1]
                                               and ch != GAP and not ch.isascii() for ch in piece[start:k]) \
                and not all(ch in SUPERSCRIPT_DIGITS for ch in piece[start:k]):
            # superscript digits alone are an author's affiliation marks (``谷口 修平¹²``), never mojibake: their
            # CP1252 bytes B9 B2 read as a kanji in EUC-JP (fresh-user trial 60b had dropped them)
            spans.append((start, k))
    return spans


def _short_words(piece: str) -> list[tuple[int, int, "_Reading | _Flagged"]]:
    """One or two Japanese characters in the wrong reading inside good Japanese (``本市縺ｯ港町`` for ``本市は港町``,
    ``「�¼ŽR」の城`` for ``「�山」の城``).

    From each run of :func:`_short_spans`, reaching at most :data:`SHORT_REACH` characters further, the widest
    window of 2 or more non-ASCII characters beside an everyday Japanese character whose bytes all decode to
    everyday Japanese (:meth:`_Reading.japanese`, one letter enough) that Sudachi reads as words of its line
    (:func:`_plausible`) is repaired. A run whose bytes decode, alone, but to no word there is flagged (left to
    the ledger, never widened or tokenized); one whose bytes do not decode is no mojibake and stays (``Café``).

    >>> [(a, b, r.text) for a, b, r in _short_words("本市縺ｯ港町である。")]
    [(2, 4, 'は')]
    >>> [(a, b, r.text) for a, b, r in _short_words("港町で縺ゅｋ。")]
    [(3, 6, 'ある')]
    """
    out: list[tuple[int, int, _Reading | _Flagged]] = []
    for a, b in _short_spans(piece):
        limit = min(len(piece), b + SHORT_REACH)
        while limit < len(piece) and _odd(piece[limit]) and limit - a < MAX_SHORT_SPAN + SHORT_REACH:
            limit += 1  # half-width katakana, lost glyphs: more of the same bytes
        if out and a < out[-1][1]:
            continue
        best: tuple[int, int, _Reading] | None = None
        for end in range(limit, b - 1, -1):
            window = piece[a:end]
            beside = piece[a - 1:a] + piece[end:end + 1]
            if (end - a > MAX_SHORT_SPAN + SHORT_REACH or not _short_evidence(window, beside, a == 0)
                    or not any(is_everyday_japanese(ch) and not ch.isascii() for ch in beside)):
                continue
            reading = _best_reading(window, 1, 1, lost_only=True)
            if reading is not None and _short_plausible(piece, a, end, reading):
                if reading.text == GAP:
                    reading.lost = 0.0  # one lost glyph the bytes bound and the line reads: kept, not flagged
                best = (a, end, reading)
                break
        if best is not None:
            out.append(best)
        elif (sum(not ch.isascii() for ch in piece[a:b]) >= 2
              and any(is_everyday_japanese(ch) and not ch.isascii() for ch in piece[a - 1:a] + piece[b:b + 1])
              and _all_japanese(getattr(_best_reading(piece[a:b], 1, 1), "text", ""))):
            out.append((a, b, _FLAGGED))
    return out


def _short_plausible(piece: str, start: int, end: int, reading: "_Reading") -> bool:
    """A short decoding (:func:`_short_words`) reads as words of its line: every character an everyday Japanese letter
    (:func:`_all_japanese`) that Sudachi reads in place (:func:`_plausible`). A lost glyph whose surviving bytes allow
    a few characters (:meth:`_Reading.constraints`: ``マ\ufffd[ƒNする``, ``ー`` 81 5B with its lead byte lost, CP1252;
    ``プƒ\ufffdグラム``, ``ロ`` 83 8D) reads so when one of those, an everyday letter, does in its place: the line is
    read with what the bytes allow, not with the lost glyph left out (``マクする``, no word), and it stays a lost glyph
    with those candidates; nothing is guessed. (Issue 18: such spans were flagged, or left as mojibake in the text.)

    >>> _short_plausible("マ\ufffd[ƒNする", 1, 5, _best_reading("\ufffd[ƒN", 1, 1))
    True
    >>> _short_plausible("プƒ\ufffdグラム", 1, 3, _best_reading("ƒ\ufffd", 1, 1, lost_only=True))
    True
    >>> _short_plausible("本市縺ｯ港町", 2, 4, _best_reading("縺ｯ", 1, 1))
    True
    """
    text = reading.text
    gaps = [i for i, ch in enumerate(text) if ch == GAP]
    allowed = reading.constraints().get(gaps[0]) if len(gaps) == 1 else None
    if not allowed:
        return _all_japanese(text) and _plausible(piece, start, end, text)
    rest = text.replace(GAP, "")
    if rest and not _all_japanese(rest):
        return False
    i = gaps[0]
    return any(is_ja_letter(c) and is_everyday_japanese(c) and _plausible(piece, start, end, text[:i] + c + text[i + 1:])
               for c in allowed[1])


def _all_japanese(decoded: str) -> bool:
    """Every character of a short decoding is an everyday Japanese letter (kana, level-1 kanji) or a lost glyph,
    one at least a letter: one or two words are letters (``＇鴫``, ``震堤\\`` are none).

    >>> _all_japanese("は"), _all_japanese("海\ufffd"), _all_japanese("＇鴫"), _all_japanese("\ufffd")
    (True, True, False, False)
    """
    return bool(decoded.replace(GAP, "")) and all(ch == GAP or (is_ja_letter(ch) and is_everyday_japanese(ch))
                                                  for ch in decoded)


def _short_evidence(window: str, beside: str, at_start: bool = False) -> bool:
    """``window`` has bytes enough to be evidence: two non-ASCII characters, or one and an ASCII trail byte between
    two everyday Japanese characters (``本Žsは`` for ``本市は``: a Latin letter with a caron glued between kanji), or,
    where the window opens its chunk (``at_start``: after a space or at the line's start, so nothing stands before
    it), glued to an everyday Japanese character after it (``upload ƒXクリプト`` for ``スクリプト``, ``override ƒtァイル``
    for ``ファイル``: a Japanese word after an English one, its first character read as CP1252; issue 18).

    >>> _short_evidence("縺ｯ", "市港"), _short_evidence("Žs", "本は"), _short_evidence("Žs", "本 ")
    (True, True, False)
    >>> _short_evidence("ƒX", "ク", at_start=True), _short_evidence("ƒX", "ク"), _short_evidence("ƒX", " ", at_start=True)
    (True, False, False)
    """
    wide = sum(not ch.isascii() for ch in window)
    if wide >= 2:
        return True
    if not (wide == 1 and len(window) == 2 and window[1].isascii()):
        return False
    return (len(beside) == 2 or (at_start and len(beside) == 1)) and all(
        is_everyday_japanese(ch) and not ch.isascii() for ch in beside)


def _plausible(piece: str, start: int, end: int, decoded: str) -> bool:
    """``decoded`` in place of ``piece[start:end]`` is read by Sudachi as words of its dictionary, and so are the
    tokens it joins on either side: the decoding makes sense in its line, not only as characters."""
    decoded = decoded.replace(GAP, "")  # a lost glyph is no word; what the bytes say must be
    line = piece[:start] + decoded + piece[end:]
    a, b = start, start + len(decoded)
    if len(line.encode("utf-8")) > MAX_BYTES:
        return False
    tokens = [m for m in tokenizer().tokenize(line) if m.begin() < b and m.end() > a]
    return bool(tokens) and not any(m.is_oov() and not _katakana_compound(m.surface()) for m in tokens)


_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc]{4,}")


@lru_cache(maxsize=4096)
def _known_word(word: str) -> bool:
    """Sudachi reads ``word`` as one word of its dictionary."""
    found = tokenizer().tokenize(word)
    return len(found) == 1 and not found[0].is_oov()


@lru_cache(maxsize=1024)
def _katakana_compound(word: str) -> bool:
    """``word``, a run of katakana Sudachi reads as one unknown word, is known words written together, each of two
    letters at least: Sudachi groups any katakana run it does not know as one word, so a compound loan word is out of
    its vocabulary whole (``リリースクリティカルバグ``: ``リリース`` ``クリティカル`` ``バグ``), and a decoding inside one reads
    as words only so.

    >>> _katakana_compound("リリースクリティカルバグ"), _katakana_compound("ブポータル"), _katakana_compound("クリティカル")
    (True, False, False)
    """
    if not _KATAKANA_RUN.fullmatch(word) or _known_word(word):
        return False
    ends = {0}
    for j in range(2, len(word) + 1):
        if any(i in ends and _known_word(word[i:j]) for i in range(0, j - 1)):
            ends.add(j)
    return len(word) in ends


_UTF8_JAPANESE_LEADS = range(0xE3, 0xEA)
"""UTF-8 lead bytes of kana, Japanese punctuation and kanji (U+3000–U+9FFF): E3 (marks, kana), E4–E9 (kanji)."""
_UTF8_CONTINUATION = range(0x80, 0xC0)
MAX_ALLOWED_CUT = 64
"""A kanji cut short at a line's end lost a byte that no reading wrote (the line ended), so it may have been any
of the 64 UTF-8 continuation bytes: up to 64 candidates, still a few dozen of thousands (the bytes are evidence)."""


def utf8_prefix(ch: str) -> bytes | None:
    """The two bytes of ``ch`` in CP932 when they are the first two UTF-8 bytes of a Japanese character (a lead
    byte E3–E9, a continuation byte) and ``ch`` is no everyday Japanese: what UTF-8 read as CP932 leaves of a
    kana or kanji whose third byte was lost (``蟶`` is E5 B8, ``市`` E5 B8 82); else ``None``.

    >>> utf8_prefix("蟶").hex(" "), utf8_prefix("縺").hex(" "), utf8_prefix("市"), utf8_prefix("齟")
    ('e5 b8', 'e3 81', None, None)
    """
    if is_everyday_japanese(ch):
        return None
    try:
        data = ch.encode("cp932")
    except UnicodeEncodeError:
        return None
    if len(data) == 2 and data[0] in _UTF8_JAPANESE_LEADS and data[1] in _UTF8_CONTINUATION:
        return data
    return None


def cut_short_candidates(prefix: bytes, *, at_line_end: bool) -> tuple[str, ...]:
    """The characters a UTF-8 prefix (:func:`utf8_prefix`) completes to with one byte: before a U+FFFD, a byte
    CP932 wrote as U+FFFD (:func:`lossable_bytes`, a lead byte with nothing to pair: 0x81–0x9F); at a line's end,
    where the byte is simply missing, any continuation byte. Korean, Chinese phonetic and unassigned characters are
    no completion of Japanese text; ``()`` when more than :data:`MAX_ALLOWED_CUT` remain.

    >>> "市" in cut_short_candidates(bytes.fromhex("e5b8"), at_line_end=False)
    True
    >>> len(cut_short_candidates(bytes.fromhex("e381"), at_line_end=False)), len(cut_short_candidates(bytes.fromhex("e5b8"), at_line_end=True))
    (31, 64)
    """
    data = prefix + b"\0"
    if not at_line_end:
        found = allowed_characters(data, 0, 3, {2}, "utf-8", "cp932") or ()
        return found if len(found) <= MAX_ALLOWED_CUT else ()
    out: dict[str, None] = {}
    for b in _UTF8_CONTINUATION:
        ch = _one_character(data, 0, 3, [2], (b,), "utf-8")
        if ch is not None and not is_foreign_to_japanese(ch):
            out[ch] = None
    return tuple(out) if 0 < len(out) <= MAX_ALLOWED_CUT else ()


def lost_lead_candidates(trail: int, encoding: str) -> tuple[str, ...]:
    """The Japanese letters a Shift_JIS character whose lead byte was damaged may have been, its trail byte ``trail``
    surviving (extract keeps both bytes as one lost glyph: :func:`pipeline.extract.text._orphan_trail`): every
    two-byte character with that trail byte (one per lead byte, some 40), ``()`` when more than
    :data:`MAX_ALLOWED_CUT`.

    >>> c = lost_lead_candidates(0xD8, "cp932"); "菜" in c, "球" in c, len(c) <= MAX_ALLOWED_CUT
    (True, False, True)
    """
    out = []
    for lead in [*range(0x81, 0xA0), *range(0xE0, 0xFD)]:
        try:
            ch = bytes([lead, trail]).decode(encoding)
        except UnicodeDecodeError:
            continue
        if is_ja_letter(ch):
            out.append(ch)
    return tuple(out) if 0 < len(out) <= MAX_ALLOWED_CUT else ()


def stray_byte_hints(rows, encoding: str) -> tuple[Hint, ...]:
    """A ``bytes`` hint for each lost glyph extract wrote for a UTF-8 character cut short in a UTF-8 dump (a row of
    ``mark_undecodable_bytes`` whose bytes are the first two of a three-byte character, on a line read in the file's
    own encoding): the characters the missing byte completes them to (:func:`cut_short_candidates`, any continuation
    byte, Japanese ones only), which restore takes as a constraint. A lone byte allows too many to list. In a
    Shift_JIS dump, a lost glyph of two bytes whose lead byte was damaged: the characters with its trail byte
    (:func:`lost_lead_candidates`).

    >>> from pipeline.model import LedgerRow
    >>> row = LedgerRow("mark_undecodable_bytes", "changed", 1, 3, GAP, "undecodable-byte", replacement=GAP, raw_bytes="E6 B8")
    >>> [(h.line, h.col, "港" in h.candidates) for h in stray_byte_hints([row], "utf-8")]
    [(1, 3, True)]
    """
    if encoding not in ("utf-8", "cp932", "shift_jis"):
        return ()
    odd = {row.line for row in rows if row.rule == "decode_lines"}
    out = []
    for row in rows:
        if row.rule != "mark_undecodable_bytes" or row.line in odd or not row.raw_bytes:
            continue
        prefix = bytes.fromhex(row.raw_bytes)
        if encoding != "utf-8":
            candidates = lost_lead_candidates(prefix[1], encoding) if len(prefix) == 2 else ()
            if candidates:
                detail = (f"the bytes {row.raw_bytes} ({encoding}: a lead byte damaged, its trail byte "
                          f"{prefix[1]:02X} kept) allow only {' '.join(candidates)}")
                out.append(Hint(row.line, row.col, 1, candidates, Evidence("bytes", detail), tentative=True))
            continue
        if len(prefix) != 2 or prefix[0] not in _UTF8_JAPANESE_LEADS or prefix[1] not in _UTF8_CONTINUATION:
            continue
        candidates = cut_short_candidates(prefix, at_line_end=True)
        if candidates:
            detail = (f"the bytes {row.raw_bytes} ?? (UTF-8, a character cut short in the file) allow only "
                      f"{' '.join(candidates)}")
            out.append(Hint(row.line, row.col, 1, candidates, Evidence("bytes", detail), tentative=True))
    return tuple(out)


_KANA_PREFIXES = frozenset(bytes([0xE3, b]) for b in (0x81, 0x82, 0x83))
"""E3 81, E3 82, E3 83: the first two UTF-8 bytes of a hiragana or katakana, read as CP932 ``縺 繧 繝`` (level-2 kanji
no text writes). Before the U+FFFD of its lost byte such a character is a kana whatever its neighbours (``etch 繧\ufffd
lenny`` for ``etch や lenny``): its candidates are the 29–31 kana the bytes allow."""


class _CutShort:
    """One kanji or kana in UTF-8 read as CP932 whose third byte was lost: it becomes one lost glyph, with the
    characters its two surviving bytes allow as a ``bytes`` hint (restore weighs them; nothing is guessed here)."""

    lost = 0.0
    damage = "UTF-8 read as CP932"

    def __init__(self, prefix: bytes, candidates: tuple[str, ...], where: str, width: int) -> None:
        self.prefix = prefix
        self.candidates = candidates
        self.where = where
        self.text = GAP
        self.sources = [0]
        self.width = width

    def hints(self, origin: list[Pos]) -> tuple[Hint, ...]:
        if origin[0] is None:
            return ()
        pattern = " ".join(f"{b:02X}" for b in self.prefix) + " ??"
        detail = f"the bytes {pattern} ({self.damage}, {self.where}) allow only {' '.join(self.candidates)}"
        return (Hint(origin[0][0], origin[0][1], 1, self.candidates, Evidence("bytes", detail), tentative=True),)


def _cut_short(piece: str, *, at_line_end: bool) -> list[tuple[int, int, "_CutShort"]]:
    """One Japanese character in UTF-8 read as CP932 that lost its last byte, inside good Japanese: a kanji whose
    CP932 bytes are a UTF-8 prefix (:func:`utf8_prefix`) followed by the U+FFFD CP932 wrote for the lost byte
    (``本蟶\\ufffdは港町`` for ``本市は港町``), or standing last in the line (the line cut inside the character:
    ``本市の港逕`` for ``本市の港町``), or inside the line before an ASCII character, where no U+FFFD marks the
    lost byte and the reading stepped back in line (``港町の海螟2019`` for ``港町の海外2019``, E5 A4 then 32; before a
    Japanese character the reading would have gone on out of step, ``海螟縺ｮ``, which :func:`_mend` takes in a line
    of mojibake, and ``海螟の都市`` is no product of a lost byte: it stays). The two bytes left allow a few
    characters (:func:`cut_short_candidates`);
    it is mojibake when one of them is an everyday Japanese letter that Sudachi reads as a word of the line in its
    place (:func:`_plausible`); a kana's prefix before its U+FFFD (:data:`_KANA_PREFIXES`) needs neither. Where no
    U+FFFD marks the loss (at a line's end or inside it), the kanji must also be no word of the line where it stands
    (Sudachi: out of vocabulary, or a rare one-letter word, :func:`_rare_word`), so a rare kanji a line ends with stays
    (``…の雉``). Then the kanji and its U+FFFD become one lost glyph with those candidates; never a guess.

    >>> [(a, b, r.candidates[:3]) for a, b, r in _cut_short("本蟶\\ufffdは港町", at_line_end=False)]
    [(1, 3, ('币', '市', '布'))]
    >>> [(a, b) for a, b, _ in _cut_short("本市の港逕", at_line_end=True)], _cut_short("蟹\\ufffdを食べる", at_line_end=False)
    ([(4, 5)], [])
    >>> [(a, b, r.where) for a, b, r in _cut_short("港町の海螟2019", at_line_end=True)], _cut_short("海螟の都市", at_line_end=True)
    ([(4, 5, 'the last byte lost with no U+FFFD to mark it')], [])
    """
    out = []
    for k, ch in enumerate(piece):
        prefix = utf8_prefix(ch)
        if prefix is None:
            continue
        lost_mark = piece[k + 1:k + 2] == GAP
        at_end = at_line_end and k == len(piece) - 1
        if not lost_mark and not at_end and not piece[k + 1:k + 2].isascii():
            continue  # before Japanese the reading would have gone on out of step (``螟縺ｮ``): :func:`_mend`'s
        end = k + 2 if lost_mark else k + 1
        candidates = cut_short_candidates(prefix, at_line_end=not lost_mark)
        if not candidates:
            continue
        if not (lost_mark and prefix in _KANA_PREFIXES):
            beside = piece[k - 1:k] + piece[end:end + 1]
            if not any(is_everyday_japanese(c) and is_ja_letter(c) for c in beside):
                continue  # inside good Japanese only: a kanji and a lost glyph alone are no evidence
            if not any(is_everyday_japanese(c) and is_ja_letter(c) and _plausible(piece, k, end, c) for c in candidates):
                continue
        if not lost_mark and not (_oov(piece, k) or _rare_word(piece, k)):
            continue
        where = ("the last byte lost" if lost_mark else "cut short at the line's end" if at_end
                 else "the last byte lost with no U+FFFD to mark it")
        out.append((k, end, _CutShort(prefix, candidates, where, end - k)))
    return out


def _sjis_trail(ch: str) -> int | None:
    """The byte ``ch`` stands for in a CP1252 reading when it is a Shift_JIS trail byte (0x40–0x7E, 0x80–0xFC) and
    no digit, space or ASCII sign below ``@`` (none of which ends a Shift_JIS character); else ``None``."""
    b = _single_byte_table().get(ch)
    return b if b is not None and (0x40 <= b <= 0x7E or 0x80 <= b <= 0xFC) else None


class _LostLead:
    """One Shift_JIS character whose lead byte a CP1252 reading lost (U+FFFD) while its trail byte stood as a
    character of its own (``\ufffd` `` for ``港``, 8D 60): the U+FFFD and the trail byte are one lost glyph, with the
    characters the lead bytes CP1252 loses allow as a ``bytes`` hint."""

    lost = 0.0
    damage = "Shift_JIS read as CP1252"

    def __init__(self, trail: int, candidates: tuple[str, ...]) -> None:
        self.trail = trail
        self.candidates = candidates
        self.text = GAP
        self.sources = [0]

    def hints(self, origin: list[Pos]) -> tuple[Hint, ...]:
        if origin[0] is None:
            return ()
        detail = (f"the bytes ?? {self.trail:02X} ({self.damage}, the lead byte lost) allow only "
                  f"{' '.join(self.candidates)}")
        return (Hint(origin[0][0], origin[0][1], 1, self.candidates, Evidence("bytes", detail), tentative=True),)


def _lost_lead(piece: str, at_line_end: bool = False) -> list[tuple[int, int, "_LostLead"]]:
    """A Shift_JIS character inside good Japanese whose lead byte a CP1252 reading lost: a U+FFFD, then one
    character that is a Shift_JIS trail byte read as CP1252 (:func:`_sjis_trail`: ``本市の\ufffd`は`` for
    ``本市の港は``, 8D 60; ``\ufffdB`` for ``。``, 81 42), between Japanese letters. CP1252 loses only its five
    undefined bytes (:data:`CP1252_UNDEFINED`, all Shift_JIS lead bytes), so the trail byte bounds the character
    to a few (:func:`allowed_characters`); left alone it stood in the text as a Latin letter or sign, and the lost
    glyph had no candidates. Evidence: an everyday Japanese letter before the U+FFFD and after the trail byte (a
    Latin letter glued to a Latin word or digit is text: ``\ufffdAPI``, ``\ufffdA1``), and one everyday candidate
    that Sudachi reads as a word of the line in its place (:func:`_plausible`). The two become one lost glyph with
    those candidates; never a guess. (Issue 18.)

    At the line's end (``at_line_end``: ``piece`` ends the line) the trail byte is the line's last character and
    nothing stands after it (``…参加した\ufffdB`` for ``…参加した。``, 81 42): the letter before and the reading
    of the line are the evidence, whatever the rest of the line is written in (a line that is mostly clean Japanese
    has no reading as a whole). A Latin letter that ends a Latin word (``Tokyo\ufffdB``) has no Japanese letter
    before it and stays.

    >>> [(a, b, r.candidates) for a, b, r in _lost_lead("本市の\ufffd`は大きい")]
    [(3, 5, ('～', '港', '汁', '秦', '拜'))]
    >>> _lost_lead("本市の\ufffdAPIは"), _lost_lead("本市の\ufffd1は"), _lost_lead("\ufffd`は")
    ([], [], [])
    >>> [(a, b, r.candidates) for a, b, r in _lost_lead("多くの市民が参加した\ufffdB", at_line_end=True)]
    [(10, 12, ('。', '坑', '州', '殖', '截'))]
    >>> _lost_lead("多くの市民が参加した\ufffdB"), _lost_lead("Tokyo\ufffdB", at_line_end=True)
    ([], [])
    """
    out = []
    for k in range(1, len(piece) - 1):
        trail = _sjis_trail(piece[k + 1]) if piece[k] == GAP else None
        if trail is None:
            continue
        if k + 2 == len(piece) and not at_line_end:
            continue  # a chunk's end before a space: the byte after the trail byte is not known to be no letter
        before, after = piece[k - 1], piece[k + 2:k + 3]
        if not all(is_ja_letter(c) and is_everyday_japanese(c) and not c.isascii() for c in (before, after) if c):
            continue
        candidates = allowed_characters(bytes([0, trail]), 0, 2, {0}, "cp932", SINGLE_BYTE)
        if not candidates or not any(is_everyday_japanese(c) and _plausible(piece, k, k + 2, c) for c in candidates):
            continue
        out.append((k, k + 2, _LostLead(trail, candidates)))
    return out


RARE_ZIPF = 2.5
"""Zipf frequency (the packaged Japanese word list, ``pipeline/data/ja_word_zipf.tsv``) below which a word is rare:
fewer than one in three million words. A kanji whose bytes are a UTF-8 prefix is always a level-2 one; Sudachi knows
many of them as words (``貂``, ``雉``), but a line ends on such a word in a writer's text seldom, and mojibake cut
short ends there on whichever the bytes give."""


def _rare_word(piece: str, k: int) -> bool:
    """Sudachi reads ``piece[k]`` alone as a word, and a rare one (:data:`RARE_ZIPF`; unlisted counts as rare):
    ``地域の貂`` (``貂``, 2.3), while ``罠`` (4.2) and ``雉`` (2.8) are words a line may end on, and so is a word
    of two letters or more (``静謐``): what the bytes of cut-short mojibake give is one kanji that reads as no word
    with its neighbours.

    >>> _rare_word("地域の貂", 3), _rare_word("仕掛けた罠", 4), _rare_word("山で見た雉", 4), _rare_word("静謐", 1)
    (True, False, False, False)
    """
    from pipeline.restore.resources import word_zipf  # the packaged list; loaded only for such a kanji

    if len(piece.encode("utf-8")) > MAX_BYTES:
        return False
    zipf = word_zipf()
    found = [m for m in tokenizer().tokenize(piece) if m.begin() <= k < m.end()]
    return (len(found) == 1 and (found[0].begin(), found[0].end()) == (k, k + 1)
            and max(zipf.get(found[0].surface(), 0.0), zipf.get(found[0].dictionary_form(), 0.0)) < RARE_ZIPF)


def _oov(piece: str, k: int) -> bool:
    """Sudachi reads ``piece[k]`` as (part of) a word it does not know."""
    if len(piece.encode("utf-8")) > MAX_BYTES:
        return False
    return any(m.is_oov() for m in tokenizer().tokenize(piece) if m.begin() <= k < m.end())


_SIGNATURE_KANA = ("\uff66", "\uff7f")
"""Half-width ``ｦ``–``ｿ`` (CP932 0xA6–0xBF): UTF-8 continuation bytes that CP932 reads as half-width katakana. The
half-width punctuation 0xA1–0xA5 (``｡｢｣､･``) is left out: text set in half-width forms ends a sentence with ``｡``
after any kanji."""


_SMALL_KANA = frozenset("\uff67\uff68\uff69\uff6a\uff6b\uff6c\uff6d\uff6e\uff6f")
"""Half-width small ``ｧｨｩｪｫｬｭｮｯ`` (CP932 0xA7–0xAF, UTF-8 continuation bytes): a small kana belongs to the kana
beside it (``ﾌｧ``, ``ｷｬ``, ``ｯﾄ``), so one glued to a kanji with no half-width kana after it is written by no writer,
whatever the line's other kana (``虜ｯ``). The long-vowel mark ``ｰ`` is left out: half-width text uses it as a dash
(``東京ｰ大阪``)."""


def _halfwidth(ch: str) -> bool:
    return HALF_WIDTH_KATAKANA[0] <= ch <= HALF_WIDTH_KATAKANA[1]


def _signature(s: str, k: int) -> bool:
    """``s[k:k+2]`` has the shape of UTF-8 read as CP932: a kanji, then one half-width katakana alone (no half-width
    katakana after it), all three bytes (CP932) above 0x7F, the katakana's a UTF-8 continuation byte
    (:data:`_SIGNATURE_KANA`). UTF-8 has no ASCII byte inside a character, and its continuation bytes 0xA6–0xBF
    read as CP932 are lone half-width katakana after the kanji CP932 made of the bytes before (``縺ｯ``, or ``虜ｯ``,
    97 B8 AF, where the reading lost step with the characters). The shape alone is no proof (a text set in
    half-width katakana writes ``学校ｦ出ﾙ``): :func:`suspected_mojibake_spans` asks the line too.

    >>> _signature("虜ｯ", 0), _signature("麒麟ｾｯﾄ", 1), _signature("港a", 0), _signature("齟齬｡", 1)
    (True, False, False, False)
    """
    if k + 1 >= len(s) or not is_ja_letter(s[k]) or not "\u3400" <= s[k] <= "\u9fff":
        return False
    kana = s[k + 1]
    if not _SIGNATURE_KANA[0] <= kana <= _SIGNATURE_KANA[1] or (k + 2 < len(s) and _halfwidth(s[k + 2])):
        return False
    try:
        data = s[k:k + 2].encode("cp932")
    except UnicodeEncodeError:
        return False
    return len(data) == 3 and all(b >= 0x80 for b in data)


def suspected_mojibake_spans(s: str) -> list[tuple[int, int]]:
    """Spans of ``s`` that carry the signature of UTF-8 read as CP932 (:func:`_signature`) that no reading decoded:
    each signature with the characters around it that are neither ASCII nor everyday Japanese (a lone half-width
    katakana counts).

    The line must show that its writer sets kana full-width: no half-width katakana in it but the lone ones of the
    signatures (a line that writes a half-width word, ``ｾｯﾄ``, or a half-width particle beside one, ``学校ｦ出ﾙ``, is
    text in half-width katakana), and, where the kanji is an everyday one, one more sign: full-width kana beside
    (``を見る``: a lone half-width katakana glued to a kanji in a line of full-width kana is no writer's choice), or
    the katakana a small one (:data:`_SMALL_KANA`, ``虜ｯ``: no writer glues one to a kanji). A kanji and one ordinary
    half-width kana in a line without full-width kana stay (``時ｶ``, the end of a sentence in half-width text).

    >>> suspected_mojibake_spans("本市の虜ｯを見る"), suspected_mojibake_spans("ｿﾌﾄ饅頭とｻｰﾋﾞｽ麒麟ｾｯﾄ")
    ([(3, 5)], [])
    >>> suspected_mojibake_spans("書類ｦ送付ｽﾙ"), suspected_mojibake_spans("書類ｦ送付"), suspected_mojibake_spans("鬮ｯ")
    ([], [], [(0, 2)])
    >>> suspected_mojibake_spans("虜ｯ"), suspected_mojibake_spans("港町虜ｯ"), suspected_mojibake_spans("Tour 虜ｯ 2019")
    ([(0, 2)], [(2, 4)], [(5, 7)])
    >>> suspected_mojibake_spans("東京ｰ大阪間"), suspected_mojibake_spans("時ｶ"), suspected_mojibake_spans("待ｯﾃ")
    ([], [], [])
    """
    spans: list[tuple[int, int]] = []
    lone = {k + 1 for k in range(len(s) - 1) if _signature(s, k)}
    if not lone or any(_halfwidth(ch) and k not in lone for k, ch in enumerate(s)):
        return []
    full_kana = any("\u3041" <= ch <= "\u30fa" for ch in s)

    def member(k: int) -> bool:
        ch = s[k]
        if ch.isascii() or is_everyday_japanese(ch):
            return False
        if _halfwidth(ch):
            return not (k > 0 and _halfwidth(s[k - 1])) and not (k + 1 < len(s) and _halfwidth(s[k + 1]))
        return True

    for k in range(len(s) - 1):
        if (spans and k < spans[-1][1]) or not _signature(s, k):
            continue
        start, end = k, k + 2
        while start > 0 and member(start - 1):
            start -= 1
        while end < len(s) and member(end):
            end += 1
        if is_everyday_japanese(s[k]) and not (full_kana or s[k + 1] in _SMALL_KANA):
            continue
        spans.append((start, end))
    return spans


def flag_suspected_mojibake(text: Text) -> Fixed:
    """Flag what bears the signature of UTF-8 read as CP932 but decodes in no reading (``本市の虜ｯを見る``).

    Why: :func:`repair_japanese_mojibake` repairs what decodes; what is left with the signature (a rare kanji and
    one half-width katakana after it, :func:`_signature`) is mojibake whose bytes were damaged beyond a round trip.
    Left alone, the width policy would widen its katakana (``虜ッ``) and the tokenizer read it as words. It leaves
    the text for the ledger (reason ``suspected-mojibake``), raw and whole, as flagged mojibake does; nothing is
    decoded or guessed. Half-width katakana written as text (``ｱｲｳｴｵ``, ``ﾚｼｰﾄ``, ``麒麟ｾｯﾄ``) has no such
    signature and keeps the width policy.

    >>> fixed = flag_suspected_mojibake(Text.from_raw("本市の虜ｯを見る", 1))
    >>> fixed.text.text, [(c.removed.text, c.reason) for c in fixed.changes]
    ('本市のを見る', [('虜ｯ', 'suspected-mojibake')])
    >>> flag_suspected_mojibake(Text.from_raw("ｺｰﾋｰ 麒麟ｾｯﾄ ｱｲｳｴｵ", 1)).changed
    False
    """
    s = text.text
    if s.isascii() or len(s) > MAX_LINE:
        return unchanged(text)
    spans = suspected_mojibake_spans(s)
    if not spans:
        return unchanged(text)
    taken = frozenset(k for a, b in spans for k in range(a, b))
    return drop_spans(text, [with_its_space(s, a, b, taken) for a, b in spans], "suspected-mojibake")
