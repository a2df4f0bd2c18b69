"""A PDF's largest line at the top of its first page is the title to beat, helper pdftitle54 (trial 54b): a
newsletter's masthead over its issue line and its articles in two columns, a leaflet's large title over a smaller
address line and its office. Made-up PDFs (reportlab), other places and words than the trial's: the kinds, not the
cases. Negatives: a journal's name set large over a paper's title and authors keeps the paper's title; a two-column
paper's centred author lines stay front matter."""

from __future__ import annotations

import pytest

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, text_width
from segment_inputs import run_pdf

LETTER = (612.0, 792.0)


def _column(x: float, top: float, articles: list[tuple[str, list[str]]]) -> list:
    """Runs for articles set one under another in a column at ``x``: a 12 pt bold heading over its 9.5 pt lines."""
    runs, y = [], top
    for head, body in articles:
        runs.append((EN_BOLD, 12, x, y, head))
        y -= 17
        for line in body:
            runs.append((EN, 9.5, x, y, line))
            y -= 12.5
        y -= 12
    return runs


ARTICLES_1 = [
    ("Parish Council Elections", ["Nominations for the six seats on the parish council open on", "2 September and close "
                                  "at noon on 20 September. Forms are", "available from the clerk at the village hall."]),
    ("Bus Timetable Changes", ["From 7 October the number 42 bus will run every half hour", "on weekday mornings "
                               "instead of every hour. Evening journeys", "stay as they are until the spring."]),
]
ARTICLES_2 = [
    ("Leisure Centre Pool Reopens", ["The swimming pool at the leisure centre reopens on 14", "October after its new roof "
                                     "was fitted. Early swims start at", "seven in the morning on weekdays."]),
    ("Allotment Society Needs Helpers", ["The allotment society is looking for helpers to mend the",
                                         "fences and the water tanks. Work will take place in",
                                         "November, and tools will be lent free of charge."]),
]


def _bulletin() -> bytes:
    page = [(EN_BOLD, 22, 50, 730, "Hillcrest Parish Bulletin"),
            (EN, 10, 50, 710, "Autumn 2024 | No. 9 | Delivered free to every home"),
            *_column(50, 680, ARTICLES_1), *_column(320, 680, ARTICLES_2),
            (EN, 8, 300, 30, "1")]
    return drawn_pdf([page], size=LETTER)


def test_a_newsletter_s_masthead_is_its_title_its_issue_line_front():
    [talk] = run_pdf(_bulletin()).talks
    assert talk.title.en is not None and talk.title.en.text == "Hillcrest Parish Bulletin"
    assert "Autumn 2024 | No. 9 | Delivered free to every home" in [t.text for t in talk.front]
    assert talk.subtitle.en is None or "Autumn" not in talk.subtitle.en.text


def test_a_newsletter_s_article_headings_are_sections_never_the_speaker():
    [talk] = run_pdf(_bulletin()).talks
    heads = [h for h, _ in ARTICLES_1 + ARTICLES_2]
    assert talk.speaker is None or talk.speaker.text is None or talk.speaker.text.text not in heads
    assert [s.title.text for s in talk.sections] == heads
    # each article's text is its own section's, none in the front
    for section, (_, body) in zip(talk.sections, ARTICLES_1 + ARTICLES_2):
        assert [p.text for p in section.paragraphs] == [" ".join(body)]
    assert not any(h in t.text for t in talk.front for h in heads)


def test_a_leaflet_s_large_title_beats_the_smaller_lines_under_it():
    page = [(JA, 20, 60, 750, "粗大ごみの申し込み方"),
            (JA, 12, 60, 710, "市民の みなさんへ"),
            (JA, 12, 60, 688, "南山市　環境課"),
            (JA, 14, 60, 640, "1　申し込み"),
            (JA, 12, 60, 610, "電話で申し込んでください。"),
            (JA, 12, 60, 580, "受付は平日の朝9時からです。"),
            (JA, 14, 60, 540, "2　出す日"),
            (JA, 12, 60, 510, "決められた日の朝に出してください。"),
            (JA, 12, 60, 480, "シールを貼ってください。")]
    [talk] = run_pdf(drawn_pdf([page])).talks
    assert talk.title.ja is not None and talk.title.ja.text == "粗大ごみの申し込み方"
    assert "市民の みなさんへ" in [t.text for t in talk.front]
    # the office under the greeting is the leaflet's issuer: its city read from it
    assert talk.city.ja is not None and talk.city.ja.text == "南山市"
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "申し込み"), ("2", "出す日")]


def test_a_journal_s_name_set_large_over_a_paper_keeps_the_paper_s_title():
    # the journal's name is the largest line, but the paper's title block (its title right over its authors) should win
    body = ["Tide gauges in small harbours are few, and most of them were set up for navigation rather",
            "than for flood warning. We compare three low-cost gauges installed on one quay over a year."]
    page = [(EN_BOLD, 20, 72, 760, "Journal of Coastal Planning"),
            (EN_BOLD, 14, 72, 720, "Low-Cost Tide Gauges in Small Harbours"),
            (EN, 10, 72, 700, "Maria Lindqvist and Tomas Berg"),
            (EN, 10, 72, 686, "Uppsala University, Sweden"),
            (EN_BOLD, 11, 72, 660, "Abstract"),
            (EN, 10, 72, 645, body[0]), (EN, 10, 72, 632, body[1])]
    [talk] = run_pdf(drawn_pdf([page])).talks
    assert talk.title.en is not None and talk.title.en.text == "Low-Cost Tide Gauges in Small Harbours"
    assert talk.speaker is not None and "Maria Lindqvist" in talk.speaker.text.text


def test_a_two_column_paper_s_centred_authors_stay_front_its_right_column_heading_a_section():
    # negative and positive at once: the title block's centred lines (12 pt authors over a 10 pt body) are front
    # matter, while a heading in the right column (off the text block's left edge) heads its text
    axis = 306.0

    def centred(font, size, y, text):
        return (font, size, axis - text_width(text, font, size) / 2, y, text)

    left = ["Small harbours keep few records of their", "tides, and the records they keep were made",
            "for pilots, not for the people on the quay.", "We set three gauges on one quay for a year."]
    right = ["The three gauges agreed within two", "centimetres on most days, and the cheapest",
             "of them drifted least over the winter.", "Two of them failed once in the cold week."]
    page = [centred(EN_BOLD, 16, 740, "Reading the Tide on a Small Quay"),
            centred(EN, 12, 716, "Anna Berg and Kenji Mori"),
            centred(EN, 10, 700, "Northfield Institute of Technology"),
            (EN_BOLD, 11, 50, 660, "Why Gauges Matter Here"),
            *[(EN, 10, 50, 645 - 12 * k, s) for k, s in enumerate(left)],
            (EN_BOLD, 11, 320, 660, "What the Gauges Showed"),
            *[(EN, 10, 320, 645 - 12 * k, s) for k, s in enumerate(right)]]
    [talk] = run_pdf(drawn_pdf([page], size=LETTER)).talks
    assert talk.title.en is not None and talk.title.en.text == "Reading the Tide on a Small Quay"
    heads = [s.title.text for s in talk.sections]
    assert heads == ["Why Gauges Matter Here", "What the Gauges Showed"]
    assert "Northfield Institute of Technology" not in heads
    assert " ".join(p.text for p in talk.sections[1].paragraphs) == " ".join(right)
