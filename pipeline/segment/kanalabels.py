"""Headings numbered by a Japanese sequence label: ``ア　``/``イ　``, ``（ア）``/``(ｲ)``, ``①``/``②``.

Japanese official documents (reports, plans, notices, survey results) number their levels in a fixed order,
``第1`` → ``1`` → ``（1）`` → ``ア`` → ``（ア）`` (the order the Cabinet Office's 公用文 guidance and every
prefecture's drafting manual give), and circled numbers head the items of a short report. The heading solver
(:mod:`pipeline.numbering`) reads digits; these labels are read here. A label's line is a heading only where it
reads as one: a short phrase (no sentence's end, :func:`~pipeline.segment.sections.short_phrase` is the caller's
test) followed by a line that is not the next label of the same kind (``ア　太陽光`` / ``イ　風力`` one under the other
is a list), the labels of its kind counting up from the first (``ア``, ``イ``, ``ウ``; again from ``ア`` under the
next heading), two of them at least in the document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.listmarks import CIRCLED_NUMBERS

KANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
"""The kana a sequence label counts with, in 五十音 order (as :mod:`pipeline.segment.articles` reads a law's items)."""
_HALF_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉ"
_SP = "[ \u3000]"
_LABEL = re.compile(rf"^{_SP}*(?:(?P<circled>[{CIRCLED_NUMBERS[:20]}]){_SP}*"
                    rf"|[（(](?P<paren>[{KANA_ORDER}{_HALF_KANA}])[）)]{_SP}*"
                    rf"|(?P<kana>[{KANA_ORDER}{_HALF_KANA}])(?:{_SP}+|[．.、]{_SP}*))(?=\S)")
MAX_LABEL_TITLE = 20
"""Characters a sequence-labelled heading's title has at most: a heading is a phrase (``再生可能エネルギーの導入``);
a list's item wrapped onto the next line fills its line."""


@dataclass(frozen=True)
class SequenceLabel:
    """A line's sequence label: ``kind`` ``kana`` (``ア　``), ``paren`` (``（ア）``) or ``circled`` (``①``);
    ``ordinal`` its place in its sequence from 1; ``title_start`` where the text after it begins."""
    kind: str
    ordinal: int
    title_start: int


def sequence_label(text: str) -> SequenceLabel | None:
    """The sequence label opening ``text``, or None.

    >>> sequence_label("ア　調査対象"), sequence_label("（イ）外出の手段").ordinal, sequence_label("(ｳ) 回収").ordinal
    (SequenceLabel(kind='kana', ordinal=1, title_start=2), 2, 3)
    >>> sequence_label("③今後の要望"), sequence_label("アイデア募集"), sequence_label("ア")
    (SequenceLabel(kind='circled', ordinal=3, title_start=1), None, None)
    """
    m = _LABEL.match(text)
    if m is None:
        return None
    kind = next(k for k in ("circled", "paren", "kana") if m.group(k))
    mark = m.group(kind)
    if kind == "circled":
        ordinal = CIRCLED_NUMBERS.index(mark) + 1
    else:
        ordinal = KANA_ORDER.index(unicodedata.normalize("NFKC", mark)) + 1
    return SequenceLabel(kind, ordinal, m.end())


MAX_SKIPPED = 1
"""Labels a run of sequence headings may leave out between two of its headings (``①``, ``②``, ``④``: one)."""


_TWIN_SLASH = re.compile(r"[ \u3000]+[/／][ \u3000]+")
"""What parts a heading from its translation set after it on its line: a slash between spaces (``城山公園 /
Shiroyama Park``)."""


def own_language_half(title: str) -> str:
    """``title`` without its translation set after a slash (``城山公園 / Shiroyama Park`` → ``城山公園``): a bilingual
    leaflet's heading gives its English beside its Japanese, and only the first half is weighed as the heading's
    phrase (helper sect83: the pair had been too long for a heading, the leaflet's spots paragraphs); ``title`` as it
    is where the halves are not Japanese then English.

    >>> own_language_half("城山公園 / Shiroyama Park"), own_language_half("A / B"), own_language_half("提出書類")
    ('城山公園', 'A / B', '提出書類')
    """
    from pipeline.chardata import script_of

    halves = _TWIN_SLASH.split(title, maxsplit=1)
    if len(halves) == 2 and script_of(halves[0]) == "ja" and script_of(halves[1]) == "en":
        return halves[0]
    return title


def sequence_headings(texts: list[str], phrase) -> dict[int, SequenceLabel]:
    """Indexes of the lines in ``texts`` that are headings behind a sequence label, with their labels. ``phrase``
    tells a heading's title from a sentence (the caller's short-phrase test). A label's line heads the text under it
    where its title is a phrase of :data:`MAX_LABEL_TITLE` characters at most and the next line is text, or a label
    of another kind (its first subheading), never the next label of its own kind (a list's items); each kind's
    headings count up from its first label (``ア`` or ``①``), one label left out at most (:data:`MAX_SKIPPED`), a run
    starting again at the first; a kind with fewer
    than two such headings heads nothing.

    >>> hs = sequence_headings(["（1）方法", "ア　調査対象", "市民2,000人を抽出した。", "イ　調査期間", "7月の1か月間",
    ...                         "（ア）外出の目的", "買い物が多い。", "（イ）外出の手段", "車が多い。"], lambda s: not s.endswith("。"))
    >>> [(i, h.kind, h.ordinal) for i, h in sorted(hs.items())]
    [(1, 'kana', 1), (3, 'kana', 2), (5, 'paren', 1), (7, 'paren', 2)]
    >>> sequence_headings(["ア　太陽光", "イ　風力", "ウ　地熱", "を導入する。"], lambda s: True)  # a list's items
    {}
    >>> sequence_headings(["②保育", "text。", "③要望", "text。"], lambda s: True)  # not counting from the first
    {}
    >>> sorted(sequence_headings(["①量", "text。", "②回収", "text。", "④方針", "text。"], lambda s: True))  # ③ left out
    [0, 2, 4]
    >>> sorted(sequence_headings(["①量", "text。", "②回収", "text。", "⑤方針", "text。", "③再", "text。"], lambda s: True))
    [0, 2, 6]
    >>> sorted(sequence_headings(["①　大手門", "① Otemon Gate", "正門です。", "②　天守", "② Castle Keep", "国宝です。"], lambda s: True))
    [0, 3]

``⑤`` after ``②`` leaves two labels out: no heading of the run (``③`` after it is).
    """
    from pipeline.numbering import parallel

    labels = {i: lab for i, t in enumerate(texts) if (lab := sequence_label(t)) is not None}
    # a label given again right under itself in the other language (``①　大手門`` / ``① Otemon Gate``, a bilingual
    # guide's stop): one heading in two languages, the translation its section's first line (sections.translated_twins)
    twins = {i + 1 for i, lab in labels.items() if (nxt := labels.get(i + 1)) is not None and nxt.kind == lab.kind
             and nxt.ordinal == lab.ordinal and parallel(texts[i + 1], texts[i])}
    found: dict[int, SequenceLabel] = {}
    last: dict[str, int] = {}  # each kind's last ordinal taken
    for i, lab in sorted(labels.items()):
        title = own_language_half(texts[i][lab.title_start:].strip())
        if i in twins or not title or len(title) > MAX_LABEL_TITLE or not phrase(title) or i + 1 >= len(texts):
            continue
        under = i + 2 if i + 1 in twins else i + 1
        if under >= len(texts):
            continue
        nxt = labels.get(under)
        if not texts[under].strip() or (nxt is not None and nxt.kind == lab.kind):
            continue  # the next label of its own kind right under it: a list
        # counting on from the kind's last heading, one label left out at most (a short summary's ``①``, ``②``,
        # ``④``: a heading dropped in editing leaves its gap, and ``④`` is still the next heading, never ``②``'s text)
        if lab.ordinal != 1 and not (last.get(lab.kind, lab.ordinal) < lab.ordinal <= last.get(lab.kind, 0) + 1 + MAX_SKIPPED):
            continue
        found[i] = lab
        last[lab.kind] = lab.ordinal
    counts: dict[str, int] = {}
    for lab in found.values():
        counts[lab.kind] = counts.get(lab.kind, 0) + 1
    heads = {i: lab for i, lab in found.items() if counts[lab.kind] >= 2}
    heads.update(_rungs_alike(texts, labels, heads, phrase))
    return heads


_NOTE_AT_END = re.compile(r"[（(][^（）()]*[）)]$")


def _rungs_alike(texts: list[str], labels: dict[int, SequenceLabel], heads: dict[int, SequenceLabel],
                 phrase) -> dict[int, SequenceLabel]:
    """Labels of a kind that heads text elsewhere in the document (``heads``), one right under the other and counting
    from the first (``ア``, ``イ`` under a last ``（3）`` with nothing under them), each title a phrase: the same rung
    of the document's ladder, headings as their kind's others are, not a list's items. Why (helper rev74, fresh-user
    trial 74c): a drill plan's ``（3）救出救助訓練`` / ``ア　倒壊家屋からの救出訓練（…）`` / ``イ　応急救護訓練（…）``
    had been paragraphs where ``（1）`` and ``（2）``'s ``ア``, ``イ`` were headings. A kind heading nothing
    elsewhere keeps its lines one under the other as a list (``ア　太陽光`` / ``イ　風力``)."""
    kinds = {lab.kind for lab in heads.values()}
    out: dict[int, SequenceLabel] = {}
    for i, lab in sorted(labels.items()):
        if i in heads or lab.kind not in kinds or lab.ordinal != 1 or labels.get(i + 1) is None \
                or labels[i + 1].kind != lab.kind:
            continue
        run = [i]
        while (nxt := labels.get(run[-1] + 1)) is not None and nxt.kind == lab.kind and nxt.ordinal == len(run) + 1:
            run.append(run[-1] + 1)
        # (a bracketed note closing a title, who takes part: ``倒壊家屋からの救出訓練（消防本部、消防団）``, is no part
        # of its length)
        if all(k not in heads and 0 < len(t := _NOTE_AT_END.sub("", texts[k][labels[k].title_start:].strip()))
               <= MAX_LABEL_TITLE and phrase(t) for k in run):
            out.update({k: labels[k] for k in run})
    return out


_DIVISION = re.compile(rf"^第([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})([\u3000 ])(?=\S)")
"""``第1　計画の基本的事項``: the top level of the 公用文 ladder, ``第N`` with no 章 after it, a space before its title."""
_COUNTED = re.compile("(?!目的|目標|期間|期限|日時|日程|区域|区分|部分|部門|種類|番号|位置|年齢|月額|日常)"
                      "[回位号条項期次部編章節款目日月年週条区番種類級]")
"""What follows ``第N`` where it counts something (``第2 期``, ``第1 回``): no division's title opens so. A word that
opens on a counter's letter (``第1　目的``, ``第4　期間``, ``第5　区域``) counts nothing: a 要綱's first division is
titled ``目的`` (issue 16 point 2, helper judg69: a 要綱's ``第1　目的`` had kept the divisions from being read)."""


def divisions_as_chapters(texts: list[str], phrase) -> dict[int, str]:
    """The lines of ``texts`` that head the 公用文 ladder's top level (``第1　計画の基本的事項``), each spelled as the
    heading solver reads a chapter (``第1章計画の基本的事項``, one character for the space: the title keeps its
    offset), so that ``1　…`` under it counts its sections (``1.1``) as under ``第1章``. Only where two such lines
    or more count 1, 2, … in the document's order, each title a phrase (``phrase``, the caller's test) that counts
    nothing (``第2 期計画``), and nothing in the document is numbered ``第N章`` itself.

    >>> divisions_as_chapters(["第1　計画の基本的事項", "1　趣旨", "本文。", "第2　施策の展開", "1　脱炭素"], lambda s: True)
    {0: '第1章計画の基本的事項', 3: '第2章施策の展開'}
    >>> divisions_as_chapters(["第1　計画の基本的事項", "本文。"], lambda s: True)  # one alone
    {}
    >>> divisions_as_chapters(["第1 回の会議", "本文。", "第2 回の会議", "本文。"], lambda s: True)  # counting
    {}
    """
    if any(re.match(r"第\s?\S{1,3}\s?章", t) for t in texts):
        return {}
    found: dict[int, str] = {}
    for i, t in enumerate(texts):
        m = _DIVISION.match(t)
        if m is None:
            continue
        title = t[m.end():].strip()
        if _COUNTED.match(title) or not phrase(title):
            continue
        found[i] = t[:m.start(2)] + "章" + t[m.end(2):]
    numbers = [_division_number(texts[i]) for i in sorted(found)]
    if len(found) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return {}
    return found


def _division_number(text: str) -> int | None:
    from pipeline.numbering import fold, kanji_number

    n = _DIVISION.match(text).group(1)
    return int(fold(n)) if fold(n).isdigit() else kanji_number(n)


_MOTION = re.compile(rf"^(?:第([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})号(?:議案|報告)|議案{_SP}?第([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})号"
                     rf"|報告事項{_SP}?([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}))(?={_SP}|$)")
"""A general meeting's item of business opening its line: ``第1号議案``, ``議案第3号`` (or ``議案　第3号``, a space
after the label: session 84, helper soukai84, fresh-user trial 84b's 町内会 総会資料), ``第2号報告``, ``報告事項1``, then
a space before its title or the line's end (``第3号議案の可決により…`` is a sentence naming a motion)."""


def motion_line(text: str) -> bool:
    """A line opening on a general meeting's item of business (:data:`_MOTION`: ``第1号議案　…``, ``議案第2号　…``).

    >>> motion_line("　第1号議案　令和6年度 事業報告"), motion_line("第3号議案の可決により"), motion_line("第12巻第3号")
    (True, False, False)
    """
    return _MOTION.match(text.strip(" \u3000\t")) is not None


def motions_as_chapters(texts: list[str], phrase) -> dict[int, str]:
    """The lines of ``texts`` that head a general meeting's items of business (``第1号議案　第27期事業報告…``,
    ``議案第2号　…``, ``報告事項1　…``: :data:`_MOTION`), each spelled as the heading solver reads a chapter, the
    label's letters kept in number (``第1章　　　第27期事業報告…``: the title keeps its offset), so that each motion is a
    level-1 section numbered as the motion and its ``（1）`` items sections under it. Only where two motions or more
    of one kind count 1, 2, … in the document's order, each title (where the line has one) a phrase (``phrase``,
    the caller's test), and nothing in the document is numbered ``第N章`` itself.

    Why (issue 16 point 2, fresh-user trial 78's 管理組合 総会議案書): the motions had been no headings (two in the
    front, two paragraphs) while the ``（1）`` … ``（3）`` items under 第2号議案 became level-1 sections 1–3 that swallowed
    the rest of the document. A meeting's papers number their motions this way (区分所有法 meetings, 自治会, councils'
    ``議案第N号``); a sentence naming a motion (``第3号議案の可決…``) has no space after the label and is no heading.

    >>> motions_as_chapters(["第1号議案　決算報告承認の件", "本文。", "第2号議案　予算案承認の件", "（1）外壁調査"], lambda s: True)
    {0: '第1章　　　決算報告承認の件', 2: '第2章　　　予算案承認の件'}
    >>> motions_as_chapters(["第1号議案　決算報告承認の件", "本文。"], lambda s: True)  # one alone
    {}
    >>> motions_as_chapters(["第2号議案　予算の件", "本文。", "第1号議案　決算の件"], lambda s: True)  # out of order
    {}
    >>> motions_as_chapters(["3. 議事", "第1号議案　決算の件", "承認された。", "第2号議案　予算の件"], lambda s: True)  # an item's
    {}
    """
    from pipeline.numbering import explicit_number, fold, kanji_number
    from pipeline.segment.labels import numbered_agenda_label

    if any(re.match(r"第\s?\S{1,3}\s?章", t) for t in texts):
        return {}
    kinds: dict[int, dict[int, tuple[int, str]]] = {}
    for i, t in enumerate(texts):
        m = _MOTION.match(t)
        if m is None:
            continue
        title = t[m.end():].strip()
        if title and not phrase(title):
            continue
        kind = next(k for k in (1, 2, 3) if m.group(k) is not None)
        n = fold(m.group(kind))
        value = int(n) if n.isdigit() else kanji_number(n)
        label = f"第{n}章"
        kinds.setdefault(kind, {})[i] = (value, label + "\u3000" * (m.end() - len(label)) + t[m.end():])
    found: dict[int, str] = {}
    for kind, lines in kinds.items():
        heads = _motions_heading(lines)
        if len(heads) >= 2 and any(b != a + 1 for a, b in zip(heads, heads[1:])):
            found.update((i, lines[i][1]) for i in heads)
    # motions listed under a numbered item (``３．議題`` / ``第１号議案　…``, a notice's agenda under ``記``; minutes'
    # ``3. 議事`` over them) are that item's lines: the document's numbering is above them, they head nothing. The
    # item they stand under is the nearest numbered line above the first; a record's numbered particulars over them
    # (``５．議事録署名人　…``), or an agenda's item closing it (``６　閉会のことば``), is no agenda's label
    # (session 81, helper minutes81: a shopping street's minutes had lost its motions' headings to its particulars)
    if found:
        above = next((t for t in reversed(texts[:min(found)]) if explicit_number(t) is not None), None)
        if above is not None and numbered_agenda_label(above):
            return {}
    return found


def _motions_heading(lines: dict[int, tuple[int, str]]) -> list[int]:
    """The indices among one kind's motions (index → (number, line)) that head the papers' parts: all of them where
    they count 1, 2, … in order; else those from the last ``1`` on, where they count 1, 2, … and every motion before
    them stands in a list of adjacent lines (an agenda naming them, ``５　議事`` / ``　第１号議案　…`` / ``　第２号議案
    …``, before the papers that head each: fresh-user trial 80a's PTA papers). Else none.

    >>> _motions_heading({0: (1, "a"), 3: (2, "b")}), _motions_heading({0: (1, "a"), 1: (2, "b"), 5: (1, "a"), 8: (2, "b")})
    ([0, 3], [5, 8])
    >>> _motions_heading({0: (1, "a"), 4: (2, "b"), 5: (1, "a"), 8: (2, "b")}), _motions_heading({0: (2, "a"), 3: (1, "b")})
    ([], [])
    """
    order = sorted(lines)
    values = [lines[i][0] for i in order]
    if values == list(range(1, len(order) + 1)):
        return order
    start = max((k for k, v in enumerate(values) if v == 1), default=0)
    listed = order[:start]
    if start and len(order) - start >= 2 and values[start:] == list(range(1, len(order) - start + 1)) \
            and all(b == a + 1 for a, b in zip(listed, listed[1:])):
        return order[start:]
    return []


_PART = re.compile(rf"^{_SP}*(?P<letter>[A-Z])(?:[.．]{_SP}*|{_SP}+)(?=\S)")
"""A part's letter label opening its line: a capital (a full-width ``Ａ`` is one once cleaned) and a full stop or a
space, its title after it (``A　対象となる宅地又は建物に関する事項``, ``B.　取引条件に関する事項``)."""


def parts_as_chapters(texts: list[str], phrase) -> dict[int, tuple[str, int]]:
    """The lines of ``texts`` that head a Japanese document's lettered parts (``A　対象となる宅地又は建物に関する事項``
    / ``１　登記記録に記録された事項`` … / ``B　取引条件に関する事項``: a 重要事項説明書 sets its two parts so, as forms and
    reports do; or ``（ア）　…`` / ``ア．…`` where the digits' items count from 1 again under each and stand under none
    before the first, the 公用文 order's ``ア`` under ``1`` turned over), index → (the line spelled as the heading solver reads a chapter, ``第1章`` then the title, and where
    the title starts on the line). The numbered items under each part are then its subsections (``1.1``).

    Only where the parts count A, B, … from A in the document's order (two at least), no two on adjacent lines (``A　優``
    / ``B　良`` one under the other is a list or a table's rows), each title a phrase (``phrase``, the caller's test)
    of two characters or more with a Japanese letter in it, no tab in the line (a table's cells), and nothing in the
    document is numbered ``第N章`` itself. A sentence opening on a letter (``Aさんは、…``) has no space or stop after it.

    Why (issue 16 point 2, fresh-user trial 83c's 重要事項説明書): ``Ａ　…`` / ``Ｂ　…`` had been front and a paragraph,
    and the numbered items of both parts one run of level-1 sections numbered 1–3 twice.

    >>> parts_as_chapters(["A　対象となる物件", "1　登記記録", "所在地", "B　取引条件", "1　手付金"], lambda s: True)
    {0: ('第1章象となる物件', 2), 3: ('第2章引条件', 2)}
    >>> parts_as_chapters(["評価　基準", "A　優れている", "B　良好である", "C　可"], lambda s: True)  # adjacent: a list
    {}
    >>> parts_as_chapters(["Aさんは合格した。", "B　取引条件", "本文。"], lambda s: True), parts_as_chapters(["A. Scope", "x", "B. Terms"], lambda s: True)
    ({}, {})
    >>> parts_as_chapters(["（ア）　対象物件", "１　登記", "本文。", "（イ）　取引条件", "１　手付金"], lambda s: True)
    {0: ('第1章\u3000対象物件', 4), 3: ('第2章\u3000取引条件', 4)}
    >>> parts_as_chapters(["１　調査", "ア　調査対象", "本文。", "イ　調査期間", "本文。"], lambda s: True)  # ア under 1
    {}
    """
    if any(re.match(r"第\s?\S{1,3}\s?章", t) for t in texts):
        return {}
    letters = {i: (ord(m.group("letter")) - ord("A") + 1, m.end()) for i, t in enumerate(texts)
               if (m := _PART.match(t)) is not None}
    found = _parts(texts, letters, phrase)
    if found:
        return found
    # kana labels as the top level (``（ア）　対象となる建物`` / ``１　…`` / ``（イ）　取引条件`` / ``１　…``): only where the
    # digits' items count again from 1 under each, none before the first (the 公用文 order sets ``ア`` under ``1``)
    kana = {i: (lab.ordinal, lab.title_start) for i, t in enumerate(texts)
            if (lab := sequence_label(t)) is not None and lab.kind != "circled"}
    found = _parts(texts, kana, phrase)
    order = sorted(found)
    if not found or any(_FIRST_ITEM.match(t) for t in texts[:order[0]]) \
            or not all(any(_FIRST_ITEM.match(t) for t in texts[a + 1:b]) for a, b in zip(order, order[1:] + [len(texts)])):
        return {}
    return found


_FIRST_ITEM = re.compile(rf"^{_SP}*[1１](?:{_SP}+|[.．、]{_SP}*)(?=\S)")
"""A digit-numbered item ``1`` opening its line (``１　登記記録に記録された事項``, ``1. …``)."""


def _parts(texts: list[str], labels: dict[int, tuple[int, int]], phrase) -> dict[int, tuple[str, int]]:
    """:func:`parts_as_chapters`' reading of ``labels`` (line index → (ordinal, where the title starts)): the lines
    whose title is a phrase, when they count 1, 2, … in order, two at least, none right under another."""
    from pipeline.chardata import has_japanese

    found: dict[int, tuple[str, int]] = {}
    ordinals = []
    for i, (ordinal, start) in sorted(labels.items()):
        t = texts[i]
        title = t[start:].strip()
        if "\t" in t or len(title) < 2 or not has_japanese(title) or not phrase(title):
            continue
        label = f"第{ordinal}章"
        # spelled to the line's length (the caller reads a heading whose spelling keeps its length as whole); ``A　`` is
        # shorter than ``第1章``: the title's first character gives way there, and the caller takes the title from the
        # line at the offset given
        found[i] = (label + "\u3000" * max(0, start - len(label)) + t[max(start, len(label)):], start)
        ordinals.append(ordinal)
    order = sorted(found)
    if len(order) < 2 or ordinals != list(range(1, len(order) + 1)) or any(b == a + 1 for a, b in zip(order, order[1:])):
        return {}
    return found
