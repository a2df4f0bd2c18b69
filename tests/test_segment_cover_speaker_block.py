"""A speaker's block on a cover or a title block, read whole (issue 16, trial 45).

Trial 45's bilingual deck opened ``title`` / ``English title`` / ``浜松市 危機管理課長`` / ``山田 �子`` / the speaker in
English / ``1 / 8``: no speaker, and the post glued onto the title (the name with its lost glyph read as nothing and
ended the cover; with the name whole the post line became the subtitle). Another cover set its speaker's line as
``発表者：川原 美咲　市立栄養教育センター`` (label, name, organisation) and named no speaker. Made-up inputs on other
topics: woodland, water supply, fisheries.
"""

from __future__ import annotations

import pytest

from pipeline.segment import names
from tests.segment_inputs import run_text

GAP = "\ufffd"


def _deck(cover: list[str]) -> str:
    slides = [
        ["里山林の現状", "Woodlands Today", "■市有林 420ヘクタール", "■420 hectares of city forest", "2 / 4"],
        ["市民との協働", "Working with Residents", "■ボランティア 150人", "■150 volunteers", "3 / 4"],
        ["ご清聴ありがとうございました", "Thank you for listening", "4 / 4"],
    ]
    return "\n\n".join("\n".join(s) for s in [cover + ["1 / 4"], *slides]) + "\n"


COVER = ["里山林の再生と活用", "Restoring and Using Our Woodlands", "港北市 みどり政策課長", f"森田 {GAP}一",
         "Kenichi Morita, Director, Greenery Policy Division, Kohoku City"]


def test_a_gapped_name_under_the_speakers_post_on_a_deck_cover_is_the_speaker():
    (talk,) = run_text(_deck(COVER)).talks
    assert talk.shape == "deck"
    assert talk.title.ja.text == "里山林の再生と活用" and talk.title.en.text == "Restoring and Using Our Woodlands"
    assert talk.subtitle.ja is None and talk.subtitle.en is None
    assert talk.speaker.name.text == f"森田 {GAP}一"  # the gap kept: a name is never filled
    assert talk.speaker.affiliation.text == "港北市 みどり政策課長"
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]


def test_the_speakers_post_over_a_whole_name_is_no_subtitle():
    cover = [COVER[0], COVER[1], COVER[2], "森田 健一", COVER[4]]
    (talk,) = run_text(_deck(cover)).talks
    assert talk.subtitle.ja is None
    assert talk.speaker.name.text == "森田 健一" and talk.speaker.affiliation.text == "港北市 みどり政策課長"


def test_a_gapped_name_under_the_post_in_a_papers_title_block_is_the_speaker():
    paper = "\n".join(["海辺のまちの防潮林", "港北市 環境保全課長", f"森田 {GAP}一", "",
                       "１．はじめに", "港北市では、海岸に沿って松林が続いている。防潮林は高潮から住宅を守ってきた。",
                       "２．取り組み", "市民と協力して植樹を行っている。毎年三百本を植えている。", ""])
    (talk,) = run_text(paper).talks
    assert talk.title.ja.text == "海辺のまちの防潮林"
    assert talk.speaker.name.text == f"森田 {GAP}一" and talk.speaker.affiliation.text == "港北市 環境保全課長"
    assert [t.text for t in talk.front] == []


def test_a_gapped_line_nothing_vouches_for_is_no_name():
    assert not names.vouched_lost_glyph_name(f"森田 {GAP}一", "里山林の再生と活用", "■市有林 420ヘクタール")
    assert not names.vouched_lost_glyph_name(f"防災{GAP}画 の推進", "港北市 環境保全課長", None)  # no name's shape
    assert names.vouched_lost_glyph_name(f"森田 {GAP}一", "県立林業試験場", None)


@pytest.mark.parametrize("line", ["報告者：大野 健太　県立水道技術センター", "大野 健太　県立水道技術センター",
                                  "報告者：県立水道技術センター　大野 健太", "大野 健太　港町市 上下水道課長"])
def test_a_label_name_and_organisation_on_one_cover_line_name_the_speaker(line):
    cover = ["おいしい水を届ける", "Delivering Good Water", line]
    deck = "\n\n".join("\n".join(s) for s in [
        cover + ["1 / 3"],
        ["浄水場の更新", "Renewing the Plant", "■2026年度に完成", "■Finished in FY2026", "2 / 3"],
        ["ご清聴ありがとうございました", "Thank you", "3 / 3"]]) + "\n"
    (talk,) = run_text(deck).talks
    assert talk.speaker.name.text == "大野 健太"
    assert talk.speaker.affiliation.text in ("県立水道技術センター", "港町市 上下水道課長")
    assert talk.subtitle.ja is None


def test_a_name_then_its_organisation_in_a_papers_title_block():
    paper = "\n".join(["漁港の直売所の運営", "報告者：佐伯 由佳　県立水産試験場", "",
                       "１．はじめに", "漁港の直売所は、週末に多くの客でにぎわう。地元の魚を売っている。",
                       "２．課題", "冬は客が少ない。売り場の工夫が求められる。", ""])
    (talk,) = run_text(paper).talks
    assert talk.speaker.name.text == "佐伯 由佳" and talk.speaker.affiliation.text == "県立水産試験場"


def test_name_then_organisation_reads_either_order_once():
    line = "報告者：大野 健太　県立水道技術センター"
    assert line[names.name_then_organisation(line):] == "県立水道技術センター" and names.speaker_split(line) == 0
    assert names.name_then_organisation("大野 健太　水道の未来") is None  # a phrase, no organisation
    assert names.name_then_organisation("県立水道技術センター　大野 健太") is None  # the other order: speaker_split's cut
