"""Session 78, run78: a run of lost kanji opening a sentence names the act the sentence before closed on (寄贈 of
寄贈式); a lost letter of a closed compound rarer than the English list (hairdryers). Made-up notices, not the
trial's (fresh-user trials 78 and 78b; issue 19 point 1). docs/restore.md, *Session 78, run78*."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import repair_after, repair_on_line

G = "\ufffd"

COMPOUND_LISTED = [
    # (text, line of the gap, truth): the sentence before closes on the noun, the gap opens the next one
    ("公民館だより　第十二号\n今年も公園に桜の苗木を植樹しました。\n" + G * 2 + "式には地区の子どもたちも参加しました。\n", 3, "植樹"),
    ("町内会のお知らせ\n秋祭りで集まった募金を社会福祉協議会に寄付しました。\n" + G * 2 + "金は地域の見守り活動に使われます。\n", 3,
     "寄付"),
]


@pytest.mark.parametrize("text,line,truth", COMPOUND_LISTED)
def test_a_noun_closing_the_sentence_before_is_listed(text, line, truth):
    repair = repair_on_line(text, line)
    shown = [c["text"] for c in repair["candidates"]][:5]
    assert repair["restored"] in (None, truth) and truth in shown, (repair["restored"], shown)


NEAR_MISSES = [
    # the gap inside its sentence (not opening it): no noun of the sentence before is listed on it
    ("公民館だより　第十二号\n今年も公園に桜の苗木を植樹しました。\n当日の" + G * 2 + "式には地区の子どもたちも参加しました。\n", "当日の", "植樹"),
]


@pytest.mark.parametrize("text,before,noun", NEAR_MISSES)
def test_a_noun_is_not_listed_inside_a_sentence(text, before, noun):
    repair = repair_after(text, before)
    assert not any("the sentence before the gap's closes on" in e["detail"] for e in repair["evidence"])


def test_a_closed_compound_rarer_than_the_list_is_offered():
    from pipeline.restore import restore_text
    text = "Repair Café\nBring your broken lamps, kettles and hairbru" + G + "hes to the hall on Saturday.\n"
    (repair,) = restore_text(text)["repairs"]
    assert repair["restored"] is None and [c["text"] for c in repair["candidates"]][:1] == ["s"], repair


def test_a_word_of_the_list_is_read_as_before():
    from pipeline.restore import restore_text
    text = "Repair Café\nBring your broken lamps, kettles and toa" + G + "ters to the hall on Saturday.\n"
    (repair,) = restore_text(text)["repairs"]
    assert "s" in [c["text"] for c in repair["candidates"]]
    assert not any("join" in e["detail"] and "wordfreq's rarer" in e["detail"] for e in repair["evidence"])
