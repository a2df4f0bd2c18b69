"""Clean-corpus benchmark: how often the clean stage touches text that is not damaged.

Every cleaning rule must change only damaged text. This runs the clean stage
over large clean corpora and counts the ledger rows it writes beyond the
documented normalisations (the width policy, the CJK/ASCII spacing rule,
compatibility ideographs → their canonical unified ideographs), per rule and
per 100,000 characters; the documented ones are counted apart (``documented``).
Rows right by design are shown apart, each kind with its own count
(:data:`BY_DESIGN`): control characters the corpus holds (a lost glyph by the
project's standard), mojibake the corpus holds (checked by re-encoding) and
hyphens that end a line of the corpus's own text. Apart from both
(:data:`AMBIGUOUS`): a hyphen the corpus wrote that the wrapping left at a line
end, joined to the spelling the document writes elsewhere and never hyphenated
(the documented hyphenation rule; the text cannot tell it from a break). The rest
harm clean text; their target is 0: each one found is to be turned into a
made-up golden case and fixed.

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
    .venv/bin/python bench/clean_bench.py --spans 20     # made-up mojibake spans inside corpus text (measure_spans)
"""

from __future__ import annotations

import argparse
import json
import re
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

DOCUMENTED = frozenset({"normalise_width", "remove_cjk_ascii_spaces", "strip_ideographic_padding", "part_table_cells"})
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


def dump(blocks: list[str], width: int, japanese: bool) -> tuple[list[str], frozenset[int]]:
    """The blocks as a text dump would hold them: hard-wrapped, a blank line between blocks; and the
    numbers (from 1) of the lines that end where a line of the corpus's own text ends (the wrapping did
    not break them there).

    >>> dump(["a cross-boundary project", "次の行"], 12, False)
    (['a cross-', 'boundary', 'project', '', '次の行', ''], frozenset({3, 5}))
    """
    lines: list[str] = []
    ends: set[int] = set()
    for block in blocks:
        for line in block.split("\n"):
            if japanese:
                lines += wrap_japanese(line, width) or [""]
            else:
                lines += textwrap.wrap(line, width, break_on_hyphens=True, break_long_words=False) or [""]
            ends.add(len(lines))
        lines.append("")
    return lines, frozenset(ends)


def dump_lines(blocks: list[str], width: int, japanese: bool) -> list[str]:
    """The lines of :func:`dump`.

    >>> dump_lines(["a cross-boundary project", "次の行"], 12, False)
    ['a cross-', 'boundary', 'project', '', '次の行', '']
    """
    return dump(blocks, width, japanese)[0]


def counted(row) -> bool:
    """A ledger row that is a repair, not a documented normalisation."""
    return row.rule not in DOCUMENTED and row.reason not in DOCUMENTED_REASONS


BY_DESIGN = {
    "control": "control characters in the corpus, lost glyphs by policy",
    "mojibake": "mojibake in the corpus, repaired",
    "hyphen-break": "hyphenated line breaks in the corpus's own text",
}
"""Rows that are right: the corpus itself holds the damage (the clean text is not clean there), or the
project's standard requires the row (a control character is a lost glyph, never passed on or deleted)."""


def misdecoded(text: str, replacement: str | None) -> bool:
    """``text`` is ``replacement``'s UTF-8 bytes read as Latin-1 or CP1252, once or more: mojibake,
    checked by re-encoding, whatever heuristics the rule used to find it.

    >>> misdecoded("donâ\x80\x99t", "don’t"), misdecoded("HereÃ¢Â\x80Â\x99s", "Here’s"), misdecoded("café", "cafe")
    (True, True, False)
    """
    if replacement is None:
        return False
    for codec in ("latin-1", "cp1252"):
        form = replacement
        for _ in range(3):
            try:
                form = form.encode("utf-8").decode(codec)
            except UnicodeDecodeError:
                break
            if form == text:
                return True
    return False


AMBIGUOUS = {
    "document-spelling": "hyphens at a line end that the corpus wrote, joined to the spelling the document writes "
                         "elsewhere (an author's hyphen there reads as a typesetter's break; docs/clean.md)",
}
"""Rows that change the corpus's text where the text alone cannot tell damage from the writer's choice, and the
documented rule takes the evidence the document gives. Counted apart from harm and from :data:`BY_DESIGN`."""

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def document_spelling(lines: list[str], number: int) -> bool:
    """The hyphen ending line ``number`` (from 1) joins a word the document writes whole elsewhere and never
    hyphenated: checked here from the text itself, whatever the rule did to find it.

    >>> document_spelling(["at runtime", "the run-", "time support"], 2), document_spelling(["the run-", "time", "run-time"], 1)
    (True, False)
    >>> document_spelling(["the run-", "time support"], 1)
    False
    """
    left = re.search(r"([A-Za-z]+)-$", lines[number - 1])
    right = re.match(r"\s*([a-z]+)", lines[number]) if number < len(lines) else None
    if not left or not right:
        return False
    joined, hyphenated = (left.group(1) + right.group(1)).lower(), f"{left.group(1)}-{right.group(1)}".lower()
    words = Counter(w.lower() for n, line in enumerate(lines, 1) if n not in (number, number + 1)
                    for w in _WORD.findall(line))
    return words[joined] > 0 and words[hyphenated] == 0


def design_kind(row, source_ends: frozenset[int], lines: list[str] | None = None) -> str | None:
    """Which :data:`BY_DESIGN` or :data:`AMBIGUOUS` kind a counted row is, or ``None``: a row that harms clean text.

    A control character is a lost glyph by the project's standard; a repair of mojibake the corpus
    holds (:func:`misdecoded`) is right; so is a join at a hyphen that ends a line of the corpus's own
    text (the corpus was hard-wrapped there: ``intelli-`` / ``gence``), not at a break the benchmark's
    wrapping made at an author's hyphen (``co-`` / ``ordinated``). A join at an author's hyphen to the spelling
    the document writes elsewhere and never hyphenated (:func:`document_spelling`) is the documented rule taking
    the only evidence there is: counted apart (:data:`AMBIGUOUS`).
    """
    if row.rule == "mark_lost_control_characters":
        return "control"
    if row.rule == "fix_mojibake" and misdecoded(row.text, row.replacement):
        return "mojibake"
    if row.rule == "join_hyphenated_wraps" and row.line in source_ends:
        return "hyphen-break"
    if row.rule == "join_hyphenated_wraps" and lines is not None and document_spelling(lines, row.line):
        return "document-spelling"
    return None


def _per(n: int, chars: int) -> float:
    return round(n * PER / max(chars, 1), 2)


def measure(name: str, docs: dict[str, list[str]], max_chars: int, examples: int) -> dict:
    """Clean each document of a corpus and count its rows per rule: all of them, those that harm clean
    text (the target is 0) and those right by design (:data:`BY_DESIGN`)."""
    width = WRAP[name]
    chars = 0
    rows: Counter[str] = Counter()
    harm: Counter[str] = Counter()
    by_design: dict[str, Counter[str]] = defaultdict(Counter)
    ambiguous: dict[str, Counter[str]] = defaultdict(Counter)
    documented: Counter[str] = Counter()
    seen: dict[str, list[str]] = defaultdict(list)
    start = time.process_time()
    for doc_name, blocks in docs.items():
        if chars >= max_chars:
            break
        lines, source_ends = dump(blocks, width, japanese=name == "ja-prose")
        chars += sum(len(line) for line in lines)
        doc = Extracted(source=SourceFile(doc_name, "0", "txt"), lines=tuple(lines))
        for row in clean(doc).ledger:
            if not counted(row):
                documented[row.rule] += 1
                continue
            rows[row.rule] += 1
            kind = design_kind(row, source_ends, lines)
            if kind is None:
                harm[row.rule] += 1
            elif kind in AMBIGUOUS:
                ambiguous[kind][row.rule] += 1
            else:
                by_design[kind][row.rule] += 1
            if len(seen[row.rule]) < examples:
                seen[row.rule].append(f"[{kind or 'harm'}] {doc_name}:{row.line}: {row.reason} {row.action} {row.text!r}"
                                      + (f" -> {row.replacement!r}" if row.replacement is not None else "")
                                      + f"  | {lines[row.line - 1][:100]!r}")
    return {
        "chars": chars,
        "documents": len(docs),
        "cpu_s": round(time.process_time() - start, 1),
        "rows": dict(sorted(rows.items())),
        "per_100k": {rule: _per(n, chars) for rule, n in sorted(rows.items())},
        "harm": dict(sorted(harm.items())),
        "harm_total": sum(harm.values()),
        "harm_per_100k": _per(sum(harm.values()), chars),
        "by_design": {kind: dict(sorted(by_design[kind].items())) for kind in BY_DESIGN if by_design[kind]},
        "ambiguous": {kind: dict(sorted(ambiguous[kind].items())) for kind in AMBIGUOUS if ambiguous[kind]},
        "examples": dict(seen),
        "documented": dict(sorted(documented.items())),
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


SPAN_DAMAGE = {
    "utf8-as-cp932": lambda s: s.encode("utf-8").decode("cp932", "replace"),
    "sjis-as-cp1252": lambda s: s.encode("cp932").decode("cp1252", "replace"),
    "sjis-as-latin1": lambda s: s.encode("cp932").decode("latin-1"),
    "eucjp-as-cp1252": lambda s: s.encode("euc_jp").decode("cp1252", "replace"),
}
"""How a span is damaged for :func:`measure_spans`: the bytes of the span in its real encoding, read in the wrong one
as the wild reads them (Python's codecs, ``errors="replace"`` where the reading has bytes it cannot read)."""
SPAN_LENGTHS = (1, 2, 3, 4, 6, 8)


def span_sentences(docs: dict[str, list[str]]) -> list[str]:
    """Whole sentences of the Japanese corpus (12–50 characters ending in ``。``, every non-ASCII character everyday
    Japanese, ten at least), sorted: the good text mojibake spans are made inside."""
    from pipeline.chardata import is_everyday_japanese

    found = set()
    for blocks in docs.values():
        for block in blocks:
            for sentence in re.findall(r"[^。\n]{12,50}。", block):
                sentence = sentence.strip()
                wide = [ch for ch in sentence if not ch.isascii()]
                if len(wide) >= 10 and all(map(is_everyday_japanese, wide)) and "  " not in sentence:
                    found.add(sentence)
    return sorted(found)


def english_lines(docs: dict[str, list[str]]) -> list[str]:
    """ASCII lines of ``fortunes`` of 30–70 characters and five words or more: English hosts for a Japanese word."""
    found = set()
    for name, blocks in docs.items():
        if name.startswith("fortunes/"):
            for block in blocks:
                found.update(line.strip() for line in block.split("\n")
                             if 30 <= len(line.strip()) <= 70 and line.isascii() and line.strip().count(" ") >= 4)
    return sorted(found)


def span_cases(sentences: list[str], english: list[str], per: int, seed: int = 7) -> list[tuple[str, int, str, str, str]]:
    """Made-up damage, ``per`` cases for each kind, length and host: ``(kind, length, host, good, bad)``.

    Host ``ja``: a span of ``length`` Japanese letters of a sentence, damaged in place. Host ``en``: the same span
    put between two words of an English line, damaged there (a Japanese word in English text).
    """
    import random

    from pipeline.chardata import is_ja_letter

    rng = random.Random(seed)
    out = []
    for kind, damage in SPAN_DAMAGE.items():
        for length in SPAN_LENGTHS:
            for host in ("ja", "en"):
                made = 0
                while made < per:
                    sentence = rng.choice(sentences)
                    starts = [i for i in range(len(sentence) - length + 1)
                              if all(is_ja_letter(ch) for ch in sentence[i:i + length])]
                    if not starts:
                        continue
                    i = rng.choice(starts)
                    span = sentence[i:i + length]
                    if host == "ja":
                        good, bad = sentence, sentence[:i] + damage(span) + sentence[i + length:]
                    else:
                        words = rng.choice(english).split(" ")
                        k = rng.randrange(1, len(words))
                        good = " ".join(words[:k] + [span] + words[k:])
                        bad = " ".join(words[:k] + [damage(span)] + words[k:])
                    if bad != good:
                        out.append((kind, length, host, good, bad))
                        made += 1
    return out


def span_verdict(good: str, bad: str) -> str:
    """What clean made of a damaged line, against what it makes of the good one: ``exact`` (the same text);
    ``lost-glyph`` (the same but for lost glyphs whose candidates, ``Cleaned.byte_hints``, hold the right character:
    restore's to fill); ``flagged`` (the mojibake left the text for the ledger, nothing wrong in it); ``untouched``
    (no repair row); else ``wrong`` (text that is neither: a wrong decoding, or mojibake left in the text)."""
    from pipeline.model import GAP

    def run(line: str):
        return clean(Extracted(source=SourceFile("span.txt", "0", "txt"), lines=(line,)))

    want = "".join(t.text for t in run(good).lines).replace(" ", "")
    cleaned = run(bad)
    pairs = [(ch, pos) for t in cleaned.lines for ch, pos in zip(t.text, t.origin) if ch != " "]
    got = "".join(ch for ch, _ in pairs)
    if got == want:
        return "exact"
    hints = {(h.line, h.col): h.candidates for h in cleaned.byte_hints}
    if len(got) == len(want) and all(g == w or (g == GAP and w in hints.get(pos, ()))
                                      for (g, pos), w in zip(pairs, want)):
        return "lost-glyph"
    repairs = [row for row in cleaned.ledger if row.rule in ("repair_japanese_mojibake", "flag_suspected_mojibake")]
    if not repairs:
        return "untouched"
    if all(ch in want or ch == GAP for ch in got) and any(row.replacement is None for row in repairs):
        return "flagged"
    return "wrong"


def measure_spans(per: int) -> dict:
    """Mojibake spans made inside good text (:func:`span_cases`), each cleaned and judged (:func:`span_verdict`):
    counts per kind and host, and the exact-repair rate."""
    ja, _ = load("ja-prose")
    en, _ = load("en-prose")
    result: dict[str, Counter[str]] = defaultdict(Counter)
    for kind, length, host, good, bad in span_cases(span_sentences(ja), english_lines(en), per):
        verdict = span_verdict(good, bad)
        result[f"{kind} {host}"][verdict] += 1
        result[f"{kind} {host} {length}"][verdict] += 1
        result["all"][verdict] += 1
    return {key: dict(counts) for key, counts in sorted(result.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-chars", type=int, default=1_500_000, help="characters per corpus (default 1.5 million)")
    parser.add_argument("--examples", type=int, default=5, help="rows shown per rule")
    parser.add_argument("--spans", type=int, default=0, metavar="N",
                        help="instead: N made-up mojibake spans per kind, length and host inside good corpus text, "
                             "and what clean makes of them (measure_spans)")
    args = parser.parse_args(argv)
    if args.spans:
        spans = measure_spans(args.spans)
        for key, counts in spans.items():
            total = sum(counts.values())
            if key.count(" ") < 2:
                print(f"{key:<22} {total:>5}  exact {counts.get('exact', 0) / total:6.1%}  "
                      + ", ".join(f"{verdict} {n}" for verdict, n in sorted(counts.items())))
        out = REPORT.with_name("clean_bench_spans.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(spans, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
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
    print("ledger rows beyond the documented normalisations (target 0 that harm clean text)")
    print(f"{'corpus':<16} {'characters':>11} {'docs':>5} {'CPU s':>6}  {'all':>5} {'harm':>5} {'/100k':>6}")
    for name, result in report.items():
        print(f"{name:<16} {result['chars']:>11,} {result['documents']:>5} {result['cpu_s']:>6}  "
              f"{sum(result['rows'].values()):>5} {result['harm_total']:>5} {result['harm_per_100k']:>6}")
        print("    all rows: " + (", ".join(f"{rule} {n} ({result['per_100k'][rule]}/100k)"
                                        for rule, n in result["rows"].items()) or "none"))
        print("    harm: " + (", ".join(f"{rule} {n}" for rule, n in result["harm"].items()) or "none"))
        print("    documented normalisations (not counted above): "
              + (", ".join(f"{rule} {n}" for rule, n in result["documented"].items()) or "none"))
        for kind, counts in result["by_design"].items():
            print(f"    right by design, {BY_DESIGN[kind]}: " + ", ".join(f"{rule} {n}" for rule, n in counts.items()))
        for kind, counts in result["ambiguous"].items():
            print(f"    ambiguous, the document's evidence taken, {AMBIGUOUS[kind]}: "
                  + ", ".join(f"{rule} {n}" for rule, n in counts.items()))
        for rule, lines in result["examples"].items():
            for line in lines:
                print(f"      {rule}: {line}")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written {REPORT.relative_to(ROOT)}")
    return 1 if not report else 0


if __name__ == "__main__":
    sys.exit(main())
