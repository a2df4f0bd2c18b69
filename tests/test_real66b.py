"""Faults found by running real academic PDFs (JSS-style R package vignettes shipped by Debian: lmtest, sandwich,
strucchange, pscl; /work/regress/real66b/SOURCES.md) through the pipeline (issue 16 points 1, 2, 4; helper real66b).
Made-up inputs only, in tests/data/real66b (also under /work/regress/in_real66b/).

- A mathematical accent drawn over a symbol (``ˆ¹``, TeX's ``\\hat\\theta`` as a math font maps it) is no lone
  Japanese character's Shift_JIS bytes read as CP1252 (sandwich's ``ˆ¹`` had become ``飴`` ten times).
- Lettered headings after ``References`` or ``Acknowledgments`` (``A. Technical details``) are appendices, labelled by
  their letter, no subsections of the last numbered section (pscl's appendices had become 4.1 … 4.4).
- A title opening on a package's name in small letters and a colon (``strucchange: An R Package …``) is the title.
- A float at a page's foot (a table's rows over ``Table 1: …``) between a sentence's halves is read after the
  paragraph (pscl's Table 1 had cut a sentence into two paragraphs).
- Authors' names centred side by side under a larger title are lines of their own, not one line joined across the
  title's span (strucchange's four authors had been read as a subtitle).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk
from test_clean_accents import _pdf_lines
from pipeline.clean.japanese_mojibake import repair_japanese_mojibake
from pipeline.model import Text

INPUTS = Path(__file__).parent / "data" / "real66b"


@pytest.mark.parametrize("words", [
    ["an", "M-estimator", "ˆ¹", "implicitly", "defined", "as"],
    ["with", "ˆ¾", "the", "fitted", "value", "of", "the", "model"],
    ["the", "mean", "¸º", "of", "the", "sample", "is", "small"],
    ["where", "˜µ", "denotes", "the", "smoothed", "mean"],
])
def test_an_accent_over_a_symbol_in_an_english_pdf_stays_as_printed(words):
    lines, cleaned = _pdf_lines(words)
    assert lines == [" ".join(words)]
    assert not [row for row in cleaned.ledger if row.reason == "mojibake"]


@pytest.mark.parametrize("line, want", [
    ("When people ‚É have nothing to say", "When people に have nothing to say"),  # a lone hiragana's bytes: repaired
    ("a walk in the ¤Ë park", "a walk in the に park"),
])
def test_a_lone_character_without_an_accent_is_still_repaired(line, want):
    assert repair_japanese_mojibake(Text.from_raw(line, 1)).text.text == want


def _sections(name):
    talk, _ = only_talk((INPUTS / name).read_text())
    return [(s.number, s.level, s.appendix, s.title.text) for s in talk.sections]


def test_lettered_headings_after_the_references_are_appendices():
    assert _sections("appendix_after_refs_en.txt") == [
        ("1", 1, None, "Introduction"), ("2", 1, None, "Results"), (None, 1, None, "References"),
        (None, 1, "A", "Sampling details"), (None, 1, "B", "Laboratory methods")]


def test_lettered_headings_after_the_acknowledgments_are_appendices():
    assert _sections("appendix_after_ack_en.txt")[3:] == [
        (None, 1, None, "Acknowledgments"), (None, 1, "A", "Island list"), (None, 1, "B", "Count sheets"),
        (None, 1, "C", "Weather")]


@pytest.mark.parametrize("name, want", [
    ("lettered_subsections_ieee.txt", [("1", 1, None, "INTRODUCTION"), ("2", 1, None, "METHOD"),
                                        ("2.1", 2, None, "Detectors"), ("2.2", 2, None, "Timing Rule"),
                                        ("3", 1, None, "RESULTS"), (None, 1, None, "References")]),
    ("lettered_subsections_arabic.txt", [("1", 1, None, "Introduction"), ("2", 1, None, "Fields"),
                                          ("2.1", 2, None, "Upper terraces"), ("2.2", 2, None, "Lower terraces"),
                                          ("3", 1, None, "Conclusions")]),
])
def test_lettered_subsections_right_under_their_section_stay_subsections(name, want):
    assert _sections(name) == want


_ABSTRACT = ("This paper reviews tests for structural change in linear regression models and shows how a unified "
             "approach for implementing them has been realized in a package.")
_SECTIONS = (("1. Introduction", "The problem of detecting structural changes in regression relationships has been an "
              "important topic in statistical and econometric research for many years."),
             ("2. The model", "We consider the standard linear regression model with a fixed number of regressors and test "
              "whether the coefficients stay constant over time."))


def _abstract(page, y):
    """The abstract's lines (10 pt, 400 pt wide, from x = 100) set on ``page`` from ``y`` down; the ``y`` under them."""
    from pdfmaker import EN, wrapped_words

    for w in wrapped_words(_ABSTRACT, EN, 10.0, 400):
        page.append((EN, 10.0, 100, y, w))
        y -= 13
    return y


def _numbered_sections(page, y):
    """The two numbered sections a made-up paper's page closes on (a 12 pt bold heading, 10 pt text 450 pt wide,
    from x = 72), set on ``page`` from ``y`` down; the ``y`` under them."""
    from pdfmaker import EN, EN_BOLD, wrapped_words

    for head, body in _SECTIONS:
        page.append((EN_BOLD, 12.0, 72, y, head))
        y -= 18
        for w in wrapped_words(body, EN, 10.0, 450):
            page.append((EN, 10.0, 72, y, w))
            y -= 13
        y -= 10
    return y


def _paper_pdf(title_lines, authors):
    """A one-page English paper as JSS sets one: its title in a large bold face (one or two lines), the authors, an
    abstract with keywords, two numbered sections."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf

    page, y = [], 760.0
    for t in title_lines:
        page.append((EN_BOLD, 17.0, 90, y, t))
        y -= 22
    y -= 14
    for a in authors:
        page.append((EN, 11.0, 90, y, a))
        y -= 14
    y -= 20
    page.append((EN_BOLD, 10.0, 270, y, "Abstract"))
    y -= 16
    y = _abstract(page, y)
    page.append((EN, 10.0, 100, y - 6, "Keywords: structural change, CUSUM, recursive estimates."))
    y -= 34
    _numbered_sections(page, y)
    return drawn_pdf([page])


@pytest.mark.parametrize("title_lines, authors", [
    (["strucchange: An R Package for Testing for Structural", "Change in Linear Regression Models"],
     ["Achim Zeileis   Friedrich Leisch   Kurt Hornik"]),
    (["zoo: Infrastructure for Irregular Time Series"], ["Gabor Grothendieck   Jane Doe"]),
    (["lme4: Mixed-Effects Models for Grouped Data"], ["Douglas Bates", "University of Wisconsin"]),
    # near misses: a capitalised name before the colon, and no colon at all, were titles before and stay so
    (["Flexmix: A General Framework for Finite Mixture", "Models and Latent Class Regression"],
     ["Friedrich Leisch", "University of Vienna"]),
    (["Testing for Structural Change in Linear", "Regression Models with Many Breaks"], ["Kurt Hornik   Christian Kleiber"]),
])
def test_a_title_opening_on_a_package_name_in_small_letters_is_the_title(title_lines, authors):
    from segmenting import segment_pdf

    [talk] = segment_pdf(_paper_pdf(title_lines, authors)).talks
    assert talk.title.en.text == " ".join(title_lines)
    assert talk.speaker.text is not None  # (its English lines parted by a comma: helper credit70)
    assert [w.rstrip(",") for w in talk.speaker.text.text.split()[:2]] == authors[0].split()[:2]
    assert not [t.text for t in talk.front if t.text in title_lines]
    assert [s.title.text for s in talk.sections] == ["Abstract", "Introduction", "The model"]


@pytest.mark.parametrize("line", ["warning: Do not open the lid", "note: see below for details"])
def test_a_small_label_before_a_sentence_is_no_title_line(line):
    from pipeline.segment.titleblock import is_title_line

    assert not is_title_line(line)


_P1 = ("In this section we outline the theory and its implementation for some basic count data regression models as "
       "well as their extensions. The classical models are described in a generalized linear model framework and the "
       "original implementation was improved later to make the fitting functions and the fitted model objects of the "
       "new package more like the older ones and the fitted")
_P2 = ("objects more similar to their counterparts. The most important features of the new functions are discussed "
       "below while some technical aspects are deferred to the appendix.")
_P3 = "Other packages embed these models into more general implementations of the same framework."
_TABLE = [["Type", "Distribution", "Method"], ["GLM", "Poisson", "ML"], ["", "", "quasi"], ["", "NB", "ML"],
          ["zero-augmented", "Poisson", "ML"]]


def _float_pdf(rows, caption, p1=_P1, p2=_P2):
    """Two pages: a paragraph set justified to page 1's foot, a float (its rows, then its caption) at that foot, the
    paragraph's end at page 2's top, then another paragraph (as JSS sets a table that floated to a page's foot)."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf, justified, wrapped_words

    pages, y = [[], []], 760.0
    pages[0] += [(EN_BOLD, 16.0, 72, y, "Models for Counts in Small Towns"), (EN, 11.0, 72, y - 24, "Jane Roe, University of Basel"),
                 (EN_BOLD, 12.0, 72, y - 54, "1. Models and software")]
    y -= 72
    lines = wrapped_words(p1, EN, 10.0, 450)
    for n, w in enumerate(lines):
        pages[0] += justified(w.split(), 72, 522, y) if n < len(lines) - 1 or not w.endswith(".") else [(EN, 10.0, 72, y, w)]
        y -= 13
    y = 260.0
    for row in rows:
        pages[0] += [(EN, 9.0, 80 + 120 * j, y, cell) for j, cell in enumerate(row)]
        y -= 12
    for w in wrapped_words(caption, EN, 10.0, 450):
        y -= 13
        pages[0].append((EN, 10.0, 72, y, w))
    y = 770.0
    for k, para in enumerate((p2, _P3)):
        for w in wrapped_words(para, EN, 10.0, 450):
            pages[1].append((EN, 10.0, 72, y, w))
            y -= 13
        y -= 8
    return drawn_pdf(pages)


@pytest.mark.parametrize("rows, caption", [
    (_TABLE, "Table 1: Overview of the count regression models discussed in this paper."),
    ([["Site", "Count"], ["North", "12"], ["South", "7"]],
     "Table 2: Birds counted at each site over two winters, all observers together, in the morning hours only."),
    ([["0", "5", "10"], ["x", "y", "z"], ["a", "b", "c"]], "Figure 3: Counts against time for the three sites."),
])
def test_a_float_at_a_page_foot_between_a_sentence_halves_is_read_after_the_paragraph(rows, caption):
    from segmenting import segment_pdf

    [talk] = segment_pdf(_float_pdf(rows, caption)).talks
    paragraphs = [p.text for p in talk.sections[0].paragraphs]
    assert paragraphs[0].startswith("In this section") and paragraphs[0].endswith("deferred to the appendix.")
    assert "the fitted objects more similar" in paragraphs[0]
    assert paragraphs[-2].startswith(caption.split(":")[0]) and paragraphs[-1].startswith("Other packages")


def test_a_float_between_two_paragraphs_stays_where_it_stands():
    from segmenting import segment_pdf

    pdf = _float_pdf(_TABLE, "Table 1: Overview of the count regression models.", p1=_P1 + " objects.",
                     p2="Objects are " + _P2[len("objects "):])
    [talk] = segment_pdf(pdf).talks
    paragraphs = [p.text for p in talk.sections[0].paragraphs]
    assert paragraphs[0].endswith("the fitted objects.") and paragraphs[1].startswith("Type")
    assert paragraphs[-3].startswith("Table 1:") and paragraphs[-2].startswith("Objects are more similar")


def _authors_pdf(title_lines, names, gap_ems=1.6, affiliation=None):
    """A JSS-style first page: a centred title in 17 pt bold, the authors' names centred side by side under it in
    12 pt, ``gap_ems`` apart (LaTeX's ``\\And``), an abstract and two numbered sections."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf, text_width

    def centred(font, size, y, text):
        return (font, size, (595.28 - text_width(text, font, size)) / 2, y, text)

    page, y = [], 760.0
    for t in title_lines:
        page.append(centred(EN_BOLD, 17.0, y, t))
        y -= 21
    y -= 12
    x = (595.28 - sum(text_width(n, EN, 12.0) for n in names) - gap_ems * 12.0 * (len(names) - 1)) / 2
    for n in names:
        page.append((EN, 12.0, x, y, n))
        x += text_width(n, EN, 12.0) + gap_ems * 12.0
    y -= 16
    if affiliation:
        page.append(centred(EN, 10.0, y, affiliation))
        y -= 14
    y -= 20
    page.append(centred(EN_BOLD, 10.0, y, "Abstract"))
    y -= 16
    y = _abstract(page, y)
    y -= 20
    _numbered_sections(page, y)
    return drawn_pdf([page])


@pytest.mark.parametrize("title_lines, names, affiliation", [
    (["strucchange: An R Package for Testing for Structural", "Change in Linear Regression Models"],
     ["Achim Zeileis", "Friedrich Leisch", "Kurt Hornik", "Christian Kleiber"], None),
    (["Counting Birds on Small Islands of the Lagoon"], ["Maria Rossi", "Paolo Bianchi", "Anna Verdi"], None),
    (["Soil Moisture in Terraced Fields"], ["Lena Vogel", "Jonas Richter"], "University of Bonn"),
])
def test_names_set_side_by_side_under_a_larger_title_are_the_authors(title_lines, names, affiliation):
    from segmenting import segment_pdf

    [talk] = segment_pdf(_authors_pdf(title_lines, names, affiliation=affiliation)).talks
    assert talk.title.en.text == " ".join(title_lines) and talk.subtitle.en is None
    assert [a.name.text for a in talk.speaker.authors] == names



def test_a_ragged_paragraph_over_a_caption_at_a_page_foot_keeps_its_lines():
    """Near miss (col65's one-column caption at a page's foot): a ragged paragraph's lines short of the column's edge,
    one leading under a full line, are the paragraph's, no float's; only the caption moves."""
    from segmenting import segment_pdf

    path = INPUTS / "c65_onecol_caption_foot.pdf"  # col65's battery input, copied
    [talk] = segment_pdf(path.read_bytes()).talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert [p[:20] for p in paragraphs] == ["Coastal towns face r", "Figure 1. Silt depth", "Repairs followed hig",
                                           "A small harbour can "]
