"""A number that counts or measures heads nothing, and a withheld phone number's hyphen is normalised with its digits
(fresh-user trial 61: a table's row ``20-100 / day  10%  24%`` had become section 20.100 and split its table in three;
``☎０２７８－６２－○○○○`` had kept its second hyphen full width).
"""

from pathlib import Path

import pytest

from pipeline.clean.width import normalise_width
from pipeline.model import Text
from pipeline.numbering import explicit_number
from reliability import accounting


@pytest.mark.parametrize("line", ["20-100 / day\t10%\t24%", "5-10 % of the cases", "3 × 4 grid", "12 = 3 × 4",
                                  "2.5 / 10 points", "10 < x"])
def test_a_quantity_is_no_heading_number(line: str) -> None:
    assert explicit_number(line) is None


@pytest.mark.parametrize("line, label", [("2-1 Data sources", (2, 1, 0)), ("3.2 Results / 結果", (3, 2, 0)),
                                         ("1. はじめに", (1, 0, 0)), ("§ 4 Scope", (4, 0, 0))])
def test_a_heading_number_is_still_read(line: str, label: tuple[int, int, int]) -> None:
    assert explicit_number(line).label == label


def test_table_with_a_range_row_stays_one_table(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(
        "Counting Cyclists at Rural Junctions\n\nAmy Hart\nUniversity of Leeds\n\n1 Introduction\n\n"
        "Cycle counts at rural junctions are rare, and most councils rely on a\nsingle day of counting each year.\n\n"
        "2 Results\n\nTable 1. Error by junction size\n  Size           Model   Survey\n  < 50 / day     12%     31%\n"
        "  50-200 / day   9%      22%\n  > 200 / day    7%      18%\n\n3 Conclusion\n\n"
        "Automatic counters can replace most single-day counts at these sites.\n", encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    sections = talks[0]["paper"]["sections"]
    assert [s["number"] for s in sections] == ["1", "2", "3"]
    tables = [p["rows"] for p in sections[1]["paragraphs"] if p.get("kind") == "table"]
    assert len(tables) == 1 and len(tables[0]) == 4  # the header row and the three rows, the range's among them


def test_hyphen_beside_withheld_digits_becomes_ascii() -> None:
    fixed = normalise_width(Text.from_raw("問合せ　☎０２７８－６２－○○○○、ＦＡＸ　０２７８－６２－××××", 1)).text.text
    assert fixed == "問合せ　☎0278-62-○○○○、FAX　0278-62-××××"
