"""Titles, fronts and speakers of Japanese reports and notices, helper news84 (issue 16 point 2; docs/limits.md
*Session 83, head83*, *Session 84, speak84*, *Session 83, form83*). Each input in tests/data/news84 had its expected
reading written before any run (``/work/regress/in_news84/*.truth.md``):

- a report whose first part is a greeting (``会長あいさつ`` / its text / ``会長　山田 一郎``) signed by its speaker reads the
  greeting as its first section, the report's title kept (an English ``Chair's Statement`` likewise);
- a tender notice's tagged fields (``【履行場所】…`` / ``【履行期間】…``) are its body, one untitled section, each field a
  paragraph of its own; its issuer (``港町長　山田 一郎``, over its fields or under them with its date) its speaker;
- a lecture series' record line (``市民公開講座　第3回　記録``) over its theme and its lecturer's line: the theme is the
  title, the series line front.

Near misses pass on the base too and say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_file

DATA = Path(__file__).parent / "data" / "news84"


def _talk(name: str):
    [talk] = segment_file(DATA / name).talks
    return talk


def _text(t):
    return t.text if t is not None else None


def _sections(talk):
    return [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]


# 1. a greeting opening a report

@pytest.mark.parametrize("name, title, heading, name_, signature", [
    ("greeting_report.txt", "令和7年度　港町観光協会　事業報告書", "会長あいさつ", "山田 一郎", "会長　山田 一郎"),
    ("greeting_report2.txt", "令和8年度　花園町自治会　活動報告", "ごあいさつ", "佐藤花子", "花園町自治会長　佐藤花子"),
    ("en_foreword.txt", None, "Chair's Statement", "Margaret O'Donnell", "Chair of Trustees"),
])
def test_greeting_is_the_first_section(name, title, heading, name_, signature):
    talk = _talk(name)
    if title is not None:
        assert _text(talk.title.ja) == title
    assert _text(talk.speaker.name) == name_
    first = talk.sections[0]
    assert first.title.text == heading
    assert len(first.paragraphs) >= 3 and first.paragraphs[-1].text == signature
    assert heading not in [t.text for t in talk.front]
    assert [s.number for s in talk.sections[1:3]] == ["1", "2"]


def test_letter_addressee_near_miss():
    """Near miss (passes on the base too): ``会長　山田 一郎　様`` over the sender is the letter's addressee, front, never
    its speaker."""
    talk = _talk("near_letter_addressee.txt")
    assert _text(talk.speaker.name) == "鈴木 次郎"
    assert "会長　山田 一郎　様" in [t.text for t in talk.front]


# 2. a tender notice's tagged fields

FIELDS = ["【履行場所】港町役場本庁舎", "【履行期間】令和8年5月1日から令和9年3月31日まで", "【入札日時】令和8年4月20日　午前10時"]


@pytest.mark.parametrize("name, last", [
    ("nyusatsu.txt", "【入札場所】港町役場3階会議室"),
    ("nyusatsu2.txt", "【問合せ先】総務課契約係（電話 0123-45-6789）"),
])
def test_tender_fields_each_a_paragraph(name, last):
    talk = _talk(name)
    assert _text(talk.title.ja) == "庁舎清掃業務委託"
    assert _sections(talk) == [("", FIELDS + [last])]
    assert _text(talk.speaker.name) == "山田 一郎" and _text(talk.speaker.affiliation) == "港町長"


def test_tender_issuer_under_fields_is_its_foot():
    talk = _talk("nyusatsu.txt")
    assert [talk.front[k].text for k in talk.front_closing] == ["令和8年4月1日", "港町長　山田 一郎"]


def test_wrapped_field_joins_its_own():
    """A field's value wrapped over two lines joins its own field; the next fields stand apart."""
    talk = _talk("kokoku_wrapped.txt")
    assert _text(talk.title.ja) == "港町観光案内サイト構築業務"
    assert _sections(talk) == [("", ["【業務内容】観光案内サイトの設計、構築及び運用支援を行う。詳細は仕様書のとおりとする。",
                                     "【提出期限】令和8年6月30日　午後5時", "【提出先】港町商工観光課"])]


def test_tag_inside_a_sentence_near_miss():
    """Near miss (passes on the base too): a tag inside running text opens no field."""
    talk = _talk("near_field_inline.txt")
    assert _sections(talk)[0][1][0] == "港町図書館は、設備点検のため臨時休館します。休館中の返却は【返却ポスト】をご利用ください。"


# 3. a lecture series' record over its theme

@pytest.mark.parametrize("name, title, series, name_", [
    ("lecture_series.txt", "地域の防災を考える", "市民公開講座　第3回　記録", "高橋 修"),
    ("lecture_series2.txt", "海ごみから考える暮らし", "環境講演会　記録", "中村 さとみ"),
])
def test_lecture_theme_is_the_title(name, title, series, name_):
    talk = _talk(name)
    assert _text(talk.title.ja) == title
    assert _text(talk.subtitle.ja) is None
    assert series in [t.text for t in talk.front]
    assert _text(talk.speaker.name) == name_


def test_lecture_announcement_near_miss():
    """Near miss (passes on the base too): an announcement's first line is its title."""
    assert _text(_talk("near_lecture_announce.txt").title.ja) == "市民公開講座のご案内"


def test_tagged_first_line_title_near_miss():
    """Near miss (passes on the base too): a notice's first line set after its tag (``【重要】…のお知らせ``) over a run
    of tagged fields stays its title (its tag ``【重要】`` front since notice85: a kind's label opening the line)."""
    assert _text(_talk("near_tagged_title.txt").title.ja) == "システム停止のお知らせ"
