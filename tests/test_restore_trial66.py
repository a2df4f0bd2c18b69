"""Fresh-user trial 66's restoration faults (session 66): a ``(cid:N)`` glyph one word settles is written at every
place whose words bear it out; a glyph the trial gave two different ligatures stays open.

The input is the trial's own (``tests/data/trial66``), read with :func:`pipeline.restore.restore_text` as
``pipeline restore -`` does.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.restore import restore_text

DATA = Path(__file__).parent / "data" / "trial66"


def _by_cid(text: str) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in restore_text(text)["repairs"]:
        out.setdefault(r["cids"][0], []).append(r)
    return out


def test_a_glyph_finished_settles_is_written_at_final_too() -> None:
    # (cid:27)nished: only fi makes a word; (cid:27)nal: final (5.3) beside anal (3.9). One glyph, one character.
    repairs = _by_cid((DATA / "t66_cid_minutes.txt").read_text(encoding="utf-8"))[27]
    assert len(repairs) == 2 and all(r["restored"] == "\ufb01" and r["status"] == "restored" for r in repairs), repairs
    assert all(r["confidence"] >= 0.95 for r in repairs)


def test_a_glyph_that_is_ffi_at_one_place_and_fi_at_another_stays_open() -> None:
    # the trial gave cid 30 to o(cid:30)cer (ffi) and (cid:30)nal (fi): no one character makes both words
    repairs = _by_cid((DATA / "t66_cid_minutes.txt").read_text(encoding="utf-8"))[30]
    assert len(repairs) == 3 and all(r["restored"] is None for r in repairs), repairs


def test_a_glyph_whose_other_place_reads_a_commoner_letter_word_is_the_ligature_only_it_completes() -> None:
    # session 66 kept both open (*and* commoner than *find*); since helper lig67 (session 67) a glyph id that one
    # ligature makes a word with at every place, and only that ligature completes at one (*finished*), is that
    # ligature (english_bench --pooled: 1,096 of 1,096 right; docs/restore.md)
    text = ("Parks Report\n\nThe work was (cid:27)nished in May. You will (cid:27)nd the plan in the annex.\n")
    repairs = _by_cid(text)[27]
    assert [r["restored"] for r in repairs] == ["\ufb01", "\ufb01"], repairs


def test_a_number_settled_by_one_of_two_linked_slides_names_that_slide(tmp_path) -> None:
    # the Niigata talk's 約2�0万人: its section is linked to slides 1 and 2; 2.1 million is written on slide 2 only,
    # and the evidence had said "2.1 million in slide 1, linked to section #1 and slide 2, …"
    import json

    from pipeline import files
    from pipeline.driver import run_one

    src = tmp_path / "t66_bilingual_proc.txt"
    src.write_bytes((DATA / "t66_bilingual_proc.txt").read_bytes())
    run_one(src, tmp_path / "out")
    talk = json.loads((files.talks_dir(tmp_path / "out", files.safe_stem(src)) / "niigata.json").read_text("utf-8"))
    (repair,) = [r for r in talk["repairs"] if r["restored"] == "1"]
    said = [e["detail"] for e in repair["evidence"] if "2.1 million" in e["detail"]]
    assert said and all("in slide 2, linked to section #1:" in d or "written in slide 2, linked" in d for d in said), said
    assert not any("slide 1" in d for d in said), said


def test_no_large_unit_is_offered_before_a_ratio() -> None:
    # fresh-user trial 66's deck: 約1�%削減 listed 億 second; 約3�人 still offers the large units
    for text in ("・農薬使用量を約1\ufffd%削減\n", "・輸出額は約2\ufffd倍に増えた\n", "・合格率は約8\ufffd％であった\n"):
        (repair,) = restore_text(text)["repairs"]
        assert all(c["text"].isdigit() for c in repair["candidates"]), (text, repair["candidates"])
    (repair,) = restore_text("・参加者は約3\ufffd人であった\n")["repairs"]
    assert any(c["text"] in "万千百億兆" for c in repair["candidates"]), repair["candidates"]


def test_two_places_that_decide_a_ligature_settle_a_third_that_reads_a_letter_word() -> None:
    # fresh-user trial 66b: ef(cid:976)ciency, Of(cid:976)ce … decide fi; (cid:976)nd reads *and* (commoner than
    # *find*); before, that one place kept all eight open
    repairs = _by_cid((DATA / "t66b_cid_ligatures.txt").read_text(encoding="utf-8"))[976]
    assert len(repairs) == 8 and all(r["restored"] == "\ufb01" for r in repairs), repairs


def test_one_place_only_the_ligature_completes_settles_the_glyph() -> None:
    # was: one deciding place does not outvote a commoner letter word (session 66); reversed by helper lig67's
    # measured rule (*efficiency* only fi completes, *find* fi makes): both places ﬁ
    text = "Energy Notes\n\nEnergy ef(cid:976)ciency matters. Staff (cid:976)nd it useful.\n"
    repairs = _by_cid(text)[976]
    assert [r["restored"] for r in repairs] == ["\ufb01", "\ufb01"], repairs
