"""A lost glyph that opens a number before its thousands group is a digit (fresh-user trial 63b: ``約\ufffd,000社`` had
been offered 束, は, し, no digit at all)."""
import pytest

from pipeline.restore import restore_text


@pytest.mark.parametrize("line", ["現在は約\ufffd,000社のIT企業が立地している。", "来場者は\ufffd,500人を超えた。",
                                  "総額\ufffd,200万円の事業である。"])
def test_a_gap_before_a_thousands_group_is_offered_digits(line):
    repair = restore_text(line + "\n")["repairs"][0]
    assert all(c["text"].isdigit() for c in repair["candidates"])
    assert repair["status"] != "restored"  # nothing in the line says which digit


def test_a_code_before_a_thousands_group_is_no_number():
    repair = restore_text("型番はA\ufffd,000です。\n")["repairs"][0]
    assert not all(c["text"].isdigit() for c in repair["candidates"])
