"""Tense at the end of a predicate: a lost る or た that nothing in its sentence decides.

``眺め\ufffd。`` reads as 眺める。 and as 眺めた。, ``減ってい\ufffd。`` as 減っている。 and
減っていた。: both complete the predicate, and which tense the writer chose
is not in the characters around the gap. A character model counted from
running text prefers the tense its text used most (documentation: the
present), so its confidence says nothing here. Only the sentence can decide:
a time word in it (昨日, 当時 → た; 明日, 毎日 → る). Without one, the gap
stays ambiguous with both fills listed.

Which fills complete a predicate is Sudachi's reading of the filled
sentence end: た as an auxiliary after a verb's continuative form, る as the
end of a verb or auxiliary in its terminal form.
"""

from __future__ import annotations

import re

from pipeline.restore import resources
from pipeline.restore.evidence.base import Site

ENDINGS = (("ました", "ます"), ("でした", "です"), ("た", "る"))
"""A predicate's ending in the past and in the present: plain (眺めた / 眺める) and polite (行きました / 行きます,
静かでした / 静かです). A polite pair differs in length by one character, so it is the same gap only where the
gap lost the sentence's full stop as well (``行き\ufffd\ufffd\ufffd`` is 行きました or 行きます。)."""
SENTENCE_END = "。．！？!?」』）)"
FULL_STOP = "。"
PAST = ("昨日", "昨年", "去年", "先週", "先月", "先日", "当時", "かつて", "以前", "昔", "前年", "今朝", "年前", "日前",
        "さっき", "その頃", "そのころ")
"""Time words that put a sentence's predicate in the past."""
NON_PAST = ("明日", "来年", "来月", "来週", "今後", "将来", "毎日", "毎年", "毎朝", "毎週", "いつも", "常に", "通常",
            "普段", "一般に", "これから", "今度", "後日")
"""Time words that put it in the present or future (or make it a habit)."""
WINDOW = 8


def _sentence(site: Site) -> str:
    left = re.split("[。．！？!?\n]", site.left)[-1]
    right = re.split("[。．！？!?\n]", site.right)[0]
    return left + right


def decided(site: Site, fill: str) -> bool | None:
    """What the sentence's time words say of ``fill`` (ending in る or た): True (they agree), False (they say the
    other tense), None (no time word, or both kinds).

    >>> decided(Site("昨日は庭を眺め\\ufffd。", 7, 8), "た"), decided(Site("庭を眺め\\ufffd。", 4, 5), "る")
    (True, None)
    """
    sentence = _sentence(site)
    past = any(w in sentence for w in PAST)
    non_past = any(w in sentence for w in NON_PAST)
    if past == non_past:
        return None
    return past == (fill.rstrip(FULL_STOP)[-1:] == "た")


def _predicate(site: Site, fill: str, last: int) -> int | None:
    """Where the verb (or auxiliary) whose ending is ``fill[:last + 1]`` starts, in Sudachi's reading of the filled
    sentence end, or None when that ending completes no predicate there: た must be the auxiliary after a verb's
    or auxiliary's continuative form (the start of that form is returned: 眺め|た, 行き|まし|た → まし), る or
    ます / です the end of a verb or auxiliary in its terminal form (its start). The two tenses of one predicate
    start at the same place (眺め|た, 眺める; まし|た, ます); `でし|た` beside `で|しる` (a verb 知る of its own) is no
    pair."""
    left = site.left[-WINDOW:]
    text = left + fill + site.right[:2]
    last = len(left) + last
    previous = None
    for m in resources.tokenizer().tokenize(text):
        if m.begin() <= last < m.end():
            pos = m.part_of_speech()
            if m.end() != last + 1 or pos[0] not in ("動詞", "助動詞"):
                return None
            if text[last] == "た":
                ok = pos[0] == "助動詞" and m.surface() == "た" and previous is not None \
                    and previous.part_of_speech()[0] in ("動詞", "助動詞") \
                    and previous.part_of_speech()[5].startswith("連用形")
                return previous.begin() if ok else None
            return m.begin() if pos[5].startswith("終止形") and len(m.surface()) > 1 else None
        previous = m
    return None


def other_tense(fill: str, site: Site) -> str | None:
    """The same predicate in the other tense, in the gap's length, or None (:data:`ENDINGS`). The predicate ends
    the sentence: at the gap's end before a sentence end (or the line's end), or before a full stop the gap lost
    too (only a polite pair trades the full stop for a letter).

    >>> s = Site("駅まで行き\ufffd\ufffd\ufffd今日も", 5, 8)
    >>> other_tense("ました", s), other_tense("ます。", s), other_tense("る", Site("眺め\ufffd。", 2, 3))
    ('ます。', 'ました', 'た')
    >>> other_tense("ます", Site("行き\ufffd\ufffd。", 2, 4)) is None  # 行きました needs a third glyph
    True
    >>> other_tense("る", Site("眺め\ufffdのが", 2, 3)) is None  # no sentence ends here
    True
    """
    core = fill[:-1] if fill[-1:] == FULL_STOP else fill
    stop = fill[len(core):]
    ends = bool(stop) or not site.right[:1] or site.right[0] in SENTENCE_END
    for past, present in ENDINGS:
        for this, that in ((past, present), (present, past)):
            if not core or not core.endswith(this):
                continue
            other = core[:-len(this)] + that
            if len(other) + len(stop) == len(fill):
                return other + stop if ends else None
            if len(other) == len(fill) and stop:  # the past takes the place of the lost full stop
                return other
            if len(other) + 1 == len(fill) and not stop and site.right[:1] not in tuple(SENTENCE_END):
                return other + FULL_STOP  # ... and the present leaves room for it
            return None
    return None


def rival(site: Site, fill: str, fills) -> str | None:
    """The fill of the other tense, when ``fill`` and it complete the predicate that ends a sentence at the gap
    and no time word of the sentence decides for ``fill``; else None. A rival of the same letters but the
    ending (る/た) must be among ``fills`` too; a polite one that trades a lost full stop for a letter
    (ます。/ました) is no fill a provider proposes, and Sudachi's reading alone says it completes the predicate.

    >>> rival(Site("少年は庭を眺め\ufffd。", 7, 8), "る", {"る", "た", "す"})
    'た'
    >>> rival(Site("昨日、少年は庭を眺め\ufffd。", 10, 11), "た", {"る", "た"}) is None
    True
    >>> rival(Site("会議を開催す\ufffd。", 6, 7), "る", {"る", "た"}) is None  # 開催すた is no predicate
    True
    >>> rival(Site("保存できませんでし\ufffd。", 9, 10), "た", {"る", "た"}) is None  # でしる is no predicate
    True
    >>> rival(Site("少年は駅まで行き\ufffd\ufffd\ufffd母は家にいる。", 8, 11), "ました", {"ました"})
    'ます。'
    """
    if not fill or site.script != "ja":
        return None
    other = other_tense(fill, site)
    if other is None or (len(other.rstrip(FULL_STOP)) == len(fill.rstrip(FULL_STOP)) and other not in fills) \
            or decided(site, fill):
        return None
    start = _predicate(site, fill, len(fill.rstrip(FULL_STOP)) - 1)
    return other if start is not None and start == _predicate(site, other, len(other.rstrip(FULL_STOP)) - 1) else None
