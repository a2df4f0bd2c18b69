"""Issue 16 on real PDFs (helper tex80, session 80): layout faults seen on Debian's texlive documentation, each
imitated by a made-up PDF (``tests/data/tex80/make.py``, reportlab)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from tests.segment_inputs import run_pdf  # noqa: E402

DATA = Path(__file__).parent / "data" / "tex80"


def _sections(name: str):
    (talk,) = run_pdf((DATA / name).read_bytes()).talks
    return talk, [(s.appendix, (s.heading or s.title).text) for s in talk.sections]


def test_a_tables_cells_wrapped_inside_a_column_head_nothing() -> None:
    """JACoW's table 2 wraps ``Before After`` under its ``Space`` cells and sets ``Bold``, ``Italic`` under their
    style's row in the face they name: they had been sections, the table's rows their paragraphs."""
    talk, heads = _sections("styles-table.pdf")
    assert [h for _, h in heads][:3] == ["INTRODUCTION", "STYLES", "CONCLUSION"]
    styles = talk.sections[1]
    texts = [p.text for p in styles.paragraphs]
    assert "Table 2: Summary of Styles" in texts and "Before After" in texts and "Italic" in texts
    assert texts[-1].startswith("On wet days")  # the text after the table stays the section's


def test_an_appendix_label_keeps_its_long_title_set_in_its_face() -> None:
    """``ANNEX B:`` over a title of 84 characters in its own 12 pt bold (wrapped onto two lines): one heading, the
    label kept, the title no paragraph of it."""
    talk, heads = _sections("styles-table.pdf")
    assert ("B", "ANNEX B: HARBOUR COUNTING STYLE GUIDE AS APPLIED TO THE COASTAL SURVEYS, PERIODICALS AND OTHER WORKS") \
        in heads
    annex = next(s for s in talk.sections if s.appendix == "B")
    assert not any(p.text.startswith("HARBOUR") for p in annex.paragraphs)


def _extracted_lines(name: str) -> list[str]:
    from pipeline.extract import extract

    return [line for line in extract((DATA / name).read_bytes(), name=name).lines if line.strip()]


def test_an_overfull_line_over_the_gutter_keeps_the_columns_apart() -> None:
    """A poster's boxes in two columns 1.2 ems apart, one line of the left box running over the gutter (an unbreakable
    file name): the right column's line on a baseline of the left's is no piece of it, and each column is read
    whole (TUDaSciPoster's demo had been read across its columns, ``…Makros zur Boxentyp zwischen …``)."""
    lines = _extracted_lines("overfull-columns.pdf")
    assert not any("sets a" in line and "A box" in line for line in lines)
    assert lines.index("the line width at that point of the page.") < lines.index("Boxed style") \
        < lines.index("The boxes can be set in several styles. The default")
    assert "given in the file EXAMPLE-HARBOURPOSTERFILE.tex" in lines


def test_a_posters_title_over_three_lines_keeps_its_first_line() -> None:
    """A title set over three lines in one face and size, the first opening on a lower-case hyphenated word, is one
    title (the bfh-ci poster's two-line title was read so; TUDaSciPoster's three lines had lost the first to front)."""
    (talk,) = run_pdf((DATA / "poster-title.pdf").read_bytes()).talks
    assert talk.title.en.text == "harbour-Poster im Corporate Design der Hafenbehörde Kiel"
    assert [a.name.text for a in talk.speaker.authors] == ["Anna Berg", "Tom Lee"]


OVERLAYS = "\n\f".join([
    "Quay Space in Small Ports\nAna Ruiz, Port Lab",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n- Ferries wait offshore\n2/5",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n- Ferries wait offshore\n2/5",
    "Options\nWe compared the plans\n- A new quay\n- A longer pier\nExample\nplan = quay(east)\n3/5",
    "Options\nWe compared the plans\n- A new quay\n- A longer pier\n- A second harbour\nExample\nplan = pier(north)\n3/5",
    "Next Steps\nWhat we propose\n- Extend the east quay\n4/5",
    "Next Steps\nWhat it costs\n- Extend the east quay\n- Dredge the channel\n5/5",
]) + "\n"


def test_an_overlay_sequence_is_one_slide_and_different_frames_stay_apart() -> None:
    """Beamer's overlays: a page printed again with only a colour changed (``\\alert<2>``), and a page that adds an
    item while ``\\only<2>`` swaps a line for another, build up the frame of the page before (one slide, the last page;
    the earlier page's copies to the ledger, the swapped line kept where it stood). The next frame under the same
    title, other lines and its own number, stays a slide of its own."""
    from tests.segment_inputs import run_text

    doc = run_text(OVERLAYS)
    (talk,) = doc.talks
    assert [(s.number, s.title.text if s.title else None) for s in talk.slides] == [
        (1, "Quay Space in Small Ports"), (2, "Harbour Capacity"), (3, "Options"), (4, "Next Steps"), (5, "Next Steps")]
    assert [t.text for t in talk.slides[2].lines] == [
        "We compared the plans", "- A new quay", "- A longer pier", "- A second harbour", "Example",
        "plan = quay(east)", "plan = pier(north)"]
    copies = [r.text for r in doc.ledger if r.reason == "build-up"]
    assert copies.count("Harbour Capacity") == 1 and copies.count("Options") == 1
    assert "plan = quay(east)" not in copies and "What we propose" not in copies


def test_a_sizes_sample_beside_its_command_heads_nothing() -> None:
    """A cheat sheet sets ``大きい`` in 11.5 pt beside its command ``\\large`` (8 pt typewriter) on one baseline: a cell
    of that row, no heading (platexsheet had a section ``大きい`` that took the text after it)."""
    (talk,) = run_pdf((DATA / "cheat-sheet.pdf").read_bytes()).talks
    heads = [(s.heading or s.title).text for s in talk.sections]
    assert "大きい" not in heads and "上下の装飾" in heads
    sizes = next(s for s in talk.sections if s.title.text == "フォントサイズ")
    assert "大きい" in [p.text for p in sizes.paragraphs]


def test_a_line_drawn_in_a_math_extension_font_heads_nothing() -> None:
    """An ``\\overbrace``'s pieces drawn from CMEX10 (read ``z}|{``), set larger than the text, hold no word: no
    heading (platexsheet's ``z}|{`` had been a section)."""
    from pipeline.model import LineLayout, Text
    from pipeline.segment.layout import Layout
    from pipeline.segment.sections import _set_as_cells

    texts = ["上下の装飾", "z}|{", "a + b \\overbrace{a+b}"]
    rows = (LineLayout(size=12, font="HeiseiKakuGo-W5", x0=60, y0=700, x1=140, y1=712),
            LineLayout(size=9.96, font="OLUVRW+CMEX10", x0=70, y0=680, x1=100, y1=690),
            LineLayout(size=8, font="EJQAGO+CMTT8", x0=60, y0=668, x1=160, y1=676))
    lines = [Text.from_raw(t, n) for n, t in enumerate(texts, 1)]
    assert _set_as_cells(lines, Layout(rows, ()), {0, 1}) == {1}


def test_a_heading_level_with_a_pictures_label_in_the_next_column_stays_a_heading() -> None:
    """Near miss (passes on the base too): a poster's heading right of a picture's label, level with the label's middle
    but on no baseline of it, is no row's cell (TUDaSciPoster's ``Relative Positionierung`` beside ``Image``)."""
    from pipeline.model import LineLayout, Text
    from pipeline.segment.layout import Layout
    from pipeline.segment.sections import _set_as_cells

    texts = ["Image", "Relative Positionierung", "Diese Box wird zwischen den beiden Boxen platziert."]
    rows = (LineLayout(size=40, font="Roboto-Regular", x0=1351, y0=1138, x1=1593, y1=1241),
            LineLayout(size=43, font="Roboto-Bold", x0=1783, y0=1205, x1=2233, y1=1248),
            LineLayout(size=29.9, font="Roboto-Regular", x0=1783, y0=1104, x1=2302, y1=1170))
    lines = [Text.from_raw(t, n) for n, t in enumerate(texts, 1)]
    assert _set_as_cells(lines, Layout(rows, ()), {1}) == set()
