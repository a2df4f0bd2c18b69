"""How far the talk's translation can be trusted as evidence: masked Japanese beside its English.

A talk pairs Japanese with its English; so do message catalogues. This
benchmark takes the Japanese/English pairs of the restore benchmark's
bilingual source (``catalogues`` in ``bench/sources.py``: the gettext
catalogues of Debian packages no other source holds), masks one character
(or a whole two-character word) of a Japanese message, and restores it from a
small document: the masked message, its English among ``--distractors``
other English messages (a deck where only one line is the translation), as
``pipeline restore -`` would see it.

It is a diagnostic of the translation provider alone: with and without the
English, how often the truth is proposed by the translation provider, top-1
and top-5, and the committed precision and coverage with the packaged model.
The packaged weights of the translation features (``bilingual_word``,
``bilingual_deck``) are fitted with every other weight by
``bench/restore_bench.py --calibrate``, whose ``catalogues`` source masks the
same text with part of its English in the document; ``--fit`` here only shows
the likelihood-best pair of those two weights, the others fixed.

``--settled`` measures the rule that commits a lost kanji the translation settles at its own threshold
(:func:`settled`), with the character model counted without the catalogues.

Run: ``.venv/bin/python bench/translation_bench.py --masks 300`` (``--settled --masks 2000``: about 10 minutes)
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KANJI = re.compile(r"[\u4e00-\u9fff]")


def pairs() -> list[tuple[str, str, str]]:
    """(catalogue, English, Japanese) of every message of the bilingual source with enough kanji to test."""
    from bench import sources as src

    out = []
    for name, lines in sorted(src.cached(src.BY_NAME["catalogues"]).items()):
        for en, ja in src.message_pairs(lines):
            if len(KANJI.findall(ja)) >= 4:
                out.append((name.split("#")[0], en, ja))
    return out


def masks(items, n: int, seed: int):
    """(pair, start, length) masks inside kanji words of two characters or more."""
    from pipeline.restore import resources

    rng = random.Random(seed)
    rng.shuffle(items)
    out = []
    for cat, en, ja in items:
        words = [m for m in resources.tokenizer().tokenize(ja) if m.end() - m.begin() >= 2 and KANJI.search(m.surface())]
        if not words:
            continue
        m = rng.choice(words)
        if rng.random() < 0.3 and m.end() - m.begin() == 2:
            start, length = m.begin(), 2
        else:
            kanji = [i for i in range(m.begin(), m.end()) if KANJI.match(ja[i])]
            start, length = rng.choice(kanji), 1
        out.append(((cat, en, ja), start, length))
        if len(out) >= n:
            break
    return out


LAYOUTS = (("the English alone beside the message", 0, True),
           ("among four other English lines (a linked slide)", 4, True),
           ("one of eleven lines of the document's English", 10, False))
"""Where the message's English stands for :func:`settled`: (label, other English lines beside it, paired source)."""


def settled(n: int, seed: int) -> int:
    """How often a lost kanji the translation settles (:func:`pipeline.restore.scoring.translation_settles`) is
    right at its own threshold (:data:`~pipeline.restore.scoring.TRANSLATED_THRESHOLD`), restored with the
    character model counted without the message catalogues (``bench/restore_bench.py``'s held-out model), in each
    of :data:`LAYOUTS`: the figures behind that threshold."""
    from bench.restore_bench import general_model, wilson_lower
    from pipeline.model import GAP
    from pipeline.restore import Restorer, charlm, scoring
    from pipeline.restore.evidence.base import Document, Line, Site, Source

    items = pairs()
    general = general_model("catalogues")
    singles = [m for m in masks(list(items), 3 * n, seed) if m[2] == 1][:n]
    rng = random.Random(seed + 2)
    total = [0, 0]
    for label, others, paired in LAYOUTS:
        rows = []
        for (cat, en, ja), start, _ in singles:
            masked = ja[:start] + GAP + ja[start + 1:]
            english = [e for _, e, _ in rng.sample(items, others)] + [en]
            rng.shuffle(english)
            doc = Document.of_lines([Line(masked, 1)])
            doc.sources = {1: (Source(tuple(Line(t, 2 + k) for k, t in enumerate(english)), "the English", paired),)}
            restorer = Restorer(doc, lm=charlm.for_document(masked, general=general), plain=True)
            ranked = restorer.rank(Site(masked, start, start + 1, 1))
            verdict = restorer.verdict(ranked)
            rows.append((scoring.translation_settles(ranked.ranking, 1, [ranked.pool]), verdict, ja[start]))
        # a settled fill the verdict leaves open (a rival the English does not tell apart, restore.translation_tie;
        # a word nearby that alone puts it first) is no commit, and is not counted as one
        held = [(v, truth) for s, v, truth in rows
                if s and v.confidence >= scoring.TRANSLATED_THRESHOLD and v.status == "restored"]
        right = sum(v.restored == truth for v, truth in held)
        # the commits the rule adds: below the calibrated threshold, which its evidence names
        added = [(v, truth) for v, truth in held if any("measured threshold" in e.detail for e in v.evidence)]
        committed = [(v, truth) for _, v, truth in rows if v.status == "restored"]
        total[0] += right
        total[1] += len(held)
        print(f"{label}: {len(rows)} masks; settled by the translation at ≥ {scoring.TRANSLATED_THRESHOLD}: "
              f"{right}/{len(held)} right ({right / max(len(held), 1):.3f}, Wilson lower {wilson_lower(right, len(held)):.3f}); "
              f"of them below the calibrated threshold {sum(v.restored == t for v, t in added)}/{len(added)}; "
              f"all commits {sum(v.restored == t for v, t in committed)}/{len(committed)} "
              f"(coverage {len(committed) / len(rows):.3f})")
    print(f"all layouts: {total[0]}/{total[1]} right (Wilson lower {wilson_lower(*total):.3f})")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--masks", type=int, default=300)
    ap.add_argument("--distractors", type=int, default=8)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--settled", action="store_true", help="measure the translation-settled commit rule (held-out model)")
    args = ap.parse_args()
    if args.settled:
        return settled(args.masks, args.seed)

    from pipeline.model import GAP
    from pipeline.restore import Restorer, scoring
    from pipeline.restore.evidence.base import Document, Site

    items = pairs()
    english = [en for _, en, _ in items]
    rng = random.Random(args.seed + 1)
    rows = []
    for (cat, en, ja), start, n in masks(list(items), args.masks, args.seed):
        truth = ja[start:start + n]
        masked = ja[:start] + GAP * n + ja[start + n:]
        deck = rng.sample(english, args.distractors) + [en]
        rng.shuffle(deck)
        for with_english in (False, True):
            text = masked + ("\n" + "\n".join(deck) if with_english else "")
            restorer = Restorer(Document.from_text(text), plain=True)
            site = Site(masked, start, start + n, 1)
            pool, _ = restorer.scored_pool(site)
            rows.append((with_english, truth, n, pool, restorer.model))
    model = rows[0][4]
    weights = dict(model.weights)

    def report(w, label):
        for with_english in (False, True):
            sub = [r for r in rows if r[0] == with_english]
            top1 = top5 = proposed = committed = right = 0
            for _, truth, n, pool, m in sub:
                ranking = scoring.softmax_ranking(pool, w)
                fills = [f for f, _ in ranking]
                top1 += bool(fills) and fills[0] == truth
                top5 += truth in fills[:5]
                feats = pool.features.get(truth, {})
                proposed += bool(feats.get("bilingual_word") or feats.get("bilingual_deck"))
                if ranking:
                    top_vector = scoring.feature_vector(pool.features.get(fills[0], {}))
                    confident = m.confidence([q for _, q in ranking], top_vector, n, fills[0]) >= m.threshold(
                        n, fills[0], top_vector)
                if ranking and confident:
                    committed += 1
                    right += fills[0] == truth
            k = len(sub)
            print(f"{label} {'with English' if with_english else 'Japanese only':14} masks {k}: top-1 {top1 / k:.3f} "
                  f"top-5 {top5 / k:.3f} truth proposed by the translation {proposed / k:.3f} committed {committed / k:.3f} "
                  f"precision {right / max(committed, 1):.3f} ({right}/{committed})")

    report(weights, "packaged weights")
    if args.fit:
        best = None
        for bw in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0):
            for bd in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0):
                w = {**weights, "bilingual_word": bw, "bilingual_deck": bd}
                ll = 0.0
                for with_english, truth, n, pool, _ in rows:
                    if not with_english:
                        continue
                    probs = dict(scoring.softmax_ranking(pool, w))
                    ll += math.log(probs.get(truth, 1e-6))
                if best is None or ll > best[0]:
                    best = (ll, bw, bd)
        _, bw, bd = best
        print(f"fit: bilingual_word {bw}, bilingual_deck {bd} (log-likelihood {best[0]:.1f})")
        report({**weights, "bilingual_word": bw, "bilingual_deck": bd}, "fitted weights  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
