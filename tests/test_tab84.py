"""Tables laid out by white space in Japanese business documents (issue 16, helper tab84): a 決算短信's rows of labels
and `△` figures under a header over two lines (the unit's line and the periods), a school's monthly menu whose cells
single ideographic spaces part, and a table's header row printed again atop later pages.

Inputs: made-up documents in ``tests/data/tab84/`` (their expected readings, written before any run, in
``/work/regress/in_tab84/*.truth.md``).
"""

from pathlib import Path

from segmenting import furniture_of, only_talk_of, talk_tables, talk_texts

DATA = Path(__file__).parent / "data" / "tab84"


def test_earnings_summary_header_over_two_lines_heads_its_table():
    talk, _ = only_talk_of(DATA / "ja_kessan.txt")
    first, second = talk_tables(talk)
    assert first == [("（百万円）", "2026年3月期", "2025年3月期", "増減率（％）"), ("売上高", "12,345", "11,890", "3.8"),
                     ("営業利益", "△1,234", "567", "△317.6"), ("経常利益", "△1,010", "602", "△267.8"),
                     ("当期純利益", "△845", "410", "△306.1")]
    assert second[0] == ("（百万円）", "2026年3月期", "2025年3月期")
    assert [r[0] for r in second[1:]] == ["総資産", "純資産", "自己資本比率"]
    texts = talk_texts(talk)
    assert "（注）自己資本比率は、自己資本を総資産で除して算出しています。" in texts
    assert "（百万円）" not in texts


def test_earnings_summary_pages_keep_three_headed_tables_and_their_page_head_apart():
    talk, ledger = only_talk_of(DATA / "ja_kessan_pages.txt")
    tables = talk_tables(talk)
    assert [t[0] for t in tables] == [("（百万円）", "当第3四半期", "前第3四半期", "増減率（％）")] * 2 \
        + [("（円）", "第2四半期末", "期末", "年間")]
    assert [r[0] for r in tables[2][1:]] == ["2024年3月期", "2025年3月期", "2026年3月期"]
    assert tables[0][2] == ("営業利益", "△432", "215", "－")
    head = "みなと精工株式会社（9999）\u30002026年3月期\u3000第3四半期決算短信"
    assert [text for _, text in furniture_of(ledger)].count(head) == 2
    assert not any("決算短信" in c for t in tables for row in t for c in row)


def test_monthly_menu_rows_parted_by_single_ideographic_spaces_are_one_headed_table():
    talk, _ = only_talk_of(DATA / "ja_kondate.txt")
    [menu] = talk_tables(talk)
    assert menu[0] == ("日", "曜", "主食", "飲み物", "おかず", "エネルギー(kcal)")
    assert menu[-1] == ("8日", "木", "ごはん", "ぎゅうにゅう", "ぶり大根", "620")
    assert len(menu) == 7 and all(len(row) == 6 for row in menu)
    assert talk.title.ja is None or "主食" not in talk.title.ja.text
    assert not talk.contents


def test_header_row_repeated_atop_later_pages_keeps_its_first_copy():
    talk, ledger = only_talk_of(DATA / "ja_header_repeat.txt")
    [table] = talk_tables(talk)
    assert table[0] == ("日付", "行事", "場所")
    assert [r[0] for r in table[1:]][:2] == ["2026年4月1日", "2026年4月8日"] and len(table) == 16
    assert [text for _, text in furniture_of(ledger)].count("日付\t") == 2
    assert not any(s.title is not None and s.title.text.startswith("2026年") for s in talk.sections)


def test_english_header_row_repeated_keeps_its_first_copy():
    """Its first copy of the header row is kept (a deck of three short pages on the base; no deck since deck84: its
    table runs on over the page breaks)."""
    doc = __import__("segmenting").segment_file(DATA / "en_header_repeat.txt")
    [talk] = doc.talks
    lines = [t.text for s in talk.slides for t in s.lines] + talk_texts(talk)
    assert lines.count("Date\tEvent\tPlace") == 1
    assert [text for _, text in furniture_of(doc.ledger)].count("Date\t") == 2


def test_two_column_form_reads_as_before():
    """Near miss (passes on the base too): a form's label and value, two pieces a line, stay as they read."""
    talk, _ = only_talk_of(DATA / "ja_nearmiss_form.txt")
    assert talk_tables(talk) == [[("氏名", "山田太郎"), ("住所", "みなと市中央町一丁目2番3号"), ("電話", "012-345-6789")]]


def test_poem_and_indented_prose_are_no_table():
    """Near miss (passes on the base too): a poem's lines parted by ideographic spaces and prose indented by them."""
    poem, _ = only_talk_of(DATA / "ja_nearmiss_poem.txt")
    prose, _ = only_talk_of(DATA / "ja_nearmiss_prose.txt")
    assert talk_tables(poem) == [] and talk_tables(prose) == []
    assert "山の\u3000はたけに" in talk_texts(poem)
    assert "当日は午前八時に公民館前へお集まりください。" in talk_texts(prose)


def test_earnings_summary_two_years_under_a_units_line_stay_two_rows():
    """The real 決算短信 shape: two years' rows under the items' line and the units' line; the rows had been glued
    into one paragraph and the note and the prose after them read as footnotes."""
    talk, _ = only_talk_of(DATA / "ja_kessan_wide.txt")
    assert talk_tables(talk) == [[("2026年3月期", "12,345", "3.8", "△1,234", "－", "△1,010", "－"),
                                  ("2025年3月期", "11,890", "2.1", "567", "△12.3", "602", "△10.5")]]
    assert "百万円\t％\t百万円\t％\t百万円\t％" in talk_texts(talk)
    assert "当期の業績は、新工場の立ち上げ費用が先行したことにより、営業損失となりました。" in talk_texts(talk)
