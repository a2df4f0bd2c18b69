"""PDF inputs of helper fix68i (run with the shared venv: reportlab)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
W, H = A4


def page(name, rows):
    c = canvas.Canvas(name, pagesize=A4)
    y = H - 72
    for f, s, t, x in rows:
        c.setFont(f, s)
        if x == "c":
            c.drawCentredString(W / 2, y, t)
        elif x == "r":
            c.drawRightString(W - 72, y, t)
        else:
            c.drawString(72, y, t)
        y -= s * 1.8
    c.save()


M, G = "HeiseiMin-W3", "HeiseiKakuGo-W5"
# a notice with labelled items, 以上 then its signer (trial 68c's notice.pdf, other words)
page("i4_notice_signer.pdf", [(G, 16, "臨時休館のお知らせ", "c"), (M, 11, "空調設備の改修工事のため、下記のとおり臨時に休館いたします。", "l"),
                              (M, 11, "記", "c"), (M, 11, "期間　令和７年９月１日から９月５日まで", "l"),
                              (M, 11, "対象　中央公民館", "l"), (M, 11, "以上", "r"), (M, 11, "中央公民館長　森田　一", "r")])
# a notice whose 以上 is the PDF's last line
page("i5_notice_last.pdf", [(G, 16, "水道メーター交換のお知らせ", "c"), (M, 11, "令和７年１０月１日", "r"),
                            (M, 11, "下記の区域で水道メーターを交換します。作業中は断水しません。", "l"), (M, 11, "記", "c"),
                            (M, 11, "区域　若葉町三丁目", "l"), (M, 11, "期間　１０月中旬", "l"), (M, 11, "以上", "r")])
