"""pdf85's made-up inputs: Japanese manual chapters with framed boxes, and abstract books with presenter marks."""
from reportlab.lib.pagesizes import A4, B5
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
M, G = "HeiseiMin-W3", "HeiseiKakuGo-W5"


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


class Doc:
    def __init__(self, path, size=A4, head=None, folio0=1, x=60, n=40, fs=10.5, lead=16):
        self.c = canvas.Canvas(path, pagesize=size)
        self.W, self.H = size
        self.head, self.folio, self.x, self.n, self.fs, self.lead = head, folio0, x, n, fs, lead
        self.top()

    def top(self):
        c = self.c
        if self.head:
            c.setFont(M, 8); c.drawRightString(self.W - 50, self.H - 37, self.head)
            c.line(50, self.H - 42, self.W - 50, self.H - 42)
        self.y = self.H - 80

    def page(self):
        self.c.setFont(M, 9); self.c.drawCentredString(self.W / 2, 28, f"― {self.folio} ―")
        self.folio += 1
        self.c.showPage(); self.top()

    def heading(self, s, size=12, gap=24):
        self.c.setFont(G, size); self.c.drawString(self.x - 5, self.y, s); self.y -= gap

    def para(self, s, n=None, x=None):
        self.c.setFont(M, self.fs)
        for ln in wrap(s, n or self.n):
            self.c.drawString(x or self.x, self.y, ln); self.y -= self.lead
        self.y -= 6

    def box(self, label, text, n, inset=15, pad=10, lines=None, frame="rect"):
        c = self.c
        rows = lines or wrap(text, n)
        h = 26 + len(rows) * self.lead
        x0 = self.x - 5
        w = self.W - 2 * x0
        if frame == "rect":
            c.rect(x0, self.y - h + 12, w, h, stroke=1, fill=0)
        else:  # two rules, above and below
            c.line(x0, self.y + 12, x0 + w, self.y + 12); c.line(x0, self.y - h + 12, x0 + w, self.y - h + 12)
        c.setFont(G, 11); c.drawString(x0 + pad, self.y - 4, label); self.y -= 22
        c.setFont(M, self.fs)
        for ln in rows:
            c.drawString(self.x + inset, self.y, ln); self.y -= self.lead
        self.y -= 14

    def end(self):
        self.c.setFont(M, 9); self.c.drawCentredString(self.W / 2, 28, f"― {self.folio} ―")
        self.c.save()


# m1: a chapter over 2.1-2.3, boxes on both pages, page 2's one box of two lines cut mid-word at the box's measure
d = Doc("m1_manual.pdf", head="電気ケトル EK-20 取扱説明書", folio0=8)
d.heading("第2章　使いかた", 16, 30)
d.para("この章では、湯をわかす手順と、使用後の手入れについて説明します。初めてお使いになる前に必ずお読みください。")
d.heading("2.1　湯をわかす")
d.box("警告", "水は最大目盛りを超えて入れないでください。ふきこぼれて、やけどの原因になります。", 36)
d.box("注意", "わかしている間は、ふたを開けないでください。蒸気でやけどをするおそれがあります。", 36)
d.heading("2.2　保温する")
d.para("保温ボタンを押すと、湯を約90度に保ちます。保温中はランプが点灯します。保温は最長で8時間続き、その後は自動で切れます。")
d.page()
d.heading("2.3　使用後の手入れ")
d.para("使用後は、本体が冷めてから、やわらかい布で外側をふいてください。内側に付いた水あかは、クエン酸で落とせます。")
d.box("注意", "本体を水につけたり、丸洗いしたりしないでください。内部のヒーターやスイッチに水が入り、故障や感電の原因になります。", 36)
d.para("クエン酸を使うときは、水に溶かして満水まで入れ、一度わかしてから1時間ほど置いてください。")
d.end()

# m2: B5, narrower body, a box set in further (inset 24 pt, measure 28), three-line box on page 1, rules not a frame
# on page 2 (whatever the box), page 2's box's first line cut in a katakana word
d = Doc("m2_manual.pdf", size=B5, head="ロボット掃除機 RC-7 ユーザーガイド", folio0=21, x=50, n=34, fs=10, lead=15)
d.heading("第4章　お手入れ", 15, 28)
d.para("本機の性能を保つため、定期的にお手入れをしてください。お手入れの前には必ず電源を切ってください。")
d.heading("4.1　ダストボックス")
d.box("注意", "ダストボックスは水洗いできますが、フィルターは水洗いしないでください。乾いた布でほこりを払い、日陰で乾かしてからもとに戻してください。", 28, inset=24)
d.para("ダストボックスのごみは、毎回の掃除のあとに捨ててください。")
d.heading("4.2　ブラシ")
d.para("ブラシに髪の毛が巻き付いたときは、付属のカッターで切って取り除いてください。")
d.page()
d.heading("4.3　センサー")
d.para("センサーが汚れると、段差を正しく検知できなくなります。月に1回、綿棒でセンサーの窓をふいてください。")
d.box("警告", "センサーの窓は、水でぬらした布でふいてください。アルコールやシンナーを使うと窓が曇ります。", 28, inset=24, frame="rules")
d.heading("4.4　バッテリー")
d.para("長期間使わないときは、充電してから電源を切り、涼しい場所に保管してください。")
d.end()

# n1 (near miss): the title only in the running head, no chapter heading: sections 1 and 2 under it
d = Doc("n1_headonly.pdf", head="浄水ポット WP-3 取扱説明書", folio0=2)
d.heading("1　各部の名前")
d.para("本体、ふた、カートリッジの三つの部分からなります。カートリッジは消耗品です。")
d.box("注意", "カートリッジは使用前に水に10分ほどつけてください。つけないまま使うと、ろ過が不十分になります。", 36)
d.page()
d.heading("2　カートリッジの交換")
d.para("カートリッジは2か月を目安に交換してください。交換の時期は、ふたの表示で確かめられます。")
d.end()

# n2 (near miss): a box whose first paragraph ends exactly at the box's measure on its sentence's end, a second
# paragraph opening on the next line; and a body paragraph likewise
d = Doc("n2_sentence_end.pdf", head="加湿空気清浄機 AP-9 取扱説明書", folio0=30)
d.heading("第5章　困ったときは", 16, 30)
d.para("故障かなと思ったときは、修理を依頼する前に、次の点をお確かめください。")
d.heading("5.1　運転しない")
d.box("注意", "", 36, lines=["電源プラグがコンセントから外れていないか確かめてください。",
                            "ふたが正しく閉まっていないと、運転しません。"])
d.page()
d.heading("5.2　においがする")
d.box("注意", "", 36, lines=["フィルターが汚れていると、においの原因になります。交換してください。",
                            "交換用フィルターは販売店でお求めください。"])
d.heading("5.3　音が大きい")
d.para("本機を平らな場所に置いてください。傾いていると、ファンの音が大きくなることがあります。")
d.end()


# abstracts: a PDF abstract book, presenter marked ◯ (U+25EF) before a Japanese name with marks and ○ before an English one
def abstracts(path, talks, mark_ja, mark_en):
    c = canvas.Canvas(path, pagesize=A4); W, H = A4
    for k, t in enumerate(talks):
        c.setFont(M, 8); c.drawString(50, H - 37, "第15回 水環境研究発表会 講演要旨集"); c.line(50, H - 42, W - 50, H - 42)
        y = H - 90
        c.setFont(G, 10); c.drawString(60, y, f"【{t['id']}】"); y -= 24
        c.setFont(G, 14); c.drawString(60, y, t["ja"]); y -= 22
        c.setFont("Times-Bold", 12); c.drawString(60, y, t["en"]); y -= 22
        c.setFont(M, 10.5); c.drawString(60, y, t["names_ja"].replace("{m}", mark_ja)); y -= 16
        c.setFont(M, 9); c.drawString(60, y, t["affs"]); y -= 16
        c.setFont(M, 10.5); c.drawString(60, y, t["names_en"].replace("{m}", mark_en)); y -= 26
        c.setFont(G, 11); c.drawString(60, y, "要旨"); y -= 18
        c.setFont(M, 10.5)
        for ln in wrap(t["abs"], 40):
            c.drawString(60, y, ln); y -= 16
        c.setFont(M, 9); c.drawCentredString(W / 2, 28, str(41 + k))
        c.showPage()
    c.save()


TALKS = [dict(id="A-01", ja="河川水中のマイクロプラスチックの季節変動", en="Seasonal Variation of Microplastics in River Water",
              names_ja="{m}中村 雄一¹，小川 美咲²", affs="¹ 北海道大学 工学研究院　² 札幌市 環境局",
              names_en="{m}Yuichi Nakamura¹, Misaki Ogawa²",
              abs="市内を流れる三つの河川で、四季ごとにマイクロプラスチックを採取し、その数と種類を調べた。冬季には数が少なく、夏季の降雨後に最も多くなった。"),
         dict(id="A-02", ja="湖沼の底質に含まれる窒素の分布", en="Distribution of Nitrogen in Lake Sediments",
              names_ja="田村 健¹，{m}石田 さやか¹", affs="¹ 信州大学 理学部",
              names_en="Ken Tamura¹, {m}Sayaka Ishida¹",
              abs="湖の十地点で底質を採取し、全窒素の濃度を測った。流入河川の河口に近い地点ほど濃度が高く、湖心では低かった。")]
abstracts("a1_abstracts.pdf", TALKS, "◯", "○")
