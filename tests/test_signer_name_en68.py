"""An English signer's name on a line of its own, read by restore itself (issue 19 point 4, fresh-user trial 68c;
helper fix68k).

Trial 68c's newsletter closed its "From the Chair" on ``Margaret O’Conn\ufffdr, Chair``: segment reads no name
through a lost glyph, and restore offered o and e (connor, conner); a person's name is never filled and no candidates
are offered. Now ``abstention.english_signature_name`` sees the name before its post (after a comma or in brackets)
and the name alone under a complimentary close. Near misses: prose before a post, a place or a heading before one.
"""

from __future__ import annotations

import pytest

from tests.restore_verdicts import line_repairs

G = "\ufffd"


def _doc(signer: str, body: str = "Thank you all for your continued support this season.") -> str:
    return (f"Riverside Garden Club Newsletter\n\nSpring 2025\n\nFrom the Chair\n{body}\n{signer}\n\n"
            "Plant Sale\nOur annual plant sale raises funds for the youth program.\n")




@pytest.mark.parametrize("signer", [
    f"Margaret O’Conn{G}r, Chair",                         # the trial's line
    f"Tom O'Br{G}en, Director of Highways",
    f"Priya Patel-J{G}nes, Head Teacher",                  # main filled Jones
    f"Anne-Marie Sm{G}th (Mayor)",
    f"David {G}ughes, Deputy Director of Finance",         # the gap opens the surname
    f"Kind regards,\nSam Wh{G}te",                         # under a close
])
def test_an_english_signers_name_is_never_filled(signer):
    text = _doc(signer)
    found = line_repairs(text, signer)
    assert found and len(found) == signer.count(G), found
    for r in found:
        assert r.status == "unresolved" and r.restored is None and not r.candidates, r
        assert any(e.kind == "abstention" and "name" in e.detail for e in r.evidence), r


@pytest.mark.parametrize("line, truth", [
    (f"Thank you all for your pat{G}ence, Chair", "i"),           # prose before a post
    (f"L{G}eds, Chair of the Northern Panel", "e"),               # a place before a post: one word
    (f"Annual Rep{G}rt, Chair", "o"),                             # a heading's words
    (f"The Chair thanked members for their supp{G}rt.", "o"),     # the Chair in prose
])
def test_prose_a_place_or_a_heading_before_a_post_names_no_one(line, truth):
    text = _doc("Margaret O’Connor, Chair", body=line)
    found = line_repairs(text, line)
    assert found, found
    for r in found:
        assert not any(e.kind == "abstention" and "name" in e.detail for e in r.evidence), r
        assert r.candidates and truth in [c.text for c in r.candidates], r


def test_plain_text_reads_the_close_on_the_line_before():
    # ``pipeline restore -`` restores line by line: the close is the line above the name's
    from pipeline.restore import restore_text

    text = f"Dear members,\nThe sale is on Saturday.\nKind regards,\nSam Wh{G}te\n"
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 1 and repairs[0]["restored"] is None and not repairs[0]["candidates"], repairs
