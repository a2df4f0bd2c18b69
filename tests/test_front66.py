"""Helper front66 (issue 16: the front matter of talks, papers and reports), after fresh-user trials 65c and 65d.
Made-up documents in other wordings, languages and layouts than the trials' (also under /work/regress/in_front66/).

1. A bilingual title block's English line that names the city alone (``Shizuoka``, ``Kitakyushu City``, ``City of
   Busan``, ``KITAKYUSHU CITY``) is the city's English, read as the Japanese city line is: ``city.en`` points at it and
   it is no front line; the municipality's word around the name (``City``, ``City of``) is a ledger row
   (``read_city_line_en``, reason ``city-line``). A line of more than the city stays front.
2. A report maker's label (``Prepared by the``, ``Compiled by:``, ``Written by the``, ``作成：``, ``作成者：``, ``編集：``)
   is no part of the speaker's affiliation; the speaker's text keeps it.
3. A running head atop every page that prints another year than the title under its first copy (``令和5年度 …`` over
   ``令和6年度 …``, ``Bramford Council — Annual Report 2023`` over ``Annual Report 2024``) is the pages' header on page 1
   too; the line under it is the title.
4. An ingredient or parts list written name first (``Flour 450 g``, ``Eggs 2`` beside items with units) is a list
   under its heading, as ``2 cups flour`` is.
"""

from __future__ import annotations

import pytest

from segmenting import only_talk, text_of


def _proc(city_ja: str, city_en: str | None, *, en_first: bool = False) -> str:
    lines = ["第7回 都市交流フォーラム 講演集", ""]
    lines += ([city_en, city_ja] if en_first else [city_ja] + ([city_en] if city_en else []))
    lines += ["港の再開発と市民の水辺", "Port Redevelopment and the Citizens' Waterfront",
              f"{city_ja} 港湾政策課長　金 民秀", "", "１．はじめに",
              f"{city_ja}は北港の再開発を進め、旧埠頭を市民の水辺空間として開放してきた。", "",
              "２．成果", "再開発地区には年間約１２００万人が訪れ、周辺の商店街の売上も伸びている。", "",
              "Slide 1", "The North Port Today", "- 1,200 ha redeveloped", "Slide 2", "Next Steps",
              "- Opera house opens 2027", ""]
    return "\n".join(lines)


def _city_rows(ledger):
    return [(r.line, r.text) for r in ledger if r.rule == "read_city_line_en"]


@pytest.mark.parametrize("city_ja, line, name, rest", [
    ("静岡市", "Shizuoka", "Shizuoka", []),
    ("北九州市", "Kitakyushu City", "Kitakyushu", ["City"]),
    ("釜山広域市", "City of Busan", "Busan", ["City of"]),
    ("大連市", "Dalian City", "Dalian", ["City"]),
])
def test_an_english_city_line_is_read_as_the_city_not_front66(city_ja, line, name, rest):
    talk, ledger = only_talk(_proc(city_ja, line))
    assert text_of(talk.city.ja) == city_ja and text_of(talk.city.en) == name
    assert talk.city.en.origin[0] == (4, line.index(name))  # the name on the city line itself
    assert line not in [t.text for t in talk.front]
    assert [text for _, text in _city_rows(ledger)] == rest


def test_an_english_city_line_over_the_japanese_one_is_read_too66():
    talk, ledger = only_talk(_proc("函館市", "City of Hakodate", en_first=True))
    assert text_of(talk.city.en) == "Hakodate" and talk.city.en.origin[0] == (3, 8)
    assert "City of Hakodate" not in [t.text for t in talk.front]
    assert _city_rows(ledger) == [(3, "City of")]


def test_an_english_city_line_in_capitals_is_recorded_whole66():
    """The city is given in its usual case from the text's own spelling; the printed line is the ledger's row."""
    text = _proc("北九州市", "KITAKYUSHU CITY").replace("金 民秀", "田中 一郎\nIchiro Tanaka, City of Kitakyushu")
    talk, ledger = only_talk(text)
    assert text_of(talk.city.en) == "Kitakyushu"
    assert "KITAKYUSHU CITY" not in [t.text for t in talk.front]
    assert _city_rows(ledger) == [(4, "KITAKYUSHU CITY")]


@pytest.mark.parametrize("line", ["Sendai City Hall"])  # (``Kobe City, Hyogo``: the city and its region, helper city67)
def test_a_line_of_more_than_the_city_stays_front66(line):
    city_ja = "神戸市" if line.startswith("Kobe") else "仙台市"
    talk, ledger = only_talk(_proc(city_ja, line))
    assert line in [t.text for t in talk.front]
    assert not _city_rows(ledger)


def _report(title: str, maker: str, ja: bool) -> str:
    if ja:
        body = ("１．はじめに\nこの記録は、町内の自主防災組織が令和６年度に行った活動をまとめたものである。\n\n"
                "２．訓練\n町内の全地区で避難訓練を行い、延べ1,200人が参加した。\n")
    else:
        body = ("1. Summary\nThe borough replaced 2,400 street lamps with LED lanterns this year, and energy use fell.\n\n"
                "2. Faults\nReported faults fell from 610 to 380, most of them on the older concrete columns.\n")
    return f"{title}\n{maker}\n\n{body}"


@pytest.mark.parametrize("title, maker, affiliation, name", [
    ("Annual Report on Municipal Energy Use 2024", "Prepared by the Sustainability Unit, City of Bramford",
     "Sustainability Unit, City of Bramford", None),
    ("Visitor Survey Results 2025", "Compiled by: Harbour Museum Visitor Services", "Harbour Museum Visitor Services", None),
    ("A Short History of the Mill Lane Allotments", "Written by the Mill Lane Allotment Society",
     "Mill Lane Allotment Society", None),
    ("令和６年度 市民意識調査報告書", "作成：みなと市 企画政策課", "みなと市 企画政策課", None),
    ("地域防災活動の記録", "作成者：あおば町 防災安全課", "あおば町 防災安全課", None),
    ("学校給食アンケート集計結果", "編集：西浜市教育委員会 学校給食課　田中 美穂", "西浜市教育委員会 学校給食課", "田中 美穂"),
    ("学校給食アンケート集計結果", "作成：西浜市教育委員会 学校給食課　田中 美穂", "西浜市教育委員会 学校給食課", "田中 美穂"),
])
def test_a_report_makers_label_is_no_part_of_the_affiliation66(title, maker, affiliation, name):
    talk, _ = only_talk(_report(title, maker, ja=title[0] > "\u3000"))
    assert text_of(talk.speaker.affiliation) == affiliation
    assert text_of(talk.speaker.name) == name
    assert text_of(talk.speaker.text) == maker.replace("\u3000", " ") or text_of(talk.speaker.text) == maker


@pytest.mark.parametrize("maker", ["Prepared for the Wey Valley Partnership"])
def test_a_clients_line_is_no_maker66(maker):
    """Near miss: ``Prepared for`` names the client, no author."""
    talk, _ = only_talk(_report("Flood Risk Study for the Lower Wey", maker, ja=False))
    assert talk.speaker.affiliation is None and maker in [t.text for t in talk.front]


def test_by_the_sea_stays_a_title66():
    from pipeline.segment.names import byline
    assert byline("by the sea") == 0 and byline("Prepared by hand") == 0 and byline("Prepared for the Council") == 0
    assert byline("Prepared by the Highways Team") == len("Prepared by the ")


HEADED_JA = ("{head}\n{title}\n1. 概要\n本市の水道事業は、令和6年度も安定した給水を維持した。給水人口は前年度と比べてわずかに減少したが、\n"
             "配水管の更新工事は計画どおり進んだ。\n- 1 -\n{head}\n2. 配水管の更新\n老朽化した配水管のうち、約十二キロメートルを更新した。\n"
             "- 2 -\n{head}\n3. 水質の管理\n水質検査は毎月実施し、すべての項目で基準を満たした。\n- 3 -\n")
HEADED_EN = ("{head}\n{title}\n1. Overview\nThe capital programme for the year totals 38 million pounds, most of it for "
             "schools.\n- 1 -\n{head}\n2. Schools\nTwo primary schools will be extended to take an extra class in each "
             "year.\n- 2 -\n{head}\n3. Roads\nResurfacing will cover about 60 kilometres of the busiest roads.\n- 3 -\n")


def _heads(ledger):
    return [(r.line, r.text.strip()) for r in ledger if r.rule == "page_furniture" and r.reason == "running-header"]


@pytest.mark.parametrize("template, head, title", [
    (HEADED_JA, "令和5年度 水道事業報告書", "令和6年度 水道事業報告書"),
    (HEADED_JA, "2023年度　図書館事業報告", "2024年度\u3000図書館事業報告"),
    (HEADED_EN, "FY2023 Capital Programme Summary", "FY2024 Capital Programme Summary"),
    (HEADED_EN, "Bramford Council — Annual Report 2023", "Annual Report 2024"),
])
def test_a_head_over_another_years_title_is_the_pages_header66(template, head, title):
    talk, ledger = only_talk(template.format(head=head, title=title))
    assert text_of(talk.title.ja or talk.title.en) == title
    assert not talk.front and talk.subtitle.ja is None and talk.subtitle.en is None
    assert [line for line, _ in _heads(ledger)] == [1, 7, 11] if template is HEADED_JA else [1, 6, 10]


def test_a_head_over_another_number_stays_the_title66():
    """Near miss: a number that is no year (a route's) names another thing: the head stays the title."""
    talk, ledger = only_talk(HEADED_EN.format(head="Route 12 Review", title="Route 14 Review"))
    assert text_of(talk.title.en) == "Route 12 Review" and text_of(talk.subtitle.en) == "Route 14 Review"
    assert 1 not in [line for line, _ in _heads(ledger)]


def test_one_page_shows_no_head66():
    """Near miss: with no page after it, the line is no running head."""
    talk, ledger = only_talk("Annual Report 2023\nAnnual Report 2024\nThe society held eleven meetings this year and "
                             "welcomed thirty new members.\nOur thanks go to the volunteers who ran the library.\n")
    assert not _heads(ledger) and text_of(talk.title.en) == "Annual Report 2023"


def _sections(text):
    talk, _ = only_talk(text)
    return [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections], [t.text for t in talk.front]


@pytest.mark.parametrize("heading, items", [
    ("Ingredients", ["Flour 450 g", "Baking soda 1 tsp", "Salt 1 tsp", "Buttermilk 400 ml"]),
    ("You will need", ["Plain flour 200g", "Eggs 2", "Milk 300 ml", "Butter 1 tbsp"]),
    ("Ingredients", ["Leeks 3 large", "Potatoes 500 g", "Vegetable stock 1 l", "Cream (optional) 100 ml"]),
    ("Parts", ["Front panel 1 piece", "Side panels 2 pieces", "Wood screws 8", "Roof felt 1 sheet"]),
])
def test_a_list_with_its_quantities_after_the_names_is_a_list66(heading, items):
    text = ("Simple Things to Make\n\n" + heading + "\n" + "\n".join(items) + "\n\nMethod\nMix everything in a large bowl, "
            "then leave it to rest for half an hour before you go on.\n\nTips\nDo not rush the last step, or it will "
            "not turn out well.\n")
    sections, front = _sections(text)
    assert [t for t, _ in sections] == [heading, "Method", "Tips"]
    assert dict(sections)[heading] == items and not front


def test_counted_names_alone_are_no_list66():
    """Near miss: ``Chapter 2`` / ``Room 12`` lines count no quantity: no list for the phrase over them."""
    from pipeline.segment.sections import quantity_item, quantity_list
    from pipeline.model import Text
    ls = [Text.inserted(s) for s in ["Rooms", "Room 12", "Room 14", "Notes"]]
    assert not quantity_list(ls, 1, None)
    assert [quantity_item(s) for s in ["Flour 200 g", "Milk 1 1/2 cups", "Chapter 2", "Harbour to lighthouse 4 km",
                                       "Page 3", "Eggs 2"]] == [True, True, False, False, False, False]
