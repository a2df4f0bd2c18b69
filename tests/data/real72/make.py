"""Japanese manuals' PDFs (helper real72, issue 16 on real PDFs: texlive-lang-japanese's ptex-manual): parts headed
``第I部`` over the part's name, the last part holding no numbered chapter; a table whose row label is set in a larger
Gothic (``組版例``) under its caption ``表1 …``. Near misses: a sentence opening on ``第2部では`` and a committee's
``第1部会`` line, a heading set large after a table has closed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from pdfmaker import JA, drawn_pdf  # noqa: E402

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent)
SIZE, LEFT, PITCH, N = 10.0, 90.0, 17.0, 42  # a full line holds N characters: 90 .. 510


def body(text, top, first=SIZE):
    """Running text cut every N characters (its first line set in by ``first`` points), from ``top`` down."""
    runs, y, k, x = [], top, 0, LEFT + first
    while k < len(text):
        n = int((LEFT + N * SIZE - x) // SIZE)
        runs.append((JA, SIZE, x, y, text[k:k + n]))
        k += n
        y -= PITCH
        x = LEFT
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


def table_page(row_label="組版例"):
    """A chapter whose table (caption ``表1 …``, TAB-parted rows) has a row label set in 12 pt, then more text."""
    runs = [(JA, 20.0, 200, 780, "組方向の手引き"), (JA, 12.0, 230, 750, "開発コミュニティ")]
    r, y = body("本書は組方向の扱いをまとめたものである．", 720)
    runs += r + [(JA, 14.5, LEFT, y - 10, "1 組方向")]
    r, y = body("この処理系のサポートする組方向は横組，縦組の二つである．" + T3, y - 36)
    runs += r
    runs += [(JA, 9.0, 220, y - 6, "表1 サポートする組方向"),
             (JA, 9.0, 190, y - 26, "横組"), (JA, 9.0, 300, y - 26, "縦組"),
             (JA, 9.0, 96, y - 44, "字送り方向"), (JA, 9.0, 190, y - 44, "水平右向き"), (JA, 9.0, 300, y - 44, "垂直下向き"),
             (JA, 9.0, 96, y - 62, "行送り方向"), (JA, 9.0, 190, y - 62, "垂直下向き"), (JA, 9.0, 300, y - 62, "水平左向き"),
             (JA, 12.0, 96, y - 86, row_label), (JA, 12.0, 190, y - 86, "銀は、Ag"), (JA, 12.0, 300, y - 86, "銀は、Ag")]
    r, y = body("表の組版例のとおり，縦組では欧文文字が回転して組まれる．" + T2, y - 120)
    runs += r
    runs.append((JA, 14.5, LEFT, y - 10, "2 ベースライン補正"))
    r, y = body(T1, y - 36)
    return drawn_pdf([runs + r])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "p1_parts.pdf").write_bytes(manual())
    (OUT / "p2_parts_kanji.pdf").write_bytes(manual(("第一部", "第二部", "第三部"), ("概要", "命令の一覧", "付録の資料")))
    (OUT / "t1_table_row.pdf").write_bytes(table_page())
    (OUT / "t2_table_row.pdf").write_bytes(table_page("出力例"))


if __name__ == "__main__":
    main()
