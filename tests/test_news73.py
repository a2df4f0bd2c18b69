"""Newsletters and leaflets of several articles or spots (issue 16 point 2; helper news73, fresh-user trials 73c's
``f3_pta.txt`` and 73's ``f5_brochure.txt``). Inputs: ``tests/data/news73/`` (copies in ``/work/regress/in_news73/``:
``nl_*`` newsletters, ``lf_*`` leaflets, ``nm_*`` near misses), each run through extract, clean and segment with the
conservation check (``tests/segmenting.py``).

1. A periodical's masthead with its issue (``PTAだより　第３号``, ``みなと町通信　第12号``) over its issue date and its
   issuer's line (``さくら台小学校ＰＴＡ広報委員会``) titles the newsletter: the issuer's line is no letterhead over a
   title (``talks._issuer_under_masthead``), and the first headline under it opens the body as under an issue line
   (``sections.issuer_under_issue``).
2. A Japanese article signed on one line (``PTA会長　高橋 健一``) closes it: the headline under it heads the next
   article (``sections.signed_off``); a headline the dump printed twice heads the text under its copy.
3. A bilingual leaflet's spot, its name in both languages over its text in both (``近江町市場`` / ``Omicho Market`` /
   a Japanese sentence / its English), heads its section (``sections.bilingual_name_over_text``), the first spot
   under the title pair no speaker; the closing contact line in both languages is one closing block, the twins
   together.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts
from tests.segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "news73"


def _read(name: str):
    return only_talk_of(DATA / name)[0]


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None and s.title.text else None for s in talk.sections]


def _title(talk) -> tuple[str | None, str | None]:
    t = talk.title
    return (t.ja.text if t and t.ja else None, t.en.text if t and t.en else None)


# --- 1. and 2. a newsletter's masthead over its issuer; its articles -------------------------------------------------

@pytest.mark.parametrize("name, title, issuer, heads", [
    ("f3_pta.txt", "PTAだより", "さくら台小学校PTA広報委員会",
     ["運動会のお礼", "バザーのお知らせ", "交通安全の見守りについて", "図書ボランティア募集", "家庭教育学級のご案内", "編集後記"]),
    ("nl_ja_town_issuer.txt", "みなと町通信", "みなと町自治会広報部", ["冬の防災訓練を行いました", "ごみ出しルールの変更", "春祭りの準備について"]),
    ("nl_ja_school_blank.txt", "ひまわり小学校だより", "ひまわり小学校PTA広報委員会",
     ["学習発表会のお知らせ", "持久走大会について", "インフルエンザの予防"]),
])
def test_a_mastheads_issuer_is_front_and_every_article_a_section(name, title, issuer, heads):
    talk = _read(name)
    assert _title(talk) == (title, None)
    assert front_texts(talk)[-1] == issuer
    assert _titles(talk) == heads
    assert not any(h in front_texts(talk) for h in heads)


def test_a_signed_article_keeps_its_signature_and_the_next_headline_heads():
    talk = _read("f3_pta.txt")
    first, second = talk.sections[:2]
    assert first.paragraphs[-1].text.startswith("PTA会長")
    assert second.paragraphs[0].text.startswith("来月11月16日")


@pytest.mark.parametrize("name, title, heads", [
    # English mastheads with their issue over the issuer's line: read so before, kept
    ("nl_en_club_issuer.txt", "Riverside Ramblers News",
     ["Coastal path walk a great success", "New boots for the loan cupboard", "Annual dinner booked for June"]),
    ("nl_en_school_issuer.txt", "Oakfield Primary Newsletter", ["Sports day thank you", "Book fair next week", "Winter coats"]),
])
def test_english_mastheads_over_their_issuer_as_before(name, title, heads):
    talk = _read(name)
    assert _title(talk) == (None, title)
    assert _titles(talk) == heads


# --- 3. a bilingual leaflet's spots ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, spots, contact", [
    ("f5_brochure.txt", ("金沢まちあるきガイド", "Kanazawa Walking Guide"), ["兼\ufffd園", "ひがし茶屋街", "近\ufffd町市場", "金沢21世紀美術館"],
     ["お問い合わせ：金沢市観光協会\u3000電話 076-232-5555", "Enquiries: Kanazawa City Tourism Association, tel. +81 76-232-5555"]),
    ("lf_nara_spots.txt", ("奈良公園さんぽ", "Nara Park Walk"), ["東大寺", "春日大社", "ならまち"],
     ["お問い合わせ：奈良市観光センター\u3000電話 0742-22-3900", "Enquiries: Nara City Tourist Center, tel. +81 742-22-3900"]),
])
def test_each_spot_of_a_bilingual_leaflet_is_a_section(name, title, spots, contact):
    talk = _read(name)
    assert _title(talk) == title
    assert _titles(talk) == spots
    assert talk.speaker is None or not talk.speaker.name
    assert all(len(s.paragraphs) >= 3 for s in talk.sections)  # the English name, the text in both languages
    assert front_texts(talk)[-2:] == contact  # the contact's twins kept together, the closing block


def test_an_english_first_leaflet_without_blank_lines_as_before():
    talk = _read("lf_en_first_noblank.txt")
    assert _titles(talk) == ["Morning Market", "Red Brick Warehouses", "Mount Hakodate"]


# --- near misses: read as before -------------------------------------------------------------------------------------

def test_near_miss_a_bilingual_papers_author_pair_is_no_spot():
    # ``山田 太郎`` / ``Taro Yamada`` over the abstract in both languages: a person's name in both halves
    talk = _read("nm_bilingual_paper.txt")
    assert _title(talk) == ("地域観光の課題", "Challenges of Regional Tourism")
    assert "山田 太郎" not in _titles(talk) and _titles(talk) == ["はじめに"]


def test_near_miss_a_notices_labels_and_a_minutes_agenda():
    notice = _read("nm_notice_label.txt")
    assert _title(notice) == ("図書館からのお知らせ", None) and _titles(notice) == ["休館日", "貸出期間"]
    minutes = _read("nm_minutes_agenda.txt")
    assert _titles(minutes)[-2:] == ["Minutes of the last meeting", "Treasurer's report"]


def test_near_miss_a_notices_letterhead_under_its_date_and_a_month_issue():
    # no masthead over the organisation (a date alone): the notice's title under its letterhead, as before
    notice = _read("nm_notice_letterhead.txt")
    assert _title(notice) == ("総会開催のお知らせ", None)
    assert front_texts(notice)[:2] == ["令和7年2月1日", "みなと町自治会"]
    # a masthead over its month's issue and its issuer: read so before, kept
    monthly = _read("nl_ja_month_issue.txt")
    assert _title(monthly) == ("さくら台だより", None) and _titles(monthly) == ["秋祭りのお礼", "防犯パトロールの募集"]
