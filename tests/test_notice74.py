"""Japanese and English notices, bulletins, leaflets and newsletters (issue 16 point 2; helper notice74 after
fresh-user trial 73d). Inputs: ``tests/data/notice74/`` (copies in ``/work/regress/in_notice74/``; ``t73d_*`` are the
trial's own, the rest variants of their kinds, ``nm_*`` near misses), each run through extract, clean and segment with
the conservation check (``tests/segmenting.py``).

1. A circular's label and number (``社内通知　第2025-042号``, ``総務部通達　第7号``) is a notice's number line, and a
   subject closed by its kind's words (``…のお知らせ``, ``…のご案内``) under the addressee is the title
   (``labels.NOTICE_NUMBER``, ``letters.notice_subject``).
2. The issuing office over the subject, where no person signs (``株式会社みなと精機 総務人事部``, ``みなと市 総務部``),
   is the speaker: ``affiliation`` and ``text``, ``name`` null, as an office's line there is (helper fix68c's
   decision; ``organisations.is_organisation`` reads a company over its department).
3. A notice's ``一、`` items are marks, no count (``number`` null), and the text after the last one past a blank line
   is an untitled section (``stage.kanji_marked_items``); an obituary's deceased (``… 儀``) is no speaker; an
   invitation's ``令和七年九月吉日`` is a date line.
4. A bulletin's headings in any full-width bracket (``［雨の予想］``, ``〔交通〕``, ``＜避難情報＞``) are sections
   (``labels.bracketed_heading``); a clause stopping on a particle after a comma heads nothing.
5. Captions numbered on through a leaflet's chapters (``１．`` ``２．`` under ``第一章``, ``３．`` under ``第二章``) are
   each chapter's sections, numbered as printed (``sections._restarted_under_chapters``).
6. A letters page: a reader's signature (``Tom Ashdown, The Street``) heads nothing (``sections.letter_signature``),
   and a Japanese letter signed in brackets after its stop ends a sentence, so ``読者の声`` heads its letters.
7. A periodical's own name sets its edition apart after a comma (``Hillside Allotments Bulletin, Vol. 4 No. 2``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts
from tests.segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "notice74"


def _read(name: str):
    return only_talk_of(DATA / name)[0]


def _headings(talk) -> list[str | None]:
    return [text_of(s.heading) for s in talk.sections]


def _title(talk) -> tuple[str | None, str | None]:
    t = talk.title
    return (text_of(t.ja) if t else None, text_of(t.en) if t else None)


# --- 1. and 2. a notice's number line, its subject, its issuing office ------------------------------------------------

@pytest.mark.parametrize("name, title, number", [
    ("t73d_ja_memo.txt", "人事異動および組織変更のお知らせ", "社内通知\u3000第2025-042号"),
    ("ja_notice_oshirase.txt", "健康診断実施のお知らせ", "社内通知\u3000第2025-051号"),
    ("ja_notice_tsutatsu.txt", "公用車の使用に関するご案内", "総務部通達\u3000第7号"),
])
def test_a_notices_subject_titles_it_over_its_label_and_number(name, title, number):
    talk = _read(name)
    assert _title(talk) == (title, None)
    assert number in front_texts(talk)


@pytest.mark.parametrize("name, office", [
    ("t73d_ja_memo.txt", "株式会社みなと精機 総務\ufffd事部"),
    ("ja_notice_oshirase.txt", "株式会社かもめ電機 人\ufffd総務部"),
    ("ja_notice_company.txt", "株式会社あさひ物産 経営企画部"),
    ("ja_notice_tsutatsu.txt", "みなと市 総務部"),
])
def test_the_issuing_office_over_the_subject_is_the_speaker_with_no_name(name, office):
    talk = _read(name)
    assert text_of(talk.speaker.affiliation) == office
    assert text_of(talk.speaker.text) == office
    assert talk.speaker.name is None
    assert office in front_texts(talk)  # a view of the line, which stays front


# --- 3. an obituary's and a ceremony notice's 一、 items -------------------------------------------------------------

@pytest.mark.parametrize("name, items, after", [
    ("t73d_ja_fuho.txt", ["一、通夜", "一、葬儀告別式", "一、式場", "一、喪主"], "喪主\t岩崎 美智子"),
    ("ja_fuho2.txt", ["一、通夜", "一、告別式", "一、場所", "一、喪主"], "なお、ご香典の儀は故人の遺志によりご辞退申し上げます。"),
])
def test_kanji_marked_items_are_marks_and_the_text_after_them_their_own(name, items, after):
    talk = _read(name)
    marked = [s for s in talk.sections if text_of(s.heading) in items]
    assert [text_of(s.heading) for s in marked] == items
    assert all(s.number is None for s in marked)
    last = talk.sections.index(marked[-1])
    assert len(marked[-1].paragraphs) == 1  # the item's own value
    rest = talk.sections[last + 1]
    assert rest.heading is None and not rest.title.text
    assert rest.paragraphs[0].text.startswith(after)


def test_an_obituarys_deceased_is_no_speaker_and_its_closing_office_speaks():
    talk = _read("ja_fuho2.txt")
    assert "株式会社みどり商事 代表取締役会長 山本 正一 儀" in front_texts(talk)
    assert text_of(talk.speaker.affiliation) == "株式会社みどり商事 総務部"
    assert talk.speaker.name is None


def test_an_invitations_lucky_day_dates_its_closing_signature():
    talk = _read("ja_shiki.txt")
    assert text_of(talk.speaker.name) == "田中 一郎"
    assert talk.id == "創立五十周年記念式典のご案内"  # signed by the city's school: named by its title, no ``sakura``
    assert "令和七年九月吉日" in front_texts(talk)
    assert [s.number for s in talk.sections if s.heading is not None] == [None] * 4


def test_a_counted_kanji_list_keeps_its_numbers():  # near miss: 一、二、三、 count
    talk = _read("nm_ja_kanji_count.txt")
    numbered = [(s.number, text_of(s.heading)) for s in talk.sections if s.heading is not None]
    assert numbered == [("1", "一、日時"), ("2", "二、場所"), ("3", "三、持ち物")]


# --- 4. a bulletin's bracketed headings --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, titles", [
    ("t73d_ja_bousai.txt", ["雨の実況", "雨の予想", "防災事項", "補足事項"]),
    ("ja_bousai2.txt", ["概況", "警戒事項", "雨の予想", "避難情報", "交通"]),
])
def test_a_bulletins_bracketed_headings_are_sections(name, titles):
    talk = _read(name)
    assert [s.title.text for s in talk.sections] == titles


# --- 5. a museum leaflet's captions --------------------------------------------------------------------------------

def test_captions_numbered_on_through_the_chapters_are_each_chapters_sections():
    talk = _read("t73d_ja_museum.txt")
    read = [(s.number, s.level) for s in talk.sections]
    assert read == [("1", 1), ("1", 2), ("2", 2), ("2", 1), ("3", 2), ("4", 2), ("3", 1), ("5", 2), ("6", 2)]
    assert talk.sections[4].title.text == "色絵\ufffd襴手花盛文蓋付大壺"


def test_captions_under_parts_stay_as_read():  # near miss: 第一部 heads no numbered chapter
    talk = _read("ja_museum2.txt")
    # (each part numbered as printed since helper newsb85: a part holding numbered entries is numbered as they are)
    assert [s.number for s in talk.sections] == ["1", "1", "2", "2", "3", "4", "3", "5"]


# --- 6. a letters page ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, heads", [
    ("t73d_en_newsletter.txt", ["LETTERS TO THE EDITOR", "EDITOR'S REPLY", "DIARY DATES"]),
    ("en_letters.txt", ["Summer Fete", "Letters to the Editor", "Village Diary"]),
])
def test_a_readers_signature_heads_no_section(name, heads):
    assert _headings(_read(name)) == heads


def test_a_japanese_letters_page_heads_its_letters():
    talk = _read("ja_letters.txt")
    assert _headings(talk) == ["夏祭りのお知らせ", "読者の声", "編集後記"]
    assert len(talk.sections[1].paragraphs) == 3


# --- 7. an English masthead's edition after a comma ----------------------------------------------------------------

@pytest.mark.parametrize("name, title, edition", [
    ("en_bulletin_comma.txt", "Hillside Allotments Bulletin", ", Vol. 4 No. 2"),
    ("en_bulletin_comma2.txt", "Riverside Residents' Newsletter", ", Issue 31, Spring 2025"),
])
def test_a_periodicals_edition_after_a_comma_is_front(name, title, edition):
    talk = _read(name)
    assert _title(talk) == (None, title)
    assert edition in front_texts(talk)
