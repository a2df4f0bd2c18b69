"""Issue 19 points 4 and 6 (helper hold77): names never filled, a fill only where the evidence supports it.

- A date's lost day of the week whose year only the text's one stated year gives, no intact date of the text showing
  its days (fresh-user trial 76d's prescription: ``3月9日（\ufffd）`` held though ``2026年`` is on line 4): the calendar's
  day, committed with the date and the line the year was read from; open where the text states two years, the date
  falls before the text's dated day (the next year's), or the day may be a holiday (``（祝）``).
- A run glued before a post that a place the document writes whole fills (trial 76d's ``浜\ufffd工場長`` beside
  ``浜松工場`` ×10): no person's name; a surname of the same shape (松下) is still held.
- Japanese given names lost after a one-kanji surname (``林\ufffd\ufffdさん``) or after a spaced surname Sudachi reads
  as a firm's (``松下 \ufffd\ufffd庵さん``): held.
- English: a couple under a complimentary close whatever the census (``Bethan and Rhys Morgan``), a given name as
  common as *Gareth* before a census surname, a place's kind as a surname before a birth's or a death's date
  (``Edward Chur\ufffdh (d. 1890)``): held.

Measured on clean text in docs/restore.md (*Session 77, hold77*)."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import repair_after
from tests.test_name75 import _case, _held

G = "\ufffd"


# -- a date's day of the week in the one year the text states -----------------------------------------------------

PRESCRIPTION = """お薬の説明書

処方日　{year}年{stated}

　はたらき：血圧を下げるお薬です。

　次回のご来局は、{date}（\ufffd）頃を予定しています。
"""


@pytest.mark.parametrize(("year", "stated", "date", "day", "iso"), [
    ("2026", "2月9日", "3月9日", "月", "2026-03-09"),  # trial 76d
    ("2025", "6月2日", "6月30日", "月", "2025-06-30"),
    ("2027", "1月12日", "2月3日", "水", "2027-02-03"),
    ("令和8", "10月1日", "10月29日", "木", "2026-10-29"),  # an era's year
])
def test_a_day_of_the_week_takes_the_texts_one_year(year, stated, date, day, iso):
    text = PRESCRIPTION.format(year=year, stated=stated, date=date)
    r = repair_after(text, date + "（")
    assert (r["restored"], r["status"]) == (day, "restored"), r
    why = next(e["detail"] for e in r["evidence"] if e["kind"] == "calendar")
    assert iso in why and f"処方日　{year}年{stated}" in why and "the one year the text states" in why


@pytest.mark.parametrize("text", [
    # two years stated: which is the date's?
    PRESCRIPTION.format(year="2026", stated="2月9日", date="3月9日").replace("はたらき：", "はたらき：2019年から服用中。"),
    # the date falls before the text's dated day: the next year's
    PRESCRIPTION.format(year="2026", stated="12月9日", date="1月13日"),
    # a day that may be a holiday: the bracket may hold 祝
    PRESCRIPTION.format(year="2026", stated="4月9日", date="5月4日"),
    PRESCRIPTION.format(year="2026", stated="2月9日", date="3月20日"),
    # a fiscal year: January to March of which calendar year?
    PRESCRIPTION.format(year="令和8", stated="度", date="2月4日"),
])
def test_a_day_the_texts_year_does_not_settle_stays_open(text):
    r = repair_after(text, text[text.index("（\ufffd") - 5: text.index("（\ufffd") + 1])
    assert r["restored"] is None and any(e["kind"] == "abstention" and "only the calendar says which" in e["detail"]
                                         for e in r["evidence"]), r


def test_no_sole_year_for_a_holidays_bracket_with_its_day_written():
    from pipeline.restore.evidence.weekday import calendar_day

    # 曜 after the gap: the bracket holds the day, not 祝
    c = calendar_day("5月4日（", "曜日）", "処方日　2026年4月9日\n5月4日（", "処方日　2026年4月9日\n5月4日（\ufffd曜日）")
    assert c.weekday == "月"


# -- a place the document writes whole before a post ---------------------------------------------------------------

MEMO = """人事異動のお知らせ

{place}工場では新しい生産ラインが稼働しました。{place}工場の皆さんに感謝します。
{place}駅前の事務所は{place}支店に統合します。

中島　健太　　{gapped}工場長
"""


@pytest.mark.parametrize(("place", "gapped", "before", "fill"), [
    ("浜松", "浜\ufffd", "中島　健太　　浜", "松"),  # trial 76d
    ("静岡", "\ufffd岡", "中島　健太　　", "静"),
    ("横浜", "横\ufffd", "中島　健太　　横", "浜"),
])
def test_a_place_written_whole_before_a_post_is_no_name(place, gapped, before, fill):
    r = repair_after(MEMO.format(place=place, gapped=gapped), before)
    assert not _held(r), r
    assert r["restored"] == fill or (r["candidates"] and r["candidates"][0]["text"] == fill), r


@pytest.mark.parametrize(("place", "gapped", "before"), [
    ("松下", "松\ufffd", "中島　健太　　松"),  # a surname to Sudachi's lexicon too: still held
    ("豊田", "豊\ufffd", "中島　健太　　豊"),
])
def test_a_surname_written_whole_before_a_post_is_still_held(place, gapped, before):
    assert _held(repair_after(MEMO.format(place=place, gapped=gapped), before))


def test_a_place_written_once_is_no_evidence():
    from pipeline.restore.evidence.abstention import place_written_whole

    assert place_written_whole("浜\ufffd", "浜松工場の生産。") is None
    assert place_written_whole("浜\ufffd", "浜松工場。浜松駅。") == "浜松"
    assert place_written_whole("\ufffd部", "本部の方針。本部の連絡。") is None  # 本部 reads as a common noun first


# -- Japanese given names after a one-kanji or a firm-read surname ------------------------------------------------

@pytest.mark.parametrize("text", [
    "町内の林??さんが回覧板を届けた。",
    "隣の森??さんから野菜をいただいた。",
    "担当の原??様にお渡しください。",
    "今号より、松下 ??庵さんが入会されました。",  # /work/regress/in_jnames76/b_kushu.txt
    "句友の松下 ??斎さんが来訪した。",
])
def test_a_given_name_after_a_short_or_firm_read_surname_is_held(text):
    assert _held(repair_after(*_case(text)))


@pytest.mark.parametrize(("text", "start"), [
    ("港の町??さんに届けた", 3),  # 町: a common word (Zipf 5.39)
    ("城下??さんぽ", 2),  # さんぽ: a walk, no honorific
    ("本丸御??殿", 3),  # 殿 closes a building's word
    ("会の中??さんが", 3),  # 中
])
def test_a_one_letter_word_before_two_lost_letters_is_no_surname(text, start):
    from pipeline.restore.evidence.prose_name import given_lost_after_surname

    s = text.replace("?", G)
    assert given_lost_after_surname(s, start, start + 2) is None


# -- English ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "before"), [
    (f"Dear Helen,\n\nThank you for the lovely evening at the hall.\n\nWith love,\nBet{G}an and Rhys Morgan\n", "Bet"),
    (f"Dear Helen,\n\nThank you for the lovely evening at the hall.\n\nWith love from Bet{G}an and Rhys Morgan\n",
     "Bet"),
    (f"Dear all,\n\nThe minutes are attached.\n\nBest wishes,\nDaf{G}dd and Cerys Pryce\n", "Daf"),
])
def test_a_couple_under_a_close_is_held_whatever_the_census(text, before):
    assert _held(repair_after(text, before))


@pytest.mark.parametrize(("line", "fill"), [
    (f"Gar{G}th Pryce", "e"),
    (f"Chair: Prof. Gar{G}th Lloyd", "e"),
    (f"The talk was given by Gar{G}th Evans of the county council.", "e"),
])
def test_a_given_name_as_common_as_gareth_before_a_census_surname(line, fill):
    from pipeline.restore.evidence.prose_name import english_given_name

    at = line.index(G)
    assert english_given_name(line, at, at + 1, fill) is not None


@pytest.mark.parametrize(("line", "fill"), [
    (f"Helve{G}lyn and Scafell Pike", "l"),  # no close: fells have the couple's shape
    (f"We climbed,\nHelve{G}lyn and Scafell Pike", "l"),
    (f"The Gar{G}th Evans Trophy", "e"),  # an article before it
])
def test_no_close_and_no_census_stays_fillable(line, fill):
    from pipeline.restore.evidence.prose_name import english_given_name

    at = line.index(G)
    assert english_given_name(line, at, at + 1, fill) is None


@pytest.mark.parametrize("line", [
    f"Edward Chur{G}h (d. 1890)",
    f"Henry Ha{G}l (b. 1950)",
    f"Sir Henry Ha{G}l (died 1920), engineer",
    f"Thomas Gr{G}en (born 1931, Leeds)",
])
def test_a_place_kind_surname_before_a_birth_or_a_death_is_held(line):
    from pipeline.restore.evidence.prose_name import life_dates_name

    at = line.index(G)
    assert life_dates_name(line, at, at + 1) is not None


@pytest.mark.parametrize("line", [
    f"Crystal Pal{G}ce (1851–1936)",  # a span: a building's as well
    f"the Crystal Pal{G}ce (d. 1936)",  # an article
    f"Edward Chur{G}h Hall (d. 1890)",  # two place words: a building's
    f"Royal Festival Ha{G}l (b. 1951)",  # no census given name first
])
def test_a_building_before_dates_stays_fillable(line):
    from pipeline.restore.evidence.prose_name import life_dates_name

    at = line.index(G)
    assert life_dates_name(line, at, at + 1) is None


LETTER = f"""Dear Helen,

Thank you for the lovely evening at the village hall. We will see you at the next meeting.

With love,
Daf{G}dd and Cerys Pryce
"""


def test_a_couple_under_a_close_is_held_through_segment():
    from tests.restore_verdicts import held_with_no_candidate, line_repairs

    (r,) = line_repairs(LETTER, f"Daf{G}dd and Cerys Pryce")
    assert held_with_no_candidate(r), r
