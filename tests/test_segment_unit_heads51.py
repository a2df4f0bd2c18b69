"""A unit of measure alone over a table's values (``Tonnes``, ``トン``) is the head of the table's column, no slide's
title (issue 16, session 51); made-up decks, English and Japanese, with and without form feeds."""

from __future__ import annotations

import pytest

from segment_inputs import run_text as run


def _deck(feed: str, title: str, slides: list[tuple[str, list[str]]]) -> str:
    out = [title, ""]
    for n, (head, lines) in enumerate(slides, 1):
        out += [f"{feed}{head}", *lines, str(n), ""]
    return "\n".join(out) + "\n"


EN = [("Collection Routes", ["- Four routes by boat", "- Weekly pickups"]),
      ("{unit}", ["2023\t1200", "2024\t1350"]),
      ("Next Steps", ["- New depot", "- Sorting line"])]
JA = [("回収ルート", ["・船で四つのルート", "・毎週の回収"]),
      ("{unit}", ["2023\t1200", "2024\t1350"]),
      ("今後の予定", ["・新しい倉庫", "・分別ライン"])]


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("lang, title, slides, unit", [("en", "Harbour Waste Review", EN, "Tonnes"),
                                                       ("en", "Harbour Waste Review", EN, "km"),
                                                       ("ja", "港湾ごみの回収", JA, "トン"),
                                                       ("ja", "港湾ごみの回収", JA, "千円")])
def test_a_unit_alone_over_a_tables_values_is_no_slide_title(feed, lang, title, slides, unit):
    slides = [(head.format(unit=unit), lines) for head, lines in slides]
    talk = run(_deck(feed, title, slides)).talks[0]
    got = [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in talk.slides if s.number]
    assert got == [(1, slides[0][0], slides[0][1]), (2, None, [unit, *slides[1][1]]), (3, slides[2][0], slides[2][1])]


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
def test_a_titles_word_over_a_table_stays_its_title(feed):
    # the same place, a word no unit: the slide's title still (the deck heads its slides with titles)
    slides = [(head.format(unit="Landfill"), lines) for head, lines in EN]
    talk = run(_deck(feed, "Harbour Waste Review", slides)).talks[0]
    assert [s.title.text for s in talk.slides if s.number] == ["Collection Routes", "Landfill", "Next Steps"]
