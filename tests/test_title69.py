"""Helper title69 (issue 16 points 1–2: a report's title and a document's name), after fresh-user trials 68d and 68e.
Made-up documents, other wording, languages and layouts than the trials' (also under /work/regress/in_title69/).

1. A PDF whose running head is its title (atop every page, page 1's before the body) keeps its first copy as the
   title, as the same text as a dump does (``furniture.titles_set_aside`` feeds a PDF's set-aside heads to the dump's
   rule, ``furniture._titles_among_headers``); a head naming the publisher or the journal over a title of its own
   stays furniture on page 1 too.
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, JA, drawn_pdf
from segmenting import only_talk, segment_pdf, text_of

TOP, FOOT = 800.0, 40.0


def _report_pdf(font, head, pages, *, head_pt=9.0, body_pt=11.0, foot=lambda n: f"- {n} -", first=()):
    """Pages of ``(pt, text)`` lines under ``head`` (one place and size on every page), a folio at each foot;
    ``first``: lines set on page 1 only, between the head and the page's text."""
    out = []
    for n, lines in enumerate(pages, 1):
        runs, y = [(font, head_pt, 60.0, TOP, head)] if head else [], TOP - 45
        for pt, text in [*(first if n == 1 else ()), *lines]:
            runs.append((font, pt or body_pt, 60.0, y, text))
            y -= (pt or body_pt) * 2.2
        runs.append((font, 9.0, 280.0, FOOT, foot(n)))
        out.append(runs)
    return drawn_pdf(out)


def _heads(ledger, text):
    return [r.line for r in ledger if r.reason == "running-header" and r.text == text]


JA_PAGES = [[(0, "第1章　施設の現状"), (0, "　本市の下水道は、昭和50年に供用を開始し、普及率は約85パーセントである。")],
            [(0, "第2章　経営の状況"), (0, "　使用料収入は前年度と比べて1パーセント増加した。")],
            [(0, "第3章　今後の取組"), (0, "　今後は、施設の長寿命化と耐震化を計画的に進める。")]]
EN_PAGES = [[(0, "1 Overview"), (0, "The utility supplied drinking water to about 58,000 homes during the year.")],
            [(0, "2 Finances"), (0, "Revenue from charges rose by two per cent, while energy costs rose faster.")],
            [(0, "3 Outlook"), (0, "The board will review the tariff structure and the renewal of old mains.")]]
JA_PROSE = [[(0, "　本報告は、みどり市地域公共交通計画の前半5年間の取組を振り返るものである。")],
            [(0, "　デマンド交通の導入地区では、高齢者の外出回数が増加した。")]]


@pytest.mark.parametrize("font, head, pages, kw", [
    (JA, "令和6年度　下水道事業の概要", JA_PAGES, {}),
    (EN, "Riverside Water Services Annual Report 2024", EN_PAGES, {"foot": lambda n: f"Page {n}"}),
    (EN, "Northgate Cycling Strategy: Progress Review", EN_PAGES[:2], {"foot": lambda n: f"Page {n} of 2"}),
    (JA, "みどり市地域公共交通計画　中間報告", JA_PROSE, {"head_pt": 11.0}),  # the body's size, prose under it
])
def test_pdf_running_head_that_is_the_title_keeps_its_first_copy(font, head, pages, kw):
    doc = segment_pdf(_report_pdf(font, head, pages, **kw))
    [talk] = doc.talks
    assert text_of(talk.title.ja if font == JA else talk.title.en) == head
    # the later pages' copies stay furniture, the first is no longer in the ledger (nothing counted twice)
    assert len(_heads(doc.ledger, head)) == len(pages) - 1 and 1 not in _heads(doc.ledger, head)


@pytest.mark.parametrize("font, head, first, title", [
    # the head names the publisher; the page's own title set large under it on page 1
    (EN, "Riverside Water Services", [(18.0, "Annual Report 2024")], "Annual Report 2024"),
    (JA, "緑川市　企画政策課", [(18.0, "令和6年度　市民意識調査報告書")], "令和6年度\u3000市民意識調査報告書"),
    # a journal's head over a paper's title block (title, author)
    (EN, "Journal of Regional Studies 12", [(16.0, "Rural Bus Services after Deregulation"), (0, "Emily Carter")],
     "Rural Bus Services after Deregulation"),
])
def test_pdf_running_head_over_a_title_of_its_own_stays_furniture(font, head, first, title):
    doc = segment_pdf(_report_pdf(font, head, JA_PAGES[:2] if font == JA else EN_PAGES[:2], first=first))
    [talk] = doc.talks
    assert text_of(talk.title.ja if font == JA else talk.title.en) == title
    assert len(_heads(doc.ledger, head)) == 2  # both copies, page 1's included
    assert head not in [t.text for t in talk.front]


def test_dump_keeps_the_same_title():
    """The dump's rule the PDF now shares: the same report as text keeps its head's first copy as its title."""
    pages = ["令和6年度　下水道事業の概要\n" + "\n".join(t for _, t in p) + f"\n- {n} -\n" for n, p in enumerate(JA_PAGES, 1)]
    talk, _ = only_talk("".join(pages))
    assert text_of(talk.title.ja) == "令和6年度\u3000下水道事業の概要"
