"""Japanese PDFs of justified text (helper real71c, issue 16 point 4): a description list's items whose first line
reaches the text block's right edge mid-word and goes on under a hanging indent; near misses: a short item or heading
without a stop, and a right-set line."""
import sys
from pathlib import Path
sys.path.insert(0, "/work/wt/real71c/tests")
from pdfmaker import JA, drawn_pdf

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/regress/in_real71c")
SIZE, LEFT, PITCH = 10.0, 90.0, 17.0
N = 42  # characters a full line holds: 90 .. 510


def body(text, top, x0=LEFT, first=None):
    """Lines of ``text`` cut every N characters (a first line set in by ``first`` points), from ``top`` down."""
    runs, y, k = [], top, 0
    x = x0 + (first or 0)
    while k < len(text):
        n = int((LEFT + N * SIZE - x) // SIZE)
        runs.append((JA, SIZE, x, y, text[k:k + n]))
        k += n
        y -= PITCH
        x = x0
    return runs, y


def item(label, text, top, x0=100.0, hang=10.0):
    """A description list's item: ``label`` then its text, wrapped under a hanging indent of ``hang`` points."""
    runs, y, k = [], top, 0
    head = label + "　" + text
    x = x0
    while k < len(head):
        n = int((LEFT + N * SIZE - x) // SIZE)
        runs.append((JA, SIZE, x, y, head[k:k + n]))
        k += n
        y -= PITCH + 4  # a line set with a taller inline face: pdfminer opens a new box
        x = x0 + hang
    return runs, y - 4


PARA = ("この文書では、組版処理における和文文字の扱いについて説明する。処理系は入力された文字を内部コードに変換し、"
        "その後の処理に回す。変換の規則は起動時のオプションによって制御できる。")
ITEMS_A = [("状態Ｍ", "和文文字の直後。状態Ｋとの差異は改行でスペースを出力しないことであり、これによって段落中の改行が無視される。"),
           ("状態Ｔ", "和文文字で終わるコントロールワードの直後。状態Ｓとの差異はグループ開始・終了での遷移先が状態Ｍでなく状態Ｋであること。"),
           ("状態Ｓ", "空白の直後。")]
ITEMS_B = [("入力", "ファイルから読み込まれる文字列は、指定された文字コードに従って一文字ずつ解釈され、内部の表現に置き換えられてから処理される。"),
           ("出力", "組版の結果は装置に依存しない形式で書き出され、後段のドライバがそれを読んで印刷用のデータを作ることになっている。"),
           ("注意", "互換性")]


def doc(paras, items, after):
    runs, y = body(paras, 780, first=SIZE)
    y -= 8
    for label, text in items:
        r, y = item(label, text, y)
        runs += r
    r, y = body(after, y - 8, first=SIZE)
    return runs + r


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "j1_statelist.pdf").write_bytes(drawn_pdf([doc(PARA, ITEMS_A, PARA[::-1].replace("。", "") + "。")]))
    (OUT / "j2_iolist.pdf").write_bytes(drawn_pdf([doc("入出力の流れを次にまとめる。各段階の役割は以下のとおりである。", ITEMS_B,
                                                    "以上の流れは処理系の版によらず共通である。")]))
    # a list whose items cross a page break: the item's first line is the page's last
    p1, y = body(PARA * 2, 780, first=SIZE)
    y = 90.0
    r1, _ = item("規則", "和文文字と欧文文字の間には自動的に空白が挿入されるが、その量は和文フォントの設定によって変わる。", y)
    (OUT / "j3_pagebreak.pdf").write_bytes(drawn_pdf([p1 + r1[:1], [(JA, SIZE, 110.0, 780, r1[1][4])] + body(PARA, 750, first=SIZE)[0]]))


def nested(intro, outer, inner, tail, heading="1　入力の処理"):
    """A paragraph, then a run-in item whose text hangs, two items nested under it (the second's first line reaching
    the edge mid-word, its rest under a deeper hanging indent), then a closing paragraph: ptex-manual's state list."""
    runs, y = body(intro, 750, first=SIZE)
    runs.insert(0, (JA, 12.0, LEFT, 780, heading))
    r, y = item(outer[0], outer[1], y - 8, x0=100.0)
    runs += r
    for label, text in inner:
        r, y = item(label, text, y + 4, x0=110.0)
        runs += r
    r, y = body(tail, y - 8, first=SIZE)
    return runs + r


def more():
    (OUT / "j4_nested.pdf").write_bytes(drawn_pdf([nested(
        "入力プロセッサは有限オートマトンとして記述できる。その状態遷移は基本的に変わらないが、和文文字に関わる部分が拡張されている。",
        ("内部状態の追加", "従来は三つの状態であったが、次の二つの状態が追加された。"),
        [("状態Ｋ", "和文文字の直後。改行で空白を出力しない。"),
         ("状態Ｔ", "和文文字で終わる制御語の直後。状態Ｓとの差異はグループ開始・終了での遷移先が状態Ｋであること。")],
        "以上が追加された状態である。")]))
    (OUT / "j5_nested_notes.pdf").write_bytes(drawn_pdf([nested(
        "この節では、辞書の引き方について述べる。見出し語の並べ方は版によって異なるので注意が必要である。",
        ("配列の規則", "見出し語は五十音順に並べ、同じ読みの語は次の順に置く。"),
        [("一", "漢字表記の語を先に置く。"),
         ("二", "外来語は片仮名表記のまま並べ、長音符号は直前の母音と同じものとして扱う。ただしこの規則は初版には適用さ" + "れていないため、古い版を引くときは注意すること。")],
        "配列の規則は付録にもまとめてある。")]))
    (OUT / "j6_nested_rules.pdf").write_bytes(drawn_pdf([nested(
        "禁則処理は行頭と行末に置けない文字を定める。その扱いは次の二つの種類に分けられ、それぞれ別の表で指定する。",
        ("禁則の種類", "文字ごとに次のどちらかを指定できるが、両方を同時に指定することはできない。"),
        [("行頭禁則", "句読点や閉じ括弧など。"),
         ("行末禁則", "開き括弧などの文字は行末に置くと読みにくくなるので、組版の際には次の行の先頭へ送り出されるように指定しておく。")],
        "禁則の表は文書の途中で変更してもよい。", heading="2　禁則")]))
    (OUT / "j7_nested_units.pdf").write_bytes(drawn_pdf([nested(
        "長さの単位には、欧文の組版で使われるものに加えて、和文の組版に固有のものがいくつか用意されている。",
        ("和文の単位", "次の二つがあり、いずれも現在の和文フォントの大きさから計算される。"),
        [("字幅", "全角文字の幅。"),
         ("字高", "全角文字の高さと深さの和であり、縦組みでは行送りの計算に用いられるので、横組みとは値が入れ替わることに注意する。")],
        "これらの単位は寸法を書くところならどこでも使える。", heading="3　長さの単位")]))
    (OUT / "j8_nested_katakana.pdf").write_bytes(drawn_pdf([nested(
        "出力ファイルの形式は処理系ごとに拡張されており、従来の形式を読むプログラムでは扱えないことがある。",
        ("拡張の内容", "次の命令が追加されている。"),
        [("方向命令", "組方向を切り替える。"),
         ("字送り命令", "縦組みのときに文字を送る方向を変えるもので、既存のドライバソフトウェアのアップデ" + "ートなしには正しく表示できない。")],
        "詳しくは付録を参照のこと。", heading="4　出力形式")]))
    # near miss: nested items that are short phrases without a stop, over a paragraph: each stays a line
    (OUT / "n1_short_items.pdf").write_bytes(drawn_pdf([nested(
        "必要な道具は次のとおりである。会場では貸し出しを行わないので、各自で用意すること。",
        ("持ち物", "筆記用具"),
        [("一", "上履き"), ("二", "名札")],
        "当日は午前九時までに受付を済ませること。")]))


if __name__ == "__main__":
    more()
    main()
