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
