"""Extract and segment, PDFs: what the type itself says (made-up documents, drawn here).

Small raised digits are superscripts (affiliation and footnote marks), a
table of wide text cells reads along its rows, bullets drawn in the Symbol
and ZapfDingbats fonts read as bullets, roman folios are page furniture, a
footnote block under a short rule is set apart from the body.
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, drawn_pdf, text_width
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems

H = 842.0


def lines_of(pages: list[list]) -> list[str]:
    return [line for line in extract(drawn_pdf(pages), name="made-up.pdf").lines if line.strip()]


def talk_of(pages: list[list]):
    cleaned = clean(extract(drawn_pdf(pages), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def marked_names(x: float, y: float, names: list[tuple[str, str]]) -> list:
    """Runs for an author line: each name at 11 pt, its mark at 7 pt raised 4 pt (``Name`` + superscript mark)."""
    runs = []
    for name, mark in names:
        runs.append((EN, 11, x, y, name))
        x += text_width(name, EN, 11)
        runs.append((EN, 7, x, y + 4, mark))
        x += text_width(mark, EN, 7)
    return runs


PAPER = [(EN, 16, 80, H - 70, "Tidal Energy Storage in Small Harbours"),
         *marked_names(200, H - 95, [("Lena Holm", "1"), (", Yuki Sato", "2")]),
         (EN, 6, 150, H - 108, "1"), (EN, 9, 154, H - 112, "Dept. of Marine Engineering, University of Tromso"),
         (EN, 6, 150, H - 120, "2"), (EN, 9, 154, H - 124, "Faculty of Science, Hokkaido University"),
         (EN, 10, 72, H - 150, "1. Introduction"),
         (EN, 10, 72, H - 163, "Harbour towns can store tidal energy in"),
         (EN, 10, 72, H - 176, "basins that already exist for shipping.")]


def test_small_raised_digits_are_superscripts():
    lines = lines_of([PAPER])
    assert lines[1] == "Lena Holm¹, Yuki Sato²"
    assert lines[2:4] == ["¹Dept. of Marine Engineering, University of Tromso", "²Faculty of Science, Hokkaido University"]


def test_raised_letter_marks_are_superscripts_and_the_names_still_a_speaker():
    page = [(EN, 16, 80, H - 70, "Tidal Energy Storage in Small Harbours"),
            *marked_names(200, H - 95, [("Lena Holm", "a"), (", Yuki Sato", "b")]),
            (EN, 9, 150, H - 112, "Dept. of Marine Engineering, University of Tromso"),
            (EN, 10, 72, H - 150, "1. Introduction"), (EN, 10, 72, H - 163, "Harbour towns can store tidal energy.")]
    assert lines_of([page])[1] == "Lena Holmᵃ, Yuki Satoᵇ"
    speaker = talk_of([page]).speaker
    assert speaker.name.text == "Lena Holm"  # the first author, without the mark (schema 3)
    assert [(a.name.text, [m.text for m in a.marks]) for a in speaker.authors] == [("Lena Holm", ["ᵃ"]), ("Yuki Sato", ["ᵇ"])]


def test_a_smaller_word_on_the_baseline_is_no_superscript():
    lines = lines_of([[(EN, 11, 72, 700, "Volume"), (EN, 7, 110, 700, "12"), (EN, 11, 122, 700, "of the series")]])
    assert lines == ["Volume 12 of the series"]


def test_authors_with_superscript_marks_are_the_speaker_and_their_affiliations_no_sections():
    talk = talk_of([PAPER])
    assert talk.speaker.name.text == "Lena Holm"
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
        ("Lena Holm", "Dept. of Marine Engineering, University of Tromso"), ("Yuki Sato", "Faculty of Science, Hokkaido University")]
    # one format for speaker.affiliation, the marks aside (trial 45, docs/talk-json.md)
    assert talk.speaker.affiliation.text == ("Dept. of Marine Engineering, University of Tromso; "
                                             "Faculty of Science, Hokkaido University")
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction")]


def test_a_first_columns_paragraph_under_a_full_width_abstract_is_joined():
    """The abstract's lines are twice as wide as the column below it: they are no edge or measure of the column."""
    page = [(EN, 16, 100, H - 70, "Flood Resilience in Coastal Cities"),
            (EN, 10, 72, H - 120, "We compare flood resilience policies in two coastal cities. Using municipal records from"),
            (EN, 10, 72, H - 133, "2010 to 2020, we find that early-warning systems reduced losses more than sea walls did.")]
    left = ["1. Introduction", "Coastal cities face rising flood risk as", "sea levels increase. Planners must choose",
            "between hard defences and soft measures", "such as warning systems and zoning."]
    right = ["2. Results", "Losses fell in both cities over the", "decade. The fall was steeper in Kobe,",
             "where a warning system was introduced", "in 2012."]
    page += [(EN, 10, 72, H - 180 - 13 * k, text) for k, text in enumerate(left)]
    page += [(EN, 10, 308, H - 180 - 13 * k, text) for k, text in enumerate(right)]
    talk = talk_of([page])
    paragraphs = {s.title.text: [p.text for p in s.paragraphs] for s in talk.sections}
    assert paragraphs["Introduction"] == [" ".join(left[1:])]
    assert paragraphs["Results"] == [" ".join(right[1:])]


CELLS = [("Measure", "Where it was used", "Effect on losses"),
         ("Early warning sirens", "Kobe and Bergen", "large reduction"),
         ("Raised sea walls", "Bergen harbour only", "small reduction"),
         ("Zoning of flood plains", "both cities, after 2015", "not yet measurable")]


def table_page(cells, xs) -> list:
    page = [(EN, 10, 72, H - 100, "Table 2 lists the measures the two cities took.")]
    page += [(EN, 10, x, H - 130 - 14 * r, cell) for r, row in enumerate(cells) for x, cell in zip(xs, row)]
    page.append((EN, 10, 72, H - 200, "Warning systems cost least for each euro of loss avoided."))
    return page


def test_a_table_of_wide_text_cells_reads_along_its_rows():
    """Each column of the table is one text box to pdfminer (its cells are too wide for a narrow column)."""
    assert lines_of([table_page(CELLS, (72, 200, 330))]) == [
        "Table 2 lists the measures the two cities took.", *("\t".join(row) for row in CELLS),
        "Warning systems cost least for each euro of loss avoided."]


def test_a_two_column_table_with_ragged_text_cells_reads_along_its_rows():
    cells = [("Measure", "Effect on losses in both cities"), ("Sirens", "a large reduction of the yearly losses"),
             ("Sea walls", "a small reduction, at a high cost"), ("Zoning of flood plains", "not yet measurable")]
    assert lines_of([table_page(cells, (72, 250))])[1:5] == ["\t".join(row) for row in cells]


def test_a_ragged_column_beside_a_shorter_one_stays_a_column():
    """An abstract set ragged right beside a short reference list that starts at its height (trial 7's paper:
    ``Abstract\tReferences`` was read as a table's row, and became the paper's title)."""
    left = ["Ferries that also carry heavy freight traffic are", "usually timed for passengers alone. We present",
            "a schedule that predicts freight peaks from port", "records and shifts departures by up to ten",
            "minutes a day, and cuts waiting by a fifth."]
    right = ["[1] A. Berg and P. Holm. Ferry timing revisited. Port", "Reviews, 38(2):145-167, 2018.",
             "[2] K. Mori. Freight peaks on island routes. Journal of", "Shipping, 12:33-41, 2020."]
    page = [(EN, 11, 54, 626, "Abstract"), (EN, 11, 308, 626, "References")]
    page += [(EN, 10, 54, 611 - 12 * k, t) for k, t in enumerate(left)]
    page += [(EN, 9, 308, 611 - 12 * k - (5 if k >= 2 else 0), t) for k, t in enumerate(right)]
    lines = lines_of([page])
    assert "Abstract" in lines and not any("\t" in line for line in lines)


def test_two_text_columns_stay_columns():
    left = ["Coastal cities face rising flood risk as", "sea levels increase. Planners must choose",
            "between hard defences and soft measures", "such as warning systems and zoning."]
    right = ["Losses fell in both cities over the past", "decade. The fall was steeper in Kobe,",
             "where a warning system was introduced", "in 2012 and extended in 2016 to all."]
    page = [(EN, 10, 72, 700 - 13 * k, t) for k, t in enumerate(left)] + [(EN, 10, 308, 700 - 13 * k, t) for k, t in enumerate(right)]
    assert lines_of([page]) == [*left, *right]


# --------------------------------------------------------------------------
# Bullets and signs drawn in the Symbol and ZapfDingbats fonts


def symbol_bullets_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    y = 700
    for font, mark, text in [("Symbol", "•", "Sirens on every quay"), ("ZapfDingbats", "■", "Raised walls"),
                             ("ZapfDingbats", "❍", "Zoning plans")]:
        c.setFont(font, 10)  # ReportLab writes both fonts without an Encoding: their built-in one
        c.drawString(72, y, mark)
        c.setFont("Helvetica", 10)
        c.drawString(86, y, text)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def test_bullets_drawn_in_symbol_and_zapfdingbats_read_as_bullets():
    lines = [line for line in extract(symbol_bullets_pdf(), name="b.pdf").lines if line.strip()]
    assert lines == ["• Sirens on every quay", "■ Raised walls", "❍ Zoning plans"]


def test_symbol_reads_greek_and_a_differences_entry_keeps_its_glyph():
    from pdfmaker import simple_font_pdf

    def read(base: bytes, encoding: bytes = b"") -> str:
        pdf = simple_font_pdf(None, b"\xb7 lmn ua").replace(b"/BaseFont /Helvetica", b"/BaseFont /" + base + encoding)
        return "".join(extract(pdf, name="s.pdf").lines).replace(" ", "")  # pdfminer's widths may part the glyphs

    assert read(b"Symbol") == "•λμνυα"
    zapf = "".join(extract(simple_font_pdf(None, b"\xb7lmnu").replace(b"/BaseFont /Helvetica", b"/BaseFont /ABCDEF+ZapfDingbats"),
                           name="z.pdf").lines)  # pdfminer's widths of ZapfDingbats may set each glyph apart
    assert sorted(zapf) == sorted("❷●❍■◆")
    assert read(b"Symbol", b" /Encoding << /Differences [108 /bullet] >>") == "••μνυα"
    assert sorted(read(b"Symbol", b" /Encoding /WinAnsiEncoding")) == sorted("·lmnua")  # a named encoding is the font's


def test_the_symbol_table_agrees_with_the_glyph_names_of_annex_d():
    """Cross-check against ReportLab's Symbol encoding (glyph names by code) read by the Adobe Glyph List; the
    documented choices (Greek Δ and μ, ®©™ for their serif and sans forms, NFC forms) aside."""
    import unicodedata

    from pdfminer.glyphlist import glyphname2unicode
    from reportlab.pdfbase._fontdata_enc_symbol import SymbolEncoding

    from pipeline.extract.symbolfonts import SYMBOL

    chosen = {"∆": "Δ", "µ": "μ", "\uf6da": "®", "\uf6d9": "©", "\uf6db": "™", "\uf8e8": "®", "\uf8e9": "©", "\uf8ea": "™"}
    named = {code: glyphname2unicode[name] for code, name in enumerate(SymbolEncoding) if name}
    assert len(named) > 180
    assert {code: unicodedata.normalize("NFC", chosen.get(ch, ch)) for code, ch in named.items()} == SYMBOL


# --------------------------------------------------------------------------
# Roman folios of the front matter


def test_roman_folios_of_the_front_matter_are_page_numbers_beside_the_arabic_ones():
    texts = [["Preface", "This report gathers the talks given at the", "spring meeting of the harbour towns."],
             ["Contents", "1 Introduction 1", "2 Results 2"],
             ["Acknowledgements", "We thank the port authorities for their help."],
             ["1 Introduction", "Harbour towns share problems of scale.", "They also share solutions."],
             ["2 Results", "Three towns cut their costs by a third."]]
    pages = [[(EN, 10, 72, 760 - 14 * k, line) for k, line in enumerate(lines)] + [(EN, 9, 295.6, 40, folio)]
             for lines, folio in zip(texts, ["i", "ii", "iii", "1", "2"])]
    doc = extract(drawn_pdf(pages), name="r.pdf")
    assert [(row.text, row.reason) for row in doc.ledger] == [(f, "page-number") for f in ["i", "ii", "iii", "1", "2"]]


# --------------------------------------------------------------------------
# Footnotes under a short rule, and a one-page paper's foot


def footnoted_pdf(pages: list[tuple[list[str], list[str]]], foot: str | None = None, rule: str = "line",
                  rule_height: float = 0.4) -> bytes:
    """Pages of 10 pt body lines from the top, each with its footnotes (8 pt under an 80 pt rule) at the foot.
    ``rule``: ``line`` (a stroked line), ``inline`` or ``image`` (a 1×1 image stretched into the rule, inline or as
    an image XObject, as Ghostscript writes a TeX rule), ``rule_height`` the image's height."""
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, H), invariant=1)
    for body, notes in pages:
        c.setFont("Helvetica", 10)
        for k, line in enumerate(body):
            c.drawString(72, 760 - 13 * k, line)
        if notes:
            y = 60 + 10 * len(notes)
            if rule == "line":
                c.setLineWidth(0.4)
                c.line(72, y, 152, y)
            elif rule == "inline":
                c.drawInlineImage(Image.new("L", (1, 1)), 72, y, width=80, height=rule_height)
            else:
                c.drawImage(ImageReader(Image.new("L", (1, 1))), 72, y, width=80, height=rule_height)
            c.setFont("Helvetica", 8)
            for k, line in enumerate(notes):
                c.drawString(72, 52 + 10 * (len(notes) - 1 - k), line)
        if foot:
            c.setFont("Helvetica", 9)
            c.drawCentredString(297.64, 30, foot)
        c.showPage()
    c.save()
    return buf.getvalue()


BODY_1 = ["Harbour towns can store tidal energy in basins that already exist for",
          "shipping, and three of them have tried it since 2015. The basins fill on",
          "the rising tide and empty through turbines when power is dear, and"]
BODY_2 = ["the towns sell the power to the grid at the evening peak. The costs fell",
          "by a third between the first basin and the third."]
NOTES = ["¹ The first basin was built at Stromness in 2015.", "Corresponding author: l.holm@example.org"]


def test_footnotes_are_marked_as_notes_and_read_apart_from_the_body():
    """The notes under a page's rule are the talk's ``footnotes`` (schema 3), never body paragraphs."""
    doc = extract(footnoted_pdf([(BODY_1, NOTES), (BODY_2, [])]), name="f.pdf")
    assert [line for line, layout in zip(doc.lines, doc.layout) if layout.note] == NOTES
    cleaned = clean(doc)
    result = segment(cleaned)
    assert conservation_problems(cleaned, result) == []
    [talk] = result.talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs] + [t.text for t in talk.front]
    assert " ".join(BODY_1 + BODY_2) in paragraphs  # the paragraph goes on over the page, the notes apart
    assert [t.text for t in talk.footnotes] == NOTES
    assert not set(NOTES) & set(paragraphs)


@pytest.mark.parametrize("rule", ["inline", "image"])
def test_a_rule_drawn_as_an_image_sets_the_footnotes_apart(rule):
    """Ghostscript writes dvips' ``\\footnoterule`` as a 1×1 image mask stretched into a bar (lingmacros' manual, trial
    24: its footnote, set smaller under the rule with the page number below, was a body paragraph)."""
    notes = ["¹ The first basin was built at Stromness in 2015.", "² The second at Kirkwall."]
    doc = extract(footnoted_pdf([(BODY_1, notes), (BODY_2, [])], foot="1", rule=rule), name="f.pdf")
    assert [line for line, layout in zip(doc.lines, doc.layout) if layout.note] == notes
    [talk] = segment(clean(doc)).talks
    assert [t.text for t in talk.footnotes] == notes


def test_small_rows_under_an_image_drawn_as_a_rule_need_a_mark_to_be_notes():
    """A table's rules drawn as images (the APS sample's tables in a column): rows under one, no mark, stay text."""
    rows = ["Site\tCount\tShare", "Pier\t12\t0.4"]
    doc = extract(footnoted_pdf([(BODY_1, rows)], rule="inline"), name="f.pdf")
    assert not any(layout.note for layout in doc.layout)


def test_a_picture_above_small_lines_is_no_footnote_rule():
    """An image as high as a picture is no rule: the small lines under it (its caption, unmarked) stay the body's."""
    caption = ["Figure 1. The basin at Stromness.", "Photograph by the port."]
    doc = extract(footnoted_pdf([(BODY_1, caption)], rule="image", rule_height=30), name="f.pdf")
    assert not any(layout.note for layout in doc.layout)


def test_footnotes_reach_the_talk_json_and_the_corpus_as_their_own_kind(tmp_path):
    """``paper.footnotes`` holds the notes as paragraphs (tokens, sentences, origins); the corpus JSONL and the
    DocBin give them the kind ``footnote``."""
    import json

    from pipeline import cli

    raw = tmp_path / "notes.pdf"
    raw.write_bytes(footnoted_pdf([(BODY_1, NOTES), (BODY_2, [])]))
    assert cli.main(["run", str(raw), "--out", str(tmp_path / "out"), "-q"]) == 0
    folder = next((tmp_path / "out" / "talks").iterdir())
    talk = json.loads(next(p for p in folder.glob("*.json") if p.name != "index.json").read_text(encoding="utf-8"))
    assert [p["text"] for p in talk["paper"]["footnotes"]] == NOTES
    assert all(p["tokens"] and p["map"] for p in talk["paper"]["footnotes"])
    body = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]] + [p["text"] for p in talk["paper"]["front"]]
    assert not set(NOTES) & set(body)
    records = [json.loads(line) for line in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["kind"], r["footnote"], r["text"]) for r in records if r["kind"] == "footnote"] == [
        ("footnote", 0, NOTES[0]), ("footnote", 1, NOTES[1])]


def test_a_note_opening_on_its_mark_at_the_foot_is_a_note_without_a_rule():
    """No rule above it (trial 11: ``* Corresponding author: …`` was the last paragraph of section 2)."""
    marked = ["* Corresponding author: l.holm@example.org", "Funded by the Harbour Energy Trust."]
    runs = [(EN, 10, 72, 760 - 13 * k, line) for k, line in enumerate(BODY_1)]
    runs += [(EN, 8, 72, 62 - 10 * k, line) for k, line in enumerate(marked)]
    doc = extract(drawn_pdf([runs, [(EN, 10, 72, 760 - 13 * k, line) for k, line in enumerate(BODY_2)]]), name="f.pdf")
    assert [line for line, layout in zip(doc.lines, doc.layout) if layout.note] == marked
    cleaned = clean(doc)
    [talk] = segment(cleaned).talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs] or [t.text for t in talk.front]
    assert " ".join(BODY_1 + BODY_2) in paragraphs
    assert [t.text for t in talk.footnotes] == marked  # the talk's footnotes (schema 3), no body paragraphs


def test_a_smaller_line_at_the_foot_without_a_mark_is_no_note():
    runs = [(EN, 10, 72, 760 - 13 * k, line) for k, line in enumerate(BODY_1)] + [(EN, 8, 72, 62, "Printed on recycled paper.")]
    assert not any(layout.note for layout in extract(drawn_pdf([runs]), name="f.pdf").layout)


def test_a_small_table_under_a_short_rule_is_no_footnote():
    """Rows set smaller under a short rule, with body text below them: no block at the page's foot."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, H), invariant=1)
    c.line(72, 300, 152, 300)
    c.setFont("Helvetica", 8)
    c.drawString(72, 290, "Site 12.4")
    c.drawString(72, 280, "Pier 9.8")
    c.setFont("Helvetica", 10)
    c.drawString(72, 260, "The table shows the yearly counts at both sites.")
    c.showPage()
    c.save()
    assert not any(layout.note for layout in extract(buf.getvalue(), name="t.pdf").layout)


def test_a_one_page_papers_foot_with_its_page_reference_is_page_furniture():
    foot = "Proceedings of the Harbour Energy Workshop 2024, p. 117"
    doc = extract(footnoted_pdf([(BODY_1, NOTES)], foot=foot), name="f.pdf")
    assert [(row.text, row.reason) for row in doc.ledger] == [(foot, "running-footer")]


def test_three_narrow_columns_of_prose_filling_their_width_stay_columns():
    """Lines that fill their narrow column (justified prose, each line one piece) are no table of text cells."""
    words = ("ferries run on timetables set long ago while the towns they serve have changed and waiting at the "
             "quay could be cut by a new timetable without any new vessel or crew at all").split()
    lines, line = [], []
    for word in words * 6:  # greedy lines of at most 100 pt at 9 pt
        if line and text_width(" ".join([*line, word]), EN, 9) > 100:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    full = [text for text in lines if text_width(text, EN, 9) >= 92][:12]
    assert len(full) == 12
    runs = [(EN, 9, x0, 700 - 12 * k, full[4 * c + k]) for c, x0 in enumerate((72, 192, 312)) for k in range(4)]
    assert lines_of([runs]) == full


def test_a_running_head_on_every_page_after_a_cover_and_contents_is_furniture():
    """Trial 12: a report's head on its two body pages only (cover and contents go without) stayed in the text."""
    head = "TR-2025-03  Salt Spray on Harbour Cranes"
    body = [(EN, 11, 72, 740 - 15 * k, line) for k, line in enumerate(BODY_1)]
    pages = [[(EN, 18, 150, 600, "Salt Spray on Harbour Cranes")],
             [(EN, 16, 72, 750, "Contents"), (EN, 11, 72, 720, "1 Introduction ........ 3")],
             [(EN, 9, 72, 800, head)] + body,
             [(EN, 9, 72, 800, head)] + [(EN, 11, 72, 740 - 15 * k, line) for k, line in enumerate(BODY_2)]]
    doc = extract(drawn_pdf(pages), name="r.pdf")
    assert [(row.text, row.reason) for row in doc.ledger] == [(head, "running-header")] * 2


def test_a_newsletters_name_dateline_and_headings_stay_apart():
    """Trial 12: the dateline under a newsletter's name was glued to the title, the first heading to the
    dateline, and a full stop pushed onto a line of its own was a paragraph."""
    from pdfmaker import JA

    runs = [(JA, 20, 60, 770, "かわせみ町 公民館だより"), (JA, 10, 60, 750, "第12号　2025年4月1日発行　かわせみ町公民館"),
            (JA, 12, 60, 710, "春の講座が始まります"),
            (JA, 10, 60, 690, "今年も四月から六月まで春の講座を開きます。書道、"),
            (JA, 10, 60, 675, "写真、料理の三つの講座に、どなたでも参加できます"),
            (JA, 10, 60, 660, "。"),
            (JA, 12, 60, 615, "図書コーナーの移動"),
            (JA, 10, 60, 595, "図書コーナーは二階の談話室に移りました。")]
    talk = talk_of([runs])
    assert talk.title.ja is not None and talk.title.ja.text == "かわせみ町 公民館だより"
    assert [s.title.text for s in talk.sections] == ["春の講座が始まります", "図書コーナーの移動"]
    assert [p.text for p in talk.sections[0].paragraphs] == [
        "今年も四月から六月まで春の講座を開きます。書道、写真、料理の三つの講座に、どなたでも参加できます。"]
    assert "第12号　2025年4月1日発行　かわせみ町公民館" in [t.text for t in talk.front]
