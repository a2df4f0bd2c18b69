"""Extract, PDFs: writing direction, overprint, ruby, page furniture, lost glyphs, messages.

Real and field PDFs (``tests/pdfs/``, see its README) are golden tests of
their correct result; made-up PDFs (``pdfmaker``) test each point alone.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from golden import compare
from pdfmaker import EN, JA, JA_V, cid_pages_pdf, drawn_pdf, simple_font_pdf, text_pdf, text_width, vertical_columns
from pipeline.clean import working_lines
from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.extract.pdfnotes import printable_notes
from pipeline.files import dumps
from pipeline.model import GAP

PDFS = Path(__file__).parent / "pdfs"


def read(name: str):
    return extract((PDFS / name).read_bytes(), name=f"raw/{name}")


def text_lines(doc) -> list[str]:
    """The text that flows on to clean: the working lines' texts."""
    return [line.text.text for line in working_lines(doc)]


FURNITURE = ("page-number", "running-header", "running-footer")


def dropped(doc, reason: str | tuple[str, ...]) -> list[str]:
    reasons = (reason,) if isinstance(reason, str) else reason
    return [row.text for row in doc.ledger if row.reason in reasons]


def check_accounted(doc) -> None:
    """Every ledger row names raw text at its position, and the layout has one entry per line."""
    assert len(doc.layout) == len(doc.lines)
    for row in doc.ledger:
        assert doc.lines[row.line - 1][row.col:row.col + len(row.text)] == row.text, row
    for m in doc.markers:
        assert doc.lines[m.line - 1][m.col] == GAP, m
        assert m.font
    pages = [lay.page for lay in doc.layout]
    assert pages == sorted(pages)
    for k, start in enumerate(doc.page_starts, start=1):
        if start <= len(doc.lines):
            assert doc.layout[start - 1].page >= k


# --------------------------------------------------------------------------
# Real and field PDFs: golden files of their correct results


@pytest.mark.parametrize("name", ["10-vertical-tategaki.pdf", "14-fakebold-pdf.pdf", "17-pdf-some-cid.pdf",
                                  "jo.pdf", "klis_slides.pdf", "simple1.pdf"])
def test_pdf_goldens(name):
    doc = read(name)
    check_accounted(doc)
    compare(dumps(doc.to_json()), f"extract/{name}.json")


def test_field_10_vertical_paper_reads_in_columns_right_to_left():
    doc = read("10-vertical-tategaki.pdf")
    lines = text_lines(doc)
    assert lines[:4] == ["松山市", "瀬戸内の港町がつなぐ国際交流", "松山市国際交流課長 佐藤 一郎", "1. 松山市の概要"]
    assert lines[4].startswith("松山市は四国の北西部に位置する人口50万の都市である。")
    paper = lines[: lines.index("Matsuyama City")]
    assert [line for line in paper if line[:2] in ("1.", "2.", "3.")] == ["1. 松山市の概要", "2. 海外都市との交流", "3. 今後の取り組み"]
    assert all(len(line) > 1 for line in paper)
    page1 = [lay for lay, line in zip(doc.layout, doc.lines) if lay.page == 1 and line.strip()]
    assert page1 and all(lay.vertical for lay in page1)
    assert not any(lay.vertical for lay in doc.layout if lay.page > 1)


def test_field_14_fake_bold_lines_are_read_once():
    doc = read("14-fakebold-pdf.pdf")
    lines = text_lines(doc)
    assert lines.count("瀬戸内の港町がつなぐ国際交流") == 1
    assert lines[:3] == ["松山市", "瀬戸内の港町がつなぐ国際交流", "松山市国際交流課長 佐藤 一郎"]
    for title in ("Overview of Matsuyama", "Sister City: Sacramento", "Friendship City: Pyeongtaek"):
        assert lines.count(title) == 1
    assert sorted(dropped(doc, "overprint")) == sorted(["瀬戸内の港町がつなぐ国際交流", "Overview of Matsuyama",
                                                      "Sister City: Sacramento", "Friendship City: Pyeongtaek"])
    assert {row.rule for row in doc.ledger if row.reason == "overprint"} == {"set_aside_overprint"}


def test_field_17_cid_font_with_unreadable_system_info_is_mapped_by_its_cmap():
    """The second font's CIDSystemInfo says "Xdobe"; its encoding UniJIS-UCS2-H is a predefined
    CMap of Adobe-Japan1, which fixes the collection (PDF 32000-1, 9.7.5.2)."""
    doc = read("17-pdf-some-cid.pdf")
    text = "\n".join(text_lines(doc))
    assert "(cid:" not in text and GAP not in text
    for word in ("瀬戸内の港町がつなぐ国際交流", "温暖", "道後温泉", "最古の温泉", "港湾", "寄港", "姉妹都市", "港町としての"):
        assert word in text


def test_jo_two_tiers_read_top_tier_then_bottom_tier():
    doc = read("jo.pdf")
    # Ideographic spaces are characters: a line of them alone (between stanzas) is a working line, whose
    # spaces strip_ideographic_padding sets aside with a row.
    lines = [line.strip("\u3000") for line in text_lines(doc) if line.strip("\u3000")]
    assert lines[:4] == ["序", "わたくしといふ現象は", "假定された有機交流電燈の", "ひとつの青い照明です"]
    # Top tier, right to left, then bottom tier: the poem's order.
    order = ["（ひかりはたもち、その電燈は失はれ）", "これらは二十二箇月の", "そのとほりの心象スケッチです",
             "これらについて人や銀河や修羅や海膽は", "（すべてがわたくしの中のみんなであるやうに",
             "けれどもこれら新世代沖積世の", "傾向としてはあり得ます", "発見するかもしれません", "すべてこれらの命題は",
             "第四次延長のなかで主張されます", "大正十三年一月廿日　　宮澤賢治"]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)
    assert len(lines) == 60  # the title, 58 lines of verse, the date


def test_klis_slides_nul_digits_are_gaps_with_font_and_glyph_id():
    doc = read("klis_slides.pdf")
    reference = next(line for line in doc.lines if line.startswith("Research Methods"))
    assert reference == f"Research Methods, pp.{GAP * 4}-{GAP * 4} (2016)."
    markers = [m for m in doc.markers if doc.lines[m.line - 1] == reference]
    assert [m.cid for m in markers] == [158, 157, 163, 159, 158, 157, 163, 166]
    assert {m.font for m in markers} == {"EBAAAA+NotoSansJP-Regular"}
    assert {m.raw for m in doc.markers} == {"\x00"}
    assert dropped(doc, FURNITURE) == ["1/6", "2/6", "3/6", "4/6", "5/6", "6/6"]
    # pdfminer's 33 FontBBox warnings: one line, all of them only with --verbose.
    assert len(printable_notes(doc.notes, verbose=False)) == 1
    assert "33 warnings" in printable_notes(doc.notes, verbose=False)[0]
    assert any("FontBBox" in n for n in printable_notes(doc.notes, verbose=True)[1:])


# --------------------------------------------------------------------------
# 1. Writing direction


def test_vertical_cmap_columns_right_to_left():
    cols = ["瀬戸内の港町がつなぐ国際交流", "松山市は四国の北西部に位置する", "人口五十万の都市である。"]
    doc = extract(drawn_pdf([vertical_columns(cols, right=500, top=760)]), name="v.pdf")
    assert text_lines(doc) == cols
    assert all(lay.vertical for lay, line in zip(doc.layout, doc.lines) if line)
    first = doc.layout[0]
    assert first.x0 < 500 < first.x1 and first.size == 10.5 and first.font == "HeiseiMin-W3"


def test_vertical_text_drawn_glyph_by_glyph_in_a_horizontal_font():
    """No -V CMap: each glyph placed below the previous one (as jo.pdf does)."""
    runs = []
    for k, column in enumerate(["縦書きの一行目", "縦書きの二行目"]):
        for i, ch in enumerate(column):
            runs.append((JA, 12, 400 - 24 * k, 700 - 12 * i, ch))
    doc = extract(drawn_pdf([runs]), name="v.pdf")
    assert text_lines(doc) == ["縦書きの一行目", "縦書きの二行目"]


def test_digits_set_across_a_vertical_column_stay_in_its_line():
    """Tate-chu-yoko: "50" set horizontally inside a column; pdfminer breaks the column there."""
    page = [(JA_V, S, 500, 760, "松山市の人口"), (EN, 9.5, 494.5, 760 - 6 * S - 9, "50"), (JA_V, S, 500, 760 - 7 * S, "万の都市である。"),
            (JA_V, S, 482, 760, "二行目は普通の縦書きの文です。")]
    lines = text_lines(extract(drawn_pdf([page]), name="t.pdf"))
    assert [line.replace(" ", "") for line in lines] == ["松山市の人口50万の都市である。", "二行目は普通の縦書きの文です。"]


def test_mixed_page_reads_title_body_in_columns_then_footer():
    page = [(EN, 12, 200, 800, "Proceedings of the Forum"),
            *vertical_columns(["上段の一行目です。", "上段の二行目です。"], right=500, top=760),
            *vertical_columns(["下段の一行目です。", "下段の二行目です。"], right=500, top=400),
            (JA, 10, 250, 60, "横書きの注記")]
    doc = extract(drawn_pdf([page]), name="m.pdf")
    assert text_lines(doc) == ["Proceedings of the Forum", "上段の一行目です。", "上段の二行目です。",
                               "下段の一行目です。", "下段の二行目です。", "横書きの注記"]


def test_a_page_mixing_both_directions_alike_says_its_order_is_uncertain():
    """Trial 46 asked for a word where the reading order is a guess. A page is read in the direction most of its
    glyphs take (here horizontal: its vertical columns hold 19 glyphs of 52), its vertical columns still right to left;
    where each direction holds a third of the glyphs or more, a note names the page. A horizontal page with a stack
    of three letters in it (a plot's labels) gives none."""
    cols = ["港祭りの日程です。", "花火は八時から。"]
    mixed = [(EN, 12, 100, 800, "Harbour festival"), *vertical_columns(cols, right=500, top=760),
             (EN, 10, 100, 60, "Town office, 2024")]
    doc = extract(drawn_pdf([mixed]), name="m.pdf")
    assert text_lines(doc) == ["Harbour festival", *cols, "Town office, 2024"]
    [note] = [n for n in doc.notes if "vertical and horizontal writing" in n]
    assert note.startswith("m.pdf: page 1: vertical and horizontal writing on one page (17 of 50 glyphs vertical), "
                           "read as horizontal writing")
    labels = [(EN, 10, 100, 700 - 14 * k, "A sentence of horizontal text on the page.") for k in range(6)]
    labels += [(EN, 6, 400, 600 - 9 * k, text) for k, text in enumerate("abc")]
    assert not extract(drawn_pdf([labels]), name="h.pdf").notes


def test_a_plain_horizontal_page_reads_as_pdfminers_text_output():
    pdf = text_pdf([[("ja", "国境を越えた都市間連携・交流"), ("en", "Cross-boundary Cooperation")]])
    from pdfminer.high_level import extract_text

    import io
    assert [line for line in extract(pdf, name="h.pdf").lines if line.strip()] == \
        [line for line in extract_text(io.BytesIO(pdf)).split("\n") if line.strip() and line != "\f"]


def test_stacked_digits_of_a_table_stay_separate_lines():
    page = [(EN, 10, 100, 700 - 12 * i, str(i + 1)) for i in range(4)] + [(EN, 10, 200, 700, "Items")]
    lines = text_lines(extract(drawn_pdf([page]), name="t.pdf"))
    assert "1234" not in lines


# --------------------------------------------------------------------------
# 2. Overprint


def test_glyph_by_glyph_overprint_is_one_glyph_and_legit_repetition_stays():
    page = [(JA, 12, 72, 700, "ワッショイワッショイ")]
    x = 72.0
    for ch in "海外都市":
        page += [(JA, 12, x, 680, ch), (JA, 12, x + 0.3, 680.2, ch)]
        x += 12
    page.append((JA, 12, x, 680, "との交流"))
    doc = extract(drawn_pdf([page]), name="o.pdf")
    assert text_lines(doc) == ["ワッショイワッショイ", "海外都市との交流"]
    assert dropped(doc, "overprint") == ["海外都市"]
    check_accounted(doc)


def test_overprint_tolerance_is_pdfplumbers():
    near = [(EN, 12, 72, 700, "Bold"), (EN, 12, 72.9, 700.4, "Bold")]
    far = [(EN, 12, 72, 600, "Shadow"), (EN, 12, 74, 601, "Shadow")]
    doc = extract(drawn_pdf([near + far]), name="o.pdf")
    assert dropped(doc, "overprint") == ["Bold"]


# --------------------------------------------------------------------------
# 3. Ruby


S, R = 10.5, 5.25
BODY = "道後温泉は日本最古の温泉である。"


def test_horizontal_ruby_is_set_aside_after_its_base():
    page = [(JA, S, 72, 700, BODY), (JA, R, 72 + (4 * S - 7 * R) / 2, 700 + S * 0.88, "どうごおんせん")]
    doc = extract(drawn_pdf([page]), name="r.pdf")
    assert doc.lines[0] == "道後温泉どうごおんせんは日本最古の温泉である。"
    assert text_lines(doc) == [BODY]
    [row] = doc.ledger
    assert (row.rule, row.reason, row.text, row.line, row.col) == ("set_aside_ruby", "ruby", "どうごおんせん", 1, 4)
    assert doc.lines[0][:row.col] .endswith("道後温泉")


def test_mono_ruby_drawn_between_base_glyphs_and_a_superscript():
    page = [(JA, S, 72, 660, "日"), (JA, R, 72 + (S - R) / 2, 660 + S * 0.88, "に"), (JA, S, 72 + S, 660, "本"),
            (JA, R, 72 + S, 660 + S * 0.88, "ほん"), (JA, S, 72 + 2 * S, 660, "の温泉"),
            (EN, R, 72 + 5 * S, 664, "1"), (JA, S, 72 + 5 * S + R, 660, "は古い。")]
    doc = extract(drawn_pdf([page]), name="r.pdf")
    assert dropped(doc, "ruby") == ["にほん"]
    assert text_lines(doc)[0].replace(" ", "") == "日本の温泉¹は古い。"  # the note mark stays, as a superscript


def test_vertical_ruby_right_of_its_base():
    page = [(JA_V, S, 500, 760, BODY), (JA_V, R, 500 + S / 2 + R / 2, 760 - (4 * S - 7 * R) / 2, "どうごおんせん"),
            (JA_V, S, 482, 760, "二行目の文です。")]
    doc = extract(drawn_pdf([page]), name="r.pdf")
    assert text_lines(doc) == [BODY, "二行目の文です。"]
    assert dropped(doc, "ruby") == ["どうごおんせん"]


def test_small_caption_above_kana_is_not_ruby():
    page = [(JA, S, 72, 700, "これはひらがなのぶんです。"), (JA, R, 80, 700 + S * 0.88, "ちゅうしゃく")]
    doc = extract(drawn_pdf([page]), name="r.pdf")
    assert not dropped(doc, "ruby")


def test_a_line_of_text_just_above_a_large_heading_is_not_ruby():
    page = [(JA, 10, 72, 712, "これは段落の最後の行で、見出しの直前にある文である。"), (JA, 24, 72, 690, "見出し")]
    doc = extract(drawn_pdf([page]), name="r.pdf")
    assert text_lines(doc) == ["これは段落の最後の行で、見出しの直前にある文である。", "見出し"]
    assert not doc.ledger


def test_ruby_longer_than_its_base_plus_one_glyph_each_side_is_not_ruby():
    page = [(JA, S, 72, 700, "志を持つ"), (JA, R, 72 - 2 * R, 700 + S * 0.88, "こころざしの")]
    assert not dropped(extract(drawn_pdf([page]), name="r.pdf"), "ruby")


# --------------------------------------------------------------------------
# 4. Page furniture


def _paged(pages: int) -> bytes:
    out = []
    for p in range(1, pages + 1):
        out.append([(EN, 9, 72, 800, "Journal of Urban Exchange, Vol. 3"),
                    (JA, 10.5, 72, 700, f"本文の{p}ページ目です。"), (JA, 10.5, 72, 680, "都市間の交流について述べる。"),
                    (EN, 9, 290, 40, f"- {p} -")])
    return drawn_pdf(out)


def test_a_margin_numbering_the_lines_is_page_furniture():
    """Trial 46's regression run (acmart's and aomart's manuscripts): a review copy numbers its lines in the margin
    at a pitch of its own, on through a blank line and past a heading; the numbers had come into the text, a
    block of them before each page's lines. They are furniture (``line-number``); a figure's axis labels, farther
    apart than a line and beside a plot's other labels, stay."""
    text = ["Orchards on the terraces above the village were", "planted with apple and pear trees in the years",
            "after the war, when the mill closed.", "2 Grafting", "Scions were cut in January and kept cool in",
            "damp sand until the buds began to swell."]
    page = [(EN, 10, 72, 720 - 14 * k - (14 if k >= 3 else 0), line) for k, line in enumerate(text)]
    page += [(EN, 7, 48 - text_width(str(n), EN, 7), 720 - 14 * k, str(n)) for k, n in enumerate(range(31, 39))]
    axis = [(EN, 7, 330, 500 - 40 * k, str(k)) for k in range(6)] + [(EN, 7, 360, 280, "Years after grafting")]
    doc = extract(drawn_pdf([page + axis]), name="m.pdf")
    assert dropped(doc, "line-number") == [str(n) for n in range(31, 39)]
    assert [line for line in text_lines(doc) if not line.isdigit()] == [*text, "Years after grafting"]
    assert [line for line in text_lines(doc) if line.isdigit()] == [str(k) for k in range(6)]
    check_accounted(doc)


def test_running_header_and_page_numbers_are_page_furniture():
    doc = extract(_paged(4), name="f.pdf")
    assert dropped(doc, FURNITURE) == [x for p in (1, 2, 3, 4) for x in ("Journal of Urban Exchange, Vol. 3", f"- {p} -")]
    assert dropped(doc, "running-header") == ["Journal of Urban Exchange, Vol. 3"] * 4
    assert dropped(doc, "page-number") == [f"- {p} -" for p in (1, 2, 3, 4)]
    assert text_lines(doc).count("都市間の交流について述べる。") == 4
    assert not any(line.startswith("Journal") or line.startswith("-") for line in text_lines(doc))
    check_accounted(doc)


def test_a_running_header_on_every_page_but_the_title_page_is_furniture():
    # a three-page paper: its title page has no running head, pages 2 and 3 do
    out = [[(JA, 16, 72, 760, "路線バス再編と住民参加"), (JA, 10.5, 72, 700, "本文の一ページ目です。")]]
    for p in (2, 3):
        out.append([(JA, 9, 72, 800, "地域交通研究 第12号"), (JA, 10.5, 72, 700, f"本文の{p}ページ目です。")])
    doc = extract(drawn_pdf(out), name="f.pdf")
    assert dropped(doc, "running-header") == ["地域交通研究 第12号"] * 2
    check_accounted(doc)
    four = [out[0], out[1], [(JA, 10.5, 72, 700, "本文の三ページ目です。")], out[2]]  # missing from page 3 of 4: text
    assert not dropped(extract(drawn_pdf(four), name="g.pdf"), "running-header")


def test_the_running_head_of_a_two_page_paper_is_furniture():
    """Only page 2 carries it (the title page goes without): its place and size show it, not recurrence."""
    body = [(JA, 10, 72, 708 - 16 * k, f"本文の{k + 1}行目です。") for k in range(4)]
    title_page = [(JA, 16, 72, 760, "路線バス再編と住民参加"), *body]
    head = [(JA, 8, 54, 800, "地域交通研究 第12号"), (JA, 8, 400, 800, "山田：路線バス再編")]
    doc = extract(drawn_pdf([title_page, [*head, *body]]), name="f.pdf")
    assert dropped(doc, "running-header") == ["地域交通研究 第12号", "山田：路線バス再編"]
    check_accounted(doc)
    # a heading at the head of page 2, set larger than the body, and a small line close above the text, stay text
    heading = [(JA, 12, 72, 800, "2．調査方法")]
    assert not dropped(extract(drawn_pdf([title_page, [*heading, *body]]), name="g.pdf"), "running-header")
    close = [(JA, 8, 72, 720, "（続き）")]  # in the top band, but one line above the text
    assert not dropped(extract(drawn_pdf([title_page, [*close, *body]]), name="h.pdf"), "running-header")


def test_recurring_body_text_and_a_repeated_footnote_number_are_not_furniture():
    out = []
    for p in range(1, 4):
        out.append([(JA, 20, 72, 780, "参考文献"),  # a slide title repeated: larger than the body
                    (JA, 10.5, 72, 700, "都市間の交流について述べる。"),  # same text in the body band
                    (EN, 9, 72, 60, "1")])  # the same number on every page does not rise
    doc = extract(drawn_pdf(out), name="f.pdf")
    assert not dropped(doc, FURNITURE)


def test_one_page_keeps_its_header_but_not_its_centred_page_number():
    doc = extract(_paged(1), name="f.pdf")
    assert dropped(doc, FURNITURE) == ["- 1 -"]  # the position says page number; a header needs recurrence
    assert dropped(doc, "page-number") == ["- 1 -"]
    assert "Journal of Urban Exchange, Vol. 3" in text_lines(doc)
    check_accounted(doc)


def _one_page(*runs) -> bytes:
    return drawn_pdf([[(JA, 10.5, 72, 700, "都市間の交流について述べる。"), (JA, 10.5, 72, 680, "本文の二行目です。"), *runs]])


@pytest.mark.parametrize("runs, why", [
    ([(EN, 9, 295, 40, "7")], "not the page's index"),
    ([(EN, 9, 72, 40, "1")], "neither centred nor flush right"),
    ([(EN, 9, 295, 40, "1"), (JA, 9, 330, 40, "件数の合計")], "a table cell: text beside it at its height"),
    ([(EN, 9, 295, 400, "1")], "in the middle of the page"),
    ([(EN, 9, 295, 40, "1"), (EN, 10, 250, 20, "Note: the last line of the page.")],
     "inside the text flow: a line below it, read after it"),
])
def test_a_lone_number_stays_text_unless_its_position_says_page_number(runs, why):
    doc = extract(_one_page(*runs), name="f.pdf")
    assert not dropped(doc, FURNITURE), why


def test_a_lone_centred_number_at_the_foot_is_the_page_number():
    doc = extract(_one_page((EN, 9, 295, 40, "1")), name="f.pdf")
    assert dropped(doc, "page-number") == ["1"]
    check_accounted(doc)


def test_footer_beside_the_page_number_on_two_pages_is_furniture():
    """A LaTeX two-sided foot: the chapter title beside the page number on even pages, the section on odd."""
    out = []
    for p in range(1, 5):
        left = p % 2 == 1
        out.append([(JA, 10.5, 72, 700, f"本文の{p}ページ目です。"), (JA, 10.5, 72, 680, "都市間の交流について述べる。"),
                    (EN, 10, 72 if left else 510, 40, str(p + 9)),
                    (JA, 9.5, 400 if left else 72, 40, "第 3 章 開発者の責務" if left else "3.2 管理者的な責務")])
    doc = extract(drawn_pdf(out), name="f.pdf")
    assert dropped(doc, "page-number") == ["10", "11", "12", "13"]
    assert dropped(doc, "running-footer") == ["第 3 章 開発者の責務", "3.2 管理者的な責務"] * 2
    assert text_lines(doc).count("都市間の交流について述べる。") == 4
    check_accounted(doc)


def test_running_header_on_two_pages_whose_page_number_changes_is_furniture():
    out = [[(EN, 9, 72, 800, f"Proceedings of the Harbour Forum, p. {p + 40}"),
            (JA, 10.5, 72, 700, "都市間の交流について述べる。")] for p in (1, 2)]
    doc = extract(drawn_pdf(out), name="f.pdf")
    assert dropped(doc, "running-header") == ["Proceedings of the Harbour Forum, p. 41",
                                              "Proceedings of the Harbour Forum, p. 42"]


def test_same_line_on_two_pages_without_a_changing_number_is_not_furniture():
    """Two pages of three, the number not following the pages: no running line. (Both pages of a two-page
    document are every page it has: there the line, over the text in the margin, is its running head; trial 53.)"""
    page = [(EN, 9, 72, 800, "Harbour Forum, Vol. 2"), (JA, 10.5, 72, 700, "都市間の交流について述べる。")]
    last = [(JA, 10.5, 72, 700, "都市間の交流について述べる。")]
    assert not dropped(extract(drawn_pdf([page, page, last]), name="f.pdf"), FURNITURE)
    assert dropped(extract(drawn_pdf([page, page]), name="g.pdf"), FURNITURE) == ["Harbour Forum, Vol. 2"] * 2


def test_centred_folios_that_rise_at_any_step_are_page_numbers():
    """An excerpt of a proceedings volume: its paper pages keep the volume's numbers, its slide pages have none."""
    paper = lambda folio: [(JA, 10.5, 72, 700, "都市間の交流について述べる。"), (JA, 10.5, 72, 680, "本文の二行目です。"),
                           (JA, 9, 280, 40, folio)]
    slide = [(EN, 20, 72, 700, "Overview of the City"), (EN, 14, 72, 600, "Population and industry")]
    doc = extract(drawn_pdf([paper("－ 11 －"), slide, slide, paper("－ 12 －"), slide]), name="f.pdf")
    assert dropped(doc, "page-number") == ["− 11 −", "− 12 −"]  # the CID font's ``－`` extracts as U+2212
    check_accounted(doc)
    # flush left, the same numbers are a list's labels, not folios
    left = lambda folio: [*paper(folio)[:2], (JA, 9, 72, 40, folio)]
    assert not dropped(extract(drawn_pdf([left("－ 11 －"), slide, left("－ 12 －")]), name="g.pdf"), "page-number")


def test_an_odd_page_head_printed_once_at_the_heads_height_is_a_running_header():
    """A four-page paper: the even pages carry one head, the only odd page after the title page another; the
    odd head recurs nowhere, but it stands where the other heads stand, set like them."""
    body = [(EN, 10.5, 72, 700, "The tidal flats are used by fishers, walkers and birds alike."),
            (EN, 10.5, 72, 685, "Their care is shared by the town and its residents.")]
    even = lambda n: [(EN, 8, 72, 790, str(140 + n)), (EN, 8, 200, 790, "Tidal Flats as Shared Commons")] + body
    odd = lambda n: [(EN, 8, 200, 790, "Kobayashi and Reyes"), (EN, 8, 500, 790, str(140 + n))] + body
    pages = [[(EN, 16, 72, 760, "Tidal Flats as Shared Commons")] + body, even(2), odd(3), even(4)]
    doc = extract(drawn_pdf(pages), name="f.pdf")
    assert dropped(doc, "running-header") == ["Tidal Flats as Shared Commons", "Kobayashi and Reyes",
                                              "Tidal Flats as Shared Commons"]
    check_accounted(doc)


def test_talk_numbers_at_the_same_place_on_each_talks_first_page_are_not_a_running_header():
    pages = []
    for k in (1, 2, 3):
        pages.append([(JA, 10.5, 72, 800, f"【{'１２３'[k - 1]}】"), (JA, 16, 72, 760, "港町の国際交流"),
                      (JA, 10.5, 72, 700, "都市間の交流について述べる。")])
        pages.append([(JA, 10.5, 72, 700, "本文の続きです。")])
    doc = extract(drawn_pdf(pages), name="f.pdf")
    assert not dropped(doc, FURNITURE)
    assert [t for t in text_lines(doc) if t.startswith("【")] == ["【１】", "【２】", "【３】"]


def test_first_entries_of_a_contents_list_at_page_tops_are_not_page_numbers():
    out = [[(EN, 10, 500, 780, first), (EN, 10, 72, 760, "Chapter . . . . . . . ."), (EN, 10, 500, 760, ". 33"),
            (JA, 10.5, 72, 500, "目次の続き")] for first in ("32", "48")]
    assert not dropped(extract(drawn_pdf(out), name="f.pdf"), "page-number")


# --------------------------------------------------------------------------
# 5–6. Glyphs without Unicode, and messages


def test_cid_font_without_tounicode_gives_gaps_with_font_and_cid():
    pdf = cid_pages_pdf([[("en", "Hello"), ("cid", "0012002A0012")]])
    doc = extract(pdf, name="raw/c.pdf")
    gap_line = next(i for i, line in enumerate(doc.lines, start=1) if GAP in line)
    assert doc.lines[gap_line - 1] == GAP * 3
    assert [(m.col, m.cid, m.raw, m.font) for m in doc.markers] == [
        (0, 18, "(cid:18)", "NoSuchFont"), (1, 42, "(cid:42)", "NoSuchFont"), (2, 18, "(cid:18)", "NoSuchFont")]


def test_bullet_drawn_as_an_unused_winansi_code_reads_as_a_bullet():
    """ReportLab writes ``•`` in a standard font as WinAnsi code 127, which the PDF standard reads as a bullet."""
    page = [(EN, 20, 90, 700 - 40 * k, f"\u2022 {item}") for k, item in enumerate(["Started in 1997", "Over 400,000 a year"])]
    doc = extract(drawn_pdf([page]), name="b.pdf")
    assert text_lines(doc) == ["\u2022 Started in 1997", "\u2022 Over 400,000 a year"]
    assert not doc.markers
    for code in (b"\x7f", b"\x81", b"\x9d"):
        assert text_lines(extract(simple_font_pdf(b"/WinAnsiEncoding", code + b" item"), name="b.pdf")) == ["\u2022 item"]
    dictionary = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /B] >>"
    assert text_lines(extract(simple_font_pdf(dictionary, b"\x7fA"), name="b.pdf")) == ["\u2022B"]


@pytest.mark.parametrize("encoding", [None, b"/MacRomanEncoding",
                                      b"<< /BaseEncoding /WinAnsiEncoding /Differences [127 /g127] >>"])
def test_code_127_without_winansi_evidence_stays_a_lost_glyph(encoding):
    """No WinAnsi encoding (the font's own, MacRoman), or a ``Differences`` entry naming an unknown glyph for the code:
    nothing says bullet, so the glyph stays lost, with its font and code."""
    doc = extract(simple_font_pdf(encoding, b"\x7f item"), name="b.pdf")
    assert doc.lines[0] == GAP + " item"
    assert [(m.cid, m.font) for m in doc.markers] == [(127, "Helvetica")]


def test_paper_whose_later_pages_are_unmappable_keeps_page_one_and_says_why():
    page1 = [("en", "Cities and Ports"), ("en", "Jane Doe, City of Matsuyama"),
             ("en", "1. Introduction"), ("en", "Port towns link cities across the sea.")]
    lost = [("cid", "0012002A00130014" * 4)] * 6
    doc = extract(cid_pages_pdf([page1, lost, lost, lost]), name="raw/paper.pdf")
    assert text_lines(doc)[:4] == [text for _, text in page1]
    [note] = printable_notes(doc.notes, verbose=False)
    assert note.startswith("raw/paper.pdf: pages 2–4: 288 of ")
    assert "font NoSuchFont: 288 of 288" in note and "OCR" in note and " — " in note


def test_pdf_with_only_unmappable_glyphs_is_refused_with_the_remedy():
    with pytest.raises(InputError, match=r"no glyph with a Unicode mapping.*NoSuchFont.*OCR"):
        extract(cid_pages_pdf([[("cid", "00120013")]]), name="raw/x.pdf")


def test_few_lost_glyphs_need_no_note():
    doc = extract(cid_pages_pdf([[("en", "A long enough English line of text for the page"), ("cid", "0012")]]), name="x.pdf")
    assert len(doc.markers) == 1 and not doc.notes


def test_encrypted_pdf_with_empty_password_is_read():
    import io

    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", strength=128))
    c.setFont("HeiseiMin-W3", 12)
    c.drawString(72, 700, "国境を越えた都市間連携")
    c.showPage()
    c.save()
    doc = extract(buf.getvalue(), name="e.pdf")
    assert text_lines(doc) == ["国境を越えた都市間連携"]
    assert not doc.markers


def test_pdfminer_warnings_do_not_reach_the_log(caplog):
    with caplog.at_level(logging.WARNING):
        read("klis_slides.pdf")
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]


# --------------------------------------------------------------------------
# The contract with clean


def test_working_lines_remove_exactly_the_set_aside_spans():
    from pipeline.model import Extracted, LedgerRow, SourceFile

    doc = Extracted(
        source=SourceFile("x.pdf", "0", "pdf"),
        lines=("道後温泉どうごおんせんは古い。", "Header 1", "本文"),
        ledger=(LedgerRow("set_aside_ruby", "dropped", 1, 4, "どうごおんせん", "ruby"),
                LedgerRow("set_aside_page_furniture", "dropped", 2, 0, "Header 1", "running-header"),
                LedgerRow("set_aside_ruby", "dropped", 2, 7, "1", "ruby")),
    )
    lines = working_lines(doc)
    assert [line.text.text for line in lines] == ["道後温泉は古い。", "本文"]
    assert lines[0].text.origin[3:5] == ((1, 3), (1, 11))


def _journal_page(head: str, head_x: float, heading: str | None, tab: tuple[str, float] | None, folio: int) -> list:
    """A diary page: its running head over the text (the entry's number and title, or the month), the entry's
    heading set large, body lines, a thumb tab in the right margin, the folio at the foot."""
    runs = [(EN, 10.9, head_x, 780, head)]
    if heading is not None:
        runs.append((EN, 20.7, 100, 720, heading))
    runs += [(EN, 10.9, 60, 690 - 14 * k, "Lorem ipsum dolor sit amet, consectetuer adipiscing elit, sed do") for k in range(6)]
    if tab is not None:
        runs.append((EN, 8.6, 520, tab[1], tab[0]))
    return runs + [(EN, 10.9, 290, 60, str(folio))]


def test_running_heads_that_name_the_entry_and_thumb_tabs_are_page_furniture():
    """A journal (KOMA-Script's scrjrnl, real2_scrjrnl): each page's head repeats the current entry's heading with
    its number (``1.1 First day``, ``1.2 Another day``) or the month (``1 janvier``); a thumb tab in the margin
    names the month, the chapter's heading. They change from page to page, so no one text recurs: they repeat a
    heading instead, at the heads' height."""
    pages = [[(EN, 24.8, 200, 500, "janvier"), (EN, 10.9, 290, 60, "1")],
             _journal_page("1.1 First day", 380, "First day", ("janvier", 600), 2),
             _journal_page("1 janvier", 60, None, None, 3),
             _journal_page("1.2 Another day", 360, "Another day", ("janvier", 600), 4)]
    doc = extract(drawn_pdf(pages), name="j.pdf")
    assert dropped(doc, "running-header") == ["1.1 First day", "janvier", "1 janvier", "1.2 Another day", "janvier"]
    assert {"janvier", "First day", "Another day"} <= set(text_lines(doc))  # the headings themselves stay
    check_accounted(doc)


def test_a_foot_repeating_the_title_and_the_cells_beside_it_are_page_furniture():
    """A course note's pages (real3_uantwerpen) carry a foot of three cells, its version, its department and its
    title, on two pages only (the chapters' first pages go without): the title cell repeats the title, and the
    others stand on its baseline."""
    body = [(EN, 10.9, 71, 700 - 14 * k, "Let us suppose that the noumena have nothing to do with necessity.")
            for k in range(5)]
    foot = [(EN, 10.9, 71, 39, "1.3"), (EN, 10.9, 259, 39, "Harbour Notes"), (EN, 10.9, 403, 39, "Saws and Searches")]
    pages = [[(EN, 23.9, 142, 569, "Saws and Searches"), (EN, 12, 200, 500, "Course notes")],
             [(EN, 20.7, 71, 678, "Chapter 1"), *body, (EN, 10.9, 295, 39, "1")],
             [*body, *foot], [*body, *foot]]
    doc = extract(drawn_pdf(pages), name="c.pdf")
    assert dropped(doc, "running-footer") == ["1.3", "Harbour Notes", "Saws and Searches"] * 2
    check_accounted(doc)
