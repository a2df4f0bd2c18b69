"""A README's or manual's unnumbered headings beside a numbered list (issue 16, helper head58): headings marked up
(``Installation`` over ``------``, ``## Steps``, ``### Troubleshooting``) or set by their shape (a short title-case
line between runs of text) had become paragraph text once something in the document was numbered, the numbered
steps (``1. Download…``, ``2. Unpack…``) the sections. Now the marked-up headings are read whatever is numbered, and
numbered items standing in a list right under such a heading are that section's text. A ``# Title`` opening the
file is its title; a bare rule (``###``, ``=====``) is a separator, never a heading. Made-up inputs (also under
/work/regress/in_head58/)."""

from __future__ import annotations

import pytest

from segmenting import only_talk

UNDERLINED = """Tidewatch
=========

Tidewatch reads tide gauges and writes a daily summary for each harbour.

Installation
------------

1. Download the archive from the releases page.
2. Unpack it into a folder of your choice.
3. Run the installer and follow its prompts.

Usage
-----

Run tidewatch with the name of a harbour. The summary is written to the current folder.

License
-------

Tidewatch is free software under the MIT licence.
"""

MARKDOWN = """# Meter Reader

A small tool that reads electricity meters over the optical port.

## Steps

1. Connect the optical head to the meter.
2. Plug the head into the computer.
3. Run the reader.

### Troubleshooting

If nothing is read, clean the optical window and try again.

#####

## Credits

Written by the volunteers of the repair cafe.
"""

SHAPED = """Garden Planner

Garden Planner helps allotment holders plan what to sow and when.

Quick Start

1. Open the planner in your browser.
2. Draw the beds of your plot.
3. Drag plants onto the beds.

Sowing Calendar

The calendar shows sowing weeks for each plant in your region.

Known Issues

The calendar does not yet know about frost dates in the far north.
"""


def _sections(talk):
    return [(s.number, s.level, s.title.text, len(s.paragraphs)) for s in talk.sections]


def test_underlined_headings_head_their_sections_and_the_steps_stay_their_text():
    talk, _ = only_talk(UNDERLINED)
    assert talk.title.en.text == "Tidewatch"
    assert _sections(talk) == [(None, 1, "Installation", 3), (None, 1, "Usage", 1), (None, 1, "License", 1)]
    assert [p.text for p in talk.sections[0].paragraphs][0] == "1. Download the archive from the releases page."


def test_markdown_headings_give_title_and_levels_and_a_bare_rule_heads_nothing():
    talk, _ = only_talk(MARKDOWN)
    assert talk.title.en.text == "Meter Reader"
    assert _sections(talk) == [(None, 1, "Steps", 3), (None, 2, "Troubleshooting", 1), (None, 1, "Credits", 1)]
    # ``#####`` alone in a Markdown document is CommonMark's empty heading: markup with no text, set aside to the ledger
    # (decision changed by helper news59, sections.empty_markup_headings; it had stayed a paragraph); never a heading
    assert all("#####" not in p.text for s in talk.sections for p in s.paragraphs)


def test_headings_by_shape_over_a_numbered_list_are_headings():
    talk, _ = only_talk(SHAPED)
    assert _sections(talk) == [(None, 1, "Quick Start", 3), (None, 1, "Sowing Calendar", 1), (None, 1, "Known Issues", 1)]


def test_a_markdown_manual_in_japanese():
    talk, _ = only_talk("# 会議室予約システム\n\n会議室をウェブで予約するための道具です。\n\n## 使い方\n\n1. ログインする。\n2. 部屋を選ぶ。\n"
                        "3. 時間を選ぶ。\n\n## 問い合わせ先\n\n総務課までご連絡ください。\n")
    assert talk.title.ja.text == "会議室予約システム"
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "使い方"), (None, "問い合わせ先")]


@pytest.mark.parametrize("text, numbers", [
    # a paper's numbered sections, each over its own text: the numbers are the sections
    ("Flood Risk in River Towns\n\nMaria Lopez\n\n1. Introduction\nRivers flooded four towns.\n\n2. Method\n"
     "We mapped every flood.\n\n3. Results\nTwo towns flooded twice.\n", ["1", "2", "3"]),
    # numbered sections with a short line between text in one of them: still the paper's numbering
    ("Port Study\n\nKen Mori\n\n1. Background\nPorts grew.\n\nKey Terms\n\nA port is a harbour with a quay.\n\n"
     "2. Findings\nCargo doubled.\n", ["1", "2"]),
    # a shell block's comments, fenced: no headings
    ("Tool\n\nA tool for ports.\n\n1. Setup\nInstall it as follows.\n\n```\n# Build\nmake\n# Test\nmake test\n```\n\n"
     "2. Use\nRun it daily.\n", ["1", "2"]),
])
def test_numbered_sections_stay_the_sections(text, numbers):
    talk, _ = only_talk(text)
    assert [s.number for s in talk.sections] == numbers


def test_a_rule_under_a_sentence_or_one_marked_line_makes_no_heading():
    talk, _ = only_talk("Harbour Notes\n\nThe harbour was busy this week.\n-----\nFerries ran late on Monday.\n\n"
                        "# Not a heading alone\n\nThe quay was repaired on Friday after the storm.\n")
    assert all(s.title.text not in ("The harbour was busy this week.", "Not a heading alone") for s in talk.sections)
