"""A person's name told by its shape is never filled nor offered, whatever the fills (issue 19 points 4 and 6; helper
name74b, fresh-user trial 74b: ``J. Fer\ufffduson`` and ``Priya Nair\ufffdbi-Shah`` committed g and o at 0.992 on the
English word list; ``店長の\ufffd野 健二です``, ``小\ufffd寺 遥`` (野 at 0.9671), ``大\ufffd 様ご夫妻``, ``総代　野\ufffd清三郎``
and ``\ufffdｅｎｊｉ Ｔａｋａｈａｓｈｉ`` offered fills). Made-up inputs of the same kinds (``/work/regress/in_name74b/``);
near misses keep what they had."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import held_with_no_candidate, line_repairs, repair_after

G = "\ufffd"


def _held(r: dict) -> bool:
    return r["restored"] is None and not r["candidates"] and any(
        e["kind"] == "abstention" and e["detail"].startswith("a person's name") for e in r["evidence"])


REPORT = ("SITE INSPECTION NOTE\n"
          "Prepared by: Anjali Mombas{}-Patel, Facilities Engineer\n"
          "Copied to: R. Lindqvist (Finance), T. Hargre{}ves (Estates), archive\n"
          "The inspection found two loose handrails on the east stair.\n"
          "On Monday Chidi Lago{}-Okafor repaired the handrails.\n"
          "Follow-up: M. Kowal{}ki will check the west stair in May.\n")


@pytest.mark.parametrize("before", ["Anjali Mombas", "T. Hargre", "Chidi Lago", "M. Kowal"])
def test_an_english_name_after_an_initial_or_a_double_surname_after_a_given_name_is_held(before):
    assert _held(repair_after(REPORT.format(G, G, G, G), before))


@pytest.mark.parametrize("text, before", [
    ("Distribution: K. O'Donn{}ll (Finance), site file\n".format(G), "K. O'Donn"),
    ("Approved: J. R. McDon{}ld, Plant Manager\n".format(G), "J. R. McDon"),
])
def test_a_surname_with_an_inner_capital_after_an_initial_is_held(text, before):
    assert _held(repair_after(text, before))


@pytest.mark.parametrize("text, before", [
    ("主題歌は歌手の{}ａｒｉａ Ｃｏｌｌｉｎｓが担当した。\n".format(G), "歌手の"),
    ("ゲストに作曲家の{}ａｎｉｅｌ Ｏｋａｆｏｒを迎えた。\n".format(G), "作曲家の"),
])
def test_a_latin_name_in_japanese_text_is_held(text, before):
    assert _held(repair_after(text, before))


@pytest.mark.parametrize("text, before", [
    ("講演は、主任研究員の北{} 真一が行った。\n".format(G), "主任研究員の北"),
    ("　会計監査　和{} 晴美\n".format(G), "会計監査　和"),
    ("　　町内会総代　木{} 与一郎\n".format(G), "町内会総代　木"),
    ("診察した市民病院の{}村 修医師によれば、\n".format(G), "市民病院の"),
    ("この家は、売主の佐{} 様ご一家が長く暮らしてこられました。\n".format(G), "売主の佐"),
    ("前の所有者の谷{} 様ご一家が大事に使ってこられました。\n".format(G), "所有者の谷"),
    # a given name in kana that Sudachi reads as a common word (実り, 勇気): the best fill makes the surname
    ("司会の{}田 みのりが進行した。\n".format(G), "司会の"),
    ("作曲は、{}藤 ゆうきが手がけた。\n".format(G), "作曲は、"),
    # the trial's own line: the model's fills (球, 菜, 生) read no name, the given name 清三郎 does
    ("　　神輿総代　野{}清三郎\n".format(G), "神輿総代　野"),
])
def test_a_japanese_name_in_the_spaced_shape_is_held(text, before):
    assert _held(repair_after(text, before))


@pytest.mark.parametrize("text, before", [
    ("今回の講師は、料理研究家の森下 {}子さんです。\n".format(G), "料理研究家の森下 "),
    ("作画監督の大森 {}平氏による背景も美しい。\n".format(G), "作画監督の大森 "),
])
def test_a_given_name_the_gap_opens_before_its_honorific_after_a_spaced_surname_is_held(text, before):
    # no kana stands there (お子さん) after a surname and a space
    assert _held(repair_after(text, before))


def test_a_kana_before_an_honorific_after_a_label_stays_offered():
    r = repair_after("５　参 加 費　{}一人様 ４，５００円\n".format(G), "参 加 費　")
    assert not _held(r) and r["candidates"]


def test_the_same_name_in_the_talk_stage():
    # segment's pieces go through the same verdict (``pipeline run``)
    text = "店舗のご案内\n\nはじめまして。当店店長の{}野 健二です。\n物件のご相談はお気軽にどうぞ。\n".format(G)
    (r,) = [r for r in line_repairs(text, "はじめまして。当店店長の{}野 健二です。".format(G)) if r.original == G]
    assert held_with_no_candidate(r)


# near misses: no person's name, as before
@pytest.mark.parametrize("text, before", [
    ("Contents\nA. Me{}hods\nB. Results\n".format(G), "A. Me"),
    ("The report looks at the East-W{}st divide in housing.\n".format(G), "East-W"),
    ("会場：みなと市民会館 / Venue: Minato Civic Ha{}l, Main Hall\n".format(G), "Civic Ha"),
    ("人事部 ご担{}者 様\n".format(G), "ご担"),
    ("令和６年度　桜川市 環{}衛生課\n".format(G), "桜川市 環"),
    ("集合場所：森の家 正{}玄関\n".format(G), "森の家 正"),
    ("会場は、{}川 あおばの森です。\n".format(G), "会場は、"),
])
def test_no_name_is_held(text, before):
    assert not _held(repair_after(text, before))


@pytest.mark.xfail(strict=True, reason="電話 after a surname and a space has the spaced name's shape (佐藤 is a surname "
                                      "to Sudachi, �話 keeps a kanji); the model's best fill makes a common noun here "
                                      "as it does for the trial's names (矢印 of 矢� 輝海, 各地 of 中島 �地氏), so no fill "
                                      "tells the word from a given name")
def test_a_telephone_after_a_contacts_surname_is_no_name():
    assert not _held(repair_after("（市民課　佐藤　{}話０２２−１２３−４５６８）\n".format(G), "佐藤　"))
