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

ALTERNATES = {"る": "た", "た": "る"}
"""The last character of a fill → the one that puts the predicate in the other tense (same length)."""
SENTENCE_END = "。．！？!?」』）)"
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
    return past == (fill[-1] == "た")


def _predicate(site: Site, fill: str) -> int | None:
    """Where the verb (or auxiliary) whose ending ``fill`` completes starts, in Sudachi's reading of the filled
    sentence end, or None when the fill completes no predicate there: た must be the auxiliary after a verb's or
    auxiliary's continuative form (the start of that form is returned), る the end of a verb or auxiliary in its
    terminal form (its start). The two tenses of one predicate start at the same place (眺め|た, 眺める); `でし|た`
    beside `で|しる` (a verb 知る of its own) is no pair."""
    left = site.left[-WINDOW:]
    text = left + fill + site.right[:2]
    last = len(left) + len(fill) - 1
    previous = None
    for m in resources.tokenizer().tokenize(text):
        if m.begin() <= last < m.end():
            pos = m.part_of_speech()
            if m.end() != last + 1 or pos[0] not in ("動詞", "助動詞"):
                return None
            if fill[-1] == "た":
                ok = pos[0] == "助動詞" and m.surface() == "た" and previous is not None \
                    and previous.part_of_speech()[0] in ("動詞", "助動詞") \
                    and previous.part_of_speech()[5].startswith("連用形")
                return previous.begin() if ok else None
            return m.begin() if pos[5].startswith("終止形") and len(m.surface()) > 1 else None
        previous = m
    return None


def rival(site: Site, fill: str, fills) -> str | None:
    """The fill of the other tense, when ``fill`` and it (both among ``fills``) complete the predicate that ends
    a sentence at the gap and no time word of the sentence decides for ``fill``; else None.

    >>> rival(Site("少年は庭を眺め\\ufffd。", 7, 8), "る", {"る", "た", "す"})
    'た'
    >>> rival(Site("昨日、少年は庭を眺め\\ufffd。", 10, 11), "た", {"る", "た"}) is None
    True
    >>> rival(Site("会議を開催す\\ufffd。", 6, 7), "る", {"る", "た"}) is None  # 開催すた is no predicate
    True
    >>> rival(Site("保存できませんでし\\ufffd。", 9, 10), "た", {"る", "た"}) is None  # でしる is no predicate
    True
    """
    if not fill or fill[-1] not in ALTERNATES or site.script != "ja":
        return None
    if site.right[:1] and site.right[0] not in SENTENCE_END:
        return None
    other = fill[:-1] + ALTERNATES[fill[-1]]
    if other not in fills or decided(site, fill):
        return None
    start = _predicate(site, fill)
    return other if start is not None and start == _predicate(site, other) else None
