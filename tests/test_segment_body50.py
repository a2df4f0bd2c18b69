"""A talk's prose with no heading is its body, and a common word in its English title is no city (issue 16, helper body50).

Made-up proceedings of talks (a Japanese title, its English title, the speaker, a few plain paragraphs with no
numbered or unnumbered heading, then English slides ``1`` … ``n``) had (a) every paragraph of each paper in
``front``, the paper with no section at all, and (b) the ids ``harbour`` and ``mountain``: 港町 is glossed *harbour*
in EDICT and 山里 *mountain village*, and the first capitalised English word of the talk that a gloss named
(``Harbour Festivals …``, ``… in Mountain Areas``) was taken for the city's English name, ahead of the speaker's
English line that spells the name as read (``Minatomachi City``, ``Yamazato Town``).

The correct results, written first: ``front`` keeps what precedes the body (the volume's event line, the talk-number
prefix); the paragraphs after the title block are one section with no number, title or heading (the shape
docs/talk-json.md gives a body that prints no heading); the city's English name is the one the talk writes as the
name reads, else null: a word EDICT uses for common words (*harbour*, *mountain*) is no evidence of a name. Every
text is made up.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

EVENT = "第5回 港湾都市シンポジウム 講演録"
TALKS = [
    ("【1】", "港町の夜祭りによる地域振興", "Harbour Festivals for Local Revitalisation", "港町市 観光課長　田中 一郎",
     ["港町では毎年夏に夜祭りを開催している。本稿では、その経緯と成果について報告する。",
      "祭りには毎年一万人以上が訪れ、商店街の売上も増えている。今後は海外からの来訪者も迎えたい。"],
     "Ichiro Tanaka, Minatomachi City", ["Background", "・Started in 2015 on the old quay", "1", "",
                                         "Results", "・Shop sales up 12%", "2"], "minatomachi", "Minatomachi"),
    ("【2】", "山間地域における公共交通の再編", "Reorganising Public Transport in Mountain Areas", "山里町 企画課　佐藤 花子",
     ["山里町では路線バスの廃止が続いた。町はデマンド交通を導入し、住民の移動を確保している。",
      "本稿ではその取り組みを紹介する。利用者は年々増えており、費用も路線バスより少ない。"],
     "Hanako Sato, Yamazato Town", ["Bus Routes Closed", "・Four routes closed since 2018", "1", "",
                                    "Outcomes", "・Trips per month doubled", "2"], "yamazato", "Yamazato"),
    ("【3】", "海辺の町の防災訓練", "Disaster Drills in a Seaside Town", "浜風町 防災課　鈴木 次郎",
     ["浜風町は津波の危険が高い。毎年秋に全町民が参加する避難訓練を行っている。",
      "訓練の後には住民の意見を集め、避難路や標識を見直している。"],
     "Jiro Suzuki, Hamakaze Town", ["Evacuation Routes", "・Signs renewed each year", "1"], "hamakaze", "Hamakaze"),
]


def _talk(t, *, indent: bool, slides: bool = True, english: bool = True, paragraphs: int = 2) -> str:
    number, ja, en, speaker, body, en_speaker, deck, _, _ = t
    pre = "　" if indent else ""
    paras = [pre + p for p in body[:paragraphs]]
    text = "\n".join([number + ja] + ([en] if english else []) + ["", speaker, ""])
    text += "\n" + ("\n".join(paras) if indent else "\n\n".join(paras)) + "\n"
    if slides:
        text += "\n" + "\n".join([en, en_speaker, ""] + deck) + "\n"
    return text + "\n"


def _volume(n: int, **kw) -> str:
    return EVENT + "\n\n" + "".join(_talk(t, **kw) for t in TALKS[:n])


def _bodies(talk):
    return [(s.number, s.title.text, s.heading, [p.text for p in s.paragraphs]) for s in talk.sections]


@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("indent", [True, False])
@pytest.mark.parametrize("slides", [True, False])
def test_unheaded_prose_is_the_body50(n, indent, slides):
    seg = run_text(_volume(n, indent=indent, slides=slides))
    assert len(seg.talks) == n
    for k, (talk, t) in enumerate(zip(seg.talks, TALKS)):
        assert [x.text for x in talk.front] == ([EVENT] if k == 0 else []) + [t[0]]
        assert _bodies(talk) == [(None, "", None, t[4])]
        assert talk.shape == ("proceedings" if slides else "paper")


def test_one_paragraph_body50():
    [talk] = run_text(_volume(1, indent=False, paragraphs=1)).talks
    assert _bodies(talk) == [(None, "", None, TALKS[0][4][:1])]
    assert [x.text for x in talk.front] == [EVENT, "【1】"]


@pytest.mark.parametrize("indent", [True, False])
def test_japanese_only_paper_body50(indent):
    """A Japanese title block alone (no English title, no slides): the prose is the body, the city has no English."""
    [talk] = run_text(_talk(TALKS[0], indent=indent, slides=False, english=False)).talks
    assert _bodies(talk) == [(None, "", None, TALKS[0][4])]
    assert [x.text for x in talk.front] == ["【1】"]
    assert talk.city.en is None


def test_english_paper_body50():
    text = ("Harbour Lights on the Old Quay\n\nJane Smith, Portsmouth City Council\n\n"
            "The festival began in 2015 on the old quay. It now draws ten thousand visitors every summer.\n\n"
            "Shops along the quay report higher sales, and the hotels are full for the week.\n")
    [talk] = run_text(text).talks
    assert talk.title.en.text == "Harbour Lights on the Old Quay"
    assert [x.text for x in talk.front] == []
    assert _bodies(talk) == [(None, "", None, [
        "The festival began in 2015 on the old quay. It now draws ten thousand visitors every summer.",
        "Shops along the quay report higher sales, and the hotels are full for the week."])]


def test_headed_paper_keeps_its_front50():
    """A paper that prints headings is as before: what stands before its first heading stays front."""
    text = ("港町の夜祭りによる地域振興\n\n港町市 観光課長　田中 一郎\n\n"
            "本稿では、夜祭りの経緯と成果について報告する。\n\n1. はじめに\n港町では毎年夏に夜祭りを開催している。\n\n"
            "2. 成果\n祭りには毎年一万人以上が訪れている。\n")
    [talk] = run_text(text).talks
    assert [x.text for x in talk.front] == ["本稿では、夜祭りの経緯と成果について報告する。"]
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "成果")]


@pytest.mark.parametrize("n", [1, 3])
def test_city_from_the_reading_not_a_title_word50(n):
    seg = run_text(_volume(n, indent=True))
    assert [t.id for t in seg.talks] == [t[7] for t in TALKS[:n]]
    assert [t.city.en.text for t in seg.talks] == [t[8] for t in TALKS[:n]]


def test_common_gloss_is_no_city50():
    """Without the name spelled as read, a common word EDICT glosses the name with (*harbour*) names no city in
    English: the municipality the speaker's affiliation names is the talk's city (helper procs51, docs/segment.md),
    its English name null, and the id the name's reading."""
    t = TALKS[0]
    text = "\n".join([t[0] + t[1], t[2], "", t[3], "", t[4][0], "", t[2], "Ichiro Tanaka", "",
                      "Background", "・Harbour events", "1", ""])
    [talk] = run_text(text).talks
    assert (talk.city.ja.text, talk.city.en) == ("港町市", None)
    assert talk.id == "minatomachi"


def test_find_city_en_common_gloss50():
    from pipeline.model import Text
    from pipeline.segment.places import find_city_en

    assert find_city_en("港町市", [Text.from_raw("Harbour Festivals", 2)]).text is None
    assert find_city_en("山里町", [Text.from_raw("Transport in Mountain Areas", 2)]).text is None
    # a name EDICT glosses with a word of its own is still found by the gloss (釜山 ↔ Busan)
    assert find_city_en("釜山広域市", [Text.from_raw("Busan Metropolitan City", 3)]).text.text == "Busan"
    # the reading outranks a gloss met earlier in the talk's English
    found = find_city_en("港町市", [Text.from_raw("Harbour Festivals", 2), Text.from_raw("Ichiro Tanaka, Minatomachi City", 9)])
    assert (found.text.text, found.how) == ("Minatomachi", "reading")


def test_two_english_talks50():
    one = ("Harbour Lights on the Old Quay\n\nJane Smith, Portsmouth City Council\n\n"
           "The festival began in 2015 on the old quay. It now draws ten thousand visitors every summer.\n\n")
    two = ("Mountain Villages and the Last Bus\n\nTom Hale, Upland Transport Office\n\n"
           "Four bus routes closed after 2018. The villages now book small vans by phone the day before.\n")
    seg = run_text("Third Regional Transport Symposium\n\n" + one + two)
    assert [t.title.en.text for t in seg.talks] == ["Harbour Lights on the Old Quay", "Mountain Villages and the Last Bus"]
