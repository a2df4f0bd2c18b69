"""A Japanese running foot whose folio is set off by two ideographic spaces (``港町年報 2025　　－ 1 －``) is page
furniture (helper seg66 found it kept as text: ``fold`` writes each ideographic space as one space, so the gap
read two columns wide instead of four)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import furniture, run_text

DATA = Path(__file__).parent / "data" / "trial66"


def test_a_foot_set_off_by_ideographic_spaces_is_furniture() -> None:
    doc = run_text((DATA / "ja_foot_ideographic.txt").read_text(encoding="utf-8"))
    (talk,) = doc.talks
    dropped = furniture(doc)
    assert sum(1 for _, why in dropped if why == "running-footer") == 6, dropped
    assert all("年報" not in p.text for s in talk.sections for p in s.paragraphs)


@pytest.mark.parametrize("foot", ["港町年報 2025\u3000\u3000－{n}－", "－ {n} －\u3000\u3000港町の国際交流"])
def test_other_feet_so_set_are_furniture(foot) -> None:
    body = "\n".join(f"{n}．第{n}節\n　本市は港町として発展してきた。多くの都市と交流を続けている。\n"
                     f"　本稿では、その歩みを紹介する。\n\n{foot.format(n=n)}" for n in (1, 2, 3))
    doc = run_text("港町の国際交流の歩み\n\n" + body + "\n")
    assert len(furniture(doc)) >= 3, furniture(doc)


def test_one_ideographic_space_before_a_number_in_prose_is_no_foot() -> None:
    text = ("港町の国際交流の歩み\n\n１．はじめに\n　本市の交流事業は　－ 1 －　から始まった。\n　以後も続いた。\n"
            "２．歩み\n　交流は広がった。\n")
    assert furniture(run_text(text)) == []
