"""Issue 16 (session 51): an English deck dumped with blank lines between its slides, and no page numbers or form
feeds, gives its slides; a line repeated at the same place of each slide (a footer, a header) is page furniture.

Evidence, none of it the sample's layout: after the deck's cover, the text falls into boxes set apart by blank lines,
each a short title line over a few short lines; a line that stands at the same edge (last, or first) of every such
box is the deck's running footer (header), as a line beside each slide's number is when the slides are numbered.
No slide number is invented: the slides keep ``None``. Negative cases: an English paper's paragraphs set apart by
blank lines (with or without a heading over each) stay paragraphs, and an English abstract after a Japanese paper
stays prose. Every input is made up (cities, titles, speakers); the expected results were written before the change.
"""

from __future__ import annotations

import pytest

from tests.segmenting import furniture_of as _furniture, only_talk as _talk, paragraph_texts as _paragraph_texts, \
    segment_text as _segment, slides_of as _slides, text_of as _t


HAKODATE = """函館市

港町の夜景と観光振興

函館市観光部長 中村 健一

1. はじめに
函館市は北海道の南端に位置する港町である。

2. 取り組み
夜景を生かした観光振興を進めている。

Hakodate City
Night Views and Tourism in a Port Town

Port of Hakodate
Opened to foreign trade in 1859
One of the first open ports in Ja-
pan, with a foreign quarter

Night View from Mount Hakodate
Ropeway carries visitors to the summit
Lights of the city between two bays

Tourism Promotion
Winter illumination along the bay
Guided walks in the old town
"""

MATSUE_FOOTER = """松江市

水の都の景観づくり

松江市都市景観課長 山本 花子

1. 概要
松江市は宍道湖と中海に挟まれた水の都である。

Matsue City
Landscape Planning in a City of Water

Lake Shinji
Brackish lake on the city's west side
Sunset views draw many visitors
Matsue City Urban Design Division

Castle Moat Boats
Boats circle the moat of Matsue Castle
Seventeen bridges along the route
Matsue City Urban Design Division

Historic Streets
Samurai residences along Shiomi Nawate
Height limits protect the skyline
Matsue City Urban Design Division

Next Steps
Guidelines for new signs and lights
Workshops with residents
Matsue City Urban Design Division
"""

TAKAMATSU_HEADER = """高松市

瀬戸内の島々を結ぶ交通

高松市交通政策課長 佐々木 誠

1. 背景
高松市は瀬戸内海の島々への玄関口である。

2. 課題
離島航路の利用者が減少している。

Takamatsu City
Island Ferries of the Seto Inland Sea

Takamatsu City Transport Policy Division
Ferry Network
Eight routes link the port with the islands
Ferries run from early morning to night

Takamatsu City Transport Policy Division
Passengers
Island residents fell by a third since 2000
Art festival visitors fill summer ferries

Takamatsu City Transport Policy Division
Fares and Subsidies
Fares supported by the city and the state
A pass for island residents

Takamatsu City Transport Policy Division
Timetables
Connections with trains at the port
Online timetables in four languages

Takamatsu City Transport Policy Division
Future Plans
Electric ferries from 2030
New pier for small boats
"""

NIIGATA_BULLETS = """新潟市

日本海の港と物流

新潟市港湾振興課長 高橋 直樹

1. 新潟港の概要
新潟港は日本海側の拠点港である。

2. 物流の現状
コンテナ取扱量は増加している。

3. 今後の展望
対岸諸国との航路を拡充したい。

Niigata City
Ports and Logistics on the Sea of Japan

Port of Niigata
• Hub port on the Sea of Japan coast
• Two harbours: East and West

Container Traffic
• Volume rose by a fifth in ten years
• New cranes installed in 2021

Trading Partners
• China and South Korea lead
• Russia routes suspended

Rail and Road Links
• Expressways to Tokyo and Sendai
• Freight trains from the East Port

Sea Routes
• Weekly service to Busan
• Feeder links to Yokohama

Future Vision
• Green port with shore power
• More routes across the sea

Thank you
"""

TOYAMA_DECK_ONLY = """富山市

路面電車を軸としたまちづくり

富山市都市交通課長 林 由美

Toyama City
Compact City Planning along the Tram Lines

Light Rail Transit
Opened in 2006 on a former railway line
Trains every fifteen minutes

Ring Line
Loop through the city centre
Links shops, offices and the station

Results
More elderly residents go out by tram
Housing moved closer to the stops
"""

DECK_EN = """Tidal Energy for Small Harbour Towns
Jane Smith, Port Energy Office

Why Tides?
Predictable every day of the year
No fuel to import

Our Pilot
Two turbines at the harbour mouth
Power for the fish market

Costs
Installation paid by a regional grant that co-
vers the first five years
Maintenance shared with the port

Next Steps
A third turbine by 2027
Open data on the output
"""

DECK_EN_FOOTER = """Rainwater Harvesting in Schools
Maria Lopez, County Education Board

Why Rainwater?
Summer droughts every second year
Roofs collect more than we use
County Education Board 2025

Tanks and Pipes
One tank for each school building
Filters cleaned by the caretaker
County Education Board 2025

Lessons for Pupils
Measuring rain in science class
A rain gauge on every roof
County Education Board 2025
"""


def test_blank_line_slides_after_a_japanese_paper51():
    talk, _ = _talk(HAKODATE)
    assert (_t(talk.city.ja), _t(talk.city.en)) == ("函館市", "Hakodate")
    assert (_t(talk.title.ja), _t(talk.title.en)) == ("港町の夜景と観光振興", "Night Views and Tourism in a Port Town")
    assert _slides(talk) == [
        (None, "Night Views and Tourism in a Port Town", ["Hakodate City"]),
        (None, "Port of Hakodate", ["Opened to foreign trade in 1859", "One of the first open ports in Japan, with a foreign quarter"]),
        (None, "Night View from Mount Hakodate", ["Ropeway carries visitors to the summit", "Lights of the city between two bays"]),
        (None, "Tourism Promotion", ["Winter illumination along the bay", "Guided walks in the old town"]),
    ]
    assert [s.number for s in talk.sections] == ["1", "2"]
    assert _paragraph_texts(talk) == ["函館市は北海道の南端に位置する港町である。", "夜景を生かした観光振興を進めている。"]


def test_a_footer_closing_every_blank_line_slide_is_furniture51():
    talk, ledger = _talk(MATSUE_FOOTER)
    assert _t(talk.title.en) == "Landscape Planning in a City of Water"
    assert _slides(talk) == [
        (None, "Landscape Planning in a City of Water", ["Matsue City"]),
        (None, "Lake Shinji", ["Brackish lake on the city's west side", "Sunset views draw many visitors"]),
        (None, "Castle Moat Boats", ["Boats circle the moat of Matsue Castle", "Seventeen bridges along the route"]),
        (None, "Historic Streets", ["Samurai residences along Shiomi Nawate", "Height limits protect the skyline"]),
        (None, "Next Steps", ["Guidelines for new signs and lights", "Workshops with residents"]),
    ]
    assert _furniture(ledger) == [("running-footer", "Matsue City Urban Design Division")] * 4
    assert _paragraph_texts(talk) == ["松江市は宍道湖と中海に挟まれた水の都である。"]


def test_a_header_opening_every_blank_line_slide_is_furniture51():
    talk, ledger = _talk(TAKAMATSU_HEADER)
    assert (_t(talk.city.en), _t(talk.title.en)) == ("Takamatsu", "Island Ferries of the Seto Inland Sea")
    assert _slides(talk) == [
        (None, "Island Ferries of the Seto Inland Sea", ["Takamatsu City"]),
        (None, "Ferry Network", ["Eight routes link the port with the islands", "Ferries run from early morning to night"]),
        (None, "Passengers", ["Island residents fell by a third since 2000", "Art festival visitors fill summer ferries"]),
        (None, "Fares and Subsidies", ["Fares supported by the city and the state", "A pass for island residents"]),
        (None, "Timetables", ["Connections with trains at the port", "Online timetables in four languages"]),
        (None, "Future Plans", ["Electric ferries from 2030", "New pier for small boats"]),
    ]
    assert _furniture(ledger) == [("running-header", "Takamatsu City Transport Policy Division")] * 5


def test_six_bulleted_blank_line_slides_and_a_closing51():
    talk, _ = _talk(NIIGATA_BULLETS)
    assert _t(talk.title.en) == "Ports and Logistics on the Sea of Japan"
    got = _slides(talk)
    assert [title for _, title, _ in got] == ["Ports and Logistics on the Sea of Japan", "Port of Niigata", "Container Traffic",
                                              "Trading Partners", "Rail and Road Links", "Sea Routes", "Future Vision",
                                              "Thank you"]
    assert got[1] == (None, "Port of Niigata", ["• Hub port on the Sea of Japan coast", "• Two harbours: East and West"])
    assert all(number is None for number, _, _ in got)
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert all("Port" not in p for p in _paragraph_texts(talk))


def test_a_japanese_title_block_over_a_blank_line_deck_alone51():
    talk, _ = _talk(TOYAMA_DECK_ONLY)
    assert (_t(talk.city.ja), _t(talk.city.en)) == ("富山市", "Toyama")
    assert (_t(talk.title.ja), _t(talk.title.en)) == ("路面電車を軸としたまちづくり", "Compact City Planning along the Tram Lines")
    assert _slides(talk)[1:] == [
        (None, "Light Rail Transit", ["Opened in 2006 on a former railway line", "Trains every fifteen minutes"]),
        (None, "Ring Line", ["Loop through the city centre", "Links shops, offices and the station"]),
        (None, "Results", ["More elderly residents go out by tram", "Housing moved closer to the stops"]),
    ]
    assert not talk.sections or _paragraph_texts(talk) == []


def test_an_english_deck_alone_set_apart_by_blank_lines51():
    talk, _ = _talk(DECK_EN)
    assert talk.shape == "deck" and talk.lang == "en"
    assert _t(talk.title.en) == "Tidal Energy for Small Harbour Towns"
    assert _slides(talk) == [
        (None, "Tidal Energy for Small Harbour Towns", ["Jane Smith, Port Energy Office"]),
        (None, "Why Tides?", ["Predictable every day of the year", "No fuel to import"]),
        (None, "Our Pilot", ["Two turbines at the harbour mouth", "Power for the fish market"]),
        (None, "Costs", ["Installation paid by a regional grant that covers the first five years",
                         "Maintenance shared with the port"]),
        (None, "Next Steps", ["A third turbine by 2027", "Open data on the output"]),
    ]


def test_an_english_deck_alone_with_a_footer51():
    talk, ledger = _talk(DECK_EN_FOOTER)
    assert talk.shape == "deck"
    assert _slides(talk)[1:] == [
        (None, "Why Rainwater?", ["Summer droughts every second year", "Roofs collect more than we use"]),
        (None, "Tanks and Pipes", ["One tank for each school building", "Filters cleaned by the caretaker"]),
        (None, "Lessons for Pupils", ["Measuring rain in science class", "A rain gauge on every roof"]),
    ]
    assert _furniture(ledger) == [("running-footer", "County Education Board 2025")] * 3


# --- negative cases: prose set apart by blank lines stays prose ---

PAPER_EN = """Tidal Energy for Small Harbour Towns
Jane Smith, Port Energy Office

Small harbour towns often depend on diesel generators for their power,
and the cost of fuel has risen steadily over the last decade.

Tidal turbines offer an alternative that is predictable every day of the
year. This paper reports on a pilot with two turbines at a harbour mouth.

The turbines were installed in 2022 with a regional grant, and their
output has been measured every fifteen minutes since then.

The results show that two turbines can cover the needs of the fish market
and most of the harbour lighting during the winter months.
"""

PAPER_EN_HEADINGS = """Tidal Energy for Small Harbour Towns
Jane Smith, Port Energy Office

Introduction
Small harbour towns often depend on diesel generators for their power,
and the cost of fuel has risen steadily over the last decade.

Method
Two turbines were installed at the harbour mouth in 2022 with a regional
grant, and their output was measured every fifteen minutes.

Results
The turbines covered the needs of the fish market and most of the harbour
lighting during the winter months, at a lower cost than diesel.

Conclusion
Tidal power suits small harbour towns with strong currents near the shore,
and we recommend further pilots along the coast.
"""

PAPER_EN_NARROW = """Tidal Energy for Small Harbour Towns
Jane Smith, Port Energy Office

Introduction
Small harbour towns often depend on
diesel generators for their power, and
the cost of fuel has risen steadily.

Method
Two turbines were installed at the
harbour mouth in 2022 with a grant,
and their output was measured.

Results
The turbines covered the needs of the
fish market and most of the lighting
during the winter months.
"""

JA_PAPER_EN_ABSTRACT = """長崎市

坂のまちの公共交通

長崎市交通政策課長 田中 浩

1. はじめに
長崎市は斜面地に住宅が広がる坂のまちである。

2. 取り組み
斜面地の住民の移動を支える施策を進めている。

Abstract
Nagasaki is a city of hills, where many residents live on steep slopes far
from the bus routes along the valleys and the harbour.

This paper describes the measures the city has taken to support the daily
travel of these residents, such as slope cars and small community buses.

The results show that the number of trips by elderly residents has grown
since the measures began, and that the costs remain within the budget.
"""


def test_an_english_paper_s_blank_line_paragraphs_are_no_slides51():
    talk, ledger = _talk(PAPER_EN)
    assert talk.slides == () and talk.shape == "paper"
    assert [p[:30] for p in _paragraph_texts(talk)] == ["Small harbour towns often depe", "Tidal turbines offer an altern",
                                                        "The turbines were installed in", "The results show that two turb"]
    assert _furniture(ledger) == []


@pytest.mark.parametrize("text", [PAPER_EN_HEADINGS, PAPER_EN_NARROW], ids=["wide", "narrow"])
def test_an_english_paper_s_headed_paragraphs_are_no_slides51(text):
    talk, ledger = _talk(text)
    assert talk.slides == () and talk.shape == "paper"
    assert [_t(s.title) for s in talk.sections] == ["Introduction", "Method", "Results"] + (["Conclusion"] if "Conclusion" in text else [])
    assert _furniture(ledger) == []


def test_an_english_abstract_after_a_japanese_paper_stays_prose51():
    talk, _ = _talk(JA_PAPER_EN_ABSTRACT)
    assert talk.slides == ()
    texts = _paragraph_texts(talk)
    assert texts[:2] == ["長崎市は斜面地に住宅が広がる坂のまちである。", "斜面地の住民の移動を支える施策を進めている。"]
    assert [t[:20] for t in texts[2:]] == ["Nagasaki is a city o", "This paper describes", "The results show tha"]


CONTACTS = """Harbour Network Contacts
Updated March 2026

Kiel Harbour Office
Maria Lund
12 Quay Street
Kiel, Germany

Bergen Port Authority
Ole Hansen
4 Strandkaien
Bergen, Norway

Aarhus Marina
Karin Berg
1 Havnegade
Aarhus, Denmark
"""

MINUTES = """Harbour Committee Meeting
Minutes of 12 March 2026

Present
Maria Lund, Ole Hansen, Karin Berg

Item 1: Budget
The committee approved the budget for 2026.
The treasurer will report in June.

Item 2: Moorings
New moorings will be laid in April.
Fees stay the same.

Next meeting
14 May 2026 at 18:00
"""


@pytest.mark.parametrize("text", [CONTACTS, MINUTES], ids=["address-list", "minutes"])
def test_an_address_list_or_a_record_set_apart_by_blank_lines_is_no_deck51(text):
    # boxes under a short heading each, but their lines name people and addresses, or are whole sentences
    doc = _segment(text)
    assert all(talk.slides == () and talk.shape != "deck" for talk in doc.talks)
    assert _furniture(doc.ledger) == []


def test_two_talks_each_with_a_deck_set_apart_by_blank_lines51():
    doc = _segment(HAKODATE + "\n" + MATSUE_FOOTER)
    assert [_t(t.city.en) for t in doc.talks] == ["Hakodate", "Matsue"]
    assert [len(t.slides) for t in doc.talks] == [4, 5]
    assert [[_t(s.title) for s in t.slides][1] for t in doc.talks] == ["Port of Hakodate", "Lake Shinji"]
    assert _furniture(doc.ledger) == [("running-footer", "Matsue City Urban Design Division")] * 4


DECK_EN_SPEAKER_BOX = """Tidal Energy for Small Harbour Towns

Jane Smith
Port Energy Office

Why Tides?
Predictable every day of the year
No fuel to import

Our Pilot
Two turbines at the harbour mouth
Power for the fish market

Costs
Installation paid by a regional grant
Maintenance shared with the port

Thank you
jane.smith@example.org
"""


def test_a_cover_over_two_boxes_and_a_closing_with_its_contact51():
    # the speaker's box under the title's is the cover's, no slide; the thanks with its address is the closing slide
    talk, _ = _talk(DECK_EN_SPEAKER_BOX)
    assert talk.shape == "deck"
    assert _slides(talk) == [
        (None, "Tidal Energy for Small Harbour Towns", ["Jane Smith", "Port Energy Office"]),
        (None, "Why Tides?", ["Predictable every day of the year", "No fuel to import"]),
        (None, "Our Pilot", ["Two turbines at the harbour mouth", "Power for the fish market"]),
        (None, "Costs", ["Installation paid by a regional grant", "Maintenance shared with the port"]),
        (None, "Thank you", ["jane.smith@example.org"]),
    ]


DECK_EN_HEADER = """Bike Lanes on Market Street
Tom Reed, Riverton Transport Office

Riverton Transport Office
Before the Lanes
Cars parked on both sides
Cyclists rode on the pavement

Riverton Transport Office
The Design
Protected lanes on both sides
Loading bays moved to side streets

Riverton Transport Office
First Year
Cycling trips doubled
Shops report more visitors
"""


def test_an_english_deck_alone_with_a_header51():
    talk, ledger = _talk(DECK_EN_HEADER)
    assert talk.shape == "deck"
    assert _slides(talk)[1:] == [
        (None, "Before the Lanes", ["Cars parked on both sides", "Cyclists rode on the pavement"]),
        (None, "The Design", ["Protected lanes on both sides", "Loading bays moved to side streets"]),
        (None, "First Year", ["Cycling trips doubled", "Shops report more visitors"]),
    ]
    assert _furniture(ledger) == [("running-header", "Riverton Transport Office")] * 3
