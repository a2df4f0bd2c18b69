"""Slides of a deck inside proceedings (issue 16, "every common shape gives its visible structure"; helper slide68).

Fresh-user trial 67d's ``01_proceedings.txt`` (``tests/data/slide68/proc_trial67d.txt``): a bilingual proceedings
printing each talk on one page (city, Japanese title, speaker, English title, then the slides as numbered lines,
``1. Nagasaki at a Glance`` …) under a running foot ``東アジア都市会議 2026 - N``.

1. The foot's folio counts on from one talk to the next: the volume's page, no slide's number
   (``stage._folios_run_on_across_talks``). It had numbered each talk's one page as a slide: the second talk's English
   title became slide 1 and its slides one slide 2.
2. Numbered one-line phrases after the talk's English title, nothing else there, are the deck's slides, each titled
   by its phrase, its number the slide's (``slides.numbered_line_slides``). They had been one untitled slide holding
   the numbered lines.

Other inputs of the kind and near misses: ``tests/data/slide68/`` (copied from ``/work/regress/in_slide68/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file, slide_rows as _slides, titled_slides as _titled

DATA = Path(__file__).parent / "data" / "slide68"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def test_trial67d_proceedings_slides_are_numbered_lines():
    doc = _run("proc_trial67d.txt")
    assert [t.title.en.text for t in doc.talks] == ["Port City Exchange and Tourism in Nagasaki",
                                                    "Citizen Exchange in the City of Haiku"]
    assert [_slides(t) for t in doc.talks] == [
        _titled("Nagasaki at a Glance", "Sister Cities Since 1972", "Cruise Visitors Doubled in Five Years",
                "Next Steps for Regional Tourism"),
        _titled("Matsuyama and Masaoka Shiki", "Haiku Contests for Overseas Students", "Volunteer Guides at Dogo Onsen")]
    assert all(t.shape == "proceedings" for t in doc.talks)
    # the foot with its folio is the ledger's, and each slide's printed number too
    feet = [r.text for r in doc.ledger if r.reason == "running-footer"]
    assert "2026 - 1" in feet and "2026 - 2" in feet
    assert [r.text for r in doc.ledger if r.rule == "slide_number"] == ["1.", "2.", "3.", "4.", "1.", "2.", "3."]


@pytest.mark.parametrize("name, slides", [
    # three talks, the foot ``Hokuriku City Forum 2025 | Page N``, the numbers closed by a bracket
    ("a_proc_three_talks_page.txt", [
        _titled("Gold Leaf and Kaga Yuzen", "Workshops for Visitors", "A New Crafts Museum"),
        _titled("The Portram Light Rail", "Bus Routes Redesigned", "Housing Near Stations", "Results After Ten Years"),
        _titled("Dinosaur Museum Visitors", "Partner Cities Abroad", "Student Exchanges")]),
    # a running head atop each talk's page carrying the folio (``Page 5    瀬戸内都市会議 講演録``)
    ("b_proc_head_folio.txt", [
        _titled("Empty Houses on the Slopes", "A Project Team of Residents", "Guesthouses and Cafes Opened"),
        _titled("A Century of Towel Making", "The Brand Standard", "Exports to Europe and Asia")]),
    # each talk a page of paper and a page of slides, the folios 7 … 10 running on
    ("c_proc_two_pages_each.txt", [
        _titled("Western Buildings of the Meiji Era", "Grants for Facade Repairs", "Two Hundred Buildings Restored"),
        _titled("A Canal Saved by Citizens", "Warehouses as Shops and Hotels", "Seven Million Visitors a Year")]),
    # no foot at all
    ("d_proc_nofoot.txt", [
        _titled("Nagasaki at a Glance", "Sister Cities Since 1972", "Cruise Visitors Doubled in Five Years",
                "Next Steps for Regional Tourism"),
        _titled("Matsuyama and Masaoka Shiki", "Haiku Contests for Overseas Students", "Volunteer Guides at Dogo Onsen")]),
    # two numbered lines a talk: no title's lines (a cover box of three lines had joined them to the English title)
    ("n4_proc_two_items.txt", [_titled("Nagasaki at a Glance", "Sister Cities Since 1972"),
                               _titled("Matsuyama and Masaoka Shiki", "Haiku Contests for Overseas Students")]),
], ids=["three-talks-page", "head-folio", "two-pages-each", "no-foot", "two-items"])
def test_numbered_one_line_slides_in_proceedings(name, slides):
    doc = _run(name)
    assert [_slides(t) for t in doc.talks] == slides
    # the English title is the talk's, never a slide's nor joined to a slide's title
    assert all(t.title.en is not None and not t.title.en.text[-1].isdigit() for t in doc.talks)


def test_deck_alone_keeps_its_feet_numbers():
    """One talk: its feet's folios number its slides (field case 16's kind), as before."""
    doc = _run("n1_deck_alone_feet.txt")
    assert len(doc.talks) == 1
    assert [(n, t) for n, t, _ in _slides(doc.talks[0])] == [
        (1, "Harbour Renewal in Brookport"), (2, "Why Renew the Harbour"), (3, "What We Built"), (4, "Next Steps")]


def test_numbered_sentences_and_a_lead_in_are_no_one_line_slides():
    """Numbered sentences (a full stop each) and numbered phrases under a lead-in line ending on a colon are not
    read as one slide each."""
    doc = _run("n3_proc_numbered_sentences.txt")
    titles = [s.title.text for t in doc.talks for s in t.slides if s.title is not None]
    assert "Nagasaki welcomed two million visitors last year." not in titles
    assert "Matsuyama and Masaoka Shiki" not in titles


def test_numbered_line_slides():
    from pipeline.model import Text
    from pipeline.segment.slides import numbered_line_slides

    def read(*ss):
        ls = [Text.inserted(s) for s in ss]
        return numbered_line_slides(ls, 0, len(ls))

    assert read("1. Gold Leaf", "2. Workshops for Visitors") == [(0, 1, 3), (1, 2, 3)]
    assert read("1. Gold Leaf", "3. Workshops for Visitors") is None  # no count by one
    assert read("2. Gold Leaf", "3. Workshops for Visitors") is None  # not from one
    assert read("1. Gold Leaf") is None  # one line
    assert read("1. Gold leaf was made here.", "2. Workshops opened.") is None  # sentences
    assert read("1. Visitors:", "2. Residents:") is None  # lead-ins
    assert read("1. Brazil\t9,800", "2. Peru\t4,100") is None  # a table's rows
    assert read("1. 金箔の歴史", "2. 工房の見学") is None  # Japanese lines: no English deck's


# --- a Japanese-only proceedings: each talk a paper, then its Japanese slides -----------------------------------------

def _paper_and_slides(talk):
    return (talk.title.ja.text if talk.title.ja else None, len(talk.sections),
            [(s.number, s.title.text if s.title else None) for s in talk.slides])


@pytest.mark.parametrize("name, talks", [
    # numbers over their slides, bullets under the titles, a volume's heading over the first talk
    ("e_ja_proc_numbers_above.txt", [
        ("公共交通を軸としたまちづくり", 2, [(1, "路面電車の環状線"), (2, "駅周辺の住宅"), (3, "今後の課題")]),
        ("伝統工芸と観光", 2, [(1, "伝統工芸の現状"), (2, "工房見学の取り組み")])]),
    # ``- 1 -`` under each one-line slide, an unheaded paper
    ("f_ja_proc_dash_numbers.txt", [
        ("砂丘と観光", 1, [(1, "砂丘の来訪者"), (2, "周遊バスの運行"), (3, "これからの目標")]),
        ("水の都の舟運", 1, [(1, "堀川遊覧船"), (2, "利用者の推移")])]),
], ids=["numbers-above", "dash-numbers-below"])
def test_japanese_only_proceedings(name, talks):
    doc = _run(name)
    assert [_paper_and_slides(t) for t in doc.talks] == talks
    assert all(t.shape == "proceedings" for t in doc.talks)


@pytest.mark.parametrize("name", ["n5_ja_paper_rank_table_end.txt", "n6_ja_paper_page_folios.txt"])
def test_japanese_paper_numbers_make_no_deck(name):
    """A table of ranks at a paper's end (its rows go on after the last rank) and a paper's folios between pages of
    running text part no deck from the paper."""
    talk = _run(name).talks[0]
    assert talk.shape == "paper" and talk.slides == ()


# --- a contact page after a deck numbered at its slides' feet --------------------------------------------------------

@pytest.mark.parametrize("name, numbers, contact", [
    ("i_deck_contact_en.txt", [1, 2, 3, None], ("Contact", ["Road Safety Team", "Tel: 01632 960 123"])),
    ("j_deck_contact_ja_email.txt", [1, 2, 3, None], ("問い合わせ先", ["中央図書館 企画係", "library@city.example.jp"])),
], ids=["en-contact", "ja-email"])
def test_contact_page_closes_a_deck_numbered_at_its_feet(name, numbers, contact):
    slides = _slides(_run(name).talks[0])
    assert [n for n, _, _ in slides] == numbers
    assert slides[-1][1:] == contact
    assert contact[0] not in [t for _, _, lines in slides[:-1] for t in lines]


def test_ja_contact_deck_first_page_is_slide_one():
    assert _slides(_run("j_deck_contact_ja_email.txt").talks[0])[0] == (
        1, "図書館の新しいサービス", ["電子書籍の貸出を開始", "開館時間を延長"])


# --- a Japanese paper's numbered English examples at its end -----------------------------------------------------------

def test_numbered_english_examples_make_no_slides():
    """Four example sentences in the past tense, ``1`` … ``4`` over them, closing a Japanese paper: they had been four
    one-line slides; their text stays the paper's."""
    talk = _run("k_ja_paper_en_examples_past.txt").talks[0]
    assert talk.slides == () and talk.shape == "paper"
    text = [p.text for s in talk.sections for p in s.paragraphs]
    assert "I went to the library with my brother." in text and "I saw a big dog in the park." in text


def test_numbered_english_examples_full_width_make_no_slides():
    """(A guard: full-width numbers over the examples were no slides before either.)"""
    talk = _run("g_ja_paper_en_examples_fullwidth.txt").talks[0]
    assert talk.slides == ()


def test_english_one_line_phrase_slides_after_a_paper_stay_slides():
    talk = _run("n7_ja_paper_en_one_line_slides.txt").talks[0]
    assert talk.shape == "proceedings"
    assert [s.number for s in talk.slides] == [1, 2, 3]


def test_foot_with_shaped_folio_over_the_slides_is_furniture():
    """foot67's ``d_proc_ja_dash.txt``: each talk's paper, ``地域国際化セミナー報告書 - N -`` closing its page, then its
    slides numbered over their titles. The talks had been decks opening on the deck before them; now each is its
    paper and its slides, the foot in the ledger, titling no slide."""
    doc = _run("foot67_d_proc_ja_dash.txt")
    assert [t.title.ja.text for t in doc.talks] == ["伝統工芸を通じた国際交流", "公共交通を軸としたコンパクトなまちづくり"]
    assert [[s.number for s in t.slides] for t in doc.talks] == [[1, 2, 3, 4], [1, 2, 3]]
    assert [s.title.text if s.title else None for s in doc.talks[0].slides][1:] == [
        "城下町に息づく工芸", "海外の工芸都市との共同制作", "職人の技術継承"]
    feet = [r.text for r in doc.ledger if r.reason == "running-footer"]
    assert "地域国際化セミナー報告書 - 1 -" in feet and "地域国際化セミナー報告書 - 2 -" in feet
