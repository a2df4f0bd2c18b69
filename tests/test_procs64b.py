"""Fresh-user trial 64b (issue 16 point 1, segment stage), helper procs64b. Made-up proceedings, other cities, countries,
wording and numbers than the trial's (inputs in tests/data/procs64b/, kept in /work/regress/in_procs64b/).

A talk printed English first (its English place line, ``Curitiba, Brazil`` or ``Brisbane City, Queensland``, over its
English title and speaker line, its points if any, then its Japanese block, ``クリチバ市`` / its title / its speaker,
over the Japanese text) right after a Japanese-first talk's English slides opens a talk of its own at the place line,
where its Japanese block's city line names the town the place line names (its katakana spelling the English name):
``talks.english_half_first``. Before, its English block had been the talk before's last slide and the talk had no
English title or city. A slide titled by a place inside a deck, and a deck's cover naming its city and speaker over
numbered slides, stay slides.
"""

from __future__ import annotations

import pathlib

import pytest

from segmenting import paragraph_texts, segment_text, talk_fields

INPUTS = pathlib.Path(__file__).parent / "data" / "procs64b"


def _read(path: str):
    return segment_text((INPUTS / path).read_text(encoding="utf-8")).talks


def _slide_titles(talk):
    return [s.title.text if s.title is not None else None for s in talk.slides]


def _section_titles(talk):
    return [s.title.text if s.title is not None else None for s in talk.sections]


ENGLISH_FIRST = [
    # points under the English block, page numbers after the slide titles before it
    ("01_curitiba_points.txt", 2, 1, ("公園緑地と洪水対策", "Green Spaces and Flood Control", "クリチバ市", "Curitiba",
                                      "クリチバ市環境局\u3000アナ・ソウザ"), ["公園の整備", "洪水対策"]),
    # no points, page numbers before the slide titles, no numbered section
    ("02_mombasa_numbers_before.txt", 2, 1, ("旧市街と港", "The Old Town and Its Harbour", "モンバサ市", "Mombasa",
                                              "モンバサ郡文化財事務所\u3000アミナ・ハッサン"), [""]),
    # between two numbered Japanese-first talks, itself with no number, its place line a municipality's
    ("03_brisbane_three.txt", 3, 1, ("成長都市の川のフェリー", "River Ferries for a Growing City", "ブリスベン市", "Brisbane",
                                     "ブリスベン市交通部\u3000サラ・ミッチェル"), ["川の交通", "利用の増加"]),
    # the talk before numbered (``第１講演``), this one not; its speaker in kanji, named in English by his reading
    ("05_sakai_kanji_speaker.txt", 2, 1, ("世界遺産としての古墳群", "Kofun Tombs as World Heritage", "堺市", "Sakai",
                                          "堺市世界遺産課長\u3000森 健二"), ["世界遺産登録", "大仙古墳"]),
]


@pytest.mark.parametrize("path, n, k, fields, sections", ENGLISH_FIRST)
def test_an_english_first_talk_after_slides_opens_its_talk64b(path, n, k, fields, sections):
    talks = _read(path)
    assert len(talks) == n
    talk = talks[k]
    assert talk_fields(talk) == fields
    assert _section_titles(talk) == sections
    assert paragraph_texts(talk)
    front = [t.text for t in talk.front]
    assert fields[1] not in front and fields[0] not in front


@pytest.mark.parametrize("path, k, slides", [
    # (01, 05: each number right under its slide's title, read so since helper slides64b; they had lost Next Steps,
    # Ferry Routes and Visitors as titles)
    ("01_curitiba_points.txt", 0, ["District Heating in a Cold City", "How It Works", "Next Steps"]),
    # (02, 05: the English title alone over the slides is title.en, no slide of its own: helper bil67, trial 66c)
    ("02_mombasa_numbers_before.txt", 0, ["Snowfall", "Snow Removal"]),
    ("03_brisbane_three.txt", 0, ["Tourism and Transport in Naha", "Transport", "Visitors"]),
    ("05_sakai_kanji_speaker.txt", 0, ["Ferry Routes", "Visitors"]),
])
def test_the_talk_before_keeps_its_slides_and_no_more64b(path, k, slides):
    """The talk before ends at its last slide: the English place line is no slide title of it."""
    talks = _read(path)
    assert [t for t in _slide_titles(talks[k]) if t is not None] == slides
    assert all(line.text.strip() not in ("Curitiba, Brazil", "Mombasa, Kenya", "Brisbane City, Queensland", "Sakai City, Osaka")
               for s in talks[k].slides for line in s.lines)


def test_the_talk_after_still_opens64b():
    talks = _read("03_brisbane_three.txt")
    assert talk_fields(talks[2])[:3] == ("伝統工芸と観光", "Crafts and Tourism in Kanazawa", "金沢市")
    assert _slide_titles(talks[2]) == ["Traditional Crafts", "Craft Experiences"]  # the English title: title.en (bil67)


def test_slides_between_the_blocks_and_the_paper64b():
    """The trial's order: the English block, the Japanese block, the English slides, then the Japanese paper: one
    proceedings talk, its paper's sections from after the slides, its slides from between (talks._slides_between)."""
    talks = _read("04_blocks_then_slides_then_paper.txt")
    assert len(talks) == 2
    talk = talks[1]
    assert talk.shape == "proceedings"
    assert talk_fields(talk) == ("参加型予算の実践", "Participatory Budgeting in Practice", "ポルトアレグレ市", "Porto Alegre",
                                 "ポルトアレグレ市都市計画局\u3000カルロス・メンデス")
    assert _section_titles(talk) == ["制度の始まり", "市民の参加"]
    assert _slide_titles(talk)[:2] == ["Participatory Budgeting in Practice", "How It Began"]
    slide_text = " ".join(t.text for s in talk.slides for t in (s.title, *s.lines) if t is not None)
    assert "参加型予算" not in slide_text and "Started in 1989" in slide_text


def test_a_place_slide_inside_a_deck_stays_a_slide64b():
    """Near miss: ``Curitiba, Brazil`` over ``Bus Rapid Transit`` and a bullet, numbered, inside a deck (no speaker under
    it), the next talk Curitiba's own: a slide of the talk before, which keeps its four slides."""
    talks = _read("n1_place_slide_in_deck.txt")
    assert len(talks) == 2
    # the English title alone over the slides is title.en, no slide (helper bil67, trial 66c)
    assert _slide_titles(talks[0]) == ["Background", "Curitiba, Brazil", "Key Route Buses"]
    assert talks[0].title.en.text == "Reorganising Bus Routes in Nagoya"
    assert talk_fields(talks[1])[:3] == ("バス高速輸送と都市の形", "Bus Rapid Transit and the Shape of a City", "クリチバ市")


def test_a_deck_cover_naming_its_city_stays_the_deck64b():
    """Near miss: the deck's cover after the paper (``Kobe City, Hyogo`` / its English title / its speaker) over numbered
    slides, the next talk from the same city: the cover opens no talk (its pages are numbered)."""
    talks = _read("n2_cover_then_same_city.txt")
    assert len(talks) == 2
    assert _slide_titles(talks[0])[1:] == ["History of the Port", "Warehouses Renewed"]
    assert talk_fields(talks[1])[:3] == ("六甲山の森と水", "Forests and Water of Mount Rokko", "神戸市")


def test_a_last_slide_quoting_another_person_stays_a_slide64b():
    """Near miss: the deck's last slide, ``Curitiba, Brazil`` / ``Learning from Bus Rapid Transit`` / ``Jaime Lerner,
    Urban Planning Institute of Curitiba`` / a bullet, right over the next talk's Japanese block from Curitiba, signed by
    another person (ジョアン・ペレイラ・ダ・シルバ): a slide of the talk before, no English half of the next talk."""
    talks = _read("n3_last_slide_names_next_city.txt")
    assert len(talks) == 2
    assert _slide_titles(talks[0]) == ["Background", "Curitiba, Brazil"]  # the English title: title.en (bil67)
    assert talk_fields(talks[1])[:3] == ("バス高速輸送と都市の形", "Bus Rapid Transit and the Shape of a City", "クリチバ市")
