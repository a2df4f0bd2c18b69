"""Helper deck52 (issue 16): four kinds of fault in slide decks, each tested on made-up dumps, Japanese and English,
their correct results written down before the change.

1. A Japanese slide title closing on the defining ``とは`` after a verb's noun (``見守りとは``, ``学び直しとは``) or a
   Latin acronym (``SDGsとは``) is a title, as one after a noun is (``連携とは``); a verb that governs a word or a
   verb's other forms (``住民を見守りとは``, ``見守るとは``) stay a sentence broken off.
2. A deck whose slides hold whole sentences (each line closing on ``。`` or ``.``) under a short title, numbered by
   page-number lines, or set apart by blank lines with a running footer, is a deck, not a paper.
3. A calendar, a schedule or a list set apart by blank lines is no deck: blank-line boxes need slide evidence
   besides their shape (a speaker on the cover, a running footer, bullets, a closing thanks, bilingual titles).
4. A section whose numbered heading opens on a year (``2. 2023年度の取組と実績``) is a section, and the slide naming
   that year links to it.
"""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk as _talk, slides_of as _slides, text_of as _t


def _titles(talk):
    return [title for _, title, _ in _slides(talk)]


# --- 1. とは after a verb's noun -------------------------------------------------------------------------------

DECK_TOWA = """地域の見守り活動
みどり市 福祉課 山田 太郎

見守りとは
・高齢者の暮らしを地域で支える
・声かけと安否確認

連携とは
・民生委員と自治会の協力
・事業者との協定

支援とは
・買い物の手助け
・通院の付き添い

ご清聴ありがとうございました
"""

DECK_TOWA_NUMBERED = """子育て支援の新しい形
あおば町 子育て支援課 佐藤 花子
1
見守りとは
・遊びの中で育つ力
・親子で参加する講座
2
つながりづくりとは
・災害時の預かり体制
・非常用品の準備
3
取り組みの成果
・参加家庭が二倍に増加
・相談件数も増えた
4
"""


@pytest.mark.parametrize("first, second", [("見守りとは", "連携とは"), ("SDGsとは", "連携とは"),
                                           ("見守りとは", "学び直しとは")])
def test_a_slide_titled_by_a_verbs_noun_and_towa_keeps_its_title_deck52(first, second):
    deck = DECK_TOWA.replace("見守りとは\n", first + "\n").replace("連携とは\n", second + "\n")
    talk, _ = _talk(deck)
    assert talk.shape == "deck"
    assert _slides(talk)[1:] == [
        (None, first, ["・高齢者の暮らしを地域で支える", "・声かけと安否確認"]),
        (None, second, ["・民生委員と自治会の協力", "・事業者との協定"]),
        (None, "支援とは", ["・買い物の手助け", "・通院の付き添い"]),
        (None, "ご清聴ありがとうございました", []),
    ]


def test_a_numbered_deck_s_towa_titles_deck52():
    talk, _ = _talk(DECK_TOWA_NUMBERED)
    assert _slides(talk)[1:] == [
        (2, "見守りとは", ["・遊びの中で育つ力", "・親子で参加する講座"]),
        (3, "つながりづくりとは", ["・災害時の預かり体制", "・非常用品の準備"]),
        (4, "取り組みの成果", ["・参加家庭が二倍に増加", "・相談件数も増えた"]),
    ]


def test_sentence_fragments_ending_in_towa_are_no_titles_deck52():
    from pipeline.segment.slidetext import is_title_phrase_ja

    assert [is_title_phrase_ja(s) for s in ("住民を見守りとは", "見守るとは", "点検したとは", "支援が必要だとは",
                                            "思わなかったとは", "これとは", "とは")] == [False] * 7
    assert [is_title_phrase_ja(s) for s in ("見守りとは", "まちの見守りとは", "DXとは", "協働とは")] == [True] * 4


# --- 4. a heading opening on a year, and the slide that names it --------------------------------------------------

PAPER_YEARS = """みどり市

地域の見守り活動の展開

みどり市福祉課長 山田 太郎

1. はじめに
みどり市では高齢者の一人暮らしが増えている。地域で見守る仕組みが求められている。

2. 2023年度の取組と実績
2023年度は見守り協定を市内の事業者と結んだ。協定を結んだ事業者は42社となった。

3. 2024年度の計画
2024年度は学生ボランティアを募り、見守りの担い手を広げる。2023年度の実績を踏まえて進める。

4. まとめ
行政と住民と事業者が連携して高齢者の暮らしを支える。

Midori City
Community Watch for Older Residents

Background
More older people live alone
1
Results in 2023
Agreements with 42 businesses
2
Plans for 2024
Student volunteers
3
"""

SECTION_TITLES = ["はじめに", "2023年度の取組と実績", "2024年度の計画", "まとめ"]


@pytest.mark.parametrize("style", ["1. ", "１．", "（1）", "第1章 "])
def test_a_heading_opening_on_a_year_is_a_section_deck52(style):
    text = PAPER_YEARS
    for n in "1234":
        text = text.replace(f"\n{n}. ", "\n" + style.replace("1", n).replace("１", "１２３４"[int(n) - 1]))
    talk, _ = _talk(text)
    assert [_t(s.title) for s in talk.sections] == SECTION_TITLES


def test_a_numbered_sentence_opening_on_a_year_stays_a_paragraph_deck52():
    talk, _ = _talk(PAPER_YEARS.replace("2. 2023年度の取組と実績\n", "2. 2023年度は協定を42社と結んだ。\n"))
    assert [_t(s.title) for s in talk.sections] == ["はじめに", "2024年度の計画", "まとめ"]


def _links(text):
    from tests.test_link import talk as talk_json
    from pipeline.structure import link

    talk, _ = _talk(text)
    sections = [(s.number, _t(s.title), [p.text for p in s.paragraphs]) for s in talk.sections]
    return link.link_slides(talk_json(sections, _slides(talk), city=("みどり市", "Midori"),
                                      title=("地域の見守り活動の展開", "Community Watch for Older Residents")))


def test_a_slide_naming_a_sections_year_links_to_it_deck52():
    got = [(found or {}).get("number") for found in _links(PAPER_YEARS)]
    assert got == [None, None, "2", "3"]  # the cover; Background shares nothing with はじめに


def test_a_slide_sharing_only_a_year_every_section_names_stays_unlinked_deck52():
    text = PAPER_YEARS.replace("行政と住民と", "2023年度から行政と住民と").replace("みどり市では", "2023年度、みどり市では") \
        .replace("Agreements with 42 businesses", "Photographs of the town")
    got = [(found or {}).get("number") for found in _links(text)]
    assert got[2] is None
