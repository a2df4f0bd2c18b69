"""Multi-talk proceedings and English talks (issue 16 point 1, helper procs51): every talk of a volume is read as the
first one is.

Made-up proceedings of two or three talks, each a talk-number prefix (``第1講演``, ``【2】``), a city line, a Japanese
title, its English title, the speaker, two numbered sections, then English slides each under its printed number
(``Slide 1``, ``スライド 1``), had (a) every later talk's slide numbers set aside as the volume's page furniture
(``number: null``): the numbers the earlier talks' slides printed had been read as the paper's folios the later deck
carried on; (b) the later talk's first slide read as its cover (its lines the talk's English subtitle, or its title
the talk's English title); (c) a slide title naming the talk's city (``Kumamoto Castle Town``) taken for a cover's
city label, the slide's next line its title. And (d) two English talks in a row, each a title, a speaker line and
prose, were one talk; (e) a talk with no city line whose speaker is a city's officer (``青浜市 国際課長 山口 修``) had
no city where the talk's English did not spell the city's name.

The correct results were written before the change; every text is made up.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

TALKS = [
    dict(city="福岡市", title="港湾都市の再生と市民参加", en="Port City Regeneration and Civic Participation",
         speaker="福岡市港湾局長 佐藤 一郎", affiliation="福岡市港湾局長", name="佐藤 一郎",
         sections=[("1", "港湾の歴史", "博多港は古くから大陸との交易の拠点であった。"),
                   ("2", "再生の取り組み", "市民参加によるウォーターフロント整備を進めている。")],
         slides=[("Port of Hakata", ["Gateway to Asia since ancient times"]),
                 ("Waterfront Projects", ["Citizen workshops held 12 times"])]),
    dict(city="熊本市", title="城下町の景観保全", en="Landscape Conservation in a Castle Town",
         speaker="熊本市都市政策課長 田中 美咲", affiliation="熊本市都市政策課長", name="田中 美咲",
         sections=[("1", "景観の現状", "熊本城周辺には歴史的な町並みが残っている。"),
                   ("2", "保全の課題", "地震からの復旧と景観の両立が課題である。")],
         slides=[("Kumamoto Castle Town", ["Historic streets around the castle"]),
                 ("Challenges", ["Balancing recovery and landscape"])]),
    dict(city="金沢市", title="伝統工芸と観光の連携", en="Linking Traditional Crafts and Tourism",
         speaker="金沢市観光政策課長 山本 健", affiliation="金沢市観光政策課長", name="山本 健",
         sections=[("1", "工芸の現状", "金沢には多くの伝統工芸が受け継がれている。"),
                   ("2", "観光との連携", "工房の見学を観光の行程に組み込んでいる。")],
         slides=[("Kanazawa Gold Leaf Workshops", ["Visitors try gilding by hand"]),
                 ("Craft Tours", ["Twelve studios open to visitors"])]),
]

PREFIXES = {"kouen": lambda n: f"第{n}講演", "bracket": lambda n: f"【{n}】", "session": lambda n: f"Session {n}"}
NUMBERS = {"slide": lambda n: f"Slide {n}", "suraido": lambda n: f"スライド {n}", "dash": lambda n: f"- {n} -"}


def _talk(t: dict, n: int, prefix, number) -> str:
    lines = [prefix(n), t["city"], t["title"], t["en"], t["speaker"]]
    for num, head, para in t["sections"]:
        lines += [f"{num}. {head}", para]
    for k, (title, body) in enumerate(t["slides"], 1):
        lines += [number(k), title, *body]
    return "\n".join(lines) + "\n"


def _volume(order, prefix="kouen", number="slide") -> str:
    return "".join(_talk(TALKS[i], n, PREFIXES[prefix], NUMBERS[number]) for n, i in enumerate(order, 1))


def _check(talks, order):
    assert len(talks) == len(order)
    for n, (talk, i) in enumerate(zip(talks, order), 1):
        t = TALKS[i]
        assert talk.number == str(n)
        assert talk.shape == "proceedings"
        assert (talk.city.ja.text, talk.title.ja.text, talk.title.en.text) == (t["city"], t["title"], t["en"])
        assert (talk.subtitle.ja, talk.subtitle.en) == (None, None)
        assert (talk.speaker.affiliation.text, talk.speaker.name.text) == (t["affiliation"], t["name"])
        assert [(s.number, s.title.text) for s in talk.sections] == [(a, b) for a, b, _ in t["sections"]]
        assert [(s.number, s.title.text if s.title else None, [x.text for x in s.lines]) for s in talk.slides] \
            == [(k, title, body) for k, (title, body) in enumerate(t["slides"], 1)]


@pytest.mark.parametrize("order", [(0, 1), (1, 0), (0, 1, 2), (2, 1, 0)])
@pytest.mark.parametrize("prefix", list(PREFIXES))
@pytest.mark.parametrize("number", list(NUMBERS))
def test_every_talk_numbers_its_slides51(order, prefix, number):
    """Each talk's slides keep the numbers they print, whichever place the talk has in the volume; no slide is read
    as a cover, and a slide title naming the talk's city stays the slide's title."""
    _check(run_text(_volume(order, prefix, number)).talks, order)


def test_slide_numbers_name_slides_never_the_volume_s_pages51():
    """``Slide N`` is a slide's own number: never the volume's folio the deck carries on from an earlier talk."""
    from pipeline.model import Text
    from pipeline.segment.furniture import continued_page_numbers

    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    lines = mk("Slide 1", "Port of Hakata", "Slide 2", "Waterfront", "本文", "Slide 1", "Castle Town", "Slide 2", "End")
    assert continued_page_numbers([lines[0], lines[2]], lines[5:]) == set()
    lines = mk("本文", "p. 3", "Overview", "p. 4")  # a volume's folios in a page word's shape are still its pages
    assert continued_page_numbers([lines[1]], lines[2:]) == {1}


def _no_city_line(prefix: str, title: str, en: str, speaker: str, body: str, slides: list[str]) -> str:
    return "\n".join([prefix + title, en, speaker, "1. はじめに", body, *slides]) + "\n"


CITY_TALKS = [
    # (prefix, title, English title, speaker line, body, slides, city, id)
    ("【1】", "港町の国際交流", "International Exchange in a Port Town", "青浜市 国際課長 山口 修",
     "青浜市は1985年に海外の港町と姉妹都市提携を結んだ。",
     ["Slide 1", "Sister Cities", "■ Student visits every year"], "青浜市", "aohama"),
    ("【2】", "山あいの町の観光戦略", "Tourism Strategy of a Mountain Town", "緑谷町 企画課 主査 森 由美",
     "緑谷町の観光客数は年間約20万人である。",
     ["Slide 1", "Visitors Today", "■ About 200,000 visitors a year"], "緑谷町", "midoritani"),
    ("第3講演\n", "川辺の公園づくり", "Riverside Parks for Everyone", "港北市役所 公園緑地課長 川村 誠",
     "市内を流れる川の両岸に公園を整備してきた。",
     ["スライド 1", "Riverside Parks", "■ Six parks since 2010"], "港北市", "kohoku"),
]


@pytest.mark.parametrize("k", range(len(CITY_TALKS)))
def test_city_from_the_speaker_s_office51(k):
    """No city line: the municipality whose office or post the speaker's line opens with is the talk's city, though
    the talk's English does not spell it (its English name then stays null: never a guess); the evidence says so."""
    prefix, title, en, speaker, body, slides, city, ident = CITY_TALKS[k]
    [talk] = run_text(_no_city_line(prefix, title, en, speaker, body, slides)).talks
    assert (talk.city.ja.text, talk.city.en) == (city, None)
    assert talk.city.ja.first_pos()[0] == (3 if prefix.endswith("\n") else 2) + 1  # a view into the speaker's line
    assert talk.speaker.affiliation.text.startswith(city)
    assert any(e.kind == "city" and "affiliation" in e.detail for e in talk.evidence)
    assert talk.title.ja.text == title and talk.title.en.text == en
    assert talk.id == ident  # the city's reading, as for a city line


def test_city_from_the_speaker_s_office_in_a_volume51():
    """Both talks of a 【n】 volume take their city from their speakers' offices (trial 50: both had city null)."""
    text = "".join(_no_city_line(*t[:6]) for t in CITY_TALKS[:2])
    talks = run_text(text).talks
    assert [(t.city.ja.text, t.city.en) for t in talks] == [("青浜市", None), ("緑谷町", None)]
    assert [t.id for t in talks] == ["aohama", "midoritani"]


@pytest.mark.parametrize("speaker", ["港北大学 工学部 教授 山田 太郎", "港北市立大学 観光学部 王 麗",
                                     "港北大学 港北市研究センター 山田 太郎"])
def test_no_city_from_an_institution_s_speaker51(speaker):
    """A university's speaker, one of a city-run institution, or a city named later in the affiliation gives none."""
    [talk] = run_text(_no_city_line("【1】", "川辺の公園づくり", "Riverside Parks for Everyone", speaker,
                                    "市内を流れる川の両岸に公園を整備してきた。", ["Slide 1", "Parks", "■ Six parks"])).talks
    assert (talk.city.ja, talk.city.en) == (None, None)


EN_TALKS = [
    ("Harbour Lights on the Old Quay", "Jane Smith, Portsmouth City Council",
     ["The festival began in 2015 on the old quay. It now draws ten thousand visitors every summer.",
      "Shops along the quay report higher sales, and the hotels are full for the week."]),
    ("Mountain Villages and the Last Bus", "Tom Hale, Upland Transport Office",
     ["Four bus routes closed after 2018. The villages now book small vans by phone the day before."]),
    ("Reading Rooms in Small Libraries", "Priya Nair, Westbrook County Library Service",
     ["Three branch libraries opened quiet reading rooms last year. Visits rose by a quarter.",
      "Volunteers keep the rooms open on Sunday afternoons."]),
]


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("event", ["", "Third Regional Transport Symposium\n\n"])
@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_english_talks_in_a_row51(n, event, blank):
    """Each talk of a volume printing no talk number opens on a title over its speaker (a name and an organisation)
    and prose: as many talks as titles, each with its speaker and its prose as its body."""
    text = event + "".join(blank.join([title, speaker, "\n\n".join(body)]) + "\n\n" for title, speaker, body in EN_TALKS[:n])
    talks = run_text(text).talks
    assert [t.title.en.text for t in talks] == [t[0] for t in EN_TALKS[:n]]
    assert [t.speaker.name.text for t in talks] == [t[1].split(",")[0] for t in EN_TALKS[:n]]
    assert [[p.text for s in t.sections for p in s.paragraphs] for t in talks] == [t[2] for t in EN_TALKS[:n]]


def test_bylined_articles_stay_one_newsletter51():
    """A newsletter's articles, each a title over a byline naming no organisation, are its sections, not talks."""
    text = ("Riverside Residents' Newsletter\n\n"
            "Harbour Lights on the Old Quay\n\nBy Jane Smith\n\n"
            "The festival began in 2015 on the old quay. It now draws ten thousand visitors every summer.\n\n"
            "Mountain Villages and the Last Bus\n\nBy Tom Hale\n\n"
            "Four bus routes closed after 2018. The villages now book small vans by phone the day before.\n")
    assert len(run_text(text).talks) == 1


def test_japanese_paper_s_english_abstract_stays_its_own51():
    """A Japanese paper's English title, author and abstract (the other script) open no second talk."""
    text = ("港町の夜祭りによる地域振興\n\n港町市 観光課長 田中 一郎\n\n"
            "港町では毎年夏に夜祭りを開催している。本稿では、その経緯と成果について報告する。\n\n"
            "Harbour Festivals for Local Revitalisation\n\nIchiro Tanaka, Minatomachi City\n\n"
            "The town has held a night festival every summer since 2015. This paper reports its history and results.\n")
    [talk] = run_text(text).talks
    assert talk.title.ja.text == "港町の夜祭りによる地域振興"


def test_japanese_talks_in_a_row51():
    """The same in Japanese: each talk a title over its speaker's line (an office and a name) and prose."""
    text = ("港町の夜祭りによる地域振興\n港町市 観光課長 田中 一郎\n"
            "港町では毎年夏に夜祭りを開催している。本稿では、その経緯と成果について報告する。\n\n"
            "山間地域における公共交通の再編\n山里町 企画課 佐藤 花子\n"
            "山里町では路線バスの廃止が続いた。町はデマンド交通を導入し、住民の移動を確保している。\n")
    talks = run_text(text).talks
    assert [t.title.ja.text for t in talks] == ["港町の夜祭りによる地域振興", "山間地域における公共交通の再編"]
    assert [t.speaker.name.text for t in talks] == ["田中 一郎", "佐藤 花子"]
