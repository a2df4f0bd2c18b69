"""A speaker line's post before the name, whatever the post (issue 16, trial 31): the name after it is the name.

A head's post ending in 長 that the job-title list does not hold (``署長``, ``団長``, ``支店長``) left the line no
speaker line (name and affiliation null), and a listed title inside a longer post (``監`` in ``監督``, ``主任`` in
``主任科員``) cut the name's start into the post's rest (name ``督 山田 太郎``)."""

from __future__ import annotations

import pytest

from pipeline.segment.names import speaker_split
from tests.segment_inputs import run_text


@pytest.mark.parametrize("line, name", [
    ("港町消防署 署長 山田 太郎", "山田 太郎"),
    ("みなと交響楽団 団長 佐藤 花子", "佐藤 花子"),
    ("みなと銀行 支店長 陳 明華", "陳 明華"),
    ("港町製作所 工場長 李 強", "李 強"),
    ("港町市 消防団長 鈴木 一郎", "鈴木 一郎"),
    ("港町警察署長 山田 太郎", "山田 太郎"),
    ("港町少年野球 監督 山田 太郎", "山田 太郎"),
    ("蘇州市外事弁公室 主任科員 陳 明華", "陳 明華"),
    # the listed posts as before
    ("蘇州市外事弁公室 課長 陳 明華", "陳 明華"),
    ("北九州市国際部 国際政策課長 山田 太郎", "山田 太郎"),
    ("総務部長会田 太郎", "会田 太郎"),
])
def test_the_name_after_any_post_is_the_name(line: str, name: str) -> None:
    cut = speaker_split(line)
    assert cut is not None and line[cut:].strip() == name


@pytest.mark.parametrize("line", ["経済の成長 山田 太郎", "港町の身長 山田 太郎"])
def test_a_word_ending_in_cho_is_no_post(line: str) -> None:
    """``成長`` and ``身長`` are no posts: no speaker line by a post."""
    assert speaker_split(line) is None


def test_an_office_named_after_a_post_is_the_affiliation_not_a_post() -> None:
    """``市長室`` is an office named after the post: never cut after ``市長``. The city and its office written apart
    are one organisation (``港町市 市長室``, as ``西川市 都市整備課``), so the line is a speaker line by its
    organisation, the name after the whole office."""
    line = "港町市 市長室 山田 太郎"
    assert speaker_split(line) == len("港町市 市長室")


TALK = """\
第2講演
港の防災とまちづくり
Disaster Prevention and Town Planning in a Port City
港町消防署 署長 山田 太郎

１．はじめに
港町市は海に面した町であり、古くから高潮や津波の被害を受けてきた。本稿では、消防署が進めてきた
防災の取り組みを紹介する。

２．おわりに
今後も市民とともに防災のまちづくりを進めていきたい。
"""


def test_a_talks_speaker_after_an_unlisted_head_post() -> None:
    [talk] = run_text(TALK).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == "山田 太郎"
    assert talk.speaker.affiliation.text == "港町消防署 署長"
