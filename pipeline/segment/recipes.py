"""A recipe's heading, told by the serving line a cookbook sets right under it.

Cookbooks, recipe cards and magazines' food pages head each recipe with its dish's name over a line of its yield and
times (``Cullen Skink`` / ``Serves 4 · Preparation 15 minutes · Cooking 35 minutes``; ``肉じゃが`` / ``材料（4人分）``,
``（2人分）``): the serving line marks the line over it as the recipe's heading whatever the document numbers (its
method's steps are numbered ``1.`` ``2.``, which had made the dish's name a paragraph of the chapter's one section:
fresh-user trial 76's cookbook chapter).
"""

from __future__ import annotations

import re

from pipeline.model import Text

SERVING_LINE = re.compile(r"^(?:(?:Serves|Makes|Feeds|Yields?)\s+(?:about\s+|up\s+to\s+)?[0-9]"
                          r"|(?:Serves|Yield|Portions|Servings)\s*:\s*[0-9]"
                          r"|(?:材料\s*)?[（(]\s*[0-9０-９]{1,2}\s*(?:人分|人前|個分|枚分|本分)\s*[）)])", re.IGNORECASE)
"""A recipe's serving line: its yield opening the line (``Serves 4 · …``, ``Makes 12``, ``Servings: 6``,
``材料（4人分）``, ``（2人前）``)."""
MAX_DISH_CHARS = 60
_SENTENCE_END = tuple(".!?。！？:：")


def recipe_headings(lines: list[Text]) -> set[int]:
    """Indexes of the lines that head a recipe: a short line (at most :data:`MAX_DISH_CHARS`, no sentence's end, no
    serving line itself) right over a serving line (:data:`SERVING_LINE`).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(recipe_headings(mk("Soups", "Cullen Skink", "Serves 4 · Cooking 35 minutes", "Text.", "肉じゃが", "材料（4人分）")))
    [1, 4]
    >>> sorted(recipe_headings(mk("The soup is good.", "Serves 4", "Serves the village since 1890.", "Makes a change")))
    []
    """
    out = set()
    for i in range(len(lines) - 1):
        head = lines[i].text.strip()
        if head and len(head) <= MAX_DISH_CHARS and not head.endswith(_SENTENCE_END) \
                and not SERVING_LINE.match(head) and SERVING_LINE.match(lines[i + 1].text.strip()):
            out.add(i)
    return out


PART_NAMES = frozenset({"材料", "作り方", "つくり方", "下ごしらえ", "下準備", "手順", "ポイント", "コツ", "メモ", "アレンジ",
                        "Ingredients", "Method", "Directions", "Instructions", "Preparation", "Tips", "Notes",
                        "To serve", "Variations"})
"""A recipe's parts as cookbooks and recipe sites name them (the ingredients, the method, its tips): the field's
standard headings (the parts ``材料`` / ``作り方`` / ``ポイント`` of a Japanese recipe card, ``Ingredients`` / ``Method``
of a British one, ``Directions`` of an American one). A closed list, read whole-line only, and only between a dish's
heading and the next (:func:`recipe_parts`)."""
_INGREDIENTS_SERVING = re.compile(r"^(?:材料|Ingredients)\s*[（(]")


def recipe_parts(lines: list[Text], dishes: set[int] | frozenset[int]) -> set[int]:
    """Indexes of the lines that head a recipe's parts, each under its dish's heading (``dishes``, from
    :func:`recipe_headings`) and before the next dish's: a line that is a part's name whole (:data:`PART_NAMES`,
    ``作り方``; with its colon, ``Method:``), the ingredients' name over its yield (``材料（2人分）``). A line
    repeated under every dish is no evidence (an ingredient's line, ``塩　少々``, is as often). Issue 16, session 84,
    helper parts84 (fresh-user trial 83a's recipe collection: ``作り方`` had been a section beside its recipe, ``材料（2人分）``
    a paragraph over its table).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("肉じゃが", "材料（2人分）", "じゃがいも⇥2個", "作り方", "1. 切る。", "コツ", "煮る。",
    ...         "筑前煮", "材料（2人分）", "鶏肉⇥200g", "作り方", "作り方は簡単です。", "盛り付け", "器に盛る。")
    >>> sorted(recipe_parts(ls, recipe_headings(ls)))
    [1, 3, 5, 8, 10]
    >>> sorted(recipe_parts(mk("冷ややっこ", "作り方は簡単です。", "ポイント"), set()))  # no dish's heading, no part
    []
    """
    out: set[int] = set()
    order = sorted(dishes)
    for d, nxt in zip(order, order[1:] + [len(lines)]):
        for i in range(d + 1, nxt):
            s = lines[i].text.strip()
            name = s.rstrip(":：")
            if (name in PART_NAMES and len(s) - len(name) <= 1) or _INGREDIENTS_SERVING.match(s):
                out.add(i)
    return out
