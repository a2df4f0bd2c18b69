"""A Japanese PDF line broken inside a word at its text block's edge goes on (real-PDF trial 62b: endnotesj's manual
had ``…それを後注列`` / ``挙部分のタイトル…`` and ``…オプションを用`` / ``いた場合、…`` as two paragraphs each).

The line reaches the edge and stops on a letter, but on no particle or continuative form the clause rule reads
(``列`` is a noun's first letter, ``用`` a verb's stem): the word read across the break is the evidence. The items
between the paragraphs stay lines.
"""

from __future__ import annotations

import pytest

from pdfmaker import JA, drawn_pdf, page_lines, text_width
from tests.segment_inputs import paragraphs, run_pdf

LEFT, MARGIN, BODY, PITCH = 70.0, 535.0, 10.5, 18.0


def _fill(text: str) -> str:
    end = LEFT + text_width(text, JA, BODY)
    assert MARGIN - BODY <= end <= MARGIN + BODY / 2, (text, end)
    return text


BROKEN = [
    (_fill("ここまでの節で紹介したいずれのオプションにも当たらない語が指定された場合は、それを後注列"),
     "挙部分のタイトルとして用います。"),
    (_fill("実際には後註を生成せぬままで、本文の肩に任意の註番号を生成します。またこのオプションを用"),
     "いた場合、以降の番号はその次から振られます。"),
    (_fill("港町市では、中心市街地のにぎわいを取り戻すため、商店街の空き店舗を改装して使う取組みを促"),
     "進する補助制度を設けました。"),
]


def _page(runs):
    return page_lines(runs, left=LEFT, size=BODY, pitch=PITCH)


@pytest.fixture(scope="module")
def talk():
    """Paragraphs of two lines each among one-line paragraphs and items of other widths (as test_segment_wraps52's
    PDF drawn line by line): no measure shows in characters, the page's right edge does."""
    runs = []
    for n, (first, second) in enumerate(BROKEN, 1):
        runs += [("H", f"第{n}節　後注の出力"), ("P", first), ("P", second),
                 ("I", "ア　番号は文書全体で通し番号となります。"), ("I", "イ　章ごとには振り直しません。")]
    (talk,) = run_pdf(drawn_pdf([_page(runs)])).talks
    return talk


@pytest.mark.parametrize("first, second", BROKEN, ids=["rekkyo", "mochiita", "sokushin"])
def test_a_word_broken_at_the_edge_goes_on(talk, first, second):
    assert first + second in paragraphs(talk)


def test_the_items_stay_lines(talk):
    assert paragraphs(talk).count("ア　番号は文書全体で通し番号となります。") == len(BROKEN)
