"""Fresh-user trial 62 (07_en_fffd.txt): a lost ligature glyph and the confidence of an English gap the list leaves open.

A PDF's ligature glyph (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) is one glyph for several letters: where the English list's only word (or one
100× commoner than the rest) needs a typeset ligature's letters and no single letter makes a common word, the glyph is
that ligature, measured by ``bench/english_bench.py`` (class ``ligature``) and written as the ligature's one character.
Hand-labelled cases: (context, truth, expected status).
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text
from pipeline.restore.evidence import english
from reliability import mojibake_repairs


def _only(text: str) -> dict:
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 1, repairs
    return repairs[0]


@pytest.mark.parametrize("text, truth", [
    ("We identi\ufffded 14 firms that relocated.", "\ufb01"),
    ("the port had a signi\ufffdcant but modest effect", "\ufb01"),
    ("We use o\ufffdcial statistics from the bureau.", "\ufb03"),  # oficial (Zipf 2.2) is far rarer
    ("a series of e\ufffdorts to attract firms", "\ufb00"),
    ("the mean di\ufffderence was small", "\ufb00"),  # diference (a misspelling) stands 100x below
    ("the a\ufffdict of the port", "\ufb04"),
    ("The results were su\ufffdcient.", "\ufb03"),
    ("a user pro\ufffdle page", "\ufb01"),
    ("their in\ufffduence grew", "\ufb02"),
    ("a\ufffdordable homes", "\ufb00"),
])
def test_a_glyph_only_a_ligature_makes_a_word_of_is_that_ligature(text, truth):
    r = _only(text)
    assert (r["status"], r["restored"]) == ("restored", truth), r
    assert r["confidence"] >= english.TARGET
    assert r["candidates"][0]["text"] == english.TYPESET_LIGATURES_LETTERS[truth]
    assert any("ligature" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("text, truth, why", [
    ("the e\ufffdect of container terminals", "ff", "elect: a single letter makes a word"),
    ("the \ufffdow of cargo through the port", "fl", "a word's first glyph (how, now, low)"),
    ("The \ufffdndings suggest a modest effect.", "fi", "a word's first glyph (endings)"),
    ("THE HEAD OF\ufffdCE IS CLOSED", "FI", "no face sets a capital ligature"),
    ("We re\ufffdect on the results.", "fl", "reject: a single letter makes a word"),
    ("They re\ufffdected on the results.", "fl", "rejected: a single letter makes a word"),
    ("The ba\ufffdled committee adjourned.", "ffl", "bailed: a single letter makes a word"),
    ("The head o\ufffdce moved to Osaka in 2019.", "ffi", "once: a single letter makes a word"),
])
def test_near_misses_stay_open(text, truth, why):
    r = _only(text)
    assert r["restored"] is None and r["status"] in ("ambiguous", "unresolved"), (why, r)


def test_a_letter_the_list_decides_is_unchanged():
    r = _only("The harbour office drew a new tr\ufffdnsport plan.")
    assert (r["status"], r["restored"]) == ("restored", "a"), r


def test_a_name_after_a_title_still_abstains():
    r = _only("Dr Anke Kr\ufffdger opened the session.")
    assert r["restored"] is None and not r["candidates"], r


def test_an_undecided_gaps_confidence_is_read_at_its_first_words_share():
    # trial 62: \ufffdow offered h at 0.47 beside how, now, low, wow and flow, with the measured top-1 of every
    # undecided gap (0.82) as its confidence; now the top-1 measured where the first word holds as little
    spread = _only("the \ufffdow of cargo through the port")
    clear = _only("The \ufffdndings suggest a modest effect.")
    assert spread["candidates"][0]["score"] < 0.5 and spread["confidence"] < 0.7, spread
    assert clear["confidence"] > spread["confidence"], (clear, spread)
    assert any("of the fitting words' frequency" in e["detail"] for e in spread["evidence"])


def test_the_ligature_class_is_calibrated_and_commits():
    cal = english.calibration()
    assert cal.decided[english.LIGATURE_CLASS] is not None and cal.decided[english.LIGATURE_CLASS] >= english.TARGET
    assert set(cal.by_share["single"]) == set(english.SHARE_BINS)


def test_a_pooled_ligature_glyph_is_written_where_each_place_settles_it():
    # a TeX font's fi without a ToUnicode entry, every place a word only fi makes, none at a word's start
    dump = ("The classi(cid:12)cation of calls is hard.\n"
            "Signi(cid:12)cant gains came from the new classi(cid:12)er.\n")
    repairs = restore_text(dump)["repairs"]
    assert len(repairs) == 3 and all(r["restored"] == "\ufb01" for r in repairs), repairs


# Fresh-user trial 62 (08_ja_mojibake.txt): Shift_JIS read as CP1252 loses a lead byte (0x81 0x8D 0x8F 0x90 0x9D);
# the trail byte left allows five characters or so, and the bytes' own rule (constraint.settles) had not been measured
# for that damage: 、 stayed open at 0.27 beside 喉 就 植 戡. Measured since (bench/constraint_bench.py --codec
# cp932:cp1252, the report half): 2064/2065 of the commits the rule adds right.
SJIS_NOTICE = [
    "資源ごみの出し方について",
    "",
    "令和7年10月1日から、ペットボトルと缶の回収日が変わります。",
    "ペットボトルは、キャップとラベルをはずしてから出してください。",
    "缶は、中をすすいでから、資源ごみの日に出してください。",
    "スプレー缶は、穴をあけずに、中身を使い切ってから出してください。",
    "回収日は、毎週木曜日です。朝8時までに出してください。",
]
# (raw line, the lost glyph's character, expected status)
SJIS_CASES = [(3, "、", "restored"), (3, "。", "restored"), (6, "ー", "restored"), (6, "身", "restored"),
              (6, "切", "restored"), (7, "週", "restored")]


@pytest.fixture(scope="module")
def sjis_repairs(tmp_path_factory) -> dict[tuple[int, str], dict]:
    return mojibake_repairs(SJIS_NOTICE, "cp932", tmp_path_factory.mktemp("sjis62"))


@pytest.mark.parametrize("line, truth, status", SJIS_CASES)
def test_a_glyph_the_shift_jis_bytes_settle_is_committed(sjis_repairs, line, truth, status):
    r = sjis_repairs[(line, truth)]
    assert (r["status"], r["restored"]) == (status, truth), r


def test_nothing_wrong_committed_from_shift_jis_bytes(sjis_repairs):
    wrong = [(k, r["restored"]) for k, r in sjis_repairs.items() if r["status"] == "restored" and r["restored"] != k[1]]
    assert not wrong


def test_shift_jis_read_as_cp1252_is_a_measured_damage():
    from pipeline.restore import constraint

    assert constraint.damage("the bytes ?? 41 (Shift_JIS read as CP1252) allow only 、 喉 就 植 戡") == \
        "Shift_JIS read as CP1252"
