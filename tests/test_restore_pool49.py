"""One glyph at several places: a fill that doubles a particle after a kanji at one place is no candidate at any
(issue 19, trial 49: ``港(cid:2210)`` at five places pooled to の at 0.98 though ``下関港�の役割`` makes ``港のの``).

The document's own character counts (the cache model mixed into the character model) lift a frequent particle at
the places that read ``港の…`` elsewhere in the text; pooled, those places outvoted the one where the particle makes
``のの``, and on the text below it was committed at every place (``市道のの役割``, 0.9985 before the fix).
"""

from __future__ import annotations

from pipeline.restore import doubles_a_particle, restore_text
from pipeline.restore.evidence.base import Site

TEXT = """北九州市との道(cid:9)整備と交流
市内の道(cid:9)網は関門地域の物流を支えている。
２．道(cid:9)間の連絡
2010年には国道と県道の間で協定を結んだ。県道の整備に伴い、市道(cid:9)の役割も変化しつつある。
両市の道(cid:9)管理者による協議を続けたい。
"""


def test_doubled_particle_is_no_pooled_candidate():
    repairs = [r for r in restore_text(TEXT)["repairs"] if r["original"] == "(cid:9)"]
    assert len(repairs) == 5
    for r in repairs:
        assert r["restored"] != "の"  # 市道のの役割: committed at all five places before
        assert r["candidates"][0]["text"] == "路"
        assert "の" not in [c["text"] for c in r["candidates"]]
        assert any("の ruled out: it doubles a particle after a kanji" in e["detail"] for e in r["evidence"])


def test_doubles_a_particle_reads_the_kanji_before_the_pair():
    site = Site("市道\ufffdの役割", 2, 3)
    assert doubles_a_particle(site, "の") and not doubles_a_particle(site, "路")
    # the pair after kana (ものの見事に), a one-kana particle once (港の間), と and も (数とと, 太もも) stand
    assert not doubles_a_particle(Site("もの\ufffd見事に", 2, 3), "の")
    assert not doubles_a_particle(Site("港\ufffd間", 1, 2), "の")
    assert not doubles_a_particle(Site("太\ufffdも", 1, 2), "も")
    # the fill as the second of the pair, and a fill of two letters ending in the first
    assert doubles_a_particle(Site("県道を\ufffd選ぶ", 3, 4), "を")
    assert doubles_a_particle(Site("\ufffd\ufffdの役割", 0, 2), "港の")
