"""Clean-corpus benchmark: how often the clean stage touches text that is not damaged.

Every cleaning rule must change only damaged text. This runs the clean stage
over large clean corpora and counts the ledger rows it writes beyond the
documented normalisations (the width policy, the CJK/ASCII spacing rule,
compatibility ideographs → their canonical unified ideographs), per rule and
per 100,000 characters. The target is 0: each row found is a rule harming
clean text, to be turned into a made-up golden case and fixed.

Corpora (Debian packages, downloaded with ``apt-get download`` and unpacked
with ``dpkg-deb -x`` under ``bench/out/clean-corpora/``, never installed, never
committed; never the sample):

- ``ja-prose``: the Debian FAQ, the New Maintainers' Guide and the
  Developer's Reference in Japanese (``debian-faq-ja``, ``maint-guide-ja``,
  ``developers-reference-ja``), paragraphs hard-wrapped at 40 characters
  (never inside a Latin word), as a paper's dump is;
- ``en-prose``: the ``fortunes`` collection (quotations, verse, anecdotes) and
  the Debian FAQ in English (``debian-faq``), wrapped at 72 columns at spaces
  and existing hyphens (``cross-`` / ``boundary``), as a slide's dump is;
- ``mixed-technical``: the Debian Reference in Japanese and English
  (``debian-reference-ja``, ``debian-reference-en``): Japanese prose with
  commands, file names, options and English terms.

Each page (HTML file, fortune file) is one document. When a corpus cannot be
downloaded the benchmark says which commands to run, and measures the rest.

    .venv/bin/python bench/clean_bench.py                 # all corpora (make bench-clean)
    .venv/bin/python bench/clean_bench.py --max-chars 200000 --examples 10
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import textwrap
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sources import html_blocks  # noqa: E402
from pipeline.clean import clean  # noqa: E402
from pipeline.model import Extracted, SourceFile  # noqa: E402

CACHE = ROOT / "bench" / "out" / "clean-corpora"
REPORT = ROOT / "bench" / "out" / "clean_bench.json"

CORPORA: dict[str, tuple[str, ...]] = {
    "ja-prose": ("debian-faq-ja", "maint-guide-ja", "developers-reference-ja"),
    "en-prose": ("fortunes", "debian-faq"),
    "mixed-technical": ("debian-reference-ja", "debian-reference-en"),
}
WRAP = {"ja-prose": 40, "en-prose": 72, "mixed-technical": 72}

DOCUMENTED = frozenset({"normalise_width", "remove_cjk_ascii_spaces", "strip_ideographic_padding"})
"""Rules whose every row is a documented normalisation (docs/clean.md), not a repair."""
DOCUMENTED_REASONS = frozenset({"compatibility-ideograph"})

PER = 100_000


def unpack(package: str) -> Path | None:
    """The package's files under the cache, downloaded and unpacked on first use; ``None`` when impossible."""
    root = CACHE / package
    if (root / ".unpacked").exists():
        return root
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        return None
    debs = CACHE / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["apt-get", "download", package], cwd=debs, capture_output=True)
    found = sorted(debs.glob(f"{package}_*.deb"))
    if done.returncode or not found:
        return None
    root.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dpkg-deb", "-x", str(found[-1]), str(root)], check=True)
    (root / ".unpacked").touch()
    return root


def remedy(package: str) -> str:
    return (f"mkdir -p {CACHE}/debs {CACHE}/{package} && cd {CACHE}/debs && apt-get download {package}"
            f" && dpkg-deb -x {package}_*.deb ../{package} && touch ../{package}/.unpacked")


def fortune_documents(root: Path) -> dict[str, list[str]]:
    """One document per fortune file; fortunes separated by ``%`` lines."""
    docs = {}
    for path in sorted((root / "usr/share/games/fortunes").glob("*")):
        if path.suffix or not path.is_file():
            continue  # .dat index files, .u8 links
        text = path.read_text(encoding="utf-8", errors="replace")
        docs[f"fortunes/{path.name}"] = [part.strip("\n") for part in text.split("\n%\n") if part.strip()]
    return docs


def html_documents(root: Path, package: str) -> dict[str, list[str]]:
    """One document per HTML page: its text blocks (a ``pre`` block keeps its lines)."""
    docs = {}
    for path in sorted(root.rglob("*.htm*")):
        if path.is_file():
            blocks = html_blocks(path.read_text(encoding="utf-8", errors="replace"))
            if blocks:
                docs[f"{package}/{path.relative_to(root)}"] = blocks
    return docs


def wrap_japanese(line: str, width: int) -> list[str]:
    """Hard wraps every ``width`` characters, as Japanese is typeset, but never inside a Latin word or
    number (a typesetter moves it to the next line).

    >>> wrap_japanese("日本語のテキストと English words", 10)
    ['日本語のテキストと ', 'English ', 'words']
    """
    out: list[str] = []
    while len(line) > width:
        cut = width
        while cut > 0 and line[cut - 1].isascii() and line[cut - 1].isalnum() and line[cut].isascii() and line[cut].isalnum():
            cut -= 1
        if cut == 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:]
    return out + ([line] if line else [])


def dump_lines(blocks: list[str], width: int, japanese: bool) -> list[str]:
    """The blocks as a text dump would hold them: hard-wrapped, a blank line between blocks.

    >>> dump_lines(["a cross-boundary project", "次の行"], 12, False)
    ['a cross-', 'boundary', 'project', '', '次の行', '']
    """
    lines: list[str] = []
    for block in blocks:
        for line in block.split("\n"):
            if japanese:
                lines += wrap_japanese(line, width) or [""]
            else:
                lines += textwrap.wrap(line, width, break_on_hyphens=True, break_long_words=False) or [""]
        lines.append("")
    return lines


def counted(row) -> bool:
    """A ledger row that is a repair, not a documented normalisation."""
    return row.rule not in DOCUMENTED and row.reason not in DOCUMENTED_REASONS


def measure(name: str, docs: dict[str, list[str]], max_chars: int, examples: int) -> dict:
    width = WRAP[name]
    chars = 0
    rows: Counter[str] = Counter()
    seen: dict[str, list[str]] = defaultdict(list)
    start = time.process_time()
    for doc_name, blocks in docs.items():
        if chars >= max_chars:
            break
        lines = dump_lines(blocks, width, japanese=name == "ja-prose")
        chars += sum(len(line) for line in lines)
        doc = Extracted(source=SourceFile(doc_name, "0", "txt"), lines=tuple(lines))
        for row in clean(doc).ledger:
            if counted(row):
                rows[row.rule] += 1
                if len(seen[row.rule]) < examples:
                    seen[row.rule].append(f"{doc_name}:{row.line}: {row.reason} {row.action} {row.text!r}"
                                          + (f" -> {row.replacement!r}" if row.replacement is not None else "")
                                          + f"  | {lines[row.line - 1][:100]!r}")
    return {
        "chars": chars,
        "documents": len(docs),
        "cpu_s": round(time.process_time() - start, 1),
        "rows": dict(sorted(rows.items())),
        "per_100k": {rule: round(n * PER / max(chars, 1), 2) for rule, n in sorted(rows.items())},
        "examples": dict(seen),
    }


def load(name: str) -> tuple[dict[str, list[str]], list[str]]:
    docs: dict[str, list[str]] = {}
    missing = []
    for package in CORPORA[name]:
        root = unpack(package)
        if root is None:
            missing.append(package)
            continue
        docs.update(fortune_documents(root) if package == "fortunes" else html_documents(root, package))
    return docs, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-chars", type=int, default=1_500_000, help="characters per corpus (default 1.5 million)")
    parser.add_argument("--examples", type=int, default=5, help="rows shown per rule")
    args = parser.parse_args(argv)
    report: dict[str, dict] = {}
    all_missing: list[str] = []
    for name in CORPORA:
        docs, missing = load(name)
        all_missing += missing
        if not docs:
            continue
        report[name] = measure(name, docs, args.max_chars, args.examples)
    for package in all_missing:
        print(f"clean_bench: corpus package {package} is missing; run:\n  {remedy(package)}", file=sys.stderr)
    print("ledger rows beyond the documented normalisations, per 100,000 characters (target 0)")
    print(f"{'corpus':<16} {'characters':>11} {'docs':>5} {'CPU s':>6}  rows per rule")
    for name, result in report.items():
        rules = ", ".join(f"{rule} {n} ({result['per_100k'][rule]}/100k)" for rule, n in result["rows"].items()) or "none"
        print(f"{name:<16} {result['chars']:>11,} {result['documents']:>5} {result['cpu_s']:>6}  {rules}")
        for rule, lines in result["examples"].items():
            for line in lines:
                print(f"    {rule}: {line}")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written {REPORT.relative_to(ROOT)}")
    return 1 if not report else 0


if __name__ == "__main__":
    sys.exit(main())
