"""Session 75 (mine): an identifier between two fields keeps its spaces; a student's number on a cover's speaker line."""

from __future__ import annotations

import pytest

from pipeline.clean.spacing import remove_cjk_ascii_spaces
from pipeline.model import Text
from pipeline.segment.front import split_speaker


@pytest.mark.parametrize("line", [
    "〇〇△△研究室 209912345 春日太郎",
    "知識情報・図書館学類 201911111 筑波 花子",
    "会員番号の欄に 00123456 山田 と書く",
])
def test_identifier_keeps_its_spaces(line):
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == line


@pytest.mark.parametrize(("line", "closed"), [
    ("人口 150000 人が住む", "人口150000人が住む"),  # a quantity: the number counts the word after it
    ("本市は 2024 年度に", "本市は2024年度に"),  # four digits: a year
    ("約 12345 件の", "約12345件の"),
])
def test_quantity_still_closes(line, closed):
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == closed


@pytest.mark.parametrize(("line", "affiliation", "name"), [
    ("〇〇△△研究室 209912345 春日太郎", "〇〇△△研究室", "春日太郎"),
    ("情報学類 201911111 筑波 花子", "情報学類", "筑波 花子"),
    ("東西大学 山田 太郎", "東西大学", "山田 太郎"),
])
def test_student_number_is_no_affiliation(line, affiliation, name):
    split = split_speaker(Text.from_raw(line, 1))
    assert (split.affiliation.text, split.name.text) == (affiliation, name)


def test_number_alone_before_a_name_is_no_speaker_line():
    assert split_speaker(Text.from_raw("209912345 春日太郎", 1)).name is None


# --------------------------------------------------------------------------
# A table's header that pdfminer reads as one line (extract.linepieces._header_over)

def _table_page(header_y: float = 712.0) -> list:
    from pdfmaker import EN, text_width

    x_yes = 100 + text_width("Subject ID", EN, 10) + 8  # 8 pt apart: over half an em, within pdfminer's char_margin
    x_no = x_yes + text_width("Yes", EN, 10) + 8
    page = [(EN, 10, 100, 740, "Table 1 Answers by subject"),
            (EN, 10, 100, header_y, "Subject ID"), (EN, 10, x_yes, header_y, "Yes"), (EN, 10, x_no, header_y, "No")]
    for i, (a, b, c) in enumerate([("1", "1", "2"), ("2", "3", "4"), ("3", "5", "6"), ("Total", "9", "12")]):
        y = 700 - 12 * i
        page += [(EN, 10, 100, y, a), (EN, 10, x_yes + 4, y, b), (EN, 10, x_no + 4, y, c)]
    return page


def _lines(page) -> list[str]:
    from pdfmaker import drawn_pdf
    from pipeline.extract import extract

    return [line for line in extract(drawn_pdf([page]), name="t.pdf").lines if line.strip()]


def test_header_read_as_one_line_parts_into_the_tables_cells():
    lines = _lines(_table_page())
    assert "Subject ID\tYes\tNo" in lines and "1\t1\t2" in lines
    assert "Table 1 Answers by subject" in lines  # the caption parts nowhere


def test_a_line_far_over_the_table_is_no_header():
    lines = _lines(_table_page(header_y=760.0))  # five rows' pitch over the table: a line of its own
    assert "Subject ID Yes No" in lines


# --------------------------------------------------------------------------
# Spaces a language's syntax needs (clean.spacing.syntax_spaces)

@pytest.mark.parametrize("line", [
    "author = {姓姓, 名名 and 姓姓, 名名}",  # a BibTeX author list's separator
    "東京 to 大阪",
    "{\\fipm 土\\symbol{\"571F}}",  # a TeX control word ends at its space
    "\\gtfamily 見出し",
])
def test_syntax_spaces_stay(line):
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == line


@pytest.mark.parametrize(("line", "closed"), [
    ("本市 Kitakyushu の", "本市Kitakyushuの"),  # a content word: the typesetter's space
    ("資料 andante 図表", "資料andante図表"),  # a word that only opens like one
    ("人口 100 万", "人口100万"),
])
def test_other_spaces_still_close(line, closed):
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == closed


# --------------------------------------------------------------------------
# A nested list's items are no sections (segment.sections.nested_list_lines, listing_lines' restart)

def _sections(text: str):
    from segmenting import segment_text

    [talk] = segment_text(text).talks
    return [(s.number, s.title.text if s.title else None) for s in talk.sections]


_THESIS = """1 Introduction
Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Etiam lobortis facilisis sem.
1.1 Lists
Nullam nec mi et neque pharetra sollicitudin. Praesent imperdiet mi nec ante.
1.1.1 Example for list (enumerate)
{items}
1.2 Further examples
Donec ullamcorper, felis non sodales commodo, lectus velit ultrices augue.
"""


@pytest.mark.parametrize("items", [
    "1. First item\na) First item\ni. First item\nA. First item\nB. Second item\nii. Last item\nb) First item\n2. Second item",
    "1. Preparation of the samples\na) Washing\nb) Drying\n2. Measurement of the samples\na) Weighing\nb) Recording",
    "1. First item\n2. Second item\n3. Last item",  # a text dump's list counting from 1 again
])
def test_list_items_are_no_sections(items):
    assert _sections(_THESIS.format(items=items)) == [
        ("1", "Introduction"), ("1.1", "Lists"), ("1.1.1", "Example for list (enumerate)"), ("1.2", "Further examples")]


def test_lettered_subsections_over_text_stay():
    text = ("I. Scope\nThe study covers three districts.\nA. Aims\nWe aim to measure noise.\nB. Plan\n"
            "We measure twice a day.\nII. Results\nNoise fell by a third.\n")
    assert [n for n, _ in _sections(text)] == ["1", "1.1", "1.2", "2"]


# --------------------------------------------------------------------------
# A day of the week after a date in kanji numerals, a holiday's mark after it (restore.evidence.weekday)

@pytest.mark.parametrize(("left", "right", "day"), [
    ("令和七年九月二十三日（", "・祝）に法要", "火"),  # trial 75b
    ("二〇二五年十一月三日（", "）", "月"),
    ("2025年9月15日（", "・祝）", "月"),
    ("令和7年5月6日(", "・休)", "火"),
])
def test_calendar_reads_kanji_dates_and_holiday_marks(left, right, day):
    from pipeline.restore.evidence.weekday import calendar_day

    assert calendar_day(left, right, "", "").weekday == day


def test_no_weekday_slot_without_a_date():
    from pipeline.restore.evidence.weekday import calendar_day

    assert calendar_day("第三回（", "・祝）", "", "") is None
