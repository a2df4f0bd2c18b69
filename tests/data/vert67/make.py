"""Inputs for helper vert67: glyphs stacked by pdfminer that are no vertical writing, and small-print feet on some pages."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
_v = UnicodeCIDFont("HeiseiMin-W3", isVertical=True)
_v.name = _v.fontName = "HeiseiMin-W3-V"  # the resource name; the PDF's BaseFont stays HeiseiMin-W3
pdfmetrics.registerFont(_v)
OUT = "."  # the output folder: the first argument when run as a script
W, H = A4


def text(c, x, y, s, font="Helvetica", size=11):
    c.setFont(font, size)
    c.drawString(x, y, s)


def numbered(c, x, y, items, font, size=11, numfont=None, step=17):
    """Each item's number alone on its line, at the x of the item's first letter on the line below."""
    for n, item in enumerate(items, 1):
        text(c, x, y, str(n) if numfont != "full" else "０１２３４５６７８９"[n], numfont if numfont not in (None, "full") else font, size)
        y -= step
        text(c, x, y, item, font, size)
        y -= step
    return y


def s1():  # English deck summary: numbers over slide titles, Times
    c = canvas.Canvas(f"{OUT}/s1_deck_en.pdf", pagesize=A4)
    text(c, 60, 790, "Reviving the Harbour District", "Times-Bold", 15)
    numbered(c, 60, 760, ["Opening the waterfront to walkers", "Three new ferry links", "Housing above the old warehouses",
                          "Questions from residents"], "Times-Roman", 12)
    c.showPage()
    text(c, 60, 790, "Cycling in Winter", "Times-Bold", 15)
    numbered(c, 60, 760, ["Keeping lanes clear of snow", "Events for families", "Where the money came from"], "Times-Roman", 12)
    c.save()


def s2():  # Japanese: full-width digits over lines in the same Mincho face
    c = canvas.Canvas(f"{OUT}/s2_steps_ja.pdf", pagesize=A4)
    text(c, 50, 790, "申請の手順", "HeiseiMin-W3", 15)
    numbered(c, 50, 760, ["窓口で申請書を受け取る", "必要事項を記入する", "本人確認書類を添えて提出する"], "HeiseiMin-W3", 11, numfont="full")
    text(c, 50, 600, "お問い合わせは市民課まで。", "HeiseiMin-W3", 11)
    c.save()


def s3():  # Japanese lines with ASCII digits in the same CID face, and a bullet and letters in English
    c = canvas.Canvas(f"{OUT}/s3_mixed.pdf", pagesize=A4)
    text(c, 50, 790, "交流事業の報告", "HeiseiKakuGo-W5", 14)
    numbered(c, 50, 760, ["姉妹都市との学生交流", "オンライン市民講座", "Exchange of city staff"], "HeiseiMin-W3", 11)
    y = 600
    for label, item in (("A", "Uptake of the bus pass rose by a third"), ("B", "Opening hours were extended"),
                        ("C", "Evening classes moved online")):
        text(c, 50, y, label); y -= 16
        text(c, 50, y, item); y -= 16
    c.save()


def s4():  # numbers at the left of lines: a margin number right over each paragraph's first letter, Courier
    c = canvas.Canvas(f"{OUT}/s4_margin_numbers.pdf", pagesize=A4)
    text(c, 72, 790, "Minutes of the Parks Committee", "Helvetica-Bold", 14)
    y = 760
    for n, para in enumerate(["Apologies were received from two members.", "The minutes of the last meeting were agreed.",
                              "Officers reported on the new play area."], 1):
        text(c, 72, y, f"{n}", "Courier", 10); y -= 14
        text(c, 72, y, para, "Courier", 10); y -= 14
        text(c, 72, y, "Noted without further comment.", "Courier", 10); y -= 22
    c.save()


def n1():  # near miss: a real vertical Japanese page, a -V font
    c = canvas.Canvas(f"{OUT}/n1_vertical_ja.pdf", pagesize=A4)
    c.setFont("HeiseiMin-W3-V", 12)
    x = 520
    for col in ["春の訪れとともに、川沿いの桜並木が色づき始めた。", "市では今年も花見の期間中に臨時バスを運行する。",
                "混雑が予想されるため、公共交通機関をご利用ください。", "ごみは各自でお持ち帰りいただくようお願いします。"]:
        c.drawString(x, 780, col)
        x -= 24
    c.save()


def n2():  # near miss: short vertical labels on a horizontal page (two kanji; a -V two-glyph label)
    c = canvas.Canvas(f"{OUT}/n2_vertical_label.pdf", pagesize=A4)
    text(c, 72, 790, "Notice to tenants", "Helvetica-Bold", 14)
    for k, line in enumerate(["The lifts will be serviced on Tuesday morning.", "Please use the stairs between 9 and 12.",
                              "We apologise for the inconvenience."]):
        text(c, 72, 760 - 16 * k, line)
    # two kanji drawn one under the other in a horizontal face, in the margin: a label
    text(c, 30, 700, "注", "HeiseiMin-W3", 11)
    text(c, 30, 688, "意", "HeiseiMin-W3", 11)
    c.setFont("HeiseiMin-W3-V", 11)
    c.drawString(560, 760, "目次")
    c.save()


def f1():  # a 7-pt foot on the Japanese pages (1, 3) only of four
    c = canvas.Canvas(f"{OUT}/f1_foot_ja.pdf", pagesize=A4)
    for p, (title, lines) in enumerate([("港町の国際交流", ["港町市では外国人観光客が年々増えている。", "案内表示を多言語化した。"]),
                                        ("International Exchange in a Port Town", ["Visitors from abroad rise each year.", "Signs are now in five languages."]),
                                        ("山間地域の移住促進", ["空き家を活用した移住支援を行っている。", "昨年は三十世帯が移住した。"]),
                                        ("Moving to the Mountains", ["Empty houses are offered to newcomers.", "Thirty households moved last year."])]):
        ja = p % 2 == 0
        font = "HeiseiMin-W3" if ja else "Helvetica"
        text(c, 50, 790, title, font, 15)
        for k, line in enumerate(lines):
            text(c, 50, 750 - 17 * k, line, font, 11)
        if ja:
            text(c, 50, 30, "地域交流フォーラム 2026 講演録", "HeiseiMin-W3", 7)
        c.showPage()
    c.save()


def f2():  # an English report: an 8-pt foot on pages 1 and 2 of four (3 and 4, an appendix, without it)
    c = canvas.Canvas(f"{OUT}/f2_foot_en.pdf", pagesize=A4)
    words = ["rents", "repairs", "heating", "gardens"]
    for p in range(1, 5):
        text(c, 60, 690, f"Part {p}: {words[p - 1].title()}", "Helvetica-Bold", 14)
        for k in range(4):
            text(c, 60, 660 - 15 * k, f"Finding {k + 1} on {words[p - 1]}, as tenants reported it in {2020 + k}.", "Times-Roman", 11)
        if p in (1, 2):
            text(c, 60, 40, "Westfield Housing Trust - Tenant Survey Report", "Times-Italic", 8)
        c.showPage()
    c.save()


def f3():  # top band: a 7-pt head on pages 2 and 4 of four
    c = canvas.Canvas(f"{OUT}/f3_head_ja.pdf", pagesize=A4)
    body = ["地域の清掃活動には毎回百人以上が参加している。", "子ども食堂は市内十か所に広がった。",
            "防災訓練に外国人住民も加わった。", "来年度は図書館での講座を増やす予定である。"]
    for p in range(1, 5):
        if p % 2 == 0:
            text(c, 50, 810, "市民活動レポート 第8号", "HeiseiKakuGo-W5", 7)
        text(c, 50, 690, f"第{p}章 地域の取り組み（{'春夏秋冬'[p - 1]}）", "HeiseiMin-W3", 14)
        text(c, 50, 660, body[p - 1], "HeiseiMin-W3", 11)
        c.showPage()
    c.save()


def n3():  # near miss: a small-print line that is content: a table's source note close under it at the foot, 2 of 4 pages
    c = canvas.Canvas(f"{OUT}/n3_note_content.pdf", pagesize=A4)
    for p in range(1, 5):
        text(c, 60, 690, f"Table {p}: households by district, {['north', 'south', 'east', 'west'][p - 1]} ward", "Helvetica-Bold", 13)
        y = 660
        for k in range(3):
            text(c, 60, y, f"Paragraph line {k + 1} on the {['north', 'south', 'east', 'west'][p - 1]} ward's {['schools', 'shops', 'parks'][k]}.", "Helvetica", 11); y -= 15
        y = 120
        for k in range(3):
            text(c, 60, y, f"District {k + 1}    {100 + 7 * k + p}    {200 - 3 * k}", "Helvetica", 11); y -= 15
        if p in (1, 3):
            text(c, 60, y + 4, "Source: City household survey 2025", "Helvetica", 7)
        c.showPage()
    c.save()


if __name__ == "__main__":
    OUT = sys.argv[1] if len(sys.argv) > 1 else "."
    for make in (s1, s2, s3, s4, n1, n2, f1, f2, f3, n3):
        make()
