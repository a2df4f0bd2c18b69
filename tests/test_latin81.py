"""Helper latin81 (issue 19): a dump's single-byte code read by the standard encodings, and the English word list kept
from deciding a letter inside another language's word (docs/restore.md, *Session 81, latin81*).

Inputs: tests/data/latin81/ (copies of /work/regress/in_latin81/ and trial 80e's hda_programme, each with its truth).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore import restore_text

DATA = Path(__file__).parent / "data" / "latin81"


def _repairs(name: str) -> list[dict]:
    text = (DATA / name).read_text(encoding="utf-8")
    out = restore_text(text)["repairs"]
    for r in out:
        r["word"] = text[max(0, r["start"] - 12):r["end"] + 6]
    return out


def _at(repairs: list[dict], before: str) -> list[dict]:
    found = [r for r in repairs if r["word"][:12].endswith(before)]
    assert found, (before, [r["word"] for r in repairs])
    return found


def test_trial80e_universite_is_no_english_letter():
    """``Marie Dubois (Universit(cid:233) de Lyon)``: base committed y at 0.992 (the English list and University
    written whole); é, what every Latin-1 reading of code 233 gives, is offered first, nothing committed."""
    (r,) = _at(_repairs("hda_programme.txt"), "Universit")
    assert r["restored"] is None and r["status"] == "ambiguous", r
    assert r["candidates"][0]["text"] == "é"
    assert any("code 233" in e["detail"] for e in r["evidence"])


def test_trial80e_ligature_unchanged():
    """Near miss (passes on base too): ``di(cid:2)cult`` stays ﬃ, committed."""
    (r,) = _at(_repairs("hda_programme.txt"), "di")
    assert r["restored"] == "\ufb03" and r["status"] == "restored"


def test_one_code_in_two_words_is_committed():
    """(cid:233) in Université (twice) and Supérieure: é alone completes a word at each, committed everywhere."""
    repairs = _repairs("colloquium_cid.txt")
    found = [r for r in repairs if r["original"] == "(cid:233)"]
    assert len(found) == 3
    assert all(r["restored"] == "é" and r["status"] == "restored" for r in found), found


def test_one_code_in_one_word_is_offered():
    """(cid:228) only in Universität (one word, twice), (cid:201) only in École: offered first, not committed."""
    repairs = _repairs("colloquium_cid.txt")
    for code, char in (("(cid:228)", "ä"), ("(cid:201)", "É")):
        found = [r for r in repairs if r["original"] == code]
        assert found
        assert all(r["restored"] is None and r["candidates"][0]["text"] == char for r in found), found


def test_small_codes_stay_ligatures():
    """Near miss (passes on base too): de(cid:2)ned and e(cid:3)cient stay committed ligatures."""
    repairs = _repairs("colloquium_cid.txt")
    assert [r["restored"] for r in repairs if r["original"] in ("(cid:2)", "(cid:3)")] == ["\ufb01", "\ufb03"]


def test_a_code_twice_in_one_word():
    """r(cid:233)sum(cid:233)s and caf(cid:233): one code read é in résumés and café, committed; na(cid:239)ve offers ï
    first (one place)."""
    repairs = _repairs("essay_quotes_cid.txt")
    found = [r for r in repairs if r["original"] == "(cid:233)"]
    assert len(found) == 3 and all(r["restored"] == "é" for r in found), found
    (naive,) = [r for r in repairs if r["original"] == "(cid:239)"]
    assert naive["restored"] is None and naive["candidates"][0]["text"] == "ï"


@pytest.mark.parametrize("before, first", [("(Universit", "é"), ("Universit", "ä")])
def test_fffd_in_a_french_or_german_name(before, first):
    """``Paul Girard (Universit\ufffd de Lille)`` after an English talk title: base committed y; the phrase's own words
    (*de*) are French, so é leads, nothing committed. ``Technische Universit\ufffdt Dresden``: ä offered first."""
    repairs = _repairs("workshop_fffd.txt")
    text = (DATA / "workshop_fffd.txt").read_text(encoding="utf-8")
    at = text.index("Universit\ufffd de Lille") + 9 if first == "é" else text.index("Universit\ufffdt") + 9
    (r,) = [r for r in repairs if r["start"] == at]
    assert r["restored"] is None, r
    assert r["candidates"][0]["text"] == first, r["candidates"]


def test_fffd_in_an_english_phrase_still_decided():
    """Near miss (passes on base too): ``Cambridge Universit\ufffd Press`` (*press* English's own) stays y, committed."""
    repairs = _repairs("workshop_fffd.txt")
    text = (DATA / "workshop_fffd.txt").read_text(encoding="utf-8")
    (r,) = [r for r in repairs if r["start"] == text.index("Cambridge Universit\ufffd") + 19]
    assert r["restored"] == "y" and r["status"] == "restored"


def test_university_of_paris_no_english_letter():
    """``Universit\ufffd Paris Cit\ufffd``: no word of the phrase is English's own; y never committed."""
    repairs = _repairs("workshop_fffd.txt")
    text = (DATA / "workshop_fffd.txt").read_text(encoding="utf-8")
    (r,) = [r for r in repairs if r["start"] == text.index("Universit\ufffd Paris") + 9]
    assert r["restored"] is None
    assert {"é", "y"} <= {c["text"] for c in r["candidates"]}


def test_talk_path_reads_the_code():
    """Through segment and the talk's restore (``pipeline run``): trial 80e's Université is not committed y, é first;
    the colloquium's (cid:233) committed é."""
    from pipeline.restore import restore
    from tests.segmenting import segment_file

    for name, committed in (("hda_programme.txt", False), ("colloquium_cid.txt", True)):
        out = restore(segment_file(DATA / name))
        found = [r for t in out.talks for r in t.repairs if r.original == "(cid:233)"]
        assert found, name
        for r in found:
            if committed:
                assert r.restored == "é", (name, r)
            else:
                assert r.restored is None and r.candidates[0].text == "é", (name, r)


def test_a_name_stays_held_while_its_code_counts():
    """``Jos(cid:233) Garc(cid:237)a a,*`` (a byline's name): held, nothing offered, as every name; (cid:233) in
    ``caf(cid:233)s`` reads é, José a second word for the code: committed."""
    repairs = _repairs("byline_cid.txt")
    name = [r for r in repairs if r["word"].endswith("Garc(cid:237)a a,*") or "Jos(cid:233) G" in r["word"]]
    assert name and all(r["restored"] is None and not r["candidates"] for r in name), name
    (cafes,) = [r for r in repairs if "caf(cid:233)s" in r["word"]]
    assert cafes["restored"] == "é", cafes
