"""Issue 19 points 1 and 6 (rest70): a word written whole elsewhere in the document, measured.

Fresh-user trials 69 and 69d: ``空き店\ufffdを活用`` with 空き店舗 written whole three times stayed open at 0.92,
``\ufffd理教室`` with 料理教室 written twice at 0.83, ``全体の\ufffd力を`` beside ``商店街の魅力を`` at 0.5, each with
``far_word``'s row "ranked up, never committed on it alone" and no word of why. ``bench/farword_bench.py`` measured the
class (the gap's word written whole elsewhere N times, the model's own top agreeing or not) on clean text of three
registers: no class holds 0.95 at its Wilson lower bound on every source (the adversarial places are real: 負傷 written
six times beside ``\ufffd傷を負った`` whose truth is 軽傷, 内容 beside ``治験の内\ufffd``, truth 内諾), so the gaps stay
open and now say how often a gap of their class held the word (docs/restore.md, "A word written whole elsewhere,
measured"). Inputs of the kind: /work/regress/in_rest70/ (copied inline here).
"""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import restore_text, scoring

MEASURED = "measured on clean text of three registers"


def repair_at(text: str, marker: str) -> dict:
    """The repair of the lost glyph in ``marker`` (a piece of ``text`` holding one U+FFFD)."""
    at = text.index(marker) + marker.index(GAP)
    out = restore_text(text)
    return next(r for r in out["repairs"] if r["start"] <= at < r["end"])


def measured_rows(repair: dict) -> list[str]:
    return [e["detail"] for e in repair["evidence"] if e["kind"] == "document-word" and MEASURED in e["detail"]]


SHOPS = ("中心市街地の空き店舗対策\n\n1. 空き店舗の現状\n中心市街地では空き店舗が増えている。商店街の空き店舗率は二割を超えた。\n\n"
         "2. 補助制度\n空き店\ufffdを活用して出店する事業者に対し、改修費の一部を補助している。\n")
MIGRANTS = ("1. 移住者の現状\n市内への移住者は年々増えており、昨年の移住者は百二十人だった。\n移住者の多くは子育て世帯である。\n\n"
            "2. 補助制度\n空き家を改修して住む移住\ufffdに対し、改修費の半分を補助している。\n")
COOKING = ("朝市では、子ども向けの料理教室も開かれている。料理教室は毎月第一土曜日に開く。\n"
           "地元の高校生が、\ufffd理教室の手伝いをしている。\n")


@pytest.mark.parametrize("text,marker,fill,uses", [
    (SHOPS, "空き店\ufffdを", "舗", 4),       # trial 69d (the title, a heading, the paragraph twice)
    (MIGRANTS, "移住\ufffdに", "者", 4),      # another word, another document (a heading, three in the text)
    (COOKING, "\ufffd理教室の手", "料", 2),   # trial 69 (a word on the gap's right)
])
def test_open_gap_of_the_kind_cites_its_measured_class(text, marker, fill, uses):
    rep = repair_at(text, marker)
    assert rep["status"] != "restored"
    assert rep["candidates"][0]["text"] == fill
    rows = measured_rows(rep)
    assert len(rows) == 1, [e["detail"] for e in rep["evidence"]]
    right, n, low = scoring.far_word_measured(True, uses)
    assert f"{right} of {n} times" in rows[0] and f"{low:.3f}" in rows[0]
    assert f"at {uses} other places" in rows[0] and "model's own top fill too" in rows[0]
    assert low < 0.95  # the reason the class does not commit


@pytest.mark.parametrize("text,marker,truth", [
    # the document writes 魅力 twice; the gap held 協力 (地元企業の協力を得て)
    ("まちづくりの報告\n\n商店街の魅力を高めるため、空き店舗を使ったイベントを開いた。\n"
     "イベントは地元企業の\ufffd力を得て実施した。商店街の魅力を伝える冊子も作った。\n", "企業の\ufffd力", "協"),
    # the document writes 店舗 three times; the gap held 店頭
    ("商店街の空き店舗対策\n\n商店街の空き店舗は十二軒ある。空き店舗を活用した出店には補助がある。\n"
     "空き店舗の情報は市のホームページで公開している。\n地元の野菜は各店の店\ufffdで販売されている。\n", "店\ufffdで販売", "頭"),
])
def test_adversarial_near_word_stays_open_and_says_why(text, marker, truth):
    rep = repair_at(text, marker)
    assert rep["status"] != "restored" and rep["restored"] is None
    assert rep["candidates"][0]["text"] != truth  # the document's word leads: exactly why it may not commit
    assert measured_rows(rep), [e["detail"] for e in rep["evidence"]]


def test_near_misses_stay_open():
    # a person's name: never filled, whatever name the text writes (山田 twice); no far-word row
    names = "地域交流の報告\n国際交流課長 山田 一郎\n\n山田市との交流は三十年になる。\n報告者：\ufffd田 一郎\n"
    rep = repair_at(names, "\ufffd田 一郎\n")
    assert rep["status"] == "unresolved" and not measured_rows(rep)
    # the gap's word written once, inside another compound (地域医療): open, its class cited
    other = "健康づくりの取り組み\n\n市は地域医療の充実に取り組んでいる。\n高齢者の医\ufffd費の負担を軽くするため、新しい制度を設けた。\n"
    rep = repair_at(other, "医\ufffd費")
    assert rep["status"] != "restored"
    rows = measured_rows(rep)
    assert rows and "at 1 other place," in rows[0]
    # a gap committed by repetition (防災訓練 repeated with its context) does not cite the far word's class
    text = ("地域の防災訓練について\n\n町内会では毎年九月に防災訓練を行っている。今年の防災訓練には三百人が参加した。\n"
            "来年の防\ufffd訓練では、夜間の避難も試す予定である。\n")
    rep = repair_at(text, "防\ufffd訓練では")
    assert rep["status"] == "restored" and rep["restored"] == "災"
    assert not measured_rows(rep)


def test_bench_screens_from_the_masked_text_and_classifies():
    from bench import farword_bench as fb

    lines = ["空き店舗の現状", "商店街の空き店舗率は二割を超えた。", "空き店舗を活用して出店する事業者がいる。"]
    places = fb.screened(lines)
    assert (2, 3) in places  # 舗 of the third line: 店舗 stands at two other places
    assert (0, 0) not in places  # 空: no kanji beside it in a copy makes a word
    rec = {"far": {"舗": 3}, "own_top": "舗", "truth": "頭"}
    fill, key, right = fb.classify(rec)
    assert (fill, right) == ("舗", False) and key.startswith("N=3+, model's own top agrees")
    assert fb.classify({"far": {}, "own_top": "x", "truth": "x"}) is None
