"""A slide deck alone, its slides numbered on their titles' lines with points under them (issue 16 point 2; helper
slide70).

Fresh-user trial 69c's ``c_deck_en.txt`` (``River Restoration in Our Town`` / speaker / ``1 Why Restore the River`` /
``■ Floods in 2019 and 2021`` / …) and slide69's strict xfail ``d_ja_deck_alone.txt`` (``1　本市の概要`` / ``・人口約24万人``
/ …): with no paper before them, the weighing of deck against paper (``talks.is_deck``) counted the numbered titles as a
paper's numbered headings and saw no slide apart (no page number, no form feed needed), so each came out a paper of
numbered sections. Now ``slides.titled_deck_alone`` gives the evidence (the slides run from a short cover to the end or
the thanks, most with bulleted points, no sentence anywhere, no notice's ``記``/``以上`` or field names as titles), which
``talks._weighed`` counts as slides shown apart and ``slides.build_deck`` reads.

Besides, a town alone over an English deck's title (``Leeds`` / ``Cycling Streets for Everyone`` / ``…, Leeds City
Council``) had titled the deck: it is a cover line now where a cover line names it as a municipality (``stage.py``'s
``cover_label``).

Inputs and near misses: ``tests/data/slide70/`` (= ``/work/regress/in_slide70/``, with trial 69c's two decks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file, slide_rows as _slides

DATA = Path(__file__).parent / "data" / "slide70"
DATA69 = Path(__file__).parent / "data" / "slide69"


def _run(name: str, data: Path = DATA):
    return run_file((data / name).read_bytes(), name)


def _sections(talk):
    return [(s.number, s.title.text if s.title else None) for s in talk.sections]


def test_trial69c_english_deck_alone_is_a_deck_of_four_slides():
    doc = _run("trial69c_c_deck_en.txt")
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    assert talk.shape == "deck"
    assert talk.sections == ()
    assert _slides(talk) == [
        (None, "River Restoration in Our Town", ["Hannah Brooks, River Office, Town of Millbrook"]),
        (1, "Why Restore the River", ["■ Floods in 2019 and 2021", "■ Fish numbers fell by half since 1990"]),
        (2, "What We Did", ["■ Removed two old weirs", "■ Planted 3,000 willows along the banks"]),
        (3, "Results So Far", ["■ Salmon returned in 2024", "■ Flood peaks 20% lower"]),
        (4, "Next Steps", ["■ Link the side channels", "■ Train volunteer monitors"])]
    # each slide's number goes to the ledger as the slide's number
    assert [r.text for r in doc.ledger if r.rule == "slide_number"] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("name, expected", [
    ("a_ja_deck_square_dots.txt", [
        (1, "市の紹介", ["■ 人口約4万人の城下町", "■ 黒豆と丹波焼の産地"]),
        (2, "観光の現状", ["■ 年間観光客数は約300万人", "■ 日帰り客が9割を占める"]),
        (3, "里山ツーリズム", ["■ 農家民泊の受け入れ", "■ 里山ガイドの育成"]),
        (4, "今後の課題", ["■ 宿泊施設の不足", "■ 二次交通の確保"]),
        (None, "ご清聴ありがとうございました", [])]),
    ("b_en_deck_dots_closing.txt", [
        (1, "Where We Started", ["• 1,200 bus stops across the city", "• Only a third had raised kerbs"]),
        (2, "Our Approach", ["• Audit of every stop in 2022", "• Priority list built with disability groups"]),
        (3, "What We Delivered", ["• 480 stops upgraded", "• Tactile paving at every interchange"]),
        (4, "Next Steps", ["• Real-time audio announcements", "• Shelters with seating"]),
        (None, "Thank you", ["priya.natarajan@wellington.example"])]),
    ("c_ja_deck_formfeeds.txt", [
        (1, "遠野市の医療の現状", ["・医師数は全国平均の半分", "・無医地区が3か所"]),
        (2, "遠隔診療の導入", ["・公民館でのオンライン診療", "・看護師が機器を操作"]),
        (3, "成果", ["・通院時間が平均40分短縮", "・受診者の満足度90%"]),
        (4, "今後に向けて", ["・対象地区の拡大", "・薬の配送との連携"])]),
    ("d_en_deck_formfeeds_paren.txt", [
        (1, "Why the Evenings Matter", ["- Young people leave for bigger cities", "- Shops close at six"]),
        (2, "The Pilot", ["- Late opening on Thursdays", "- Street food market in the square"]),
        (3, "Results", ["- Footfall up 25 percent on Thursdays", "- Three new cafes opened"]),
        (None, "Questions?", [])]),
    ("e_ja_deck_mixed_points.txt", [
        (1, "制度の概要", ["● 平成25年度に開始", "● 登録物件は延べ320件"]),
        (2, "利用の状況", ["● 成約は累計180件", "移住者が6割"]),
        (3, "課題", ["● 老朽化した物件の増加", "● 相続登記の未了"])]),
])
def test_decks_alone_numbered_on_their_titles_lines(name, expected):
    """Japanese and English decks alone, ``1．``/``1　``/``1.``/``1)`` before each title, ``■``/``・``/``•``/``-``/``●``
    points (one unbulleted), with or without form feeds and a closing slide: a deck, its cover then its slides."""
    talk = _run(name).talks[0]
    assert talk.shape == "deck"
    assert talk.sections == ()
    cover, *slides = _slides(talk)
    title = talk.title.ja or talk.title.en
    assert (cover[0], cover[1]) == (None, title.text)  # the cover, titled by the talk's title
    assert slides == expected


def test_slide69_english_deck_alone_with_mixed_points():
    """slide69 left ``b_en_dash_mixed.txt`` (``1 Why Cycling`` / ``- …`` / ``Bus stop bypasses`` …) a paper as 'as
    much a handout as a deck'; by the same evidence as trial 69c's deck it is a deck now."""
    talk = _run("b_en_dash_mixed.txt", DATA69).talks[0]
    assert talk.shape == "deck"
    assert [(n, title) for n, title, _ in _slides(talk)][1:] == [
        (1, "Why Cycling"), (2, "What We Built"), (3, "Results"), (4, "Lessons")]


def test_deck_numbered_on_lines_of_their_own_is_unchanged():
    """Trial 69c's ``k_deck_port.txt`` (``1`` / ``Where We Started`` / ``■ …``) was read right before: as before."""
    talk = _run("trial69c_k_deck_port.txt").talks[0]
    assert talk.shape == "deck"
    assert [(n, title) for n, title, _ in _slides(talk)] == [
        (None, "Greening the Waterfront"), (1, "Where We Started"), (2, "Our Plan"), (3, "What Changed")]


@pytest.mark.parametrize("name, sections", [
    # a paper whose numbered sections hold sentences, ■ lists inside them
    ("n1_ja_paper_sections_square_lists.txt", None),
    # a notice's numbered items under 記 … 以上, bulleted
    ("n2_ja_notice_ki_bullets.txt", [(None, None), ("1", "日時"), ("2", "場所"), ("3", "内容")]),
    # a report's 1 概要 with bullet lists and paragraphs
    ("n3_ja_report_overview_lists_paragraphs.txt", [("1", "概要"), ("2", "調査結果"), ("3", "今後の方針")]),
    # an English paper's 1 Introduction with bullet lists among its sentences
    ("n4_en_paper_intro_bullets.txt", [("1", "Introduction"), ("2", "Method"), ("3", "Results")]),
    # minutes' numbered items over unbulleted names and values
    ("n5_en_minutes_unbulleted.txt", [("1", "Present"), ("2", "Apologies"), ("3", "Minutes of the last meeting"),
                                      ("4", "Any other business")]),
    # two items only
    ("n6_ja_two_items_bullets.txt", [("1", "日程"), ("2", "会場")]),
    # a notice's greeting sentence over bulleted items, no 記
    ("n7_ja_notice_greeting_bullets_no_ki.txt", [("1", "対象"), ("2", "日程"), ("3", "申込方法")]),
    # a notice's and an event's fields as numbered titles, bulleted values, no sentence at all
    ("n8_ja_notice_fields_no_sentence.txt", [("1", "日時"), ("2", "場所"), ("3", "持ち物")]),
    ("n9_en_event_fields_bullets.txt", [("1", "Date"), ("2", "Venue"), ("3", "Registration")]),
])
def test_near_misses_stay_papers_and_notices(name, sections):
    talk = _run(name).talks[0]
    assert talk.shape == "paper"
    assert talk.slides == ()
    if sections is not None:
        assert _sections(talk) == sections
    else:
        assert [n for n, _ in _sections(talk) if n is not None] == ["1", "2", "3"]


def test_titled_deck_alone_weighs_the_evidence():
    from pipeline.model import Text
    from pipeline.segment.slides import titled_deck_alone

    def read(*ss):
        found = titled_deck_alone([Text.inserted(s) for s in ss])
        return None if found is None else (found[0], [n for _, n, _, _ in found[1]])

    deck = ["1 Tides", "■ Gauges", "2 Turbines", "■ Two pilots", "3 Costs", "■ Falling"]
    assert read("Tidal Power", "Ann Berg", *deck) == (2, [1, 2, 3])
    assert read(*deck, "Thank you", "ann@example.org") == (0, [1, 2, 3])
    assert read("Tidal Power", *deck[:4]) is None  # two slides: as much a list as a deck
    assert read("Tidal Power", "This talk reports on our first year of tidal power in the bay.", *deck) is None
    assert read("Tidal Power", *deck, "We will report again next year on the costs.") is None
    assert read("Tidal Power", "a", "b", "c", "d", "e", "f", *deck) is None  # no cover runs so long
    assert read("1 Tides", "Gauges", "2 Turbines", "Two pilots", "3 Costs", "■ Falling") is None  # mostly unbulleted
    assert read("1 Tides", "2 Turbines", "3 Costs", "■ Falling") is None  # most slides hold no point
    assert read("1\u3000日時", "・5月1日", "2\u3000場所", "・公民館", "3\u3000内容", "・清掃") is None  # a notice's fields
    assert read("記", *deck, "以上") is None


# --- a town alone over a deck's title -------------------------------------------------------------------------


@pytest.mark.parametrize("name, data, title, town", [
    ("b_en_dash_mixed.txt", DATA69, "Cycling Streets for Everyone", "Leeds"),
    ("f_en_deck_town_over_title_paged.txt", DATA, "River Restoration in Our Town", "Millbrook"),
    ("g_en_deck_municipality_numbered_titles.txt", DATA, "Bicycle Parking at the Central Station", "Utrecht"),
    ("h_en_deck_borough_formfeeds.txt", DATA, "Quieter Streets for Schools", "Camden"),
])
def test_town_alone_over_an_english_decks_title_is_a_cover_line(name, data, title, town):
    """``Leeds`` / ``Cycling Streets for Everyone`` / ``Dr Amy Carter, …, Leeds City Council``: the town the cover names
    as a municipality, alone on its line, is the cover's city line, never the deck's title (it had been ``title.en``,
    with page-number lines too: ``f_…``)."""
    talk = _run(name, data).talks[0]
    assert talk.shape == "deck"
    assert talk.title.en.text == title
    assert talk.city.en.text == town
    assert (talk.slides[0].number, talk.slides[0].title.text) == (None, title)
    assert town in [t.text for t in talk.slides[0].lines]  # a line of the cover, nothing lost


def test_a_town_named_by_no_municipal_line_is_read_as_before():
    """``Sheffield`` over the speaker's trust (no line names Sheffield as a municipality): the line titles the deck,
    as it titled the paper before."""
    talk = _run("nm_en_deck_town_title_no_municipal_line.txt").talks[0]
    assert talk.title.en.text == "Sheffield"
    assert [(n, title) for n, title, _ in _slides(talk)][1:] == [(1, "The Tram Network"), (2, "Extensions"),
                                                                (3, "Next Steps")]
