"""A Japanese line broken before the conjunctive particle ``て`` goes on into the next line (made-up pages after
japanese-mathformulas and pxjodel, issue 16 real-PDF trial of session 51: ``…宿題が終わっ`` / ``てなお余力のある人は…``
had been two paragraphs, the first ending mid-word)."""

from __future__ import annotations

import pytest
from pdfmaker import JA, drawn_pdf

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

MEASURE = ["港町の交流事業は毎年続けられており、今年は市民の参加者が大きく増えた。夏の講座",
           "では船の歴史を学び、秋には港を歩いて灯台を訪ねた。講座の記録は公民館に置かれ、",
           "誰でも読むことができる。"]  # a paragraph that shows the measure (40 characters)
LINES = ["課題は港の写真を集めることである。宿題が終わっ",  # broken short of the measure, mid-word
         "てなお余力のある人は、次の課題として港の地図を作ってみよう。"]


@pytest.mark.parametrize("leading", [15.0, 30.0])  # set tight, and loose (each line a text box of its own)
def test_a_line_opening_on_te_goes_on_the_paragraph(leading):
    runs = [(JA, 16, 72, 780, "港町の交流の記録"), (JA, 10.5, 72, 740, "はじめに")]
    runs += [(JA, 10.5, 82.5 if k == 0 else 72, 715 - leading * k, line) for k, line in enumerate(MEASURE)]
    runs += [(JA, 10.5, 82.5 if k == 0 else 72, 715 - leading * (k + 3), line) for k, line in enumerate(LINES)]
    runs += [(JA, 10.5, 72, 715 - leading * 5 - 20, "おわりに"), (JA, 10.5, 82.5, 715 - leading * 5 - 45,
                                                                  "来年も多くの市民が参加することを期待したい。")]
    (talk,) = segment(clean(extract(drawn_pdf([runs]), name="te.pdf"))).talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert not [p for p in paragraphs if p.startswith("て")]
    assert any("宿題が終わってなお余力のある人は" in p for p in paragraphs)


def test_a_line_opening_on_a_kanji_after_a_sentence_end_stays_apart():
    # do no harm: a sentence's end, then a new paragraph opening on a word, stays two paragraphs
    runs = [(JA, 16, 72, 780, "港町の交流の記録"), (JA, 10.5, 72, 740, "はじめに"),
            (JA, 10.5, 72, 715, "夏の講座では船の歴史を学んだ。"), (JA, 10.5, 82.5, 700, "手紙を港の子どもたちに送った。")]
    (talk,) = segment(clean(extract(drawn_pdf([runs]), name="te.pdf"))).talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert "手紙を港の子どもたちに送った。" in paragraphs
