"""Helper fix69j (issue 16 point 4), after fresh-user trial 69d's ``j_ja_pdf.pdf``: a head printed identically atop
every page of a PDF of two pages or more, smaller than the text under it, at the text's own line pitch (less than a
body size of white under it), is page furniture, never a body paragraph. Made-up documents, other wording,
languages and layouts than the trial's (also under /work/regress/in_fix69j/).
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, JA, drawn_pdf
from segmenting import segment_pdf

TOP, FOOT = 798.0, 40.0


def _paper_pdf(font, head, pages, *, head_pt=9.0, body_pt=11.0, pitch=2.0, head_gap=None, foot=lambda n: f"- {n} -"):
    """Pages of body lines under ``head`` (one place and size on every page), each line ``pitch`` body sizes under
    the one before (the head 1.85 body sizes over the first, unless ``head_gap`` points), a folio at each foot."""
    out = []
    for n, lines in enumerate(pages, 1):
        runs = [(font, head_pt, 60.0, TOP, head)]
        y = TOP - (head_gap if head_gap is not None else body_pt * 1.85)  # the trial's: 0.86 body sizes of white
        for pt, text in lines:
            runs.append((font, pt or body_pt, 60.0, y, text))
            y -= (pt or body_pt) * pitch
        runs.append((font, 9.0, 290.0, FOOT, foot(n)))
        out.append(runs)
    return drawn_pdf(out)


def _paragraph_texts(doc) -> list[str]:
    out = []
    for talk in doc.talks:
        for part in [*talk.front, *(p for s in talk.sections for p in s.paragraphs)]:
            out.append(part.text if hasattr(part, "text") else str(part))
    return out


def _kept(doc, head) -> bool:
    """The head's text stands in a talk's body or front (outside the ledger)."""
    return any(head in t for t in _paragraph_texts(doc))


JA_PAGES = [[(0, "湖北町"), (0, "田んぼと水路の生きもの調査"), (0, "1. 調査の目的"),
             (0, "湖北町では水田の水路に多くの魚が暮らしている。"), (0, "2. 調査の方法")],
            [(0, "調査は毎年六月と九月に行っている。"), (0, "3. 結果"), (0, "ナマズとドジョウの数が増えた。")]]
EN_PAGES = [[(0, "Harbour Lighting Renewal"), (0, "1 Introduction"), (0, "The harbour's lamps were replaced in 2025."),
             (0, "2 Method")],
            [(0, "Each lamp was measured at night in March."), (0, "3 Results")],
            [(0, "Glare fell at every berth we measured."), (0, "4 Conclusion")]]


@pytest.mark.parametrize("font, head, pages, kw", [
    (JA, "第7回 農村環境フォーラム 講演録", JA_PAGES, {}),  # the trial's layout, another wording
    (JA, "第7回 農村環境フォーラム 講演録", JA_PAGES, {"head_pt": 8.0, "body_pt": 10.5, "pitch": 1.8}),
    (EN, "Proceedings of the Coastal Lighting Day 2026", EN_PAGES[:2], {"head_pt": 8.0, "body_pt": 10.0,
                                                                   "foot": lambda n: f"Page {n}",
                                                                   "head_gap": 16.0}),
])
def test_small_head_atop_every_page_is_furniture(font, head, pages, kw):
    doc = segment_pdf(_paper_pdf(font, head, pages, **kw))
    assert not _kept(doc, head)
    heads = [r for r in doc.ledger if r.reason == "running-header" and r.text == head]
    assert len(heads) == len(pages)


def test_table_header_over_rows_atop_every_page_stays():
    """Near miss: a table's header repeated atop both pages, set in its rows' size, close over them: content."""
    pages = [[(9.0, "North   March   117"), (0, "The levels rose in March.")],
             [(9.0, "South   April   95"), (0, "They fell again in April.")]]
    doc = segment_pdf(_paper_pdf(EN, "Site   Date   Level", pages, head_gap=14.0, pitch=1.6))
    assert not [r for r in doc.ledger if r.reason == "running-header"]


def test_small_line_atop_one_page_only_stays():
    """Near miss: a small kicker atop page 1 only recurs nowhere: the document's own."""
    data = drawn_pdf([[(JA, 9.0, 60.0, TOP, "研究ノート"), (JA, 11.0, 60.0, 776.0, "水辺の記録"),
                       (JA, 11.0, 60.0, 754.0, "本稿は湖の記録である。")],
                      [(JA, 11.0, 60.0, 776.0, "続きの本文である。"), (JA, 11.0, 60.0, 754.0, "以上。")]])
    doc = segment_pdf(data)
    assert not [r for r in doc.ledger if r.reason == "running-header"]
