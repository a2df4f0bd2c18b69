"""Encoding mojibake, repaired by ftfy with its options chosen one by one.

ftfy's defaults are made for Western text and would rewrite what this project
keeps on purpose, so every option that is not about mojibake is switched off:

- ``fix_character_width=False``: ftfy would NFKC full-width forms, turning the
  Japanese ``（`` ``）`` ``：`` ``％`` into ASCII. Width has its own documented
  policy (:mod:`pipeline.clean.width`), applied the same to every line.
- ``uncurl_quotes=False``: ``Kitakyushu’s`` and ``“Dalian Challenge Shop”`` keep
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

import ftfy

from pipeline.model import Text
from pipeline.clean.edits import Change, Fixed, unchanged

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


def fix_mojibake(text: Text) -> Fixed:
    """Repair text that was decoded with the wrong encoding (``cafÃ©`` → ``café``).

    Why: a dump that went through a Latin-1/UTF-8 round trip shows mojibake in
    its English; it must be fixed before the layer and ghost rules compare
    copies, or two copies of one line would differ. Japanese full-width
    punctuation and lost glyphs stay exactly as they are.

    >>> fix_mojibake(Text.from_raw("cafÃ© in（１）", 1)).text.text
    'café in（１）'
    >>> fix_mojibake(Text.from_raw("\\ufffd\\ufffd北九州「市」", 1)).changed
    False
    """
    fixed = ftfy.fix_text(text.text, FTFY_CONFIG)
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
        # A same-length repair keeps the raw positions; a shorter one (three
        # mojibake bytes → one letter) points its letters at the first raw ones.
        origin = (old.origin + (None,) * len(new))[: len(new)]
        parts.append(Text(new, origin))
        if old.text:
            changes.append(Change(old, "mojibake", replacement=new))
    return Fixed(Text.join(parts), tuple(changes))
