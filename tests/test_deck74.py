"""Issue 16 points 1, 2 (helper deck74, fresh-user trial 73c's volume): slides numbered over their content, and rule
lines between a volume's talks.

1. A deck after a talk's paper whose numbers stand over their slides' content (``Slides`` / the deck's title /
   ``- 1 -`` / content … / the last number / content): the ``1`` right under the cover, before any line of the slides,
   and content after the last number say the numbers head their slides (``slides._side_by_ends``); each number had
   closed the slide before, every slide one off and the last slide's content numberless.
2. A rule line between two talks (``――――``, ``────``, ``-----``, ``＊＊＊``, ``◆◆◆◆``, ``＝＝＝``) is layout, a
   ``set_aside_separator`` row of the ledger (``separators``), no slide's line nor paragraph; a rule under the volume's
   heading parts it from the first talk's title block (``talks._over_rule``).
3. A volume's alternating heads at bare folios inside English sentences: ``Proceedings of …`` beside a folio
   (``furniture._VOLUME_HEAD_OF``) and the talk's title printed again on an odd page
   (``breakheads.title_copies_at_folios``) are running heads, no longer glued into the sentence.
4. A programme's sessions under a day's heading are its subsections, level 2 (``stage._session_sections``).

Made-up inputs (also in ``/work/regress/in_deck74/``), written before the change; near misses pass on both codes.
"""

from __future__ import annotations

import pytest

from tests.segmenting import paragraph_texts, segment_text, slides_of, text_of

JA_TALK = """\
第{n}講演
都市名：{city}（{city_en} City）
{title}
{post}　{name}
１．はじめに
{sentence}
Slides
{title_en}
- 1 -
{first}
- 2 -
{second}
{third}
"""

JA_TALKS = [
    dict(n="１", city="金沢市", city_en="Kanazawa", title="歴史的まち並みの保全と観光", post="金沢市都市政策局長", name="森 一郎",
         sentence="金沢市は、藩政期以来の城下町の構造を今に残す都市である。", title_en="Preserving Historic Townscapes and Tourism",
         first="Kanazawa: a castle town since the 16th century", second="Subsidies for machiya facades",
         third="Over 800 houses repaired"),
    dict(n="２", city="福井市", city_en="Fukui", title="恐竜を生かした地域づくり", post="福井市商工労働部長", name="川村 二郎",
         sentence="福井市は、恐竜化石の発掘地として知られる県の県庁所在地である。", title_en="Regional Development with Dinosaurs",
         first="Fukui: gateway to the dinosaur museum", second="Shinkansen opened in 2024", third="More visitors from Tokyo"),
]


def _volume(rule: str) -> str:
    return "北陸都市交流会議２０２５　報告書\n" + rule + "\n" + (rule + "\n").join(JA_TALK.format(**t) for t in JA_TALKS)



def _content(talk):
    """``(number, every line of the slide, title first)`` of each numbered slide."""
    return [(n, ([t] if t else []) + lines) for n, t, lines in slides_of(talk) if n is not None]


RULES = ["――――――――――――――――", "────────────────", "-----", "＊＊＊＊＊＊", "◆◆◆◆◆◆◆◆", "＝＝＝＝＝＝"]


@pytest.mark.parametrize("rule", RULES)
def test_numbers_over_content_head_their_slides_and_rules_part_talks(rule):
    doc = segment_text(_volume(rule))
    assert [text_of(t.title.ja) for t in doc.talks] == [t["title"] for t in JA_TALKS]
    for talk, t in zip(doc.talks, JA_TALKS):
        assert _content(talk) == [(1, [t["first"]]), (2, [t["second"], t["third"]])]
        assert rule not in [line for _, lines in _content(talk) for line in lines]
    assert [r.text for r in doc.ledger if r.rule == "set_aside_separator"] == [rule]


EN_VOLUME = """\
Harbour Cities Forum 2025 Proceedings
────────────────
Talk 1
Reviving the Waterfront
Anna Berg, City of Malmo
1. Introduction
Malmo rebuilt its western harbour after the shipyard closed in 1986.
2. Results
The new district now houses ten thousand residents.
Slides
Reviving the Waterfront
1
Western Harbour: from shipyard to homes
2
Ten thousand residents
Car-free streets
3
Lessons for other ports
────────────────
Talk 2
Ferries as Public Transport
Piet de Vries, City of Rotterdam
1. Introduction
Rotterdam runs water buses between the city centre and its suburbs.
2. Results
Ridership grew by a third in five years.
Slides
Ferries as Public Transport
1
Water buses since 1999
2
Ridership up by a third
New electric boats
"""


def test_english_volume_numbers_over_content():
    doc = segment_text(EN_VOLUME)
    first, second = doc.talks
    assert _content(first) == [(1, ["Western Harbour: from shipyard to homes"]),
                               (2, ["Ten thousand residents", "Car-free streets"]), (3, ["Lessons for other ports"])]
    assert _content(second) == [(1, ["Water buses since 1999"]), (2, ["Ridership up by a third", "New electric boats"])]
    assert [r.text for r in doc.ledger if r.rule == "set_aside_separator"] == ["────────────────"]


RULED_PAPERS_JA = """\
山陰地域交流セミナー　講演集
＝＝＝＝＝＝＝＝＝＝＝＝
城下町の水路と観光
松江市観光振興部長　田中 五郎
１．はじめに
松江市は、宍道湖と中海に挟まれた水の都である。
２．堀川遊覧船
城の堀を巡る遊覧船は、年間四十万人が利用している。
＝＝＝＝＝＝＝＝＝＝＝＝
砂丘を生かした地域づくり
鳥取市経済観光部長　山本 六郎
１．はじめに
鳥取市は、日本最大級の砂丘を持つ県庁所在地である。
２．砂の美術館
砂像の展示は、毎年テーマを変えて行われている。
＊＊＊＊＊＊＊＊＊＊＊＊
石見銀山と暮らし
大田市政策企画課長　中村 七郎
１．はじめに
大田市は、世界遺産の石見銀山を有する都市である。
"""


def test_rule_under_volume_heading_parts_it_from_first_talk():
    doc = segment_text(RULED_PAPERS_JA)
    assert [text_of(t.title.ja) for t in doc.talks] == ["城下町の水路と観光", "砂丘を生かした地域づくり", "石見銀山と暮らし"]
    assert "山陰地域交流セミナー\u3000講演集" in [t.text for t in doc.talks[0].front]
    assert [r.text for r in doc.ledger if r.rule == "set_aside_separator"] == ["＝＝＝＝＝＝＝＝＝＝＝＝", "＊＊＊＊＊＊＊＊＊＊＊＊"]
    assert not any(p.endswith(("＝＝＝", "＊＊＊")) for talk in doc.talks for p in paragraph_texts(talk))


RULED_PAPERS_EN = """\
Proceedings of the Rural Mobility Workshop 2025
────────────────────
Demand-Responsive Buses in Rural Wales
Gareth Evans, Powys County Council
1. Background
Many villages in Powys lost their daily bus in the last ten years.
2. The new service
Residents now book a minibus by phone the day before they travel.
-----
Community Car Clubs in the Highlands
Fiona Ross, Highland Council
1. Background
Car clubs let households share a vehicle instead of owning two.
"""


def test_rule_between_english_papers_is_no_paragraph():
    doc = segment_text(RULED_PAPERS_EN)
    assert [text_of(t.title.en) for t in doc.talks] == ["Demand-Responsive Buses in Rural Wales",
                                                        "Community Car Clubs in the Highlands"]
    assert paragraph_texts(doc.talks[0])[-1] == "Residents now book a minibus by phone the day before they travel."
    assert [r.text for r in doc.ledger if r.rule == "set_aside_separator"] == ["-----"]


# near misses: inputs that must read as before


def test_numbers_closing_their_slides_stay_so():
    """A deck whose last number is its last line: the numbers close their slides, the cover is slide 1."""
    doc = segment_text("Cycling in a Hill Town\nMaria Keller, Town of Lausanne\n1\nWhy cycling\n- Steep streets\n"
                       "- E-bikes changed it\n2\nOur plan\n- Ten new routes\n3\n")
    (talk,) = doc.talks
    assert [(n, t) for n, t, _ in slides_of(talk)] == [(1, "Cycling in a Hill Town"), (2, "Why cycling"), (3, "Our plan")]


def test_closing_slide_after_last_number_says_nothing():
    """Only a closing line after the last number (``Thank you``): no content, the ends say nothing new."""
    doc = segment_text("Ferry Piers in a Lake Town\nLena Huber, Harbour Office, Stadt Konstanz\n\n1\nWhy New Piers\n"
                       "• Boats grew longer\n2\nPlans for 2028\n• Two new piers\n3\nThank you\n")
    (talk,) = doc.talks
    assert [n for n, _, _ in slides_of(talk)] == [1, 2, 3, None]


@pytest.mark.parametrize("text", [
    "都市計画の新しい潮流\n――――――――――――\n東京大学大学院工学系研究科 教授　山田 太郎\n１．はじめに\n"
    "本稿では、人口減少期の都市計画の課題を整理する。\n",
    "Rethinking Urban Parks\n----------------\nJane Smith, University of Leeds\n1. Introduction\n"
    "Parks are used more since 2020 than ever before.\n",
])
def test_rule_under_a_papers_title_keeps_the_title(text):
    doc = segment_text(text)
    (talk,) = doc.talks
    assert (text_of(talk.title.ja) or text_of(talk.title.en)) == text.split("\n")[0]
    assert not [r for r in doc.ledger if r.rule == "set_aside_separator"]


def test_scene_breaks_inside_one_document_stay():
    """Rules inside one document (a newsletter's ``* * *`` between its items) are its own: kept where they stand."""
    doc = segment_text("The Village Green\nA newsletter for Ashby residents\n\nSpring Fair\nThe fair returns on 3 May.\n"
                       "* * *\nNew Bench\nA bench now stands by the pond.\n")
    assert not [r for r in doc.ledger if r.rule == "set_aside_separator"]
    assert "* * *" in [p for talk in doc.talks for p in paragraph_texts(talk)]


DECK_ALONE = """\
Compact City Development Based on Public Transport
Hanako Yamada, Toyama City
- 1 -
Toyama: 410,000 people, 70% forest
- 2 -
Portram LRT opened in 2006
Weekday ridership doubled
- 3 -
Challenge: keeping suburban bus lines
"""

JA_SLIDES_LABEL = """\
第１講演
都市名：富山市（Toyama City）
公共交通を軸としたコンパクトなまちづくり
富山市都市整備部長　山田 花子
１．はじめに
富山市は、人口約41万人の中核市であり、市域の7割を森林が占めている。
２．ライトレールの導入
２００６年に開業した富山ライトレールは、日本で初めての本格的なＬＲＴである。
【スライド】
Compact City Development Based on Public Transport
－１－
Toyama: 410,000 people, 70% forest
－２－
Portram LRT opened in 2006
Weekday ridership doubled
－３－
Challenge: keeping suburban bus lines
Thank you
"""


@pytest.mark.parametrize("text", [DECK_ALONE, JA_SLIDES_LABEL])
def test_deck_alone_or_labelled_numbers_over_content(text):
    (talk,) = segment_text(text).talks
    assert _content(talk) == [(1, ["Toyama: 410,000 people, 70% forest"]),
                              (2, ["Portram LRT opened in 2006", "Weekday ridership doubled"]),
                              (3, ["Challenge: keeping suburban bus lines"])]


# 3. a volume's alternating heads at bare folios inside sentences (issue 16 point 4)

FILL = ["Most of the money went on drivers, and the rest on the minibuses themselves, which",
        "the council leases from a firm in Newtown on five-year terms that include the"]
VOLUME_HEAD = "Proceedings of the Rural Mobility Workshop 2025"
ALTERNATING = [
    ("Demand-Responsive Buses in Rural Wales", "Gareth Evans, Powys County Council",
     [["1. Background", *FILL, "council asked residents what they needed most from a new service. Most asked for"],
      ["a weekly bus to the market town and a way to reach the hospital.", "2. The new service", *FILL,
       "Residents now book a minibus by phone the day before they travel, and the minibus"],
      ["collects them at their door. Some two hundred trips are booked each week.", "3. Lessons", *FILL,
       "Booking by phone suits older residents better than an app does."]]),
    ("Community Car Clubs in the Highlands", "Fiona Ross, Highland Council",
     [["1. Background", *FILL, "Highlands they have grown from one village to twelve since the council began to"],
      ["support them. Each club owns one or two cars, booked online or by phone.", "2. Results", *FILL,
       "Members drove a fifth fewer miles in the first year, and a third of the households"],
      ["sold a second car. Most members are in work and under sixty.", "3. Next steps", *FILL,
       "The council will help three more villages start a club next year."]]),
]


def _alternating_volume() -> str:
    """Each talk opens on an odd page with no head; even pages print the volume's name, odd ones the talk's title;
    bare folios at each page's foot."""
    out, page = [], 11
    for title, speaker, pages in ALTERNATING:
        for k, body in enumerate(pages):
            out += [title, speaker] if k == 0 else [VOLUME_HEAD if page % 2 == 0 else title]
            out += [*body, str(page)]
            page += 1
        page += 1  # the blank even page before the next talk
    return "\n".join(out) + "\n"


def test_alternating_heads_at_bare_folios_are_furniture():
    doc = segment_text(_alternating_volume())
    assert [text_of(t.title.en) for t in doc.talks] == [t for t, _, _ in ALTERNATING]
    heads = [r.text for r in doc.ledger if r.rule == "page_furniture" and r.reason == "running-header"]
    assert heads.count(VOLUME_HEAD) == 2 and "Community Car Clubs in the Highlands" in heads
    texts = [p for talk in doc.talks for p in paragraph_texts(talk)]
    assert not any(VOLUME_HEAD in p or "households Community" in p for p in texts)
    assert "…" not in texts and any("the households sold a second car." in p for p in texts)



# 4. a programme's day headings over their sessions (prog73's open entry)

DAYS_EN = """\
COASTAL HERITAGE NETWORK ANNUAL MEETING 2026
Programme
Aberystwyth University, 3-4 September 2026
Day 1
09:15 Registration
Session A: Harbours and Trade
Chair: Prof. Gareth Lloyd
10:00 Herring ports of the Cardigan Bay coast
Rhian Morgan (Bangor University)
Session B: Lighthouses and Lives
Chair: Dr. Helen Carey
11:30 Keepers' logbooks and weather records
Joanna Hughes (Swansea University)
Day 2
Session C: Futures
Chair: Prof. Gareth Lloyd
09:30 Sea-level rise and listed buildings
Emma Rowe (University of Exeter)
"""

DAYS_JA = """\
港町の歴史と防災シンポジウム２０２５　プログラム
会場：みなと市民会館
1日目　6月14日（土）
13:00　開会あいさつ
セッション1　港と暮らし
座長：港南大学 教授　佐藤 一郎
13:30　港町の形成と商人
　　　港南大学 准教授　田中 花子
セッション2　防災とまちづくり
座長：みなと大学 教授　鈴木 次郎
15:00　津波の記録を読む
　　　みなと大学 講師　高橋 三郎
2日目　6月15日（日）
セッション3　地域の記録
座長：港南大学 教授　佐藤 一郎
10:00　古文書の保存
　　　市立図書館 司書　山本 四郎
"""


@pytest.mark.parametrize("text, days", [(DAYS_EN, ("Day 1", "Day 2")), (DAYS_JA, ("1日目　6月14日（土）", "2日目　6月15日（日）"))])
def test_sessions_under_a_day_heading_are_its_subsections(text, days):
    (talk,) = segment_text(text).talks
    levels = [(text_of(s.heading), s.level) for s in talk.sections if s.heading is not None]
    assert [h for h, level in levels if level == 1] == list(days)
    assert [level for h, level in levels if h not in days] == [2, 2, 2]


def test_sessions_without_day_headings_stay_at_level_one():
    text = DAYS_EN.replace("Day 1\n", "").replace("Day 2\n", "")
    (talk,) = segment_text(text).talks
    assert {s.level for s in talk.sections} == {1}
