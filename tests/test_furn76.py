"""Page furniture and visible structure of fresh-user trials 75d and 75 (issue 16 points 2 and 4; helper furn76).

Each kind both ways: a chapter–page folio (``－ ３－１ －``, ``- 4-1 -``, ``p.3-1``) and the head after it printing the
title and the chapter in force are furniture; a plan's points counted again under each ``第M節`` and their ``(1)``
items are its sections; a municipality's own 会議 issues the plan; a counted line (``Q7．…``, ``(2)　…``) repeated on
the raw line under it is a doubled layer; a catalogue's later entry coded as its title is heads a section; a row
whose figure stands in a table's column joins the table; a bracketed label printed twice under numbered headings is
a box inside its section. Made-up inputs; the trials' files are under ``/work/regress/in_trial75d`` and
``/work/regress/in_trial75``, the variants also under ``/work/regress/in_furn76``.
"""

from __future__ import annotations

import pytest

from pipeline.numbering import fold
from pipeline.pagenumbers import page_number
from tests.segment_inputs import front_texts, furniture, paragraphs, run_text, speaker_texts


def _sections(talk) -> list[tuple[int, str | None, str]]:
    """``(level, number, title)`` of each section of a talk."""
    return [(s.level, s.number, s.title.text) for s in talk.sections]


def _only_talk(text: str):
    doc = run_text(text)
    [talk] = doc.talks
    return doc, talk


# -- a chapter–page folio and the head printing the title and the chapter ---------------------------------------------

PLAN = """{place}地域防災計画（一般災害対策編）
令和６年３月修正
{place}防災会議

第３章　災害応急対策計画

第１節　応急活動体制

１　災害対策本部の設置
(1)　設置基準
知事は、県内において大規模な災害が発生し、又は発生するお
それがある場合において、総合的な応急対策を実施するため必要
があると認めるときは、災害対策本部を設置する。
(2)　本部の組織
本部長は知事をもって充て、副本部長は副知事及び危機管理監を
もって充てる。本部員は、各部局長及び教育長とする。

２　地方災害対策本部
(1)　設置
本部長は、被害が特定の地域に集中する場合は、当該地域を所管
する地域振興局に地方災害対策本部を置くことができる。

{folio}
{head}
(2)　所管区域
地方本部の所管区域は、規則で定めるとおりとする。
(3)　地方本部長
地方本部長は、地域振興局長をもって充てる。

第２節　情報の収集及び伝達

１　被害情報の収集
(1)　市町村からの報告
市町村長は、災害が発生したときは、速やかに被害状況を取りま
とめ、防災情報システムにより県に報告する。
(2)　県による情報収集
県は、ヘリコプターによる上空からの偵察等により、被害の全体
像を早期に把握するよう努める。

{last}
"""


@pytest.mark.parametrize("place,folio,last", [
    ("みどり県", "－ ３－１ －", "－ ３－２ －"),
    ("あおば県", "- 3-1 -", "- 3-2 -"),
    ("さくら市", "p.3-1", "p.3-2"),
], ids=["full-width dashes", "ascii dashes", "page word"])
def test_a_chapter_page_folio_and_the_chapter_head_are_furniture(place, folio, last):
    head = f"{place}地域防災計画　第３章"
    doc, talk = _only_talk(PLAN.format(place=place, folio=folio, head=head, last=last))
    rows = [(fold(t), reason) for t, reason in furniture(doc)]
    assert (fold(head), "running-header") in rows, rows
    assert sum(reason == "page-number" for _, reason in rows) == 2, rows
    texts = [fold(p) for p in paragraphs(talk)]
    assert not any(fold(head) in p or "3-1" in p for p in texts), texts


def test_an_english_plan_prints_its_title_and_chapter_over_the_page():
    text = """Midland County Emergency Plan
Revised March 2024
Midland County Emergency Planning Committee

Chapter 3 Response Operations

3.1 Activation
The county emergency operations centre is activated when a major incident
is declared by the chief executive or the duty emergency manager, and the
centre is staffed within two hours of the declaration.

3.2 Communications
Warnings are issued through the county website, local radio and the text
alert service, and are repeated every hour while the incident lasts.

- 3-1 -
Midland County Emergency Plan · Chapter 3
3.3 Evacuation
Rest centres are opened in schools and leisure centres listed in annex B,
and transport is provided for residents who cannot leave by their own means.

- 3-2 -
"""
    doc, talk = _only_talk(text)
    assert ("Midland County Emergency Plan · Chapter 3", "running-header") in furniture(doc)
    assert [t for _, _, t in _sections(talk)] == ["Response Operations", "Activation", "Communications", "Evacuation"]


def test_chapter_page_folio_shapes():
    read = [(n.chapter, n.value, n.shaped) for n in map(page_number, ("－ ３－１ －", "- 4-12 -", "p.3-1", "Page 2-3", "３－１"))]
    assert read == [(3, 1, True), (4, 12, True), (3, 1, True), (2, 3, True), (3, 1, False)]
    # a range of pages, a dash on one side, a code of three parts, an academic year
    assert [page_number(s) for s in ("pp. 41-42", "- 3-1", "3-1-2", "2024-25")] == [None] * 4


def test_a_head_naming_a_chapter_the_document_does_not_have_stays():
    """Near miss: the chapter's label must be one a heading of the document opens on."""
    text = PLAN.format(place="みどり県", folio="－ ３－１ －", head="みどり県地域防災計画　第５章", last="－ ３－２ －")
    doc, talk = _only_talk(text)
    assert not any("第5章" in fold(t) for t, _ in furniture(doc)), furniture(doc)


def test_bare_heading_numbers_alone_on_their_lines_are_no_folios():
    """Near miss: ``2-1`` / ``2-2`` alone over their titles, after running text, count up as folios would; a bare
    chapter–page number counts only where the sentence runs on across it."""
    text = """報告・連絡・相談の基本
人事部 人材開発課 編

この章では、職場で仕事を進めるうえで欠かせない報告、連絡、相談の基本を学びます。
2-1
報告とは何か
報告とは、上司から指示された仕事の経過や結果を、指示した人に伝えることです。
報告は、頼まれた人が自分から行うのが原則です。上司に聞かれてから答えるのは返答です。
結論から先に述べ、そのあとで経過や理由を説明しましょう。相手が全体をつかめます。
事実と意見を分けて話すことも大切です。意見には前置きをつけましょう。
悪い知らせほど早く報告しましょう。時間がたつほど対応が難しくなります。
2-2
連絡のしかた
連絡とは、関係者に必要な情報を知らせることです。自分から積極的に行います。
"""
    doc, _ = _only_talk(text)
    assert not any(t in ("2-1", "2-2") for t, _ in furniture(doc)), furniture(doc)


# -- points counted again under each 第M節, their (1) items under them ---------------------------------------------------

def test_points_under_each_section_mark_are_sections_and_their_items_subsections():
    doc, talk = _only_talk(PLAN.format(place="みどり県", folio="－ ３－１ －", head="みどり県地域防災計画　第３章",
                                       last="－ ３－２ －"))
    assert _sections(talk) == [
        (1, "3", "災害応急対策計画"), (2, "3.1", "応急活動体制"),
        (3, "3.1.1", "災害対策本部の設置"), (4, "3.1.1.1", "設置基準"), (4, "3.1.1.2", "本部の組織"),
        (3, "3.1.2", "地方災害対策本部"), (4, "3.1.2.1", "設置"), (4, "3.1.2.2", "所管区域"), (4, "3.1.2.3", "地方本部長"),
        (2, "3.2", "情報の収集及び伝達"),
        (3, "3.2.1", "被害情報の収集"), (4, "3.2.1.1", "市町村からの報告"), (4, "3.2.1.2", "県による情報収集")]


def test_points_under_kanji_section_marks():
    text = """あおば町地域福祉計画
あおば町福祉審議会

第二章　施策の展開

第一節　地域の支え合い

１　見守り活動の推進
(1)　見守り協力員
町は、地域の見守り協力員を募り、研修を行ったうえで委嘱する。
(2)　見守りの方法
協力員は、訪問や声かけにより高齢者の暮らしを見守る。

２　居場所づくり
(1)　サロンの開設
町は、公民館等を活用して、誰もが集えるサロンを開設する。
(2)　運営の支援
サロンの運営に必要な費用の一部を助成する。

第二節　相談体制の充実

１　総合相談窓口
(1)　窓口の設置
役場に総合相談窓口を置き、福祉の相談を一か所で受ける。
(2)　専門職の配置
窓口には、社会福祉士等の専門職を置く。
"""
    _, talk = _only_talk(text)
    levels = [(level, title) for level, _, title in _sections(talk)]
    assert levels == [(1, "施策の展開"), (2, "地域の支え合い"), (3, "見守り活動の推進"), (4, "見守り協力員"),
                      (4, "見守りの方法"), (3, "居場所づくり"), (4, "サロンの開設"), (4, "運営の支援"),
                      (2, "相談体制の充実"), (3, "総合相談窓口"), (4, "窓口の設置"), (4, "専門職の配置")]


def test_a_list_of_points_under_a_section_mark_stays_its_text():
    """Near miss: points listed one right under the other, no text of their own, are the 節's list."""
    text = """みどり県地域防災計画
みどり県防災会議

第３章　災害応急対策計画

第１節　応急活動体制
県は、次の体制をとる。
１　注意体制
２　警戒体制
３　非常体制
体制の基準は、別に定める。

第２節　情報の収集
県は、被害の情報を速やかに集める。
"""
    _, talk = _only_talk(text)
    assert [t for _, _, t in _sections(talk)] == ["災害応急対策計画", "応急活動体制", "情報の収集"]
    assert "１　注意体制" in paragraphs(talk) or "1　注意体制" in paragraphs(talk)


# -- a municipality's own council issues the plan; its revision date is no subtitle ------------------------------------

@pytest.mark.parametrize("issuer", ["みどり県防災会議", "さくら市防災会議", "あおば町子ども・子育て会議"])
def test_a_municipal_council_under_the_title_is_the_issuer(issuer):
    text = PLAN.format(place="みどり県", folio="－ ３－１ －", head="みどり県地域防災計画　第３章", last="－ ３－２ －")
    text = text.replace("みどり県防災会議", issuer)
    _, talk = _only_talk(text)
    assert speaker_texts(talk) == (None, issuer)
    assert talk.subtitle.ja is None and "令和6年3月修正" in front_texts(talk)


def test_a_council_naming_no_municipality_is_no_organisation():
    from pipeline.segment.organisations import is_organisation
    assert [is_organisation(t) for t in ("みどり県防災会議", "全国市長会議", "防災会議", "みどり県防災会議の役割")] == \
        [True, False, False, False]


# -- a counted line repeated on the raw line under it ------------------------------------------------------------------

FAQ = """電気ポット　KP-30シリーズ
よくあるご質問（FAQ）
株式会社ミナト電器　お客様相談室

【ご使用について】

Q1．お湯が沸くまでにどのくらい時間がかかりますか。
A1．満水の場合、約１５分で沸騰します。

{first}
{second}
A2．本体の電源プレートを拭いてから、もう一度差し込んでください。

【保証について】

Q3．保証期間はどのくらいですか。
A3．お買い上げ日から１年間です。
"""


@pytest.mark.parametrize("line", ["Q2．電源が入りません。", "問2．保証書をなくしました。", "A2．はい、使えます。",
                                  "Ａ　はい、そのまま使えます。"])
def test_a_counted_line_twice_in_a_row_is_one_line(line):
    doc, talk = _only_talk(FAQ.format(first=line, second=line))
    doubled = [r for r in doc.ledger if r.reason == "doubled-layer"]
    assert [r.text for r in doubled] == [line]
    assert sum(line.replace("．", ".") in p.replace("．", ".") for p in paragraphs(talk)) <= 1


@pytest.mark.parametrize("first,second", [("La la la", "La la la"), ("Q2", "Q2"),
                                          ("Q2．電源が入りません。", "\nQ2．電源が入りません。")],
                         ids=["chorus", "label alone", "after a blank line"])
def test_an_uncounted_line_or_one_said_again_after_a_blank_line_stays(first, second):
    """Near miss: a chorus's line, a label with no words, a question said again after a blank line: kept twice."""
    doc, _ = _only_talk(FAQ.format(first=first, second=second))
    assert not [r for r in doc.ledger if r.reason == "doubled-layer"]


# -- a catalogue's later entry; a row in a table's column ---------------------------------------------------------------

CATALOGUE = """Westfield College Course Catalogue 2025
Department of History

HIST 210  Modern Europe, 1789-1914  (3 credits)

Instructor: Dr. Hannah Lowell
Offered: Autumn term, every year

Prerequisites
HIST 110 (World History I) or permission of the instructor.

Assessment
Essay                                  30%
Seminar participation                  20%
Final examination and source analysis  50%

Notes
Cross-listed as POLS 210. Field trips are optional.

{second}

Instructor: Dr. Samuel Okoro
Offered: Spring term, alternate years

Prerequisites
HIST 110 (World History I).
"""


@pytest.mark.parametrize("second", ["HIST 245  The Atlantic World  (3 credits)", "HIST 330  Medieval Cities, 1000-1400  (3 credits)",
                                    "HIST 312  Oral History Methods (2 credits)"])
def test_a_later_entry_coded_as_the_title_heads_a_section(second):
    _, talk = _only_talk(CATALOGUE.format(second=second))
    titles = [t for _, _, t in _sections(talk)]
    assert second in titles, titles
    notes = next(s for s in talk.sections if s.title.text == "Notes")
    assert all(second not in p.text and "Okoro" not in p.text for p in notes.paragraphs)


def test_a_code_of_other_letters_or_inside_a_sentence_heads_nothing():
    """Near miss: another department's code alone, and the title's letters in a sentence, stay text."""
    _, talk = _only_talk(CATALOGUE.format(second="POLS 245  Atlantic Politics  (3 credits)"))
    assert "POLS 245  Atlantic Politics  (3 credits)" not in [t for _, _, t in _sections(talk)]


@pytest.mark.parametrize("row", ["Final examination and source analysis  50%",
                                 "Final report and presentation          50%"])
def test_a_row_with_its_figure_in_the_tables_column_joins_the_table(row):
    _, talk = _only_talk(CATALOGUE.format(second="HIST 245  The Atlantic World  (3 credits)").replace(
        "Final examination and source analysis  50%", row))
    assessment = next(s for s in talk.sections if s.title.text == "Assessment")
    assert [p.text for p in assessment.paragraphs][-1] == "\t".join(row.rsplit(None, 1)[0:1] + ["50%"])
    assert assessment.tables == ((0, 3),)


def test_a_row_out_of_the_column_stays_a_paragraph():
    """Near miss: the long label's figure one column short of the others' is no cell of theirs."""
    _, talk = _only_talk(CATALOGUE.format(second="HIST 245  The Atlantic World  (3 credits)").replace(
        "Final examination and source analysis  50%", "Final examination and source analysis 50%  "))
    assessment = next(s for s in talk.sections if s.title.text == "Assessment")
    assert "\t" not in [p.text for p in assessment.paragraphs][-1]


# -- a bracketed label printed twice under numbered headings is a box inside its section --------------------------------

MANUAL = """安全衛生マニュアル
第4章　事故を防ぐ職場づくり
株式会社さくら工業　総務部 安全衛生課 編

4-1　危険の見つけ方
職場の危険は、毎日の作業の中に隠れています。作業の前に、まわりをよく見ましょう。
{label}
床に油がこぼれていないか、通路に物が置かれていないかを確かめましょう。
（1）作業前の点検
作業を始める前に、機械の安全装置が働くことを確かめます。
（2）作業後の片付け
作業が終わったら、工具を決められた場所に戻します。

4-2　報告のしかた
ヒヤリとしたことは、小さなことでもすぐに班長へ報告します。
（1）口頭での報告
まず口頭で班長に伝え、その日のうちに用紙に記入します。
（2）用紙での報告
用紙は事務所の棚にあります。記入したら班長に渡してください。
{label}
報告は、いつ、どこで、何が起きたかを短くまとめて伝えましょう。

4-3　まとめ
この章で学んだことを、職場で話し合ってみましょう。
"""


@pytest.mark.parametrize("label", ["【チェック】", "【ワンポイント】", "〔注意〕"])
def test_a_repeated_bracketed_label_is_a_box_inside_its_section(label):
    _, talk = _only_talk(MANUAL.format(label=label))
    assert [(n, t) for _, n, t in _sections(talk)] == [("4.1", "危険の見つけ方"), ("4.2", "報告のしかた"), ("4.3", "まとめ")]
    first = talk.sections[0]
    assert any(p.text.startswith("（1）作業前の点検") for p in first.paragraphs)
    assert any(label in p.text for p in first.paragraphs)


def test_the_trial_manuals_tip_boxes_stay_in_their_sections():
    text = open("/work/regress/in_trial75/a_kenshu.txt", encoding="utf-8").read()
    _, talk = _only_talk(text)
    titles = [t for _, _, t in _sections(talk)]
    assert "ワンポイント" not in titles and titles[-4:] == ["報告とは何か", "連絡のしかた", "相談のしかた", "まとめと確認問題"]
    by_title = {s.title.text: [p.text for p in s.paragraphs] for s in talk.sections}
    assert "【ワンポイント】" in by_title["報告とは何か"] and "【ワンポイント】" in by_title["連絡のしかた"]


def test_bracketed_group_headings_that_differ_stay_sections():
    """Near miss: an FAQ's groups (``【ご使用について】``, ``【保証について】``) each head a section."""
    _, talk = _only_talk(FAQ.format(first="Q2．電源が入りません。", second="A2の前に本体を確かめてください。"))
    assert [t for _, _, t in _sections(talk)][:2] == ["ご使用について", "保証について"]
