"""Wraps a fresh user's trial 54b broke: a reference wrapped inside its brackets (``…『農村計画学会誌』40(`` /
``2), pp.55-62.``) became a new item (a PDF) or section 2 (a text dump); a number wrapped before its thousands' comma
(``平均3`` / ``,200円``) took a space (``3 ,200``)."""

from __future__ import annotations

from tests.segment_inputs import run_text

PAPER = """\
移動販売の持続可能性
山田 花子

1. はじめに
中山間地域では商店の撤退が進み、移動販売が買い物の手段として広がっている。利用者の8割は週1回以上移動販売を利用
していた。一方で、1回の停車あたりの売上は平均3,200円にとどまり、燃料費と人件費をまかなうには自治体の補助が平均3
,200円ほど欠かせない。

参考文献
[1] 佐藤 一郎（2019）「買い物弱者対策の現状」『地域政策研究』12(3), pp.1-10.
[2] 鈴木 次郎（2020）「移動販売車の運行実態」『交通学研究』63, pp.21-30.
[3] 山田 太郎（2021）「移動販売事業の収支構造」『農村計画学会誌』40(
2), pp.55-62.
"""


def _sections():
    (talk,) = run_text(PAPER).talks
    return [(s.number, s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]


def test_a_reference_wrapped_inside_its_brackets_is_one_item():
    sections = _sections()
    assert [n for n, _, _ in sections] == ["1", None]
    assert sections[-1][2][-1] == "[3] 山田 太郎（2021）「移動販売事業の収支構造」『農村計画学会誌』40(2), pp.55-62."


def test_a_number_wrapped_before_its_thousands_comma_takes_no_space():
    (paragraph,) = _sections()[0][2]
    assert "平均3,200円ほど" in paragraph and "3 ,200" not in paragraph


def test_a_number_joined_as_a_wrap_takes_no_space_whichever_rule_joined_it():
    """Trial 54b's PDF joined ``…平均3`` / ``,200円…`` by a rule that spaces Latin text (its second line opened on no
    Japanese letter) and printed ``3 ,200``: a number a Japanese wrap broke takes no space, whoever joined it."""
    from pipeline.model import Text
    from pipeline.segment.paragraphs import _joined

    parts = [Text.from_raw("利用者の8割は週1回以上利用していた。一方で、売上は平均3", 1), Text.from_raw(",200円にとどまる。", 2)]
    assert _joined(parts, [False, True]).text == "利用者の8割は週1回以上利用していた。一方で、売上は平均3,200円にとどまる。"
    english = [Text.from_raw("The survey covered 3", 1), Text.from_raw("towns in 2024.", 2)]
    assert _joined(english, [False, True]).text == "The survey covered 3 towns in 2024."
