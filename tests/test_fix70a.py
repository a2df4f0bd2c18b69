"""A slide deck alone: its cover and its slides (issue 16 point 2, fresh-user trial 70, helper fix70a).

1. An organisation credited alone on a cover (``Smart Water Metering Pilot`` / ``Results from Year One`` / ``City of
   Springfield Water Department`` / ``1``) is the cover's last line, as a person's line there is: the line between it
   and the title is the cover's subtitle, the organisation the speaker's affiliation (``speaker.name`` null), its
   municipality the city (``slides._credit_closing_cover``). Before, the cover had ended at its title and the subtitle
   titled slide 1, the organisation its text.
2. A slide's label line (``Slide 1``, ``スライド１``) heads the slide under it: a deck printing two labels, the first over
   a title alone, the second over points (``Compact City …`` / ``Slide 1`` / ``Toyama's Light Rail Network`` /
   ``Slide 2`` / ``■ …``), is no deck numbered under its titles (``slides._numbers_under_titles``), and its labels head
   their slides (``slides._labels_over_titles``). Before, slide 1 was the talk's English title, slide 2 the title slide's
   title over the points.

Near misses: a cover naming a person and the organisation, a slide titled by an organisation's name inside the deck
(``Port of Naha``, ``Naha Port Authority``), bare numbers closing their slides, labels standing between each title and
its points, ``Slide N of M`` footers set apart by blank lines, decks with three labels read right already.

Inputs: ``tests/data/fix70a/`` (copies of ``/work/regress/in_fix70a/`` and of trial 70's ``06_deck.txt`` and
``01_proc.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file

DATA = Path(__file__).parent / "data" / "fix70a"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _text(t) -> str | None:
    return t.text if t is not None else None


def _slides(talk) -> list[tuple[int | None, str | None, list[str]]]:
    return [(s.number, _text(s.title), [line.text for line in s.lines]) for s in talk.slides]


# -- 1. an organisation credited alone on a cover -------------------------------------------------------------------

CREDITS = [
    # file, title, subtitle, affiliation, city, the first slide after the cover
    ("t70_06_deck.txt", "Smart Water Metering Pilot", "Results from Year One", "City of Springfield Water Department",
     "Springfield", (2, "Agenda")),
    ("a1_deck_org_credit_feet.txt", "Safer Crossings for Pupils", "What We Learned in 2024",
     "Department of Public Works, Town of Millbrook", "Millbrook", (2, "Agenda")),
    ("a2_deck_org_credit_boxes.txt", "Reading Rooms for Everyone", "A Year of Extended Opening Hours",
     "Millbrook Public Library", None, (2, "Opening Hours")),
    ("a4_deck_org_credit_handout.txt", "Port Logistics in Transition", "Five Years of Data", "Naha Port Authority",
     None, (2, "Overview")),
]


@pytest.mark.parametrize("name,title,subtitle,affiliation,city,after", CREDITS)
def test_organisation_credited_alone_closes_the_cover(name, title, subtitle, affiliation, city, after):
    talk = _run(name).talks[0]
    assert talk.shape == "deck"
    assert _text(talk.title.en) == title
    assert _text(talk.subtitle.en) == subtitle
    assert _text(talk.speaker.affiliation) == affiliation
    assert talk.speaker.name is None
    assert _text(talk.city.en) == city
    slides = _slides(talk)
    assert slides[0][:2] == (1, title)
    assert slides[0][2] == [subtitle, affiliation]  # the cover's lines stay on the cover
    assert slides[1][:2] == after


def test_japanese_deck_credited_to_an_office_keeps_its_cover():
    talk = _run("a3_ja_deck_org_credit.txt").talks[0]
    assert (_text(talk.title.ja), _text(talk.subtitle.ja), _text(talk.speaker.affiliation), talk.speaker.name) \
        == ("地域公共交通計画の見直し", "令和6年度の取り組み", "みなと市 都市交通課", None)
    assert _slides(talk)[1][:2] == (2, "計画の背景")


def test_english_paper_credited_to_an_office():
    talk = _run("a5_paper_org_credit.txt").talks[0]
    assert (_text(talk.title.en), _text(talk.subtitle.en), _text(talk.speaker.affiliation), talk.speaker.name,
            _text(talk.city.en)) == ("Heat Pumps in Council Housing", "Results of a Two-Year Trial",
                                     "Office of Sustainability, City of Portland", None, "Portland")


def test_japanese_paper_credited_to_an_office():
    # (the strict xfail closed by helper paper71: titleblock._ja_subtitle_over_credit)
    talk = _run("a6_ja_paper_org_credit.txt").talks[0]
    assert _text(talk.title.ja) == "空き家バンクの運用について"
    assert (_text(talk.subtitle.ja), _text(talk.speaker.affiliation)) == ("移住相談との連携", "やまなみ町 企画課")


def test_cover_with_person_and_organisation_as_before():
    talk = _run("n1_deck_person_org_credit.txt").talks[0]
    assert (_text(talk.subtitle.en), _text(talk.speaker.name), _text(talk.speaker.affiliation)) \
        == ("Five Years of Data", "Kenji Higa", "Naha Port Authority")
    assert [s[:2] for s in _slides(talk)] == [(1, "Port Logistics in Transition"), (2, "Overview"), (3, "Cargo Volumes")]


@pytest.mark.parametrize("name,title", [("n2_deck_slide_titled_port.txt", "Port of Naha"),
                                        ("n3_deck_org_title_slide_mid.txt", "Naha Port Authority")])
def test_slide_titled_by_an_organisation_stays_a_slide(name, title):
    talk = _run(name).talks[0]
    slides = _slides(talk)
    assert slides[1][:2] == (2, title) and len(slides[1][2]) == 2
    assert _text(talk.speaker.affiliation) != title


def test_organisation_over_slide_twos_number_stays_that_slides():
    # ``Who Runs It`` / ``Millbrook Public Library`` / ``2`` in the box after a cover's title: slide 2, no cover's
    slides = _slides(_run("n7_deck_org_slide_after_cover_box.txt").talks[0])
    assert slides[:2] == [(1, "Reading Rooms for Everyone", []), (2, "Who Runs It", ["Millbrook Public Library"])]


# -- 2. slide labels head their slides -------------------------------------------------------------------------------

LABELS = [
    # file, talk index, the slides (the cover aside)
    ("t70_01_proc.txt", 0, [(1, "Toyama's Light Rail Network", []),
                            (2, None, ["■ Portram opened in 2006", "■ Ridership increased greatly"])]),
    ("b1_proc_labels_two.txt", 0, [(1, "Takamatsu: Gateway to the Islands", []),
                                   (2, None, ["■ Ferries to twelve islands", "■ Art festival every three years"])]),
    ("b5_proc_ja_slides_labels_two.txt", 0, [(1, "恐竜博物館と観光", []),
                                             (2, None, ["■ 来館者は年間90万人", "■ 駅前に恐竜のモニュメント"])]),
    ("b2_ja_deck_labels_two.txt", 0, [(1, "避難所の整備", []), (2, None, ["・備蓄倉庫を10か所増設", "・避難訓練を年2回実施"])]),
    ("b3_deck_labels_two.txt", 0, [(1, "Why Bikes?", []),
                                   (2, None, ["• Six in ten trips by bike", "• Cars kept out of the centre"])]),
]


@pytest.mark.parametrize("name,k,slides", LABELS)
def test_labels_head_their_slides(name, k, slides):
    got = _slides(_run(name).talks[k])
    assert [s for s in got if s[0] is not None] == slides


def test_labels_with_a_total_head_their_slides():
    got = _slides(_run("b4_proc_labels_of_total.txt").talks[0])
    assert [s[0] for s in got] == [1, 2, 3]
    assert got[0] == (1, "Kanazawa: City of Crafts", [])
    assert got[2][1] == "Thank you"


def test_second_talk_label_over_points_as_before():
    got = _slides(_run("t70_01_proc.txt").talks[1])
    assert got == [(1, None, ["■ Sister city exchange for over 30 years", "■ Student visits every year"])]


NEAR = [
    # bare numbers closing their slides: the cover is slide 1
    ("n4_deck_bare_numbers_feet.txt", [(1, "Cycling in Groningen"), (2, "Why Bikes?"), (3, "What Comes Next")]),
    # a label between each title and its points: read under the titles
    ("n5_deck_labels_under_titles.txt", [(None, "Cycling in Groningen"), (1, "Why Bikes?"), (2, "What Comes Next")]),
    # ``Slide N of M`` footers set apart by blank lines close their slides
    ("n6_deck_label_footers_boxes.txt", [(1, "Cycling in Groningen"), (2, "Why Bikes?"), (3, "What Comes Next")]),
    ("n_deck_labels_untitled_three.txt", [(None, "Cycling in Groningen"), (1, "Why Bikes?"), (2, None),
                                          (3, "What Comes Next")]),
    ("n_ja_deck_labels_three.txt", [(None, "みなと市の防災対策"), (1, "避難所の整備"), (2, None), (3, "今後の課題")]),
    ("n_proc_labels_title_slide_three.txt", [(1, "Takamatsu: Gateway to the Islands"), (2, None), (3, "Next Steps")]),
]


@pytest.mark.parametrize("name,slides", NEAR)
def test_near_misses_as_before(name, slides):
    assert [s[:2] for s in _slides(_run(name).talks[0])] == slides
