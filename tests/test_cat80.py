"""Issue 16, session 80, helper cat80: structure from general evidence (a fresh-user trial's segment faults).

(1) A museum exhibition catalogue's greeting signed by a body alone on its line (``西海市教育委員会``) over the curator's
essay: the signer opens no talk (:func:`pipeline.segment.talks.signs_text_above`), closes the greeting, and the essay's
title over its author's post and name heads a section (``sections._essay_byline``); its running head printed on later
pages, repeating the cover's title, is furniture there too (``furniture._names_the_cover``), and an exhibition's kind
over the title (``企画展``) is a label (``titleblock.exhibition_kind``). (2) A letter's subject set in capitals over the
salutation titles it (``letters._capitals_subject_over``). (3) A speech's record label naming its giver
(``Transcript of the Captain's Speech: Daniel Whitcombe (1st XI Captain)``) gives the speaker
(``names.labelled_speech_credit``); title-cased ``Label: value`` lines one under another stay lines of their own
(``paragraphs.titled_labels_in_step``). (4) A programme's abstracts, each title listed in the timetable with its
presenter, head sections (``sections.listed_titles``); a bare folio under a paragraph's short last line is furniture
(``furniture._paragraph_last_line``).

Inputs: /work/regress/in_cat80 (each with its ``.expected.md``), copied to tests/data/cat80. Near misses (pass on the
base too): a letter's ``PRIVATE AND CONFIDENTIAL`` mark is no title; a talk's block whose office line names its
speaker's office still opens the next talk of a volume.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import furniture_of, only_talk, paragraph_texts, segment_text, text_of

DATA = Path(__file__).parent / "data" / "cat80"


def _talk(name: str):
    talk, ledger = only_talk((DATA / name).read_text(encoding="utf-8"))
    return talk, ledger


def _headings(talk) -> list[str | None]:
    return [text_of(s.title) for s in talk.sections]


# (1) the catalogue


@pytest.mark.parametrize("name, title", [
    ("cat_c_head_every_page.txt", "西海の鯨とりと人びと\u3000出品目録"),
    ("cat_a_saikai_catalogue.txt", "西海の鯨とりと人びと"),
])
def test_catalogue_greeting_signer_opens_no_talk(name, title):
    talk, ledger = _talk(name)  # one talk (only_talk asserts it)
    assert text_of(talk.title.ja) == title
    heads = _headings(talk)
    assert heads[:3] == ["ごあいさつ", "西海の鯨組とその時代", "凡例"]
    greeting = [p.text for p in talk.sections[0].paragraphs]
    assert greeting[-1] == "西海市教育委員会"  # the signer closes the greeting, a line of its own
    essay = [p.text for p in talk.sections[1].paragraphs]
    assert "学芸員\u3000山口\u3000健太" in essay[0]


def test_catalogue_running_head_on_later_pages_is_furniture():
    talk, ledger = _talk("cat_a_saikai_catalogue.txt")
    heads = [t for r, t in furniture_of(ledger) if r == "running-header"]
    assert heads == ["企画展「西海の鯨とりと人びと」出品目録"] * 2
    assert "企画展" in [f.text for f in talk.front]  # the exhibition's kind: a label, front
    assert not any("出品目録" in p for p in paragraph_texts(talk) if "企画展「" in p and "本目録" not in p)


# (2) a letter's subject in capitals


@pytest.mark.parametrize("name", ["let_a_objection_caps.txt", "let_d_objection_one_line.txt"])
def test_capitals_subject_titles_the_letter(name):
    talk, _ = _talk(name)
    assert text_of(talk.title.en) == "OBJECTION TO PLANNING APPLICATION WA/2026/01873"
    assert text_of(talk.speaker.name) == "Margaret Ellison"


def test_handling_mark_is_no_subject():
    # near miss (no title on the base either): a handling mark in capitals over the salutation
    talk, _ = only_talk("Jo Bell\n14 Mill Lane\nFarnham GU9 8PL\n\n3 March 2026\n\nPRIVATE AND CONFIDENTIAL\n\n"
                        "Dear Sir,\n\nI write about the hedge along the lane, which has not been cut for two years.\n\n"
                        "Yours faithfully,\n\nJo Bell\n")
    assert text_of(talk.title.en) != "PRIVATE AND CONFIDENTIAL"


# (3) the speech


@pytest.mark.parametrize("name, who, post", [
    ("sp_a_captain_transcript.txt", "Daniel Whitcombe", "1st XI Captain"),
    ("sp_c_wrapped.txt", "Daniel Whitcombe", "1st XI Captain"),
    ("sp_b_chairman_address.txt", "Helen Moorcroft", "Club Chairman"),
])
def test_speech_record_label_gives_the_speaker(name, who, post):
    talk, _ = _talk(name)
    assert text_of(talk.speaker.name) == who
    assert text_of(talk.speaker.affiliation) == post


def test_award_lines_stay_lines():
    talk, _ = _talk("sp_c_wrapped.txt")
    texts = paragraph_texts(talk)
    for line in ("Player of the Year: Tom Hadley", "Batsman of the Year: Raj Patel, 612 runs at an average of 43.7",
                 "Bowler of the Year: Chris Dunmore, 41 wickets", "Young Player of the Year: Oliver Grant",
                 "Clubman of the Year: Sue Hadley"):
        assert line in texts


# (4) the seminar programme


ABSTRACTS = ["地方鉄道の存続と地域住民の利用意識", "商店街の空き店舗活用に関する研究", "SNSにおける災害情報の拡散過程",
             "高齢者の見守り活動と地域のつながり"]


@pytest.mark.parametrize("name", ["prog_a_sotsuron.txt", "prog_c_no_feeds.txt", "prog_e_wrapped_feet.txt"])
def test_programme_abstracts_are_sections(name):
    talk, _ = _talk(name)
    assert [h for h in _headings(talk) if h] == ABSTRACTS
    first = talk.sections[1]
    assert first.paragraphs[0].text == "佐藤\u3000美咲（指導教員：山本\u3000隆）"


@pytest.mark.parametrize("name, title", [
    ("prog_a_sotsuron.txt", "令和7年度 社会情報学科\u3000卒業論文発表会プログラム"),
    ("prog_b_sotsuken.txt", "2025年度 人間環境学部\u3000卒業研究発表会"),
])
def test_programme_year_over_its_name_is_one_title(name, title):
    talk, _ = _talk(name)
    assert text_of(talk.title.ja) == title


def test_programme_variant_three_abstracts():
    talk, _ = _talk("prog_b_sotsuken.txt")
    assert [h for h in _headings(talk) if h] == ["河川敷の外来植物の分布", "学校給食の食品ロスの実態", "都市公園の利用者調査"]


def test_folios_under_short_paragraph_ends_are_furniture():
    talk, ledger = _talk("prog_e_wrapped_feet.txt")
    assert [t for r, t in furniture_of(ledger) if r == "page-number"] == ["2", "3"]
    assert not {"2", "3"} & set(paragraph_texts(talk))


# near miss: a volume's next talk opening on its speaker's office still opens


def test_office_line_naming_its_speaker_still_opens_a_talk():
    text = ("港町市都市計画課\n駅前広場の再整備\n港町市都市計画課長　山田　太郎\n"
            "本稿では駅前広場の再整備の経過を述べる。広場は二〇二〇年に完成した。\n"
            "利用者は完成の前より三割増えた。\n"
            "北浜市企画政策課\n中心市街地の空き店舗対策\n北浜市企画政策課長　佐藤　花子\n"
            "本稿では空き店舗対策の成果を述べる。対策は二〇一八年に始まった。\n")
    doc = segment_text(text)
    assert len(doc.talks) == 2
