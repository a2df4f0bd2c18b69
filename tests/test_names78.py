"""Issue 19 points 4 and 6 (helper names78, fresh-user trial 78b): a person's name is never filled nor offered, even
from a copy written whole elsewhere.

- A surname standing alone inside a sentence that the document writes after a given name or a title (trial 78b's
  ``awarded the race to Hargr\ufffd\ufffdves.`` under ``Peter Hargreaves``, committed ``ea`` at 0.9858): held, however
  many capitals the line has (:func:`prose_name.english_surname_alone`); with no copy, after ``to``/``by``/``with``/
  ``and``/``from`` where every word of the English list that fits is a census surname.
- A name after a post's label and its colon (``(Captain: Noah Penh\ufffdligon)``, ``Cox: …``, ``Regatta Secretary:
  …``), a bracket closing it: held (:func:`prose_name.post_label`, :func:`prose_name.credited_name`); a census given
  name before a rare word no English word (*Penhaligon*) is a name whatever the surname list says
  (:func:`abstention.english_name_beside`).
- A stats row's ``label　surname given（figure）`` item (``盗塁 高\ufffd 湊斗（11）``, offered さ, い, 速, 井, 田): held
  (:func:`prose_name.figure_row_name`).

Near misses keep their fills: a place after ``to`` (``Ox\ufffdord``), a post's label before words in small letters
(``(Captain: see bel\ufffdw)``), a place the document writes whole, a price row's ``大人 小\ufffd（500円）``. Measured on
clean text in docs/restore.md (*Session 78, names78*)."""

from __future__ import annotations

import pytest

from tests.test_name75 import _held

G = "\ufffd"


def _repairs(text: str) -> list[dict]:
    from pipeline.restore import restore_text
    return restore_text(text.replace("?", G) + "\n")["repairs"]


def _gap_repair(text: str) -> dict:
    """The repair of the last gap of ``text`` (its ``?`` the lost glyphs)."""
    return _repairs(text)[-1]


# -- a surname alone in a sentence that the document writes after a given name ------------------------------------

SURNAME_ELSEWHERE = [
    # trial 78b's shape, other people: a line of many capitals (no prose to the census reader), a run of two lost
    "Final: Peter Hargreaves (Reading RC) beat Malcolm Pettit (Wallingford RC).\n"
    "The umpire, Mrs Deborah Kingsley, awarded the race to Hargr??ves.",
    "Final: Rosalind Ashcombe (Marlow RC) beat Ian Fenwick (Walton RC).\n"
    "The Steward, Mr Colin Barraclough, gave the Verdict to Ashc?mbe.",
    "Singles: Dr Fiona Tregarthen (Truro) beat Joan Ellery (Bodmin).\n"
    "Referee Mrs Alison Crane, Tournament Chair, handed the Cup to Tregart?en.",
]


# -- a surname alone after to, by, with, and, from: the word list's every fit a census surname -----------------------

LONE = [
    # a line of many capitals (no prose to the census reader), no copy in the document
    "The umpire, Mrs Deborah Kingsley, awarded the race to Hargr??ves.",
    "Judge Mr Alan Pike, Chief Steward, handed the Cup to Fitzger?ld.",
]


# -- a name after a post's label, a census given name before a rare word --------------------------------------------

POSTED = [
    # trial 78b: the copy written whole five lines down had been taken
    "2nd Ash House (Captain: Noah Penh?ligon) - 298 points\nYear 6 boys' 80 metres: 1st Leo Castellano, "
    "3rd Noah Penhaligon",
    "3rd Birch House (Captain: Ethan Tregas?is) - 260 points",
    "Coach: Tamsin Mor?ey",
    "(Cox: Kerensa Bol?tho)",
    "Year 6 boys: 1st Leo Castellano, 3rd Noah Penh?ligon",
    "Crew: bow Ethan Tregas?is, stroke Oliver Hale",
]


# -- a stats row's label, name and figure ---------------------------------------------------------------------------

ROWS = [
    "【個人成績】\n打率一位 森田 蓮（.412）\n本塁打 石井 悠真（3本）\n盗塁 高? 湊斗（11）",  # trial 78b
    "【記録】\n1位 岡? 湊斗（12.3秒）\n2位 山本 健一（12.8秒）",
    # the given name no name to Sudachi: the row's other names, written whole, tell the table's kind
    "【記録】\n1位 田? 陽翔（12.3秒）\n2位 山本 健一（12.8秒）",
]


@pytest.mark.parametrize("text", [
    *(pytest.param(t, id=f"surname-elsewhere-{i}") for i, t in enumerate(SURNAME_ELSEWHERE)),
    *(pytest.param(t, id=f"lone-surname-{i}") for i, t in enumerate(LONE)),
    *(pytest.param(t, id=f"post-or-given-{i}") for i, t in enumerate(POSTED)),
    *(pytest.param(t, id=f"stats-row-{i}") for i, t in enumerate(ROWS)),
])
def test_a_name_is_held_with_no_candidate(text):
    r = _gap_repair(text)
    assert _held(r), r


# -- near misses: fills as before -----------------------------------------------------------------------------------

NEAR_MISSES = [
    ("The committee awarded the race to Ox?ord on appeal.", "f"),
    ("Mr Alan Pike, Chief Steward, sent the Crews to Ox?ord.", "f"),
    ("2nd Ash House (Captain: see bel?w) - 298 points", "o"),
    ("Crews came from Henley and Abingdon.\nThe next regatta is at Abing?on in June.", "d"),
    ("The trip went to Cambr?dge and back.", "i"),
    ("Venue: the Town Hall, Market Pl?ce", "a"),
]


@pytest.mark.parametrize(("text", "fill"), NEAR_MISSES)
def test_near_misses_keep_their_fill(text, fill):
    r = _gap_repair(text)
    assert not _held(r) and fill in [c["text"] for c in r["candidates"]], r


@pytest.mark.parametrize("text", [
    "【料金】\n打率一位 森田 蓮（.412）\n料金 大人 小?（500円）",
    "会場 上京区 松風?（3階）",
])
def test_a_price_or_a_place_row_is_no_name(text):
    r = _gap_repair(text)
    assert not _held(r), r
