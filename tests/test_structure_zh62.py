"""A Chinese document's short lines without kana are Chinese (real-PDF trial 62b: a Chinese deck's ``学生：杨敬轩``,
``导师：XX教授`` were read as Japanese, with Sudachi's tokens). A line alone cannot tell Chinese from a Japanese line
of kanji; the document it stands in can (``chardata.document_lang``). A Japanese document's kanji headings stay
Japanese."""

from pathlib import Path

from reliability import one_talk

DATA = Path(__file__).parent / "data" / "zh62"


def _langs(talk: dict) -> dict[str, str]:
    units = [*talk["paper"]["front"], *(p for s in talk["paper"]["sections"] for p in s["paragraphs"])]
    out = {p["text"]: p["lang"] for p in units}
    out.update({s["title"]: s["title_lang"] for s in talk["paper"]["sections"]})
    return out


def test_a_chinese_documents_short_lines_are_chinese(tmp_path):
    langs = _langs(one_talk(DATA / "zh_report.txt", tmp_path))
    assert langs["研究背景"] == "zh" and langs["结论"] == "zh"
    assert "zh" == langs["实验结果表明，本文提出的方法在预测精度上优于传统方法。"]


def test_a_japanese_documents_kanji_lines_stay_japanese(tmp_path):
    langs = _langs(one_talk(DATA / "ja_kanji_heads.txt", tmp_path))
    assert langs["研究背景"] == "ja" and langs["結論"] == "ja"
