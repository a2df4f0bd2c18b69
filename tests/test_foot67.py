"""A running foot's page number goes with the foot (issue 16: slides from page numbers, never from furniture; helper
foot67).

Fresh-user trial 67c: a bilingual proceedings (``a1_proc_kansai.txt``) prints ``アジア都市交流フォーラム 2025 - N``
between each talk's Japanese paper and its English slides, the slides numbered on lines of their own (``1`` … ``5``,
each talk's from one again). The foot went to the ledger but its ``N`` stayed as a slide's number
(``stage._folios_in_running_lines``, made for decks whose only numbers are their feet's), so every slide took the
next one's text and ``title.en`` was lost in all three talks. Where the pages number themselves on lines of their own
(``stage._numbered_on_own_lines``), a foot's folio is the printed volume's page and is set aside with the foot.

Other inputs of the kind and near misses are in ``tests/data/foot67/`` (copied from ``/work/regress/in_foot67/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import furniture, run_file

DATA = Path(__file__).parent / "data" / "foot67"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _slides(talk):
    return [(s.number, [t.text for t in s.lines]) for s in talk.slides]


def _slide_number_rows(doc):
    return [(r.line, r.text) for r in doc.ledger if r.rule == "slide_number"]


KANSAI_EN = ["Balancing Tourism and Residents' Lives in a Historic City", "Reviving Osaka as a City of Water",
             "A Bicycle-Friendly Saitama"]


def test_trial_proceedings_foot_number_is_no_slide_number():
    doc = _run("a1_proc_kansai.txt")
    assert [t.title.en.text if t.title.en else None for t in doc.talks] == KANSAI_EN
    assert [[s.number for s in t.slides] for t in doc.talks] == [[1, 2, 3, 4, 5], [1, 2, 3, 4], [1, 2, 3]]
    # no slide holds a bare number (a folio taken for text) and each slide's text is its own
    assert not any(line.strip().isdigit() for t in doc.talks for _, lines in _slides(t) for line in lines)
    assert _slides(doc.talks[2])[1:] == [(2, ["Flat terrain and high cycling rates"]),
                                        (3, ["Bike-sharing ports across the city"])]
    # the footers' lines (17, 45, 69) give no slide number: their folio is in the foot's furniture rows
    assert not [row for row in _slide_number_rows(doc) if row[0] in (17, 45, 69)]
    feet = "".join(text for text, _ in furniture(doc))
    assert feet.count("- 1") == feet.count("- 2") == feet.count("- 3") == 1


def test_other_foot_wording_english_deck_halves():
    doc = _run("b_proc_pipe_en_ja.txt")
    assert [t.title.en.text if t.title.en else None for t in doc.talks] == [
        "Reviving the Port as the Heart of the City", "Tourism and Public Transport in a Castle Town"]
    assert [[s.number for s in t.slides] for t in doc.talks] == [[1, 2, 3, 4], [1, 2, 3]]
    assert _slides(doc.talks[1])[1:] == [(2, ["The castle and the hot spring"]),
                                        (3, ["Trams as the visitor's way around"])]
    assert [text for text, _ in furniture(doc)] == ["Proceedings 2025 | 1", "Proceedings 2025 | 2"]
    assert not [row for row in _slide_number_rows(doc) if row[0] in (15, 38)]


def test_near_miss_deck_numbered_only_by_its_feet_keeps_them():
    """A deck whose only numbers are its feet's (``Harbor Forum 2024 | Page N``): the folio stays each slide's number
    (session 49's rule, untouched)."""
    doc = _run("n1_deck_footer_only_numbers.txt")
    assert [(n, lines) for n, lines in _slides(doc.talks[0]) if n is not None] == [
        (1, ["Predictable output every day"]), (2, ["Two turbines in the channel"]),
        (3, ["Forty homes supplied for a year"]), (4, ["A second pair in 2026"])]
    assert [text for _, text in _slide_number_rows(doc)] == ["Page 1", "Page 2", "Page 3", "Page 4"]


def test_near_miss_foot_without_number_and_slide_numbers_alone():
    """A foot without a number, and slide numbers alone on their lines: the slides as the trial's isolation run read
    them."""
    doc = _run("n2_footer_without_number.txt")
    assert [t.title.en.text if t.title.en else None for t in doc.talks] == KANSAI_EN[:2]
    assert [[s.number for s in t.slides] for t in doc.talks] == [[1, 2, 3], [1, 2, 3]]
    assert [text for _, text in _slide_number_rows(doc)] == ["1", "2", "3"] * 2


@pytest.mark.parametrize("lines, running, spans, numbered", [
    # a foot on each slide, no other numbers: the feet number the slides
    (["Why?", "Forum | 1", "Plan", "Forum | 2", "Cost", "Forum | 3"], {1: "f", 3: "f", 5: "f"},
     {1: (8, 9), 3: (8, 9), 5: (8, 9)}, False),
    # bare numbers that break the count (a table's cells, years) are no slide numbering
    (["Forum - 1", "Tons", "12", "40", "2024", "7"], {0: "f"}, {0: (8, 9)}, False),
    # one talk's slides counted on their own lines, a foot before them
    (["Forum - 4", "Title", "1", "Why?", "2", "Plan", "3"], {0: "f"}, {0: (8, 9)}, True),
])
def test_numbered_on_own_lines(lines, running, spans, numbered):
    from pipeline.model import Text
    from pipeline.segment.stage import _numbered_on_own_lines

    texts = [Text.from_raw(s, n) for n, s in enumerate(lines, 1)]
    assert _numbered_on_own_lines(texts, running, spans) is numbered


def test_volume_foot_ending_on_dashed_folio_first_copy_is_furniture():
    """``東海まちづくり会議 講演集 - 3 -`` under the first talk's paper, its English slides' title right under it: the
    first copy had been read as a title block's title and stayed a paragraph of the paper; no title ends on its page's
    number (``furniture._first_copy_with_its_folio``), so every copy is the ledger's, its folio with it."""
    doc = _run("g_bilingual_dash_volume.txt")
    assert [text for text, _ in furniture(doc)] == [f"東海まちづくり会議 講演集 - {n} -" for n in (3, 4, 5)]
    assert not any("講演集" in p.text for t in doc.talks for s in t.sections for p in s.paragraphs)
    assert [t.title.en.text if t.title.en else None for t in doc.talks][1:] == [
        "A Port with a View of Mount Fuji", "Cormorant Fishing and Tourism at Night"]


@pytest.mark.parametrize("text, tail", [
    ("東海まちづくり会議 講演集 - 3 -", ("東海まちづくり会議 講演集", 3)),
    ("Kansai Urban Forum 2025   Page 1 of 9", ("Kansai Urban Forum 2025", 1)),
    ("Annual Report 2024", None),  # a year closing a title is no folio
    ("- 3 -", None),  # a page number alone on its line heads nothing
])
def test_shaped_folio_tail(text, tail):
    from pipeline.segment.furniture import _shaped_folio_tail

    assert _shaped_folio_tail(text) == tail


def test_japanese_only_proceedings_slides_numbered_after():
    """Formerly a strict xfail (foot67), settled by helper slide68: a Japanese-only proceedings whose slides' numbers
    close them (``緑の現状`` / ``1``). The talks had opened on each deck's last slide title (a page number inside the
    block now closes that page, ``talks.talk_spans``), and each talk was one deck, its paper slide 1's (a talk in one
    script now turns to its slides after its paper's last sentence, ``talks._deck_after_paper``)."""
    doc = _run("i_proc_ja_only_pipe.txt")
    assert [t.title.ja.text if t.title.ja else None for t in doc.talks] == ["杜の都の緑化政策", "城下町の景観保全",
                                                                          "雪国のまちなか居住"]
    assert [[s.number for s in t.slides] for t in doc.talks] == [[1, 2, 3], [1, 2, 3], [1, 2]]
