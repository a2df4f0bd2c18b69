"""Made-up papers for helper paper85 (authors with marks over affiliations; a table's header over its rows)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
JA = "HeiseiMin-W3"
W, H = A4
OUT = sys.argv[1] if len(sys.argv) > 1 else "."

def centred(c, y, text, font, size):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)

def lines(c, x, y, rows, font, size, lead):
    c.setFont(font, size)
    for r in rows:
        c.drawString(x, y, r)
        y -= lead
    return y

def heading(c, y, text):
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, text)
    return y - 16

def table(c, x, y, rows, xs, font, size, lead):
    c.setFont(font, size)
    for r in rows:
        for cell, dx in zip(r, xs):
            c.drawString(x + dx, y, cell)
        y -= lead
    return y

def ja_two_column(path, authors, affs, body_note=None, head=("地区", "調査", "推定"), firsts=("北浜", "南浜", "西浜"), cap_x=328, left=None, row_lead=12, cap="表1　地区別の被害面積（ha）"):
    c = canvas.Canvas(path, pagesize=A4)
    centred(c, H - 70, "海岸林の被害推定における衛星画像の活用", JA, 15)
    centred(c, H - 100, authors, JA, 10.5)
    y = H - 118
    for a in affs:
        centred(c, y, a, JA, 8.5)
        y -= 12
    y -= 10
    y = lines(c, 60, y, ["概要：本稿では，台風による海岸林の被害を衛星画像から推定する方法を提案し，現地調査と比較する．",
                         "その結果，被害面積の推定誤差は一割以内であった．"], JA, 9, 13)
    y -= 16
    left = left or ["1. はじめに", "", "　海岸林は飛砂や潮風を防ぐ役割を持つが，台風", "による被害の把握には多くの人手を要する．本稿",
            "では衛星画像から被害を推定する方法を述べる．", "現地調査は三つの地区で行った．" + (body_note or ""),
            "", "2. 方法", "", "　被災前後の画像の差から倒木の範囲を推定し，", "地区ごとに面積を求めた．推定には同じ季節の画",
            "像を用いた．"]
    lines(c, 50, y, left, JA, 9, 13)
    ry = y
    right = ["3. 結果", "", "　表1に，地区ごとの被害面積を示す．推定値は", "現地調査とよく一致した．", ""]
    ry = lines(c, 308, ry, right, JA, 9, 13)
    c.setFont(JA, 8.5)
    c.drawString(cap_x, ry, cap)
    ry -= row_lead + 2 if row_lead == 12 else row_lead
    ry = table(c, 318, ry, [list(head), [firsts[0], "12.4", "11.9"], [firsts[1], "8.1", "8.6"], [firsts[2], "5.3", "5.0"]],
               [0, 70, 130], JA, 8.5, row_lead)
    ry -= 10
    lines(c, 308, ry, ["4. おわりに", "", "　衛星画像による被害推定の有効性を示した．", "今後は樹種ごとの推定を検討する．"], JA, 9, 13)
    if body_note:
        c.setFont(JA, 7.5)
        c.drawString(50, 80, "†1 2025年9月の現地調査による．")
    c.showPage()
    c.save()

def en_one_column(path, authors, affs, caption_under=False, head=("Site", "Flushing (d)", "Retention"), firsts=("Avon", "Exe", "Teign"), cap_x=150,
                  cap="Table 1: Retention of nitrogen by site (%)"):
    c = canvas.Canvas(path, pagesize=A4)
    centred(c, H - 80, "Tidal Flushing and Nutrient Retention in Small Estuaries", "Helvetica-Bold", 15)
    centred(c, H - 108, authors, "Helvetica", 11)
    y = H - 126
    for a in affs:
        centred(c, y, a, "Helvetica", 9)
        y -= 12
    y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y, "Abstract")
    y -= 13
    y = lines(c, 72, y, ["We measured nutrient retention in four small estuaries over two tidal cycles and relate it",
                         "to the flushing time of each basin. Retention fell as flushing time shortened."], "Helvetica", 9, 12)
    y -= 16
    y = heading(c, y, "1 Introduction")
    y = lines(c, 72, y, ["Small estuaries retain a share of the nitrogen their rivers carry. How large that share is",
                         "depends on how quickly the tide renews the water in the basin."], "Helvetica", 10, 13)
    y -= 10
    y = heading(c, y, "2 Results")
    y = lines(c, 72, y, ["Table 1 gives the retention measured at each site."], "Helvetica", 10, 13)
    y -= 12
    if not caption_under:
        c.setFont("Helvetica", 9)
        c.drawString(cap_x, y, cap)
        y -= 15
    y = table(c, 140, y, [list(head), [firsts[0], "2.1", "18"], [firsts[1], "3.4", "27"],
                          [firsts[2], "1.2", "9"]], [0, 110, 230], "Helvetica", 9, 12)
    if caption_under:
        y -= 3
        c.setFont("Helvetica", 9)
        c.drawString(cap_x, y, cap)
        y -= 12
    y -= 14
    y = heading(c, y, "3 Conclusion")
    lines(c, 72, y, ["Retention grows with flushing time in the basins measured."], "Helvetica", 10, 13)
    c.showPage()
    c.save()

if __name__ == "__main__":
    ja_two_column(f"{OUT}/ja2col_dagger.pdf", "山田　太郎†1　　佐藤　花子†2　　鈴木　一郎†1",
                  ["†1 東西大学大学院工学研究科", "†2 南北森林研究所"])
    ja_two_column(f"{OUT}/ja2col_oneauthor.pdf", "山田　太郎（東西大学）", [], body_note="†1")
    en_one_column(f"{OUT}/en1col_super.pdf", "Anna Smith¹, Brian Jones², Carla Reyes¹",
                  ["¹ University of Exeter, UK", "² Plymouth Marine Laboratory, UK"])
    en_one_column(f"{OUT}/en1col_star_under.pdf", "Alice Brown*, Carl Green†",
                  ["* Department of Geography, University of Bristol", "† Marine Biological Association, Plymouth"],
                  caption_under=True)
    # a one-letter header cell under a caption that starts right of it, over first cells wider than it: the caption
    # bridges the table's first channel (trial 84b's kind)
    ja_two_column(f"{OUT}/ja2col_narrowhead.pdf", "高橋　美咲†1　　村上　慎也†2",
                  ["†1 北西大学理学部", "†2 東南気象研究所"], head=("区", "調査", "推定"),
                  firsts=("北浜地区", "南浜地区", "西浜地区"), cap_x=330, row_lead=13, cap="表1　地区別の被害面積の調査値と推定値（ha）",
                  # the left column's lines on the right column's baselines, the table's rows among them (as trial 84b)
                  left=["1. はじめに", "", "　海岸林は飛砂や潮風を防ぐ役割を持つが，台風", "による被害の把握には多くの人手を要する．本稿",
                        "では衛星画像から被害を推定する方法を述べる．", "現地調査は三つの地区で行った．被災前後の画",
                        "像の差から倒木の範囲を推定し，地区ごとに面積", "を求めた．推定には同じ季節の画像を用いた．",
                        "調査地区はいずれも砂丘の上に立つ松林である．", "各地区で十本の標本木を選んで測った．", "",
                        "2. 方法", "", "　画像は雲の少ない日のものを選んだ．"])
    en_one_column(f"{OUT}/en1col_narrowhead.pdf", "A. Smith†1, B. Jones†2",
                  ["†1 University of Exeter, UK", "†2 Plymouth Marine Laboratory, UK"], head=("ID", "Flushing (d)", "Retention"),
                  firsts=("Avon-A1", "Exe-B2", "Teign-C3"), cap_x=155,
                  cap="Table 1: Retention of nitrogen by site and flushing time of the basin (%)")
    en_one_column(f"{OUT}/en1col_narrowhead_under.pdf", "Anna Smith¹, Brian Jones²",
                  ["¹ University of Exeter, UK", "² Plymouth Marine Laboratory, UK"], head=("ID", "Flushing (d)", "Retention"),
                  firsts=("Avon-A1", "Exe-B2", "Teign-C3"), cap_x=155, caption_under=True,
                  cap="Table 1: Retention of nitrogen by site and flushing time of the basin (%)")
    en_one_column(f"{OUT}/en1col_single.pdf", "Anna Smith", ["University of Exeter, UK"])
