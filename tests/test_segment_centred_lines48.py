"""A caption or a heading centred over two lines is one (issue 16: a centred heading's two lines became two sections,
a centred caption two paragraphs)."""

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.pdfmaker import EN, EN_BOLD, drawn_pdf
from tests.segment_inputs import paragraphs, run_pdf, run_text

CAPTION = ("Figure 2: Mean boom amplitude by month and by crane,", "measured at the boom's tip sensor")
HEADING = ("Seasonal Behaviour of the Boom Sensors", "during the Winter Months")


BODY = ("The boom sensors recorded the largest amplitudes during loading. Peaks were",
        "highest in the coldest weeks of the trial, as the following figure shows.",
        "The trolley sensors showed no seasonal pattern at all over the trial period.")
# the text block: the body's lines, flush left at 72 pt; a centred line stands on its axis
AXIS = 72 + max(stringWidth(s, "Helvetica", 10) for s in BODY) / 2


def _centred(font, size, y, text):
    face = {EN: "Helvetica", EN_BOLD: "Helvetica-Bold"}[font]
    return (font, size, AXIS - stringWidth(text, face, size) / 2, y, text)


def test_a_pdf_s_centred_caption_and_heading_are_one_each():
    page = [(EN_BOLD, 14, 72, 760, "1. Results"),
            (EN, 10, 72, 740, BODY[0]), (EN, 10, 72, 727, BODY[1]),
            _centred(EN, 9, 700, CAPTION[0]), _centred(EN, 9, 689, CAPTION[1]),
            (EN, 10, 72, 665, BODY[2]),
            _centred(EN_BOLD, 14, 630, HEADING[0]), _centred(EN_BOLD, 14, 613, HEADING[1]),
            (EN, 10, 72, 590, "The boom sensors recorded the largest amplitudes during loading. Peaks were"),
            (EN, 10, 72, 577, "highest in the coldest weeks of the trial.")]
    talk = run_pdf(drawn_pdf([page])).talks[0]
    assert " ".join(CAPTION) in paragraphs(talk)
    assert [s.title.text for s in talk.sections] == ["Results", " ".join(HEADING)]


def test_a_dump_s_centred_heading_is_one_paragraph():
    text = "\n".join([
        "1. Results", "",
        "The boom sensors recorded the largest amplitudes during loading. Peaks were",
        "highest in the coldest weeks of the whole trial period, as the table shows.", "",
        "             " + HEADING[0], "                   " + HEADING[1], "",
        "The boom sensors recorded the largest amplitudes during loading. Peaks were",
        "highest in the coldest weeks of the whole trial period.", ""])
    talk = run_text(text).talks[0]
    assert " ".join(HEADING) in paragraphs(talk) + [s.title.text for s in talk.sections]
    assert HEADING[1] not in paragraphs(talk)


def test_flush_left_short_lines_are_not_read_as_centred():
    text = "\n".join(["1. Results", "", "    Harbour Road", "    Northgate", "", "The boom sensors recorded it.", ""])
    texts = paragraphs(run_text(text).talks[0])
    assert "Northgate" not in " ".join(t for t in texts if "Harbour" in t)
