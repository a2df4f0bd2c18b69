"""Lines whose own shape says they are no wrapped prose: a code listing's line, an assignment, a display formula.

The paragraph rule (:func:`pipeline.segment.paragraphs.join_wraps`) joins a line to the one before it on evidence
of a wrap: width, a column's edge, a sentence running on. A listing's lines, a list of ``name = value`` definitions
and a displayed formula carry that evidence by accident (a code line fills its box, a definition ends on no full
stop, a formula follows a clause ending in ``として，``), so their own shape is weighed first:

* **code**: in a PDF, a line set in a monospaced font (``CMTT9``, ``LMMono10``, ``Courier``, ``…Mono``: a
  listing, ``verbatim``) where the document's text is not itself set so (a typewritten paper's lines are its prose);
  in any text, a line of no Japanese that opens on program text (a TeX control word, a brace, a comment's ``%``, a
  listing's line number before one of those) and carries two signs of it (:data:`pipeline.numbering.CODE_SIGN`);
* **assignment**: a line that opens on a name, ``=`` and its value (``lf = length of the entire file, in words.``,
  ``design size = 10 points``): one definition a line;
* **formula**: a line of no Japanese that holds a relation sign (``=``, ``<``, ``≤``, ``⇔`` …) and no sentence (no
  run of three words in small letters): a display formula, ``αβ + βγ + γα = c``.

What it does NOT do: a formula's pieces (a fraction's numerator over its denominator) may still join each other
(they are one formula); a prose line that names a command (``\\Cht は…``, ``Use \\ruby{…}{…} to …``) is prose.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING, Sequence

from pipeline.chardata import has_japanese
from pipeline.english_words import ends_on_connective
from pipeline.segment.wraps_en import is_bulleted
from pipeline.numbering import CODE_SIGN

if TYPE_CHECKING:
    from pipeline.model import Text
    from pipeline.segment.layout import Layout

MONOSPACE_FONT = re.compile(
    r"(?i)mono|courier|cursor|typewriter|consol|menlo|inconsolata|sourcecode|nimbusmon"
    r"|^(?:cm|lm|ec-?lm|sf|ec|tx|t1x|ntx|qcr|zi4|rm-lm)(?:sl|i)?tt|^pcr|^tt\d")
"""A monospaced font's name (the subset prefix ``ABCDEF+`` dropped): TeX's typewriter faces (``CMTT9``, the slanted
and italic ``CMSLTT10`` and ``CMITT10``, in which Sweave sets a listing's input: lmtest's vignette, issue 16 point 2,
``LMMono10-Regular``, ``txtt``), Courier and its clones (``NimbusMonL``, ``TeXGyreCursor``, ``pcrr8r``) and the
programmers' faces (``DejaVuSansMono``, ``SourceCodePro``, ``Consolas``, ``Menlo``)."""
SENTENCE_END_MARKS = "。．.!?！？"
"""Marks a line ending a sentence ends on (one place for the fact: :func:`typewritten`, ``sections._is_sentence_end``)."""
MAX_MONOSPACE_SHARE = 0.5
"""Above this share of a text's sentences (lines ending one) set in a monospaced font, the font is the text's own (a
typewritten report); where no line ends a sentence, of all its lines."""

_CODE_OPENING = re.compile(r"^(?:\d{1,4}\s+)?(?:\\[A-Za-z@]|[{}%#]|⟨)")
"""Program text at a line's start, after a listing's line number: a control word, a brace, a comment sign, a docstrip
guard (``⟨∗package⟩``)."""

_SENTENCES = re.compile(r"[a-z\d)][.!?]\s+[A-Z][a-z]+\s+\S")
"""One sentence's end and the next's start (``…\\jadayofweek. It converts a date``): prose, whatever its face."""
_ADDRESS = re.compile(r"(?:https?|ftp)://|\bwww\.|\w@[\w-]+\.\w")
_PLAIN_WORDS = re.compile(r"(?<![\\\w@])[a-z]{2,}\s+[a-z]{2,}\b")
"""Two plain words in small letters in a row, no control word's (``commands respectively``): a prose line that opens
on a command (``\\mathbb{#1} commands respectively. Both are supplied``), no program's."""
_COMMENT = re.compile(r"^(?:\d{1,4}\s+)?(?:%|#|//)")
"""A listing's comment line, which may read as a sentence (``% if jsclasses is loaded, skip it``)."""

_ASSIGNMENT = re.compile(r"^(?:[^\t=]{1,20}\t)?[A-Za-z_][\w\[\]]*(?: [A-Za-z_]\w*)?\s*(?:=|:=|←)\s*\S")
"""A definition at a line's start: a name (one or two words, an index in brackets) then ``=`` and a value; a table's
label cell before it is allowed (``width⇥bc = smallest character type in the font.``)."""

_THREE_WORDS = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")
MIN_SENTENCE_LETTERS = 8


def sentence_words(text: str) -> bool:
    """Three words in small letters in a row, eight letters or more together (``converts a date``, ``is an
    arbitrary``): a sentence, not a formula (``y x r``, a figure's labels, are none).

    >>> sentence_words("It converts a date"), sentence_words("y x r = 0")
    (True, False)
    """
    return any(sum(c.isalpha() for c in m.group(0)) >= MIN_SENTENCE_LETTERS for m in _THREE_WORDS.finditer(text))


def monospace(font: str | None) -> bool:
    """A monospaced font, by its name.

    >>> monospace("LXSCPL+CMTT9"), monospace("ABCDEF+LMMono10-Regular"), monospace("NimbusMonL-Regu")
    (True, True, True)
    >>> monospace("HJUQPS+TeXGyrePagellaX-Regular"), monospace("SXGKNR+HaranoAjiMincho-Regular"), monospace(None)
    (False, False, False)
    """
    if not font:
        return False
    return MONOSPACE_FONT.search(font.split("+", 1)[-1]) is not None


def _goes_on(text: str) -> bool:
    """The line stops on a connecting word (``and``, ``of``): a sentence going on; a colon ends a program's line
    (``if total > limit:``) as often as it opens a list."""
    return not text.endswith((":", "：")) and ends_on_connective(text)


def code_line(text: str, mono: bool) -> bool:
    """A code line: ``mono`` (set in a monospaced font where the text is not, and so is a line beside it: a listing
    has two lines at least) and holding no Japanese, no sentence's end and next start unless it opens on a comment's
    sign (a program's words read like a sentence: ``for item in basket.items``), ending in no
    full stop or comma and on no connecting word (prose whose inline commands outnumber its words by glyph count:
    ``For example, \\settombowcolor{…} sets magenta.``), no bullet; or program text by its letters
    (:func:`code_text`). A prose line whose commands outnumber its letters (``\\kanjiencodingと \\romanencodingは``,
    drawn mostly in the typewriter face) is prose.

    >>> code_line(r"\\kanjiencodingと \\romanencodingは与えられた引数が", True), code_line(r"17 \\newdimen", True)
    (False, True)
    >>> code_line("http://d.hatena.ne.jp/zrbabbler/20151212/1449898508", True), code_line("September 2004. http://ctan.org/x/", True)
    (False, False)
    >>> code_line("Email addresses: J.Smith@example.com (Jo Smith)", True)  # an address, no program
    False
    >>> code_line("romanenumerate. If [casebracket] is", True)  # a sentence's end and the next's start
    False
    >>> code_line("% if jsclasses is loaded, skip it", True), code_line("It sets the kanji encoding. The roman one", True)
    (True, False)
    """
    s = text.strip()
    if (mono and not has_japanese(_program_part(s)) and s[-1:] not in ".,;" and not _goes_on(s) and not is_bulleted(s)
            and _ADDRESS.search(s) is None  # a URL set in the typewriter face is a reference's, no program's (erdc)
            and (_SENTENCES.search(s) is None or _COMMENT.match(s) is not None)):
        return True
    return code_text(s)


_ARGUMENT_GROUP = re.compile(r"\{[^{}]*\}|\[[^\[\]]*\]|<[^<>]*>")
"""A command's argument in braces, brackets or angle brackets, innermost first (``{鷹}``, ``[<オプション>]``)."""
_TEX_COMMENT = re.compile(r"(?<!\\)%.*$")
"""A TeX comment: from an unescaped ``%`` to the line's end."""


def _program_part(text: str) -> str:
    """A line's program text: the line less its commands' arguments and its trailing comment, when it opens on
    program text (:data:`_CODE_OPENING`); else the whole line. A listing in a Japanese manual sets Japanese in a
    comment and as arguments (``\\usepackage[<オプション>]{gckanbun}``, ``%\\usepackage{luatexja}%%<= LuaLaTeX の場合``,
    ``\\usepackage[注]{endnotesj}``: fresh-user trial 76c), and those lines had read as prose, a sentence's Japanese;
    a prose line that names a command (``\\Cht は…``) has its Japanese outside any argument.

    >>> _program_part(r"\\usepackage[<オプション>]{gckanbun}"), _program_part(r"%\\usepackage{x}%%<= LuaLaTeX の場合")
    ('\\\\usepackage', '')
    >>> _program_part(r"\\Cht は基準となる和文フォントの高さ")
    '\\\\Cht は基準となる和文フォントの高さ'
    """
    if _CODE_OPENING.match(text) is None:
        return text
    out = _TEX_COMMENT.sub("", text)
    while True:
        less = _ARGUMENT_GROUP.sub("", out)
        if less == out:
            return out
        out = less


def code_text(text: str) -> bool:
    """A line of program text by its letters alone.

    >>> code_text(r"17 \\newdimen\\Cht"), code_text(r"\\toks2={\\pfmtname\\space<\\pfmtversion>}%")
    (True, True)
    >>> code_text(r"\\Cht は基準となる和文フォントの高さ"), code_text(r"Use \\ruby{x}{y} to set ruby."), code_text("}")
    (False, False, False)
    >>> code_text(r"\\mathbb{#1} commands respectively. Both are supplied"), code_text(r"\\begin{table}... \\end{table} environment.")
    (False, False)
    """
    s = text.strip()
    return (not has_japanese(_program_part(s)) and _CODE_OPENING.match(s) is not None and len(CODE_SIGN.findall(s)) >= 2
            and not sentence_words(s) and _PLAIN_WORDS.search(s) is None
            # a sentence's end or its going on (``\\labelenumi is (1), \\labelenumii is (a), and``) is prose's
            and s[-1:] not in ".," and not _goes_on(s))


_OPTION_SETTING = re.compile(r"^[A-Za-z_][\w.\-/]*=\S+$")
"""A key set to its value with no white space in the line (``Paketname={Option1,Option2}``, ``draft=true``,
``headline=true/false/intern``): a package's option or a program's setting as it is typed."""


def option_setting(text: str) -> bool:
    """A line that is a key set to its value alone, typed with no space (:data:`_OPTION_SETTING`): a manual's example
    of an option, set on its own line as a displayed example is; never a heading nor a word of prose.

    >>> option_setting("Paketname={Option1,Option2}"), option_setting("draft=true"), option_setting("E = mc²")
    (True, True, False)
    >>> option_setting("Auflistung der möglichen Optionen"), option_setting("x=")
    (False, False)
    """
    return _OPTION_SETTING.match(text.strip()) is not None


def assignment(text: str) -> bool:
    """A ``name = value`` line.

    >>> assignment("lf = length of the entire file, in words."), assignment("design size = 10 points")
    (True, True)
    >>> assignment("width\\tbc = smallest character type in the font."), assignment("The mean = 3 in both groups")
    (True, False)
    >>> assignment("In 2020 the rate rose."), assignment("x == y")
    (False, True)
    """
    s = text.strip()
    m = _ASSIGNMENT.match(s)
    if m is None:
        return False
    name = s[:m.end()].split("\t")[-1].split("=")[0].split(":")[0].split("←")[0].strip()
    # a capitalised English word before ``=`` opens a sentence (``The mean = …``), not a name
    return not (" " in name and name.split()[0][:1].isupper() and name.split()[0][1:].islower())


def prose(text: str) -> bool:
    """A line of running text: Japanese, or English words enough for a sentence, and no formula.

    >>> prose("方程式の解を α, β として，"), prose("where the sum runs over all pairs"), prose("sin A"), prose("S = 1")
    (True, True, False, False)
    """
    s = text.strip()
    return not formula(s) and (has_japanese(s) or sentence_words(s))


MAX_PIECE_CHARS = 40
"""Characters a piece of a displayed formula holds at most (a line of a display set apart by its sub- and superscripts,
a fraction's numerator)."""
_MATH_SIGN = re.compile(r"[=+\-−×÷·/^_<>≤≥≠≡≈∼∽⇔⇒→∈⊂⊆∝∑∏∫√∞∂∇±∓()\[\]{}|!′′°◦]|[\u0370-\u03ff]|[\u2070-\u209f]")
_PAGE_LIST = re.compile(r",\s*\d{1,4}(?:\s*,\s*\d{1,4})*\s*$")
_FUNCTION = re.compile(r"\b(?:sin|cos|tan|cot|sec|csc|log|ln|exp|lim|max|min|det|mod|gcd)\b")
MAX_PIECE_WORD = 3
"""Letters a word of a formula's piece holds at most (``sin``, ``cos``, ``log``; a word of prose is longer)."""


def math_piece(text: str) -> bool:
    """A piece of a displayed formula: a formula line (:func:`formula`), or a short line of no Japanese and no
    sentence made of symbols, single letters and numbers (``∑``, ``i=1``, ``n!``, ``sin A``, ``2``, ``p!q!r!``), the
    lines a PDF's display falls into (its sub- and superscripts, its fraction's parts, its big operator's limits).

    >>> [math_piece(s) for s in ("∑", "i=1", "n!", "sin A", "P (A ∩ B)", "2", "r", "= 2R")]
    [True, True, True, True, True, True, True, True]
    >>> [math_piece(s) for s in ("Thank you", "Results", "図1", "The end.", "", "or", "Yes", "?", "<, 35, 146")]
    [False, False, False, False, False, False, False, False, False]
    """
    s = text.strip()
    if (not s or has_japanese(s) or len(s) > MAX_PIECE_CHARS or sentence_words(s) or "\t" in s
            or _PAGE_LIST.search(s)):
        return False  # (an index's entry ends on its pages: ``<, 35, 146``)
    if formula(s):
        return True
    words = re.findall(r"[A-Za-z]+", s)
    if not all(len(w) <= MAX_PIECE_WORD for w in words):
        return False
    if _MATH_SIGN.search(s) or _FUNCTION.search(s):
        return True
    # no sign: single letters (variables, a figure's labels) or a number, at most 3 characters (``or`` is a word;
    # ``?`` is no formula's)
    return len(s.replace(" ", "")) <= 3 and all(len(w) == 1 for w in words) and any(c.isalnum() for c in s)


EQUATION_NUMBER = re.compile(r"(?:^|\s)\(\d{1,3}[a-z]?\)$")
"""A display's number at its line's end (``… (i = 1, . . . , n),⇥(1)``, ``(20)`` alone): LaTeX sets it flush right on
the display's line."""
_NUMBERS_ONLY = re.compile(r"[\d\s.,−\-+%]+")


def display_piece(text: str) -> bool:
    """A piece of a displayed formula as a PDF's display falls into lines, read more loosely than :func:`math_piece`:
    its cells may be TAB-parted (pdfminer parts a display's glyphs set apart, ``Wn(t) =⇥ui⇥˜⇥(0``, ``||⇥||``), and a
    limit may end on a comma and a digit (``k+⌊tη⌋, 1``, no index's page list here). No Japanese, no sentence, no word
    of prose (four letters or more but a function's name), and not numbers alone (a table's row, a figure's ticks).
    Counted only inside a run of pieces that a formula or a display's number anchors
    (:func:`pipeline.segment.paragraphs.join_wraps`).

    >>> [display_piece(s) for s in ("Wn(t) =\tui\t˜\t(0", "k++tη, 1", "||\t||", "σ√n\tˆ\t\tf\tf", "(20)")]
    [True, True, True, True, True]
    >>> [display_piece(s) for s in ("−0.04\t0.02", "Time\tTime", "where η = n", "1960\t1970", "表1\tA")]
    [False, False, False, False, False]
    """
    s = " ".join(text.split())
    if not s or has_japanese(s) or len(s) > 2 * MAX_PIECE_CHARS or sentence_words(s) or _NUMBERS_ONLY.fullmatch(s):
        return False
    words = re.findall(r"[A-Za-z]+", s)
    if not all(len(w) <= MAX_PIECE_WORD or _FUNCTION.fullmatch(w) or _LONG_FUNCTION.match(w) for w in words):
        return False
    return bool(_MATH_SIGN.search(s)) or (bool(words) and all(len(w) == 1 for w in words))


_RELATED = re.compile(r"[\w)\]}′¹²³⁰-⁹₀-₉]\s*[=<>≤≥≠≡≈∼∽⇔⇒→∈⊂⊆∝]|[=<>≤≥≠≡≈∼∽⇔⇒→∈⊂⊆∝]\s*[\w(\[{−\-+√∠|]")
"""A relation with an operand beside it (``x = 2``, ``= 2R``, ``⇔ ∠A``), not a sign named alone (an index's ``<, 35``)."""
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_LONG_FUNCTION = re.compile(r"^(?:sinh|cosh|tanh|coth|arcsin|arccos|arctan|limsup|liminf|sgn)$")


def formula(text: str) -> bool:
    """A display formula: no Japanese, a relation with an operand beside it, no sentence, no word of four letters or
    more but a function's name (a definition's or a description's words: ``design size = 10 points``,
    ``▶ \\omathchardef ⟨control sequence⟩=⟨27-bit number⟩``), no bullet.

    >>> formula("αβ + βγ + γα = c"), formula("S = 1"), formula("⇔ ∠AOB = 2∠APB")
    (True, True, True)
    >>> formula("The cost of the repair was 3 < 4 times the estimate."), formula("ただし，p + q + r = n"), formula("a + b")
    (False, False, False)
    >>> formula("<, 35, 146"), formula("design size = 10 points"), formula("cosh x = 1"), formula("(εCu2O = 6.5).")
    (False, False, True, False)
    """
    s = text.strip()
    if s.startswith(("(", "（")) and s.rstrip(".,;。、").endswith((")", "）")):
        return False  # a sentence's parenthetical carried over (``(εCu2O = 6.5).``), no display
    return (bool(s) and not has_japanese(s) and _RELATED.search(s) is not None and not sentence_words(s)
            and "\t" not in s and "\\" not in s and not is_bulleted(s)
            and all(_LONG_FUNCTION.match(w) for w in _LONG_WORD.findall(s)))


def typewritten(lines: Sequence["Text"], layout: "Layout") -> bool:
    """The text is typewritten (PDF): over :data:`MAX_MONOSPACE_SHARE` of its lines that end a sentence are set in
    a monospaced face (of all its lines with a font where none ends one); a listing's face is then the running
    text's own. Why sentences (issue 16, session 53): CQUThesis' manual sets 54% of its lines in LMMono, its
    listings, and none of its sentences; counted by lines it had read as typewritten, its listings as prose."""
    fonts = [(layout.font(t), t.text.rstrip()[-1:] in SENTENCE_END_MARKS) for t in lines]
    fonts = [(f, end) for f, end in fonts if f is not None]
    ending = [f for f, end in fonts if end] or [f for f, _ in fonts]
    return sum(monospace(f) for f in ending) > MAX_MONOSPACE_SHARE * max(1, len(ending))


_CONSOLE_PROMPT = re.compile(r"^(?:R>|>|\$)[ \t]?[A-Za-z_.(\[]")
"""A console's prompt before a command (``R> x <- rnorm(250)``, ``> data(jocci)``, ``$ make``), in a listing's face."""
_CONTINUED = re.compile(r"^\+[ \t]+\S")
"""R's continuation prompt (``+   family = poisson)``) on the line after a command."""


def prompted(text: str) -> bool:
    """The line opens on a console's prompt and a command (:data:`_CONSOLE_PROMPT`), holding no sentence's end and
    next start (a quoted mail's ``> Thanks. It works.``).

    >>> prompted("R> fm <- glm(y ~ x,"), prompted("> data(jocci)"), prompted("$ make install")
    (True, True, True)
    >>> prompted("> The package works well. We thank you"), prompted("R>"), prompted("x > 0")
    (False, False, False)
    """
    s = text.strip()
    return _CONSOLE_PROMPT.match(s) is not None and _SENTENCES.search(s) is None


def code_lines(lines: Sequence["Text"], layout: "Layout") -> list[bool]:
    """Which lines are code (:func:`code_line`): a PDF's monospaced face counts where the text is not
    :func:`typewritten` and a line beside it is so set too (a listing has two lines at least; a prose line drawn
    mostly in the typewriter face stands alone), except a console's command after its prompt (:func:`prompted`), code
    alone and whatever it ends on, and R's ``+`` continuation line after it (issue 16 point 2: lmtest's and
    strucchange's vignettes print single commands between sentences, ``> ar6.model <- dy ~ dy1 + …``, and JSS papers'
    commands run over lines ending on a comma; each had been joined into the prose or stood as a paragraph of its
    own). A text dump, which has no faces, shows its listings by where and how they are set
    (:func:`dump_listing_lines`)."""
    mono = [monospace(layout.font(t)) for t in lines]
    own = typewritten(lines, layout)
    listed = [m and not own and ((i > 0 and mono[i - 1]) or (i + 1 < len(mono) and mono[i + 1]))
              for i, m in enumerate(mono)]
    code = [code_line(t.text, m) for m, t in zip(listed, lines)]
    for i, (m, t) in enumerate(zip(mono, lines)):
        # a console's command is code alone too, and whatever it ends on (``R> fm <- glm(y ~ x,``); so is the
        # continuation line after it (``+   family = poisson)``)
        if m and not own and (prompted(t.text) or (i > 0 and code[i - 1] and mono[i - 1]
                                                     and prompted(lines[i - 1].text) and _CONTINUED.match(t.text))):
            code[i] = True
    for k in dump_listing_lines(lines, layout):
        code[k] = True
    _within_listings(code, [layout.font(t) if m and not own else None for m, t in zip(mono, lines)])
    return code


def _within_listings(code: list[bool], fonts: Sequence[str | None]) -> None:
    """Mark code, in place, each line between two code lines of one listing: a run of lines in a row set in one
    monospaced font (``fonts``: a line's monospaced font, ``None`` for any other line). A TeX source in a Japanese
    manual opens on ``\\documentclass`` and closes on ``\\end{document}``, and between them its text lines, Japanese
    with commands inside (``自\\okurigana{リ}\\kaeriten{二}桓公``), are no code by their letters (fresh-user trial 76c,
    gckanbun's manual: each stood as a paragraph of its own, out of the listing). A line of another face between
    them ends the run: the listing's lines are never drawn across prose.

    >>> code = [True, False, False, True, False]
    >>> _within_listings(code, ["CMTT9", "CMTT9", "CMTT9", "CMTT9", "CMTT9"]); code
    [True, True, True, True, False]
    >>> code = [True, False, True]
    >>> _within_listings(code, ["CMTT9", None, "CMTT9"]); code
    [True, False, True]
    """
    start = 0
    while start < len(code):
        end = start
        while end + 1 < len(code) and fonts[start] is not None and fonts[end + 1] == fonts[start]:
            end += 1
        marked = [k for k in range(start, end + 1) if code[k]]
        for k in range(marked[0], marked[-1] + 1) if marked and fonts[start] is not None else ():
            code[k] = True
        start = end + 1


_YAML_KEY = re.compile(r"^[a-z_][A-Za-z0-9_.-]*:(?:[ \t]+(?P<value>\S.*))?$")
"""A data file's key and its value (``input: population.csv``, ``group_by:``): a key in small ASCII letters, digits,
``_``, ``.`` and ``-``, no space (a field's label, ``Date: 12 May``, ``日時：…``, opens on a capital or a Japanese letter)."""
_YAML_ITEM = re.compile(r"^-[ \t]+\S")
"""A data file's list item (``- ward``): code only under a key that opens its list (:func:`dump_listing_lines`)."""
_PROMPT = re.compile(r"^(?:[$>%][ \t]?|[A-Za-z]:\\[^\s>]*>[ \t]?|PS [A-Za-z]:\\[^>]*>[ \t]?)"
                     r"(?P<command>[a-z0-9_.~/\\-][^\s]*|(?<=> )[A-Z][a-z]+-[A-Z][A-Za-z]+)"
                     r"(?P<args>(?:[ \t]+\S+)*)$")
"""A command line after its shell's prompt (``$ make``, ``> shukei run config.yaml``, ``C:\\work> dir``, ``PS C:\\> ls``):
the command in small ASCII letters (a quoted mail's ``> Thanks for …`` opens on a capital or a Japanese word), or a
PowerShell cmdlet's ``Verb-Noun`` after a prompt's ``> `` (``PS C:\\> Get-Item``)."""
_WINDOWS_PROMPT = re.compile(r"^(?:PS )?[A-Za-z]:\\")
_ARGUMENT = re.compile(r"[./\\=]|(?:^|\s)--?[A-Za-z]")
"""What a command's arguments show and a sentence's words do not: a file's name or a path (``config.yaml``,
``result/x.xlsx``), an option (``-v``, ``--help``), a setting (``key=value``)."""
MIN_SET_IN = 2
"""Columns a text dump's listing stands set in from the prose line before it at least (:func:`dump_listing_lines`)."""
MAX_BARE_COMMAND_WORDS = 2
"""Words a prompt's line with no file, path or option in it (``$ make``, ``> cd src``) holds at most."""


def _dump_kind(text: str) -> str | None:
    """A text dump's line by its shape alone: ``prompt`` (:data:`_PROMPT`), ``key`` (:data:`_YAML_KEY`), ``item``
    (:data:`_YAML_ITEM`), ``code`` (:func:`code_text`), else ``None``. No line ending a sentence is any."""
    s = text.strip()
    if not s or s[-1] in SENTENCE_END_MARKS + ",、，" or "。" in s:
        return None
    if (m := _PROMPT.match(s)) is not None and not has_japanese(s):
        bare = m.group("command") + m.group("args")
        if _WINDOWS_PROMPT.match(s) or _ARGUMENT.search(bare) or len(bare.split()) <= MAX_BARE_COMMAND_WORDS:
            return "prompt"
        return None
    if (m := _YAML_KEY.match(s)) is not None and not (m.group("value") and sentence_words(m.group("value"))):
        return "key"
    if _YAML_ITEM.match(s) and not sentence_words(s):
        return "item"
    return "code" if code_text(s) else None


def dump_listing_lines(lines: Sequence["Text"], layout: "Layout") -> set[int]:
    """A text dump's program listings: runs of two lines or more in a row, each shaped as program text
    (:func:`_dump_kind`), all set in :data:`MIN_SET_IN` columns or more from the prose line right before the run
    (after it, where the run opens the text), and of one kind of listing:

    * command lines after a shell's prompt (``> shukei run config.yaml``, ``$ make``, ``C:\\work> dir``), one of them
      naming a file, a path or an option (:data:`_ARGUMENT`; or a Windows drive's prompt);
    * a data file's lines (YAML): two keys or more (``input: …`` / ``encoding: …``), or a key that opens its list or
      map (``group_by:``) over lines set deeper, its items (``- ward``) counted in.

    Why (issue 16, helper gikai55, trial 54c's manual): a dump has no typewriter face, so a YAML file and two
    command lines printed in a Japanese manual came out one paragraph a line, no ``code``. How a quoted mail's
    ``> …`` is told from a prompt: a quote stands flush with the text it quotes in, its words open on a capital or
    are Japanese, end a sentence, or name no file, path or option in three words or more; a command line is set in
    from the prose that introduces it. A Japanese sentence ending on ``：`` and a ``・`` list are no kind at all.
    A PDF's listings are read by their face (:func:`code_lines`), never so.

    >>> from pipeline.model import Text
    >>> from pipeline.segment.layout import Layout
    >>> from pipeline.model import LineLayout
    >>> def dump(*rows):
    ...     ls = [Text.from_raw(s.strip(), n) for n, s in enumerate(rows, 1)]
    ...     lay = Layout(tuple(LineLayout(indent=len(s) - len(s.lstrip())) for s in rows), ())
    ...     return sorted(dump_listing_lines(ls, lay))
    >>> dump("例を示す。", "    input: a.csv", "    group_by:", "      - ward", "上の例では…")
    [1, 2, 3]
    >>> dump("次のように入力する。", "  > shukei run config.yaml", "  > shukei check out.xlsx", "エラーが…")
    [1, 2]
    >>> dump("> Thanks for the note.", "> See you on Monday", "Agreed.")  # a quoted mail, flush left
    []
    >>> dump("Hi,", "  > I will send the file", "  > before the meeting", "Fine.")  # set in, but words
    []
    >>> dump("Venue and time:", "  Date: 12 May", "  Venue: Town Hall")  # a notice's fields
    []
    """
    facts = [layout.at(_first_line(t)) for t in lines]
    if not lines or any(f.x0 is not None for f in facts):
        return set()
    kinds = [_dump_kind(t.text) for t in lines]
    indents = [layout.indent(t) for t in lines]
    out: set[int] = set()
    k, n = 0, len(lines)
    while k < n:
        if kinds[k] is None:
            k += 1
            continue
        end = k + 1
        family = "prompt" if kinds[k] == "prompt" else "data"
        while end < n and kinds[end] is not None and ("prompt" if kinds[end] == "prompt" else "data") == family \
                and facts[end].page == facts[k].page:
            end += 1
        run = range(k, end)
        base = indents[k - 1] if k > 0 else (indents[end] if end < n else None)
        if len(run) >= 2 and base is not None and min(indents[j] for j in run) >= base + MIN_SET_IN \
                and _listing_evidence([lines[j].text.strip() for j in run], [kinds[j] for j in run],
                                      [indents[j] for j in run]):
            out.update(run)
        k = end
    return out | _command_outputs(lines, kinds, indents, facts, layout)


MAX_OUTPUT_LINES = 40
"""Lines of a command's output read under its prompt at most (:func:`_command_outputs`)."""
_SHELL_PROMPT = re.compile(r"^(?:\$ |PS [A-Za-z]:\\[^>]*> |[A-Za-z]:\\[^\s>]*> ?)")
"""A Unix shell's or Windows' prompt (``$ ls -l``, ``PS C:\\> Get-Item``, ``C:\\work> dir``); no quoted mail's ``>``."""


def _command_outputs(lines: Sequence["Text"], kinds: list[str | None], indents: list[int], facts: list,
                     layout: "Layout") -> set[int]:
    """A command line after a Unix or Windows prompt (:data:`_SHELL_PROMPT`) naming a file, a path or an option (or a
    Windows drive's prompt) and the lines right under it that read as its output: set no less in than the prompt, on
    its page; past a blank line only a line set deeper than the prompt or printed in columns (:data:`_COLUMNED`:
    PowerShell's table under ``Directory: C:\\``), as a README's ``$ gdb …`` closed by its fence, a blank line, then
    ``#### Building …`` and its prose had been swallowed whole (review of misc57 on Debian's and npm's READMEs); none a
    sentence (ending on ``.``, ``。``, ``:`` …) nor a numbered heading, :data:`MAX_OUTPUT_LINES` at most; one listing
    with the prompt, flush left or set in.

    Why (trial 57): ``$ ls -l /srv/archive`` over ``total 12`` and the files' lines, ``PS C:\\> Get-Item …`` over its
    table, came out one paragraph a line, no ``code``: the output has no program's shape of its own
    (:func:`_dump_kind`), so only the prompt above it shows it. A ``$5`` in a sentence is no prompt (a space follows
    a prompt's ``$``, and a command opens on no digit: ``$ 5.00`` over ``Adults`` is a price)."""
    from pipeline.numbering import heading_number_end

    out: set[int] = set()
    for k, t in enumerate(lines):
        s = t.text.strip()
        m = _PROMPT.match(s)
        if kinds[k] != "prompt" or m is None or not _SHELL_PROMPT.match(s) or m.group("command")[0].isdigit() \
                or not (_WINDOWS_PROMPT.match(s) or _ARGUMENT.search(m.group("args") or m.group("command"))):
            continue
        end = k + 1
        while end < len(lines) and end - k <= MAX_OUTPUT_LINES and facts[end].page == facts[k].page \
                and (not _blank_between(layout, lines[end - 1], lines[end])
                     or indents[end] > indents[k] or _COLUMNED.search(lines[end].text.strip())) \
                and indents[end] >= indents[k] and _output_shaped(lines[end].text.strip()) \
                and not heading_number_end(lines[end].text.strip()):
            end += 1
        if end > k + 1:
            out.update(range(k, end))
    return out


_COLUMNED = re.compile(r"\S(?: {2,}|\t)\s*\S|^[-=\s]+$")
"""A line printed in columns (two spaces or more between its fields, or the TAB the clean stage set for such a run:
docs/clean.md) or a table's rule (``----  ------``)."""


def _output_shaped(s: str) -> bool:
    """A line a command may print: no sentence (no ``。``, no sentence end or ``:`` closing it), no Japanese prose."""
    return bool(s) and s[-1] not in SENTENCE_END_MARKS + ",、，:：" and "。" not in s and not (
        has_japanese(s) and len(s.split()) < 2)


def _listing_evidence(texts: list[str], kinds: list[str | None], indents: list[int]) -> bool:
    """The run's lines are one listing (:func:`dump_listing_lines`): a prompt's run names a file, path or option
    somewhere; a data file's holds two keys, or a key opening its list over a line set deeper."""
    if kinds[0] == "prompt":
        return any(_WINDOWS_PROMPT.match(t) or _ARGUMENT.search(_PROMPT.match(t).group("args") or _PROMPT.match(t).group("command"))
                   for t in texts if _PROMPT.match(t))
    keys = [j for j, kind in enumerate(kinds) if kind == "key"]
    if len(keys) >= 2:
        return True
    return any(texts[j].endswith(":") and j + 1 < len(texts) and indents[j + 1] > indents[j] for j in keys)


def _blank_between(layout: "Layout", a: "Text", b: "Text") -> bool:
    """A blank raw line stands between lines ``a`` and ``b`` (false where either has no raw place)."""
    return layout.blank_between_texts(a, b)


def _first_line(t: "Text") -> int | None:
    pos = t.first_pos()
    return pos[0] if pos is not None else None
