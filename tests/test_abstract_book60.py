"""A book of abstracts with a code over each abstract, and an event's programme with no abstracts (issue 16 point 1,
fresh-user trial 60, helper book60).

Before: a bilingual Japanese book of abstracts (``【O-1】`` / Japanese title / English title / ``○佐々木 遥¹，大庭 健一²``
/ its affiliation line / the English authors and affiliations / the Japanese and English text) gave two talks of
three: the presenter's ``○`` read the authors' line as a meeting's speaker's turn, so no block had a speaker; an
English title in sentence case under the Japanese one stopped the speaker search; the English authors' lines
under the block hid the text under it, each id read as a listing's row. Codes alone in ASCII brackets (``[P-03]``,
``(O-2)``) were no ids. And an English conference programme (time slots, sessions, coded items over their speakers,
no abstracts) was one talk titled by its first item, two items glued into one paragraph.

After: each abstract is a talk numbered by its code, titled in both languages, its authors each with their own
affiliation; a programme printed as a running order (a timetable, or coded items over their speakers, no sentence)
is ONE document titled by the event's name, each of its lines an entry of its own (docs/segment.md, "An event's
timetable").

Near-misses, unchanged: a paper citing ``[P-03]`` in a sentence, a tab table of codes, a single abstract with its
code, a reference list of ``[1]`` / ``[2]`` alone on their lines, a notice with opening hours, minutes whose items are
timed, a programme of lectures under their labels (``演題：``, prog57).

Every text is made up; the correct results were written before the change.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

ABSTRACTS_JA = [
    ("高潮浸水想定区域における避難所配置の評価", "Evaluating shelter locations in storm-surge inundation zones",
     ["○森本 大輔¹，川口 真理²", "¹岡山理工大学 工学部，²倉敷市 防災危機管理室", "Daisuke Morimoto¹, Mari Kawaguchi²",
      "¹Faculty of Engineering, Okayama Institute of Technology; ²Disaster Management Office, Kurashiki City"],
     [("森本 大輔", "岡山理工大学 工学部"), ("川口 真理", "倉敷市 防災危機管理室")],
     ["倉敷市の高潮浸水想定区域内にある指定避難所42か所について，浸水深と収容人数から配置の妥当性を評価した。",
      "We assessed 42 designated shelters in Kurashiki's storm-surge zone by flood depth and capacity."]),
    ("ため池決壊リスクの簡易評価手法", "A simple method for assessing irrigation pond failure risk",
     ["○西田 拓海¹，Laura Bennett²", "¹香川農業大学 農学部，²University of Westbridge, UK",
      "Takumi Nishida¹, Laura Bennett²", "¹Faculty of Agriculture, Kagawa Agricultural University; ²University of Westbridge, UK"],
     [("西田 拓海", "香川農業大学 農学部"), ("Laura Bennett", "University of Westbridge, UK")],
     ["香川県内のため池300か所を対象に，堤体の高さと下流人口から決壊時の影響を簡易に評価する手法を提案した。",
      "We propose a quick method to rate the impact of failure for 300 ponds in Kagawa from dam height and downstream population."]),
    ("住民参加型ハザードマップの作成過程", "Making hazard maps with residents",
     ["○久保 由紀（愛媛県立大学）", "Yuki Kubo (Ehime Prefectural University)"],
     [("久保 由紀", "愛媛県立大学")],
     ["松山市の3地区で住民とともにハザードマップを作成し，その過程で出た意見を分類した。",
      "We made hazard maps with residents of three Matsuyama districts and classified the comments they raised."]),
]
HEADER_JA = ["第8回 瀬戸内地域防災研究会 講演要旨集",
             "The 8th Setouchi Disaster Research Meeting — Book of Abstracts", "2026年6月5日–6日　岡山市・岡山コンベンションセンター"]


def _book_ja(codes: list[str], header: bool) -> str:
    out = [*HEADER_JA, ""] if header else []
    for code, (ja, en, authors, _, body) in zip(codes, ABSTRACTS_JA):
        out += [code, ja, en, *authors, *body, ""]
    return "\n".join(out)


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("codes,numbers", [
    (["【O-1】", "【O-2】", "【P-03】"], ["O-1", "O-2", "P-03"]),
    (["【A-1】", "【A-2】", "【B-01】"], ["A-1", "A-2", "B-01"]),
])
def test_each_abstract_of_a_bilingual_book_is_a_talk60(codes, numbers, header):
    talks = run_text(_book_ja(codes, header)).talks
    assert [(t.number, t.title.ja.text, t.title.en.text) for t in talks] == \
        [(n, a[0], a[1]) for n, a in zip(numbers, ABSTRACTS_JA)]
    for talk, (_, _, _, authors, body) in zip(talks, ABSTRACTS_JA):
        assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == authors  # no ² left, none twice
        assert talk.speaker.name.text == authors[0][0]  # the presenter's ``○`` is no part of the name
        assert [p.text for s in talk.sections for p in s.paragraphs] == body
    if header:
        assert HEADER_JA[0] in [t.text for t in talks[0].front]  # the book's header: the first talk's front


def test_two_abstracts_without_a_header60():
    talks = run_text(_book_ja(["【S1-1】", "【S1-2】"], False)).talks
    assert [t.number for t in talks] == ["S1-1", "S1-2"]


ABSTRACTS_EN = [
    ("Kelp forest recovery after urchin culling", ["Ingrid Solheim¹, Marco Ferri²", "¹ Arctic University of Tromsø",
                                                    "² Institute of Marine Sciences, Genoa"],
     "We removed sea urchins from four test plots in 2022. Kelp cover returned to half of its former extent within two years."),
    ("Microplastics in harbour sediments", ["Tomasz Nowak¹, Aoife Brennan¹", "¹ Baltic Coastal Institute, Gdańsk"],
     "Sediment cores from six harbours held between 40 and 900 particles per kilogram, the highest near storm overflows."),
    ("Noise from ferries and harbour porpoises", ["Helle Sørensen², Peter Quist¹", "¹ Danish Sound Research Centre",
                                                  "² University of Aarhus"],
     "Hydrophones logged ferry noise for a year. Porpoise clicks dropped by a third in the hour after each departure."),
]


@pytest.mark.parametrize("codes,numbers", [
    (["[P-01]", "[P-02]", "[P-03]"], ["P-01", "P-02", "P-03"]),
    (["(O-1)", "(O-2)", "(P-01)"], ["O-1", "O-2", "P-01"]),
])
def test_a_code_alone_in_ascii_brackets_numbers_its_abstract60(codes, numbers):
    out = ["Harbour Ecology Days 2026 — Book of Abstracts", "Tromsø, Norway, 3–4 September 2026", ""]
    for code, (title, authors, body) in zip(codes, ABSTRACTS_EN):
        out += [code, title, *authors, body, ""]
    talks = run_text("\n".join(out)).talks
    assert [(t.number, t.title.en.text) for t in talks] == [(n, a[0]) for n, a in zip(numbers, ABSTRACTS_EN)]


PROGRAMME = """Northern Coasts Urban Resilience Forum 2026
Programme — Day 2, Thursday 14 May 2026
Venue: Harbourside Conference Centre, Aberdeen

08:30  Registration and coffee (Foyer)

09:00  Plenary 1 (Main Hall)
       Chair: Dr. Morag Lindqvist, University of Westmarch
       Keynote: "Tides, Towns and Time: Planning for 2100"
       Prof. Hendrik Baalsrud, Coastal Futures Institute, Bergen

10:15  Parallel Session A — Flood Governance (Room 1)
       Chair: Ms. Aisling Corrigan, Harbour City Council
       A1  Community-led flood wardens in Galloway villages
           Fiona Tavish, Solway Rural Trust
       A2  Insurance gaps after the 2023 storm surge
           Dr. Kwame Osei-Bonsu, Institute of Risk Finance

10:15  Parallel Session B — Nature-based Solutions (Room 2)
       Chair: Dr. Pieter van Oosten, Delta Works Foundation
       B1  Saltmarsh restoration at scale: five-year results
           Dr. Eilidh Rennie and Tomas Kowalczyk, North Sea Ecology Lab
       B2  Living seawalls: cost and maintenance
           Hana Sørlie, Oslo Municipality Climate Agency

12:00  Lunch (Terrace Restaurant)

15:00  Closing remarks
       Dr. Morag Lindqvist, Forum Chair
"""

PROGRAMME_CODES_ONLY = """Coastal Cities Data Workshop 2026
Session programme
Kiel, 22 April 2026

Session A — Open Data
   A1  Publishing tide gauge records as open data
       Jonas Petersen, Kiel Harbour Authority
   A2  A shared register of flood defences
       Dr. Maren Ohlsen, Institute for Coastal Research

Session B — Models
   B1  Downscaling storm surge forecasts for small ports
       Prof. Henrik Vogel, University of Hamburg
   B2  Machine learning for harbour silt
       Anja Reiter, Federal Waterways Institute
"""

PROGRAMME_JA = """第5回 みなと防災フォーラム プログラム
2026年2月14日（土）　港南市民ホール

10:00　開会挨拶　港南市長　佐藤 一郎
10:10　基調講演「津波避難の新しい考え方」
　　　　東北防災大学 教授　高橋 誠
11:10　事例報告１　漁港の事業継続計画
　　　　港南市 水産課長　山本 健二
12:10　閉会
"""


@pytest.mark.parametrize("text,title,item", [
    (PROGRAMME, "Northern Coasts Urban Resilience Forum 2026", "B1  Saltmarsh restoration at scale: five-year results"),
    (PROGRAMME_CODES_ONLY, "Coastal Cities Data Workshop 2026", "B1  Downscaling storm surge forecasts for small ports"),
    (PROGRAMME_JA, "第5回 みなと防災フォーラム プログラム", "10:10　基調講演「津波避難の新しい考え方」"),
])
def test_a_programme_with_no_abstracts_is_one_document_titled_by_its_event60(text, title, item):
    talks = run_text(text).talks
    assert len(talks) == 1
    talk = talks[0]
    assert title in (talk.title.en.text if talk.title.en is not None else None, talk.title.ja.text if talk.title.ja is not None else None)
    assert talk.number is None and talk.speaker.name is None
    # (a slot with lines under it heads a section of its own since helper city72: its line is the section's heading)
    entries = [p.text for s in talk.sections for p in ((s.heading,) if s.heading is not None else ()) + s.paragraphs]
    assert item in entries  # each item its own entry, never glued to the next
    assert all(len([ln for ln in text.splitlines() if ln.strip() and ln.strip() in e.replace("\t", "  ")]) <= 1
               for e in entries)


def test_a_timetables_slots_are_its_body_not_its_front60():
    talk = run_text(PROGRAMME).talks[0]
    assert [t.text for t in talk.front] == ["Programme — Day 2, Thursday 14 May 2026",
                                            "Venue: Harbourside Conference Centre, Aberdeen"]
    # (the slots with lines under them head sections since helper city72: the first slot heads the first section)
    assert talk.sections[0].heading.text == "08:30  Registration and coffee (Foyer)"
    assert talk.sections[0].title.text == "Registration and coffee (Foyer)"


NEAR_MISSES = {
    "citing": """Shelter Capacity in Coastal Towns
Emma Lindgren, University of Gothenburg

Abstract
We compare shelter capacity in four coastal towns with the populations at risk from storm surges and river floods.

1 Introduction
Earlier posters at this meeting, notably [P-03] and [A-1], counted shelters but not their capacity. We take their counts as a starting point.
""",
    "references": """Flood Warnings and Trust
Anna Berg, Lund University

1 Introduction
Trust in warnings falls after false alarms [1], but recovers when agencies explain their errors [2].

References
[1]
Smith, J. (2019). False alarms and public trust. Risk Analysis 39, 12–30.
[2]
Tanaka, K. and Lee, M. (2021). Explaining forecast errors. Weather and Society 4, 55–71.
""",
    "minutes": """Harbour Town Council — Minutes of the Planning Committee
Held on 3 March 2026 at the Town Hall

19:00  Apologies
Apologies were received from Cllr. Ward and Cllr. Singh.
19:10  Minutes of the last meeting
The minutes of the meeting held on 3 February were approved as a true record.
19:20  Planning applications
The committee considered two applications for the old quay. Both were approved with conditions.
""",
}


@pytest.mark.parametrize("name", list(NEAR_MISSES))
def test_near_misses_stay_one_talk_with_no_code60(name):
    talks = run_text(NEAR_MISSES[name]).talks
    assert len(talks) == 1 and talks[0].number is None


def test_a_single_abstract_keeps_its_code_and_authors60():
    talks = run_text(_book_ja(["【P-12】"], False)).talks
    assert [(t.number, t.speaker.name.text) for t in talks] == [("P-12", "森本 大輔")]


def test_a_listing_of_coded_items_inside_a_paper_keeps_its_body60():
    text = "\n".join(["Reviewing Abstracts for a Regional Water Workshop", "Kari Lund",
                      "Department of Planning, University of Oslo, Norway", "",
                      "The abstracts below were selected by the committee from 41 submissions received before the deadline.",
                      "The abstracts reviewed were these:",
                      "A1. Green Roofs and Peak Runoff", "Ingrid Solberg, Norwegian University of Science and Technology",
                      "A2. Sensor Networks for Sewer Overflows", "Li Wei, Gdansk University of Technology", "",
                      "The committee found that most abstracts reported field measurements, and few reported models alone."])
    [talk] = run_text(text).talks
    assert talk.title.en.text == "Reviewing Abstracts for a Regional Water Workshop"
    assert not talk.front  # its opening paragraph stays its body's, the listing no timetable of an event
