"""A thousands comma a hard wrap cut from its group (fresh-user trial 61c: ``1，240世帯`` after the join)."""

import pytest

from pipeline.clean.edits import Line
from pipeline.clean.registry import run_rules
from pipeline.clean.rules import RULES
from pipeline.model import Text


def cleaned(*raw: str) -> list[str]:
    lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(raw, 1))
    out, _ = run_rules(RULES, lines, raw)
    return [line.text.text for line in out]


@pytest.mark.parametrize("raw, expected", [
    (("対象は全世帯１，２４", "０世帯である。"), ["対象は全世帯1,24", "0世帯である。"]),
    (("総額は約３，", "５００万円であった。"), ["総額は約3,", "500万円であった。"]),
    (("人口は１２，３", "４５人で、前年より減少した。"), ["人口は12,3", "45人で、前年より減少した。"]),
    (("延べ１，２３４，５", "６７人が来場した。"), ["延べ1,234,5", "67人が来場した。"]),
])
def test_the_comma_of_a_wrapped_group_is_ascii(raw, expected):
    assert cleaned(*raw) == expected


@pytest.mark.parametrize("raw, expected", [
    (("結果は図１，２", "に示す。"), ["結果は図1，2", "に示す。"]),          # a list of figures
    (("結果は表１，２", "３に示す。"), ["結果は表1，2", "3に示す。"]),        # two digits only
    (("合計１，２", "３４５６円"), ["合計1，2", "3456円"]),                  # four digits: no thousands group
    (("本文は１，２４", "５６７"), ["本文は1，24", "567"]),                  # a line of digits alone: a page number
    (("2015，", "491頁"), ["2015，", "491頁"]),                             # ASCII digits: the writer's comma
])
def test_other_commas_stay(raw, expected):
    assert cleaned(*raw) == expected
