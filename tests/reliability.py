"""Shared by the reliability tests: a made-up talk, the bad-input corpus, and
the "nothing lost" check.

The corpus is generated, not stored: each case is a small function of the
made-up talk (or of nothing), so the bytes are reproducible and reviewable here.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from pipeline import files
from pipeline.chardata import is_layout_space
from pipeline.model import LedgerRow, Text

# A talk nobody has seen: same shape as a proceedings dump (city line, title,
# speaker, numbered sections with hard-wrapped paragraphs, then the English
# slide deck), plain JIS X 0208 characters only, so it survives Shift_JIS and
# EUC-JP.
TALK = """\
長崎市

海を越えた文化交流の歩み

長崎市国際課長 山田 太郎

１．はじめに
長崎市は九州の西端に位置し、古くから海外との交流の窓口として栄えてき
た。港を中心に発展した町並みには、今も多くの国の文化が息づいている。

２．交流の歴史
江戸時代には出島を通じて西洋の学問や技術が伝えられた。明治以降は造船
業が発展し、多くの技術者がこの町で学んだ。

３．これからの取り組み
市民と行政が協力して、青少年の相互訪問や文化行事を続けていく。

Cultural Exchange Across the Sea
1
Nagasaki City
International Affairs Division
2
History of Exchange
Dejima brought Western science and technology to Japan.
3
Future Plans
Youth exchange visits and cultural events will continue.
"""


def talk_bytes(encoding: str = "utf-8", newline: str = "\n") -> bytes:
    return TALK.replace("\n", newline).encode(encoding)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tree_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every file under ``root`` (hidden ones too), by relative path."""
    return {
        str(p.relative_to(root)): sha(p.read_bytes()) for p in sorted(Path(root).rglob("*")) if p.is_file()
    }


# --------------------------------------------------------------------------
# PDFs
# --------------------------------------------------------------------------


def talk_pdf(*, user_password: str | None = None, latin_only: bool = False) -> bytes:
    """The made-up talk as a PDF, one line per text line; encrypted by reportlab if a user password is given
    (an empty one opens without asking, as many "protected" PDFs do)."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    encrypt = None
    if user_password is not None:
        encrypt = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt, invariant=1)  # invariant: no time stamp, reproducible bytes
    y = 800
    for line in TALK.splitlines():
        if line.strip() and (line.isascii() or not latin_only):
            c.setFont("Helvetica" if line.isascii() else "HeiseiMin-W3", 11)
            c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One raw file: its name, its bytes, and what the user must see.

    ``refusal`` is the exact error text after ``<path>: `` (None: processed);
    ``{file}`` in it stands for the path (a remedy may name the file).
    """

    name: str
    make: Callable[[], bytes]
    refusal: Callable[[bytes], str] | None = None

    @property
    def refused(self) -> bool:
        return self.refusal is not None

    def message(self, data: bytes, path: str | Path) -> str:
        """The exact error line after ``pipeline: ``, for the file at ``path`` holding ``data``."""
        assert self.refusal is not None
        return f"{path}: " + self.refusal(data).replace("{file}", str(path))


def _random_bytes(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _binary_without_nul() -> bytes:
    return bytes(b for b in _random_bytes(11, 4096) if b)


def _with_nul() -> bytes:
    lines = TALK.encode().split(b"\n")
    lines[5] = lines[5][:6] + b"\x00" + lines[5][6:]
    return b"\n".join(lines)


def _nul_message(data: bytes) -> str:
    at = data.index(b"\x00")
    line = data.count(b"\n", 0, at) + 1
    return (
        f"line {line}: holds a NUL byte at byte offset {at}, so it is binary data or UTF-16 without a byte-order mark"
        " — convert it to UTF-8 text (for UTF-16, add a BOM), or remove the NUL bytes (tr -d '\\000')"
    )


def _binary_message(data: bytes) -> str:
    """The refusal names the first sign (issue 18; where it lies is tested in test_extract.py): the first run of NUL
    bytes, else the first byte that none of UTF-8, CP932, EUC-JP reads."""
    from pipeline.extract.text import _first_evidence

    at, sign = _first_evidence(data)
    line = data.count(b"\n", 0, at) + 1
    return (f"line {line}: is binary data, not text (charset-normalizer finds no text encoding that reads it):"
            f" the first sign, {sign}, at byte offset {at} — give the text dump (.txt) or the PDF of the proceedings"
            " instead")


def _undecodable_message(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start
    line = data.count(b"\n", 0, at) + 1
    return (
        f"line {line}: not UTF-8, Shift_JIS/CP932, EUC-JP or UTF-16 (with BOM) text (first undecodable UTF-8 byte at"
        f" offset {at}) — convert it to UTF-8, or pass --encoding NAME if you know it"
    )


def big_text(size: int = 20 * 1024 * 1024) -> bytes:
    """About ``size`` bytes: the made-up talk over and over, each copy its own city."""
    unit = TALK.encode()
    copies = size // len(unit) + 1
    return b"".join(unit.replace("長崎".encode(), f"第{i}長崎".encode()) for i in range(copies))


def long_line_text(chars: int = 120_000) -> bytes:
    """The talk with one paragraph line of ``chars`` characters (Sudachi refuses inputs over 49,149 bytes)."""
    filler = "港町の歴史と文化を次の世代へ伝える。"
    line = (filler * (chars // len(filler) + 1))[:chars]
    return TALK.replace("市民と行政が協力して", line + "市民と行政が協力して", 1).encode()


# No talk structure: no Japanese paper at all, so nothing a talk could start with.
NO_TALK = (
    "Release notes\n\n"
    "This archive holds the scanned minutes of the committee meetings.\n"
    "Each file is named after the date of the meeting.\n\n"
    "Contact the secretariat for missing pages.\n"
).encode()


def corpus() -> list[Case]:
    """Every kind of bad input the issue names, plus the good talk. (The 20 MB file, :func:`big_text`,
    is tested on its own: it is too big to put through every test.)"""
    cases = [
        Case("good.txt", talk_bytes),
        Case("empty.txt", lambda: b"", lambda d: "is empty (0 bytes) — replace it with the real dump, or remove {file}"),
        Case(
            "blank.txt",
            lambda: b" \n\t\n\r\n\xe3\x80\x80\n",  # U+3000 ideographic space too
            lambda d: f"holds only white space ({len(d)} bytes) — replace it with the real dump, or remove {{file}}",
        ),
        Case("binary.txt", lambda: _random_bytes(7, 4096), _binary_message),
        Case("binary_no_nul.txt", _binary_without_nul, _binary_message),
        Case("koi8r.txt", lambda: ("Привет, как дела? Всё хорошо, спасибо.\n" * 30).encode("koi8-r"),
             _undecodable_message),  # text in an encoding not read: not binary
        Case("nul.txt", _with_nul),  # one NUL in good text: a lost glyph, not a refusal
        Case("utf16_no_bom.txt", lambda: "Kitakyushu City\nThank you\n".encode("utf-16-le"), _nul_message),
        Case("sjis.txt", lambda: talk_bytes("cp932")),
        Case("eucjp.txt", lambda: talk_bytes("euc_jp")),
        Case("utf16.txt", lambda: b"\xff\xfe" + TALK.encode("utf-16-le")),
        Case("crlf.txt", lambda: talk_bytes(newline="\r\n")),
        Case("talk.pdf", talk_pdf),
        Case(
            "truncated.pdf",
            lambda: talk_pdf()[:1500],
            lambda d: f"end of file (byte {len(d)}): is a truncated PDF (no %%EOF end marker)"
            " — re-download or re-export the PDF, or give its text dump instead",
        ),
        Case(
            "encrypted.pdf",
            lambda: talk_pdf(user_password="user-secret"),
            lambda d: "is an encrypted PDF that needs a password (PDFPasswordIncorrect)"
            " — decrypt it first: qpdf --password=PASSWORD --decrypt in.pdf out.pdf",
        ),
        # Opens with the empty password: read like any PDF (its CJK font's CIDSystemInfo, which the
        # producer left unencrypted and decryption garbles, is recovered from the font's predefined CMap).
        Case("encrypted_open.pdf", lambda: talk_pdf(user_password="")),
        Case(
            "notpdf.pdf",
            lambda: talk_bytes(),
            lambda d: "byte 0: has a .pdf suffix but is not a PDF (no %PDF- header) — check the file, or give it its real suffix",
        ),
        Case("pdf_named.txt", talk_pdf, lambda d: "byte 0: is a PDF with a .txt suffix — rename it to .pdf"),
        Case("longline.txt", long_line_text),
        Case("notalk.txt", lambda: NO_TALK),
        Case(
            "fffd.txt",
            lambda: ("\ufffd" * 40 + "\n") * 5 + "\ufffd \ufffd\n",
            lambda d: "lines 1–6: holds only lost-glyph marks (U+FFFD), so no text is left to rebuild"
            " — extract it again from the original PDF (python -m pipeline extract FILE.pdf), or remove {file}",
        ),
    ]
    return [Case(c.name, _encoded(c.make), c.refusal) for c in cases]


def _encoded(make: Callable[[], bytes | str]) -> Callable[[], bytes]:
    def data() -> bytes:
        value = make()
        return value.encode() if isinstance(value, str) else value

    return data


def write_corpus(raw_dir: Path, cases: Iterable[Case]) -> dict[str, bytes]:
    raw_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for case in cases:
        data = case.make()
        (raw_dir / case.name).write_bytes(data)
        written[case.name] = data
    return written


# --------------------------------------------------------------------------
# Nothing lost
# --------------------------------------------------------------------------


def raw_lines_of(path: Path, extracted_lines: Iterable[str]) -> list[str]:
    """The lines raw positions index, read as a user reads them: a text dump's own lines (decoded, each
    ``(cid:N)`` spelled out as the file has it, not the extracted lines where it is one U+FFFD); a PDF's
    extracted lines (it has no text of its own)."""
    if path.suffix.lower() == ".pdf":
        return list(extracted_lines)
    from pipeline.extract.common import split_lines
    from pipeline.extract.text import decode_dump

    return split_lines(decode_dump(path.read_bytes(), name=str(path)).text)


def lost_characters(raw_lines: Iterable[str], texts: Iterable[Text], ledger: Iterable[LedgerRow]) -> list[tuple[int, int, str]]:
    """Raw characters (line, col, char) that are neither in any output text (by origin) nor in a ledger row.

    Layout white space is exempt: joining lines and normalising spaces is documented; an ideographic
    space is a character (``pipeline.chardata.is_layout_space``).
    """
    kept = {pos for t in texts for pos in t.origin if pos is not None}
    for row in ledger:
        kept.update((row.line, row.col + i) for i in range(len(row.text)))
    return [
        (lineno, col, ch)
        for lineno, line in enumerate(raw_lines, start=1)
        for col, ch in enumerate(line)
        if counted(ch) and (lineno, col) not in kept
    ]


def counted(ch: str) -> bool:
    """Whether a raw character must be accounted for: all but layout white space (the ideographic space counts)."""
    return not is_layout_space(ch)


def talk_json_accounting(raw_lines: list[str], documents: list[dict]) -> list[str]:
    """Problems with "every raw character reaches exactly one talk JSON" (empty when all is well).

    Reads the talk JSON only (as a user would): a raw character ``(line, col)``
    is held by a talk when one of the talk's strings has it in its origin map,
    when one of its ``dropped`` rows covers it, or one of its ``repairs`` (whose ``original`` must be the raw
    text at its position: U+FFFD, or a text dump's ``(cid:N)`` whole). ``raw_lines`` are the lines a user
    reads (:func:`raw_lines_of`).
    Every counted raw character (see :func:`counted`) must be held by exactly
    one talk; a kept character that differs from its raw one must be covered
    by a ``changed`` row or a repair of that talk; a ``dropped`` row must name
    raw text that is there, and stand in one talk only.
    """
    from pipeline.structure.document import talk_from_json

    holders: dict[tuple[int, int], set[int]] = {}
    problems: list[str] = []
    rows_seen: dict[tuple, int] = {}
    for n, data in enumerate(documents):
        doc = talk_from_json(data)
        rows_changed = {(d.source.line, d.source.col + i) for d in doc.dropped if d.action == "changed"
                        for i in range(len(d.text))}  # a gap a changed row made (mojibake's lost bytes) stands there
        changed = set(rows_changed)
        changed |= {(r.source.line, r.source.col + i) for r in doc.repairs if r.source is not None
                    for i in range(len(r.original))}
        for d in doc.dropped:
            key = (d.source.line, d.source.col, d.text, d.action)
            if rows_seen.setdefault(key, n) != n:
                problems.append(f"{doc.id}: dropped row {key} stands in another talk too")
            raw = raw_lines[d.source.line - 1] if 1 <= d.source.line <= len(raw_lines) else ""
            for i, ch in enumerate(d.text):
                pos = (d.source.line, d.source.col + i)
                holders.setdefault(pos, set()).add(n)
                if d.source.col + i >= len(raw) or (ch != raw[d.source.col + i] and pos not in changed):
                    problems.append(f"{doc.id}: dropped row {key} is not the raw text (nor a changed one) at {pos}")
                    break
        for r in doc.repairs:
            if r.source is not None:
                raw = raw_lines[r.source.line - 1] if 1 <= r.source.line <= len(raw_lines) else ""
                rewritten = any((r.source.line, r.source.col + i) in rows_changed for i in range(len(r.original)))
                if raw[r.source.col:r.source.col + len(r.original)] != r.original and not rewritten:
                    problems.append(f"{doc.id}: repair at {(r.source.line, r.source.col)} names {r.original!r}, "
                                    f"the raw text there is {raw[r.source.col:r.source.col + len(r.original)]!r}")
                for i in range(len(r.original)):
                    holders.setdefault((r.source.line, r.source.col + i), set()).add(n)
        for t in doc.texts():
            for ch, pos in zip(t.text, t.origin):
                if pos is None:
                    continue
                holders.setdefault(pos, set()).add(n)
                line, col = pos
                raw = raw_lines[line - 1] if 1 <= line <= len(raw_lines) else ""
                if col >= len(raw):
                    problems.append(f"{doc.id}: {ch!r} points outside the raw text at {pos}")
                elif ch != raw[col] and pos not in changed:
                    problems.append(f"{doc.id}: {raw[col]!r} at {pos} became {ch!r} without a changed row or repair")
    for lineno, line in enumerate(raw_lines, start=1):
        for col, ch in enumerate(line):
            if counted(ch) and len(holders.get((lineno, col), ())) != 1:
                where = "no talk" if not holders.get((lineno, col)) else f"{len(holders[(lineno, col)])} talks"
                problems.append(f"line {lineno} col {col} {ch!r}: in {where}")
    return problems


def raw_and_talks(out: Path, path: Path) -> tuple[list[str], list[dict]]:
    """The raw lines as the user reads them (a text dump's own, ``(cid:N)`` spelled out) and the talk JSON."""
    stem = files.safe_stem(path)
    raw = raw_lines_of(path, json.loads(files.stage_path(out, "extract", stem).read_text(encoding="utf-8"))["lines"])
    folder = files.talks_dir(out, stem)
    talks = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json")) if p.name != "index.json"]
    return raw, talks


def accounting(path: Path, out: Path) -> tuple[list[str], list[dict], list[str]]:
    """Run the pipeline on ``path`` into ``out``: the raw lines, the talk JSON and :func:`talk_json_accounting`'s problems."""
    from pipeline.driver import run_one

    run_one(path, out)
    raw, talks = raw_and_talks(out, path)
    assert talks, f"{path.name}: no talk JSON"
    return raw, talks, talk_json_accounting(raw, talks)


def one_talk(source: Path, tmp_path: Path) -> dict:
    """The one talk JSON the pipeline makes of the test input ``source`` (copied into ``tmp_path`` first), every raw
    character accounted for (:func:`accounting`). Fails when the input gives several talks or loses a character."""
    path = tmp_path / source.name
    path.write_bytes(source.read_bytes())
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []  # every raw character in one talk JSON, at its own (line, col)
    assert len(talks) == 1
    return talks[0]


def sections_of(talk: dict) -> list[tuple[str, list[str]]]:
    """``(title, [paragraph text, …])`` of each of the talk's sections, in order."""
    return [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in talk["paper"]["sections"]]


def mojibake_repairs(lines: list[str], codec: str, where: Path) -> dict[tuple[int, str], dict]:
    """Run ``lines`` (clean Japanese), written in ``codec`` and read back as CP1252 (its undefined bytes U+FFFD), through
    the pipeline in ``where``: each talk repair by ``(raw line, the original character its raw column stands for)``.
    CP1252 reads one character a byte, so the column counts the original's bytes in ``codec``."""
    from pipeline.driver import run_one

    path = where / "notice.txt"
    path.write_text("\n".join(ln.encode(codec).decode("cp1252", errors="replace") for ln in lines) + "\n",
                    encoding="utf-8")
    run_one(path, where / "out")
    folder = files.talks_dir(where / "out", files.safe_stem(path))
    found = [r for p in sorted(folder.glob("*.json")) if p.name != "index.json"
             for r in json.loads(p.read_text(encoding="utf-8"))["repairs"]]

    def original(r: dict) -> str:
        pos = 0
        for ch in lines[r["source"]["line"] - 1]:
            if pos <= r["source"]["col"] < pos + len(ch.encode(codec)):
                return ch
            pos += len(ch.encode(codec))
        raise AssertionError(r)

    return {(r["source"]["line"], original(r)): r for r in found}
