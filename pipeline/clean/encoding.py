"""Encoding mojibake, repaired by ftfy with its options chosen one by one.

ftfy's defaults are made for Western text and would rewrite what this project
keeps on purpose, so every option that is not about mojibake is switched off:

- ``fix_character_width=False``: ftfy would NFKC full-width forms, turning the
  Japanese ``（`` ``）`` ``：`` ``％`` into ASCII. Width has its own documented
  policy (:mod:`pipeline.clean.width`), applied the same to every line.
- ``uncurl_quotes=False``: ``Riverton’s`` and ``“Hangzhou Trade Shop”`` keep
  their typographic quotes; they are the author's text.
- ``fix_latin_ligatures=False``, ``normalization=None``: no compatibility
  rewriting behind the width policy's back.
- ``unescape_html=False``: a slide may really say ``&amp;``.
- ``fix_line_breaks=False``: lines are already split by extract.
- ``remove_control_chars=False``: a control character inside a line is a
  glyph the extractor could not map; it becomes a lost glyph
  (:func:`pipeline.clean.glyphs.mark_lost_control_characters`), never a deletion.
- ftfy does not try the Japanese encodings; their mojibake is
  :mod:`pipeline.clean.japanese_mojibake`'s, which runs first (ftfy's C1 fixes
  would otherwise rewrite a Shift_JIS text read as Latin-1).
- ``replace_lossy_sequences=True``: a mojibake sequence whose bytes are lost
  becomes one U+FFFD, the lost-glyph marker the restore stage understands.
  ftfy never touches an existing U+FFFD.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import ftfy

from pipeline.model import Text
from pipeline.chardata import JA_LETTER_RE
from pipeline.clean.edits import Change, Fixed, drop_spans, replacement_spans, unchanged
from pipeline.clean.japanese_mojibake import CP1252_UNDEFINED

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Aligning old and new text character by character is quadratic; past this
# length a changed line is aligned by its common prefix and suffix only.
_MAX_ALIGN = 2000


def _opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    if len(old) <= _MAX_ALIGN and len(new) <= _MAX_ALIGN:
        return difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return [("equal", 0, head, 0, head), ("replace", head, len(old) - tail, head, len(new) - tail),
            ("equal", len(old) - tail, len(old), len(new) - tail, len(new))]


_UNSEEN = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "Zs", "Zl", "Zp"})
"""Categories no lost byte is taken to have written: controls, formats (ZWJ, RLM), unassigned and private code
points, and spaces other than the ASCII one (an em quad between two words)."""


_WESTERN_BLOCKS = ((0x00A0, 0x00FF), (0x2000, 0x20CF), (0x2100, 0x214F))
"""Latin-1's signs, general punctuation, super- and subscripts, currency signs, letterlike symbols: the blocks whose
punctuation and symbols Western text holds."""


_WESTERN_LETTERS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0xFB00, 0xFB06))
"""Latin-1's letters, Latin Extended-A and -B, Latin Extended Additional (Vietnamese), the Latin ligatures (``ﬁ``): the
letters of the Latin script that Western text writes. Latin Extended-D (``Ꝕ``, medievalists' letters) is none: ``ê``
before a lost glyph and a closing quotation mark (``você\ufffd”``, EA ?? 9D … read whole) had become ``Ꝕ``."""


def _western(c: str) -> bool:
    """A character Western text holds: a letter of :data:`_WESTERN_LETTERS`, or a sign of :data:`_WESTERN_BLOCKS`.

    >>> _western("”"), _western("ﬁ"), _western("Ł"), _western("\u07c1"), _western("\ufb1d"), _western("Ꝕ")
    (True, True, True, False, False, False)
    """
    if c.isalpha():
        return unicodedata.name(c, "").startswith("LATIN") and any(lo <= ord(c) <= hi for lo, hi in _WESTERN_LETTERS)
    return any(lo <= ord(c) <= hi for lo, hi in _WESTERN_BLOCKS)


_ONE_BEFORE_LOST = re.compile(".\ufffd")
"""A lost glyph with the one character before it: left out where a line is asked whether it shows mojibake elsewhere
(:func:`_lost_byte_fills`)."""


def _lost_byte_fills(s: str, at: int) -> tuple[int, int, str] | None:
    """The one character a UTF-8 sequence read as CP1252 can have been, where CP1252 lost one of its bytes (wrote
    U+FFFD at ``at`` for an undefined byte, :data:`~pipeline.clean.japanese_mojibake.CP1252_UNDEFINED`): ``(start, end,
    character)`` of the mojibake with its U+FFFD, or ``None`` when no such sequence stands there or its bytes allow more
    than one character that can stand in Western text (:func:`_western`; U+2010 HYPHEN only between two letters, where
    a hyphen joins, and a quotation mark never there).

    ``â€`` then the lost byte is E2 80 ?? and one of ``\u2001 \u200d \u200f ‐ ”``: at a word's end, ``”``; ``ï¬``
    then the lost byte is ``ﬁ`` (EF AC 81; the other four are unassigned or Hebrew). ``Ã`` then a lost byte is one of
    ``Á Í Ï Ð Ý``, five letters: left a lost glyph.

    >>> s = "“reformedâ€\ufffd in"; _lost_byte_fills(s, s.index("\ufffd"))
    (9, 12, '”')
    >>> s = "conï¬\ufffdrmed"; _lost_byte_fills(s, s.index("\ufffd"))
    (3, 6, 'ﬁ')
    >>> s = "Ã\ufffdlvarez"; _lost_byte_fills(s, s.index("\ufffd")) is None
    True

    A sequence read from one character before the lost byte (``â`` + U+FFFD + ``°`` is E2 ?? B0, ``⁰`` alone among
    Western characters) is mojibake only where the line shows mojibake elsewhere (ftfy's ``badness.is_bad`` on the
    line without it): ``â`` is a letter of Portuguese and French, and a degree sign after a lost glyph is a degree sign
    (review of 2 December: ``20â\ufffd°C`` had become ``20⁰C``).

    >>> s = "mínima de 20â\ufffd°C"; _lost_byte_fills(s, s.index("\ufffd")) is None
    True
    >>> s = "cafÃ© at 20â\ufffd°"; _lost_byte_fills(s, s.index("\ufffd"))
    (11, 14, '⁰')

    Elsewhere is outside every such sequence: the line's other lost glyphs, read from one character before them,
    are no mojibake of their own (review of 2 December: ``20â\ufffd°C … 30â\ufffd°C``, each the other's evidence, had
    both become ``⁰C``).

    >>> s = "de 20â\ufffd°C a 30â\ufffd°C"; _lost_byte_fills(s, s.index("\ufffd")) is None
    True
    """
    found: set[tuple[int, int, str]] = set()
    for before in range(1, 4):
        for after in range(0, 3):
            start, end = at - before, at + 1 + after
            if start < 0 or end > len(s):
                continue
            try:
                head, tail = s[start:at].encode("cp1252"), s[at + 1:end].encode("cp1252")
            except UnicodeEncodeError:
                continue
            for byte in CP1252_UNDEFINED:
                try:
                    c = (head + bytes([byte]) + tail).decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if len(c) != 1 or unicodedata.category(c) in _UNSEEN or c.isascii() or not _western(c):
                    continue  # a Hebrew letter inside a Latin word, an N'Ko digit
                inside = s[start - 1:start].isalpha() and s[end:end + 1].isalpha()
                if (c == "\u2010" and not inside) or (inside and unicodedata.category(c) in ("Pi", "Pf")):
                    continue  # a hyphen joins two words, a quotation mark stands at a word's edge
                found.add((start, end, c))
    if len({c for _, _, c in found}) != 1 or len(found) != 1:
        return None
    start, end, c = found.pop()
    if at - start == 1 and not ftfy.badness.is_bad(_ONE_BEFORE_LOST.sub("", s[:start] + s[end:])):
        return None  # one letter before the lost glyph is that letter (``20â\ufffd°C``), unless mojibake shows elsewhere
    return start, end, c


def restore_lost_bytes(s: str) -> str:
    """``s`` with each UTF-8 character read as CP1252 whose lost byte its other bytes settle written whole
    (:func:`_lost_byte_fills`); ftfy's ``replace_lossy_sequences`` would make each one a lost glyph.

    >>> restore_lost_bytes("The ferryâ€™s timetable was â€œreformedâ€\ufffd in 2021, conï¬\ufffdrmed by surveys.")
    'The ferryâ€™s timetable was â€œreformed” in 2021, conﬁrmed by surveys.'
    """
    if "\ufffd" not in s:
        return s
    out, pos = [], 0
    for at, c in enumerate(s):
        if c != "\ufffd" or at < pos:
            continue
        fill = _lost_byte_fills(s, at)
        if fill is not None and fill[0] >= pos:
            out += [s[pos:fill[0]], fill[2]]
            pos = fill[1]
    return "".join(out) + s[pos:]


def fix_mojibake(text: Text) -> Fixed:
    """Repair text that was decoded with the wrong encoding (``cafÃ©`` → ``café``).

    Why: a dump that went through a Latin-1/UTF-8 round trip shows mojibake in
    its English; it must be fixed before the layer and ghost rules compare
    copies, or two copies of one line would differ. Japanese full-width
    punctuation and lost glyphs stay exactly as they are.

    >>> fix_mojibake(Text.from_raw("cafÃ© in（１）", 1)).text.text
    'café in（１）'
    >>> fix_mojibake(Text.from_raw("\\ufffd\\ufffd南相馬「市」", 1)).changed
    False
    """
    return _repaired(text, ftfy.fix_text(restore_lost_bytes(text.text), FTFY_CONFIG))


def _repaired(text: Text, fixed: str) -> Fixed:
    """``text`` repaired to ``fixed``: each stretch that differs a ``mojibake`` change, its letters pointing at their raw
    bytes' first characters."""
    if fixed == text.text:
        return unchanged(text)
    parts: list[Text] = []
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in _opcodes(text.text, fixed):
        if op == "equal":
            parts.append(text[i1:i2])
            continue
        new = fixed[j1:j2]
        old = text[i1:i2]
        # A same-length repair keeps the raw positions; a shorter one (three mojibake bytes → one letter) points
        # each letter at the first raw character of its own bytes, so a later rule that removes it records them
        # all (raw_backed); where the bytes do not add up (a lost byte), at the first raw ones.
        spans = replacement_spans(old.text, new)
        if spans is not None:
            origin = tuple(old.origin[start] for start, _ in spans)
        else:
            origin = (old.origin + (None,) * len(new))[: len(new)]
        parts.append(Text(new, origin))
        if old.text:
            changes.append(Change(old, "mojibake", replacement=new))
    return Fixed(Text.join(parts), tuple(changes))


_CP1252_HIGH = "".join(bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0x100))
_RESIDUE = re.compile("[" + re.escape(_CP1252_HIGH) + "][ " + re.escape(_CP1252_HIGH) + "]*[" + re.escape(_CP1252_HIGH) + "]")
"""Two characters or more in a row that CP1252 gives its high bytes (``ã®éƒ½``), spaces between them (the space that
NBSP, byte A0, becomes): what UTF-8 read as CP1252 leaves."""


def flag_mojibake_residue(text: Text) -> Fixed:
    """Flag what is left of UTF-8 read as CP1252 in a Japanese line once :func:`fix_mojibake` has repaired what decodes
    (``日本ã®éƒ½å¸‚ã‹ã‚‰…``): a run of CP1252's high characters that ftfy's badness measure calls mojibake
    (``ftfy.badness.is_bad``), in a line with Japanese letters outside it.

    Why: its bytes lost (a tool that dropped CP1252's
    undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D, so ``の`` = E3 81 AE is ``ã®``), it decodes in no reading; left alone
    it was read as English words, no row saying it was damaged (fresh-user trial 58b). It goes to the ledger, raw and
    whole (reason ``suspected-mojibake``), as :func:`~.japanese_mojibake.flag_suspected_mojibake` does for CP932's;
    nothing is guessed. Where each run's bytes read as UTF-8 but for the characters that lost a byte (at least as many
    letters read as lost, :func:`_bytes_read`), the run is repaired instead (reason ``mojibake``), each such character
    a lost glyph U+FFFD that restore may fill: ``日本ã®éƒ½å¸‚`` is ``日本\ufffd都市`` (fresh-user trial 58c: 都市's bytes
    were whole, and the flag had dropped them).

    >>> flag_mojibake_residue(Text.from_raw("日本ã®éƒ½å¸‚", 1)).text.text
    '日本\ufffd都市'

    Latin text with accents (``São Paulo``, ``naïve café``) is no such run.

    >>> fixed = flag_mojibake_residue(Text.from_raw("日本ã®éƒ½å¸‚ã‹ã‚‰å‚åŠ ãŒã‚ã£ãŸã€‚", 1))
    >>> fixed.text.text, [(c.removed.text[:6], c.reason) for c in fixed.changes]
    ('日本', [('ã®éƒ½å', 'suspected-mojibake')])
    >>> flag_mojibake_residue(Text.from_raw("São Paulo と提携都市", 1)).changed
    False
    """
    s = text.text
    if s.isascii() or not JA_LETTER_RE.search(s):
        return unchanged(text)
    spans = [(m.start(), m.end()) for m in _RESIDUE.finditer(s) if ftfy.badness.is_bad(m.group())]
    if not spans or not JA_LETTER_RE.search("".join(s[b:a] for (_, b), (a, _) in zip([(0, 0)] + spans, spans + [(len(s), 0)]))):
        return unchanged(text)
    decoded = [_bytes_read(s[a:b]) for a, b in spans]
    if all(d is not None for d in decoded):
        # every run's bytes read as UTF-8 but for the characters whose byte was lost: those are lost glyphs
        out, at = [], 0
        for (a, b), d in zip(spans, decoded):
            out += [s[at:a], d]
            at = b
        return _repaired(text, "".join(out) + s[at:])
    return drop_spans(text, spans, "suspected-mojibake")


def _bytes_read(run: str) -> str | None:
    """A residue's bytes (its characters encoded as CP1252) read as UTF-8, each character whose bytes do not add up a
    lost glyph U+FFFD: ``ã®éƒ½å¸‚`` (E3 AE E9 83 BD E5 B8 82, の's 0x81 lost) is ``\ufffd都市``. ``None`` where the
    reading holds no Japanese letter or more lost glyphs than letters (then the run is flagged whole).

    >>> _bytes_read("ã®éƒ½å¸‚"), _bytes_read("ã€‚ã€‚")
    ('\ufffd都市', None)
    """
    try:
        read = run.encode("cp1252").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return None
    lost = read.count("\ufffd")
    return read if JA_LETTER_RE.search(read) and lost <= len(read) - lost else None
