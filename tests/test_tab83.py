"""Tables laid out by white space (issue 16, helper tab83): a cell's own spaces in a row read by its gutters, a row
whose last cell is a bracketed note, and page furniture between a table's two pages.

Inputs: made-up documents in ``tests/data/tab83/`` (their expected readings, written before any run, in
``/work/regress/in_tab83/*.truth.md``) and fresh-user trial 81c's tender results (``tests/data/jatab82/``).
"""

from pathlib import Path

from segmenting import furniture_of, only_talk_of, talk_tables, talk_texts

DATA = Path(__file__).parent / "data" / "tab83"
JATAB82 = Path(__file__).parent / "data" / "jatab82"


def test_tender_rows_keep_each_cell_s_own_spaces_and_the_noted_row():
    talk, _ = only_talk_of(JATAB82 / "nyusatsu_kekka.txt")
    rows = next(t for t in talk_tables(talk) if t[0][0].startswith("番号1"))
    assert rows[0] == ("番号1 参加者数 5者", "落札率 90.0%")
    assert rows[3] == ("番号4 参加者数 0者", "(入札参加者がなかったため不調とし、再度公告を予定しています。)")
    assert [r[0] for r in rows] == [f"番号{n} 参加者数 {c}者" for n, c in zip(range(1, 6), "53406")]
    assert not any("参加者数" in t and "\t" not in t for t in talk_texts(talk))


def test_made_up_results_keep_cell_spaces_one_table_of_five_rows():
    talk, _ = only_talk_of(DATA / "ja_cell_spaces.txt")
    assert talk_tables(talk) == [[("区分A 応募団体数 12団体", "採択率 41.7%"), ("区分B 応募団体数 18団体", "採択率 50.0%"),
                                  ("区分C 応募団体数 15団体", "採択率 60.0%"),
                                  ("区分D 応募団体数 10団体", "(応募が少なかったため、次回の募集と合わせて審査します。)"),
                                  ("区分E 応募団体数 19団体", "採択率 33.3%")]]


def test_running_text_spaces_still_close_up():
    """Near miss (passes on the base too): a paragraph's space beside a half-width run is the typesetter's, closed as
    before; only a dump's table cells keep theirs."""
    talk, _ = only_talk_of(DATA / "ja_cell_spaces.txt")
    assert "令和7年5月に受け付けた市民活動補助金の申請について、審査会で審査した結果を次のとおり公表します。" in talk_texts(talk)


def test_folio_and_running_head_between_a_tables_two_pages_go_to_the_ledger():
    talk, ledger = only_talk_of(DATA / "ja_table_folio.txt")
    first = talk_tables(talk)[0]
    assert first[0] == ("西暦", "和暦", "月", "できごと")
    assert [row[0] for row in first[1:]] == ["1975", "1979", "1984", "1990", "1996", "2003", "2011", "2018", "2025"]
    assert [s.title.text for s in talk.sections].count("資料") == 1
    assert "89" not in talk_texts(talk)
    furniture = [text for _, text in furniture_of(ledger)]
    assert "89" in furniture and "第3章\u3000資料" in furniture


def test_english_table_over_a_page_break_is_one_table():
    """Variant that passes on the base too: an English running head that is no chapter's label is read by
    ``breakheads.heads_beside_one_folio`` already; kept so the new rule leaves it so."""
    talk, ledger = only_talk_of(DATA / "en_table_folio.txt")
    rows = next(t for t in talk_tables(talk) if t[0][0] == "Year")
    assert [row[0] for row in rows[1:]] == ["1921", "1934", "1952", "1968", "1977", "1989", "2004", "2021"]
    assert {"15", "Appendix A — Timeline"} <= {text for _, text in furniture_of(ledger)}


def test_company_chronology_over_its_folio_and_running_head_is_one_table():
    talk, ledger = only_talk_of(JATAB82 / "shashi.txt")
    chronology = next(t for t in talk_tables(talk) if t[0][0] == "西暦")
    assert [row[0] for row in chronology][-6:] == ["1992", "1998", "2009", "2011", "2019", "2023"]
    assert [s.number for s in talk.sections].count("5") == 1
    assert {"215", "第5章\u3000資料編"} <= {text for _, text in furniture_of(ledger)}


def test_a_real_heading_after_the_folio_keeps_its_own_table():
    """Near miss (passes on the base too): a heading after the folio that restates no earlier line is a heading; the
    rows under it are a second table."""
    talk, _ = only_talk_of(DATA / "ja_table_folio_heading.txt")
    tables = talk_tables(talk)
    assert [len(t) for t in tables] == [4, 3]
    assert "主な受賞" in [s.title.text for s in talk.sections]


def test_public_comment_table_with_cells_wrapped_in_both_columns():
    talk, _ = only_talk_of(DATA / "ja_public_comment.txt")
    assert talk_tables(talk) == [[
        ("番号", "ご意見の概要", "市の考え方"),
        ("1", "バス路線の減便により、通院や買い物に不便を感じている高齢者が多い。デマンド交通の導入を検討してほしい。",
         "ご指摘のとおり、高齢者の移動手段の確保は重要な課題と考えています。令和8年度からデマンド交通の実証運行を行います。"),
        ("2", "駅前の駐輪場が不足している。", "駐輪場の増設について、駅周辺の用地を調査します。"),
        ("3", "時刻表を見やすくしてほしい。文字が小さく、乗り換えが分かりにくい。", "時刻表の文字を大きくし、路線ごとに色分けした案内を作成します。")]]


def test_person_specification_with_wrapped_cells():
    talk, _ = only_talk_of(DATA / "en_person_spec.txt")
    assert talk_tables(talk) == [[
        ("Criteria", "Essential", "Desirable"),
        ("Qualifications", "Degree in town planning or a related subject", "Chartered membership of the RTPI"),
        ("Experience", "Three years in development management", "Experience of rural planning appeals"),
        ("Skills", "Clear written reports; able to present to committee", "Welsh language")]]
    assert "Applications close on 30 June." in talk_texts(talk)


def test_minutes_fields_and_a_dialogue_are_no_table():
    """Near misses (pass on the base too): a label and its value going on under its column, no header naming the
    columns, are a minutes' fields or a dialogue's turns."""
    talk, _ = only_talk_of(DATA / "ja_minutes_fields.txt")
    assert talk_tables(talk) == []
    assert "(2) デマンド交通の実証運行について" in talk_texts(talk)
    talk, _ = only_talk_of(DATA / "en_dialogue.txt")
    assert talk_tables(talk) == []
    assert "Norm:     A little early, isn't it Woody? The train won't be in for an hour." in talk_texts(talk)


def test_header_wrapped_over_two_lines_is_one_header_row():
    talk, _ = only_talk_of(DATA / "ja_header_wrap.txt")
    assert talk_tables(talk) == [[("施設名", "利用者数(人)", "前年度比(%)", "主な利用"), ("中央公民館", "12,480", "104.2", "講座、サークル"),
                                  ("市民体育館", "38,900", "98.7", "バレーボール、卓球"), ("図書館", "51,200", "101.5", "貸出、学習室")]]
    talk, _ = only_talk_of(DATA / "en_header_wrap.txt")
    assert talk_tables(talk)[0][0] == ("Plot size", "Annual fee (pounds)", "Water charge (pounds)", "Notes")
    assert len(talk_tables(talk)[0]) == 4
