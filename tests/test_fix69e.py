"""Fresh-user trial 69b, issue 16 points 1-3 (helper fix69e): a cover's credit, a notice's generic label, a Japanese
letter's closing word.

1. A cover's or a paper's credit naming a public body by its kind and place after a person's name and a comma
   (``Ingrid Solberg, Port of Bergenvik``) is the speaker with that affiliation (``organisations.body_of_place``, read
   by ``names.name_then_affiliation``, which reads every such credit); a subtitle with a comma and a date line stay
   what they are. The name over ``Port of Bergenvik`` on two lines is the same credit (helper credit70,
   ``tests/test_credit70.py``).
2. A generic label alone over a Japanese notice's subject (``お知らせ``, ``【お知らせ】``, ``ご案内``, ``回覧``) is front and
   the subject the title, as under an issuer's label (``letters.is_notice_label``); a label over the text or over a
   newsletter's several articles stays the title.
3. A Japanese letter's closing word over the date set before its sender (``敬具`` / ``令和7年11月20日`` / …) ends the
   body, as one right over the signature does (``letters.close_over_signature``).
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

BULLETS = "\n1\nWhy markets\n• Footfall on the quay fell since 2015\n• Small traders lost their stalls\n\n" \
          "2\nWhat we tried\n• Friday evening market in summer\n• Stall fees waived for a season\n\n" \
          "3\nNext steps\n• Winter market under the hall roof\n• Card payments at every stall\n"

PAPER = "\nAbstract\nWe describe a market on the quay. It worked well for traders.\n\n" \
        "1 Introduction\nThe quay lost its footfall after 2015. Traders left the stalls.\n"


@pytest.mark.parametrize("cover, body, name, affiliation", [
    ("Reviving Harbour Markets\nIngrid Solberg, Port of Bergenvik\n", BULLETS, "Ingrid Solberg", "Port of Bergenvik"),
    ("Reviving Harbour Markets\nIngrid Solberg\nPort of Bergenvik\n", BULLETS, "Ingrid Solberg", "Port of Bergenvik"),
    ("Ferries and Island Life\nTomas Lindgren, Port of Skalvik\n", BULLETS, "Tomas Lindgren", "Port of Skalvik"),
    ("Rural Bus Routes Revisited\nMegan Pryce, County of Gwenllian\n", BULLETS, "Megan Pryce", "County of Gwenllian"),
    ("Reviving Harbour Markets\nIngrid Solberg, Port of Bergenvik\n", PAPER, "Ingrid Solberg", "Port of Bergenvik"),
    ("Reviving Harbour Markets\nIngrid Solberg\nPort of Bergenvik\n", PAPER, "Ingrid Solberg", "Port of Bergenvik"),
], ids=["deck-comma", "deck-two-lines", "deck-other-port", "deck-county", "paper-comma", "paper-two-lines"])
def test_a_credit_naming_a_public_body_by_kind_and_place_is_the_speaker(cover, body, name, affiliation):
    (talk,) = run_text(cover + body).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == affiliation
    assert talk.subtitle.en is None


@pytest.mark.parametrize("cover, subtitle", [
    ("Reviving Harbour Markets\nTides, Trade and Towns\n", "Tides, Trade and Towns"),
    ("Reviving Harbour Markets\nIngrid Solberg\n12 March 2026\n", None),
], ids=["subtitle-with-comma", "date-line"])
def test_a_subtitle_or_a_date_is_no_affiliation(cover, subtitle):
    (talk,) = run_text(cover + BULLETS).talks
    assert (talk.subtitle.en.text if talk.subtitle.en is not None else None) == subtitle
    assert talk.speaker.affiliation is None


def test_a_public_body_is_an_affiliation_after_a_name_only():
    from pipeline.segment.names import name_then_affiliation
    from pipeline.segment.organisations import body_of_place, is_organisation

    assert body_of_place("Port of Bergenvik") and name_then_affiliation("Ingrid Solberg, Port of Bergenvik") == 14
    assert not body_of_place("Port of Call") and name_then_affiliation("Ingrid Solberg, Port of Call") is None
    assert not is_organisation("Port of Naha")  # alone: a slide's title (tests/test_segment_cases.py's two_talks)


NOTICE = "{label}\n\n{subject}\n\n{text}\n\n令和８年２月１日\n{issuer}\n"
TEXT = "小松島市立図書館は、館内の照明工事のため、令和８年３月２日から３月６日まで休館いたします。\n" \
       "ご不便をおかけしますが、ご理解をお願いいたします。"


@pytest.mark.parametrize("label, subject", [
    ("お知らせ", "図書館の休館について"),
    ("【お知らせ】", "窓口受付時間の変更について"),
    ("ご案内", "秋の文化講座受講者の募集"),
    ("回覧", "町内一斉清掃の実施について"),
    ("小松島市からのお知らせ", "図書館の休館について"),  # an issuer's label, read so before
], ids=["oshirase", "bracketed", "goannai", "kairan", "issuer-label"])
def test_a_label_alone_over_a_notice_s_subject_is_front_and_the_subject_the_title(label, subject):
    (talk,) = run_text(NOTICE.format(label=label, subject=subject, text=TEXT, issuer="小松島市教育委員会")).talks
    assert talk.title.ja is not None and talk.title.ja.text == subject
    # the label front; the subject is the title, not repeated in front (helper fix69c: a Japanese subject line that
    # is the whole title leaves front)
    fronts = [t.text for t in talk.front]
    assert fronts[:1] == [label] and subject not in fronts, fronts
    assert not any(s.title.text for s in talk.sections)  # the subject heads no section


def test_a_generic_label_over_the_text_or_over_articles_stays_the_title():
    (talk,) = run_text("お知らせ\n\n本日は設備点検のため、午後３時で閉館いたします。\nご理解をお願いいたします。\n\n"
                       "令和８年２月１日\n北浜市立図書館\n").talks
    assert talk.title.ja is not None and talk.title.ja.text == "お知らせ"
    (talk,) = run_text("お知らせ\n\n夏祭りについて\n\n今年の夏祭りは８月２日に中央公園で開催します。\n模擬店の出店者を募集しています。\n\n"
                       "防災訓練のお知らせ\n\n９月１日に町内の防災訓練を実施します。\n多くの皆様のご参加をお願いします。\n\n"
                       "みなと台町内会\n").talks
    assert talk.title.ja is not None and talk.title.ja.text == "お知らせ"


LETTER = "関係者各位\n\n{opening}　晩秋の候、皆様にはますますご健勝のこととお慶び申し上げます。\n" \
         "平素は当協議会の活動にご協力いただき、厚く御礼申し上げます。\n今後とも変わらぬご支援を賜りますよう、お願い申し上げます。\n" \
         "{close}\n\n{date}吉野川流域環境協議会\n会長　藤原 隆之\n"


@pytest.mark.parametrize("opening, close, date", [
    ("拝啓", "敬具", "令和７年１１月２０日\n"),
    ("前略", "草々", "令和７年１１月２０日\n"),
    ("謹啓", "　　　　　　　　　　謹白", "２０２５年１１月２０日\n"),
    ("拝啓", "敬具", ""),  # the close right over the sender: front before too
], ids=["keigu-dated", "sousou-dated", "kinpaku-right-set", "keigu-undated"])
def test_a_japanese_letter_s_closing_word_is_front_whether_a_date_stands_under_it_or_not(opening, close, date):
    (talk,) = run_text(LETTER.format(opening=opening, close=close, date=date)).talks
    body = [p.text for s in talk.sections for p in s.paragraphs]
    assert body[-1].endswith("お願い申し上げます。")
    assert close.strip() in [t.text.strip() for t in talk.front]
    assert talk.speaker.name is not None and talk.speaker.name.text == "藤原 隆之"


def test_a_letter_with_no_closing_word_keeps_its_last_sentence_in_the_body():
    (talk,) = run_text(LETTER.format(opening="拝啓", close="", date="令和７年１１月２０日\n").replace("\n\n\n", "\n\n")).talks
    body = [p.text for s in talk.sections for p in s.paragraphs]
    assert body[-1].endswith("お願い申し上げます。") and len(body) == 3
    assert [t.text for t in talk.front][0] == "関係者各位"
