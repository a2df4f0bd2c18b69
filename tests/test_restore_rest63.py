"""Three kinds of gap fresh-user trial 63 left without the evidence the text holds (issue 19, restore stage):

1. a heading's title whose first letter is lost after its number (``３．\ufffdしい交通ネットワーク``), the title written
   whole in the paragraph under it (``、新しい交通ネットワークが``): no repetition row at all, open at 0.83, because the
   number matched nothing and the side kept (``しい…``, kana first) was no word's letters;
2. a glyph id a ligature's letters settle at one place (``ef(cid:12)ciency``) and make the only word at another, a
   word's first glyph (``(cid:12)ltration``): open at confidence 0 with "not borne out" beside "makes a word with fi
   wherever it stands"; and the id beside it (``(cid:13)ow``) ranked how's h first, flow's fl fifth;
3. a day of the month lost beside an English month's name (``1\ufffd March``): unresolved, no candidate, no evidence.

Hand-labelled made-up cases (cities, wording and numbering other than the trial's), with near misses that must not
change: a title repeated with another first word, two fills repeated, a glyph whose other place a letter also fills,
an id beside a ligature whose words are all whole with a letter, numbers beside no month.
"""

from __future__ import annotations

import json

import pytest

from pipeline import files
from pipeline.driver import run_one
from pipeline.restore import restore_text
from pipeline.restore.evidence import english, numeric
from pipeline.restore.evidence.base import Site

# --- 1. a heading's title after its number, repeated in the text ----------------------------------------------

PROCEEDINGS = """都市交通フォーラム２０２６　報告集

第１報告
福井市
まちなかの交通とにぎわい
福井市都市戦略部長　山口 浩

１．福井市の概要
　福井市は福井県の県庁所在地であり、人口は約２６万人である。
２．バス路線の見直し
　２０１９年に市内のバス路線を見直し、運行本数を増やした。
３．\ufffdしい観光ルートの整備
　２０２４年には駅と城址を結ぶ、新しい観光ルートの整備が完了した。
Fukui: Transport and a Lively City Centre
1
Fukui City
- Population: about 260,000
2
Bus Network Review
- More buses since 2019
3
New Tourist Routes
- Station and castle ruins linked in 2024
"""


@pytest.fixture(scope="module")
def talk_repairs(tmp_path_factory) -> list[dict]:
    where = tmp_path_factory.mktemp("rest63")
    path = where / "proceedings.txt"
    path.write_text(PROCEEDINGS, encoding="utf-8")
    run_one(path, where / "out")
    folder = files.talks_dir(where / "out", files.safe_stem(path))
    return [r for p in sorted(folder.glob("*.json")) if p.name != "index.json"
            for r in json.loads(p.read_text(encoding="utf-8"))["repairs"]]


def test_a_headings_title_repeated_in_its_paragraph_restores_its_first_letter(talk_repairs) -> None:
    (repair,) = talk_repairs
    assert repair["status"] == "restored" and repair["restored"] == "新", repair
    assert any(e["kind"] == "repetition" and "新しい観光ルート" in e["detail"] for e in repair["evidence"])


@pytest.mark.parametrize("text, truth", [
    ("第1章　序論\n　路線バスの利用者が減り続けている。\n第2章　\ufffd域公共交通の再編\n"
     "　本章では、地域公共交通の再編について三つの市の事例をもとに述べる。\n", "地"),
    ("3. 協働の現状\n3.1 \ufffd民協働のまちづくり\n　本市は、市民協働のまちづくりを進めており、毎年約30の団体が参加している。\n", "市"),
    ("（１）概要\n　高松市は香川県の県庁所在地である。\n（２）\ufffd光振興の取り組み\n"
     "　本市では、観光振興の取り組みとして、多言語の案内板を港に設置した。\n", "観"),
])
def test_a_title_after_its_number_is_read_as_its_lines_start(text, truth) -> None:
    (repair,) = restore_text(text)["repairs"]
    assert repair["status"] == "restored" and repair["restored"] == truth, repair


@pytest.mark.parametrize("text, why", [
    ("１．概要\n　富山市は中核市である。\n３．\ufffdしい交通ネットワーク\n　南北の路面電車を接続し、新たな交通ネットワークが完成した。\n",
     "the title repeated with another first word: しい is not repeated"),
    ("１．概要\n　本市は港町である。\n２．\ufffdしい港の風景\n　美しい港の風景と、新しい港の風景が並んでいる。\n",
     "two fills repeated in the title's context"),
    ("１．はじめに\n　当市の概要は次のとおりである。\n２．\ufffd市の概要\n　人口は約５万人である。\n",
     "a short frame (市の概要) that holds 本 as easily as 当"),
])
def test_a_title_repeated_otherwise_is_not_committed(text, why) -> None:
    (repair,) = restore_text(text)["repairs"]
    assert repair["restored"] is None, (why, repair)


def test_the_number_before_a_title() -> None:
    from pipeline.restore.evidence.repetition import number_lead

    def lead(text: str) -> int:
        return number_lead(Site(text, text.index("\ufffd"), text.index("\ufffd") + 1))
    assert [lead(t) for t in ("３．\ufffdしい", "（2）\ufffd域", "第3章　\ufffd域", "3.1 \ufffd民")] == [2, 3, 4, 4]
    assert [lead(t) for t in ("100 \ufffd人", "港の\ufffd", "\ufffd域", "2005年\ufffd")] == [0, 0, 0, 0]


# --- 2. a ligature's glyph id, and the id beside it --------------------------------------------------------------

CID_REPORT = """Annual Report on Urban Drainage

1. Overview

The (cid:12)nancial plan for the drainage works was approved, and the of(cid:12)cial survey
found that the (cid:13)ood defences along the river need repair.
"""


def test_a_ligature_one_place_settles_is_written_where_the_others_make_no_other_word() -> None:
    repairs = [r for r in restore_text(CID_REPORT)["repairs"] if r["cids"] == [12]]
    assert len(repairs) == 2 and all(r["restored"] == "\ufb01" and r["status"] == "restored" for r in repairs), repairs
    # no row says the glyph is borne out nowhere beside the one saying it makes a word with fi everywhere
    assert not any("not borne out" in e["detail"] for r in repairs for e in r["evidence"])


def test_the_glyph_beside_a_settled_ligature_offers_the_next_ligature_first_and_commits_nothing() -> None:
    (repair,) = [r for r in restore_text(CID_REPORT)["repairs"] if r["cids"] == [13]]
    assert repair["candidates"][0]["text"] == "fl" and repair["restored"] is None, repair
    # nothing measures a ligature that only the neighbouring settled glyph ranks first: its confidence is its own
    # score, marked uncalibrated (helper lig65b, session 65; before, 0.0)
    assert repair["status"] == "ambiguous" and repair.get("calibrated") is False
    assert repair["confidence"] == repair["candidates"][0]["score"]
    assert any(e["kind"] == "glyph" and "cid 12" in e["detail"] for e in repair["evidence"])


def test_the_glyph_beside_a_ligature_whose_words_need_a_letter_is_read_as_before() -> None:
    # (cid:13)ouse, (cid:13)arbour: house, harbour; fl makes no word at either
    text = CID_REPORT.replace("the (cid:13)ood defences along the river need repair.",
                              "each (cid:13)ouse near the (cid:13)arbour needs a new drain.")
    repairs = [r for r in restore_text(text)["repairs"] if r["cids"] == [13]]
    assert len(repairs) == 2 and all(r["candidates"][0]["text"] == "h" for r in repairs), repairs
    assert not any("ligature" in e["detail"] for r in repairs for e in r["evidence"])


def test_a_ligature_is_written_where_another_place_makes_a_rarer_word_with_a_letter() -> None:
    # (cid:12)lter: alter (Zipf 4.1) with a letter, filter (4.3) with fi; the list decides classi(cid:12)cation: one
    # glyph, one character, and the place's words bear the ligature out (session 66, fresh-user trial 66's
    # (cid:27)nal beside (cid:27)nished; before, session 63 left both open)
    text = "Signal Processing Notes\n\nThe classi(cid:12)cation of calls is hard. A band-pass (cid:12)lter was used.\n"
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 2 and all(r["restored"] == "\ufb01" for r in repairs), repairs


def test_a_ligature_is_not_written_where_another_place_makes_a_commoner_word_with_a_letter() -> None:
    # (cid:13)ow: how (6.2) with h, flow (4.7) with fl: that place speaks against the ligature, and con(cid:13)ict is
    # no place only fl completes (convict makes a word with v), so no place commits it. (Until helper lig67 the case was
    # classi(cid:12)cation beside (cid:12)nd; a place only the ligature completes, classification, now settles the
    # glyph: class ligature-pooled-only, measured per glyph id, tests/test_lig67.py.)
    text = "Signal Processing Notes\n\nA con(cid:13)ict of calls is hard. The water (cid:13)ow was used.\n"
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 2
    assert all(r["restored"] is None and r["candidates"][0]["text"] == "fl" for r in repairs), repairs


def test_a_place_only_the_ligature_completes_settles_it_beside_a_commoner_letter_word() -> None:
    # classi(cid:12)cation: no letter nor other ligature makes a word; (cid:12)nd: and (7.4) over find (5.8). One
    # glyph, one character: fi at both (helper lig67, class ligature-pooled-only; session 66 had left both open)
    text = "Signal Processing Notes\n\nThe classi(cid:12)cation of calls is hard. You will (cid:12)nd it used.\n"
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 2 and all(r["restored"] == "\ufb01" for r in repairs), repairs


def test_the_neighbour_of_a_ligature() -> None:
    from pipeline.restore import neighbour_ligature

    assert neighbour_ligature((13,), {12: "\ufb01"}) == ("fl", 12)
    assert neighbour_ligature((11,), {12: "\ufb01"}) == ("ff", 12)
    assert neighbour_ligature((("F2", 13),), {("F1", 12): "\ufb01"}) is None  # another font
    assert neighbour_ligature((13,), {12: "h"}) is None
    assert english.only_ligature(Site("the \ufffdnancial plan", 4, 5), "fi")


# --- 3. a day of the month beside an English month ---------------------------------------------------------------

# (no day of the week before the June date: with ``Tuesday`` the calendar decides its digit since session 78, helper
# cal78 — 23 June 2026 is the only Tuesday of 20–29 June; tests/test_cal78.py)
NOTICE = """Riverside Residents' Association

Notice of Annual General Meeting

The meeting will be held on 2\ufffd June 2026 at 7 pm in the Community Centre.
Nominations for the committee close on 3\ufffd April 2026.
The accounts for the year ending March 1\ufffd, 2026 will be presented.
"""


@pytest.mark.parametrize("k, digits, days", [(0, "0123456789", "days 20–29 of June"), (1, "0", "day 30 of April"),
                                              (2, "0123456789", "days 10–19 of March")])
def test_a_lost_digit_of_a_day_beside_its_month_offers_the_days_digits_and_says_why(k, digits, days) -> None:
    repair = restore_text(NOTICE)["repairs"][k]
    assert repair["status"] == "ambiguous" and repair["restored"] is None, repair
    assert "".join(sorted(c["text"] for c in repair["candidates"])) == digits[:len(repair["candidates"])]
    assert set(c["text"] for c in repair["candidates"]) <= set(digits)
    assert any(days in e["detail"] for e in repair["evidence"]), repair["evidence"]


@pytest.mark.parametrize("text", [
    "Room 1\ufffd is on the first floor.",
    "Residents aged 1\ufffd may apply for the youth grant.",  # may: no month in small letters
    "The March 2\ufffd26 newsletter is attached.",  # a year's digit
])
def test_a_digit_beside_no_day_of_a_month_is_not_read_as_one(text) -> None:
    site = Site(text, text.index("\ufffd"), text.index("\ufffd") + 1)
    assert numeric.day_digits(site) is None
    assert not any("day of a date" in e["detail"] for r in restore_text(text)["repairs"] for e in r["evidence"])
