"""What UTF-8 read as CP1252 leaves undecoded in a Japanese line, its undefined bytes dropped (``ã®`` for の, E3 81 AE),
goes to the ledger as suspected mojibake, never read as English words (fresh-user trial 58b: ``日本ã®éƒ½å¸‚…`` was a
paragraph in English with no row saying it was damaged). Accented Latin text beside Japanese stays."""

from pipeline.clean.encoding import fix_mojibake, flag_mojibake_residue
from pipeline.model import Text


def _dropped_bytes(s: str) -> str:
    """``s`` encoded as UTF-8 and read as CP1252 by a tool that drops the bytes CP1252 leaves undefined."""
    return s.encode("utf-8").decode("cp1252", "ignore")


def _clean(s: str):
    fixed = fix_mojibake(Text.from_raw(s, 1))
    return flag_mojibake_residue(fixed.text)


def test_the_residue_of_a_japanese_line_is_flagged():
    for sentence in ("日本の都市から参加があった。", "市民の皆さまへお知らせします。", "港の整備を進めています。"):
        line = "本文：" + _dropped_bytes(sentence)
        out = _clean(line)
        assert out.changed and {c.reason for c in out.changes} == {"suspected-mojibake"}
        assert not any(ord(c) in range(0xC0, 0x100) for c in out.text.text)


def test_latin_letters_with_accents_stay():
    for line in ("São Paulo と姉妹都市を結んだ。", "カフェ（café）の naïve な名前", "Ångström 単位で測る。"):
        assert not _clean(line).changed


def test_a_residue_whose_bytes_mostly_read_is_repaired_with_lost_glyphs():
    """Fresh-user trial 58c: ``日本の都市`` read so lost only の's byte; 都市 is read back, の a lost glyph."""
    out = _clean(_dropped_bytes("日本の都市"))
    assert out.text.text == "日本\ufffd都市"
    assert {c.reason for c in out.changes} == {"mojibake"}
