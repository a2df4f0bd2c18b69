"""Tables laid out by white space alone, the header and caption over them, fields set as label, gutter and value
(issue 16, helper jatab82).

Inputs: fresh-user trials 81a (``kondate.txt``, a school lunch menu; ``shashi.txt``, a company chronology;
``workshop.txt``, a participants list; ``shogakukin.txt``, a scholarship call) and 81c (``nyusatsu_kekka.txt``, tender
results; ``yokou.txt``, a 2-page paper with 表1), and made-up variants in ``tests/data/jatab82/`` (their expected
readings, written before any run, in ``/work/regress/in_jatab82/*.expected.md``).
"""

from pathlib import Path

from pipeline.model import Text
from segmenting import only_talk_of, talk_tables, talk_texts

DATA = Path(__file__).parent / "data" / "jatab82"


tables, texts = talk_tables, talk_texts


def test_lunch_menu_laid_out_by_spaces_is_one_table_of_six_columns():
    talk, _ = only_talk_of(DATA / "kondate.txt")
    (rows,) = tables(talk)  # one table over the page break, the page's repeated header one of its rows
    first, second = rows[:7], rows[7:]
    assert first[0] == second[0] == ("日", "曜", "こんだて名", "おもな材料", "アレルゲン", "エネルギー")
    assert all(len(row) == 6 for row in rows)
    assert [row[0] for row in rows] == ["日", "8", "9", "13", "14", "15", "16", "日", "19", "20", "21"]
    # the dishes ran up to the ingredients with one space: parted at the column the other rows start it in
    assert first[5] == ("15", "木", "ごはん　牛乳　鶏の照り焼き　けんちん汁", "米、牛乳、鶏肉、豆腐、ごぼう", "乳・大豆・鶏肉", "620")
    assert second[3][2:4] == ("ごはん　牛乳　おでん　大学いも", "米、牛乳、大根、こんにゃく、さつまいも")
    assert not any(t.startswith(("8木", "日曜")) for t in texts(talk))


def test_made_up_menu_over_a_page_break_keeps_every_cell():
    talk, _ = only_talk_of(DATA / "ja_menu_pagebreak.txt")
    rows = [row for table in tables(talk) for row in table]
    assert rows[0] == ("日", "曜", "こんだて名", "おもな材料", "エネルギー")
    assert [row[0] for row in rows[1:]] == ["2", "3", "4", "5", "6", "9", "10"]
    assert all(len(row) == 5 for row in rows)
    assert ("3", "火", "コッペパン　牛乳　クリームシチュー", "小麦粉、牛乳、鶏肉、にんじん", "631") in rows
    assert talk.title.ja is None or "\t" not in talk.title.ja.text  # the header row titles nothing


def test_chronology_rows_hold_their_events_and_a_wrapped_event_is_one_cell():
    talk, _ = only_talk_of(DATA / "shashi.txt")
    rows = [row for table in tables(talk) for row in table]
    assert rows[0] == ("西暦", "和暦", "月", "事\u3000項")
    assert rows[1] == ("1948", "昭和23年", "4月",
                       "創業者 高\ufffd作治郎、長野県諏訪郡下諏訪町に「高島精機製作所」を創業。時計部品の切削加工を始める")
    assert ("1973", "昭和48年", "11月", "第一次石油危機により受注が激減。全社で経費削減運動を展開") in rows
    assert not any(t.startswith("1948昭和") or t == "時計部品の切削加工を始める" for t in texts(talk))
    assert not any(s.number == "1.64" for s in talk.sections)  # a year's row heads nothing


def test_made_up_chronology_with_header_and_a_wrapped_event():
    talk, _ = only_talk_of(DATA / "ja_chronology_wrap.txt")
    assert tables(talk) == [[("年", "月", "できごと"), ("1962", "4月", "町立図書館として開館。蔵書は約8,000冊"),
                             ("1985", "10月", "現在地に新館を建設し移転。視聴覚室を新設あわせて移動図書館「ひばり号」の運行を開始"),
                             ("2004", "3月", "市町村合併により市立図書館となる"), ("2019", "7月", "電子書籍の貸出サービスを開始")]]


def test_tender_results_header_is_in_its_table():
    talk, _ = only_talk_of(DATA / "nyusatsu_kekka.txt")
    results = next(t for t in tables(talk) if t[0][0] == "番号")
    assert results[0] == ("番号", "工事名", "工事場所", "入札方式", "予定価格(税抜)", "落札金額(税抜)", "落札者")
    assert len(results) == 6 and results[4][5:] == ("不調", "―")


def test_header_centred_over_figures_is_in_its_table():
    talk, _ = only_talk_of(DATA / "yokou.txt")
    assert tables(talk) == [[("頻度区分", "ベースライン", "提案手法"), ("100回以上", "96.2", "96.4"),
                             ("10〜99回", "81.5", "85.7"), ("10回未満", "42.3", "58.9")]]
    talk, _ = only_talk_of(DATA / "en_caption_table.txt")
    assert tables(talk)[0][0] == ("Training set", "Baseline", "Ours", "Gain")
    assert "Table 2. Accuracy by training-set size" in texts(talk)  # the caption stays a paragraph over it


def test_participants_table_of_several_word_cells():
    talk, _ = only_talk_of(DATA / "workshop.txt")
    participants = next(t for t in tables(talk) if t[0] == ("Name", "Affiliation", "Country"))
    assert len(participants) == 8 and all(len(row) == 3 for row in participants)
    assert ("Arif Rahman", "Bangladesh University of Engineering and Technology", "Bangladesh") in participants
    talk, _ = only_talk_of(DATA / "en_participants.txt")
    rows = tables(talk)[0]
    assert ("Carlos Mendes", "Federal University of Rio Grande do Sul Foundation", "Brazil") in rows and len(rows) == 6


def test_prose_with_double_spaces_is_no_table():
    for name in ("ja_prose_double_space.txt", "en_prose_double_space.txt"):
        talk, _ = only_talk_of(DATA / name)
        assert tables(talk) == [] and not any("\t" in t for t in texts(talk)), name


def test_numbered_field_is_titled_by_its_label():
    talk, _ = only_talk_of(DATA / "shogakukin.txt")
    four = next(s for s in talk.sections if s.number == "4")
    assert four.title.text == "募集人員" and four.paragraphs[0].text == "15名"
    six = next(s for s in talk.sections if s.number == "6")
    assert six.title.text == "応募締切" and six.paragraphs[0].text.startswith("令和8年5月15日")


def test_label_value_lines_are_a_definition_table_never_headings():
    talk, _ = only_talk_of(DATA / "ja_label_value.txt")
    assert [s.title.text for s in talk.sections] == ["講座名", "募集人員", "受講料"]
    assert [row[0] for row in tables(talk)[0]] == ["会場", "日時", "持ち物", "申込先"]
    talk, _ = only_talk_of(DATA / "en_label_value.txt")
    assert [row[0] for row in tables(talk)[0]] == ["Date", "Time", "Meeting", "Bring"]


def test_caption_over_a_table_is_its_caption():
    from pipeline.structure import paragraphs, table_caption

    texts_ = [Text.from_raw(s, n) for n, s in enumerate(["表1 出現頻度別の認識率(%)", "頻度区分\tベースライン", "10回以上\t96.2",
                                                        "10回未満\t42.3"], 1)]
    out = paragraphs(texts_, [(1, 3)], mode="C", lang="ja")
    assert [p.kind for p in out] == [None, "table"] and out[1].caption == "表1 出現頻度別の認識率(%)"
    assert not table_caption("表1に,出現頻度別の認識率を示す.") and not table_caption("Table 1 summarises the scores.")
