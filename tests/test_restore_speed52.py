"""Speed work on restore that must leave every number as it was (issue 19, point 5; session 52).

The character model looks each order up only where its context was seen, and the beam asks what follows from the
candidate alone once per distinct candidate: the probabilities must be the very floats of the plain formula (written
out here as it stood before), element by element. A proposal is made without a frozen dataclass's own __init__: it
must still be frozen, compare equal and be replaced as a dataclass.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from pipeline.restore import charlm
from pipeline.restore.charlm import BITS, NONE, CharLM, _lookup
from pipeline.restore.evidence.base import Proposal

TEXT = ("北九州市は姉妹都市の大連市と環境分野で交流を進めている。環境国際協力の実績を積み重ねてきた。"
        "国境を越えた都市間連携を進め、アジアの環境改善に貢献する。北九州市の環境技術を紹介した。\n" * 3)


def plain_probs_after(lm: CharLM, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Interpolated Witten-Bell over every row, as `CharLM.probs_after` read before session 52."""
    _, k2, k3 = lm.counts.keys
    _, c2, c3 = lm.counts.counts
    c_in = (c >= 0) & (c < lm._top)
    p = (np.where(c_in, lm._unigram[np.where(c_in, c, 0)], 0) + 1) / lm.denominator
    b_in = (b >= 0) & (b < lm._top)
    b_at = np.where(b_in, b, 0)
    total1 = np.where(b_in, lm._total1[b_at], 0)
    seen1 = total1 > 0
    if not seen1.any():
        return p
    total1 = np.where(seen1, total1, 1)
    lam1 = total1 / (total1 + lm._types1[b_at])
    n2 = _lookup(k2, c2, (np.maximum(b, 0) << BITS) | c)
    p = np.where(seen1, lam1 * n2 / total1 + (1 - lam1) * p, p)
    ab = np.where((a >= 0) & (b >= 0), (np.maximum(a, 0) << BITS) | np.maximum(b, 0), NONE)
    i2, seen2 = lm._ctx2.find(ab)
    seen2 &= seen1
    if not seen2.any():
        return p
    total2 = np.where(seen2, lm._ctx2.total[i2], 1)
    lam2 = total2 / (total2 + lm._ctx2.types[i2])
    n3 = _lookup(k3, c3, (np.maximum(ab, 0) << BITS) | c)
    return np.where(seen2, lam2 * n3 / total2 + (1 - lam2) * p, p)


@pytest.mark.parametrize("seed", range(6))
def test_probs_after_are_the_plain_formulas_floats(seed):
    lm = CharLM.from_text(TEXT)
    rng = np.random.default_rng(seed)
    codes = np.array(sorted({ord(ch) for ch in TEXT}) + [NONE, 0x4E00, ord("A")], dtype=np.int64)
    n = 500
    # random triples (most contexts unseen) and the text's own (most seen), with missing history here and there
    a, b, c = (codes[rng.integers(0, len(codes), n)] for _ in range(3))
    at = rng.integers(0, len(TEXT) - 3, n)
    ra, rb, rc = (np.array([ord(TEXT[i + k]) for i in at], dtype=np.int64) for k in range(3))
    ra[rng.random(n) < 0.1] = NONE
    for x, y, z in ((a, b, c), (ra, rb, rc), (ra, rb, c), (ra[:1], rb[:1], rc[:1])):
        got, want = lm.probs_after(x, y, z), plain_probs_after(lm, x, y, z)
        assert got.dtype == want.dtype and got.tobytes() == want.tobytes()


def test_probs_after_where_no_context_was_seen_is_the_unigram():
    lm = CharLM.from_text(TEXT)
    c = np.array([ord("環"), ord("境")], dtype=np.int64)
    unseen = np.array([ord("Z"), NONE], dtype=np.int64)
    assert lm.probs_after(unseen, unseen, c).tobytes() == plain_probs_after(lm, unseen, unseen, c).tobytes()


def test_the_beam_gives_the_fills_and_scores_of_scoring_each_fill():
    # the beam's last step (the right context's two characters) must score as score() does, fill by fill
    lm = charlm.for_document(TEXT, CharLM.from_text(TEXT * 2).with_backward())
    found = lm.propose("北九州市は姉妹", "市の大連", 2, 20)
    assert found
    for fill, logp in found:
        assert logp == pytest.approx(lm.score("北九州市は姉妹", fill, "市の大連"), abs=1e-9)


def test_a_proposal_is_still_a_frozen_dataclass():
    p = Proposal("験", "lexicon", "dictionary word 実験 fits 1 surviving character", {"lex_known": 1.0}, word="実験")
    assert p == Proposal(fill="験", kind="lexicon", detail=p.detail, features={"lex_known": 1.0}, word="実験")
    assert Proposal("験", "lexicon", "x").features == {} and Proposal("験", "lexicon", "x").word == ""
    assert Proposal("a", "k", "x").features is not Proposal("a", "k", "x").features  # a fresh dict each
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.fill = "施"  # type: ignore[misc]
    q = dataclasses.replace(p, fill="施")
    assert (q.fill, q.kind, q.detail, q.features, q.word) == ("施", p.kind, p.detail, p.features, p.word)
    assert [f.name for f in dataclasses.fields(Proposal)] == ["fill", "kind", "detail", "features", "word"]
