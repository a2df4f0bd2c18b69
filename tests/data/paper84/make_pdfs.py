"""Make paper84's inputs: reportlab two-column PDFs (run with the project venv)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
W, H = A4


def grid(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]


def page(name, title, columns, cut, latin_font="Times-Roman"):
    c = canvas.Canvas(name, pagesize=A4)
    c.setFont("HeiseiMin-W3", 14)
    c.drawString(60, H - 60, title)
    for col, paras in enumerate(columns):
        x, y = 50 + col * 260, H - 100
        for font, text in paras:
            for line in cut(text):
                c.setFont("HeiseiMin-W3" if font == "ja" else latin_font, 9)
                c.drawString(x, y, line)
                y -= 13
            y -= 8
    c.save()


ja1 = ("本研究では古文書の文字認識を扱う．近年の深層学習による手法は高い精度を示すが，"
       "字形の変化に弱いことが知られている．本稿ではその頑健性を評価し，改善の方向を論じる．")
ja2 = ("実験にはResNet50とVision Transformerを用い，学習データの字形変異を段階的に変えた．"
       "その結果，変異の大きい群で精度が大きく下がることがわかった．")
refs_ja = [("ja", "参考文献"),
           ("ja", "[1] 山田太郎：古典籍の文字認識，人文科学とコンピュータ，Vol.12，No.4，pp.33-41 (2020)．"),
           ("ja", "[2] Smith, J. and Brown, K.: Robust Recognition of Historical Handwriting, Pattern Recognition Letters, Vol.88 (2021)."),
           ("ja", "[3] Tanaka, H. et al.: Character Datasets for Premodern Japanese, Digital Humanities Quarterly (2019).")]
# 1: a Japanese paper cut every 24 characters, English references among them (Times)
page("grid_ja_refs.pdf", "古文書文字認識の頑健性について", [[("ja", ja1), ("ja", ja2)], refs_ja], lambda t: grid(t, 24))


def by_width(font, size, width):
    def cut(text):
        lines, cur = [], ""
        for word in text.split(" "):
            trial = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(trial, font, size) > width and cur:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        return lines + [cur]
    return cut


refs_en = [("en", "References"),
           ("en", "[1] Smith, J. and Brown, K.: Robust Recognition of Historical Handwriting, Pattern Recognition Letters, Vol.88, No.3, pp.12-19 (2021)."),
           ("en", "[2] Tanaka, H. et al.: Character Datasets for Premodern Japanese, Digital Humanities Quarterly, Vol.13 (2019)."),
           ("en", "[3] Lee, M.: A Survey of Optical Character Recognition for Classical Literature, ACM Computing Surveys (2018).")]
body_en = [("en", "Optical character recognition of historical documents remains hard because glyph shapes vary between "
                  "writers and periods. We evaluate how robust current deep models are to such variation."),
           ("en", "Group     CNN     ViT"), ("en", "small     97.8    98.3"), ("en", "large     79.5    82.0")]
# 2 (near miss): an English paper wrapped by width at spaces (Helvetica): every space stands, none is added
page("width_en_refs.pdf", "Robust Recognition", [body_en, refs_en], by_width("Helvetica", 9, 200), "Helvetica")
