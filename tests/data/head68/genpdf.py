# -*- coding: utf-8 -*-
"""Inputs of helper head68: PDFs whose bold or larger short line heads a list of short lines, and near misses."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
W, H = A4
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))


def card(name, lines, foot=None):
    c = canvas.Canvas(name, pagesize=A4, invariant=1)
    y = H - 80
    for f, s, t in lines:
        if t:
            c.setFont(f, s); c.drawString(72, y, t)
        y -= s + 8
    if foot:
        c.setFont("Helvetica", 8); c.drawCentredString(W / 2, 40, foot)
    c.showPage(); c.save()


B, R = "Helvetica-Bold", "Helvetica"
# a how-to sheet: Materials over short lines, Steps over numbered sentences
card("head68_pdf_birdbox_howto_en.pdf", [
    (B, 16, "How to Build a Simple Bird Box"),
    (R, 10, "Prepared by the Greenway Volunteers"),
    (B, 12, "Materials"),
    (R, 11, "One pine board, 150 mm wide"),
    (R, 11, "Twenty 30 mm screws"),
    (R, 11, "Wood glue"),
    (R, 11, "Sandpaper"),
    (B, 12, "Steps"),
    (R, 11, "Cut the board into six pieces following the plan on the back of this sheet."),
    (R, 11, "Drill a 32 mm entrance hole in the front piece, about 125 mm from the base."),
    (R, 11, "Glue and screw the sides to the back, then add the base and the front."),
    (R, 11, "Fix the roof with a strip of rubber so that it can be lifted for cleaning."),
])
# a Japanese recipe card: 材料 over its ingredient lines, 作り方 over its text
J, JB = "HeiseiMin-W3", "HeiseiKakuGo-W5"
card("head68_pdf_nikujaga_card_ja.pdf", [
    (JB, 16, "肉じゃが（４人分）"),
    (J, 10, "みどり台公民館　料理教室より"),
    (JB, 13, "材料"),
    (J, 11, "じゃがいも　４個"),
    (J, 11, "牛肉　２００ｇ"),
    (J, 11, "玉ねぎ　１個"),
    (J, 11, "しょうゆ　大さじ３"),
    (JB, 13, "作り方"),
    (J, 11, "じゃがいもは皮をむいて一口大に切り、水にさらす。玉ねぎはくし形に切る。"),
    (J, 11, "鍋に油を熱して牛肉を炒め、色が変わったら野菜を加えて炒め合わせる。"),
    (J, 11, "だし汁と調味料を加え、落としぶたをして弱火で二十分煮る。"),
])
# a datasheet: larger (not bold) headings over label/value lines and over short feature lines
card("head68_pdf_sensor_datasheet_en.pdf", [
    (B, 18, "TX-200 Temperature Sensor"),
    (R, 10, "Product datasheet, revision C"),
    (R, 14, "Features"),
    (R, 10, "Waterproof stainless probe"),
    (R, 10, "Range from -40 to 125 C"),
    (R, 10, "Three-wire connection"),
    (R, 14, "Electrical characteristics"),
    (R, 10, "Supply voltage: 3.0 to 5.5 V"),
    (R, 10, "Supply current: 1.5 mA"),
    (R, 10, "Accuracy: 0.5 C"),
    (R, 14, "Ordering"),
    (R, 10, "Order the sensor by its part number from any of our distributors, who also stock the cable."),
])
# a club sheet: a bold heading over a list of names' tasks without a title-like line over it
card("head68_pdf_packing_list_en.pdf", [
    (B, 16, "Summer Camp Packing List"),
    (R, 10, "Riverside Scouts, July 2026"),
    (B, 12, "Clothes"),
    (R, 11, "Two warm jumpers"),
    (R, 11, "Waterproof jacket"),
    (R, 11, "Walking boots"),
    (B, 12, "Kit"),
    (R, 11, "Sleeping bag"),
    (R, 11, "Torch with spare batteries"),
    (R, 11, "Water bottle"),
    (B, 12, "Please note"),
    (R, 11, "Mobile phones stay in the leaders' tent and can be used in the evening only."),
])


def para_card(name, rows):
    """rows: (list of (font, text) pieces, size): pieces drawn one after another on a line."""
    c = canvas.Canvas(name, pagesize=A4, invariant=1)
    y = H - 80
    for pieces, s in rows:
        x = 72
        for f, t in pieces:
            c.setFont(f, s); c.drawString(x, y, t); x += pdfmetrics.stringWidth(t, f, s)
        y -= s + 8
    c.showPage(); c.save()


# near miss: a bold first word opening each paragraph (run in), and short lines after
para_card("head68_near_pdf_bold_lead_en.pdf", [
    ([(B, "Parish Council Notes")], 16),
    ([(R, "From the clerk's office")], 10),
    ([(B, "Note"), (R, ": the hall is closed")], 11),
    ([(R, "on Monday")], 11),
    ([(R, "for repairs")], 11),
    ([(B, "Parking"), (R, " on the green is not allowed during the fair, and cars left there will be")], 11),
    ([(R, "moved at the owner's cost. Please use the school car park instead.")], 11),
])
# near miss: a bold table header over its rows
c = canvas.Canvas("head68_near_pdf_table_header_en.pdf", pagesize=A4, invariant=1)
y = H - 80
c.setFont(B, 16); c.drawString(72, y, "Library Opening Hours"); y -= 24
c.setFont(R, 11); c.drawString(72, y, "The library keeps these hours from 1 September until the end of the school year."); y -= 22
for f, row in ((B, ("Day", "Opens", "Closes")), (R, ("Monday", "9:00", "17:00")), (R, ("Tuesday", "9:00", "19:00")),
               (R, ("Saturday", "10:00", "13:00"))):
    c.setFont(f, 11)
    for x, cell in zip((72, 220, 320), row):
        c.drawString(x, y, cell)
    y -= 18
c.setFont(R, 11); c.drawString(72, y - 10, "The library is closed on Sundays and on public holidays throughout the year.")
c.showPage(); c.save()

# near miss: a letter whose bold sender's name stands over its address lines
card("head68_near_pdf_letterhead_en.pdf", [
    (B, 14, "Greenway Volunteers"),
    (R, 10, "12 Mill Lane"),
    (R, 10, "Oakfield OX1 2AB"),
    (R, 10, "3 March 2026"),
    (R, 11, "Dear Mrs Patel,"),
    (R, 11, "Thank you for lending us your barn for the tree nursery this winter. The saplings are doing well and"),
    (R, 11, "will be planted along the river path in November."),
    (R, 11, "Yours sincerely,"),
    (B, 11, "Anna Clarke"),
    (R, 11, "Secretary"),
    (R, 11, "Greenway Volunteers"),
])
