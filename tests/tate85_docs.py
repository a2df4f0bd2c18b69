"""Vertical documents for tests/test_tate85.py (issue 16 points 2 and 4, helper tate85): essays with ruby, section
numbers and folios, a page with digits set upright in its columns (縦中横), a title band over vertical text.

Markup in the texts: ``{base|ruby}`` sets ``ruby`` at half size right of ``base`` (centred on it, as a typesetter sets
group ruby); ``＠25＠`` sets the digits upright across one cell (縦中横). Also written to /work/regress/in_tate85."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import EN, JA, JA_V, drawn_pdf, text_width  # noqa: E402

BODY = 10.5
TOP = 780.0
PITCH = 18.0

def units(text):
    """A text's units: (kind, base, ruby): 'g' glyph, 'r' ruby group, 't' upright digits."""
    out = []
    for m in re.finditer(r"\{([^|]+)\|([^}]+)\}|＠([^＠]+)＠|(.)", text):
        if m.group(1):
            out.append(("r", m.group(1), m.group(2)))
        elif m.group(3):
            out.append(("t", m.group(3), None))
        else:
            out.append(("g", m.group(4), None))
    return out

def cells(u):
    return len(u[1]) if u[0] == "r" else 1

def draw(x, y, us, size=BODY):
    runs = []
    for kind, base, ruby in us:
        if kind == "t":
            sz = size if len(base) <= 2 else size * 2 / len(base)
            w = text_width(base, EN, sz)
            runs.append((EN, sz, x - w / 2, y - 0.38 * size - 0.2555 * sz, base))  # centred on the cell
            y -= size
            continue
        if kind == "r":
            small = size / 2
            span, n = len(ruby) * small, len(base) * size
            start = y - (n - span) / 2
            runs.append((JA_V, small, x + size / 2 + small / 2 + 0.5, start, ruby))
        for ch in base:
            runs.append((JA_V, size, x, y, ch))
            y -= size
    return runs

def wrap(us, measure, first):
    lines, line, room = [], [], measure - first
    for u in us:
        if sum(map(cells, line)) + cells(u) > room:
            lines.append(line); line, room = [], measure
        line.append(u)
    if line:
        lines.append(line)
    return lines

def plain(text):
    return re.sub(r"\{([^|]+)\|[^}]+\}", r"\1", text).replace("＠", "")

def rubies(text):
    return re.findall(r"\{([^|]+)\|([^}]+)\}", text)

def typeset(blocks, *, measure=30, per_page=11, folio=None, space_glyph=False, right=540.0):
    """blocks: (kind, text) with kind title/author/head/para/verse/poet/blank. Returns pages of runs."""
    columns = []  # (offset cells, units, size)
    for kind, text in blocks:
        us = units(text)
        if kind == "title":
            columns.append((2, us, 16.0))
        elif kind == "author":
            n = sum(map(cells, us))
            columns.append((measure - n - 1, us, BODY))
        elif kind == "head":
            columns.append((3, us, BODY))
        elif kind == "blank":
            columns.append((0, [], BODY))
        elif kind == "poet":
            n = sum(map(cells, us))
            columns.append((measure - n, us, BODY))
        elif kind == "verse":
            columns.append((1, us, BODY))
        else:
            lines = wrap(us, measure, 1)
            for k, line in enumerate(lines):
                if k == 0 and space_glyph:
                    columns.append((0, [("g", "　", None)] + line, BODY))
                else:
                    columns.append((1 if k == 0 else 0, line, BODY))
    pages = []
    for p in range(0, len(columns), per_page):
        runs, x = [], right
        for off, us, size in columns[p:p + per_page]:
            x -= (size - BODY) if size > BODY else 0
            runs += draw(x, TOP - off * BODY, us, size)
            x -= PITCH + (size - BODY)
        n = p // per_page + 1
        if folio:
            mark = folio(n)
            w = text_width(mark, EN if mark.isascii() else JA, 9)
            runs.append((EN if mark.isascii() else JA, 9, (right + x + PITCH) / 2 - w / 2, TOP - measure * BODY - 40, mark))
        pages.append(runs)
    return pages

KANJI = "〇一二三四五六七八九"

ESSAY = [
    ("title", "{春霞|はるがすみ}の記"),
    ("author", "山辺 清二"),
    ("head", "一"),
    ("para", "古い{港町|みなとまち}の坂を上ると、石垣の上に小さな{社|やしろ}がある。朝の霧がまだ{海面|うなも}に残るころ、そこから見下ろす屋根の波は、遠い{沖|おき}の船と一つに溶けて、どこまでが陸でどこからが海なのか分からなくなる。"),
    ("para", "私はこの町に三年住んだ。その間、毎朝のように坂を上り、社の前の{欅|けやき}の下で{煙草|たばこ}を一本だけ吸った。町の人は私を見ても何も言わなかったが、ある冬の朝、{魚屋|さかなや}の老人が黙って{蜜柑|みかん}を二つくれた。"),
    ("head", "二"),
    ("para", "春になると、坂の両側の{垣根|かきね}に白い花が咲く。名前を尋ねても誰も知らず、ただ昔からそこにあるのだと言う。花の{匂|にお}いは夕方に強くなり、{風|かぜ}のない日には町じゅうがその匂いに包まれる。"),
    ("para", "町を去る日、私は最後に社へ上った。霧は晴れていて、沖の{島影|しまかげ}がはっきりと見えた。"),
]
CHAPTERS = [(k, v.replace("一", "第一章", 1) if k == "head" and v == "一" else ("第二章" if k == "head" else v)) for k, v in ESSAY]

DATED = [
    ("title", "{通信|つうしん}第＠25＠号"),
    ("author", "＠2025＠年＠10＠月＠12＠日"),
    ("para", "今年の{総会|そうかい}は＠10＠月＠4＠日に開かれ、会員＠38＠名が出席した。議事は予定どおり進み、新しい{役員|やくいん}＠5＠名が選ばれた。"),
    ("para", "次回の{例会|れいかい}は＠11＠月＠8＠日の午後＠2＠時からとする。"),
]

VERSE = [
    ("verse", "{古池|ふるいけ}や{蛙|かはづ}飛びこむ水の音"), ("poet", "芭蕉"), ("blank", ""),
    ("verse", "{菜|な}の花や月は東に日は西に"), ("poet", "蕪村"), ("blank", ""),
    ("verse", "{痩蛙|やせがへる}まけるな一茶これにあり"), ("poet", "一茶"), ("blank", ""),
    ("verse", "{柿|かき}くへば鐘が鳴るなり{法隆寺|ほふりゆうじ}"), ("poet", "子規"),
]

def expected(blocks, folios=()):
    return {"title": [plain(t) for k, t in blocks if k == "title"],
            "author": [plain(t) for k, t in blocks if k == "author"],
            "headings": [plain(t) for k, t in blocks if k == "head"],
            "paragraphs": [plain(t) for k, t in blocks if k in ("para", "verse", "poet")],
            "ruby": [list(r) for k, t in blocks for r in rubies(t)],
            "furniture": list(folios)}

def documents() -> dict[str, tuple[list, dict]]:
    """name → (pages of runs, expected reading) of every made-up document."""
    docs = {}
    for name, blocks, folio, space in [("essay_kanji_folio", ESSAY, lambda n: KANJI[n], False),
                                       ("essay_digit_folio", ESSAY, lambda n: str(n), True),
                                       ("essay_chapters", CHAPTERS, lambda n: f"- {n} -", False)]:
        pages = typeset(blocks, folio=folio, space_glyph=space)
        docs[name] = (pages, expected(blocks, [folio(n + 1) for n in range(len(pages))]))
    docs["dated_tcy"] = (typeset(DATED, measure=34), expected(DATED))
    docs["dated_tcy_folio"] = (typeset(DATED, measure=26, folio=lambda n: str(n + 11)), expected(DATED, ["12"]))
    docs["haiku"] = (typeset(VERSE, measure=24), expected(VERSE))
    # a horizontal title band over vertical body text
    band = [(JA, 16.0, 300 - text_width("海辺の町だより", JA, 16) / 2, 800, "海辺の町だより"),
            (JA, 10.0, 300 - text_width("第三号　二〇二五年秋", JA, 10) / 2, 782, "第三号　二〇二五年秋")]
    body = ESSAY[3:5]
    pages = typeset(body, measure=34)
    pages = [band + [(f, s, x, y - 40, t) for f, s, x, y, t in pages[0]]] + pages[1:]
    exp = expected(body)
    exp["title"] = ["海辺の町だより"]
    exp["band"] = ["第三号　二〇二五年秋"]
    docs["band_over_vertical"] = (pages, exp)
    return docs


def main(out: str) -> None:
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (pages, exp) in documents().items():
        (out_dir / f"{name}.pdf").write_bytes(drawn_pdf(pages))
        (out_dir / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/regress/in_tate85")
