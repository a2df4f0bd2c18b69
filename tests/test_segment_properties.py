"""Property tests: whatever the mix of lines, segment neither crashes nor loses, duplicates or invents text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError
from pipeline.model import Segmented
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from segment_inputs import cleaned_from_text

G = "\ufffd"
POOL = [
    "那覇市", f"{G}{G}{G}札幌市", "海と空の交流", "～副題の行～", "那覇市国際課長 山田 太郎",
    "1．はじめに", f"{G}{G}方法", "2.1 資料", f"{G}{G}2 結果", "第1章 序論", "（１）項目", "1-1 背景",
    "本文の段落である。", f"{G}えた段落である。", "① 項目の行",
    "Sea and Sky Exchange", "CITY OF NAHA", "~Winter Resources~", "Port of Naha", "■Container terminal",
    "and the sentence goes on.", "Local staff: 2", "Universities in Town ３３", "7", "１１", "１０１０", "2014",
    " Page Start Title", "Thank you", "СПАСИБО ЗА ВНИМАНИЕ.", G * 5, "",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=40))
@example(["那覇市", "１１", "Universities in Town ３３"])  # a missing number with no room for its slide
@example(["那覇市"] * 7 + ["2014", " Page Start Title", "7"])  # a year and a page number are no page sequence
def test_segment_conserves_any_mix_of_lines(lines):
    cleaned = cleaned_from_text("\n".join(lines))
    try:
        doc = segment(cleaned)
    except InputError:
        # only blanks and lone numbers: no text to rebuild, refused (segment.refuse_set_aside, review 48)
        assert all(not line.strip() or line.strip().isdecimal() for line in lines), lines
        return
    assert conservation_problems(cleaned, doc) == []
    assert Segmented.from_json(doc.to_json()) == doc
    for talk in doc.talks:
        numbers = [s.number for s in talk.slides if s.number is not None]
        assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))
