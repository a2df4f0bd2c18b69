"""Short pages of a paper, a form, a table or a gazette are no slide deck (issue 16 points 1 and 2, helper deck84):
what runs on over a page break (a sentence, a table's rows, a numbered list), a form's fields and its 【…】 parts are
a paper's evidence, short lines or not (``talks.paper_over_pages``).

Inputs: made-up documents in ``tests/data/deck84/`` (their expected readings, written before any run, in
``/work/regress/in_deck84/*.expected.md``), and furn84's and tab84's short-page documents.
"""

from pathlib import Path

import pytest

from segmenting import segment_file

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("path", ["furn84/ja_syllabus_heads_nofolio.txt", "deck84/ja_syllabus_ff.txt",
                                  "deck84/ja_form_pages.txt", "tab84/en_header_repeat.txt"])
def test_short_pages_running_on_are_no_deck(path):
    [talk] = segment_file(DATA / path).talks
    assert talk.shape != "deck" and not talk.slides


@pytest.mark.parametrize("path", ["deck84/en_deck_nearmiss.txt", "deck84/ja_deck_nearmiss.txt"])
def test_decks_of_titled_slides_stay_decks(path):
    """Near miss (passes on the base too): slides of a title over bullets, a page number each, stay four slides."""
    [talk] = segment_file(DATA / path).talks
    assert talk.shape == "deck" and len(talk.slides) == 4


@pytest.mark.parametrize("path", ["deck84/en_minutes_pages.txt", "deck84/ja_gazette_pages.txt",
                                  "deck84/en_table_pages.txt"])
def test_papers_over_short_pages_stay_papers(path):
    """Near miss (passes on the base too): minutes, a gazette and a table over short pages read as no deck."""
    [talk] = segment_file(DATA / path).talks
    assert talk.shape != "deck" and not talk.slides
