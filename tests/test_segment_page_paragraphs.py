"""Issue 16 point 4: page furniture and paragraphs, on made-up documents shaped like the trial-19 inputs.

A full line ending in 。 inside a block whose document never starts a paragraph flush after another's end
(t3_ja_proceedings, t5_ja_municipal: one paragraph a section); list lines that never join; running heads and
feet that vary only by their folio or a date.
"""

from __future__ import annotations

from tests.segment_inputs import furniture, run_text


def _wrapped(text: str, n: int = 36) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def _body(doc) -> list[str]:
    return [p.text for s in doc.talks[0].sections for p in s.paragraphs]


SECTION_1 = ("港町市は県の北部に位置し、古くから海運と漁業で栄えてきた港のまちである。市では、対岸の都市と友好都市の提携を"
             "結び、長年にわたり様々な交流を続けてきた。本日は、その取り組みを紹介したい。")
SECTION_2 = ("友好都市の提携を結んで以来、青少年の相互訪問や文化団体の交流を毎年続けてきた。特に、秋の港まつりには市民の"
             "訪問団を派遣している。")
SECTION_3 = "観光客を呼び込むには、多言語による情報の発信が欠かせない。今後は、交流の成果を観光の振興にも生かしていきたい。"


def _paper(sections: list[str]) -> str:
    head = "港町市の国際交流と観光振興\n港町市観光振興部長　山田 太郎\n\n"
    titles = ["はじめに", "友好都市との交流", "今後の課題"]
    return head + "\n".join(f"{k}. {title}\n" + "\n".join(_wrapped(body)) + "\n"
                            for k, (title, body) in enumerate(zip(titles, sections), 1))


def test_a_full_line_ending_a_sentence_goes_on_where_each_section_holds_one_paragraph() -> None:
    # the first line of section 1 fills the measure (36 characters) and ends in 。: a wrap fell there
    assert _wrapped(SECTION_1)[0].endswith("。") and len(_wrapped(SECTION_1)[0]) == 36
    assert _body(run_text(_paper([SECTION_1, SECTION_2, SECTION_3]))) == [SECTION_1, SECTION_2, SECTION_3]


def test_a_full_line_ending_a_sentence_ends_its_paragraph_where_paragraphs_start_flush() -> None:
    # section 2 shows a paragraph ending short with the next starting flush under it: the document marks its
    # paragraphs by their short last lines alone, so a full line's 。 may end one too, and does
    flush = "\n".join(_wrapped(SECTION_2)) + "\n今後も交流を続ける。"
    body = _body(run_text(_paper([SECTION_1, "", SECTION_3]).replace("2. 友好都市との交流\n", "2. 友好都市との交流\n" + flush)))
    assert "今後も交流を続ける。" in body
    assert _wrapped(SECTION_1)[0] in body


NOTICE = """\
さくら台だより　第48号

■ 秋の防災訓練を行います
日時　10月19日（日）午前9時～正午
場所　さくら台小学校の校庭と体育館
内容　避難所の開設訓練、消火器の使い方、非常食の試食、心肺蘇生の体験など
参加の申し込みは要りません。動きやすい服装でお越しください。

■ 自治会からのお願い
・集積所のごみは、収集日の朝8時までに、決められた袋に入れて出してください
・粗大ごみは事前に申し込み、指定された日に、指定された場所へ出してください
・資源ごみの回収は第2・第4水曜日です。
"""


def test_a_notices_fields_and_a_lists_items_never_join() -> None:
    body = _body(run_text(NOTICE))
    assert "内容　避難所の開設訓練、消火器の使い方、非常食の試食、心肺蘇生の体験など" in body
    assert "参加の申し込みは要りません。動きやすい服装でお越しください。" in body
    # each item fills the measure and ends on no full stop: still the next item opens a line of its own
    assert "・集積所のごみは、収集日の朝8時までに、決められた袋に入れて出してください" in body
    assert "・粗大ごみは事前に申し込み、指定された日に、指定された場所へ出してください" in body
