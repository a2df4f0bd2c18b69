"""The authors of a speaker line: each name without its marks, its marks, and the affiliation a mark points to.

A paper's author line names several people and points each to an affiliation line by a mark
(``Anna Berg¹, Kenji Mori²`` over ``¹ University of Bergen`` / ``² Kobe University``; ``山田 花子¹，鈴木 一郎²``
over ``¹東西大学`` / ``²南北研究所``). :func:`split_authors` cuts the names apart (after a mark, at a comma,
``、``, ``and``, ``&``, between Japanese names set side by side: ``佐伯 由佳　大野 健太``); :func:`resolve_affiliations` reads the affiliation lines that open on a mark and gives
each author the lines its marks point to; an author whose marks point nowhere (no marked lines, or only ``*``
for the corresponding author) gets the speaker's shared affiliation. Every text is a view (a slice) of the
speaker's lines, so the origin maps account for it; two affiliations of one author are joined by an inserted
``"; "``.
"""

from __future__ import annotations

import re
from dataclasses import replace
import unicodedata

from pipeline.numbering import explicit_number
from pipeline.model import Author, Speaker, Text
from pipeline.segment.organisations import AFFILIATION_MARK, BRACKETED_MARK, MARK, is_organisation, is_postal_affiliation

_MARK_RUN = re.compile(rf"(?<=[^\s,，、;；&])(?:\s?,(?=\s?{MARK}))?\s?{MARK}+[)）]?(?:,\s?{MARK}+[)）]?)*"
                       rf"|(?<=[^\s,，、;；&()（）0-9]){BRACKETED_MARK}")
"""The marks after an author's name (``Marsh¹,²``, ``Okafor ¹``, ``花子¹``, ``Lind†``; after a comma as some journal
classes set them: ``Author,¹,∗``, ``Author², ᵈ)``; AASTeX 6.3's ``Greg J. Schwarz ,¹``, its comma set in the mark's
superscript after a word space): they end the name."""
_GLUED_MARK_RUN = re.compile(rf"(?<=[^\W\d_])(?: ?[0-9]{{1,2}}(?:,[0-9]{{1,2}})*|\s?[(（][0-9]{{1,2}}(?:,\s?[0-9]{{1,2}})*[)）]"
                             rf"| [a-z](?:,[a-z])*(?:,(?={MARK}))?)"
                             rf"{MARK}*(?=\s*(?:[,，;；&]|\b(?:and|AND)\b|$))")
"""Plain digits glued to the end of a name (``Okafor1``, ``Lindqvist1,2``, ``Ito2*``; or after one space, as a Chinese
journal's English authors' line sets them, ``WANG Xiaoming 1, LI Jing 2``), or in round brackets after it
(``Lindqvist (1)``, ``Raman (1,2)``: a plain-text report's marks): a PDF's superscript marks flattened to digits,
marks only where the affiliation lines under the names open with them (``1Department …``, ``(1) Department …``:
:func:`glued_digits`). A text dump of an Elsevier-style title block sets its letter marks so too, one lower-case letter
after a space, a comma and the corresponding author's ``*`` after it (``José Martínez-Ruiz a,*, Li Wei b`` over
``a Department of …``: :data:`_LETTER_MARK`); a byline in capitals joins its last name by ``AND``
(``TARO YAMADA1 AND HANAKO SATO2``; helper paper72, fresh-user trial: both had been no author)."""
_LETTER_MARK = re.compile(r"(?P<mark>[a-z])\)?\s(?=[A-Z\u00c0-\u00de])")
"""A plain lower-case letter opening an affiliation line, a space and a capital after it (``a Department of Civil
Engineering, …``, ``b) School of …``): the letter mark of a text dump's affiliation, only where an author carries it
(:func:`marked_affiliations`, :func:`leading_mark`; read at the line's start only, never inside it)."""
PRESENTER_MARKS = "○◯◎"
"""Marks a Japanese programme or book of abstracts sets before the presenting author's name (``○佐々木 遥¹``)."""
_SEPARATOR = re.compile(r"\s*(?:[,，、;；&](?:\s*\b(?:and|AND)\b)?|\b(?:and|AND)\b)\s*")
"""What parts two authors' names (``A. Moreau and K. Sato``, ``山田 太郎、鈴木 一郎``; a serial comma before the last
name, ``Okafor1, Watanabe2, and Fischer1,3``, is one separator: trial 48's authors' line was read as the title); a
byline in capitals joins by ``AND`` (``FRANK BRETZ, AND ALAN GENZ``: real paper 71b)."""
_ONE_MARK = re.compile(rf"\^(?:[0-9]{{1,2}}|[a-z*])|[※*＊†‡]\s?[0-9０-９]{{1,2}}|[\u00b9\u00b2\u00b3\u2070-\u2079]+|＊+|\*+|∗+|[{AFFILIATION_MARK}]|[0-9]{{1,2}}|[a-z]")
"""One mark of a run: a number in superscript digits (``¹²`` is twelve), else one character (``ᵃ``, ``*``; a plain
letter only in a run of :data:`_GLUED_MARK_RUN`, the only runs that hold one). A run of full-width asterisks is one
mark: a Japanese journal marks its first affiliation ``＊``, its second ``＊＊`` (fresh-user trial 74c, helper pdf74);
so is a run of ASCII or TeX asterisks (``山田 太郎*　佐藤 花子**`` over ``*港湾技術研究所　**北海大学工学部``, ``Mary
Jones**``; LaTeX's ``\\fnsymbol`` prints ``**`` as its seventh mark, after ``‖``), as the affiliation line's own mark
reads it (:data:`_LEADING_MARK`): each author had been given the whole line (helper head83, title82's open item)."""
_LEADING_MARK = re.compile(rf"(?:(?<=^)|(?<=\s)|(?<=[,，;；])(?={MARK}))(?:[(（]?(?P<mark>{MARK}+|[0-9]{{1,2}}(?![.．、]))[)）]?)(?=\s?[^\s0-9)）])")
"""A mark opening an affiliation (``¹ University …``, ``²Kobe …``, REVTeX's ``¹)Authors' institution``; a PDF may set
the mark in plain digits: ``1 University of Bergen   2 Kobe University``). Plain digits before a full stop or ``、``
open a numbered heading or item (``1．はじめに`` under authors marked ``¹`` and ``²``), never an affiliation. A mark
(never plain digits) may follow the comma that ends the affiliation before it with no space, as a Japanese line sets
its full-width comma (``¹新潟海洋大学 水産学部，²北陸環境研究センター``: fresh-user trial 60 had ``²北陸…`` inside the first
author's affiliation)."""


def mark_key(mark: str) -> str:
    """What a mark points to, however it is printed (``¹`` and ``1`` are one mark; ``ᵃ`` and ``a``).

    >>> mark_key("¹"), mark_key("ᵃ"), mark_key("12"), mark_key("*"), mark_key("※ １"), mark_key("^2")
    ('1', 'a', '12', '*', '※1', '2')

    A caret's superscript (``^2``: :data:`~.organisations.MARK`) is the superscript it writes.
    """
    return "".join(unicodedata.normalize("NFKC", mark).split()).lstrip("^")


def glued_digits(text: str, following: list[str]) -> bool:
    """The names of ``text`` each end in plain digits glued to the name (``Hannah Okafor1, Tomas Lindqvist2, Mei Ito1``:
    a PDF set the superscript marks as digits) and the affiliation line under them opens with one of those digits
    (``1Department of …``): the digits are the authors' marks (:func:`split_authors` ``glued``). A name's own digits
    over any other line (``COVID19``, ``Route 9``) are no mark.

    >>> glued_digits("Hannah Okafor1, Tomas Lindqvist2, Mei Ito1", ["1Department of Engineering, Northfield University"])
    True
    >>> glued_digits("Hannah Okafor1, Tomas Lindqvist2", ["Abstract. We study lifts."]), glued_digits("Anna Berg, Tom Lee2", ["2 Kobe"])
    (False, False)
    >>> glued_digits("CO2 and CH4 Fluxes", ["1 Introduction"])
    False
    >>> glued_digits("Maria Okafor1, Kenji Watanabe2, and Lena Fischer1,3", ["1Department of Civil Engineering"])
    True
    >>> glued_digits("Ana Ruiz (1), Li Wei (2), Sam Cole (1,2)", ["(1) Harbour Institute, Oslo"])  # marks in brackets
    True
    >>> glued_digits("Ana Ruiz (1), Li Wei (2)", ["We study ports."]), glued_digits("Route (9), Exit (2)", ["Abstract"])
    (False, False)
    """
    if not following or "\t" in text:
        return False
    runs = list(_GLUED_MARK_RUN.finditer(text))
    if not runs or runs[-1].end() != len(text.rstrip()):
        return False
    keys, pos = set(), 0
    for run in runs:
        piece = text[pos:run.start()]
        lead = _SEPARATOR.match(piece) if pos else None
        piece = piece[lead.end():] if lead is not None else piece
        # one name before each mark, a separator after it (``Okafor1, Lindqvist2 and Ito1``; ``Berg, Tom Lee2``: no)
        if not re.search(r"[^\W\d_]", piece) or _SEPARATOR.search(piece) or len(piece.split()) > 5:
            return False
        keys.update(mark_key(m.group()) for m in _ONE_MARK.finditer(run.group()))
        pos = run.end()
    return leading_mark(following[0]) in keys


SOCIETY_GRADE = re.compile(r",\s*(?:(?:Life|Senior|Student|Graduate\s+Student)\s+)?(?:Member|Fellow)\s*,?\s*"
                           r"(?:IEEE|ACM|OSA|SPIE|AIAA|ASME|IET|IAPR|SIAM)\b")
"""A learned society's grade after an author's name, as IEEE's journals print it (``Priya Nair, Member, IEEE, and
Lukas Brandt``; ``Senior Member, IEEE``, ``Life Fellow, IEEE``, ``Fellow, OSA``): the name's, no author nor
organisation of its own (IEEE Editorial Style Manual, author names and membership grades)."""


def without_society_grades(text: str) -> str:
    """``text`` without the society grades after its names (:data:`SOCIETY_GRADE`).

    >>> without_society_grades("Priya Nair, Member, IEEE, and Lukas Brandt, Senior Member, IEEE")
    'Priya Nair, and Lukas Brandt'
    """
    return SOCIETY_GRADE.sub("", text)


def split_authors(name: Text, glued: bool = False, twins: bool = False) -> list[tuple[Text, tuple[Text, ...]]]:
    """The authors a name line holds, each as its name (without marks) and its marks, in the line's order; with
    ``glued``, plain digits glued to a name are its marks too (:func:`glued_digits`); with ``twins``, a Japanese
    author's romanised name on the line is read as the same author (:func:`romanised_twins`: the speaker's authors; a
    line's names as printed, each a column, are read without).

    >>> names = lambda s: [(n.text, [m.text for m in ms]) for n, ms in split_authors(Text.from_raw(s, 1))]
    >>> names("Anna Berg¹, Tom Lee²")
    [('Anna Berg', ['¹']), ('Tom Lee', ['²'])]
    >>> names("M. Okonkwo ¹ L. Brandt ²")
    [('M. Okonkwo', ['¹']), ('L. Brandt', ['²'])]
    >>> names("山田 花子¹，鈴木 一郎²")
    [('山田 花子', ['¹']), ('鈴木 一郎', ['²'])]
    >>> names("Elena Marsh¹,² and Kenji Araiᵇ,*")
    [('Elena Marsh', ['¹', '²']), ('Kenji Arai', ['ᵇ', '*'])]
    >>> names("Greg J. Schwarz ,¹ August Muench,¹")  # AASTeX 6.3 (session 50)
    [('Greg J. Schwarz', ['¹']), ('August Muench', ['¹'])]
    >>> names("A. Moreau and K. Sato"), names("佐藤 一郎")
    ([('A. Moreau', []), ('K. Sato', [])], [('佐藤 一郎', [])])
    >>> [(n.text, [m.text for m in ms]) for n, ms in split_authors(Text.from_raw("Hannah Okafor1, Mei Ito1,2", 1), glued=True)]
    [('Hannah Okafor', ['1']), ('Mei Ito', ['1', '2'])]
    >>> [(n.text, [m.text for m in ms]) for n, ms in split_authors(Text.from_raw("Ana Ruiz (1), Li Wei (1,2)", 1), glued=True)]
    [('Ana Ruiz', ['1']), ('Li Wei', ['1', '2'])]
    >>> names("Priya Nair, Member, IEEE, and Lukas Brandt, Fellow, IEEE")
    [('Priya Nair', []), ('Lukas Brandt', [])]
    >>> names("田中 一郎*1・山本 さくら*2"), names("ジョン・スミス¹")
    ([('田中 一郎', ['*1']), ('山本 さくら', ['*2'])], [('ジョン・スミス', ['¹'])])
    >>> names("Ines Duarte (Cork & Leather Guild)"), names("A. Moreau (Lyon, France) and K. Sato")
    ([('Ines Duarte (Cork & Leather Guild)', [])], [('A. Moreau (Lyon, France)', []), ('K. Sato', [])])
    >>> names("佐伯 由佳　大野 健太"), names("山田　太郎")  # names side by side (trial 40); one name
    ([('佐伯 由佳', []), ('大野 健太', [])], [('山田\u3000太郎', [])])
    """
    s = name.text
    grades = [m.span() for m in SOCIETY_GRADE.finditer(s)]  # ``Member, IEEE`` after a name: no author of its own
    found: list[tuple[Text, tuple[Text, ...]]] = []
    pos = 0
    runs = list(_MARK_RUN.finditer(s))
    if glued:
        # a letter's run that opens before a mark run it overlaps holds it (``Martínez-Ruiz a,*``: the ``,*`` is the
        # letter's run's end, no run of its own); a template's ``Author1ᵃ`` keeps its digit, its mark the ``ᵃ``
        glued_runs = list(_GLUED_MARK_RUN.finditer(s))
        runs = [r for r in runs if not any(g.start() < r.start() < g.end() and re.match(r" [a-z]", g.group()) for g in glued_runs)]
        runs = sorted([*runs, *(g for g in glued_runs
                                if not any(r.start() < g.end() and g.start() < r.end() for r in runs))], key=lambda m: m.start())
    for run in [*runs, None]:
        end = run.start() if run is not None else len(s)
        pieces = _pieces(name, pos, end, grades)
        if run is None and len(found) + len(pieces) >= 2 and _post_after_name(pieces[-1] if pieces else None,
                                                                             (found + [(p, ()) for p in pieces])[-2][0]):
            pieces = pieces[:-1]  # ``Gareth Pryce, Time Trial Secretary``: the person's post, no author of its own
        marks = tuple(name[run.start() + m.start():run.start() + m.end()]
                      for m in _ONE_MARK.finditer(run.group())) if run is not None else ()
        for k, piece in enumerate(pieces):
            found.append((piece, marks if k == len(pieces) - 1 else ()))
        if run is not None and not pieces and found:
            found[-1] = (found[-1][0], found[-1][1] + marks)  # a second run after one name
        if run is not None:
            pos = run.end()
    return romanised_twins(found) if twins else found


_JA_LETTER = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff\ufffd]")
_ROMANISED_AFTER = re.compile(r"^(?P<ja>[^()（）/／]+?)[ \u3000]*(?:[(（][ \u3000]*(?P<p>[A-Za-z][A-Za-z.'’\- ]*?)[ \u3000]*[)）]"
                              r"|[/／][ \u3000]*(?P<s>[A-Za-z][A-Za-z.'’\- ]*?))[ \u3000]*$")


def _romanises(name_ja: str, name_en: str) -> bool | None:
    """``name_en`` spells the Japanese name ``name_ja`` (:func:`~.names.romanised_name`); ``None`` where no part of
    ``name_ja`` is whole (every part holds a lost glyph): nothing to compare."""
    from pipeline.model import GAP
    from pipeline.segment.names import romanised_name

    if not any(GAP not in part for part in name_ja.replace("\u3000", " ").split()):
        return None
    return romanised_name(name_ja, name_en)


def romanised_twins(found: list[tuple[Text, tuple[Text, ...]]]) -> list[tuple[Text, tuple[Text, ...]]]:
    """The authors of :func:`split_authors` with each Japanese author's romanised name read as the same person: a
    name's romanised form beside it in brackets or after a slash (``山本 健二（Kenji YAMAMOTO）``, ``鈴木 花子 / Hanako
    Suzuki``) is cut off the name; a line naming its Japanese authors, then the same authors romanised in the same
    order (``山本 健二†　鈴木 花子†　Kenji YAMAMOTO†　Hanako SUZUKI†``) gives the Japanese names alone, each keeping
    its marks. A pair is the same person where the English spells the Japanese name (:func:`~.names.romanised_name`),
    or cannot be told (the Japanese name's every part holds a lost glyph) while another pair of the line is spelt.
    Decision (issue 16, helper title82 after fresh-user trial 81c: a research meeting's paper printed its two authors
    in both scripts on one line and had four authors).

    >>> names = lambda s: [(n.text, [m.text for m in ms]) for n, ms in romanised_twins(split_authors(Text.from_raw(s, 1)))]
    >>> names("山本 健二†   鈴木 花子†   Kenji YAMAMOTO†  Hanako SUZUKI†")
    [('山本 健二', ['†']), ('鈴木 花子', ['†'])]
    >>> names("山本 健二（Kenji YAMAMOTO）, 鈴木 花子 / Hanako Suzuki")
    [('山本 健二', []), ('鈴木 花子', [])]
    >>> names("佐々木 遥（Haruka SASAKI）　大野 健太（Kenta ONO）")
    [('佐々木 遥', []), ('大野 健太', [])]
    >>> names("山本 健二, 鈴木 花子, Anna Berg, Tom Lee"), names("山本 健二（東西大学）")
    ([('山本 健二', []), ('鈴木 花子', []), ('Anna Berg', []), ('Tom Lee', [])], [('山本 健二（東西大学）', [])])
    """
    from pipeline.segment.names import _NAMES_APART, romanised_names

    out = []
    for person, marks in found:
        if romanised_names(person.text):
            # names side by side, each with its romanised form (``佐々木 遥（Haruka SASAKI）　大野 健太（Kenta ONO）``)
            starts = [0] + [m.end() for m in _NAMES_APART.finditer(person.text)]
            ends = [m.start() for m in _NAMES_APART.finditer(person.text)] + [len(person.text)]
            pieces = [person[a:b] for a, b in zip(starts, ends) if b > a]
            out.extend((piece[:romanised_cut(piece.text)], marks if k == len(pieces) - 1 else ())
                       for k, piece in enumerate(pieces))
            continue
        cut = romanised_cut(person.text)
        out.append((person[:cut] if cut is not None else person, marks))
    kept = twins_kept([p.text for p, _ in out])
    return out[kept] if kept is not None else out


def romanised_cut(name: str) -> int | None:
    """Where a Japanese name ends that carries its romanised form after it in brackets or after a slash
    (``山本 健二（Kenji YAMAMOTO）`` → 5), the romanised form spelling it (:func:`_romanises`); else ``None``."""
    m = _ROMANISED_AFTER.match(name)
    if m is None or not _JA_LETTER.search(m.group("ja")) or _JA_LETTER.search(m.group("p") or m.group("s")) \
            or not _romanises(m.group("ja"), m.group("p") or m.group("s")):
        return None
    return m.end("ja")


def twins_cut(names: list[str]) -> int | None:
    """``n`` where ``names`` are ``n`` Japanese names, then the same ``n`` romanised in the same order (each pair
    spelt, :func:`_romanises`, or not to be told while another pair is); else ``None``."""
    n = len(names) // 2
    if not n or len(names) != 2 * n:
        return None
    ja, en = names[:n], names[n:]
    if not all(_JA_LETTER.search(p) and not re.search(r"[A-Za-z]", p) for p in ja) \
            or not all(p.isascii() and re.search(r"[A-Za-z]", p) for p in en):
        return None
    told = [_romanises(a, b) for a, b in zip(ja, en)]
    return n if False not in told and True in told else None


def twins_kept(names: list[str]) -> slice | None:
    """The Japanese half of ``names`` where they are the same people twice, once in each script and in the same order
    (:func:`twins_cut`): the Japanese names first (``山本 健二　Kenji YAMAMOTO``) or the romanised ones first (``Kenji
    Mori（Tohoku University）　森　健二（東北大学…）``, helper panel84 after fresh-user trial 84b: one author had been
    two); else ``None``.

    >>> twins_kept(["山本 健二", "Kenji YAMAMOTO"]), twins_kept(["Kenji Mori", "森　健二"]), twins_kept(["Anna Berg", "森　健二"])
    (slice(None, 1, None), slice(1, None, None), None)
    """
    if (n := twins_cut(names)) is not None:
        return slice(None, n)
    half = len(names) // 2
    if half and twins_cut(names[half:] + names[:half]) is not None:
        return slice(half, None)
    return None


def romanised_twin_authors(authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """``authors`` read as :func:`romanised_twins` reads a line's names: a name's romanised form beside it cut off, the
    romanised twins of the Japanese authors after them dropped (the Japanese authors keep their marks and
    affiliations). For a speaker whose authors were read piece by piece (a line's names set apart in columns).

    >>> mk = lambda *ss: tuple(Author(Text.from_raw(s, 1)) for s in ss)
    >>> [a.name.text for a in romanised_twin_authors(mk("高橋 直人", "中村 さくら", "Naoto TAKAHASHI", "Sakura NAKAMURA"))]
    ['高橋 直人', '中村 さくら']
    >>> [a.name.text for a in romanised_twin_authors(mk("高橋 直人", "Anna Berg"))]
    ['高橋 直人', 'Anna Berg']
    >>> [a.name.text for a in romanised_twin_authors(mk("Kenji Mori", "森　健二"))]
    ['森　健二']
    """
    out = []
    for a in authors:
        cut = romanised_cut(a.name.text)
        out.append(Author(a.name[:cut], a.marks, a.affiliation) if cut is not None else a)
    kept = twins_kept([a.name.text for a in out])
    return tuple(out[kept] if kept is not None else out)


def _post_after_name(piece: Text | None, before: Text) -> bool:
    """``piece``, the last of a name line's pieces, is the post of the person named in the piece ``before`` it: a
    signer's post (:func:`~pipeline.names.signer_post`: ``Time Trial Secretary``, ``Town Clerk``) that is no
    person's name, after a person's name (``Report by Gareth Pryce, Time Trial Secretary``, as a signature's
    ``Derek Carne, Lifeboat Operations Manager`` is read: sections._name_comma_post).

    Why (issue 16 point 2, fresh-user trial 78d, helper results79): the post had been a second author. A society's
    grade after a name (``Member, IEEE``) is left out before (:data:`SOCIETY_GRADE`). Limit: a person whose surname is a
    post's word and whom the name reader does not know (``John Clerk``) after another author is read as a post.

    >>> _post_after_name(Text.inserted("Time Trial Secretary"), Text.inserted("Gareth Pryce"))
    True
    >>> _post_after_name(Text.inserted("Tom Lee"), Text.inserted("Anna Berg")), _post_after_name(None, Text.inserted("Anna Berg"))
    (False, False)
    """
    from pipeline.names import signer_post
    from pipeline.segment.names import is_person_name

    return piece is not None and signer_post(piece.text.strip()) and not is_person_name(piece.text.strip()) \
        and is_person_name(before.text.strip())


def _pieces(name: Text, start: int, end: int, grades: list[tuple[int, int]] = ()) -> list[Text]:
    """The names between ``start`` and ``end``, cut at separators (empty pieces, and pieces inside a society's grade
    ``grades``, left out)."""
    out: list[Text] = []
    at = start
    inside = _inside_brackets(name.text)
    for sep in [*(m for m in _SEPARATOR.finditer(name.text, start, end) if m.start() not in inside), None]:
        stop = sep.start() if sep is not None else end
        piece = name[at:stop].strip()
        if at == start and start and piece.text.startswith("・"):
            piece = piece[1:].strip()  # ``田中 一郎*1・山本 さくら*2``: after a name's marks ``・`` parts the names
        if piece.text[:1] in PRESENTER_MARKS:
            # a Japanese abstract marks the author who presents by ``○`` before the name (``○佐々木 遥¹，大庭 健一²``):
            # no part of the name, as in a line of bracketed authors (names._BRACKETED)
            piece = piece[1:].strip()
        if piece.text and not any(g0 <= at and stop <= g1 for g0, g1 in grades):
            out.extend(side for dotted in _dotted(piece) for side in _side_by_side(dotted))
        if sep is not None:
            at = sep.end()
    return out


def _inside_brackets(s: str) -> set[int]:
    """Offsets inside round brackets: a separator there parts no authors, it belongs to the aside or organisation in
    the brackets (``Mariko Saeki (Tsuzuri Paper & Book Studio)``: trial 41, where ``&`` had cut the name in two).

    >>> sorted(_inside_brackets("Ann (B & C) D"))
    [5, 6, 7, 8, 9]
    """
    inside, depth = set(), 0
    for i, c in enumerate(s):
        if c in ")）":
            depth = max(depth - 1, 0)
        if depth:
            inside.add(i)
        if c in "(（":
            depth += 1
    return inside


def _dotted(piece: Text) -> list[Text]:
    """Japanese names parted by ``・`` (``山田 太郎・佐藤 花子``), each a surname and a given name with a space between;
    a foreign name written in katakana keeps its ``・`` (``ジョン・スミス``).

    >>> [t.text for t in _dotted(Text.from_raw("山田 太郎・佐藤 花子", 1))], len(_dotted(Text.from_raw("ジョン・スミス", 1)))
    (['山田 太郎', '佐藤 花子'], 1)

    Names written with no space between surname and given name are parted too where each is a name opening on a
    kanji (:func:`_unspaced_japanese_name`; fix70d, issue 16 point 2: ``山田太郎・佐藤花子`` over ``東西大学工学部`` had
    been one author):

    >>> [t.text for t in _dotted(Text.from_raw("山田太郎・佐藤花子", 1))], len(_dotted(Text.from_raw("東京・大阪", 1)))
    (['山田太郎', '佐藤花子'], 1)
    """
    bits = piece.text.split("・")
    if len(bits) < 2 or not (all(len(b.replace("\u3000", " ").strip().split()) == 2 for b in bits)
                             or all(_unspaced_japanese_name(b) for b in bits)):
        return [piece]
    out, at = [], 0
    for b in bits:
        out.append(piece[at:at + len(b)].strip())
        at += len(b) + 1
    return out


def _unspaced_japanese_name(bit: str) -> bool:
    """A Japanese full name with no space in it, one piece of a line of names parted by ``・`` (``山田太郎``,
    ``佐藤さくら``): two to six characters opening on a kanji that Sudachi reads as a person's name
    (:func:`~.names.is_person_name`), no organisation. A foreign name in katakana (``ジョン・スミス``) opens on no kanji
    and keeps its ``・``."""
    from pipeline.segment.names import is_person_name

    b = bit.strip()
    return 2 <= len(b) <= 6 and not any(c.isspace() for c in b) and "\u4e00" <= b[0] <= "\u9fff" \
        and is_person_name(b) and not is_organisation(b)


def _side_by_side(piece: Text) -> list[Text]:
    """Japanese names set side by side, parted by white space only (``佐伯 由佳　大野 健太``: trial 40's two authors had
    been one), each its own (:func:`~.names.names_side_by_side` reads where each name ends); one name whose surname
    and given name a space parts stays whole (``山田　太郎``, ``山田 太郎``).

    >>> [t.text for t in _side_by_side(Text.from_raw("佐伯 由佳　大野 健太", 1))], len(_side_by_side(Text.from_raw("山田　太郎", 1)))
    (['佐伯 由佳', '大野 健太'], 1)
    """
    from pipeline.segment.names import names_side_by_side

    spans = names_side_by_side(piece.text)
    return [piece[a:b] for a, b in spans] if spans is not None else [piece]


def marked_affiliations(lines: list[Text], keys: set[str]) -> dict[str, list[Text]]:
    """The affiliations that lines opening on a mark give, by mark (:func:`mark_key`): the text after each mark
    up to the next mark of the line. Only marks an author carries count (``keys``); a line that opens on none
    is no marked affiliation.

    >>> lines = [Text.from_raw("1 University of Bergen   2 Kobe University", 3)]
    >>> {k: [t.text for t in v] for k, v in marked_affiliations(lines, {"1", "2"}).items()}
    {'1': ['University of Bergen'], '2': ['Kobe University']}
    >>> lines = [Text.from_raw("（1. 同济大学土木工程学院，上海 200092；2. 上海市水务局，上海 200003）", 3)]
    >>> {k: [t.text for t in v] for k, v in marked_affiliations(lines, {"1", "2"}).items()}
    {'1': ['同济大学土木工程学院，上海 200092'], '2': ['上海市水务局，上海 200003']}
    """
    out: dict[str, list[Text]] = {}
    last: Text | None = None  # the marked line just before, whose affiliation a wrapped line goes on
    out_last: tuple[str, Text] = ("", Text.empty())
    opened = [t.text.rstrip() for t in lines if leading_mark(t.text) in keys]
    measure = max(map(len, opened), default=0)
    for line in lines:
        lead = len(line.text) - len(line.text.lstrip())
        starts = [m for m in _LEADING_MARK.finditer(line.text, lead) if mark_key(m.group("mark")) in keys]
        if not starts and (letter := _LETTER_MARK.match(line.text, lead)) is not None and letter.group("mark") in keys:
            starts = [letter]  # ``a Department of …``: a text dump's letter mark (:data:`_LETTER_MARK`)
        if (not starts or starts[0].start() != lead) and numbered_affiliation(line.text) in keys:
            # a Chinese journal's numbered affiliations, the next after a semicolon (``（1. 同济大学…；2. 上海市水务局…）``)
            starts = [m for m in _NUMBERED_IN_LINE.finditer(line.text, lead) if m.group("mark") in keys]
            line = line[:len(line.text.rstrip().rstrip(")）"))]  # the bracket closing the affiliations
        if not starts or starts[0].start() != lead:
            if out and last is not None and wrapped_affiliation(last, line, measure):
                # the rest of the marked affiliation over it, wrapped at the measure (``…, Boltzmanngasse 3, Vienna``
                # / ``A-1090, Austria``: trial 78c, quantum-template)
                key, piece = out_last
                out[key][-1] = Text.join([piece, line.strip()], sep=Text.inserted(" "))
                out_last = (key, out[key][-1])
            last = None
            continue
        if not _plain_digits(starts[0].group("mark")):
            # a line that opens on a superscript mark sets its other marks so: plain digits inside it are its own
            # (``…, Boltzmanngasse 3, Vienna``, ``Harbour Road 3, Bremen``: no mark 3)
            starts = [m for m in starts if not _plain_digits(m.group("mark"))]
        last = line
        for m, after in zip(starts, [*starts[1:], None]):
            # the colon some covers set after the mark (``† : LMO, Université …``) is no part of the affiliation
            piece = line[m.end():after.start() if after is not None else len(line.text)].strip().strip(",，;；").strip()
            piece = piece[1:].strip() if piece.text[:1] in (":", "：") else piece
            if piece.text:
                out.setdefault(mark_key(m.group("mark")), []).append(piece)
                out_last = (mark_key(m.group("mark")), piece)
    return out


def _plain_digits(mark: str) -> bool:
    """``mark`` is set in plain ASCII digits (``3``), no superscript (``³``: ``str.isdigit`` holds for both)."""
    return mark.isascii() and mark.isdigit()


WRAPPED_AFFILIATION_WORDS = 5
"""Words the rest of an affiliation wrapped onto a line of its own holds at most (``A-1090, Austria``, ``91125,
USA``): a postal code, a town, a country."""


def wrapped_affiliation(previous: Text, line: Text, measure: int) -> bool:
    """``line``, opening on no mark, is the rest of the marked affiliation ``previous`` wrapped at the measure: it
    holds a few words (:data:`WRAPPED_AFFILIATION_WORDS`) with a comma or a digit among them (a postcode, a town and
    its country: a heading under the affiliations, ``Abstract``, holds neither), opens on no section number
    (``1. Introduction``), holds no e-mail address nor web address, and ``previous`` ran to the measure
    (``measure``: the longest marked line's length; within a tenth of it, :data:`MIN_WRAPPED_MEASURE` at least) and
    closes on no full stop.

    >>> wrapped_affiliation(Text.inserted("¹" + "x" * 60 + ", Vienna"), Text.inserted("A-1090, Austria"), 69)
    True
    >>> wrapped_affiliation(Text.inserted("¹Kobe University"), Text.inserted("Japan"), 69)
    False
    >>> wrapped_affiliation(Text.inserted("¹" + "x" * 68), Text.inserted("Abstract"), 69)
    False
    >>> wrapped_affiliation(Text.inserted("¹" + "x" * 68), Text.inserted("1. Introduction"), 69)
    False
    """
    s = line.text.strip()
    p = previous.text.rstrip()
    return bool(s) and len(s.split()) <= WRAPPED_AFFILIATION_WORDS and "@" not in s and "://" not in s \
        and ("," in s or any(c.isdigit() for c in s)) and explicit_number(s) is None \
        and len(p) >= max(0.9 * measure, MIN_WRAPPED_MEASURE) and not p.endswith(".")


MIN_WRAPPED_MEASURE = 60
"""Characters a marked affiliation line runs to at least before the line under it can be its wrapped rest: a line
wraps at a page's or a column's measure, and a short line (``²Institute of Harbour Studies``) ended where its text did."""


_SYMBOL_CATEGORIES = ("So", "Sm", "No")
"""Unicode categories of a symbol that may stand for a footnote mark: dingbats and circled numbers (``❸``, ``①``:
``No``), other symbols (``So``, ``Sm``); never a letter, a digit, a bracket or a punctuation mark."""


def marks_in_order(lines: list[Text], keys: list[str]) -> dict[str, list[Text]]:
    """The affiliations of ``lines`` by the authors' marks ``keys`` (in the order the authors carry them), where
    every line opens on a symbol no author carries (:data:`_SYMBOL_CATEGORIES`), each line on a different one, as many
    lines as marks (two or more): the first line is the first mark's, and so on; else nothing.

    Why (issue 16 point 2, lmtest's vignette): ``Achim Zeileis†`` ⎵ ``Torsten Hothorn‡`` over ``❸Institut für
    Statistik …`` / ``❹Institut für Medizininformatik …``: the affiliations' daggers are drawn from a bitmap font
    whose own Unicode map reads them ``❸`` ``❹``, so no line opened on an author's mark, and the second author had
    taken both lines. The symbols the page shows cannot be read back, but the two runs of marks, each distinct and
    as long as the other, pair in order as LaTeX's ``\thanks`` sets them. A line that opens on no symbol, a repeated
    symbol or a count that differs pairs nothing (the marks stay in the text).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> {k: [t.text for t in v] for k, v in marks_in_order(mk("❸Wien", "❹Erlangen"), ["†", "‡"]).items()}
    {'†': ['Wien'], '‡': ['Erlangen']}
    >>> marks_in_order(mk("❸Wien"), ["†", "‡"]), marks_in_order(mk("❸Wien", "Erlangen"), ["†", "‡"])
    ({}, {})
    >>> marks_in_order(mk("❸Wien", "❸Erlangen"), ["†", "‡"]), marks_in_order(mk("(Wien)", "[Erlangen]"), ["†", "‡"])
    ({}, {})
    """
    opened: list[tuple[str, Text]] = []
    for line in lines:
        rest = line.text.lstrip()
        mark = rest[:1]
        if not mark or unicodedata.category(mark) not in _SYMBOL_CATEGORIES or mark_key(mark) in keys:
            return {}
        start = len(line.text) - len(rest) + 1
        piece = line[start:].strip()
        if not piece.text:
            return {}
        opened.append((mark, piece))
    marks = [m for m, _ in opened]
    if len(keys) < 2 or len(opened) != len(keys) or len(set(marks)) != len(marks) or len(set(keys)) != len(keys):
        return {}
    return {key: [piece] for key, (_, piece) in zip(keys, opened)}


_SERIES = ("123456789", "abcdefghi")
"""The orders affiliation marks are counted in: digits from 1, letters from a."""


def unmarked_in_order(lines: list[Text], keys: list[str]) -> dict[str, list[Text]]:
    """The affiliations of ``lines`` by the authors' marks ``keys`` where the lines print no mark of their own: as many
    lines as the authors carry distinct number or letter marks (two or more), the marks the first of a series
    (``¹ ²``, ``a b c``), each line an organisation or an address with its country, none opening on a mark: the first
    line is mark 1's (or a's), and so on, as a title block sets them; else nothing. A corresponding author's ``*``
    points to no line.

    Why (helper paper72, fresh-user trial: ``TARO YAMADA¹ AND HANAKO SATO²`` over the two affiliations, their
    superscripts lost in the extraction, gave each author both). :func:`resolve_affiliations` gives the shared
    affiliation's parts too where its lines are not one line each (``Disaster Prevention Research Institute,`` /
    ``Kyoto University, Uji, Japan`` / ``School of Engineering, …, UK``: two affiliations, each closing on its
    country, :func:`~.joinlines.affiliation_lines`). A count that differs (an affiliation wrapped over two
    lines), marks out of series (``² ³``) or a line that is no organisation pairs nothing.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> {k: [t.text for t in v] for k, v in unmarked_in_order(mk("Hokkaido University, Japan", "Tohoku University, Japan"), ["1", "2"]).items()}
    {'1': ['Hokkaido University, Japan'], '2': ['Tohoku University, Japan']}
    >>> unmarked_in_order(mk("Hokkaido University, Japan"), ["1", "2"]), unmarked_in_order(mk("Hokkaido University", "Tohoku University"), ["2", "3"])
    ({}, {})
    >>> unmarked_in_order(mk("Department of Civil Engineering,", "Hokkaido University, Japan", "Tohoku University"), ["1", "2"])
    {}
    """
    from pipeline.segment.organisations import is_organisation

    ordered = sorted(dict.fromkeys(k for k in keys if k.isalnum()))
    if len(ordered) < 2 or len(lines) != len(ordered) \
            or not any("".join(ordered) == series[:len(ordered)] for series in _SERIES):
        return {}
    if any(leading_mark(t.text) is not None or not (is_organisation(t.text.strip().rstrip(",，")) or is_postal_affiliation(t.text))
           for t in lines):
        return {}
    return {key: [t.strip()] for key, t in zip(ordered, lines)}


def opens_on_mark(text: str, keys: set[str]) -> bool:
    """``text`` opens on one of the marks ``keys`` (:func:`mark_key`) that an author line carries: it is an
    affiliation line by its mark, whatever its words (REVTeX's ``¹)Authors' institution and/or address``).

    >>> opens_on_mark("¹)Authors' institution and/or address", {"1", "b"}), opens_on_mark("² Kobe University", {"1"})
    (True, False)
    >>> opens_on_mark("1 University of Bergen", {"1"}), opens_on_mark("1．はじめに", {"1", "2"})
    (True, False)
    """
    return leading_mark(text) in keys


def leading_mark(text: str) -> str | None:
    """The key (:func:`mark_key`) of the mark ``text`` opens on, ``None`` without one; an affiliation numbered as a
    Chinese journal numbers it opens on its number (:func:`numbered_affiliation`).

    >>> leading_mark("² Kobe University"), leading_mark("1 Introduction"), leading_mark("Kobe University")
    ('2', '1', None)
    >>> leading_mark("1. Tongji University, Shanghai 200092, China"), leading_mark("1. Introduction")
    ('1', None)
    """
    lead = len(text) - len(text.lstrip())
    m = _LEADING_MARK.match(text, lead) or _LETTER_MARK.match(text, lead)
    return mark_key(m.group("mark")) if m is not None else numbered_affiliation(text)


_NUMBERED_IN_LINE = re.compile(r"(?:^[(（]?|(?<=[;；])\s*)(?P<mark>[0-9]{1,2})[.．]\s?(?=\S)")
"""Each affiliation's number in a line of numbered affiliations (:func:`numbered_affiliation`): the line's first,
and each after a semicolon."""
_NUMBERED_AFFILIATION = re.compile(r"^[(（]?([0-9]{1,2})[.．]\s?(?=\S)")
"""An affiliation's number with its full stop, in a bracket that opens the affiliations or not (``1. Tongji
University, …``, ``（1. 同济大学土木工程学院，上海 200092；2. …）``, ``(1. College of …, China;``)."""


def numbered_affiliation(text: str) -> str | None:
    """The key of the number an affiliation line opens on where a Chinese journal sets its affiliations (GB/T 7714's
    papers, CNKI's abstracts: the authors' marks plain digits, each affiliation ``1.``, ``2.`` under them, in
    brackets or not, in Chinese and again in English), else ``None``. Plain digits before a full stop open a
    numbered heading or item as often, so the line's first part (up to its first comma or semicolon) must be an
    organisation (:func:`~.organisations.is_organisation`) or the whole an address with its country
    (:func:`~.organisations.is_postal_affiliation`): ``1. Introduction``, ``1. 研究方法`` are headings (fresh-user
    trial 61b: the English affiliations ``(1. College of Civil Engineering, …;`` / ``2. Shanghai Water Authority, …)``
    had become section 2).

    >>> numbered_affiliation("（1. 同济大学土木工程学院，上海 200092；2. 上海市水务局，上海 200003）")
    '1'
    >>> numbered_affiliation("2. Shanghai Water Authority, Shanghai 200003, China)"), numbered_affiliation("(1. College of Civil Engineering, Tongji University,")
    ('2', '1')
    >>> numbered_affiliation("1. Introduction"), numbered_affiliation("2. 研究方法"), numbered_affiliation("1. Study Area and Data")
    (None, None, None)
    """
    s = text.strip()
    m = _NUMBERED_AFFILIATION.match(s)
    if m is None:
        return None
    rest = s[m.end():].rstrip(")）;；,，")
    first = re.split(r"[,，;；]", rest, maxsplit=1)[0].strip()
    return m.group(1) if is_organisation(first) or is_postal_affiliation(rest) else None


def with_run_marks(keys: set[str]) -> set[str]:
    """``keys`` (:func:`mark_key`) with each digit of a run of digit marks read as one (``12`` from ``谷口 修平¹²``)
    added: superscript digits run together after a name may be two marks as well as one (affiliations 1 and 2, as
    ``¹˒²`` writes them), and only the affiliation lines under it tell which (helper bound61, fresh-user trial 60b).

    >>> sorted(with_run_marks({"12", "3"})), sorted(with_run_marks({"1", "a"}))
    (['1', '12', '2', '3'], ['1', 'a'])
    """
    return keys | {d for key in keys if len(key) > 1 and key.isdigit() for d in key}


AFFILIATION_SEP = "; "
"""What parts two affiliations of one author, or of the authors together, in ``speaker.affiliation``: inserted, so
no raw text is taken for it."""


def joined_affiliations(parts: list[Text]) -> Text:
    """One author's affiliations, joined by an inserted :data:`AFFILIATION_SEP`."""
    return Text.join(parts, sep=Text.inserted(AFFILIATION_SEP))


def affiliation_parts(affiliation: Text) -> list[Text]:
    """An affiliation cut where :func:`joined_affiliations` joined it (at an inserted ``"; "``, never at one the
    source prints).

    >>> [t.text for t in affiliation_parts(joined_affiliations([Text.from_raw("Oslo; Norway", 1), Text.from_raw("Lund", 2)]))]
    ['Oslo; Norway', 'Lund']
    """
    parts, start, n = [], 0, len(AFFILIATION_SEP)
    for i in range(len(affiliation.text) - n + 1):
        if affiliation.text[i:i + n] == AFFILIATION_SEP and all(o is None for o in affiliation.origin[i:i + n]):
            parts.append(affiliation[start:i])
            start = i + n
    return parts + [affiliation[start:]]


def distinct_affiliations(affiliations: list[Text | None]) -> Text | None:
    """The authors' affiliations joined for ``speaker.affiliation``: each distinct affiliation once, in the authors'
    order, parted by an inserted ``"; "``; ``None`` without. An author with two affiliations counts each on its own,
    so an affiliation two authors share is given once (fresh-user trial 62: ``Anna Berg¹, Tomas Novak¹,²`` had given
    ``University of Bergen, Norway; University of Bergen, Norway; Czech Technical University…``); each author keeps
    their own in ``authors[]``.

    >>> bergen, prague = Text.from_raw("Bergen", 2), Text.from_raw("Prague", 3)
    >>> distinct_affiliations([bergen, joined_affiliations([bergen, prague]), None]).text
    'Bergen; Prague'
    """
    seen: dict[str, Text] = {}
    for t in affiliations:
        for part in affiliation_parts(t) if t is not None else ():
            seen.setdefault(part.text, part)
    return joined_affiliations(list(seen.values())) if seen else None


def pointed_keys(key: str, marked: dict[str, list[Text]]) -> list[str]:
    """The affiliation marks the author's mark ``key`` points to: itself, or each of its digits where the affiliation
    lines give no mark of its own but one for each digit (``¹²`` over ``¹… ²…``: :func:`with_run_marks`)."""
    if key in marked or not (len(key) > 1 and key.isdigit()) or not all(d in marked for d in key):
        return [key]
    return list(key)


def presenter_marked(speaker: Speaker) -> Speaker:
    """``speaker`` with each author's presenter mark (:data:`PRESENTER_MARKS`: ``○``, ``◯``, ``◎`` set right before
    the name, a space between or none: ``○山田 太郎¹, 佐藤 花子²``, ``◯ Ryo Sasaki``) first among its ``marks``, as
    printed: a Japanese programme's or book of abstracts' mark of the author who presents, which every reading of a
    speaker line leaves out of the name (docs/talk-json.md ``speaker.authors[]``; session 85, helper pdf85 after
    fresh-user trial 85a, whose ``○`` was in neither). A view of ``speaker.text``; an author whose name
    ``speaker.text`` does not hold, or that carries the mark already, is kept as it is.

    >>> line = Text.from_raw("○山田 太郎¹, 佐藤 花子²", 4)
    >>> sp = Speaker(line, None, line[1:6], (Author(line[1:6], (line[6:7],)), Author(line[9:14], (line[14:15],))))
    >>> [(a.name.text, [m.text for m in a.marks]) for a in presenter_marked(sp).authors]
    [('山田 太郎', ['○', '¹']), ('佐藤 花子', ['²'])]
    """
    text = speaker.text
    if text is None or not speaker.authors or not any(c in PRESENTER_MARKS for c in text.text):
        return speaker
    at = {pos: i for i, pos in enumerate(text.origin) if pos is not None}
    authors = []
    for author in speaker.authors:
        first = author.name.origin[0] if author.name.text else None
        i = at.get(first) if first is not None else None
        if i is not None:
            k = i - 1
            while k >= 0 and text.text[k] in " \u3000":
                k -= 1
            if k >= 0 and text.text[k] in PRESENTER_MARKS and not any(m.origin == text[k:k + 1].origin for m in author.marks):
                author = Author(author.name, (text[k:k + 1], *author.marks), author.affiliation)
        authors.append(author)
    return replace(speaker, authors=tuple(authors))


def resolve_affiliations(name: Text, affiliation: Text | None, lines: list[Text]) -> tuple[Author, ...]:
    """The authors of ``name`` with their affiliations: those of the ``lines`` their marks point to, else the
    shared ``affiliation``.

    >>> authors = resolve_affiliations(Text.from_raw("Anna Berg¹, Tom Lee²", 1), None,
    ...                                [Text.from_raw("¹ Northfield University", 2), Text.from_raw("² Institute of Ports", 3)])
    >>> [(a.name.text, a.affiliation.text) for a in authors]
    [('Anna Berg', 'Northfield University'), ('Tom Lee', 'Institute of Ports')]
    """
    authors = split_authors(name, glued=glued_digits(name.text, [t.text for t in lines]), twins=True)
    keys = {mark_key(m.text) for _, marks in authors for m in marks}
    marked = marked_affiliations(lines, with_run_marks(keys)) if keys else {}
    if keys and not marked:  # the marks lost on the affiliation lines: the lines (or affiliations) in the marks' order
        marked = unmarked_in_order(lines, list(keys)) \
            or (unmarked_in_order(affiliation_parts(affiliation), list(keys)) if affiliation is not None else {})
    out = []
    for person, marks in authors:
        pointed = [t for key in dict.fromkeys(k for m in marks for k in pointed_keys(mark_key(m.text), marked))
                   for t in marked.get(key, [])]
        own = joined_affiliations(pointed) if pointed else affiliation
        out.append(Author(person, marks, own))
    return tuple(out)
