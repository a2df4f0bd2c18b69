"""The HTML repair report (pipeline/report.py) and the `report` command, on small made-up inputs.

The restored talk is built here by hand from the records in pipeline/model.py
and made into its talk document by the structure stage, so these tests do not
move when the upstream stages change what they find in the sample. The report
reads nothing else but the extracted raw lines.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import golden
import pytest

from pipeline import cli
from pipeline.model import (
    Bilingual,
    Candidate,
    Evidence,
    LedgerRow,
    Repair,
    Restored,
    RestoredTalk,
    Section,
    Slide,
    SourceFile,
    Speaker,
    Talk,
    Text,
)
from pipeline.report import Block, ReportSource, Row, align_rows, fold_blank_rows, render_report, summarize
from pipeline.structure import export, structure
from pipeline.structure.document import TalkDocument, talk_from_json

G = "\ufffd"
FILE = "raw/made_up.txt"

# A made-up talk (no sample text): a Japanese paper with one heading and one
# paragraph, two slides printed in the order 2, 1, a ghost line, a doubled
# layer, and a line that tries to inject markup.
RAW = (
    f"緑川市の国{G}交流",  # 1 title, one gap: restored
    f"緑川市 観光部長 {G}{G}太郎",  # 2 speaker, a name: unresolved
    "１．はじめに",  # 3
    "本市は国際交流を進めてきた。",  # 4
    "<script>alert('x')</script> & more",  # 5 kept as text, must be escaped
    "G h s t l n e",  # 6 ghost line: dropped whole
    "Slide 2: Harbour & Ships",  # 7 slide 2 comes first in the raw
    f"○Founded 19{G}8",  # 8 ambiguous digit
    "Greenriver CityGreenriver City",  # 9 slide 1 title, doubled layer
    "○Twin towns: 3",  # 10
)


def _line(n: int) -> Text:
    return Text.from_raw(RAW[n - 1], line=n)


def handmade_restored() -> Restored:
    title = _line(1).replace_span(5, 6, "際")  # same length: keeps the gap's raw position
    speaker = _line(2)
    heading = _line(3).replace_span(0, 1, "1")  # width folded, raw position kept
    para = _line(4) + _line(5)
    slide2_title, slide2_line = _line(7)[9:], _line(8)
    slide1_title, slide1_line = _line(9)[:15], _line(10)
    talk = Talk(
        id="midori",
        first_line=1,
        last_line=len(RAW),
        city=Bilingual(_line(1)[:3], None),
        title=Bilingual(title, slide1_title),
        subtitle=Bilingual(None, None),
        speaker=Speaker(speaker, speaker[:8], None),
        sections=(Section("1", 1, heading[2:], (para,), heading),),
        slides=(Slide(1, slide1_title, (slide1_line,)), Slide(2, slide2_title, (slide2_line,))),
    )
    repairs = (
        Repair(1, 5, G, "際", "restored", 0.97, (Candidate("際", 0.97), Candidate("内", 0.02)),
               (Evidence("repetition", "国際交流 at line 4"),)),
        Repair(2, 9, G * 2, None, "unresolved", 0.0, (), (Evidence("abstention", "a person's name after a title"),)),
        Repair(8, 11, G, None, "ambiguous", 0.45, (Candidate("5", 0.45), Candidate("9", 0.44)),
               (Evidence("numbering", "a year: any digit fits"),)),
    )
    ledger = (
        LedgerRow("drop_ghost_lines", "dropped", 6, 0, RAW[5], "ghost-line"),
        LedgerRow("collapse_doubled_runs", "dropped", 9, 15, RAW[8][15:], "doubled-layer"),
        LedgerRow("normalise_width", "changed", 3, 0, "１", "width", "1"),
    )
    return Restored(SourceFile(FILE, "0" * 64, "txt"), (RestoredTalk(talk, repairs),), ledger)


def talk_document(doc: Restored) -> TalkDocument:
    """The made-up file's one talk, as the structure stage writes it."""
    return structure(doc, stem="made_up")["made_up/midori"]


def handmade_source() -> ReportSource:
    return ReportSource(FILE, RAW, (talk_document(handmade_restored()),))


class TagBalance(HTMLParser):
    """Fails on a closing tag that does not match the open one (void elements excepted)."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()


@pytest.fixture(scope="module")
def page() -> str:
    return render_report([handmade_source()])


def talk_part(page: str) -> str:
    return page[page.index("<section class=talk"):]


def test_page_is_balanced_html_and_self_contained(page):
    checker = TagBalance()
    checker.feed(page)
    assert checker.stack == []
    # Nothing to fetch and nothing to run: no script, stylesheet link, image, font or URL.
    for needle in ("<script", "<link", "<img", "@import", "url(", "http:", "https:", "src="):
        assert needle not in page


def test_document_text_is_escaped(page):
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page
    assert "Harbour &amp; Ships" in page


def test_every_raw_line_shows_once_in_raw_order(page):
    numbers = [int(n) for n in re.findall(r'class="ln[^"]*" data-n="(\d+)"', page)]
    assert numbers == list(range(1, len(RAW) + 1))


def test_repairs_are_marked_by_status_and_confidence_on_both_sides(page):
    body = talk_part(page)
    # reconstructed side: the fill, with its candidates and evidence in the popup
    fill = re.search(r'<span class="rp st-restored cf-hi"[^>]*><span class=fill>際</span><span class=pop>(.*?)</span></span>', body)
    assert fill and "repetition" in fill.group(1) and "国際交流 at line 4" in fill.group(1) and "0.97" in fill.group(1)
    assert re.search(r'<span class="rp st-ambiguous cf-lo"[^>]*><span class=fill>�</span>', body)
    assert re.search(r'<span class="rp st-unresolved cf-none"[^>]*><span class=fill>��</span>', body)
    # raw side: each gap linked to its row in the repair table, with a tooltip
    assert re.search(r'<a class="gap st-ambiguous cf-lo" id="t1-g2" href="#t1-r2" title="ambiguous, confidence 0.45, raw 8:11 — candidates: 5 0.45, 9 0.44', body)
    assert 'id="t1-r0"' in body and 'id="t1-r1"' in body and 'id="t1-r2"' in body


def test_dropped_text_is_struck_through_with_its_reason(page):
    body = talk_part(page)
    assert '<div class="ln dl" data-n="6"><del title="dropped: ghost-line (drop_ghost_lines)">G h s t l n e</del><span class=why>ghost-line</span></div>' in body
    # a partial drop: the first copy stays plain, the second is struck through
    assert 'data-n="9">Greenriver City<del title="dropped: doubled-layer (collapse_doubled_runs)">Greenriver City</del><span class=why>doubled-layer</span>' in body


def test_replaced_text_is_underlined_with_its_replacement(page):
    assert '<div class="ln" data-n="3"><span class=chg title="changed to “1”: width (normalise_width)">１</span>．はじめに</div>' in page
    assert '<table class="summary changed"><caption>Changed</caption>' in page
    assert "<tr><th>width</th><td>1</td><td>1</td></tr>" in page
    src = handmade_source()
    talk = src.talks[0]
    unchanged = dataclasses.replace(talk, dropped=tuple(d for d in talk.dropped if d.action == "dropped"))
    assert "summary changed" not in render_report([ReportSource(src.name, src.raw_lines, (unchanged,))])


def test_raw_text_that_went_nowhere_is_flagged(page):
    # The made-up slide number "Slide 2:" reached neither a block nor the ledger.
    lost = re.findall(r'<span class=lost title="in neither the reconstructed text nor the ledger">([^<]*)</span>', page)
    assert lost == ["Slide", "2:"]
    assert '<div class="blk nothing">dropped</div>' in page  # beside the ghost line


def test_blank_raw_lines_do_not_get_rows_of_their_own():
    raw = RAW[:6] + ("", "  ") + RAW[6:]
    rows = fold_blank_rows([Row(1, 6, ()), Row(7, 8, ()), Row(9, 12, ())], raw)
    assert [(r.first, r.last) for r in rows] == [(1, 8), (9, 12)]


def test_slides_printed_out_of_order_sit_beside_their_raw_lines():
    blocks = [Block("slide", "slide 1", "", (9, 10)), Block("slide", "slide 2", "", (7, 8))]
    rows = align_rows(blocks, 1, 10)
    assert [(r.first, r.last, [b.label for b in r.blocks]) for r in rows] == [
        (1, 6, []), (7, 8, ["slide 2"]), (9, 10, ["slide 1"])]


def test_summary_counts():
    s = summarize(handmade_source().talks[0])
    assert s.gaps == {"restored": 1, "ambiguous": 1, "unresolved": 1}
    assert s.glyphs == {"restored": 1, "ambiguous": 1, "unresolved": 2}
    assert s.dropped == (("doubled-layer", 1, 1, 15), ("ghost-line", 1, 1, 13))
    assert (s.sections, s.subsections, s.paragraphs, s.slides) == (1, 0, 1, 2)


def test_summary_table_is_rendered(page):
    tables = re.findall(r'<table class="summary (\w+)">', page)
    assert tables == ["overview", "gaps", "dropped", "changed", "structure"]
    assert '<tr class="st-unresolved"><th><span class=sw></span>unresolved</th><td>1</td><td>2</td></tr>' in page
    assert "<tr><th>ghost-line</th><td>1</td><td>1</td><td>13</td></tr>" in page


def test_markup_in_evidence_does_not_break_the_page():
    src = handmade_source()
    talk = src.talks[0].to_json()
    talk["repairs"][0]["evidence"] = [{"kind": "lexicon", "detail": "</span></details><b>"}]
    page = render_report([ReportSource(src.name, src.raw_lines, (talk_from_json(talk),))])
    TagBalance().feed(page)
    assert "&lt;/span&gt;&lt;/details&gt;&lt;b&gt;" in page


def test_a_word_outside_the_closed_vocabulary_is_refused_when_the_talk_is_read():
    talk = handmade_source().talks[0].to_json()
    talk["repairs"][0]["status"] = "odd\"><b>"
    with pytest.raises(ValueError, match=r"repairs\[0\]\.status"):
        talk_from_json(talk)


def test_records_without_a_raw_position_are_listed_not_placed():
    src = handmade_source()
    talk = src.talks[0].to_json()
    talk["repairs"].append({"source": None, "original": G, "restored": "．", "status": "restored", "confidence": 0.99,
                            "candidates": [{"text": "．", "score": 0.99}], "evidence": [{"kind": "numbering", "detail": "made up"}]})
    page = render_report([ReportSource(src.name, src.raw_lines, (talk_from_json(talk),))])
    TagBalance().feed(page)
    assert '<tr id="t1-r3" class="st-restored cf-hi"><td>?</td>' in page
    assert "t1-g3" not in page  # nothing on the raw side to point at
    assert '<tr class="st-restored"><th><span class=sw></span>restored</th><td>2</td>' in page  # still counted


def test_empty_report_says_what_to_do():
    assert "No talks found: run <code>make all</code> first." in render_report([])


def test_report_is_deterministic_and_matches_golden(page):
    assert render_report([handmade_source()]) == page
    golden.compare(page, "report/handmade.html")


# --------------------------------------------------------------------------
# The `report` command
# --------------------------------------------------------------------------


def write_outputs(out: Path) -> None:
    """Lay out OUT/ as `make all` would for the made-up file: the talk folder and the extracted lines,
    and the other stages' files, which the report does not read."""
    doc = handmade_restored()
    stem = "made_up"
    (out / "talks" / stem).mkdir(parents=True)
    (out / "talks" / stem / "midori.json").write_text(export.talk_json_text(talk_document(doc)), encoding="utf-8")
    (out / "talks" / stem / "index.json").write_text(
        json.dumps({"source": doc.source.to_json(), "talks": [{"id": "made_up/midori", "file": "midori.json"}]}), encoding="utf-8")
    (out / "extract").mkdir()
    (out / "extract" / f"{stem}.json").write_text(json.dumps(
        {"source": doc.source.to_json(), "page_starts": [1], "notes": [], "markers": [], "lines": list(RAW)}), encoding="utf-8")
    (out / "restore").mkdir()
    (out / "restore" / f"{stem}.json").write_text(json.dumps(doc.to_json(), ensure_ascii=False), encoding="utf-8")


def test_report_command_writes_the_page(tmp_path, capsys):
    write_outputs(tmp_path)
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    written = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert written == render_report([handmade_source()])
    # says where it wrote the page unless told to be quiet (trial 51: a silent success was unclear)
    assert capsys.readouterr().err == f"pipeline: report of 1 talk from 1 file written to {tmp_path / 'report.html'}\n"
    assert cli.main(["report", "--out", str(tmp_path), "-o", str(tmp_path / "r.html"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == written


def test_report_names_the_raw_files_without_output(tmp_path):
    """Trial fault 12: report.html never mentioned the files that failed. Given the raw files, it lists those
    with no talk output (the run refused them)."""
    write_outputs(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    assert cli.main(["report", "--out", str(tmp_path), str(raw / "empty.txt")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    # never run (the report was asked for it straight away): named as ``status`` names it (helper heads50)
    assert page == render_report([handmade_source()], missing=[(str(raw / "empty.txt"), "not run")])
    assert f"<h2>Files without output (1)</h2><ul><li><code>{raw / 'empty.txt'}</code>: not run</li></ul>" in page
    assert "not run: no run has finished it yet" in page and "failed:" not in page
    assert "1 file(s): raw/made_up.txt; 1 talk(s); 1 without output" in page
    assert "Files without output" not in render_report([handmade_source()])


def test_report_command_reads_the_talks_and_the_extract_only(tmp_path):
    write_outputs(tmp_path)
    shutil.rmtree(tmp_path / "restore")
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == render_report([handmade_source()])


def test_report_command_refuses_an_extract_of_another_raw_file(tmp_path, capsys):
    write_outputs(tmp_path)
    extract = tmp_path / "extract" / "made_up.json"
    data = json.loads(extract.read_text(encoding="utf-8"))
    data["source"]["sha256"] = "1" * 64
    extract.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["report", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == (f"pipeline: {extract}: was extracted from another version of {FILE} than "
                   f"{tmp_path}/talks/made_up/midori.json — rebuild both from the raw file (make all)\n")


def test_report_command_refuses_an_old_talk_file(tmp_path, capsys):
    write_outputs(tmp_path)
    talk_file = tmp_path / "talks" / "made_up" / "midori.json"
    talk_file.write_text(json.dumps(dict(json.loads(talk_file.read_text(encoding="utf-8")), schema_version=3)), encoding="utf-8")
    assert cli.main(["report", "--out", str(tmp_path)]) == 1
    assert "schema_version is 3, not 7: rebuild it with the structure stage" in capsys.readouterr().err


def test_report_command_names_the_missing_stage_file(tmp_path, capsys):
    write_outputs(tmp_path)
    (tmp_path / "extract" / "made_up.json").unlink()
    assert cli.main(["report", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == f"pipeline: {tmp_path}/extract/made_up.json: does not exist — run the extract stage first (make all)\n"
    assert not (tmp_path / "report.html").exists()


def test_report_command_on_empty_output_warns(tmp_path, capsys):
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    assert "no talks found, the report is empty" in capsys.readouterr().err
    assert "No talks found" in (tmp_path / "report.html").read_text(encoding="utf-8")
