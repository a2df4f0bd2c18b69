"""Inputs for helper paper67 (issue 16 point 2: papers' code listings, display equations, affiliation blocks).

Run: /work/wt/paper67/.venv/bin/python make_paper67.py  (writes the PDFs beside this script)."""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
W, H = A4
L = 72


class Page:
    def __init__(self, name):
        self.c = canvas.Canvas(str(HERE / name), pagesize=A4)
        self.y = H - 72

    def line(self, text, font="Helvetica", size=10, x=L, lead=None, centre=False):
        self.c.setFont(font, size)
        if centre:
            self.c.drawCentredString(W / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.y -= lead or size * 1.25

    def gap(self, pts=8):
        self.y -= pts

    def para(self, lines, font="Helvetica", size=10):
        for t in lines:
            self.line(t, font, size)
        self.gap()

    def new_page(self):
        self.c.showPage()
        self.y = H - 72

    def save(self):
        self.c.save()


def head(p, title, authors, affs, author_font="Helvetica", size=16):
    p.line(title, "Helvetica-Bold", size, centre=True, lead=26)
    p.line(authors, author_font, 11, centre=True, lead=16)
    for a in affs:
        p.line(a, "Helvetica-Oblique", 9, centre=True, lead=12)
    p.gap(14)


PROSE_A = ["Count data are common in many fields of applied research, and the Poisson model is the usual",
           "starting point for their analysis. We fit the model to the simulated data and look at the",
           "coefficients and their standard errors in the following way:"]
PROSE_B = ["The estimates agree with the values used for the simulation, and the standard errors are small",
           "enough for the test to reject the null hypothesis at the usual levels of significance."]


def code_prompt():
    """A Courier listing in Helvetica prose: R prompts, a continuation line, printed output; and a lone prompt line."""
    p = Page("p67_code_prompt.pdf")
    head(p, "Fitting Count Models in R", "Maria Lindqvist and Tomas Okafor", ["University of Example"])
    p.line("1 Introduction", "Helvetica-Bold", 12, lead=18)
    p.para(PROSE_A)
    for t in ["R> set.seed(123)", "R> x <- rnorm(250)", "R> fm <- glm(y ~ x + I(x^2),",
              "+   family = poisson)", "R> coef(fm)", "(Intercept)           x      I(x^2)",
              "     1.0633      0.9961     -0.0491"]:
        p.line(t, "Courier", 9.5, x=L + 10, lead=11.5)
    p.gap()
    p.para(PROSE_B)
    p.para(["A single command prints the summary of the fitted model, which we do not show here:"])
    p.line("R> summary(fm)", "Courier", 9.5, x=L + 10, lead=12)
    p.gap()
    p.para(["The summary repeats the coefficients together with the deviance of the model and the number",
            "of iterations that the fitting algorithm needed."])
    p.save()


def code_slanted():
    """TeX Sweave style: input in a slanted typewriter face, output upright, flush left, no prompt mark of R's."""
    p = Page("p67_code_slanted.pdf")
    head(p, "Testing for Structural Change", "Anna Berg", ["Institute of Statistics, Example University"])
    p.line("2 Data", "Helvetica-Bold", 12, lead=18)
    p.para(["The series is loaded and differenced before the test is applied, as shown below:"], "Times-Roman", 10.5)
    for t in ["> data(prices)", "> dwtest(dy ~ 1, data = prices)"]:
        p.line(t, "Courier-Oblique", 10, lead=12)
    p.gap(6)
    for t in ["        Durbin-Watson test", "", "data:  dy ~ 1", "DW = 1.0581, p-value < 2.2e-16"]:
        if t:
            p.line(t, "Courier", 10, lead=12)
        else:
            p.gap(4)
    p.gap()
    p.para(["In the autoregressive model given by"], "Times-Roman", 10.5)
    p.line("> ar.model <- dy ~ dy1 + dy2 + dy3", "Courier-Oblique", 10, lead=12)
    p.gap()
    p.para(["there is no remaining serial correlation in the residuals, and the test does not reject."],
           "Times-Roman", 10.5)
    p.save()


def code_near_miss():
    """Near misses: a command named inline on a prose line set mostly in Courier, a URL line in Courier; a quoted
    mail line opening on '> ' in the prose face."""
    p = Page("p67_code_near.pdf")
    head(p, "Notes on Software Availability", "Kenji Sato", ["Example Institute"])
    p.line("1 Availability", "Helvetica-Bold", 12, lead=18)
    p.para(["The package is available from the Comprehensive R Archive Network at the address"])
    p.line("https://CRAN.R-project.org/package=example", "Courier", 9.5, lead=12)
    p.gap()
    p.para(["and it can be installed in the usual way. A reader wrote to us:"])
    p.para(["> The package installs without any problems on my machine and works well."])
    p.para(["We thank the reader for this report and for the many suggestions that improved the package."])
    p.save()


def code_brace():
    """A function's listing ending on its closing brace alone at the left margin, the next paragraph's first letter
    set right under it (pdfminer stacks the two into a vertical line); once in Courier, once in Courier-Oblique."""
    p = Page("p67_code_brace.pdf")
    head(p, "Object-Oriented Computation of Estimators", "Lena Fischer", ["Example University"])
    p.line("4.2 The meat", "Helvetica-Bold", 12, lead=18)
    p.para(["As a simple example, the most important steps of the method are"])
    for t in ["estfun.lm <- function(obj, ...)", "{", "  wts <- weights(obj)",
              "  residuals(obj) * wts * model.matrix(obj)", "}"]:
        p.line(t, "Courier", 10, lead=12)
    p.gap(6)
    p.para(["The actual function in the package is much more complex, as it also handles weights and offsets",
            "in the models that are fitted by other packages."])
    p.para(["Outer product estimators are built on the estimating functions in this way:"])
    for t in ["meat <- function(obj, ...)", "{", "  psi <- estfun(obj)", "  crossprod(psi) / NROW(psi)", "}"]:
        p.line(t, "Courier-Oblique", 10, lead=12)
    p.gap(6)
    p.para(["For computing other estimates, the argument could also be set to another function that returns",
            "a matrix of the right dimension."])
    p.save()


def stack_near_miss():
    """Near miss for the brace's rule: a chart's curve labels stacked one over another (pdfminer's vertical line),
    touching no line of text on their baselines, and a brace alone over a line that starts further right."""
    p = Page("p67_stack_near.pdf")
    head(p, "Curves of Growth", "Ivan Petrov", ["Example University"])
    p.para(["The figure below shows the two growth curves that are compared in this section of the paper."])
    p.c.setFont("Helvetica", 9)
    p.c.drawString(300, p.y - 10, "A")
    p.c.drawString(300, p.y - 22, "B")
    p.y -= 40
    p.line("}", "Courier", 10, lead=12)
    p.para(["    The growth of both curves slows down after the tenth year of the observation period."])
    p.save()


def marks(name, authors, affs, mark_font="DejaVuSans"):
    """Authors side by side, each with a footnote symbol in a small size, over affiliation lines each opening on a
    mark the extraction reads differently (a bitmap font's own Unicode map: lmtest's daggers read ❸ ❹)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    p = Page(name)
    p.line("Diagnostic Checking in Regression Relationships", "Helvetica-Bold", 16, centre=True, lead=28)
    xs = [W / 2 - 90 - 40 * (len(authors) - 2), W / 2 + 60]
    if len(authors) == 3:
        xs = [110, 250, 390]
    for x, (person, mark) in zip(xs, authors):
        p.c.setFont("Helvetica", 11)
        p.c.drawString(x, p.y, person)
        p.c.setFont("Helvetica", 7)
        p.c.drawString(x + pdfmetrics.stringWidth(person, "Helvetica", 11) + 0.5, p.y + 4, mark)
    p.y -= 18
    for mark, aff in affs:
        x = W / 2 - pdfmetrics.stringWidth(aff, "Helvetica-Oblique", 9) / 2
        p.c.setFont(mark_font, 9)
        p.c.drawString(x - pdfmetrics.stringWidth(mark, mark_font, 9), p.y, mark)
        p.c.setFont("Helvetica-Oblique", 9)
        p.c.drawString(x, p.y, aff)
        p.y -= 12
    p.gap(16)
    p.line("1 Introduction", "Helvetica-Bold", 12, lead=18)
    p.para(["The classical linear regression model is still one of the most popular tools for data analysis",
            "despite its simple structure, and many diagnostic tests have been developed for it."])
    p.save()


def equation():
    """A centred display equation with its number at the right margin, between prose lines."""
    p = Page("p67_equation.pdf")
    head(p, "A Note on Linear Regression", "Jonas Weber", ["Department of Economics, Example University"])
    p.line("1 Model", "Helvetica-Bold", 12, lead=18)
    p.para(["The classical linear regression model"])
    p.c.setFont("Times-Italic", 10)
    p.c.drawCentredString(W / 2, p.y, "y = X b + u")
    p.c.setFont("Times-Roman", 10)
    p.c.drawRightString(W - L, p.y, "(1)")
    p.y -= 20
    p.para(["is still one of the most popular tools for data analysis, despite its simple structure and the",
            "strong assumptions that it makes about the errors of the model."])
    p.para(["The ordinary least squares estimate of the coefficients is then given by"])
    p.c.setFont("Times-Italic", 10)
    p.c.drawCentredString(W / 2, p.y, "b = (X'X)^-1 X'y,")
    p.c.setFont("Times-Roman", 10)
    p.c.drawRightString(W - L, p.y, "(2)")
    p.y -= 20
    p.para(["where X is the matrix of the regressors and y the vector of the responses."])
    p.save()


def equation_pieces():
    """Displays set in pieces as TeX sets them (sub- and superscripts in a smaller size off the baseline), their
    numbers at the right margin; a near miss: a number in brackets alone on a line of its own under a sentence."""
    p = Page("p67_equation_pieces.pdf")
    head(p, "Diagnostic Tests for Regression", "Jonas Weber", ["Department of Economics, Example University"])
    p.line("1 Introduction", "Helvetica-Bold", 12, lead=18)
    p.para(["The classical linear regression model"], "Times-Roman", 10)
    x, y = 220, p.y
    for text, font, size, dy in [("y", "Times-Italic", 10, 0), ("i", "Times-Italic", 7, -2.5),
                                 (" = x", "Times-Italic", 10, 0), ("T", "Times-Roman", 7, 4), ("i", "Times-Italic", 7, -2.5),
                                 (" b + u", "Times-Italic", 10, 0), ("i", "Times-Italic", 7, -2.5),
                                 ("      (i = 1, . . . , n)", "Times-Roman", 10, 0)]:
        p.c.setFont(font, size)
        p.c.drawString(x, y + dy, text)
        if dy <= 0 or text != "T":  # a superscript and the subscript under it stand at one x (TeX's x^T_i)
            x += p.c.stringWidth(text, font, size)
    p.c.setFont("Times-Roman", 10)
    p.c.drawRightString(W - L, y, "(1)")
    p.y -= 22
    p.para(["is still one of the most popular tools for data analysis despite its simple structure. The",
            "residuals of the fitted model are given by"], "Times-Roman", 10)
    x, y = 240, p.y
    for text, font, size, dy in [("e", "Times-Italic", 10, 0), ("i", "Times-Italic", 7, -2.5),
                                 (" = y", "Times-Italic", 10, 0), ("i", "Times-Italic", 7, -2.5),
                                 (" - x", "Times-Italic", 10, 0), ("T", "Times-Roman", 7, 4), ("i", "Times-Italic", 7, -2.5),
                                 (" b,", "Times-Italic", 10, 0)]:
        p.c.setFont(font, size)
        p.c.drawString(x, y + dy, text)
        if dy <= 0 or text != "T":  # a superscript and the subscript under it stand at one x (TeX's x^T_i)
            x += p.c.stringWidth(text, font, size)
    p.c.setFont("Times-Roman", 10)
    p.c.drawRightString(W - L, y, "(2.1)")
    p.y -= 22
    p.para(["and they are used by all the tests that are described in the following sections, as in"],
           "Times-Roman", 10)
    p.line("(3)", "Times-Roman", 10)
    p.gap()
    p.para(["The number above stands alone under the sentence and is no display's number."], "Times-Roman", 10)
    p.save()


def affiliation_after_refs(name, label, lines_after, lang="en"):
    p = Page(name)
    head(p, "Robust Covariance Estimation for Panel Data", "Hanna Schmidt", ["University of Example"])
    p.line("1. Introduction", "Helvetica-Bold", 12, lead=18)
    p.para(["Covariance matrix estimators that are robust to heteroskedasticity are widely used in applied",
            "work. This note describes their computation for panel data models (Smith 2001)."])
    p.line("References", "Helvetica-Bold", 12, lead=18)
    for r in ["Smith J (2001). \u201cPanel Data Methods.\u201d Journal of Examples, 3(2), 1\u201317.",
              "Jones K, Brown L (2005). Applied Regression Analysis. Example Press, Berlin."]:
        p.line(r, "Helvetica", 10, lead=14)
    p.gap(16)
    p.line(label, "Helvetica-Bold", 10, lead=13)
    for t in lines_after:
        p.line(t, "Helvetica", 10, lead=13)
    p.save()


if __name__ == "__main__":
    code_prompt()
    code_slanted()
    code_near_miss()
    code_brace()
    stack_near_miss()
    equation_pieces()
    marks("p67_marks_dingbat.pdf", [("Achim Zeileis", "\u2020"), ("Torsten Hothorn", "\u2021")],
          [("\u2778", "Institut f\u00fcr Statistik, Technische Universit\u00e4t Wien, Austria"),
           ("\u2779", "Institut f\u00fcr Medizininformatik, Universit\u00e4t Erlangen-N\u00fcrnberg, Germany")])
    marks("p67_marks_circled.pdf", [("Maria Lindqvist", "*"), ("Tomas Okafor", "\u2020"), ("Anna Berg", "\u2021")],
          [("\u2720", "Department of Statistics, University of Bergen, Norway"),
           ("\u2722", "School of Economics, Kobe University, Japan"),
           ("\u2723", "Institute of Ports, Hamburg, Germany")])
    marks("p67_marks_near.pdf", [("Achim Zeileis", "\u2020"), ("Torsten Hothorn", "\u2021")],
          [("\u2778", "Institut f\u00fcr Statistik, Technische Universit\u00e4t Wien, Austria")])
    equation()
    affiliation_after_refs("p67_affil_after_refs.pdf", "Affiliation:",
                           ["Hanna Schmidt", "Department of Statistics", "University of Example",
                            "Examplestr. 15", "6020 Example City, Austria", "E-mail: Hanna.Schmidt@example.org",
                            "URL: https://www.example.org/~schmidt/"])
    affiliation_after_refs("p67_affils_after_refs.pdf", "Affiliations:",
                           ["Hanna Schmidt", "University of Example", "E-mail: h.schmidt@example.org", "",
                            "Peter Novak", "Institute for Advanced Studies", "Vienna, Austria"])
    affiliation_after_refs("p67_refs_near.pdf", "Smith J (2009). \u201cAffiliation: A Study of Networks.\u201d",
                           ["Journal of Examples, 9(1), 1\u201320."])
