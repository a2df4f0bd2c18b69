"""A figure's own text (tick labels, axis and box labels) over its caption is set aside to the ledger, reason
``figure-text``, nothing lost; the caption stays a paragraph (issue 16: a chart's ticks and month labels had become
paragraphs, and a Japanese ``2月`` a numbered section)."""

from tests.pdfmaker import EN, EN_BOLD, drawn_pdf
from tests.segment_inputs import paragraphs, run_pdf, run_text

EN_TEXT = """Harbour Crane Vibration Monitoring

1. Results

The boom sensors recorded the largest amplitudes during loading. Peaks were
highest in the coldest weeks, as the following figure shows.

0.8
0.6
0.4
0
Jan
Feb
Mar
Figure 2: Mean boom amplitude by month, all four cranes.

The trolley sensors showed no seasonal pattern at all over the trial period.
"""

JA_TEXT = """港湾クレーンの振動監視

1. 結果

ブームのセンサーは荷役中に最大の振幅を記録した。振幅は最も寒い週に大きかった。

0.8
0.6
0.4
1月
2月
3月
図2 月別の平均振幅

トロリーのセンサーには季節による変化は見られなかった。
"""


def _figure_rows(doc):
    return [(r.text, r.rule) for r in doc.ledger if r.reason == "figure-text"]


def test_an_english_dump_sets_a_chart_s_labels_aside():
    doc = run_text(EN_TEXT)
    (talk,) = doc.talks
    assert [s.number for s in talk.sections] == ["1"]
    texts = paragraphs(talk)
    assert texts[1] == "Figure 2: Mean boom amplitude by month, all four cranes."
    assert len(texts) == 3
    assert [t for t, _ in _figure_rows(doc)] == ["0.8", "0.6", "0.4", "0", "Jan", "Feb", "Mar"]
    assert {rule for _, rule in _figure_rows(doc)} == {"set_aside_figure_text"}


def test_a_japanese_dump_s_month_labels_are_no_sections():
    doc = run_text(JA_TEXT)
    (talk,) = doc.talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "結果")]
    assert paragraphs(talk)[1] == "図2 月別の平均振幅"
    assert [t for t, _ in _figure_rows(doc)] == ["0.8", "0.6", "0.4", "1月", "2月", "3月"]


def test_a_pdf_chart_s_labels_are_set_aside():
    page = [(EN_BOLD, 14, 72, 760, "1. Results"),
            (EN, 10, 72, 740, "The boom sensors recorded the largest amplitudes during loading. Peaks were"),
            (EN, 10, 72, 727, "highest in the coldest weeks of the trial, as the following figure shows."),
            (EN, 8, 80, 700, "0.8"), (EN, 8, 80, 670, "0.4"), (EN, 8, 80, 640, "0"), (EN, 8, 60, 660, "mm"),
            (EN, 8, 110, 628, "Jan"), (EN, 8, 200, 628, "Feb"), (EN, 8, 290, 628, "Mar"),
            (EN, 10, 72, 605, "Figure 2: Mean boom amplitude by month, all four cranes."),
            (EN, 10, 72, 580, "The trolley sensors showed no seasonal pattern at all over the trial period.")]
    doc = run_pdf(drawn_pdf([page]))
    texts = paragraphs(doc.talks[0])
    assert texts[1:] == ["Figure 2: Mean boom amplitude by month, all four cranes.",
                         "The trolley sensors showed no seasonal pattern at all over the trial period."]
    assert sorted(t for t, _ in _figure_rows(doc)) == sorted(["0.8", "0.4", "0", "mm", "Jan", "Feb", "Mar"])


def test_short_lines_without_a_figure_s_caption_stay():
    text = EN_TEXT.replace("Figure 2: Mean", "Table 2: Mean")
    doc = run_text(text)
    assert _figure_rows(doc) == []
    assert "Jan" in " ".join(paragraphs(doc.talks[0]))
