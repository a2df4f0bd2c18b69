"""A numbered reference list under its heading is one paragraph per entry, whatever the heading's frame or number and
the entries' marks (issue 16: a Japanese report's ``[1] 著者, 題名, 誌名 (2020).`` entries ran into one paragraph)."""

import pytest

from tests.segment_inputs import run_text

BODY = """気候観測網の運用報告

1. はじめに
本報告では山間部に設置した観測網の運用結果をまとめる。観測は二年
間にわたって行われ、欠測はほとんどなかった。観測値は既往の研究と
概ね一致した。今後は観測点を増やし、より詳細な解析を行う予定であ
る。

{heading}
{m1}山田太郎, 山岳気象の観測と解析, 気象研究誌 (2019).
{m2}佐藤花子, 積雪と気温の関係, 雪氷学会誌 (2020).
{m3}鈴木次郎, 観測網の設計論, 観測技術報告 (2021).
"""

MARKS = [("[1] ", "[2] ", "[3] "), ("[1]", "[2]", "[3]"), ("［1］", "［2］", "［3］"), ("1. ", "2. ", "3. "),
         ("1) ", "2) ", "3) ")]


@pytest.mark.parametrize("heading", ["参考文献", "【参考文献】", "5. 参考文献", "References"])
@pytest.mark.parametrize("marks", MARKS)
def test_each_reference_entry_is_a_paragraph(heading, marks):
    text = BODY.format(heading=heading, m1=marks[0], m2=marks[1], m3=marks[2])
    (talk,) = run_text(text).talks
    last = talk.sections[-1]
    title = heading.removeprefix("5. ")
    assert last.title.text == title and last.number == ("5" if heading.startswith("5.") else None)
    assert [p.text for p in last.paragraphs] == [line for line in text.splitlines()[-3:]]
    # the entries are no sections of their own, nor table rows
    assert sum(s.title.text == title for s in talk.sections) == 1 and len(talk.sections) == 2
