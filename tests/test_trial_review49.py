"""Review 49's faults, each as made-up input of its kind (a new user's documents, none of them the sample's shape)."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _slides(doc):
    assert len(doc.talks) == 1
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in doc.talks[0].slides]


@pytest.mark.parametrize("closing, last", [("ご清聴ありがとうございました", "- 6 -"), ("Thank you", "6")])
def test_deck_closing_number_closes_its_page(closing, last):
    """A deck numbered at each page's foot, with a blank only under the cover and the last number under the closing
    line: the numbers close their pages (the cover is slide 1), and no empty slide stands before the closing one
    (it had read the numbers as heading their slides from the cover's blank alone, leaving slide 5 empty)."""
    deck = f"""\
Ferry Timetables in the Inland Sea
Harbour Office, Port of Onomichi

- 1 -
Today's Topics
・ Routes and ports
・ Passengers per year
- 2 -
Routes and Ports
・ Seven routes, twelve ports
・ First ferry at 6:10
- 3 -
Passengers per Year
Year Passengers Change
2021 812,000 94
2022 905,000 111
- 4 -
Next Steps
・ One ticket for all routes
・ Timetables in four languages
- 5 -
{closing}
{last}
"""
    got = _slides(run_text(deck))
    assert [(n, t) for n, t, _ in got] == [
        (1, "Ferry Timetables in the Inland Sea"), (2, "Today's Topics"), (3, "Routes and Ports"),
        (4, "Passengers per Year"), (5, "Next Steps"), (6, closing)]
    assert got[3][2] == ["Year Passengers Change", "2021 812,000 94", "2022 905,000 111"]


def test_citation_wrapped_to_line_start_continues_its_paragraph():
    """An English paper's in-text citation that a wrap puts at a line's start (``[1], [2]. Ferry …``, ``[4]–[6] report``)
    is no reference list's item: the paragraph goes on; the references' own ``[1] Kim …`` still open items."""
    paper = """\
Tidal Energy at Small Harbours

Maria Santos
Institute of Marine Technology, University of Porto

I. INTRODUCTION
Small harbours have been studied as sites for tidal turbines in several surveys
[1], [2]. Their narrow mouths speed the current twice a day, and earlier work
[3]–[4] measured the peak flow at four of them.

II. CONCLUSION
Harbour mouths are a cheap place to test turbines.

REFERENCES
[1] P. Kim, "Tidal sites," Ocean Eng., vol. 12, pp. 1–9, 2018.
[2] L. Ortiz, "Harbour currents," in Proc. OCEANS, 2019, pp. 5–8.
[3] A. Rossi, "Flow at harbour mouths," 2020.
[4] J. Lee, "Peak flows," 2021.
"""
    (talk,) = run_text(paper).talks
    intro = next(s for s in talk.sections if s.title.text == "INTRODUCTION")
    assert [p.text for p in intro.paragraphs] == [
        "Small harbours have been studied as sites for tidal turbines in several surveys [1], [2]. Their narrow mouths "
        "speed the current twice a day, and earlier work [3]–[4] measured the peak flow at four of them."]
    refs = next(s for s in talk.sections if s.title.text == "REFERENCES")
    assert [p.text[:3] for p in refs.paragraphs] == ["[1]", "[2]", "[3]", "[4]"]


def test_a_cover_that_shortens_the_talks_title_links_to_no_section():
    """A deck's cover titled with the talk's title cut short (its subtitle after a colon, or ``of <city>`` gone) is the
    cover: its speaker line's city or name links it to no section (it had gone to section 1, whose paragraph alone
    names the city, review 49); a slide that repeats a short word of the title still links."""
    from tests.test_link import talk
    from pipeline.structure import link

    sections = [
        ("1", "背景", ["鳴門市では渦潮を見る観光客が年々増えている。"]),
        ("2", "取り組み", ["2018年から遊覧船の予約をオンラインで受け付けている。"]),
        ("3", "おわりに", ["今後も観光客を迎える。"]),
    ]
    slides = [
        (None, "Whirlpool Tourism", ["Aiko Sato, Tourism Division, Naruto City"]),
        (2, "Online Booking", ["Booking online since 2018"]),
    ]
    got = link.link_slides(talk(sections, slides, city=("鳴門市", "Naruto"),
                                title=("渦潮観光の振興", "Whirlpool Tourism: the Naruto Strait Experience")))
    assert got[0] is None
    assert got[1] is not None and got[1]["number"] == "2"


def test_a_one_word_title_over_a_numbered_agenda_heads_its_slide():
    """``Outline`` over ``1. Why …`` / ``2. …``: the slide's title, as over a bulleted list (it had been a line of an
    untitled slide); the numbered items stay its lines, and no number of theirs becomes a slide's."""
    deck = """\
Cooling Towers for District Heating
Anna Lind, Energy Office, City of Umeå

p. 1
Outline
1. Why cooling towers
2. Costs
p. 2
Why Cooling Towers
• Summer surplus heat
• Cheap to run
p. 3
Costs
Item Cost (EUR)
Tower 90,000
p. 4
"""
    got = _slides(run_text(deck))
    assert [(n, t) for n, t, _ in got] == [(1, "Cooling Towers for District Heating"), (2, "Outline"),
                                           (3, "Why Cooling Towers"), (4, "Costs")]
    assert got[1][2] == ["1. Why cooling towers", "2. Costs"]


def test_a_cover_that_rewords_the_talks_title_links_to_no_section():
    """The deck's first slide whose title's words all stand in the talk's English title (reworded on the cover) is
    the cover; a later slide of such words (``Ferry Routes``) still links to its section."""
    from tests.test_link import talk
    from pipeline.structure import link

    sections = [
        ("1", "はじめに", ["尾道市は瀬戸内海に面し、2005年に周辺の町と合併した。"]),
        ("2", "航路", ["市内には七つのフェリー航路があり、2019年に新しい桟橋ができた。"]),
    ]
    slides = [
        (None, "Ferry Routes of Onomichi", ["Ken Mori, Port Division, Onomichi City"]),
        (2, "Ferry Routes", ["Seven routes", "New pier in 2019"]),
    ]
    got = link.link_slides(talk(sections, slides, city=("尾道市", "Onomichi"),
                                title=("島を結ぶ航路", "The Ferry Routes of a Port Town: Onomichi")))
    assert got[0] is None
    assert got[1] is not None and got[1]["number"] == "2"


@pytest.mark.parametrize("head", ["港湾研究 第8号", "Harbour Studies Vol. 4"])
def test_a_periodicals_short_head_with_its_folio_is_furniture(head):
    """A periodical's running head, its name and issue then the page's folio after one (ideographic) space, short
    (``地域研究 第5号　23`` … ``24``): page furniture, not the paper's title nor a paragraph of its section."""
    paper = f"""\
{head}　41
防波堤の点検に用いる無人機の活用

石田 陽介（下田市 建設課）

■はじめに
下田市には長さの合計が三キロを超える防波堤があり、職員が年に一度歩いて点検してきた。
近年は職員の数が減り、点検に要する時間が課題となっていた。
■方法
2022年から無人機で防波堤を撮影し、ひび割れの位置を画像で記録している。撮影した画像は
前年の画像と比べ、変化した箇所だけを職員が現地で確かめる。

{head}　42
■おわりに
無人機の活用により、点検に要する時間は半分ほどになった。
"""
    (talk,) = run_text(paper).talks
    assert talk.title.ja.text == "防波堤の点検に用いる無人機の活用"
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any(head in t for t in texts)
    assert [s.title.text for s in talk.sections] == ["はじめに", "方法", "おわりに"]


def test_a_possessive_subtitle_on_a_cover_is_no_speaker():
    """``Kobe's Harbour Lights`` under a deck's title is its subtitle, no person's name: the speaker is the line that
    names one (``Mina Oda, …``); it had been read as the speaker, the real one left a line of the cover."""
    from pipeline.segment.names import is_person_name

    assert not is_person_name("Kobe's Harbour Lights") and not is_person_name("Otaru’s Canal Revival")
    assert is_person_name("Liam O'Brien") and is_person_name("Priya D’Souza")
    deck = """\
Night Views and the Port Economy
Kobe's Harbour Lights
Mina Oda, Tourism Bureau, City of Kobe

Illuminated Cranes
• Twelve cranes lit since 2019
2
Visitors at Night
• Night cruises doubled
3
"""
    (talk,) = run_text(deck).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == "Mina Oda"


CELLS_DECK = """\
Ferry Piers in a Lake Town
Lena Huber, Harbour Office, Stadt Konstanz

1
Why New Piers
• Boats grew longer
• Old piers are too short
2
Piers by Shore
Shore
Piers
Boats
North
{north}
South
{south}
3
Plans for 2028
• Two new piers
2028
• Longer opening hours
4
Thank you
"""


@pytest.mark.parametrize("north, south", [("7\n22", "9\n14"), ("6\n40", "8\n18")])
def test_a_tables_cells_one_per_line_give_no_slide_number(north, south):
    """A slide's table extracted a cell per line (``North`` / ``7`` / ``22``) between slides 2 and 3: a cell that breaks
    the run ``2`` … ``3`` is a cell, not a slide's number (``7`` had taken the slide's title and half its cells as slide
    7); and the blank under the cover before a ``1`` says nothing of the side (the cover is slide 1 here, numbered at
    the foot)."""
    got = _slides(run_text(CELLS_DECK.format(north=north, south=south)))
    assert [(n, t) for n, t, _ in got] == [(1, "Ferry Piers in a Lake Town"), (2, "Why New Piers"), (3, "Piers by Shore"),
                                           (4, "Plans for 2028"), (None, "Thank you")]
    assert got[2][2] == ["Shore", "Piers", "Boats", "North", *north.split(), "South", *south.split()]


def test_a_tables_cells_that_look_like_the_runs_numbers_give_no_slide_number():
    """A cell within 2 of the slide numbers around it (5 between 2 and 3) or equal to one (a cell 3 before the page's
    3): the table's rows (a label, then two numbers, twice) show cells (session 50, ``slides._row_cells``; a known miss
    before)."""
    got = _slides(run_text(CELLS_DECK.format(north="5\n22", south="3\n14")))
    assert [n for n, _, _ in got] == [1, 2, 3, 4, None]
    assert got[2][2] == ["Shore", "Piers", "Boats", "North", "5", "22", "South", "3", "14"]
