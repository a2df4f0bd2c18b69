"""Do no harm of the foreign-word hold (``pipeline.restore.evidence.latin.foreign_hold``, helper latin81): on
``bench/english_bench.py``'s letter masks (its seed and stream, one-letter gaps), each gap the English list decides is
committed as restore commits it and then asked the hold; reports coverage and precision before and after, and prints
every gap held or given another candidate (docs/restore.md, *Session 81, latin81*).

Run: ``.venv/bin/python bench/foreign_hold_bench.py [PER_SOURCE=1500]``
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.english_bench import SOURCES, SEED, lines, masks
from pipeline.model import GAP, Repair, Candidate
from pipeline.restore.evidence import english, latin
from pipeline.restore.evidence.base import Site

per = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
rng = random.Random(SEED)
tot = {"n": 0, "dec": 0, "right": 0, "held": 0, "held_right": 0, "after_dec": 0, "after_right": 0, "offered": 0}
for source in SOURCES:
    row = dict.fromkeys(tot, 0)
    for text, start, end in masks(lines(source), per, rng):
        if end - start != 1:
            continue
        row["n"] += 1
        site = Site(text[:start] + GAP + text[end:], start, end)
        found = english.fits(site)
        d = english.decide(found, site)
        truth = text[start:end]
        if d is None:
            r = Repair(0, start, GAP, None, "ambiguous", 0.5, tuple(Candidate(f.fill, 0.5) for f in found[:3]), ())
            x = latin.foreign_hold(site, r)
            if x is not r:
                row["offered"] += 1
                print("OFFERED", source, repr(text.strip()[:100]), truth, [c.text for c in x.candidates])
            continue
        fill = d[0].fill
        row["dec"] += 1
        row["right"] += fill == truth
        r = Repair(0, start, GAP, fill, "restored", 0.99, (Candidate(fill, 1.0),), ())
        x = latin.foreign_hold(site, r)
        if x.status != "restored":
            row["held"] += 1
            row["held_right"] += fill == truth
            print("HELD", source, repr(text.strip()[:100]), truth, fill, [c.text for c in x.candidates])
        else:
            row["after_dec"] += 1
            row["after_right"] += fill == truth
    print(source, row)
    for k in tot:
        tot[k] += row[k]
print("TOTAL", tot)
print(f"before: coverage {tot['dec']/tot['n']:.4f} precision {tot['right']/tot['dec']:.4f}; after: coverage "
      f"{tot['after_dec']/tot['n']:.4f} precision {tot['after_right']/tot['after_dec']:.4f}")
