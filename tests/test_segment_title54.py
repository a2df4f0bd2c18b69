"""Titles, cities and dated entries, helper title54 (issue 16): a press release's headline in title case that ends on
an organisation's word, a city named by an English dateline, a diary whose dated entries have no title over them.
Made-up documents, other places and words than trials 52 and 53c: the kinds, not the cases."""

from __future__ import annotations

import pytest

from pipeline.segment.labels import dated_entries
from pipeline.segment.organisations import is_organisation, organisation_line
from pipeline.segment.places import dateline_city
from segment_inputs import run_text


def _one(text: str):
    [talk] = run_text(text).talks
    return talk


def _city(talk):
    return (talk.city.ja.text if talk.city.ja else None, talk.city.en.text if talk.city.en else None)


def _front(talk):
    return [t.text for t in talk.front]


RELEASE = "MEDIA RELEASE\nEmbargoed until 09:00\n4 June 2025\n\n{headline}\n\n{opening} the council said on Tuesday.\n" \
          "The building holds a reading room and two study halls.\n\nThe mayor said the town had waited ten years for it.\n\n" \
          "Press office:\nLena Ford, Communications Team\nPhone: +44 1632 960000\n"


@pytest.mark.parametrize("headline", [
    "Northfield Borough Unveils Digital Heritage Centre",
    "University of Eastmoor Launches Coastal Data Institute",
    "Harwick Opens Public Reference Library",
])
def test_a_title_case_headline_ending_on_an_organisation_s_word_is_the_title54(headline):
    talk = _one(RELEASE.format(headline=headline, opening="The new centre opens in the old mill,"))
    assert talk.title.en is not None and talk.title.en.text == headline
    assert talk.shape == "paper" and talk.speaker.name is None  # no speaker invented
    assert _front(talk)[:3] == ["MEDIA RELEASE", "Embargoed until 09:00", "4 June 2025"]  # the date is front, no heading
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert paragraphs[0].startswith("The new centre opens in the old mill,")  # the body is the body


@pytest.mark.parametrize("line", ["Springfield Public Library", "Human Rights Commission", "Research Grants Council",
                                  "Parks and Recreation Department", "Department of Public Works", "Water Resources Board",
                                  "Centre for Asian Studies", "Riverside City Library"])
def test_an_organisation_s_name_holding_a_plural_stays_an_organisation54(line):
    assert is_organisation(line) and organisation_line(line)


@pytest.mark.parametrize("line", ["Springfield Opens Public Library", "Riverside City Opens New Community Library",
                                  "Kyoto University Launches Ocean Research Centre", "Millbrook Town Welcomes Its First Museum",
                                  "HARBOUR CITY OPENS NEW FERRY TERMINAL OFFICE"])
def test_a_headline_with_its_verb_is_no_organisation54(line):
    assert not is_organisation(line) and not organisation_line(line)


def test_an_organisation_line_over_a_report_stays_front_and_the_report_keeps_its_title54():
    talk = _one("Springfield Public Library\nAnnual Report 2024\n\n1. Loans\nThe library lent 84,000 books in 2024.\n\n"
                "2. Visitors\nVisits rose by a tenth over the year.\n")
    assert talk.title.en.text == "Annual Report 2024"
    assert "Springfield Public Library" in _front(talk)


def test_a_clean_english_paper_keeps_its_title_and_author54():
    talk = _one("Tidal Flooding in Small Harbour Towns\nAnna Berg\nDepartment of Coastal Engineering, Kobe University\n\n"
                "Abstract\nWe estimate how often tides flood three small harbour towns.\n\n1. Introduction\n"
                "Small towns need a quick estimate of flood risk.\n\n2. Method\nWe read forty years of tide gauge records.\n")
    assert talk.title.en.text == "Tidal Flooding in Small Harbour Towns"
    assert talk.speaker.name.text == "Anna Berg"
    assert [s.title.text for s in talk.sections if s.number] == ["Introduction", "Method"]


@pytest.mark.parametrize("opening, city", [
    ("HAKODATE, Japan — The city", "Hakodate"),
    ("Matsue, 12 May 2024 — The city", "Matsue"),
    ("Aarhus, Denmark – The municipality", "Aarhus"),
    ("KIEL (dpa) - The city", "Kiel"),
])
def test_an_english_dateline_names_the_city_with_its_evidence54(opening, city):
    talk = _one("PRESS RELEASE\n\nNew Ferry Link Starts in Spring\n\n"
                f"{opening} will run a ferry between the harbour and the islands from April.\n"
                "Tickets go on sale in March.\n\nContact: press@example.org\n")
    assert _city(talk) == (None, city)  # its Japanese name is never a guess; in its usual case (title55)
    assert any(e.kind == "city" and "dateline" in e.detail for e in talk.evidence)


@pytest.mark.parametrize("opening", [
    "Today, 12 May — the council",  # a common word
    "Maria Keller, Germany — she said the council",  # a person and her country
    "The council of Kobe, Japan — the port city —",  # no dateline's shape
])
def test_no_city_from_a_line_that_is_no_dateline54(opening):
    talk = _one("PRESS RELEASE\n\nNew Ferry Link Starts in Spring\n\n"
                f"{opening} will run a ferry between the harbour and the islands from April.\n"
                "Tickets go on sale in March.\n")
    assert _city(talk) == (None, None)


def test_a_dateline_further_down_names_no_city54():
    talk = _one("PRESS RELEASE\n\nNew Ferry Link Starts in Spring\n\nThe council will run a ferry from April.\n\n"
                "BERGEN, Norway — A second ferry will follow in 2026.\n")
    assert _city(talk) == (None, None)  # a passing dateline in the body is no evidence of the text's own city


def test_dateline_city_reads_the_place_only54():
    t = "OTARU, Japan — The harbour"
    a, b = dateline_city(t)
    assert t[a:b] == "OTARU"
    assert dateline_city("PRESS RELEASE — For immediate release") is None


DIARY_JA = "2024年3月1日 金曜日 晴れ ― 港町\n\n朝から港の市場を歩いた、魚がよく売れていた\n\n" \
           "2024年3月2日 土曜日 雨\n\n一日中、家で本を読んだ。\n\n2024年3月3日 日曜日 くもり\n\n友人と駅前の喫茶店に行った。\n"


def test_a_diary_opening_on_its_first_dated_entry_has_no_title54():
    talk = _one(DIARY_JA)
    assert (talk.title.ja, talk.title.en) == (None, None)
    assert [s.title.text for s in talk.sections] == ["2024年3月1日 金曜日 晴れ ― 港町", "2024年3月2日 土曜日 雨",
                                                     "2024年3月3日 日曜日 くもり"]


def test_a_diary_s_title_over_its_entries_stays_the_title54():
    talk = _one("Harbour Log of the Sea Swallow\n\n4 March 2024 — fair\n\nWe left the harbour at dawn and sailed north.\n\n"
                "5 March 2024 — rain\n\nWe stayed in port while the rain went on.\n\n6 March 2024 — fair\n\n"
                "We reached the island at noon.\n")
    assert talk.title.en.text == "Harbour Log of the Sea Swallow"
    assert [s.title.text for s in talk.sections] == ["4 March 2024 — fair", "5 March 2024 — rain", "6 March 2024 — fair"]


def test_dated_entries_need_three_distinct_days54():
    assert dated_entries(["2024年3月1日 晴れ", "本文", "2024年3月2日 雨", "本文", "2024年3月3日", "本文"]) == [0, 2, 4]
    assert dated_entries(["2024年3月1日", "港町の交流", "2024年3月1日 発行"]) == []  # a release's date, twice
    assert dated_entries(["2024年3月1日に港で会議を開いた。"] * 3) == []  # a sentence led by a date is no heading
    # records' dates out of the calendar's order (a herbarium's labels) are fields, no entries; a blog's newest first are
    assert dated_entries(["采集人 李明", "2018.12.9", "采集人 王芳", "2016.5.20", "采集人 张伟", "2018.3.5"]) == []
    assert dated_entries(["2024-05-03 Friday", "x", "2024-05-02 Thursday", "x", "2024-05-01 Wednesday"]) == [0, 2, 4]
    # a weekday after the date lets a diary's note on the day run on
    assert dated_entries(["March 4, 2024 Monday Rain (we stayed in port all day and mended the nets with the crew)",
                          "x", "March 5, 2024 Tuesday Fair", "x", "March 6, 2024 Wednesday Fair"]) == [0, 2, 4]


def test_a_dateline_on_its_own_line_over_the_text_names_the_city54():
    talk = _one("PRESS RELEASE\nSAPPORO, Japan — March 3, 2026\n\nNew Ferry Link Starts in Spring\n\n"
                "The city will run a ferry between the harbour and the islands from April.\nTickets go on sale in March.\n")
    assert _city(talk) == (None, "Sapporo")  # printed in capitals, named in its usual case (title55)


def test_a_headline_with_a_bare_subject_and_a_noun_object_is_no_organisation54():
    # a known miss until helper title55 (organisations._bare_name)
    assert not is_organisation("Harwick Hosts Festival Committee")


def test_a_dateline_city_named_by_common_words54():
    # a known miss until helper title55 (places._common_words_dateline)
    t = "SAN FRANCISCO, Calif. — The port"
    assert dateline_city(t) == (0, len("SAN FRANCISCO"))
