"""How restore does on lost glyphs that carry a byte constraint, measured on mojibake made from the benchmark's text.

The calibration benchmark (:mod:`bench.restore_bench`) masks characters in plain text, so it never sees a gap whose
surviving bytes narrow its fill (``pipeline/restore/constraint.py``): such gaps are committed on the confidence the
plain masks calibrated. This measures them as they arise: documents of the report half of each source
(:func:`bench.restore_bench.split_of`) are written as UTF-8 and read back as CP932, line by line (the damage of
``../shared/field/06m``), then run through extract, clean, segment and restore. Clean's mojibake repair
leaves a lost glyph with the characters its surviving bytes allow (a ``bytes`` hint); restore decides each, with
the character model counted without the source (:func:`bench.restore_bench.general_model`, leave one source out,
as the calibration benchmark does), the stages run in this process (``pipeline.driver``'s steps).

The truth of a gap is found without trusting either stage: the raw character at the hint's position was decoded
from some bytes of the UTF-8 text; of the original characters those bytes (and one character either side) belong
to, the one the hint allows is the truth. A hint that allows none of them is counted as clean's miss.

``--half calibration`` runs the same on the calibration half's documents: there the commit rule of constrained single
glyphs (``constraint.settles``) was chosen, from each gap's reading (``constraint.Reading``: how many fills the bytes
allow, the top one's share of their probability, its margin, the dictionary word it completes) and its plain verdict,
written to ``bench/out/constraint_gaps-calibration.json``; the report half (``constraint_gaps.json``) is never used to
choose. Each run ends with a table of single glyphs before the rule (the plain verdict) and after.

Reported per source: gaps, gaps whose truth clean's constraint allows, committed fills right/committed with the
one-sided Wilson lower bound (:func:`bench.restore_bench.wilson_lower`), coverage (committed/gaps), top-1 and
top-5 (the truth among the listed candidates). Single glyphs and runs of several are counted apart.

Run: ``PYTHONPATH=$PWD .venv/bin/python -m bench.constraint_bench [--half calibration] [--docs 6] [--lines 40]``;
writes ``bench/out/constraint_bench[-calibration].json`` and ``constraint_gaps[-calibration].json`` and prints tables.
Slow: a few minutes for 12 sources at the defaults (6 minutes a half at ``--docs 4 --lines 30``, 3 December).
"""

from __future__ import annotations

import argparse
import codecs
import json
from dataclasses import asdict
from pathlib import Path

from bench import sources as src
from bench.restore_bench import ROOT, build_heldout_models, general_model, split_of, wilson_lower
from pipeline import driver
from pipeline.restore import charlm, constraint

OUT = ROOT / "bench" / "out" / "constraint-bench"


def mojibake(line: str, codec: str = "cp932") -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """``line`` written as UTF-8 and read as ``codec`` (CP932 by default; undecodable bytes become U+FFFD), the byte
    range of each decoded character, and the byte range of each original character.

    >>> text, decoded, original = mojibake("自分")
    >>> text, decoded[:2], original
    ('閾ｪ蛻\\ufffd', [(0, 2), (2, 3)], [(0, 3), (3, 6)])
    >>> mojibake("福井", "cp1252")[0]
    'ç¦\\ufffdäº•'
    >>> mojibake("出して", "cp932:cp1252")[0]  # written as Shift_JIS (``written:read``), trial 62's damage
    '\\ufffdo‚µ‚Ä'
    """
    written, codec = codec.split(":") if ":" in codec else ("utf-8", codec)
    data = line.encode(written, errors="replace")
    original, pos = [], 0
    for ch in line:
        n = len(ch.encode(written, errors="replace"))
        original.append((pos, pos + n))
        pos += n
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    chars, decoded, pending = [], [], 0
    for j in range(len(data)):
        out = decoder.decode(data[j:j + 1])
        for k, ch in enumerate(out):
            start = pending if k == 0 else j
            chars.append(ch)
            decoded.append((start, j + 1))
        if out:
            pending = j + 1
    for ch in decoder.decode(b"", final=True):
        chars.append(ch)
        decoded.append((pending, len(data)))
    return "".join(chars), decoded, original


def truth_of(col: int, allowed: list[str], line: str, decoded, original) -> str | None:
    """The original character a hint at raw column ``col`` stands for: of the characters whose bytes the raw
    character at ``col`` was decoded from (and one either side), the one ``allowed`` holds; None if none or several."""
    if col >= len(decoded):
        return None
    b0, b1 = decoded[col]
    near = [i for i, (s, e) in enumerate(original) if s < b1 and e > b0]
    if not near:
        return None
    span = range(max(0, near[0] - 1), min(len(original), near[-1] + 2))
    hits = {line[i] for i in span if line[i] in allowed}
    return hits.pop() if len(hits) == 1 else None


def documents(source: str, docs: int, lines: int, half: str = "report") -> dict[str, list[str]]:
    """Up to ``docs`` documents of ``half`` (``report`` or ``calibration``) of ``source`` (in name order), their
    first ``lines`` lines that hold a character outside ASCII."""
    found = src.documents(src.BY_NAME[source])
    picked = {}
    for name in sorted(found):
        if split_of(source, name) != half:
            continue
        kept = [ln for ln in found[name] if not ln.isascii()][:lines]
        if kept:
            picked[name] = kept
        if len(picked) == docs:
            break
    return picked


def repairs_of(path: Path) -> list[dict]:
    found: list[dict] = []

    def walk(o):
        if isinstance(o, dict):
            if "status" in o and "restored" in o and "source" in o:
                found.append(o)
                return
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def measure(source: str, docs: dict[str, list[str]], half: str = "report",
            gaps: list[dict] | None = None, codec: str = "cp932") -> dict:
    """Run the stages on ``docs`` made mojibake and count the constrained gaps; each gap's row (truth, verdict,
    the plain verdict and :class:`constraint.Reading`) is appended to ``gaps`` when given."""
    where = OUT / (half if codec == "cp932" else f"{half}-{codec.replace(':', '-')}") / source
    inputs = where / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    maps = {}
    files = []
    for k, (name, lines) in enumerate(sorted(docs.items())):
        made = [mojibake(ln, codec) for ln in lines]
        f = inputs / f"{k:03d}.txt"
        f.write_text("\n".join(m[0] for m in made) + "\n", encoding="utf-8")
        maps[f.stem] = (lines, made)
        files.append(str(f))
    # the character model counted WITHOUT this source, as the calibration benchmark restores its masks
    build_heldout_models([source])
    charlm.model = lambda: general_model(source)
    readings = {}
    for f in files:
        stem = Path(f).stem
        constraint.RECORD = readings[stem] = {}
        paths = {stage: where / "out" / stage / f"{stem}.json" for stage in ("extract", "clean", "segment", "restore")}
        for p in paths.values():
            p.parent.mkdir(parents=True, exist_ok=True)
        driver.step_extract(Path(f), paths["extract"])
        driver.step_clean(paths["extract"], paths["clean"])
        driver.step_segment(paths["clean"], paths["segment"])
        driver.step_restore(paths["segment"], paths["restore"])
    constraint.RECORD = None
    rows = {"single": _counts(), "run": _counts()}
    for stem, (lines, made) in maps.items():
        clean_path = where / "out" / "clean" / f"{stem}.json"
        restore_path = where / "out" / "restore" / f"{stem}.json"
        if not clean_path.exists() or not restore_path.exists():
            continue
        hints = {(h["source"]["line"], h["source"]["col"]): h["candidates"]
                 for h in json.loads(clean_path.read_text(encoding="utf-8")).get("byte_hints", [])}
        order = sorted(hints)
        for rep in repairs_of(restore_path):
            at = (rep["source"]["line"], rep["source"]["col"])
            if at not in hints:
                continue  # a gap without a byte constraint
            n = len(rep["original"])
            run = [p for p in order[order.index(at):] if p[0] == at[0]][:n]
            truths = []
            for line_no, col in run:
                ln, (text, decoded, original) = lines[line_no - 1], made[line_no - 1]
                truths.append(truth_of(col, hints[(line_no, col)], ln, decoded, original))
            row = rows["single" if n == 1 else "run"]
            row["gaps"] += 1
            cands = [c["text"] for c in rep.get("candidates", [])]
            known = len(run) == n and all(t is not None for t in truths)
            recorded = readings.get(stem, {}).get(at)
            if gaps is not None and recorded is not None:
                reading, plain_status, plain_confidence = recorded
                gaps.append({"source": source, "doc": stem, "at": at, "class": "single" if n == 1 else "run",
                             "truth": "".join(truths) if known else None,
                             "top": rep["restored"] or (cands[0] if cands else None),
                             "status": rep["status"], "confidence": rep["confidence"],
                             "plain_status": plain_status, "plain_confidence": plain_confidence,
                             "pooled": any("lost the same bytes" in e["detail"] for e in rep.get("evidence", [])),
                             **asdict(reading)})
            if not known:
                row["unknown"] += 1
                row["unknown_committed"] += rep["status"] == "restored"
                continue
            truth = "".join(truths)
            row["known"] += 1
            row["top1"] += bool(cands) and cands[0] == truth
            row["top5"] += truth in cands[:5]
            if rep["status"] == "restored":
                row["committed"] += 1
                row["right"] += rep["restored"] == truth
    return rows


def _counts() -> dict:
    return {"gaps": 0, "unknown": 0, "unknown_committed": 0, "known": 0, "committed": 0, "right": 0, "top1": 0,
            "top5": 0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=6, help="report-half documents per source (default 6)")
    ap.add_argument("--lines", type=int, default=40, help="lines per document (default 40)")
    ap.add_argument("--sources", nargs="*", default=[s.name for s in src.SOURCES])
    ap.add_argument("--half", choices=("report", "calibration"), default="report",
                    help="the documents' half (bench.restore_bench.split_of): calibration to choose, report to report")
    ap.add_argument("--codec", default="cp932", choices=("cp932", "cp1252", "cp932:cp1252"),
                    help="the code page the UTF-8 text is read as (cp932: 06m's damage; cp1252: trial 55's), or "
                         "written:read (cp932:cp1252, Shift_JIS read as CP1252: trial 62's)")
    args = ap.parse_args(argv)
    results, gaps = {}, []
    for name in args.sources:
        results[name] = measure(name, documents(name, args.docs, args.lines, args.half), args.half, gaps, args.codec)
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.half == "report" else "-calibration") + \
        ("" if args.codec == "cp932" else f"-{args.codec.replace(':', '-')}")
    out = ROOT / "bench" / "out"
    (out / f"constraint_bench{suffix}.json").write_text(json.dumps(results, indent=1, sort_keys=True))
    (out / f"constraint_gaps{suffix}.json").write_text(json.dumps(gaps, ensure_ascii=False, indent=0))
    print("| source | class | gaps | truth known | committed right/committed | Wilson lower | coverage | top-1 | top-5 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    total = {k: _counts() for k in ("single", "run")}
    for name, rows in [*results.items(), ("all", total)]:
        for cls, r in rows.items():
            if name != "all":
                for key in r:
                    total[cls][key] += r[key]
            known = r["known"] or 1
            bound = wilson_lower(r["right"], r["committed"]) if r["committed"] else float("nan")
            print(f"| {name} | {cls} | {r['gaps']} | {r['known']} | {r['right']}/{r['committed']} | {bound:.3f} "
                  f"| {r['committed'] / known:.1%} | {r['top1'] / known:.1%} | {r['top5'] / known:.1%} |")
    print()
    print(before_after(gaps))
    return 0


def before_after(gaps: list[dict]) -> str:
    """Per source, single constrained glyphs committed by the plain verdict alone (before
    :func:`pipeline.restore.constraint.settles`) and as restore decided them (after): right/committed (a gap whose
    truth is unknown counts as committed and wrong), Wilson lower, coverage of the gaps."""
    table = ["| source | gaps | before right/committed | Wilson lower | coverage | after right/committed "
             "| Wilson lower | coverage | truth unknown, committed after |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    names = sorted({g["source"] for g in gaps})
    for name in [*names, "all"]:
        rows = [g for g in gaps if g["class"] == "single" and name in (g["source"], "all")]
        if not rows:
            continue
        cells = []
        for status in ("plain_status", "status"):
            done = [g for g in rows if g[status] == "restored"]
            right = sum(g["top"] == g["truth"] for g in done)
            cells.append(f"{right}/{len(done)} | {wilson_lower(right, len(done)):.3f} | {len(done) / len(rows):.1%}")
        unknown = sum(g["truth"] is None and g["status"] == "restored" for g in rows)
        table.append(f"| {name} | {len(rows)} | {cells[0]} | {cells[1]} | {unknown} |")
    return "\n".join(table)


if __name__ == "__main__":
    raise SystemExit(main())
