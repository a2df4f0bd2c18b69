"""Talks whose speaker line stands BEFORE the title, under a talk-number line (``第1報告`` / 長野市 交通政策課長 小林 誠 /
title / English title): the same title block as title → English → speaker (issue 16, trial 51b ``procs_hou.txt``: one
talk, the event line as its title, the real titles in ``front``). Made-up proceedings; the results written down first."""

from __future__ import annotations

import pytest

from segment_inputs import segmented_text

TALKS = [
    ("長野市 交通政策課長 小林 誠", "中山間地域におけるデマンド交通の導入", "Introducing Demand-Responsive Transport in Hilly Areas",
     ["1. 導入の経緯", "長野市では路線バスの廃止が相次ぎ、2019年にデマンド交通を導入した。",
      "2. 利用の状況", "デマンド交通の利用者は年間約3万人である。予約は電話とアプリで受け付けている。"]),
    ("松山市 都市交通課 主査 高橋 美紀", "路面電車と自転車の共存", "Coexistence of Trams and Bicycles",
     ["1. 現状", "松山市の中心部では、路面電車と自転車の接触事故が増えている。",
      "2. 対策", "軌道敷の横断部に注意を促す路面表示を設けた。対策の後、接触事故は半分に減った。"]),
    ("高松市 港湾振興課長 山本 健一", "瀬戸内の島々を結ぶ航路の維持", "Keeping the Ferry Routes among the Inland Sea Islands",
     ["1. 航路の現状", "高松市と島々を結ぶ航路は、利用者の減少が続いている。",
      "2. 支援の仕組み", "市は運航事業者に対して欠損の一部を補助している。"]),
]

NUMBERINGS = {
    "第N報告": lambda n: f"第{n}報告",
    "報告N": lambda n: f"報告{n}",
    "第N講演": lambda n: f"第{n}講演",
    "【N】": lambda n: f"【{n}】",
}


def _document(numbering: str, count: int, speaker_first: bool, english: bool, event: bool) -> str:
    lines = ["地域交通シンポジウム2025 報告集", ""] if event else []
    for n, (speaker, title, title_en, body) in enumerate(TALKS[:count], start=1):
        head = [title] + ([title_en] if english else [])
        lines += [NUMBERINGS[numbering](n), *([speaker] + head if speaker_first else head + [speaker]), *body, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("event", [True, False])
@pytest.mark.parametrize("english", [True, False])
@pytest.mark.parametrize("speaker_first", [True, False])
@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_numbered_talks_each_open_a_talk_whichever_the_speakers_place(numbering, count, speaker_first, english, event):
    doc = segmented_text(_document(numbering, count, speaker_first, english, event))
    assert [t.number for t in doc.talks] == [str(n) for n in range(1, count + 1)]
    assert [t.title.ja.text for t in doc.talks] == [title for _, title, _, _ in TALKS[:count]]
    if english:
        assert [t.title.en.text if t.title.en is not None else None for t in doc.talks] == \
               [en for _, _, en, _ in TALKS[:count]]
    assert [t.speaker.text.text for t in doc.talks] == [speaker for speaker, _, _, _ in TALKS[:count]]
    assert [[s.title.text for s in t.sections] for t in doc.talks] == \
           [[h.split(" ", 1)[1] for h in body[::2]] for _, _, _, body in TALKS[:count]]


def test_the_trial_file_shape_gives_two_talks_with_their_cities():
    doc = segmented_text(_document("第N報告", 2, True, True, True).replace("第2報告", "報告2"))
    assert [(t.number, t.city.ja.text if t.city.ja is not None else None) for t in doc.talks] == [("1", "長野市"), ("2", "松山市")]
    assert doc.talks[0].speaker.name.text == "小林 誠" and doc.talks[0].speaker.affiliation.text == "長野市 交通政策課長"


def test_a_paper_whose_author_line_precedes_its_title_is_one_talk():
    doc = segmented_text("\n".join([
        "長野大学 地域交通研究室 小林 誠",
        "中山間地域におけるデマンド交通の導入",
        "Introducing Demand-Responsive Transport in Hilly Areas",
        "1. はじめに",
        "長野市では路線バスの廃止が相次ぎ、2019年にデマンド交通を導入した。",
        "2. 利用の状況",
        "松山市 都市交通課 主査 高橋 美紀",
        "路面電車と自転車の共存について",
        "デマンド交通の利用者は年間約3万人である。予約は電話とアプリで受け付けている。",
    ]))
    assert len(doc.talks) == 1


def test_a_paper_quoting_a_report_number_in_prose_is_one_talk():
    doc = segmented_text("\n".join([
        "中山間地域におけるデマンド交通の導入",
        "長野大学 地域交通研究室 小林 誠",
        "1. はじめに",
        "長野市では路線バスの廃止が相次ぎ、2019年にデマンド交通を導入した。",
        "報告2",
        "松山市 都市交通課 主査 高橋 美紀",
        "報告2で述べたように、利用者は年間約3万人である。予約は電話とアプリで受け付けている。",
        "2. 利用の状況",
        "デマンド交通の利用者は年間約3万人である。",
    ]))
    assert len(doc.talks) == 1


def test_a_number_before_the_speaker_on_one_line_opens_the_talk():  # helper front52 (was a strict xfail)
    doc = segmented_text("\n".join([
        "第1講演　長野市 交通政策課長 小林 誠", "中山間地域におけるデマンド交通の導入", "1. 導入の経緯",
        "長野市では路線バスの廃止が相次ぎ、2019年にデマンド交通を導入した。",
        "第2講演　松山市 都市交通課 主査 高橋 美紀", "路面電車と自転車の共存", "1. 現状",
        "松山市の中心部では、路面電車と自転車の接触事故が増えている。"]))
    assert [(t.number, t.title.ja.text, t.speaker.text.text) for t in doc.talks] == [
        ("1", "中山間地域におけるデマンド交通の導入", "長野市 交通政策課長 小林 誠"),
        ("2", "路面電車と自転車の共存", "松山市 都市交通課 主査 高橋 美紀")]
