"""Doubled lines a paragraph apart, rewrapped, or short (issue 16, doubled text layers; helper dup84; docs/limits.md
*Session 83, fresh-user trials 83a and 83b* first item and *Session 83, furn83* "Doubled lines still kept").
Inputs: ``tests/data/dup84/`` (copies of ``/work/regress/in_dup84/``, each with its expected reading), run through
extract, clean and segment with the conservation check (``tests/segmenting.py``).

1. A numbered heading printed again after its own paragraph (``4.2 Optional elements``, ``第５条（会費）``): no second
   section, the copy in the ledger (``clean.copies.heading_copies``).
2. A turn printed again rewrapped (a lecture's question, English and Japanese): said once, the copy's lines in the
   ledger (``clean.copies.rewrapped_copies``).
3. Short lines twice in a row: a list's item ``・筆記用具``, an English statement under eight words, a minutes'
   ``Action: …`` line right under itself or after a blank line (``clean.copies.short_copies``).
4. Near misses (pass on the base too): a poem's refrain, recurring labels, ditto items, a legal phrase, Q./A. labels,
   a table's repeated cells, a contents list, one sentence under two headings stay, nothing in the ledger.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk_of, outline, paragraph_texts

DATA = Path(__file__).parent / "data" / "dup84"


def _drops(ledger) -> list[tuple[int, str]]:
    return [(r.line, r.text) for r in ledger if r.reason == "doubled-layer"]


def _kept(talk) -> list[str]:
    return [p.text for p in talk.front] + paragraph_texts(talk)


@pytest.mark.parametrize("name, line, copy, titles", [
    ("en_standard_heading.txt", 13, "4.2 Optional elements", ["Required elements", "Optional elements", "Conformance"]),
    ("ja_rules_article.txt", 9, "第５条（会費）", ["役員", "会費", "総会"]),
])
def test_heading_after_its_paragraph_is_a_copy(name, line, copy, titles):
    talk, ledger = only_talk_of(DATA / name)
    assert _drops(ledger) == [(line, copy)]
    assert [t for _, t in outline(talk)] == titles


@pytest.mark.parametrize("name, lines, turn", [
    ("en_lecture_question.txt", [10, 11], "QUESTION: Did the shopkeepers along the market oppose the works while the "
                                          "street was closed, and how did the city keep their trade going?"),
    ("ja_lecture_question.txt", [9, 10], "質問者：夜間に鍵がかかっている建物は、どうやって避難ビルとして使えるようにしているのでしょうか。"
                                         "管理者との協定があるのですか。"),
])
def test_rewrapped_turn_is_said_once(name, lines, turn):
    talk, ledger = only_talk_of(DATA / name)
    assert [n for n, _ in _drops(ledger)] == lines
    kept = _kept(talk)
    assert kept.count(turn) == 1
    assert sum(turn[:12] in p for p in kept) == 1


@pytest.mark.parametrize("name, drops, item", [
    ("ja_list_items.txt", [(7, "・筆記用具")], "・筆記用具"),
    ("en_notice_short.txt", [(7, "Bring a pencil and shoes.")], "Bring a pencil and shoes."),
    ("en_minutes_action.txt", [(8, "Action: Treasurer to open a water account."),
                               (13, "Action: Secretary to send the dates.")], "Action: Secretary to send the dates."),
])
def test_short_line_twice_in_a_row_is_a_copy(name, drops, item):
    talk, ledger = only_talk_of(DATA / name)
    assert _drops(ledger) == drops
    assert _kept(talk).count(item) == 1


@pytest.mark.parametrize("name, twice", [
    ("near_poem_refrain.txt", "The sea is calm tonight."),
    ("near_poem_one_stanza.txt", "The sea is calm tonight."),
    ("near_minutes_labels.txt", "Action: None."),
    ("near_ja_ditto.txt", "・同上"),
    ("near_faq_labels.txt", "Q."),
    ("near_repeated_paragraph.txt", "Keep at least two metres from the bank and never work alone near the river."),
    ("near_toc_headings.txt", None),
    ("near_table_cells.txt", None),
])
def test_near_misses_stay(name, twice):
    """Near misses: pass on the base too (nothing there drops them either)."""
    talk, ledger = only_talk_of(DATA / name)
    assert _drops(ledger) == []
    if twice is not None:
        assert _kept(talk).count(twice) >= 2


def test_labelled_line_twice_in_a_pdf():
    """A PDF's AGM minutes (fresh-user trial 83b) with its ``Action:`` line set again on the next line (a line's height
    below: no overlaid copy): the copy goes to the ledger, the next item's action stays."""
    from tests.pdfmaker import text_pdf
    from tests.segmenting import segment_pdf

    action = "Action: Treasurer to open a water account."
    lines = [("en", "Harbourside Allotment Society"), ("en", "Minutes of the Annual General Meeting, 14 March 2025"),
             ("en", "1. Treasurer's report"),
             ("en", "The treasurer reported a surplus of 412 pounds for the year and it was accepted."),
             ("en", action), ("en", action), ("en", "2. Plot inspections"),
             ("en", "Inspections will be held in June and September."), ("en", "Action: Chair to order new padlocks.")]
    doc = segment_pdf(text_pdf([lines]))
    assert _drops(doc.ledger) == [(11, action)]
    [talk] = doc.talks
    assert _kept(talk).count(action) == 1
    assert "Action: Chair to order new padlocks." in _kept(talk)
