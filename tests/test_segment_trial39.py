"""Trial 39's fault, as a made-up document: a proceedings dump that prints each slide's number in a page-number
shape above the slide (``- 1 -`` … ``- 4 -``) and no folio in its paper. The numbers are the slides' own, not the
volume's pages: four slides, the first the talk's English title slide, and a slide's ``Figure 1`` keeps its 1."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

PAPER = """\
富山市

自転車共有事業の五年間

富山市活力都市創造部交通政策課長　中川　理恵

１．事業の概要
富山市では、中心市街地の回遊性を高めるため、自転車共有事業を二〇一九年に始めた。貸出拠点は
駅と商店街を中心に四十か所あり、会員は月額の料金で何度でも利用できる。

２．利用の動向
利用回数は毎年増え、平日の朝夕には通勤の利用が多い。冬季は積雪のため利用が減るので、拠点の
配置と台数を季節ごとに見直している。
"""

SLIDES = """\
{1}
Five Years of Bicycle Sharing in Toyama
Rie Nakagawa
Transport Policy Division, Toyama City

{2}
Outline of the Service
● Forty stations around the station and shopping streets
● Unlimited rides for a monthly fee

{3}
Figure 1
Rides per year since 2019
Commuting peaks on weekday mornings

{4}
Winter Operation
● Fewer rides in the snow season
● Stations and bicycles reviewed each season
"""


@pytest.mark.parametrize("shape", ["- {} -", "― {} ―", "-{}-"])
def test_slide_numbers_above_the_slides_number_the_slides(shape: str) -> None:
    text = PAPER + "\n" + SLIDES.format("", *(shape.format(n) for n in range(1, 5)))
    [talk] = run_text(text).talks
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]
    assert talk.title.en is not None and talk.title.en.text == "Five Years of Bicycle Sharing in Toyama"
    figure = talk.slides[2]
    assert "Figure 1" in [t.text for t in (figure.title, *figure.lines) if t is not None]
    assert talk.slides[3].title is not None and talk.slides[3].title.text == "Winter Operation"


def test_a_volumes_folio_closing_the_paper_stays_furniture() -> None:
    """The same slides with the volume's folios closing each page (the paper's ``- 3 -``, the slides' ``- 4 -``
    at the end): the volume's pages, no slide numbers (trial 12's reading, kept), and `Figure 1` keeps its 1."""
    slides = SLIDES.replace("{1}\n", "").replace("{2}\n", "").replace("{3}\n", "").replace("{4}\n", "")
    [talk] = run_text(PAPER + "- 3 -\n" + slides + "- 4 -\n").talks
    assert all(s.number is None for s in talk.slides)


REPORT = """\
Monitoring Salt Damage on Sandstone Churches
Laura Finch and Owen Price
Stone Conservation Trust, Norwich

Abstract
Between 2020 and 2025 the Trust measured salt damage on the walls of twelve
sandstone churches and tested two ways of drawing the salts out of the stone.

1 Introduction
Soluble salts carried into porous stone by rising damp crystallise near the
surface and push the grains apart, so that the face of the wall crumbles.

2 Results
Poultices of clay and paper pulp drew out most of the salts in two seasons.

References
[1] R. Hale, Salts in Historic Masonry, London: Stone Press, 2014.

{heading}
Dr Laura Finch
Stone Conservation Trust
22 Cathedral Close
Norwich NR1 4DH
United Kingdom
laura.finch@example.org
"""


@pytest.mark.parametrize("heading", ["For further information, please contact:", "Contact the authors",
                                     "Authors' addresses", "Correspondence"])
def test_a_request_to_get_in_touch_heads_the_closing_contact_block(heading: str) -> None:
    [talk] = run_text(REPORT.format(heading=heading)).talks
    # (a section titled by the heading until helper close82: the closing block since, heading first, issue 16)
    closing = [talk.front[i].text for i in talk.front_closing]
    assert closing[:3] == [heading, "Dr Laura Finch", "Stone Conservation Trust"]
    assert [p.text for p in talk.sections[-1].paragraphs] == ["[1] R. Hale, Salts in Historic Masonry, London: Stone Press, 2014."]


def test_authors_over_their_organisation_and_its_town_are_the_speaker() -> None:
    [talk] = run_text(REPORT.format(heading="Contact")).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == "Laura Finch"
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "Stone Conservation Trust, Norwich"
    assert [a.name.text for a in talk.speaker.authors] == ["Laura Finch", "Owen Price"]


FLOOD_DECK = """\
Coastal Flooding in Harbour Towns
Mina Okafor
Harbour Research Centre
Why it matters 2
● Storms are stronger than before
● Towns are lower than the tides
Rising Sea Level 3
● Three millimetres a year
● Faster since 1990
What towns can do 4
● Raise the walls
● Move the roads inland
"""


def test_a_title_ending_on_a_labels_word_keeps_its_glued_slide_number() -> None:
    """Review of the label rule: only a label alone before its number is the label's (``Figure 1``); a title ending
    on such a word (``Rising Sea Level 3``) had lost its glued slide number, and slide 3 ran into slide 2."""
    [talk] = run_text(FLOOD_DECK).talks
    titles = {s.number: s.title.text if s.title is not None else None for s in talk.slides}
    assert titles.get(3) == "Rising Sea Level" and titles.get(4) == "What towns can do"
