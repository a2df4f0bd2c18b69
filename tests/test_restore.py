"""The restore stage end to end: plain text (the CLI contract) and talks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.model import GAP
from pipeline.restore import restore_text

G = GAP


def test_every_gap_reported_once_with_offsets_and_fills_written():
    text = f"１．港のまち\n{G}{G}海のまち\n３．空のまち\n港湾局長 {G}田 {G}{G}"
    out = restore_text(text)
    assert len(out["text"]) == len(text)
    spans = [(r["start"], r["end"]) for r in out["repairs"]]
    gaps = [i for i, c in enumerate(text) if c == G]
    covered = [i for s, e in spans for i in range(s, e)]
    assert sorted(covered) == gaps  # each lost glyph in exactly one repair
    first = out["repairs"][0]
    assert first["status"] == "restored" and first["restored"] == "２．"
    assert out["text"].split("\n")[1] == "２．海のまち"


def test_person_name_after_a_title_is_never_filled():
    out = restore_text(f"港湾局長 {G}田 {G}{G}\n山田 太郎 は港湾局長 山田 太郎 である")
    names = out["repairs"]
    assert len(names) == 2  # the two gaps of the name: one repair each
    assert all(r["status"] == "unresolved" and r["restored"] is None for r in names)
    assert all(any(e["kind"] == "abstention" for e in r["evidence"]) for r in names)
    assert out["text"].startswith(f"港湾局長 {G}田 {G}{G}")


def test_repetition_settles_a_made_up_phrase():
    text = f"大分市の桜並木を歩く。\n春には大分市の桜並木に人が集まる。\n見どころ：大分市の{G}並木"
    out = restore_text(text)
    (repair,) = out["repairs"]
    assert repair["restored"] == "桜" and repair["status"] == "restored"
    assert any(e["kind"] == "repetition" and ("line 1" in e["detail"] or "line 2" in e["detail"]) for e in repair["evidence"])


def test_unsupported_gap_stays_with_candidates_or_unresolved():
    out = restore_text(f"{G}{G}{G}{G}{G}")
    (repair,) = out["repairs"]
    assert repair["status"] == "unresolved" and out["text"] == G * 5


def test_confidence_in_unit_interval_and_candidates_ranked(sample_restore_text):
    out = sample_restore_text
    assert any(r["status"] == "restored" for r in out["repairs"])  # the checks below reach every branch
    for r in out["repairs"]:
        assert 0.0 <= r["confidence"] <= 1.0
        scores = [c["score"] for c in r["candidates"]]
        if any(e["kind"] == "model" and "U+FFFD substitution" in e["detail"] for e in r["evidence"]):
            # a run of U+FFFD that may be one character (rest68): each reading's fills in its own score order, the
            # reading the copies favour first; the two readings' scores are shares of different wholes
            for n in {len(c["text"]) for c in r["candidates"]}:
                group = [c["score"] for c in r["candidates"] if len(c["text"]) == n]
                assert group == sorted(group, reverse=True)
            continue
        assert scores == sorted(scores, reverse=True)
        # five best, then the dictionary's one best fit (restore.lexicon_leader), a fill the document's words use
        # (restore.document_word_fills) and only fills the talk's English proposed (restore.shown_candidates)
        assert len(scores) <= 6 or any("English" in e["detail"] or e["kind"] in ("bilingual", "document-word")
                                       for e in r["evidence"])
        if r["status"] == "restored":
            assert r["restored"] and GAP not in r["restored"] and len(r["restored"]) == r["end"] - r["start"]


def _repairs_at(out, text, line_no):
    starts = [0]
    for ln in text.split("\n"):
        starts.append(starts[-1] + len(ln) + 1)
    return [r for r in out["repairs"] if starts[line_no - 1] <= r["start"] < starts[line_no]]


def test_sample_heading_numbers_and_separators(sample_restore_text):
    out = sample_restore_text
    lines = out["text"].split("\n")
    assert lines[12].startswith("１．環境と技術のまち")
    assert lines[99].startswith("５．北九州市の姉妹友好都市")
    assert lines[319].startswith("13．チェリャビンスク市")
    assert lines[333].startswith("14．海外ネットワーク")
    assert lines[919].startswith("3.1 熊本城の")
    assert lines[952].startswith("3.3 地下水")
    assert lines[996].startswith("４．これからの")


def test_sample_speaker_names_never_filled(sample_restore_text):
    out = sample_restore_text
    lines = out["text"].split("\n")
    assert lines[8].endswith(f"部長 {G}原 {G}{G} ")
    assert lines[849].endswith(f"部長 {G}本 {G} ")


@pytest.mark.xfail(strict=True, reason="restore-cov4's refit chose threshold 0.961 (was 0.951): umam of Kumamoto "
                   "(repetition and the English agree) is left ambiguous at 0.93")
def test_sample_english_words_from_repetition(sample_restore_text):
    out = sample_restore_text
    assert "Symbol of Kumamoto" in out["text"].split("\n")[1124]


def test_a_restore_process_loads_no_other_stage():
    # A restore process's start is issue 19's ready time: the segment, clean and extract stages (with ftfy and
    # pdfminer) cost a quarter of it and restore needs none of them.
    probe = ("import sys, pipeline.restore; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('ftfy', 'pdfminer') or m.startswith(('pipeline.segment', 'pipeline.clean', 'pipeline.extract')))))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == []


def test_cli_restore_stdin():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "restore", "-"], input=f"１．港\n{G}{G}海\n３．空\n",
                          capture_output=True, text=True, check=True)
    data = json.loads(proc.stdout)
    assert data["text"].split("\n")[1] == "２．海"
    assert data["repairs"][0]["start"] == 4 and data["repairs"][0]["end"] == 6


@pytest.mark.xfail(strict=True, reason="calibrated off home ground (issue 19): a lost pair commits only at 0.990, "
                   "where every source's commits hold a 90% Wilson bound; 姉妹 (repeated, 0.94) stays ambiguous")
def test_sample_fills_the_document_settles(sample_restore_text):
    lines = sample_restore_text["text"].split("\n")
    assert lines[80].startswith("４．北九州市の姉妹友好都市")  # repetition (line 100), numbering
    assert lines[285].startswith("12．新しいネットワーク")  # numbering, then repetition of 新しいネットワーク
    assert lines[485].strip() == "○Established ２００４"  # the paper's year whose passage shares the slide's names
    assert "ブランディング" in lines[844] and lines[968].startswith("3.4 ブランディング")


def test_sample_conflicting_evidence_is_not_committed(sample_restore_text):
    # the text repeats ハイフォン市との交流・協力, the slide says "Friendship and Cooperation": a tie
    out = sample_restore_text
    lines = out["text"].split("\n")
    assert f"との{G}{G}・協力協定" in lines[246]


def test_bilingual_word_alignment_on_made_up_talk():
    text = (f"３．港の{G}{G}・協力協定\n港の交流・協力の歴史は長い。\n"
            "Agreement for Friendship and Cooperation of the Port")
    out = restore_text(text)
    repair = next(r for r in out["repairs"] if r["original"] == G * 2)
    assert repair["restored"] != "交流"
    texts = [c["text"] for c in repair["candidates"]]
    assert "交流" in texts


def test_a_glyph_that_only_borders_whole_words_is_no_letter_committed():
    """``{(cid:104)year(cid:105)}``: a bracket pair drawn in a symbol font the dump lost. Repetition (``years``,
    ``options`` stand in the text) and the word list support ``s`` at each closing glyph, but the glyph stands
    only after words that are whole without it, so it is as likely a mark as a letter: never committed."""
    text = ("Arguments are written in angle brackets.\n"
            "\\setdate{(cid:104)year(cid:105)}{(cid:104)month(cid:105)} sets the date; years and months are numbers.\n"
            "\\ifavailable{(cid:104)true(cid:105)}{(cid:104)false(cid:105)} tests it; the options are listed below.\n")
    out = restore_text(text)
    closing = [r for r in out["repairs"] if r.get("cids") == [105]]
    assert len(closing) == 4
    assert all(r["restored"] is None for r in closing), closing
    assert any("edge of a whole word" in e["detail"] for r in closing for e in r["evidence"])


def _named_once(repair) -> bool:
    return any(e["kind"] == "abstention" and "a proper noun" in e["detail"] for e in repair["evidence"])


def test_a_place_named_once_in_a_parallel_sentence_is_held_back_but_a_term_is_not():
    # 兄は福岡…/姉は福�…: the second sentence may name another place (福島); ヒートアイランド is a term Sudachi files
    # under 固有名詞-一般, which a text repeats as any term (trial 33: it was held back as a name)
    (place,) = restore_text(f"兄は福岡で働いている。\n姉は福{G}で働いている。")["repairs"]
    assert _named_once(place) and place["status"] != "restored"
    text = f"都市部では夜も気温が下がらないヒートアイランド現象が起きている。\n屋上緑化でヒート{G}イランド現象を和らげる。"
    (term,) = restore_text(text)["repairs"]
    assert not _named_once(term)
    assert term["candidates"][0]["text"] == "ア"
