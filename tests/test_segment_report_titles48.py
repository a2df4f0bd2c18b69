"""A report's title block: the subtitle right under its title is the talk's subtitle, and an unnumbered heading by
name before the first numbered one (``Executive Summary``) starts a section (issue 16: a technical report's subtitle
went to ``front``, its executive summary with it)."""

import pytest

from tests.pdfmaker import EN, EN_BOLD, drawn_pdf
from tests.segment_inputs import run_pdf, run_text

TITLE = "Harbour Crane Vibration Monitoring"
SUBTITLE = "Pilot Deployment Report, Winter 2023–2024"
SUMMARY = ("This report describes a pilot deployment of vibration sensors on four harbour",
           "cranes. The sensors ran for eleven months and reported hourly summaries.")
INTRO = ("Cranes in the harbour are inspected by hand twice a year. The pilot tested",
         "whether continuous monitoring could find faults earlier than inspections.")


def _check(talk, heading):
    assert talk.title.en.text == TITLE
    assert talk.subtitle.en is not None and talk.subtitle.en.text == SUBTITLE
    assert [t.text for t in talk.front] == []
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, heading), ("1", "Introduction"), ("2", "Method")]
    assert talk.sections[0].paragraphs[0].text == " ".join(SUMMARY)


@pytest.mark.parametrize("heading", ["Executive Summary", "Key Findings", "Summary"])
def test_text_dump(heading):
    text = "\n".join([TITLE, SUBTITLE, "", heading, "", *SUMMARY, "", "1. Introduction", "", *INTRO, "", "2. Method", "",
                      "Each crane carried three accelerometers fixed to the boom and the trolley.", ""])
    (talk,) = run_text(text).talks
    _check(talk, heading)


def test_pdf():
    page = [(EN_BOLD, 20, 72, 760, TITLE), (EN, 14, 72, 735, SUBTITLE), (EN_BOLD, 13, 72, 690, "Executive Summary"),
            (EN, 10, 72, 670, SUMMARY[0]), (EN, 10, 72, 657, SUMMARY[1]), (EN_BOLD, 13, 72, 625, "1. Introduction"),
            (EN, 10, 72, 605, INTRO[0]), (EN, 10, 72, 592, INTRO[1]), (EN_BOLD, 13, 72, 560, "2. Method"),
            (EN, 10, 72, 540, "Each crane carried three accelerometers fixed to the boom and the trolley.")]
    (talk,) = run_pdf(drawn_pdf([page])).talks
    _check(talk, "Executive Summary")


def test_authors_under_the_subtitle_stay_the_speaker():
    text = "\n".join([TITLE, SUBTITLE, "Maria Lindqvist and Tomas Berg", "Nordic Institute of Port Engineering, Gothenburg",
                      "", "1. Introduction", "", *INTRO, ""])
    (talk,) = run_text(text).talks
    assert talk.subtitle.en.text == SUBTITLE
    assert [a.name.text for a in talk.speaker.authors] == ["Maria Lindqvist", "Tomas Berg"]

