"""A committee's or council's record whose front numbers its fields (``１　日　時　　…`` … ``６　議　題``) under a
centred record title (``…常任委員会記録``, ``…審議会議事録``, its letters possibly spaced out), then the speakers' turns
(``○委員長（…）　…``): the title is the record's name, every numbered field (the agenda's label and its items
included) is front, and the turns are one unheaded body section (issue 16, trial 54c: ``６　議　題`` had been section 6
holding every turn, and ``総務常任委員会記録`` no title: ``委員`` read as a post before the name ``会記録``). Made-up
records, not the trial's."""

from __future__ import annotations

import pytest

from pipeline.segment.labels import numbered_agenda_label
from pipeline.segment.names import speaker_split
from tests.segment_inputs import run_text

FIELDS = """\
{title}

１　日　時　　令和８年２月５日（木）午後１時３０分開会
２　場　所　　第３委員会室
３　出席委員（４名）
　　委 員 長　　青山　和也　　　副委員長　　北村　沙織
　　委　　員　　杉本　　亮　　　委　　員　　堀　　千尋
４　欠席委員　　なし
５　説明のため出席した者
　　建設部長　　南　浩一　　　　道路課長　　東　典子
{agenda}
"""

TURNS = """
○委員長（青山和也君）　ただいまから委員会を開会いたします。
○建設部長（南浩一君）　議案第７号について御説明いたします。
　市道の認定路線を追加するものでございます。
○杉本亮委員　追加する路線の延長はどの程度ですか。
○道路課長（東典子君）　合計で約８５０メートルでございます。
○委員長（青山和也君）　以上で委員会を閉会いたします。
　　　　　　　　　　午後２時０５分閉会
"""

AGENDAS = {
    "one item": "６　議　題\n　　議案第７号　市道路線の認定について",
    "items numbered": "６　議　題\n　（１）議案第７号　市道路線の認定について\n　（２）議案第８号　市道路線の廃止について",
    "label unspaced, half-width number": "6 議題\n　議案第７号　市道路線の認定について",
    "議事": "６　議　事\n　　議案第７号　市道路線の認定について",
}

TITLES = ["　　　　　　　　建設常任委員会記録", "建設常任委員会会議録", "　　　　令和８年第１回　都市計画審議会議事録",
          "　　　　　建 設 常 任 委 員 会 記 録", "建　設　常　任　委　員　会　記　録"]


def _unspaced(s: str) -> str:
    return "".join(s.split()) if all(len(w) == 1 for w in s.split()) else s.strip()


@pytest.mark.parametrize("agenda", list(AGENDAS), ids=list(AGENDAS))
def test_a_numbered_agenda_field_is_front_and_the_turns_are_the_body(agenda):
    (talk,) = run_text(FIELDS.format(title=TITLES[0], agenda=AGENDAS[agenda]) + TURNS).talks
    front = [t.text for t in talk.front]
    assert any("議案第7号" in t for t in front), front  # the agenda's items stay with their label, front
    assert any(t.startswith(("6", "６")) and ("議" in t) for t in front), front
    (body,) = talk.sections  # one section, no heading: the turns
    assert (body.number, body.heading) == (None, None)
    paragraphs = [p.text for p in body.paragraphs]
    assert paragraphs[0].startswith("○委員長（青山和也君）"), paragraphs
    assert sum(p.startswith("○") for p in paragraphs) == 5


@pytest.mark.parametrize("title", TITLES[:3])
def test_a_record_s_name_over_its_numbered_fields_is_the_title(title):
    (talk,) = run_text(FIELDS.format(title=title, agenda=AGENDAS["one item"]) + TURNS).talks
    assert talk.title.ja is not None and talk.title.ja.text == title.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    assert talk.speaker is None or talk.speaker.name is None


@pytest.mark.parametrize("title", TITLES[3:])
def test_a_letterspaced_record_name_is_the_title(title):
    (talk,) = run_text(FIELDS.format(title=title, agenda=AGENDAS["one item"]) + TURNS).talks
    assert talk.title.ja is not None and "".join(talk.title.ja.text.split()) == "建設常任委員会記録"


@pytest.mark.parametrize("title", [TITLES[3], TITLES[4]])  # U+3000-spaced: a known miss until session 57
def test_a_letterspaced_record_name_reads_as_its_word(title):
    (talk,) = run_text(FIELDS.format(title=title, agenda=AGENDAS["one item"]) + TURNS).talks
    assert talk.title.ja.text == "建設常任委員会記録"


@pytest.mark.parametrize("line", ["建設常任委員会記録", "文教厚生常任委員会記録", "第3回 港湾審議会記録"])
def test_a_committee_s_record_names_no_person(line):
    assert speaker_split(line) is None


@pytest.mark.parametrize("line,agenda", [("６　議　題", True), ("5 議事", True), ("6　議題について", False),
                                         ("議題", False), ("12　次第", True), ("2　議題の整理", False)])
def test_numbered_agenda_label(line, agenda):
    assert numbered_agenda_label(line) is agenda


def test_a_numbered_agenda_heading_outside_a_record_stays_a_heading():
    """No numbered field of a record before it: ``3　議題`` heads a report's section as any numbered heading does."""
    text = "\n".join([
        "審議会の運営に関する報告", "",
        "1　はじめに", "本報告は、審議会の運営を振り返り、今後の改善点をまとめたものである。",
        "2　経緯", "審議会は令和5年に設置され、これまでに8回開催された。",
        "3　議題", "各回の議題は、事務局が委員長と協議して定めた。次回以降は委員からの提案も受け付ける。",
    ])
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert talk.sections[2].paragraphs[0].text.startswith("各回の議題は")
