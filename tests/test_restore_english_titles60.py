"""A person's name after an English title or post is never filled (issue 19, point 4; fresh-user trial 60).

``Councillor J\ufffdnes`` and ``Cllr. J\ufffdnes`` had been filled ``Jones`` at 0.992, and ``Cllr. Duncan Mo\ufffdr`` and
``the board chair N\ufffdir`` had been offered English words (moor, noir): a name stands after the abbreviated forms of
address and ranks the style guides list (``english_words.NAME_TITLES``) and after a civic post written out
(``NAME_POSTS``). A common word after a post in small letters, or a post that heads other things, is decided as before."""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text


def _only(text: str) -> dict:
    (repair,) = restore_text(text)["repairs"]
    return repair


@pytest.mark.parametrize("text", [
    "The mayor said Councillor J\ufffdnes agreed.",
    "Cllr. J\ufffdnes agreed with the plan.",
    "Panellists: Cllr. Duncan Mo\ufffdr; Dr. Ingrid Halvorsen",
    "The board chair N\ufffdir opened the meeting.",
    "Sen. Maria R\ufffdyes voted against the bill.",
    "Mayor Anna Li\ufffdd welcomed the delegation.",
])
def test_a_name_after_an_english_title_or_post_abstains(text):
    r = _only(text)
    assert r["restored"] is None and r["status"] == "unresolved" and not r["candidates"], r
    assert any(e["kind"] == "abstention" and "title or a post" in e["detail"] for e in r["evidence"]), r


@pytest.mark.parametrize("text, fill", [
    ("The chair s\ufffdood empty all evening.", "t"),
    ("Assistant Professor S\ufffdarch Committee", None),
])
def test_a_word_after_a_post_that_names_nobody_is_decided_as_before(text, fill):
    r = _only(text)
    assert not any(e["kind"] == "abstention" for e in r["evidence"]), r
    if fill:
        assert r["restored"] == fill, r
