"""``(1)``, ``(2)`` … that open a numbered section, each over its own text, are its subsections (issue 16 point 2;
trials 26, 27 and 30 expected them so); a section whose own text comes first keeps them as that text's items (the
sample's Kitakyushu keeps its 14 sections: ``…次のとおりである。`` / ``（１）人材育成分野`` / …), and so do items
listed one right under the other. Made-up documents."""

from __future__ import annotations

from segment_inputs import run_text

PROSE = "港町では古くから海を越えた交流が続いてきた。近年は若い世代の参加が増えている。"
HEAD = "港町の国際交流\n\n山田　太郎\n\n1. 交流の歴史\n" + PROSE + "\n\n"
TAIL = "3. 今後の課題\n" + PROSE + "\n"


def _sections(text: str) -> list[tuple[str | None, int, str]]:
    [talk] = run_text(text).talks
    return [(s.number, s.level, s.title.text) for s in talk.sections]


def test_bracketed_numbers_opening_a_section_are_its_subsections():
    text = HEAD + "2. 現在の取り組み\n(1) 学生の派遣\n" + PROSE + "\n(2) 市民の訪問団\n" + PROSE + "\n\n" + TAIL
    assert _sections(text) == [("1", 1, "交流の歴史"), ("2", 1, "現在の取り組み"), ("2.1", 2, "学生の派遣"),
                               ("2.2", 2, "市民の訪問団"), ("3", 1, "今後の課題")]


def test_full_width_brackets_under_a_subsection_are_a_third_level():
    text = (HEAD + "2. 方法\n2.1 調査の方法\n（１）調査の概要\n" + PROSE + "\n（２）調査項目\n" + PROSE + "\n2.2 調査の結果\n"
            + PROSE + "\n\n" + TAIL)
    assert _sections(text)[2:6] == [("2.1", 2, "調査の方法"), ("2.1.1", 3, "調査の概要"), ("2.1.2", 3, "調査項目"),
                                    ("2.2", 2, "調査の結果")]


def test_items_after_the_sections_own_text_stay_its_paragraphs():
    text = (HEAD + "2. 現在の取り組み\n主な事業は次のとおりである。\n（１）学生の派遣\n" + PROSE + "\n（２）市民の訪問団\n"
            + PROSE + "\n\n" + TAIL)
    assert [n for n, _, _ in _sections(text)] == ["1", "2", "3"]


def test_items_listed_one_under_the_other_stay_a_list():
    text = HEAD + "2. 現在の取り組み\n(1) 学生の派遣\n(2) 市民の訪問団\n" + PROSE + "\n\n" + TAIL
    assert [n for n, _, _ in _sections(text)] == ["1", "2", "3"]


def test_items_written_as_sentences_stay_paragraphs():
    text = HEAD + "2. 現在の取り組み\n(1) 学生を派遣した。\n" + PROSE + "\n(2) 市民が訪れた。\n" + PROSE + "\n\n" + TAIL
    assert [n for n, _, _ in _sections(text)] == ["1", "2", "3"]


def test_equation_numbers_alone_on_their_lines_head_nothing():
    text = HEAD + "2. 現在の取り組み\n(1)\n" + PROSE + "\n(2)\n" + PROSE + "\n\n" + TAIL
    assert [n for n, _, _ in _sections(text)] == ["1", "2", "3"]


def test_items_whose_text_is_a_value_stay_a_list_of_fields():
    """Review of 2 December: a notice's ``(1) 電話`` / ``012-345-6789`` / ``(2) ファクス`` / ``012-345-6780`` under
    ``1. 申込方法`` became subsections 1.1 and 1.2 over their numbers; a value is no paragraph."""
    text = ("講座受講者募集のお知らせ\n\n港町市では、市民向けの国際理解講座の受講者を募集します。\n\n1. 申込方法\n(1) 電話\n"
            "012-345-6789\n(2) ファクス\n012-345-6780\n2. 締切\n令和7年2月28日（金）必着\n")
    assert [n for n, _, _ in _sections(text)] == ["1", "2"]
