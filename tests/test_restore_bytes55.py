"""UTF-8 Japanese read as CP1252: lost bytes, the brackets' other halves, and the glyphs the bytes settle (trial 55).

CP1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined, so a lost glyph is a character whose UTF-8 holds one of them
(``E3 80 ??``: 、 」 』 【 〝; ``E7 A6 ??``: 禁 禍 福 禐 禝). Made-up texts of a city's notice, written as UTF-8 and
read as CP1252 (``errors="replace"``), run through every stage. Each lost glyph is labelled by hand: the character it
was and what a careful reader does with the surviving bytes and the words around it. A closing bracket with no
opening one before it (within ``constraint.BRACKET_REACH`` lines) is no fill, nor an opening one with no closing one
after it; a closing bracket later in the line with no opening one makes the lost glyph that opening bracket.
The places of one place's name that lost the same glyph (福 of 福井市, read 0.983–0.987 alone here) are decided
together (``constraint.pooled``). Whatever is committed must be the truth.
"""

from __future__ import annotations


import pytest

from pipeline.restore import constraint
from reliability import mojibake_repairs
from pipeline.restore.constraint import Around, bracket_ruled_out, lone_opening

NOTICE = [
    "報道発表資料",
    "福井市国際交流課",
    "",
    "福井市と北の港町の姉妹都市交流について",
    "福井市は、北の港町との交流を続けてきました。",
    "会場：福井市役所 本館",
    "【お知らせ】",
    "詳しくは、市のホームページをご覧ください。",
]
RUN = ("two lost glyphs side by side: a run of constrained glyphs, for which no rule held on the calibration half "
       "(CP932: right 60/70 at the same share), is left to the plain verdict")

# (raw line, the lost glyph's character, what a careful reader does)
CASES = [
    (4, "福", "restored"),   # �井市と…: the title's place, E7 A6 ??
    (5, "福", "restored"),   # �井市は、
    (5, "、", "restored"),   # は�北の港町: no 「 or 『 anywhere, no 】 after it
    (6, "福", "restored"),   # 会場：�井市役所
    (7, "【", "restored"),   # �お知らせ】: the 】 has no opening bracket but the lost glyph
    (8, "、", "restored"),   # 詳しくは�市の
]


@pytest.fixture(scope="module")
def repairs(tmp_path_factory) -> dict[tuple[int, str], dict]:
    return mojibake_repairs(NOTICE, "utf-8", tmp_path_factory.mktemp("notice55"))


@pytest.mark.parametrize("line, truth, status", CASES)
def test_lost_glyph55(repairs, line, truth, status):
    r = repairs[(line, truth)]
    assert r["status"] == status, r
    assert r["restored"] == truth, r


def test_nothing_wrong_committed55(repairs):
    for (line, truth), r in repairs.items():
        if r["status"] == "restored":
            assert r["restored"][0] == truth, r


def test_no_bracket_without_its_other_half55(repairs):
    """No 」 or 』 is offered where no 「 or 『 stands before, no 〝 where no 〟 or 〞 follows within reach."""
    r = repairs[(5, "、")]
    shown = [c["text"] for c in r["candidates"]]
    assert "」" not in shown and "』" not in shown and "〝" not in shown, r  # (【: the 】 of line 7 is in reach)
    assert any("ruled out by the brackets" in e["detail"] for e in r["evidence"]), r


def test_bracket_ruled_out55():
    around = Around("福井市は", "北の港町と", frozenset("、」【』〝"), frozenset())
    assert bracket_ruled_out("」", around) == "no 「 before it"
    assert bracket_ruled_out("【", around) == "no 】 after it"
    assert bracket_ruled_out("〝", around) == "no 〟/〞 after it"
    assert bracket_ruled_out("、", around) is None
    # the other half written in reach, or at a lost glyph that may be it, or a list item's number before it
    assert bracket_ruled_out("」", Around("「灰色のまち", "が", frozenset(), frozenset())) is None
    assert bracket_ruled_out("」", Around("市は\n「灰色の\nまち", "が", frozenset(), frozenset())) is None
    assert bracket_ruled_out("」", Around("のまち", "が", frozenset("「"), frozenset())) is None
    assert bracket_ruled_out("」", Around("のまち", "が", None, frozenset())) is None
    assert bracket_ruled_out("）", Around("前の行\n2", "草刈り", frozenset(), frozenset())) is None
    # a fill of two glyphs: its own opening bracket counts
    assert bracket_ruled_out("「港」", Around("", "", frozenset(), frozenset())) is None


def test_lone_opening55():
    assert lone_opening("、」【』〝", Around("", "お知らせ】", frozenset(), frozenset(), opens_line=True)) == "【"
    # an opening bracket written before, or another lost glyph of the line that may be it: not this gap's
    assert lone_opening("、」【』〝", Around("【", "お知らせ】", frozenset(), frozenset())) is None
    assert lone_opening("、」【』〝", Around("", "お\ufffd知らせ】", frozenset(), frozenset("、【"),
                                          ((1, frozenset("、【")),))) is None
    # mid-line, a lost glyph of an earlier line may be the opening bracket (a bracket open over the line break)
    assert lone_opening("、」【』〝", Around("前\ufffd\nは", "お知らせ】", frozenset("、【"), frozenset())) is None
    # a list item's number before the closing bracket: none needed
    assert lone_opening("、（", Around("", "1）草刈り", frozenset(), frozenset(), opens_line=True)) is None


def test_measured_damages55():
    assert "UTF-8 read as CP1252" in constraint.MEASURED
    assert constraint.damage("the bytes E3 80 ?? (UTF-8 read as CP1252) allow only 、 」") == "UTF-8 read as CP1252"
    # Shift_JIS read as CP1252 is measured since session 62 (tests/test_restore62b.py); EUC-JP read so is not
    assert constraint.damage("the bytes ?? 42 (EUC-JP read as CP1252) allow only 。 州") is None


def _member(text: str, kept: list[tuple[str, float]], status: str = "ambiguous"):
    from pipeline.model import Evidence, Repair
    from pipeline.restore.evidence.base import Site
    at = text.index("\ufffd")
    r = Repair(line=1, col=at, original="\ufffd", restored=None, status=status, confidence=0.37, candidates=(),
               evidence=(Evidence("bytes", "the bytes E7 A6 ?? (UTF-8 read as CP1252) allow only 禁 禍 福 禐 禝"),))
    return r, kept, Site(text, at, at + 1)


def test_pooled_places55():
    """Four places of 福井市 read 0.983–0.987 alone are committed together; places that disagree are not."""
    kept = [("福", 0.0917), ("禐", 0.0007), ("禝", 0.0007), ("禍", 0.0001), ("禁", 0.0001)]
    members = [_member(t, kept) for t in ("\ufffd井市国際交流課", "\ufffd井市と北の港町", "\ufffd井市は、北の", "会場：\ufffd井市役所")]
    key = (("禁", "禍", "福", "禐", "禝"), "after", "井市")
    decided = constraint.pooled(members, key, "福井")
    assert decided is not None and all(r.status == "restored" and r.restored == "福" for r in decided)
    assert all(r.confidence == constraint.SETTLED_CONFIDENCE for r in decided)
    # one place reads another fill first: every place keeps its own verdict
    other = _member("\ufffd井市へ", [("禍", 0.05), ("福", 0.04)])
    assert constraint.pooled(members + [other], key, "福井") is None
    # one context read twice counts once: a product over one context is that context's own share
    same = [_member("\ufffd井市国際交流課", kept), _member("\ufffd井市国際交流課", kept)]
    assert constraint.pooled(same, key, "福井") is None
