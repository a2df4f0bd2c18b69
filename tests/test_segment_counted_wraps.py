"""A dump hard-wrapped by character count: a line whose half-width digits make it narrower is still full.

Made-up report (trial 11 found the kind: ``…約48万人…特に郊外部の路線`` / ``では、1便あたり…`` was cut in two, the
line's five half-width digits leaving it four columns short of the measure in display width).
"""

from __future__ import annotations

from tests.segment_inputs import run_text

BODY = ("町内の循環バスは、現在8系統が運行されている。令和4年度の年間利用者数は約26万人であり、15年前と比べて"
        "約40%減少した。特に山間部の系統では、1便あたりの平均乗車人数が2人を下回る区間も多く、運行の継続が課題と"
        "なっている。また、住民への聞き取りでは、最終便の時刻が早いことへの不満が多く寄せられており、見直しが"
        "求められている。")


def test_a_line_narrowed_by_half_width_digits_still_wraps() -> None:
    lines = [BODY[i:i + 30] for i in range(0, len(BODY), 30)]  # 30 characters a line, digits and all
    assert any(sum(c.isascii() for c in line) >= 3 for line in lines[:-1])
    doc = run_text("1. 利用の現状\n" + "\n".join(lines) + "\n\n2. 今後の方針\n次の節で述べる。\n")
    paragraphs = [p.text for s in doc.talks[0].sections for p in s.paragraphs]
    assert paragraphs[0] == BODY


def test_a_hand_wrapped_dump_joins_a_long_line_that_stops_on_a_letter() -> None:
    # no one width: lines of 44, 56, 31 characters; the first stops mid-clause (…予約に応じて), so it goes on
    first = "山あいの地域では人口の減少と高齢化が進み，路線バスの維持が難しく，利用者の予約に応じて"
    second = "運行する乗合タクシーが各地で導入されてきた．しかし，導入後の利用の実態を長い期間の記録から分析した研究は少ない．"
    third = "本稿では，北谷町の三年間の乗車記録をもとに，この点を検討する．"
    doc = run_text("1．はじめに\n" + "\n".join([first, second, third]) + "\n2．方法\n記録は町から提供を受けた．\n")
    paragraphs = [p.text for s in doc.talks[0].sections for p in s.paragraphs]
    assert paragraphs[0] == first + second
    assert paragraphs[1] == third  # a line ending a sentence ends its paragraph


RECIPE = """\
肉じゃがの作り方

材料（4人分）
・牛肉（薄切り） 200g
・じゃがいも 3個
・玉ねぎ 1個
・にんじん 1本
・しょうゆ 大さじ3
・砂糖 大さじ2

作り方
1. じゃがいもは皮をむいて一口大に切り、水にさらす。
2. 玉ねぎはくし形に切り、にんじんは乱切りにする。
3. 鍋に油を熱し、牛肉を炒める。肉の色が変わったら、野菜を加えてさらに炒め
る。
4. 水をひたひたに加え、砂糖としょうゆを入れて、落としぶたをして弱火で20分ほど
煮る。
5. じゃがいもがやわらかくなったら火を止め、しばらく置いて味をなじませる。

ポイント：煮込んだ後に一度冷ますと、味がよくしみこみます。
"""
"""Trial 13's made-up recipe: steps 3 and 4 wrap mid-word (…さらに炒め / る。, …20分ほど / 煮る。)."""


def test_a_numbered_step_wrapped_mid_sentence_goes_on() -> None:
    [talk] = run_text(RECIPE).talks
    texts = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert "3. 鍋に油を熱し、牛肉を炒める。肉の色が変わったら、野菜を加えてさらに炒める。" in texts
    assert "4. 水をひたひたに加え、砂糖としょうゆを入れて、落としぶたをして弱火で20分ほど煮る。" in texts
    assert all(s.number != "4" for s in talk.sections)  # a step is no section
