"""Issue 16 (session 54; trial 53b's ja_manual and the regression corpus's TeX manuals): a program listing is one
block whose lines and leading indentation are kept. Before, each of its lines was a paragraph of its own and every
indent was lost (`  skip_header: true` came out `skip_header: true`, a `\\begin{itemize}` block's `\\item` lines
flush left), so a reader reusing the JSON could not tell a listing from prose nor copy it back. Segment marks the
run (``Section.listings``, ``Talk.front_listings``: ``(first paragraph, lines)``, each line still a paragraph, its
indentation written before it as spaces no raw character stands behind); the talk JSON writes the run as one
paragraph of ``kind: "code"``, its lines joined by line breaks, one sentence a line. Made-up inputs; the expected
results were written first.
"""

from __future__ import annotations

import pytest

from pdfmaker import JA, MONO, drawn_pdf
from segment_inputs import run_pdf, run_text

COURIER_10 = 6.0  # Courier's advance is 0.6 em: 6 pt a character at 10 pt


def _yaml_manual() -> bytes:
    """Trial 53b's shape: Japanese running text at 10.5 pt, listings in 10 pt Courier at x = 90. The YAML's nested
    key is set two characters further right (a TeX ``verbatim`` draws no space: only the glyph's place tells)."""
    runs = [(JA, 18.0, 72, 790, "データ変換ツール利用手引き"),
            (JA, 13.0, 72, 750, "1. 基本的な使い方"),
            (JA, 10.5, 72, 730, "入力ファイルと出力ファイルを指定して実行する。"),
            (MONO, 10.0, 90, 712, "$ dataconv --input data.csv --out result.json"),
            (MONO, 10.0, 90, 700, "converted 120 rows"),
            (JA, 10.5, 72, 682, "設定ファイルはYAML形式で記述する。文字コードは必ず指定すること。"),
            (MONO, 10.0, 90, 664, "input: data.csv"),
            (MONO, 10.0, 90, 652, "encoding: utf-8"),
            (MONO, 10.0, 90, 640, "options:"),
            (MONO, 10.0, 90 + 2 * COURIER_10, 628, "skip_header: true"),
            (MONO, 10.0, 90 + 2 * COURIER_10, 616, "columns:"),
            (MONO, 10.0, 90 + 4 * COURIER_10, 604, "type: int"),
            (JA, 10.5, 72, 586, "設定ファイルの場所は、作業フォルダの直下とする。"),
            (JA, 10.5, 72, 570, "以上で準備は終わる。")]
    return drawn_pdf([runs])


def _section(doc, number: str):
    [talk] = doc.talks
    return next(s for s in talk.sections if s.number == number)


def _blocks(section) -> list[str]:
    """The section's paragraphs with each listing as one block, its lines joined by line breaks."""
    starts = dict(section.listings)
    out, i = [], 0
    while i < len(section.paragraphs):
        n = starts.get(i, 1)
        out.append("\n".join(p.text for p in section.paragraphs[i:i + n]))
        i += n
    return out


def test_a_pdfs_listing_is_one_block_with_its_indentation():
    section = _section(run_pdf(_yaml_manual()), "1")
    assert _blocks(section) == [
        "入力ファイルと出力ファイルを指定して実行する。",
        "$ dataconv --input data.csv --out result.json\nconverted 120 rows",
        "設定ファイルはYAML形式で記述する。文字コードは必ず指定すること。",
        "input: data.csv\nencoding: utf-8\noptions:\n  skip_header: true\n  columns:\n    type: int",
        "設定ファイルの場所は、作業フォルダの直下とする。",
        "以上で準備は終わる。",
    ]
    assert section.listings == ((1, 2), (4, 6))
    indented = section.paragraphs[7]
    assert indented.text == "  skip_header: true" and indented.origin[:2] == (None, None)  # layout, no raw character


DUMP = """テンプレートの使い方

１．はじめに
本書はテンプレートの使い方を説明する。次の例を見よ。
\\begin{itemize}
  \\item[\\%] \\textbf{one}
  \\item[\\#] \\textbf{two}
\\end{itemize}
以上で準備は終わる。

２．設定
設定は後から変えられる。詳しくは次章で述べる。
"""


def test_a_dumps_listing_keeps_its_indentation_too():
    section = _section(run_text(DUMP), "1")
    assert _blocks(section) == [
        "本書はテンプレートの使い方を説明する。次の例を見よ。",
        "\\begin{itemize}\n  \\item[\\%] \\textbf{one}\n  \\item[\\#] \\textbf{two}\n\\end{itemize}",
        "以上で準備は終わる。",
    ]


def test_one_program_line_is_no_listing():
    section = _section(run_text(DUMP.replace("  \\item[\\%] \\textbf{one}\n  \\item[\\#] \\textbf{two}\n\\end{itemize}\n",
                                             "")), "1")
    assert section.listings == () and [p.text for p in section.paragraphs][1] == "\\begin{itemize}"


def test_prose_keeps_no_listing():
    doc = run_text("テンプレートの使い方\n\n１．はじめに\n本書はテンプレートの使い方を説明する。\n"
                   "    次の行は字下げされているが，文章である。\n以上で準備は終わる。\n")
    [talk] = doc.talks
    assert all(s.listings == () for s in talk.sections) and talk.front_listings == ()
    assert all(not p.text.startswith(" ") for s in talk.sections for p in s.paragraphs)


def test_the_talk_json_writes_a_listing_as_one_code_paragraph(tmp_path):
    from pipeline.driver import run_one
    from pipeline import files
    from pipeline.structure.document import talk_from_json, text_with_origin
    from pipeline.structure.schema import schema_errors
    import json

    raw = tmp_path / "manual.txt"
    raw.write_text(DUMP, encoding="utf-8")
    run_one(raw, tmp_path / "out")
    folder = files.talks_dir(tmp_path / "out", files.safe_stem(raw))
    [talk_file] = [p for p in folder.glob("*.json") if p.name != "index.json"]
    talk = json.loads(talk_file.read_text(encoding="utf-8"))
    assert schema_errors(talk) == []
    paragraphs = talk["paper"]["sections"][0]["paragraphs"]
    assert [p.get("kind") for p in paragraphs] == [None, "code", None]
    assert len(talk["paper"]["sections"]) == 2 and talk["slides"] == []
    code = paragraphs[1]
    assert code["text"] == "\\begin{itemize}\n  \\item[\\%] \\textbf{one}\n  \\item[\\#] \\textbf{two}\n\\end{itemize}"
    assert [code["text"][s["start"]:s["end"]] for s in code["sentences"]] == code["text"].split("\n")
    assert "rows" not in code
    text_with_origin(code["text"], code["map"])  # the map covers the text, indentation and line breaks inserted
    assert all(code["text"][t["start"]:t["end"]] == t["surface"] for t in code["tokens"])
    assert code["source"]["line"] == 5
    assert talk_from_json(talk).paper.sections[0].paragraphs[1].kind == "code"
    records = [json.loads(line) for line in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    [record] = [r for r in records if r.get("code")]
    assert record["kind"] == "paragraph" and record["text"] == code["text"]


@pytest.mark.parametrize("kind, extra, ok", [
    ("code", {}, True), ("table", {}, False), ("code", {"rows": [["a", "b"], ["c", "d"]]}, False)])
def test_the_schema_knows_a_code_paragraph(kind, extra, ok):
    import jsonschema

    from pipeline.structure.schema import schema

    p = {"text": "a\nb", "lang": "en", "source": None, "tokens": [], "sentences": [], "map": [], "kind": kind, **extra}
    whole = {k: v for k, v in schema().items() if k in ("$schema", "$id", "$defs")}
    validator = jsonschema.Draft202012Validator({**whole, "$ref": "#/$defs/paragraph"})
    assert (not list(validator.iter_errors(p))) is ok


_PAPER = """長崎市

港町の交流

長崎市国際課長 田中 次郎

１．歴史
長崎は古くから海外に開かれた港町である。
２．交流の現状
姉妹都市との交流が続いている。
３．課題
若い世代の参加が少ない。
"""


def test_slides_showing_a_little_code_stay_slides():
    """English slides after a Japanese paper stay slides where program lines are fewer than half their English
    lines (a talk on software shows a command or two); the listing rule only takes away slides of program text."""
    slides = ("Nagasaki: A Port Open to the World\n\nNagasaki City\n\nOur open data portal\n"
              "\\begin{document}\n\\end{document}\nData for every ward\nFree to reuse\nThank you\n")
    [talk] = run_text(_PAPER + slides).talks
    assert talk.shape == "proceedings" and talk.slides != ()


def test_english_after_a_japanese_paper_that_is_program_text_is_no_slides():
    code = "\n".join(["\\documentclass{jlreq}", "\\usepackage{graphicx}", "\\begin{document}",
                      "\\includegraphics{figure.pdf}", "\\end{document}"] * 2)
    [talk] = run_text(_PAPER + "Example\n" + code + "\n").talks
    assert talk.shape == "paper" and talk.slides == ()
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


def _measured(rows: list[tuple[str, float]], size: float = 10.0):
    """A listing's lines set in Courier at ``size`` at the given left edges, one raw line each, with their layout."""
    from pipeline.model import LineLayout, Text
    from pipeline.segment.layout import Layout

    char = 0.6 * size
    lines = [Text.from_raw(s, line=k) for k, (s, _) in enumerate(rows, start=1)]
    facts = tuple(LineLayout(page=1, width=len(s), x0=x, x1=x + char * len(s), y0=700 - 12 * k, y1=710 - 12 * k,
                             size=size, font="Courier") for k, (s, x) in enumerate(rows))
    return lines, Layout(facts, ())


def test_indentation_is_measured_from_the_codes_column_not_a_line_numbers_gutter():
    from pipeline.segment.listings import indented

    lines, layout = _measured([("13 \\ifx\\kanjiskip", 72), ("14", 72), ("\\PackageInfo{tascmac}{%", 102),
                               ("}{%", 90), ("  \\relax", 90)])
    assert [t.text for t in indented(lines, layout)] == [
        "13 \\ifx\\kanjiskip", "14", "  \\PackageInfo{tascmac}{%", "}{%", "  \\relax"]


def test_a_column_of_centred_cells_gets_no_indentation():
    from pipeline.segment.listings import indented

    lines, layout = _measured([("\\yen", 300 - 12), ("\\return", 300 - 21), ("\\Return", 300 - 21)])
    assert [t.text for t in indented(lines, layout)] == ["\\yen", "\\return", "\\Return"]
