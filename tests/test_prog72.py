"""Fresh-user trial 71d's programmes, flyers and minutes (issue 16 points 1-2; helper prog72).

(1) A flyer's programme item (``・フライブルク市の環境政策について``, ``- Environmental Policy of Freiburg``) is never its
title, and the lecturer under it never its speaker, his office never its city; the event's city comes from its
organiser's or venue's line wherever the reading put it (``主催：松山市`` after the items; English ``Venue: Sendai
International Center``, ``Organizer: Nagoya City Road Bureau``). The lines over a programme's first talk (its name,
place and date) name no talk's city. (2) A speaker's turn glued after the last sentence of the turn before it
(``…進めております。青木委員　次に…``, ``…許します。○議長（佐藤一郎）　…``) is a paragraph of its own. (3) A first line
printing a talk's title, its giver's post and name (``閉会のことば　副会長　鈴木 花子``) gives the title and the speaker.
Near misses: the flyers whose titles and cities were right, a summary naming members in its sentences
(``青木委員の提案に…``), a summary's numbered fields over its
discussed agenda (trial 61's reading), a body, a post and a name on one line (``静岡市　国際部長　佐藤 一郎``). Inputs are copies of /work/regress/in_prog72/; decisions in
docs/segment.md (*Session 72, prog72*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import paragraph_texts, segment_text

DATA = Path(__file__).parent / "data" / "prog72"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def _head(name: str, n: int = 0):
    t = _doc(name).talks[n]
    return (t.title.ja.text if t.title.ja else None, t.city.ja.text if t.city.ja else None,
            t.city.en.text if t.city.en else None, t.speaker.name.text if t.speaker.name else None)


@pytest.mark.parametrize("name, expected", [
    # the item's lecturer (``講師：ハンス・ミュラー氏（フライブルク市環境局）``) had been the speaker, 内容 the title
    # (the label 【参加者募集】 front since notice85: a kind's label opening the title's line)
    ("f07_flyer_item_lecturer.txt", ("まつやま環境フォーラム2025", "松山市", "Matsuyama", None)),
    # the bilingual flyer's item and lecturer in both halves: city Freiburg had come from the item's lecturer
    ("f09_flyer_item_lecturer_bil.txt", ("環境講演会", "松山市", "Matsuyama", None)),
    # items only over the venue and organiser: the first item had been the title and Freiburg the city
    ("f08_flyer_items_only.txt", (None, "松山市", None, None)),
    # the organiser's line after the items: city null
    ("f10_flyer_organiser_after_items.txt", ("第3回\u3000まつやま環境講座", "松山市", "Matsuyama", None)),
])
def test_a_flyers_programme_item_titles_and_places_nothing(name, expected):
    assert _head(name) == expected


@pytest.mark.parametrize("name, city", [
    ("f03_flyer_en_sendai.txt", "Sendai"),  # ``Venue: Sendai International Center, Conference Room 2``
    ("f04_flyer_en_venue_city.txt", "Nagoya"),  # ``Organizer: Nagoya City Road Bureau``
])
def test_an_english_flyers_city_is_its_organisers_or_venues(name, city):
    assert _head(name)[2] == city


@pytest.mark.parametrize("name, expected", [  # near misses: right before, right after
    ("f01_flyer_bil_freiburg.txt", ("環境まちづくりシンポジウム2025", "松山市", "Matsuyama", None)),
    ("f02_flyer_ja_kobe_bullet.txt", ("みどりの交流フォーラム", "神戸市", None, None)),
])
def test_flyers_read_right_stay(name, expected):
    assert _head(name) == expected


def test_an_item_is_no_title_and_a_common_venue_names_no_town():
    from pipeline.segment.places import event_line_city_en
    from pipeline.segment.titleblock import is_title_line, list_item

    assert [is_title_line(s) for s in ("・フライブルク市の環境政策について", "• Environmental Policy", "■プログラム")] \
        == [False, False, True]
    assert [list_item(s) for s in ("- Panel Discussion", "– A Study of Ports", "-1.5 degrees")] == [True, False, False]
    assert [event_line_city_en(s) for s in ("Venue: Green Park Pavilion", "Organised by: Tohoku Resilience Network",
                                            "Venue: Sendai", "The venue is Sendai International Center.")] \
        == [None, None, None, None]


def test_a_programmes_place_line_names_no_talks_city():
    doc = segment_text((Path(__file__).parent / "data" / "fix71b" / "p01_timed_spans_en.txt").read_text(encoding="utf-8"))
    assert [t.city.en.text if t.city.en else None for t in doc.talks] == [None, None, None]


def test_a_summarys_numbered_fields_stay_front_over_its_discussed_agenda():
    # near miss: trial 61's decision (tests/test_segment_minutes61.py) stands; trial 71d's items 1-5 in front while 6
    # is a section were not reproduced with ``１　開会`` items (docs/limits.md, Session 72, prog72)
    talk = _doc("m05_minutes_numbered_fields.txt").talks[0]
    assert [(s.number, s.title.text) for s in talk.sections] == [("6", "議事"), ("7", "閉会")]
    assert len(talk.front) == 5


@pytest.mark.parametrize("name, turns", [
    ("m01_minutes_numbered.txt", ["青木委員\u3000次に、再生可能エネルギーの導入目標について質問します。目標の見直しは検討されていますか。",
                                  "石田委員\u3000特にありません。"]),
    ("m03_council_turns.txt", ["○議長（佐藤一郎）\u30005番、山本和宏議員。",  # an unmarked turn among marked ones too
                               "山田議員\u3000関連して伺います。福祉避難所の指定状況はどうなっていますか。"]),
])
def test_a_turn_glued_to_the_one_before_is_its_own_paragraph(name, turns):
    paragraphs = paragraph_texts(_doc(name).talks[0])
    assert all(t in paragraphs for t in turns)


def test_names_in_a_summarys_sentences_stay():
    paragraphs = paragraph_texts(_doc("m04_minutes_nearmiss.txt").talks[0])
    assert "委員からは、青木委員の提案に賛成する意見が多かった。山田議員の質問に対しては事務局が回答した。" in paragraphs


def test_a_title_then_its_givers_post_and_name_on_one_line():
    talk = _doc("o03_closing_words_credit.txt").talks[0]
    assert (talk.title.ja.text, talk.speaker.affiliation.text, talk.speaker.name.text) == ("閉会のことば", "副会長", "鈴木 花子")


def test_a_body_a_post_and_a_name_on_one_line_is_no_title():
    talk = _doc("o04_nearmiss_office_post_name.txt").talks[0]  # near miss: ``静岡市　国際部長　佐藤 一郎``
    assert (talk.title.ja, talk.city.ja.text) == (None, "静岡市")
