"""Title blocks from general evidence (trial 49): a display title over a smaller subtitle set apart from it and
wrapped over two lines, and a line of authors with bracketed affiliations wrapped onto a second line."""

from tests.pdfmaker import EN, EN_BOLD, EN_ITALIC, drawn_pdf
from tests.segment_inputs import run_pdf, run_text

TITLE = "Urban Heat in Harbour Districts"
SUBTITLE = ("Findings from Three Summers of Measuring Street Trees, Shade Structures and",
            "Cool Pavements")
AUTHORS = ("Prof. Ingrid Halvorsen (University of Bergen), Tomas Ferreira (Universidade do Porto), Keiko",
           "Morimoto (Osaka Metropolitan University)")
BODY = ("Thirty students from nine countries measured surface temperatures in three harbour districts during",
        "the summer of 2024 and compared the effect of trees, awnings and light-coloured paving materials.")


def _page(subtitle_size: float = 13, gap: float = 30) -> list:
    y = 760 - gap
    return [(EN_BOLD, 20, 72, 760, TITLE),
            (EN_ITALIC, subtitle_size, 72, y, SUBTITLE[0]), (EN_ITALIC, subtitle_size, 72, y - 15, SUBTITLE[1]),
            (EN, 10, 72, y - 45, AUTHORS[0]), (EN, 10, 72, y - 57, AUTHORS[1]),
            (EN_BOLD, 13, 72, y - 95, "1. Introduction"),
            (EN, 10, 72, y - 115, BODY[0]), (EN, 10, 72, y - 127, BODY[1])]


def _authors(talk):
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


EXPECTED_AUTHORS = [("Ingrid Halvorsen", "University of Bergen"), ("Tomas Ferreira", "Universidade do Porto"),
                    ("Keiko Morimoto", "Osaka Metropolitan University")]


def test_pdf_title_over_a_smaller_subtitle_set_apart():
    (talk,) = run_pdf(drawn_pdf([_page()])).talks
    assert talk.title.en.text == TITLE
    assert talk.subtitle.en is not None and talk.subtitle.en.text == " ".join(SUBTITLE)
    assert [t.text for t in talk.front] == []
    assert _authors(talk) == EXPECTED_AUTHORS
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction")]


def test_pdf_line_in_the_body_size_under_the_title_is_no_subtitle():
    # the line under the title set as the text under it (no size between the title's and the text's): no subtitle
    page = [(EN_BOLD, 20, 72, 760, TITLE), (EN, 10, 72, 730, BODY[0]), (EN, 10, 72, 718, BODY[1])]
    (talk,) = run_pdf(drawn_pdf([page])).talks
    assert talk.title.en.text == TITLE
    assert talk.subtitle.en is None


def test_text_wrapped_bracketed_authors():
    text = "\n".join([TITLE, "", *AUTHORS, "", "1. Introduction", "", *BODY, ""])
    (talk,) = run_text(text).talks
    assert talk.title.en.text == TITLE
    assert _authors(talk) == EXPECTED_AUTHORS


def test_text_wrapped_inside_the_brackets():
    authors = ("Ingrid Halvorsen (University of Bergen), Tomas Ferreira (Universidade do Porto), Keiko Morimoto (Osaka",
               "Metropolitan University)")
    text = "\n".join([TITLE, "", *authors, "", "1. Introduction", "", *BODY, ""])
    (talk,) = run_text(text).talks
    assert _authors(talk) == EXPECTED_AUTHORS


def test_thesis_cover_university_over_the_title_is_the_course_s_institution():
    text = "\n".join(["北陸理工大学大学院 生命科学研究科", "", "博士論文", "", "寒冷地における水田土壌微生物の",
                      "窒素循環機能に関する研究", "", "生物資源学専攻", "学籍番号 D21-0093", "松井 陽菜", "",
                      "2026年2月10日", "\f第1章 序論", "", "1.1 背景",
                      "寒冷地の水田では冬季の土壌凍結が窒素の動態に影響を与えることが知られている。", ""])
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "寒冷地における水田土壌微生物の窒素循環機能に関する研究"
    assert talk.speaker.name.text == "松井 陽菜"
    assert talk.speaker.affiliation.text == "北陸理工大学大学院 生命科学研究科生物資源学専攻"
    assert "北陸理工大学大学院 生命科学研究科" not in [t.text for t in talk.front]


def test_english_thesis_cover():
    text = "\n".join(["Northfield University", "", "A Thesis Submitted for the Degree of Master of Science", "",
                      "Seasonal Growth of Eelgrass Meadows in a Shallow Estuary", "", "Department of Marine Biology",
                      "Hannah Lindqvist", "", "June 2025", "", "1. Introduction", "",
                      "Eelgrass meadows shelter juvenile fish and stabilise sediments in shallow estuaries.", ""])
    (talk,) = run_text(text).talks
    assert talk.title.en.text == "Seasonal Growth of Eelgrass Meadows in a Shallow Estuary"
    assert talk.speaker.name.text == "Hannah Lindqvist"
    assert talk.speaker.affiliation.text == "Northfield University, Department of Marine Biology"


def test_organisation_over_a_report_stays_front_when_the_author_names_an_institution():
    text = "\n".join(["Harbury Water Trust", "", "Leak Detection on Rural Mains", "",
                      "Department of Civil Engineering, Northfield University", "Hannah Lindqvist", "",
                      "1. Introduction", "", "Rural mains lose a fifth of the water they carry through small leaks.", ""])
    (talk,) = run_text(text).talks
    assert "Harbury Water Trust" in [t.text for t in talk.front]


MINUTES_HEAD = ["RIVERBEND ALLOTMENT SOCIETY", "Minutes of the Committee Meeting held on 4 February 2026 at 6.30 pm", "",
                "Present: Anna Kowalski (Chair), Ben Osei, Clara Jones", ""]
ITEMS = ["1. Apologies", "None were received.", "", "2. Water supply", "The new standpipe was fitted on 20 January.",
         "Action: BO to check the meter monthly.", "", "3. Any other business", "The shed roof needs repair before spring."]


def _minutes(*closing):
    (talk,) = run_text("\n".join(MINUTES_HEAD + ITEMS + list(closing) + [""])).talks
    return talk


def test_minutes_closing_statement_apart_from_the_last_item():
    talk = _minutes("", "The meeting closed at 7.45 pm.", "", "Signed: .............................. (Chair)",
                    "Anna Kowalski", "Date: 4 March 2026")
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert [p.text for p in talk.sections[-1].paragraphs] == ["The shed roof needs repair before spring."]
    front = [t.text for t in talk.front]
    assert "The meeting closed at 7.45 pm." in front and "Anna Kowalski" in " ".join(front)


def test_minutes_closing_statement_under_the_last_item_with_no_blank_line():
    talk = _minutes("Meeting adjourned at 7.45 pm.")
    assert [p.text for p in talk.sections[-1].paragraphs] == ["The shed roof needs repair before spring."]
    assert "Meeting adjourned at 7.45 pm." in [t.text for t in talk.front]


def test_minutes_sentence_about_closing_something_else_stays():
    talk = _minutes("The meeting closed the discussion of fees and asked members to write to the Treasurer.")
    assert "The meeting closed the discussion" in " ".join(p.text for p in talk.sections[-1].paragraphs)


FIGURE_BELOW = """Groundwater Levels at Three Wells

1. Results

Water levels fell through the dry season and recovered within two weeks of the first heavy rain, as the
figure below shows for all three wells.

Figure 4: Water level by month at wells A, B and C.
12 m
10 m
8 m
Apr
Jul
Oct

Well B recovered more slowly than the others because it draws on the deeper aquifer.
"""


def test_figure_text_under_a_caption_set_over_its_figure():
    doc = run_text(FIGURE_BELOW)
    (talk,) = doc.talks
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "Figure 4: Water level by month at wells A, B and C." in texts
    assert not any(t in ("12 m", "Apr", "Oct") or t.startswith("12 m") for t in texts)
    assert sum(r.reason == "figure-text" for r in doc.ledger) == 6
    assert texts[-1].startswith("Well B recovered")


def test_pdf_centred_heading_with_its_last_word_alone_on_the_second_line():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    body = ("Loads on the boom were logged every second during the whole of the winter trial, and the",
            "largest of them came with the first gales of the season, as the following section shows.")
    axis = 72 + max(stringWidth(s, "Helvetica", 10) for s in body) / 2
    heading = ("Seasonal Behaviour of the Crane Boom", "Sensors")

    def centred(text, y):
        return (EN_BOLD, 14, axis - stringWidth(text, "Helvetica-Bold", 14) / 2, y, text)

    page = [(EN_BOLD, 14, 72, 760, "1. Results"), (EN, 10, 72, 740, body[0]), (EN, 10, 72, 727, body[1]),
            centred(heading[0], 690), centred(heading[1], 673),
            (EN, 10, 72, 650, body[0]), (EN, 10, 72, 637, "largest of them came with the first gales.")]
    (talk,) = run_pdf(drawn_pdf([page])).talks
    titles = [s.title.text for s in talk.sections]
    assert "Sensors" not in titles and "Sensors" not in [p.text for s in talk.sections for p in s.paragraphs]
    assert " ".join(heading) in titles + [p.text for s in talk.sections for p in s.paragraphs]
