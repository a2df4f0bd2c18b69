"""English words benchmark: how often the English word list's answer for a lost letter is right.

Masks letters in words of English prose from Debian packages (each package one source, unpacked under
``bench/out/clean-corpora/`` as ``bench/clean_bench.py`` does, never installed): one letter, or two or three
adjacent letters, in words of four letters or more, and asks :func:`pipeline.restore.evidence.english.fits`
and :func:`~pipeline.restore.evidence.english.decide` for the fill, in the gap's own line. It reports per
source and gap class how often the dictionary decides (coverage), how often its decision is right
(precision, with the lower end of its one-sided 95% Wilson interval), top-1 of undecided gaps and top-5.

``--calibrate`` writes ``pipeline/data/en_word_calibration.json``: per class, the pooled precision's Wilson
lower bound (the confidence of a committed fill) and whether every source's bound reaches
:data:`pipeline.restore.evidence.english.TARGET` (else that class never commits). None of these texts is in
wordfreq's counts as such (wordfreq counts Wikipedia, subtitles, news, books, web text and Twitter), and
the sample is not English prose; this is the only calibration English fills get.

Run: ``.venv/bin/python bench/english_bench.py [--per-source 600] [--calibrate]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.clean_bench import fortune_documents, html_documents, remedy, unpack  # noqa: E402
from bench.restore_bench import wilson_lower  # noqa: E402
from pipeline.model import GAP  # noqa: E402
from pipeline.restore import resources  # noqa: E402
from pipeline.restore.evidence import english  # noqa: E402
from pipeline.restore.evidence.base import Site  # noqa: E402

SOURCES = ("fortunes", "debian-faq", "debian-reference-en", "developers-reference")
SEED = 20261130
Z = 1.645  # one-sided 95%
WORD = re.compile(r"(?<![A-Za-z0-9\-'’_./])[A-Za-z]{4,}(?![A-Za-z0-9\-'’_/])")


def lines(package: str) -> list[str]:
    root = unpack(package)
    if root is None:
        raise SystemExit(f"english_bench: {package} could not be fetched; by hand: {remedy(package)}")
    docs = fortune_documents(root) if package == "fortunes" else html_documents(root, package)
    return [ln for blocks in docs.values() for block in blocks for ln in block.splitlines() if WORD.search(ln)]


def masks(source_lines: list[str], n: int, rng: random.Random):
    """(line, start, end, truth) for ``n`` masks: a third of them two or three letters."""
    words = [(i, m.start(), m.end()) for i, ln in enumerate(source_lines) for m in WORD.finditer(ln)]
    for i, s, e in rng.sample(words, min(n, len(words))):
        length = 1 if rng.random() < 2 / 3 else rng.choice((2, 3))
        length = min(length, e - s - 2)
        at = rng.randrange(s, e - length + 1)
        yield source_lines[i], at, at + length


APOSTROPHE_PLACE = re.compile(r"(?<![A-Za-z0-9\-'’_./])[A-Za-z]+(.)(?:s|ll|re|ve|d|m|t)(?![A-Za-z0-9\-'’_/])")
"""A word with a place an apostrophe may stand at before its end (``city’s``, ``don't``, and ``goes``, ``bread``: a
letter there), the place the group: :func:`apostrophe_masks` masks it whatever it holds."""


def apostrophe_masks(source_lines: list[str], n: int, rng: random.Random):
    """(line, start, end) for ``n`` masks at places of the apostrophe's shape
    (:func:`pipeline.restore.evidence.english.apostrophe_shaped`), a letter or an apostrophe, as they come in the
    text: the precision of the apostrophe's rule over the glyphs a loss may take there."""
    places = [(i, m.start(1)) for i, ln in enumerate(source_lines) for m in APOSTROPHE_PLACE.finditer(ln)
              if english.apostrophe_shaped(Site(ln[:m.start(1)] + GAP + ln[m.end(1):], m.start(1), m.end(1)))]
    for i, at in rng.sample(places, min(n, len(places))):
        yield source_lines[i], at, at + 1


def run_apostrophes(per_source: int, stats: dict) -> None:
    """The apostrophe's class (``english.APOSTROPHE_CLASS``): how often :func:`english.apostrophe_decides` fires at
    a place of its shape, and how often the glyph lost there was an apostrophe (``'`` or ``’``: which of the two a
    document writes is the document's, ``Document.apostrophe``). Its own random stream, so the letters' masks stay
    those the calibration was made from."""
    rng = random.Random(SEED + 1)
    for source in SOURCES:
        for text, start, end in apostrophe_masks(lines(source), per_source, rng):
            row = stats[(source, english.APOSTROPHE_CLASS)]
            row["n"] += 1
            site = Site(text[:start] + GAP + text[end:], start, end)
            if english.apostrophe_decides(site):
                row["decided"] += 1
                row["decided_right"] += text[start] in "'’"
            # among the candidates: an apostrophe always is at a place of its shape, a letter when the list has it
            row["top5"] += text[start] in "'’" or text[start] in [f.fill for f in english.fits(site)[:5]]


GLYPH = re.compile("|".join(sorted(english.TYPESET_LIGATURES, key=len, reverse=True)) + "|[A-Za-z]")
"""The glyphs of a word as a text face sets it: the typeset ligatures
(:data:`pipeline.restore.evidence.english.TYPESET_LIGATURES`, longest first, small letters only) one glyph each."""
LIGATURE_GLYPHS = 60000
"""Glyphs lost per source for the ligature's class: a ligature is one glyph in some 250 (fortunes: 229 of 60000), and
fewer than half of them fire, so this many give each source the sixty fires or so a 0.95 Wilson bound needs."""


def glyph_masks(source_lines: list[str], n: int, rng: random.Random):
    """(line, start, end) for ``n`` glyphs of words (:data:`WORD`) drawn uniformly, a ligature's letters one glyph
    (:data:`GLYPH`): every glyph as likely lost as any other, the worst case for the ligature's rule (a PDF's font
    with no Unicode map for its ligatures loses ligatures only)."""
    for i, s, e in glyph_places(source_lines, n, rng):
        yield source_lines[i], s, e


def glyph_places(source_lines: list[str], n: int, rng: random.Random):
    """:func:`glyph_masks`' draws (the same for the same ``rng``) as (line index, start, end)."""
    glyphs = [(i, g.start(), g.end()) for i, ln in enumerate(source_lines) for m in WORD.finditer(ln)
              for g in GLYPH.finditer(ln, m.start(), m.end())]
    yield from rng.sample(glyphs, min(n, len(glyphs)))


def run_ligatures(stats: dict) -> None:
    """The ligature's class (``english.LIGATURE_CLASS``): how often :func:`english.ligature_decides` fires on a lost
    glyph of a word and how often the glyph was that ligature (its letters). Rows ``ligature`` count every glyph
    drawn; ``ligature-only`` only the ligatures among them (a font that lost its ligatures alone). Its own random
    stream, so the letters' masks stay those the calibration was made from."""
    rng = random.Random(SEED + 2)
    for source in SOURCES:
        for text, start, end in glyph_masks(lines(source), LIGATURE_GLYPHS, rng):
            _tally_glyph(stats[(source, english.LIGATURE_CLASS)], stats[(source, "ligature-only")], text, start, end,
                         english.ligature_decides, lambda truth: len(truth) > 1)


def _tally_glyph(row: dict, only: dict, text: str, start: int, end: int, rule, is_only) -> None:
    """Count one lost glyph ``text[start:end]`` in ``row`` (and in ``only`` where ``is_only(truth)``): whether ``rule``
    fires on it and is right, whether the truth is among the five commonest words that fit, and the first word's
    top-1 where the rule does not fire."""
    truth = text[start:end]
    site = Site(text[:start] + GAP + text[end:], start, start + 1)
    fit = rule(site)
    for r in [row, only] if is_only(truth) else [row]:
        r["n"] += 1
        if fit is not None:
            r["decided"] += 1
            r["decided_right"] += fit.fill == truth
        found = sorted(english.fits(site) + english.ligature_fits(site), key=lambda f: -f.zipf)
        r["top5"] += truth in [f.fill for f in found[:5]]
        if fit is None and found:
            r["undecided"] += 1
            r["undecided_right"] += found[0].fill == truth


UNMAPPED_CLASS = "ligature-unmapped"
"""The ranking of a glyph a font maps to no character (``english.unmapped_ligature_leads``): measured, never a commit."""


def run_unmapped(stats: dict) -> None:
    """The class :data:`UNMAPPED_CLASS`: how often :func:`english.unmapped_ligature_leads` ranks a typeset ligature
    first where :func:`english.ligature_decides` does not decide (where it does the list commits), and how often the
    glyph was that ligature, on the masks of :func:`run_ligatures` (its seed: every glyph of words alike, the worst
    case); rows ``ligature-unmapped-only`` count the ligatures among them (a font that lost its ligatures alone, as a
    PDF's ``(cid:N)`` amid mapped letters mostly is). Fresh-user trial 65."""
    rng = random.Random(SEED + 2)
    rule = lambda site: english.unmapped_ligature_leads(site) if english.ligature_decides(site) is None else None
    for source in SOURCES:
        for text, start, end in glyph_masks(lines(source), LIGATURE_GLYPHS, rng):
            _tally_glyph(stats[(source, UNMAPPED_CLASS)], stats[(source, f"{UNMAPPED_CLASS}-only")], text, start, end,
                         rule, lambda truth: len(truth) > 1)


def run_settled_rank(stats: dict) -> None:
    """The class ``english.SETTLED_RANK_CLASS``: how often :func:`english.settled_ligature_leads` (the ranking a U+FFFD
    document whose other lost glyphs are ligatures gives a gap) ranks a typeset ligature first and how often the glyph
    was that ligature, on the masks of :func:`run_ligatures` (its seed, as :func:`run_unmapped`): every glyph of words
    alike lost (``ligature-settled-rank``), and the ligatures among them (``-only``: a font that lost its ligatures
    alone, as the document's settled ligatures say). Fresh-user trials 65b, 65c."""
    rng = random.Random(SEED + 2)
    for source in SOURCES:
        for text, start, end in glyph_masks(lines(source), LIGATURE_GLYPHS, rng):
            _tally_glyph(stats[(source, english.SETTLED_RANK_CLASS)],
                         stats[(source, f"{english.SETTLED_RANK_CLASS}-only")], text, start, end,
                         english.settled_ligature_leads, lambda truth: len(truth) > 1)


GLYPH_RANK_CLASS = f"{english.SETTLED_RANK_CLASS}-glyph"
"""The class of :data:`english.SETTLED_RANK_CLASS` at a font glyph id (a ``(cid:N)``): ranked only where the id's other
places do not read the glyph as something else (``restore.glyph_readings``, ``english.review``'s ``glyph``)."""
GLYPH_DOCUMENT = 30
"""Lines each side of a lost glyph read as its document for :data:`GLYPH_RANK_CLASS` (61 lines: ``--copy`` cuts
fortunes into documents of 60)."""
SETTLED_SENTINEL = ("-",)
"""The document's settled ligatures where the class assumes some (no word of the list, so no gap's own word)."""


def glyph_reading_elsewhere(source_lines: list[str], i: int, start: int, end: int) -> str | None:
    """What the glyph ``source_lines[i][start:end]`` is read as at its other places in its document (the lines
    :data:`GLYPH_DOCUMENT` each side), where a font lost that glyph wherever it stands (every place of it masked,
    :data:`GLYPH`): the first letter the list commits at one (:func:`english.list_reading`), else the first ligature
    it commits, else ``None`` (as ``restore.glyph_readings`` reads a glyph id's places)."""
    truth = source_lines[i][start:end]
    found = None
    for k in range(max(0, i - GLYPH_DOCUMENT), min(len(source_lines), i + GLYPH_DOCUMENT + 1)):
        line = source_lines[k]
        places = [(g.start(), g.end()) for m in WORD.finditer(line) for g in GLYPH.finditer(line, m.start(), m.end())
                  if g.group(0) == truth]
        if not places:
            continue
        masked, shift, at = line, 0, []
        for s, e in places:  # every place of the glyph lost, one character each
            masked = masked[:s - shift] + GAP + masked[e - shift:]
            at.append(s - shift)
            shift += e - s - 1
        for (s, _), pos in zip(places, at):
            if k == i and s == start:
                continue  # the place itself is no evidence about itself
            said = english.list_reading(Site(masked, pos, pos + 1), SETTLED_SENTINEL)
            if said is None:
                continue
            if english.letters(said).lower() not in english.TYPESET_LIGATURES:
                return said
            found = found or said
    return found


def run_settled_rank_glyph(stats: dict) -> None:
    """The class :data:`GLYPH_RANK_CLASS`: :func:`english.settled_ligature_leads` on :func:`run_settled_rank`'s masks
    (its seed) where the glyph is a font's glyph id lost at every place of its document: it fires only where no other
    place reads the glyph as a letter or another ligature (:func:`glyph_reading_elsewhere`). Helper lig66: the
    ranking had put fi first at ``(cid:5)nd`` where cid 5 is the a of ``tr(cid:5)nsport``."""
    rng = random.Random(SEED + 2)
    for source in SOURCES:
        source_lines = lines(source)
        for i, start, end in glyph_places(source_lines, LIGATURE_GLYPHS, rng):
            def rule(site: Site, i=i, start=start, end=end):
                lead = english.settled_ligature_leads(site)
                if lead is None:
                    return None
                known = glyph_reading_elsewhere(source_lines, i, start, end)
                return lead if known is None or english.letters(known).lower() == lead.fill else None
            _tally_glyph(stats[(source, GLYPH_RANK_CLASS)], stats[(source, f"{GLYPH_RANK_CLASS}-only")],
                         source_lines[i], start, end, rule, lambda truth: len(truth) > 1)


POOLED_ONLY_CLASS = english.POOLED_ONLY_CLASS
"""A font glyph id lost at every place of its document, settled as the ligature one place only that ligature completes
(``restore.only_ligature_settles``: :func:`english.ligature_words` at every place, :func:`english.only_ligature` at
one): measured per glyph id, never per place (helper lig67, issue 19: ``(cid:977)exible`` beside ``(cid:977)ow``)."""
POOLED_DOC_LINES = (60, 15)
"""Lines of a document for :data:`POOLED_ONLY_CLASS`: a paper's pages (60), and a short text's (15: fewer places, so a
letter's glyph is likelier to make a ligature's word at each, the worse case)."""
POOLED_DOCS = {60: 100, 15: 200}
"""Documents drawn per source and size (uniformly, seed ``SEED + 7``): some 6,000 lines of each at 60 lines and 3,000 at
15, read in turn for every glyph they hold."""
POOLED_EXTRA = ("maint-guide", "debian-policy", "manpages")
"""English prose of other registers, read for :data:`POOLED_ONLY_CLASS`'s wrong commits only (a guide, a policy
manual, the Linux man pages' roff text)."""
LETTER_RUN = re.compile(r"[A-Za-z]+")


def _roff_lines(root: Path) -> list[str]:
    """The text lines of English man pages (roff requests dropped, font escapes removed), ``WORD`` lines only."""
    import gzip
    out = []
    for path in sorted((root / "usr/share/man").rglob("*.gz")):
        for ln in gzip.open(path, "rt", encoding="utf-8", errors="replace"):
            ln = ln.rstrip("\n")
            if ln.startswith((".", "'")):
                continue
            ln = re.sub(r"\\f[BIRP]|\\f\(..|\\-|\\\(..|\\[&|^e]", lambda m: "-" if m.group(0) == "\\-" else "", ln)
            if WORD.search(ln):
                out.append(ln)
    return out


def pooled_lines(source: str) -> list[str]:
    if source == "manpages":
        root = unpack(source)
        if root is None:
            raise SystemExit(f"english_bench: {source} could not be fetched; by hand: {remedy(source)}")
        return _roff_lines(root)
    return lines(source)


def pooled_trials(doc: list[str]):
    """(truth, sites) for every glyph (:data:`GLYPH`, case as written) of a document's letter runs: the glyph lost at
    every place it stands in ``doc``, one site a place (every place of it on the line masked)."""
    places: dict[str, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for k, line in enumerate(doc):
        for m in LETTER_RUN.finditer(line):
            for g in GLYPH.finditer(line, m.start(), m.end()):
                places[g.group(0)][k].append((g.start(), g.end()))
    for truth, by_line in places.items():
        sites = []
        for k, spans in by_line.items():
            masked, shift, at = doc[k], 0, []
            for s, e in spans:
                masked = masked[:s - shift] + GAP + masked[e - shift:]
                at.append(s - shift)
                shift += e - s - 1
            sites += [Site(masked, pos, pos + 1) for pos in at]
        yield truth, sites


def run_pooled_only(stats: dict, sources=SOURCES + POOLED_EXTRA) -> None:
    """The class :data:`POOLED_ONLY_CLASS`: each source cut into documents of :data:`POOLED_DOC_LINES` lines, every
    glyph of each lost at all its places in turn (every glyph alike, the worst case), and the rule read over its
    places: where it fires, right when the glyph was that ligature. Rows ``-only`` count the ligature glyphs; rows
    ``-before`` the rule of before (two places decided, or one and every other place's ligature word the commonest:
    ``LIGATURE_DECIDING_PLACES``, :func:`english.ligature_leads`; read with :func:`english.ligature_decides` alone)."""
    from pipeline.restore import only_ligature_settles
    rng = random.Random(SEED + 7)
    for size in POOLED_DOC_LINES:
        for source in sources:
            src = pooled_lines(source)
            starts = list(range(0, len(src), size))
            for d in sorted(rng.sample(starts, min(POOLED_DOCS[size], len(starts)))):
                for truth, sites in pooled_trials(src[d:d + size]):
                    lig = english.ligature_words(sites) if len(sites) > 1 else None
                    is_lig = len(truth) > 1
                    rows = [stats[(f"{source}/{size}", POOLED_ONLY_CLASS)]]
                    if is_lig:
                        rows.append(stats[(f"{source}/{size}", f"{POOLED_ONLY_CLASS}-only")])
                    fired = lig is not None and only_ligature_settles(sites, lig[0])
                    decided = [lig is not None and (f := english.ligature_decides(s)) is not None
                               and f.fill.lower() == lig[0] for s in sites]
                    before = lig is not None and (sum(decided) >= 2 or (any(decided) and all(
                        d or english.ligature_leads(s, lig[0]) for d, s in zip(decided, sites))))
                    for r in rows:
                        r["n"] += 1
                        r["places"] += len(sites)
                        if fired:
                            r["decided"] += 1
                            r["decided_right"] += lig[0] == truth
                            r["places_fired"] += len(sites)
                            if lig[0] != truth:
                                r.setdefault("wrong", []).append((truth, lig))
                        if before:
                            r["before"] += 1
                            r["before_right"] += lig[0] == truth


def pooled_class(stats: dict) -> dict:
    """The calibration's row of :data:`POOLED_ONLY_CLASS`: its pooled precision's Wilson lower bound over
    :data:`SOURCES` (both document sizes), committing only where every source's bound (its two sizes' documents
    pooled: debian-faq holds 44 documents of 60 lines in all) reaches ``english.TARGET`` and no source of
    :data:`POOLED_EXTRA` has a wrong commit."""
    rows = [stats[(f"{source}/{size}", POOLED_ONLY_CLASS)] for source in SOURCES for size in POOLED_DOC_LINES]
    extra = [stats[(f"{source}/{size}", POOLED_ONLY_CLASS)] for source in POOLED_EXTRA for size in POOLED_DOC_LINES]
    right, fired = sum(r["decided_right"] for r in rows), sum(r["decided"] for r in rows)
    per_source = [[stats[(f"{source}/{size}", POOLED_ONLY_CLASS)] for size in POOLED_DOC_LINES] for source in SOURCES]
    commits = all(wilson_lower(sum(r["decided_right"] for r in both), sum(r["decided"] for r in both), Z)
                  >= english.TARGET for both in per_source) and all(r["decided_right"] == r["decided"] for r in extra)
    return {"decided_lower": round(wilson_lower(right, fired, Z), 4), "commits": commits,
            "undecided_top1": round(right / fired, 4) if fired else 0.0, "masks": sum(r["n"] for r in rows),
            "decided": fired, "decided_right": right}


def pooled_report(stats: dict) -> str:
    out = ["| source / lines a document | glyph ids lost | fires | right | Wilson lower (one-sided 95%) "
           "| before: fires, right | ligature ids lost | fires on them |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for key in sorted({k for k, c in stats if c == POOLED_ONLY_CLASS}):
        r, o = stats[(key, POOLED_ONLY_CLASS)], stats[(key, f"{POOLED_ONLY_CLASS}-only")]
        out.append(f"| {key} | {r['n']} | {r['decided']} | {r['decided_right']}/{r['decided']} | "
                   f"{wilson_lower(r['decided_right'], r['decided'], Z):.3f} | {r['before']}, "
                   f"{r['before_right']}/{r['before']} | {o['n']} | {o['decided']} |")
        for w in r.get("wrong", [])[:5]:
            out.append(f"|   wrong: {w[0]} read {w[1][0]} ({', '.join(w[1][1][:6])}) | | | | | | | |")
    return "\n".join(out) + "\n"


INITIAL_GLYPHS = 30000
"""Glyphs lost at a word's start per source for the class ``ligature-initial``: a ligature is one word's first glyph
in some 100 (fortunes: 96 of 10006), and the rule fires on about a third of them, so this many give each source the
sixty fires or so a 0.95 Wilson bound needs."""


def initial_glyph_masks(source_lines: list[str], n: int, rng: random.Random):
    """(line, start, end) for ``n`` glyphs at a word's start (:data:`WORD`, :data:`GLYPH`) drawn uniformly: every
    word's first glyph as likely lost as any other, a ligature or a letter, the worst case for the rule at a word's
    start (a document whose font lost ligatures only loses no letter there)."""
    glyphs = [(i, g.start(), g.end()) for i, ln in enumerate(source_lines) for m in WORD.finditer(ln)
              for g in [GLYPH.match(ln, m.start(), m.end())]]
    for i, s, e in rng.sample(glyphs, min(n, len(glyphs))):
        yield source_lines[i], s, e


def run_initial_ligatures(stats: dict) -> None:
    """The class ``english.INITIAL_LIGATURE_CLASS``: how often :func:`english.initial_ligature_decides` fires on the
    lost glyph at a word's start and how often the glyph was that ligature. Rows ``ligature-initial-only`` count the
    ligatures among the glyphs drawn. Its own random stream, so the other classes' masks stay as they were."""
    rng = random.Random(SEED + 3)
    for source in SOURCES:
        for text, start, end in initial_glyph_masks(lines(source), INITIAL_GLYPHS, rng):
            _tally_glyph(stats[(source, english.INITIAL_LIGATURE_CLASS)], stats[(source, "ligature-initial-only")],
                         text, start, end, english.initial_ligature_decides, lambda truth: len(truth) > 1)


def run_initial_alone(stats: dict) -> None:
    """The class ``english.INITIAL_ALONE_CLASS``: :func:`english.initial_ligature_decides` with ``alone`` (the
    ligature's word the only word of the list that fits) on the masks of :func:`run_initial_ligatures` (its seed), so
    the two rules are read on the same lost glyphs. Rows ``ligature-initial-alone-only`` count the ligatures."""
    rng = random.Random(SEED + 3)
    for source in SOURCES:
        for text, start, end in initial_glyph_masks(lines(source), INITIAL_GLYPHS, rng):
            _tally_glyph(stats[(source, english.INITIAL_ALONE_CLASS)],
                         stats[(source, english.INITIAL_ALONE_CLASS + "-only")], text, start, end,
                         lambda site: english.initial_ligature_decides(site, alone=True), lambda truth: len(truth) > 1)


GLYPH_FT = re.compile("|".join(sorted(english.TYPESET_LIGATURES, key=len, reverse=True)) + "|ft|[A-Za-z]")
""":data:`GLYPH` with ``ft`` one glyph too, for the class ``ligature-ft``."""


def run_ft(stats: dict) -> None:
    """The class ``english.FT_CLASS``: how often :func:`english.ft_decides` fires on a lost glyph of a word (drawn
    uniformly, ``ft`` and the typeset ligatures one glyph each: :data:`GLYPH_FT`) and how often the glyph was ``ft``.
    Rows ``ligature-ft-only`` count the ``ft`` glyphs drawn. Its own random stream."""
    rng = random.Random(SEED + 4)
    for source in SOURCES:
        src = lines(source)
        glyphs = [(i, g.start(), g.end()) for i, ln in enumerate(src) for m in WORD.finditer(ln)
                  for g in GLYPH_FT.finditer(ln, m.start(), m.end())]
        for i, start, end in rng.sample(glyphs, min(LIGATURE_GLYPHS, len(glyphs))):
            _tally_glyph(stats[(source, english.FT_CLASS)], stats[(source, "ligature-ft-only")], src[i], start, end,
                         english.ft_decides, lambda truth: truth == "ft")


COPY_DOC_LINES = {"fortunes": 60}
"""Lines of a document for the twin rule's classes (:func:`run_copies`): the source's lines cut in runs of this many
(fortunes, whose fortunes are short and unrelated) or :data:`COPY_DOC_LINES_DEFAULT` (an HTML page's length)."""
COPY_DOC_LINES_DEFAULT = 200
COPY_MASKS = 3000
"""Masks per source and mask kind for the twin rule's classes."""
COPY_SEEDS = (SEED + 5, SEED + 6)
"""The twin rule's draws: the first is read to decide, the second checks it (nothing is fitted on either)."""


def copy_documents(source: str) -> list[list[str]]:
    """The source's lines cut into documents for the twin rule (:data:`COPY_DOC_LINES`)."""
    src = lines(source)
    size = COPY_DOC_LINES.get(source, COPY_DOC_LINES_DEFAULT)
    return [src[k:k + size] for k in range(0, len(src), size)]


def _copy_places(docs: list[list[str]], kind: str) -> list[tuple[int, int, int, int]]:
    """(document, line, start, end) of the places :func:`run_copies` may lose: ``letters`` every letter of a word of
    five letters or more (the session-63 measurement's masks); ``glyphs`` every glyph of such a word (:data:`GLYPH`:
    a typeset ligature one glyph), a letter or a ligature alike; ``ligatures`` the ligatures among them."""
    out = []
    for d, doc in enumerate(docs):
        for i, ln in enumerate(doc):
            for m in WORD.finditer(ln):
                if m.end() - m.start() < english.COPY_MIN_WORD:
                    continue
                if kind == "letters":
                    out += [(d, i, k, k + 1) for k in range(m.start(), m.end())]
                else:
                    out += [(d, i, g.start(), g.end()) for g in GLYPH.finditer(ln, m.start(), m.end())
                            if kind == "glyphs" or g.end() - g.start() > 1]
    return out


COPY_RULES = {
    "copy": dict(ligatures=False, initial=False, listed_hits=None),
    "copy-ligature": dict(ligatures=True, initial=False, listed_hits=None),
    "copy-initial": dict(ligatures=True, initial=True, listed_hits=None),
    "copy-listed": dict(ligatures=True, initial=False, listed_hits=2),
}
"""The twin rule's variants (:func:`pipeline.restore.evidence.english.intact_copy`'s switches): as session 63 left it
(one letter a glyph, never a word's first), a glyph a ligature's letters too (session 64), and a word's first glyph
too; ``copy-listed``, the rule as packaged since session 65: a twin read through a ligature copied at two places where
the list puts its word first (:data:`pipeline.restore.evidence.english.COPY_LISTED_HITS`)."""


def run_copies(seed: int, per_source: int = COPY_MASKS, wrong: list | None = None) -> dict:
    """The twin rule (:func:`pipeline.restore.evidence.english.intact_copy`): how often each variant
    (:data:`COPY_RULES`) copies a word at a lost place and how often the copy's letters are the truth, case and all.

    Three kinds of masks per source, ``per_source`` each, drawn uniformly from :func:`_copy_places`: ``letters``
    (one letter, or two or three adjacent ones in a third of the masks), ``glyphs`` (one glyph or two or three
    adjacent, a ligature one glyph: the worst case, every glyph as likely lost as any other) and ``ligatures``
    (one ligature glyph: a font that lost only its ligatures). The gap's document is its run of lines
    (:func:`copy_documents`) with the gap in it. Gaps the English list decides (:func:`english.copy_conflict`:
    :func:`english.decide` unrivalled by a ligature's word, :func:`english.ligature_decides`) are left out: the rule
    acts only where the list does not. Rows are
    ``{kind}:{rule}``, and ``{kind}:{rule}@initial`` the masks at a word's first glyph. ``wrong``, where given,
    collects ``(source, row, gap's line, truth, copy)`` of every wrong copy."""
    from pipeline.restore.evidence.base import Line
    from pipeline.restore.evidence.repetition import ScopeText

    rng = random.Random(seed)
    stats: dict = defaultdict(lambda: defaultdict(int))
    for source in SOURCES:
        docs = copy_documents(source)
        for kind in ("letters", "glyphs", "ligatures"):
            places = _copy_places(docs, kind)
            for d, i, start, end in rng.sample(places, min(per_source, len(places))):
                doc, text = docs[d], docs[d][i]
                if kind != "ligatures" and rng.random() >= 2 / 3:
                    # two or three adjacent places of the same word
                    unit = GLYPH if kind == "glyphs" else re.compile("[A-Za-z]")
                    word = next(m for m in WORD.finditer(text) if m.start() <= start < m.end())
                    units = [(g.start(), g.end()) for g in unit.finditer(text, word.start(), word.end())]
                    k = units.index((start, end))
                    n = min(rng.choice((2, 3)), len(units) - 2)
                    k = min(k, len(units) - n)
                    start, end = units[k][0], units[k + n - 1][1]
                    glyphs = n
                else:
                    glyphs = 1
                truth = text[start:end]
                masked = text[:start] + GAP * glyphs + text[end:]
                site = Site(masked, start, start + glyphs)
                if english.word_parts(site) is None:
                    continue
                if english.copy_conflict(site, "") is not None:
                    continue  # the list settles the gap (review commits it, or the copy is refused)
                scope = ScopeText.build("doc", [Line(masked if j == i else t, j + 1) for j, t in enumerate(doc)])
                first = not english.word_parts(site)[0]
                for rule, switches in COPY_RULES.items():
                    copy, _ = english.intact_copy(site, scope, **switches)
                    copy = copy if copy is None or english.copy_conflict(site, copy.fill) is None else None
                    for row in [f"{kind}:{rule}"] + ([f"{kind}:{rule}@initial"] if first else []):
                        r = stats[(source, row)]
                        r["n"] += 1
                        if copy is not None:
                            letters = english.letters(copy.fill)
                            r["decided"] += 1
                            r["decided_right"] += letters == truth
                            if wrong is not None and letters != truth and "@" not in row:
                                wrong.append((source, row, masked, truth, copy))
    return stats


def copy_report(stats: dict) -> str:
    """The twin rule's table: per row and source, the masks, the copies, how many were right and the Wilson lower
    bound; a row where every source's bound reaches :data:`english.TARGET` is marked."""
    rows = sorted({row for _, row in stats})
    out = ["| row | " + " | ".join(SOURCES) + " | all | Wilson lower (all) | every source ≥ 0.95 |",
           "|---|" + "---:|" * (len(SOURCES) + 3)]
    for row in rows:
        cells, pooled, ok = [], defaultdict(int), True
        for source in SOURCES:
            r = stats[(source, row)]
            for k, v in r.items():
                pooled[k] += v
            low = wilson_lower(r["decided_right"], r["decided"], Z)
            ok &= low >= english.TARGET
            cells.append(f"{r['decided_right']}/{r['decided']} of {r['n']} ({low:.3f})")
        low = wilson_lower(pooled["decided_right"], pooled["decided"], Z)
        out.append(f"| {row} | " + " | ".join(cells) + f" | {pooled['decided_right']}/{pooled['decided']} of "
                   f"{pooled['n']} | {low:.3f} | {'yes' if ok else 'no'} |")
    return "\n".join(out) + "\n"


def run(per_source: int) -> dict:
    rng = random.Random(SEED)
    stats: dict = defaultdict(lambda: defaultdict(int))
    run_apostrophes(per_source, stats)
    run_ligatures(stats)
    run_initial_ligatures(stats)
    run_ft(stats)
    for source in SOURCES:
        for text, start, end in masks(lines(source), per_source, rng):
            truth = text[start:end]
            site = Site(text[:start] + GAP * (end - start) + text[end:], start, end)
            cls = english.gap_class(end - start)
            row = stats[(source, cls)]
            row["n"] += 1
            found = english.fits(site)
            row["top5"] += truth in [f.fill for f in found[:5]]
            decided = english.decide(found, site)
            if decided is not None:
                row["decided"] += 1
                row["decided_right"] += decided[0].fill == truth
            elif found:
                row["undecided"] += 1
                row["undecided_right"] += found[0].fill == truth
                # by how much of the fitting words' frequency the first holds: the candidate's score
                share = english.share_bin(english.top_share(found + english.ligature_fits(site)))
                row[f"share{share}"] += 1
                row[f"share{share}_right"] += found[0].fill == truth
    return stats


def pct(a: int, b: int) -> str:
    return "–" if not b else f"{a / b:.1%}"


CLASSES = ("single", "multi", english.APOSTROPHE_CLASS, english.LIGATURE_CLASS, "ligature-only",
           english.INITIAL_LIGATURE_CLASS, "ligature-initial-only", english.FT_CLASS, "ligature-ft-only")
"""The table's rows in order; a class's ``-only`` row counts the ligatures among its glyphs."""
ONLY = {english.INITIAL_LIGATURE_CLASS: run_initial_ligatures, english.FT_CLASS: run_ft,
        english.INITIAL_ALONE_CLASS: run_initial_alone, english.LIGATURE_CLASS: run_ligatures,
        UNMAPPED_CLASS: run_unmapped, english.SETTLED_RANK_CLASS: run_settled_rank,
        GLYPH_RANK_CLASS: run_settled_rank_glyph}
"""The classes ``--only`` measures alone (each its own random stream), merged into the packaged calibration."""


def report(stats: dict, names: tuple[str, ...] = CLASSES) -> tuple[str, dict]:
    out = ["| source | class | n | dictionary decides (coverage) | right when it decides | Wilson lower (one-sided 95%) "
           "| undecided top-1 | top-5 |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    classes: dict = {}
    for cls in names:
        pooled = defaultdict(int)
        lowers = []
        for source in SOURCES:
            r = stats[(source, cls)]
            for k, v in r.items():
                pooled[k] += v
            low = wilson_lower(r["decided_right"], r["decided"], Z)
            lowers.append(low)
            out.append(f"| {source} | {cls} | {r['n']} | {pct(r['decided'], r['n'])} | "
                       f"{r['decided_right']}/{r['decided']} | {low:.3f} | {pct(r['undecided_right'], r['undecided'])} | "
                       f"{pct(r['top5'], r['n'])} |")
        low = wilson_lower(pooled["decided_right"], pooled["decided"], Z)
        out.append(f"| **all** | {cls} | {pooled['n']} | {pct(pooled['decided'], pooled['n'])} | "
                   f"{pooled['decided_right']}/{pooled['decided']} | {low:.3f} | "
                   f"{pct(pooled['undecided_right'], pooled['undecided'])} | {pct(pooled['top5'], pooled['n'])} |")
        classes[cls] = {
            "decided_lower": round(low, 4),
            "commits": all(x >= english.TARGET for x in lowers),
            # the apostrophe's and the ligature's classes are never undecided: where one does not commit, its
            # candidate's confidence is the rule's measured precision
            "undecided_top1": round(pooled["decided_right"] / pooled["decided"], 4) if cls in (
                english.APOSTROPHE_CLASS, english.LIGATURE_CLASS, english.INITIAL_LIGATURE_CLASS, english.FT_CLASS,
                english.INITIAL_ALONE_CLASS) and pooled["decided"] else
            round(pooled["undecided_right"] / pooled["undecided"], 4) if pooled["undecided"] else 0.0,
            "masks": pooled["n"], "decided": pooled["decided"], "decided_right": pooled["decided_right"],
        }
        if cls in ("single", "multi"):
            classes[cls]["undecided_by_share"] = [
                [edge, round(pooled[f"share{edge}_right"] / pooled[f"share{edge}"], 4) if pooled[f"share{edge}"] else 0.0,
                 pooled[f"share{edge}"]] for edge in english.SHARE_BINS]
            out.append(f"| | {cls}: undecided top-1 by the first word's share | "
                       + " | ".join(f"≥{edge}: {pct(pooled[f'share{edge}_right'], pooled[f'share{edge}'])} "
                                    f"of {pooled[f'share{edge}']}" for edge in english.SHARE_BINS) + " | | | | |")
    for cls in [c for c in classes if c.endswith("-only")]:
        classes.pop(cls)  # a row of the table, read beside the class's: the ligatures among its glyphs
    if english.FT_CLASS in classes:
        # ft is never written (Unicode names no ft ligature; a repair writes one character per lost glyph): the lower
        # end of its precision's interval is its candidate's confidence
        ft = classes[english.FT_CLASS]
        ft["commits"], ft["undecided_top1"] = False, ft["decided_lower"]
    return "\n".join(out) + "\n", classes


ONLY_ABOUT = {
    english.INITIAL_LIGATURE_CLASS: (f"class {english.INITIAL_LIGATURE_CLASS}: {INITIAL_GLYPHS} glyphs at a word's "
                                     f"start per source drawn uniformly, seed {SEED + 3}"),
    english.INITIAL_ALONE_CLASS: (f"class {english.INITIAL_ALONE_CLASS}: the masks of class "
                                  f"{english.INITIAL_LIGATURE_CLASS} (seed {SEED + 3}), the ligature's word the only "
                                  "word that fits"),
    english.FT_CLASS: (f"class {english.FT_CLASS}: {LIGATURE_GLYPHS} glyphs of words per source drawn uniformly, ft "
                       f"one glyph too, seed {SEED + 4}, never commits (undecided_top1: its decided_lower)"),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-source", type=int, default=600)
    ap.add_argument("--calibrate", action="store_true", help=f"write pipeline/data/{english.CALIBRATION_FILE}")
    ap.add_argument("--only", help=f"measure these classes alone ({', '.join(ONLY)}, comma-separated); with "
                                   "--calibrate, merge them into the packaged calibration, the other classes kept")
    ap.add_argument("--copy", action="store_true", help="measure the twin rule (english.intact_copy) alone, on "
                                                         f"its draws (seeds {', '.join(map(str, COPY_SEEDS))})")
    ap.add_argument("--pooled", action="store_true", help=f"measure class {POOLED_ONLY_CLASS} alone (a glyph id "
                                                           "settled by a place only one ligature completes)")
    args = ap.parse_args(argv)
    if args.pooled:
        stats = defaultdict(lambda: defaultdict(int))
        run_pooled_only(stats)
        print(pooled_report(stats))
        if args.calibrate:
            path = ROOT / "pipeline" / resources.DATA / english.CALIBRATION_FILE
            data = json.loads(path.read_text(encoding="utf-8"))
            data["classes"][POOLED_ONLY_CLASS] = pooled_class(stats)
            sizes = "/".join(map(str, POOLED_DOC_LINES))
            data["about"] += (f"; class {POOLED_ONLY_CLASS}: every glyph of each document ({sizes} lines) of "
                              f"{', '.join(SOURCES)} lost at all its places in turn, per glyph id; commits where every "
                              f"source's bound reaches {english.TARGET} and {', '.join(POOLED_EXTRA)} show no wrong "
                              "commit (merged by --pooled)")
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"merged {POOLED_ONLY_CLASS} into {path.relative_to(ROOT)}")
        return 0
    if args.copy:
        for seed in COPY_SEEDS:
            print(f"seed {seed}:")
            print(copy_report(run_copies(seed)))
        return 0
    if args.only:
        names = tuple(args.only.split(","))
        stats: dict = defaultdict(lambda: defaultdict(int))
        for cls in names:
            ONLY[cls](stats)
        table, classes = report(stats, tuple(n for c in names for n in (c, f"{c}-only")))
        print(table)
        if args.calibrate:
            path = ROOT / "pipeline" / resources.DATA / english.CALIBRATION_FILE
            data = json.loads(path.read_text(encoding="utf-8"))
            data["classes"].update(classes)
            data["about"] += "; " + "; ".join(ONLY_ABOUT[c] for c in names) + " (merged by --only)"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"merged {', '.join(names)} into {path.relative_to(ROOT)}")
        return 0
    table, classes = report(run(args.per_source))
    print(table)
    out = ROOT / "bench" / "out" / "english_bench.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table, encoding="utf-8")
    if args.calibrate:
        data = {
            "about": (f"written by bench/english_bench.py --calibrate: letters masked in words of English prose "
                      f"({', '.join(SOURCES)}; Debian packages), {args.per_source} masks per source, seed {SEED}; "
                      f"class {english.APOSTROPHE_CLASS}: the glyph at places an apostrophe may stand, whatever it is "
                      f"(a letter or an apostrophe), {args.per_source} per source, seed {SEED + 1}; "
                      f"class {english.LIGATURE_CLASS}: {LIGATURE_GLYPHS} glyphs of words per source drawn uniformly, "
                      f"a typeset ligature's letters one glyph, seed {SEED + 2} (ligature-only: the ligatures among "
                      f"them); {ONLY_ABOUT[english.INITIAL_LIGATURE_CLASS]}; {ONLY_ABOUT[english.FT_CLASS]}; "
                      "undecided_by_share: [lower edge of the first word's share, its top-1, gaps] of "
                      "undecided gaps; "
                      "decided_lower is the lower end of the one-sided 95% Wilson interval of the dictionary's "
                      f"precision where it decides; a class commits only if every source's bound is >= {english.TARGET}"),
            "min_zipf": english.MIN_ZIPF, "margin_zipf": english.MARGIN_ZIPF,
            "classes": classes,
        }
        path = ROOT / "pipeline" / resources.DATA / english.CALIBRATION_FILE
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
