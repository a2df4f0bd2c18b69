"""Issue 16: headings, their levels, an index, a name's reading and slide numbers, as made-up documents.

Each test failed on the code before its fix (c2adf70)."""

from __future__ import annotations

from tests.segment_inputs import run_text

PAPER_PAGES = [
    ["港町市", "港湾物流の新しい形", "港町市港湾局 物流課長 山田 太郎", "", "1．はじめに",
     "港町市では、港湾の貨物量がこの十年で大きく増えており、作業の自動化が急務となっている。",
     "本稿では、三つの港で行った実験の結果を報告し、今後の課題を整理する。"],
    ["2．方法", "実験は、三つの港で一年間にわたって行い、作業時間と費用の記録を取った。",
     "記録は毎月集計し、自動化の前後で比べた。", "3．結果", "自動化によって作業時間は三割減り、費用も二割下がった。"],
]
SLIDE_PAGES = [
    ["New Forms of Port Logistics", "Taro Yamada", "Port Bureau, Minatomachi City"],
    ["Background", "• Cargo volume is rising", "• Workers are scarce"],
    ["Method", "• Trials at three ports", "• One year of records"],
    ["Results", "• Work time down 30%", "• Costs down 20%"],
    ["Thank you"],
]


def _proceedings(folio: str, at_top: bool) -> str:
    """A paper whose pages print ``folio`` at their foot, then its slides, one a page after a form feed, each
    printing its own number in the same shape (counted from 1 again) at its top or foot."""
    pages = [p + ["", folio.format(i)] for i, p in enumerate(PAPER_PAGES, 1)]
    for i, s in enumerate(SLIDE_PAGES, 1):
        pages.append([folio.format(i)] + s if at_top else s + ["", folio.format(i)])
    return "\f".join("\n".join(p) + "\n" for p in pages)


def test_slides_that_count_again_in_the_papers_folio_shape_keep_their_numbers() -> None:
    for folio in ("― {} ―", "- {} -", "— {} —"):
        for at_top in (False, True):
            [talk] = run_text(_proceedings(folio, at_top)).talks
            assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5], (folio, at_top)
            assert [s.title.text if s.title else None for s in talk.slides][1:4] == ["Background", "Method", "Results"]


MARKED = """\
地域交通の再編に関する報告

■ 調査の背景
港町市では、路線バスの利用者がこの十年で三割減った。
市は、地域の交通を見直すための調査を行った。
■ 調査の方法
（1）住民への聞き取り
市内の五つの地区で、住民への聞き取りを行った。
（2）利用実績の分析
バスの乗降記録を、路線ごとに集計した。
■ 調査の結果
（1）利用の傾向
高齢者の通院と買い物の利用が多かった。
（2）課題
夕方以降の便が少ないという声が多かった。
■ まとめ
今後は、予約制の乗合タクシーの導入を検討する。
"""


def test_marked_headings_that_open_the_document_are_its_top_level() -> None:
    [talk] = run_text(MARKED).talks
    levels = [(s.title.text, s.level) for s in talk.sections]
    assert levels == [("調査の背景", 1), ("調査の方法", 1), ("住民への聞き取り", 2), ("利用実績の分析", 2),
                      ("調査の結果", 1), ("利用の傾向", 2), ("課題", 2), ("まとめ", 1)]


NUMBERED_THEN_MARKED = """\
港町の緑地に関する報告

1. 結果
緑地の面積は、この十年で広がった。
●面積
公園の面積は一割増えた。
2. 考察
緑地は広がったが、管理の担い手は減っている。
2.1 担い手
町内会の加入者が減っている。
●管理
草刈りの回数が減った。
"""


def test_a_mark_first_seen_under_numbered_headings_heads_their_subsections() -> None:
    """Do no harm: a mark under the numbered headings stays one level under the heading before it (as before)."""
    [talk] = run_text(NUMBERED_THEN_MARKED).talks
    assert [(s.title.text, s.level) for s in talk.sections] == [
        ("結果", 1), ("面積", 2), ("考察", 1), ("担い手", 2), ("管理", 3)]


def _sized_paper() -> bytes:
    """A LaTeX-like article: unnumbered sections (``\\section*`` at 14 pt, ``\\subsection*`` at 12 pt) before numbered
    ones set in the same sizes, over a 10 pt body."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN, drawn_pdf

    body = ["The harbour has grown over the last ten years and its cargo has doubled since the survey began.",
            "It says so.", "This note reports what the port authority measured and what it plans to do about it.",
            "It ends here.", "The third paragraph of the section says what the reader should take from it now.",
            "That is all."]
    pages, page, y = [], [], 780.0
    for size, text in [(14, "Introduction"), (12, "Background"), (12, "Aims"), (14, "1 Method"), (12, "1.1 Sites"),
                       (12, "1.2 Records"), (14, "2 Results"), (14, "Acknowledgements")]:
        page.append((EN, size, 72, y, text))
        y -= 22
        for k, line in enumerate(body):
            page.append((EN, 10, 72 if k % 2 else 84, y, line))
            y -= 13
        y -= 8
        if y < 120:
            pages.append(page)
            page, y = [], 780.0
    return drawn_pdf(pages + [page])


def test_unnumbered_headings_take_the_level_their_size_gives() -> None:
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    [talk] = segment(clean(extract(_sized_paper(), name="made-up.pdf"))).talks
    levels = {s.title.text: s.level for s in talk.sections}
    assert levels == {"Introduction": 1, "Background": 2, "Aims": 2, "Method": 1, "Sites": 2, "Records": 2,
                      "Results": 1, "Acknowledgements": 1}


REFERENCE_GUIDE = """\
A Guide to Reference Styles

Introduction
This guide shows how each kind of work is cited in the proceedings.
Each entry is set as the examples below show it.
Reports and Theses
A report names its institution and its number after the title.
[Report]
[16] A. Student, "Title of thesis," Ph.D. thesis, Dept. of Physics, Univ. of Somewhere, 2015.
Unpublished Work
A private communication gives the month and the year it was made.
[Unpublished]
[20] P. Uranus, private communication, Jun. 2015.
"""


def test_a_bracketed_label_is_no_heading_by_its_shape() -> None:
    [talk] = run_text(REFERENCE_GUIDE).talks
    titles = [s.title.text for s in talk.sections]
    assert titles == ["Introduction", "Reports and Theses", "Unpublished Work"]
    assert [p.text for p in talk.sections[1].paragraphs][1] == "[Report]"


SIGNED_PAPER = """\
市立図書館における地域資料の公開

中央市立図書館　企画課　三浦　直樹

1．はじめに
中央市立図書館では、二〇二二年度から地域資料のデジタル化に取り組んでいる。
本稿では、これまでの作業の経過と、公開後の利用状況を報告する。

2．今後の課題
著作権の確認が終わっていない資料が約二千点残っている。

参考文献
1) 国立国会図書館：資料デジタル化の手引，2021．
2) 三浦直樹：地域資料の公開と利用，図書館雑誌，118(5), pp.20-22, 2024．

（みうら　なおき）
"""


def test_a_reading_of_the_authors_name_is_the_speakers_not_a_reference() -> None:
    for text in (SIGNED_PAPER, SIGNED_PAPER.replace("三浦　直樹\n", "三浦　直樹\n（みうら　なおき）\n", 1).rsplit("\n\n", 1)[0] + "\n"):
        [talk] = run_text(text).talks
        assert talk.speaker.text is not None and talk.speaker.text.text.endswith("三浦　直樹（みうら　なおき）")
        assert talk.speaker.name is not None and talk.speaker.name.text == "三浦　直樹"
        assert not any("みうら" in p.text for s in talk.sections for p in s.paragraphs)
        assert not any("みうら" in t.text for t in talk.front)


def test_a_reading_of_someone_else_stays_where_it_is() -> None:
    [talk] = run_text(SIGNED_PAPER.replace("（みうら　なおき）", "（やまだ　たろう）")).talks
    assert talk.sections[-1].paragraphs[-1].text == "（やまだ　たろう）"


HANDBOOK = """\
港湾物流の手引き

1．はじめに
この手引きは、港湾の物流を担う職員のために作られた。
各章では、作業の流れと注意点を説明する。

2．作業の流れ
荷役の作業は、受付、積み下ろし、保管の三つに分かれる。
それぞれの作業には、決められた手順がある。

索引
荷役　3, 8
受付　5
保管　7, 12
"""

MANUAL = """\
Contents
1 Overview . . . . . . . . 1
2 Usage . . . . . . . . . 2

1 Overview
The tool formats an index from the entries a document writes.
It reads one file and writes another.

2 Usage
Run the tool on the entries file and it writes the formatted index.

Change History
v1.1
General: links are always blue . . . . . 14
\\doi: the new format . . . . . . . 30
\\bysame: made obsolete . . . . . . . 30

Index
arrays . . . . . . . . . 3, 76
\\doi . . . . . . . . . . 30
"""


def test_an_index_at_the_end_is_its_own_section_never_contents() -> None:
    [talk] = run_text(HANDBOOK).talks
    assert [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections[-2:]] == [
        ("作業の流れ", ["荷役の作業は、受付、積み下ろし、保管の三つに分かれる。それぞれの作業には、決められた手順がある。"]),
        ("索引", ["荷役　3, 8", "受付　5", "保管　7, 12"])]
    [talk] = run_text(MANUAL).talks
    assert [t.text for t in talk.contents] == ["1 Overview . . . . . . . . 1", "2 Usage . . . . . . . . . 2"]
    assert [s.title.text for s in talk.sections] == ["Overview", "Usage", "Index"]
    assert "Change History" in [p.text for p in talk.sections[1].paragraphs]  # a back-matter list: text, not contents


def test_a_portrait_pdf_decks_set_aside_page_numbers_still_number_its_slides() -> None:
    """Extraction sets each page's ``― N ―`` aside by its place (page furniture); the slides are numbered by it all
    the same, and it counts as a deck's evidence (it was a paper with no slides)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN, JA, drawn_pdf

    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    pages = [[(EN, 28, 100, 400, "New Forms of Port Logistics"), (EN, 16, 100, 340, "Taro Yamada"),
              (EN, 14, 100, 310, "Port Bureau, Minatomachi City"), (JA, 10, 280, 30, "― 1 ―")]]
    for n, title in enumerate(["Background", "Aims", "Method", "Results", "Costs", "Summary"], 2):
        pages.append([(EN, 24, 60, 500, title), (EN, 16, 80, 430, f"• first point about {title.lower()}"),
                      (EN, 16, 80, 400, f"• second point about {title.lower()}"), (JA, 10, 280, 30, f"― {n} ―")])
    cleaned = clean(extract(drawn_pdf(pages, size=(595, 842)), name="deck.pdf"))
    [talk] = segment(cleaned).talks
    assert talk.shape == "deck"
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5, 6, 7]
    assert [row.text for row in cleaned.ledger if row.reason == "page-number"][:2] == ["― 1 ―", "― 2 ―"]


THESIS = """\
Tartalomjegyzék
1. Bevezetés . . . . . . . . 1
2. Módszer . . . . . . . . . 2

Ábrák jegyzéke
1.1. A kikötő térképe . . . . . . . . 1
2.1. A mérési pontok . . . . . . . . 2
2.2. A mérések eredménye . . . . . . . 2

1. Bevezetés
A kikötő forgalma az elmúlt tíz évben megduplázódott, ezért új mérésekre volt szükség.
1.1. ábra. A kikötő térképe
2. Módszer
A méréseket három ponton végeztük egy éven át, minden hónapban azonos napon.
2.1. ábra. A mérési pontok
2.2. ábra. A mérések eredménye
"""


def test_a_list_of_figures_under_an_unknown_title_after_the_contents_stays_contents() -> None:
    """Do no harm: after the paper's contents, a run of leader entries whose titles caption the text is contents."""
    [talk] = run_text(THESIS).talks
    assert "2.2. A mérések eredménye . . . . . . . 2" in [t.text for t in talk.contents]


TWO_MARKS = """\
市民農園の利用に関する報告
みどり台市 農政課

■調査の目的
市民農園の利用者は近年増えているが、その年齢や利用の頻度は把握されていなかった。
本調査は、市民農園の利用者の年齢と利用の頻度を明らかにすることを目的とした。
■調査の方法
●対象
市内の市民農園の利用者を対象とした。
●期間
夏の三か月間に実施した。
■結果
六十歳以上の利用者が全体の半数を超え、三十歳代の利用者は一割にとどまった。
週に三回以上訪れる利用者が多く、平日の午前中に利用が集中していた。
"""


def test_a_marked_heading_right_over_its_first_marked_subheading_is_a_heading() -> None:
    """``■調査の方法`` stood right over ``●対象``: a line followed by another behind a mark was read as a list's item,
    and the heading became a paragraph of the section before it."""
    [talk] = run_text(TWO_MARKS).talks
    assert [(s.title.text, s.level) for s in talk.sections] == [
        ("調査の目的", 1), ("調査の方法", 1), ("対象", 2), ("期間", 2), ("結果", 1)]


def test_a_list_behind_a_mark_under_a_marked_heading_stays_a_list() -> None:
    text = TWO_MARKS.replace("●対象\n市内の市民農園の利用者を対象とした。\n●期間\n夏の三か月間に実施した。\n",
                             "●聞き取り\n●アンケート\n")
    [talk] = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["調査の目的", "調査の方法", "結果"]
