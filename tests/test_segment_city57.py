"""A talk's city, helper city57 (issue 16 point 3): an English dateline's place alone in capitals before its dash
(``GREEN BAY — …``, ``ST. LOUIS (AP) — …``); a paper's affiliation naming its organisation's city before the country;
a Japanese document's organisation line naming its municipality (``札幌市教育委員会``). Made-up documents (also under
/work/regress/in_city57/), other places and words than the trials': the kinds, not the cases."""

from __future__ import annotations

import pytest

from pipeline.segment.places import dateline_city
from segment_inputs import run_text


def _one(text: str):
    [talk] = run_text(text).talks
    return talk


def _city(talk):
    return (talk.city.ja.text if talk.city.ja else None, talk.city.en.text if talk.city.en else None)


RELEASE = "NEWS RELEASE\n\n{headline}\n\n{opening} {lead}\n{second}\n\nContact: press@example.org\n"


@pytest.mark.parametrize("opening, second, city", [
    ("GREEN BAY —", "The work starts in May and should end before winter.", "Green Bay"),  # a landform's word last
    ("GRAND FORKS —", "The wall was finished last year after a decade of planning.", "Grand Forks"),
    ("HOT SPRINGS —", "The baths reopen after a year of repairs.", "Hot Springs"),
    ("ST. LOUIS (AP) —", "Crews rebuilt two bridges and raised a section of the path.", "St. Louis"),  # abbreviated head
    ("ST. PAUL, Minn. —", "The ice palace was the largest built since 1992.", "St. Paul"),
    ("St. Paul, Minn. —", "The ice palace was the largest built since 1992.", "St. Paul"),
    ("FT. MYERS —", "Volunteers collected two tons of litter.", "Ft. Myers"),
    ("NEW HAVEN —", "The harbour board met residents of New Haven on a wet Tuesday evening.", "New Haven"),  # written so
    ("Green Bay —", "The walk will run along the river in Green Bay for more than a mile.", "Green Bay"),
])
def test_a_bare_dateline_names_its_city57(opening, second, city):
    talk = _one(RELEASE.format(headline="Council Backs New Harbour Walk", opening=opening,
                               lead="The city council voted on Tuesday to build a walkway.", second=second))
    assert _city(talk) == (None, city)
    assert any(e.kind == "city" and "dateline" in e.detail for e in talk.evidence)


@pytest.mark.parametrize("opening", ["HIGH WATER —", "PORT STRIKE —", "SISTER CITY —", "OPEN DAY —", "GOOD NEWS —",
                                     "LATEST UPDATE —", "CAR PARK —", "Green Bay —", "High Water —"])
def test_a_kicker_or_a_label_before_the_dash_names_no_city57(opening):
    """Plain words before the dash, and a place in title case the text writes nowhere else, name no city."""
    talk = _one(RELEASE.format(headline="Council Approves Budget", opening=opening,
                               lead="The council approved the budget on Tuesday.", second="The vote was seven to two."))
    assert _city(talk) == (None, None)


def test_a_name_in_title_case_in_a_headline_vouches_for_no_dateline57():
    assert dateline_city("High Water — The river rose", ["High Water Closes the Lower Road"]) is None


@pytest.mark.parametrize("opening, written, city", [
    ("MCALLEN, Texas —", "Families in McAllen asked for it.", "McAllen"),  # the text's own spelling
    ("O'FALLON, Mo. —", "Families in O'Fallon asked for it.", "O'Fallon"),
    ("MCALLEN, Texas —", "Families asked for it.", "Mcallen"),  # written nowhere else: title case, as documented
])
def test_a_dateline_in_capitals_takes_the_text_s_spelling57(opening, written, city):
    talk = _one(RELEASE.format(headline="Library Opens Second Branch", opening=opening,
                               lead="The public library opened its second branch on Saturday.", second=written))
    assert _city(talk) == (None, city)


PAPER = "{title}\n\n{authors}\n{affiliations}\n\nAbstract\nWe compare water levels at four gauges over ten years.\n\n" \
        "1. Introduction\nGauges drift when their footings settle.\n\n2. Method\nWe levelled each gauge twice a year.\n\n" \
        "3. Results\nTwo gauges sank by a centimetre.\n"


@pytest.mark.parametrize("authors, affiliations, city", [
    ("Anna de Vries", "Deltares, Delft, The Netherlands", "Delft"),  # an organisation the code knows as none
    ("Pieter Bakker and Lotte Jansen", "TNO, Delft, Netherlands", "Delft"),
    ("Jonas Weber", "Fraunhofer IGD, Darmstadt, Germany", "Darmstadt"),
    ("Jonas Weber", "Fraunhofer IGD, Fraunhoferstraße 5, 64283 Darmstadt, Germany", "Darmstadt"),  # a postal code
    ("Sanne Visser", "Deltares, Boussinesqweg 1, 2629 HV Delft, The Netherlands", "Delft"),
    ("Marco Rossi", "Department of Civil Engineering, Delft University of Technology, Delft, The Netherlands", "Delft"),
    ("Elena Moretti", "Institute of Marine Sciences, Venice, Italy", "Venice"),  # a research body's address
    ("Laura Kim", "Department of Geography, University of Oregon, Eugene, Oregon, USA", "Eugene"),  # before its state
    ("Anna de Vries¹, Jan Smit²", "¹Deltares, Delft, The Netherlands\n²TNO, Delft, Netherlands", "Delft"),  # agree
])
def test_an_affiliation_s_address_names_its_town57(authors, affiliations, city):
    talk = _one(PAPER.format(title="Settling Tide Gauges in Soft Soil", authors=authors, affiliations=affiliations))
    assert _city(talk) == (None, city)
    assert any(e.kind == "city" and "address" in e.detail for e in talk.evidence)


@pytest.mark.parametrize("authors, affiliations", [
    ("Laura Kim", "Department of Geography, Oregon, USA"),  # a state, no town
    ("Sean Byrne", "Department of Transport, Ireland"),  # a country alone
    ("Tom Hale", "Harbour Survey Ltd, 1-2-3 Main Street"),  # a street, no town
    ("Maria Keller", "Keller Consulting, Germany"),
    ("Anna de Vries¹, Jonas Weber²", "¹Deltares, Delft, The Netherlands\n²Fraunhofer IGD, Darmstadt, Germany"),  # two
    ("Anna Nowak¹, Jonas Weber²", "¹Gdańsk Port Authority, Gdańsk, Poland\n²Fraunhofer IGD, Darmstadt, Germany"),
    ("Liis Tamm¹, Jonas Berg²", "¹Department of Geology, University of Tartu, Estonia\n²Geotechnical Institute, Linköping, Sweden"),
])
def test_an_affiliation_naming_no_one_town_gives_no_city57(authors, affiliations):
    talk = _one(PAPER.format(title="Settling Tide Gauges in Soft Soil", authors=authors, affiliations=affiliations))
    assert _city(talk) == (None, None)


NOTICE_TOP = "{org}\n\n{title}\n\n１．目的\n夏季の電力使用量を前年より１割減らすことを目的とする。\n\n２．取組\n照明の間引きと空調の温度設定を見直す。\n\n" \
             "３．報告\n各課は毎月の使用量を報告する。\n"
NOTICE_FOOT = "{title}\n\n１．日時\n令和７年９月１日（月）午前９時から\n\n２．場所\n市民運動公園\n\n３．内容\n避難訓練と消火訓練を行う。\n\n" \
              "{foot}\n"


@pytest.mark.parametrize("org, city", [
    ("札幌市教育委員会", "札幌市"),  # an administrative committee of the city (地方自治法 180条の5)
    ("港町市選挙管理委員会", "港町市"),
    ("青葉市消防本部　予防課", "青葉市"),
    ("西浜市監査委員事務局", "西浜市"),
    ("熊本県天草市　観光振興課", "天草市"),  # the prefecture before the city is where it lies, not the city
    ("北海道札幌市教育委員会", "札幌市"),
    ("長野県上高井郡小布施町役場　総務課", "小布施町"),
])
def test_an_organisation_line_over_the_title_names_the_city57(org, city):
    talk = _one(NOTICE_TOP.format(org=org, title="庁舎の節電計画"))
    assert _city(talk) == (city, None)  # no English: never romanised
    assert any(e.kind == "city" and org in e.detail for e in talk.evidence)


@pytest.mark.parametrize("foot, city", [
    ("令和７年８月１日\n青葉市危機管理課", "青葉市"),
    ("2025年8月1日\n港町市教育委員会　学校教育課", "港町市"),
    ("令和６年３月\n西浜市役所　環境課\n担当：防災係　電話 0000-00-0000", "西浜市"),
])
def test_a_notice_s_closing_issuer_under_its_date_names_the_city57(foot, city):
    talk = _one(NOTICE_FOOT.format(title="地域防災訓練の実施について", foot=foot))
    assert _city(talk) == (city, None)
    assert any(e.kind == "city" and "closing" in e.detail for e in talk.evidence)


@pytest.mark.parametrize("text", [
    NOTICE_FOOT.format(title="地域の国際交流について", foot="令和７年８月１日\n大阪市から来た留学生が祭りに参加した。"),  # prose
    NOTICE_FOOT.format(title="地域防災訓練の実施について", foot="以上\n青葉市危機管理課"),  # no date over it
    NOTICE_FOOT.format(title="観光客数の推移", foot="都市名　２０２３年　２０２４年\n福岡市　１２０　１３０\n熊本市　８０　８５"),  # a table
    NOTICE_TOP.format(org="杭州市立大学　国際交流センター", title="留学生支援の取組"),  # an institution the city runs
    NOTICE_TOP.format(org="みなと古本市実行委員会", title="古本市の開催について"),  # an event's committee
])
def test_a_city_in_prose_a_table_or_an_institution_names_no_city57(text):
    assert _city(_one(text)) == (None, None)
