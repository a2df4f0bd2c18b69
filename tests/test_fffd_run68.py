"""A lost character written as two or three U+FFFD (issue 19 point 1, fresh-user trial 66b, helper rest68; the trial's
input is ``/work/regress/in_trial66b/fffd_kanji.txt``, more of the kind in ``/work/regress/in_rest68/``).

A text file that holds U+FFFD itself says nothing of the bytes behind them, and a decoder writes a broken character
of three bytes (every kana and kanji in UTF-8) as one to three U+FFFD (Unicode §3.9, *U+FFFD Substitution of Maximal
Subparts*). Trial 66b's ``地域包括支援セン��ー`` (タ) was offered ター, and ``生活支��の`` refused 援, written whole
elsewhere, as "1 letter where the gap has 2 lost glyphs". Now such a run is read as one character too
(``restore.may_be_one_character``, ``Restorer.run_of_unknown_length``): its one-character fills are offered, and no
fill is committed whose length the text's copies of the gap's context leave open.

Hand-labelled cases: (context, truth, expected status).
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text
from tests.restore_verdicts import repair_after as _repair

G = "\ufffd"


TRIAL66B = ("第３章　施策の方向\n"
            "　本市の高齢化率は３１％に達しており、地域包括支援センターへの相談件数も増加しています。\n"
            "　介護予防と生活支援の充実を図ります。\n"
            f"　地域包括支援セン{G * 2}ーの機能を強化し、また、生活支{G * 2}の担い手となるボランティアの育成を図ります。\n")

LIBRARY = ("市立図書館からのお知らせ\n"
           "　本の貸出と返却は、１階のカウンターで受け付けます。\n"
           f"　予約した本は、２階のカウン{G * 2}ーでお受け取りください。\n")

PER_BYTE = ("市民活動センターだより\n"
            "　市民活動センターでは、ボランティア登録の受付を行っています。登録は無料です。\n"
            f"　市民活動{G * 3}ンターの窓口で、ボランティア{G * 3}録の申込書をお渡しします。\n")


@pytest.mark.parametrize("text, before, truth", [
    (TRIAL66B, "セン", "タ"),        # context セン��ーの beside センター twice; truth タ; open, タ first
    (TRIAL66B, "生活支", "援"),      # context 生活支��の beside 生活支援; truth 援; open, 援 first
    (LIBRARY, "カウン", "タ"),       # another wording: カウン��ー beside カウンター; truth タ; open, タ first
    (PER_BYTE, "市民活動", "セ"),    # three U+FFFD a character (a decoder replacing byte by byte); truth セ
    (PER_BYTE, "ボランティア", "登"),  # ��� of 登録 beside 登録 twice; truth 登; open, 登 first
])
def test_a_copy_of_one_character_lists_its_fills_first(text, before, truth):
    r = _repair(text, before)
    assert r["status"] == "ambiguous" and r["restored"] is None
    assert r["candidates"][0]["text"] == truth
    assert r["calibrated"] is False  # no benchmark measures a run whose length is read off a copy
    assert any("holds one character where the run has" in e["detail"] for e in r["evidence"])


def test_a_run_whose_length_is_open_offers_both_readings_and_commits_neither():
    # context 民生委員と��の連携 (no copy of its context): truth unknown; open, fills of one and of two characters
    text = TRIAL66B + f"　民生委員と{G * 2}の連携も重要です。\n"
    r = _repair(text, "民生委員と")
    assert r["restored"] is None
    lengths = {len(c["text"]) for c in r["candidates"]}
    assert lengths == {1, 2}, r["candidates"]
    assert any("no copy of the gap's context says which" in e["detail"] for e in r["evidence"])


def test_a_copy_of_the_runs_own_length_settles_it():
    # near miss: 陸上電力��設備 beside 陸上電力供給設備 (trial 67's, truth 供給): a copy of two characters and none of
    # one settle the run as two characters; its fills are of two characters alone, as before
    text = "港湾の整備を進める。\n陸上電力供給設備の整備を進めています。\n停泊中の船舶は陸上電力" + G * 2 + "設備を使う。\n"
    r = _repair(text, "陸上電力")
    assert r["candidates"][0]["text"] == "供給"
    assert all(len(c["text"]) == 2 for c in r["candidates"]), r["candidates"]
    assert any("no copy holds fewer" in e["detail"] for e in r["evidence"])


# -- near misses: glyphs known to be one character each, a copy of the run's own length ----------------------------

def test_a_text_dumps_cid_pair_stays_two_glyphs():
    text = ("地域包括支援センターの役割\n　地域包括支援センターは、高齢者の相談窓口です。\n"
            "　地域包括支援セン(cid:2301)(cid:2302)では、介護予防の相談を受け付けます。\n")
    out = restore_text(text)
    [r] = out["repairs"]
    assert all(len(c["text"]) == 2 for c in r["candidates"]), r["candidates"]


def test_an_english_run_is_untouched():
    text = f"The harbour {G * 2} plan was revised in 2025.\nThe harbour master approved it.\n"
    for r in restore_text(text)["repairs"]:
        assert not any("may be one lost character" in e["detail"] for e in r["evidence"])


def test_the_rule_reads_only_uncounted_glyphs_beside_japanese():
    from pipeline.restore import may_be_one_character
    from pipeline.restore.evidence.base import Site

    site = Site(f"支援セン{G * 2}ーの", 4, 6)
    assert may_be_one_character(site, lambda pos: False)
    assert not may_be_one_character(site, lambda pos: pos == 5)  # one of its glyphs is known to be one character
    assert not may_be_one_character(site, None)
    assert not may_be_one_character(Site(f"支援セン{G * 4}ーの", 4, 8), lambda pos: False)  # more than 3
    assert not may_be_one_character(Site(f"支援セン{G}ーの", 4, 5), lambda pos: False)  # one glyph is one


def test_bytes_the_pipeline_read_stay_one_character_each(tmp_path):
    # 供給 with each character's last byte lost: two U+FFFD whose bytes the ledger keeps (one character each)
    import json

    from pipeline import files
    from pipeline.driver import run_one

    src = tmp_path / "bytes.txt"
    src.write_bytes("港湾の脱炭素化\n\n　陸上電力供給設備の整備を進めています。停泊中の船舶は、陸上電力".encode()
                    + "供".encode()[:2] + "給".encode()[:2] + "設備から電気を受け取ります。\n".encode())
    run_one(src, tmp_path / "out")
    talks = files.talks_dir(tmp_path / "out", files.safe_stem(src))
    [talk] = [json.loads(p.read_text("utf-8")) for p in talks.glob("*.json") if p.name != "index.json"]
    [r] = [r for r in talk["repairs"] if G in r["original"]]
    assert all(len(c["text"]) == 2 for c in r["candidates"]), r["candidates"]
    assert not any("may be one lost character" in e["detail"] for e in r["evidence"])


def test_a_mojibakes_lost_bytes_stay_one_character_each(tmp_path):
    # near miss (trial 67b's kouminkan notice): Shift_JIS read as CP1252, its undefined bytes written as U+FFFD and the
    # file saved as UTF-8; clean reads the bytes back and knows each U+FFFD's byte (a ``bytes`` hint), so a run of two
    # is two characters (毎��曜日: 週水), as before
    import json

    from pipeline import files
    from pipeline.driver import run_one

    text = "公民館だより\n\n書道教室の受講者を募集します。毎週水曜日の午後二時から四時まで、初心者の方も歓迎です。\n"
    src = tmp_path / "moji.txt"
    src.write_text(text.encode("cp932").decode("cp1252", errors="replace"), "utf-8")
    run_one(src, tmp_path / "out")
    talks = files.talks_dir(tmp_path / "out", files.safe_stem(src))
    repairs = [r for p in talks.glob("*.json") if p.name != "index.json"
               for r in json.loads(p.read_text("utf-8"))["repairs"]]
    assert any(len(r["original"]) > 1 for r in repairs)
    for r in repairs:
        assert not any("may be one lost character" in e["detail"] or "holds one character where" in e["detail"]
                       for e in r["evidence"]), r
