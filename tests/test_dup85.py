"""Doubled lines not next to their copy, and a deck's wrapped bullets (issue 16 point 4, doubled text layers; helper
dup85; docs/limits.md *Session 84, final fresh-user trial 84c* first item and *Session 84, fresh-user trials 84a and
84b*, the deck). Inputs: ``tests/data/dup85/`` (copies of ``/work/regress/in_dup85/``, each with its expected reading
written before the run), run through extract, clean and segment with the conservation check (``tests/segmenting.py``).

1. A wrapped line of a paragraph printed again 2–4 lines further on (a second text layer), in a dump or a PDF,
   Japanese or English: the copy to the ledger, the paragraph reads on (``clean.copies.displaced_copies``).
2. A deck's bullet wrapped over two lines is one line (``segment.slides._joined_wraps``); a doubled bullet on one
   slide goes to the ledger (pdf84's rule, checked here in a deck of other words).
3. Near misses (pass on the base too): a poem's refrain (English, Japanese), a timetable's repeated rows, a deck's
   short bullets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk_of, paragraph_texts, slides_of

DATA = Path(__file__).parent / "data" / "dup85"


def _drops(ledger) -> list[str]:
    return [r.text for r in ledger if r.reason == "doubled-layer"]


def _body(talk) -> str:
    return "".join("".join(p.text.split()) for p in list(talk.front) + [p for s in talk.sections for p in s.paragraphs])


@pytest.mark.parametrize("name, copy, reads", [
    ("ja_kaiho.txt", "台帳と照らし合わせたところ、非常食の一部が賞味期限を過ぎて", "と話し、今後も年二回の点検"),
    ("ja_tayori.pdf", "棚を部屋の中央に移し、車いすの方も通りやすい広さを確保してい", "声を聞いて決めた配置です"),
    ("en_minutes.txt", "agreed that the lowest, from Dale Surfacing Ltd, offered the best value. The",
     "whenthehallisclosedforitssummerbreak"),
    ("en_bulletin.pdf", "plot holder on that side now has a tap within twenty metres of the plot.",
     "thecommitteethanksthethreememberswhodugthetrench"),
])
def test_line_printed_again_lines_later_is_a_copy(name, copy, reads):
    talk, ledger = only_talk_of(DATA / name)
    assert _drops(ledger) == [copy]
    body = _body(talk)
    assert "".join(reads.split()) in body
    assert body.count("".join(copy.split())) == 1


@pytest.mark.parametrize("name", ["en_poem.txt", "ja_shi.txt", "ja_table.txt"])
def test_refrains_and_repeated_rows_stay(name):
    """Near miss (passes on the base too): a poem's refrain (ragged verse lines) and a timetable's repeated row (cells)
    are the writer's: nothing in the ledger as a doubled layer."""
    talk, ledger = only_talk_of(DATA / name)
    assert _drops(ledger) == []


def test_wrapped_bullets_are_one_line():
    talk, ledger = only_talk_of(DATA / "en_deck_wrap.pdf")
    slides = {title: lines for _, title, lines in slides_of(talk)}
    assert slides["Why heat pumps"] == ["• Heat pumps move heat rather than make it",
                                        "• Three units of heat for one of power", "• Quiet enough for a terraced street"]
    assert slides["Next year"] == ["• Twenty more homes", "• A shared ground loop for the almshouses on Mill Lane"]
    assert slides["What we learned"] == ["• Survey every house before quoting a price",
                                         "• Members trust neighbours who have one", "• Grants arrive late"]
    assert _drops(ledger) == ["• Members trust neighbours who have one"]


def test_short_bullets_stay_apart():
    """Near miss (passes on the base too): a deck's short bullets, capitalised, one a word of the next
    (``• Budget`` / ``• Budget questions``), stay lines of their own; nothing dropped."""
    talk, ledger = only_talk_of(DATA / "en_deck_short.pdf")
    assert [lines for _, _, lines in slides_of(talk)] == [["• Welcome", "• Budget", "• Budget questions", "• Close"],
                                                         ["• Survey", "• Report", "• Vote"]]
    assert _drops(ledger) == []


def test_slide_table_gives_rows():
    """A slide's table (cells parted by TABs) gives ``rows``, its cells, beside its lines (fresh-user trial 84b's deck)."""
    from pipeline.structure import slide_rows

    lines = ["Year\tHomes\tSaving", "2024\t12\t£310", "2025\t20\t£340", "• Savings are per home"]
    assert slide_rows(lines) == (("Year", "Homes", "Saving"), ("2024", "12", "£310"), ("2025", "20", "£340"))
    assert slide_rows(["• Budget", "Cost:\t£9,000"]) == ()
