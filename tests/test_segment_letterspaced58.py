"""A full-width Latin title set letterspaced (issue 16, helper head58): ``Ｐ　Ｏ　Ｒ　Ｔ`` (letters parted by ideographic
spaces) had been the title ``P　O　R　T``, and ``Ａ Ｎ Ｎ Ｕ Ａ Ｌ　Ｒ Ｅ Ｐ Ｏ Ｒ Ｔ`` (an ideographic word gap) no title at
all (trial 57's strict xfail). Each is read as its words, as ``T I D E S`` was, and each ideographic space left out is
a segment ledger row (``close_up_letterspaced_title``), as for a letterspaced Japanese title. Made-up inputs (also
under /work/regress/in_head58/)."""

from __future__ import annotations

import pytest

from segmenting import only_talk

BODY = ("\n\nHarbour Board of Eastport\n\nThis report tells members what the board did this year. Cargo grew "
        "again.\n\n1. Cargo\n\nContainer traffic grew by a tenth.\n")


def _rows(ledger):
    return [(r.line, r.col) for r in ledger if r.rule == "close_up_letterspaced_title"]


@pytest.mark.parametrize("title, read", [
    ("Ｐ　Ｏ　Ｒ　Ｔ", "PORT"),
    ("Ｇ　Ａ　Ｒ　Ｄ　Ｅ　Ｎ　Ｓ", "GARDENS"),
    ("Ｔ　Ｈ　Ｅ　　Ｈ　Ａ　Ｒ　Ｂ　Ｏ　Ｕ　Ｒ", "THE HARBOUR"),
    ("Ｈ Ａ Ｒ Ｂ Ｏ Ｕ Ｒ　Ｔ Ｏ Ｗ Ｎ Ｓ", "HARBOUR TOWNS"),
    ("Ａ Ｎ Ｎ Ｕ Ａ Ｌ　Ｒ Ｅ Ｐ Ｏ Ｒ Ｔ", "ANNUAL REPORT"),
])
def test_a_full_width_letterspaced_title_is_its_words_each_ideographic_space_a_row(title, read):
    talk, ledger = only_talk(title + BODY)
    assert talk.title.en.text == read
    assert _rows(ledger) == [(1, k) for k, ch in enumerate(title) if ch == "\u3000"]


def test_letters_parted_by_half_width_spaces_need_no_row():
    talk, ledger = only_talk("Ｔ Ｉ Ｄ Ｅ Ｓ" + BODY)
    assert talk.title.en.text == "TIDES" and _rows(ledger) == []


@pytest.mark.parametrize("title", ["Ａ　Ｂ", "Ｊ　Ｒ　Ｒ　Ｘｙｚ", "Ｑ　Ｘ　Ｚ　Ｖ"])
def test_initials_a_word_unspaced_or_no_word_keep_their_spaces(title):
    # two letters may be initials; a word set close among the letters, or letters that spell no word, stay as set
    talk, ledger = only_talk(title + BODY)
    assert _rows(ledger) == []
    assert talk.title.en is None or "\u3000" in talk.title.en.text


def test_a_letterspaced_japanese_title_is_read_as_before():
    talk, ledger = only_talk("事　業　報　告　書\n\n令和五年度\n\n本年度の事業について報告する。市の取り組みは次のとおりである。\n\n"
                             "１．概要\n\n本市は多くの事業を行った。\n")
    assert talk.title.ja.text == "事業報告書" and _rows(ledger) == [(1, 1), (1, 3), (1, 5), (1, 7)]
