"""Old character forms (旧字体): a document that writes them has its kanji fills offered in both forms.

A text written before the 1946 reform, or reprinted as it was (historical fiction, a period document), writes the old
forms of the kanji the Jōyō table simplified: 氣, 學, 國, 來, 聲, 與. The character model and the lexicon were counted
from modern text and propose only the new forms, so such a document's ``(cid:1873)`` (氣 at three places: 気の毒,
気配, 気が付く) was committed 気 at 0.9987 (fresh-user trial 82b): a form the document never writes. Where the
document writes old forms (:func:`writes_old_forms`), each candidate whose kanji has an old form is offered in its old
form too (first, at the same score: the model cannot tell the two apart; the document's own usage prefers the old),
and a fill in a new form that has an old one is never committed (:func:`in_written_forms`): the gap is held.

The pairs are the official ones (the Jōyō Kanji table's 康熙字典体 and the Jinmeiyō list's), packaged in
``pipeline/data/ja_old_forms.tsv`` by ``bench/build_old_forms.py`` (from kyujipy's data, MIT).

Why held rather than committed in the old form: no benchmark measures fills in old forms, and a modernised reprint
may mix both forms; the reader sees both, the document's first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from pipeline.chardata import HIRAGANA, KANJI, KATAKANA
from pipeline.datafiles import tsv_rows
from pipeline.model import Candidate, Evidence, Repair

FORMS_FILE = "ja_old_forms.tsv"
MIN_OLD_FORMS = 3
"""Distinct old forms a document must write outside proper nouns before it is read as writing old forms: a modern
text may quote one title (「學問のすゝめ」) or name a firm (國學院); three kanji of a quotation rarely stand alone."""
MIN_OLD_SHARE = 0.5
"""The share of old forms among the paired kanji a document writes outside proper nouns (old over old and new): a
modern essay quoting a period title writes the new forms of the same kanji far more often."""
MIN_KANA_SHARE = 0.1
"""The share of kana among a document's Japanese letters (kana and kanji) below which it is read as Chinese, whose
traditional characters are no old forms (the regression corpus's traditional Chinese documents write none; a
Japanese text in old forms writes kana in every sentence: the story of tests/data/old83 half its letters)."""
_KANA = re.compile(f"[{HIRAGANA}{KATAKANA}]")
_KANJI = re.compile(f"[{KANJI}]")
_PROPER_NOUN = "固有名詞"
OPEN_ROW = "open: "  # (as pipeline.restore.OPEN_ROW: an open gap's row says why)


@functools.cache
def pairs() -> dict[str, str]:
    """New form → old form, one kanji each (``pipeline/data/ja_old_forms.tsv``).

    >>> pairs()["気"], pairs()["学"], "美" in pairs()
    ('氣', '學', False)

    Raises :class:`PipelineError` where the packaged file cannot be read.
    """
    return {new: old for new, old in tsv_rows(FORMS_FILE, "bench/build_old_forms.py")}


@functools.cache
def _old_to_new() -> dict[str, str]:
    return {old: new for new, old in pairs().items()}


@functools.lru_cache(maxsize=8)
def writes_old_forms(text: str) -> tuple[str, ...]:
    """The old forms ``text`` writes outside proper nouns, in order of first use, where it writes old forms
    (:data:`MIN_OLD_FORMS` distinct ones at least, and at least :data:`MIN_OLD_SHARE` of its paired kanji); else ``()``.

    Proper nouns (Sudachi's 固有名詞: a person's, a place's, a firm's name) keep the forms their bearers chose
    (廣澤 眞一 in a modern notice), so they are not counted; only lines holding an old form are tokenized.

    >>> writes_old_forms("兵衞は學校を出てから、國の役所に勤めてゐた。聲は昔と變らなかつた。")
    ('學', '國', '聲', '變')
    >>> writes_old_forms("講師：廣澤 眞一（郷土史家）の講演。演題は國學と現代、学校で。")
    ()
    >>> writes_old_forms("臺灣的經濟與國際貿易發展")  # Chinese: no kana
    ()
    """
    back = _old_to_new()
    if len({c for c in text if c in back}) < MIN_OLD_FORMS:
        return ()
    kana = len(_KANA.findall(text))
    if kana < MIN_KANA_SHARE * (kana + len(_KANJI.findall(text))):
        # a Chinese text writes traditional forms and hardly any kana: its forms are its language's (台 stands
        # beside 臺 in Taiwan's usage), not a Japanese document's period
        return ()
    from pipeline import sudachi

    tokenizer = sudachi.tokenizer()
    old: list[str] = []
    old_count = new_count = 0
    forms = pairs()
    for line in text.splitlines():
        if not any(c in back for c in line):
            new_count += sum(c in forms for c in line)
            continue
        for piece in re.split(r"[\ufffd]+", line):  # (a lost glyph is no letter Sudachi should join into a word)
            if not piece:
                continue
            for m in tokenizer.tokenize(piece):
                if _PROPER_NOUN in m.part_of_speech():
                    continue
                for c in m.surface():
                    if c in back:
                        old_count += 1
                        if c not in old:
                            old.append(c)
                    elif c in forms:
                        new_count += 1
    if len(old) < MIN_OLD_FORMS or old_count < MIN_OLD_SHARE * (old_count + new_count):
        return ()
    return tuple(old)


def old_form(fill: str) -> str:
    """``fill`` with each kanji that has an old form written in it (``気配`` → ``氣配``; ``美`` unchanged)."""
    forms = pairs()
    return "".join(forms.get(c, c) for c in fill)


def in_written_forms(r: Repair, written: tuple[str, ...]) -> Repair:
    """``r`` read in a document that writes the old forms ``written`` (:func:`writes_old_forms`; ``()``: ``r``
    unchanged): each candidate with a kanji that has an old form is offered in its old form first, at its score, and
    a committed fill in a new form that has an old one is held (``ambiguous``), its evidence saying why.

    >>> r = Repair(4, 35, "\\ufffd", "気", "restored", 0.97, (Candidate("気", 0.99), Candidate("手", 0.01)), ())
    >>> held = in_written_forms(r, ("學", "國", "聲"))
    >>> str(held.status), held.restored, [c.text for c in held.candidates]
    ('ambiguous', None, ['氣', '気', '手'])
    >>> in_written_forms(r, ()) is r
    True
    """
    if not written or not r.candidates:
        return r
    forms = pairs()
    candidates: list[Candidate] = []
    seen = {c.text for c in r.candidates}
    for c in r.candidates:
        old = old_form(c.text)
        if old != c.text and old not in seen:
            candidates.append(Candidate(old, c.score))
            seen.add(old)
        candidates.append(c)
    committed_new = r.restored is not None and any(ch in forms for ch in r.restored)
    if len(candidates) == len(r.candidates) and not committed_new:
        return r
    shown = "、".join(written[:6])
    if committed_new:
        detail = (f"{OPEN_ROW}the document writes old character forms (旧字体: {shown}), and {r.restored}'s kanji has "
                  f"an old form: {old_form(r.restored)} offered beside it, never committed in the new form")
        return replace(r, restored=None, status="ambiguous", candidates=tuple(candidates),
                       evidence=r.evidence + (Evidence("lexicon", detail),))
    detail = (f"the document writes old character forms (旧字体: {shown}): each fill's old form offered beside it")
    return replace(r, candidates=tuple(candidates), evidence=r.evidence + (Evidence("lexicon", detail),))
