"""``speaker.affiliation`` in one format whatever the marks (issue 16, trial 45; docs/talk-json.md).

Trial 45's volume: a paper whose authors carried ``¹``/``²`` kept the marks in ``speaker.affiliation`` and joined its
two affiliations by a space; the next, marked ``*``/``†``, had them without marks, parted by ``; ``. The format now:
each affiliation once, in the authors' order, without its marks, parted by ``; ``; one person's affiliation lines
joined as lines join (no space between Japanese letters). Made-up papers on other topics.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

BODY = ["Abstract", "We measured how far pollen travels across an orchard in spring and found most falls within ten metres.",
        "1 Introduction", "Orchards depend on bees and on wind. We report two seasons of traps placed in rows.",
        "2 Results", "Most pollen fell within ten metres of the tree that shed it. Wind carried a little further.", ""]


@pytest.mark.parametrize("marks", [("¹", "²"), ("*", "†"), ("a", "b")])
def test_marked_affiliations_are_parted_by_semicolons_without_marks(marks):
    m1, m2 = marks
    names = f"Ingrid Solheim{m1}, Takeshi Mori{m2}" if m1 != "a" else "Ingrid Solheimᵃ, Takeshi Moriᵇ"
    aff = [f"{m1} Western Norway Fruit Research Station, Ullensvang, Norway", f"{m2} Institute of Pollination, Kobe, Japan"] \
        if m1 != "a" else ["ᵃ Western Norway Fruit Research Station, Ullensvang, Norway", "ᵇ Institute of Pollination, Kobe, Japan"]
    (talk,) = run_text("\n".join(["Pollen Drift in Apple Orchards", names, *aff, "", *BODY])).talks
    assert talk.speaker.affiliation.text == ("Western Norway Fruit Research Station, Ullensvang, Norway; "
                                             "Institute of Pollination, Kobe, Japan")
    assert [a.affiliation.text for a in talk.speaker.authors] == talk.speaker.affiliation.text.split("; ")


def test_japanese_marked_affiliations_too():
    text = "\n".join(["果樹園の花粉の飛散", "山本 彩花¹，森 健太²", "¹ 北東果樹試験場", "² 南西大学 農学部", "",
                      "１．はじめに", "果樹園では、花粉がどこまで飛ぶかが実りを左右する。二年間、わなを並べて調べた。",
                      "２．結果", "ほとんどの花粉は木から十メートル以内に落ちた。風が強い日は遠くまで飛んだ。", ""])
    (talk,) = run_text(text).talks
    assert talk.speaker.affiliation.text == "北東果樹試験場; 南西大学 農学部"


def test_one_persons_affiliation_lines_on_a_cover_join_as_lines_join():
    deck = "\n\n".join("\n".join(s) for s in [
        ["カキ養殖の新しい技術", "New Techniques in Oyster Farming", "県立水産試験場", "佐伯 由佳", "増殖部 主任研究員", "1 / 3"],
        ["養殖場の現状", "Farms Today", "■出荷量 1,200トン", "■1,200 tonnes shipped", "2 / 3"],
        ["ご清聴ありがとうございました", "Thank you", "3 / 3"]]) + "\n"
    (talk,) = run_text(deck).talks
    assert talk.speaker.name.text == "佐伯 由佳"
    assert talk.speaker.affiliation.text == "県立水産試験場増殖部 主任研究員"  # as a paper's title block joins them


def test_the_colon_after_a_mark_is_no_part_of_the_affiliation():
    from pipeline.model import Text
    from pipeline.segment.authors import marked_affiliations

    line = Text.from_raw("† : Harbour Lab, Vigo, ‡ : Sea Institute, Oslo", 3)
    assert {k: [t.text for t in v] for k, v in marked_affiliations([line], {"†", "‡"}).items()} == {
        "†": ["Harbour Lab, Vigo"], "‡": ["Sea Institute, Oslo"]}
