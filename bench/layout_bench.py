"""A bilingual layout's neighbouring English: top-1 / top-5 on masked kanji (issue 19 point 2, helper rest72).

``restore.neighbour_lines`` pairs a Japanese line with the English line a bilingual layout sets beside it (a flyer's
line under line, a block under a block) and ``translation.LAYOUT_WORD`` ranks the fills that line's words gloss. This
script masks, one at a time, each kanji of the Japanese lines such a layout pairs (or the Japanese half of a line
that holds both languages), restores the masked text as ``pipeline restore -`` does (plain text, packaged models)
and records whether the truth is first, among the first five, and whether a fill was committed and right. Run it with
the tree to measure on ``PYTHONPATH`` (a base tree and the branch give the before and after), the masks planned
once with the branch's pairing (a base tree has none) and read by both:

    PYTHONPATH=. .venv/bin/python -m bench.layout_bench FILE... --plan /tmp/plan.json
    PYTHONPATH=/path/to/base .venv/bin/python bench/layout_bench.py --masks /tmp/plan.json --out /tmp/base.jsonl
    PYTHONPATH=. .venv/bin/python -m bench.layout_bench --masks /tmp/plan.json --out /tmp/new.jsonl
    .venv/bin/python -m bench.layout_bench --read /tmp/base.jsonl /tmp/new.jsonl

The report gives, over all masks and over the masks where the branch's evidence names the layout's line
(``fired``: a row saying so), top-1, top-5, commits and wrong commits. The inputs are the caller's: texts written
for the measurement, never the sample.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

KANJI = re.compile("[\u3005\u4e00-\u9fff]")
FIRED = "the layout sets that line beside this one"
"""What the evidence row of a fill the layout's line ranked says (``translation._japanese_gap``)."""


def masks(text: str) -> list[tuple[int, str]]:
    """``(offset, truth)`` of every kanji in a Japanese line the layout pairs with an English one, or in the Japanese
    half of a line holding both languages (:func:`pipeline.restore.neighbour_lines`, ``bilingual_halves``)."""
    from pipeline.model import Text
    from pipeline.restore import neighbour_lines
    from pipeline.restore.evidence.base import Line
    from pipeline.segment.front import bilingual_halves

    raw = text.split("\n")
    lines = [Line(t, i) for i, t in enumerate(raw, start=1)]
    paired = set(neighbour_lines(lines))
    starts, at = [], 0
    for t in raw:
        starts.append(at)
        at += len(t) + 1
    out = []
    for ln in lines:
        halves = bilingual_halves(Text.from_raw(ln.text, ln.number))
        if halves is not None:
            first = halves[0].first_pos()
            cols = range(first[1], first[1] + len(halves[0].text)) if first else range(0)
            span = [c for c in cols if c < len(ln.text) and ln.text[c] == halves[0].text[c - first[1]]]
        elif ln.number in paired and not re.search("[A-Za-z]{2}", ln.text):
            span = range(len(ln.text))
        else:
            continue
        out += [(starts[ln.number - 1] + c, ln.text[c]) for c in span if KANJI.fullmatch(ln.text[c])]
    return out


def plan(paths: list[str], out: str) -> None:
    """Write the masks of ``paths`` (:func:`masks`) to ``out``: ``{path: [[offset, truth], ...]}``."""
    Path(out).write_text(json.dumps({p: masks(Path(p).read_text(encoding="utf-8")) for p in paths},
                                    ensure_ascii=False), encoding="utf-8")


def run(planned: str, out: str) -> None:
    """Restore every mask of the plan file ``planned`` (:func:`plan`), one at a time; one JSON row each to ``out``."""
    from pipeline.restore import restore_text

    with open(out, "w", encoding="utf-8") as sink:
        for path, places in json.loads(Path(planned).read_text(encoding="utf-8")).items():
            text = Path(path).read_text(encoding="utf-8")
            for at, truth in places:
                masked = text[:at] + "\ufffd" + text[at + 1:]
                repairs = [r for r in restore_text(masked)["repairs"] if r["start"] == at]
                r = repairs[0] if repairs else {"candidates": [], "restored": None, "evidence": []}
                tops = [c["text"] for c in r["candidates"]]
                sink.write(json.dumps({"file": Path(path).name, "at": at, "truth": truth, "top": tops[:5],
                                       "restored": r["restored"], "confidence": r.get("confidence"),
                                       "fired": any(FIRED in e["detail"] for e in r["evidence"])},
                                      ensure_ascii=False) + "\n")


def summary(rows: list[dict]) -> str:
    n = len(rows)
    top1 = sum(1 for r in rows if r["top"][:1] == [r["truth"]])
    top5 = sum(1 for r in rows if r["truth"] in r["top"])
    commits = sum(1 for r in rows if r["restored"] is not None)
    wrong = sum(1 for r in rows if r["restored"] is not None and r["restored"] != r["truth"])
    return f"n {n}: top-1 {top1}, top-5 {top5}, committed {commits}, wrong commits {wrong}"


def read(paths: list[str]) -> None:
    runs = [[json.loads(x) for x in open(p, encoding="utf-8")] for p in paths]
    fired = {(r["file"], r["at"]) for r in runs[-1] if r["fired"]}
    for p, rows in zip(paths, runs):
        print(p)
        print("  all masks:   ", summary(rows))
        print("  where it fires:", summary([r for r in rows if (r["file"], r["at"]) in fired]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--plan", help="write the masks of FILES to this plan file")
    ap.add_argument("--masks", help="restore the masks of this plan file")
    ap.add_argument("--out", default="/tmp/layout.jsonl")
    ap.add_argument("--read", nargs="+", help="report on result files (the last one's firing masks)")
    args = ap.parse_args(argv)
    if args.read:
        read(args.read)
    elif args.plan:
        plan(args.files, args.plan)
    else:
        run(args.masks, args.out)


if __name__ == "__main__":
    sys.exit(main())
