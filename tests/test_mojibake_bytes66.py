"""A kanji of UTF-8 read as CP932 that lost its last two bytes (``E5 ?? ??``; fresh-user trial 66's ``案内`` read as
``縲∵｡亥��``): the lead byte left allows a hundred-odd kanji and no kana, so restore keeps only those among its
candidates (a ``bytes`` hint as a filter, ``pipeline.model.BYTES_FILTER_NOTE``), and never commits on the bytes'
share alone. Before session 66 no hint was written (more than ``MAX_ALLOWED`` characters) and を, が, の stood
among the candidates."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_mojibake_bytes import _run

from pipeline.model import BYTES_FILTER_NOTE, GAP
from pipeline.restore import constraint

DATA = Path(__file__).parent / "data" / "trial66"

# (heading, sentence, the kanji whose two last bytes CP932 loses: where the bytes before leave it unpaired)
SENTENCES = [
    ("観光推進会議", "市では、内容について話し合いました。", "内"),
    ("散策路の整備", "歩いて十分ほどかかります。", "分"),
    ("鉄道の利用", "まず切符を買います。", "切"),
    ("商店街の取り組み", "市では市内の店を回りました。", "内"),
    ("支援制度", "市では、分野ごとに支援します。", "分"),
]

def _filter_hints(cleaned) -> list:
    return [h for h in cleaned.byte_hints if BYTES_FILTER_NOTE in h.evidence.detail]


@pytest.mark.parametrize("heading, sentence, kanji", SENTENCES)
def test_a_kanji_that_lost_two_bytes_keeps_only_the_kanji_its_lead_byte_allows(tmp_path, heading, sentence, kanji):
    damaged = sentence.encode("utf-8").decode("cp932", errors="replace")
    assert GAP + GAP in damaged  # the two bytes CP932 could not pair
    cleaned, talk, _ = _run(tmp_path, "u8.txt", [heading, damaged])
    (hint,) = _filter_hints(cleaned)
    lead = kanji.encode("utf-8")[0]
    assert kanji in hint.candidates
    assert all(c.encode("utf-8")[0] == lead for c in hint.candidates)  # one lead byte: no kana, no mark
    (repair,) = [r for r in talk["repairs"] if (r["source"]["line"], r["source"]["col"]) == (hint.line, hint.col)]
    assert all(c["text"] in hint.candidates for c in repair["candidates"]), repair["candidates"]
    assert any(e["kind"] == "bytes" and BYTES_FILTER_NOTE in e["detail"] for e in repair["evidence"])
    assert repair["restored"] in (None, kanji)


def test_the_trials_notice_offers_no_kana_for_the_lost_kanji_of_annai(tmp_path):
    lines = (DATA / "t66_mojibake_cp932.txt").read_text(encoding="utf-8").splitlines()
    cleaned, talk, _ = _run(tmp_path, "t66_mojibake_cp932.txt", lines)
    (hint,) = _filter_hints(cleaned)
    (repair,) = [r for r in talk["repairs"] if (r["source"]["line"], r["source"]["col"]) == (hint.line, hint.col)]
    assert repair["candidates"][0]["text"] == "内"
    assert not any(c["text"] in "をがのは" for c in repair["candidates"]), repair["candidates"]


def test_a_filter_hint_never_settles_a_glyph_on_its_share() -> None:
    reading = constraint.Reading(3, 0.999, 0.99, 1.0, False, 1)
    listed = "the bytes E3 81 ?? (UTF-8 read as CP932) allow only ぃ い ぅ"
    wide = f"the bytes E5 ?? ?? (UTF-8 read as CP932) allow only 155 characters, 偃 to 埇: {BYTES_FILTER_NOTE}"
    assert constraint.settles(reading, [listed]) and not constraint.settles(reading, [wide])
