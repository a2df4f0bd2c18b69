"""Trial 12's faults, as made-up documents: a Japanese paper's ※-marked authors and its dash-wrapped subtitle."""

from __future__ import annotations

from tests.segment_inputs import run_text

PAPER = """\
山あいの町における乗合タクシーの運行実態
―北谷町の三年間の記録から―
石田 彩※1，高木 亮※2
※1 北陵大学大学院環境学研究科 ※2 東山地域研究所
1．はじめに
北谷町では路線バスの廃止後、予約制の乗合タクシーを運行している。
"""


def test_reference_marked_authors_are_authors_with_their_affiliations() -> None:
    [talk] = run_text(PAPER).talks
    assert talk.title.ja is not None and talk.title.ja.text == "山あいの町における乗合タクシーの運行実態"
    authors = [(a.name.text, [m.text for m in a.marks], a.affiliation.text if a.affiliation else None)
               for a in talk.speaker.authors]
    assert authors == [("石田 彩", ["※1"], "北陵大学大学院環境学研究科"), ("高木 亮", ["※2"], "東山地域研究所")]


def test_a_subtitle_between_dashes_is_the_subtitle() -> None:
    [talk] = run_text(PAPER).talks
    assert talk.subtitle.ja is not None and talk.subtitle.ja.text == "―北谷町の三年間の記録から―"
