"""A programme's organiser names each lecture's city (issue 16, helper prog59): the lectures other than the one whose
``front`` holds the organiser's line take the name as a copy (``city_map`` ``[[0, 0, n]]``), never a second view of
the line's characters, so every raw character still stands in exactly one talk JSON."""

from pathlib import Path

from reliability import accounting


PROGRAMME = """港南市民講座

第1部 10:00～11:00
「港の歴史をたどる」
講師：森川 健二 氏（港南大学 教授）

第2部 11:10～12:10
「干潟の生きもの」
講師：大川 由美 氏（みなと水族館 館長）

主催：港南市
"""


def test_each_raw_character_stands_in_one_talk_json(tmp_path: Path) -> None:
    path = tmp_path / "programme.txt"
    path.write_text(PROGRAMME, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    talks.sort(key=lambda t: t["source"]["first_line"])
    assert [t["title"]["ja"] for t in talks] == ["港の歴史をたどる", "干潟の生きもの"]
    assert [t["city"]["ja"] for t in talks] == ["港南市", "港南市"]
    # the second (last) talk holds the organiser's line in its front: a view into it; the first a copy
    assert [t["city_map"]["ja"] for t in talks] == [[[0, 0, 3]], [[11, 3, 3]]]
