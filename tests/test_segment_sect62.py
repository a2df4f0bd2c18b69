"""Fresh-user trial 62 (helper sect62): a manual's 節 over its printed decimals, an English policy's ``Section N.``
headings, its bracketed clauses wrapped and its adoption line, a short note with no title, and an affiliation two
authors share. Each kind with made-up variants (different wording, numbering, lengths) and near-misses that must not
change; the variants and near-misses are also in /work/regress/in_sect62/."""

from __future__ import annotations

import pytest

from segmenting import only_talk


def sections_of(talk):
    return [(s.number, s.level, s.title.text) for s in talk.sections]


def paragraphs_of(talk, k):
    return [p.text for p in talk.sections[k].paragraphs]


# --- 1. 第M節 over a chapter's printed decimals -------------------------------------------------------------------

MANUAL = ("第3章　保守点検\n\n第1節　日常点検\n\n3.1 点検の目的\n本装置を安全に使用するため、運転前に点検してください。\n\n"
          "3.2 点検項目\n(1) 油量の確認\n油面計の表示を確認してください。\n(2) ベルトの張り\nベルトのたわみを確認します。\n\n"
          "第2節　定期点検\n\n3.3 定期点検の周期\n定期点検は、6か月ごとに実施します。\n")
INSTALL = ("第2章　設置と配線\n\n第1節　設置場所\n\n2.1 設置環境\n本機は、風通しのよい屋内に設置してください。\n\n"
           "2.2 据付け面\n床面が水平であることを確認してください。\n\n第2節　配線\n\n2.3 電源の接続\n"
           "電源は単相100Vを使用してください。\n\n2.4 接地\n必ず接地工事を行ってください。\n")
REPORT = ("第1章　調査の概要\n\n第1節　調査の目的\n\n1.1 背景\n公共交通の利用者が年々減少している。\n\n1.2 目的\n"
          "路線再編の基礎資料とすることを目的とする。\n\n第2節　調査の方法\n\n1.3 調査対象\n市民3,000人を抽出した。\n\n"
          "第2章　調査の結果\n\n第1節　回答者の属性\n\n2.1 年齢\n回答者の半数以上が60歳以上であった。\n\n2.2 居住地\n"
          "回答者の約4割が郊外に住んでいる。\n")
KANJI = ("第四章　運用\n\n第一節　運用体制\n\n４．１　体制の概要\n運用は、管理者と担当者の二名で行う。\n\n４．２　連絡の方法\n"
         "障害が起きたときは、電話で連絡する。\n\n第二節　記録\n\n４．３　記録の保存\n運用の記録は、五年間保存する。\n")


@pytest.mark.parametrize("text, expected", [
    (MANUAL, [("3", 1, "保守点検"), (None, 2, "日常点検"), ("3.1", 3, "点検の目的"), ("3.2", 3, "点検項目"),
              ("3.2.1", 4, "油量の確認"), ("3.2.2", 4, "ベルトの張り"), (None, 2, "定期点検"), ("3.3", 3, "定期点検の周期")]),
    (INSTALL, [("2", 1, "設置と配線"), (None, 2, "設置場所"), ("2.1", 3, "設置環境"), ("2.2", 3, "据付け面"),
               (None, 2, "配線"), ("2.3", 3, "電源の接続"), ("2.4", 3, "接地")]),
    (REPORT, [("1", 1, "調査の概要"), (None, 2, "調査の目的"), ("1.1", 3, "背景"), ("1.2", 3, "目的"),
              (None, 2, "調査の方法"), ("1.3", 3, "調査対象"), ("2", 1, "調査の結果"), (None, 2, "回答者の属性"),
              ("2.1", 3, "年齢"), ("2.2", 3, "居住地")]),
    (KANJI, [("4", 1, "運用"), (None, 2, "運用体制"), ("4.1", 3, "体制の概要"), ("4.2", 3, "連絡の方法"), (None, 2, "記録"),
             ("4.3", 3, "記録の保存")]),
])
def test_sections_over_printed_decimals_are_a_level_of_their_own(text, expected):
    talk, _ = only_talk(text)
    assert sections_of(talk) == expected
    numbers = [s.number for s in talk.sections if s.number is not None]
    assert len(numbers) == len(set(numbers))
    assert [s.heading.text for s in talk.sections if s.number is None][0].startswith("第")  # the heading keeps 第1節


@pytest.mark.parametrize("text, expected", [
    ("第1章　序論\n\n第1節　研究の背景\n近年、空洞化が進んでいる。\n\n第2節　研究の目的\n活用策を明らかにする。\n\n"
     "第2章　方法\n\n第1節　調査の対象\n商店街5か所を対象とした。\n",
     [("1", 1, "序論"), ("1.1", 2, "研究の背景"), ("1.2", 2, "研究の目的"), ("2", 1, "方法"), ("2.1", 2, "調査の対象")]),
    ("第1章　序論\n\n第1節　研究の背景\n近年、空洞化が進んでいる。\n\n第2節　研究の目的\n活用策を明らかにする。\n\n"
     "第2章　方法\n\n2.1 調査の対象\n商店街5か所を対象とした。\n\n2.2 調査の手順\n聞き取りを行った。\n",
     [("1", 1, "序論"), ("1.1", 2, "研究の背景"), ("1.2", 2, "研究の目的"), ("2", 1, "方法"), ("2.1", 2, "調査の対象"),
      ("2.2", 2, "調査の手順")]),
    ("第3章　保守\n\n3.1 点検の目的\n運転前に点検してください。\n\n3.2 点検項目\n(1) 油量の確認\n油面計を確認してください。\n"
     "(2) ベルトの張り\nたわみを確認します。\n\n3.3 定期点検の周期\n6か月ごとに実施します。\n",
     [("3", 1, "保守"), ("3.1", 2, "点検の目的"), ("3.2", 2, "点検項目"), ("3.2.1", 3, "油量の確認"), ("3.2.2", 3, "ベルトの張り"),
      ("3.3", 2, "定期点検の周期")]),
])
def test_sections_without_printed_decimals_under_them_keep_their_numbers(text, expected):
    """Near-misses: 節 alone (their path numbers, level 2), trial 24's 節 in one chapter and ``2.1`` in the next, and a
    chapter's decimals with no 節: as before."""
    talk, _ = only_talk(text)
    assert sections_of(talk) == expected


def test_a_chapter_file_has_no_title():
    """Session 58's decision (tests/test_segment_chapter_top58.py) holds for the trial's manual chapter: its opening
    ``第3章`` is section 3, never the title."""
    talk, _ = only_talk(MANUAL)
    assert talk.title.ja is None and talk.title.en is None and talk.sections[0].heading.text == "第3章　保守点検"


# --- 2. an English policy: ``Section N. Title``, its clauses, its adoption ----------------------------------------

POLICY = ("CITY OF MILLBROOK\nPUBLIC SPACE USE POLICY\n\nSection 1. Purpose\nThis policy sets out the conditions under "
          "which community groups may use parks, plazas and\nother public spaces owned by the City for events.\n\n"
          "Section 2. Definitions\nIn this policy:\n(a) \"event\" means any organised gathering of more than 25 persons;\n"
          "(b) \"applicant\" means the person or group requesting a permit.\n\nSection 3. Permits\n(1) No event may be held "
          "in a public space without a permit issued by the Parks Department.\n(2) The Department may refuse a permit where "
          "the event would unreasonably interfere with\nother uses of the space.\n\nSection 4. Fees\nThe fee schedule is set "
          "annually by Council resolution.\n\nAdopted by Council Resolution 2025-114, 3 June 2025.\n")
BYLAW = ("TOWN OF ASHFORD\nPARKING BYLAW\n\nSection 1: Short Title\nThis bylaw may be cited as the Parking Bylaw.\n\n"
         "Section 2: Prohibitions\n(1) No person shall park a vehicle on a highway for longer than three hours between\n"
         "eight in the morning and six in the evening.\n(2) No person shall park a vehicle in a space marked for disabled "
         "persons.\n\nSection 3: Penalties\nA person who contravenes this bylaw is liable to a fine of not less than $50.\n\n"
         "Approved by the Town Council on 12 May 2024.\n")
CODE = ("HARBOUR TRUST\nVOLUNTEER CODE OF CONDUCT\n\nSECTION 1 - PURPOSE\nThis code sets out what the Trust expects of "
        "every volunteer who works on its vessels.\n\nSECTION 2 - CONDUCT ON BOARD\n(a) Volunteers shall follow the "
        "instructions of the skipper at all times and shall report\nany injury before leaving the vessel.\n(b) Alcohol may "
        "not be carried on board.\n\nSECTION 3 - REVIEW\nThe Trust reviews this code every two years.\n\n"
        "Enacted by the Board of Trustees, 9 September 2022.\n")


@pytest.mark.parametrize("text, titles, wrapped, adopted", [
    (POLICY, ["Purpose", "Definitions", "Permits", "Fees"], (2, 1), "Adopted by Council Resolution 2025-114, 3 June 2025."),
    (BYLAW, ["Short Title", "Prohibitions", "Penalties"], (1, 0), "Approved by the Town Council on 12 May 2024."),
    (CODE, ["PURPOSE", "CONDUCT ON BOARD", "REVIEW"], (1, 0), "Enacted by the Board of Trustees, 9 September 2022."),
])
def test_a_policys_sections_clauses_and_adoption(text, titles, wrapped, adopted):
    talk, _ = only_talk(text)
    assert sections_of(talk) == [(str(n), 1, t) for n, t in enumerate(titles, 1)]
    assert [s.heading.text for s in talk.sections][0].lower().startswith("section 1")  # the heading keeps the label
    # a clause left open over a line in small letters is one paragraph
    k, p = wrapped
    clause = paragraphs_of(talk, k)[p]
    assert clause.startswith("(") and clause.endswith(".") and len(paragraphs_of(talk, k)) == 2
    # the adoption line closes the document: front, no paragraph of the last section
    assert adopted in [t.text for t in talk.front]
    assert adopted not in paragraphs_of(talk, len(titles) - 1)


def test_text_naming_sections_or_adopting_things_is_left_alone():
    """Near-misses: sentences naming a section, a body sentence about something adopted or approved, a heading set
    with a bracketed number over a capitalised sentence."""
    talk, _ = only_talk("Notes on the Harbour Survey\n\nThe survey was carried out over three weeks by volunteers.\n"
                        "Section 3 describes the method in detail, and the results follow it.\n"
                        "See Section 2 of the report for the map of the survey sites.\n"
                        "The report was adopted by the club committee on 3 June 2024.\n")
    body = " ".join(paragraphs_of(talk, 0))
    assert [s.number for s in talk.sections] == [None] and talk.front == ()
    assert "Section 3 describes" in body and body.endswith("The report was adopted by the club committee on 3 June 2024.")
    talk, _ = only_talk("Community Garden Rules\n\n1. Membership\nAny resident of the parish may apply for a plot.\n\n"
                        "2. Tools\n(1) Shared tools are kept in the shed and must be returned after use.\n"
                        "(2) Power tools may not be used before nine in the morning.\n\n"
                        "Approved plots are listed on the noticeboard by the gate.\n")
    assert paragraphs_of(talk, 1)[-1] == "Approved plots are listed on the noticeboard by the gate."
    talk, _ = only_talk("Field Course Handbook\n\n(1) Introduction\nThe course runs for five days each June.\n\n"
                        "(2) Safety\nEvery student must carry a whistle and a map.\n\n(3) Assessment\nStudents write a report.\n")
    assert sections_of(talk) == [("1", 1, "Introduction"), ("2", 1, "Safety"), ("3", 1, "Assessment")]


# --- 3. a short note with no title --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The annual meeting of the Riverside Allotment Society will be held on Saturday 14 March at 10 a.m. in the\n"
    "church hall. Members are asked to bring their plot numbers and any seed orders for the spring.\n",
    "来週の月曜日は、公民館の清掃のため、午前中の貸出しを休みます。ご協力をお願いします。\n",
    "The swimming pool will close for repairs from 2 to 16 August.\n\n"
    "Members whose passes run out during the closure may ask at the front desk for two extra weeks.\n",
])
def test_a_short_note_with_no_title_is_text(text):
    """Decision kept (docs/segment.md, *A titled paper's prose with no heading is its body*, and the schema's ``shape:
    text``, "all in paper.front"): a note with no title is text, its paragraphs its front; no section is made up."""
    talk, _ = only_talk(text)
    assert talk.shape == "text" and talk.sections == () and talk.front


# --- 4. an affiliation two authors share ----------------------------------------------------------------------------

@pytest.mark.parametrize("authors, lines, expected", [
    ("Anna Berg¹, Tomas Novak¹,²", ["¹University of Bergen, Norway", "²Czech Technical University in Prague, Czech Republic"],
     "University of Bergen, Norway; Czech Technical University in Prague, Czech Republic"),
    ("Ines Moreau¹, Lars Holm¹,², Petra Vogel²", ["¹University of Nantes, France", "²Delft University of Technology, Netherlands"],
     "University of Nantes, France; Delft University of Technology, Netherlands"),
    ("Kenji Arai²,¹, Mia Lund¹, Oskar Berg²", ["¹Lund University, Sweden", "²Tohoku University, Japan"],
     "Tohoku University, Japan; Lund University, Sweden"),
    ("Yuki Sato¹, Tom Lee²", ["¹Kyoto University, Japan", "²University of Leeds, United Kingdom"],  # near-miss: none shared
     "Kyoto University, Japan; University of Leeds, United Kingdom"),
])
def test_a_shared_affiliation_is_given_once(authors, lines, expected):
    text = ("Tidal Energy Prospects for Small Island Grids\n\n" + authors + "\n" + "\n".join(lines) + "\n\nAbstract\n"
            "We compare three tidal sites that could supply the grids of small islands.\n\n1 Introduction\n"
            "Small islands pay more for electricity than the mainland does.\n\n2 Sites\nThe sites differ in their range.\n")
    talk, _ = only_talk(text)
    assert talk.speaker.affiliation.text == expected
    # each author keeps their own, both of them where they have two
    assert all(a.affiliation is not None for a in talk.speaker.authors)
    assert len({a.affiliation.text for a in talk.speaker.authors}) >= 2
