"""Hand-labelled restore cases of issue 19's weak kinds (made-up prose: news and report register, not the sample's
or any trial's sentences). Each case: the text with its gap, the character(s) a careful reader knows were lost
(``truth``) and what the restorer must do (``expect``): ``restored`` (committed, right), ``open`` (nothing committed)
or ``not-wrong`` (never committed wrongly: open, or the truth)."""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import restore_text
from pipeline.restore.evidence.base import Line, Site
from pipeline.restore.evidence.repetition import ScopeText, word_aligned
from restore_verdicts import check_verdict

G = GAP

CASES = [
    # 1. repetition across other words: the repeated characters stand in another word (失業率, 投票率) than the
    # gap's (就業者, 得票数); the repeat says nothing of which word the gap holds
    ("repeat-in-another-word-jobs",
     f"県の発表によると、今年の失業率は前年を上回った。企業の倒産件数も増えており、景気の先行きを不安視する声が多い。"
     f"一方、観光業の回復は続いており、宿泊施設の稼働率も改善している。県内の就業{G}は前年を下回ったが、県は雇用対策を"
     f"拡充する方針だ。", "者", "not-wrong"),
    ("repeat-in-another-word-votes",
     f"市長選挙の投票率は前回を大きく下回り、関心の低さが浮き彫りになった。現職は組織票を固めて三選を果たした。新人候補は"
     f"若い世代に支持を広げたものの、得票{G}は前回を下回る結果となった。", "数", "not-wrong"),
    # the same words repeated (最高気温 / 最低気温: 気温 both times) still settle the gap
    # 2. the English supports a fill only by what it adds to a word: 環境庁 and 境遇 over the intact 環境 say
    # *environment*, which 環境 says whatever the fill is (the line renders 協力 as *partnership*)
    ("english-said-by-the-intact-neighbour",
     f"山北県と海南県の環境協力の十年\n両県の環境{G}力は今年で十年目を迎えた。\n"
     "The two prefectures' partnership on the environment reached its tenth year this year.", "協", "restored"),
    # 3. a letter added at the end of a word that is a word already: the glyph may have been a mark (a comma, a
    # hyphen), and the English list weighs letters only
    ("english-letter-after-a-whole-word",
     f"The new stadium holds forty thousand{G} fans on match days.", "", "open"),
    ("english-letter-after-a-whole-number-word",
     f"The school has nine hundred{G} pupils in six grades.", "", "open"),
    # inside a word the list still decides
    ("english-letter-inside-a-word",
     f"The school has nine hundr{G}d pupils in six grades.", "e", "restored"),
    ("repeat-in-the-same-word",
     f"八月の最高気温は平年を二度上回り、各地で猛暑日が続いた。夜間も気温が下がらず、寝苦しい日が多かった。月末には台風が"
     f"接近し、沿岸部では高潮への警戒が呼びかけられた。一方、最低気{G}は平年並みだった。", "温", "restored"),
]


@pytest.mark.parametrize("text,truth,expect", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_kind(text, truth, expect):
    repairs = restore_text(text)["repairs"]
    assert repairs
    for r in repairs:
        check_verdict(r, truth, expect)


def test_repeat_context_counts_only_the_gaps_words():
    """`業率は前年を` (of 失業率) around 率 repeats no word of `就業\ufffdは前年を`: the repeat counts nothing; `気温は平年`
    (of 最高気温) around 温 repeats 気温 and は平年 of `最低気\ufffdは平年`: all of it counts."""
    scope = ScopeText.build("doc", [Line("今年の失業率は前年を上回った。最高気温は平年を超えた。", 1)])
    text = f"県内の就業{G}は前年を下回った。"
    assert word_aligned(Site(text, 5, 6), "率", "業率は前年を", 1, scope) == (0, 0)
    text = f"最低気{G}は平年並み。"
    assert word_aligned(Site(text, 3, 4), "温", "気温は平年", 1, scope) == (1, 3)
