"""A paragraph's sentences follow its script: an English paragraph's come from spaCy's sentencizer.

Trial 13: a letter in English reported each two-sentence paragraph as one sentence (the Japanese rule ends none at
``.``).
"""

from __future__ import annotations

from pipeline.model import Text
from pipeline.structure import paragraph


def test_an_english_paragraph_is_cut_into_its_sentences() -> None:
    text = "Thank you for the invitation to the planning forum in Leeds. I am delighted to accept, and will send my slides."
    p = paragraph(Text.from_raw(text, 1), mode="C", lang="ja")
    assert [text[s.start:s.end] for s in p.sentences] == [
        "Thank you for the invitation to the planning forum in Leeds.",
        "I am delighted to accept, and will send my slides."]


def test_a_japanese_paragraph_keeps_the_japanese_rule() -> None:
    text = "本市は港町である。3.5倍に増えた。"
    p = paragraph(Text.from_raw(text, 1), mode="C", lang="ja")
    assert [text[s.start:s.end] for s in p.sentences] == ["本市は港町である。", "3.5倍に増えた。"]
