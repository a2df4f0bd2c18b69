"""A Japanese notice's items under ``記`` and a magazine interview's head and turns (issue 16 point 2; helper notice85
after fresh-user trial 84a's 株主総会招集通知 and interview). Inputs: ``tests/data/notice85/`` (copies in
``/work/regress/in_notice85/``, each with its expected reading written before the run; ``nm_*`` near misses), run
through extract, clean and segment (``tests/segmenting.py``).

1. ``noticeitems.mend_items``: an item's inner list (``報告事項　　1．…`` / ``2．…`` set in) stays the item's lines, not
   level-1 sections of their own; a set-in wrap joins its line; ``日　　時　　…`` is a field, title ``日時``, its value
   a paragraph.
2. ``titleblock.kind_label_before`` / ``dash_subtitle_after``: ``【特集】港町の灯を守る　―　灯台守の家に生まれて`` has
   title ``港町の灯を守る``, subtitle ``灯台守の家に生まれて``, ``【特集】`` in ``front``.
3. ``labels.interview_turns``: a 対談's ``◆`` questions answered by two speakers in turn are turns, questions too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.segment.labels import turn_speakers
from tests.segmenting import segment_file

DATA = Path(__file__).parent / "data" / "notice85"


def _talk(name: str):
    [talk] = segment_file(DATA / name).talks
    return talk


def _section(talk, title):
    return next(s for s in talk.sections if s.title.text == title)


def test_inner_list_stays_its_item_and_wrap_joins():
    talk = _talk("n1_shoshu_sub3.txt")
    level1 = [s.title.text for s in talk.sections if s.level == 1]
    assert level1[1:5] == ["日時", "場所", "目的事項", "株主総会参考書類"]
    texts = [t.text for t in _section(talk, "目的事項").paragraphs]
    assert texts[0].startswith("報告事項") and texts[0].endswith("会計監査人及び監査役会の連結計算書類監査結果報告の件")
    assert texts[1].startswith("2．第51期") and texts[2] == "3．会計方針の変更に関する報告の件"
    assert texts[3:] == ["決議事項", "第1号議案　剰余金の処分の件", "第2号議案　取締役5名選任の件"]


def test_letterspaced_fields_and_inner_lists_of_two_labels():
    talk = _talk("n2_kumiai_soukai.txt")
    assert [(s.number, s.title.text) for s in talk.sections[1:3]] == [("1", "日時"), ("2", "会場")]
    assert _section(talk, "日時").paragraphs[0].text == "令和8年5月31日（日曜日）午前10時から"
    assert _section(talk, "会場").paragraphs[0].text == "グリーンヒルズ三鷹　集会室（A棟1階）"
    items = talk.sections[3]
    assert items.number == "3" and len(talk.sections) == 4
    assert [t.text[:6] for t in items.paragraphs] == ["報告事項　　", "2．令和7年", "決議事項　　", "2．令和8年"]
    assert items.paragraphs[1].text.endswith("運用状況に関する報告の件")


def test_field_heading_keeps_its_label_the_value_a_paragraph():
    talk = _talk("n2_kumiai_soukai.txt")
    field = _section(talk, "日時")
    assert field.heading.text == "1．日　　時"
    assert [t.text for t in field.paragraphs] == ["令和8年5月31日（日曜日）午前10時から"]


@pytest.mark.parametrize("name, label, title, subtitle", [
    ("i1_tokushu.txt", "【特集】", "港町の灯を守る", "灯台守の家に生まれて"),
    ("i2_taidan.txt", "［対談］", "里山を歩く楽しみ", "ガイド二人が語る四季"),
    ("i3_rensai.txt", "〈連載〉", "まちの仕事人", None),
])
def test_kind_label_front_and_dashed_subtitle(name, label, title, subtitle):
    talk = _talk(name)
    assert talk.title.ja.text == title
    assert (talk.subtitle.ja.text if talk.subtitle.ja is not None else None) == subtitle
    assert label in [t.text for t in talk.front]


def test_two_answerers_with_their_questions():
    talk = _talk("i2_taidan.txt")
    texts = [t.text for s in talk.sections for t in s.paragraphs]
    turns = turn_speakers(texts)
    assert [texts[k][a:b] for k, (a, b) in sorted(turns.items())] == \
        ["◆", "村上", "◆", "田中", "村上", "◆", "村上", "田中", "◆", "田中"]


def test_near_miss_dash_inside_the_title():
    """Near miss (passes on the base too): a dash inside the title's words sets no subtitle apart."""
    talk = _talk("nm_title_dash.txt")
    assert talk.title.ja.text == "東京―大阪間の輸送" and talk.subtitle.ja is None


def test_near_miss_plain_notice_items():
    """Near miss (passes on the base too): items numbered in a row, no field, no set-in wrap, read as before."""
    talk = _talk("nm_ki_plain.txt")
    assert [(s.number, s.title.text) for s in talk.sections[1:]] == \
        [("1", "変更の理由"), ("2", "新しい集積所"), ("3", "変更の時期")]
    assert [len(s.paragraphs) for s in talk.sections[1:]] == [1, 1, 1]
