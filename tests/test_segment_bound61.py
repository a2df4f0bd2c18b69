"""One document per story and a report's own title (issue 16 points 1 and 2, helper bound61; fresh-user trial 60b).

A labelled field line (``Project lead: Dr. Sunita Chaudhry``, ``Prepared by: … Ltd``) is never a title: a report
whose title stands over its kind (``Final Report``) and such fields keeps its title. A file of agency stories, each a
headline over its byline and a dateline (``STUTTGART (dpa) — …``), is a document per story; one story with a
pull-quote, a subheading or a second dateline stays one."""

import pytest

from pipeline.segment.titleblock import is_title_line, labelled_field
from tests.segment_inputs import run_text

REPORT_BODY = """
1 Introduction
The survey covered every site named in the brief between April and September 2025.

2 Findings
Most sites were in fair condition. Seven needed work within five years.

3 Recommendations
We recommend a programme of repairs over the next decade.
"""


@pytest.mark.parametrize("title, head", [
    ("Coastal Flood Resilience in the Humber Estuary",
     "Final Report\n\nPrepared by: Aldgate Water Consultants Ltd\nProject lead: Dr. Sunita Chaudhry\nMarch 2026"),
    ("Bus Priority Options for the Aire Valley Corridor",
     "Interim Report\n\nPrepared by: Northgate Transport Planning Ltd\nLead author: Prof. Kenji Mori\nSeptember 2025"),
    ("Seasonal Footfall on the Cornish Coast Path",
     "Final Report\n\nProject lead: Dr. Tamsin Pengelly\nPrepared by: Kernow Visitor Research\nOctober 2025"),
    ("Groundwater Recovery after Quarry Closure at Longmoor",
     "Technical Report\n\nCommissioned by: Longmoor Parish Council\nProject Lead: Dr. Aled Price (Hydrogeology Associates)\nMarch 2026"),
])
def test_report_keeps_its_title_over_labelled_fields(title, head):
    (talk,) = run_text(f"{title}\n{head}\n{REPORT_BODY}").talks
    assert talk.title.en is not None and talk.title.en.text == title
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("line", [
    "Project lead: Dr. Sunita Chaudhry", "Prepared by: Aldgate Water Consultants Ltd", "Lead author: Prof. Kenji Mori",
    "Project manager: Ms Ruth Okafor", "Prepared for: Bristol City Council", "Commissioned by: Longmoor Parish Council",
])
def test_labelled_field_is_no_title(line):
    assert labelled_field(line) and not is_title_line(line)


@pytest.mark.parametrize("line", [
    "Port Cities: A History of the Baltic Grain Trade", "In Memoriam: Jane Goodall", "Case Study: Leeds City Council",
    "Project Leadership: Lessons from the Humber Flood Defences", "Harbour Freight Study: Interim Report",
])
def test_title_with_colon_stays_a_title(line):
    assert not labelled_field(line) and is_title_line(line)


@pytest.mark.parametrize("title, author, affiliation", [
    ("Port Cities: A History of the Baltic Grain Trade", "Marta Kowalczyk", "Institute of History, University of Gdańsk"),
    ("In Memoriam: Jane Goodall", "Robert Hinde", "Department of Zoology, University of Cambridge"),
    ("Project Leadership: Lessons from the Humber Flood Defences", "Dr. Sunita Chaudhry", "Aldgate Water Consultants Ltd"),
])
def test_paper_titled_with_a_colon_is_unchanged(title, author, affiliation):
    (talk,) = run_text(f"{title}\n{author}\n{affiliation}\n{REPORT_BODY}").talks
    assert talk.title.en.text == title
    assert talk.speaker.text is not None and author in talk.speaker.text.text


def _story(headline, by, place, agency, text):
    return f"{headline}\n{by}\n\n{place} ({agency}) — {text}\n\nOfficials said more details would follow next week.\n\n"


STORIES = [
    ("Farmers brace for second dry summer as reservoirs fall", "By Anna Weber", "MUNICH", "dpa",
     "Water authorities in southern Germany warned on Wednesday that\nreservoir levels had fallen to their lowest readings in two decades."),
    ("Rail strike halts freight traffic across the south", "By Jonas Keller", "STUTTGART", "dpa",
     "Freight trains across Baden-Württemberg stood still on Thursday\nafter train drivers walked out in a dispute over shift patterns."),
    ("Marseille port reports record cruise season", "By Paul Renaud", "MARSEILLE", "Reuters",
     "The port of Marseille handled 2.7 million cruise passengers\nthis year, a record, its operator said on Monday."),
    ("Zurich airport passenger numbers pass pre-pandemic level", "by Marco Bianchi", "ZURICH", "AP",
     "Zurich airport handled 3.1 million passengers in September, more\nthan in the same month of 2019, its operator said."),
]


@pytest.mark.parametrize("picked", [(0, 1), (2, 3), (0, 2, 3), (3, 1, 2)])
def test_each_agency_story_is_its_own_document(picked):
    stories = [STORIES[i] for i in picked]
    doc = run_text("".join(_story(*s) for s in stories))
    assert [t.title.en.text for t in doc.talks] == [s[0] for s in stories]
    assert [t.speaker.text.text for t in doc.talks] == [s[1] for s in stories]
    assert [t.city.en.text.upper() for t in doc.talks] == [s[2] for s in stories]


@pytest.mark.parametrize("inside", [
    '"This is the biggest investment in public transport in the city\'s history"',  # a pull-quote
    "Water restrictions in the south",  # a subheading
    "CALAIS (PA) — On the French side, the port authority said it expected sailings to\nresume on Monday morning.",
])
def test_one_story_with_a_pullquote_subheading_or_second_dateline_stays_one(inside):
    text = _story(*STORIES[0]) + f"{inside}\n\nFarm groups said many growers had already switched to maize.\n"
    (talk,) = run_text(text).talks
    assert talk.title.en.text == STORIES[0][0]


BOOK_HEAD = "第21回 瀬戸内沿岸研究発表会\n講演要旨集\n\n"


def _abstract(code, title, authors, affiliations, text):
    return f"【{code}】{title}\n{authors}\n{affiliations}\n{text}\n\n"


@pytest.mark.parametrize("abstracts", [
    [  # surnames Sudachi reads alone as common words (宮内, 東, 南, 北, 安田)
        ("P-1", "扇状地河川における伏流水の季節変化", "○東 美穂¹，安田 健太²", "¹富山河川大学 工学部　²北陸河川研究所",
         "観測井12地点で水位を連続観測し，融雪期に伏流水位が急上昇することを示した．"),
        ("P-2", "堰撤去後の河床変動と魚類相の回復", "○宮内 健太¹，西 美咲¹", "¹富山河川大学 大学院",
         "堰撤去から3年で河床低下は上流1.2kmまで及び，アユの遡上数は撤去前の2倍となった．"),
        ("P-3", "市民参加型の水質モニタリング", "○南 航¹，北 浩二²", "¹金沢水辺ネットワーク　²石川県環境部",
         "市民ボランティア40名による月1回の採水で，窒素濃度の季節変動を把握できた．"),
    ],
    [  # superscript marks run together (¹²) over three affiliations
        ("C-1", "カキ養殖筏周辺の底質環境", "○藤本 理沙¹，中川 直樹²", "¹広島水産大学　²広島県水産試験場",
         "養殖筏直下では有機物含量が対照地点の約3倍であり，夏季に貧酸素化が見られた．"),
        ("C-2", "干潟再生地における二枚貝の定着", "岡野 隆¹²，○川村 志保³", "¹岡山市水産振興課　²瀬戸内海洋大学 大学院　³株式会社ベイリサーチ",
         "再生干潟では造成2年目からアサリの定着が確認され，密度は自然干潟の6割に達した．"),
        ("C-3", "藻場の分布変化と水温上昇", "○松尾 陽介¹²，吉田 真理¹", "¹瀬戸内海洋大学 理学部　²日本藻類保全協会",
         "1990年代と比べて藻場面積は約4割減少し，南向きの斜面で特に減少が大きかった．"),
    ],
    [  # an id glued to a long English title; one presenting author alone
        ("S1-01", "ブナ林の種子豊凶と野ネズミ個体数", "○佐々木 悠¹，高橋 恵²", "¹東北森林大学　²岩手県林業技術センター",
         "2015年から10年間の調査で，豊作翌年に野ネズミの個体数が約5倍に増加した．"),
        ("S1-02", "Long-term changes in snow cover duration on forested slopes of Mount Hayachine",
         "○Kenta OSHIMA¹, Julia WEBER²", "¹Tohoku Forest University　²University of Freiburg",
         "Snow cover on north-facing forested slopes now melts eleven days earlier than in the 1980s."),
        ("S1-03", "森林ボランティアの活動継続要因", "○菊池 真一¹", "¹東北森林大学 農学部",
         "アンケートに回答した212名のうち，5年以上活動を続けた人は仲間との交流を重視していた．"),
    ],
])
def test_each_abstract_of_a_book_is_its_own_document(abstracts):
    doc = run_text(BOOK_HEAD + "".join(_abstract(*a) for a in abstracts))
    assert [t.number for t in doc.talks] == [a[0] for a in abstracts]
    titles = [t.title.ja.text if t.title.ja is not None else t.title.en.text for t in doc.talks]
    assert titles == [a[1] for a in abstracts]


def test_run_together_marks_point_to_each_affiliation():
    doc = run_text(BOOK_HEAD + _abstract("C-2", "干潟再生地における二枚貝の定着", "岡野 隆¹²，○川村 志保³",
                                         "¹岡山市水産振興課　²瀬戸内海洋大学 大学院　³株式会社ベイリサーチ",
                                         "再生干潟では造成2年目からアサリの定着が確認された．"))
    (talk,) = doc.talks
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
        ("岡野 隆", "岡山市水産振興課; 瀬戸内海洋大学 大学院"), ("川村 志保", "株式会社ベイリサーチ")]


@pytest.mark.parametrize("line, named", [
    ("宮内 航", True), ("安田 美穂", True), ("東 美穂", True), ("○菊池 真一¹", True),
    ("会場 案内", False), ("宮内 庁", False), ("西 口", False), ("安田 講堂", False), ("○山田委員", False), ("○菊池 真一", False),
])
def test_spaced_surname_read_with_its_given_name(line, named):
    from pipeline.segment.names import is_person_name

    assert is_person_name(line) is named


def test_one_abstract_with_run_together_marks_and_references_stays_one():
    text = ("【D-2】河口域におけるシラスウナギの来遊時期\n○宮内 航¹²，安田 美穂¹\n¹高知海洋大学 農学部　²四国水産研究所\n\n"
            "1．はじめに\nシラスウナギの来遊は年により大きく変動する．本研究では採捕記録を解析した．\n\n"
            "2．結果\n来遊の盛期は12月から2月であり，大潮の夜に多かった．\n\n参考文献\n"
            "[1] 東 美穂, 安田 健太: 四国の河口域におけるシラスウナギの来遊, 水産学雑誌, 第12巻, pp.1-10, 2021.\n"
            "[2] 宮内 健太: 第2講演で述べたウナギ資源の動向について改めて検討した報告, 河川研究, 第4巻, 2023.\n")
    (talk,) = run_text(text).talks
    assert talk.number == "D-2" and talk.speaker.name.text == "宮内 航"


DECK_SLIDES = ("{mark} 1\n\nWhere the hives are\n• Twelve rooftops in central Leeds\n• Forty colonies in 2025\n\n"
               "{mark} 2\n\nWhat the bees eat\n• Lime trees in June\n• Ivy in the autumn\n\n{mark} 3\n")


@pytest.mark.parametrize("cover, mark", [
    ("Seed Sovereignty in Practice\nTen Years of Community Seed Banks in the Andes\n\nDr. Valentina Quispe Mamani\n"
     "Altiplano Seed Keepers Collective", "Page"),
    ("Bees on Urban Rooftops\nWhat Three Summers Taught Us\n\nDr. Helena Marsh\nNorthern Beekeepers Circle", "Slide"),
    ("Light Festivals and Winter Tourism\nProf. Jonas Berg\nFjord Lantern Collective", "Page"),
    ("Old Apple Varieties of the Welsh Marches\nRuth Pritchard\nLowland Orchard Keepers", "Page"),
])
def test_organisation_under_the_speaker_stays_on_the_numbered_cover(cover, mark):
    (talk,) = run_text(f"{cover}\n\n{DECK_SLIDES.format(mark=mark)}").talks
    organisation = cover.splitlines()[-1]
    assert [s.number for s in talk.slides] == [1, 2, 3]
    assert talk.slides[0].lines[-1].text == organisation
    assert [s.title.text for s in talk.slides[1:]] == ["Where the hives are", "What the bees eat"]


@pytest.mark.parametrize("cover", [
    "Bees on Urban Rooftops\nDr. Helena Marsh\n\nWhy Rooftop Hives Matter",  # a slide's title in a box of its own
    "Bees on Urban Rooftops\nDr. Helena Marsh\nThe Hives Today\n• Twelve rooftops",  # a slide under the name
])
def test_slide_under_an_unnumbered_cover_stays_slide_one(cover):
    (talk,) = run_text(f"{cover}\n\n{DECK_SLIDES.format(mark='Page')}").talks
    assert talk.slides[0].number is None and talk.slides[1].number == 1


AGENCY_STORIES = [
    ("Valencia opens desalination plant to ease drought", "By Marta Gil, Reuters", "VALENCIA", "Reuters",
     "A desalination plant south of Valencia began supplying drinking water\non Monday, the regional government said."),
    ("Seville bans tourist flats in old town", "By Luis Romero and Ana Ruiz, Reuters", "SEVILLE", "Reuters",
     "Seville will grant no new licences for tourist flats in its historic\ncentre, the city council decided on Thursday."),
    ("Bergen approves toll rise for city centre", "By Knut Aas, NTB", "BERGEN", "NTB",
     "Drivers entering central Bergen will pay more from January after the\ncity council approved higher tolls."),
]


def test_byline_closing_on_its_agency_names_the_reporters():
    doc = run_text("".join(_story(*s) for s in AGENCY_STORIES))
    assert [t.title.en.text for t in doc.talks] == [s[0] for s in AGENCY_STORIES]
    assert [[(a.name.text, a.affiliation.text) for a in t.speaker.authors] for t in doc.talks] == [
        [("Marta Gil", "Reuters")], [("Luis Romero", "Reuters"), ("Ana Ruiz", "Reuters")], [("Knut Aas", "NTB")]]


@pytest.mark.parametrize("line, named", [
    ("By Knut Aas, NTB", True), ("By Ingrid Solberg and Per Dahl, Reuters", True), ("by Your Name Here", True),
    ("by the Harbour", False), ("by Kyoto University", False), ("By Jane Doe and the Harbour", False),
])
def test_byline_name(line, named):
    from pipeline.segment.names import byline_name

    assert byline_name(line) is named
