"""Build ``pipeline/data/ja_char_ngrams.tsv.gz``: character n-gram counts of general Japanese prose.

The restorer needs to know which characters follow which in Japanese when a
whole word, or the end of one word and the start of the next, is lost
(``\ufffd\ufffdします`` in ``…に\ufffd\ufffdします``): dictionary words anchored on
surviving characters cannot propose those. A character trigram model can.

Sources: Japanese documentation shipped by Debian (installed with apt-get when
missing): LibreOffice's, GIMP's, LilyPond's and KiCad's help, Debian Edu's, the
Debian Reference, FAQ, Policy, Developer's Reference, New Maintainers' Guide and
aptitude's manual; Scilab's help and the Japanese interface messages of
Firefox, Thunderbird and LibreOffice (downloaded with ``apt-get download`` and
unpacked, not installed: they would pull in the programs); and the Japanese
translations of Debian's package descriptions (``Translation-ja``, fetched by
``apt-get update`` with ``Acquire::Languages=ja``; hard-wrapped lines are joined). Never
manpages-ja (the restore benchmark measures on it) and never raw/. Only
counts are written, never text. The documents are free software
documentation (MPL-2.0, GFDL, GPL-2+ and MIT-style licences, see each
package's copyright file); the counts are statistics over them.

Text is folded the way :mod:`pipeline.restore.charlm` folds its queries (NFKC width,
Latin letters → ``A``, digits → ``0``, runs of space → one). Counts of
n-grams seen fewer than :data:`MIN_COUNT` times would be dropped (none is, at
this corpus size the file stays a few megabytes).

Run: ``.venv/bin/python bench/build_char_lm.py`` (as root on Debian, or with the packages installed).
"""

from __future__ import annotations

import collections
import gettext
import gzip
import html.parser
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.restore import charlm  # noqa: E402
from pipeline.chardata import JA_LETTER_RE as JA_CHAR  # noqa: E402

PACKAGES = ("libreoffice-help-ja", "gimp-help-ja", "lilypond-doc-html-ja", "debian-edu-doc-ja", "kicad-doc-ja",
            "debian-reference-ja", "debian-faq-ja", "debian-policy-ja",
            "developers-reference-ja", "maint-guide-ja", "aptitude-doc-ja")
DOWNLOADED = ("scilab-doc-ja", "firefox-esr-l10n-ja", "thunderbird-l10n-ja", "libreoffice-l10n-ja")
"""Unpacked from their .deb files only: Scilab's help (HTML in a jar), the browsers' language packs (Fluent
and .properties messages in an .xpi) and LibreOffice's interface messages (.mo)."""
OUT = ROOT / "pipeline" / "data" / charlm.NGRAM_FILE
MIN_COUNT = {1: 1, 2: 1, 3: 1}
WORD_TOKENS_SHARE = 3.0
MIN_JA_SHARE = 0.3
"""A text block counts only when at least this share of its characters is Japanese (untranslated
English passages of the help would teach the model nothing about Japanese)."""


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
        text = "".join(self.current).strip()
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


def ensure_packages() -> list[Path]:
    missing = [p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode]
    if missing:
        if shutil.which("apt-get") is None:
            raise SystemExit(f"build_char_lm: missing {' '.join(missing)} and no apt-get to install them")
        print(f"build_char_lm: installing {' '.join(missing)} (apt-get)…", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True,
                       stdout=subprocess.DEVNULL)
    files = []
    for p in PACKAGES:
        listing = subprocess.run(["dpkg", "-L", p], capture_output=True, text=True, check=True).stdout.split("\n")
        files += [Path(f) for f in listing if f.endswith((".html", ".htm", ".xhtml")) and Path(f).is_file()]
    return sorted(set(files))


APT_LISTS = Path("/var/lib/apt/lists")
APT_HELPER = "/usr/lib/apt/apt-helper"


def description_blocks() -> list[str]:
    """Paragraphs of the Japanese package descriptions, hard-wrapped lines joined (no space between
    two Japanese characters)."""
    lists = sorted(APT_LISTS.glob("*_i18n_Translation-ja*"))
    if not lists:
        subprocess.run(["apt-get", "update", "-qq", "-o", "Acquire::Languages=ja"], check=True, stdout=subprocess.DEVNULL)
        lists = sorted(APT_LISTS.glob("*_i18n_Translation-ja*"))
    out: list[str] = []
    for path in lists:
        # apt-helper reads every compression apt stores its lists in (lz4, xz, gz…)
        text = subprocess.run([APT_HELPER, "cat-file", str(path)], capture_output=True, check=True).stdout.decode("utf-8", "replace")
        paragraph: list[str] = []
        for line in text.split("\n") + [""]:
            if line.startswith("Description-ja:"):
                out.append(line.split(":", 1)[1].strip())
            elif line.startswith(" ") and line.strip() != ".":
                paragraph.append(line.strip())
                continue
            if paragraph:
                joined = paragraph[0]
                for part in paragraph[1:]:
                    sep = "" if JA_CHAR.match(joined[-1:]) and JA_CHAR.match(part[:1]) else " "
                    joined += sep + part
                out.append(joined)
                paragraph = []
    return out


def blocks(path: Path) -> list[str]:
    return html_blocks(path.read_text(encoding="utf-8", errors="replace"))


def html_blocks(page: str) -> list[str]:
    parser = _Text()
    parser.feed(page)
    parser.close()
    parser._flush()
    return parser.blocks


_PLACEABLE = re.compile(r"\{[^{}]*\}|%(\d\$)?[sSdu]|&[a-zA-Z.]+;")
"""Fluent placeables ({ $count }), printf slots (%S, %1$S) and entity references in interface messages."""


def message_blocks(name: str, data: bytes) -> list[str]:
    """The message texts of one Fluent (.ftl), .properties or gettext (.mo) file, placeholders removed.

    >>> message_blocks("a.ftl", "x = { $n } 件のタブを閉じる\\n    .title = 閉じる\\n".encode())
    ['件のタブを閉じる', '閉じる']
    """
    if name.endswith(".mo"):
        catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog  # the parsed messages, msgid → msgstr
        values = [v for v in catalog.values() if isinstance(v, str)]
    else:
        sep = "=" if name.endswith((".ftl", ".properties")) else None
        values = [line.split(sep, 1)[1] for line in data.decode("utf-8", "replace").split("\n")
                  if sep and sep in line and not line.lstrip().startswith("#")]
    return [t for t in (_PLACEABLE.sub("", v).strip() for v in values) if t]


def downloaded_blocks() -> list[list[str]]:
    """Text blocks of :data:`DOWNLOADED`, each .deb fetched and unpacked in a temporary directory."""
    out: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", *DOWNLOADED], cwd=tmp, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        for deb in sorted(Path(tmp).glob("*.deb")):
            root = Path(tmp) / deb.stem
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if path.suffix in (".jar", ".xpi"):
                    with zipfile.ZipFile(path) as z:
                        for member in sorted(z.namelist()):
                            if member.endswith((".html", ".htm")):
                                out.append(html_blocks(z.read(member).decode("utf-8", "replace")))
                            elif member.endswith((".ftl", ".properties")):
                                out.append(message_blocks(member, z.read(member)))
                elif path.suffix == ".mo":
                    out.append(message_blocks(path.name, path.read_bytes()))
    return out


def add_word_list(counts: dict[int, collections.Counter], chars: int) -> None:
    """Add the character n-grams inside the words of the packaged general frequency list, as if a text of
    :data:`WORD_TOKENS_SHARE` times the documentation's size had been read.

    Documentation is one register; the frequency list (wordfreq: Wikipedia, news, subtitles, web)
    knows which characters make words in general Japanese (選挙, 漁港, 献立), which the
    documentation may never say. Only n-grams inside a word are added: the list knows
    nothing of what follows a word.
    """
    from pipeline.restore import resources

    tokens = WORD_TOKENS_SHARE * chars / 2  # about two characters a word
    for word, zipf in resources.word_zipf().items():
        if len(word) < 2 or not all(JA_CHAR.match(c) for c in word):
            continue
        k = round(10 ** (zipf - 9) * tokens)
        if k < 1:
            continue
        folded = charlm.fold(word)
        for n in (1, 2, 3):
            for i in range(len(folded) - n + 1):
                counts[n][folded[i:i + n]] += k


def main() -> int:
    files = ensure_packages()
    counts = {n: collections.Counter() for n in (1, 2, 3)}
    seen: set[str] = set()
    chars = 0
    sources = [blocks(path) for path in files] + downloaded_blocks() + [description_blocks()]
    for found in sources:
        for block in found:
            ja = sum(bool(JA_CHAR.match(c)) for c in block)
            if ja < 4 or ja < MIN_JA_SHARE * len(block) or block in seen:
                continue
            # navigation, headers and footers repeat on every page: count each block once
            seen.add(block)
            folded = charlm.BOUNDARY + charlm.fold(block) + charlm.BOUNDARY
            chars += len(folded) - 2
            for n in (1, 2, 3):
                c = counts[n]
                for i in range(len(folded) - n + 1):
                    c[folded[i:i + n]] += 1
    add_word_list(counts, chars)
    rows = []
    for n in (1, 2, 3):
        rows += [(g, k) for g, k in counts[n].items() if k >= MIN_COUNT[n]]
    rows.sort()
    header = (f"# character 1-3-gram counts of {chars} characters of Japanese documentation from Debian packages "
              f"{', '.join(PACKAGES + DOWNLOADED)} and of Debian's Japanese package descriptions (free "
              f"documentation licences; statistics only, no text); "
              f"plus the n-grams inside the words of ja_word_zipf.tsv weighted by frequency; built by "
              f"bench/build_char_lm.py\n")
    body = "".join(f"{g}\t{k}\n" for g, k in rows)
    # mtime=0 keeps the file byte-identical across rebuilds of the same counts
    OUT.write_bytes(gzip.compress((header + body).encode("utf-8"), mtime=0))
    print(f"build_char_lm: {len(files)} pages, {chars} characters, {len(rows)} n-grams → "
          f"{OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
