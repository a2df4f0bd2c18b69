"""Make helper furn68's PDF inputs (from the worktree: PYTHONPATH=.:tests python tests/data/furn68/make_pdfs.py OUTDIR).

A one-page PDF whose small-print foot ends in a dash, a bar or a dot and the page's number as a page word prints it
(``… — Page 1 of 1``), beside near misses: the same foot in the body's size, a one-word label's, a sentence's."""
import sys
from pathlib import Path
from pdfmaker import EN, JA, drawn_pdf, text_width

out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
W = 595.28


def one_page(title_runs, lines, foot, foot_font=EN, foot_size=8.0, where="centre", font=EN):
    runs = list(title_runs) + [(font, 11, 60, 690 - k * 22, t) for k, t in enumerate(lines)]
    x1 = 60 + max(text_width(t, font, 11) for t in lines)
    x = (W - text_width(foot, foot_font, foot_size)) / 2 if where == "centre" else x1 - text_width(foot, foot_font, foot_size)
    runs.append((foot_font, foot_size, x, 30, foot))
    return drawn_pdf([runs])


minutes = ["1. Apologies", "Apologies were received from two members of the committee.", "2. Boats",
           "The captain reported that the new four had been delivered and insured."]
(out / "f68_pdf_foot_page_of_en.pdf").write_bytes(one_page(
    [(EN, 16, 60, 760, "Harbour Rowing Club"), (EN, 11, 60, 730, "Committee Meeting, 12 May 2026")],
    minutes, "Harbour Rowing Club Minutes — Page 1 of 1"))
(out / "f68_pdf_foot_dot_en.pdf").write_bytes(one_page(
    [(EN, 16, 60, 760, "Westfield Allotment Society"), (EN, 11, 60, 730, "Spring Newsletter")],
    ["Plots", "Six plots fell vacant over the winter and have been let again.", "Water",
     "The water troughs will be turned on at the end of March."],
    "Westfield Allotment Society · Spring Newsletter · 1", foot_size=7.5, where="right"))
(out / "f68_pdf_foot_page_of_ja.pdf").write_bytes(one_page(
    [(JA, 16, 60, 760, "港南市公民館"), (JA, 11, 60, 730, "運営委員会 議事録")],
    ["1. 開会", "委員7名が出席し、館長が開会を宣言した。", "2. 協議事項", "秋の文化祭の日程と会場について協議した。"],
    "港南市公民館 運営委員会 - Page 1 of 1", foot_font=JA, font=JA))
(out / "f68_pdf_foot_page_lower_en.pdf").write_bytes(one_page(
    [(EN, 16, 60, 760, "Millbrook Parish Council"), (EN, 11, 60, 730, "Footpaths Report")],
    ["Stiles", "Three stiles on the river path have been replaced with kissing gates.", "Signs",
     "New finger posts were put up at the two junctions by the mill."],
    "Millbrook Parish Council | page 1 of 2"))
# near misses: the foot in the body's size; a one-word label's number; a sentence's page reference
(out / "f68_near_pdf_foot_body_size.pdf").write_bytes(one_page(
    [(EN, 16, 60, 760, "Harbour Rowing Club"), (EN, 11, 60, 730, "Committee Meeting, 12 May 2026")],
    minutes, "Stage Plan Review — Page 1 of 1", foot_size=11.0))
(out / "f68_near_pdf_foot_one_word.pdf").write_bytes(one_page(
    [(EN, 16, 60, 760, "Harbour Rowing Club"), (EN, 11, 60, 730, "Committee Meeting, 12 May 2026")],
    minutes, "Appendix — Page 1 of 1"))
(out / "f68_near_pdf_foot_sentence.pdf").write_bytes(one_page(
    [(EN, 16, 60, 760, "Harbour Rowing Club"), (EN, 11, 60, 730, "Committee Meeting, 12 May 2026")],
    minutes, "see the minutes of the last meeting — p. 1"))
