"""A table whose rows the extractor set one blank line apart (a PDF's wide line pitch, trial 48): its cells stay
parted, not glued by the spacing rule (``産業部門412``). ``pipeline/clean/tables.py``, :data:`ROW_STEPS`."""

from pipeline.clean import clean
from pipeline.extract import extract


def cleaned_lines(text: str) -> list[str]:
    return [line.text for line in clean(extract(text.encode(), name="raw/t.txt")).lines]


def test_rows_one_blank_line_apart_are_a_table():
    rows = "地区        令和2年   令和5年\n\n北地区      1,204     1,150\n\n南地区      860       902\n"
    assert cleaned_lines(rows) == ["地区\t令和2年\t令和5年", "北地区\t1,204\t1,150", "南地区\t860\t902"]


def test_paragraphs_one_blank_line_apart_stay_prose():
    text = "本市の人口は 12 万人である。\n\n北地区の世帯は 1,204 世帯である。\n\n南地区の世帯は 860 世帯である。\n"
    assert not any("\t" in line for line in cleaned_lines(text))


def test_a_table_keeps_one_step():
    # two rows right under each other, then one after a blank line: no common step, no table by the step
    rows = "地区 令和2年 令和5年\n北地区 1,204 1,150\n\n南地区 860 902\n"
    assert not any("\t" in line for line in cleaned_lines(rows))
