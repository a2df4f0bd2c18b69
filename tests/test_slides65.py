"""Fresh-user trial 64e's slide faults (issue 16, a deck's visible structure; helper slides65), each read as a kind,
with made-up variants in both numbering layouts, English and Japanese, with and without a cover slide, with one- and
two-line slide titles, and near misses (the same shapes, as files, are in ``/work/regress/in_slides65/``):

1. The first slide of a talk's deck. Numbers under the titles, each slide its own text box with no bullets
   (``Canals of Matsue`` / ``1`` / ``Matsue lies between …`` / blank): the numbers are read under their titles by the
   boxes (``slides._boxed_title_start``); the cover's title had been parted from its ``1`` and the line under the
   number taken for slide 1's title. Numbers closing their slides (``… | Page 1`` under the slide): the first slide's
   title heads its content, which the ``1`` closes (``slides._cover_runs_to_number``), and a cover's title never
   takes a line after its subtitle (``slides.split_cover``); its title had absorbed its second line, the first read
   as ``subtitle.en``. A slide's title wrapped over two lines is one title (``slides._title_wraps``,
   ``slides._boxed_title_start``, ``slides._wrapped_title_start``).
2. A deck that prints its title as a heading over its slides, then its title slide with the speaker under the title
   again: the speaker is read from that title slide (``cover.title_slide_after_cover``); ``speaker`` had been null.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _slides(doc, talk=-1):
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in doc.talks[talk].slides]


PAPER = """松江市
城下町の水路と観光まちづくり
Canals of a Castle Town and Tourism-led Town Development
松江市観光振興部長　山根　浩二

１．はじめに
松江市は宍道湖と中海に挟まれた水の都であり、松江城を囲む堀川は江戸時代から残る貴重な水路である。本稿では、堀川遊覧船の導入とその効果について報告する。
２．堀川遊覧船の導入
平成９年に堀川遊覧船の運航を開始した。当初は年間１０万人の利用を目標としたが、現在では年間３０万人を超える観光客が乗船している。
３．今後の課題
水質の保全と船頭の後継者育成が大きな課題である。

"""

# --- 1. the trial's two layouts ------------------------------------------------------------------------------------

TRIAL_HEADER = PAPER + """Canals of Matsue
1
Matsue lies between Lake Shinji and Lake Nakaumi
The castle moat has survived since the Edo period

Horikawa Sightseeing Boats
2
Service started in 1997
Over 300,000 passengers a year

Challenges
3
Water quality
Training new boatmen
"""

TRIAL_FOOTER = PAPER + """Canals of Matsue
Matsue lies between Lake Shinji and Lake Nakaumi
The castle moat has survived since the Edo period

Matsue City | Page 1

Horikawa Sightseeing Boats
Service started in 1997
Over 300,000 passengers a year

Matsue City | Page 2

Challenges
Water quality
Training new boatmen

Matsue City | Page 3
"""

TRIAL_SLIDES = [
    (1, "Canals of Matsue", ["Matsue lies between Lake Shinji and Lake Nakaumi",
                             "The castle moat has survived since the Edo period"]),
    (2, "Horikawa Sightseeing Boats", ["Service started in 1997", "Over 300,000 passengers a year"]),
    (3, "Challenges", ["Water quality", "Training new boatmen"]),
]


@pytest.mark.parametrize("text", [TRIAL_HEADER, TRIAL_FOOTER], ids=["numbers-under-titles", "footer-numbers"])
def test_trial_first_slide(text):
    doc = run_text(text)
    assert len(doc.talks) == 1
    assert _slides(doc) == TRIAL_SLIDES


def test_trial_footer_first_line_is_no_subtitle():
    """The first slide's first line was read as the cover's subtitle, and so the talk's ``subtitle.en``."""
    talk = run_text(TRIAL_FOOTER).talks[0]
    assert talk.subtitle.en is None


# --- made-up variants: layouts × languages × covers × titles -------------------------------------------------------

EN = dict(
    cover=(["Canals of Matsue"], ["Koji Yamane, Tourism Promotion Department, Matsue City"]),
    cover2=(["Canals of a Castle Town and", "Tourism-led Town Development"], ["Koji Yamane", "Matsue City Tourism Department"]),
    cover3=(["Canals of Matsue"], ["Tourism Promotion Department, Matsue City", "Koji Yamane"]),
    plain=[(["Matsue, a Water City"], ["Matsue lies between Lake Shinji and Lake Nakaumi",
                                       "The castle moat has survived since the Edo period"]),
           (["Horikawa Sightseeing Boats"], ["Service started in 1997", "Over 300,000 passengers a year"]),
           (["Challenges"], ["Water quality", "Training new boatmen"]),
           (["Next Steps"], ["Cleaning the canals with residents", "New routes for winter"])],
    bullets=[(["Matsue, a Water City"], ["■ Between Lake Shinji and Lake Nakaumi", "■ A castle moat from the Edo period"]),
             (["Horikawa Sightseeing Boats"], ["■ Service started in 1997", "■ Over 300,000 passengers a year"]),
             (["Challenges"], ["■ Water quality", "■ Training new boatmen"]),
             (["Next Steps"], ["■ Cleaning the canals with residents", "■ New routes for winter"])],
    wrapped=["Horikawa Sightseeing Boats and", "the Old Castle Moat"],
    org="Matsue City",
    name="Koji Yamane",
)
JA = dict(
    cover=(["城下町の水路と観光まちづくり"], ["松江市観光振興部長　山根　浩二"]),
    cover2=(["城下町の水路を活かした", "観光まちづくり"], ["松江市観光振興部", "山根　浩二"]),
    cover3=(["城下町の水路と観光まちづくり"], ["松江市観光振興部長", "山根　浩二"]),
    plain=[(["水の都・松江"], ["宍道湖と中海に挟まれた都市", "江戸時代から残る城の堀"]),
           (["堀川遊覧船"], ["平成9年に運航開始", "年間30万人が乗船"]),
           (["今後の課題"], ["水質の保全", "船頭の後継者育成"]),
           (["これからの取り組み"], ["市民との水路清掃", "冬季の新しい航路"])],
    bullets=[(["水の都・松江"], ["・宍道湖と中海に挟まれた都市", "・江戸時代から残る城の堀"]),
             (["堀川遊覧船"], ["・平成9年に運航開始", "・年間30万人が乗船"]),
             (["今後の課題"], ["・水質の保全", "・船頭の後継者育成"]),
             (["これからの取り組み"], ["・市民との水路清掃", "・冬季の新しい航路"])],
    wrapped=["堀川遊覧船による", "城下町の魅力発信"],
    org="松江市",
    name="山根　浩二",
)


def make_deck(lang: str, layout: str, style: str, cover: int, wrapped: bool, bullets: bool, blanks: bool,
              paper: bool = False, heading: bool = False) -> tuple[str, list]:
    """A deck's text and the slides it shows: ``layout`` where each slide prints its number (``above`` its title,
    ``under`` it, ``footer`` closing the slide), ``style`` the number's shape (``3``, ``- 3 -``, ``3/5``, ``Matsue City
    | Page 3``), ``cover`` none (0) or a cover slide numbered 1 (its title over the speaker's name and affiliation on
    one line, 1; a two-line title over the name and the organisation, 2; the affiliation over the name, 3),
    ``wrapped`` the second slide's title over two lines, ``bullets`` the slides' points bulleted, ``blanks`` a blank
    line after each slide, ``paper`` the talk's Japanese paper before the deck, ``heading`` the deck's title printed
    over the deck before its title slide."""
    d = JA if lang == "ja" else EN
    slides = list(d["bullets" if bullets else "plain"])
    if wrapped:
        slides[1] = (d["wrapped"], slides[1][1])
    pages = ([d[{1: "cover", 2: "cover2", 3: "cover3"}[cover]]] if cover else []) + slides
    out, shown = [], []
    for k, (title, body) in enumerate(pages, 1):
        number = {"plain": str(k), "dash": f"- {k} -", "of": f"{k}/{len(pages)}", "page": f"{d['org']} | Page {k}"}[style]
        if layout == "above":
            out += [number, *title, *body]
        elif layout == "under":
            out += [*title, number, *body]
        else:
            out += [*title, *body] + ([""] if blanks else []) + [number]
        out += [""] if blanks else []
        shown.append((k, (" " if lang == "en" else "").join(title), list(body)))
    text = "\n".join(out) + "\n"
    if heading:
        text = (" " if lang == "en" else "").join(d["cover"][0]) + "\n\n" + text
    return (PAPER + text if paper else text), shown


VARIANTS = [
    # numbers under the titles, each slide a text box, no bullets (the trial's kind), with and without a cover
    ("en", "under", "plain", 0, False, False, True, True),
    ("en", "under", "plain", 1, False, False, True, False),
    ("en", "under", "dash", 2, True, False, True, False),
    ("en", "under", "plain", 3, True, True, True, True),
    ("ja", "under", "plain", 1, False, False, True, False),
    ("ja", "under", "dash", 2, True, False, True, False),
    ("ja", "under", "plain", 0, True, True, True, False),
    # numbers under two-line titles, run together (no blank lines): the title carries on over its number
    ("en", "under", "plain", 0, True, True, False, False),
    ("ja", "under", "dash", 1, True, True, False, False),
    # numbers closing their slides: the first slide's title heads its content, with or without a cover before it
    ("en", "footer", "page", 0, False, False, True, True),
    ("en", "footer", "plain", 0, False, True, True, False),
    ("en", "footer", "dash", 0, False, True, False, False),
    ("en", "footer", "of", 2, True, False, True, False),
    ("ja", "footer", "page", 0, False, False, True, False),
    ("ja", "footer", "plain", 0, True, True, False, False),
    ("ja", "footer", "of", 1, True, False, True, False),
    # numbers over their titles, two-line titles
    ("en", "above", "plain", 2, True, True, True, True),
    ("en", "above", "dash", 0, True, False, False, False),
    ("ja", "above", "of", 2, True, True, True, False),
]


def _variant_id(v) -> str:
    lang, layout, style, cover, wrapped, bullets, blanks, paper = v
    return f"{lang}-{layout}-{style}-cover{cover}-{'wrapped' if wrapped else 'one-line'}-" \
           f"{'bullets' if bullets else 'plain'}-{'boxes' if blanks else 'run'}{'-paper' if paper else ''}"


@pytest.mark.parametrize("variant", VARIANTS, ids=[_variant_id(v) for v in VARIANTS])
def test_variant_slides(variant):
    lang, layout, style, cover, wrapped, bullets, blanks, paper = variant
    text, shown = make_deck(lang, layout, style, cover, wrapped, bullets, blanks, paper)
    assert _slides(run_text(text)) == shown


# --- 2. the speaker on the title slide under the deck's heading ----------------------------------------------------

TRIAL_DECK = """Urban Flood Resilience in Riverside Towns

1
Urban Flood Resilience in Riverside Towns
Dana Whitfield, Harbor Valley Planning Office
March 2025

2
Why floods matter
Three major floods since 2010
Damage exceeded $40 million in 2019

3
Green infrastructure
Rain gardens on 120 streets
Permeable paving in the market district
"""


def test_trial_deck_speaker_on_title_slide():
    talk = run_text(TRIAL_DECK).talks[0]
    assert talk.speaker.name.text == "Dana Whitfield"
    assert talk.speaker.affiliation.text == "Harbor Valley Planning Office"


HEADED = [
    ("en", "above", "plain", 1, False, True, True),
    ("en", "above", "dash", 3, False, False, True),
    ("en", "under", "plain", 2, True, True, True),
    ("ja", "above", "plain", 1, False, True, True),
    ("ja", "above", "of", 2, False, True, False),
    ("ja", "under", "dash", 3, False, True, True),
]


@pytest.mark.parametrize("variant", HEADED, ids=[f"{v[0]}-{v[1]}-{v[2]}-cover{v[3]}" for v in HEADED])
def test_headed_deck_speaker(variant):
    lang, layout, style, cover, wrapped, bullets, blanks = variant
    text, shown = make_deck(lang, layout, style, cover, wrapped, bullets, blanks, heading=True)
    doc = run_text(text)
    assert doc.talks[0].speaker.name.text == (EN if lang == "en" else JA)["name"]
    assert _slides(doc)[-len(shown) + 1:] == shown[1:]


# --- near misses ---------------------------------------------------------------------------------------------------

def test_unnumbered_cover_box_before_slide_one_stays():
    """A cover in its own box before slide 1's box, the ``1`` closing slide 1: the cover stays unnumbered."""
    text = """Green Harbour Transition

Background
More older people live alone
Fewer buses at night

1

Our Plan
■ Night buses on three routes
■ Shared taxis

2
"""
    assert _slides(run_text(text)) == [
        (None, "Green Harbour Transition", []),
        (1, "Background", ["More older people live alone", "Fewer buses at night"]),
        (2, "Our Plan", ["■ Night buses on three routes", "■ Shared taxis"]),
    ]


def test_cover_subtitle_and_speaker_before_footer_number_stay():
    """A cover's subtitle in sentence case over the speaker, its ``1`` at its foot: the subtitle stays the talk's."""
    text = """Sakura City's Tourism Strategy
Using local resources for town development
Hanako Sato

1

Visitors
■ 1.2 million a year
■ Half from abroad

2
"""
    talk = run_text(text).talks[0]
    assert talk.subtitle.en.text == "Using local resources for town development"
    assert talk.speaker.name.text == "Hanako Sato"
    assert _slides(run_text(text))[1] == (2, "Visitors", ["■ 1.2 million a year", "■ Half from abroad"])


def test_japanese_title_ending_on_a_noun_stays_one_line():
    """``これからの取り組み`` ends on a noun spelled in kana: the line under it is the slide's, no title's wrap."""
    text, shown = make_deck("ja", "footer", "plain", 1, False, False, True)
    assert _slides(run_text(text))[-1] == (5, "これからの取り組み", ["市民との水路清掃", "冬季の新しい航路"])


def test_heading_over_a_content_slide_names_no_speaker():
    """A deck's heading over slide 1 that is a content slide (no name under its title): no speaker is read."""
    text, _ = make_deck("en", "above", "plain", 0, False, True, True)
    doc = run_text("Canals of Matsue\n\n" + text)
    assert doc.talks[0].speaker.name is None


def test_numbers_over_boxed_titles_are_not_read_under_them():
    """Numbers heading their slides' boxes (``1`` / title / points / blank): each number opens its box, no title
    stands over it in its box, so the deck is not read as numbered under its titles."""
    text, shown = make_deck("en", "above", "plain", 0, False, False, True)
    assert _slides(run_text(text)) == shown
