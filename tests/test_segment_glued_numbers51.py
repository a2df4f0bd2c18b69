"""Issue 16 point 2 (session 51): a slide deck alone whose page numbers are glued to the end of each slide's last line
(``Separation doubles ridership2``, ``Collisions down 30%4``, ``tomas.novak@example.org5``, ``…Travel 1``, full-width
``事業の概要３``) gives one slide per number, each numbered, the digits out of the text and in the ledger
(``slide_number``); the text is otherwise untouched (``30%4`` → ``30%`` + 4, ``42 corridors3`` → ``42 corridors``).

Evidence, none of it the sample's layout: the trailing digits of several lines run 1..N (or 2..N under an unnumbered
cover), rising by one in reading order, each on the line right before a line that opens a slide (a title) or the
deck's end, never two lines in a row. Numbers that merely end lines (``30%``, ``42 corridors``, years, ``Room 12``) run
no such series at such places. Negative cases: an English paper whose lines end in numbers, and a table of counts,
keep their numbers as text. Every input is made up (names, places, numbers); the expected results were written
before the change.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

EN_SLIDES = [
    ("Bike Lanes That People Use", ["Evidence from Five Mid-Sized Cities", "Tomas Novak, Centre for Active Travel"]),
    ("Why Protected Lanes?", ["Painted lanes do not feel safe", "Separation doubles ridership"]),
    ("Study Design", ["Five cities, 2019–2024", "Counters on 42 corridors"]),
    ("Results", ["Ridership up 85% on protected lanes", "Collisions down 30%"]),
    ("Costs per Kilometre", ["Kerbs cost more than paint", "Maintenance in Room 12"]),
    ("Thank you", ["tomas.novak@example.org"]),
]

JA_SLIDES = [  # the text's digits half-width: clean folds full-width ones (its own ``normalise_width`` rows)
    ("川辺の町の防災訓練", ["みなと台市危機管理課", "山田　花子"]),
    ("背景", ["高齢者の避難に時間がかかる", "避難所まで平均15分"]),
    ("事業の概要", ["2023年から3地区で実施", "参加者は延べ420人"]),
    ("分かったこと", ["夜間の訓練が有効", "参加率は30％"]),
    ("今後の課題", ["若い世代の参加を増やす"]),
    ("ご清聴ありがとうございました", ["hanako.yamada@example.jp"]),
]

FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def deck(slides, glue=lambda text, k: f"{text}{k}", own_line=None) -> str:
    out = []
    for k, (title, lines) in enumerate(slides, 1):
        out += [title, *lines[:-1]]
        if k == own_line:
            out += [lines[-1], str(k)]
        else:
            out.append(glue(lines[-1], k))
    return "\n".join(out) + "\n"


def _t(t):
    return t.text if t is not None else None


def _slides(talk):
    return [(s.number, _t(s.title), [t.text for t in s.lines]) for s in talk.slides]


def _numbers(ledger):
    return [r.text for r in ledger if r.rule == "slide_number"]


def _expected(slides):
    (title, lines), rest = slides[0], slides[1:]
    return [(1, title, lines)] + [(k, t, ls) for k, (t, ls) in enumerate(rest, 2)]


GLUES = {
    "tight": lambda text, k: f"{text}{k}",
    "space": lambda text, k: f"{text} {k}",
    "full-width": lambda text, k: f"{text}{str(k).translate(FULL)}",
}


@pytest.mark.parametrize("glue", list(GLUES), ids=list(GLUES))
@pytest.mark.parametrize("slides", [EN_SLIDES, EN_SLIDES[:4], JA_SLIDES], ids=["en6", "en4", "ja6"])
def test_glued_numbers_are_the_decks_numbering(slides, glue):
    doc = run_text(deck(slides, GLUES[glue]))
    (talk,) = doc.talks
    assert talk.shape == "deck"
    assert _slides(talk) == _expected(slides)
    # (clean folds full-width digits first, a ``normalise_width`` row of their own: the slide number's row is ``3``)
    assert [n.strip() for n in _numbers(doc.ledger)] == [str(k) for k in range(1, len(slides) + 1)]


def test_one_number_on_its_own_line():
    doc = run_text(deck(EN_SLIDES, own_line=3))
    (talk,) = doc.talks
    assert _slides(talk) == _expected(EN_SLIDES)
    assert [n.strip() for n in _numbers(doc.ledger)] == [str(k) for k in range(1, 7)]


def test_the_speakers_affiliation_loses_the_number():
    (talk,) = run_text(deck(EN_SLIDES)).talks
    assert _t(talk.speaker.name) == "Tomas Novak"
    assert _t(talk.speaker.affiliation) == "Centre for Active Travel"


def test_cover_unnumbered_numbers_from_two():
    # the cover prints no number; slides 2..N have theirs glued
    text = deck(EN_SLIDES).replace("Centre for Active Travel1", "Centre for Active Travel")
    doc = run_text(text)
    (talk,) = doc.talks
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5, 6]
    assert [t.text for t in talk.slides[1].lines] == ["Painted lanes do not feel safe", "Separation doubles ridership"]
    assert _numbers(doc.ledger) == ["2", "3", "4", "5", "6"]


PAPER = """Shared Streets in Small Towns
Anna Berg, Institute of Street Design

Abstract
We counted cyclists on 12 streets over 3
years and found growth in 2
of them.

1 Introduction
Towns with fewer than 40000 people rarely measure traffic on more than 4
streets, and the counts are published for 1
year at most.

2 Method
Counters were placed on 12 streets in 3
towns for a full year.
"""


def test_a_paper_whose_lines_end_in_numbers_keeps_them():
    doc = run_text(PAPER)
    assert _numbers(doc.ledger) == []
    joined = " ".join(p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs)
    assert "over 3 years" in joined and "for 1 year" in joined and "in 3 towns" in joined


TABLE_SLIDES = [
    ("Walking Counts in Harbour Towns", ["Anna Berg, Institute of Street Design"]),
    ("Why Count?", ["Few towns measure walking", "Counts guide spending"]),
    ("Trips by Mode", ["Walk 1", "Bike 2", "Bus 3", "Car 4"]),
    ("Findings", ["Walking and cycling grew", "Bus trips fell"]),
]


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "unnumbered"])
def test_a_table_of_counts_keeps_its_numbers(numbered):
    # a slide's table whose rows end in 1, 2, 3, 4 (one row a line, in a row) is no numbering, whether the deck
    # prints its numbers on lines of their own or none at all
    out = []
    for k, (title, lines) in enumerate(TABLE_SLIDES, 1):
        out += [title, *lines] + ([str(k)] if numbered else [])
    doc = run_text("\n".join(out) + "\n")
    (talk,) = doc.talks
    texts = " ".join(t.text for t in talk.texts())  # unnumbered, the text is read as a paper's front: still whole
    assert all(row in texts for row in ["Walk 1", "Bike 2", "Bus 3", "Car 4"])
    assert [n.strip() for n in _numbers(doc.ledger)] == (["1", "2", "3", "4"] if numbered else [])
