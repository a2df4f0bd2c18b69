"""Session 79, rcal79 (issue 19): restoration faults fresh-user trials 78b and 78d left that are no person's name.

A schedule's day rows under a month stated above them (``■ ６月の行事予定`` / ``２０日（\ufffd）``): the calendar reads
the row in that month, where the run's other rows print days that fall in it (docs/restore.md, *Session 79, rcal79*).
"""

from __future__ import annotations

from tests.restore_verdicts import repair_after

G = "\ufffd"

NURSERY = ("えんだより　６月号\n２０２５年６月２日\nひまわり保育園\n\n■ ６月の行事予定\n"
           "　４日（水）　歯科検診（全園児）\n　６日（金）　避難訓練（地震）\n１１日（水）　誕生会\n"
           "２０日（{g}）　身体測定\n２５日（水）　おはなし会\n３０日（月）　献立表配布\n\n－ １ －\n")


def test_day_row_under_a_month_heading_takes_the_calendars_day():
    r = repair_after(NURSERY.format(g=G), "２０日（")
    assert r["status"] == "restored" and r["restored"] == "金"
    assert any(e["kind"] == "calendar" and "６月の行事予定" in e["detail"] for e in r["evidence"])


def test_day_row_under_a_preceding_row_with_its_month():
    text = ("令和7年度　活動予定（2025年）\n\n10月4日（土）　説明会\n11日（土）　見学会\n17日（" + G + "）　発表会\n"
            "25日（土）　反省会\n")
    r = repair_after(text, "17日（")
    assert r["status"] == "restored" and r["restored"] == "金"  # 2025-10-17, a Friday among Saturdays


def test_english_fixtures_row_under_a_month_heading():
    text = ("Riverside Rowing Club — season 2025\n\nJune fixtures\nSat 7    Kingston Head (away)\n"
            + G * 3 + " 14   Club regatta (home)\nSat 21   Marlow (away)\nSat 28   Henley qualifiers\n")
    r = repair_after(text, "")
    assert r["status"] == "restored" and r["restored"] == "Sat"


def test_day_row_numeral_under_a_month_heading_offers_the_one_fit():
    # 8, 18 and 28 June 2025: only the 18th is a Wednesday; the text's full date (２０２５年６月２日) leaves 2026
    # weighed too, so the one fit is offered, not committed (session 78's rule)
    text = NURSERY.format(g="金").replace("１１日（水）", G + "８日（水）")
    r = repair_after(text, "")
    assert r["restored"] is None and [c["text"] for c in r["candidates"]] == ["１"]


# -- near misses: the calendar stays silent -----------------------------------------------------------------------

def test_rows_whose_days_belie_the_heading_month_stay_open():
    # the heading says 7月, the rows print June 2025's days: the month is not trusted, nothing committed
    text = NURSERY.replace("６月の行事予定", "７月の行事予定").format(g=G)
    r = repair_after(text, "２０日（")
    assert r["status"] != "restored"


def test_no_month_over_the_run_stays_with_the_base():
    text = NURSERY.replace("■ ６月の行事予定", "■ 行事予定").format(g=G)
    r = repair_after(text, "２０日（")
    assert r["status"] != "restored"


def test_a_lone_row_under_a_heading_is_not_trusted():
    text = "えんだより\n２０２５年６月２日\n\n■ ６月の行事予定\n２０日（" + G + "）　身体測定\n"
    r = repair_after(text, "２０日（")
    assert r["status"] != "restored"
