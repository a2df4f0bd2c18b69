"""Regression corpus: real documents the pipeline has never been fitted on, and a before/after comparison.

A change to a rule is checked on the tests, then on documents it was not written for: a few hundred real PDFs
and text dumps, run through every stage by the code before and after the change, their talks compared. The
corpus is rebuilt by this script on any machine (never committed, never the sample), so every developer
compares on the same files in the same order.

    python bench/regress.py fetch [--root /work/corpus]
    python bench/regress.py run OUTDIR LIST [--root TREE] [--jobs 2] [--timeout 300]
    python bench/regress.py cmp A B [--show N]

``fetch`` downloads Debian's TeX Live documentation packages with ``apt-get download`` (never installed; the
pattern of bench/clean_bench.py) and unpacks them with ``dpkg-deb -x`` under ROOT/debs. From them it picks:

- ROOT/pdf/: the Japanese manuals and samples of texlive-lang-japanese (per documentation folder, the PDF with
  the most Japanese letters), the journal and thesis samples of texlive-publishers-doc named in
  :data:`PUBLISHER_SAMPLES` (sample papers, not manuals), and /work/shared/realdocs/*.pdf and
  /work/shared/field/*.pdf; ROOT/pdf/list names them, one absolute path a line, sorted.
- ROOT/txt/: the text pdfminer.six extracts (``pdfminer.high_level.extract_text``, pages parted by form feeds)
  from every PDF of texlive-lang-japanese and texlive-lang-chinese, the samples above and the Chinese thesis and
  journal samples of :data:`PUBLISHER_CJK` holding at least :data:`MIN_JA` Japanese letters (kanji, kana: Chinese
  counts too), the realdocs' text, /work/shared/field/*.txt, /work/shared/seed/* and the text of this checkout's
  test documents (:data:`TEST_INPUTS`); ROOT/txt.list names them.

Only PDFs of at most :data:`MAX_PAGES` pages and :data:`MAX_BYTES` bytes are taken (the realdocs and field PDFs
excepted), so that one run of the corpus stays under an hour on two cores. Every choice is by sorted paths and
fixed caps, so the same packages (and commit) give the same files. A file is named ``<folder>__<path>``, the folder
being the documentation folder under /usr/share/doc/texlive-doc/<kind>/ (``luatexja__luatexja-ruby.pdf``).

``run`` runs the pipeline of checkout TREE (default: the checkout holding this script), with TREE's .venv python
and PYTHONPATH=TREE, on each input of LIST: ``python -m pipeline run IN --out OUTDIR/<stem>``, which calls the
same step functions as the Makefile's stage recipes (extract → clean → segment → restore → structure) in one
process instead of five (each process pays Sudachi's and spaCy's start-up). The talks land in
OUTDIR/<stem>/talks/<stem>/; a failure (or more than ``--timeout`` seconds) leaves OUTDIR/<stem>/error.txt with
its standard error, and the run goes on. OUTDIR/run.json records the tree's commit and each input's time.

``cmp`` compares two runs' talk JSON per input and prints, for each changed input, what differs in a summary
(talks, titles, sections, slides, paragraphs, restored and open gaps), with ``--show N`` the unified diff of a
readable projection of the first N; then the totals.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

TREE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TREE))
SHARED = Path("/work/shared")

PACKAGES = ("texlive-lang-japanese", "texlive-lang-chinese", "texlive-publishers-doc")
DOC = Path("usr/share/doc/texlive-doc")
MAX_PAGES = 40
MAX_BYTES = 3_000_000
MIN_JA = 100
"""A text input needs this many Japanese letters: fewer is a manual in English with a sample line or two."""
MIN_KANA = 100
"""A PDF of texlive-lang-japanese is Japanese with this much kana (its Chinese or English manuals have none)."""

PUBLISHER_SAMPLES = (
    "latex/aastex/sample631.pdf", "latex/acmart/samples/sample-acmsmall.pdf",
    "latex/acmart/samples/sample-sigconf.pdf", "latex/afparticle/afpsample.pdf", "latex/aiaa/template_basic.pdf",
    "latex/aomart/aomsample.pdf", "latex/apa7/samples/shortsample.pdf", "latex/asmeconf/asmeconf-template.pdf",
    "latex/asmejour/asmejour-template.pdf", "latex/cmpj/template.pdf", "latex/confproc/example/papers/p_001.pdf",
    "latex/dccpaper/dccpaper.pdf", "latex/ejpecp/sample.pdf", "latex/els-cas-templates/doc/dc-sample.pdf",
    "latex/elsarticle/elstest-1p.pdf", "latex/elsarticle/elstest-5p.pdf", "latex/fbithesis/example.pdf",
    "latex/hustthesis/hustthesis-zh-example.pdf", "latex/ieeepes/ieeepes_doc.pdf", "latex/ijmart/ijmsample.pdf",
    "latex/jmlr/pmlr-sample.pdf", "latex/jpsj/injpsj2.pdf", "latex/jwjournal/jwjournal-demo-en.pdf",
    "latex/mnras/mnras_guide.pdf", "latex/oup-authoring-template/oup-authoring-template.pdf",
    "latex/revtex4-1/sample/aip/aipsamp.pdf", "latex/revtex4-1/sample/aps/apssamp.pdf", "latex/spie/article.pdf",
)
"""Journal and thesis class samples (papers written with the class), English but for hustthesis's Chinese thesis."""
PUBLISHER_CJK = (
    "latex/hitszthesis/hitszthesis-bachelor.pdf", "latex/hustthesis/hustthesis-en-example.pdf",
    "latex/inkpaper/inkpaper-cn.pdf", "latex/jwjournal/jwjournal-demo-cn.pdf", "latex/mcmthesis/mcmthesis-demo.pdf",
    "latex/seuthesis/sample-bachelor.pdf", "latex/xduthesis/examples/thesis-doctor.pdf",
)
"""Chinese theses and journal samples: text inputs only (the PDF corpus keeps to Japanese and English)."""
TEST_INPUTS = ("tests/golden/segment/cases/*.in", "tests/golden/segment/trial/*.txt",
               "tests/golden/segment/trial/*.pdf", "tests/pdfs/*.pdf", "tests/trial/*.txt")
"""The tests' made-up documents (from this checkout), their PDFs as pdfminer's text: text inputs too."""


# --------------------------------------------------------------------------
# fetch
# --------------------------------------------------------------------------


def unpack(package: str, debs: Path) -> Path:
    """The package unpacked under ``debs/<package>``, downloaded on first use (never installed)."""
    root = debs / package
    if (root / ".unpacked").exists():
        return root
    debs.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["apt-get", "download", package], cwd=debs).returncode:
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(["apt-get", "download", package], cwd=debs, check=True)
    deb = sorted(debs.glob(f"{package}_*.deb"))[-1]
    root.mkdir(exist_ok=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    (root / ".unpacked").touch()
    return root


def doc_name(path: Path) -> str:
    """``<folder>__<path below it>`` of a PDF under texlive-doc/<kind>/<folder>/…, its ``/`` as ``_`` (the names
    bench/repetition_docs.txt holds).

    >>> doc_name(Path("/x/usr/share/doc/texlive-doc/luatex/luatexja/luatexja-ruby.pdf"))
    'luatexja__luatexja-ruby'
    >>> doc_name(Path("/x/usr/share/doc/texlive-doc/platex/pxrubrica/sample/test-jlreq.pdf"))
    'pxrubrica__sample_test-jlreq'
    """
    parts = path.with_suffix("").parts[path.parts.index("texlive-doc") + 1:]
    return f"{parts[1]}__{'_'.join(parts[2:])}"


def measure(path: Path) -> tuple[int, int, int, str | None]:
    """Pages, Japanese letters, kana and the extracted text of a PDF (no text past the caps; -1 pages if unreadable)."""
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    from pipeline.chardata import JA_LETTER_RE, KANA_RE

    try:
        with open(path, "rb") as f:
            pages = sum(1 for _ in PDFPage.get_pages(f))
        if path.stat().st_size > MAX_BYTES or pages > MAX_PAGES:
            return pages, 0, 0, None
        text = extract_text(str(path))
    except Exception:  # noqa: BLE001 - a PDF pdfminer cannot read is left out, whatever the error
        return -1, 0, 0, None
    return pages, len(JA_LETTER_RE.findall(text)), len(KANA_RE.findall(text)), text


def fetch(root: Path, jobs: int) -> None:
    roots = {p: unpack(p, root / "debs") / DOC for p in PACKAGES}
    candidates = {}  # name → (path, package)
    for package in PACKAGES[:2]:
        for path in sorted(roots[package].rglob("*.pdf")):
            candidates[doc_name(path)] = (path, package)
    for rel in PUBLISHER_SAMPLES + PUBLISHER_CJK:
        path = roots["texlive-publishers-doc"] / rel
        candidates[doc_name(path)] = (path, "samples" if rel in PUBLISHER_SAMPLES else "cjk")
    names = sorted(candidates)
    with ProcessPoolExecutor(jobs) as pool:
        measured = dict(zip(names, pool.map(measure, [candidates[n][0] for n in names])))
    shared_pdfs = [("realdocs", p) for p in sorted((SHARED / "realdocs").glob("*.pdf"))]
    shared_pdfs += [("shared-field", p) for p in sorted((SHARED / "field").glob("*.pdf"))]

    for sub in ("pdf", "txt"):
        shutil.rmtree(root / sub, ignore_errors=True)
        (root / sub).mkdir(parents=True)
    best: dict[str, str] = {}  # folder → its Japanese PDF with the most Japanese letters
    for name in names:
        pages, ja, kana, text = measured[name]
        path, package = candidates[name]
        if text is None:
            continue
        if package == "samples" or (package == PACKAGES[0] and kana >= MIN_KANA):
            folder = name.split("__")[0] if package != "samples" else name
            if folder not in best or ja > measured[best[folder]][1]:
                best[folder] = name
        if ja >= MIN_JA:
            (root / "txt" / f"{name}.txt").write_text(text, encoding="utf-8")
    for name in best.values():
        shutil.copyfile(candidates[name][0], root / "pdf" / f"{name}.pdf")
    from pdfminer.high_level import extract_text

    for prefix, path in shared_pdfs:
        shutil.copyfile(path, root / "pdf" / f"{prefix}__{path.name}")
        if prefix == "realdocs":
            (root / "txt" / f"{prefix}__{path.stem}.txt").write_text(extract_text(str(path)), encoding="utf-8")
    for prefix, pattern in (("shared-field", "field/*.txt"), ("shared-seed", "seed/*")):
        for path in sorted(SHARED.glob(pattern)):
            shutil.copyfile(path, root / "txt" / f"{prefix}__{path.stem}.txt")
    for pattern in TEST_INPUTS:  # the tests' made-up documents, as text (tests-golden-segment-trial__…)
        for path in sorted(TREE.glob(pattern)):
            prefix = str(path.parent.relative_to(TREE)).replace("/", "-")
            text = extract_text(str(path)) if path.suffix == ".pdf" else path.read_text(encoding="utf-8")
            (root / "txt" / f"{prefix}__{path.stem}.txt").write_text(text, encoding="utf-8")

    pdfs = sorted(str(p) for p in (root / "pdf").glob("*.pdf"))
    txts = sorted(str(p) for p in (root / "txt").glob("*.txt"))
    (root / "pdf" / "list").write_text("".join(p + "\n" for p in pdfs))
    (root / "txt.list").write_text("".join(p + "\n" for p in txts))
    write_readme(root, len(pdfs), len(txts))
    print(f"{root}: {len(pdfs)} PDFs in pdf/list, {len(txts)} text inputs in txt.list")


def write_readme(root: Path, pdfs: int, txts: int) -> None:
    import pdfminer

    versions = [deb.name for deb in sorted((root / "debs").glob("*.deb"))]
    (root / "README").write_text(f"""Regression corpus, made by bench/regress.py (see its docstring for what is chosen and why):

    python bench/regress.py fetch --root {root}

debs/      the Debian packages ({', '.join(versions)}), unpacked (dpkg-deb -x), never installed
pdf/       {pdfs} PDFs: Japanese TeX Live manuals and samples, journal/thesis class samples, shared realdocs and field
pdf/list   their absolute paths, sorted
txt/       {txts} text inputs: pdfminer.six {pdfminer.__version__}'s text of the Japanese and Chinese PDFs (>= {MIN_JA}
           Japanese letters), shared field dumps, the shared seed, the realdocs' text, the tests' documents
txt.list   their absolute paths, sorted

Baselines: python bench/regress.py run {root}/base LIST --root CHECKOUT [--jobs 2];
compare:   python bench/regress.py cmp BASE NEW --show 5
""")


# --------------------------------------------------------------------------
# run
# --------------------------------------------------------------------------


def run_one(raw: Path, outdir: Path, tree: Path, python: str, timeout: float) -> dict:
    stem = raw.stem
    out = outdir / stem
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = dict(os.environ, PYTHONPATH=str(tree))
    start = time.monotonic()
    proc = subprocess.Popen([python, "-m", "pipeline", "run", str(raw), "--out", str(out), "-q"], cwd=tree, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        error = stderr if proc.returncode else None
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        error = f"timeout: more than {timeout:g} s\n{stderr}"
    seconds = round(time.monotonic() - start, 1)
    if error is not None:
        (out / "error.txt").write_text(error)
    elif stderr.strip():
        (out / "stderr.txt").write_text(stderr)
    talks = len(load_talks(outdir, stem) or []) if error is None else 0
    return {"input": str(raw), "stem": stem, "ok": error is None, "seconds": seconds, "talks": talks}


def run(outdir: Path, listing: Path, tree: Path, jobs: int, timeout: float) -> int:
    raws = [Path(line) for line in listing.read_text().split("\n") if line.strip()]
    venv = tree / ".venv" / "bin" / "python"
    python = str(venv) if venv.exists() else sys.executable
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=tree, capture_output=True, text=True).stdout.strip()
    outdir.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    results = []
    with ThreadPoolExecutor(jobs) as pool:
        futures = [pool.submit(run_one, raw, outdir, tree, python, timeout) for raw in raws]
        for i, future in enumerate(futures, 1):
            r = future.result()
            results.append(r)
            state = f"{r['talks']} talks" if r["ok"] else "FAILED"
            print(f"[{i}/{len(raws)}] {r['stem']}: {state}, {r['seconds']} s", flush=True)
    total = round(time.monotonic() - start, 1)
    failed = [r["stem"] for r in results if not r["ok"]]
    (outdir / "run.json").write_text(json.dumps({"tree": str(tree), "commit": commit, "list": str(listing),
                                                 "jobs": jobs, "seconds": total, "failed": failed,
                                                 "inputs": results}, indent=1))
    print(f"{outdir}: {len(raws) - len(failed)} of {len(raws)} inputs done, {len(failed)} failed, {total} s")
    return 1 if failed else 0


# --------------------------------------------------------------------------
# cmp
# --------------------------------------------------------------------------


def load_talks(outdir: Path, stem: str) -> list[dict] | None:
    """The input's talks (index order), or ``None`` when its run failed or left no index."""
    folder = outdir / stem / "talks" / stem
    if (outdir / stem / "error.txt").exists() or not (folder / "index.json").exists():
        return None
    index = json.loads((folder / "index.json").read_text())
    return [json.loads((folder / t["file"]).read_text()) for t in index["talks"]]


def projection(talks: list[dict]) -> list[str]:
    """A readable outline of an input's talks: titles, headings, slides, the start of each paragraph, gaps."""
    lines = []
    for talk in talks:
        title = talk.get("title") or {}
        lines.append(f"# {talk.get('id')} [{talk.get('shape')}] {title.get('ja')} / {title.get('en')}")
        paper = talk.get("paper") or {}
        for para in paper.get("front") or []:
            lines.append(f"  front: {para['text'][:80]}")
        for section in paper.get("sections") or []:
            lines.append(f"  ## {section.get('heading') or section.get('title')}")
            for para in section.get("paragraphs") or []:
                lines.append(f"    {para['text'][:80]}")
        for slide in talk.get("slides") or []:
            lines.append(f"  slide {slide.get('number')}: {slide.get('title')}")
        for repair in talk.get("repairs") or []:
            lines.append(f"  gap {repair['status']}: {repair['original']!r} → {repair['restored']!r}")
    return lines


def summary(talks: list[dict]) -> dict:
    def count(key):
        return sum(len((t.get("paper") or {}).get(key) or []) for t in talks)

    sections = [s for t in talks for s in (t.get("paper") or {}).get("sections") or []]
    repairs = [r for t in talks for r in t.get("repairs") or []]
    return {
        "talks": len(talks),
        "titles": [((t.get("title") or {}).get("ja"), (t.get("title") or {}).get("en")) for t in talks],
        "sections": len(sections),
        "headings": [s.get("heading") or s.get("title") for s in sections],
        "slides": sum(len(t.get("slides") or []) for t in talks),
        "paragraphs": sum(len(s.get("paragraphs") or []) for s in sections) + count("front"),
        "restored": sum(r["status"] == "restored" for r in repairs),
        "open": sum(r["status"] != "restored" for r in repairs),
    }


def describe(a: dict, b: dict) -> str:
    """What changed between two summaries, compactly: counts as a→b, lists as how many items differ."""
    parts = []
    for key in a:
        if a[key] == b[key]:
            continue
        if isinstance(a[key], list):
            changed = sum(x != y for x, y in zip(a[key], b[key])) + abs(len(a[key]) - len(b[key]))
            parts.append(f"{key} ({changed} differ)")
        else:
            parts.append(f"{key} {a[key]}→{b[key]}")
    return ", ".join(parts) or "details only (tokens, maps, sources)"


def compare(a: Path, b: Path, show: int) -> int:
    stems = sorted({p.name for p in a.iterdir() if p.is_dir()} | {p.name for p in b.iterdir() if p.is_dir()})
    identical, changed, failed_a, failed_b = [], [], [], []
    for stem in stems:
        ta, tb = load_talks(a, stem), load_talks(b, stem)
        if ta is None or tb is None:
            if ta is None:
                failed_a.append(stem)
            if tb is None:
                failed_b.append(stem)
            if (ta is None) != (tb is None):
                print(f"{stem}: failed in {'A' if ta is None else 'B'} only")
            continue
        if ta == tb:
            identical.append(stem)
            continue
        changed.append(stem)
        print(f"{stem}: {describe(summary(ta), summary(tb))}")
        if len(changed) <= show:
            diff = difflib.unified_diff(projection(ta), projection(tb), f"A/{stem}", f"B/{stem}", lineterm="", n=1)
            print("\n".join(diff) or "  (the projection is the same)")
    print(f"{len(stems)} inputs: {len(identical)} identical, {len(changed)} changed, "
          f"{len(failed_a)} failed in A, {len(failed_b)} failed in B")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("fetch", help="download the packages and build ROOT/pdf, ROOT/txt and their lists")
    p.add_argument("--root", type=Path, default=Path("/work/corpus"))
    p.add_argument("--jobs", type=int, default=2)
    p = sub.add_parser("run", help="run TREE's pipeline on each input of LIST into OUTDIR/<stem>/")
    p.add_argument("outdir", type=Path)
    p.add_argument("listing", type=Path, metavar="LIST")
    p.add_argument("--root", type=Path, default=TREE, help="the checkout whose code runs (default: this one)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--timeout", type=float, default=300, help="seconds per input before it counts as failed")
    p = sub.add_parser("cmp", help="compare two runs' talks per input")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p.add_argument("--show", type=int, default=0, help="print the diff of the first N changed inputs")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        fetch(args.root.resolve(), args.jobs)
        return 0
    if args.command == "run":
        return run(args.outdir.resolve(), args.listing, args.root.resolve(), args.jobs, args.timeout)
    return compare(args.a, args.b, args.show)


if __name__ == "__main__":
    sys.exit(main())
