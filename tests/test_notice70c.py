"""Fresh-user trial 70c, issue 16 point 2: a document's closing contact block with no telephone or mail under its
heading (``お問い合わせ`` / ``富山市上下水道局給水課``) had stayed the last item's paragraphs; a press release's contact
on one line, its pieces parted by commas (``Media contact: Tom Reyes, 503-555-0142, press@…``), had stayed the
boilerplate section's last paragraph. Inputs: trial 70c's two files and variants of other wording and language
(tests/data/notice70c/, copies of /work/regress/in_notice70c/), with near misses the rule must not touch."""

from pathlib import Path

import pytest

from pipeline.model import Text
from pipeline.segment.contacts import one_line_contact
from pipeline.segment.sections import contact_block
from segmenting import only_talk_of, paragraph_texts, text_of

DATA = Path(__file__).parent / "data" / "notice70c"


def mk(*lines):
    return [Text.inserted(s) for s in lines]


@pytest.mark.parametrize("name, heading, office", [
    ("notice_ja.txt", "お問い合わせ", ["富山市上下水道局給水課"]),
    ("ja_kouen_toiawasesaki.txt", "問い合わせ先", ["みどり市建設部公園緑地課"]),
    ("ja_bracket_two_lines.txt", "問合せ先", ["さくら市立中央図書館", "管理係"]),
])
def test_a_headed_contact_block_without_means_is_the_closing_block(name, heading, office):
    # docs/segment.md: a closing contact block under its heading was a section of its own, each line a paragraph
    # (front only in a press release or under a signature); since helper close82 (issue 16) the closing block, each
    # line apart; never the last item's paragraphs
    talk, _ = only_talk_of(DATA / name)
    closing = [talk.front[i].text for i in talk.front_closing]
    assert closing[-len(office):] == office and heading in closing[-1 - len(office)]  # the heading line kept whole
    assert not any(heading in p.text or p.text in office for s in talk.sections for p in s.paragraphs)


@pytest.mark.parametrize("name, contact", [
    ("press_en.txt", "Media contact: Tom Reyes, 503-555-0142, press@riversidelib.example.org"),
    ("en_press_contact_comma.txt", "Press contact: Lena Ortiz, Parks Department, 503-555-0199"),
    ("en_media_contact_email.txt", "Media contact: Priya Shah, priya.shah@harbormuseum.example.org"),
])
def test_a_labelled_contact_on_one_line_closes_a_release(name, contact):
    talk, _ = only_talk_of(DATA / name)
    assert contact in [t.text for t in talk.front]
    assert contact not in paragraph_texts(talk)


def test_trial_70c_notice_keeps_its_items():
    talk, _ = only_talk_of(DATA / "notice_ja.txt")
    assert [text_of(s.title) for s in talk.sections] == ["", "日時", "区域", "その他"]
    # ``記`` before the items is front matter (docs/segment.md); the contact block under its heading the closing block
    # (a section of its own until helper close82)
    assert [t.text for t in talk.front] == ["記", "お問い合わせ", "富山市上下水道局給水課"]


def test_contact_block_reads_a_heading_over_the_office_alone():
    assert contact_block(mk("工事を行います。", "お問い合わせ", "富山市上下水道局給水課")) == (1, [2])
    assert contact_block(mk("休館します。", "【問合せ先】", "さくら市立中央図書館", "管理係")) == (1, [2, 3])


def test_near_misses_stay_text():
    # a sentence under the heading, a date under it, more than two lines under it: no block without a means
    assert contact_block(mk("本文です。", "お問い合わせ", "電話でお問い合わせください。")) == (None, [])
    assert contact_block(mk("Closed Monday.", "Contact", "For more, please ask at the front desk.")) == (None, [])
    assert contact_block(mk("本文です。", "問い合わせ先", "総務課", "庁舎2階", "窓口3番")) == (None, [])
    # a label and prose with a comma, a heading's words over no means of contact
    assert not one_line_contact("Contact: For more, call the front desk")
    assert not one_line_contact("Media contact: Tom Reyes, Press Office")


@pytest.mark.parametrize("name, paragraph", [
    ("near_ja_hoho.txt", "電話またはメールでお問い合わせください。受付は平日の午前9時から午後5時までです。"),
    ("near_ja_sentence.txt", "ご不明な点は環境課までお問い合わせください。"),
    ("near_en_contact_sentence.txt", "For more, please ask at the front desk."),
])
def test_near_miss_documents_keep_their_text(name, paragraph):
    talk, _ = only_talk_of(DATA / name)
    assert paragraph in paragraph_texts(talk)
    assert paragraph not in [t.text for t in talk.front]
