"""Papers' code listings and back matter (issue 16 point 2, helper paper67; real PDFs: Debian's R vignettes lmtest,
sandwich, strucchange, /work/regress/real66b). Made-up ReportLab inputs in tests/data/paper67 (made by
``make_paper67.py`` there; also under /work/regress/in_paper67/).

- A console's command set in a listing's face (``R> …``, ``> …``) is code even alone between two sentences and even
  where it ends on a comma; R's ``+`` continuation line after it goes with it; the whole listing, input and output, is
  one ``code`` paragraph with its lines kept. TeX's slanted typewriter face (``CMSLTT10``, Sweave's input) is
  monospaced.
- ``Affiliation:`` after the references heads the authors' addresses (a closing contact block), no reference entries.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.model import Text

INPUTS = Path(__file__).parent / "data" / "paper67"


def _talk(tmp_path, name):
    from pipeline import files
    from pipeline.driver import run_one
    from pipeline.structure.schema import schema_errors

    raw = tmp_path / name
    shutil.copy(INPUTS / name, raw)
    run_one(raw, tmp_path / "out")
    folder = files.talks_dir(tmp_path / "out", files.safe_stem(raw))
    [talk_file] = [p for p in folder.glob("*.json") if p.name != "index.json"]
    talk = json.loads(talk_file.read_text(encoding="utf-8"))
    assert schema_errors(talk) == []
    return talk


def _paragraphs(talk):
    """``(section title, kind, text)`` of every paragraph of the paper's sections, in order."""
    return [(s["title"], p.get("kind"), p["text"]) for s in talk["paper"]["sections"] for p in s["paragraphs"]]


def test_an_r_listing_with_a_continuation_line_is_one_code_block(tmp_path):
    paras = _paragraphs(_talk(tmp_path, "p67_code_prompt.pdf"))
    code = [text for _, kind, text in paras if kind == "code"]
    assert code[0].split("\n") == ["R> set.seed(123)", "R> x <- rnorm(250)", "R> fm <- glm(y ~ x + I(x^2),",
                                   "+   family = poisson)", "R> coef(fm)", "(Intercept)           x      I(x^2)",
                                   "     1.0633      0.9961     -0.0491"]
    assert code[1:] == ["R> summary(fm)"]  # alone between two sentences
    assert [text for _, kind, text in paras if kind is None][2] == \
        "A single command prints the summary of the fitted model, which we do not show here:"


def test_a_command_alone_after_a_clause_is_no_part_of_its_sentence(tmp_path):
    paras = _paragraphs(_talk(tmp_path, "p67_code_slanted.pdf"))
    assert [(kind, text) for _, kind, text in paras] == [
        (None, "The series is loaded and differenced before the test is applied, as shown below:"),
        ("code", "> data(prices)\n> dwtest(dy ~ 1, data = prices)\n        Durbin-Watson test\ndata:  dy ~ 1\n"
                 "DW = 1.0581, p-value < 2.2e-16"),
        (None, "In the autoregressive model given by"),
        ("code", "> ar.model <- dy ~ dy1 + dy2 + dy3"),
        (None, "there is no remaining serial correlation in the residuals, and the test does not reject.")]


def test_a_url_in_the_typewriter_face_and_a_quoted_line_stay_prose(tmp_path):
    paras = _paragraphs(_talk(tmp_path, "p67_code_near.pdf"))
    assert all(kind is None for _, kind, _ in paras)
    assert [text for _, _, text in paras][0].endswith("at the address https://CRAN.R-project.org/package=example")
    assert "> The package installs without any problems on my machine and works well." in [t for _, _, t in paras]


@pytest.mark.parametrize("font, mono", [("DJYMJQ+CMSLTT10", True), ("CMITT10", True), ("CMTT10", True),
                                        ("LMMonoSlant10-Regular", True), ("CMSL10", False), ("CMTI10", False),
                                        ("CMSS10", False)])
def test_tex_slanted_and_italic_typewriter_faces_are_monospaced(font, mono):
    from pipeline.segment.linekinds import monospace

    assert monospace(font) is mono


@pytest.mark.parametrize("name, label, lines", [
    ("p67_affil_after_refs.pdf", "Affiliation:", ["Hanna Schmidt", "Department of Statistics", "University of Example",
                                                  "Examplestr. 15", "6020 Example City, Austria",
                                                  "E-mail: Hanna.Schmidt@example.org",
                                                  "URL: https://www.example.org/~schmidt/"]),
    ("p67_affils_after_refs.pdf", "Affiliations:", ["Hanna Schmidt", "University of Example",
                                                    "E-mail: h.schmidt@example.org", "Peter Novak",
                                                    "Institute for Advanced Studies", "Vienna, Austria"]),
])
def test_an_affiliation_block_after_the_references_is_no_reference(tmp_path, name, label, lines):
    talk = _talk(tmp_path, name)
    sections = talk["paper"]["sections"]
    assert [s["title"] for s in sections][-1] == "References"
    assert [p["text"] for p in sections[-1]["paragraphs"]] == [
        "Smith J (2001). \u201cPanel Data Methods.\u201d Journal of Examples, 3(2), 1\u201317.",
        "Jones K, Brown L (2005). Applied Regression Analysis. Example Press, Berlin."]
    # the block under its heading is the paper's closing block, heading first (a section titled by its heading until
    # helper close82, issue 16: a contact block under a heading no number counts closes the document)
    assert [p["text"] for p in talk["paper"]["closing"]] == [label, *lines]
    assert talk["paper"]["front"] == []  # the e-mail and the URL stay in the block


def test_a_reference_titled_affiliation_stays_a_reference(tmp_path):
    sections = _talk(tmp_path, "p67_refs_near.pdf")["paper"]["sections"]
    assert sections[-1]["title"] == "References"
    assert "Smith J (2009). \u201cAffiliation: A Study of Networks.\u201d" in [p["text"] for p in sections[-1]["paragraphs"]]


def _raw_lines(name):
    from pipeline.extract import extract

    return [line for line in extract((INPUTS / name).read_bytes(), name=name).lines if line]


def test_a_closing_brace_alone_keeps_the_next_paragraphs_first_letter_off():
    lines = _raw_lines("p67_code_brace.pdf")
    assert lines.count("}") == 2
    assert "The actual function in the package is much more complex, as it also handles weights and offsets" in lines
    assert "For computing other estimates, the argument could also be set to another function that returns" in lines


def test_the_brace_listing_is_one_code_block_and_the_paragraph_whole(tmp_path):
    paras = _paragraphs(_talk(tmp_path, "p67_code_brace.pdf"))
    code = [text for _, kind, text in paras if kind == "code"]
    assert code[0] == "estfun.lm <- function(obj, ...)\n{\n  wts <- weights(obj)\n" \
                      "  residuals(obj) * wts * model.matrix(obj)\n}"
    assert [text for _, kind, text in paras if kind is None][1].startswith("The actual function")


def test_a_brace_over_an_indented_line_keeps_its_white_and_stacked_labels_stay():
    lines = _raw_lines("p67_stack_near.pdf")
    assert "A B" in lines  # a chart's curve labels touch no line: left as pdfminer stacked them
    # the indented line's first white glyph had been stacked under the brace (``} ``)
    assert lines[-2:] == ["}", "    The growth of both curves slows down after the tenth year of the observation period."]


@pytest.mark.parametrize("name, want", [
    ("p67_marks_dingbat.pdf", [("Achim Zeileis", ["\u2020"], "Institut f\u00fcr Statistik, Technische Universit\u00e4t Wien, Austria"),
                               ("Torsten Hothorn", ["\u2021"],
                                "Institut f\u00fcr Medizininformatik, Universit\u00e4t Erlangen-N\u00fcrnberg, Germany")]),
    ("p67_marks_circled.pdf", [("Maria Lindqvist", ["*"], "Department of Statistics, University of Bergen, Norway"),
                               ("Tomas Okafor", ["\u2020"], "School of Economics, Kobe University, Japan"),
                               ("Anna Berg", ["\u2021"], "Institute of Ports, Hamburg, Germany")]),
])
def test_affiliation_lines_whose_marks_read_otherwise_pair_with_the_authors_in_order(tmp_path, name, want):
    talk = _talk(tmp_path, name)
    assert [(a["name"], a["marks"], a["affiliation"]) for a in talk["speaker"]["authors"]] == want
    assert talk["paper"]["front"] == []  # no affiliation line left over as the paper's text


def test_one_symbol_line_for_two_marked_authors_pairs_nothing():
    from pipeline.segment.authors import marks_in_order

    assert marks_in_order([Text.from_raw("\u2778Institut f\u00fcr Statistik, Wien", 3)], ["\u2020", "\u2021"]) == {}
    assert marks_in_order([Text.from_raw("\u2778Wien", 3), Text.from_raw("\u2778Erlangen", 4)], ["\u2020", "\u2021"]) == {}


def test_an_equation_number_on_its_displays_baseline_goes_with_the_display():
    from pipeline.model import LineLayout
    from pipeline.segment.layout import Layout
    from pipeline.segment.paragraphs import numbers_display

    lines = [Text.from_raw("yi = x⊤ i β + ui", 1), Text.from_raw("(i = 1, . . . , n)", 2), Text.from_raw("(1)", 3),
             Text.from_raw("(2)", 4)]
    layout = Layout((LineLayout(page=1, x0=222.2, y0=538.18, x1=302.9, size=9.96),
                     LineLayout(page=1, x0=323.3, y0=538.18, x1=380.8, size=9.96),
                     LineLayout(page=1, x0=500.3, y0=538.18, x1=513.0, size=9.96),
                     LineLayout(page=1, x0=500.3, y0=520.0, x1=513.0, size=9.96)), ())
    assert numbers_display(lines, [0, 1], 2, layout)
    assert not numbers_display(lines, [0, 1], 3, layout)  # a line lower: a number of its own
    assert not numbers_display(lines, [0, 1], 2, Layout.plain())  # a text dump has no baselines


def test_a_listing_crossing_a_table_is_written_as_code_around_the_table():
    from pipeline.structure import paragraphs

    texts = [Text.from_raw(s, n) for n, s in enumerate(
        ["R> round(cbind(zero = cfz, count = cfc), 3)", "age\t0.190\t2.348", "school\t0.054\t4.109",
         "R> logLik(fm)", "'log Lik.' -12110.49 (df=35)"], 1)]
    out = paragraphs(texts, [(1, 2)], mode="C", lang="en", listings=[(0, 5)])
    assert [(p.kind, p.text.count("\n") + 1) for p in out] == [("code", 1), ("table", 2), ("code", 2)]
