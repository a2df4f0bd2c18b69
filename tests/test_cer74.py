"""Issue 16 points 1 and 2 (helper cer74, fresh-user trial 74b): ceremony notices, guest lists, reviews, service
sheets and court summaries.

* a roster of roles and names inside a notice's item (``斎主　宮司　小\ufffd正和`` / ``献幣使　神社庁参事　石井\ufffd夫``)
  starts no talk; the notice's headed blocks after its numbered items (``お願い``) are sections; its signature set far
  right under its contact block (``八幡神社宮司　小林 正和``) is the speaker (宮司, 住職 are posts);
* a guest list's rows (a host's honorific, ``同``) name no speaker and no city;
* a Japanese byline crediting the writing with a colon (``取材・文：フリーライター　佐藤 \ufffd美``) is the speaker and no
  part of the title;
* a line in capitals opening a block heads it beside its capitals siblings (``THE WORD`` over short lines);
* judges under their court's line take the court before their post; a note in round brackets (``（付記）``) heads a
  section of its own.

Inputs: tests/data/cer74/ (kept in /work/regress/in_cer74/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import authors_of, only_talk, only_talk_of, paragraph_texts as paragraphs, segment_file, text_of

DATA = Path(__file__).parent / "data" / "cer74"
GAP = "\ufffd"


def titles(talk):
    return [text_of(s.title) for s in talk.sections]


# --- 1. a ceremony notice ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shunkou():
    return segment_file(DATA / "shunkou.txt")


def test_roster_in_an_item_starts_no_talk(shunkou):
    [talk] = shunkou.talks
    assert text_of(talk.title.ja) == "八幡神社　社殿竣工奉祝祭のご案内"
    assert f"斎主　宮司　小{GAP}正和" in paragraphs(talk)


def test_headed_blocks_after_the_items_are_sections(shunkou):
    talk = shunkou.talks[0]
    assert "お願い" in titles(talk)
    assert "お願い" not in paragraphs(talk)


def test_signature_set_right_under_the_contact_block_signs(shunkou):
    talk = shunkou.talks[0]
    assert authors_of(talk) == [("小林 正和", "八幡神社宮司")]


def test_temple_notice_headings_and_signer():
    talk, _ = only_talk_of(DATA / "houyou.txt")
    # (``お問い合わせ`` and its lines had been the last section: the closing block since helper close82, issue 16)
    assert titles(talk)[-2:] == ["お願い", "お斎について"]
    assert "お問い合わせ" in [talk.front[i].text for i in talk.front_closing]
    assert authors_of(talk) == [("大森 光雲", "浄光寺住職")]


def test_signer_not_set_apart_stays_the_contact_blocks():
    # near miss: the officer right under the contact's telephone (no blank line, at the margin) is whom to ask
    text = (DATA / "houyou.txt").read_text(encoding="utf-8")
    signed = next(line for line in text.splitlines() if line.endswith("浄光寺住職　大森 光雲"))
    text = text.replace("\n\n" + signed, "\n　浄光寺住職　大森 光雲")
    assert signed not in text
    talk, _ = only_talk(text)
    assert talk.speaker.name is None


# --- 2. a guest list -----------------------------------------------------------------------------------------------

def test_guest_list_names_no_speaker_and_no_city():
    talk, _ = only_talk_of(DATA / "shukuga.txt")
    assert text_of(talk.title.ja) == "山本 健一 先生　叙勲受章祝賀会"
    assert talk.speaker.name is None and talk.speaker.affiliation is None
    assert text_of(talk.city.ja) is None


def test_guest_from_a_city_office_names_no_city():
    text = (DATA / "shukuga.txt").read_text(encoding="utf-8").replace("さいたま市立大宮北中学校　校長", "横浜市役所　副市長")
    assert "横浜市役所" in text
    talk, _ = only_talk(text)
    assert text_of(talk.city.ja) is None and talk.speaker.name is None


def test_programme_lecturer_with_honorific_is_still_the_speaker():
    # near miss: one lecturer's line under a lecture's title, an honorific after the name, no list of guests
    talk, _ = only_talk("地域防災の取り組み\n講師　防災士　山田 太郎 先生\n\n"
                        "　本日は、地域で取り組む防災について、具体的な事例をもとにお話しいたします。\n"
                        "　まず、自主防災組織の役割から見ていきます。\n")
    assert text_of(talk.speaker.name).endswith("山田 太郎")


# --- 3. a review's byline ------------------------------------------------------------------------------------------

def test_writing_credit_is_the_speaker_not_the_title():
    talk, _ = only_talk_of(DATA / "kikou.txt")
    assert text_of(talk.title.ja) == "『海辺の図書館』を読む"  # the rubric 【書評】 front (notice85)
    assert authors_of(talk) == [(f"佐藤 {GAP}美", "フリーライター")]


def test_writing_credit_without_post():
    text = (DATA / "kikou.txt").read_text(encoding="utf-8").replace(f"取材・文：フリーライター　佐藤 {GAP}美", f"文：小{GAP}寺 遥")
    talk, _ = only_talk(text)
    assert authors_of(talk) == [(f"小{GAP}寺 遥", None)]


@pytest.mark.parametrize("credit", ["（文：映像批評家　小\ufffd寺 遥）", "文＝映像批評家　小\ufffd寺 遥",
                                    "執筆：映像批評家 小\ufffd寺 遥", "文：映像批評家・小\ufffd寺 遥"])
def test_writing_credit_written_otherwise(credit):
    text = (DATA / "kikou.txt").read_text(encoding="utf-8").replace(f"取材・文：フリーライター　佐藤 {GAP}美", credit)
    talk, _ = only_talk(text)
    assert text_of(talk.title.ja) == "『海辺の図書館』を読む"  # the rubric 【書評】 front (notice85)
    assert authors_of(talk) == [(f"小{GAP}寺 遥", "映像批評家")]


def test_photo_credit_is_no_author():
    # near miss: a photograph's credit with a colon names its source, no writer
    text = (DATA / "kikou.txt").read_text(encoding="utf-8").replace(f"取材・文：フリーライター　佐藤 {GAP}美", "写真：市観光課")
    talk, _ = only_talk(text)
    assert talk.speaker.name is None


# --- 4. a service sheet ---------------------------------------------------------------------------------------------

def test_capitals_heading_over_short_lines_beside_its_siblings():
    talk, _ = only_talk_of(DATA / "evensong.txt")
    assert titles(talk) == ["THE PREPARATION", "THE PSALMODY", "THE WORD", "THE PRAYERS", "NOTICES"]


# --- 5. a court summary ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chisai():
    return only_talk_of(DATA / "chisai.txt")[0]


def test_judges_take_their_court_before_their_post(chisai):
    assert authors_of(chisai) == [(f"山{GAP} 浩二", "大阪地方裁判所第5民事部裁判長裁判官"),
                                  (f"佐藤 {GAP}子", "大阪地方裁判所第5民事部裁判官"),
                                  ("田中 健", "大阪地方裁判所第5民事部裁判官")]


def test_bracketed_note_heads_its_own_section(chisai):
    assert titles(chisai)[-2:] == ["結論", "（付記）"]
    assert chisai.sections[-2].paragraphs[-1].text == "よって、原告の請求を認容する。"
