"""Title blocks of abstracts and reports (helper abstract62, fresh-user trials 61b and 61d). Made-up inputs in
tests/data/abstract62 (also /work/regress/in_abstract62), each run through the whole pipeline with every raw character
accounted for (:func:`reliability.one_talk`):

- a thesis cover's Japanese field with its value (``氏名　佐伯 真理子``, ``学籍番号　21T1234``, ``所属　…``) is front or,
  ``氏名``, the speaker: never the title nor a section's heading;
- a part split off a title's line (a newsletter's issue ``みどり市報　　第42号``, a subtitle set after the title) keeps no
  ideographic space at its ends, each left out with a ledger row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability import accounting, one_talk

DATA = Path(__file__).parent / "data" / "abstract62"


def _front(talk: dict) -> list[str]:
    return [p["text"] for p in talk["paper"]["front"]]


def _headings(talk: dict) -> list[str]:
    return [s["heading"] or "" for s in talk["paper"]["sections"]]


@pytest.mark.parametrize("name, title, speaker_name, kept", [
    ("ja_field_name.txt", "都市公園の利用実態と住民の満足度に関する研究", "佐伯 真理子", ["2024年度 修士論文要旨"]),
    ("ja_field_id.txt", "商店街の空き店舗活用に関する調査", "田中 一郎",
     ["学籍番号　21T1234", "指導教員　山本 健太 教授", "提出日　2025年1月31日"]),
    ("ja_field_affil.txt", "沿岸都市における津波避難行動の分析", "鈴木 美咲", ["所属　京都大学大学院 工学研究科 都市社会工学専攻"]),
])
def test_a_cover_field_is_front_or_the_speaker_never_a_heading(name, title, speaker_name, kept, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"]["ja"] == title
    assert talk["speaker"]["name"] == speaker_name
    assert all(k in _front(talk) for k in kept), _front(talk)
    assert not any(h.startswith(("氏名", "所属", "学籍番号", "指導教員", "提出日")) for h in _headings(talk))


def test_a_name_under_an_affiliation_without_a_label_is_unchanged(tmp_path) -> None:
    talk = one_talk(DATA / "neg_field_heading.txt", tmp_path)
    assert talk["speaker"]["name"] == "佐伯 真理子"
    assert [s["number"] for s in talk["paper"]["sections"]] == ["1", "2", "3"]


@pytest.mark.parametrize("name, title, issue", [
    ("ws_shihou.txt", "みどり市報", "第42号"),
    ("ws_kouhou.txt", "広報かわせみ", "第128号"),
    ("ws_newsletter3.txt", "さくら通信", "Vol.15"),
])
def test_an_issue_split_off_a_title_keeps_no_wide_space(name, title, issue, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"]["ja"] == title
    assert _front(talk)[0] == issue
    spaces = [d for d in talk["dropped"] if d.get("rule") == "trim_title_part"]
    assert spaces and all(d["text"] == "\u3000" for d in spaces)


def test_a_subtitle_set_after_the_title_on_its_line_is_its_subtitle(tmp_path) -> None:
    talk = one_talk(DATA / "ws_title_sub.txt", tmp_path)
    assert talk["title"]["ja"] == "令和6年度 事業報告書"
    assert talk["subtitle"]["ja"] == "―地域とともに歩む一年―"


# A Chinese journal's abstract: the Chinese title block (authors marked by plain digits or superscripts, numbered
# affiliations ``（1. …；2. …）``), then the English one (``WANG Xiaoming 1, LI Jing 2``). Fresh-user trial 61b: the English
# authors' line had been title.en, the English affiliations section 2, the Chinese authors no speaker.
@pytest.mark.parametrize("name, title_en, authors", [
    ("zh1_caps_digits.txt", "Practice and Evaluation of Ecological Restoration of Urban Rivers",
     [("王小明", "同济大学环境科学与工程学院，上海200092"), ("李静", "上海市水务局，上海200050")]),
    ("zh2_superscript.txt", "Design Methods for Sponge Retrofitting of Old Residential Quarters",
     [("张伟", "南京大学建筑与城市规划学院，南京210093"), ("刘芳", "南京市规划设计研究院，南京210008")]),
    ("zh3_hyphen_given.txt", "Optimization of Urban Bus Networks Based on Big Data",
     [("陈晓明", "武汉理工大学交通学院，武汉430063; 武汉市交通发展战略研究院，武汉430017"), ("赵磊", "武汉理工大学交通学院，武汉430063")]),
    ("zh4_given_first.txt", "Conservation Strategies for Historic Districts in Urban Regeneration",
     [("王小明", "同济大学建筑与城市规划学院，上海200092"), ("李静", "上海市城市规划设计研究院，上海200040")]),
])
def test_a_chinese_abstracts_authors_are_its_speaker(name, title_en, authors, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"]["en"] == title_en
    assert [(a["name"], a["affiliation"]) for a in talk["speaker"]["authors"]] == authors
    # each affiliation once, without its number
    assert talk["speaker"]["affiliation"] == "; ".join(dict.fromkeys(p for _, a in authors for p in a.split("; ")))
    # the English authors and affiliations are front matter, as a Japanese paper's English block is; no section
    front = _front(talk)
    assert any(t.startswith(("WANG", "ZHANG", "CHEN", "Xiaoming")) for t in front), front
    assert all(s["number"] in (None, "1", "2", "3") and not s["title"][:1].isascii() or s["title"] == "Abstract"
               for s in talk["paper"]["sections"]), [s["title"] for s in talk["paper"]["sections"]]


def test_two_papers_by_different_authors_stay_two(tmp_path) -> None:
    path = tmp_path / "neg_zh_two_papers.txt"
    path.write_bytes((DATA / path.name).read_bytes())
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    assert sorted((t["title"]["ja"] or t["title"]["en"], t["speaker"]["name"]) for t in talks) == [
        ("Harbour Sediment Monitoring in Bergen", "Anna Berg"), ("城市河道生态修复的实践与评价", "王小明")]


@pytest.mark.parametrize("name, numbers", [("neg_ja_numbered_heading.txt", ["1", "2"]),
                                           ("neg_en_numbered_items.txt", [None, "1", "2"])])
def test_a_numbered_heading_under_marked_affiliations_stays_a_heading(name, numbers, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert [s["number"] for s in talk["paper"]["sections"]] == numbers


# An English title that stops on its colon goes on over the next line, its subtitle: the whole is title.en, as a
# title block's wrapped title is read whole (fresh-user trial 61d: the line after the colon had been title.en alone).
@pytest.mark.parametrize("name, title_ja, title_en", [
    ("ja3_colon_subtitle.txt", "河川防災における住民参加型ハザードマップの作成",
     "Making Participatory Hazard Maps for River Disaster Prevention: The Case of the Kumano River Basin"),
    ("ja4_colon_abstract.txt", "中山間地域における移動販売の持続可能性",
     "Sustainability of Mobile Grocery Services in Hilly and Mountainous Areas: The Case of Unnan City, Shimane"),
    ("ja5_colon_abstract.txt", "地域公共交通の再編に関する研究",
     "A Study on the Reorganization of Local Public Transport: Case Studies of Demand-Responsive Transit"),
])
def test_an_english_title_goes_on_after_its_colon(name, title_ja, title_en, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"] == {"ja": title_ja, "en": title_en}


@pytest.mark.parametrize("name, title_en", [
    ("neg_colon_sentence.txt", "Port Logistics Efficiency in Regional Ports"),
    ("neg_colon_title_oneline.txt", "Tourism and Town Planning: Present State and Issues"),
])
def test_a_title_with_no_colon_at_its_end_is_unchanged(name, title_en, tmp_path) -> None:
    assert one_talk(DATA / name, tmp_path)["title"]["en"] == title_en


# A report's strapline over its naming line (the kind of document with its year) is front; the naming line is the
# title (fresh-user trial 61d's shape: ``Building a resilient future together`` had been the report's title).
@pytest.mark.parametrize("name, title, strapline", [
    ("rep_en_strap.txt", ("en", "Annual Report 2024"), "Building a resilient future together"),
    ("rep_en_strap2.txt", ("en", "Sustainability Report 2023"), "Clean energy for every home"),
    ("rep_ja_strap.txt", ("ja", "令和5年度 事業報告書"), "未来へつなぐ、まちづくり"),
    ("rep_ja_strap2.txt", ("ja", "2024年度 地域福祉活動計画"), "ともに支え合う地域へ"),
])
def test_a_strapline_over_a_reports_naming_line_is_front(name, title, strapline, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"][title[0]] == title[1]
    assert strapline in _front(talk)
    assert talk["subtitle"] == {"ja": None, "en": None}


@pytest.mark.parametrize("name, title", [
    ("neg_rep_title_first.txt", "Annual Report 2024"),  # the naming line first: unchanged
    ("neg_rep_paper_techreport.txt", "Flood Risk in Coastal Towns"),  # a kind with no year under a paper's title
    ("neg_rep_kind_then_theme.txt", "Growing Together"),  # the theme under the kind (tests/test_segment_reports.py)
    ("neg_rep_title_about_report.txt", "Lessons from the Flood"),  # a report's title naming its subject: no naming line
])
def test_a_title_over_or_under_a_kind_stays_the_title(name, title, tmp_path) -> None:
    assert one_talk(DATA / name, tmp_path)["title"]["en"] == title
