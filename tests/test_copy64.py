"""The intact-twin rule reads a lost glyph as a ligature's letters (issue 19, session 64, fresh-user trial 63;
docs/restore.md, "A word the document writes intact").

In an English essay ``o\ufffdce`` stayed open (*once* 5.5, *office* 5.4 on the English list) though *office* stands
whole three times in the same essay: the twin rule (:func:`pipeline.restore.evidence.english.intact_copy`) read
each lost glyph as one letter only. A glyph may now stand for a typeset ligature's letters (ff, fi, fl, ffi, ffl),
where the document's intact words with the surviving letters around any letters are exactly one word, read by the
lost glyphs in one way only, with the rule's other conditions (three places, or 8 characters of context).

Near misses stay open: another intact word of the same surviving letters (``once``, ``ounce`` beside *office*), a
word in capitals (no face sets a capital ligature), two glyphs that read the ligature's letters in two ways, a word's
first glyph with two letters kept (``\ufffdnd``: *and*, *find*), and a word with no twin. An open gap whose one
lost glyph makes a listed word with a ligature's letters offers those letters (``\ufffdight``: fl, *flight*), never
written on that.

The near misses are checked in a document whose twin is settled (the rule at work there), so each case fails where
the rule reads one letter a glyph.
"""

from __future__ import annotations

import json

import pytest

from pipeline import files
from pipeline.driver import run_one
from pipeline.restore import restore_text
from pipeline.restore.evidence import english

G = "\ufffd"

OFFICE = ("The regional office opened in spring. Staff of the office met weekly, and the office kept long hours.\n")
"""*office* written intact at three places (the rule's COPY_HITS), in contexts unlike the gaps'."""


def _repairs(text: str) -> dict[int, dict]:
    """The repairs of ``text`` by the line (from 1) each gap stands on, one gap a line."""
    out: dict[int, dict] = {}
    for r in restore_text(text)["repairs"]:
        line = text.count("\n", 0, r["start"]) + 1
        assert line not in out, (line, r)
        out[line] = r
    return out


def _at(repairs: dict[int, dict], line: int) -> dict:
    assert line in repairs, repairs
    return repairs[line]


def _shown(r: dict) -> list[str]:
    return [c["text"] for c in r["candidates"]]


def _copied(r: dict, fill: str) -> None:
    assert (r["status"], r["restored"], r["confidence"]) == ("restored", fill, english.COPY_CONFIDENCE), r
    assert any("the one word the document writes intact" in e["detail"] for e in r["evidence"]), r["evidence"]


# (the gap's line, the ligature written): each beside its word written intact at three places
SETTLED = [
    (f"Visitors to the o{G}ce asked for forms.\n", "\ufb03"),                       # office: ffi
    (f"We took the last bus; the e{G}ect was clear.\nThe effect of rain. An effect of snow. No effect at all.\n",
     "\ufb00"),                                                                     # effect: ff
    (f"They re{G}ected on it.\nIt reflected the sky; we reflected often; they reflected too.\n", "\ufb02"),
    (f"Our sta{G} were tired.\nThe staff met. Staff left early. All staff agreed.\n", "\ufb00"),
]


@pytest.mark.parametrize("gap, glyph", SETTLED)
def test_a_lost_glyph_is_read_as_the_ligature_of_the_one_intact_twin(gap, glyph):
    repairs = _repairs(OFFICE + gap)
    _copied(_at(repairs, 2), glyph)
    assert _shown(_at(repairs, 2))[0] == english.TYPESET_LIGATURES_LETTERS[glyph]  # the letters, as the list offers


def test_the_talk_writes_the_ligatures_letters(tmp_path):
    # through the CLI's driver: the talk's text reads the word whole, as clean expands an intact ligature
    path = tmp_path / "essay.txt"
    path.write_text("On the Office\n\n" + OFFICE + f"\nVisitors to the o{G}ce often asked where the forms were.\n",
                    encoding="utf-8")
    run_one(path, tmp_path / "out")
    folder = files.talks_dir(tmp_path / "out", files.safe_stem(path))
    talks = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json") if p.name != "index.json"]
    text = json.dumps(talks, ensure_ascii=False)
    assert "Visitors to the office often asked" in text
    repairs = [r for t in talks for r in t["repairs"]]
    assert [(r["restored"], r["status"]) for r in repairs] == [("ffi", "restored")], repairs  # as written (trial 72)


EFFECT = "The effect of rain. An effect of snow. No effect at all.\nWe took the bus; the e\ufffdect was clear.\n"
"""*effect* written intact at three places, and a gap its twin settles at line 2 (the rule at work there)."""

# (the lines after EFFECT, the near miss's line): the twin rule copies nothing at each near miss (the other rules
# read it as before: ``once`` written beside ``o\ufffdce`` may commit its letter by repetition)
NEAR_MISSES = [
    # another intact word of the same surviving letters: one letter (once), two that are no ligature (ounce)
    (OFFICE + f"Visitors to the o{G}ce asked; once more.\n", 4),
    (OFFICE + f"An ounce of silver. Visitors to the o{G}ce asked.\n", 4),
    # a word in capitals: no face sets a capital ligature
    ("THE OFFICE. HEAD OFFICE. OFFICE HOURS.\n" + f"HEAD OF{G}CE\n", 4),
    # two lost glyphs read the ligature's letters two ways (f + fi, ff + i)
    ("The officer left; an officer stayed; the officer ran.\n" + f"The o{G}{G}cer came.\n", 4),
    # a word's first glyph with two letters kept: and, find, end are all written
    ("We find it hard. You find it easy. They find it dull. Bread and jam, the end.\n"
     + f"It is hard to {G}nd the forms.\n", 4),
    ("We find it hard. You find it easy. They find it dull.\n" + f"It is hard to {G}nd the forms.\n", 4),
    # no twin at all
    (f"Visitors to the o{G}ce asked for forms.\nThe room had an open door.\n", 3),
]


@pytest.mark.parametrize("lines, line", NEAR_MISSES)
def test_a_near_miss_is_not_copied_where_another_twin_is_settled(lines, line):
    repairs = _repairs(EFFECT + lines)
    _copied(_at(repairs, 2), "\ufb00")
    r = _at(repairs, line)
    assert not any("the one word the document writes intact" in e["detail"] for e in r["evidence"]), r["evidence"]
    assert not set(r["restored"] or "") & set(english.TYPESET_LIGATURES_LETTERS), r


def test_a_word_the_list_reads_as_a_letter_or_a_ligature_is_copied_as_its_twin():
    # reject (4.0) with j, reflect (4.4) with fl: the list decides neither, so the twin decides (session 63 read
    # the letter's word as the list's decision, and refused the copy as conflicting)
    r = _at(_repairs(OFFICE + f"They could not re{G}ect on it.\nTo reflect is hard; we reflect often; they reflect "
                              "too.\n"), 2)
    _copied(r, "\ufb02")


@pytest.mark.parametrize("text", [
    f"Some took the last {G}ight out of the city.\nThe right road; a night bus; the light rain.\n",
    f"We bought a sack of {G}our at the mill.\n",
    f"She watched the candle's {G}ame for an hour.\n",
    f"After the storm the river's {G}ood reached the town.\n",
])
def test_a_ligatures_word_is_offered_where_letters_words_are_commoner(text):
    r = _at(_repairs(text), 1)
    assert r["restored"] is None, r
    assert "fl" in _shown(r), r


