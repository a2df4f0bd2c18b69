"""Inputs for furn70 (b): a PDF's running head that is its title, with a lost glyph or an unclean form."""

if __name__ == "__main__":  # a generator run by hand: `python tests/data/furn70/make_b.py OUTDIR`
    import sys
    sys.path.insert(0, "tests")
    from pdfmaker import drawn_pdf, lost_glyph_pdf, JA, EN
    OUT = sys.argv[1]

    def report(font, head, pages, head_pt=9.0, body_pt=11.0, foot=lambda n: f"- {n} -", make=drawn_pdf):
        out = []
        for n, lines in enumerate(pages, 1):
            runs, y = [(font, head_pt, 60.0, 800.0, head)], 755.0
            for text in lines:
                runs.append((font, body_pt, 60.0, y, text)); y -= body_pt * 2.2
            runs.append((font, 9.0, 280.0, 40.0, foot(n)))
            out.append(runs)
        return make(out)

    JA_PAGES = [["第1章　施設の現状", "　本市の下水道は、昭和50年に供用を開始し、普及率は約85パーセントである。"],
                ["第2章　経営の状況", "　使用料収入は前年度と比べて1パーセント増加した。"],
                ["第3章　今後の取組", "　今後は、施設の長寿命化と耐震化を計画的に進める。"]]
    EN_PAGES = [["1 Overview", "The utility supplied drinking water to about 58,000 homes during the year."],
                ["2 Finances", "Revenue from charges rose by two per cent, while energy costs rose faster."]]
    def save(name, data): open(f"{OUT}/{name}", "wb").write(data)
    save("b1_ja_head_lost_glyph.pdf", report(JA, "令和6年度　下水道事業の{cid:120}要", JA_PAGES, make=lost_glyph_pdf))
    save("b2_en_head_lost_glyph.pdf", report(EN, "Riverside Water Ser{cid:77}ices Annual Report 2024", EN_PAGES,
                                             foot=lambda n: f"Page {n}", make=lost_glyph_pdf))
    save("b3_ja_head_cid_in_body_too.pdf", report(JA, "みどり市地域公共交通計画　中間{cid:300}告", [
        ["第1章　計画の概要", "　本書は、みどり市地域公共交通計画の中間報告である。"],
        ["第2章　取組の状況", "　中間報告として、デマンド交通の利用状況をまとめた。"]], make=lost_glyph_pdf))
    save("b4_ja_head_fullwidth.pdf", report(JA, "令和６年度　みどり市ＩＣＴ推進計画", JA_PAGES[:2]))
    save("b5_ja_head_halfwidth_kana.pdf", report(JA, "令和７年度　ｺﾐｭﾆﾃｨﾊﾞｽ運行計画", [
        ["第1章　運行の目的", "　地域の移動手段を確保するため、コミュニティバスを運行する。"],
        ["第2章　運行の内容", "　平日は1日8便を運行し、土日は4便とする。"]], make=lost_glyph_pdf))
    # near miss: a journal's head (full-width, a lost glyph) over a paper's own title set large: stays furniture, raw
    def journal(pages):
        out = []
        for n, lines in enumerate(pages, 1):
            runs = [(JA, 9.0, 60.0, 800.0, "地域政策研究　第１２巻　{cid:88}号")]
            y = 755.0
            if n == 1:
                runs.append((JA, 16.0, 60.0, y, "中山間地域における買い物支援の実態")); y -= 30
                runs.append((JA, 11.0, 60.0, y, "山田 花子")); y -= 30
            for text in lines:
                runs.append((JA, 11.0, 60.0, y, text)); y -= 24
            runs.append((JA, 9.0, 280.0, 40.0, f"- {n} -"))
            out.append(runs)
        return lost_glyph_pdf(out)
    save("n5_ja_journal_head_over_title.pdf", journal([["1. はじめに", "　買い物が困難な住民が増えている。"],
                                                       ["2. 調査の方法", "　住民への聞き取りを行った。"]]))
    save("b6_ja_head_fullwidth_and_cid.pdf", report(JA, "令和６年度　地域公共交通計画　中間{cid:300}告", [
        ["第1章　計画の概要", "　本書は、地域公共交通計画の中間報告である。"],
        ["第2章　取組の状況", "　中間報告として、デマンド交通の利用状況をまとめた。"]], make=lost_glyph_pdf))
