"""Build ``pipeline/data/tex_math_encodings.tsv``: the published encodings of TeX's math and symbol fonts, as Unicode.

A glyph a PDF reader could not map keeps its font's name and its code (:class:`pipeline.model.Marker`); restore reads
it back through this table (:mod:`pipeline.mathencodings`). The table is built from TeX Live's own files, as
Debian packages them (2022.20230122-3); none of it is typed by hand:

* **Glyph names by code** — each math or symbol font's Type 1 program (``.pfb``, its built-in ``/Encoding``), for
  every font whose name :func:`pipeline.mathfonts.font_kind` reads as a math or symbol family (``cmsy10``,
  ``cmex10``, ``msbm10``, ``txsyb``, ``lasy10``…): packages ``texlive-base`` (amsfonts, latxfont) and
  ``texlive-fonts-recommended`` (txfonts, pxfonts, wasy, rsfs, manfnt, marvosym).
* **Unicode by code** — Ross Moore's ``mmap`` package (``texlive-latex-extra``): one CMap for each math encoding
  (``oml``, ``oms``, ``omx``, ``umsa``, ``umsb``, ``ulasy``, ``ueuf``…), which pdfTeX embeds so that a formula can
  be searched. Which fonts an encoding covers is read from LaTeX's font declarations (``*.fd``: ``omscmsy.fd``
  declares ``cmsy5``…``cmsy10`` in OMS; ``omxtxex.fd`` txex in OMX; ``umsb.fd`` ``msbm*`` as ``U/msb``), as mmap
  itself chooses a CMap (OML, OMS, OMX by the encoding; ``U`` by the family). A font no CMap covers (``txsyb``,
  declared ``U/txsyb``) takes a CMap's reading at a code where its glyph bears the same name as the glyph of a
  covered font at that code (``txsyb``'s 126 is ``planckover2pi1``, as ``msbm10``'s: U+210F), a name of TeX's own
  (one the Adobe Glyph List does not read: ``a``, ``less``, ``space`` are every font's) that spells no code.
* **Unicode by glyph name** — lcdf-typetools' ``glyphtounicode.tex`` (shipped by ``texlive-base`` for pdfTeX's
  ``\\pdfgentounicode``: the Adobe Glyph List with lcdf's TeX glyph list), then the names the CMaps read through
  the covered fonts (``summationdisplay`` of ``cmex10``'s 88: U+2211), for a name the list lacks.

Only readings of one character are kept (a variation selector after it dropped: ``<0028FE02>`` is ``(``); a
sequence (``2A7D 0338``, a negated relation) is left out, as a lost glyph is filled with one character.

Rows (tab-separated): ``name  GLYPHNAME  CHAR  SOURCE`` (names the Adobe Glyph List does not read so),
``alias  FONTNAME  FONT`` (a program's ``FontName`` where it is not its file's name) and ``code  FONT  CODE
GLYPHNAME  CHAR  SOURCE`` (``CHAR`` ``-`` where no source reads the glyph; ``FONT`` the file's name, lower case).

Run: ``apt-get download texlive-base texlive-fonts-recommended texlive-latex-extra && for d in *.deb; do dpkg-deb
-x $d /tmp/tl; done && .venv/bin/python -m bench.build_tex_math_encodings /tmp/tl/usr/share/texlive/texmf-dist``
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from pipeline import mathfonts
from pipeline.mathfonts import spells_code

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "tex_math_encodings.tsv"
PACKAGES = "Debian texlive-base, texlive-fonts-recommended, texlive-latex-extra 2022.20230122-3"
_SHAPE = re.compile(r"\\DeclareFontShape\s*\{([^}]*)\}\s*\{([^}]*)\}\s*\{[^}]*\}\s*\{[^}]*\}\s*\{((?:[^{}]|\{[^}]*\})*)\}")
_GLYPHTOUNICODE = re.compile(r"\\pdfglyphtounicode\{([^}]+)\}\{([0-9A-Fa-f ,]+)\}")
_BFCHAR = re.compile(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


def _one_character(utf16: str) -> str | None:
    """A CMap's UTF-16BE hex string as one character, a variation selector after it dropped, else ``None``."""
    if len(utf16) % 4:  # (not UTF-16: no reading)
        return None
    text = bytes.fromhex(utf16).decode("utf-16-be")
    text = "".join(ch for ch in text if not "\ufe00" <= ch <= "\ufe0f")
    return text if len(text) == 1 else None


def read_cmap(path: Path) -> dict[int, str]:
    """Code → character of an mmap CMap (its ``bfchar`` and ``bfrange`` entries)."""
    data = path.read_text(encoding="latin-1")
    table: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, start in _BFRANGE.findall(block):
            first = _one_character(start)
            if first is not None:  # (a supplementary character decodes to one: U+1D538 𝔸 of ``umsb``)
                for k, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                    table[code] = chr(ord(first) + k)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, value in _BFCHAR.findall(block):
            if (ch := _one_character(value)) is not None:
                table[int(code, 16)] = ch
    return table


def read_glyphtounicode(path: Path) -> dict[str, str]:
    """Glyph name → its first reading of one character in lcdf's ``glyphtounicode.tex``."""
    names: dict[str, str] = {}
    for name, values in _GLYPHTOUNICODE.findall(path.read_text(encoding="latin-1")):
        for value in values.split(","):
            points = value.split()
            if len(points) == 1:
                names.setdefault(name, chr(int(points[0], 16)))
                break
    return names


def read_fd_fonts(texmf: Path, fonts: set[str]) -> dict[str, str]:
    """Font (file name) → the mmap CMap LaTeX's font declarations give it: ``oml``/``oms``/``omx`` by the
    encoding, ``u`` and the family for ``U`` (mmap's rule); only fonts in ``fonts`` and CMaps mmap ships."""
    cmaps = {p.stem for p in (texmf / "tex" / "latex" / "mmap").glob("*.cmap") if not p.stem.endswith("-m")}
    found: dict[str, str] = {}
    for fd in sorted((texmf / "tex" / "latex").glob("*/*.fd")):
        text = re.sub(r"(?<!\\)%[^\n]*\n?", "", fd.read_text(encoding="latin-1"))  # (TeX's comments)
        for enc, family, sizes in _SHAPE.findall(text):
            enc = enc.strip().lower()
            cmap = enc + family.strip().lower() if enc == "u" else enc
            if cmap not in cmaps:
                continue
            sizes = re.sub(r"\s*\*\s*", "*", re.sub(r"<[^>]*>", " ", sizes))
            for token in sizes.split():
                function, _, name = token.rpartition("*")  # (NFSS size functions: ``s*[0.9]``, ``sfixed*``, ``gen*``)
                name = re.sub(r"^\[[^]]*\]", "", name)
                if "sub" in function:
                    continue  # (a substitution names another shape, not a font)
                gen = "gen" in function
                for font in fonts:
                    if font == name or (gen and re.fullmatch(re.escape(name) + r"\d+", font)):
                        found.setdefault(font, cmap)
    return found


def read_pfb(path: Path) -> tuple[str, dict[int, str]]:
    """A Type 1 program's ``FontName`` and its built-in encoding (code → glyph name)."""
    from fontTools.t1Lib import T1Font

    t1 = T1Font(str(path))
    t1.parse()
    encoding = t1.font.get("Encoding")
    names = {} if isinstance(encoding, str) else {code: name for code, name in enumerate(encoding or ())
                                                 if name and name != ".notdef"}
    return str(t1.font.get("FontName", path.stem)), names


def build(texmf: Path) -> list[str]:
    from fontTools.agl import toUnicode

    pfbs = sorted(p for p in (texmf / "fonts" / "type1").rglob("*.pfb") if mathfonts.font_kind(p.stem))
    vectors = {p.stem.lower(): read_pfb(p) for p in pfbs}
    covered = read_fd_fonts(texmf, set(vectors))
    cmap_tables = {c: read_cmap(texmf / "tex" / "latex" / "mmap" / f"{c}.cmap") for c in sorted(set(covered.values()))}
    # (cmap, code, glyph name) → character, from the covered fonts: what a font no CMap covers may take by name
    by_name_at: dict[tuple[int, str], Counter] = {}
    for font, cmap in covered.items():
        for code, name in vectors[font][1].items():
            # (only a name of TeX's own, no standard one: ``a``, ``less``, ``space`` name a glyph of every font)
            if code in cmap_tables[cmap] and not spells_code(name, code) and not toUnicode(name):
                by_name_at.setdefault((code, name), Counter())[(cmap_tables[cmap][code], f"mmap {cmap}.cmap via {font}")] += 1
    glyph_list = read_glyphtounicode(texmf / "tex" / "generic" / "pdftex" / "glyphtounicode.tex")
    read: dict[str, dict[int, tuple[str, str, str]]] = {}  # font → code → (glyph name, character or -, source)
    for font, (_, vector) in sorted(vectors.items()):
        for code, name in sorted(vector.items()):
            ch, src = "-", "-"
            if font in covered and code in cmap_tables[covered[font]]:
                ch, src = cmap_tables[covered[font]][code], f"mmap {covered[font]}.cmap ({font} declared so)"
            elif (code, name) in by_name_at and len({c for c, _ in by_name_at[(code, name)]}) == 1:
                ch, src = min(by_name_at[(code, name)])
                src = f"{src}, same glyph name at the code"
            elif name in glyph_list:
                ch, src = glyph_list[name], "glyphtounicode.tex"
            if ch != "-" and not ch.isprintable():
                ch, src = "-", "-"
            read.setdefault(font, {})[code] = (name, ch, src)
    names: dict[str, tuple[str, str]] = {n: (ch, "glyphtounicode.tex") for n, ch in glyph_list.items()}
    # a name the list lacks, read alike at every code of every font that uses it (dvipdfmx's ``a1`` is lasy10's ⊲
    # and line10's piece of a line, which nothing reads: no reading)
    learnt: dict[str, set[str]] = {}
    for font, codes in read.items():
        for code, (name, ch, _) in codes.items():
            learnt.setdefault(name, set()).add("-" if spells_code(name, code) else ch)
    for name, chars in sorted(learnt.items()):
        if name not in names and len(chars) == 1 and "-" not in chars:
            sources = sorted(src for codes in read.values() for n, _, src in codes.values() if n == name)
            names[name] = (next(iter(chars)), sources[0].split(" (")[0].split(", ")[0])
    # (the names the Adobe Glyph List reads alike are read so at extraction already: not repeated here)
    rows = [f"name\t{n}\t{ch}\t{src}" for n, (ch, src) in sorted(names.items())
            if ch.isprintable() and toUnicode(n) != ch]
    rows += [f"alias\t{fontname.lower()}\t{font}" for font, (fontname, _) in sorted(vectors.items())
             if fontname.lower() != font]
    rows += [f"code\t{font}\t{code}\t{name}\t{ch}\t{src}" for font, codes in sorted(read.items())
             for code, (name, ch, src) in sorted(codes.items())]
    return rows


def main(argv: list[str]) -> None:
    texmf = Path(argv[1] if len(argv) > 1 else "/usr/share/texlive/texmf-dist")
    rows = build(texmf)
    notice = ("# TeX math and symbol fonts' encodings (glyph names by code from the fonts' .pfb programs; Unicode by\n"
              "# code from the mmap package's CMaps, by glyph name from lcdf-typetools' glyphtounicode.tex), from\n"
              f"# {PACKAGES}; built by bench/build_tex_math_encodings.py.\n"
              "# Licences: the fonts' (OFL, LPPL, GPL with font exception), mmap (LPPL), lcdf-typetools (GPL).\n")
    OUT.write_text(notice + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv)
