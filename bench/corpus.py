"""A deterministic benchmark corpus built from the inputs in raw/.

The sample inputs are cut into talks (a Japanese run of lines that follows an
English run starts a new talk: each talk is a Japanese paper followed by its
English slides). Each benchmark document mixes one to three talks drawn from
all inputs and adds the damage the pipeline exists to repair, in varied
doses: lost glyphs (U+FFFD), doubled text layers, repeated lines, CRLF line
ends, a UTF-16 file now and then, and a few PDFs drawn with reportlab's
built-in CID font ``HeiseiMin-W3`` (no font file needed).

Document *i* depends only on the inputs, the seed and *i*, so the corpus of
size 25 is the first quarter of the corpus of size 100: the sizes used for
the cost-growth measurement are nested.

    python -m bench.corpus --size 100 --out bench/out/corpus
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.chardata import JA_LETTER, JA_LETTER_RE, LATIN_RE
from pipeline.model import GAP
SEED = 20240409
#: Share of documents written as PDF (pdfminer is the slowest extractor; keep it a minority, as in practice).
PDF_SHARE = 0.06
_JA = JA_LETTER_RE
_LATIN = LATIN_RE
_MASKABLE = re.compile(f"[{JA_LETTER}A-Za-z\uff10-\uff19]")


def language(line: str) -> str | None:
    """``"ja"``, ``"en"`` or ``None`` (blank, digits, symbols) for one line.

    >>> [language(x) for x in ("北九州市", "Kitakyushu", " ■ 12")]
    ['ja', 'en', None]
    """
    ja, en = len(_JA.findall(line)), len(_LATIN.findall(line))
    if ja == en == 0:
        return None
    return "ja" if ja >= en else "en"


def talk_starts(lines: list[str], min_run: int = 5) -> list[int]:
    """Line indexes where a talk begins: the first Japanese line after an English run.

    Runs shorter than ``min_run`` lines with a language (a stray English
    line in a paper, a Japanese word on a slide) do not count.

    >>> talk_starts(["甲"] * 6 + ["A b"] * 6 + ["乙"] * 6 + ["C d"] * 6)
    [0, 12]
    """
    runs: list[tuple[str, int, int]] = []  # (lang, first index, lines with a language)
    for i, line in enumerate(lines):
        lang = language(line)
        if lang is None:
            continue
        if runs and runs[-1][0] == lang:
            runs[-1] = (lang, runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((lang, i, 1))
    long_runs = [r for r in runs if r[2] >= min_run]
    starts = [0]
    for prev, cur in zip(long_runs, long_runs[1:]):
        if prev[0] == "en" and cur[0] == "ja":
            starts.append(cur[1])
    return sorted(set(starts))


def talks_of(text: str) -> list[list[str]]:
    """The talks of one raw text, each as its list of lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    starts = talk_starts(lines) + [len(lines)]
    return [lines[a:b] for a, b in zip(starts, starts[1:]) if any(line.strip() for line in lines[a:b])]


def mask_glyphs(lines: list[str], rng: random.Random, rate: float) -> list[str]:
    """Replace about ``rate`` of the letters with U+FFFD, in runs of one to three."""
    out = []
    for line in lines:
        chars = list(line)
        i = 0
        while i < len(chars):
            if _MASKABLE.match(chars[i]) and rng.random() < rate:
                for j in range(i, min(len(chars), i + rng.choice((1, 1, 1, 2, 2, 3)))):
                    chars[j] = GAP
                i += 3
            i += 1
        out.append("".join(chars))
    return out


def double_layers(lines: list[str], rng: random.Random, rate: float) -> list[str]:
    """Write some English lines twice in a row (a shadow text layer: ``Kumamoto CityKumamoto City``)."""
    return [line + line if language(line) == "en" and rng.random() < rate else line for line in lines]


def repeat_lines(lines: list[str], rng: random.Random, rate: float) -> list[str]:
    """Repeat some lines on the next line (a near-duplicate ghost)."""
    out = []
    for line in lines:
        out.append(line)
        if line.strip() and rng.random() < rate:
            out.append(line)
    return out


@dataclass(frozen=True)
class Doc:
    name: str
    data: bytes
    recipe: str


def pdf_bytes(lines: list[str]) -> bytes:
    """The lines on A4 pages in HeiseiMin-W3 (reportlab's built-in Japanese CID font).

    The font has no glyph for U+FFFD, so lost glyphs do not survive into PDFs:
    these documents exercise pdfminer's extraction, not restoration.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)  # invariant: no time stamp, so the bytes are reproducible
    y = 800
    c.setFont("HeiseiMin-W3", 9)
    for line in lines:
        for k in range(0, max(len(line), 1), 60):  # wrap long lines, as a typeset page would
            if y < 40:
                c.showPage()
                c.setFont("HeiseiMin-W3", 9)
                y = 800
            c.drawString(40, y, line[k : k + 60])
            y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def make_doc(i: int, pool: list[list[str]], seed: int = SEED) -> Doc:
    """Benchmark document number ``i``: one to three talks from ``pool``, damaged."""
    rng = random.Random(f"{seed}:{i}")
    picks = [rng.randrange(len(pool)) for _ in range(rng.choice((1, 2, 2, 3)))]
    lines: list[str] = []
    for p in picks:
        lines.extend(pool[p])
    recipe = [f"talks={'+'.join(map(str, picks))}"]
    rate = rng.choice((0.0, 0.002, 0.005, 0.01, 0.02))
    if rate:
        lines = mask_glyphs(lines, rng, rate)
        recipe.append(f"mask={rate}")
    if rng.random() < 0.4:
        lines = double_layers(lines, rng, 0.05)
        recipe.append("double")
    if rng.random() < 0.3:
        lines = repeat_lines(lines, rng, 0.02)
        recipe.append("repeat")
    stem = f"{i:04d}"
    if rng.random() < PDF_SHARE:
        return Doc(f"{stem}.pdf", pdf_bytes(lines), " ".join(recipe + ["pdf"]))
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")
        recipe.append("crlf")
    if rng.random() < 0.05:
        return Doc(f"{stem}.txt", text.encode("utf-16"), " ".join(recipe + ["utf-16"]))
    return Doc(f"{stem}.txt", text.encode("utf-8"), " ".join(recipe))


def talk_pool(raw_dir: Path) -> list[list[str]]:
    """Every talk of every ``.txt`` input, in file-name order."""
    pool: list[list[str]] = []
    for path in sorted(raw_dir.glob("*.txt")):
        pool.extend(talks_of(path.read_bytes().decode("utf-8", "replace")))
    if not pool:
        raise SystemExit(f"bench: {raw_dir}: no .txt inputs to build the corpus from")
    return pool


def inputs_digest(raw_dir: Path, size: int, seed: int) -> str:
    h = hashlib.sha256(f"{size}:{seed}:{PDF_SHARE}".encode())
    for path in sorted(raw_dir.glob("*.txt")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    h.update(Path(__file__).read_bytes())  # a change of recipe is a new corpus
    return h.hexdigest()


def build(raw_dir: Path, out: Path, size: int, seed: int = SEED) -> dict:
    """Write ``size`` documents into ``out/raw`` and a manifest; reuse them if already built."""
    manifest_path = out / "manifest.json"
    digest = inputs_digest(raw_dir, size, seed)
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("digest") == digest and all((out / "raw" / d["name"]).is_file() for d in manifest["docs"]):
            return manifest
    pool = talk_pool(raw_dir)
    (out / "raw").mkdir(parents=True, exist_ok=True)
    for old in (out / "raw").iterdir():
        old.unlink()
    docs = []
    for i in range(size):
        doc = make_doc(i, pool, seed)
        (out / "raw" / doc.name).write_bytes(doc.data)
        docs.append({"name": doc.name, "bytes": len(doc.data), "sha256": hashlib.sha256(doc.data).hexdigest(),
                     "recipe": doc.recipe})
    manifest = {"digest": digest, "seed": seed, "size": size, "talks_in_pool": len(pool),
                "bytes": sum(d["bytes"] for d in docs), "docs": docs}
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", default="raw", help="folder of inputs to draw talks from (default: raw)")
    parser.add_argument("--out", default="bench/out/corpus", help="corpus folder; documents go to OUT/raw")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    m = build(Path(args.raw), Path(args.out), args.size, args.seed)
    print(f"bench: {m['size']} documents, {m['bytes'] / 1e6:.1f} MB from {m['talks_in_pool']} talks in {args.out}/raw")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
