"""Command line: parse arguments, read, call the pure stage functions, write.

Every error that concerns one input is a :class:`~pipeline.errors.PipelineError`
and is printed here, in one place, as ``pipeline: <file>: <what> — <remedy>``.
Heavy libraries (Sudachi, spaCy, pdfminer) are imported inside the commands
that need them, so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import traceback
from pathlib import Path
from typing import Sequence

from pipeline import files, progress
from pipeline.driver import crash_error, extract_notes, step_extract, step_restore, step_structure, step_clean, step_segment
from pipeline.errors import PipelineError

PROG = "pipeline"


def _err(message: str) -> None:
    progress.echo(f"{PROG}: {message}")


# --------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------


def _raw_inputs(paths: Sequence[str], *, make: bool = False) -> list[Path]:
    """The raw files named, folders searched recursively; ``make``: a folder's own files only, as make's wildcard
    finds them (``status --make``, ``check-names``)."""
    return files.raw_inputs(paths, recursive=not make)


def _no_inputs(paths: Sequence[str]) -> None:
    _err(f"{paths[0] if paths else 'raw'}: no .txt or .pdf files — put the inputs in raw/ or name them")


def _print_notes(notes: Sequence[str], *, verbose: bool) -> None:
    """Extraction's notes on a file, in the message format (pdfminer's single warnings only with --verbose)."""
    if notes:
        from pipeline.extract.pdfnotes import printable_notes

        for note in printable_notes(notes, verbose=verbose):
            _err(note)


def _count(n: int, noun: str) -> str:
    """``n`` and the noun in the number it takes (English plural by ``s``).

    >>> _count(1, "talk"), _count(0, "talk"), _count(12, "file")
    ('1 talk', '0 talks', '12 files')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary(done: int, total: int, talks: int, out: str, failed: Sequence[str],
             others: dict[str, list[str]] | None = None) -> str:
    """The summary line; ``others``: the files not done for another reason than a failure, by state (``status``:
    out of date, not run)."""
    undone = {"failed": failed, **(others or {})}
    return f"{PROG}: {done} of {total} files done, {_count(talks, 'talk')} in {out}/talks" + "".join(
        f"; {state}: {', '.join(names)}" for state, names in undone.items() if names
    )


def _refuse_collisions(raws: Sequence[Path], out: Path, names: dict[Path, str]) -> list[str]:
    """Report raw files whose outputs would overwrite each other's and remove their (ambiguous) outputs."""
    refused = files.stem_collisions(raws, names)
    for raw, err in refused.items():
        _err(err.message())
        files.remove_outputs(out, names[raw])
    return [str(r) for r in raws if r in refused]


def cmd_run(args: argparse.Namespace) -> int:
    raws = _raw_inputs(args.raw)
    if not raws:
        _no_inputs(args.raw)
        return 1
    from pipeline.executor import run_all  # imports Dask only for --executor dask

    names = files.output_names(raws)
    failed = _refuse_collisions(raws, Path(args.out), names)
    talks = 0
    todo = [r for r in raws if str(r) not in failed]
    for raw in todo:
        if (earlier := files.earlier_source(Path(args.out), raw, names[raw])) is not None:
            _err(f"{raw}: its outputs replace those of {earlier} in {args.out} (same name) — "
                 f"rename one of them, or give each its own --out, to keep both")
    chattiness = progress.level(quiet=args.quiet, verbose=args.verbose)
    outcomes = run_all(todo, Path(args.out), encoding=args.encoding, executor=args.executor, scheduler=args.scheduler,
                       workers=args.workers, stems=names)
    for outcome in progress.track(outcomes, total=len(todo), chattiness=chattiness):
        _print_notes(outcome.notes, verbose=chattiness == progress.VERBOSE)
        if outcome.ok:
            talks += len(outcome.talks)
            if chattiness == progress.VERBOSE:
                _err(f"{outcome.raw}: done, {_count(len(outcome.talks), 'talk')}")
        else:
            _err(outcome.error)
            failed.append(outcome.raw)
    if not args.quiet or failed:
        in_input_order = [str(r) for r in raws if str(r) in failed]
        print(_summary(len(raws) - len(failed), len(raws), talks, args.out, in_input_order), file=sys.stderr)
    return 1 if failed else 0


def _name_problems(raws: Sequence[Path], *, make: bool) -> dict[Path, PipelineError]:
    problems: dict[Path, PipelineError] = {}
    names = files.output_names(raws)
    if make:
        for raw in raws:
            problem = files.make_name_problem(raw)
            if problem is not None:
                problems[raw] = problem
    for raw, problem in files.stem_collisions(raws, names).items():
        problems.setdefault(raw, problem)
    return {raw: problems[raw] for raw in raws if raw in problems}


def cmd_check_names(args: argparse.Namespace) -> int:
    problems = _name_problems(_raw_inputs(args.raw, make=True), make=True)
    for problem in problems.values():
        _err(problem.message())
    return 1 if problems else 0


def cmd_status(args: argparse.Namespace) -> int:
    """Say which raw files went through every stage; the summary ``make all`` ends with."""
    out = Path(args.out)
    raws = _raw_inputs(args.raw, make=args.make)
    if not raws:
        _no_inputs(args.raw)
        return 1
    problems = _name_problems(raws, make=args.make)
    names = files.output_names(raws)
    undone: dict[str, list[str]] = {files.FAILED: [], files.OUT_OF_DATE: [], files.NOT_RUN: []}
    talks = 0
    for raw in raws:
        if raw in problems:
            _err(problems[raw].message())
            state, found = files.FAILED, None
        else:
            state, found = files.file_state(raw, out, names[raw])
        if state == files.DONE:
            talks += len(found)
            continue
        if state == files.FAILED and isinstance(found, dict) and isinstance(found.get("error"), str):
            _err(found["error"])  # the line the failing stage printed, again
        undone[state].append(str(raw))
        if args.remove_failed:
            files.remove_outputs(out, names[raw])
    print(_summary(len(raws) - sum(map(len, undone.values())), len(raws), talks, args.out, undone[files.FAILED],
                   {state: found for state, found in undone.items() if state != files.FAILED}), file=sys.stderr)
    return 1 if any(undone.values()) else 0


def cmd_extract(args: argparse.Namespace) -> int:
    raw = Path(args.input)
    out_file = Path(args.output) if args.output else files.stage_path(Path(args.out), "extract", files.safe_stem(raw))
    step_extract(raw, out_file, encoding=args.encoding)
    _print_notes(extract_notes(out_file), verbose=args.verbose)
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
    from pipeline.restore import restore_text

    name = "<stdin>" if args.input == "-" else args.input
    try:
        data = sys.stdin.buffer.read() if args.input == "-" else Path(args.input).read_bytes()
    except OSError as exc:
        raise PipelineError(name, f"cannot be read ({exc.strerror})", "check the path") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PipelineError(
            name, f"is not UTF-8 text (byte {exc.start})", "convert it to UTF-8 first (iconv -t UTF-8)", where=f"line {line}"
        ) from exc
    result = restore_text(text)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


def structure_dir(args: argparse.Namespace) -> Path:
    """The folder ``structure`` writes a file's talks into: ``-o``'s, else ``OUT/talks/<name>/``. A ``-o`` naming the
    stage's own folder (``-o output/talks/``) means the file's folder in it, ``output/talks/<name>/``, as ``run`` writes
    it: the folder's name is the talks' id prefix, and fresh-user trial 64b's talks had come out as ``talks/…``."""
    src = Path(args.input)
    if not args.output:
        return files.talks_dir(Path(args.out), src.stem)
    out_dir = Path(args.output)
    return out_dir / src.stem if out_dir.name == "talks" else out_dir


def cmd_structure(args: argparse.Namespace) -> int:
    step_structure(Path(args.input), structure_dir(args), split_mode=args.split_mode)
    return 0


def read_report_sources(out: Path) -> list:
    """The report's material: each ``OUT/talks/<name>/index.json`` with its talk files, and the extracted
    raw lines they point into (``OUT/extract/<name>.json``, checked to come from the same raw file)."""
    from pipeline.errors import StageInputError
    from pipeline.model import Extracted
    from pipeline.report import ReportSource
    from pipeline.structure.document import talk_from_json

    sources = []
    for index_file in sorted((Path(out) / "talks").glob("*/index.json")):
        stem = index_file.parent.name
        names = files.read_record(index_file, "structure", lambda d: [t["file"] for t in d["talks"]])
        talks = tuple(files.read_record(index_file.parent / n, "structure", talk_from_json) for n in names)
        extract_file = files.stage_path(out, "extract", stem)
        extracted = files.read_record(extract_file, "extract", Extracted.from_json)
        stale = next((t for t in talks if t.source.sha256 != extracted.source.sha256), None)
        if stale is not None:
            raise StageInputError(
                str(extract_file),
                f"was extracted from another version of {extracted.source.file} than {index_file.parent / names[talks.index(stale)]}",
                "rebuild both from the raw file (make all)",
            )
        sources.append(ReportSource(name=extracted.source.file, raw_lines=extracted.lines, talks=talks))
    return sources


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline import atomic
    from pipeline.report import render_report

    out = Path(args.out)
    dest = Path(args.output) if args.output else out / "report.html"
    sources = read_report_sources(out)
    raws = _raw_inputs(args.raw) if args.raw else []
    names = files.output_names(raws)
    # each with its state as ``status`` words it (failed, out of date, not run)
    missing = []
    for r in raws:
        state, detail = files.file_state(r, out, names[r])
        if state != files.DONE:
            missing.append((str(r), state, detail["error"] if state == files.FAILED else None))
    if not raws:  # the run's own error records name what it refused (trial 71d: `pipeline run`, then `report`)
        missing = [(rec["source"]["file"], files.FAILED, rec["error"]) for rec in files.recorded_failures(out)]
    atomic.write_text(dest, render_report(sources, missing=missing))
    talks = sum(len(s.talks) for s in sources)
    if not talks:
        _err(f"{out}/talks: no talks found, the report is empty — run `make all` (or `python -m pipeline run`) first")
    elif not args.quiet:
        # said by default (trial 51: a silent success left the user unsure a report was written)
        print(f"{PROG}: report of {_count(talks, 'talk')} from {_count(len(sources), 'file')} written to {dest}",
              file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Rebuild damaged bilingual proceedings as clean, tokenized JSON per talk. "
        "Stages: extract → clean → segment → restore → structure; each writes output/<stage>/.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func, *, out: bool = True, **texts: str) -> argparse.ArgumentParser:
        """A sub-command calling ``func``; ``--out`` (the output root) unless ``out`` is false."""
        p = sub.add_parser(name, **texts)
        p.set_defaults(func=func)
        if out:
            p.add_argument("--out", default="output", help="output root folder (default: output)")
        return p

    p = command("run", cmd_run, help="run every stage on raw files", description="Run every stage on each RAW file "
                       "(default: every .txt and .pdf in raw/). One bad file is reported and skipped; the exit status is 1 if any failed.")
    p.add_argument("raw", nargs="*", metavar="RAW", help="raw .txt/.pdf files or folders, searched with their sub-folders "
                   "(default: raw/); outputs are named by file name, files of one name in different folders by their folders too "
                   "(2024/x.txt → 2024__x), and two that still share a name are both refused")
    p.add_argument("--encoding", help="force the text encoding of .txt inputs (default: detect)")
    chatter = p.add_mutually_exclusive_group()
    chatter.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors: no progress bar, and the closing summary only when a file failed (it names the failed files)")
    chatter.add_argument("--verbose", "-v", action="store_true", help="also name each file as it is done")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local: one file after the other in this process (default); dask: map files over a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --executor dask: the scheduler to use (tcp://host:8786); "
                   "default: start a local cluster for this run")
    p.add_argument("--workers", type=int, metavar="N", help="with --executor dask and no --scheduler: worker processes "
                   "of the local cluster (default: one per CPU)")

    p = command("status", cmd_status, help="which raw files went through every stage (make all ends with this)",
                description="For each RAW file (default: every .txt and .pdf in raw/), check that OUT/talks/<name>/index.json "
                       "exists and was made from these very bytes (its SHA-256); print a warning for files without talks and one "
                       "summary line. Exit status 1 if any file is not done.")
    p.add_argument("raw", nargs="*", metavar="RAW", help="raw .txt/.pdf files or folders (default: raw/)")
    p.add_argument("--make", action="store_true", help="also count file names make cannot build (spaces, upper-case suffixes) as failed")
    p.add_argument("--remove-failed", action="store_true", help="remove every output of the files that are not done, so none is stale")

    p = command("check-names", cmd_check_names, out=False, help="raw file names make cannot build, or whose outputs would collide",
                description="Report raw files whose names make cannot use as targets (spaces, :, %, $…, upper-case "
                       "suffixes) and files whose outputs would have the same name (x.txt and x.pdf). Exit status 1 if any.")
    p.add_argument("raw", nargs="*", metavar="RAW", help="raw files or folders (default: raw/)")

    p = command("extract", cmd_extract, help="raw .txt/.pdf → output/extract/<name>.json",
                description="Decode a text dump (UTF-8, Shift_JIS/CP932, EUC-JP, UTF-16 with BOM) or extract a PDF "
                "with pdfminer.six into numbered lines with their layout (vertical writing, overprint, ruby and page "
                "furniture set aside in the ledger); every glyph without Unicode ((cid:N), NUL) becomes one lost-glyph marker.")
    p.add_argument("input", metavar="RAW")
    p.add_argument("--verbose", "-v", action="store_true", help="print each of pdfminer's warnings, not just their count")
    p.add_argument("-o", "--output", help="output file (default: OUT/extract/<name>.json)")
    p.add_argument("--encoding", help="force the text encoding (default: detect)")

    for stage, prev, step, text in (
        ("clean", "extract", step_clean, "remove extraction damage (doubled layers, ghost lines, illegible lines, hard wraps); every change goes to the ledger"),
        ("segment", "clean", step_segment, "split into talks; each into its Japanese paper (numbered sections) and English slides (in number order)"),
    ):
        p = command(stage, _stage_cmd(stage, step), help=f"output/{prev}/<name>.json → output/{stage}/<name>.json",
                    description=text[0].upper() + text[1:] + ".")
        p.add_argument("input", metavar=f"{prev.upper()}_JSON")
        p.add_argument("-o", "--output", help=f"output file (default: OUT/{stage}/<name>.json)")

    p = command(
        "restore", cmd_restore,
        help="fill lost glyphs: text FILE|- → JSON on stdout, or --talks for the stage",
        description="Restore lost glyphs (U+FFFD). With FILE or - (stdin): read UTF-8 text and print one JSON object "
        '{"text": ..., "repairs": [{"start", "end", "original", "restored", "status", "confidence", "candidates", "evidence"}]} '
        "with code-point offsets into the input. With --talks SEGMENT_JSON: run the pipeline's restore stage.",
    )
    p.add_argument("input", nargs="?", metavar="FILE|-")
    p.add_argument("--talks", metavar="SEGMENT_JSON", help="run the stage on output/segment/<name>.json")
    p.add_argument("-o", "--output", help="with --talks: output file (default: OUT/restore/<name>.json)")

    p = command("structure", cmd_structure, help="output/restore/<name>.json → output/talks/<name>/<talk>.json",
                description="Tokenize (Sudachi for Japanese, spaCy for English) and write one schema-valid JSON per talk, plus index.json.")
    p.add_argument("input", metavar="RESTORE_JSON")
    p.add_argument("-o", "--output", help="output folder (default: OUT/talks/<name>/; a folder named talks "
                   "means talks/<name>/ in it)")
    p.add_argument("--split-mode", choices=("A", "B", "C"), default="C",
                   help="Sudachi split mode: C longest units (default), B middle, A shortest")

    p = command("report", cmd_report, help="OUT/talks, OUT/extract → OUT/report.html",
                description="Write a self-contained HTML page showing, per talk, the raw lines beside the reconstructed "
                "text: every repair coloured by status and confidence with its candidates and evidence, dropped text "
                "struck through with its reason, and summary tables.")
    p.add_argument("raw", nargs="*", metavar="RAW",
                   help="the raw files or folders the run was given: those without talk output are listed as failed")
    p.add_argument("-o", "--output", help="output file (default: OUT/report.html)")
    p.add_argument("--quiet", "-q", action="store_true", help="say nothing on success (where the report was written)")
    p.add_argument("--verbose", "-v", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for scripts
    return parser


def _record_stage_failure(args: argparse.Namespace, exc: PipelineError) -> None:
    """A single-stage command that failed (make's way of running a file) leaves the error record ``status`` tells a
    failed file by (:func:`pipeline.files.write_error_record`), where its output has the place of a stage's file,
    ``OUT/<stage>/<stem>.json`` (``OUT/talks/<stem>/`` for structure): the raw file is the input's (extract) or the
    one the input record names (its ``source``)."""
    stage = args.command
    if stage not in (*files.STAGES, "structure") or (stage == "restore" and not args.talks):
        return  # restore of a text or stdin is no stage of a file
    source = Path(args.talks if stage == "restore" else args.input)
    if stage == "structure":
        target = structure_dir(args)
        place, stem = target.parent, target.name
    else:
        target = Path(args.output) if args.output else files.stage_path(Path(args.out), stage, source.stem)
        place, stem = target.parent, target.stem
    if place.name != ("talks" if stage == "structure" else stage):
        return  # an output elsewhere (``-o e.json``): no batch folder to keep the record in
    try:
        if stage == "extract":
            file, digest = str(source), files.file_sha256(source)
        else:
            import json

            named = json.loads(source.read_text(encoding="utf-8"))["source"]
            file, digest = str(named["file"]), str(named["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return  # the raw file is unreadable or the input names none: nothing to tie a record to
    files.write_error_record(place.parent, stem, file=file, sha256=digest, stage=stage, error=exc.message())


EXIT_INTERNAL = 70  # sysexits EX_SOFTWARE: a bug, not the input's fault
EXIT_INTERRUPTED = 130


def _interrupt(signum: int, frame) -> None:
    """SIGTERM (make, kill, a CI timeout) unwinds like Ctrl-C, so temporary files are removed on the way out."""
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread (main() called from a test's worker thread): leave signals alone
        previous = None
    try:
        return args.func(args)
    except PipelineError as exc:
        _err(exc.message())
        _record_stage_failure(args, exc)
        return 1
    except KeyboardInterrupt:
        _err("interrupted — rerun the same command; finished files are complete, unfinished ones were not written")
        return EXIT_INTERRUPTED
    except Exception as exc:
        traceback.print_exc()
        crash = crash_error(getattr(args, "input", None) or args.command, args.command, exc)
        _err(crash.message())
        _record_stage_failure(args, crash)
        return EXIT_INTERNAL
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
