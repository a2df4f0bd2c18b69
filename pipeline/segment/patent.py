"""A Japanese patent's or utility model's documents by the tags the JPO's filing format sets on their lines.

An application to the Japan Patent Office (特許願, 実用新案登録願) and the documents filed with it (明細書, 特許請求の
範囲, 要約書, 図面) are written in the format of the Patent Act's Enforcement Regulations (特許法施行規則, 様式第26号 to
第31号), which the Office's gazettes and the applicants' text dumps keep: every part of a document opens on a tag in
lenticular brackets on a line of its own (``【技術分野】``, ``【背景技術】``, ``【符号の説明】``, ``【請求項１】``); each
document opens on ``【書類名】`` and its kind (``【書類名】明細書``); a field's tag runs into its value on one line
(``【整理番号】Ｐ２４－０３１８``, ``【氏名】…``, ``【発明の名称】折り畳み式傘立て``); and each paragraph of the
description opens under its number's tag (``【０００１】``). Read by those tags, a dump opening on ``【書類名】`` gives the
parts as sections, the invention's name as its title, the reference signs' list (``１　傘立て`` …) as paragraphs
under ``【符号の説明】`` — numbers naming a drawing's parts, no sections — and the paragraph numbers as paragraphs'
labels.
"""

from __future__ import annotations

import re

from pipeline.model import Text

DOCUMENT_NAME = "【書類名】"
"""The tag each filed document opens on, its kind after it (``【書類名】明細書``)."""
_TAG = re.compile(r"^[\s\u3000]*(?:[(（][0-9０-９]{2}[)）][\s\u3000]*)?【([^【】\s\u3000]{1,30})】[\s\u3000]*(.*?)[\s\u3000]*$")
"""A tag and its value; a gazette sets the field's INID code before it (``(54)【発明の名称】…``: WIPO ST.9's numbers)."""
GAZETTE_TAGS = frozenset({"発行国", "公報種別"})
"""The tags a JPO gazette (公開特許公報, 登録実用新案公報 …) opens its bibliographic front on (``(19)【発行国】``,
``(12)【公報種別】``)."""
GAZETTE_HEAD = 4
"""Lines a gazette's first tags stand within."""
_PARAGRAPH_NUMBER = re.compile(r"^[0-9０-９]{4,5}$")
"""A description's paragraph number inside its tag (``【０００１】``): a paragraph's label, no heading."""
_NAME_TAGS = ("発明の名称", "考案の名称")
REFERENCE_SIGNS = "符号の説明"
"""The part listing the drawings' reference signs, one a line (``１　傘立て``)."""


def tag_line(text: str) -> bool:
    """``text`` opens on a tag in the JPO's format (``【選択図】図１``, ``【実用新案登録請求の範囲】``, ``(54)【発明の名称】…``).

    >>> tag_line("【選択図】図１"), tag_line("(21)【出願番号】特願2025-1"), tag_line("本考案は【図１】に示す")
    (True, True, False)
    """
    return _tag(text) is not None


def _tag(text: str) -> tuple[str, str] | None:
    m = _TAG.match(text)
    return (m.group(1), m.group(2)) if m else None


FILED_DOCUMENTS = frozenset({
    "特許願", "実用新案登録願", "明細書", "特許請求の範囲", "実用新案登録請求の範囲", "要約書", "図面", "意見書",
    "手続補正書", "手続補正書（方式）", "誤訳訂正書", "上申書",
})
"""The documents' kinds a filing names after ``【書類名】`` (the Regulations' forms): a minutes' or report's own
``【書類名】`` tag naming something else is no filing's."""
PART_TAGS = frozenset({
    "技術分野", "背景技術", "先行技術文献", "特許文献", "非特許文献", "発明の概要", "考案の概要", "発明が解決しようとする課題",
    "考案が解決しようとする課題", "課題を解決するための手段", "発明の効果", "考案の効果", "図面の簡単な説明",
    "発明を実施するための形態", "考案を実施するための形態", "実施例", "産業上の利用可能性", "符号の説明", "配列表",
    "受託番号", "要約", "選択図", "課題", "解決手段",
})
"""The parts a description, its claims and its abstract are headed with in the format (様式第29号の2 and the
Office's notes on writing them): the tags told apart from a report's own bracketed headings."""


def is_filing(lines: list[Text]) -> bool:
    """``lines`` are a patent's or utility model's documents in the JPO's format (module docstring): they open on a
    document's name tag (``【書类名】特許願``) with two more tags alone on their lines, or hold two of the format's part
    tags (:data:`PART_TAGS`) alone on their lines (a description read from its first part on).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> is_filing(mk("【書類名】明細書", "【発明の名称】傘立て", "【技術分野】", "【０００１】", "本発明は…"))
    True
    >>> is_filing(mk("【技術分野】", "【０００１】", "本発明は…", "【背景技術】", "【０００２】", "従来…"))
    True
    >>> is_filing(mk("【書類名】議事録", "【概要】", "本日の議事は…", "【議事】")), is_filing(mk("【概要】", "【目的】", "【背景】"))
    (False, False)

    A gazette's front (公開特許公報, 登録実用新案公報), its tags after their INID codes (helper form83, trial 83b):

    >>> is_filing(mk("(19)【発行国】日本国特許庁（JP）", "(12)【公報種別】公開特許公報（A）", "(54)【発明の名称】傘立て"))
    True
    >>> name_line(mk("(19)【発行国】日本国特許庁（JP）", "(12)【公報種別】登録実用新案公報（U）", "(54)【考案の名称】傘立て"))
    2
    """
    head = [tag[0] for t in [t for t in lines if t.text.strip()][:GAZETTE_HEAD] if (tag := _tag(t.text)) is not None]
    if len(GAZETTE_TAGS.intersection(head)) == len(GAZETTE_TAGS):
        # a published gazette: its front's bibliographic tags, each after its INID code (fresh-user trial 83b)
        return True
    alone = [tag[0] for t in lines if (tag := _tag(t.text)) is not None and not tag[1]]
    if sum(1 for name in alone if name in PART_TAGS) >= 2:
        return True
    first = next((t for t in lines if t.text.strip()), None)
    tag = _tag(first.text) if first is not None else None
    return tag is not None and tag[0] == DOCUMENT_NAME[1:-1] and tag[1] in FILED_DOCUMENTS and len(alone) >= 2


def name_line(lines: list[Text]) -> int | None:
    """The index of the invention's (or device's) name under its tag (``【発明の名称】折り畳み式傘立て``) in a filing
    (:func:`is_filing`), else ``None``: its title (the tag is its label, :func:`~.labels.title_label_end`)."""
    if not is_filing(lines):
        return None
    return next((i for i, t in enumerate(lines) if (tag := _tag(t.text)) is not None and tag[0] in _NAME_TAGS and tag[1]),
                None)


_INID = re.compile(r"^[\s\u3000]*[(（][0-9０-９]{2}[)）][\s\u3000]*【")
"""A gazette's field line opening on its INID code before the tag (``(21)【出願番号】…``: WIPO ST.9's numbers)."""
MIN_INID_LINES = 2
"""Lines opening on an INID code a gazette's front shows at least (:func:`gazette_front`)."""
_FRONT_ENDS = frozenset({"要約", "特許請求の範囲", "実用新案登録請求の範囲", "書類名"})
"""The tags that close a gazette's bibliographic front: its abstract (``(57)【要約】``), its claims, a document's name."""


def gazette_front(lines: list[Text]) -> set[int]:
    """The lines of a JPO gazette's bibliographic front (公開特許公報, 登録実用新案公報): from the first line to the line
    before its abstract's tag, its claims' or a document's name (:data:`_FRONT_ENDS`), where :data:`MIN_INID_LINES` of
    them or more open on an INID code (``(21)【出願番号】…``, ``(22)【出願日】…``, ``(51)【国際特許分類】`` with its
    classes under it, ``(71)【出願人】`` with its ``【氏名又は名称】`` under it): one front block of fields, none a section.
    The codes are WIPO ST.9's numbers for a field, no section's number, and a field's tag alone over its value (the
    applicant's) heads no part. Empty for any other text. Decision (issue 16 point 2, helper speak84 after form83 and
    fresh-user trial 83b: each coded field had been a section, ``(21)`` read as its number).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(gazette_front(mk("(51)【国際特許分類】", "　B62H　3/00", "(21)【出願番号】特願2025-1", "(71)【出願人】",
    ...                         "【氏名又は名称】緑工業", "(57)【要約】", "【課題】…")))
    [0, 1, 2, 3, 4]
    >>> gazette_front(mk("【技術分野】", "(21)の装置は…", "【背景技術】"))
    set()
    """
    end = next((i for i, t in enumerate(lines) if (tag := _tag(t.text)) is not None and tag[0] in _FRONT_ENDS), None)
    if end is None:
        return set()
    if sum(1 for t in lines[:end] if _INID.match(t.text)) < MIN_INID_LINES:
        return set()
    return set(range(end))


def filing_headings(lines: list[Text]) -> dict[int, tuple[int, int, int]]:
    """A filing's headings (:func:`is_filing`; else empty): line index → ``(start, end, level)``, where the heading's
    words stand in the line's text and its level — each document's name after ``【書類名】`` (level 1: ``明細書``,
    ``特許請求の範囲``), each tag alone on its line (``【技術分野】``, ``【請求項１】``: level 2 under a document's name,
    level 1 before any), but a paragraph's number (``【０００１】``).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("【書類名】明細書", "【発明の名称】傘立て", "【技術分野】", "【０００１】", "本発明は…", "【書類名】要約書")
    >>> filing_headings(doc)
    {0: (5, 8, 1), 2: (1, 5, 2), 5: (5, 8, 1)}
    """
    if not is_filing(lines):
        return {}
    out: dict[int, tuple[int, int, int]] = {}
    under_document = False  # a document's name heads the tags after it; a description read from its first part has none
    for i, t in enumerate(lines):
        tag = _tag(t.text)
        if tag is None:
            continue
        name, value = tag
        if name == DOCUMENT_NAME[1:-1] and value:
            start = t.text.index(value)
            out[i] = (start, start + len(value), 1)
            under_document = True
        elif not value and not _PARAGRAPH_NUMBER.match(name):
            start = t.text.index(name)
            out[i] = (start, start + len(name), 2 if under_document else 1)
    return out


def reference_sign_rows(lines: list[Text]) -> set[int]:
    """The lines of a filing's reference-signs part (:data:`REFERENCE_SIGNS`: from ``【符号の説明】`` to the next tag):
    each a sign and the part it names (``１　傘立て``), rows of a list, never numbered headings.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(reference_sign_rows(mk("【書類名】明細書", "【技術分野】", "【符号の説明】", "【００１１】", "１　傘立て", "２　底板",
    ...                               "【書類名】特許請求の範囲")))
    [4, 5]
    """
    if not is_filing(lines):
        return set()
    rows: set[int] = set()
    inside = False
    for i, t in enumerate(lines):
        tag = _tag(t.text)
        if tag is not None and not _PARAGRAPH_NUMBER.match(tag[0]):
            inside = tag[0] == REFERENCE_SIGNS and not tag[1]
        elif inside and tag is None and t.text.strip():
            rows.add(i)
    return rows
