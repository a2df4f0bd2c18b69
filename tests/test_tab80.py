"""Helper tab80 (session 80, issue 16 point 2): headings over tables and aligned rows.

Inputs in tests/data/tab80/ (kept as regression inputs in /work/regress/in_tab80/ with the structure expected of each
in ``*.expected.md``): a festival report's 収支 table lined up with full-width spaces and a 会計報告's, a call for
papers' dates and committee, two pass lists, a choir's and an orchestra's programme notes, three show results.
"""

from __future__ import annotations

from pathlib import Path

from segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "tab80"


def _sections(name):
    talk, _ = only_talk_of(DATA / name)
    return talk, [(s.title.text, [p.text for p in s.paragraphs], s.tables) for s in talk.sections]


def _rows(section):
    """The paragraphs the section's tables hold."""
    _, paragraphs, tables = section
    return [paragraphs[i] for first, n in tables for i in range(first, first + n)]


# 1. a table's rows that leave their last cell empty stay its rows


def test_income_and_expenditure_tables_keep_rows_without_a_note():
    _, sections = _sections("a_matsuri_shushi.txt")
    [shushi] = [s for s in sections if s[0] == "収支報告"]
    _, paragraphs, tables = shushi
    assert tables == ((1, 7), (9, 9))  # each 収支 block one table, header to 合計
    assert paragraphs[4] == "出店料\t420,000" and paragraphs[17] == "合計\t3,068,340"


def test_accounts_without_header_and_two_short_rows_in_a_row():
    _, sections = _sections("b_kai_kessan.txt")
    titles = [s[0] for s in sections]
    assert "収入" in titles and "支出" in titles
    income, spending = sections[titles.index("収入")], sections[titles.index("支出")]
    assert income[2] == ((0, 5),) and spending[2] == ((0, 7),)
    assert _rows(spending)[-1] == "計\t177,450円"


# 2. a call for papers' headings over aligned rows


def test_committee_rows_with_long_affiliations_are_a_table_under_their_heading():
    _, sections = _sections("c_cfp_coastal.txt")
    titles = [s[0] for s in sections]
    # (``Contact`` and its line had been a section: the closing block since helper close82, issue 16)
    assert titles == ["Important Dates", "Submission Guidelines", "Scientific Committee"]
    committee = sections[2]
    assert _rows(committee)[0] == "Laura Mendes\tUniversity of Lisbon, Portugal" and len(_rows(committee)) == 5


def test_committee_member_lines_are_headed_by_their_phrase():
    _, sections = _sections("d_cfp_symposium.txt")
    titles = [s[0] for s in sections]
    assert titles == ["KEY DATES", "PROGRAMME COMMITTEE", "Registration Fees"]
    assert sections[1][1][0] == "Chair: Tan Siew Ling, Universiti Sains Malaysia"
    assert len(sections[0][1]) == 4  # the dates only, the committee's heading no line of them


# 3. pass lists: each list its heading over its rows as a table, all lists alike


def test_pass_lists_rows_are_tables_under_each_heading():
    _, sections = _sections("e_goukaku.txt")
    lists = [s for s in sections if s[0] in ("推薦入試", "一般入試（前期）", "社会人入試")]
    assert [len(_rows(s)) for s in lists] == [4, 5, 3]
    assert _rows(lists[-1])[0] == "3002\t西田　恵"


def test_pass_lists_last_short_list_is_a_table_too_its_names_whole():
    _, sections = _sections("l_goukaku_short_last.txt")
    assert [s[0] for s in sections] == ["機械科", "電気科", "建築科"]
    assert [len(_rows(s)) for s in sections] == [4, 3, 2]
    assert _rows(sections[0])[0] == "2104\t岡本 拓海" and _rows(sections[2]) == ["2302\t浜田 凛", "2305\t松井 湊"]


def test_pass_lists_by_grade_are_a_paper_not_a_deck():
    talk, sections = _sections("f_goukaku_kentei.txt")
    assert talk.shape == "paper"
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "1級合格者"), (None, "2級合格者"), (None, "3級合格者")]
    assert [len(_rows(s)) for s in sections] == [4, 5, 4]  # the header 受験番号/氏名 and the rows
    assert _rows(sections[0])[:2] == ["受験番号\t氏名", "102\t山田　太郎"]


# 4. a programme's parts and a show's awards head their blocks


def test_programme_parts_head_their_works():
    for name, parts in (("g_choir_notes.txt", ["Part One", "Part Two"]), ("i_concert_parts.txt", ["First Half", "Second Half"])):
        _, sections = _sections(name)
        assert [s[0] for s in sections] == parts, name
        assert sections[0][1][0].endswith(("If ye love me", "Holberg Suite, Op. 40"))


def test_show_awards_head_their_results():
    awards = ["Best in Show", "Reserve Best in Show", "Best Puppy in Show", "Best Veteran in Show"]
    talk, sections = _sections("h_dogshow.txt")
    assert [s[0] for s in sections] == awards and talk.title.en.text == "Open Show Results"
    talk, sections = _sections("k_gundog.txt")
    assert [s[0] for s in sections] == awards
    assert talk.title.en.text == "Summer Championship Show" and talk.speaker.text is None and talk.shape == "paper"
    assert sections[0][1] == ["Golden Retriever, Sh Ch Fellside Amber Glow (Mrs K. Dawson)"]


# near misses (pass on the base too)


def test_awards_already_read_stay():
    _, sections = _sections("j_agility.txt")
    assert [s[0] for s in sections][1:] == ["Large Agility Champion", "Large Agility Reserve", "Medium Agility Champion",
                                            "Small Agility Champion"]


def test_rows_of_one_table_whose_number_moves_are_no_table():
    from pipeline.clean.tables import table_separators
    from pipeline.model import Text

    rows = ["会場\u3000\u3000定員\u3000\u3000備考", "市民会館\u3000\u30001,200\u3000\u3000大", "第2会場\u3000\u3000ホール",
            "体育館\u3000\u3000300\u3000\u3000床"]
    assert table_separators([Text.from_raw(s, n) for n, s in enumerate(rows, 1)]) == {}


def test_two_phrases_sharing_a_word_are_no_series():
    from pipeline.model import LineLayout
    from pipeline.segment.layout import Layout
    from pipeline.model import Text
    from pipeline.segment.sections import block_series

    raw = ["Notes", "", "Best in Show", "Sheltie, Silver Lining", "", "Reserve Best in Show", "Whippet, Quicksilver"]
    lines = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    assert block_series(lines, Layout(tuple(LineLayout() for _ in raw), (2, 5))) == set()
