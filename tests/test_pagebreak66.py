"""A running head or foot a PDF leaves in the body (the same words at the edge of other pages) is no half of a sentence
cut by the page break: paper66's rule (a line ending no sentence at a page's foot goes on into a line opening in small
letters atop the next) had joined ``vol. 3, no. 2`` to ``harbour review``, and the two, no copy of the other pages'
head and foot any more, had become headings (test_segment_pdf_heading_evidence's running-head test failed after the
merge; helper fix66c). A sentence really cut by the break still goes on.

Made-up PDFs (reportlab: Helvetica body, Helvetica-Bold headings), built as test_segment_pdf_heading_evidence's."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD  # noqa: E402
from test_segment_pdf_heading_evidence import _pdf, _sections, _talk, _text  # noqa: E402

BODY = {"en": ["Rainfall at the upland gauges was logged twice a day by the wardens who kept the station open,",
               "and each reading was entered in the ledger before noon, the totals checked against the radio feed.",
               "A third of the gauges were moved in spring, so the winter figures stand on the older sites."],
        "fr": ["Les relevés des stations de montagne ont été notés deux fois par jour par les gardes du parc,",
               "puis chaque mesure a été reportée dans le registre avant midi et vérifiée par un second garde.",
               "Un tiers des stations a été déplacé au printemps, et les chiffres d'hiver portent sur les anciennes."]}


def _body(lang: str, k: int = 3) -> list[tuple[str, float, str]]:
    return [(EN, 10.0, line) for line in BODY[lang][:k]]


def _pages(lang: str, head: list[str], foot: list[str], titles: list[str]) -> list[list[tuple[str, float, str]]]:
    h = [(EN, 12.0, s) for s in head]
    f = [(EN, 12.0, s) for s in foot]
    return [[(EN_BOLD, 10.0, titles[0]), *_body(lang), *_body(lang)],
            [*h, *_body(lang), (EN_BOLD, 10.0, titles[1]), *_body(lang), *f],
            [*h, (EN_BOLD, 10.0, titles[2]), *_body(lang), *_body(lang), *f]]


def test_a_running_foot_ending_no_sentence_takes_no_running_head_in_small_letters_on() -> None:
    talk = _talk(_pdf(_pages("en", ["upland gauge notes", "Rainfall"], ["issue 7, spring"],
                             ["1. Gauges", "2. Readings", "3. Totals"])))
    assert _sections(talk) == [("1", 1, "Gauges"), ("2", 1, "Readings"), ("3", 1, "Totals")]
    assert _text(talk).count("upland gauge notes") == 2 and _text(talk).count("issue 7, spring") == 2


def test_a_french_running_foot_and_head_stay_apart() -> None:
    talk = _talk(_pdf(_pages("fr", ["cahiers du parc", "Relevés"], ["tome 12, fascicule 3"],
                             ["1. Stations", "2. Mesures", "3. Bilans"])))
    assert _sections(talk) == [("1", 1, "Stations"), ("2", 1, "Mesures"), ("3", 1, "Bilans")]
    assert _text(talk).count("cahiers du parc") == 2


def test_a_lone_running_foot_is_no_heading() -> None:
    # a strict xfail until helper page67: the foot closing pages 2 and 3 of 3 had been an unnumbered heading each time
    # (furniture._closing_feet)
    pages = [[(EN_BOLD, 10.0, "1. Gauges"), *_body("en"), *_body("en")],
             [(EN, 10.0, "the totals were checked once more."), *_body("en"), (EN_BOLD, 10.0, "2. Readings"),
              *_body("en"), (EN, 12.0, "bulletin of the upland wardens")],
             [(EN, 10.0, "the totals were checked once more."), *_body("en"), *_body("en"),
              (EN, 12.0, "bulletin of the upland wardens")]]
    assert _sections(_talk(_pdf(pages))) == [("1", 1, "Gauges"), ("2", 1, "Readings")]


def test_a_sentence_cut_by_the_page_break_still_goes_on() -> None:
    # near miss: no line repeated at the pages' edges; the sentence cut at page 1's foot goes on atop page 2
    pages = [[(EN_BOLD, 10.0, "1. Gauges"), *_body("en"), (EN, 10.0, "The wardens moved the gauge on the north ridge to")],
             [(EN, 10.0, "the sheltered hut below it, where the wind no longer tipped the funnel."), *_body("en")]]
    text = _text(_talk(_pdf(pages)))
    assert "north ridge to the sheltered hut" in text
