"""Inputs of helper pdf68 (issue 16 point 4): double- and 1.5-spaced PDFs whose paragraphs the page's own measure,
pitch and indents tell, with near misses. Run: python gen.py (reportlab)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
W, H = A4


def wrap(text, font, size, measure):
    """Greedy wrap: Japanese by character, English by word."""
    out, cur = [], ""
    if " " in text:
        for w in text.split():
            t = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(t, font, size) > measure and cur:
                out.append(cur); cur = w
            else:
                cur = t
    else:
        for ch in text:
            t = cur + ch
            if pdfmetrics.stringWidth(t, font, size) > measure and cur and ch not in "。、」）":
                out.append(cur); cur = ch
            else:
                cur = t
    out.append(cur)
    return out


def doc(name, pages, font, size, pitch, header=None, gap=0.0, x=72):
    """``pages``: lists of items: ("h", text) a heading, ("l", text) one line as given, ("p", text, measure, indent)
    a paragraph wrapped at ``measure`` pt with its first line set in ``indent`` pt, ("gap",) extra white."""
    c = canvas.Canvas(name, pagesize=A4, invariant=1)
    for n, items in enumerate(pages, 1):
        if header:
            c.setFont(font, 8); c.drawString(x, H - 40, header)
        y = H - 80
        for it in items:
            c.setFont(font, size)
            if it[0] == "gap":
                y -= it[1]
                continue
            if it[0] in ("h", "l"):
                c.drawString(x + (it[2] if len(it) > 2 else 0), y, it[1]); y -= pitch
                continue
            _, text, measure, indent = it
            lines = wrap(text, font, size, measure - indent) if False else None
            # first line narrower by the indent
            first = wrap(text, font, size, measure - indent)[0]
            rest = wrap(text[len(first):].lstrip(), font, size, measure) if len(first) < len(text) else []
            for k, t in enumerate([first] + rest):
                c.drawString(x + (indent if k == 0 else 0), y, t); y -= pitch
            y -= gap
        if header:
            c.setFont(font, 8); c.drawCentredString(W / 2, 40, str(n))
        c.showPage()
    c.save()


JA = "HeiseiMin-W3"
EN = "Times-Roman"

# A. Japanese, double-spaced (18 pt at 10.5), each paragraph broken by hand at about the measure, mid-word
doc("ja_double_hand.pdf", [[
    ("h", "港町の景観まちづくり　報告書"), ("l", "みなと市都市計画課"), ("gap", 18),
    ("h", "１　背景"),
    ("l", "本市の中心市街地では、戦後に建てられた倉庫群が老朽化し、景観の保全と活用が課題"),
    ("l", "となっている。市は平成三十年に景観計画を策定した。"),
    ("h", "２　取組の内容"),
    ("l", "倉庫群の外壁を修景するため、所有者に対する補助制度を創設し、これまでに十二棟を整"),
    ("l", "備した。あわせて、歩行者のための案内板を設置した。"),
], [
    ("h", "３　成果と課題"),
    ("l", "修景後の倉庫には飲食店や工房が入居し、休日の来街者数は三年間で約二倍に増加した"),
    ("l", "が、平日の人通りは依然として少ない。"),
    ("h", "４　今後の方針"),
    ("l", "令和八年度からは、空き店舗の活用と回遊性の向上を重点施策として位置づけ、民間事業"),
    ("l", "者との連携を強化していく。"),
]], JA, 10.5, 18, header="港町の景観まちづくり　報告書")

# B. Japanese, 1.5-spaced (16 pt at 10.5), wrapped at the measure, paragraphs set in one full-width space
doc("ja_onehalf_indent.pdf", [[
    ("h", "地域防災計画の見直しについて"), ("gap", 16),
    ("h", "１．見直しの趣旨"),
    ("p", "　近年、全国各地で豪雨による災害が相次いでいる。本町においても、昨年七月の大雨により河川が増水し、一部の地区に避難指示を発令した。", 300, 0),
    ("p", "　こうした状況を踏まえ、町は地域防災計画を全面的に見直すこととした。", 300, 0),
    ("h", "２．主な変更点"),
    ("p", "　第一に、避難所の開設基準を明確にし、早めの開設を原則とした。第二に、要配慮者の避難を支援する体制を整え、名簿の更新を毎年行うこととした。", 300, 0),
]], JA, 10.5, 16)

# C. English, double-spaced (24 pt at 12), first lines set in half an inch, no white between paragraphs
EN_PARAS = [
    "The harbour survey began in the spring of 2023, when the council asked the port authority to measure how far "
    "the silt had moved since the breakwater was extended.",
    "Divers took samples at twelve points along the outer channel, and each sample was dried and weighed in the "
    "laboratory before the grain sizes were counted.",
    "The results show that the silt has moved towards the inner basin, where the water is calm enough for fine grains "
    "to settle out.",
]
doc("en_double_indent.pdf", [[("h", "Silt in the Outer Channel"), ("l", "Harbour Research Group"), ("gap", 24)]
                             + [("p", p, 400, 36) for p in EN_PARAS]], EN, 12, 24)

# D. English, 1.5-spaced (18 pt at 12), block paragraphs: no indent, no white; a paragraph ends short of the measure
doc("en_onehalf_block.pdf", [[("h", "Notes on the Canal Restoration"), ("gap", 18)]
                             + [("p", p, 330, 0) for p in EN_PARAS]
                             + [("p", "The volunteers will meet again in the autumn, when the water level is low "
                                      "enough for the lock gates to be inspected.", 330, 0)]], EN, 12, 18)

# E. English, double-spaced, broken by hand short of the measure mid-sentence
doc("en_double_hand.pdf", [[
    ("h", "Village Hall Committee: Annual Letter"), ("gap", 24),
    ("l", "This year the committee replaced the roof of the main hall and repainted the"),
    ("l", "kitchen, thanks to a grant from the county fund."),
    ("l", "Bookings rose by a third, and the Tuesday lunch club now meets every week with"),
    ("l", "more than forty members."),
    ("l", "We thank everyone who gave their time."),
]], EN, 12, 24)

# F. Japanese, double-spaced, two-line paragraphs set in by one full-width space
doc("ja_double_indent_hand.pdf", [[
    ("h", "図書館だより　第八号"), ("gap", 18),
    ("l", "　市立図書館では、十月から開館時間を延長し、平日は午後八時まで利用できるようにな"),
    ("l", "りました。"),
    ("l", "　また、電子書籍の貸出サービスを開始しました。利用者カードをお持ちの方は、自宅か"),
    ("l", "らでも本を借りることができます。"),
    ("l", "　秋の読書週間には、子ども向けのおはなし会を毎週土曜日に開催します。"),
]], JA, 10.5, 18)

# Near misses ---------------------------------------------------------------------------------------------------------
# N1. single-spaced (13 pt at 10.5) with real paragraph gaps; a paragraph's last line ends short of the measure, a
#     label line ends no sentence
doc("near_ja_single_gaps.pdf", [[
    ("h", "町内会のお知らせ"), ("gap", 13),
    ("p", "今年の夏祭りは八月十日に中央公園で開催します。雨天の場合は翌日に延期しますので、ご了承ください。", 300, 0),
    ("gap", 13),
    ("p", "当日は午前九時から会場の設営を行います。お手伝いいただける方は、集会所前にお集まりください。", 300, 0),
    ("gap", 13),
    ("l", "お問い合わせ先"),
    ("l", "町内会長　山田　一郎"),
]], JA, 10.5, 13)

# N2. a double-spaced list of short lines (no sentence ends) and a label
doc("near_ja_double_list.pdf", [[
    ("h", "遠足の持ち物"), ("gap", 18),
    ("l", "当日は次の物を持ってきてください。"),
    ("l", "お弁当と水筒"),
    ("l", "雨具（かっぱ又は折りたたみ傘）"),
    ("l", "しきもの"),
    ("l", "ハンカチとティッシュ"),
    ("l", "集合は午前八時、校庭です。"),
]], JA, 10.5, 18)

doc("near_en_double_list.pdf", [[
    ("h", "What to bring on the walk"), ("gap", 24),
    ("l", "Please bring the following with you on the day."),
    ("l", "a packed lunch and a drink"),
    ("l", "waterproof jacket and trousers"),
    ("l", "sturdy walking boots"),
    ("l", "a small first aid kit"),
    ("l", "We meet at the church car park at nine."),
]], EN, 12, 24)

# N3. double-spaced: a line at the measure that ends a sentence, the next paragraph set in (the indent parts them)
doc("near_en_double_indent_end.pdf", [[
    ("h", "Minutes of the Allotment Society"), ("gap", 24),
    ("l", "The chair opened the meeting at seven and welcomed two new members to the society."),
    ("l", "The treasurer reported a small surplus, which will pay for a new water tank.", 36),
    ("l", "Any other business: none.", 36),
]], EN, 12, 24)

# G. the trial's kind: a short Japanese guide, double-spaced, two-line paragraphs broken by hand near the measure, no
#    line count shows the measure (each page one or two paragraphs)
doc("ja_double_short_guide.pdf", [[
    ("h", "企画展「城下町の水路」展示案内"), ("l", "ささやま市立郷土資料館"), ("gap", 18),
    ("h", "第１章　水路のなりたち"),
    ("l", "城下町の水路は江戸時代の中頃に整えられた。川から引いた水を町の隅々まで行き渡ら"),
    ("l", "せるため、石積みの水路が家々の裏手に築かれた。"),
], [
    ("h", "第２章　暮らしと水路"),
    ("l", "人々は水路の水で野菜を洗い、夏には打ち水に使った。水路沿いの洗い場は、住民の交"),
    ("l", "流の場でもあった。"),
    ("h", "第３章　水路の保存"),
    ("l", "昭和の終わりに水路の多くが暗渠となったが、平成に入って保存活動が始まった。"),
]], JA, 10.5, 18, header="城下町の水路　展示案内")

# H. Japanese, 1.5-spaced (16 pt at 10.5), a short notice whose one wrapped sentence breaks inside a word
doc("ja_onehalf_short_notice.pdf", [[
    ("h", "健康づくり教室のご案内"), ("gap", 16),
    ("l", "市では、運動習慣のない方を対象に、毎週水曜日の午後に公民館で健康づくり教室を開"),
    ("l", "催しています。"),
    ("l", "参加費は無料です。"),
    ("l", "申込みは保健センターまで、電話でお願いします。"),
]], JA, 10.5, 16)

# I. English, 1.5-spaced short letter, its one wrapped sentence broken by hand near the measure
doc("en_onehalf_short_letter.pdf", [[
    ("h", "Dear members,"), ("gap", 18),
    ("l", "The library will close for two weeks in August while the old shelves in the reading"),
    ("l", "room are replaced."),
    ("l", "Books may be returned to the post office."),
    ("l", "With thanks, the committee"),
]], EN, 12, 18)

# N4. double-spaced Japanese: a line that ends no sentence short of the measure (a label over its value) stays
doc("near_ja_double_label.pdf", [[
    ("h", "清掃活動の報告"), ("gap", 18),
    ("l", "十一月三日に河川敷の清掃活動を行い、約二百人の市民が参加して、ごみを集めました。"),
    ("l", "集めたごみの量"),
    ("l", "可燃ごみ四十袋、不燃ごみ十二袋でした。"),
]], JA, 10.5, 18)

# The kind the rule mends: a short PDF whose blocks show no measure by counting (a paragraph or two a page, headings
# among them), a line stopping at the measure its pages' lines show together, broken between two whole words
# J1. double-spaced report, two pages: ``…地域の重要な観光`` / ``資源として…``
doc("ja_double_short_report.pdf", [[
    ("h", "温泉街の再生に関する報告"), ("l", "ゆのか町観光課"), ("gap", 18),
    ("h", "１．現状"),
    ("l", "町内の旅館は二十年前の半数に減ったが、源泉の湯量は豊富であり、今も地域の重要な観光"),
    ("l", "資源として大きな価値をもっている。"),
], [
    ("h", "２．提案"),
    ("l", "空き旅館を改修して宿泊と飲食の拠点とし、町外の事業者に運営を委ねることを提案する。"),
    ("l", "改修費の一部は町が負担する。"),
]], JA, 10.5, 18, header="温泉街の再生に関する報告")

# J2. 1.5-spaced flyer, two pages: ``…第二土曜日に清掃`` / ``活動を行って…``
doc("ja_onehalf_short_flyer.pdf", [[
    ("h", "川をきれいにする会"), ("gap", 16), ("h", "会の紹介"),
    ("l", "私たちは、市内を流れる桜川の水辺を守るため、平成二十年から毎月第二土曜日に清掃"),
    ("l", "活動を行っています。"),
    ("l", "どなたでも参加できます。"),
], [
    ("h", "活動の記録"),
    ("l", "昨年度は延べ四百人が参加し、空き缶やペットボトルなど約二トンのごみを回収しました。"),
]], JA, 10.5, 16)

# J3. single-spaced (13 pt) with the paragraph's white, two pages, set from 90 pt: ``…図書館の利用`` / ``方法を…``
doc("ja_single_short_library.pdf", [[
    ("h", "新しい図書館の使い方"), ("gap", 13), ("h", "移転のお知らせ"),
    ("l", "中央図書館は十月一日に新館へ移転しました。このお知らせでは、新しい図書館の利用"),
    ("l", "方法をご案内します。"),
], [
    ("h", "貸出について"),
    ("l", "一人十冊まで、二週間借りることができます。予約した本は、カウンターで受け取れます。"),
    ("gap", 13),
    ("l", "開館時間は午前九時から午後七時までです。"),
]], JA, 10.5, 13, x=90)

# Near misses of that rule
# N5. a line ending no sentence well short of the document's measure, then the next paragraph: stays
doc("near_ja_double_short_end.pdf", [[
    ("h", "公園の利用について"), ("gap", 18),
    ("l", "中央公園では、四月から芝生広場の養生を行います。期間中は広場に立ち入ることができ"),
    ("l", "ません。ご理解をお願いします。"),
], [
    ("h", "ご意見"),
    ("l", "ご意見は、市役所の窓口または電子メールでお寄せください"),
    ("l", "寄せられたご意見は、今後の公園運営の参考にさせていただきます。"),
]], JA, 10.5, 18)

# N6. a line at the measure ending on a noun over a list's marked item; an item at the measure over the next: stay
doc("near_ja_double_items.pdf", [[
    ("h", "事業の概要"), ("gap", 18), ("h", "１　内容"),
    ("l", "本事業では、次の二つの取組を行う。対象は、市内に住所を有する六十五歳以上の方"),
    ("l", "・地域の集会所を利用した週一回の体操教室、介護予防に関する講座及び健康相談の実施"),
    ("l", "・体操教室の参加者による見守り活動"),
], [
    ("h", "実施体制"),
    ("l", "市の保健師と地域包括支援センターの職員が、地区ごとに担当を決めて支援に当たる。"),
    ("l", "予算額は、前年度と同額の三百万円である。"),
]], JA, 10.5, 18)

# J4. double-spaced minutes, two pages, a light verb carried over: ``…方法について検討`` / ``する必要がある…``
doc("ja_double_short_minutes.pdf", [[
    ("h", "第三回　交通部会　議事要旨"), ("gap", 18),
    ("h", "議題１　バス路線の再編"),
    ("l", "利用者の少ない路線が増えており、部会では、乗合タクシーへの転換も含めた運行方法を検討"),
    ("l", "する必要があるとの意見が多く出された。"),
], [
    ("h", "議題２　次回の日程"),
    ("l", "次回の部会は十二月中旬に開催し、事務局が再編案の素案を示すこととし、全委員の了承を得た。"),
]], JA, 10.5, 18, header="交通部会　議事要旨")
