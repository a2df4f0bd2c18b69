"""A Japanese assembly's committee minutes (issue 16, trial 35): a record that numbers its fields as a notice numbers
its items (``１　日　時　　…`` … ``６　付議事件　　…``) gave six sections, every speech under the last; its heading,
its kind glued to the committee's name (``…常任委員会会議録``), was read as a post before a name and went to ``front``;
without the numbers, ``欠席委員　　なし`` and ``説明のため出席した者　　…`` became the speaker, and a note of what the
floor said (``〔「異議なし」と呼ぶ者あり〕``) a section over the last speeches. Made-up text, not trial 35's."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

TITLE = "令和7年第1回　若葉市議会　建設常任委員会会議録"
FIELDS = ("日　時　　令和7年3月4日（火）午後1時30分開会", "場　所　　若葉市役所　第1委員会室",
          "出席委員　　佐藤健一委員長　高橋美和副委員長　伊藤修委員　渡辺聡委員",
          "欠席委員　　なし", "説明のため出席した者　　建設部長　松本浩二　道路課長　井上直樹",
          "付議事件　　市道の舗装補修計画について")
TURNS = """\
○委員長（佐藤健一君）　ただいまから建設常任委員会を開会いたします。
　本日の付議事件は、市道の舗装補修計画についてであります。
○道路課長（井上直樹君）　御説明いたします。令和6年度に実施した路面性状調査の結果、
補修が必要と判定された区間は延長で約18キロメートルでありました。このうち交通量の多い
幹線道路から優先して、5か年で補修を進める計画としております。
○伊藤委員　生活道路の補修はいつ頃になる見込みでしょうか。
○道路課長（井上直樹君）　生活道路につきましては、3年目以降に順次着手する予定でござい
ます。
○委員長（佐藤健一君）　ほかに質疑はありませんか。
　〔「異議なし」と呼ぶ者あり〕
○委員長（佐藤健一君）　質疑なしと認めます。以上で本日の案件は終了いたしました。
　　　　　午後2時15分閉会
"""
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _record(numbered: bool) -> str:
    fields = [f"{i}　{f}".translate(FULLWIDTH) if numbered else f for i, f in enumerate(FIELDS, 1)]
    return TITLE + "\n\n" + "\n".join(fields) + "\n\n" + TURNS


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered-fields", "fields"])
def test_committee_minutes_keep_fields_in_front_and_speeches_in_the_body(numbered):
    (talk,) = run_text(_record(numbered)).talks
    assert talk.title.ja.text == TITLE  # the record's kind glued to the committee's name is its heading, no post
    assert talk.speaker is None or talk.speaker.text is None  # no field is a speaker line
    front = [t.text for t in talk.front]
    assert len(front) == len(FIELDS) and front[3].endswith("欠席委員\u3000\u3000なし")
    (body,) = talk.sections  # the fields are no sections, the floor's note heads none
    assert (body.number, body.title.text) == (None, "")
    paragraphs = [p.text for p in body.paragraphs]
    assert paragraphs[0].startswith("○委員長（佐藤健一君）") and "〔「異議なし」と呼ぶ者あり〕" in paragraphs
    assert paragraphs[-1].endswith("午後2時15分閉会")
