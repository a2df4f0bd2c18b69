"""Helper judg70c, issue 16 point 2 (fresh-user trial 70c, ``judgment.txt``): a judgment's head and signature block.
1. A judgment's dated head field (``口頭弁論終結日　令和6年2月1日``, ``判決言渡日　…``) and a party's letter-spaced line
   (``原　　　　告　　　山　田　太　郎``) are front, never the title: the case line over the head is the title, else the
   head's ``判　　決`` / ``決　　定`` (docs/segment.md, *A judgment's dated head fields; judges letter-spaced*).
2. Judges signing with a letter-spaced name (``裁判官　　小　林　\ufffd　介``), a tab after the post allowed, are the
   signature block as ``裁判官　高橋 健一`` is: front, and the speaker.
3. A lost glyph in a letter-spaced name after a judge's post is a name's: no candidates (restore's abstention).
Near misses: a notice opening on its ``日時`` field, a report naming a case number in its text.
Inputs: tests/data/judg70c/ (kept in /work/regress/in_judg70c/).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "judg70c"


def _talk(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


def _front(talk) -> list[str]:
    return [t.text.strip() for t in talk.front]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("name, title, field", [
    ("t70c_judgment.txt", "令和5年(ワ)第1234号\u3000損害賠償請求事件", "口頭弁論終結日\u3000令和6年2月1日"),
    ("h1_genwatashi_bi.txt", "令和6年（ワ）第5678号\u3000貸金返還請求事件", "判決言渡日\u3000令和7年5月20日"),
    ("h4_party_spaced_under_head.txt", "令和5年(ワ)第1234号\u3000損害賠償請求事件", "原\u3000\u3000\u3000\u3000告\u3000\u3000\u3000山\u3000田\u3000太\u3000郎"),
])
def test_a_judgments_dated_field_or_party_is_front_and_its_case_line_the_title70c(name, title, field):
    talk = _talk(name)
    assert talk.title.ja.text == title
    assert field in _front(talk)


def test_a_decision_with_no_case_line_is_titled_by_its_head70c():
    talk = _talk("h2_kettei_genwatashi_nocase.txt")
    assert talk.title.ja.text == "決定"
    assert "言渡日\u3000令和7年9月1日" in _front(talk)


@pytest.mark.parametrize("name, court, judges", [
    ("t70c_judgment.txt", "東京地方裁判所民事第5部", ["高橋健一", "中村美咲", "小林\ufffd介"]),
    ("h1_genwatashi_bi.txt", "大阪地方裁判所第15民事部", ["岡本直樹"]),
    ("h3_hanketsu_halfwidth_date.txt", "横浜地方裁判所第1民事部", ["松井道夫", "木村綾", "斉藤亮"]),
])
def test_judges_with_letter_spaced_names_sign_the_judgment70c(name, court, judges):
    talk = _talk(name)
    assert [a.name.text for a in talk.speaker.authors] == judges
    assert talk.speaker.affiliation.text.startswith(court + "裁判")


@pytest.mark.parametrize("name, court", [
    ("t70c_judgment.txt", "東京地方裁判所民事第5部"),
    # (both strict xfails until helper judg71: tests/test_judg71.py)
    ("h1_genwatashi_bi.txt", "大阪地方裁判所第15民事部"),
    ("h3_hanketsu_halfwidth_date.txt", "横浜地方裁判所第1民事部"),
])
def test_the_letter_spaced_judges_close_front70c(name, court):
    talk = _talk(name)
    assert court in _front(talk)
    assert not any(p == court or "裁判官" in p for p in _paragraphs(talk))
    assert _paragraphs(talk)[-1].endswith("。")


@pytest.mark.parametrize("name, title", [
    ("n1_nm_notice_nichiji.txt", "清掃活動のお知らせ"),
    ("n2_nm_report_case_line.txt", "令和6年度 第2回 審議会報告"),
])
def test_near_misses_keep_their_titles70c(name, title):
    assert _talk(name).title.ja.text == title


@pytest.mark.parametrize("line", ["裁判官\u3000\u3000\u3000\u3000\u3000小\u3000林\u3000\ufffd\u3000介",
                                  "裁判長裁判官\t高\u3000\ufffd\u3000健\u3000一", "裁判官\u3000小林\u3000\ufffd介"])
def test_a_gap_in_a_judges_letter_spaced_name_is_never_filled70c(line):
    from pipeline.restore.evidence.abstention import name_after_post

    assert name_after_post(line, line.index("\ufffd"))


def test_a_gap_in_letter_spaced_prose_after_a_post_is_no_name70c():
    from pipeline.restore.evidence.abstention import name_after_post

    line = "市長\u3000あ\u3000い\u3000\ufffd\u3000え\u3000お\u3000か\u3000き"
    assert not name_after_post(line, line.index("\ufffd"))
