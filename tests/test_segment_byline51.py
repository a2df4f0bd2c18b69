"""A single document's speaker and title (issue 16, session 51 user trial 51b): a venue line (``Held at the University
of Leeds, 3–4 June 2025``) is no affiliation, an organisers' or editors' line (``Organisers: …``) names the authors; a
notice's header, a date and its issuing office (``令和7年5月20日　青葉市 観光振興課``), is no title; a Japanese byline's
label (``文・``, ``文／``, ``写真・``, ``著：``, ``筆者：``) is no part of the author's name. Made-up documents."""

from __future__ import annotations

import pytest

from segment_inputs import run_text as run

EN_BODY = ["", "1. Overview", "The meeting brought together about forty researchers and officials from eight countries.",
           "Participants discussed how cities can measure and reduce the risks they face.", "2. Findings",
           "Street-level sensors reveal differences of up to four degrees between neighbourhoods.", ""]


@pytest.mark.parametrize("venue, people, first", [
    ("Held at the University of Leeds, 3–4 June 2025",
     "Organisers: Sarah Whitfield (University of Leeds) and Kenji Arai (Nagoya University)", "Sarah Whitfield"),
    ("University of Bristol, 12–13 March 2024",
     "Organizers: Laura Mendes (University of Bristol) and Tomoko Hayashi (Kyoto University)", "Laura Mendes"),
    ("Held at Kyoto University, 5 May 2023",
     "Editors: Peter Hall (Kyoto University) and Anna Berg (Lund University)", "Peter Hall"),
])
def test_a_venue_line_is_no_affiliation_and_the_organisers_are_the_authors(venue, people, first):
    talk = run("\n".join(["Report on the Workshop on Coastal Flood Resilience", venue, people, *EN_BODY])).talks[0]
    assert talk.title.en.text == "Report on the Workshop on Coastal Flood Resilience"
    assert talk.speaker.name is not None and talk.speaker.name.text == first
    assert talk.speaker.affiliation is None or "Held at" not in talk.speaker.affiliation.text
    assert talk.speaker.affiliation is None or not talk.speaker.affiliation.text.endswith(("2025", "2024", "2023"))


JA_BODY = ["{city}は5月19日、台湾の台南市と観光交流協定を締結しました。",
           "調印式は台南市役所で行われ、両市長が協定書に署名しました。",
           "市は、協定を機に台湾からの観光客の増加を目指します。", ""]


@pytest.mark.parametrize("header, title, city", [
    ("令和7年5月20日　青葉市 観光振興課", "青葉市と台南市が観光交流協定を締結", "青葉市"),
    ("2025年4月1日　若葉町 企画課", "若葉町と台南市が観光交流協定を締結", "若葉町"),
    ("令和6年10月3日 緑川市 国際交流課", "緑川市が台南市と観光交流協定を締結", "緑川市"),
])
def test_a_date_and_issuing_office_is_no_title(header, title, city):
    body = [s.format(city=city) for s in JA_BODY]
    talk = run("\n".join(["報道発表資料", header, "", title, *body])).talks[0]
    assert talk.title.ja.text == title


@pytest.mark.parametrize("label", ["文・", "文／", "写真・", "著：", "筆者："])
@pytest.mark.parametrize("name", ["岡本 千尋", "松田 健一"])
def test_a_japanese_bylines_label_is_no_part_of_the_name(label, name):
    talk = run("\n".join(["城下町の古い井戸をめぐって", f"{label}{name}", "",
                          "城下町の路地を歩くと、今も古い井戸に出会う。かつて町の人々は井戸を共同で使い、毎年夏には井戸さらいを行った。",
                          "水道が普及した今も、災害時の水源として井戸を残す町内がある。", ""])).talks[0]
    assert talk.title.ja.text == "城下町の古い井戸をめぐって"
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert not any(s.title is not None and label in s.title.text for s in talk.sections)


@pytest.mark.parametrize("venue", ["Held at the University of Leeds, 3–4 June 2025", "University of Bristol, 12–13 March 2024",
                                   "Hosted at Kyoto University, May 5, 2023"])
def test_a_venue_line_alone_is_no_speaker(venue):
    talk = run("\n".join(["Report on the Workshop on Coastal Flood Resilience", venue, *EN_BODY])).talks[0]
    assert talk.title.en.text == "Report on the Workshop on Coastal Flood Resilience"
    assert talk.speaker.text is None or venue not in talk.speaker.text.text


def test_the_organisers_line_is_the_speakers_without_the_venue():
    talk = run("\n".join(["Report on the Workshop on Coastal Flood Resilience", "Held at the University of Leeds, 3–4 June 2025",
                          "Organisers: Sarah Whitfield (University of Leeds) and Kenji Arai (Nagoya University)", *EN_BODY])).talks[0]
    assert talk.speaker.text.text.startswith("Organisers:")
    assert [a.name.text for a in talk.speaker.authors] == ["Sarah Whitfield", "Kenji Arai"]
