"""A telephone's extension and fields one after another keep the writer's spaces (session 64; issue 16's spacing
normalisation, docs/clean.md). A field's label and its value (``電話 03-1234-5678``) kept their space on a line of their
own and inside a longer line, but an extension (``（内線 352）``: a plain number shorter than a code) and two fields in a
row (``電話 03-1234-5678 内線 2210``) closed up into ``内線352`` and ``03-1234-5678内線2210``. The typesetter's spaces
around a half-width run in running text close up as before."""

from __future__ import annotations

import pytest

from pipeline.clean.spacing import remove_cjk_ascii_spaces
from pipeline.model import Text


def _spaced(line: str) -> str:
    return remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text


@pytest.mark.parametrize("line", [
    "電話 0123-45-6789（内線 352）",
    "（問合せ）市民課 電話 03-1234-5678 内線 2210",
    "問い合わせ　観光課　電話 0263-00-1111 内線 41",
    "電話 03-1234-5678 内線 2210",
    "保健センター（電話 0120-11-2222 内線 5）まで",
    "TEL 011-222-3333（内線 4401）",
    "電話 0123-45-6789 ファクス 0123-45-6790",
])
def test_fields_in_a_row_keep_their_spaces(line):
    assert _spaced(line) == line


@pytest.mark.parametrize("line, closed", [
    ("人口 1234 人の町", "人口1234人の町"),
    ("内線 352 にお電話ください", "内線352にお電話ください"),
    ("本市の人口（人口 1234）", "本市の人口（人口1234）"),
    ("約 30 万人が訪れた", "約30万人が訪れた"),
])
def test_running_text_closes_up_as_before(line, closed):
    assert _spaced(line) == closed
