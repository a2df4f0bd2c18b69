"""The organisation that issues a report, on its own line under the report's title, is the report's speaker
(its affiliation), not a line of ``front`` (issue 16, session 51): a special-purpose district's name
(``Riverside Utilities District``) had not been read as an organisation. Made-up reports, English and Japanese,
with and without form feeds."""

from __future__ import annotations

import pytest

from segment_inputs import run_text as run

EN = ["Annual Water Quality Report 2024", "{office}", "",
      "1. Introduction",
      "This report describes the quality of the drinking water delivered to our customers in 2024. It covers the "
      "sources, the treatment and the results of our tests.", "",
      "{feed}2. Sources",
      "Our water comes from two wells and the river intake above the town. Each source was sampled every month.", "",
      "3. Results", "All samples met the standards set for drinking water, and no violation was recorded.", ""]
JA = ["令和6年度 水道水質年次報告書", "{office}", "",
      "1. はじめに", "本報告書は、2024年度にお届けした水道水の水質について、水源、浄水処理、検査の結果をまとめたものです。", "",
      "{feed}2. 水源", "当局の水は二つの井戸と町の上流の取水口から取っています。各水源は毎月採水しました。", "",
      "3. 結果", "すべての試料が水道水の基準を満たし、年間を通じて違反はありませんでした。", ""]


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("lines, office", [(EN, "Riverside Utilities District"), (EN, "Northside School District"),
                                           (EN, "Harbour Water Authority"), (JA, "川辺上下水道局")])
def test_the_office_under_a_reports_title_is_its_speaker(lines, office, feed):
    talk = run("\n".join(lines).format(office=office, feed=feed) + "\n").talks[0]
    assert talk.speaker.affiliation.text == office
    assert office not in [t.text for t in talk.front]
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
def test_a_districts_name_as_a_place_in_a_title_is_no_office(feed):
    # a district alone is a place: ``the Waterfront District`` in a title's phrase names no body
    title = "Revitalising the Waterfront District"
    talk = run("\n".join([title, *EN[2:]]).format(feed=feed) + "\n").talks[0]
    assert talk.title.en.text == title and talk.speaker.affiliation is None
