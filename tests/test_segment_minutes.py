"""Meeting minutes (会議録, 議事録, ``Minutes of the … Meeting``): the record's heading and its fields, as made-up
documents (trial 29's faults as kinds).

- The record's heading (``令和6年度 第3回 …交通委員会 会議録``) went to ``front`` and a field line (``日時　…``) became
  the title: ``委員`` inside ``…委員会`` was read as a post before a name (``会 会議録``), so the heading was a speaker's
  line. The fields parted from their values by an ideographic space (``出席者　委員長 山田太郎、…``) were no fields, so
  the attendance lines became the speaker, the absent member with them.

The agenda and the proceedings are in ``test_segment_agenda.py``, the wraps in ``test_segment_inflection_wraps.py``.
"""

from __future__ import annotations

import pytest

from tests.segment_documents import FIELDS, TURNS, minutes
from tests.segment_inputs import run_text

@pytest.mark.parametrize("title", ["令和6年度 第3回 青葉区地域公共交通委員会 会議録", "第3回 青葉区地域公共交通委員会 議事録",
                                   "平成30年度 第2回 みどり町まちづくり審議会 議事録", "2024年度 第1回 さくら会理事会 議事録"])
@pytest.mark.parametrize("sep", ["　", "：", "　　"], ids=["ideographic-space", "colon", "two-spaces"])
def test_the_record_heading_is_the_title_and_the_fields_are_front(title, sep):
    (talk,) = run_text(minutes(title, sep)).talks
    assert talk.title.ja is not None and talk.title.ja.text == title
    assert talk.speaker.text is None and talk.speaker.name is None
    front = [t.text for t in talk.front]
    for label, value in FIELDS.items():
        assert f"{label}{sep}{value}" in front


@pytest.mark.parametrize("label", ["出席者", "出席委員", "欠席者", "欠席委員", "事務局", "傍聴者", "説明員"])
@pytest.mark.parametrize("sep", ["　", "："])
def test_an_attendance_field_is_never_the_speaker(label, sep):
    text = f"第5回 港町まちづくり協議会 議事録\n\n日時{sep}令和7年2月3日（月）\n{label}{sep}会長 大野一郎、委員 木村花子\n\n{TURNS}"
    (talk,) = run_text(text).talks
    assert talk.speaker.text is None
    assert f"{label}{sep}会長 大野一郎、委員 木村花子" in [t.text for t in talk.front]


def test_a_label_spaced_out_to_its_column_is_a_field():
    text = ("平成30年度 第2回 みどり町まちづくり審議会 議事録\n\n日　時：平成30年11月20日（火）午前10時～正午\n"
            "場　所：みどり町役場 大会議室\n出席委員：会長 木村正、委員 石井弘\n\n" + TURNS)
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "平成30年度 第2回 みどり町まちづくり審議会 議事録"
    assert talk.speaker.text is None
    assert "日　時：平成30年11月20日（火）午前10時～正午" in [t.text for t in talk.front]


# review 13: a surname opening on 会 set right after the post (会田, 会沢) is no board (理事会, 部長会議)
@pytest.mark.parametrize("line", ["港町市交通政策課長 山田 一郎", "委員長 山田 太郎", "理事長 佐藤 一郎", "総務部長会田 太郎",
                                  "国際部長会沢 一郎"])
def test_a_post_before_a_name_still_splits(line):
    from pipeline.segment.names import speaker_split

    assert speaker_split(line) is not None
