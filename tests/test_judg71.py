"""Helper judg71, issue 16 point 2 (judgments), after fresh-user trial 70c and helper judg70c's open cases:
1. A judgment's records are lines of their own, never wraps of their neighbours across blank lines: its parties'
   lines (``被　　　　告　　　西　川　由　紀``, a letter-spaced label of three letters too, ``債　　権　　者``), its named
   parts (``主　　　　文``), its divisions (``第1 請求``) and its court over its judges; so the judges' lines close
   ``front`` whatever the measure reads (judg70c's strict xfail ``h1``).
2. A division set with a half-width space (``第1 請求``, ``第2 当裁判所の判断``) keeps the space (clean) and heads its
   section; the court and judges under a last heading close ``front`` (judg70c's strict xfail ``h3``).
3. The points under ``第2`` nest as ``第3``'s do where one lists short phrases (``２　争点`` / ``（１）…`` /
   ``（２）…``) beside a point over running text (trial 70c's judgment).
4. A party's line (``同代表者市長``, ``上記代表者市長``, ``被告代表者町長``) or a party's address over it gives no city.
Near misses: a report's ``第3 四半期`` sentences, a notice signed by its mayor (its city kept), a report whose points
all list phrases, a hard-wrapped paragraph with blank lines between its lines, a 裁決書 signed by its 審査庁.
Inputs: tests/data/judg71/ (kept in /work/regress/in_judg71/) and tests/data/judg70c/.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "judg71"
JUDG70C = Path(__file__).parent / "data" / "judg70c"


def _talk(path):
    talk, _ = only_talk_of(path)
    return talk


def _front(talk) -> list[str]:
    return [t.text.strip() for t in talk.front]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _sections(talk) -> list[tuple[str | None, int, str]]:
    return [(s.number, s.level, s.title.text) for s in talk.sections]


@pytest.mark.parametrize("name, court", [
    ("a1_kettei_joined_head.txt", "名古屋地方裁判所民事第2部"),
    ("a2_hanketsu_two_judges_blank_between.txt", "福岡地方裁判所第3民事部"),
    ("a3_hanketsu_narrow_measure.txt", "札幌地方裁判所民事第3部"),
    ("b1_kettei_halfwidth.txt", "大阪高等裁判所第9民事部"),
    ("b3_hanketsu_halfwidth_three.txt", "さいたま地方裁判所第6民事部"),
    ("c3_hanketsu_halfwidth_list.txt", "千葉地方裁判所民事第4部"),
])
def test_a_judgments_court_and_judges_close_front71(name, court):
    talk = _talk(DATA / name)
    assert court in _front(talk)
    assert not any(court in p or "裁判官" in p for p in _paragraphs(talk))
    assert _paragraphs(talk)[-1].endswith("。")


@pytest.mark.parametrize("name, parties", [
    ("a1_kettei_joined_head.txt", ["名古屋市中区丸の内三丁目5番1号", "債\u3000\u3000権\u3000\u3000者\u3000\u3000\u3000株式会社ひまわり建設"]),
    ("a3_hanketsu_narrow_measure.txt", ["札幌市北区北八条西五丁目", "原\u3000\u3000\u3000告\u3000\u3000\u3000小\u3000松\u3000誠"]),
    ("h1_genwatashi_bi.txt", ["大阪府堺市堺区南瓦町1番1号", "被\u3000\u3000\u3000\u3000告\u3000\u3000\u3000西\u3000川\u3000由\u3000紀"]),
])
def test_a_judgments_party_lines_stay_lines_of_their_own71(name, parties):
    talk = _talk((JUDG70C if name.startswith("h") else DATA) / name)
    front = _front(talk)
    assert all(p in front for p in parties)
    assert ("主文", 1) in [(s.title.text, s.level) for s in talk.sections]


@pytest.mark.parametrize("name, divisions", [
    ("b1_kettei_halfwidth.txt", [("1", 2, "抗告の趣旨及び理由"), ("2", 2, "当裁判所の判断")]),
    ("b3_hanketsu_halfwidth_three.txt", [("1", 2, "請求"), ("2", 2, "事案の概要"), ("3", 2, "当裁判所の判断")]),
    ("c3_hanketsu_halfwidth_list.txt", [("1", 2, "請求"), ("2", 2, "事案の概要"), ("3", 2, "当裁判所の判断")]),
])
def test_a_judgments_half_width_divisions_head_sections71(name, divisions):
    sections = _sections(_talk(DATA / name))
    assert all(d in sections for d in divisions)


@pytest.mark.parametrize("line, kept", [
    ("第1 請求", "第1 請求"),
    ("第2 当裁判所の判断", "第2 当裁判所の判断"),
    ("第1 回目の会議では、予算案を審議した。", "第1回目の会議では、予算案を審議した。"),
    ("第3 四半期の売上は前年を上回った。", "第3四半期の売上は前年を上回った。"),
    ("第2 号", "第2号"),
])
def test_a_divisions_half_width_space_is_kept_a_counters_closed71(line, kept):
    from pipeline.clean.spacing import remove_cjk_ascii_spaces
    from pipeline.model import Text

    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == kept


@pytest.mark.parametrize("path, points", [
    (JUDG70C / "t70c_judgment.txt", [("2.1", 3, "前提事実"), ("2.2", 3, "争点")]),
    (DATA / "c1_hanketsu_soten_list_fullwidth.txt", [("2.1", 3, "前提事実"), ("2.2", 3, "争点")]),
    (DATA / "c2_kettei_three_points_list.txt", [("2.2", 3, "前提事実"), ("2.3", 3, "争点")]),
    (DATA / "c3_hanketsu_halfwidth_list.txt", [("2.1", 3, "前提事実"), ("2.2", 3, "争点")]),
])
def test_a_point_listing_short_phrases_nests_beside_one_over_text71(path, points):
    talk = _talk(path)
    sections = _sections(talk)
    assert all(p in sections for p in points)
    listed = next(s for s in talk.sections if s.title.text == "争点")  # its items its paragraphs, no subsections
    assert [p.text[:3] for p in listed.paragraphs] in (["(1)", "(2)"], ["（1）", "（2）"])


def test_points_that_all_list_phrases_stay_paragraphs71():
    talk = _talk(DATA / "n3_nm_report_points_all_lists.txt")
    assert "1\u3000調査項目" in _paragraphs(talk)
    assert not any(s.number and "." in s.number for s in talk.sections)


@pytest.mark.parametrize("path", [
    JUDG70C / "h3_hanketsu_halfwidth_date.txt",
    DATA / "d1_jouki_daihyosha.txt",
    DATA / "d2_hikoku_daihyosha_fullwidth.txt",
    DATA / "d3_genkoku_city_daihyosha.txt",
    DATA / "a3_hanketsu_narrow_measure.txt",
])
def test_a_party_line_or_its_address_gives_no_city71(path):
    talk = _talk(path)
    assert talk.city.ja is None


def test_a_notice_signed_by_its_mayor_keeps_its_city71():
    assert _talk(DATA / "n2_nm_notice_mayor_city.txt").city.ja.text == "あおば市"


def test_a_hard_wrapped_paragraph_with_blank_lines_between_is_still_joined71():
    talk = _talk(DATA / "n4_nm_hardwrapped_blank_lines.txt")
    assert len(_paragraphs(talk)) == 1


@pytest.mark.parametrize("text, party", [
    ("債\u3000\u3000権\u3000\u3000者\u3000\u3000\u3000株式会社ひまわり建設", True),
    ("抗 告 人   株式会社みどり商会", True),
    ("審 査 請 求 人   小 野 寺 健", True),
    ("審 査 庁 の 判 断", False),
    ("山\u3000田\u3000太\u3000郎", False),
    ("裁 判 官   木 村 綾", False),
])
def test_a_letter_spaced_label_of_any_length_names_a_party71(text, party):
    from pipeline.segment.runin import party_line

    assert party_line(text) is party


@pytest.mark.xfail(strict=True, reason="a letter-spaced name after a 審査庁's post (half-width spaces) is read by no "
                                        "signer reader: closing_signer reads one only after a judge's post (open)")
def test_a_half_width_saiketsu_is_signed_by_its_shinsacho71():
    talk = _talk(DATA / "b2_saiketsu_halfwidth.txt")
    assert talk.speaker.name is not None and talk.speaker.name.text == "大森一郎"
    assert "審査庁   さくら市長   大 森 一 郎" in _front(talk)


def test_a_full_width_saiketsu_is_signed_by_its_shinsacho71():
    talk = _talk(DATA / "n5_nm_saiketsu_shinsacho_city.txt")
    assert talk.speaker.name.text == "大森 一郎"
    assert "審査庁\u3000\u3000さくら市長\u3000\u3000大森 一郎" in _front(talk)


@pytest.mark.parametrize("name, judges", [
    ("e1_two_judgments_collection.txt", [["村上陽子"], ["森本恵子", "平井拓也", "吉川聡"]]),
    ("e2_appeal_then_first_instance_halfwidth.txt", [["北村正一", "南田光", "東山健吾"], ["高橋健一"]]),
    ("e3_kettei_then_saikosai.txt", [["原田誠司"], ["岡田和夫", "松尾真一"]]),
])
def test_each_judgment_of_a_text_holding_several_is_a_talk71(name, judges):
    from segmenting import segment_file

    talks = segment_file(DATA / name).talks
    assert [[a.name.text for a in t.speaker.authors] for t in talks] == judges
    for talk in talks:
        assert [s.title.text for s in talk.sections].count("主文") == 1


@pytest.mark.parametrize("name", ["n6_nm_judgment_then_annex.txt", "n7_nm_judgment_then_case_reference.txt"])
def test_a_judgment_followed_by_its_annex_or_a_case_reference_is_one_talk71(name):
    from segmenting import segment_file

    assert len(segment_file(DATA / name).talks) == 1
