"""A document an extractor set letter by letter throughout: its short lines are the same damage as its long ones
(session 51). The line rule (``remove_spaces_between_cjk_letters``) proves a line by a run of 5 letters of 2
scripts; a title of three kanji (``富 山 市``), a speaker's line of kanji only or a heading in hiragana proves
nothing alone, and stayed spaced. Where the document shows the damage on lines of its own
(``pipeline/clean/spacing.py``, :func:`close_up_letter_spaced_document`), they close up too; a word gap the writer
typed (U+3000, a double space) stays a gap. Made-up documents; the negatives are clean text that must stay as
written."""

from __future__ import annotations

import json

from pipeline import files
from pipeline.clean import clean
from pipeline.driver import run_one
from pipeline.extract import extract

IDEO = "\u3000"


def cleaned(text: str):
    return clean(extract(text.encode(), name="raw/t.txt"))


def lines_of(text: str) -> list[str]:
    return [line.text for line in cleaned(text).lines]


PAPER = "\n".join([
    "港 町 の 国 際 交 流",
    "松 山 市",
    f"佐 藤 {IDEO} 一 郎",
    "1 . は じ め に",
    "本 市 は 米 国 の 市 と 提 携 し て い る 。",
    "2 . 歴 史",
    "本 市 は J E T を 通 じ て 英 語 教 育 を 進 め た 。",
    "",
])


def test_a_paper_spaced_throughout_closes_up_its_short_lines():
    assert lines_of(PAPER) == [
        "港町の国際交流",
        "松山市",
        f"佐藤{IDEO}一郎",  # the writer's ideographic space between surname and given name stays
        "1. はじめに",
        "本市は米国の市と提携している。",
        "2. 歴史",
        "本市はJETを通じて英語教育を進めた。",
    ]


def test_every_removed_space_is_a_ledger_row():
    doc = cleaned(PAPER)
    raw = PAPER.split("\n")
    spaces_before = sum(line.count(" ") for line in raw)
    spaces_after = sum(line.text.count(" ") for line in doc.lines)
    rows = [r for r in doc.ledger if r.text == " "]
    assert len(rows) == spaces_before - spaces_after
    assert {r.reason for r in rows} == {"spacing"}
    # the lines the line rule proves keep its name; the rest name the document rule
    by_rule = {r.rule for r in rows}
    assert by_rule == {"remove_spaces_between_cjk_letters", "close_up_letter_spaced_document"}
    assert {r.line for r in rows if r.rule == "close_up_letter_spaced_document"} == {2, 3, 4, 6, 7}


def test_cleaning_the_cleaned_paper_changes_nothing():
    once = "\n".join(lines_of(PAPER)) + "\n"
    assert lines_of(once) == once.splitlines()
    assert [r for r in cleaned(once).ledger] == []


def test_a_double_space_between_single_spaced_letters_is_a_word_gap():
    text = "\n".join(["路 面 電 車 と ま ち づ く り", "佐 藤  一 郎", "本 市 は 公 共 交 通 を 整 備 し て き た 。", ""])
    assert lines_of(text) == ["路面電車とまちづくり", "佐藤 一郎", "本市は公共交通を整備してきた。"]


PROCEEDINGS = "\n".join([
    "金 沢 市",
    "歴 史 都 市 の 景 観 保 全",
    f"金 沢 市 都 市 政 策 局 長 {IDEO} 山 田 {IDEO} 花 子",
    "1 . は じ め に",
    "本 市 は 景 観 条 例 を 定 め て き た 。",
    "Kanazawa City",
    "Landscape Conservation in a Historic City",
    "",
])


def test_a_proceedings_talk_spaced_throughout_reads_its_city_title_and_speaker(tmp_path):
    src = tmp_path / "kanazawa.txt"
    src.write_text(PROCEEDINGS, encoding="utf-8")
    run_one(src, tmp_path / "out")
    folder = files.talks_dir(tmp_path / "out", files.safe_stem(src))
    (talk,) = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json") if p.name != "index.json"]
    assert talk["city"]["ja"] == "金沢市"
    assert talk["title"]["ja"] == "歴史都市の景観保全"
    assert talk["speaker"]["affiliation"] == "金沢市都市政策局長"
    assert talk["speaker"]["name"] == f"山田{IDEO}花子"  # the ideographic space the writer typed, as written
    sections = talk["paper"]["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [("1", "はじめに")]
    assert [p["text"] for p in sections[0]["paragraphs"]] == ["本市は景観条例を定めてきた。"]


# --------------------------------------------------------------------------
# Do no harm
# --------------------------------------------------------------------------

CLEAN_PROSE = [
    "本市は港町として発展してきた。",
    "近年は国際交流に力を入れている。",
    "市民の参加も年々増えている。",
]


def test_one_spaced_line_is_no_evidence_for_the_document():
    text = "\n".join(["富 山 市", *CLEAN_PROSE, "本 市 は 米 国 の 市 と 提 携 し て い る 。", ""])
    out = lines_of(text)
    assert out[0] == "富 山 市"
    assert out[-1] == "本市は米国の市と提携している。"  # the line rule, as before


def test_two_spaced_lines_in_a_document_written_together_are_no_evidence():
    text = "\n".join(["目 次", *CLEAN_PROSE, *CLEAN_PROSE,
                      "本 市 は 米 国 の 市 と 提 携 し て い る 。", "本 市 は 英 国 の 市 と も 提 携 し た 。", ""])
    assert lines_of(text)[0] == "目 次"


def test_a_table_row_and_a_kana_chart_in_clean_text_stay():
    text = "\n".join(["曜日の表", "月 火 水 木 金", "五十音の表", "あ い う え お", "か き く け こ",
                      "ア イ ウ エ オ", *CLEAN_PROSE, ""])
    assert lines_of(text) == text.splitlines()


def test_names_written_apart_stay_in_a_spaced_document():
    text = "\n".join(["路 面 電 車 と ま ち づ く り", "佐藤 一郎", f"鈴木{IDEO}花子",
                      "本 市 は 公 共 交 通 を 整 備 し て き た 。", ""])
    assert lines_of(text)[1:3] == ["佐藤 一郎", f"鈴木{IDEO}花子"]


def test_english_letterspaced_emphasis_stays():
    english = "T H A N K  Y O U"
    spaced = "\n".join(["路 面 電 車 と ま ち づ く り", english, "本 市 は 公 共 交 通 を 整 備 し て き た 。", ""])
    assert lines_of(spaced)[1] == english  # no Japanese letter: segment reads letterspaced Latin, clean leaves it
    plain = "\n".join(["Welcome to the harbour.", english, "The talk ends here.", ""])
    assert lines_of(plain) == plain.splitlines()
