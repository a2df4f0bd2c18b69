"""A newsletter's masthead over its columns (issue 16 point 2; helper misc55, trial 55b): the title set large at the
left beside the issue's and publisher's lines set flush right is read before both columns, never as the top of the
right column (the publisher's lines had stood after the whole left column, in its last article). Its publisher's line
(``編集・発行　北浦市 広報課``) names the city; the foot's one-line contact (``問い合わせ　広報課　電話…``) is a closing
contact, front, never the last article's paragraph.

The PDF is made up (reportlab, ``tests/pdfmaker.py``); none of it is a trial's text. Results written before the rules.
The negative: a row of column headings set 1.3 times the body over their columns stays the columns' first row.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import JA, drawn_pdf, text_width  # noqa: E402

from tests.segment_inputs import run_pdf  # noqa: E402

W = 595.28
LEFT = [("■ 公園の花壇づくり", ["北浦中央公園の花壇に植える苗を、市民の皆さん", "と一緒に選びます。参加を希望する方は、９月５", "日までに公園緑地課へ申し込んでください。"]),
        ("■ 子ども読書週間", ["市立図書館では、読書週間に合わせて読み聞かせ", "の会を開きます。どなたでも参加できます。"])]
RIGHT = [("■ 自転車の点検会", ["自転車販売店の協力で、無料の点検会を開きます。", "ブレーキとタイヤの空気を点検します。"]),
         ("■ 粗大ごみの受付", ["粗大ごみの受付時間が、１０月から午前８時半か", "ら午後５時までに変わります。"])]


def _newsletter() -> bytes:
    runs = [(JA, 24.0, 50, 780, "北浦だより")]
    for y, line in ((790, "２０２６年（令和８年）９月１日号　第４０１号"), (776, "編集・発行　北浦市 広報課")):
        runs.append((JA, 10.0, W - 50 - text_width(line, JA, 10.0), y, line))

    def column(x: float, articles) -> None:
        y = 735.0
        for head, lines in articles:
            runs.append((JA, 13.0, x, y, head))
            y -= 22
            for line in lines:
                runs.append((JA, 10.0, x, y, line))
                y -= 15
            y -= 20

    column(50, LEFT)
    column(W / 2 + 10, RIGHT)
    runs.append((JA, 10.0, 50, 45, "問い合わせ　広報課　電話０１２３－４５－６７８９"))
    return drawn_pdf([runs])


def test_a_masthead_is_read_before_the_columns_and_names_the_city():
    doc = run_pdf(_newsletter())
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    front = [t.text for t in talk.front]
    assert "2026年（令和8年）9月1日号\u3000第401号" in front
    assert "編集・発行\u3000北浦市 広報課" in front
    assert [s.title.text for s in talk.sections] == ["公園の花壇づくり", "子ども読書週間", "自転車の点検会", "粗大ごみの受付"]
    assert all("広報課" not in p.text for s in talk.sections for p in s.paragraphs)
    assert talk.city.ja is not None and talk.city.ja.text == "北浦市"


def test_the_foot_s_one_line_contact_is_front():
    talk = run_pdf(_newsletter()).talks[0]
    assert any(t.text.startswith("問い合わせ") for t in talk.front)
    assert [p.text for p in talk.sections[-1].paragraphs] == ["粗大ごみの受付時間が、10月から午前8時半から午後5時までに変わります。"]


def test_column_headings_a_little_larger_than_their_text_stay_the_columns_first_row():
    from pdfminer.layout import LTTextLineHorizontal

    from pipeline.extract.columns import horizontal_order

    def line(x0, y0, x1, height):
        obj = LTTextLineHorizontal(0.1)
        obj.set_bbox((x0, y0, x1, y0 + height))
        return obj

    heads = [line(60, 700, 200, 13), line(300, 700, 440, 13)]
    left = [line(60, 680 - 14 * k, 280, 10) for k in range(3)]
    right = [line(300, 680 - 14 * k, 520, 10) for k in range(3)]
    assert horizontal_order([*right, *heads, *left]) == [heads[0], *left, heads[1], *right]
