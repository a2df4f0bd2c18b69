"""A line that holds one text in both languages around a separator (``港町の防災と観光 / Disaster Prevention …``).

Kept apart from :mod:`.front`, which reads it for a title block, because restore reads it too for a plain text's
sources (:func:`pipeline.restore._plain_sources`): importing ``front`` imported the title block's readers with it
(``titleblock``, ``names``, ``authors``, ``organisations``, ``places``, their patterns compiled), about a tenth of a
second of a ``pipeline restore -`` process that never reads a title block (issue 19 point 5, session 82).
"""

from __future__ import annotations

import re

from pipeline.chardata import EN, JA, script_of
from pipeline.model import Text

_SEPARATOR = re.compile(r"\s+[/／|｜]\s+|\s*[／｜]\s*")
"""What parts a line's two languages: a slash or a bar set off by spaces (`` / ``, `` | ``), or a full-width one
with spaces or none (``港湾の再生｜Port Regeneration``: helper prog59)."""


def bilingual_halves(line: Text) -> tuple[Text, Text] | None:
    """``(japanese, english)`` of a line that holds one text in both languages around a separator
    (``港町の防災と観光 / Disaster Prevention …``, either order), else ``None``.

    One separator only, each side wholly in its own script (a Japanese half
    with no Latin word of its own beyond a few letters, an English half with
    no Japanese letter).

    >>> ja, en = bilingual_halves(Text.from_raw("港町の防災と観光 / Disaster Prevention and Tourism", 1)); ja.text, en.text
    ('港町の防災と観光', 'Disaster Prevention and Tourism')
    >>> bilingual_halves(Text.from_raw("Tourism / 観光", 1))[0].text, bilingual_halves(Text.from_raw("入出港 / 年 の推移", 1))
    ('観光', None)
    """
    text = line.text
    found = list(_SEPARATOR.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    left, right = line[: m.start()].strip(), line[m.end():].strip()
    if not left.text or not right.text:
        return None
    scripts = (script_of(left.text), script_of(right.text))
    if scripts == (JA, EN) and _pure_english(right.text):
        return left, right
    if scripts == (EN, JA) and _pure_english(left.text):
        return right, left
    return None


def _pure_english(text: str) -> bool:
    return script_of(text) == EN and not any(script_of(c) == JA for c in text)
