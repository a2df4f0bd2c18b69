"""Command line: parse arguments, read, call the pure stage functions, write.

Every error that concerns one input is a :class:`~pipeline.errors.PipelineError`
and is printed here, in one place, as ``pipeline: <file>: <what> — <remedy>``.
Heavy libraries (Sudachi, spaCy, pdfminer) are imported inside the commands
that need them, so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from . import files
from .errors import PipelineError

PROG = "pipeline"


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# --------------------------------------------------------------------------
# Stage steps (each reads the previous stage's file and writes its own)
# --------------------------------------------------------------------------


def step_extract(raw: Path, out_file: Path, *, encoding: str | None = None) -> None:
    from .extract import extract

    try:
        data = raw.read_bytes()
    except OSError as exc:
        raise PipelineError(str(raw), f"cannot be read ({exc.strerror})", "check the path and its permissions") from exc
    record = extract(data, name=str(raw), encoding=encoding)
    files.write_json(out_file, record.to_json())


def step_clean(in_file: Path, out_file: Path) -> None:
    from .clean import clean
    from .model import Extracted

    record = files.read_record(in_file, "extract", Extracted.from_json)
    files.write_json(out_file, clean(record).to_json())


def step_segment(in_file: Path, out_file: Path) -> None:
    from .model import Cleaned
    from .segment import segment

    record = files.read_record(in_file, "clean", Cleaned.from_json)
    files.write_json(out_file, segment(record).to_json())


def step_restore(in_file: Path, out_file: Path) -> None:
    from .model import Segmented
    from .restore import restore

    record = files.read_record(in_file, "segment", Segmented.from_json)
    files.write_json(out_file, restore(record).to_json())


def step_structure(in_file: Path, out_dir: Path) -> list[Path]:
    """Write one JSON per talk into ``out_dir`` and an ``index.json`` listing them.

    ``index.json`` is written last, so its presence means the folder is whole
    (make uses it as the target). Talk files of an earlier run that the new
    run no longer produces are removed.
    """
    from .model import Restored
    from .structure import structure

    record = files.read_record(in_file, "restore", Restored.from_json)
    stem = out_dir.name
    talks = structure(record, stem=stem)
    written = []
    for talk_id, doc in talks.items():
        path = out_dir / f"{talk_id.split('/', 1)[1]}.json"
        files.write_json(path, doc)
        written.append(path)
    for old in out_dir.glob("*.json"):
        if old.name != "index.json" and old not in written:
            old.unlink()
    files.write_json(
        out_dir / "index.json",
        {"source": record.source.to_json(), "talks": [{"id": t, "file": p.name} for t, p in zip(talks, written)]},
    )
    return written


def run_one(raw: Path, out: Path, *, encoding: str | None = None) -> list[Path]:
    stem = files.safe_stem(raw)
    paths = {stage: files.stage_path(out, stage, stem) for stage in files.STAGES}
    step_extract(raw, paths["extract"], encoding=encoding)
    step_clean(paths["extract"], paths["clean"])
    step_segment(paths["clean"], paths["segment"])
    step_restore(paths["segment"], paths["restore"])
    return step_structure(paths["restore"], files.talks_dir(out, stem))


# --------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------


def _raw_inputs(paths: Sequence[str]) -> list[Path]:
    if not paths:
        paths = ["raw"]
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(x for x in p.iterdir() if x.suffix.lower() in (".txt", ".pdf") and x.is_file()))
        else:
            found.append(p)
    return found


def cmd_run(args: argparse.Namespace) -> int:
    raws = _raw_inputs(args.raw)
    if not raws:
        _err(f"{args.raw[0] if args.raw else 'raw'}: no .txt or .pdf files — put the inputs in raw/ or name them")
        return 1
    from .executor import run_all  # imports Dask only for --executor dask

    failed: list[str] = []
    talks = 0
    for outcome in run_all(raws, Path(args.out), encoding=args.encoding, executor=args.executor,
                           scheduler=args.scheduler, workers=args.workers):
        if outcome.ok:
            talks += len(outcome.talks)
        else:
            _err(outcome.error)
            failed.append(outcome.raw)
    if not args.quiet or failed:
        print(
            f"{PROG}: {len(raws) - len(failed)} of {len(raws)} files done, {talks} talks written to {args.out}/talks"
            + (f"; failed: {', '.join(failed)}" if failed else ""),
            file=sys.stderr,
        )
    return 1 if failed else 0


def cmd_extract(args: argparse.Namespace) -> int:
    raw = Path(args.input)
    step_extract(raw, Path(args.output) if args.output else files.stage_path(Path(args.out), "extract", files.safe_stem(raw)),
                 encoding=args.encoding)
    return 0


def _stage_cmd(stage: str, step):
    def command(args: argparse.Namespace) -> int:
        src = Path(args.input)
        dst = Path(args.output) if args.output else files.stage_path(Path(args.out), stage, src.stem)
        step(src, dst)
        return 0

    return command


def cmd_restore(args: argparse.Namespace) -> int:
    if args.talks:
        src = Path(args.talks)
        dst = Path(args.output) if args.output else files.stage_path(Path(args.out), "restore", src.stem)
        step_restore(src, dst)
        return 0
    if args.input is None:
        _err("restore: give a text FILE, - for standard input, or --talks SEGMENT.json — see --help")
        return 2
    from .restore import restore_text

    if args.input == "-":
        text = sys.stdin.read()
        name = "<stdin>"
    else:
        name = args.input
        try:
            text = Path(args.input).read_text(encoding="utf-8")
        except OSError as exc:
            raise PipelineError(name, f"cannot be read ({exc.strerror})", "check the path") from exc
        except UnicodeDecodeError as exc:
            raise PipelineError(name, f"is not UTF-8 text (byte {exc.start})", "convert it to UTF-8 first") from exc
    result = restore_text(text)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


def cmd_structure(args: argparse.Namespace) -> int:
    src = Path(args.input)
    out_dir = Path(args.output) if args.output else files.talks_dir(Path(args.out), src.stem)
    step_structure(src, out_dir)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Rebuild damaged bilingual proceedings as clean, tokenized JSON per talk. "
        "Stages: extract → clean → segment → restore → structure; each writes output/<stage>/.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", default="output", help="output root folder (default: output)")

    p = sub.add_parser("run", help="run every stage on raw files", description="Run every stage on each RAW file "
                       "(default: every .txt and .pdf in raw/). One bad file is reported and skipped; the exit status is 1 if any failed.")
    p.add_argument("raw", nargs="*", metavar="RAW", help="raw .txt/.pdf files or folders (default: raw/)")
    p.add_argument("--encoding", help="force the text encoding of .txt inputs (default: detect)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local: one file after the other in this process (default); dask: map files over a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --executor dask: the scheduler to use (tcp://host:8786); "
                   "default: start a local cluster for this run")
    p.add_argument("--workers", type=int, metavar="N", help="with --executor dask and no --scheduler: worker processes "
                   "of the local cluster (default: one per CPU)")
    common(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("extract", help="raw .txt/.pdf → output/extract/<name>.json",
                       description="Decode a text dump (UTF-8, Shift_JIS/CP932, EUC-JP, UTF-16 with BOM) or extract a PDF "
                       "with pdfminer.six into numbered lines; every (cid:N) becomes one lost-glyph marker.")
    p.add_argument("input", metavar="RAW")
    p.add_argument("-o", "--output", help="output file (default: OUT/extract/<name>.json)")
    p.add_argument("--encoding", help="force the text encoding (default: detect)")
    common(p)
    p.set_defaults(func=cmd_extract)

    for stage, prev, step, text in (
        ("clean", "extract", step_clean, "remove extraction damage (doubled layers, ghost lines, illegible lines, hard wraps); every change goes to the ledger"),
        ("segment", "clean", step_segment, "split into talks; each into its Japanese paper (numbered sections) and English slides (in number order)"),
    ):
        p = sub.add_parser(stage, help=f"output/{prev}/<name>.json → output/{stage}/<name>.json", description=text[0].upper() + text[1:] + ".")
        p.add_argument("input", metavar=f"{prev.upper()}_JSON")
        p.add_argument("-o", "--output", help=f"output file (default: OUT/{stage}/<name>.json)")
        common(p)
        p.set_defaults(func=_stage_cmd(stage, step))

    p = sub.add_parser(
        "restore",
        help="fill lost glyphs: text FILE|- → JSON on stdout, or --talks for the stage",
        description="Restore lost glyphs (U+FFFD). With FILE or - (stdin): read UTF-8 text and print one JSON object "
        '{"text": ..., "repairs": [{"start", "end", "original", "restored", "status", "confidence", "candidates", "evidence"}]} '
        "with code-point offsets into the input. With --talks SEGMENT_JSON: run the pipeline's restore stage.",
    )
    p.add_argument("input", nargs="?", metavar="FILE|-")
    p.add_argument("--talks", metavar="SEGMENT_JSON", help="run the stage on output/segment/<name>.json")
    p.add_argument("-o", "--output", help="with --talks: output file (default: OUT/restore/<name>.json)")
    common(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("structure", help="output/restore/<name>.json → output/talks/<name>/<talk>.json",
                       description="Tokenize (Sudachi for Japanese, spaCy for English) and write one schema-valid JSON per talk, plus index.json.")
    p.add_argument("input", metavar="RESTORE_JSON")
    p.add_argument("-o", "--output", help="output folder (default: OUT/talks/<name>/)")
    common(p)
    p.set_defaults(func=cmd_structure)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except PipelineError as exc:
        _err(exc.message())
        return 1
    except KeyboardInterrupt:
        _err("interrupted — rerun the same command; finished files are complete, unfinished ones were not written")
        return 130
