"""A Japanese paper's title block as journals set it (issue 16, made-up): the English title under the Japanese one,
though it holds an organisation's word inside its phrase (``… Library Services in …``), and authors parted by ``・``
with an asterisk and a number as each one's mark (``田中 一郎*1・山本 さくら*2``), their affiliations on one line led
by the same marks. The English title was read as the speaker's affiliation, the authors went to ``front``, and the
marks came out as two (``*``, ``1``)."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

PAPER = """\
地方都市における移動図書館サービスの効果
Effects of Mobile Library Services in Regional Cities

田中 一郎{m1}・山本 さくら{m2}
{m1} 北東大学大学院 人間科学研究科　{m2} 南西大学 文学部

要旨：本研究は、移動図書館の巡回が住民の読書行動に与える効果を、利用記録と住民への調査から明らかにしたものである。

1．はじめに
地方都市では図書館の分館が統廃合され、中心部から離れた地区の住民は図書館を利用しにくくなっている。
2．方法
市内の六つの地区を対象として、巡回の前後の貸出記録を比べた。
"""


@pytest.mark.parametrize("m1,m2", [("*1", "*2"), ("＊1", "＊2"), ("※1", "※2")])
def test_star_marked_authors_parted_by_a_middle_dot_each_get_their_affiliation(m1, m2):
    (talk,) = run_text(PAPER.format(m1=m1, m2=m2)).talks
    assert talk.title.ja.text == "地方都市における移動図書館サービスの効果"
    assert talk.title.en.text == "Effects of Mobile Library Services in Regional Cities"
    assert [(a.name.text, [m.text for m in a.marks]) for a in talk.speaker.authors] == [
        ("田中 一郎", [m1]), ("山本 さくら", [m2])]
    assert [a.affiliation.text for a in talk.speaker.authors] == ["北東大学大学院 人間科学研究科", "南西大学 文学部"]


def test_an_organisations_word_inside_a_titles_phrase_after_of_names_no_organisation():
    from pipeline.segment.organisations import is_organisation

    assert not is_organisation("Effects of Mobile Library Services in Regional Cities")
    assert is_organisation("Department of Library Services")


def test_a_katakana_name_keeps_its_middle_dot():
    from pipeline.model import Text
    from pipeline.segment.authors import split_authors

    assert [n.text for n, _ in split_authors(Text.from_raw("ジョン・スミス¹，山田 花子²", 1))] == ["ジョン・スミス", "山田 花子"]


def test_a_name_alone_on_its_line_keeps_the_mark_after_it():
    """``John Smith∗`` over its affiliation: once the line read as a name, the name came without its mark."""
    from pipeline.model import Text
    from pipeline.segment.front import block_authors

    lines = [Text.from_raw(s, n) for n, s in enumerate(
        ["Anna Berg∗", "Department of Biology, Southport College", "Tom F. Johnson", "Harbour Research Institute"], 1)]
    assert [(a.name.text, [m.text for m in a.marks]) for a in block_authors(lines)] == [
        ("Anna Berg", ["∗"]), ("Tom F. Johnson", [])]


def test_a_municipality_and_its_department_in_parts_before_a_name_is_a_speaker_line():
    """``西川市 都市整備課 森本 健一`` under a title: the city and its department written apart were no organisation's
    parts one by one (a city alone is no organisation), so the report had no speaker."""
    text = ("城下町の水路と暮らし\n西川市 都市整備課 森本 健一\n\n"
            "1．水路の歴史\n城下町の水路は江戸時代に掘られ、今も町の中を流れている。用水は田畑に水を運んできた。\n"
            "2．管理の担い手\n疏水の管理は住民の組合が受け持ってきたが、組合員の高齢化が進んでいる。\n")
    (talk,) = run_text(text).talks
    assert talk.speaker is not None and talk.speaker.name.text == "森本 健一"
    assert talk.speaker.affiliation.text == "西川市 都市整備課"


def test_an_organisation_named_with_of_before_the_place_it_stands_in_is_an_affiliation():
    # review of 2 December: the rule above read ``of`` before an organisation's kind and a preposition after it as a
    # title's phrase, so ``Port of Kobe Authority at Rokko Island`` under the speaker's name was no affiliation (it
    # went to front); the kind right before ``at``/``in`` ends the organisation's name
    text = ("Night Ferries of the Inland Sea\nKenji Mori\nPort of Kobe Authority at Rokko Island\n\n1 Introduction\n"
            "The night ferries of the Inland Sea carry trucks and their drivers between the ports every night.\n\n"
            "2 Routes\nFour companies sail the routes, and each calls at two or three ports on the way to the west.\n")
    [talk] = run_text(text).talks
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "Port of Kobe Authority at Rokko Island"
    assert talk.front == ()
