"""A vertical text's page break after a full column that ends a sentence (issue 16 point 2, trial 30): the next page's
first column, flush, goes on with the same paragraph. A vertical paper sets one paragraph under each heading, or
indents its paragraphs; its columns never show a blank column between paragraphs, so a page's last column that fills
the measure ends no paragraph. Trial 30's ``…四日間で体験する。`` | ``- 2 -`` | ``特に火止めの時機は…`` was left split."""

from __future__ import annotations

import sys
from pathlib import Path

S = "港町では古くから海を越えた交流が続いてきた。近年は若い世代の参加が増えている。"  # a column's measure, two sentences
T = "市の交流事業は一九九〇年に始まり、毎年夏には姉妹都市から多くの訪問団を迎えてきたが、その歩みは平坦ではなかった。"


def _talk(columns_by_page):
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf, vertical_columns
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    pages = [[r for r in vertical_columns(cols, right=540, top=780, size=10.5, pitch=20) if r[4]] for cols in columns_by_page]
    cleaned = clean(extract(drawn_pdf(pages), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def test_a_full_column_s_sentence_end_at_a_page_break_is_a_wrap():
    n = len(S)
    first, rest = T[:n], T[n:]
    assert not first.endswith("。")
    talk = _talk([["港町の国際交流", "", "山田　太郎", "", "一　交流の歴史", first, S],
                  [rest, "", "二　今後の課題", S, "今後も続けたい。"]])
    assert [(s.number, len(s.paragraphs)) for s in talk.sections] == [("1", 1), ("2", 1)]
    assert talk.sections[0].paragraphs[0].text == first + S + rest
    assert talk.sections[1].paragraphs[0].text == S + "今後も続けたい。"


def test_an_indented_column_after_a_page_break_still_opens_a_paragraph():
    # a vertical text that indents its paragraphs: the next page's first column set in by one character opens one
    n = len(S)
    first = T[:n]
    talk = _talk([["港町の国際交流", "", "山田　太郎", "", "一　交流の歴史", first, S],
                  ["\u3000" + T[n:], "", "二　今後の課題", S, "今後も続けたい。"]])
    assert [len(s.paragraphs) for s in talk.sections][0] == 2
