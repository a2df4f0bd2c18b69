"""A PDF's appendix headings numbered by letter after the body's last numbered section (issue 16 point 2, fresh-user
trial 78c): each gets its label in the section's ``appendix`` (``"A"``, ``"A.1"``, ``"A.1.1"``; docs/talk-json.md, *An
appendix's label*), ``number`` null, its level by its depth, and a heading wrapped onto a second line in its face is
one heading. quantumarticle's ``A First section of the appendix`` / ``A.1 Subsection`` / ``B Problems and Bugs`` had
no label; mugsthesis's ``A.1 This is a Very Long Heading …`` (two lines) and ``A.1.1 …`` under ``APPENDIX A`` /
its title were paragraphs. Made-up PDFs (reportlab: Helvetica body, Helvetica-Bold headings)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD, stacked_pdf  # noqa: E402

from tests.segment_inputs import run_pdf  # noqa: E402

BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty,",
        "and the totals were written into the log before the first ferry left the pier at seven o'clock.",
        "On wet days the counts fell by a third, and the observers noted the rain in a column of its own.",
        "The log was copied each week into the ledger kept at the town hall, where it can still be read."]
REFERENCES = ["[1] Anna Berg. 2019. Counting cyclists on a harbour road. Harbour Review 12, 3 (2019), 1-9.",
              "[2] Kenji Mori. 2021. Loops and cameras compared. Transport Notes 4 (2021), 22-30."] + [
              f"[{n}] Lena Vos. {2000 + n}. Harbour counts, part {n}. Coastal Traffic {n} (20{n:02d}), {n}-{n + 9}."
              for n in range(3, 12)]


def _pdf(appendix: list[tuple[str, str]]) -> bytes:
    """Three numbered sections, ``References``, then ``appendix``'s (font, line) rows, each heading over the body."""
    runs: list[tuple[str, str]] = []
    for head in ["1 Introduction", "2 Method", "3 Results"]:
        runs += [(EN_BOLD, head)] + [(EN, line) for line in BODY]
    runs += [(EN_BOLD, "References")] + [(EN, line) for line in REFERENCES]
    runs += appendix
    return stacked_pdf(runs)


def _heads(rows: list[tuple[str, str]]):
    (talk,) = run_pdf(_pdf(rows)).talks
    return [(s.number, s.level, s.appendix, (s.heading or s.title).text) for s in talk.sections]


def _with_body(*heads: str) -> list[tuple[str, str]]:
    return [row for head in heads for row in [(EN_BOLD, head)] + [(EN, line) for line in BODY]]


def test_lettered_appendix_headings_get_their_labels() -> None:
    got = _heads(_with_body("A First section of the appendix", "A.1 Subsection", "B Problems and Bugs"))
    assert got[4:] == [(None, 1, "A", "A First section of the appendix"), (None, 2, "A.1", "A.1 Subsection"),
                       (None, 1, "B", "B Problems and Bugs")]
    assert [s[2] for s in got[:4]] == [None] * 4


def test_a_long_wrapped_appendix_subsection_is_one_heading_under_its_named_appendix() -> None:
    rows = [(EN, "APPENDIX A"), (EN_BOLD, "TEST APPENDIX WITH A VERY LONG TITLE")] + [(EN, line) for line in BODY]
    rows += [(EN_BOLD, "A.1 This is a Very Long Heading to Test the Table of Contents Behavior for Very Long"),
             (EN_BOLD, "Section Headings")] + [(EN, line) for line in BODY]
    rows += _with_body("A.1.1 An Extremely Long Subsection Heading to Test Spacing")
    got = _heads(rows)
    assert got[4:] == [
        (None, 1, "A", "APPENDIX A TEST APPENDIX WITH A VERY LONG TITLE"),
        (None, 2, "A.1", "A.1 This is a Very Long Heading to Test the Table of Contents Behavior for Very Long "
                         "Section Headings"),
        (None, 3, "A.1.1", "A.1.1 An Extremely Long Subsection Heading to Test Spacing")]


def test_near_misses_stay_text() -> None:
    # an initial (``A. Smith``), a count (``A 4-page limit``), a list's ``a)`` and a lettered line in the body's face
    rows = [(EN_BOLD, "A. Smith and the harbour counts")] + [(EN, line) for line in BODY]
    rows += [(EN_BOLD, "A 4-page limit applies")] + [(EN, line) for line in BODY]
    rows += [(EN, "a) the morning form"), (EN, "b) the evening form"), (EN, "A Note on the Sources of the counts")]
    got = _heads(rows)
    assert all(s[2] is None for s in got)
    assert not any(s[3].startswith(("A 4-page", "a)", "A Note")) for s in got)
