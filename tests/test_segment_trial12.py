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


PROCEEDINGS = """\
第8回 地域エネルギー研究会 講演集
【1】 里山の木質バイオマス
西森林業協同組合 木下 守
1．背景
里山の間伐材は、搬出の費用が高いため多くが山に残されている。
2．取組
組合では小型の搬出機械を導入し、地域の温浴施設に燃料として供給している。
第8回 地域エネルギー研究会 講演集
- 3 -
Woody Biomass from Satoyama Forests
Mamoru Kinoshita
Nishi Forestry Cooperative
Background
- Thinned timber is left in the forest
Approach
- Small machines carry it out
第8回 地域エネルギー研究会 講演集
- 4 -
"""


def test_a_volumes_page_number_after_unnumbered_slides_numbers_no_slide() -> None:
    [talk] = run_text(PROCEEDINGS).talks
    assert talk.slides and all(s.number is None for s in talk.slides)
    assert talk.slides[0].lines[1].text == "Nishi Forestry Cooperative"  # the cover's affiliation, no slide title


ESSAY = """\
Small Engines, Long Summers

by Rosalind Achebe

Every summer my uncle took the lawnmower apart on the kitchen table, and every summer it ran again.
"""


def test_a_byline_names_the_author() -> None:
    [talk] = run_text(ESSAY).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == "Rosalind Achebe"
    assert talk.speaker.text is not None and talk.speaker.text.text == "by Rosalind Achebe"
