"""A Japanese person's name told by its other part written whole, whatever the fills (issue 19 point 4; helper
jnames76, fresh-user trial 76b): a surname lost right before a given name Sudachi reads as one (``営農指導員の\ufffd本
健太郎が``: 日 offered first, 日本 a country), a given name lost right after a surname Sudachi reads as one
(``課長の原口\ufffd子が``, ``山口\ufffd\ufffdさん``), an art name's holder in an anthology's signature (``\ufffd\ufffd
冬青``, ``主宰　青木 \ufffd\ufffd``). Made-up inputs of the same kinds (``/work/regress/in_jnames76/``); near misses
(a word glued to a name-like word: 日本人, 山本町, 子供, 調査結果, ヨーロッパ) keep their candidates."""

from __future__ import annotations

import pytest

from pipeline.restore.evidence import prose_name
from tests.restore_verdicts import repair_after
from tests.test_name75 import _case, _held

G = "\ufffd"
W = "\u3000"

SURNAME_BEFORE_GIVEN = [
    "営農指導員の?本健太郎が圃場を巡回した。",
    "創業者の??源三郎が工場を開いた。",
    "担当の?田一郎が説明します。",
    "事務局の??浩二が受け付けます。",
    "会計担当の?村和夫が報告した。",
    "初代の??与三郎が店を構えた。",
    "主任の?藤直樹は、現場を回った。",
    "指導員の??美和子が講師を務めた。",
    "当番は?井恵子と決まった。",
    "司会の??達也さんが挨拶した。",
]
GIVEN_AFTER_SURNAME = [
    "生産技術課長の原口?子があたった。",
    "昨年、集落の山口??さんは播種を遅らせた。",
    "隣の田中??さんが野菜をくれた。",
    "会計の鈴木?雄が報告した。",
    "係の佐藤?子が受付に立った。",
    "講師の高橋??先生が来られた。",
    "班長の松本?彦が点呼をとった。",
    "幹事の渡辺??様に届けた。",
    "受付の中村?美が案内した。",
    "今号より、藤井 ??庵さんが入会されました。",
    "若葉俳句会（主宰　青木 ??）",
]
ANTHOLOGY = """句集　若葉
会員作品
　月今宵誰も知らざる川の音　　　?? 冬青
　鰯雲見上げて駅に着きにけり　　山崎 緑水
　露けしや祖父の眼鏡の置きどころ　　中島 千鶴
　虫の声ひとつ消えては又ひとつ　　岩崎 美代子
　新米を炊く湯気母の背に立ちぬ　　松井 ??
　柿落葉踏んで帰りし夕べかな　　高野 和子
"""


@pytest.mark.parametrize("text", SURNAME_BEFORE_GIVEN + GIVEN_AFTER_SURNAME)
def test_a_name_told_by_its_other_part_is_held(text):
    assert _held(repair_after(*_case(text)))


@pytest.mark.parametrize("line", [3, 7])
def test_an_anthology_signature_is_held(line):
    from pipeline.restore import restore_text

    text = ANTHOLOGY.replace("?", G)
    at = sum(len(ln) + 1 for ln in text.split("\n")[: line - 1]) + text.split("\n")[line - 1].index(G)
    [r] = [r for r in restore_text(text)["repairs"] if r["start"] == at]
    assert _held(r)


NEAR_MISSES = [
    # a common word glued to a name-like word, no name's part written whole beside the gap
    "日?人の観光客が増えた。",
    "この町は山本?の隣にある。",
    "子?たちが公園で遊んだ。",
    "第３章　令和６年度の?査結果",
    "居住の?明書を提出した。",
    "山口?が主催した。",
    "山田?業の工場が操業を始めた。",
    "田中?店の前で待ち合わせた。",
    "鈴木??所に勤めている。",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_word_beside_a_name_like_word_keeps_its_candidates(text):
    r = repair_after(*_case(text))
    assert not _held(r)


@pytest.mark.parametrize("text, start, end", [
    ("山本?子供が遊ぶ", 2, 3), ("の?明書を", 1, 2), ("の?結果を", 1, 2), ("船坂???さんで", 2, 5), ("山口?県が", 2, 3),
    ("第二章　??ロッパへの", 4, 6),
])
def test_shapes_read_no_name(text, start, end):
    text = text.replace("?", G)
    assert prose_name.surname_lost_before_given(text, start, end) is None
    assert prose_name.given_lost_after_surname(text, start, end) is None


def test_an_anthology_needs_other_signed_lines():
    line = "　月今宵誰も知らざる川の音　　　?? 冬青".replace("?", G)
    at = line.index(G)
    assert prose_name.surname_lost_in_signature(line, at, at + 2, lambda: prose_name.signs_lines(line)) is None
    doc = ANTHOLOGY.replace("?", G)
    assert prose_name.signs_lines(doc)
