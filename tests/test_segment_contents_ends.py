"""A table of contents ends where its entries end (made-up manuals after REVTeX's and abnTeX2's documentation).

A contents that runs on over a second page and the body opening under its last entries on that page
(``Index⇥35`` / ``1 Overview`` / running text: aip.pdf) ends with its last entry; an entry too long for its leader,
its page number one space after its title (``5.3 Ficha Catalográfica … (obrigatório) 23``: abntex2.pdf), on a page the contents
go on over, between entries with leaders, keeps the contents one block; a back-of-book index's leader entries after its ``Index``
heading are the index's, no contents; a page opening on a chapter's heading set larger than the entries
(``Introduction générale`` at 24.8 pt over its own short contents: yathesis's thesis) is the body's.
"""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, justified

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from tests.segment_inputs import run_text

LEADER = " . . . . . . . . . . . . "
ENTRIES = [f"{n}.{k} Topic number {n}.{k}{LEADER}{n + k}" for n in (1, 2) for k in range(1, 9)]


def _manual(lines_after: list[str]) -> str:
    return "\n".join(["The harbourlog package", "Mika Tanabe", "Contents", *ENTRIES[:10], "\f" + ENTRIES[10],
                      *ENTRIES[11:], "Index\t35", *lines_after, ""])


BODY = ["1 Overview",
        "The harbourlog package records the arrivals and departures of every ship in the harbour and",
        "prints them as one table at the end of each day, which the harbour master signs.",
        "2 Usage",
        "Load the package in the preamble and call the log command where a ship arrives or leaves port.",
        "\fIndex",
        "\\harbourlog . . . . . . . . . . 3", "\\shiparrives . . . . . . . . . 4", "\\shipleaves . . . . . . . . . . 4",
        "\\signature . . . . . . . . . . . 5"]


def test_a_contents_continued_on_a_page_ends_with_its_last_entry():
    [talk] = run_text(_manual(BODY)).talks
    contents = [t.text for t in talk.contents]
    assert contents[0] == ENTRIES[0] and contents[-1] == "Index\t35"
    assert "Contents" in [t.text for t in talk.front]  # the heading is no entry (trial 45)
    assert [s.title.text for s in talk.sections][:2] == ["Overview", "Usage"]
    assert "prints them as one table" in " ".join(p.text for p in talk.sections[0].paragraphs)


def test_an_index_after_its_heading_is_no_contents():
    [talk] = run_text(_manual(BODY)).talks
    assert not any("shiparrives" in t.text for t in talk.contents)
    assert "\\shiparrives" in " ".join(p.text for p in talk.sections[-1].paragraphs)


def test_an_entry_too_long_for_its_leader_stays_in_the_contents():
    long_entry = "1.5 Ficha Catalográfica (Dados de catalogação-na-publicação) (obrigatório) 23"
    entries = ENTRIES[:6] + ["\f" + ENTRIES[6], ENTRIES[7], long_entry] + ENTRIES[9:12]
    text = "\n".join(["The harbourlog package", "Contents", *entries, "1 Overview",
                      "The harbourlog package records the arrivals and departures of every ship in the harbour.", ""])
    [talk] = run_text(text).talks
    contents = [t.text for t in talk.contents]
    assert long_entry in contents and contents[-1] == ENTRIES[11]
    assert long_entry not in [t.text for t in talk.front]


def _contents_page() -> list:
    """A PDF page of six chapter entries with leaders and page numbers under ``Contents``."""
    contents = [(EN, 20, 72, 760, "Contents")]
    y = 730
    for n in range(1, 7):
        contents.append((EN, 10, 72, y, f"{n} Chapter number {n} . . . . . . . . . . . . . . . . . . . . {n * 10}"))
        y -= 14
    return contents


def _thesis_pdf() -> bytes:
    contents = _contents_page()
    chapter = [(EN, 24, 72, 760, "General introduction"),
               (EN, 10, 90, 720, "A first section . . . . . . . . . . . . . . . 1"),
               (EN, 10, 90, 706, "A second section . . . . . . . . . . . . . . 4")]
    y = 680
    for line in BODY[1:3] * 2:
        chapter += justified(line.split(), 72, 523, y)
        y -= 12
    return drawn_pdf([contents, chapter])


def test_a_chapter_opening_the_next_page_ends_the_contents():
    [talk] = segment(clean(extract(_thesis_pdf(), name="thesis.pdf"))).talks
    contents = " ".join(t.text for t in talk.contents)
    assert "Chapter number 6" in contents and "General introduction" not in contents


def test_entries_without_page_numbers_closing_a_contents_page_stay_in_it():
    # a deck's agenda, its last entries giving no page (hitszbeamer): the page ends there, no body opens under them
    text = "\n".join(["The harbourlog package", "Contents", *ENTRIES[:6], "Schedule", "Open questions",
                      "\f1 Overview", BODY[1], BODY[2], ""])
    [talk] = run_text(text).talks
    assert [t.text for t in talk.contents][-2:] == ["Schedule", "Open questions"]


def _list_heading_pdf() -> bytes:
    contents = _contents_page()
    figures = [(EN, 14, 72, 760, "Figures and Tables")]
    y = 730
    for n in range(1, 7):
        figures.append((EN, 10, 72, y, f"Figure {n}. A harbour view . . . . . . . . . . . . . . . . . {n * 10 + 2}"))
        y -= 14
    return drawn_pdf([contents, figures])


def test_a_list_heading_over_a_page_of_entries_goes_on_with_the_contents():
    # erdc's report: ``Figures and Tables`` set larger atop a page of entries is the contents' list, no chapter
    [talk] = segment(clean(extract(_list_heading_pdf(), name="report.pdf"))).talks
    contents = [t.text for t in talk.contents]
    assert "Figures and Tables" in contents and "Contents" not in contents  # the heading is no entry (trial 45)


def test_a_chapter_number_alone_atop_the_next_page_is_the_body():
    # bgteubner: ``1`` / ``Einführung`` opening the page after the contents, a chapter's number over its title
    text = "\n".join(["The harbourlog package", "Contents", *ENTRIES[:6], "\f1", "Introduction", BODY[1], BODY[2], ""])
    [talk] = run_text(text).talks
    assert [t.text for t in talk.contents][-1] == ENTRIES[5]


def test_a_page_with_one_entry_goes_on_with_the_contents():
    # elteikthesis: a list's page holding its heading and one entry (``Algoritmusjegyzék`` / ``1. A general … 14``)
    text = "\n".join(["The harbourlog package", "Contents", *ENTRIES[:6], "\fAlgorithms",
                      f"1. A general interval algorithm{LEADER}14", "\f1 Overview", BODY[1], BODY[2], ""])
    [talk] = run_text(text).talks
    assert [t.text for t in talk.contents][-2:] == ["Algorithms", f"1. A general interval algorithm{LEADER}14"]
