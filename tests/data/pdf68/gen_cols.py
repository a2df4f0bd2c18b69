"""Two-page, two-column PDFs (helper pdf68, issue 16 point 4: a paragraph's tail atop the next page, three lines or
more). Page 1's right column breaks a line short (one more line would have fitted) inside a paragraph whose tail of
``tail`` lines opens page 2's left column, with a paragraph's white after it. Run from a worktree root:
PYTHONPATH=.:tests .venv/bin/python /work/regress/in_pdf68/gen_cols.py"""
from pathlib import Path
from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, flowed_pages, text_width, wrapped_words

OUT = Path(__file__).parent
W = 595.28
FILL_EN = ["The survey began in the spring with a count of the boats moored in each harbour and a note of their size.",
           "Harbour masters kept their own ledgers, and most of them let us copy the figures for the last ten years.",
           "Some towns had lost more than half their fleet, others only a few boats, and two had grown a little.",
           "Where the fleet had grown, the harbour had a fish market of its own and a road that reached the motorway."]
FILL_JA = ["調査は春に始まり、各港に係留された漁船の数と大きさを記録した。",
           "港長の多くは独自の台帳を付けており、過去十年分の数字を写させてくれた。",
           "漁船が半数以上減った町もあれば、数隻しか減っていない町もあり、二つの町ではわずかに増えていた。",
           "漁船が増えた港には、自前の魚市場と高速道路に通じる道路があった。"]


def two_pages(name, straddling, cut, n, *, fill, font=EN, size=10.0, leading=12.5, gap=6.0, indent=0.0):
    """``straddling``: the paragraph cut by the page break, after its ``cut``-th line (from 1) on page 1."""
    body = [("p", f"{fill[k % len(fill)]}{' ' if font == EN else ''}{fill[(k + 1) % len(fill)]}") for k in range(n)]
    after = [("p", fill[2]), ("p", fill[3])]
    blocks = [("h", "1. Introduction" if font == EN else "１．はじめに"), *body, ("p", straddling), *after]
    full = [(0, 50, 287, 720, 60), (0, 308, 545, 720, 60), (1, 50, 287, 780, 60), (1, 308, 545, 780, 60)]
    kw = dict(size=size, leading=leading, gap=gap, font=font, indent=indent)
    probe = flowed_pages(blocks, [full[0], (0, 308, 545, 720, -10000)], **kw)
    rows = wrapped_words(straddling, font, size, 237, indent)
    ys = [r[3] for r in probe[0] if r[4] == rows[0] and r[2] > 300]
    assert ys, "the paragraph does not reach the right column"
    y_cut = ys[0] - (cut - 1) * leading
    assert y_cut - leading >= 60 + leading, f"no room under the cut ({y_cut})"  # one more line would fit
    pages = flowed_pages(blocks, [full[0], (0, 308, 545, 720, y_cut - 1.5 * leading), *full[2:]], **kw)
    title = "Working Harbours on the West Coast" if font == EN else "西海岸の港町の現在"
    tf = EN_BOLD if font == EN else JA
    pages[0] = [(tf, 14, (W - text_width(title, tf, 14)) / 2, 790, title), *pages[0]]
    (OUT / name).write_bytes(drawn_pdf(pages))
    return rows[cut - 1], rows[cut]


EN_P = ("Local councils have tried several ways to bring life back to the waterfront, from weekend markets to summer "
        "festivals and boat shows, with mixed results that depend on the weather, on the season and on whether the "
        "car parks are free. Where a market was held every week it lasted; where it was held once a month the "
        "traders soon stopped coming.")
JA_P = ("各地の自治体は、週末の朝市や夏の祭り、船の展示会など、港に人を呼び戻すためのさまざまな試みを続けてきたが、"
        "その成果は天候や季節、駐車場が無料かどうかによって大きく異なっていた。毎週開かれた朝市は長続きしたが、"
        "月に一度の朝市には、やがて出店者が集まらなくなった。")
if __name__ == "__main__":
    # the cut falls mid-sentence, the tail 3, 4 lines
    print(two_pages("col2_en_tail3_midsentence.pdf", EN_P, 2, 20, fill=FILL_EN))
    print(two_pages("col2_en_tail4_midsentence.pdf", EN_P, 1, 20, fill=FILL_EN))
    print(two_pages("col2_ja_tail3_midsentence.pdf", JA_P, 2, 16, fill=FILL_JA, font=JA))
    print(two_pages("col2_en9_tail3_midsentence.pdf", EN_P, 2, 22, fill=FILL_EN, size=9.0, leading=11.0))



if __name__ == "__main__":
    # the cut falls at a full line's sentence end (first fit says the paragraph goes on), the tail 3 lines or more:
    # by layout the column broke with room, as over a next paragraph's white (col66): open, see docs/segment.md
    from test_columns65b import padded_full
    SECOND = ("The results depend on the weather, on the season and on whether the car parks are free. Where a market "
              "was held every week it lasted; where it was held once a month the traders soon stopped coming.")
    first = padded_full("Local councils have tried several ways to bring life back to the waterfront, from weekend "
                        "markets to summer festivals and boat shows.", "The", 237, 10.0)
    cut = len(wrapped_words(first, EN, 10.0, 237))
    print(two_pages("col2_en_tail3_fullstop.pdf", first + " " + SECOND, cut, 20, fill=FILL_EN))
    # the same set with first-line indents (an indent, not white, opens a paragraph; then with both)
    from test_columns65b import padded_full as _pf
    first_i = _pf("Local councils have tried several ways to bring life back to the waterfront, from weekend "
                  "markets to summer festivals and boat shows.", "The", 237, 10.0)
    print(two_pages("col2_en_tail3_fullstop_indent.pdf", first_i + " " + SECOND, len(wrapped_words(first_i, EN, 10.0, 237)),
                    20, fill=FILL_EN, gap=0.0, indent=12.0))
    print(two_pages("col2_en_tail3_fullstop_indent_white.pdf", first_i + " " + SECOND,
                    len(wrapped_words(first_i, EN, 10.0, 237)), 18, fill=FILL_EN, gap=6.0, indent=12.0))
    # Japanese: a full line's sentence end at the short column's foot, the tail 3 lines
    JA_FIRST = "各地の自治体は、週末の朝市や夏の祭りなど、港に人を呼び戻すためのさまざまな試みを続けてきた。"
    JA_SECOND = "その成果は天候や季節、駐車場が無料かどうかによって大きく異なっていた。毎週開かれた朝市は長続きしたが、月に一度の朝市には、やがて出店者が集まらなくなった。"
    rows = wrapped_words(JA_FIRST + JA_SECOND, JA, 10.0, 237)
    assert rows[1].endswith("。"), rows
    print(two_pages("col2_ja_tail3_fullstop.pdf", JA_FIRST + JA_SECOND, 2, 16, fill=FILL_JA, font=JA))
    print(two_pages("col2_ja_tail3_fullstop_indent.pdf", JA_FIRST + JA_SECOND, 2, 16, fill=FILL_JA, font=JA, gap=0.0,
                    indent=10.0))
    # indents and white both, 9 pt on 11
    JA9_FIRST = "各地の自治体は、週末の朝市や夏の祭り、花火大会など、港に人々を呼び戻すためのさまざまな試みを続けてきた。"
    rows = wrapped_words(JA9_FIRST + JA_SECOND, JA, 9.0, 237, 9.0)
    assert rows[1].endswith("。"), rows
    print(two_pages("col2_ja9_tail3_fullstop_indent_white.pdf", JA9_FIRST + JA_SECOND, 2, 18, fill=FILL_JA, font=JA,
                    size=9.0, leading=11.0, gap=5.0, indent=9.0))
    # one column (1.5-spaced, 18 pt at 10.5), paragraphs set in one em: a full line ending a sentence closes page 1
    # (no room shows: the page is full), the paragraph's flush tail of three lines opens page 2
    def one_column(name, first, second, n, *, size=10.5, leading=18.0, indent=10.5, cut_text):
        body = [("h", "１．はじめに")] + [("p", FILL_JA[k % 4] + FILL_JA[(k + 1) % 4]) for k in range(n)]
        blocks = body + [("p", first + second), ("p", FILL_JA[2] + FILL_JA[3])]
        frames = [(0, 72, 523, 770, -10000)]
        probe = flowed_pages(blocks, frames, font=JA, size=size, leading=leading, indent=indent)
        [y] = [r[3] for r in probe[0] if r[4].endswith(cut_text)]
        pages = flowed_pages(blocks, [(0, 72, 523, 770, y - 1.5 * leading), (1, 72, 523, 770, 60)], font=JA,
                             size=size, leading=leading, indent=indent)
        (OUT / name).write_bytes(drawn_pdf(pages))
        return [r[4] for r in pages[0][-1:]], [r[4] for r in pages[1][:3]]

    JA1_FIRST = "各地の自治体は、週末の朝市や夏の祭りなど、港に人を呼び戻すための試みを続けてきた。"
    print(one_column("one_ja_page_tail_fullstop_indent.pdf", JA1_FIRST, JA_SECOND + JA_SECOND, 14, cut_text="続けてきた。"))
    # near miss: the same page, its next paragraph opening page 2 set in (a paragraph's first line)
    print(one_column("near_one_ja_page_next_indented.pdf", JA1_FIRST, "", 14, cut_text="続けてきた。"))
