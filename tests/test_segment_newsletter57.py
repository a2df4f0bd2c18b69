"""Japanese community newsletters as text dumps (issue 16 A, helper news57): a masthead (``港南市報　みなとだより``), its
issue line (``２０２４年５月号（第３１２号）``), its publisher's line (``編集・発行　山吹市 秘書広報課``), then headlines each
over an article set in by an ideographic space, and a contact line at the foot. The issue line with its number in
brackets had been joined to the masthead as the title; after a publisher's line set off by a space, or over an
article whose first line was short, the headlines were read as no headings (the first went to ``front``, the rest
into the articles' paragraphs, the contact line with them). Papers, proceedings and notices stay as they were."""

from __future__ import annotations

import pathlib

import pytest

from pipeline.segment.events import is_edition_line
from pipeline.segment import titleblock
from tests.segment_inputs import run_text

INPUTS = pathlib.Path(__file__).parent / "data" / "news57"

KOUNAN = """\
港南市報　みなとだより
２０２４年５月号（第３１２号）
発行：港南市　編集：広報課
新しい図書館がオープンしました
　４月２０日、駅前に新しい市立図書館が開館しました。蔵書は約１２万冊で、市内最大の規模です。
館内には学習室や子ども向けの読み聞かせコーナーも設けられました。
市民マラソン参加者募集
　今年も秋の市民マラソンを開催します。コースは海沿いの１０キロと５キロの二つです。
申し込みは６月１日から市のホームページで受け付けます。
お知らせ
　・ごみの収集日が変わります。詳しくは同封のチラシをご覧ください。
問い合わせ　広報課　電話 045-123-4567
"""

YAMABUKI = """\
市報やまぶき
令和７年４月１日発行　第５５０号
編集・発行　山吹市 秘書広報課
桜まつりを開催します
　４月５日と６日の二日間、山吹川の河川敷で桜まつりを開催します。ステージでは地元の
中学校の吹奏楽部が演奏します。屋台も多数出店します。
子育て支援センターが移転します
　５月から、子育て支援センターが市民会館の２階に移ります。
広くなった遊び場で、親子でゆっくり過ごせます。
問い合わせ　秘書広報課　電話 0567-12-3456
"""

MIDORI = """\
みどり台地区だより
May 2024
みどり台公園の遊具が新しくなりました
　３月の工事で、みどり台公園のすべり台とブランコが新しくなりました。
小さなお子さんも安心して遊べます。
地区の清掃活動にご参加ください
　６月２日（日）の午前８時から、地区内の一斉清掃を行います。
軍手とごみ袋は自治会で用意します。
問い合わせ　みどり台地区自治会　電話 03-1234-5678
"""


def test_an_issue_numbered_in_brackets_is_an_edition_line():
    assert is_edition_line("2024年5月号（第312号）") and is_edition_line("June 2026 (No. 187)")
    assert not is_edition_line("港南市報（第312号）") and not is_edition_line("市民マラソン（第12回）")


def test_a_publisher_s_line_is_no_sentence():
    assert titleblock.publisher_line("編集・発行　山吹市 秘書広報課") and titleblock.publisher_line("発行：さくら台自治会　広報部")
    assert not titleblock.publisher_line("編集後記") and not titleblock.publisher_line("発行　市では毎月1日に広報誌を発行しています。")


def _front(talk):
    return [t.text for t in talk.front]


def _headlines(talk):
    return [(s.number, s.title.text) for s in talk.sections]


def test_the_masthead_is_the_title_and_its_issue_line_front():
    (talk,) = run_text(KOUNAN).talks
    assert talk.title.ja.text == "港南市報　みなとだより" and talk.speaker.text is None
    assert talk.city.ja.text == "港南市"
    assert _front(talk)[:2] == ["2024年5月号（第312号）", "発行：港南市　編集：広報課"]
    assert _headlines(talk) == [(None, "新しい図書館がオープンしました"), (None, "市民マラソン参加者募集"), (None, "お知らせ")]
    assert all("問い合わせ" not in p.text for s in talk.sections for p in s.paragraphs)


@pytest.mark.parametrize("text, title, headlines", [
    (YAMABUKI, "市報やまぶき", ["桜まつりを開催します", "子育て支援センターが移転します"]),
    (MIDORI, "みどり台地区だより", ["みどり台公園の遊具が新しくなりました", "地区の清掃活動にご参加ください"]),
], ids=["publisher-line", "english-date"])
def test_each_headline_heads_its_article(text, title, headlines):
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == title and talk.speaker.text is None
    assert _headlines(talk) == [(None, h) for h in headlines]
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any(h in paragraphs for h in headlines)
    assert any(t.startswith("問い合わせ") for t in _front(talk))  # the contact line is no article's
    assert not any(p.startswith("問い合わせ") for p in paragraphs)


def test_the_article_s_text_stays_whole():
    (talk,) = run_text(YAMABUKI).talks
    assert [p.text for p in talk.sections[0].paragraphs] == [
        "4月5日と6日の二日間、山吹川の河川敷で桜まつりを開催します。ステージでは地元の中学校の吹奏楽部が演奏します。屋台も多数出店します。"]
    assert talk.city.ja.text == "山吹市"


def test_a_paper_s_short_headings_and_its_speaker_stay():
    text = ("港町の物流と貨物自転車の可能性\n港町市 商工振興課 山田 太郎\nはじめに\n"
            "　港町市では、中心市街地の配送を見直すため、貨物自転車の実証実験を行った。\n"
            "実験の結果、配送時間はほぼ変わらなかった。\nおわりに\n　今後は対象地域を広げたい。\n")
    (talk,) = run_text(text).talks
    assert talk.speaker.text.text == "港町市 商工振興課 山田 太郎"
    assert _headlines(talk) == [(None, "はじめに"), (None, "おわりに")]


def test_a_wrapped_line_after_a_sentence_is_no_headline():
    # a short line at the margin after a sentence's end, over a line NOT set in: a wrap, as before
    text = ("市民活動の報告\n\n　今年は多くの市民が活動に参加しました。参加者は\n昨年の二倍になりました。来年も続けます\n"
            "多くの方のご参加をお待ちしています。会場は市民会館です。\n")
    (talk,) = run_text(text).talks
    assert all(s.title.text != "来年も続けます" for s in talk.sections)


@pytest.mark.parametrize("stem, sections", [
    ("news_a1_kounan", 3), ("news_a2_jichikai", 3), ("news_a3_school", 3), ("news_a4_ensdate", 3),
    ("news_a5_plain", 2), ("news_a6_wraps", 3), ("news_a7_marks", 3), ("news_a8_nometa", 2), ("news_a9_school", 2),
])
def test_saved_newsletters(stem, sections):
    (talk,) = run_text((INPUTS / f"{stem}.txt").read_text(encoding="utf-8")).talks
    assert talk.speaker.text is None and len(talk.sections) == sections
    assert all(s.number is None and s.title.text for s in talk.sections)
    assert any(t.startswith(("問い合わせ", "連絡先")) for t in _front(talk))
    assert not any(p.text.startswith(("問い合わせ", "連絡先")) for s in talk.sections for p in s.paragraphs)


def test_saved_near_misses():
    (paper,) = run_text((INPUTS / "nm_a_paper.txt").read_text(encoding="utf-8")).talks
    assert [s.title.text for s in paper.sections] == ["はじめに", "実験の方法", "おわりに"] and paper.speaker.text is not None
    (procs,) = run_text((INPUTS / "nm_a_proceedings.txt").read_text(encoding="utf-8")).talks
    assert [s.number for s in procs.sections] == ["1", "2", "3"] and procs.title.ja.text == "姉妹都市交流の新しい形"
    (notice,) = run_text((INPUTS / "nm_a_notice.txt").read_text(encoding="utf-8")).talks
    assert notice.title.ja.text == "水道料金の改定について" and [s.title.text for s in notice.sections] == [""]
