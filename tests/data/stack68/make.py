"""Inputs of helper fix68j: a one-glyph line over the next line's first glyph (trial 68c's 記 over 日時), and near
misses (a two-kanji label down the margin, clear of the text; one set right against a line's start but with a gap)."""
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

for f in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
    pdfmetrics.registerFont(UnicodeCIDFont(f))
OUT = Path(__file__).parent  # also run to fill tests/data/stack68


def page(name, lines, font="HeiseiMin-W3"):
    c = canvas.Canvas(str(OUT / name))
    for x, y, size, text in lines:
        c.setFont(font, size)
        c.drawString(x, y, text)
    c.save()


# 1. a notice's 記 at the margin over 場所 (Gothic, 11 pt, pitch 18)
page("k1_ki_place.pdf", [
    (200, 780, 16, "説明会開催のご案内"),
    (60, 750, 11, "新しい制度について、次のとおり説明会を開催しますので、ご参加ください。"),
    (60, 732, 11, "記"),
    (60, 714, 11, "場所　中央公民館　第二会議室"),
    (60, 696, 11, "日程　令和７年２月３日　午後２時から"),
    (60, 678, 11, "以上"),
], font="HeiseiKakuGo-W5")
# 2. a rule's numeral 一 alone over its clause's first line (Mincho, 10.5 pt)
page("k2_ichi_clause.pdf", [
    (220, 780, 15, "自治会運営細則"),
    (60, 750, 10.5, "一"),
    (60, 734, 10.5, "本細則は、自治会の会議及び会計について必要な事項を定める。"),
    (60, 718, 10.5, "会議は会長が招集し、その議長となる。"),
])
# 3. a one-glyph heading 序 (14 pt) over the body's first line (10.5 pt) set under it
page("k3_jo_heading.pdf", [
    (60, 760, 14, "序"),
    (60, 740, 10.5, "本書は、地域の祭礼の歴史を記録するために編まれたものである。"),
    (60, 725, 10.5, "資料の多くは、町内の旧家に伝わる文書である。"),
])
# 4. kana: a lone お over the line of its item (a list's one-kana label)
page("k4_kana_label.pdf", [
    (200, 780, 15, "持ち物について"),
    (60, 750, 11, "ア"),
    (60, 734, 11, "雨具と水筒を持参してください。"),
    (60, 718, 11, "当日は動きやすい服装でお越しください。"),
])
# near miss 1: a two-kanji label 注意 down the left margin, clear of the text
page("n1_margin_label.pdf", [
    (30, 750, 11, "注"),
    (30, 739, 11, "意"),
    (80, 750, 11, "機械の運転中は、手を触れないでください。"),
    (80, 734, 11, "点検の際は、必ず電源を切ってください。"),
])
# near miss 2: a one-glyph line over another one-glyph line (a stack of two lone glyphs), a line far below
page("n2_two_lone.pdf", [
    (60, 760, 11, "甲"),
    (60, 744, 11, "乙"),
    (60, 700, 11, "上記の両者は、次のとおり契約を締結する。"),
])
# near miss 3: a two-kanji label 備考 set down against a line's start, a full em of white before the line
page("n3_label_by_line.pdf", [
    (60, 761, 11, "備"),
    (60, 750, 11, "考"),
    (82, 750, 11, "提出期限を過ぎた書類は受け付けません。"),
    (82, 734, 11, "詳しくは窓口にお問い合わせください。"),
])
