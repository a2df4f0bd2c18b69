"""A word written whole elsewhere in the text, its glyph lost at one place (trial 55's doubled_wrap: 克灰袋, 降灰).

Made-up text of a city's report on volcanic ash. A careful reader restores 克灰�は as 克灰袋 (the bag the text names
twice more) and 降�の影響 as 降灰 (the word the text writes three times more). Restore leaves both open: 克灰袋 is
found by the one-sided repeat (`repetition._one_sided`, 克灰 carries the bits the gate asks) but the calibrated model
weighs a one-sided repeat little against 灰色, a dictionary word (p 0.27, confidence 0.27); 降 alone is one kanji,
below the one-sided gate's two, and the two-sided repeat 降灰の (宅地降灰の収集) reads 0.76 (confidence 0.83 < 0.955).
Neither is the byte constraint's kind (trial 55's 福 of 福井市: the bytes left five characters): here the fill is
any character, and how much a word written elsewhere may decide is the calibration's to say (a refit; the
`document-word` feature was measured and lowered coverage: docs/restore.md). Known misses, strict xfail.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

TEXT = ("鹿児島市は桜島を擁し、年間を通じて降\ufffdの影響を受ける。市では克灰袋の配布や宅地降灰の収集を行い、\n"
        "市民と協働して降灰対策に取り組んできた。\n"
        "克灰\ufffdは市内の降灰指定置場に出すことができる。\n"
        "市は克灰袋の収集体制を維持しつつ、降灰対策をさらに進めていく。\n")
OPEN = ("a word written whole elsewhere decides a lost glyph only as far as the calibrated model weighs the repeat "
        "(one-sided, or two-sided with one letter of context): open until a calibration measures it")


@pytest.fixture(scope="module")
def repairs() -> dict[str, dict]:
    out = restore_text(TEXT)
    return {TEXT[r["start"] - 2:r["start"]]: r for r in out["repairs"]}


@pytest.mark.parametrize("before, truth", [
    pytest.param("て降", "灰", marks=pytest.mark.xfail(strict=True, reason=OPEN)),  # 降�の影響
    pytest.param("克灰", "袋", marks=pytest.mark.xfail(strict=True, reason=OPEN)),  # 克灰�は
])
def test_word_written_elsewhere55(repairs, before, truth):
    r = repairs[before]
    assert r["status"] == "restored" and r["restored"] == truth, r


@pytest.mark.parametrize("before, truth", [("て降", "灰"), ("克灰", "袋")])
def test_word_written_elsewhere_first55(repairs, before, truth):
    """Open, but the word the text writes is the first candidate and nothing else is committed."""
    r = repairs[before]
    assert r["status"] != "restored" and r["candidates"][0]["text"] == truth, r
