"""A digit inside a number is not settled by a short context of digits, marks and units repeated elsewhere (issue
19, point 1: evidence from repetition weighs how specific the repeated context is).

``0.\ufffd mm`` beside ``0.05 mm`` elsewhere was offered ``0`` alone at 0.9855: the repeat ``0.0`` goes on with a 5
where this number ends, and a digit, a point and a unit repeated single out nothing.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text


@pytest.mark.parametrize("text", [
    "膜の厚さは0.\ufffd mmに揃えた。\n比較用の膜は0.07 mmで作った。",
    "The gasket was 0.\ufffd mm thick.\nThe second gasket was 0.07 mm thick.",
    "誤差は1.\ufffd%以内とした。\n前回の誤差は1.25%だった。",
])
def test_a_decimal_digit_beside_a_short_repeated_number_is_open_with_every_digit(text):
    (repair,) = restore_text(text)["repairs"]
    assert repair["status"] == "ambiguous" and repair["restored"] is None, repair
    assert repair["confidence"] <= 0.5, repair
    # every digit listed (session 84, rest84: a list cut at five named half of them as if the rest were ruled out)
    assert len(repair["candidates"]) == 10 and all(c["text"].isdigit() for c in repair["candidates"]), repair
    assert not [e for e in repair["evidence"] if e["kind"] == "repetition"], repair


def test_a_number_repeated_with_its_words_is_still_evidence():
    text = "漁協の組合員は21\ufffd人を数える。\n昨年の総会で、漁協の組合員は214人と報告された。"
    (repair,) = restore_text(text)["repairs"]
    assert repair["candidates"][0]["text"] == "4", repair
    assert any(e["kind"] == "repetition" and "組合員は214人" in e["detail"] for e in repair["evidence"]), repair
