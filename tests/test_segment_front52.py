"""Front matter of a talk, helper front52 (issue 16): the city from an English municipality line or an office line,
an organisation under a deck's cover title, an author's label, a talk number and its speaker on one line, a manual's
maker. Made-up documents, other cities and languages than trial 51c's: the kinds, not the cases."""

from __future__ import annotations

import pytest

from segment_inputs import run_text


def _one(text: str):
    [talk] = run_text(text).talks
    return talk


def _city(talk):
    return (talk.city.ja.text if talk.city.ja else None, talk.city.en.text if talk.city.en else None)


REPORT = "{title}\n{byline}\nJune 2024\n\n1. Overview\nFine particle levels fell by 4% over the year.\n\n" \
         "2. Stations\nEight stations recorded hourly values.\n"


@pytest.mark.parametrize("title, byline, city, affiliation", [
    ("Air Quality Monitoring Report 2023", "Presented by: Environmental Protection Division, Kaunas City Municipality",
     "Kaunas", "Environmental Protection Division, Kaunas City Municipality"),
    ("Reading Habits and Branch Opening Hours", "Author: Office of Cultural Affairs, Municipality of Tartu",
     "Tartu", "Office of Cultural Affairs, Municipality of Tartu"),
    ("Urban Gardens and Community Health", "Prepared by: Green Futures Foundation", None, "Green Futures Foundation"),
])
def test_an_english_report_s_labelled_office_is_its_affiliation_and_names_its_city52(title, byline, city, affiliation):
    talk = _one(REPORT.format(title=title, byline=byline))
    assert talk.title.en.text == title
    assert (talk.speaker.affiliation.text, talk.speaker.name) == (affiliation, None)  # the label is a label
    assert _city(talk) == (None, city)  # a foundation names no city: null


def test_a_labelled_author_s_name_is_the_speaker_and_the_title_stays52():
    talk = _one("Street Tree Inventory\nPrepared by: Maria Jensen\nParks Department\n\n1. Method\n"
                "Every street tree was counted in spring.\n\n2. Results\nThe inventory lists 21,400 trees.\n")
    assert talk.title.en.text == "Street Tree Inventory"
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("Maria Jensen", "Parks Department")
    assert _city(talk) == (None, None)  # a person's name is no city


@pytest.mark.parametrize("affiliation, city", [
    ("Transport Planning Office, Leeds City Council", "Leeds"),
    ("Port and Harbor Bureau, City of Kobe", "Kobe"),
    ("Centre for Rural Studies, University of Bergen", None),
])
def test_a_deck_cover_s_organisation_is_the_affiliation_never_the_subtitle52(affiliation, city):
    talk = _one(f"Cargo Bikes for the Last Mile\n{affiliation}\nTom Baker\n1/3\n\nWhy Cargo Bikes\n"
                "• Vans block narrow streets\n2/3\n\nThank You\n3/3\n")
    assert talk.shape == "deck" and talk.subtitle.en is None
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("Tom Baker", affiliation)
    assert _city(talk) == (None, city)


def test_a_place_before_its_country_on_the_cover_names_the_city52():
    talk = _one("Waterfront Renewal in Ghent\nUrban Development Agency, Ghent, Belgium\n1/3\n\nThe Old Docks\n"
                "• 40 hectares of brownfield land\n2/3\n\nThank You\n3/3\n")
    assert _city(talk) == (None, "Ghent") and talk.id == "ghent"


@pytest.mark.parametrize("office, city", [
    ("令和7年2月10日　札幌市 環境局 環境政策課", "札幌市"),
    ("報告者：福岡市 経済観光文化局 国際部", "福岡市"),
])
def test_an_office_line_over_a_japanese_notice_names_its_city52(office, city):
    talk = _one(f"{office}\n家庭ごみの分別ルールの変更について\n\n■ 変更の内容\nプラスチック製容器包装の収集日が週1回になります。\n\n"
                "■ 開始日\n令和7年4月1日から実施します。\n")
    assert talk.title.ja.text == "家庭ごみの分別ルールの変更について"
    assert _city(talk) == (city, None)  # no English spelling in the text: none guessed


def test_no_city_without_evidence52():
    talk = _one("Sister City Programmes: A Practical Guide\nAuthor: Helen Park\n2023\n\n1. Why twin\n"
                "Twinning links schools, clubs and businesses.\n\n2. How to start\nWrite to the city you want to twin with.\n")
    assert _city(talk) == (None, None) and talk.speaker.name.text == "Helen Park"


@pytest.mark.parametrize("title, maker", [
    ("Sphinx User Guide", "The Sphinx Documentation Team"),
    ("The Pandas Cookbook", "The pandas Development Community"),
    ("pLaTeX2e 新ドキュメントクラス 利用の手引き", "日本語TeXコミュニティ"),
    ("OpenStreetMap 日本語マニュアル", "OSM Japan 翻訳プロジェクト"),
])
def test_a_manual_s_maker_under_its_title_is_its_author_s_organisation52(title, maker):
    talk = _one(f"{title}\n{maker}\n\n1. Installation\nInstall the package first.\n\n2. Getting started\n"
                "Run the quickstart script to create a project.\n")
    assert (talk.speaker.affiliation.text.replace(" ", ""), talk.speaker.name) == (maker.replace(" ", ""), None)
    assert maker not in (talk.title.ja.text if talk.title.ja else talk.title.en.text)


def test_a_talk_number_and_its_speaker_on_one_line_english52():
    doc = run_text("Talk 1 — Jane Doe, City of Harwick\nHarbour Festivals and Local Pride\n\n1. Introduction\n"
                   "Harwick has held a harbour festival since 1990.\n\n2. Results\nVisitors rose by a third.\n\n"
                   "Talk 2 — John Reed, Town of Millbrook\nRural Buses After Deregulation\n\n1. Introduction\n"
                   "Millbrook lost two bus routes in 2015.\n\n2. Results\nA volunteer minibus now runs twice a day.\n")
    assert [(t.number, t.title.en.text, t.speaker.name.text, t.speaker.affiliation.text, _city(t)[1])
            for t in doc.talks] == [
        ("1", "Harbour Festivals and Local Pride", "Jane Doe", "City of Harwick", "Harwick"),
        ("2", "Rural Buses After Deregulation", "John Reed", "Town of Millbrook", "Millbrook")]
    assert [[x.text for x in t.front] for t in doc.talks] == [["Talk 1 —"], ["Talk 2 —"]]


def test_a_talk_number_and_a_bracketed_speaker_on_one_line52():
    doc = run_text("第1報告　山田 太郎（青浜市）\n青浜市の観光振興\nTourism Promotion in Aohama\n\n1. はじめに\n"
                   "青浜市は海に面した町である。\n\n第2報告　佐々木 花子（緑川町）\n緑川町の移住支援\n"
                   "Migration Support in Midorikawa\n\n1. はじめに\n緑川町は山あいの町である。\n")
    assert [(t.number, t.title.ja.text, t.title.en.text, t.speaker.name.text) for t in doc.talks] == [
        ("1", "青浜市の観光振興", "Tourism Promotion in Aohama", "山田 太郎"),
        ("2", "緑川町の移住支援", "Migration Support in Midorikawa", "佐々木 花子")]
