"""Fresh-user trial 74c (helper pdf74): a 2-column Japanese academic paper PDF, its reference list set in a small
size with blank lines between its lines (pdfminer puts each line in a text box of its own), each entry's year or
page range broken at the wrap inside the number. Made-up papers of the same kind, drawn with reportlab."""

from __future__ import annotations

import io

import pytest

from tests.segmenting import authors_of, segment_pdf


def _only_talk(data: bytes):
    [talk] = segment_pdf(data).talks
    return talk


def _finished(c, buf: io.BytesIO) -> bytes:  # noqa: ANN001 - a reportlab canvas drawing into buf
    c.showPage()
    c.save()
    return buf.getvalue()


J = "HeiseiMin-W3"
"""reportlab's built-in Japanese CID font (no font file), the trial's."""


def _a4_canvas():
    """``(canvas, buffer)``: an A4 page drawing into the buffer, no time stamp (reproducible bytes), :data:`J` registered."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(J))
    buf = io.BytesIO()
    return canvas.Canvas(buf, pagesize=A4, invariant=1), buf


def _wrap(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def paper_pdf(refs: list[str], ref_chars: int, body: list[str] = (), authors: str = "佐藤 花子＊・鈴木 一郎＊＊",
              affiliations: str = "＊北海大学大学院工学研究科　＊＊北海大学工学部", title: str = "港湾物流の効率化に関する研究") -> bytes:
    """A one-page 2-column paper: title, authors with marks, their affiliations, an abstract, a section in the left
    column and the references (7.5 pt, 13 pt apart, wrapped every ``ref_chars`` characters) in the right."""
    c, buf = _a4_canvas()
    W, H = c._pagesize
    c.setFont(J, 15)
    c.drawCentredString(W / 2, H - 80, title)
    c.setFont(J, 11)
    c.drawCentredString(W / 2, H - 110, authors)
    c.setFont(J, 8)
    c.drawCentredString(W / 2, H - 126, affiliations)
    y = H - 170
    c.setFont(J, 10)
    c.drawString(60, y, "1. はじめに")
    y -= 15
    c.setFont(J, 9)
    for para in body or ["近年、港湾における物流の効率化が求められている。本研究では、国内の主要な港湾を対象に、荷役時間の短縮に影響する要因を分析した。"]:
        for line in _wrap(para, 22):
            c.drawString(60, y, line)
            y -= 13
    y = H - 170
    c.setFont(J, 10)
    c.drawString(W / 2 + 15, y, "参考文献")
    y -= 15
    c.setFont(J, 7.5)
    for ref in refs:
        for line in _wrap(ref, ref_chars):
            c.drawString(W / 2 + 15, y, line)
            y -= 13
    return _finished(c, buf)


def _references(data: bytes) -> list[str]:
    talk = _only_talk(data)
    [section] = [s for s in talk.sections if s.title is not None and s.title.text == "参考文献"]
    return [p.text for p in section.paragraphs]


REFS = ["1) 山本健二：地方都市の通勤交通手段選択に関する分析，交通工学，Vol.55，No.2，pp.12-19，2020.",
        "2) 古川直子・林亮：自転車通勤制度の導入効果，都市計画論文集，Vol.57，pp.301-308，2022."]


def test_reference_numbers_broken_at_the_wrap_join_whole():
    # trial 74c's own shape: ``pp.12-1`` / ``9，2020.`` (a space came between the digits) and ``…，20`` / ``22.``
    # (read as an item ``22.`` of another style, it ended the list and stood alone)
    assert _references(paper_pdf(REFS, 26)) == REFS


def test_other_references_broken_inside_their_numbers():
    refs = ["[1] 中村修：港湾荷役の自動化と生産性，港湾技術研究，Vol.12，pp.101-118，2019.",
            "[2] 加藤真理子・小川健：コンテナターミナルの待ち時間分析，土木計画学研究，Vol.40，pp.5-14，2021.",
            "[3] 森田誠：物流拠点の立地選択，運輸政策研究，Vol.23，pp.44-53，2018."]
    got = _references(paper_pdf(refs, 24))
    assert got == refs


def test_year_alone_after_a_full_line_joins_its_entry():
    refs = ["1. 田中太郎：都市交通の将来像，交通学研究，pp.1-9，2015.",
            "2. 吉田次郎：地域公共交通の再編に関する考察，交通学研究，Vol.62，20",
            ]
    refs[1] = refs[1] + "17."
    # wrapped so that ``17.`` stands alone on the entry's last line
    got = _references(paper_pdf(refs, len(refs[1]) - 3))
    assert got == refs


def test_reference_list_item_after_a_full_stop_stays_an_item():
    # near miss: a new entry's marker under an entry that ended (``…，2020.`` / ``2) …``) opens the next entry
    refs = ["1) 山本健二：通勤手段の分析，交通工学，2020.", "2) 古川直子：自転車通勤，都市計画，2022."]
    assert _references(paper_pdf(refs, 40)) == refs


def abstract_pdf(abstract: str, chars: int, keywords: str = "") -> bytes:
    """A paper's head: title, authors, and an abstract hung under its label ``概要：`` (its lines set in under the
    label's text, the label drawn apart), then a section in two columns."""
    c, buf = _a4_canvas()
    W, H = c._pagesize
    c.setFont(J, 15)
    c.drawCentredString(W / 2, H - 80, "港湾物流の効率化に関する研究")
    c.setFont(J, 9)
    c.drawString(60, H - 165, "概要：")
    y = H - 165
    for line in _wrap(abstract, chars):
        c.drawString(90, y, line)
        y -= 13
    if keywords:
        c.drawString(60, y, keywords)
    y -= 30
    c.setFont(J, 10)
    c.drawString(60, y, "1. はじめに")
    y -= 15
    c.setFont(J, 9)
    for line in _wrap("近年、港湾における物流の効率化が求められている。本研究では、国内の主要な港湾を対象に分析した。", 22):
        c.drawString(60, y, line)
        y -= 13
    return _finished(c, buf)


def _front_and_paragraphs(data: bytes) -> list[str]:
    talk = _only_talk(data)
    return [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("abstract, chars", [
    ("本研究は、宇都宮市の事業所従業者を対象としたアンケート調査により、自転車通勤の選択に影響する要因を明らかにした。"
     "その結果、通勤距離が5km以下であること、職場に駐輪場とシャワー設備があることが、自転車通勤の選択に強く関係していることが分かった。", 44),
    ("本研究では、全国の主要港湾12港を対象として、コンテナ荷役の待ち時間とその要因を分析した。その結果、岸壁の延長が300m"
     "未満の港湾では、待ち時間が平均で2.5倍に増えることが分かった。また、ゲートの予約制度が効果的であることを示した。", 42),
])
def test_abstract_hung_under_its_label_is_one_paragraph(abstract, chars):
    # half-width digits and letters (``5km``, ``300m``) leave a wrapped line short of the labelled line's end
    texts = _front_and_paragraphs(abstract_pdf(abstract, chars))
    assert [t for t in texts if t.startswith("概要")] == ["概要： " + abstract]


def test_abstract_near_miss_keywords_under_it_stay_apart():
    # near miss: the keywords' line under the abstract's last line (a sentence's end) is no wrap of it
    abstract = "本研究は、港湾の物流を対象として、荷役の待ち時間に影響する要因を明らかにした。その結果、岸壁の延長が短い港湾で待ち時間が長いことが分かった。"
    texts = _front_and_paragraphs(abstract_pdf(abstract, 44, keywords="キーワード： 港湾物流、荷役、待ち時間"))
    assert "キーワード： 港湾物流、荷役、待ち時間" in texts and not any(t.endswith("キーワード： 港湾物流、荷役、待ち時間") and t.startswith("概要") for t in texts)


def test_abstract_wrapped_after_a_comma_under_its_label():
    # the labelled line may stop on a comma (``…その結果、`` / ``岸壁の…``): a comma never ends a paragraph
    abstract = "本研究は、港湾の物流を対象として、荷役の待ち時間に影響する要因を明らかにした。その結果、岸壁の延長が短い港湾で待ち時間が長いことが分かった。"
    texts = _front_and_paragraphs(abstract_pdf(abstract, 44, keywords="キーワード： 港湾物流、荷役、待ち時間"))
    assert "概要： " + abstract in texts


def _authors(data: bytes):
    talk = _only_talk(data)
    return authors_of(talk)


@pytest.mark.parametrize("authors, affiliations, want", [
    ("佐藤 花子＊・鈴木 一郎＊＊", "＊北海大学大学院工学研究科　＊＊北海大学工学部",
     [("佐藤 花子", "北海大学大学院工学研究科"), ("鈴木 一郎", "北海大学工学部")]),
    ("高橋 美咲＊・村上 慎也＊＊・中島 聡＊", "＊宇都宮大学大学院地域創生科学研究科　＊＊宇都宮大学地域デザイン科学部",
     [("高橋 美咲", "宇都宮大学大学院地域創生科学研究科"), ("村上 慎也", "宇都宮大学地域デザイン科学部"),
      ("中島 聡", "宇都宮大学大学院地域創生科学研究科")]),
])
def test_full_width_asterisk_marks_point_to_affiliations(authors, affiliations, want):
    # trial 74c: ``高橋 美咲＊・村上 慎也＊＊`` over ``＊…　＊＊…`` gave no author; ``＊＊`` is one mark, the second
    assert _authors(paper_pdf(REFS, 26, authors=authors, affiliations=affiliations)) == want


def test_reference_mark_numbers_still_point():
    # near miss: ``※1`` / ``※2`` marks, read before, read the same
    got = _authors(paper_pdf(REFS, 26, authors="佐藤 花子※1・鈴木 一郎※2", affiliations="※1北海大学工学部　※2札幌工業大学"))
    assert got == [("佐藤 花子", "北海大学工学部"), ("鈴木 一郎", "札幌工業大学")]
