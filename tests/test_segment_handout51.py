"""A slide deck alone printed as an n-up handout: its slides in number order (issue 16, helper handout51).

A deck dumped from 2-up handout pages comes out in the handout's order (``2, 4, 6, 8, 1, 3, 5, 7`` or ``1, 3, 5, 7,
2, 4, 6, 8``), each slide's page number (``n/N``, ``n``, ``- n -``) on a line of its own under (or over) it. A user's
trial (an 8-slide bilingual deck in the order 2, 4, 6, 8, 1, 3, 5, 7) gave 4 slides numbered 2, 4, 6, 7, slide "7"
holding the cover and slides 1, 3, 5, 7 as lines with their numbers, the talk titled by slide 2 and with no speaker.

The correct results, written first: the page-number lines, a permutation of 1..N (or all of it but one), put the slides
in number order; each slide keeps its own title and lines, no page number among them; the cover is the slide
numbered 1, wherever it was printed, and gives the talk its title and speaker; a number lost from the text leaves
its slide's number null, placed where the run of numbers says. Negatives: a deck printed in order stays in order; a
paper with numbers alone on lines (a table's cells) is no deck. Every text is made up.
"""

from __future__ import annotations

import itertools

import pytest

from segment_inputs import segmented_text

COVER = {
    "bi": ("海辺のまちの移住促進", ["Promoting Migration to a Seaside Town", "汐見町 企画課 原田 直子"]),
    "ja": ("海辺のまちの移住促進", ["汐見町 企画課 原田 直子"]),
    "en": ("Promoting Migration to a Seaside Town", ["Naoko Harada", "Planning Division, Shiomi Town"]),
}
SPEAKER = {"bi": "原田 直子", "ja": "原田 直子", "en": "Naoko Harada"}
CONTENT = [
    (("町の概要", "About the Town"), [("人口6,200人", "Population 6,200"), ("高齢化率41%", "41% aged 65+")]),
    (("課題", "Challenges"), [("若年層の流出", "Young people leaving"), ("空き家の増加", "More vacant houses")]),
    (("空き家バンク", "Vacant House Bank"), [("登録58件", "58 houses listed"), ("成約21件", "21 contracts")]),
    (("お試し住宅", "Trial Stays"), [("最長1か月", "Up to one month"), ("2023年度34組", "34 households in 2023")]),
    (("移住者の声", "Newcomers' Voices"), [("海が近い暮らしが魅力", "Life by the sea")]),
    (("子育て支援", "Support for Families"), [("保育料無料", "Free day care"), ("医療費助成", "Medical cost aid")]),
    (("仕事づくり", "Creating Jobs"), [("漁業の担い手研修", "Fishing apprenticeships")]),
    (("住まいの改修", "Home Renovation"), [("改修費の補助", "Renovation grants"), ("上限100万円", "Up to 1 million yen")]),
    (("地域の交通", "Local Transport"), [("デマンドバス", "On-demand bus")]),
    (("今後の展開", "Next Steps"), [("テレワーク拠点の整備", "Telework hub")]),
]
CLOSING = {"bi": ["ありがとうございました", "Thank you"], "ja": ["ご清聴ありがとうございました"], "en": ["Thank you"]}
CLOSING_TITLE = {"bi": "ありがとうございました / Thank you", "ja": "ご清聴ありがとうございました", "en": "Thank you"}


def _line(pair: tuple[str, str], lang: str) -> str:
    ja, en = pair
    return {"bi": f"{ja} / {en}", "ja": ja, "en": en}[lang]


def _bullet(pair: tuple[str, str], lang: str) -> str:
    return ("• " if lang == "en" else "・") + _line(pair, lang)


def _slides(lang: str, n: int) -> list[tuple[str, list[str]]]:
    """(title, lines) of slides 1..n: the cover, n - 2 content slides, the closing."""
    cover_title, cover_lines = COVER[lang]
    body = [(_line(t, lang), [_bullet(b, lang) for b in bs]) for t, bs in CONTENT[: n - 2]]
    closing = CLOSING[lang]
    return [(cover_title, cover_lines)] + body + [(closing[0], closing[1:])]


def _number(k: int, n: int, form: str) -> str:
    return {"n/N": f"{k}/{n}", "n": str(k), "- n -": f"- {k} -"}[form]


def _order(n: int, evens_first: bool) -> list[int]:
    evens, odds = list(range(2, n + 1, 2)), list(range(1, n + 1, 2))
    return evens + odds if evens_first else odds + evens


def _deck(lang: str, n: int, order: list[int], side: str, feeds: bool, form: str, lost: int | None = None) -> str:
    slides = _slides(lang, n)
    pages = []
    for k in order:
        title, lines = slides[k - 1]
        content = "\n".join([title] + lines)
        number = "" if k == lost else _number(k, n, form)
        if not number:
            pages.append(content + "\n")
        elif side == "below":
            pages.append(content + "\n\n" + number + "\n")
        else:
            pages.append(number + "\n\n" + content + "\n")
    return ("\f" if feeds else "\n").join(pages)


def _expected(lang: str, n: int, lost: int | None = None) -> list[tuple[int | None, str, list[str]]]:
    out = []
    for k, (title, lines) in enumerate(_slides(lang, n), 1):
        if k == n:
            title, lines = CLOSING_TITLE[lang], []
        out.append((None if k == lost else k, title, lines))
    return out


def _got(talk) -> list[tuple[int | None, str | None, list[str]]]:
    return [(s.number, s.title.text if s.title is not None else None, [t.text for t in s.lines]) for s in talk.slides]


def _talk(text: str):
    doc = segmented_text(text)
    assert len(doc.talks) == 1
    return doc.talks[0]


def _cases():
    """A spread of the made-up variants (not their whole product: each N meets each language, order, side, feed and
    form in turn)."""
    langs, orders, sides, feeds, forms = ["bi", "ja", "en"], [True, False], ["below", "above"], [True, False], \
        ["n/N", "n", "- n -"]
    combos = list(itertools.product(langs, orders, sides, feeds, forms))
    for k, n in enumerate(range(5, 13)):
        for j in range(6):
            lang, evens, side, feed, form = combos[(k * 7 + j * 13) % len(combos)]
            yield pytest.param(lang, n, evens, side, feed, form, id=f"{lang}-{n}-{'evens' if evens else 'odds'}-{side}-"
                                                                       f"{'ff' if feed else 'noff'}-{form}")


@pytest.mark.parametrize("lang,n,evens,side,feeds,form", list(_cases()))
def test_handout_order_gives_number_order51(lang, n, evens, side, feeds, form):
    talk = _talk(_deck(lang, n, _order(n, evens), side, feeds, form))
    assert talk.shape == "deck"
    assert _got(talk) == _expected(lang, n)
    title = COVER[lang][0]
    assert (talk.title.en if lang == "en" else talk.title.ja).text == title
    assert talk.speaker.name is not None and talk.speaker.name.text == SPEAKER[lang]


@pytest.mark.parametrize("lang", ["bi", "ja", "en"])
@pytest.mark.parametrize("side", ["below", "above"])
@pytest.mark.parametrize("feeds", [True, False])
def test_handout_trial_shape51(lang, side, feeds):
    """The trial's shape: 8 slides, ``n/8``, printed 2, 4, 6, 8, 1, 3, 5, 7."""
    talk = _talk(_deck(lang, 8, [2, 4, 6, 8, 1, 3, 5, 7], side, feeds, "n/N"))
    assert _got(talk) == _expected(lang, 8)
    if lang == "bi":
        assert talk.title.ja.text == "海辺のまちの移住促進"
        assert talk.title.en.text == "Promoting Migration to a Seaside Town"
        assert talk.speaker.text.text == "汐見町 企画課 原田 直子"
        assert talk.speaker.affiliation.text == "汐見町 企画課"


@pytest.mark.parametrize("lang", ["bi", "en"])
@pytest.mark.parametrize("side", ["below", "above"])
@pytest.mark.parametrize("feeds", [True, False])
@pytest.mark.parametrize("lost", [3, 4])
def test_handout_lost_number51(lang, side, feeds, lost):
    """One number lost: its slide keeps number null, placed where the run of numbers says."""
    talk = _talk(_deck(lang, 8, [2, 4, 6, 8, 1, 3, 5, 7], side, feeds, "n/N", lost=lost))
    assert _got(talk) == _expected(lang, 8, lost=lost)


@pytest.mark.parametrize("lang", ["bi", "ja", "en"])
@pytest.mark.parametrize("n", [5, 8, 11])
@pytest.mark.parametrize("side", ["below", "above"])
@pytest.mark.parametrize("form", ["n/N", "- n -"])
def test_deck_in_order_stays51(lang, n, side, form):
    """A deck printed in order (form feeds between its pages) keeps its order."""
    talk = _talk(_deck(lang, n, list(range(1, n + 1)), side, True, form))
    assert _got(talk) == _expected(lang, n)


def test_paper_with_numbers_alone_is_no_deck51():
    """A paper whose table sets its cells a line each (numbers alone, out of order) is no deck."""
    text = "\n".join([
        "Community Buses in Three Wards", "", "Naoko Harada, Shiomi Town", "",
        "1. Introduction", "",
        "The town runs community buses in three wards. This paper reports the number of routes in each ward,",
        "how many people ride them each month, and what the town plans to change in the coming year.", "",
        "Buses were first run in 2015, when the last private operator left the town.", "",
        "2. Routes", "",
        "The routes were counted in April, when the new timetable began. Each ward has its own routes.", "",
        "Routes by ward", "North", "3", "South", "1", "East", "2", "West", "4", "",
        "The north ward has the most routes because it is the largest, and its villages lie far apart.", "",
        "3. Conclusion", "",
        "The town will add one route in the east ward next year, paid for by the prefecture's grant.", "",
    ])
    talk = _talk(text)
    assert talk.shape == "paper"
    assert talk.slides == ()


def test_one_stray_number_is_no_handout51():
    """A deck in order whose cover hides its 1, with a ``1`` alone inside slide 4 (a count), is no handout: one number
    out of its rising place is a stray, not the deck's order (the deck is read as before)."""
    from pipeline.segment.slides import handout_anchors
    from segment_inputs import cleaned_from_text

    text = _deck("en", 8, list(range(1, 9)), "below", True, "n")
    text = text.replace("\n\n1\n", "\n", 1).replace("• 58 houses listed", "• 58 houses listed\n1", 1)
    lines = list(cleaned_from_text(text).lines)
    assert [t.text for t in lines].count("1") == 1
    assert handout_anchors(lines) is None
    assert handout_anchors(list(cleaned_from_text(_deck("en", 8, _order(8, True), "below", True, "n")).lines)) is not None


def test_strays_in_a_deck_in_order_are_no_handout51():
    """Numbers mostly rising with two strays alone on lines (a formula's ``3`` before slide 1, a ``0`` inside slide 10,
    as in a TeX package's manual of the corpus) are no handout: the longest rising run holds most of them."""
    from pipeline.model import Text
    from pipeline.segment.slides import handout_anchors

    values = [3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 0, 11, 12, 13, 14, 15]
    lines = [Text.inserted(s) for v in values for s in (f"Symbols for part {v}", str(v))]
    assert handout_anchors(lines) is None
    unordered = [8, 1, 9, 10, 7, 3, 2, 4]  # in no order: no run a column of handout pages (eptex_resume)
    assert handout_anchors([Text.inserted(s) for v in unordered for s in (f"Symbols for part {v}", str(v))]) is None
    shuffled = [2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15]
    assert handout_anchors([Text.inserted(s) for v in shuffled for s in (f"Symbols for part {v}", str(v))]) is not None
