"""Session 80, helper rfix80: issue 19's small faults a fresh-user trial found (inputs rebuilt in
tests/data/rfix80/, their verdicts in tests/data/rfix80/README.expected.md)."""

from __future__ import annotations

from pathlib import Path

from tests.restore_verdicts import only_repair

DATA = Path(__file__).parent / "data" / "rfix80"
GAP = "\ufffd"
DIGITS = set("0123456789０１２３４５６７８９")


def _repairs(name: str) -> list[dict]:
    from pipeline.restore import restore_text
    return restore_text((DATA / name).read_text(encoding="utf-8"))["repairs"]


def _texts(repair: dict) -> list[str]:
    return [c["text"] for c in repair["candidates"]]


# -- 1. a lost glyph opening or inside an amount written with digit grouping: digits, never kana ----------------

def test_gap_before_grouped_amount_offers_digits_not_kana():
    r = only_repair(f"参加費　{GAP}5,200円（昼食代を含みます）\n")
    assert r["status"] == "ambiguous" and r["restored"] is None
    assert _texts(r) and set(_texts(r)) <= DIGITS - {"0"}


def test_gap_before_grouped_amount_in_a_table_row():
    (r,) = _repairs("money_table.txt")
    assert r["status"] == "ambiguous" and _texts(r) and set(_texts(r)) <= DIGITS - {"0"}


def test_gap_opening_an_amount_in_latin_script_offers_signs_and_digits():
    r = only_repair(f"The grant came to {GAP}5,200 in the year.\n")
    assert r["restored"] is None
    assert set(_texts(r)) <= DIGITS | set("$£€") and "$" in _texts(r) and "0" not in _texts(r)


def test_gap_after_the_sign_before_the_comma_no_leading_zero():
    at = (DATA / "money_en.txt").read_text(encoding="utf-8").index("$" + GAP + ",250") + 1
    (after_sign,) = [r for r in _repairs("money_en.txt") if r["start"] == at]
    assert after_sign["restored"] is None and "0" not in _texts(after_sign)
    assert set(_texts(after_sign)) <= DIGITS


def test_gap_where_an_amounts_comma_stands_offers_the_comma():
    r = only_repair(f"The boiler service cost $1{GAP}250 this year.\n")
    assert r["restored"] is None and "," in _texts(r) and "-" not in _texts(r)
    assert set(_texts(r)) <= DIGITS | {","}


def test_near_miss_leading_digit_before_a_thousands_group():
    """``約\ufffd,000社`` keeps its digits (passes on base too; now no 0 leads them)."""
    r = only_repair(f"市内の約{GAP},000社が参加した。\n")
    assert r["restored"] is None and _texts(r) and set(_texts(r)) <= DIGITS


# -- 2. an English fill's case: a name's run of capitalised words ------------------------------------------------

def test_fill_after_a_capitalised_name_mid_sentence_offers_the_capital_first():
    (r, _port) = _repairs("case_place.txt")
    assert r["restored"] in (None, "C")
    assert _texts(r)[:2] == ["C", "c"]


def test_fill_inside_a_run_of_capitalised_words_takes_the_capital():
    r = only_repair(f"The fete will be held at Bramley {GAP}ommon Hall on Saturday.\n")
    assert (r["restored"] or _texts(r)[0]) == "C" and "c" not in _texts(r)


def test_near_miss_mid_sentence_word_after_the_stays_small():
    """``the \\ufffdort`` after a title's ``Port`` (field case 19m): small letters (passes on base too)."""
    r = only_repair("International Exchange through a Seto Inland Sea Port Town\nCruise ships call at the "
                    f"{GAP}ort\n")
    assert r["restored"] != "P" and all(t.islower() for t in _texts(r))


def test_near_miss_name_of_time_opens_no_run():
    """``on Monday \\ufffdorning``: small letters first (passes on base too)."""
    r = only_repair(f"The committee will meet on Monday {GAP}orning in the hall.\n")
    assert _texts(r)[0] == "m"


# -- 3. the last heading of a sequence in step, its separator intact ----------------------------------------------

def test_last_heading_with_its_separator_intact_is_settled_by_the_sequence():
    (r,) = _repairs("section_seq.txt")
    assert r["status"] == "restored" and r["restored"] == "３"
    assert any(e["kind"] == "numbering" for e in r["evidence"])


def test_near_miss_heading_between_intact_numbers_still_settled():
    """``1. / \\ufffd. / 3.`` (passes on base too)."""
    (r,) = _repairs("section_seq_mid.txt")
    assert r["status"] == "restored" and r["restored"] == "2"


def test_near_miss_last_line_with_no_separator_stays_a_candidate():
    """No separator of its own: a lost number is no more likely than lost words (passes on base too)."""
    r = only_repair(f"1. 起動する\n2. 進む\n{GAP}{GAP}されたファイル\n")
    assert r["status"] != "restored"


# -- 4. a family's name before 家 in running text -----------------------------------------------------------------

def _held_as_a_name(r: dict) -> bool:
    return r["restored"] is None and not r["candidates"] and any(
        e["kind"] == "abstention" and "name" in e["detail"] for e in r["evidence"])


def test_family_name_before_ie_is_never_filled():
    (r,) = _repairs("family3.txt")
    assert _held_as_a_name(r) and "before 家" in " ".join(e["detail"] for e in r["evidence"])


def test_family_name_before_ie_with_nothing_elsewhere():
    (r,) = _repairs("family2.txt")
    assert _held_as_a_name(r)


def test_near_miss_common_nouns_ending_in_ie_keep_their_candidates():
    """専門家, 政治家 (passes on base too)."""
    first, second = _repairs("common_ka.txt")
    assert "門" in _texts(first) and "治" in _texts(second)


def test_near_miss_no_particle_after_ie_no_family():
    """``瀬\\ufffd家族`` is no family's name before 家 + particle (passes on base too)."""
    r = only_repair(f"その年の冬、瀬{GAP}家族に手紙が届いた。\n")
    assert not any("before 家" in e["detail"] for e in r["evidence"])


# -- 5. a courtesy title in brackets after the speaker's name ------------------------------------------------------

def _speaker(lines: list[str]):
    from pipeline.model import Text
    from pipeline.segment.front import speaker_of
    return speaker_of([Text.from_raw(line, k + 1) for k, line in enumerate(lines)])


def test_bracketed_title_after_the_name_is_no_part_of_it():
    s = _speaker(["J. Watson (Cllr)"])
    assert s.name.text == "J. Watson" and s.text.text == "J. Watson (Cllr)" and s.affiliation is None


def test_bracketed_title_before_the_affiliation():
    s = _speaker(["Anna Berg (Dr), Coastal Research Institute"])
    assert s.name.text == "Anna Berg" and s.affiliation.text == "Coastal Research Institute"
    s = _speaker(["Margaret Holloway (Mrs), Parish Clerk"])
    assert s.name.text == "Margaret Holloway" and s.affiliation.text == "Parish Clerk"


def test_councillors_title_before_the_name():
    assert _speaker(["Cllr J. Watson"]).name.text == "J. Watson"


def test_near_miss_organisation_in_brackets_stays_the_affiliation():
    """``Tom Reyes (Quiet Streets Collective)`` (passes on base too)."""
    s = _speaker(["Tom Reyes (Quiet Streets Collective)"])
    assert s.name.text == "Tom Reyes" and s.affiliation.text == "Quiet Streets Collective"
