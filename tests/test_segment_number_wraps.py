"""A number Japanese text broke at a line's end is one number again (trial 33: ``…整え、２０３`` / ``０年までに…`` came out
``203 0年``): Japanese sets a line to its last character, inside a number too."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

WIDTH = 30
BEFORE = ("本市は市民ボランティアによる管理体制を整え、屋上緑化の面積を広げてきた。今後は維持管理の担い手を確保し、計画的に"
          "点検を進める。あわせて補助制度を見直し、")
AFTER = "年までに屋上緑化面積を５０ヘクタールに拡大し、地域の学校や企業とも連携して緑の拠点を各地区に広げていく。"


def _lines(number: str) -> list[str]:
    """A paragraph hard-wrapped at :data:`WIDTH` characters whose line break falls inside ``number``."""
    head = BEFORE[:2 * WIDTH - 3] + number[:3]  # two full lines, the second ending inside the number
    tail = number[3:] + AFTER
    return [head[:WIDTH], head[WIDTH:], *[tail[k:k + WIDTH] for k in range(0, len(tail), WIDTH)]]


def _paragraphs(number: str) -> list[str]:
    text = "\n".join(["屋上緑化の報告", "1 はじめに", *_lines(number), "2 おわりに", "以上である。"]) + "\n"
    (talk,) = run_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_a_year_broken_at_a_japanese_wrap_is_one_number():
    paragraphs = _paragraphs("２０３０")
    assert any("2030年までに" in p for p in paragraphs), paragraphs


# A paragraph whose wrap falls inside a year on a line that stops short of the measure (trial 34: ``…段階的に観光を
# 再開し、２０２`` at 56 of 86 columns over ``５年には…``): the digits still go on into the next line.
SHORT = ["本町は海辺の遊歩道と温泉を観光資源として、四季を通じて多くの来訪者を迎えてきた。台風による",
         "被害の後は、安全が確認された区域から段階的に遊歩道を再開し、２０２",
         "５年には海岸の散策路と地域の食文化を組み合わせた新しい周遊コースを整えた。今後は近隣の",
         "自治体とも連携し、通年で楽しめる観光地づくりを進めていく。"]


def _short_paragraphs(lines: list[str]) -> list[str]:
    text = "\n".join(["海辺の町の観光", "1 取組", *lines, "2 おわりに", "以上である。"]) + "\n"
    (talk,) = run_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_a_year_broken_on_a_short_line_of_running_text_is_one_number():
    paragraphs = _short_paragraphs(SHORT)
    assert any("再開し、2025年には" in p for p in paragraphs), paragraphs


def test_a_short_line_ending_in_a_number_before_a_list_item_stays_apart():
    # a numbered item under it is no number's second half (``2. …`` opens an item)
    lines = ["本町の観光の取組は次のとおりである。台風による被害の後の計画は、令和6年度に定めた計画1",
             "2．海岸の散策路の整備を進める。", "3．地域の食文化を生かす。"]
    paragraphs = _short_paragraphs(lines)
    assert not any("計画12" in p for p in paragraphs), paragraphs


# Review of 14759ac: the Latin-word rules of the Japanese join put a space inside a broken number. A text dump's
# ``…午前9:`` / ``30から`` became ``9: 30`` (a colon before a Latin word read as a phrase's break; a ratio's ``1:`` / ``120`` too), and a PDF's
# ``…西暦203`` / ``0年までに`` became ``203 0年`` (a Latin break keeps its space).
TIME = ["港町市では観光客の受け入れ体制を整えるため、昨年度に観光案内所を改修した。",
        "その結果、案内所の来訪者数は前年よりも大きく伸びて、その合計では約12,",
        "000人を超えた。さらに市は利用者の便を図るため、案内所の開館時間を午前9:",
        "30からに改めて、案内の窓口も増やした。市は今後も受け入れを続けていき、",
        "観光の振興に努める方針である。"]
RATIO = ["港町市では観光客の受け入れ体制を整えるため、昨年度に観光案内所を改修した。",
         "その結果、案内所を訪れた人の数は前年よりも大きく伸び、宿泊と日帰りの比は1:",
         "120となった。さらに市は利用者の便を図るため、案内の窓口も増やしていった。",
         "観光の振興に努める方針である。"]


@pytest.mark.parametrize("lines, joined", [(TIME, "午前9:30から"), (RATIO, "比は1:120となった")], ids=["time", "ratio"])
def test_digits_broken_at_a_colon_take_no_space(lines, joined):
    paragraphs = _short_paragraphs(lines)
    assert any(joined in p for p in paragraphs), paragraphs


def test_a_pdf_number_broken_at_a_japanese_wrap_takes_no_space():
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from tests.pdfmaker import JA, drawn_pdf

    lines = ["本市は市民ボランティアによる管理体制を整え、屋上緑化の面積を広げてきた。今後は維持管理の担い手を確",
             "保し、計画的に点検を進める。あわせて補助制度を見直し、地域の学校とも連携を一層深めて、西暦203",
             "0年までに屋上緑化面積を50ヘクタールに拡大し、地域の学校や企業とも連携して緑の拠点を各地区に広",
             "げていく。なお、見学は予約制とする。"]
    runs = [(JA, 10.0, 56.7, 760.0 - 12.0 * k, line) for k, line in enumerate(lines)]
    doc = segment(clean(extract(drawn_pdf([runs]), name="made-up.pdf")))
    paragraphs = [p.text for talk in doc.talks for p in [*talk.front, *(p for s in talk.sections for p in s.paragraphs)]]
    assert any("西暦2030年までに" in p for p in paragraphs), paragraphs
