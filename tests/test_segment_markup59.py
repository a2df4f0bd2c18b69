"""A Markdown document's empty heading (``#`` alone, ``###``: CommonMark's ATX heading with no text), helper news59
(issue 16): markup with no text, set aside to the ledger (rule ``set_aside_empty_heading``, reason ``markup``); it had
stood in ``front`` or as a section's paragraph. Outside a document whose headings are marked up, and inside fenced
code, ``#`` alone stays text (a manuscript's scene break). Made-up documents (also under /work/regress/in_news59/hash_*)."""

from __future__ import annotations

import pytest

from pipeline.vocab import Reason, Rule
from segment_inputs import run_text

DOCS = [
    "# Harbour Walk Plan\n\n#\n\nThe council approved a new harbour walk.\n\n## Costs\n\nIt will cost four million.\n\n"
    "## Timeline\n\nWork starts in May.\n",
    "Harbour Walk Plan\n\n#\n\n## Costs\n\nThe walk will cost four million dollars.\n\n## Timeline\n\nWork starts in May.\n",
    "# Ferry Timetable Review\n\nThe review covers all routes.\n\n## Findings\n\nNight runs are full.\n\n###\n\n"
    "## Next steps\n\nThe board meets in June.\n",
]


def _texts(talk):
    return [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("doc", DOCS)
def test_an_empty_markdown_heading_goes_to_the_ledger59(doc):
    result = run_text(doc)
    [talk] = result.talks
    # only the title's own marks (``# Title``: front matter, helper head58) are left of the marks alone
    assert [t for t in _texts(talk) if set(t) == {"#"}] == ["#"] * doc.startswith("# ")
    rows = [r for r in result.ledger if r.rule == Rule.SET_ASIDE_EMPTY_HEADING]
    assert len(rows) == 1 and rows[0].reason == Reason.MARKUP


@pytest.mark.parametrize("doc", [
    "The Night Ferry\n\nThe boat left at ten. Nobody spoke on deck.\n\n#\n\nBy morning the harbour was quiet again.\n",
    "Build Notes\n\n## Setup\n\nRun the script.\n\n```\n#\n# comment\n```\n\n## Usage\n\nCall it daily.\n",
])
def test_a_hash_outside_markdown_headings_stays_text59(doc):
    result = run_text(doc)
    [talk] = result.talks
    assert "#" in _texts(talk)
    assert not any(r.rule == Rule.SET_ASIDE_EMPTY_HEADING for r in result.ledger)
