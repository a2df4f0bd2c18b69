"""Hand-labelled restore cases of session 51 (issue 19; made-up prose of news, encyclopedic and administrative
register, none of it the sample's or a trial's). Each case: the text with its gap, the character(s) a careful reader
knows were lost (``truth``) and what the restorer must do (``expect``): ``restored`` (committed, right), ``open``
(nothing committed), ``listed`` (nothing committed wrongly, the truth among the candidates shown) or ``not-wrong``
(never committed wrongly)."""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import restore_text
from restore_verdicts import check_verdict

G = GAP

CASES = [
    # 1. a whole word of the document completes the gap (the gap's own word written intact elsewhere): cited, and the
    # truth listed, never committed below the calibrated threshold on that word alone (measured: such fills were
    # right 12 of 14 times on documents no model counted, bench/repetition_bench.py --screen docword; docs/restore.md)
    ("document-word-high-school",
     f"両市の{G}校生が毎年互いの町を訪れている。\n昨年は五十人が参加した。\n参加した高校生たちは口々に再訪を望んだ。\n",
     "高", "listed"),
    ("document-word-tuition",
     f"県は来年度から県立高校の授業{G}を一部無償にする。\n対象は県内の全生徒で、授業料の減免は所得を問わない。\n",
     "料", "listed"),
    ("document-word-briefing",
     f"市は来月、図書館の建設について住民説明{G}を開く。\n説明会では設計案と費用の見通しを示す予定だ。\n", "会", "listed"),
    # the document writes a word another kanji makes in the gap's place (the bench's wrong fires: 再定義 → 未定義
    # beside 未定義, 漢字列 → 文字列 beside 文字列, TeX manuals): no commit on it
    ("document-word-rival-redefine",
     f"tracefnt.sty が{G}定義してしまうコマンドを、このパッケージで再々定義する。\n未定義のコマンドを使うとエラーになる。\n",
     "再", "not-wrong"),
    ("document-word-rival-kanji-run",
     f"グループルビでは{G}字列全体に一つのルビを付ける。\n文字列の長さが親文字より短いときは両側を空ける。\n",
     "漢", "not-wrong"),
    # a short common word written elsewhere settles nothing (高校, Zipf 5.0; 場所)
    ("document-word-short-common-word",
     f"駅前に新しい{G}所ができた。\n市内には待ち合わせの場所が少ない。\n", "場", "not-wrong"),
    # another candidate's word is written too: no word settles
    ("document-word-rival-written",
     f"両市の{G}校生が毎年互いの町を訪れている。\n参加した高校生と転校生が並んで写真に収まった。\n", "高", "not-wrong"),
    # grammar repeated sixteen times settles no kana (issue 19: いている → いる)
    ("document-word-grammar-repeated",
     "工事は続いている。道路は混んでいる。住民は困っている。市は調べている。県も動いている。"
     f"\n今後も注意して{G}く必要がある。\n", "い", "not-wrong"),
    # 2. a counter after a number is proposed (約8万人), never committed on that alone
    ("counter-people-after-man",
     f"今年の祭りには約8万{G}が訪れ、周辺の道路は大きく混雑した。\n", "人", "listed"),
    ("counter-cases",
     f"市内では昨年、交通事故が120{G}起きた。\n", "件", "listed"),
    ("counter-yen",
     f"手数料は一点につき500{G}です。\n", "円", "listed"),
    # 3. a common one-kanji noun alone between particles is proposed (村, 米, 男)
    ("one-kanji-village",
     f"台風で被害を受けた沿岸の村では、堤防の復旧工事が続いている。\n{G}によると、工事は来年三月までに終わる見通しだ。\n"
     "村の人口は年々減っている。\n", "村", "listed"),
    ("one-kanji-rice",
     f"今年は天候に恵まれなかった。\n今年の{G}の収穫量は前年より約5%少なく、農家の収入にも影響が出そうだ。\n", "米", "listed"),
    ("one-kanji-man",
     f"警察によると、{G}は現場から徒歩で立ち去ったという。\n", "男", "listed"),
]


def _repair(text: str) -> dict:
    at = text.index(G)
    return next(r for r in restore_text(text)["repairs"] if r["start"] == at)


KNOWN_MISSES = {
    # the calibrated model commits 文 at 0.967 (above its threshold, no document-word rule involved): 文字列 is written
    # in the next line and the character model reads 文字列 far above 漢字列
    "document-word-rival-kanji-run": "文 committed at 0.967 by the calibrated model, 文字列 written nearby",
    # the character model, counted from documentation, reads 年, 個, 月 after 120 and 巻, 枚 after 500 far above 件
    # and 円; the counter feature (3 × Zipf / 6.5) does not lift them into the five with no other use in the text
    "counter-cases": "件 ranks below 年, 個, 月, に, 回 after a number the text does not count elsewhere",
    "counter-yen": "円 ranks below 巻, 枚, 名, 年, 度",
    # nothing in the sentence says rice (収穫量 is read by no provider), and 米 is written nowhere else
    "one-kanji-rice": "米 is one of 469 common nouns and nothing in the text singles it out",
    "one-kanji-man": "男 is one of 469 common nouns and nothing in the text singles it out",
}


@pytest.mark.parametrize("name,text,truth,expect", [
    pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c[0]])) if c[0] in KNOWN_MISSES
    else c for c in CASES], ids=[c[0] for c in CASES])
def test_case(name, text, truth, expect):
    check_verdict(_repair(text), truth, expect)


def test_the_document_word_is_cited_not_weighed():
    # the rule that committed such a fill from 0.8 was measured and removed (docs/restore.md, "A word of the document
    # settles a kanji"): the word stays in the evidence for the reader, the gap open below the calibrated threshold
    r = _repair(CASES[0][1])
    details = [e["detail"] for e in r["evidence"] if e["kind"] == "document-word"]
    assert r["restored"] is None and r["confidence"] < r["threshold"], (r["confidence"], r["threshold"])
    # since session 65 (helper jarank65) a word written elsewhere ranks its fill (far_word), never read by the
    # confidence: the citation says so
    # (since rest70 an open gap's far word is followed by its class's measured figure: the citation is not the last row)
    assert any("高校生" in d and ("cited, not weighed" in d or "ranked up, never committed on it alone" in d)
               for d in details), details
