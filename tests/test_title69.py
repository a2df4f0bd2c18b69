"""Helper title69 (issue 16 points 1–2: a report's title and a document's name), after fresh-user trials 68d and 68e.
Made-up documents, other wording, languages and layouts than the trials' (also under /work/regress/in_title69/).

1. A PDF whose running head is its title (atop every page, page 1's before the body) keeps its first copy as the
   title, as the same text as a dump does (``furniture.titles_set_aside`` feeds a PDF's set-aside heads to the dump's
   rule, ``furniture._titles_among_headers``); a head naming the publisher or the journal over a title of its own
   stays furniture on page 1 too.
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, JA, drawn_pdf
from segmenting import only_talk, segment_pdf, text_of

TOP, FOOT = 800.0, 40.0


def _report_pdf(font, head, pages, *, head_pt=9.0, body_pt=11.0, foot=lambda n: f"- {n} -", first=()):
    """Pages of ``(pt, text)`` lines under ``head`` (one place and size on every page), a folio at each foot;
    ``first``: lines set on page 1 only, between the head and the page's text."""
    out = []
    for n, lines in enumerate(pages, 1):
        runs, y = [(font, head_pt, 60.0, TOP, head)] if head else [], TOP - 45
        for pt, text in [*(first if n == 1 else ()), *lines]:
            runs.append((font, pt or body_pt, 60.0, y, text))
            y -= (pt or body_pt) * 2.2
        runs.append((font, 9.0, 280.0, FOOT, foot(n)))
        out.append(runs)
    return drawn_pdf(out)


def _heads(ledger, text):
    return [r.line for r in ledger if r.reason == "running-header" and r.text == text]


JA_PAGES = [[(0, "第1章　施設の現状"), (0, "　本市の下水道は、昭和50年に供用を開始し、普及率は約85パーセントである。")],
            [(0, "第2章　経営の状況"), (0, "　使用料収入は前年度と比べて1パーセント増加した。")],
            [(0, "第3章　今後の取組"), (0, "　今後は、施設の長寿命化と耐震化を計画的に進める。")]]
EN_PAGES = [[(0, "1 Overview"), (0, "The utility supplied drinking water to about 58,000 homes during the year.")],
            [(0, "2 Finances"), (0, "Revenue from charges rose by two per cent, while energy costs rose faster.")],
            [(0, "3 Outlook"), (0, "The board will review the tariff structure and the renewal of old mains.")]]
JA_PROSE = [[(0, "　本報告は、みどり市地域公共交通計画の前半5年間の取組を振り返るものである。")],
            [(0, "　デマンド交通の導入地区では、高齢者の外出回数が増加した。")]]


@pytest.mark.parametrize("font, head, pages, kw", [
    (JA, "令和6年度　下水道事業の概要", JA_PAGES, {}),
    (EN, "Riverside Water Services Annual Report 2024", EN_PAGES, {"foot": lambda n: f"Page {n}"}),
    (EN, "Northgate Cycling Strategy: Progress Review", EN_PAGES[:2], {"foot": lambda n: f"Page {n} of 2"}),
    (JA, "みどり市地域公共交通計画　中間報告", JA_PROSE, {"head_pt": 11.0}),  # the body's size, prose under it
])
def test_pdf_running_head_that_is_the_title_keeps_its_first_copy(font, head, pages, kw):
    doc = segment_pdf(_report_pdf(font, head, pages, **kw))
    [talk] = doc.talks
    assert text_of(talk.title.ja if font == JA else talk.title.en) == head
    # the later pages' copies stay furniture, the first is no longer in the ledger (nothing counted twice)
    assert len(_heads(doc.ledger, head)) == len(pages) - 1 and 1 not in _heads(doc.ledger, head)


@pytest.mark.parametrize("font, head, first, title", [
    # the head names the publisher; the page's own title set large under it on page 1
    (EN, "Riverside Water Services", [(18.0, "Annual Report 2024")], "Annual Report 2024"),
    (JA, "緑川市　企画政策課", [(18.0, "令和6年度　市民意識調査報告書")], "令和6年度\u3000市民意識調査報告書"),
    # a journal's head over a paper's title block (title, author)
    (EN, "Journal of Regional Studies 12", [(16.0, "Rural Bus Services after Deregulation"), (0, "Emily Carter")],
     "Rural Bus Services after Deregulation"),
    # the publisher and the document's kind over a release's label and headline, all in the body's size: the head,
    # kept by the dump's rule, titles nothing, so it stays the furniture its place shows (trial 67's press release)
    (EN, "Harbour Ferries Ltd - Press Release", [(0, "FOR IMMEDIATE RELEASE"), (0, "Harbour Ferries Opens Its First Electric Route")],
     "Harbour Ferries Opens Its First Electric Route"),
])
def test_pdf_running_head_over_a_title_of_its_own_stays_furniture(font, head, first, title):
    doc = segment_pdf(_report_pdf(font, head, JA_PAGES[:2] if font == JA else EN_PAGES[:2], first=first))
    [talk] = doc.talks
    assert text_of(talk.title.ja if font == JA else talk.title.en) == title
    assert len(_heads(doc.ledger, head)) == 2  # both copies, page 1's included
    assert head not in [t.text for t in talk.front]


def test_dump_keeps_the_same_title():
    """The dump's rule the PDF now shares: the same report as text keeps its head's first copy as its title."""
    pages = ["令和6年度　下水道事業の概要\n" + "\n".join(t for _, t in p) + f"\n- {n} -\n" for n, p in enumerate(JA_PAGES, 1)]
    talk, _ = only_talk("".join(pages))
    assert text_of(talk.title.ja) == "令和6年度\u3000下水道事業の概要"


# 2. A year alone right over a report's title (``令和6年度`` / ``…報告書``) is the title's first line; a date with its
#    month over the title, or a year set apart from it by a blank line, stays front.

YEAR_JA_OFFICE = ("{year}\n{title}\n\n令和7年6月\nみどり市社会福祉協議会\n\n第1章　計画の概要\n"
                  "　本計画は、地域の支え合いを広げるため、令和4年度から5年間の取組を定めたものである。\n"
                  "第2章　評価の結果\n　見守り活動の協力者は、計画策定時と比べて約2割増加した。\n")
YEAR_JA_ASSOC = ("{year}\n{title}\n\nみなと町観光協会\n\n1. 事業の概要\n"
                 "　本年度は、港の朝市と温泉を結ぶ周遊コースを整え、冬の閑散期の誘客に取り組んだ。\n"
                 "2. 収支の状況\n　会費収入は前年度と同じであったが、事業収入は約1割増加した。\n")
YEAR_EN = ("{year}\n{title}\n\nWestbrook Borough Council\n\n1. Introduction\nThis review looks at the grants awarded "
           "to local groups during the year and what they achieved.\n2. Findings\nMost groups met their targets, and "
           "two thirds applied again for the following year.\n")
YEAR_EN_PUBLISHED = ("{year}\n{title}\n\nPublished June 2025\n\n1 Overview\nThe trust maintained the old harbour walls "
                     "and opened a new visitor centre during the year.\n2 Finances\nIncome from moorings rose by four "
                     "per cent, while repair costs fell.\n")


@pytest.mark.parametrize("template, year, title", [
    (YEAR_JA_OFFICE, "令和6年度", "みどり市 地域福祉活動計画 評価報告書"),
    (YEAR_JA_ASSOC, "2024年度", "事業報告書"),
    (YEAR_JA_ASSOC, "令和６年度", "観光振興事業 実施報告書"),
    (YEAR_EN, "2024–25", "Community Grants Programme Review"),
    (YEAR_EN_PUBLISHED, "FY2024", "Annual Report of the Harbour Trust"),
])
def test_year_alone_over_the_title_is_the_titles_first_line(template, year, title):
    talk, _ = only_talk(template.format(year=year, title=title))
    got = talk.title.ja if "年" in year else talk.title.en
    assert text_of(got) == f"{year} {title}".translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    assert year not in [t.text for t in talk.front] and text_of(talk.subtitle.en) is None


@pytest.mark.parametrize("text, title, front", [
    # a date with its month over the title: the date, front
    ("令和6年5月10日\n夏季の節水へのご協力のお願い\n\nみどり市水道局\n\n　今年は梅雨の降水量が少なく、ダムの貯水率が平年を"
     "下回っています。\n　市民の皆様には、節水へのご協力をお願いします。\n", "夏季の節水へのご協力のお願い", "令和6年5月10日"),
    ("12 March 2025\nMinutes of the Parks Committee\n\nPresent: J. Brooks (chair), A. Patel, L. Moreno\n\n1. Apologies\n"
     "None were received.\n2. Play area at Mill Lane\nThe committee agreed to replace the swings before the summer.\n",
     "Minutes of the Parks Committee", "12 March 2025"),
    # a year set apart from the title by a blank line: not in the title's box, front
    (YEAR_JA_OFFICE.replace("{year}\n{title}", "{year}\n\n{title}").format(year="令和6年度", title="みどり市 地域福祉活動計画 評価報告書"),
     "みどり市 地域福祉活動計画 評価報告書", "令和6年度"),
    (YEAR_EN.replace("{year}\n{title}", "{year}\n\n{title}").format(year="2024–25", title="Community Grants Programme Review"),
     "Community Grants Programme Review", "2024–25"),
])
def test_date_over_or_year_apart_from_the_title_stays_front(text, title, front):
    talk, _ = only_talk(text)
    assert text_of(talk.title.ja or talk.title.en) == title
    assert front in [t.text for t in talk.front]


HEAD_OVER_COVER = ("{head}\n\n{year}\n{title}\n\n令和7年3月\nみどり市 環境政策課\n\n- i -\n{head}\n\n"
                   "1. 環境の現状\n　市内の河川の水質は、おおむね環境基準を満たしている。\n\n- 1 -\n{head}\n\n"
                   "2. 主な取組\n　令和6年度は、里山の保全活動に延べ1,200人の市民が参加した。\n\n- 2 -\n{head}\n\n"
                   "3. 今後の課題\n　温室効果ガスの排出量の削減に向けて、公共施設の省エネ化を進める。\n\n- 3 -\n")


def test_running_head_printed_again_as_year_and_title_is_furniture_on_the_cover_too():
    """Trial 68d's kind: the head atop the cover says the year and title printed under it on two lines: the title is
    the two lines whole and every copy of the head is furniture."""
    talk, ledger = only_talk(HEAD_OVER_COVER.format(head="令和6年度 みどり市 環境白書", year="令和6年度", title="みどり市 環境白書"))
    assert text_of(talk.title.ja) == "令和6年度 みどり市 環境白書"
    assert len(_heads(ledger, "令和6年度 みどり市 環境白書")) == 4
    assert "令和6年度 みどり市 環境白書" not in [t.text for t in talk.front]


# 3. A document signed by a city's office (a notice's closing signature, a letter's signature) is the office's, no
#    city's talk: its city stays, its id is its title's (segment, and restore, which makes the id again).

NOTICE_JA = ("令和7年2月1日\n\n市民の皆様へ\n\n{title}\n\n　下記のとおり、粗大ごみの受付方法を変更しますので、お知らせします。\n\n"
             "1. 受付は、インターネットまたは電話で行います。\n2. 収集日は、申込みの際にお知らせします。\n\n以上\n\n"
             "令和7年1月20日\n{signer}\n")
NOTICE_EN = ("{title}\n\nMill Lane will be closed to all traffic from 3 March to 14 March 2025 while the water main is "
             "replaced.\n\nDiversions will be signed along Church Street and Station Road.\n\nSigned:\nJane Okafor\n{signer}\n")


@pytest.mark.parametrize("text, city, ident", [
    (NOTICE_JA.format(title="粗大ごみの受付方法の変更について", signer="静岡市環境局長　山本　健二"), "静岡市",
     "粗大ごみの受付方法の変更について"),
    (NOTICE_JA.format(title="資源ごみの出し方について", signer="浜松市環境部長　田中　一郎"), "浜松市", "資源ごみの出し方について"),
    (NOTICE_EN.format(title="NOTICE OF ROAD CLOSURE", signer="Head of Highways, Westbrook Borough Council"), "Westbrook",
     "notice-of-road-closure"),
])
def test_document_signed_by_a_citys_office_is_named_by_its_title(text, city, ident):
    from pipeline.restore import restore

    doc = segment_text_doc(text)
    [talk] = doc.talks
    assert city in (text_of(talk.city.ja), text_of(talk.city.en))
    assert talk.id == ident
    [restored] = restore(doc).talks
    assert restored.talk.id == ident  # restore makes the id again the same way (ids.named_by_title)


def segment_text_doc(text):
    from segmenting import segment_text

    return segment_text(text)


PROC = ("静岡市\n市民協働によるまちづくり\n静岡市企画局長　鈴木　花子\n\n1. はじめに\n　本市では、市民と行政が協働してまちづくりを"
        "進めてきた。\n2. 取組の内容\n　地区ごとにまちづくり協議会を設け、年に4回の会議を開いている。\n")


@pytest.mark.parametrize("text, ident", [
    (PROC, "shizuoka"),  # a city's talk, its speaker in the title block: named after the city, as the sample's talks
    # a notice naming no city of its signer: as before, by its title
    (NOTICE_JA.format(title="資源ごみの出し方について", signer="さくら台自治会長　田中　一郎"), "資源ごみの出し方について"),
])
def test_a_citys_talk_keeps_the_citys_name(text, ident):
    [talk] = segment_text_doc(text).talks
    assert talk.id == ident
