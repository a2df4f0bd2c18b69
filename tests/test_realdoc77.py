"""Session 77, helper realdoc77: the real documents the project's checks compare line by line (issue 16 points 2
and 7), each fault fixed by its kind.

a. A deck cover's title set over several lines alike (klis_slides: ``ほげほげ`` three times at 47 pt) is one title; a
   divider page whose frame-title line repeats the slide before's title is titled by its line set large (``補足``).
b. A dated signature under a text with no heading (jo.pdf's ``大正十三年一月廿日　　宮澤賢治``) is the document's closing
   block (``paper.closing``), not ``front`` nor the body's last paragraph.
c. A lone roman folio (klis_thesis's ``i`` on its contents page) where the arabic folios stand is page furniture.
e. AIAA's placeholder authors (``First A. Author∗ and Second B. Author∗`` / ``Third C. Author†``) are the authors.

Real PDFs: ``tests/golden/segment/realdocs`` (Unlicense) and ``tests/pdfs/jo.pdf`` (out of copyright).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified, text_width
from segmenting import authors_of, only_talk, segment_file, segment_pdf

HERE = Path(__file__).parent
REALDOCS = HERE / "golden" / "segment" / "realdocs"


@pytest.fixture(scope="module")
def klis_slides():
    [talk] = segment_file(REALDOCS / "klis_slides.pdf").talks
    return talk


# ---- a. klis_slides: a title over three lines alike; a divider page under a carried frame title

def test_a_cover_title_set_over_three_lines_alike_is_one_title(klis_slides) -> None:
    """The three 47 pt ``ほげほげ`` lines had given the title one of them, the other two slide 1's first lines."""
    assert klis_slides.title.ja.text == "ほげほげ" * 3
    cover = klis_slides.slides[0]
    assert cover.title.text == "ほげほげ" * 3 and "ほげほげ" not in [t.text for t in cover.lines]


def test_a_divider_page_is_titled_by_its_large_line_not_the_frame_title_carried_over(klis_slides) -> None:
    """Page 5 shows ``参考文献`` (page 4's frame title, kept in the headline) over ``補足`` at 47 pt: it had been titled
    ``参考文献``. The carried line stays on the slide (nothing lost)."""
    titles = [s.title.text if s.title else None for s in klis_slides.slides]
    assert titles == ["ほげほげ" * 3, "発表の流れ", "まとめと今後の課題", "参考文献", "補足", "xxの例"]
    assert [t.text for t in klis_slides.slides[4].lines] == ["参考文献"]


def _deck(second_body: tuple[str, float]) -> bytes:
    """Five landscape slides, ``Results`` on pages 3 and 4 at the frame title's place; page 4's line ``second_body``
    (text, size) under it."""
    size = (960.0, 540.0)
    cover = [(EN_BOLD, 40, 30, 380, "Harbour Crane Monitoring"), (EN, 24, 500, 150, "Anna Berg, Harbour Institute")]

    def slide(title: str, line: tuple[str, float]) -> list:
        return [(EN_BOLD, 26, 20, 505, title), (EN, line[1], 60, 420, line[0])]

    return drawn_pdf([cover, slide("Outline", ("Why the cranes shake and what we did", 24)),
                      slide("Results", ("Vibration fell by a third after the retrofit", 24)),
                      slide("Results", second_body), slide("Next steps", ("Fit the sensors to every crane", 24))],
                     size=size)


def test_a_divider_page_in_a_made_up_deck() -> None:
    talk = only_pdf_talk(_deck(("Appendix", 47)))
    assert [s.title.text for s in talk.slides][1:] == ["Outline", "Results", "Appendix", "Next steps"]


def test_near_miss_a_continued_slide_keeps_its_title() -> None:
    """Near miss (passes on the base too): ``Results`` again over a line in the body's size is the slide going on."""
    talk = only_pdf_talk(_deck(("Noise fell by half after the retrofit", 24)))
    assert [s.title.text for s in talk.slides][1:] == ["Outline", "Results", "Results", "Next steps"]


def only_pdf_talk(data: bytes):
    [talk] = segment_pdf(data).talks
    return talk


# ---- b. a dated signature under a text with no heading is its closing block

def test_jo_dated_signature_is_the_closing_block() -> None:
    """jo.pdf: the poet's date and name had stood in ``front`` (the talk JSON's ``front``, not ``paper.closing``)."""
    [talk] = segment_file(HERE / "pdfs" / "jo.pdf").talks
    assert [talk.front[k].text for k in talk.front_closing] == ["大正十三年一月廿日\u3000\u3000宮澤賢治"]
    assert talk.speaker.name.text == "宮澤賢治"


ESSAY = ("港町の夏祭りについて\n\n港町では毎年夏に夜祭りを開催している。多くの市民が参加し、町は大いににぎわう。\n\n"
         "今年も多くの方の参加をお待ちしています。\n\n{tail}\n")


@pytest.mark.parametrize("tail", ["令和六年七月一日\u3000\u3000山田太郎", "令和六年七月一日\n山田太郎"])
def test_a_prose_texts_dated_signature_is_its_closing_block(tail: str) -> None:
    """A prose text's date and signer had been its body's last paragraphs."""
    talk, _ = only_talk(ESSAY.format(tail=tail))
    assert [talk.front[k].text for k in talk.front_closing] == tail.split("\n")
    assert [p.text for p in talk.sections[0].paragraphs][-1] == "今年も多くの方の参加をお待ちしています。"


@pytest.mark.parametrize("tail", ["令和六年七月一日", "山田太郎"])
def test_near_miss_a_date_or_a_name_alone_stays_the_body(tail: str) -> None:
    """Near miss (passes on the base too): a date alone (a diary's entry) or a name alone closes the body as text."""
    talk, _ = only_talk(ESSAY.format(tail=tail))
    assert talk.front_closing == ()
    assert [p.text for p in talk.sections[0].paragraphs][-1] == tail


# ---- c. a lone roman folio on a front-matter page

def test_klis_thesis_roman_folio_is_page_furniture() -> None:
    doc = segment_file(REALDOCS / "klis_thesis.pdf")
    [talk] = doc.talks
    assert "i" not in [t.text for t in talk.front]
    assert [r.text for r in doc.ledger if r.reason == "page-number"] == ["i", "1", "2", "3", "4", "5", "6", "7"]


WORDS = ("The harbour cranes were fitted with sensors that record the vibration of each lift and send it to the "
         "office where it is read every morning").split()


def _right(text: str, x1: float, y: float, size: float = 10.9, font: str = EN) -> tuple:
    return (font, size, x1 - text_width(text, font, size), y, text)


def _thesis(folio: str, x1: float = 534.7) -> bytes:
    """A cover with no folio, a contents page with ``folio`` at the top right (right edge ``x1``, where the
    entries' page numbers end too), three chapter pages numbered 1 to 3 there."""
    cover = [(EN_BOLD, 20, 180, 560, "Harbour Crane Monitoring"), (EN, 17, 240, 300, "Anna Berg")]
    contents = [_right(folio, x1, 745), (EN_BOLD, 25, 60, 650, "Contents")]
    for k, entry in enumerate(("1 Introduction", "2 Method", "3 Results")):
        contents += [(EN, 10.9, 70, 560 - 20 * k, entry), _right(str(k + 1), x1, 560 - 20 * k)]
    chapters = [[_right(str(k), x1, 745), (EN_BOLD, 20.9, 60, 650, f"Chapter {k}")]
                + justified(WORDS[k:k + 14], 60, x1, 600, 10.9) + justified(WORDS[k + 14:], 60, x1, 586, 10.9)
                for k in (1, 2, 3)]
    return drawn_pdf([cover, contents, *chapters])


def test_a_lone_roman_folio_where_the_arabic_ones_stand_is_furniture() -> None:
    doc = segment_pdf(_thesis("i"))
    assert ("i", "page-number") in [(r.text, r.reason) for r in doc.ledger]


def test_near_miss_a_roman_numeral_elsewhere_stays_text() -> None:
    """Near miss (passes on the base too): ``iv`` on the second page is no folio counting from it."""
    doc = segment_pdf(_thesis("iv"))
    assert "iv" not in [r.text for r in doc.ledger]


# ---- e. AIAA's placeholder authors

AIAA = ("Bare-Bones LaTeX Template for AIAA Technical Conference Papers\n\n{names}\n"
        "Business or Academic Affiliation, City, Province, Zipcode, Country\n\n"
        "This is a bare-bones LaTeX template of a paper. It goes on for a while as an abstract does.\n\n"
        "I. Introduction\n\nThis would be a good place to insert some text that makes sense.\n")


def test_aiaa_placeholder_authors_are_the_authors() -> None:
    """Trial 76c: ``First A. Author∗ and Second B. Author∗`` had stayed front (``First`` a function word)."""
    talk, _ = only_talk(AIAA.format(names="First A. Author\u2217 and Second B. Author\u2217"))
    assert [name for name, _ in authors_of(talk)] == ["First A. Author", "Second B. Author"]


def test_a_single_initialled_author_with_a_note_mark_is_a_name() -> None:
    from pipeline.segment.names import is_person_name

    assert is_person_name("Third C. Author\u2020") and is_person_name("First A. Author\u2217 and Second B. Author\u2217")


def test_near_miss_marked_phrases_name_no_one() -> None:
    """Near miss (passes on the base too): phrases with marks and no initial are no names."""
    from pipeline.segment.names import is_person_name

    assert not is_person_name("First Steps\u2217 and Second Thoughts\u2217")
    assert not is_person_name("First A. Author")  # no mark: the words alone name no one
    assert not is_person_name("Eastvale Regional Transport*")
