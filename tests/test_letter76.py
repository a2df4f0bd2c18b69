"""Session 76, helper letter76 (issue 16 point 2): pages of signed pieces, labelled lecturers' lines and a document's
closing block. Made-up inputs of each kind (``/work/regress/in_letter76/``), with near misses that must not change
(docs/segment.md, *Session 76, letter76*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk, text_of

INPUTS = Path("/work/regress/in_letter76")


def _sections(talk):
    return [s.title.text for s in talk.sections]


def _section_texts(talk):
    return [[p.text for p in s.paragraphs] for s in talk.sections]


# --- a page of signed pieces -----------------------------------------------------------------------------------------

LETTERS_EN = """THE MARSHFORD ECHO                                        Tuesday, 3 June 2025
LETTERS

Keep the ferry running in winter

The ferry between Marshford and Eastholme is the only way across the estuary
for anyone without a car. Cutting the winter timetable to weekends would leave
shift workers stranded. I hope the harbour board will think again.

Eileen Fairbrother
Eastholme

Who will mend the sea wall?

After the storms in January the sea wall below Church Lane has a crack you can
put your hand into. The council says it is the harbour board's job, and the
board says it is the council's. Meanwhile the tide comes closer every month.

Colin and Mary Ashworth
Church Lane

A good word for the lifeboat crew

On Sunday the lifeboat crew brought my son and his friend back to shore when
their dinghy capsized off the point. They were there within ten minutes. Thank
you all.

Rev. Thomas Kendall
Vicar of St Peter's, Marshford
"""

TOUSHO_JA = """あおば新聞　声の広場

歩道の段差をなくして

　駅前の歩道には段差が多く、車いすの母を連れて歩くのがひと苦労です。
市には早く直してほしいと思います。
（パート　48歳　石井 典子）

子ども食堂に感謝

　近所の子ども食堂に、共働きの我が家はとても助けられています。
運営してくださる皆さん、本当にありがとうございます。
（会社員　39歳　大西 亮）

朝の読み聞かせを続けたい

　小学校で読み聞かせのボランティアを十年続けてきました。子どもたちの
笑顔が何よりの励みです。仲間が増えるとうれしいです。
（無職　68歳　長谷川 美代子）
"""


@pytest.mark.parametrize("name, heads", [
    ("en_your_views.txt", ["Speed cameras on the ring road are overdue", "Allotment waiting lists are far too long",
                           "Praise for the library volunteers"]),
    ("en_readers_comments.txt", ["A path worth fighting for", "Better signs at Gull Point, please",
                                 "Thank you for the winter issue"]),
    ("en_members_notes.txt", ["Water troughs on the lower site", "Seed swap was a great success",
                              "Subscriptions are now due"]),
    ("ja_toushoran.txt", ["路線バスの減便に困っています", "図書館の夜間開館に感謝", "公園のトイレを清潔に"]),
    ("ja_dokusha_no_koe.txt", ["駅前の花壇に元気をもらう", "夏祭りの復活を喜ぶ", "通学路に横断歩道を"]),
    ("ja_kaiin_dayori.txt", ["久しぶりの北アルプス", "初めての雪山講習会", "登山道の整備に参加して"]),
])
def test_each_signed_piece_is_a_section(name, heads):
    talk, _ = only_talk((INPUTS / name).read_text(encoding="utf-8"))
    assert _sections(talk) == heads
    assert talk.speaker.text is None  # no one writer speaks for the page


def test_letters_page_signers_stay_with_their_letters():
    talk, _ = only_talk(LETTERS_EN)
    assert _sections(talk) == ["Keep the ferry running in winter", "Who will mend the sea wall?",
                               "A good word for the lifeboat crew"]
    texts = _section_texts(talk)
    assert texts[0][-2:] == ["Eileen Fairbrother", "Eastholme"]
    assert texts[1][-2:] == ["Colin and Mary Ashworth", "Church Lane"]
    assert texts[2][-2:] == ["Rev. Thomas Kendall", "Vicar of St Peter's, Marshford"]
    assert talk.speaker.text is None
    assert not any(p.text.startswith("Keep the ferry") for p in talk.front)


def test_toushoran_signatures_stay_with_their_letters():
    talk, _ = only_talk(TOUSHO_JA)
    assert _sections(talk) == ["歩道の段差をなくして", "子ども食堂に感謝", "朝の読み聞かせを続けたい"]
    texts = ["".join(t) for t in _section_texts(talk)]
    assert "石井 典子" in texts[0] and "大西 亮" in texts[1] and "長谷川 美代子" in texts[2]
    assert talk.speaker.text is None


def test_trial75d_letters_page():
    path = Path("/work/regress/in_trial75d/f_letters_page.txt")
    if not path.exists():
        pytest.skip("trial 75d's inputs are not here")
    talk, _ = only_talk(path.read_text(encoding="utf-8"))
    assert _sections(talk) == ["Bus cuts will cut off our villages", "Thank you to the hospital porters",
                               "The market sq\ufffdare needs trees, not parking", "A correction, and an apology"]
    texts = _section_texts(talk)
    assert texts[0][-2:] == ["Margaret O'Donnell", "Litt\ufffde Hatherley"]
    assert texts[2][-2:] == ["Dr Anita Kowal\ufffdzyk", "Chair, Westbridge Civic Society"]
    assert talk.speaker.text is None


# near misses: one signed letter or foreword keeps its reading (its signer the speaker)

ONE_LETTER = """LETTERS

Keep the ferry running in winter

The ferry between Marshford and Eastholme is the only way across the estuary
for anyone without a car. I hope the harbour board will think again.

Eileen Fairbrother
Eastholme
"""

FOREWORD = """Hollybank Community Trust
Annual Review 2025

Chair's foreword

This has been a year of growth for the trust. We opened a second food bank and
welcomed forty new volunteers.

Margaret Hale
Chair of Trustees

Our year in numbers

We served 12,000 meals and ran 300 advice sessions across the borough this year.
"""


def test_one_signed_letter_is_no_page_of_pieces():
    talk, _ = only_talk(ONE_LETTER)
    assert "Eileen Fairbrother" in "".join(p.text for s in talk.sections for p in s.paragraphs) + \
        "".join(p.text for p in talk.front)


def test_foreword_keeps_its_signer():
    talk, _ = only_talk(FOREWORD)
    assert text_of(talk.speaker.name) == "Margaret Hale"


# --- a labelled presenter's line under a lecture's title -------------------------------------------------------------

LECTURE = """{masthead}
{title}
{line}
日時　令和7年5月17日（土）午後2時から
会場　市民会館 第1会議室

本日は、川の流れが町の形をどう変えてきたかをお話しします。
1．川と町
昔の川は、今よりずっと西を流れていました。
"""

LECTURE_EN = """Riverside Heritage Society Newsletter
"Mills of the Upper Valley"
{line}
Date: Saturday 17 May 2025, 2 pm
Venue: Riverside Community Hall

Tonight I want to show how the mills shaped the villages of the upper valley.
1. The first mills
The first mills stood where the river narrows below the church.
"""


@pytest.mark.parametrize("line, name, affiliation", [
    ("発表者　北浜町教育委員会 生涯学習課　木下 聡 氏", "木下 聡", "北浜町教育委員会 生涯学習課"),
    ("発表者：さくら市教育委員会 文化財係　今井 翔太", "今井 翔太", "さくら市教育委員会 文化財係"),
    ("講師：村上 直子（みどり県立図書館 司書）", "村上 直子", "みどり県立図書館 司書"),
    ("講師　北浜町教育委員会 生涯学習課　木下 聡 氏", "木下 聡", "北浜町教育委員会 生涯学習課"),
    # near misses, read so before (a post before the name, an honorific, a bracket after a presenter's label)
    ("報告者：みどり市立博物館 学芸員　大野 真理子", "大野 真理子", "みどり市立博物館 学芸員"),
    ("登壇者：石田 康弘（県立歴史資料館 主任研究員）", "石田 康弘", "県立歴史資料館 主任研究員"),
    ("講　師：森 和彦 先生（みなと大学 教授）", "森 和彦", "みなと大学 教授"),
])
def test_labelled_presenter_is_the_speaker(line, name, affiliation):
    talk, _ = only_talk(LECTURE.format(masthead="郷土史の会だより　第9号", title="「川がつくった町」", line=line))
    assert text_of(talk.speaker.name) == name
    assert text_of(talk.speaker.affiliation) == affiliation


@pytest.mark.parametrize("line, name", [
    ("Speaker: Dr Helen Marsh (University of Leeds)", "Helen Marsh"),
    ("Presenter: Ian Ross, University of York", "Ian Ross"),
])
def test_labelled_presenter_is_the_speaker_en(line, name):
    """Near misses: English presenters' lines were read so before; they stay."""
    talk, _ = only_talk(LECTURE_EN.format(line=line))
    assert text_of(talk.speaker.name) == name


@pytest.mark.parametrize("line", ["講師：山田 太郎", "講師：山田 太郎（作家）", "講師：未定"])
def test_presenter_field_without_affiliation_is_no_presenter(line):
    """Near misses: a syllabus's teacher, an occupation in brackets, a value naming no one: fields, as before."""
    from pipeline.segment.names import speaker_split

    assert speaker_split(line) is None


# --- a document's closing block: ``paper.closing`` (schema version 7) ------------------------------------------------

NOTICE = """令和7年10月1日
住民の皆様へ
みどり台市 環境課

粗大ごみの収集方法の変更について

１．変更の内容
　令和7年11月から、粗大ごみの収集は事前の申し込みによる戸別収集になります。
２．申し込み方法
　収集日の一週間前までに、電話またはインターネットでお申し込みください。

問い合わせ先
みどり台市 環境課 ごみ減量係
電話 0465-00-1234（平日8時30分～17時15分）
"""

PLAIN_NOTE = """お知らせ

図書館は明日から三日間休館します。ご不便をおかけしますが、よろしくお願いします。

問い合わせ　中央図書館
"""


def _talk_json(tmp_path, text: str, name: str = "notice.txt"):
    """The talk JSON the pipeline makes of ``text`` (every raw character in it: ``reliability.one_talk``) and its
    corpus JSONL records."""
    import json

    from reliability import one_talk

    raw = tmp_path / "in" / name
    raw.parent.mkdir()
    raw.write_text(text, encoding="utf-8")
    talk = one_talk(raw, tmp_path)
    corpus = tmp_path / "out" / "talks" / raw.stem / "corpus.jsonl"
    return talk, [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]


def test_closing_block_is_its_own_field(tmp_path):
    talk, corpus = _talk_json(tmp_path, NOTICE)
    assert talk["schema_version"] == 7
    closing = [p["text"] for p in talk["paper"]["closing"]]
    assert closing == ["問い合わせ先", "みどり台市 環境課 ごみ減量係", "電話 0465-00-1234（平日8時30分～17時15分）"]
    assert not any(p["text"] in closing for p in talk["paper"]["front"])
    kinds = [r["kind"] for r in corpus]
    assert kinds[-3:] == ["closing"] * 3 and kinds.index("closing") > kinds.index("paragraph")


def test_a_contact_line_read_as_the_body_stays_there(tmp_path):
    """A near miss: a one-line contact read as the body's last paragraph stays there, no closing block."""
    talk, _ = _talk_json(tmp_path, PLAIN_NOTE, "plain.txt")
    assert talk["paper"]["closing"] == []
    assert talk["paper"]["sections"][-1]["paragraphs"][-1]["text"] == "問い合わせ\u3000中央図書館"


def test_a_version_6_talk_file_is_refused():
    from pipeline.structure.document import talk_from_json

    with pytest.raises(ValueError, match="rebuild"):
        talk_from_json({"schema_version": 6})


def test_segment_keeps_the_closing_block_in_front_and_marks_it():
    """Segment's own contract is unchanged: the lines stay ``front``; ``front_closing`` says which they are."""
    talk, _ = only_talk(NOTICE)
    marked = [talk.front[k].text for k in talk.front_closing]
    assert marked == ["問い合わせ先", "みどり台市 環境課 ごみ減量係", "電話 0465-00-1234（平日8時30分～17時15分）"]
