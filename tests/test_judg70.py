"""Helper judg70, issue 16 point 2 (fresh-user trial 69c, ``j_judgment.txt``): a judgment's signature block, the
parties at its head, a trial decision's parts, and a numbered record's agenda.
1. A Japanese judgment's court and judges closing it (``東京地方裁判所民事第52部`` / ``裁判官　丙川 次郎``; three judges
   under ``裁判長裁判官``; a 審決's ``審判長　特許庁審判官`` …) are its signature block: ``front``'s closing lines (they had
   been the last section's paragraphs) and its ``speaker``, a view of them: each judge an author, the court and the
   post their affiliation (docs/segment.md, *A judgment's signature block*).
2. A party's line under the title (``申立人　山下 勝``, ``代理人弁理士　森田 陽介``) is no speaker of a judgment: front.
3. A 審決's ``審　　　決`` is a judgment's head, its ``結　　　論`` a named part.
4. A record numbering its fields (``４　議題`` / ``（１）…`` / ``５　議事の経過`` / ``（１）…``) keeps its agenda's items
   front and its ``５`` a section over the restated items (they had been read as a table of contents, ``５`` with them).
Near misses: a report's closing author (``みどり野市企画政策課`` / ``主査　石原 美咲``), a notice signed by its mayor,
a report's real table of contents, minutes with an unnumbered agenda.
Inputs: tests/data/judg70/ (kept in /work/regress/in_judg70/).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "judg70"


def _talk(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _front(talk) -> list[str]:
    return [t.text.strip() for t in talk.front]


def _judges(talk) -> list[tuple[str, str | None]]:
    return [(a.name.text, text_of(a.affiliation)) for a in talk.speaker.authors]


def test_the_trials_court_and_judge_close_the_judgment_as_its_signature70():
    talk = _talk("t69c_j_judgment.txt")
    assert _front(talk)[-2:] == ["東京地方裁判所民事第52部", "裁判官　丙川 次郎"]
    assert not any("裁判所" in p or p.startswith("裁判官") for p in _paragraphs(talk))
    assert _paragraphs(talk)[-1].endswith("主文のとおり判決する。")
    assert _judges(talk) == [("丙川 次郎", "東京地方裁判所民事第52部裁判官")]
    assert talk.speaker.name.text == "丙川 次郎"


@pytest.mark.parametrize("name, court, judges", [
    ("j1_chisai_hanketsu_3judges.txt", "東京地方裁判所民事第31部", ["松本 浩一", "高田 由美", "中西 健"]),
    ("j2_saikou_hanketsu.txt", "最高裁判所第二小法廷", ["北村 正之", "西田 恵子", "東野 隆", "南原 一"]),
    ("j3_chisai_kettei.txt", "大阪地方裁判所第15民事部", ["小林 真理"]),
    ("j7_kousai_head_court.txt", "東京高等裁判所第10民事部", ["岡田 修", "藤原 明美", "村上 健太郎"]),
])
def test_a_panel_of_judges_signs_a_judgment_or_decision70(name, court, judges):
    talk = _talk(name)
    assert [a for a, _ in _judges(talk)] == judges
    assert all(aff.startswith(court) and aff.endswith("裁判官") for _, aff in _judges(talk))
    assert talk.speaker.affiliation.text.startswith(court + "裁判")
    front = _front(talk)
    # the court's line and the judges' lines close front, after the head's lines
    assert court in front and all(t.startswith(("裁判官", "裁判長裁判官")) for t in front[front.index(court) + 1:])
    assert not any(p == court or p.startswith(("裁判官", "裁判長裁判官")) for p in _paragraphs(talk))


def test_a_judge_who_cannot_sign_is_one_author_and_his_note_stays_front70():
    talk = _talk("j1_chisai_hanketsu_3judges.txt")
    assert _front(talk)[-2:] == ["裁判官　中西 健は，転補のため署名押印することができない。", "裁判長裁判官　松本 浩一"]
    assert [a for a, _ in _judges(talk)] == ["松本 浩一", "高田 由美", "中西 健"]


def test_a_trial_decisions_examiners_sign_it_and_its_parts_are_read70():
    talk = _talk("j5_shinketsu.txt")
    assert [a for a, _ in _judges(talk)] == ["高橋 誠", "井上 千夏", "佐々木 亮"]
    assert _front(talk)[-4:] == ["令和7年5月20日", "審判長　特許庁審判官　高橋 誠", "特許庁審判官　井上 千夏", "特許庁審判官　佐々木 亮"]
    assert [(s.number, s.level, s.title.text) for s in talk.sections][:3] == [
        (None, 1, "結論"), (None, 1, "理由"), ("1", 2, "手続の経緯")]
    assert "代理人弁理士　森田 陽介" in _front(talk)


def test_a_party_under_the_title_is_no_speaker_of_the_decision70():
    talk = _talk("j3_chisai_kettei.txt")
    assert talk.speaker.name.text == "小林 真理"
    assert "申立人　　山下 勝" in _front(talk)


def test_a_report_and_a_notice_keep_their_signers70():
    report = _talk("n1_report_author_line.txt")
    assert (report.speaker.name.text, report.speaker.affiliation.text) == ("石原 美咲", "みどり野市企画政策課主査")
    notice = _talk("n2_notice_mayor.txt")
    assert (notice.speaker.name.text, notice.speaker.affiliation.text) == ("山田 太郎", "緑ヶ丘市長")
    assert [(s.number, s.level) for s in report.sections] == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1), ("2.1", 2), ("2.2", 2)]


@pytest.mark.parametrize("name, agenda, part", [
    ("m3_gijiroku_maru.txt", ["（1）空き家対策について", "（2）その他"], "議事の経過"),
    ("m4_kaigiroku_halfwidth.txt", ["(1)　令和6年度事業報告について", "(2)　令和7年度事業計画について", "(3)　その他"], "会議の概要"),
])
def test_a_numbered_records_agenda_is_no_table_of_contents70(name, agenda, part):
    talk = _talk(name)
    assert not talk.contents
    assert _front(talk)[-len(agenda):] == agenda
    ladder = [(s.number, s.level, s.title.text) for s in talk.sections]
    assert ladder[0] == ("5", 1, part)
    assert [n for n, _, _ in ladder[1:]] == [f"5.{k}" for k in range(1, len(agenda) + 1)]
    assert all(level == 2 for _, level, _ in ladder[1:])


def test_minutes_with_an_unnumbered_agenda_and_a_real_contents_are_unchanged70():
    minutes = _talk("m1_gijiroku.txt")
    assert [(s.number, s.title.text) for s in minutes.sections] == [("1", "第3次環境基本計画の素案について"), ("2", "その他")]
    assert _paragraphs(minutes)[0] == "委員長：それでは，議題1について事務局から説明をお願いします。"
    report = _talk("n3_report_contents.txt")
    assert [t.text for t in report.contents] == ["1　計画の目的", "2　現状と課題", "3　施策の方向"]
    assert [s.number for s in report.sections] == ["1", "2", "3"]


def test_an_english_judgment_is_signed_by_its_judge70():
    talk = _talk("j6_en_judgment.txt")
    assert "Harcourt" in talk.speaker.text.text
    assert "Mr Justice Harcourt" not in _paragraphs(talk)


def test_english_minutes_numbering_their_fields_keep_them_front70():
    talk = _talk("m5_minutes_numbered_en.txt")
    assert [s.number for s in talk.sections][0] == "5"
