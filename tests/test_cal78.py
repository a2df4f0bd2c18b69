"""Issue 19 (helper cal78): the calendar as evidence for a date printed with its day of the week.

Fresh-user trial 77d's haiku bulletin: ``五月十\ufffd日（日）`` in a text stating 令和七年 had 三 committed (copied from
``四月十三日（日）`` two lines up) though 2025-05-13 is a Tuesday; 11 and 18 May 2025 are the Sundays. A lost numeral of
a date's month or day whose day is printed is read against the calendar (:func:`pipeline.restore.evidence.weekday.
date_fits`): a fill the calendar rules out is never committed nor offered; where exactly one fits and the year is
certain (the date's own, or the one calendar year the text states) it is committed with the calendar's row; where two
or more fit, the gap stays open with them. Dates in kanji numerals, full- and half-width figures, slashes, eras
(令和七年, 令和7年, R7) and English dates with their days (``Sunday 1\ufffd May 2025``, ``May 1\ufffd (Sun)``); a whole
English day lost before its date (``\ufffd\ufffd\ufffd 4 May``) is the calendar's too. Measured in docs/restore.md
(*Session 78, cal78*)."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import repair_after

G = "\ufffd"

KUKAI = f"""若葉句会報　第百二十号
令和七年三月

・次回句会は四月十三日（日）午後一時半から、若葉台公民館にて。
・兼題は「花冷え」「蛙」。投句締切は四月六日（日）必着。
・吟行会を五月十{G}日（日）に予定しています。行き先は次回相談します。
"""


def _texts(r: dict) -> list[str]:
    return [c["text"] for c in r["candidates"]]


def _rows(r: dict) -> str:
    return " ".join(e["detail"] for e in r["evidence"])


def test_trial77d_two_sundays_open_not_the_copied_three():
    r = repair_after(KUKAI, "五月十")
    assert r["restored"] is None and r["status"] == "ambiguous"
    assert sorted(_texts(r)) == ["一", "八"]
    assert "五月十" in _rows(r) and "日" in _rows(r) and "2025" in _rows(r)


def test_kanji_numerals_one_fit_committed():
    text = f"町内会だより　令和七年十一月号\n\n・秋の清掃活動は十一月{G}日（火）午前九時から行います。\n"
    r = repair_after(text, "十一月")
    assert r["restored"] == "四" and r["status"] == "restored"  # 2025-11-04, the one Tuesday of 1–10 Nov
    assert "2025" in _rows(r)


def test_kanji_date_with_its_own_kanji_year():
    r = repair_after(f"お知らせ\n日時　令和七年十二月{G}日(水)\n", "十二月")
    assert r["restored"] is None and sorted(_texts(r)) == ["三", "十"]  # 3 and 10 Dec 2025 are Wednesdays


def test_half_width_digits_own_year_one_fit():
    text = f"令和7年度　第2回　運営委員会のお知らせ\n\n日時　令和7年6月1{G}日（土）午後2時から\n場所　市民会館\n"
    r = repair_after(text, "6月1")
    assert r["restored"] == "4" and r["confidence"] >= 0.99


def test_full_width_digits_lost_month():
    r = repair_after(f"株主総会のご案内\n日時　令和７年{G}月26日（木曜日）午前10時\n", "令和７年")
    assert r["restored"] == "６"  # 2025-06-26 is a Thursday; no other month of 2025 has its 26th on one


def test_r_year_and_western_year():
    r = repair_after(f"説明会\nR7年5月1{G}日（日）\n", "5月1")
    assert r["restored"] is None and sorted(_texts(r)) == ["1", "8"]
    r = repair_after(f"説明会\n2025年3月{G}日（水）\n", "3月")
    assert r["restored"] == "5"


def test_english_day_digit_two_fits_open():
    text = f"Riverside Allotment Society - Spring Newsletter 2025\n\nOpen day: Sunday 2{G} April, 10am to 4pm.\n"
    r = repair_after(text, "Sunday 2")
    assert r["restored"] is None and sorted(_texts(r)) == ["0", "7"]


def test_english_day_digit_own_year_one_fit():
    r = repair_after(f"Notice\n\nThe hall closes on Saturday {G} May 2025 for repairs.\n", "Saturday ")
    assert r["restored"] == "3"


def test_english_bracketed_day():
    r = repair_after(f"Garden club 2025\n\nPlant sale May 1{G} (Tue) at noon.\n", "May 1")
    assert r["restored"] == "3"


def test_english_whole_day_lost_before_its_date():
    text = f"Riverside Allotment Society - Spring Newsletter 2025\n\nThe AGM follows on {G * 3} 4 May at the hall.\n"
    r = repair_after(text, "follows on ")
    assert r["restored"] == "Sun" and "2025-05-04" in _rows(r)


def test_no_fit_is_no_commit():
    text = f"2025年　春の講座のご案内\n\n第1回　5月3{G}日（月）\n第2回　6月7日（土）\n"
    r = repair_after(text, "5月3")
    assert r["restored"] is None and not {"0", "1"} & set(_texts(r))  # 30 and 31 May 2025 are no Mondays


# -- near misses: the calendar may not commit ------------------------------------------------------------------

def test_fiscal_year_near_miss_open():
    r = repair_after(f"令和7年度　図書館だより\n\nおはなし会　5月{G}日（火）午前10時半から\n", "5月")
    assert r["restored"] is None and "年度" in _rows(r)


def test_holiday_mark_near_miss_open():
    r = repair_after(f"令和7年　行事予定\n\n秋分の日　9月2{G}日（火・祝）\n", "9月2")
    assert r["restored"] is None


def test_wrong_year_near_miss_left_to_the_base():
    """A text stating 2026 whose intact dates fall on their days in 2025 (a notice reusing last year's days): its
    year is belied, and the calendar rules nothing out."""
    text = f"2026年　行事のご案内\n\n6月7日（土）　清掃\n6月1{G}日（日）　祭り\n"
    r = repair_after(text, "6月1")
    assert "calendar" not in " ".join(e["kind"] for e in r["evidence"])


def test_no_year_near_miss():
    r = repair_after(f"お知らせ\n\n次回は6月1{G}日（日）です。\n", "6月1")
    assert "calendar" not in " ".join(e["kind"] for e in r["evidence"])


def test_date_fits_unit_shapes():
    from pipeline.restore.evidence.weekday import date_fits, numeral_value
    assert [numeral_value(s) for s in ("十八", "二十三", "１２", "十十")] == [18, 23, 12, None]
    assert date_fits("R7.5.1", "(日)", "").fits == ("1", "8")
    assert date_fits("2025/6/", "（土）", "").fits == ("7",)
    assert date_fits("五月", "日", "") is None  # no day of the week printed
    assert date_fits(f"第1{G}", "回", "") is None


@pytest.mark.parametrize("left,right", [("令和七年五月十", "日（日）"), ("令和七年五月", "十一日（日）")])
def test_kanji_gap_either_place(left, right):
    from pipeline.restore.evidence.weekday import date_fits
    f = date_fits(left, right, "")
    assert f is not None and f.own_year


# -- a lost day of the week: kanji dates, an era's initial, English brackets -------------------------------------

def test_lost_weekday_after_an_era_initial():
    r = repair_after(f"説明会のご案内\n日時　R7年5月11日（{G}）午後2時\n", "5月11日（")
    assert r["restored"] == "日"


def test_lost_weekday_after_a_kanji_date_in_a_kanji_year_text():
    r = repair_after(f"若葉句会報\n令和七年三月\n\n・吟行会は五月十八日（{G}）に予定しています。\n", "十八日（")
    assert r["restored"] == "日"


def test_english_bracketed_day_lost_whole():
    r = repair_after(f"Garden club 2025\n\nPlant sale May 13 ({G * 3}) at noon.\n", "May 13 (")
    assert r["restored"] == "Tue"


def test_english_lost_letter_inside_a_day_is_a_word():
    """``Sun\ufffday`` is a word with a lost letter: no calendar row (the word lists restore it)."""
    r = repair_after(f"Garden club 2025\n\nPlant sale Sun{G}ay 11 May at noon.\n", "Sun")
    assert "calendar" not in " ".join(e["kind"] for e in r["evidence"])


def test_english_whole_day_of_another_length_offers_no_day():
    """2025-05-13 is a Tuesday: six lost letters are no day's name the calendar allows (Monday, Friday, Sunday are
    ruled out)."""
    r = repair_after(f"Garden club 2025\n\nPlant sale {G * 6}, 13 May at noon.\n", "sale ")
    assert r["restored"] is None and not {"Monday", "Friday", "Sunday"} & set(_texts(r))
