"""Fresh-user trial 61c: a city read from an office whose next word opens on the municipality's suffix again
(``青葉市市民生活部``: Sudachi reads ``市市`` as one place word) is the name with one suffix, never an invented
``青葉市市``; a place Sudachi knows whole with its suffix twice (``四日市市``, ``廿日市市``) keeps both.
"""

from pathlib import Path

import pytest

from pipeline.segment.titleblock import affiliation_city
from reliability import accounting


@pytest.mark.parametrize("affiliation, city", [("青葉市市民生活部地域振興課長", "青葉市"), ("みどり市市民課長", "みどり市"),
                                               ("西川市市長", "西川市"), ("港町市役所", "港町市"), ("廿日市市役所", "廿日市市"),
                                               ("四日市市長", "四日市市"), ("若葉町町民課長", "若葉町")])
def test_city_of_an_office_with_its_suffix_twice(affiliation: str, city: str) -> None:
    span = affiliation_city(affiliation)
    assert span is not None and affiliation[span[0]:span[1]] == city


def test_notice_from_a_citizens_department_names_its_city(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(" " * 50 + "令和７年９月１日\n自治会長各位\n\n" + " " * 40 + "緑野市市民生活部防災課長\n\n"
                    + " " * 12 + "防災講演会の開催について（ご案内）\n\n"
                    "　このことについて、下記のとおり開催しますので、ご案内します。\n", encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    assert talks[0]["city"]["ja"] == "緑野市"


def test_about_a_company_with_its_legal_form_heads_a_section(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("FOR IMMEDIATE RELEASE\n\nHarbourline Systems Inc. Opens Ferry Booking Office in Wick\n\n"
                    "WICK, Scotland, 3 March 2026 — Harbourline Systems Inc., a maker of ferry booking software, today\n"
                    "opened an office beside the harbour, with six staff answering calls from island residents.\n\n"
                    "The office will also sell paper tickets for passengers without a phone.\n\n"
                    "About Harbourline Systems Inc.\n\n"
                    "Harbourline Systems Inc. writes booking software for small ferry operators. It employs 40 people.\n",
                    encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    talk = talks[0]
    assert [s["title"] for s in talk["paper"]["sections"]][-1] == "About Harbourline Systems Inc."
    assert talk["city"]["en"] == "Wick"


def test_notice_items_with_letter_spaced_labels_are_titled_by_their_labels(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("令和７年９月１日\n\n　　　　市民講座の開催について（ご案内）\n\n"
                    "　このことについて、下記のとおり開催しますので、ご案内します。\n\n記\n\n"
                    "１　日　時　　令和７年１０月４日（土）午後２時から\n２　会　場　　緑野市民会館　第１会議室\n"
                    "３　定　員　　５０名（先着順）\n\n以上\n", encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    sections = {s["title"]: [p["text"] for p in s["paragraphs"]] for s in talks[0]["paper"]["sections"]}
    assert sections.get("定\u3000員") == ["50名（先着順）"]
    assert sections.get("会\u3000場") == ["緑野市民会館\u3000第1会議室"]
