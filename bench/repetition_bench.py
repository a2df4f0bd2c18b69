"""How far repetition can be trusted off home ground: single letters masked in Japanese documents the models never saw.

``bench/restore_bench.py`` calibrates on the registers of ``bench/sources.py`` (documentation and interface text);
a user's report, minutes or field note repeats its own words in other ways (a heading in its contents, a term of the
field in every paragraph). This benchmark masks one letter at a time in such documents, restores it as
``pipeline restore -`` would see the masked document (plain text, the packaged models: no document here is in their
counts) and reports per group of documents how often a committed fill is right: every commit, and apart the commits
that repetition settles below the calibrated threshold (:func:`pipeline.restore.scoring.repetition_settles`; the
verdict's evidence names its threshold), and the document-word class (:func:`pipeline.restore.document_word_settles`):
how often the rule fired (lowered the threshold and committed) and was right, and how often its gates hold for the top
fill at any confidence (records ``docword`` and ``docword_class``).

Masks (fixed seed): up to ``--per-doc`` letters of each document drawn among its kanji and kana (lines with six
Japanese letters or more and no lost glyph), and up to ``--edges`` more at the first or last letter of a line (a
heading's last word, a hard wrap: where a line's edge cuts the context). Positions are drawn without looking at what
is repeated, so the repeated words fall where they fall. Each record is written to ``--out`` (JSON lines) with the
top fill's repetition features, so a rule can be read off the records without restoring again.

Trial 44 (``tameike.txt``): ``水利組\\ufffdの役員`` (水利組合 three times elsewhere) and the heading ``維持管理の担い\\ufffd``
(the same words in the contents) were open at 0.80 and 0.92.

    PYTHONPATH=$PWD .venv/bin/python bench/repetition_bench.py --out /tmp/rep.jsonl     # bench/repetition_docs.txt
    PYTHONPATH=$PWD .venv/bin/python bench/repetition_bench.py --screen --seed 7 --out /tmp/rep7.jsonl
    PYTHONPATH=$PWD .venv/bin/python bench/repetition_bench.py --screen docword --seed 1 --out /tmp/dw1.jsonl
    PYTHONPATH=$PWD .venv/bin/python bench/repetition_bench.py --read /tmp/rep.jsonl     # report only

``--screen`` (``repetition``) draws kanji repetition could settle (:func:`screened`); ``--screen docword`` kanji a
word of the document could settle (:func:`screened_document_word`: the gap's word, three letters or more and 14 bits
or more, written whole elsewhere). Documents of the list missing from the corpus are skipped with a note.

Session 51 (issue 19): ``--screen docword`` with seeds 1-4 measured the document-word rule, then committing from 0.8,
at 19 right of 23 distinct fires outside the sample (one-sided 90% Wilson lower 0.70): it was removed
(docs/restore.md, "A word of the document settles a kanji"). Run with the code before that commit to see it fire.

Run the same masks with other code (``PYTHONPATH=<a worktree at main>``) for the figures before a change.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: the code measured is the one PYTHONPATH names

JA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]")
KANJI = re.compile("[\u3005\u4e00-\u9fff]")
MIN_LETTERS = 6
DOCUMENTS = ROOT / "bench" / "repetition_docs.txt"
"""The documents measured when none are named: the regression corpus's Japanese text inputs (its header says which)."""
SEED = 20261202
def group_of(path: str) -> str:
    """The group a document is reported under: the TeX manuals of the corpus (documentation of another project), the
    made-up documents of the tests and trials (reports, minutes, notes, talks), the sample (raw/, a test)."""
    name = Path(path).name
    if "/raw/" in path or "seed" in name:
        return "sample"
    if name.startswith(("tests-", "shared-", "realdocs")) or "/tests/" in path or "/trial" in path:
        return "made-up and field documents"
    return "TeX manuals (corpus)"


def masks(lines: list[str], per_doc: int, edges: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """(line index, column, kind) of the letters masked in one document: ``inner`` or ``edge``."""
    from pipeline.model import GAP

    inner, edge = [], []
    for i, text in enumerate(lines):
        if GAP in text or len(JA.findall(text)) < MIN_LETTERS:
            continue
        body = text.rstrip()
        first = len(text) - len(text.lstrip())
        for j, ch in enumerate(body):
            if JA.match(ch):
                (edge if j in (first, len(body) - 1) else inner).append((i, j))
    out = [(i, j, "inner") for i, j in rng.sample(inner, min(per_doc, len(inner)))]
    out += [(i, j, "edge") for i, j in rng.sample(edge, min(edges, len(edge)))]
    return out


SCREEN_USES = 3
"""A screened mask's term must stand this often elsewhere with some kanji in the gap (the rule's own count)."""
_RUN_END = re.compile("[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]*$")
_RUN_START = re.compile("[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]*")


def screened(lines: list[str], per_doc: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """(line index, column, ``screened``) of kanji whose masked place the rule could settle, read from the masked
    document alone (never from the letter masked): some kanji in the gap makes, with the kanji and katakana beside
    it, a term written :data:`SCREEN_USES` times elsewhere, or the gap's whole line stands elsewhere with some letter in
    the gap. Selecting so measures the rule where it can fire without looking at the truth, so its precision there is
    unbiased; ``--per-doc`` of them at most per document."""
    from pipeline.model import GAP

    found = []
    for i, j, masked, left, right in _kanji_masks(lines):
        line = lines[i]
        hit = False
        if len(left) + len(right) >= 2:
            counts: dict[str, int] = {}
            for m in re.finditer(re.escape(left) + "([\u3005\u4e00-\u9fff])" + re.escape(right), masked):
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
            hit = max(counts.values(), default=0) >= SCREEN_USES
        if not hit:
            before, after = line[:j].strip(), line[j + 1:].strip()
            pattern = re.escape(before) + f"[^\n{GAP}]" + re.escape(after)
            hit = bool(before or after) and re.search(pattern, masked) is not None
        if hit:
            found.append((i, j, "screened"))
    return rng.sample(found, min(per_doc, len(found)))


def _kanji_masks(lines: list[str]):
    """``(line index, column, masked document, kanji and katakana run before the gap, run after it)`` for each kanji
    of a line with :data:`MIN_LETTERS` Japanese letters or more and no lost glyph: the places both screens read."""
    from pipeline.model import GAP

    for i, line in enumerate(lines):
        if GAP in line or len(JA.findall(line)) < MIN_LETTERS:
            continue
        for j, ch in enumerate(line):
            if KANJI.match(ch):
                masked = "\n".join(lines[:i] + [line[:j] + GAP + line[j + 1:]] + lines[i + 1:])
                yield i, j, masked, _RUN_END.search(line[:j]).group(0), _RUN_START.match(line[j + 1:]).group(0)


def screened_document_word(lines: list[str], per_doc: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """(line index, column, ``docword``) of kanji whose masked place a word of the document could settle
    (:func:`pipeline.restore.document_word_settles`), read from the masked document alone (never from the letter
    masked): with the kanji and katakana beside the gap, some kanji in the gap makes a dictionary word (the packaged
    word index) of :data:`pipeline.restore.scoring.DOCUMENT_WORD_LETTERS` letters or more and
    :data:`~pipeline.restore.scoring.DOCUMENT_WORD_BITS` or more as a word that the masked document writes whole
    elsewhere. The rule's own gates (the share, rivals' words, the model's ranking and confidence) are left to it, so
    that its precision where it can fire is measured without looking at the truth; ``--per-doc`` at most."""
    import math

    from pipeline.restore import resources, scoring
    from pipeline.restore.evidence import lexicon

    index, zipf, found = resources.word_index(), resources.word_zipf(), []
    for i, j, masked, left, right in _kanji_masks(lines):
        hit = False
        for a in range(len(left) + 1):
            for b in range(len(right) + 1):
                if hit or a + b + 1 < scoring.DOCUMENT_WORD_LETTERS or a + b + 1 > resources.MAX_WORD:
                    continue
                for word in index.match(left[len(left) - a:] + "?" + right[:b]):
                    if not KANJI.match(word[a]) or word not in masked:
                        continue
                    bits = (9.0 - (lexicon.word_frequency(word, zipf) or resources.UNKNOWN_ZIPF)) * math.log2(10)
                    if bits >= scoring.DOCUMENT_WORD_BITS:
                        hit = True
                        break
        if hit:
            found.append((i, j, "docword"))
    return rng.sample(found, min(per_doc, len(found)))


def run_document(path: str, per_doc: int, edges: int, seed: int, screen: bool | str = False) -> list[dict]:
    from pipeline.model import GAP
    from pipeline.restore import Restorer, charlm, document_word_settles
    from pipeline.restore.evidence.base import Document, Site

    text = Path(path).read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")
    rng = random.Random(f"{seed}/{Path(path).name}")
    out = []
    chosen = screened_document_word(lines, per_doc, rng) if screen == "docword" \
        else screened(lines, per_doc, rng) if screen else masks(lines, per_doc, edges, rng)
    for i, j, kind in chosen:
        truth = lines[i][j]
        masked = lines[i][:j] + GAP + lines[i][j + 1:]
        doc_text = "\n".join(masked if k == i else t for k, t in enumerate(lines))
        restorer = Restorer(Document.from_text(doc_text), lm=charlm.for_document(doc_text), plain=True)
        record = {"doc": path, "group": group_of(path), "line": i + 1, "col": j, "kind": kind, "truth": truth,
                  "kanji": bool(KANJI.match(truth))}
        why = restorer.abstains(masked, j, j + 1)
        if why is not None:
            out.append({**record, "status": "unresolved", "top": None, "confidence": 0.0})
            continue
        site = Site(masked, j, j + 1, i + 1)
        ranked = restorer.rank(site)
        verdict = restorer.verdict(ranked)
        top = verdict.candidates[0].text if verdict.candidates else None
        feats = ranked.pool.features.get(top, {}) if top else {}
        record.update({
            "status": verdict.status, "top": top, "confidence": verdict.confidence,
            "threshold": restorer.model.threshold(1, top or ""),
            "settled": any("repetition settles" in e.detail for e in verdict.evidence),
            # the document-word rule lowered the threshold (it fired), and whether its gates hold at any confidence
            "docword": any(e.kind == "document-word" and "committed from" in e.detail for e in verdict.evidence),
            "docword_class": document_word_settles(
                ranked.ranking, site, ranked.pool, restorer.doc) is not None,
            "abstention": any(e.kind == "abstention" for e in verdict.evidence),
            "rep": {k: round(v, 3) for k, v in feats.items() if k.startswith("rep_") or k == "has_rep"},
            "rivals_rep": sum(1 for f, fs in ranked.pool.features.items() if f != top and fs.get("has_rep")),
            "edge": not site.left.strip() or not site.right.strip(),
        })
        out.append(record)
    return out


def report(records: list[dict]) -> str:
    """Committed precision per group: every commit, and the commits repetition settles (Wilson lower bound one-sided
    90%, as ``bench/restore_bench.py``'s)."""
    from bench.restore_bench import wilson_lower  # (imported here: it puts this tree first on the path)

    rows = ["| group | masks | committed | right | precision | Wilson lower | settled by repetition | right "
            "| document word: fired | right | Wilson lower | its gates hold | right |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    groups = sorted({r["group"] for r in records}) + ["all"]
    for g in groups:
        rs = [r for r in records if g == "all" or r["group"] == g]
        committed = [r for r in rs if r["status"] == "restored"]
        right = sum(r["top"] == r["truth"] for r in committed)
        settled = [r for r in committed if r.get("settled")]
        s_right = sum(r["top"] == r["truth"] for r in settled)
        fired = [r for r in rs if r.get("docword")]
        f_right = sum(r["top"] == r["truth"] for r in fired)
        gated = [r for r in rs if r.get("docword_class")]
        g_right = sum(r["top"] == r["truth"] for r in gated)
        rows.append(f"| {g} | {len(rs)} | {len(committed)} | {right} | {right / max(len(committed), 1):.3f} | "
                    f"{wilson_lower(right, len(committed)):.3f} | {len(settled)} | {s_right} | {len(fired)} | "
                    f"{f_right} | {wilson_lower(f_right, len(fired)):.3f} | {len(gated)} | {g_right} |")
    wrong = [r for r in records if r["status"] == "restored" and r["top"] != r["truth"]]
    lines = ["", "Wrong commits:"] + [f"- {Path(r['doc']).name}:{r['line']}:{r['col']} {r['truth']} → {r['top']} "
                                     f"({r['confidence']}{', settled by repetition' if r.get('settled') else ''})"
                                     for r in wrong]
    return "\n".join(rows + lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="text files (or --list; neither: bench/repetition_docs.txt)")
    ap.add_argument("--list", help="a file naming one text file a line (# comments)")
    ap.add_argument("--min-letters", type=int, default=300, help="Japanese letters a document needs to be measured")
    ap.add_argument("--per-doc", type=int, default=30)
    ap.add_argument("--edges", type=int, default=10)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--screen", nargs="?", const="repetition", choices=("repetition", "docword"),
                    help="mask only kanji a rule could settle, read from the masked document: repetition's (the "
                         "default) or a word of the document's (docword)")
    ap.add_argument("--out", help="write the records (JSON lines)")
    ap.add_argument("--read", help="report the records of an earlier run")
    args = ap.parse_args(argv)
    if args.read:
        records = [json.loads(x) for x in Path(args.read).read_text(encoding="utf-8").splitlines() if x.strip()]
        print(report(records))
        return 0
    files = list(args.files)
    if args.list or not files:
        files += [x.strip() for x in Path(args.list or DOCUMENTS).read_text(encoding="utf-8").splitlines()
                  if x.strip() and not x.startswith("#")]
    missing = [f for f in files if not Path(f).is_file()]
    if missing:
        print(f"skipped (not found): {', '.join(missing)}", file=sys.stderr)
    files = [f for f in files if Path(f).is_file()
             and len(JA.findall(Path(f).read_text(encoding="utf-8", errors="replace"))) >= args.min_letters]
    records = []
    sink = open(args.out, "w", encoding="utf-8") if args.out else None
    for k, f in enumerate(files, 1):
        got = run_document(f, args.per_doc, args.edges, args.seed, args.screen or False)
        records += got
        if sink:
            for r in got:
                sink.write(json.dumps(r, ensure_ascii=False) + "\n")
            sink.flush()
        print(f"[{k}/{len(files)}] {Path(f).name}: {len(got)} masks", file=sys.stderr, flush=True)
    if sink:
        sink.close()
    print(report(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
