"""One glyph lost at many places, pooled to a fill no place reads first (session 55, trial 55b).

Correct result written first: ``(cid:2931)`` stands for 港 at 18 places of a made-up paper (港湾, 酒田港, 釜山港); each
place alone reads 台, 市, 大 … first, and their product made と the winner at 0.962, committed at every place
(``と湾都市``). A pooled fill that none of three distinct contexts or more ranks first is no commit: the places stay
open with their candidates. A contact label set off by a space (``担当 �藤``) names a person as ``担当：`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore import restore_text

HERE = Path(__file__).parent
PORT = HERE / "data" / "port_glyph55.txt"


@pytest.fixture(scope="module")
def repairs():
    return restore_text(PORT.read_text(encoding="utf-8"))["repairs"]


def test_a_fill_no_place_reads_first_is_not_committed(repairs):
    port = [r for r in repairs if r.get("cids") == [2931]]
    assert len(port) == 18
    assert all(r["restored"] in (None, "港") for r in port), {r["restored"] for r in port}
    assert len({r["restored"] for r in port}) == 1  # one glyph, one answer


@pytest.mark.xfail(strict=True, reason="the character model reads 台, 市, 大 first at each place; no place ranks 港 "
                                       "first (港湾 is a dictionary word, but the lexicon does not lift it there)")
def test_the_port_glyph_is_port(repairs):
    assert [r["restored"] for r in repairs if r.get("cids") == [2931]] == ["港"] * 18


def test_a_name_after_a_spaced_contact_label_gets_no_candidates(repairs):
    at = PORT.read_text(encoding="utf-8").index("担当 \ufffd") + 3
    (contact,) = [r for r in repairs if r["start"] == at]
    assert contact["restored"] is None and contact["candidates"] == []
