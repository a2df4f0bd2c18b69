"""Front-matter field lines, as made-up papers (issue 16 point 1; nwejm's ``Mots-clés :`` / ``msc :`` lines, seuthesix's
spaced ``学 校 代 码:`` read as the title): a short label ending in a colon, ASCII or full-width, a space before it or
not, then its value or nothing, is a field (``labels.field_line``): never the title, a person's name or a heading."""

from __future__ import annotations

import pytest

from pipeline.segment.names import is_person_name
from tests.segment_inputs import run_text

SPACED_LABEL_JA = """\
学 校 代 码:
港町における小型船の係留と潮汐
山田 太郎
東西大学
キーワード：潮汐，係留，小型船

1．はじめに
小さな港では一日に二回、潮の満ち引きにより水位が変わり、係留された船も上下する。本稿ではその影響を調べる。

2．方法
三つの港で一年間、十分ごとに水位を測定した。その結果を船の動きと比べた。
"""

FIELDS_OVER_TITLE = """\
{field}
MSC: 86A05
Gezeiten und kleine Boote
Anna Berg
Universität Bergen

1. Einleitung
Kleine Häfen füllen und leeren sich zweimal am Tag mit der Flut, und die Boote bewegen sich mit.

2. Daten
Wir haben den Wasserstand ein Jahr lang alle zehn Minuten gemessen.
"""


def test_a_spaced_label_alone_is_no_title():
    (talk,) = run_text(SPACED_LABEL_JA).talks
    assert talk.title.ja is not None and talk.title.ja.text == "港町における小型船の係留と潮汐"
    assert "学 校 代 码:" in [t.text for t in talk.front]
    assert "キーワード：潮汐，係留，小型船" in [t.text for t in talk.front]


@pytest.mark.parametrize("field", ["Schlüsselwörter: Gezeiten, Boote, Häfen", "Mots-clés : marées, amarrages",
                                   "Keywords: tides, moorings", "JEL: R41, C21", "Topics: tides, small boats"])
def test_a_field_line_over_the_title_is_front(field):
    (talk,) = run_text(FIELDS_OVER_TITLE.format(field=field)).talks
    assert talk.title.en is not None and talk.title.en.text == "Gezeiten und kleine Boote"
    assert [t.text for t in talk.front][:2] == [field, "MSC: 86A05"]
    assert talk.speaker.name is not None and talk.speaker.name.text == "Anna Berg"


@pytest.mark.parametrize("line", ["Keywords: Anna Berg", "Mots-clés : Grace Field", "学 校 代 码: 山田 太郎"])
def test_a_field_line_is_no_persons_name(line):
    assert not is_person_name(line)


@pytest.mark.parametrize("line", ["U D C:", "级: 公开", "分 类 号: 000", "研究生姓名:\t陆小凤", "msc : 11B13, 11B30"])
def test_a_forms_field_is_no_title_and_no_heading(line):
    # seuthesix's cover: its form's labels spaced letter by letter, one character of a spaced label left alone by the
    # PDF's lines (``密`` / ``级: 公开``), a label's cell and its value's after a TAB
    from pipeline.segment.sections import _never_heading
    from pipeline.segment.titleblock import is_title_line

    assert not is_title_line(line)
    assert _never_heading(line) or not line.split(":")[1].strip()  # a label alone may head its list


def test_two_field_lines_of_a_pdf_stay_two_lines():
    """nwejm's ``Mots-clés : foo, bar, baz.`` over ``msc : 11B13, 11B30, 11P70.`` (two lines of the PDF, one text
    box) were joined into one front line, the lower-case label read as the sentence going on: each field opens its own
    line. A made-up reportlab PDF; a date and a volume set on one baseline far apart stay apart too."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN, drawn_pdf

    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    body = ["The counters on the harbour road were read every morning by one of the two observers on",
            "duty, and the totals were written into the log before the first ferry left the pier at seven."] * 4
    runs = [(EN, 16, 120, 780, "Counting Ferry Riders on the Coast"), (EN, 10, 200, 755, "Ines Moura, University of Porto"),
            (EN, 9, 60, 730, "Received: 12 May 2024"), (EN, 9, 400, 730, "Volume 3, Issue 2"),
            (EN, 9, 60, 700, "Mots-clés : foo, bar, baz."), (EN, 9, 60, 688, "msc : 11B13, 11B30, 11P70.")]
    runs += [(EN, 10, 60, 660 - 13 * k, line) for k, line in enumerate(body)]
    (talk,) = segment(clean(extract(drawn_pdf([runs]), name="made-up.pdf"))).talks
    front = [t.text for t in talk.front]
    assert "Mots-clés : foo, bar, baz." in front and "msc : 11B13, 11B30, 11P70." in front
    assert not any("Received" in t and "Volume" in t for t in front)
