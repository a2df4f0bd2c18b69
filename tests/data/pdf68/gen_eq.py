"""Display equations a PDF breaks into pieces (helper pdf68, issue 16 point 4; the JSS-style vignettes of
/work/regress/real66b): a big operator's limits over and under the display's line, a fraction's numerator and
denominator, glyphs set apart on the display's line (pdfminer parts them by TABs), the display's number flush right.
Run: python gen_eq.py (reportlab)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
W, H = A4
F = "Times-Roman"


def page(c, items, font=F):
    """items: ("p", y, text) a prose line at the margin; ("m", x, y, text, size) a piece of a display."""
    for it in items:
        if it[0] == "p":
            c.setFont(font, 10); c.drawString(72, it[1], it[2])
        elif it[0] == "h":
            c.setFont("Times-Bold", 12); c.drawString(72, it[1], it[2])
        elif it[0] == "n":  # a display's number, flush right at the prose's right edge
            c.setFont(F, 10); c.drawRightString(RIGHT, it[1], it[2])
        else:
            _, x, y, text, size = it
            c.setFont(F, size); c.drawString(x, y, text)


def sum_display(y, lhs, body, cond, number, upper="k+n", lower="i=k+1", reach=11):
    """A sum's display: its limits over and under the sign (``reach`` points), the body's glyphs set apart, the number
    flush right."""
    return [("m", 190, y + reach, upper, 7), ("m", 150, y, lhs, 10), ("m", 195, y, "S", 14), ("m", 215, y, body, 10),
            ("m", 300, y, cond, 10), ("n", y, number), ("m", 188, y - reach, lower, 7)]


def fraction_display(y, lhs, top, bottom, number):
    return [("m", 230, y + 8, top, 10), ("m", 170, y, lhs, 10), ("m", 228, y + 3, "_" * 14, 10), ("m", 330, y, ".", 10),
            ("n", y, number), ("m", 232, y - 9, bottom, 10)]


def en_paper(name, title, parts):
    c = canvas.Canvas(name, pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 14); c.drawString(72, 790, title)
    y = 760
    items = []
    for kind, *rest in parts:
        if kind == "p":
            items.append(("p", y, rest[0])); y -= 12
        elif kind == "h":
            y -= 6; items.append(("h", y, rest[0])); y -= 16
        elif kind == "sum":
            y -= 14; items += sum_display(y, *rest); y -= 26
        elif kind == "frac":
            y -= 14; items += fraction_display(y, *rest); y -= 26
    page(c, items)
    c.showPage(); c.save()


PROSE = ["Structural change in a regression model is tested on the residuals of the model fitted to the whole",
         "sample, and the tests differ in the process they compute from those residuals and in the boundary",
         "they draw around it. A process that crosses its boundary shows a change in the coefficients."]

RIGHT = 72 + max(pdfmetrics.stringWidth(t, F, 10) for t in PROSE)

en_paper("eq_sum_en.pdf", "Testing for Structural Change", [
    ("h", "1 The model"), *[("p", t) for t in PROSE],
    ("p", "The recursive CUSUM process is defined by"),
    ("sum", "W(t) =", "u / s", "(0 < t < 1),", "(7)"),
    ("p", "where s is the standard deviation of the recursive residuals and the sum runs over the first part of"),
    ("p", "the sample only. Under the null hypothesis the process converges to a Brownian motion."),
])
en_paper("eq_fraction_en.pdf", "Chow Tests for a Known Break", [
    ("h", "2 F tests"), *[("p", t) for t in PROSE],
    ("p", "The null hypothesis is rejected if the statistic"),
    ("frac", "F =", "u'u - e'e", "e'e / (n - 2k)", "(23)"),
    ("p", "is too large, where e are the residuals from the full model and u those from the restricted model, in"),
    ("p", "which the coefficients are the same before and after the break."),
])
en_paper("eq_two_en.pdf", "Moving Sums of Residuals", [
    ("h", "3 MOSUM processes"), *[("p", t) for t in PROSE],
    ("p", "The moving sums of the recursive and of the OLS residuals are, for a bandwidth h,"),
    ("sum", "M(t) =", "u / s", "(0 < t < 1 - h)", "(10)", "k+m+h", "i=k+m+1"),
    ("sum", "N(t) =", "v / s", "(0 < t < 1 - h)", "(12)", "m+h", "i=m+1"),
    ("p", "and both converge to the increments of a Brownian motion over a window of the given width."),
])

en_paper("eq_two_frac_en.pdf", "Wald and Score Statistics", [
    ("h", "2 Two statistics"), *[("p", t) for t in PROSE],
    ("p", "For a break at a known point the Wald and the score statistics are"),
    ("frac", "W =", "(b1 - b2)^2", "v1 + v2", "(8)"),
    ("frac", "L =", "s'(b) s(b)", "n h (1 - h)", "(9)"),
    ("p", "and both are compared with the quantiles of a chi-squared distribution with k degrees of freedom."),
])
en_paper("eq_sum_frac_en.pdf", "Boundaries of Fluctuation Processes", [
    ("h", "4 Boundaries"), *[("p", t) for t in PROSE],
    ("p", "The process and the statistic computed from it are"),
    ("sum", "Y(t) =", "x e / s", "(0 < t < 1),", "(14)", "n", "i=1"),
    ("frac", "S =", "max |Y(t)|", "f(t)", "(20)"),
    ("p", "where the maximum is taken over the whole sample and f is the shape of the boundary."),
])

# Japanese prose around the display
c = canvas.Canvas("eq_sum_ja.pdf", pagesize=A4, invariant=1)
c.setFont("HeiseiMin-W3", 14); c.drawString(72, 790, "構造変化の検定")
JA = ["回帰モデルの係数が期間中に変化したかどうかは、全期間で推定したモデルの残差から作る過程によって",
      "検定する。過程が境界を越えれば、係数に変化があったとみなす。累積和過程は次のように定義される。"]
items = [("p", 760, JA[0]), ("p", 748, JA[1])] + sum_display(720, "W(t) =", "u / s", "(0 < t < 1),", "(7)") + \
        [("p", 690, "ここで、sは再帰的残差の標準偏差である。帰無仮説の下で、この過程はブラウン運動に収束する。")]
page(c, items, font="HeiseiMin-W3")
c.showPage(); c.save()

# Near misses: a small table of letters and numbers in cells (no formula, no display's number) and a prose line ending
# on a citation's bracket before a display
en_paper("near_eq_table_en.pdf", "Sample Sizes by Group", [
    ("h", "1 Data"), *[("p", t) for t in PROSE],
    ("p", "The groups and their sizes were as follows."),
])
c = canvas.Canvas("near_eq_table_en.pdf", pagesize=A4, invariant=1)
c.setFont("Times-Bold", 14); c.drawString(72, 790, "Sample Sizes by Group")
items = [("h", 766, "1 Data")] + [("p", 748 - 12 * k, t) for k, t in enumerate(PROSE)] + \
        [("p", 712, "The groups and their sizes were as follows.")]
for k, row in enumerate([("A", "n = 12", "x < 3"), ("B", "n = 15", "x < 5"), ("C", "n = 9", "x < 4")]):
    for x, cell in zip((200, 280, 380), row):
        items.append(("m", x, 694 - 11 * k, cell, 10))
items.append(("p", 650, "Group C was the smallest, as two of its sites closed during the survey."))
page(c, items)
c.showPage(); c.save()
