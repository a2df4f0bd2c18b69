"""Issue 19 points 2–3 (helper rest72): restoration evidence from the document's own text, and honest pooled numbers.

Correct results written first.

- A glyph id (CID) lost at places whose contexts read different characters first is pooled into one product; where
  that product's winner is held back, its confidence is at most the share of the distinct contexts that read it
  first, and its candidates' scores are the contexts' tempered product, never the product's near-certain p
  (fresh-user trial 71b: 19 disagreeing contexts read p=1.000 while held back). A pool whose contexts agree keeps
  its numbers and its commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore import restore_text

HERE = Path(__file__).parent

SPLIT_GLYPH = "\n".join([
    "市役(cid:77)の窓口で受け付けます。",
    "市(cid:77)の皆様へのお知らせです。",
    "事務(cid:77)は二階にあります。",
    "研究(cid:77)の見学会を行います。",
    "東京(cid:77)内の会場で開きます。",
    "住(cid:77)と氏名を記入してください。",
    "(cid:77)合により中止します。",
    "会議の場(cid:77)は本館です。",
]) + "\n"
"""One CID at eight places whose contexts point to different characters (所, 民, 都, 所 …): 3 of 8 read 所 first."""

AGREEING_GLYPH = "市役(cid:78)の窓口で受け付けます。\n事務(cid:78)は二階にあります。\n研究(cid:78)の見学会を行います。\n"
"""Near miss: one CID at three places whose contexts all read 所 first: committed as before."""


@pytest.fixture(scope="module")
def split_repairs():
    return restore_text(SPLIT_GLYPH)["repairs"]


def test_held_back_split_pool_shows_the_share_of_contexts_agreeing(split_repairs):
    assert len(split_repairs) == 8
    for r in split_repairs:
        assert r["restored"] is None
        top = r["candidates"][0]
        assert r["confidence"] <= 3 / 8 + 1e-9, r["confidence"]
        assert top["score"] < 0.5, top  # the tempered product, not the product's p≈1
        assert any("3 of 8 distinct contexts read" in e["detail"] for e in r["evidence"])


def test_split_pool_keeps_its_ranking(split_repairs):
    # tempering is monotonic: the order of the candidates is the pooled product's
    scores = [c["score"] for c in split_repairs[0]["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert split_repairs[0]["candidates"][0]["text"] == "所"


def test_port_glyph_no_context_reads_first_shows_no_certainty():
    # trial 55b's port glyph: と pooled at 0.9686 though none of 17 contexts read it first (held back)
    repairs = restore_text((HERE / "data" / "port_glyph55.txt").read_text(encoding="utf-8"))["repairs"]
    port = [r for r in repairs if r.get("cids") == [2931]]
    assert port and all(r["restored"] is None for r in port)
    assert all(r["confidence"] == 0.0 for r in port), {r["confidence"] for r in port}
    assert all(r["candidates"][0]["score"] < 0.5 for r in port)


def test_agreeing_pool_keeps_its_numbers_and_commit():
    repairs = restore_text(AGREEING_GLYPH)["repairs"]
    assert [r["restored"] for r in repairs] == ["所"] * 3
    assert all(r["confidence"] > 0.95 for r in repairs)
    assert not any("distinct contexts read" in e["detail"] for r in repairs for e in r["evidence"])
