"""A Japanese reference wrapped after its full-width comma, its second line hanging and opening on digits
(``…沿岸研究，`` / ``    12，pp.45-59．``): joined with no space after the comma (trial 49: ``研究， 12``)."""

from tests.segment_inputs import run_text

PAPER = """藻場の季節変動に関する研究
高橋 美咲

１．はじめに
沿岸の藻場は、多くの生物のすみかとなっている。

参考文献
[1] 藤田大介（2002）磯焼けの現状．日本水産学会誌，68(5)，pp.1-8．
[2] 佐藤一郎（2018）東北沿岸における海藻群落の動態．北の沿岸研究，
    12，pp.45-59．
"""


def test_no_space_after_a_full_width_comma_at_a_wrap():
    (talk,) = run_text(PAPER).talks
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "[2] 佐藤一郎（2018）東北沿岸における海藻群落の動態．北の沿岸研究，12，pp.45-59．" in texts, texts
