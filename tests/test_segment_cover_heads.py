"""A cover whose title every later page repeats as its running header (trial 26): the cover's copy is the title,
though a year or the document's kind stands above it, a subtitle under it and a cover field (``学籍番号　…``)
between the author's affiliation and name; the later copies are furniture. A front matter's folio in roman
numerals between dashes (``- i -``) is a page number, not a line of the contents."""

from __future__ import annotations

import pytest

from pipeline.pagenumbers import page_number
from tests.segment_inputs import furniture, run_text

TITLE = "海辺の町における自転車通学の実態と課題"


def _thesis(kind_line: str, field_line: str) -> str:
    cover = f"{kind_line}\n\n\n{TITLE}\n―二つの町の比較から―\n\n\n港北大学　工学部　建築学科\n{field_line}\n山田　花子\n\n令和7年1月\n"
    pages = []
    for n, (head, text) in enumerate([("第1章　はじめに", "自転車で通学する生徒は、坂の多い町で年々減っている。"),
                                      ("第2章　方法", "二つの町の高校で、通学手段を三か月にわたって調べた。"),
                                      ("第3章　結果", "坂の少ない町では、雨の日を除いて通学の半分が自転車であった。")], 1):
        pages.append(f"{TITLE}\n\n{head}\n{text}\n\n- {n} -\n")
    return cover + "\f" + "\f".join(pages)


@pytest.mark.parametrize("kind_line", ["令和6年度　卒業論文", "修士論文"])
@pytest.mark.parametrize("field_line", ["学籍番号　20T3045", "学籍番号：20T3045"])
def test_the_covers_copy_of_a_running_title_is_the_title(kind_line, field_line):
    doc = run_text(_thesis(kind_line, field_line))
    (talk,) = doc.talks
    assert talk.title.ja is not None and talk.title.ja.text == TITLE
    assert talk.speaker.name is not None and talk.speaker.name.text == "山田　花子"
    heads = [text for text, reason in furniture(doc) if text == TITLE]
    assert len(heads) == 3  # the three later pages' copies, not the cover's


BODY = "\n1. はじめに\n路面電車の利用は町の形で変わる。\n\n2. 方法\n二つの町で三か月調べた。\n"


@pytest.mark.parametrize("title", ["富山市と岡山市における路面電車の比較", "路面電車の再生：富山市と岡山市の比較から"])
def test_a_title_comparing_two_cities_names_no_city(title):
    (talk,) = run_text(f"{title}\n山田 太郎（港北大学）\n{BODY}").talks
    assert talk.city.ja is None


@pytest.mark.parametrize("title", ["富山市における路面電車の利用", "富山市の姉妹都市・岡山市との路面電車の交流"])
def test_a_title_naming_one_city_or_governing_with_it_names_it(title):
    (talk,) = run_text(f"{title}\n山田 太郎（港北大学）\n{BODY}").talks
    assert talk.city.ja is not None and talk.city.ja.text == "富山市"


@pytest.mark.parametrize("line, value", [("- i -", 1), ("- iv -", 4), ("－ ii －", 2)])
def test_a_roman_folio_between_dashes_is_a_page_number(line, value):
    number = page_number(line)
    assert number is not None and number.value == value and number.roman


def test_a_roman_folio_after_the_contents_is_furniture():
    contents = "目次\n\n第1章　はじめに …………… 1\n第2章　方法 …………… 2\n第3章　結果 …………… 3\n\n- i -\n\f"
    text = _thesis("卒業論文", "学籍番号　20T3045").replace("令和7年1月\n\f", "令和7年1月\n\f" + contents, 1)
    doc = run_text(text)
    assert ("- i -", "page-number") in furniture(doc)
