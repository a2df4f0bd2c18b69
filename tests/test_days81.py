"""Issue 19 (helper days81): dates, units and Latin letters inside Japanese.

- A date after an earlier one in a range or list (``12月29日（火）～1月3日（日）``) is that date's year, or the next
  where its month comes earlier: fresh-user trial 80e's 公民館だより checked ``1月3日（日）`` against 2026 (a Saturday
  then), so the range over the year end belied the text's year (:func:`pipeline.restore.evidence.weekday.
  rolled_dates`).
- A fiscal year (``令和７年度``) beside the text's one calendar year places a date too (trial 80a's council bulletin:
  ``７月２日（�）`` in a 令和７年８月１日 issue that names 令和７年度: 水); a fiscal year that places the date in another
  year than the calendar year keeps it open.

Inputs (truth written before any run) in tests/data/days81/, kept as regression inputs in /work/regress/in_days81/.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.restore.evidence import weekday
from tests.restore_verdicts import repair_after

DATA = Path(__file__).parent / "data" / "days81"
G = "\ufffd"


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _rows(r: dict) -> str:
    return " ".join(e["detail"] for e in r["evidence"])


def test_range_over_the_year_end_checks_its_january_in_the_next_year():
    # 1月3日（日） after 12月29日 is 2027-01-03 (a Sunday): the text's intact days agree with 2026, 12月29日 is a Tuesday
    r = repair_after(_text("nenmatsu.txt"), "12月29日（")
    assert r["restored"] == "火" and r["status"] == "restored"


def test_lost_day_of_the_ranges_january_is_the_next_years():
    r = repair_after(_text("nenmatsu.txt"), "1月4日（")
    assert r["restored"] == "月" and "2027-01-04" in _rows(r)


def test_trial80e_kominkan_still_open_for_its_misprinted_october_only():
    # the truth's erratum: 10月19日（日） is no Sunday in 2026 (the input contradicts itself); 1月3日（日） is right in 2027
    text = Path("/work/regress/in_trial80e/kominkan.txt")
    body = text.read_text(encoding="utf-8") if text.exists() else (
        "令和8年11月1日発行\n10月19日（日）、文化祭を開催しました。\n申込みは11月20日（" + G + "）から\n"
        "・年末年始休館日：12月29日（火）～1月3日（日）\n")
    r = repair_after(body, "11月20日（")
    assert r["restored"] is None
    assert "10月19日（日）" in _rows(r) and "1月3日（日）" not in _rows(r)


def test_rolled_dates_reads_ranges_and_lists_on_one_line_only():
    assert [(v.anchor_month, v.roll) for v in weekday.rolled_dates("12月29日（火）～1月3日（日）").values()] == [(12, 1)]
    assert [v.roll for v in weekday.rolled_dates("12月28日、12月30日、1月4日と1月6日").values()] == [0, 1, 1]
    assert weekday.rolled_dates("12月13日（日）\n1月10日（日）") == {}
    assert weekday.rolled_dates("12月13日（日）に開催。1月10日（日）") == {}  # a sentence between: no list


def test_trial80a_council_bulletin_year_from_calendar_and_fiscal_year_agreeing():
    # 令和７年８月１日発行 and 令和７年度 both place July in 2025 (2026's July is fiscal 2026's, never named)
    r = repair_after(Path("/work/regress/in_trial80a/gikai.txt").read_text(encoding="utf-8") if Path(
        "/work/regress/in_trial80a/gikai.txt").exists() else (
        "第178号　令和７年８月１日発行\n６月定例会は、６月10日から７月２日（" + G + "）までの会期で開かれました。\n"
        "令和７年度みなみ野市一般会計補正予算（第２号）\n"), "７月２日（")
    assert r["restored"] == "水" and "2025-07-02" in _rows(r)


def test_fiscal_year_agreeing_with_the_calendar_year_settles_a_date_before_the_issue_day():
    r = repair_after(_text("kaihou.txt"), "8月20日（")
    assert r["restored"] == "水"


def test_fiscal_year_of_another_calendar_year_stays_open():
    # near miss (passes on base too): 令和8年度's July is 2026's, the issue's year 2025: which one the text means is open
    r = repair_after(_text("kaihou_b.txt"), "7月5日（")
    assert r["restored"] is None and "2026年度" in _rows(r)
