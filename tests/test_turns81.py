"""Issue 16 (structure), session 81, helper turns81: spoken records and guides whose body was read wrong.

1. A transcript's turn label (``司会（中村）``, ``質問者A``, ``高橋``, ``Moderator (Lee)``; an interview's ``Q:`` / ``A:``)
   before one space, an ideographic space, a colon or the line's end, where the document shows a transcript (three
   turns or more, a speaker who speaks again): the turns are the body, never ``front``, and each turn's paragraph
   names its speaker (``speaker``); clean keeps the space after a role's tag (``質問者A 新聞…``). Trial 80e's 研究会
   lecture record had its body in ``front`` and no turn read.
2. A guide's stops numbered in sequence (``Stop 1. Welcome`` … ``Stop 6.``, ``Track 2:``, ``No. 3　…``) are numbered
   sections titled after the label (trial 80d's museum audio guide: ``number`` null, the label in the title).
3. A notice's signer over a journal foot whose folio the furniture reader set apart (``学会誌 第49巻 第12号 (2026)
   　　1043``) is its speaker, a lost glyph in the name kept (trial 80d's society notice: no speaker).

Inputs: ``tests/data/turns81/`` (kept in ``/work/regress/in_turns81/`` with their expected files; the trial inputs from
``/work/regress/in_trial80d`` and ``in_trial80e``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "turns81"


def _talk_json(text: str) -> dict:
    from pipeline.model import Restored, RestoredTalk
    from pipeline.structure import export, structure
    from pipeline.structure.document import talk_from_json
    from pipeline.structure.schema import schema_errors

    seg = run_text(text)
    restored = Restored(source=seg.source, talks=tuple(RestoredTalk(talk=t, repairs=()) for t in seg.talks),
                        ledger=seg.ledger)
    (document,) = structure(restored, stem="m").values()
    data = document.to_json()
    assert schema_errors(data) == []
    assert talk_from_json(json.loads(export.talk_json_text(document))) == document
    return data


def _doc(name: str) -> dict:
    return _talk_json((DATA / name).read_text(encoding="utf-8"))


def _speakers(data: dict) -> list[str]:
    turns = [p for s in data["paper"]["sections"] for p in s["paragraphs"] if "speaker" in p]
    for p in turns:
        assert p["text"][p["speaker"]["start"]:p["speaker"]["end"]] == p["speaker"]["text"]
    return [p["speaker"]["text"] for p in turns]


def _front(data: dict) -> list[str]:
    return [p["text"] for p in data["paper"]["front"]]


def _outline(data: dict) -> list[tuple[str | None, str]]:
    return [(s["number"], s["title"]) for s in data["paper"]["sections"]]


# 1. a transcript's turn labels

def test_a_lecture_records_turns_are_its_body_and_name_their_speakers_trial80e():
    data = _doc("kenkyukai.txt")
    assert not any(t.startswith(("司会", "高橋", "質問者")) for t in _front(data))
    assert _outline(data) == [(None, ""), (None, "質疑応答")]
    assert _speakers(data) == ["司会（中村）", "高橋", "質問者A", "高橋", "質問者B", "高橋", "司会（中村）"]
    texts = [p["text"] for s in data["paper"]["sections"] for p in s["paragraphs"]]
    assert "質問者A 新聞縦覧所の利用者数について、具体的な資料はありますか。" in texts  # the space after the tag kept


@pytest.mark.parametrize("name, speakers", [
    ("zadankai.txt", ["コーディネーター（木村）", "参加者1", "参加者2", "コーディネーター（木村）",
                      "参加者1", "岡本", "参加者2", "コーディネーター（木村）"]),
    ("panel_en.txt", ["Moderator (Lee)", "Okafor", "Brennan", "Moderator (Lee)", "Brennan", "Okafor", "Moderator (Lee)"]),
    ("interview_qa.txt", ["Q", "A", "Q", "A", "Q", "A"]),
])
def test_a_transcripts_turns_name_their_speakers_turns81(name, speakers):
    data = _doc(name)
    assert _speakers(data) == speakers
    assert not any(t.startswith(tuple(speakers)) for t in _front(data))


def test_a_lone_role_line_and_a_name_with_its_given_name_are_no_turns_turns81():
    # one ``司会：`` line alone is a sentence's (a notice's), and a surname parted from its given name by one space
    # opens no turn: no paragraph names a speaker
    data = _talk_json("夏の交流会のお知らせ\n\n司会：それでは今年の交流会についてご案内します。\n"
                      "高橋 誠一さんが講演します。\n佐藤 花子さんも参加します。\n高橋 誠一さんは港町の出身です。\n")
    assert _speakers(data) == []


def test_the_space_after_a_roles_tag_stays_a_counts_closes_up_turns81():
    from pipeline.clean.spacing import remove_cjk_ascii_spaces
    from pipeline.model import Text

    assert remove_cjk_ascii_spaces(Text.from_raw("質問者A 新聞について伺います。", 1)).text.text == "質問者A 新聞について伺います。"
    assert remove_cjk_ascii_spaces(Text.from_raw("参加者2 名が欠席した。", 1)).text.text == "参加者2名が欠席した。"


# 2. a guide's numbered stops

@pytest.mark.parametrize("name, outline", [
    ("audio_guide.txt", [("1", "Welcome"), ("2", "The Figurehead Gallery"), ("3", "Life Below Deck"),
                         ("4", "The Lighthouse Lens"), ("5", "Shipbuilders of the Harbour"), ("6", "Before You Leave")]),
    ("audio_guide_track.txt", [("1", "Welcome to the Glasshouses"), ("2", "The Palm House"), ("3", "The Desert Room"),
                               ("4", "The Orchid Collection")]),
    ("onsei_guide.txt", [("1", "ごあいさつ"), ("2", "第1展示室\u3000港のはじまり"), ("3", "第2展示室\u3000北前船の時代"),
                         ("4", "第3展示室\u3000近代の港")]),
])
def test_a_guides_stops_in_sequence_are_numbered_sections_trial80d(name, outline):
    data = _doc(name)
    assert _outline(data) == outline


def test_a_sentence_opening_on_a_stops_word_stays_text_turns81():
    data = _doc("audio_guide_track.txt")
    track3 = next(s for s in data["paper"]["sections"] if s["number"] == "3")
    assert track3["paragraphs"][0]["text"].startswith("Stop 3 buses run from the main gate")


def test_stops_that_skip_a_number_number_nothing_turns81():
    from pipeline.model import Text
    from pipeline.segment.sections import numbered_series

    lines = [Text.inserted(s) for s in ("Room 5: Maps", "The maps are old. They are fragile.",
                                        "Room 2: Globes", "The globes turn. Please do not touch them.")]
    assert numbered_series(lines) == {}
    # a float's captions over their notes and a part's labels are no stops (session 81's regression: a paper's
    # ``Figure 1.`` / ``Figure 2.`` had become sections 1 and 2)
    captions = [Text.inserted(s) for s in ("Figure 1. Rainfall", "Rain fell all year. It was very wet.",
                                           "Figure 2. Levels", "Levels rose in May. They fell in June.")]
    parts = [Text.inserted(s) for s in ("Part 2: Repairs", "Mend the roof first. Then the walls.",
                                        "Part 3: Heating", "Check the boiler each year. It is old.")]
    assert numbered_series(captions) == {} and numbered_series(parts) == {}


# 3. a notice's signer over the journal foot

@pytest.mark.parametrize("name, signer, post", [
    ("gakkai_kaikoku.txt", "中村 \ufffd", "選挙管理委員長"),
    ("kaiho_kokuchi.txt", "石\ufffd 和彦", "研究発表会実行委員長"),
])
def test_a_notices_signer_over_a_journal_foot_is_its_speaker_trial80d(name, signer, post):
    [talk] = run_text((DATA / name).read_text(encoding="utf-8")).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == signer
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text.endswith(post)


# 4. a record's closing credit

@pytest.mark.parametrize("name, credit", [
    ("kenkyukai.txt", "（文責：事務局）"),
    ("zadankai.txt", "（記録：港町まちづくり協議会事務局）"),
])
def test_a_records_closing_credit_is_its_closing_block_trial80e(name, credit):
    data = _doc(name)
    assert credit in [p["text"] for p in data["paper"]["closing"]]
    assert credit not in [p["text"] for s in data["paper"]["sections"] for p in s["paragraphs"]]
