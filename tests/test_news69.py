"""Newsletters' long headlines, letters' addressees and a notice's body before ``記`` (issue 16 point 2, fresh-user
trial 68e; helper news69).

1. A newsletter's headline longer than a short phrase (``New Library Opens on Main Street``, 32 characters) heads its
   article where its siblings, title-cased lines over their paragraphs, head theirs (``sections.long_headline``,
   ``sections._by_shape``); alone, such a line heads nothing.
2. A letter's addressee (``会員の皆様``, ``会員各位``, ``保護者の皆さま``) is ``front``, never the letter's title nor a heading
   over its text (``organisations.addressee_line``, ``sections.split_paper``); a Japanese addressee over the text marks a
   letter as a salutation does (``stage._letter_opening``), so a signed one has its text as its body, and a sender's
   line that signs the letter again is its letterhead (``stage._signed_again``).
3. A Japanese notice's running text over ``記`` (its greeting, ``下記のとおり…``) is its body, an untitled section before
   the items, no longer ``front`` (``stage.notice_body_before_items``); the close (``敬具``), a signer and ``記`` stay front.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file, run_text, speaker_texts

REGRESS = Path(__file__).parent / "data" / "news69"  # copies of /work/regress/<folder>/<file>


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None and s.title.text else None for s in talk.sections]


TRIAL_68E = """\
Riverside Community Newsletter
Spring 2024

New Library Opens on Main Street
The new public library opened on March 3 with a ceremony attended by over two hundred residents.

Park Cleanup Day Set for April
Volunteers will gather at Elm Park on April 20 to clear litter and plant new trees.

Council Approves Bike Lane Plan
The council voted six to one to add protected bike lanes along Oak Avenue.

Edited by Margaret Hill, Communications Officer
"""


def test_trial_68e_newsletter_heads_its_three_articles():
    talk = run_text(TRIAL_68E).talks[0]
    assert _titles(talk) == ["New Library Opens on Main Street", "Park Cleanup Day Set for April",
                             "Council Approves Bike Lane Plan"]
    assert [len(s.paragraphs) for s in talk.sections] == [1, 1, 1]
    # the editor's line is neither a headline nor the last article's text
    assert "Edited by Margaret Hill, Communications Officer" in front_texts(talk)
    assert speaker_texts(talk) == ("Margaret Hill", "Communications Officer")


@pytest.mark.parametrize("name, titles", [
    ("nl_en_four_long.txt", ["Harbour Wall Repairs Will Begin After the Summer Season",
                             "New Bus Route Links the Station With the Hospital",
                             "Volunteers Wanted for the Beach Clean on 21 June",
                             "Library Extends Saturday Opening Hours Until Five"]),
    ("nl_en_mixed_short_long.txt", ["Show Results", "Plot Holders Asked to Save Water During the Hosepipe Ban",
                                    "Seed Swap Returns to the Village Hall in September"]),
    ("nl_en_numbers_dateline.txt", ["Council Approves 2026 Budget of $48 Million",
                                    "Water Main Replacement on 5th Street Starts Monday"]),
])
def test_long_headlines_head_their_articles(name, titles):
    path = REGRESS / "in_news69" / name
    talk = run_file(path.read_bytes(), name).talks[0]
    assert _titles(talk) == titles
    assert not any(t in front_texts(talk) for t in titles)


def test_dateline_under_the_first_headline_still_names_the_city():
    path = REGRESS / "in_news69" / "nl_en_numbers_dateline.txt"
    talk = run_file(path.read_bytes(), path.name).talks[0]
    assert talk.city.en is not None and talk.city.en.text == "Springfield"  # the dateline's word, in title case


@pytest.mark.parametrize("name", ["nm_en_one_long_heading.txt", "nm_en_paper_captions.txt", "nm_en_letter_subject.txt"])
def test_a_long_title_cased_line_alone_heads_nothing(name):
    path = REGRESS / "in_news69" / name
    talk = run_file(path.read_bytes(), name).talks[0]
    assert _titles(talk) == [None]


def test_japanese_long_headlines_flush():
    path = REGRESS / "in_news69" / "nl_ja_long_flush.txt"
    talk = run_file(path.read_bytes(), path.name).talks[0]
    assert len(talk.sections) == 3


def _run(name: str):
    path = REGRESS / "in_news69" / name
    return run_file(path.read_bytes(), name).talks


@pytest.mark.parametrize("name, addressee, first", [
    ("ad_ja_hogosha_minasama_signed.txt", "保護者の皆さま", "日頃より本校の教育活動"),
    ("ad_ja_kakui_signed_noopening.txt", "会員各位", "今年度の春季大会"),
])
def test_an_addressee_is_front_and_the_signed_text_the_body(name, addressee, first):
    (talk,) = _run(name)
    assert talk.title.ja is None and talk.title.en is None
    assert addressee in front_texts(talk)
    assert _titles(talk) == [None]
    body = talk.sections[0].paragraphs
    assert body[0].text.startswith(first)
    assert not any(p.text.startswith(("会長", "校長")) for p in body)  # the signature is front, no paragraph


LETTER_MINASAMA = """\
みどり台町内会
令和８年６月１０日

会員の皆様

拝啓　初夏の候、皆様にはますますご健勝のこととお喜び申し上げます。
さて、今年も夏祭りの準備が始まります。準備委員を募集いたしますので、ご協力をお願いいたします。

敬具

みどり台町内会
会長　佐々木　正
"""

LETTER_KAKUI_UNSIGNED_CLOSE = """\
さくら台自治会
３丁目５番地　さくら台集会所

令和８年２月１日

会員各位

　日頃より自治会活動にご協力いただき、ありがとうございます。本年度の総会を３月に開催しますので、ご出席ください。

さくら台自治会
会長　山本　和夫
"""


def test_an_addressee_over_haikei_is_no_title():
    talk = run_text(LETTER_MINASAMA).talks[0]
    assert talk.title.ja is None
    assert "会員の皆様" in front_texts(talk)
    assert talk.sections[0].paragraphs[0].text.startswith("拝啓")


def test_kakui_over_a_letter_with_no_opening_word_heads_nothing():
    talk = run_text(LETTER_KAKUI_UNSIGNED_CLOSE).talks[0]
    assert "会員各位" not in _titles(talk)
    assert "会員各位" in front_texts(talk)
    assert [p.text for p in talk.sections[0].paragraphs] == [
        "日頃より自治会活動にご協力いただき、ありがとうございます。本年度の総会を3月に開催しますので、ご出席ください。"]
    assert speaker_texts(talk) == ("山本\u3000和夫", "さくら台自治会会長")


@pytest.mark.parametrize("name", ["ad_en_dear_members_top.txt", "ad_en_dear_parents.txt", "ad_ja_kakui_unsigned.txt",
                                  "ad_ja_kakui_keigu_unsigned.txt"])
def test_a_salutation_or_an_unsigned_letters_addressee_stays_front(name):
    (talk,) = _run(name)
    assert talk.title.ja is None and talk.title.en is None
    assert any(t.startswith(("Dear", "会員各位")) for t in front_texts(talk))
    assert not any(t is not None and t.startswith(("Dear", "会員各位")) for t in _titles(talk))


def test_a_subject_under_the_addressee_is_still_the_title():
    (talk,) = _run("nm_ja_subject_letter.txt")
    assert talk.title.ja is not None and talk.title.ja.text == "夏祭り準備委員の募集について"
    assert "会員の皆様" in front_texts(talk)


@pytest.mark.parametrize("path, first, front_kept", [
    (REGRESS / "in_news69" / "nt_ja_greeting_ki.txt", "日頃より水道事業に", ["地域住民の皆様へ", "記"]),
    (REGRESS / "in_news69" / "nt_ja_haikei_ki_colon.txt", "拝啓", ["保護者各位", "敬具", "記"]),
    (REGRESS / "in_trial64d" / "t64d_notice_ja.txt", "令和7年度の市民税", ["市民の皆様へ", "記"]),
    (REGRESS / "in_trial68b" / "notice2_ja.txt", "拝啓", ["敬具", "記"]),
    (REGRESS / "in_fix68n" / "n1_notice_kokuji.txt", "令和7年5月1日から", ["あおば町長　高橋 健二", "記"]),
])
def test_a_notices_text_over_ki_is_its_body(path, first, front_kept):
    talk = run_file(path.read_bytes(), path.name).talks[0]
    body = talk.sections[0]
    assert body.number is None and body.heading is None and not body.title.text
    assert body.paragraphs[0].text.startswith(first)
    assert not any(t.startswith(first) for t in front_texts(talk))
    assert all(t in front_texts(talk) for t in front_kept)
    assert talk.sections[1].number == "1"


def test_a_notice_with_no_text_over_ki_keeps_its_items_first():
    (talk,) = _run("nm_ja_ki_no_text.txt")
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert "記" in front_texts(talk)


@pytest.mark.parametrize("path, headline", [
    (REGRESS / "in_news69" / "nm_ja_news_minasama_headline.txt", "保護者の皆様へ"),
    (REGRESS / "in_trial68d" / "t68d_jnews.txt", "保護者の皆様へ"),
])
def test_a_newsletters_headline_addressing_its_readers_still_heads_its_article(path, headline):
    talk = run_file(path.read_bytes(), path.name).talks[0]
    assert headline in _titles(talk)
