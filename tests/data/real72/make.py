"""PDFs of the real manuals', books' and decks' kinds (helper real72, issue 16 on real PDFs from Debian): parts headed
``第I部`` over the part's name, the last part holding no numbered chapter (p1, p2); a table whose row label is set in a
larger Gothic (``組版例``) under or over its caption ``表1 …`` (t1–t3); a thesis's committee on its approval page (c1,
c2) and a preface signed with e-mail addresses (c3); a deck's subsection name in its headline on one page (d1).
``tests/data/real72/ptex-manual.pdf`` is the real file (SOURCES.md). Run: ``python tests/data/real72/make.py [OUT]``."""
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from pdfmaker import EN, EN_BOLD, JA, drawn_pdf  # noqa: E402

_spec = importlib.util.spec_from_file_location("real71c_make", Path(__file__).resolve().parents[1] / "real71c" / "make.py")
_real71c = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_real71c)  # its page's measure (N characters of SIZE points from LEFT) and its body's lines

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent)
SIZE, LEFT, PITCH, N = _real71c.SIZE, _real71c.LEFT, _real71c.PITCH, _real71c.N


def body(text, top, first=SIZE):
    """Running text cut every N characters (its first line set in by ``first`` points), from ``top`` down, and the
    height under it where the next block starts."""
    runs, y = _real71c.body(text, top, first=first)
    return runs, y - 8


def part(label, name, paras, chapters=()):
    """A page opening on a part's label over its name (14.5 pt and 20.9 pt), its lead, then its numbered chapters."""
    runs = [(JA, 14.5, LEFT, 760, label), (JA, 20.9, LEFT, 725, name)]
    r, y = body(paras, 690)
    runs += r
    for heading, text in chapters:
        runs.append((JA, 14.5, LEFT, y - 10, heading))
        r, y = body(text, y - 36)
        runs += r
    return runs


LEAD = "ここでは，組版処理の概略と，それを実現するために導入された命令を説明する．"
T1 = ("処理系で扱える文字コードの範囲は以前は限られていた．現在ではこれに加えて多くの文字が利用可能になっており，"
      "入力ファイルの文字コードも複数に対応している．")
T2 = "出力される結果は装置に依存しない形式で書き出され，後段のドライバがそれを読んで印刷用のデータを作ることになっている．"
T3 = "従来の命令に加えて，和文の組版に必要な命令がいくつか追加されている．これらは起動時の設定によらず常に利用できる．"
T4 = ("処理系が出力するファイルは，欧文の横組のみを行っていれば従来の処理系が出力するものと全く同様に解釈できる．"
      "一方，和文文字を出力する場合は以下の命令が使用される．")


def manual(labels=("第I部", "第II部", "第III部"), names=("基本的な使い方", "upTEXの拡張機能", "出力ファイルの形式")):
    title = [(JA, 20.0, 200, 760, "組版システムの手引き"), (JA, 12.0, 230, 730, "開発コミュニティ")]
    r, _ = body("本書は組版システムの使い方をまとめたものである．各部の内容は互いに独立しているので，必要な部分から読んでよい．", 690)
    return drawn_pdf([title + r,
                      part(labels[0], names[0], LEAD, [("1 文字の入力", T1), ("2 出力の形式", T2)]),
                      part(labels[1], names[1], "この部では，従来の処理系との違いを述べる．", [("3 追加の命令", T3)]),
                      part(labels[2], names[2], T4)])


def table_page(row_label="組版例", caption_under=False):
    """A chapter whose table (caption ``表1 …`` over it, or under it, TAB-parted rows) has a row label set in 12 pt,
    then more text."""
    runs = [(JA, 20.0, 200, 780, "組方向の手引き"), (JA, 12.0, 230, 750, "開発コミュニティ")]
    r, y = body("本書は組方向の扱いをまとめたものである．", 720)
    runs += r + [(JA, 14.5, LEFT, y - 10, "1 組方向")]
    r, y = body("この処理系のサポートする組方向は横組，縦組の二つである．" + T3, y - 36)
    runs += r
    runs += [(JA, 9.0, 220, y - 6 - (110 if caption_under else 0), "表1 サポートする組方向"),
             (JA, 9.0, 190, y - 26, "横組"), (JA, 9.0, 300, y - 26, "縦組"),
             (JA, 9.0, 96, y - 44, "字送り方向"), (JA, 9.0, 190, y - 44, "水平右向き"), (JA, 9.0, 300, y - 44, "垂直下向き"),
             (JA, 9.0, 96, y - 62, "行送り方向"), (JA, 9.0, 190, y - 62, "垂直下向き"), (JA, 9.0, 300, y - 62, "水平左向き"),
             (JA, 12.0, 96, y - 86, row_label), (JA, 12.0, 190, y - 86, "銀は、Ag"), (JA, 12.0, 300, y - 86, "銀は、Ag")]
    r, y = body("表の組版例のとおり，縦組では欧文文字が回転して組まれる．" + T2, y - 120 - (20 if caption_under else 0))
    runs += r
    runs.append((JA, 14.5, LEFT, y - 10, "2 ベースライン補正"))
    r, y = body(T1, y - 36)
    return drawn_pdf([runs + r])


LOREM = ("Time is the clue to the discovery of the manifold, as we have already seen. Since knowledge of our faculties "
         "is a priori, the objects in space and time are what first give rise to the paralogisms of natural reason. ")


def en_body(text, top, x0=72.0, width=88):
    """English running text cut at ``width`` characters a line, from ``top`` down."""
    runs, y, words, line = [], top, text.split(), ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            runs.append((EN, 11.0, x0, y, line))
            y -= 16
            line = ""
        line = (line + " " + w).strip()
    runs.append((EN, 11.0, x0, y, line))
    return runs, y - 24


def thesis(committee=("Prof. John Adams", "Prof. Abraham Lincoln", "Prof. George Washington")):
    """A thesis's cover, its approval page (the committee's names one a line, the chair's role under the first), then
    its abstract and chapter 1."""
    cover = [(EN, 11.5, 220, 760, "THE TIDES OF A SMALL HARBOUR"), (EN, 11.5, 285, 730, "A Thesis"),
             (EN, 11.5, 220, 712, "Submitted to the Graduate Faculty"), (EN, 11.5, 230, 694, "Northern State University"),
             (EN, 11.5, 300, 660, "By"), (EN, 11.5, 255, 640, "Samuel Fargo Bison"),
             (EN, 11.5, 250, 600, "MASTER OF SCIENCE"), (EN, 11.5, 270, 560, "January 2022")]
    approval = [(EN, 16.5, 166, 760, "NORTHERN STATE UNIVERSITY"), (EN, 13.8, 256, 735, "Graduate School"),
                (EN, 11.5, 294, 705, "Title"), (EN, 11.5, 220, 685, "THE TIDES OF A SMALL HARBOUR"),
                (EN, 11.5, 299, 665, "By"), (EN, 11.5, 256, 645, "Samuel Fargo Bison"),
                (EN, 11.5, 83, 610, "The Supervisory Committee certifies that this thesis complies with the University's"),
                (EN, 11.5, 83, 594, "regulations and meets the accepted standards for the degree of"),
                (EN, 11.5, 248, 574, "MASTER OF SCIENCE"), (EN, 11.5, 83, 540, "SUPERVISORY COMMITTEE:")]
    y = 515
    for n, name in enumerate(committee):
        approval.append((EN, 11.5, 108, y, name))
        if n == 0:
            approval.append((EN, 6.0, 108, y - 10, "Chair"))
        y -= 30
    approval += [(EN, 11.5, 83, y, "Approved:"), (EN, 11.5, 130, y - 20, "12/14/2022"), (EN, 6.0, 156, y - 30, "Date"),
                 (EN, 11.5, 345, y - 20, "Prof. James Garfield"), (EN, 6.0, 373, y - 30, "Department Chair")]
    r, _ = en_body("This is the abstract of the thesis. " + LOREM * 3, 720)
    abstract = [(EN, 13.8, 271, 760, "ABSTRACT")] + r
    r, _ = en_body(LOREM * 4, 720)
    chapter = [(EN, 13.8, 72, 760, "1. INTRODUCTION")] + r
    return drawn_pdf([cover, approval, abstract, chapter])


def signed_preface():
    """A Japanese book's preface signed by its author and its translator (a name with an e-mail address over an
    English and a Japanese affiliation each), then a sentence about where the book is found, wrapped over a path."""
    runs = [(JA, 20.0, 200, 780, "組版入門への道"), (JA, 12.0, 240, 750, "by 山田 太郎")]
    r, y = body("この冊子はそんなに膨大なものではないので，最初の章から順に読んで下さい．文書を作成するための多くの情報が，"
                "この冊子の中の様々な例題に含まれていますので，例題は注意深く読んでください．", 720)
    runs += r
    for name, dept, univ, ja in (("Tobias Oetiker <oetiker@ee.example.ch>", "Department of Electrical Engineering,",
                                  "Swiss Federal Institute of Technology", "スイス連邦工科大学 電気工学科"),
                                 ("NOMURA Masataka <nomura@cc.example.ac.jp>", "Department of Marine Engineering,",
                                  "Kobe University of Mercantile Marine", "神戸商船大学 商船学部")):
        runs += [(EN, 10.9, 300, y, name), (EN, 10.9, 300, y - 16, dept), (EN, 10.9, 300, y - 32, univ),
                 (JA, 10.5, 300, y - 48, ja)]
        y -= 72
    runs += [(JA, 10.5, LEFT, y, "この冊子の最新バージョンは，CTAN:/tex-archive/info/lshort/から入"),
             (JA, 10.5, LEFT, y - 17, "手できます．")]
    pages = [runs]
    for n in range(2):
        r, _ = body(T1 * 3 + T2 * 2, 760)
        pages.append([(JA, 14.5, LEFT, 790, f"{n + 1} 組版の基礎{n + 1}")] + r)
    return drawn_pdf(pages)


def deck(subsections=("Tractability of Partitioning",)):
    """A landscape deck whose headline prints its sections' names at 6 pt atop every page and, on the one page of its
    subsection, the subsection's name under them; a button at the foot of that page in the headline's size."""
    sections = ("Introduction", "Hardness Results", "Tractability Results", "Summary")
    frames = [("Outline", ["1 Introduction", "2 Hardness Results", "3 Tractability Results", "4 Summary"]),
              ("What is haplotyping?", ["Haplotyping finds the haplotypes behind a genotype matrix.", "It is hard."]),
              ("Bad news about partitions", ["Finding optimal partitions is equivalent to colouring graphs.", "Sad."]),
              ("Good news about path phylogenies", ["Optimal partitions can be computed in polynomial time.", "Nice."]),
              ("Summary", ["Partitioning is hard in general.", "Path phylogenies are tractable."])]
    pages = []
    for n, (title, points) in enumerate(frames):
        runs = [(EN, 6.0, 8.5 + 75 * k, 265, name) for k, name in enumerate(sections)]
        if n == 3:
            runs += [(EN, 6.0, 8.5, 249.5, sub) for sub in subsections] + [(EN, 6.0, 37, 10.5, "The algorithm in action")]
        runs.append((EN_BOLD, 10.9, 8.5, 232.9, title))
        runs += [(EN, 10.9, 28, 200 - 18 * k, point) for k, point in enumerate(points)]
        runs.append((EN, 6.0, 300, 4, f"{n + 2} / 6"))
        pages.append(runs)
    cover = [(EN_BOLD, 14, 60, 200, "On the Complexity of Block Partitioning"), (EN, 10.9, 120, 160, "Jens Gramm"),
             (EN, 10.9, 100, 120, "Workshop on Algorithms, 2006")]
    return drawn_pdf([cover] + pages, size=(363.0, 272.0))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "p1_parts.pdf").write_bytes(manual())
    (OUT / "p2_parts_kanji.pdf").write_bytes(manual(("第一部", "第二部", "第三部"), ("概要", "命令の一覧", "付録の資料")))
    (OUT / "t1_table_row.pdf").write_bytes(table_page())
    (OUT / "t2_table_row.pdf").write_bytes(table_page("出力例"))
    (OUT / "t3_table_row_caption_under.pdf").write_bytes(table_page(caption_under=True))
    (OUT / "d1_deck_headline.pdf").write_bytes(deck())
    (OUT / "c1_committee.pdf").write_bytes(thesis())
    (OUT / "c2_committee_dr.pdf").write_bytes(thesis(("Dr. Jane Smith", "Dr. Alan Turing", "Prof. Grace M. Hopper")))
    (OUT / "c3_signed_preface.pdf").write_bytes(signed_preface())


if __name__ == "__main__":
    main()
