"""Newsletters give their visible structure (issue 16 point 2; helper news71, fresh-user trials 70c and 70d).

1. A Japanese newsletter's headline over an article shorter than twice it (``冬の防災訓練のお知らせ`` over
   ``12月15日に地区の防災訓練を実施します。``) heads its article, as its sibling headlines do
   (``sections.article_headline``, ``sections._headline_over_text``); a sentence that lost its stop inside an
   article, a short sentence, a list's items and a wrapped line stay paragraphs.
2. A bilingual masthead's issue number is front in both languages: ``International Exchange News No. 42`` under
   ``国際交流ニュース　第42号`` gives ``title.en`` ``International Exchange News`` (``stage``: the translation's
   edition cut as the title line's is).
3. An English newsletter's sentence-case headlines (``New bike lanes open on Main Street``) head their articles
   as title-case ones do, where the document's placement says article (a blank line over each, or flush right
   under a sentence's end in a dump with no blank lines between paragraphs) and siblings head so too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file

DATA = Path(__file__).parent / "data" / "news71"  # copies of /work/regress/<folder>/<file>


def _talk(folder: str, name: str):
    path = DATA / folder / name
    (talk,) = run_file(path.read_bytes(), name).talks
    return talk


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None and s.title.text else None for s in talk.sections]


def _paragraphs(talk) -> list[list[str]]:
    return [[p.text for p in s.paragraphs] for s in talk.sections]


# --- 1. Japanese headlines over short articles ---------------------------------------------------------------------

@pytest.mark.parametrize("folder, name, titles", [
    ("in_trial70d", "p5_newsletter.txt", ["地域の清掃活動を行いました", "冬の防災訓練のお知らせ"]),
    ("in_news71", "nl_ja_blank_oshirase.txt", ["秋の敬老会を開催しました", "年末の夜間パトロールのお知らせ", "ごみ集積所の場所が変わります"]),
    ("in_news71", "nl_ja_flush_noblank.txt", ["夏祭りを行いました", "秋の防災訓練のお知らせ", "公民館の利用時間が変わります"]),
    ("in_news71", "nl_ja_predicates.txt", ["二学期が始まります", "運動会の練習について", "図書ボランティアを募集します"]),
    ("in_news71", "nl_ja_wrapped.txt", ["地域の花壇づくりを行いました", "新年のもちつき大会のご案内", "防犯灯の点検が始まります"]),
])
def test_japanese_headlines_head_their_short_articles(folder, name, titles):
    talk = _talk(folder, name)
    assert _titles(talk) == titles
    assert all(paras and paras[-1].endswith("。") for paras in _paragraphs(talk))
    assert not any(t in front_texts(talk) for t in titles)


@pytest.mark.parametrize("name, titles, kept", [
    # a short sentence ending in 。 inside an article (and the first article, now read, no longer front)
    ("nm_ja_short_sentence.txt", ["秋の清掃活動を行いました", "冬の火の用心のお知らせ"], "ありがとうございました。"),
    # a one-line paragraph with no 。 inside an article of a dump that parts its articles by blank lines
    ("nm_ja_masu_inside.txt", ["新年のごあいさつ", "どんど焼きのお知らせ"], "本年も自治会の活動にご協力をお願いします"),
    # a list's items under the sentence that announces them
    ("nm_ja_list_items.txt", ["防災用品を配布します", "春の交通安全運動のお知らせ"], "懐中電灯と予備の電池"),
    # a sentence that lost its stop in a flush dump: a topic particle, no headline's
    ("nm_ja_flush_lost_stop.txt", ["秋の清掃活動を行いました", "冬の防災訓練のお知らせ"], "次回の活動は3月に行います"),
])
def test_a_japanese_line_that_is_no_headline_stays_a_paragraph(name, titles, kept):
    talk = _talk("in_news71", name)
    assert _titles(talk) == titles
    assert kept in _paragraphs(talk)[0]


def test_a_wrapped_line_ending_on_masu_stays_in_its_paragraph():
    talk = _talk("in_news71", "nm_ja_masu_wrapped.txt")
    assert _titles(talk) == ["新春の餅つき大会を行いました", "節分の豆まきのご案内"]
    assert "当日は朝から晴れて、つきたての餅を皆で味わいますので、大人も子どもも楽しいひとときを過ごしました。" in _paragraphs(talk)[0]
    assert len(_paragraphs(talk)[1]) == 1


# --- 2. a bilingual masthead's issue number --------------------------------------------------------------------------

@pytest.mark.parametrize("folder, name, ja, en, issues", [
    ("in_trial70c", "news_bil.txt", "国際交流ニュース", "International Exchange News", ["第42号", "No. 42"]),
    ("in_news71", "mh_bil_no.txt", "みなと国際交流だより", "Minato International Newsletter", ["第7号", "No. 7"]),
    ("in_news71", "mh_bil_vol.txt", "ひかり町国際交流会報", "Hikari Town Exchange Bulletin", ["第3号", "No. 3"]),
    ("in_news71", "mh_bil_en_first.txt", "さくら市国際交流ニュース", "Sakura City International Newsletter", ["Issue 12", "第12号"]),
])
def test_a_bilingual_mastheads_issue_is_front_in_both_languages(folder, name, ja, en, issues):
    talk = _talk(folder, name)
    assert (talk.title.ja.text, talk.title.en.text) == (ja, en)
    assert front_texts(talk)[:2] == issues


@pytest.mark.parametrize("name, en, issue", [
    ("mh_en_no.txt", "Greenfield Garden Club News", "No. 18"),  # an English masthead alone: as before
    ("mh_en_issue.txt", "Westbrook Neighbourhood Bulletin", "Issue 21"),
])
def test_an_english_mastheads_issue_is_front_as_before(name, en, issue):
    talk = _talk("in_news71", name)
    assert talk.title.en.text == en and talk.title.ja is None
    assert front_texts(talk)[0] == issue


# --- 3. English sentence-case headlines ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, titles", [
    ("nl_en_sentence_blank.txt", ["New bike lanes open on Main Street", "Library extends weekend hours",
                                  "Volunteers needed for winter coat drive"]),
    ("nl_en_sentence_noblank.txt", ["Ferry timetable changes in October", "Playground repairs are finished",
                                    "Autumn market returns to the quay"]),
    ("nl_en_sentence_wrapped.txt", ["Year 6 students win regional science fair", "Parent evening moved to Thursday",
                                    "Lost property will be donated"]),
    ("nl_en_mixed_case.txt", ["Christmas Services Announced", "New heating installed in the church hall",
                              "Food bank collection continues"]),
])
def test_english_sentence_case_headlines_head_their_articles(name, titles):
    talk = _talk("in_news71", name)
    assert _titles(talk) == titles
    assert all(paras and paras[-1].endswith(".") for paras in _paragraphs(talk))
    assert not any(t in front_texts(talk) for t in titles)


def test_news70s_open_sentence_case_headlines_head_their_articles():
    # helper news70's open case (docs/segment.md): two sentence-case headlines past a short phrase's length
    talk = _talk("in_news70", "nl_en_sentence_case_long.txt")
    assert _titles(talk) == ["Harbour wall repairs will begin after the summer season ends",
                             "New bus route links the railway station with the hospital"]


def test_an_english_line_inside_an_article_stays_a_paragraph():
    talk = _talk("in_news71", "nm_en_parted_inside.txt")
    assert _titles(talk) == ["Winter lights shine on Main Street", "Bin collections over the holidays"]
    assert "Hundreds of people came to watch" in _paragraphs(talk)[0]


def test_a_paragraphs_short_last_line_stays_its_paragraphs():
    talk = _talk("in_news71", "nm_en_short_last_line.txt")
    assert _titles(talk) == ["Seed swap"]
    assert front_texts(talk)[-1].endswith("to the committee as soon as you can")
