"""Trial 11's faults, as made-up documents: a report's edition under its title, and the fields of minutes.

- A report's cover names its edition by its year (``令和6年度版``) between its title and its issuing office: the
  edition was the title, the real title went to ``front``.
- Minutes list their place and attendees as fields (``場所：…``, ``出席者：…``): the attendees line was the speaker
  (name ``（計4名）``), the place line its affiliation.
"""

from __future__ import annotations

from tests.segment_inputs import run_text

REPORT = """\
さくら町水道事業経営戦略
2025年改訂版

さくら町上下水道課

第1章　経営の現状
本町の水道事業は、給水人口の減少により料金収入が年々減っている。
"""

MINUTES = """\
第7回 東台地区防災会議 議事録

日時：令和7年2月3日（月）18時30分～20時00分
場所：東台公民館 第1会議室
出席者：大野会長、井上副会長、木村委員、池田委員（計4名）
事務局：東台区役所危機管理課 林

1．開会
大野会長より開会の挨拶があった。
"""


def test_a_reports_edition_is_no_title_and_its_office_is_its_author() -> None:
    [talk] = run_text(REPORT).talks
    assert talk.title.ja is not None and talk.title.ja.text == "さくら町水道事業経営戦略"
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "さくら町上下水道課"
    assert "2025年改訂版" in [t.text for t in talk.front]


def test_the_fields_of_minutes_are_no_speaker_and_no_title() -> None:
    [talk] = run_text(MINUTES).talks
    assert talk.title.ja is not None and talk.title.ja.text == "第7回 東台地区防災会議 議事録"
    assert talk.speaker.text is None and talk.speaker.name is None
    front = [t.text for t in talk.front]
    assert "出席者：大野会長、井上副会長、木村委員、池田委員（計4名）" in front
    assert "場所：東台公民館 第1会議室" in front
