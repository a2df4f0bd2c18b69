"""A name closing its line after a post, read by restore itself (issue 19 point 4, fresh-user trial 68b; helper fix68e).

Trial 68b's notice signed ``あおば市長　佐\ufffd木　\ufffd子`` under its date and addressee; segment reads no name
through a lost glyph, so the line was no speaker's, and 佐々木 was filled at 0.9855 (the given name offered 拍, 洋).
Now restore's own check (``abstention.name_after_post``) sees the name that ends a line after a job title of
``names.JOB_TITLES`` and a space, whatever segment read. Near misses: prose after a post, a place or an office after one.
"""

from __future__ import annotations

import pytest

from tests.restore_verdicts import line_repairs

G = "\ufffd"


def _doc(signer: str, body: str = "さて、本市では下記のとおり地域防災訓練を実施いたします。ご協力をお願い申し上げます。") -> str:
    return f"令和７年１０月１５日\n\n自治会長　各位\n\n{signer}\n\n地域防災訓練の実施について（依頼）\n\n{body}\n"




@pytest.mark.parametrize("signer", [
    f"あおば市長　佐{G}木　{G}子",                      # the trial's line
    f"みどり区長　高{G}　昌",
    f"総務部長 {G}藤 さくら",                            # a given name in hiragana
    f"株式会社ひかり工業　代表取締役社長　{G}本 一郎",
    f"北見市農林水産部森林活用担当　佐{G}",              # a duty's charge, the name's surname alone
    f"桜台市長　{G}村 浩",                               # a surname ending as a village does (中村)
])
def test_a_signers_name_after_a_post_is_never_filled(signer):
    text = _doc(signer)
    found = line_repairs(text, signer)
    assert found and len(found) == signer.count(G), found
    for r in found:
        # main: 佐々木 filled (々 at 0.9855), the given name offered 拍, 洋, 電, 格
        assert r.status == "unresolved" and r.restored is None and not r.candidates, r
        assert any(e.kind == "abstention" and "name" in e.detail for e in r.evidence), r


@pytest.mark.parametrize("line, truth", [
    (f"市長は本日、地域防災訓練の実施について{G}明した。", "説"),   # prose after a post: no space, the line goes on
    (f"１　日時　令和７年１１月９日\n２　視察　副知事　宮{G}県", "城"),  # a place after a post
])
def test_a_post_before_prose_or_a_place_names_no_one(line, truth):
    text = _doc("あおば市長　佐藤　花子", body=line)
    found = line_repairs(text, line)
    assert found, found
    for r in found:
        assert not any(e.kind == "abstention" and "name" in e.detail for e in r.evidence), r
        assert r.candidates and truth in [c.text for c in r.candidates], r
