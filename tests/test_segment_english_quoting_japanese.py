"""English prose that quotes Japanese words (trial 44's field note): its wraps are English wraps.

An English sentence naming a Japanese word (``The word 職人 …``) is still English: a full stop ends it, and a Japanese
line after it is no wrap of it; two sentences a wrap parted keep their space (``…in Osaka.`` / ``The …``).
"""

from __future__ import annotations

from tests.segment_inputs import run_text

NOTE = """\
Notes on Sake Brewing in Fushimi
Mika Ono, Fushimi Brewing Museum

Summary
Brewers in Fushimi call the head of a brewery 杜氏 (toji), and each winter the toji leads a team of seasonal
workers who live at the brewery until spring, when the last tanks (酒槽) are pressed and sold in Osaka.
The Japanese essay below, 酒蔵の冬, was written for the brewers' association newsletter.


伏見酒造だより　第7号　　1
酒蔵の冬

■仕込みの季節
　十一月になると、蔵人たちが各地から伏見に集まり、春まで蔵に住み込んで酒を仕込む。
　蔵の朝は早く、夜明け前から米を蒸す湯気が立ちのぼる。

伏見酒造だより　第7号　　2
■搾りの季節
　三月になると、最後の醪を搾り、新酒が蔵から送り出される。
　蔵人たちはそれぞれの郷里へ帰り、秋の田仕事に戻っていく。

伏見酒造だより　第7号　　3
"""


def _paragraphs(doc) -> list[str]:
    return [p.text for s in doc.talks[0].sections for p in s.paragraphs]


def test_an_english_sentence_quoting_japanese_ends_at_its_full_stop_and_keeps_its_spaces() -> None:
    texts = _paragraphs(run_text(NOTE))
    english = [t for t in texts if t.startswith("Brewers")]
    assert english, texts
    # the wrap between two sentences keeps its space; the sentence does not run on into the Japanese title
    assert "in Osaka. The Japanese essay" in english[0] or any(t.startswith("The Japanese essay") for t in texts)
    assert "Osaka.The" not in " ".join(texts)
    assert not any(t.endswith("newsletter.酒蔵の冬") for t in texts), texts
    # a Japanese word quoted in an English sentence keeps the spaces around it
    assert "head of a brewery 杜氏 (toji)" in english[0]
    assert any("essay below, 酒蔵の冬, was written" in t for t in texts)
