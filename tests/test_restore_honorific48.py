"""A gap before an honorific (issue 19, point 4): a kana may stand directly before one (``お子様``) as well as a name's
letter, so such a gap is offered its candidates and never filled; a name reaches back from its honorific up to four
letters, whatever stands before it; a surname before a given name in hiragana is a name; and an honorific further on
in the line says nothing about the gap."""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text


def _only(text: str) -> dict:
    (repair,) = restore_text(text)["repairs"]
    return repair


@pytest.mark.parametrize("text, offered", [
    # (``式典では田中�さんが挨拶した。`` left this list in session 76: after a surname written whole the gap is the
    # given name's, held with no candidate, test_a_given_name_after_a_written_surname_is_held below)
    ("\ufffd子様のご来場を心よりお待ちしています。", "お"),
    ("国際交流課長田中\ufffdさんが開会を告げた。", None),
])
def test_a_gap_directly_before_an_honorific_is_offered_and_never_filled(text, offered):
    r = _only(text)
    # main: unresolved with no candidate at all (お of お子様 never shown)
    assert r["restored"] is None and r["status"] == "ambiguous" and r["candidates"], r
    assert any(e["kind"] == "abstention" and "honorific" in e["detail"] for e in r["evidence"]), r
    if offered:
        assert r["candidates"][0]["text"] == offered, r


def test_a_given_name_after_a_written_surname_is_held():
    """Session 76 (helper jnames76): the gap between a surname Sudachi reads as one and さん is the given name's."""
    r = _only("式典では田中\ufffdさんが挨拶した。")
    assert r["status"] == "unresolved" and not r["candidates"], r
    assert any(e["kind"] == "abstention" and "person's name" in e["detail"] for e in r["evidence"]), r


def test_a_gap_inside_a_name_before_an_honorific_abstains_with_no_candidate():
    r = _only("式典では高\ufffd和男様が挨拶した。")
    assert r["status"] == "unresolved" and not r["candidates"], r


def test_a_surname_before_a_given_name_in_hiragana_abstains():
    r = _only("会長を務める\ufffd本 さくらさんが挨拶した。")
    # main offered 基, 日 … (the hiragana given name carried no honorific back)
    assert r["status"] == "unresolved" and not r["candidates"], r
    assert any("person's name" in e["detail"] for e in r["evidence"]), r


def test_a_word_in_hiragana_before_an_honorific_is_no_given_name():
    r = _only("ご来場の東京\ufffd みなさんへお知らせします。")  # みなさん is everyone, no name
    assert r["candidates"] and not any(e["kind"] == "abstention" and "name" in e["detail"] for e in r["evidence"]), r


def test_an_honorific_further_on_in_the_line_says_nothing():
    r = _only("商店\ufffdの皆様のご協力に感謝いたします。")
    assert r["candidates"] and not any("honorific" in e["detail"] for e in r["evidence"]), r
