"""Page furniture at a page's edge, and lines a text repeats there as its own (issue 16 point 4, helper page67).

A line closing most pages of a paged document (every page, or every page but a title page; two pages or more), the
same words with digits folded and standing nowhere else, is a running foot: a heading never closes a page, so one set
larger than the body is a foot too (``furniture._closing_feet``). A line the text repeats as its own stays, however
often it stands at a page's edge: a refrain that also stands mid-page, a sentence (``furniture._refrains``).
Made-up inputs: PDFs drawn top down (test_segment_pdf_heading_evidence's ``_pdf``) and text dumps paged by form feeds
(their copies kept in /work/regress/in_page67/ with more of their kind)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD  # noqa: E402
from reliability import one_talk  # noqa: E402
from test_segment_pdf_heading_evidence import _pdf, _sections, _talk, _text  # noqa: E402

FF = "\f"
ALMANAC = ["The ferry crossed to the island four times a day in summer and twice in winter, weather allowing,",
           "and the harbour master logged each crossing with the number of passengers and the cargo carried,",
           "so the almanac could print the year's totals beside those of the years before the new pier."]


def _dump_talk(tmp_path: Path, name: str, pages: list[str]) -> tuple[dict, list[tuple[str, str]]]:
    """The talk of a text dump whose pages are ``pages`` (joined by form feeds), and its segment ledger's
    ``(reason, text)`` rows, page breaks aside."""
    path = tmp_path / "in" / name
    path.parent.mkdir()
    path.write_text(FF.join(pages), encoding="utf-8")
    talk = one_talk(path, tmp_path)
    ledger = json.loads((tmp_path / "out" / "segment" / (path.stem + ".json")).read_text(encoding="utf-8"))["ledger"]
    return talk, [(r.get("reason"), r.get("text")) for r in ledger if r.get("reason") != "page-break"]


def _paragraphs(talk: dict) -> list[str]:
    paper = talk["paper"]
    return [p["text"] for p in paper["front"]] + [p["text"] for s in paper["sections"] for p in s["paragraphs"]]


def test_a_foot_set_larger_closing_every_page_but_the_first_is_no_heading() -> None:
    body = [(EN, 10.0, s) for s in ALMANAC]
    pages = [[(EN_BOLD, 10.0, "1. Crossings"), *body, *body],
             [*body, (EN_BOLD, 10.0, "2. Passengers"), *body, (EN, 11.5, "the island almanac, 2026")],
             [*body, (EN_BOLD, 10.0, "3. Cargo"), *body, (EN, 11.5, "the island almanac, 2026")]]
    talk = _talk(_pdf(pages))
    assert _sections(talk) == [("1", 1, "Crossings"), ("2", 1, "Passengers"), ("3", 1, "Cargo")]
    assert "almanac, 2026" not in _text(talk)


def test_a_dumps_foot_closing_its_later_pages_goes_to_the_ledger(tmp_path: Path) -> None:
    text = "\n".join(ALMANAC)
    pages = [f"Island Ferry\n\n1. Crossings\n\n{text}\n",
             f"{text}\n\n2. Passengers\n\n{text}\n\nferry almanac, spring\n",
             f"{text}\n\nferry almanac, spring\n"]
    talk, dropped = _dump_talk(tmp_path, "ferry.txt", pages)
    assert not any("ferry almanac" in p for p in _paragraphs(talk))
    assert dropped.count(("running-footer", "ferry almanac, spring")) == 2


def test_a_refrain_closing_pages_and_stanzas_stays_text(tmp_path: Path) -> None:
    # near miss of the feet: ``the tide comes in`` closes each page, and stanzas mid-page too
    stanzas = ["The Lighthouse\n\nShe climbed the stair at fall of night\nand trimmed the wick with care\nthe tide comes in\n\n"
               "She watched the boats beyond the light\nand heard them singing there\nthe tide comes in\n",
               "The winter gales came off the sea\nthe glass was cracked and grey\nthe tide comes in\n\n"
               "She kept the lamp for all to see\nuntil the break of day\nthe tide comes in\n",
               "And when the keepers went ashore\nthe lamp burned on alone\nthe tide comes in\n"]
    talk, dropped = _dump_talk(tmp_path, "lighthouse.txt", stanzas)
    assert sum(p.count("the tide comes in") for p in _paragraphs(talk)) == 5
    assert not any("tide" in (text or "") for _, text in dropped)


def test_a_sentence_closing_every_page_stays_text(tmp_path: Path) -> None:
    # near miss: the same sentence, on its full stop, closes each page: the text's own
    pages = ["Dawn\n\nThe boats left the quay before the light came up.\nWe counted them from the harbour wall.\n"
             "The wind was fair.\n",
             "Noon\n\nThe nets came up heavy with herring and sprats.\nThe market filled and emptied by two.\n"
             "The wind was fair.\n",
             "Dusk\n\nThe lamps were lit one by one along the quay.\nThe last boat tied up after dark.\n"
             "The wind was fair.\n"]
    talk, dropped = _dump_talk(tmp_path, "day.txt", pages)
    assert sum(p.count("The wind was fair.") for p in _paragraphs(talk)) == 3
    assert dropped == []


def test_a_japanese_sentence_near_each_pages_foot_stays_text(tmp_path: Path) -> None:
    # the last sentence of each page's paragraph repeats, ending on 。, over a foot that recurs on every page: the
    # foot goes, the sentence stays (it had gone as a running footer with it)
    body = "市内の路線バスは平成の終わりから利用者が減り続け、三つの路線が廃止された。\n利用者アンケートでは朝夕の便を残す声が多かった。\n"
    pages = [f"路線バスの今後\n\n{body}\n地域交通だより　第3号\n", f"２．利用者の声\n\n{body}\n地域交通だより　第4号\n",
             f"{body}\n地域交通だより　第5号\n"]
    talk, dropped = _dump_talk(tmp_path, "bus.txt", pages)
    assert sum(p.count("朝夕の便を残す声が多かった。") for p in _paragraphs(talk)) == 3
    assert [text for reason, text in dropped if reason == "running-footer"] == ["地域交通だより　第3号", "地域交通だより　第4号", "地域交通だより　第5号"]


def test_short_lines_ending_paragraphs_at_page_feet_stay(tmp_path: Path) -> None:
    # near miss: each page's last line is short and ends its paragraph, no two alike; each page opens on a heading
    pages = ["Harbour Notes\n\n1. Quays\n\nThe quay walls were repaired in spring after the storms\nof the winter had "
             "loosened the stones.\nAll done.\n",
             "2. Dues\n\nThe dues for a berth were raised twice in the decade\nbefore the war and lowered once after it.\n"
             "Boats paid less.\n",
             "3. Board\n\nThe board was wound up in 1961 and its duties passed\nto the district council.\nNo more meetings.\n"]
    talk, dropped = _dump_talk(tmp_path, "notes.txt", pages)
    assert [s["title"] for s in talk["paper"]["sections"]] == ["Quays", "Dues", "Board"]
    assert {"All done.", "Boats paid less.", "No more meetings."} <= set(_paragraphs(talk))
    assert dropped == []


# A paragraph's end at the foot of a page's longest column, read by the document's column height (measures.
# _short_of_the_usual_foot): page 1's two columns reach the foot of the text block; page 2's left column stops far
# above it, right after a full line that ends a sentence, the right column opening on the next paragraph (white only
# parts paragraphs), shorter still.

FILL = ["The survey began in the spring with a count of the boats moored in each harbour and a note of their size.",
        "Harbour masters kept their own ledgers, and most of them let us copy the figures for the last ten years.",
        "Some towns had lost more than half their fleet, others only a few boats, and two had grown a little.",
        "Where the fleet had grown, the harbour had a fish market of its own and a road that reached the motorway."]


def _two_page_columns(tmp_path: Path, paragraph: str, upto: str, tail: list[str]) -> tuple[list[str], dict]:
    """Paragraphs flowed through two pages of two columns (10 pt on 12.5, 6 pt between paragraphs), page 1 full;
    page 2's left column broken right after ``upto`` (the start of ``paragraph``), far above page 1's columns' foot."""
    from pdfmaker import drawn_pdf, flowed_pages, text_width
    from test_columns65b import OPENING, W

    size, leading = 10.0, 12.5
    body = [("p", f"{FILL[k % 4]} {FILL[(k + 1) % 4]}") for k in range(22)]
    blocks = [("h", "1. Introduction"), ("p", OPENING), *body, ("p", paragraph), *(("p", t) for t in tail)]
    full = [(0, 50, 287, 720, 60), (0, 308, 545, 720, 60), (1, 50, 287, 780, 60), (1, 308, 545, 780, 60)]
    probe = flowed_pages(blocks, full, size=size, leading=leading, gap=6)
    y = min(r[3] for r in probe[1] if r[4].endswith(upto.split()[-1]))
    frames = [*full[:2], (1, 50, 287, 780, y - leading), full[3]]
    pages = flowed_pages(blocks, frames, size=size, leading=leading, gap=6)
    title = "Working Harbours on the West Coast"
    pages[0] = [(EN_BOLD, 14, (W - text_width(title, EN_BOLD, 14)) / 2, 790, title), *pages[0]]
    path = tmp_path / "two.pdf"
    path.write_bytes(drawn_pdf(pages))
    return [text for kind, text in blocks if kind == "p"], one_talk(path, tmp_path)


def test_a_full_last_line_over_a_spaced_paragraph_at_a_short_longest_column_ends_its_paragraph(tmp_path: Path) -> None:
    from test_columns65b import BROKEN, NEXT, padded_full

    last = padded_full(BROKEN, NEXT.split()[0], 237, 10.0)
    paragraphs, talk = _two_page_columns(tmp_path, last, last, [NEXT])
    assert _paragraphs(talk) == paragraphs


def test_a_full_last_line_at_a_balanced_short_column_goes_on(tmp_path: Path) -> None:
    # near miss: page 2's columns are balanced (the right one a line shorter than the left): a balancing typesetter
    # ends them short of the foot mid-paragraph, so the short column shows nothing and first fit reads the paragraph
    # going on
    from test_columns65b import BROKEN, GOES_ON, padded_full

    first = padded_full(BROKEN, GOES_ON.split()[0], 237, 10.0)
    paragraphs, talk = _two_page_columns(tmp_path, first + " " + GOES_ON, first, [f"{FILL[0]} {FILL[1]}", FILL[3]])
    assert _paragraphs(talk) == paragraphs


def test_a_copyright_foot_ending_on_a_full_stop_stays_furniture(tmp_path: Path) -> None:
    # near miss of the sentence rule: a copyright line is a label however it ends (a year, ©)
    text = "\n".join(ALMANAC)
    pages = [f"Island Ferry\n\n{text}\n\n© 2026 Harbour Press. All rights reserved.\n",
             f"{text}\n\n© 2026 Harbour Press. All rights reserved.\n",
             f"{text}\n\n© 2026 Harbour Press. All rights reserved.\n"]
    talk, dropped = _dump_talk(tmp_path, "press.txt", pages)
    assert not any("Harbour Press" in p for p in _paragraphs(talk))
    assert dropped.count(("running-footer", "© 2026 Harbour Press. All rights reserved.")) == 3
