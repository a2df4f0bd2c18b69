"""Trial 57: a mojibake line with ideographic padding; every raw character in exactly one ledger row.

A line read as UTF-8 through CP1252/Latin-1 (or Shift_JIS through CP1252) holds ``ã€€`` for each ideographic space.
The mojibake repair and the padding rule both touched those characters: the padding row named ``ã`` of ``ã€€`` and
the repair row held the rest again. Made-up words, padding before/after/between, each mojibake form.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.chardata import is_layout_space
from test_clean import assert_conserved, doc_of

WORDS = ["市役所", "国際交流課", "姉妹都市", "熊本県庁", "港湾局", "観光案内所"]
PADDING = ["", "\u3000", "\u3000\u3000", "  "]


def mojibake(s: str, form: str) -> str:
    """``s``'s bytes read one to a character: UTF-8 as CP1252 (Latin-1 where it has no character), UTF-8 as Latin-1,
    or Shift_JIS as CP1252."""
    data = s.encode("cp932" if form == "sjis-cp1252" else "utf-8")
    if form == "utf8-latin1":
        return data.decode("latin-1")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def rows_per_char(cleaned) -> dict[tuple[int, int], int]:
    count: dict[tuple[int, int], int] = {}
    for row in cleaned.ledger:
        for i in range(len(row.text)):
            count[(row.line, row.col + i)] = count.get((row.line, row.col + i), 0) + 1
    return count


@settings(max_examples=40, deadline=None)
@given(word=st.sampled_from(WORDS), second=st.sampled_from(WORDS), before=st.sampled_from(PADDING),
       between=st.sampled_from(PADDING), after=st.sampled_from(PADDING),
       form=st.sampled_from(["utf8-cp1252", "utf8-latin1", "sjis-cp1252"]))
def test_a_padded_mojibake_line_puts_each_raw_character_in_one_row(word, second, before, between, after, form):
    text = before + word + between + second + after
    line = mojibake(text, form)
    doc = doc_of(["これは本文の段落である。", line])
    cleaned = clean(doc)
    assert_conserved(doc, cleaned, once=True)
    assert [t.text for t in cleaned.lines][1] == (word + between + second).strip(" \u3000")
    for (n, col), times in rows_per_char(cleaned).items():
        assert times == 1 or is_layout_space(doc.lines[n - 1][col]), (n, col, times)
    for row in cleaned.ledger:  # a row of set-aside padding holds the whole mojibake of each space
        if row.rule == "strip_ideographic_padding":
            assert row.text == mojibake("\u3000", form) * (len(row.text) // len(mojibake("\u3000", form)))


def test_the_padding_row_holds_all_three_characters_of_each_space():
    doc = doc_of(["ã€€ã€€å¸‚å½¹æ‰€", "å¤§é˜ªåºœåº\x81ã€€ã€€"])
    cleaned = clean(doc)
    rows = sorted((r.line, r.col, r.text, r.replacement) for r in cleaned.ledger)
    assert rows == [(1, 0, "ã€€ã€€", None), (1, 6, "å¸‚å½¹æ‰€", "市役所"),
                    (2, 0, "å¤§é˜ªåºœåº\x81", "大阪府庁"), (2, 12, "ã€€ã€€", None)]


def test_a_width_folded_digit_dropped_as_a_doubled_layer_is_one_row():
    """The sample's kind: ``１１`` (a page number drawn twice) folded to ``11``, then one copy dropped."""
    doc = doc_of(["本文である。", "１１", "本文の続き。", "１２１２"])
    cleaned = clean(doc)
    assert_conserved(doc, cleaned, once=True)


@pytest.mark.parametrize("form", ["utf8-cp1252", "utf8-latin1", "sjis-cp1252"])
def test_a_document_of_padded_mojibake_lines_holds_every_raw_character_once(form):
    # every padding before, between and after two words, line after line in one document (the trial's files had
    # several such lines; this test had read them from a folder outside the repository, and passed vacuously without it)
    lines = [mojibake(before + word + between + WORDS[(k + 1) % len(WORDS)] + after, form)
             for k, word in enumerate(WORDS) for before in PADDING for between in PADDING[:2] for after in PADDING[1:3]]
    doc = doc_of(lines)
    assert_conserved(doc, clean(doc), once=True)


@pytest.mark.xfail(strict=True, reason="known miss: a Japanese-mojibake repair read again over text no span parts "
                   "(lost glyphs among curly quotes) keeps its first row whole beside the second; splitting it needs "
                   "the replaced text's own positions, which the ledger does not keep")
def test_a_chain_of_repairs_no_span_parts_is_one_row_each():
    doc = doc_of(["\ufffd\u2019s\u2019s\ufffd\u2019s\u2019s"])
    assert_conserved(doc, clean(doc), once=True)
