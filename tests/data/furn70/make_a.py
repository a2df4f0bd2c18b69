"""Inputs for furn70 (a): table rows in a page's head/foot band whose numbers step with the page."""

if __name__ == "__main__":  # a generator run by hand: `python tests/data/furn70/make_a.py OUTDIR`
    import sys
    sys.path.insert(0, "tests")
    from pdfmaker import drawn_pdf, JA, EN
    OUT = sys.argv[1]

    def body(font, lines, top, pitch=16, size=11, x=60):
        return [(font, size, x, top - pitch * k, t) for k, t in enumerate(lines)]

    def save(name, pages):
        open(f"{OUT}/{name}", "wb").write(drawn_pdf(pages))

    # A1: a Japanese two-page report; its table's page subtotal row at each page's foot, numbers stepping with the page
    p1 = body(JA, ["令和7年度　図書館利用状況", ""], 790, size=15) + body(JA, [
        "本市の図書館の利用状況を館ごとにまとめた。", "貸出冊数は前年度より増えている。", "各館の数値は次の表のとおりである。"], 740)
    rows1 = ["中央館　1,200　1,350", "北分館　420　480", "南分館　390　410", "東分館　300　330", "西分館　280　300",
             "駅前館　250　260", "港分館　210　230", "山手館　190　200", "川辺館　170　180", "緑館　160　170",
             "丘館　150　155", "森館　140　150", "湖館　130　140", "空港館　120　125", "温泉館　110　115",
             "学園館　100　105", "工業館　95　100", "海浜館　90　95", "城下館　85　90", "新町館　80　85",
             "旧町館　75　80", "本町館　70　75", "栄館　65　70"]
    rows1 += [f"第{n}分室　{n}　{n + 3}" for n in range(1, 14)] + ["小計　11　15"]
    p1 += body(JA, ["館名　前年度　今年度"] + rows1, 680)
    p1 = [r for r in p1 if r[3] > 90 or r[4].startswith("小計")]
    p1[-1] = (JA, 11, 60, [r for r in p1 if not r[4].startswith("小計")][-1][3] - 30, "小計　11　15")  # set apart under a rule
    rows2 = ["若葉館　60　62", "桜館　58　60", "梅館　55　57", "松館　50　52", "竹館　48　50", "小計　12　18"]
    p2 = body(JA, ["館名　前年度　今年度"] + rows2 + [""], 790)
    p2 += body(JA, ["いずれの館でも貸出は増加傾向にある。", "来年度は開館時間の延長を検討する。"], 680)
    # move page 2's subtotal to the foot height of page 1's
    last1 = p1[-1]; p2 = [r for r in p2 if r[4] != "小計　12　18"] + [(JA, 11, 60, last1[3], "小計　12　18")]
    save("a1_ja_subtotal_2p.pdf", [p1, p2])

    # A2: an English three-page ledger: a running subtotal row at each page's foot (3 pages: recurrence alone)
    def en_page(k, first):
        out = []
        if first:
            out += body(EN, ["Harbour Fund Quarterly Ledger"], 790, size=15)
            out += body(EN, ["The fund's receipts by week are listed below."], 760)
        rows = [f"Week {w}  {1000 + 37 * w}  {400 + 11 * w}" for w in range(1 + 40 * (k - 1), 1 + 40 * (k - 1) + 38)]
        top = 730 if first else 790
        out += body(EN, ["Week  Receipts  Payments"] + rows[: int((top - 90) / 16)], top)
        out = [r for r in out if r[3] > 95]
        out.append((EN, 11, 60, 80, f"Subtotal  {k}  {k * 3 + 10}"))
        return out
    save("a2_en_subtotal_3p.pdf", [en_page(k, k == 1) for k in (1, 2, 3)])

    # A3: a Japanese three-page ledger: "brought forward" atop pages 2 and 3, "carried forward" at the foot of pages 1
    # and 2, the first figure (thousands) stepping with the page by chance, the others not
    def ledger_page(k):
        out = body(JA, ["令和7年度　基金出納簿", "基金の出納を日ごとに記録する。"], 790, size=11) if k == 1 else \
            [(JA, 11, 60, 790, f"前頁より繰越　{k - 1},{240 * (k - 1):03d}　{2 * (k - 1)},{310 * (k - 1):03d}")]
        top = 758 if k == 1 else 774
        rows = [f"{m}月{d}日　{100 + 7 * d}　{50 + 3 * d}" for m in (4 + k,) for d in range(1, 30)]
        out += body(JA, rows, top)
        out = [r for r in out if r[3] > 100]
        if k < 3:
            out.append((JA, 11, 60, out[-1][3] - 16, f"次頁へ繰越　{k},{240 * k:03d}　{2 * k},{310 * k:03d}"))
        else:
            out += body(JA, ["以上のとおり報告する。"], out[-1][3] - 30)
        return out
    save("a3_ja_brought_forward_3p.pdf", [ledger_page(k) for k in (1, 2, 3)])

    # A4: an English two-page report: a "Total" row among the table's rows at the foot of each page, the body's size
    # and pitch, its first figure the page's number plus an offset
    def rep(k):
        out = body(EN, ["Route Ridership Review"] if k == 1 else [], 790, size=15)
        out += body(EN, [f"Route {r}  {200 + 13 * r}  {180 + 9 * r}" for r in range(1 + 30 * (k - 1), 31 + 30 * (k - 1))][:38], 760)
        out = [r for r in out if r[3] > 95]
        out = [r for r in out if r[3] > 100]
        out.append((EN, 11, 60, out[-1][3] - 16, f"Total {40 + k}  {900 + 50 * k}"))
        return out
    save("a4_en_total_2p.pdf", [rep(1), rep(2)])

    # A5: running text whose lines name their page's number ("page 1", "page 2") at the top band, body size and pitch
    save("a5_en_body_lines_page.pdf", [body(EN, [f"Paragraph line {i} of page {k} in the running text." for i in range(30)], 770)
                                       for k in (1, 2)])
    WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"] * 3
    # Near misses: true furniture that must stay furniture
    def paper(k, head, foot, n=3):
        out = [(EN, 9, 60, 800, head)] if head else []
        out += body(EN, [f"A line of the running text, the {w} one." for w in WORDS[k:] + WORDS[:k]], 770)
        if foot:
            out.append((EN, 9, 290, 40, foot))
        return out
    save("n1_en_head_with_page.pdf", [paper(k, f"Proceedings of the Harbour Forum 2024, p. {11 + k}", None) for k in (1, 2)])
    save("n2_en_dash_folio.pdf", [paper(k, None, f"- {k + 2} -") for k in (1, 2)])
    save("n3_en_page_of.pdf", [paper(k, None, f"Page {k} of 3") for k in (1, 2, 3)])
    save("n4_ja_head_folio.pdf", [[(JA, 9, 60, 800, f"第12回 水辺都市会議 論文集　{k}")] +
                                  body(JA, ["本文の行である。", "続きの行である。", "別の行である。"][k:] * 10, 770) for k in (1, 2)])
