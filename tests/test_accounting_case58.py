"""A city printed in capitals and given in its usual case (``GREEN BAY —`` → ``Green Bay``) records each letter it
changed in a ``changed`` row (rule ``city_usual_case``, reason ``case``), so the talk JSON accounts for every raw
character (fresh-user trial 58b's accounting over 272 variant inputs: 16 capitals datelines had changed letters with no
row); a programme's time on its lecture number's line (``第2部 14:50～15:50``) reaches the talk (it had been lost)."""

from pathlib import Path

from reliability import raw_and_talks, talk_json_accounting

from pipeline.driver import run_one

STORY = """Harbour towns count their ferries

GREEN BAY — The city council voted on Tuesday to keep the ferry running through the winter months.
The vote followed a long debate about costs.
"""

FLYER = """市民公開講座のご案内

プログラム
第1部 13:40～14:40
演題：遠州灘の津波と防潮堤
講師：鈴木 一郎 氏（静岡大学 教授）

第2部 14:50～15:50
演題：地域で進める避難訓練
講師：高橋 美紀 氏（浜松市危機管理課）
"""


def _account(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_one(path, out)
    raw, talks = raw_and_talks(out, path)
    return talks, talk_json_accounting(raw, talks)


def test_a_title_cased_city_records_its_changed_letters(tmp_path):
    talks, problems = _account(tmp_path, "story.txt", STORY)
    assert problems == []
    assert talks[0]["city"]["en"] == "Green Bay"
    rows = [(r["text"], r["replacement"]) for r in talks[0]["dropped"] if r["rule"] == "city_usual_case"]
    assert rows == [("R", "r"), ("E", "e"), ("E", "e"), ("N", "n"), ("A", "a"), ("Y", "y")]


def test_a_lectures_time_on_its_number_line_is_kept(tmp_path):
    talks, problems = _account(tmp_path, "flyer.txt", FLYER)
    assert problems == []
    fronts = [[f["text"] for f in t["paper"]["front"]] for t in talks]
    assert any("14:50～15:50" in f for f in fronts) and any("13:40～14:40" in f for f in fronts)
