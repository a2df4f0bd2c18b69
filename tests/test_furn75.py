"""Page furniture told by page evidence (issue 16 point 4, fresh-user trials 75, 75b, 75c; helper furn75).

Both directions: a running foot printing the document's title over a page number is the foot, and the line after the
number the next page's text (not its head); a label that opens each block of a text without pages is no running head;
a foot whose folio a TAB sets off is one; a list's last row never joins the next page's prose; in a PDF, a head read
with its folio as one line, a title page's imprint row in the folios' place and a foot repeating a heading in the
band of the printed area are furniture. Made-up inputs; the trial's files are under ``/work/regress/in_trial75*``.
"""

from __future__ import annotations

import pytest

from tests.pdfmaker import EN, drawn_pdf
from tests.segment_inputs import furniture, paragraphs, run_pdf, run_text

FURNITURE = ("running-header", "running-footer", "page-number")


def _set_aside(doc) -> list[tuple[str, str]]:
    """``(text, reason)`` of every page-furniture row, extract's (a PDF's, by place) and segment's."""
    return [(r.text, r.reason) for r in doc.ledger if r.reason in FURNITURE]


def _texts(doc) -> list[str]:
    return [p for talk in doc.talks for p in paragraphs(talk)] + [
        s.title.text for talk in doc.talks for s in talk.sections if s.title is not None]


# -- a titled foot over the page number; the line after it is the next page's text ---------------------------------

JA_MANUAL = """市民活動ハンドブック
第3章　会議の進め方
みなと市 市民協働課 編

3-1　会議の準備
会議を開く前に、議題と資料を参加者に配っておきます。
資料は前日までに届くように送るのが原則です。

{foot}
{folio}
【ポイント】
議題には、決めたいことと期限を書いておきましょう。
当日の進行役も、あらかじめ決めておくと安心です。

3-2　会議の記録
記録係は、決まったことと次の担当者を書き留めます。
"""

EN_MANUAL = """Riverside Volunteer Handbook
Chapter 2: Running a Meeting
Riverside Volunteers Association

2.1 Before the meeting
Send the agenda to every member a week before the meeting.
Keep the papers short and number their pages.

{foot}
{folio}
Tip
Put the decisions you need at the top of the agenda.
Name the person who will chair the meeting in advance.

2.2 After the meeting
Write down what was decided and who will act on it.
"""


@pytest.mark.parametrize("text,foot,label", [
    (JA_MANUAL.format(foot="市民活動ハンドブック　第3章　会議の進め方", folio="― 8 ―"), "市民活動ハンドブック", "【ポイント】"),
    (JA_MANUAL.format(foot="市民活動ハンドブック", folio="－ 8 －"), "市民活動ハンドブック", "【ポイント】"),
    (JA_MANUAL.replace("市民活動ハンドブック", "安全衛生マニュアル").replace("第3章　会議の進め方", "第4章　事故を防ぐ職場づくり")
     .format(foot="安全衛生マニュアル　第4章　事故を防ぐ職場づくり", folio="－ 21 －").replace("【ポイント】", "【注意】"),
     "安全衛生マニュアル", "【注意】"),
    (EN_MANUAL.format(foot="Riverside Volunteer Handbook · Chapter 2", folio="- 4 -"), "Riverside Volunteer Handbook", "Tip"),
], ids=["ja series and chapter", "ja series alone", "ja other manual", "en series and chapter"])
def test_a_foot_printing_the_title_over_the_folio_is_the_foot(text, foot, label):
    doc = run_text(text)
    rows = furniture(doc)
    assert any(t.startswith(foot) and reason == "running-footer" for t, reason in rows), rows
    assert not any(t.strip() == label for t, _ in rows), rows
    texts = _texts(doc)
    assert any(label.strip("【】") in t for t in texts)
    assert not any(foot in t for t in texts[1:] if not t.startswith(foot[:4] + "の")), texts


def test_a_line_over_the_folio_naming_no_title_stays_text():
    """Near miss: the line over the number is the text's own (a heading naming another thing): it stays."""
    doc = run_text(JA_MANUAL.format(foot="参加者の名簿について", folio="― 8 ―"))
    assert any("参加者の名簿について" in t for t in _texts(doc))


def test_a_heading_repeating_the_titles_words_once_stays():
    """Near miss: a heading of the text that repeats the running foot's words once, away from any page number."""
    text = JA_MANUAL.format(foot="市民活動ハンドブック　第3章　会議の進め方", folio="― 8 ―") + \
        "\n市民活動ハンドブックの使い方\nこの冊子は、章ごとに読めるように作られています。\n"
    texts = _texts(run_text(text))
    assert any("市民活動ハンドブックの使い方" in t for t in texts)


# -- a label opening each block of a text without pages is no running head -----------------------------------------

def _answers(title: str, label: str, body: str, blocks: int = 4) -> str:
    out = [title, "House of Commons", "Tuesday 14 October 2025", ""]
    for n in range(blocks):
        out += [f"Item {n + 1}: Rural Services", "", f"Question {41280 + n}",
                f"A Member: To ask the Secretary of State what assessment has been made of item {n + 1}.", "",
                label, "The Minister:", *[body] * 5, ""]
    return "\n".join(out) + "\n"


EN_BODY = "The Government recognises that these services are a lifeline for rural communities across the country."
JA_BODY = "市では、この事業について来年度も引き続き予算を確保し、地域の皆様のご意見を伺いながら進めてまいります。"


@pytest.mark.parametrize("title,label,body", [
    ("Written Answers to Questions", "Answer", EN_BODY),
    ("Consultation Responses Summary", "Response", EN_BODY),
    ("市政への質問と回答", "回答", JA_BODY),
], ids=["answer", "response", "ja answer"])
def test_a_label_opening_each_block_is_no_running_head(title, label, body):
    doc = run_text(_answers(title, label, body))
    assert furniture(doc) == []


def test_qa_labels_with_page_numbers_stay():
    """Near miss (passes on both): a Q&A text with page numbers keeps its ``Question`` / ``Answer`` labels, which open
    blocks inside its pages."""
    pages = []
    for n in range(3):
        pages.append("\n".join([EN_BODY, EN_BODY, EN_BODY, "", "Question",
                                "What does the new timetable change for the evening buses?", "",
                                "Answer", EN_BODY, EN_BODY, EN_BODY, "", f"- {n + 1} -"]))
    doc = run_text("Harbour Bus Forum\nQuestions from residents\n\n" + "\n".join(pages) + "\n")
    assert not any(t.strip() in ("Question", "Answer") for t, _ in furniture(doc))


# -- a foot whose folio a TAB sets off ------------------------------------------------------------------------------

GRANT = """FINAL REPORT
Community Archive of the Upper Severn Valley
Grant reference: HF-2024-0112

I. Activities
Volunteers recorded forty interviews between March and October in the valley's villages.
The exhibition opened at the village hall and toured three libraries.

{foot}

II. Budget
The project spent slightly less than planned, and the balance will be returned.
"""


@pytest.mark.parametrize("foot", ["Upper Severn Valley Community Archive · Final Report\t\t2",
                                  "Upper Severn Valley Community Archive\t2",
                                  "2\t\tCommunity Archive · Final Report"], ids=["two tabs", "one tab", "folio first"])
def test_a_foot_set_off_by_tabs_is_furniture(foot):
    doc = run_text(GRANT.format(foot=foot))
    assert any("Community Archive" in t and reason == "running-footer" for t, reason in furniture(doc))
    assert not any("Community Archive" in t for t in paragraphs(doc.talks[0]))


def test_a_table_row_with_a_tab_stays():
    """Near miss: a row of the text ending on a number after a TAB, no title words, stays."""
    doc = run_text(GRANT.format(foot="Volunteers\t4"))
    assert not any("Volunteers" in t for t, _ in furniture(doc))


# -- a list's last row never joins the next page's prose ------------------------------------------------------------

JA_SURVEY = """令和6年度　市民図書館利用者アンケート結果報告
さくら市立図書館
令和7年2月

問3　開館時間についてどう思いますか。
　今のままでよい　　　　　57.1%
　もっと遅くまで開けてほしい　35.0%
　無回答　　　　　　　　　 2.5%
さくら市立図書館　利用者アンケート結果報告　　　　　　　　－3－
「もっと遅くまで」と答えた人は40歳代に多く、仕事帰りに寄りたいという
意見が目立ちました。
"""

EN_SURVEY = """Library User Survey 2024
Riverside Public Library

Q3. What do you think of the opening hours?
   Keep them as they are      57.1%
   Open later in the evening  35.0%
   Don't know                  2.5%

- 3 -

respondents in their forties most often asked for later hours on weekdays.
"""


@pytest.mark.parametrize("text,row,prose", [
    (JA_SURVEY, "無回答", "「もっと遅くまで」"),
    (JA_SURVEY.replace("　無回答　　　　　　　　　 2.5%", "　無回答　　　　　　　　　2.5%"), "無回答", "「もっと遅くまで」"),
    (EN_SURVEY, "Don't know", "respondents in their forties"),
], ids=["ja row", "ja row ideographic", "en row"])
def test_a_lists_last_row_never_joins_the_next_pages_prose(text, row, prose):
    paras = paragraphs(run_text(text).talks[0])
    assert not any(row in p and prose in p for p in paras), paras


def test_prose_across_a_page_break_still_joins():
    """Near miss (passes on both): a sentence after the rows, broken by the page's number, still runs on."""
    text = JA_SURVEY.replace("さくら市立図書館　利用者アンケート結果報告　　　　　　　　－3－\n", "回答者の多くは、平日の夜に来館したいと考えており、その理由として\n－3－\n")
    paras = paragraphs(run_text(text).talks[0])
    assert any("その理由として「もっと遅くまで」" in p for p in paras), paras


# -- PDFs -------------------------------------------------------------------------------------------------------------

BODY = ("The harbour board met four times this year and agreed the new berth plan for the western quay, "
        "after a long consultation with the ferry operators and the residents of the old town.")


def _body_lines(top: float, bottom: float, x: float = 72.0, size: float = 10.0) -> list[tuple[str, float, float, float, str]]:
    out, y = [], top
    while y > bottom:
        out.append((EN, size, x, y, BODY[:90]))
        y -= 14
    return out


def test_a_head_read_with_its_folio_as_one_line_is_the_head():
    """asternote's last page: ``Yukoh KUSAKABE 5/5`` read as one line, the other pages' head and folio apart."""
    pages = []
    for p in range(1, 5):
        head = [(EN, 10, 72, 790, "The Harbour Notes")]
        head += ([(EN, 10, 380, 790, "Jane Doe"), (EN, 10, 500, 790, f"{p}/4")] if p < 4
                 else [(EN, 10, 380, 790, "Jane Doe 4/4")])
        pages.append(head + _body_lines(740, 120))
    rows = _set_aside(run_pdf(drawn_pdf(pages)))
    assert sum("Jane Doe" in t for t, _ in rows) == 4, rows


def _paper_footed(left: str, right: str) -> list[str]:
    """The kept texts of a three-page paper whose first page's foot row is ``left`` … ``right`` (7 pt) and whose
    later pages print their folio at the foot."""
    pages = [[(EN, 16, 72, 780, "Berth Planning in Small Harbours"), *_body_lines(740, 120),
              (EN, 7, 72, 62, left), (EN, 7, 480, 62, right)]]
    for p in (2, 3):
        pages.append([*_body_lines(780, 120), (EN, 10, 295, 62, str(p))])
    return _texts(run_pdf(drawn_pdf(pages)))


def test_a_title_pages_imprint_in_the_folios_place_is_its_foot():
    """elsarticle: page 1's ``Preprint submitted to …`` / date row where the other pages print their folio."""
    texts = _paper_footed("Preprint submitted to Harbour Studies", "March 3, 2024")
    assert not any("March 3, 2024" == t.strip() for t in texts), texts
    assert not any("Preprint submitted" in t for t in texts), texts


def test_a_title_pages_sentence_at_the_foot_stays():
    """Near miss: page 1's last row is a sentence of the text (a full stop), not an imprint: it stays."""
    texts = _paper_footed("See the appendix for the full tables.", "Table 4 ends.")
    assert any("See the appendix" in t for t in texts), texts


def test_a_foot_repeating_a_heading_on_a_smaller_printed_area_is_furniture():
    """se2thesis: a thesis set on a smaller sheet centred on A4, its feet (folio and the chapter's or the section's
    heading) 138 pt up the page, two copies of each at most: no recurrence, only the headings seen before."""
    pages = [[(EN, 20, 160, 700, "1 Quay Walls"), *_body_lines(660, 190, x=160)],
             [*_body_lines(735, 420, x=160), (EN, 14, 160, 380, "1.2 Docks"), *_body_lines(350, 190, x=160),
              (EN, 10, 150, 138, "2"), (EN, 9, 190, 138, "1 Quay Walls")],
             [*_body_lines(735, 190, x=160), (EN, 9, 390, 138, "1.2 Docks"), (EN, 10, 480, 138, "3")],
             [*_body_lines(735, 190, x=160), (EN, 10, 150, 138, "4"), (EN, 9, 190, 138, "1 Quay Walls")]]
    doc = run_pdf(drawn_pdf(pages))
    # extract sets them aside by their place (segment's section heads found these made-up copies already; the
    # thesis's own it did not)
    rows = [(r.text, r.reason) for r in doc.ledger if r.rule == "set_aside_page_furniture" and r.reason in FURNITURE]
    assert sum(t.strip() == "1 Quay Walls" for t, _ in rows) == 2, rows
    assert sum(t.strip() == "1.2 Docks" for t, _ in rows) == 1, rows
    assert sum(s.title is not None and "Quay Walls" in s.title.text for s in doc.talks[0].sections) == 1
    assert not any("Docks" in p or "Quay Walls" in p for p in paragraphs(doc.talks[0]))
