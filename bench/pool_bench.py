"""One glyph at several places: how often a pooled verdict is right, measured on Japanese texts a font lost a glyph of.

The calibration benchmark (:mod:`bench.restore_bench`) masks one letter at a time, so it never sees a glyph lost at
every place it stands (``../shared/field/17``, trial 54b's ``(cid:2417)`` for 交), which restore decides at all places
together (:func:`pipeline.restore.pooled_repairs`). Here, in each Japanese text of a list (kana 100 or more in its
first ``--chars`` characters, no lost glyph already), three kanji written 2–8 times there (chosen by a hash of the
path and the kanji: no look at what restore does with them) are replaced at every place by a ``(cid:N)`` of their
own, as a text dump of a PDF whose font lost them reads, and ``pipeline restore -`` (:func:`restore_text`) decides
them. Reported: glyphs, pooled top-1 right (the first candidate of the glyph's first place), glyphs committed (at
any place) and right, and glyphs with two different answers (a place left open beside a place filled: a name
abstained at one place, say).

    PYTHONPATH=$PWD .venv/bin/python bench/pool_bench.py LIST --out /tmp/pool.json     # LIST: one path a line
    python bench/pool_bench.py --cmp /tmp/pool_before.json /tmp/pool.json            # what changed

Session 54 (issue 19 points 3 and 4): on ``/tmp/trial5*_in/*.txt``, ``../shared/field/*.txt`` and
``/work/corpus/txt/*.txt`` (213 glyphs), main had 126 top-1, 89 committed, 78 right (11 wrong: 条例 read 条件 at seven
places, 移転 移動, 防災 震災, 縦 横 …: the character model's register at every place, not a flaw of pooling), 3 with
two answers. Run the same list with other code (``PYTHONPATH=<a worktree>``) for the figures before a change.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
import time

KANJI = re.compile(r"[\u4e00-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
FIRST_CID = 9100
GLYPHS = 3
TIMES = (2, 8)


def chosen(path: str, text: str) -> list[str]:
    """The kanji of ``text`` written :data:`TIMES` times, :data:`GLYPHS` of them chosen by a hash of path and kanji."""
    counts = collections.Counter(KANJI.findall(text))
    kanji = [c for c, n in counts.items() if TIMES[0] <= n <= TIMES[1]]
    return sorted(kanji, key=lambda c: hashlib.md5((path + c).encode()).hexdigest())[:GLYPHS]


def run(paths: list[str], chars: int) -> list[dict]:
    from pipeline.restore import restore_text

    out = []
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        if "(cid:" in text or "\ufffd" in text:
            continue
        text = text[:chars]
        if len(KANA.findall(text)) < 100:
            continue
        lost = chosen(path, text)
        masked = text
        for k, c in enumerate(lost):
            masked = masked.replace(c, f"(cid:{FIRST_CID + k})")
        started = time.time()
        repairs = restore_text(masked)["repairs"]
        for k, c in enumerate(lost):
            mine = [r for r in repairs if r.get("cids") == [FIRST_CID + k]]
            if mine:
                out.append({"doc": path, "truth": c, "n": len(mine),
                            "top": mine[0]["candidates"][0]["text"] if mine[0]["candidates"] else None,
                            "restored": sorted({str(r["restored"]) for r in mine}),
                            "conf": [r["confidence"] for r in mine]})
        print(path, "".join(lost), f"{time.time() - started:.1f}s", file=sys.stderr, flush=True)
    return out


def summary(rows: list[dict]) -> str:
    committed = [r for r in rows if r["restored"] != ["None"]]
    right = sum(r["restored"] == [r["truth"]] for r in committed)
    return (f"glyphs {len(rows)}  top-1 {sum(r['top'] == r['truth'] for r in rows)}  committed {len(committed)}  "
            f"right {right}  two answers {sum(len(r['restored']) > 1 for r in rows)}")


def compare(before: list[dict], after: list[dict]) -> None:
    a = {(r["doc"], r["truth"]): r for r in before}
    b = {(r["doc"], r["truth"]): r for r in after}
    print("before", summary(before))
    print("after ", summary(after))
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        show = (lambda r: None if r is None else (r["top"], r["restored"], r["conf"][:1]))
        if show(x) != show(y):
            print(key[0].rsplit("/", 1)[-1], key[1], show(x), "->", show(y))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("list", nargs="?", help="a file of text paths, one a line")
    ap.add_argument("--out", help="write the glyphs' records here (JSON)")
    ap.add_argument("--chars", type=int, default=3000, help="characters read of each text")
    ap.add_argument("--cmp", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two --out files")
    args = ap.parse_args()
    if args.cmp:
        compare(*(json.load(open(p, encoding="utf-8")) for p in args.cmp))
        return
    paths = [line.strip() for line in open(args.list, encoding="utf-8") if line.strip()]
    rows = run(paths, args.chars)
    if args.out:
        json.dump(rows, open(args.out, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print(summary(rows))


if __name__ == "__main__":
    main()
