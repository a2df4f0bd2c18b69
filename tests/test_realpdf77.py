"""Session 77, helper realpdf77: real PDFs of fresh-user trial 77c whose visible structure the pipeline lost (issue 16
point 2): a numbered list in a section's body read as a contents, ..."""

from __future__ import annotations

from segmenting import only_talk, paragraph_texts

LIST_IN_BODY = """JFMファイルフォーマット

1 JFMファイルの構成

JFMフォーマットは株式会社アスキーが開発した当初仕様のままであったが，
開発コミュニティは下記の3点につき仕様を拡張した．
1. テーブルへの文字コード格納
2. テーブルでのスキップ使用
3. テーブルでの再配置
これらの拡張機能が使われている場合は新しい版が必要である．

1.1 テーブルへの文字コード格納

各エントリーは1ワードで構成されるが，オリジナルの仕様では上位半ワードに文字コードを持つ．

1.2 テーブルでのスキップ使用

スキップ命令を使うと，同じ命令列を共有できるようになる．

2 プログラム

前節で述べたとおり，下記の3点につき仕様が拡張されている．
1. テーブルへの文字コード格納
2. テーブルでのスキップ使用
3. テーブルでの再配置
これらの情報も表示される．
"""


def test_numbered_list_after_a_sentence_is_no_contents():
    # jfm's section 1.6: three numbered items after ``…仕様を拡張した．``, restated in a later recap, had become the
    # paper's contents entries
    talk, _ = only_talk(LIST_IN_BODY)
    assert list(talk.contents) == []
    assert "1. テーブルへの文字コード格納" in "\n".join(paragraph_texts(talk))


def test_restated_run_under_a_label_stays_contents():
    # near miss: a manual's list of its sections under its name (no sentence before it) stays its contents
    from pipeline.model import Text
    from pipeline.segment.contents import _restated_run
    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    assert _restated_run(mk("Manual", "1 Setup", "2 Usage", "3 Support", "1 Setup", "Install it.", "2 Usage")) == (1, 4)


def test_restated_run_after_a_colon_is_a_list():
    from pipeline.model import Text
    from pipeline.segment.contents import _restated_run
    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    assert _restated_run(mk("It works in three steps:", "1 Setup", "2 Usage", "3 Support", "So much for the steps.",
                            "As said, it works in three steps:", "1 Setup", "2 Usage", "3 Support")) is None


def test_sections_listed_after_a_sentence_and_restated_as_headings_stay_contents():
    # near miss (asternote): a manual's sections listed after its abstract's sentence, restated as its headings with
    # their text between them, are its contents
    from pipeline.model import Text
    from pipeline.segment.contents import _restated_run
    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    assert _restated_run(mk("This package outputs annotation symbols.", "§ 1 Setup", "§ 2 Usage", "§ 3 Support",
                            "§ 1 Setup", "Install it.", "§ 2 Usage", "Use it.", "§ 3 Support", "Ask.")) == (1, 4)


STAMP = "Draft of May 16, 2005 at 21 : 30"
SENTENCE = ("This chapter reports how much coffee the students of the graduate college drank while they wrote, "
            "week by week, and how the amount rose as each deadline came nearer.").split()


def _thesis(stamp_on_title_page: bool = True) -> bytes:
    """A thesis draft: its title page (title, the draft's stamp under it, the author, the degree), then pages whose
    top band carries the stamp over a heading and body text."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf, justified
    first = [(EN, 12, 150, 618, "COFFEE CONSUMPTION OF GRADUATE STUDENTS"),
             (EN, 12, 200, 604, "TRYING TO FINISH DISSERTATIONS")]
    if stamp_on_title_page:
        first.append((EN, 12, 225, 578, STAMP))
    first += [(EN, 12, 297, 491, "BY"), (EN, 12, 264, 465, "JUAN VALDEZ"), (EN, 12, 250, 420, "DISSERTATION"),
              (EN, 12, 200, 400, "Submitted in partial fulfillment of the requirements")]
    pages = [first]
    for k, head in enumerate(["Abstract", "Acknowledgments", "Introduction", "Conclusions"]):
        page = [(EN, 10, 72, 736, STAMP), (EN_BOLD, 17, 72, 660, head)]
        for r in range(4):
            page += justified(SENTENCE[:13], 72, 520, 620 - 14 * r, 12)
        page.append((EN, 12, 300, 80, ["ii", "iii", "1", "2"][k]))
        pages.append(page)
    return drawn_pdf(pages)


def test_first_copy_of_a_running_head_set_aside_is_furniture_too():
    # thesis-ex: the title page's copy of the draft stamp stayed in ``front`` while the later ten were dropped
    from segmenting import furniture_of, segment_pdf
    doc = segment_pdf(_thesis(), name="thesis.pdf")
    [talk] = doc.talks
    assert STAMP not in [t.text for t in talk.front]
    assert [text for _, text in furniture_of(doc.ledger)] == [STAMP]  # the first copy, the later four by extract
    assert sum(r.text == STAMP for r in doc.ledger) == 5
    assert talk.title.en.text.startswith("COFFEE CONSUMPTION")


def test_title_page_without_the_stamp_keeps_its_lines():
    # near miss: the stamp only on the later pages; the title page's lines all stay
    from segmenting import segment_pdf
    doc = segment_pdf(_thesis(stamp_on_title_page=False), name="thesis.pdf")
    [talk] = doc.talks
    assert [t.text for t in talk.front][:1] == ["BY"]


def test_title_that_is_the_running_head_stays_the_title():
    # near miss: a paper's title set large on page 1, its later pages' running head the same words: the title stays
    from pdfmaker import EN, EN_BOLD, drawn_pdf, justified
    from segmenting import segment_pdf
    head = "Coffee Consumption of Graduate Students"
    pages = [[(EN_BOLD, 17, 130, 700, head), (EN, 12, 250, 670, "Juan Valdez"),
              (EN, 12, 200, 650, "University of Illinois at Urbana-Champaign")]
             + [r for k in range(4) for r in justified(SENTENCE[:13], 72, 520, 600 - 14 * k, 12)]]
    for n in range(2, 6):
        page = [(EN, 10, 72, 736, head)]
        page += [r for k in range(4) for r in justified(SENTENCE[:13], 72, 520, 680 - 14 * k, 12)]
        page.append((EN, 12, 300, 80, str(n)))
        pages.append(page)
    doc = segment_pdf(drawn_pdf(pages), name="paper.pdf")
    [talk] = doc.talks
    assert talk.title.en.text == head


THESIS_COVER = """COFFEE CONSUMPTION OF GRADUATE STUDENTS
TRYING TO FINISH DISSERTATIONS

BY

JUAN VALDEZ

B.A., University of Columbia, 1981
A.M., University of Illinois at Urbana-Champaign, 1986

DISSERTATION

Submitted in partial fulfillment of the requirements
for the degree of Doctor of Philosophy in Food Science
in the Graduate College of the
University of Illinois at Urbana-Champaign, 1994

Urbana, Illinois

Abstract

This is a comprehensive study of caffeine consumption by graduate students at the University of Illinois who are
in the very final stages of completing their doctoral degrees.
"""


def test_earlier_degrees_are_no_affiliation():
    # thesis-ex: ``speaker.affiliation`` was the author's earlier degrees (``B.A., University of …, 1981, A.M., …``)
    talk, _ = only_talk(THESIS_COVER)
    assert talk.speaker.text.text == "JUAN VALDEZ"
    assert all(a.affiliation is None or "1981" not in a.affiliation.text for a in talk.speaker.authors)
    assert "B.A., University of Columbia, 1981" in [t.text for t in talk.front]


def _deck_cover(speaker: str) -> bytes:
    """A deck of three landscape slides: the cover (title, date, the speaker's line), then two slides of points."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf
    cover = [(EN_BOLD, 20, 40, 220, "Harbour Data in Corporate Design"), (EN, 11, 40, 180, "3. April 2017"),
             (EN, 11, 40, 160, speaker)]
    slides = [[(EN_BOLD, 14, 30, 250, title), (EN, 11, 30, 210, "The installer ships the OpenType fonts only."),
               (EN, 11, 30, 190, "Compile the slides with a Unicode engine.")] for title in ("Fonts", "Colours")]
    return drawn_pdf([cover, *slides], size=(363.0, 272.0))


def test_bracketed_email_is_no_affiliation():
    # URbeamer-DEMO: ``Marei Peischl (TeX@mareipeischl.de)`` had given the e-mail address as the affiliation
    from segmenting import segment_pdf
    [talk] = segment_pdf(_deck_cover("Marei Peischl (TeX@mareipeischl.de)"), name="deck.pdf").talks
    assert talk.speaker.text.text == "Marei Peischl (TeX@mareipeischl.de)"
    assert [(a.name.text, a.affiliation) for a in talk.speaker.authors] == [("Marei Peischl", None)]


def test_bracketed_organisation_stays_the_affiliation():
    # near miss: an organisation in the brackets stays the speaker's affiliation
    from segmenting import segment_pdf
    [talk] = segment_pdf(_deck_cover("Ines Duarte (Cork & Leather Guild)"), name="deck.pdf").talks
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [("Ines Duarte", "Cork & Leather Guild")]


WORKSHEET = """Chapter

4. 相加平均と相乗平均の関係

相加平均と相乗平均の関係 基礎編

（目標時間：5分）

a > 0, b > 0のとき，相加平均と相乗平均の関係が成り立つことを示せ。

【証明】
両辺の差をとって，それが0以上であることを示す。

【参考】
どんな最大・最小問題においても，有名不等式は第一選択肢に挙げたいところです。
"""


def test_chapter_word_over_its_number_is_one_heading():
    # japanese-mathformulas-sample: ``Chapter`` alone had become an empty level-1 section apart from ``4. …``
    talk, _ = only_talk(WORKSHEET)
    texts = [t.text for t in talk.front] + [s.title.text for s in talk.sections]
    assert "Chapter" not in texts
    assert any(x.startswith("Chapter 4. 相加平均と相乗平均の関係") for x in texts + [talk.title.ja.text if talk.title.ja else ""])


POSTER = """LaTeX im Corporate Design der
TU Darmstadt

Die Dokumentenklasse tudaposter

11. Dezember 2022

Grundlegende Informationen

Die Dokumentenklasse tudaposter dient der Erstellung von Aushängen und nicht-wissenschaftlichen Postern.
"""


def test_title_line_ending_on_an_article_goes_on():
    # DEMO-TUDaPoster: the title had been cut after ``der``, ``TU Darmstadt`` read as the speaker
    talk, _ = only_talk(POSTER)
    assert talk.title.en.text == "LaTeX im Corporate Design der TU Darmstadt"
    assert talk.speaker.text is None or talk.speaker.text.text != "TU Darmstadt"


def test_title_line_ending_on_a_noun_stays_whole():
    # near miss: ``… Design`` over a body's name: the name is no part of the title
    talk, _ = only_talk(POSTER.replace("Corporate Design der", "Corporate Design"))
    assert talk.title.en.text == "LaTeX im Corporate Design"


def test_cover_line_beside_the_speaker_stays_though_slides_repeat_it():
    # near miss: URbeamer's cover sets the affiliation its slides' footers repeat under the speaker's name: a cover
    # line, no furniture
    from pdfmaker import EN, EN_BOLD, drawn_pdf
    cover = [(EN_BOLD, 20, 40, 220, "Harbour Data in Corporate Design"), (EN, 11, 40, 180, "3. April 2017"),
             (EN, 11, 40, 160, "Marei Peischl"), (EN, 11, 40, 145, "Harbour Data Consulting")]
    slides = [[(EN_BOLD, 14, 30, 250, title), (EN, 11, 30, 210, "The installer ships the OpenType fonts only."),
               (EN, 11, 30, 190, "Compile the slides with a Unicode engine."), (EN, 6, 30, 8, "Harbour Data Consulting")]
              for title in ("Fonts", "Colours", "Logos", "Options")]
    from segmenting import segment_pdf
    doc = segment_pdf(drawn_pdf([cover, *slides], size=(363.0, 272.0)), name="deck.pdf")
    assert not [r for r in doc.ledger if r.rule == "page_furniture" and r.text == "Harbour Data Consulting"]


def test_author_under_the_title_stays_where_heads_alternate_them():
    # near miss (zoo's FAQ): heads alternate the title and its author; the title page's author line stays
    from pdfmaker import EN, EN_BOLD, drawn_pdf, justified
    from segmenting import segment_pdf
    pages = [[(EN_BOLD, 17, 200, 700, "coffee FAQ"), (EN, 12, 220, 670, "coffee Development Team"),
              (EN_BOLD, 10, 275, 630, "Abstract")]
             + [r for k in range(4) for r in justified(SENTENCE[:13], 72, 520, 600 - 14 * k, 12)]]
    for n in range(2, 7):
        page = [(EN, 10, 72, 760, "coffee FAQ" if n % 2 else "coffee Development Team")]
        page += [r for k in range(4) for r in justified(SENTENCE[:13], 72, 520, 680 - 14 * k, 12)]
        page.append((EN, 12, 300, 80, str(n)))
        pages.append(page)
    doc = segment_pdf(drawn_pdf(pages), name="faq.pdf")
    assert not [r for r in doc.ledger if r.rule == "page_furniture" and r.text == "coffee Development Team"]
