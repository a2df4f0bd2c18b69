"""A lost glyph a mojibake repair leaves: restore fills it only with what its surviving bytes allow.

Made-up lines, damaged here the way the wild damages them (Python's codecs with ``errors="replace"``):
Shift_JIS read as CP1252 (which loses only 0x81 0x8D 0x8F 0x90 0x9D), UTF-8 read as CP932 (which loses a
lead byte it cannot pair). Each whole run through every stage; the talk JSON is what a user reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reliability import raw_lines_of, talk_json_accounting

from pipeline import files
from pipeline.driver import run_one
from pipeline.model import GAP, Cleaned, Extracted

SENTENCE = "この町は古くから港町として知られ、今も多くの船が出入りしている。"
SENTENCE_U8 = "この町は古くから港町として知られ、今も多くの船が出入りしてきた。"
"""Read as CP932 from UTF-8, its last glyph (。, E3 80 82) stands alone: ``縲`` (E3 80) and a lost 82."""


def _run(tmp_path: Path, name: str, lines: list[str]) -> tuple[Cleaned, dict, list[str]]:
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    out = tmp_path / "out"
    run_one(path, out)
    stem = files.safe_stem(path)
    cleaned = Cleaned.from_json(json.loads(files.stage_path(out, "clean", stem).read_text(encoding="utf-8")))
    extracted = Extracted.from_json(json.loads(files.stage_path(out, "extract", stem).read_text(encoding="utf-8")))
    folder = files.talks_dir(out, stem)
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
                 if p.name != "index.json"]
    assert len(documents) == 1
    raw = raw_lines_of(path, extracted.lines)
    assert talk_json_accounting(raw, documents) == []  # conservation: every raw character in one talk
    return cleaned, documents[0], raw


def _repair_at(talk: dict, line: int, col: int) -> dict:
    found = [r for r in talk["repairs"] if (r["source"]["line"], r["source"]["col"]) == (line, col)]
    assert len(found) == 1, talk["repairs"]
    return found[0]


def test_shift_jis_read_as_cp1252_lost_stop_gets_only_what_the_bytes_allow(tmp_path):
    damaged = SENTENCE.encode("cp932").decode("cp1252", errors="replace")
    assert damaged.endswith(GAP + "B")  # 。 is 81 42: CP1252 lost the 81
    cleaned, talk, raw = _run(tmp_path, "sjis.txt", ["港町の歴史", damaged])
    (line,) = [t for t in cleaned.lines if t.text.endswith("入りしている" + GAP)]
    stop = line.origin[-1]
    hints = {(h.line, h.col): h for h in cleaned.byte_hints}
    assert set(hints[stop].candidates) == set("。坑州殖截")
    repair = _repair_at(talk, *stop)
    candidates = [c["text"] for c in repair["candidates"]]
    assert "。" in candidates and set(candidates) <= set("。坑州殖截")
    assert any(e["kind"] == "bytes" and "?? 42" in e["detail"] for e in repair["evidence"])
    assert repair["restored"] in (None, "。")
    # the lost 81 of 、 (81 41): its gap holds 、 and the glyph after it, whatever else is lost beside it
    comma = raw[1].index(GAP + "A")
    repair = _repair_at(talk, 2, comma)
    assert all(c["text"][0] in "、喉就植戡" for c in repair["candidates"])
    assert any(c["text"][0] == "、" for c in repair["candidates"])


def test_utf8_read_as_cp932_lost_punctuation_byte_is_cjk_punctuation(tmp_path):
    damaged = SENTENCE_U8.encode("utf-8").decode("cp932", errors="replace")
    assert damaged.endswith("縲" + GAP)  # 。 is E3 80 82: CP932 read E3 80 as 縲 and could not pair 82
    cleaned, talk, _ = _run(tmp_path, "u8.txt", ["港町の歴史", damaged])
    (line,) = [t for t in cleaned.lines if t.text.endswith(GAP) and "港町として" in t.text]
    stop = line.origin[-1]
    repair = _repair_at(talk, *stop)
    candidates = [c["text"] for c in repair["candidates"]]
    assert "。" in candidates
    assert all(0x3001 <= ord(c) <= 0x301F for c in candidates), candidates  # E3 80 + a CP932 lead byte 81–9F
    assert any(e["kind"] == "bytes" and "E3 80 ??" in e["detail"] for e in repair["evidence"])


@pytest.mark.parametrize("reading", ["cp1252", "cp932"])
def test_a_constraint_never_commits_what_the_model_would_not(tmp_path, reading):
    """Every committed fill is allowed by its bytes, and confident by the calibrated model's own numbers:
    a constrained gap is committed only at or above the threshold, as any other."""
    from pipeline.restore import scoring

    damaged = (SENTENCE.encode("cp932").decode("cp1252", errors="replace") if reading == "cp1252"
               else SENTENCE_U8.encode("utf-8").decode("cp932", errors="replace"))
    cleaned, talk, _ = _run(tmp_path, f"{reading}.txt", ["港町の歴史", damaged])
    hints = {(h.line, h.col): h for h in cleaned.byte_hints}
    constrained = [r for r in talk["repairs"] if (r["source"]["line"], r["source"]["col"]) in hints]
    assert constrained
    model = scoring.model()
    for r in constrained:
        allowed = hints[(r["source"]["line"], r["source"]["col"])].candidates
        assert all(c["text"][0] in allowed for c in r["candidates"])
        if r["status"] == "restored":
            assert r["confidence"] >= model.threshold(len(r["original"]), r["restored"])


def test_a_lost_byte_is_never_read_as_a_korean_or_phonetic_letter():
    # UTF-8 E3 84 ?? and E3 88 ?? complete only to Bopomofo, Hangul and unassigned code points (trial 11: a
    # garbled line's gaps offered ㄜ, ㅜ, ㈜): none is a reading of Japanese, so the bytes constrain nothing
    from pipeline.clean.japanese_mojibake import allowed_characters

    assert allowed_characters(bytes([0xE3, 0x84, 0]), 0, 3, {2}, "utf-8", "cp932") is None
    assert allowed_characters(bytes([0xE3, 0x88, 0]), 0, 3, {2}, "utf-8", "cp932") is None
    assert "。" in allowed_characters(bytes([0xE3, 0x80, 0]), 0, 3, {2}, "utf-8", "cp932")


def test_one_kanji_that_lost_its_last_byte_is_a_lost_glyph_with_the_candidates_its_bytes_allow(tmp_path):
    # 市 is E5 B8 82; a fragment read alone as CP932 gives 蟶 (E5 B8) and a U+FFFD for the 82 it could not pair.
    # Main left ``蟶\ufffd`` in the text (tokenized as a rare noun); it is one lost glyph whose bytes allow 31 kanji.
    cut = "市".encode("utf-8").decode("cp932", errors="replace")
    assert cut == "蟶" + GAP
    cleaned, talk, _ = _run(tmp_path, "cut.txt", ["港町の歴史", "本" + cut + "は四国の北西部に位置する港町である。"])
    (line,) = [t for t in cleaned.lines if "四国" in t.text]
    assert line.text.startswith("本" + GAP + "は") and "蟶" not in line.text
    gap = line.origin[1]
    hints = {(h.line, h.col): h for h in cleaned.byte_hints}
    assert "市" in hints[gap].candidates and len(hints[gap].candidates) == 31
    assert all(0x5E01 <= ord(c) <= 0x5E1F for c in hints[gap].candidates)  # E5 B8 + a CP932 lead byte 81–9F
    repair = _repair_at(talk, *gap)
    assert all(c["text"][0] in hints[gap].candidates for c in repair["candidates"])
    assert any(e["kind"] == "bytes" and "E5 B8 ??" in e["detail"] for e in repair["evidence"])


def test_a_rare_kanji_and_a_lost_glyph_in_good_text_stay_when_no_completion_reads_as_a_word():
    from pipeline.clean.japanese_mojibake import repair_japanese_mojibake
    from pipeline.model import Text

    # 蟹 and 齟 are no UTF-8 prefix; 雉 (Zipf 2.8) a word a line may end on, 静謐 a word of two letters
    for line in ("蟹\ufffdを食べる", "齟齬\ufffdが生じた", "山で見た雉", "部屋の静謐"):
        assert not repair_japanese_mojibake(Text.from_raw(line, 1)).changed, line


def test_a_mojibake_line_cut_inside_its_last_character_is_decoded_with_that_character_one_lost_glyph(tmp_path):
    # A line of UTF-8 read as CP932 whose bytes stop inside its last character (a dump or a field cut to a
    # number of bytes): 流 is E6 B5 81, the line keeps E6 B5 (``豬``). Main decoded nothing (the bytes end inside a
    # character, so no reading accounted for every byte): the line was widened (``貂ッ逕コ…``) and tokenized as
    # rare nouns. The rest decodes; the cut character is one lost glyph, its bytes allow 64 characters.
    cut = "港町の国際交流".encode("utf-8")[:-1].decode("cp932", errors="replace")
    assert cut.endswith("豬")
    cleaned, talk, _ = _run(tmp_path, "cutline.txt", ["港町の歴史", "1. " + cut, cut + " City", "本市は四国にある。"])
    lines = [t for t in cleaned.lines if "国際" in t.text]
    assert [t.text for t in lines] == ["1. 港町の国際交" + GAP, "港町の国際交" + GAP + " City"]
    hints = {(h.line, h.col): h for h in cleaned.byte_hints}
    for line in lines:
        gap = line.origin[line.text.index(GAP)]
        assert "流" in hints[gap].candidates and len(hints[gap].candidates) == 64
        assert "E6 B5 ??" in hints[gap].evidence.detail
    assert not any("豬" in t.text or "ッ" in t.text for t in cleaned.lines)
