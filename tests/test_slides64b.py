"""Fresh-user trial 64b's slide faults (issue 16 point 2, helper slides64b), each read as a kind, with made-up variants
and near misses (the same shapes, as files, are in ``/work/regress/in_slides64b/``):

1. A deck whose numbers stand right under its slides' titles, its cover's title over the cover's own ``1`` with the
   place and the speaker under the number (``Water Infrastructure in the Steppe City`` / ``1`` / ``Ulaanbaatar,
   Mongolia`` / ``Baterdene Ganzorig, …`` / ``Current Situation of Water Supply`` / ``2`` / ``■ …``), is read under its
   titles, the cover numbered 1 (``slides._numbers_under_titles``, ``slides._cover_over_number``). Each number had
   been read as closing its slide: slide 1 empty, every title moved onto the slide before, slides 3–4 untitled.
2. A deck whose numbers close its slides, its cover's place over the speaker's line before the ``1``, keeps the
   cover whole (``slides.split_cover``: a line between the title and the speaker's name-and-affiliation line is the
   cover's). The cover had been split in two, the place line slide 1's title.
3. A table set a cell per line right over the next slide's title and number (``Songinokhairkhan`` / ``95`` /
   ``Cold-Season Supply`` / ``3``): the row that carries on the deck's numbers is a slide's
   (``slides._rows_less_slide_numbers``); the ``3`` had been a cell and slide 3 lost.
"""

from __future__ import annotations

import pytest

from pipeline.model import Text
from pipeline.segment.slides import _numbers_under_titles, find_anchors
from tests.segment_inputs import run_text


def _slides(doc, talk=0):
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in doc.talks[talk].slides]


# --- 1. numbers under the titles, the cover's under its title -----------------------------------------------------

TRIAL = """第12回 アジア都市間交流会議 講演録

ウランバートル市
草原の都市における水道インフラの整備
ウランバートル市 上下水道局 国際協力課長　バトエルデネ・ガンゾリグ

１．はじめに
ウランバートル市はモンゴル国の首都であり、人口は約160万人である。冬の気温は零下30度を下回り、水道管の凍結が大きな課題となっている。
２．上水道の現状
市内のゲル地区では、給水所から水を運ぶ生活が続いている。給水所は市内に約550か所ある。
３．日本との協力
２０１８年から札幌市と技術協力を行い、寒冷地の配管技術を学んでいる。
４．今後の課題
ゲル地区への配管延長と料金制度の見直しが必要である。

Water Infrastructure in the Steppe City
1
Ulaanbaatar, Mongolia
Baterdene Ganzorig, Water Supply and Sewerage Authority
Current Situation of Water Supply
2
■ About 550 water kiosks in ger districts
■ Residents carry water home
Cooperation with Japan
3
■ Technical cooperation with Sapporo since 2018
■ Cold-region piping technology
Future Challenges
4
■ Extending pipes to ger districts
■ Reviewing tariffs
"""

TRIAL_SLIDES = [
    (1, "Water Infrastructure in the Steppe City",
     ["Ulaanbaatar, Mongolia", "Baterdene Ganzorig, Water Supply and Sewerage Authority"]),
    (2, "Current Situation of Water Supply",
     ["■ About 550 water kiosks in ger districts", "■ Residents carry water home"]),
    (3, "Cooperation with Japan", ["■ Technical cooperation with Sapporo since 2018", "■ Cold-region piping technology"]),
    (4, "Future Challenges", ["■ Extending pipes to ger districts", "■ Reviewing tariffs"]),
]


def test_trial_slides_read_under_their_titles():
    doc = run_text(TRIAL)
    assert _slides(doc) == TRIAL_SLIDES


def test_trial_slides_link_their_own_sections():
    """The slide–section links follow the slides: the kiosks' slide links section 2, Sapporo's section 3, the
    challenges' section 4 (each had linked through the title shifted onto the slide before, or not at all)."""
    from pipeline.structure import link, tokenize_en, tokenize_ja

    talk = run_text(TRIAL).talks[0]
    ja = lambda s: [t.to_json() for t in tokenize_ja.tokenize(s)]
    talk_json = {
        "city": {"ja": "ウランバートル市", "en": "Ulaanbaatar"},
        "title": {"ja": None, "en": None}, "subtitle": {"ja": None, "en": None},
        "paper": {"sections": [{"number": s.number, "title": s.title.text, "title_tokens": ja(s.title.text),
                                "paragraphs": [{"text": p.text, "tokens": ja(p.text)} for p in s.paragraphs]}
                               for s in talk.sections]},
        "slides": [{"number": s.number, "title": s.title.text if s.title else None, "lines": [t.text for t in s.lines],
                    "title_tokens": [x.to_json() for x in tokenize_en.analyse(s.title.text)[0]] if s.title else None}
                   for s in talk.slides],
    }
    got = [(found or {}).get("number") for found in link.link_slides(talk_json)]
    assert got[1:] == ["2", "3", "4"]


UNDER_COVER_NUMBERED = """Cycling Streets for a Compact City
1
Utrecht, Netherlands
Marieke de Vries, Traffic Department, Municipality of Utrecht
Why Cycling Streets
2
- Half of all trips in the centre are by bike
- Cars are guests on the street
How We Built Them
3
- Red asphalt and no centre line
- Speed limit of 30 km/h
What We Learned
4
- Residents asked for more streets
- Fewer crashes at junctions
"""

JA_UNDER_COVER_NUMBERED = """港町の夜市と商店街
1
港南市 商工観光課　山本 一郎
夜市の始まり
2
・2015年に商店街の有志で始めた
・毎月第2土曜日に開く
来場者の変化
3
・初年度は3千人、昨年は2万人
・市外からの来場者が半数
今後の課題
4
・駐車場の確保
・出店者の高齢化
"""

UNDER_DIVIDERS = """Tram Renewal in a River City
1
Gdansk, Poland
Piotr Zielinski, Public Transport Board
Part One: The Network
2
Lines and Stops
3
- Twelve lines, 140 stops
- Low-floor trams on every line
Part Two: The Future
4
New Lines
5
- A line to the airport by 2028
- Park and ride at the ring road
"""


def test_english_deck_alone_cover_numbered_under_its_title():
    doc = run_text(UNDER_COVER_NUMBERED)
    assert _slides(doc) == [
        (1, "Cycling Streets for a Compact City",
         ["Utrecht, Netherlands", "Marieke de Vries, Traffic Department, Municipality of Utrecht"]),
        (2, "Why Cycling Streets", ["- Half of all trips in the centre are by bike", "- Cars are guests on the street"]),
        (3, "How We Built Them", ["- Red asphalt and no centre line", "- Speed limit of 30 km/h"]),
        (4, "What We Learned", ["- Residents asked for more streets", "- Fewer crashes at junctions"]),
    ]
    talk = doc.talks[0]
    assert talk.speaker.name is not None and talk.speaker.name.text == "Marieke de Vries"


def test_japanese_deck_cover_numbered_under_its_title():
    slides = _slides(run_text(JA_UNDER_COVER_NUMBERED))
    assert [(n, t) for n, t, _ in slides] == [(1, "港町の夜市と商店街"), (2, "夜市の始まり"), (3, "来場者の変化"), (4, "今後の課題")]
    assert slides[0][2] == ["港南市 商工観光課\u3000山本 一郎"]
    assert slides[2][2] == ["・初年度は3千人、昨年は2万人", "・市外からの来場者が半数"]


def test_divider_slides_read_under_their_titles():
    """A section's divider (a title alone under its number's title) stays a slide of its own, its number its own."""
    slides = _slides(run_text(UNDER_DIVIDERS))
    assert [(n, t, len(lines)) for n, t, lines in slides] == [
        (1, "Tram Renewal in a River City", 2), (2, "Part One: The Network", 0), (3, "Lines and Stops", 2),
        (4, "Part Two: The Future", 0), (5, "New Lines", 2)]


def test_cover_that_is_its_title_alone_takes_its_number():
    text = ("Bus Rapid Transit and the Shape of a City\n1\nOrigins of BRT\n2\n■ First express bus lanes in 1974\n"
            "Land Use Along Corridors\n3\n■ High density along structural axes\n")
    assert _slides(run_text(text)) == [
        (1, "Bus Rapid Transit and the Shape of a City", []),
        (2, "Origins of BRT", ["■ First express bus lanes in 1974"]),
        (3, "Land Use Along Corridors", ["■ High density along structural axes"])]


@pytest.mark.parametrize("lines, expected", [
    # the cover's title over the cover's ``1`` (lines[:1] the cover: start 1), the place under the number
    (["Water in the Steppe", "1", "Ulaanbaatar, Mongolia", "Supply", "2", "■ Kiosks", "Tariffs", "3", "■ Review"], True),
    # a divider under its number's title: most numbers still stand over content
    (["Water in the Steppe", "1", "Part One", "2", "Supply", "3", "■ Kiosks", "Tariffs", "4", "■ Review"], True),
    # near misses: numbers closing their slides (a bullet over each), heading them (a title under each, none over)
    (["Water in the Steppe", "Ulaanbaatar, Mongolia", "1", "Supply", "■ Kiosks", "2", "Tariffs", "■ Review", "3"], False),
    (["Water in the Steppe", "1", "Supply", "■ Kiosks", "2", "Tariffs", "■ Review"], False),
    # titles over the numbers but titles under nearly all of them: no content under the numbers
    (["Water in the Steppe", "1", "Supply", "2", "Tariffs", "3", "Pipes", "4", "■ Review"], False),
])
def test_numbers_under_titles_reading(lines, expected):
    texts = [Text.inserted(s) for s in lines]
    assert _numbers_under_titles(texts, find_anchors(texts, 1, len(texts)), 1) is expected


# --- 2. numbers closing their slides, the cover's place over the speaker ------------------------------------------

BOTTOM = """Rainwater in a Dry City
Adelaide, Australia
Sophie Clarke, Water Office, City of Adelaide
1
Collecting Rain
- Tanks on 3,000 roofs
- Wetlands in four parks
2
Using It
- Watering parks in summer
- Flushing public toilets
3
Next Steps
- Tanks for every new house
- A map of storage sites
4
"""


def test_cover_closed_by_its_number_keeps_its_place_line():
    slides = _slides(run_text(BOTTOM))
    assert slides[0] == (1, "Rainwater in a Dry City",
                         ["Adelaide, Australia", "Sophie Clarke, Water Office, City of Adelaide"])
    assert [(n, t) for n, t, _ in slides[1:]] == [(2, "Collecting Rain"), (3, "Using It"), (4, "Next Steps")]


def test_trial_bottom_numbered_variant_keeps_its_cover():
    text = TRIAL.split("\n\nWater Infrastructure")[0] + """

Water Infrastructure in the Steppe City
Ulaanbaatar, Mongolia
Baterdene Ganzorig, Water Supply and Sewerage Authority
1
Current Situation of Water Supply
■ About 550 water kiosks in ger districts
■ Residents carry water home
2
Cooperation with Japan
■ Technical cooperation with Sapporo since 2018
■ Cold-region piping technology
3
Future Challenges
■ Extending pipes to ger districts
■ Reviewing tariffs
4
"""
    assert _slides(run_text(text)) == TRIAL_SLIDES


# --- near misses: decks read as before ----------------------------------------------------------------------------

def test_numbers_heading_slides_after_cover_stay_so():
    text = ("Night Buses in a University Town\nTomas Novak, Transport Office, City of Brno\n1\nWho Rides at Night\n"
            "- Students and shift workers\n2\nRoutes\n- Eight lines from the main station\n3\nCosts\n"
            "- Funded by the city and the region\n")
    slides = _slides(run_text(text))
    assert [(n, t) for n, t, _ in slides] == [(None, "Night Buses in a University Town"), (1, "Who Rides at Night"),
                                            (2, "Routes"), (3, "Costs")]


def test_a_number_missing_is_not_read_under_titles():
    lines = ["Why Cycling Streets", "1", "- Half of all trips", "How We Built Them", "3", "- Red asphalt",
             "What We Learned", "4", "- More streets"]
    texts = [Text.inserted(s) for s in lines]
    assert _numbers_under_titles(texts, find_anchors(texts, 0, len(texts)), 0) is False


# --- 3. a table's rows over the next slide's title and number ------------------------------------------------------

TABLE = """Water Kiosks in Ger Districts
1
Ulaanbaatar, Mongolia
Baterdene Ganzorig, Water Supply Authority
Kiosks by District
2
■ Kiosks open all year
Bayanzurkh
120
Songinokhairkhan
95
Cold-Season Supply
3
■ Heated pipes to 120 kiosks
■ Trucks in the coldest weeks
Future Work
4
■ Piped water to new districts
■ A tariff review
"""


def test_table_rows_over_the_next_slides_number():
    slides = _slides(run_text(TABLE))
    assert [(n, t) for n, t, _ in slides] == [(1, "Water Kiosks in Ger Districts"), (2, "Kiosks by District"),
                                            (3, "Cold-Season Supply"), (4, "Future Work")]
    assert slides[1][2] == ["■ Kiosks open all year", "Bayanzurkh", "120", "Songinokhairkhan", "95"]


def test_table_cells_that_break_no_run_stay_cells():
    """Near miss: rows whose last number does not carry on the deck's numbers stay a table's cells."""
    from pipeline.segment.slides import _row_cells

    texts = [Text.inserted(s) for s in ["Water Kiosks in Ger Districts", "1", "Kiosks by District", "2", "North", "120", "South", "95",
                                        "Central", "7", "Cold-Season Supply", "3", "■ Pipes"]]
    assert sorted(_row_cells(texts, 0, len(texts))) == [5, 7, 9]  # slides 2 and 3 each a title over its number
    texts = [Text.inserted(s) for s in ["Water Kiosks in Ger Districts", "1", "- Pipes", "North", "120", "South", "95", "Central", "7"]]
    assert sorted(_row_cells(texts, 0, len(texts))) == [4, 6, 8]  # a last cell that carries on no run
    texts = [Text.inserted(s) for s in ["Water Kiosks in Ger Districts", "1", "- Pipes", "North", "2", "South", "95", "Central", "7"]]
    assert sorted(_row_cells(texts, 0, len(texts))) == [4, 6, 8]  # a first cell 2 with no 3 after it stays a cell


# --- 4. the cover's place under its title -------------------------------------------------------------------------

def test_cover_place_line_is_no_subtitle():
    """``Ulaanbaatar, Mongolia`` under the cover's title names the place (a town and its country): a cover line, no
    subtitle (``places.town_and_country_en``; once the cover kept its lines it had become ``subtitle.en``)."""
    talk = run_text(TRIAL).talks[0]
    assert talk.subtitle.en is None


def test_cover_without_speaker_closed_by_its_number_keeps_its_place():
    text = ("Water Infrastructure in the Steppe City\nUlaanbaatar, Mongolia\n1\nCurrent Situation of Water Supply\n"
            "■ About 550 water kiosks\n■ Residents carry water home\n2\nCooperation with Japan\n"
            "■ Technical cooperation with Sapporo\n3\nFuture Challenges\n■ Reviewing tariffs\n4\n")
    slides = _slides(run_text(text))
    assert slides[0] == (1, "Water Infrastructure in the Steppe City", ["Ulaanbaatar, Mongolia"])
    assert [(n, t) for n, t, _ in slides[1:]] == [(2, "Current Situation of Water Supply"),
                                                (3, "Cooperation with Japan"), (4, "Future Challenges")]


def test_place_under_cover_title_is_no_subtitle_in_any_deck():
    """The same cover in a deck that prints no numbers (its slides set apart by blank lines): the place had been the
    talk's subtitle there already."""
    text = ("Cycling Streets for a Compact City\nUtrecht, Netherlands\n"
            "Marieke de Vries, Traffic Department, Municipality of Utrecht\n\n"
            "Why Cycling Streets\n- Half of all trips in the centre are by bike\n- Cars are guests on the street\n\n"
            "How We Built Them\n- Red asphalt and no centre line\n- Speed limit of 30 km/h\n")
    talk = run_text(text).talks[0]
    assert talk.subtitle.en is None
    assert talk.title.en is not None and talk.title.en.text == "Cycling Streets for a Compact City"
