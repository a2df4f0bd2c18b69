"""Made-up PDFs for helper pdf84 (issue 16: PDF tables, titles, doubled rows). Run: python make_pdfs.py"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
W, H = A4


def page_furniture(c, head, foot, font="Helvetica"):
    c.setFont(font, 8)
    c.drawString(56, H - 38, head)
    c.drawCentredString(W / 2, 28, foot)


def table(c, y, rows, xs, font="Helvetica", size=9.5, pitch=16, header_font="Helvetica-Bold"):
    for k, row in enumerate(rows):
        c.setFont(header_font if k == 0 else font, size)
        for x, cell in zip(xs, row):
            c.drawString(x, y, cell)
        y -= pitch
    return y


def para(c, y, lines, font="Helvetica", size=10, lead=14, x=56):
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= lead
    return y


def en_manual():
    c = canvas.Canvas("en_manual_table.pdf", pagesize=A4)
    page_furniture(c, "BrewMaster 20 Espresso Machine — Owner's Guide", "Kessler Home GmbH · Page 1")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, H - 80, "Chapter 6  Descaling the Machine")
    y = para(c, H - 110, ["Hard water leaves limescale in the boiler and the pipes. Descale the machine every two",
                          "months, or sooner when the descale light flashes."])
    c.setFont("Helvetica-Bold", 12); c.drawString(56, y - 10, "6.1  What you need"); y -= 30
    y = para(c, y, ["A descaling tablet, a container of at least one litre and a soft cloth."])
    c.setFont("Helvetica-Bold", 12); c.drawString(56, y - 10, "6.2  Descaling step by step"); y -= 30
    y = para(c, y, ["1. Empty the drip tray and fill the tank with warm water.",
                    "2. Dissolve one tablet in the tank and wait until it has stopped fizzing.",
                    "2. Dissolve one tablet in the tank and wait until it has stopped fizzing.",
                    "3. Place the container under the spout and hold the steam button for ten seconds.",
                    "4. Rinse the tank and run two full tanks of clean water through the machine."])
    c.setFont("Helvetica-Bold", 12); c.drawString(56, y - 10, "6.3  Error codes"); y -= 30
    y = para(c, y, ["The display shows a code when something is wrong."])
    y = table(c, y - 8, [("Code", "Meaning", "What to do"),
                         ("E1 on display", "Water tank empty", "Fill the tank to the MAX mark"),
                         ("E2 on display", "Boiler too hot", "Switch off and let it cool for an hour"),
                         ("E3 on display", "Descaling overdue", "Run the descaling programme now"),
                         ("E4 on display", "Pump blocked by scale", "Descale twice, then call service"),
                         ("E5 on display", "Grinder jammed", "Empty the bean hopper and restart")],
              [56, 200, 340])
    y = para(c, y - 6, ["If a code stays after you have done this, call our service line."])
    c.showPage()
    page_furniture(c, "BrewMaster 20 Espresso Machine — Owner's Guide", "Kessler Home GmbH · Page 2")
    c.setFont("Helvetica-Bold", 12); c.drawString(56, H - 80, "6.4  Spare parts")
    para(c, H - 100, ["Descaling tablets (pack of six) are sold by your dealer and in our online shop."])
    c.save()


def en_carried():
    c = canvas.Canvas("en_timetable_carried.pdf", pagesize=A4)
    page_furniture(c, "Riverside Community Hall — Spring Timetable", "1")
    c.setFont("Helvetica-Bold", 16); c.drawString(56, H - 80, "Spring Timetable 2027")
    y = para(c, H - 110, ["All classes meet in the main hall unless a room is named below. The hall opens at half past",
                          "eight; please arrive ten minutes before your class begins."])
    y = 210
    c.setFont("Helvetica-Bold", 12); c.drawString(56, y - 10, "1.  Weekday classes"); y -= 30
    rows = [("Time", "Class", "Room")] + [(f"{h}:00", cls, room) for h, cls, room in (
        (9, "Chair yoga for beginners", "Main hall"), (10, "Watercolour painting", "Studio B"),
        (11, "Conversation in Spanish", "Library corner"), (12, "Lunchtime choir", "Main hall"))]
    rows.insert(3, rows[2])  # the 10:00 row doubled
    y = table(c, y, rows, [56, 140, 360])
    c.showPage()
    page_furniture(c, "Riverside Community Hall — Spring Timetable", "2")
    table(c, H - 80, [("13:00", "Knitting circle for all ages", "Studio B")], [56, 140, 360], header_font="Helvetica")
    c.setFont("Helvetica-Bold", 12); c.drawString(56, H - 116, "2.  Bookings")
    para(c, H - 136, ["Book a place at the front desk or by telephone on weekdays between nine and five."])
    c.save()


def ja_programme():
    c = canvas.Canvas("ja_programme_table.pdf", pagesize=A4)
    f = "HeiseiMin-W3"
    page_furniture(c, "緑が丘公民館　文化祭のご案内", "－ 1 －", font=f)
    c.setFont(f, 16); c.drawString(56, H - 80, "令和九年度　緑が丘公民館文化祭　日程表")
    y = para(c, H - 110, ["今年も文化祭の季節となりました。地域の皆様の日頃の成果を発表する場として、下記の日程で",
                          "開催いたします。皆様お誘い合わせのうえご来場ください。"], font=f, size=10, lead=15)
    c.setFont(f, 12); c.drawString(56, y - 10, "一、前日祭（十一月二日・土曜日）"); y -= 30
    y = table(c, y, [("時間", "催し", "会場"), ("13:00", "開会式", "大ホール"), ("14:00", "書道展示の解説", "第一展示室"),
                     ("15:30", "合唱発表", "大ホール")], [56, 150, 330], font=f, header_font=f, pitch=15)
    c.setFont(f, 12); c.drawString(56, y - 10, "二、本祭（十一月三日・日曜日）"); y -= 30
    rows = [("時間", "催し", "会場"), ("10:00", "子ども将棋大会", "和室"), ("11:30", "手打ちそば試食会", "調理室"),
            ("13:00", "吹奏楽演奏会", "大ホール")]
    rows.insert(3, rows[2])  # the 11:30 row doubled
    y = table(c, y, rows, [56, 150, 330], font=f, header_font=f, pitch=15)
    table(c, 90, [("14:30", "フラダンス発表", "大ホール"), ("15:30", "お茶会", "和室")], [56, 150, 330], font=f, header_font=f, pitch=15)
    c.showPage()
    page_furniture(c, "緑が丘公民館　文化祭のご案内", "－ 2 －", font=f)
    table(c, H - 80, [("16:00", "閉会式", "大ホール")], [56, 150, 330], font=f, header_font=f, pitch=15)
    c.setFont(f, 12); c.drawString(56, H - 116, "三、お願い")
    para(c, H - 136, ["・駐車場に限りがありますので、公共交通機関をご利用ください。"], font=f)
    c.save()


def near_twocol():
    c = canvas.Canvas("near_twocol_prose.pdf", pagesize=A4)
    c.setFont("Helvetica-Bold", 16); c.drawString(56, H - 80, "Notes from the Allotment")
    left = ["The spring was late this year and the soil", "stayed cold until the middle of April. Most of",
            "us sowed our peas twice, and the second sowing", "did far better than the first one had done.",
            "Slugs were the main trouble in May."]
    right = ["The water butts were full by the end of", "March, which saved a great deal of carrying",
             "in the dry weeks of June. We thank everyone", "who helped to mend the roof of the shed",
             "before the autumn storms arrived."]
    para(c, H - 110, left, size=10, lead=13)
    para(c, H - 110, right, size=10, lead=13, x=310)
    c.save()


def near_steps():
    c = canvas.Canvas("near_steps.pdf", pagesize=A4)
    c.setFont("Helvetica-Bold", 16); c.drawString(56, H - 80, "Setting Up the Router")
    para(c, H - 110, ["1. Connect the router to the wall socket with the grey cable.",
                      "2. Plug in the power supply and wait until the light is steady.",
                      "3. Join the network printed on the label under the router.",
                      "4. Open the set-up page and choose a new password."])
    c.save()


def near_threecol():
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas("near_threecol_prose.pdf", pagesize=A4)
    c.setFont("Helvetica-Bold", 16); c.drawString(56, H - 80, "Village Newsletter")
    texts = ["The parish council met on Tuesday and agreed to repair the footpath along the river before the summer. "
             "Work will begin in June and the path will be closed for two weeks while the new surface is laid.",
             "Our library van now calls on Thursday mornings instead of Wednesdays. The driver asks that books are "
             "returned in the green boxes by the door of the village hall so that nothing is lost in the rain.",
             "The summer fair raised more money than in any year before. Thanks go to the bakers, the band and the "
             "many helpers who put up the tents at dawn and took them down again long after dark."]
    for k, text in enumerate(texts):
        para(c, H - 110, simpleSplit(text, "Helvetica", 10, 150), size=10, lead=13, x=56 + k * 168)
    c.save()


if __name__ == "__main__":
    near_threecol(); en_manual(); en_carried(); ja_programme(); near_twocol(); near_steps()
