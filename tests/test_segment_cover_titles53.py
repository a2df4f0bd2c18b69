"""Issue 16 (session 53, a fresh user's trial): an English cover title wrapped before a connective and one name
(``Town Planning with Historic Buildings`` / ``in Hakodate``, ``Tourism along the Castle Moats`` / ``of Matsue``)
is one title. Before, the connective's line was read as the title's subtitle (a name alone after the connective was
not "title case", which asks for two words), or, led by ``of``, as a line naming the talk's city, and the slide's
title was cut there too. Every input is made up; the expected results were written before the change.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

_PAPER = ("【{n}】\n{city}\n{title_ja}\n{city}企画部企画課長　{name_ja}\n\n"
          "１．はじめに\n{city}は海に面した町であり、古くから港とともに発展してきた。\n"
          "２．取組\n市は案内板を整え、歩いて巡る道を示してきた。\n― {page} ―\n")
_SLIDES = ("{l1}\n{l2}\n{name_en}\n{city_en}\n1\nBackground\n• Founded as a port\n• Old warehouses\n2\n"
           "Next Steps\n• New signs\n• Walking routes\n3\n")


def _proceedings(talks):
    out = []
    for k, (city, title_ja, name_ja, l1, l2, name_en, city_en) in enumerate(talks, 1):
        out.append(_PAPER.format(n=chr(ord("０") + k), city=city, title_ja=title_ja, name_ja=name_ja, page=k))
        out.append(_SLIDES.format(l1=l1, l2=l2, name_en=name_en, city_en=city_en))
    return "".join(out)


@pytest.mark.parametrize("l1, l2, city_en", [
    ("Walking Routes through the Old Port", "of Otaru", "Otaru City"),
    ("Walking Routes through the Old Port", "in Otaru", "City of Otaru"),
    ("Reusing Warehouses along the Canal", "for Otaru", "Otaru City"),
])
def test_a_cover_title_wrapped_before_a_connective_and_a_name_is_one_title(l1, l2, city_en):
    doc = run_text(_proceedings([
        ("小樽市", "運河沿いの倉庫を活かしたまちづくり", "石川 春樹", l1, l2, "Haruki Ishikawa", city_en),
        ("宮津市", "天橋立を活かした観光振興", "岡田 まゆみ", "Tourism at Amanohashidate",
         "Sand Bar and Pine Trees", "Mayumi Okada", "Miyazu City"),
    ]))
    first, second = doc.talks
    assert first.title.en.text == f"{l1} {l2}"
    assert first.subtitle.en is None
    assert first.city.en is not None and first.city.en.text == "Otaru"
    assert [s.number for s in first.slides] == [1, 2, 3]
    assert first.slides[0].title.text == f"{l1} {l2}"
    # a whole title over a title-cased phrase keeps its subtitle (session 50's reading, unchanged)
    assert second.title.en.text == "Tourism at Amanohashidate"
    assert second.subtitle.en is not None and second.subtitle.en.text == "Sand Bar and Pine Trees"


def test_a_connective_before_a_word_in_small_letters_carries_no_title_on():
    from pipeline.segment.titleblock import title_goes_on

    assert title_goes_on("Town Planning with Historic Buildings", "in Hakodate")
    assert not title_goes_on("Town Planning with Historic Buildings", "in practice")
    assert not title_goes_on("Town Planning with Historic Buildings", "in")


def test_a_line_led_by_of_names_no_city_alone():
    from pipeline.segment.places import is_city_only_line

    assert is_city_only_line("City of Otaru", ["otaru"]) and is_city_only_line("OTARU CITY", ["otaru"])
    assert not is_city_only_line("of Otaru", ["otaru"])
