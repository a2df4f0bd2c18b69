"""Fresh-user trial 73 (issue 16 points 1-2; helper lab73): talk boundaries and title blocks from labelled lines.

1. A talk's labelled person line (``講師：``, ``発表者：``, ``演者：``, ``話題提供：``, ``Speaker:``) right under the talk's
   title and over its running text is the talk's speaker line, honorific or not, wrapped inside its brackets or not;
   so a booklet of N such talks gives N talks. In a block of fields (a syllabus) the line stays a field.
2. A labelled title or author field gives its value (``研究課題名：…``, ``研究代表者：…``); the label stays front.
3. A wrapped line's tail (``…（計73`` / ``世帯、…成立）``) is never a title; a post set as a field's label
   (``議長：森\ufffd 健一（3班）``) names no speaker, whose name would open on the colon.

Inputs: copies of /work/regress/in_trial73 (f1, f3, f6) and made-up variants (/work/regress/in_lab73). Decisions in
docs/segment.md (*Session 73, lab73*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_text, text_of

DATA = Path(__file__).parent / "data" / "lab73"


def _talks(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8")).talks


def _titles_speakers(talks):
    return [(text_of(t.title.ja) or text_of(t.title.en), text_of(t.speaker.name), text_of(t.speaker.affiliation))
            for t in talks]


def test_symposium_of_three_lecturer_talks() -> None:
    talks = _talks("f1_symposium.txt")
    assert _titles_speakers(talks) == [
        ("地域の自主防災組織はいま何をすべきか", "中\ufffd 恵子", "静岡大学 防災総合センター 准教授"),
        ("避難所運営ゲームを活用した住民参加型訓練", "小川 大輔", "焼津市 危機管理課 主任"),
        ("外国人住民への災害情報の伝え方", "グエン・ティ・\ufffdン", "浜松国際交流協会 多言語支援コーディネーター"),
    ]
    # the closing greeting's office and name are no talk's speaker; the page's running head and folio stay dropped
    assert all("山本" not in (text_of(t.speaker.text) or "") for t in talks)
    assert "講師：小川 大輔（焼津市 危機管理課 主任）" == text_of(talks[1].speaker.text)


@pytest.mark.parametrize("name, count", [
    ("v1_dai_koen.txt", 4),      # 第1講演 / 講師： and 話題提供： without an honorific, one with 氏
    ("v3_kakko_mixed.txt", 3),   # 【1】 / 報告者：, 講師：… 先生, 演者：
    ("v4_wrapped.txt", 3),       # 講演１ / 講師： wrapped inside its brackets, a closing greeting
    ("v2_session_en.txt", 3),    # Session 1: / Speaker: Dr Jane Roe (University of …)
])
def test_n_talks_concatenated_give_n_talks(name: str, count: int) -> None:
    talks = _talks(name)
    assert len(talks) == count
    assert all(t.speaker.name is not None and t.speaker.affiliation is not None for t in talks)
    # a wrapped prose line's last word (``…保存会``) is no part of the speaker's affiliation
    assert all("。" not in text_of(t.speaker.affiliation) for t in talks)


def test_wrapped_lecturer_line_is_one_speaker() -> None:
    first = _talks("v4_wrapped.txt")[0]
    assert (text_of(first.speaker.name), text_of(first.speaker.affiliation)) \
        == ("ソムチャイ・ウォンサ\ufffdット", "みなと国際交流協会 多言語支援コーディネーター")
    assert all("木村" not in (text_of(t.speaker.text) or "") for t in _talks("v4_wrapped.txt"))


def test_syllabus_lecturer_stays_a_field() -> None:
    """Near miss: ``講師：山田 太郎`` among a syllabus's fields is no speaker."""
    [talk] = _talks("n1_syllabus.txt")
    assert talk.speaker.name is None
    assert "講師：山田 太郎" in [t.text for t in talk.front]


def test_labelled_title_and_author_give_their_values() -> None:
    [talk] = _talks("f6_kenkyu.txt")
    assert text_of(talk.title.ja) == "里山の竹林拡大が土壌微生物群集に与える影響"
    assert (text_of(talk.speaker.name), text_of(talk.speaker.affiliation)) == ("藤\ufffd 隆之", "信州大学 農学部 准教授")
    assert "研究課題名：" in [t.text for t in talk.front]  # the label stays, nothing lost


def test_wrapped_tail_is_no_title_and_chair_no_speaker() -> None:
    [talk] = _talks("f3_jichikai.txt")
    assert text_of(talk.title.ja) == "令和7年度 桜ヶ丘三丁目自治会 定期総会 議事録"
    assert talk.speaker.name is None
    assert "世帯、会則第15条により総会は成立）" in [t.text for t in talk.front]


def test_labelled_value_readers() -> None:
    from pipeline.segment.labels import title_label_end
    from pipeline.segment.names import labelled_talk_speaker, speaker_split

    assert title_label_end("課題名：港の記憶") == 4
    assert labelled_talk_speaker("講師：小川 大輔（焼津市 危機管理課 主任）") == 3
    assert labelled_talk_speaker("講師：港南大学（教授）") is None
    assert speaker_split("議長：森田 健一（3班）") is None


_TALKS = [
    ("港の防災と地域の備え", "講師：村上 聡（みなと大学 工学部 教授）",
     "沿岸部の市街地では、津波避難ビルの指定が進められてきたが、夜間や休日の", "利用には課題が残っている。"),
    ("漁港の事業継続計画", "講師：高田 美穂（西浜漁業協同組合 参事）",
     "水揚げの再開までの目標時間を定めた計画を、組合として初めて策定した。その過程で", "明らかになった課題を紹介する。"),
    ("外国人船員への情報提供", "話題提供：ジョン・スミス（港南市 国際交流課）",
     "港に停泊する外国籍の船員は、地域の防災情報を受け取る手段を持たないことが多い", "。多言語の掲示による取り組みを報告する。"),
    ("竹林の拡大と集落の暮らし", "講師：森本 由紀 氏（山里大学 農学部 准教授）",
     "里山の竹林は、管理する人が減ったことで急速に広がっている。本報告では、三つの", "集落での聞き取りから影響を整理する。"),
    ("獣害対策と地域の合意形成", "演者：林 奈々（みどり町 農林課）",
     "シカやイノシシによる被害は年々増えており、柵の設置だけでは防ぎきれない。地域で", "話し合いを重ねて対策を進めてきた。"),
]
_NUMBERS = {"kakko": "【{}】", "dai": "第{}講演　", "koen": "講演{}　"}


@pytest.mark.parametrize("style, n", [("kakko", 2), ("dai", 3), ("koen", 5), ("kakko", 4)])
def test_property_n_made_up_talks_give_n_talks(style: str, n: int) -> None:
    """Property: N made-up talks, each a numbered title, a labelled lecturer (honorific or not) and running text,
    concatenated under a booklet's head, give N talks, each with its own speaker."""
    parts = ["第２回 地域防災セミナー", "講演要旨集", ""]
    for k, (title, lecturer, *text) in enumerate(_TALKS[:n], 1):
        parts += [_NUMBERS[style].format(k) + title, lecturer, *text, ""]
    talks = segment_text("\n".join(parts)).talks
    assert len(talks) == n
    assert [text_of(t.speaker.name) for t in talks] == [lec.split("：")[1].split("（")[0].removesuffix(" 氏")
                                                       for _, lec, *_ in _TALKS[:n]]
