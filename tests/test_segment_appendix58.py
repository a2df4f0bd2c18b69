"""An appendix's label (issue 16, helper head58): ``Appendix A``, ``Annex B``, ``付録１``, ``付録Ａ`` and ``A.1`` under its
appendix give their label in the section's ``appendix`` (``"A"``, ``"B"``, ``"1"``, ``"A.1"``), folded to ASCII;
``number`` stays null, the body's numbers digits only (decision: docs/talk-json.md, *An appendix's label*; a
``付録１`` numbered ``"1"`` beside section ``1`` would name two sections). A capital letter that is no appendix (``A.
Smith``, roman ``I.`` sections, a list ``A. yes`` / ``B. no``) gets no label. Made-up inputs (also under
/work/regress/in_head58/)."""

from __future__ import annotations

import json

import pytest

from segmenting import only_talk

HEAD = "Water Quality in Harbour Cities\n\nTaro Yamada\n\n1. Introduction\nThe water was measured.\n\n2. Results\nIt was clean.\n\n"


def _labels(talk):
    return [(s.number, s.level, s.appendix) for s in talk.sections]


@pytest.mark.parametrize("tail, labels", [
    ("Appendix A. Derivation of the model\nThe model follows.\n\nA.1 Assumptions\nThe bay is mixed.\n\n"
     "A.2 Solution\nIt is solved.\n\nAppendix B. Station list\nThe stations.\n",
     [(None, 1, "A"), (None, 2, "A.1"), (None, 2, "A.2"), (None, 1, "B")]),
    ("Annex A: Counting Sheets\nThe sheets are reproduced.\n\nAnnex B: Weather Record\nRain fell on nine days.\n",
     [(None, 1, "A"), (None, 1, "B")]),
    ("Appendix 1: Questionnaire\nThe questions asked.\n\nAppendix 2: Codes\nThe codes used.\n",
     [(None, 1, "1"), (None, 1, "2")]),
])
def test_an_english_appendix_gives_its_label(tail, labels):
    talk, _ = only_talk(HEAD + tail)
    assert _labels(talk)[:2] == [("1", 1, None), ("2", 1, None)]
    assert _labels(talk)[2:] == labels


@pytest.mark.parametrize("tail, labels", [
    ("付録１　調査票\n調査票の全文を示す。\n\n付録Ｂ　集計表\n集計の結果を表に示す。\n", ["1", "B"]),
    ("付録Ａ　調査地点\n調査した公園の一覧を示す。\n\n付録Ｂ　調査票\n配布した調査票を示す。\n", ["A", "B"]),
    ("付録二　用語集\n用語の意味を示す。\n", ["2"]),
])
def test_a_japanese_appendix_gives_its_label(tail, labels):
    talk, _ = only_talk("市民意識調査報告書\n\n企画課\n\n１．調査の概要\n市民二千人に調査票を送った。\n\n２．結果\n回答率は六割であった。\n\n"
                        + tail)
    assert [s.number for s in talk.sections] == ["1", "2"] + [None] * len(labels)
    assert [s.appendix for s in talk.sections] == [None, None] + labels


@pytest.mark.parametrize("text", [
    HEAD + "A. yes\nB. no\n\n3. Answers\nMost answered yes.\n\nA. Smith wrote the first draft.\n",
    "Port Logistics\n\nLars Nilsson\n\nI. Introduction\nPorts compete.\n\nII. Data\nCustoms records.\n\nIII. Results\nGrowth.\n",
    HEAD + "Notes on the visits\nWe visited twice.\n\nA.1 First Visit\nIn May.\n",
])
def test_a_capital_letter_that_is_no_appendix_gets_no_label(text):
    talk, _ = only_talk(text)
    assert all(s.appendix is None for s in talk.sections)


def test_a_section_after_the_appendices_closes_them():
    talk, _ = only_talk(HEAD + "Appendix A. Model\nThe model.\n\nReferences\nSmith, J. (2020). Bays.\n\nA.1 Stray line\nText.\n")
    assert [s.appendix for s in talk.sections if s.appendix] == ["A"]


def test_the_talk_json_carries_the_label_and_validates(tmp_path):
    from pipeline.driver import run_one
    from pipeline.structure.schema import schema_errors

    raw = tmp_path / "harbour.txt"
    raw.write_text(HEAD + "Appendix A. Model\nThe model.\n\nA.1 Data\nThe data.\n", encoding="utf-8")
    [path] = [p for p in run_one(raw, tmp_path / "out") if p.suffix == ".json" and p.name != "index.json"]
    talk = json.loads(path.read_text(encoding="utf-8"))
    assert schema_errors(talk) == []
    sections = talk["paper"]["sections"]
    assert [(s["number"], s.get("appendix")) for s in sections] == [("1", None), ("2", None), (None, "A"), (None, "A.1")]
    assert ["appendix" in s for s in sections] == [False, False, True, True]
