"""Hand-labelled restore cases of issue 19 point 2 read the other way: an English gap in the verb of a Japanese
verbal noun's act (焼却 *incineration* → ``incin\ufffdrated``, 決定 *decision* → ``de\ufffd\ufffdded``).

EDICT glosses a verbal noun (Sudachi's サ変可能) by its act's noun; an English line says the act with the verb. The
Japanese beside the English gap proposed only the glosses' own forms (*incineration*, *incinerations*), never the
verb's (*incinerated*), so the English word list decided such gaps alone and the evidence named no Japanese word.
Made-up sentences (not the trials'), each with the letters a careful reader knows were lost (``truth``) and what the
restorer must do (``expect``, as :func:`restore_verdicts.check_verdict` reads it).
"""

from __future__ import annotations

import pytest

from pipeline.glosses import acting_verbs, action_nouns
from pipeline.model import GAP
from pipeline.restore import restore_text
from pipeline.restore.evidence import translation
from restore_verdicts import check_verdict

G = GAP

CASES = [
    # the English word list alone fits one word here; the Japanese now says why, and names its word
    ("incinerated-beside-incineration",
     f"ごみの焼却処理量を削減する。\nReduce the amount of waste incin{G}rated.", "e", "restored", "焼却"),
    ("agreed-beside-agreement",
     f"両市は避難所の相互利用について合意した。\nAg{G}{G}ed on the mutual use of shelters.", "re", "restored", "合意"),
    ("improved-beside-improvement",
     f"市は駅前の道路を改善した。\nThe city im{G}{G}oved the roads by the station.", "pr", "restored", "改善"),
]

KNOWN_MISSES = [
    # decided, deluded, decoded, derided fit; 決定 (*decision*) names the first, but a word of the document's Japanese
    # at large weighs as the deck's (bilingual_deck) and the English list's rivals keep it under the threshold
    # (0.79, was 0.59 before the verb was proposed)
    ("decided-beside-decision",
     f"委員会は計画の見直しを決定した。\nThe committee de{G}{G}ded to review the plan.", "ci", "restored", "決定"),
]


def _check(text: str, truth: str, expect: str, japanese: str) -> None:
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 1
    r = repairs[0]
    check_verdict(r, truth, expect)
    # the Japanese word and the verb's gloss are the evidence
    assert any(f"translates {japanese} (the verb of its gloss" in e["detail"] for e in r["evidence"]), r["evidence"]


@pytest.mark.parametrize("text,truth,expect,japanese", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_case(text, truth, expect, japanese):
    _check(text, truth, expect, japanese)


@pytest.mark.parametrize("text,truth,expect,japanese", [
    pytest.param(*c[1:], id=c[0], marks=pytest.mark.xfail(strict=True, reason="known miss: see KNOWN_MISSES"))
    for c in KNOWN_MISSES])
def test_known_miss(text, truth, expect, japanese):
    _check(text, truth, expect, japanese)


def test_the_verb_is_proposed_only_for_a_verbal_noun():
    """条約 (*treaty*, *agreement*) is a thing, not an act: its gloss proposes *agreement*, never *agreed*."""
    forms = translation._english_forms("両国は条約を結んだ。")
    assert any(f == "agreement" for j, f in forms.get(9, ())) and not any(f == "agreed" for j, f in forms.get(6, ()))
    forms = translation._english_forms("両国は合意した。")
    assert ("合意 (the verb of its gloss agreement)", "agreed") in forms.get(6, ())


def test_acting_verbs_reads_action_nouns_backwards():
    for verb in ("agree", "incinerate", "decide", "reduce", "improve", "plan", "evacuate"):
        for noun in action_nouns(verb):
            assert verb in acting_verbs(noun)
    # a noun no regular ending makes from a verb names no act
    assert acting_verbs("station") == frozenset() and acting_verbs("million") == frozenset()
    assert acting_verbs("city") == frozenset() and acting_verbs("treaty") == frozenset()
