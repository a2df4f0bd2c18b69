"""A one-glyph line over the next line's first glyph is no vertical writing, whatever the script (issue 16, helper
fix68j; fresh-user trial 68c's ``t68c_notice.pdf``: ``記`` at the margin over ``日時　令和６年…`` had become the vertical
line ``記 日`` and the line ``時　令和６年…``). Made-up ReportLab inputs in tests/data/stack68 (made by ``make.py``
there; also under /work/regress/in_fix68j/).

- ``記`` over ``場所…``, a rule's ``一`` over its clause, a heading ``序`` (larger) over the body, a kana label ``ア``
  over its item: each stays its own line and the next line keeps its first glyph.
- Near misses stay vertical: a two-kanji label down the margin clear of the text, two lone glyphs stacked over
  nothing, a label set against a line's start with an em of white before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

INPUTS = Path(__file__).parent / "data" / "stack68"


def _extracted(name):
    from pipeline.extract import extract

    return extract((INPUTS / name).read_bytes(), name=name)


def _lines(name):
    extracted = _extracted(name)
    return [(line, layout.vertical) for line, layout in zip(extracted.lines, extracted.layout) if line]


@pytest.mark.parametrize(("name", "expected"), [
    ("trial68c_notice.pdf", ["記", "日時\u3000令和６年７月１０日\u3000午前９時から正午まで"]),
    ("k1_ki_place.pdf", ["記", "場所\u3000中央公民館\u3000第二会議室"]),
    ("k2_ichi_clause.pdf", ["一", "本細則は、自治会の会議及び会計について必要な事項を定める。"]),
    ("k3_jo_heading.pdf", ["序", "本書は、地域の祭礼の歴史を記録するために編まれたものである。"]),
    ("k4_kana_label.pdf", ["ア", "雨具と水筒を持参してください。"]),
])
def test_a_lone_glyph_over_a_line_stays_its_own_horizontal_line(name, expected):
    lines = _lines(name)
    texts = [text for text, _ in lines]
    assert expected[0] in texts, texts
    start = texts.index(expected[0])
    assert texts[start:start + 2] == expected
    assert not any(vertical for _, vertical in lines[start:start + 2])


@pytest.mark.parametrize(("name", "label"), [
    ("n1_margin_label.pdf", "注意"),
    ("n2_two_lone.pdf", "甲 乙"),
    ("n3_label_by_line.pdf", "備考"),
])
def test_a_stack_that_opens_no_line_stays_vertical(name, label):
    assert (label, True) in _lines(name)


def test_the_notice_reads_its_date_line_whole(tmp_path):
    import json

    from pipeline.driver import run_one

    talks = [p for p in run_one(INPUTS / "trial68c_notice.pdf", tmp_path) if Path(p).suffix == ".json"]
    texts = []
    for path in talks:
        talk = json.loads(Path(path).read_text(encoding="utf-8"))
        texts += [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]]
    assert "日時　令和6年7月10日　午前9時から正午まで" in texts
    assert "記 日" not in texts
