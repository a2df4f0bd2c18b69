"""Session 76 (mine): a Japanese notice's subject on its first line titles it over an issuer set apart by a blank."""

from __future__ import annotations

import pytest

from segmenting import segment_text

OPENING = "謹啓 新緑の候、皆様にはますますご清祥のこととお慶び申し上げます。\n本年も下記のとおり行事を執り行います。\n\n一、日時\n　五月十日午前十時より\n"


def _notice(subject: str, issuer: str, signer: str) -> str:
    return f"{subject}\n\n{issuer}\n{signer}\n\n{OPENING}"


@pytest.mark.parametrize(("subject", "issuer", "signer"), [
    ("秋季彼岸会・永代経法要のご案内", "浄土真宗本願寺派 光明山 西蓮寺", "住職 藤原 正道"),  # fresh-user trial 75b's kind
    ("令和七年 秋季彼岸会・永代経法要のご案内", "光明山 西蓮寺", "住職 藤原 正道"),
    ("春季例大祭のご案内", "八幡神社 社務所", "宮司 高木 誠一"),
    ("盂蘭盆会法要のお知らせ", "曹洞宗 長福寺", "住職 井上 慈光"),
])
def test_subject_titles_notice_over_its_issuer(subject, issuer, signer):
    (talk,) = segment_text(_notice(subject, issuer, signer)).talks
    assert talk.title.ja.text == subject
    assert talk.speaker.text is not None and talk.speaker.text.text.endswith(signer.split()[-1])
    assert issuer in [t.text for t in talk.front]  # the issuer's line stays, in front


@pytest.mark.parametrize(("head", "title", "speaker"), [
    # near misses: a series over the talk's title and speaker is no notice's subject (its own block titles the talk)
    ("第12回 日韓交流会議 講演論文集", "城下町の景観保全と観光", "熊本市都市政策課長 田中 美咲"),
    ("港南大学 公開講座 2025", "海と町の歴史", "港南大学 文学部 教授 森川 健二"),
])
def test_series_over_title_keeps_the_talk_title(head, title, speaker):
    text = f"{head}\n\n{title}\n{speaker}\n\n港町では古くから交流が続いてきました。本稿ではその経緯を述べます。\n\n1. 現状\n市の中心部には古い町家が残っています。\n"
    (talk,) = segment_text(text).talks
    assert talk.title.ja.text == title
