"""A web address or DOI broken at a line's end is one address again (real-PDF trial: ``https://doi.org/10.1145/1188913.``
/ ``1188915`` came out with a space inside, ``doi:10.`` / ``1103/PhysRevLett.114.050511`` as two paragraphs, the
second one's ``18.120198`` read as a numbered line)."""

from __future__ import annotations

from tests.segment_inputs import run_text

BODY = ["Tidal Gauges on Small Harbours",
        "1 Introduction",
        "The harbour office has kept its tide gauge records since 1990, and the records were checked against the",
        "national survey in two rounds, as the earlier report describes in full for readers who want the detail.",
        "",
        "References",
        "[1] A. Harbour and B. Quay, Gauge drift in small ports, Coastal Eng. Lett., vol. 14, 2019. doi:10.",
        "1103/CoastEngLett.114.050511",
        "[2] C. Pier, Tide tables for ferries, Journal of Harbour Studies, vol. 7, 2020. https://doi.org/10.1103/Harb",
        "StudJ.7.120198",
        "[3] D. Dock, Survey methods for small harbours, 2021. Available at https://www.harbour-survey.",
        "org/methods/ for the full text.",
        "[4] E. Mole, Buoys and gauges, 2018. https://doi.org/10.1145/1188913.",
        "1188915"]


def _paragraphs() -> list[str]:
    (talk,) = run_text("\n".join(BODY) + "\n").talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_a_doi_broken_after_its_prefix_is_one_address():
    paragraphs = _paragraphs()
    assert any(p.endswith("doi:10.1103/CoastEngLett.114.050511") for p in paragraphs), paragraphs


def test_a_doi_broken_inside_a_word_is_one_address():
    paragraphs = _paragraphs()
    assert any(p.endswith("https://doi.org/10.1103/HarbStudJ.7.120198") for p in paragraphs), paragraphs


def test_an_address_broken_after_a_dot_takes_no_space():
    paragraphs = _paragraphs()
    assert any("https://www.harbour-survey.org/methods/ for the full text." in p for p in paragraphs), paragraphs
    assert any(p.endswith("https://doi.org/10.1145/1188913.1188915") for p in paragraphs), paragraphs


def test_a_word_after_an_address_keeps_its_space():
    (talk,) = run_text("\n".join([
        "Tidal Gauges on Small Harbours", "1 Introduction",
        "The harbour office keeps its tide gauge records and its methods at https://example.org/gauges",
        "and sends a copy of every record to the national survey office each year, as agreed in 1990.",
    ]) + "\n").talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert any("https://example.org/gauges and sends" in p for p in paragraphs), paragraphs


def _all_paragraphs(lines: list[str]) -> list[str]:
    (talk,) = run_text("\n".join(lines) + "\n").talks
    return [p.text for p in [*talk.front, *(p for s in talk.sections for p in s.paragraphs)]]


def test_a_numbered_item_after_an_address_is_no_piece_of_it():
    # review of 14759ac: a digit after a break mark was read as the address going on, so the next item of a list
    # (``2. The city archive…``) was glued onto ``https://example.org/`` with no space; a heading's number so too
    paragraphs = _all_paragraphs([
        "Notes on the Harbour Survey", "1 Sources",
        "The survey used three sources, listed here for the reader who wants to check every one of them.",
        "1. The port authority's open data, kept at https://example.org/",
        "2. The city archive's scanned ledgers of the years before the war.",
        "The ledgers were read twice, and the open data were kept at https://example.org/",
        "2 Methods",
        "The two sources were compared line by line for every year the ledgers cover."])
    assert not any("example.org/2" in p for p in paragraphs), paragraphs
