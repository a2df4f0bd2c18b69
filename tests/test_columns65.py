"""A PDF's text columns: reading order and paragraph joins (issue 16 point 4; fresh-user trial 64c's two-column PDF).

Each page is made here (tests/pdfmaker.py: lines flowed through column frames as a typesetter fills them) and run
through the whole pipeline; each talk's paragraphs must be the source's paragraphs, every line in its place: each
wrap inside a column joined, across a column's or a page's break too, each paragraph's end kept. Near misses: short
complete lines side by side (a list of names beside an address) stay lines.
"""

import json
from pathlib import Path

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, flowed_pages, justified, text_width, wrapped_words
from reliability import one_talk, sections_of

W = 595.28

HARBOUR = [
    ("h", "1. Introduction"),
    ("p", "Coastal towns face rising seas and shrinking budgets at the same time. Most adaptation plans were written "
          "for large ports with their own engineers, and small harbours have had to borrow them."),
    ("p", "This paper asks what a small harbour can do with the data it already holds. We look at tide gauges, "
          "repair records and the minutes of harbour boards over twenty years."),
    ("h", "2. Results"),
    ("p", "Repairs followed high tides far more often than storms. In four harbours the link held in every year, and "
          "in the others it was weaker but clear."),
    ("p", "Boards that read their own gauge planned their works earlier. They spent less on urgent repairs and more "
          "on dredging, which the older plans had left out."),
    ("h", "3. Conclusion"),
    ("p", "A small harbour can plan with its own records. The gauge on the quay and the repair ledger together tell "
          "a board when and where the sea will do harm."),
]

TRANSIT = [
    ("p", "本稿では、地方都市における公共交通の利用促進策について、三つの市の事例をもとに検討する。人口減少が進む中で、"
          "路線バスの維持は多くの自治体にとって大きな課題となっている。"),
    ("p", "特に高齢者の移動手段の確保は急務であり、デマンド型交通の導入が各地で試みられている。"),
    ("p", "調査は二〇二三年の春から秋にかけて行い、各市の交通担当課への聞き取りと、利用者へのアンケートを実施した。"
          "回答数は合計で千二百件である。"),
    ("p", "デマンド型交通を導入した市では、高齢者の外出回数が増え、通院や買い物の負担が軽くなったとの回答が多かった。"
          "一方で、予約の手間を理由に利用をやめた人も一定数みられた。"),
]


def _centred(text: str, y: float, font: str = EN, size: float = 10.0) -> tuple:
    return (font, size, (W - text_width(text, font, size)) / 2, y, text)


def _expected(blocks: list[tuple[str, str]]) -> list[tuple[str | None, list[str]]]:
    out: list[tuple[str | None, list[str]]] = []
    for kind, text in blocks:
        if kind == "h":
            out.append((text.split(". ", 1)[1], []))
        else:
            out[-1][1].append(text)
    return out


def _talk(tmp_path: Path, name: str, pages: list) -> dict:
    path = tmp_path / name
    path.write_bytes(drawn_pdf(pages))
    return one_talk(path, tmp_path)


def test_narrow_ragged_columns_join_their_wraps_and_read_the_longer_column_whole(tmp_path: Path) -> None:
    # trial 64c's shape: about 30 characters a line, ragged right, a blank line between paragraphs; the right column
    # (the conclusion) ends high, so white spans the page over the left column's next heading: the right column had
    # been read between the left's paragraphs, and the wraps kept (no measure of 40 columns shows)
    pages = flowed_pages(HARBOUR, [(0, 50, 200, 720, 330), (0, 310, 460, 720, 60)], size=10, leading=14, gap=14)
    talk = _talk(tmp_path, "ragged.pdf", [[_centred("Tides and Repairs in Small Harbours", 790, EN_BOLD, 14),
                                           _centred("Ann Lowe, Coastal Studies Unit, Hull", 770), *pages[0]]])
    assert sections_of(talk) == _expected(HARBOUR)


def test_short_sections_in_columns_beside_each_other_join_their_wraps(tmp_path: Path) -> None:
    # the trial's own shape: two sections a column, each two or three lines of about 28 characters, set ragged; no
    # line of the body reaches 40 columns, so no measure showed and only a line ending on ``and`` was joined
    blocks = [("h", "1. Background"), ("p", "Ferries link the four islands to the mainland twice a day in winter."),
              ("h", "2. Survey"), ("p", "We asked 300 passengers how often they travel and why they chose the ferry."),
              ("h", "3. Findings"), ("p", "Most trips were for work or school. Older riders travelled in the morning."),
              ("h", "4. Next steps"), ("p", "A third sailing in winter would serve the evening trips best.")]
    pages = flowed_pages(blocks, [(0, 50, 190, 720, 640), (0, 310, 450, 720, 60)], size=10, leading=14, gap=14)
    talk = _talk(tmp_path, "ferries.pdf", [[_centred("Island Ferries in Winter", 790, EN_BOLD, 14),
                                            _centred("Mari Lind, Sound Transport Group", 770), *pages[0]]])
    assert sections_of(talk) == _expected(blocks)


def test_justified_columns_join_across_the_gutter_and_the_page(tmp_path: Path) -> None:
    # a REVTeX-like paper: title, authors and abstract across both columns; two justified columns, paragraphs set
    # in; a note at the foot of the left column, a figure's caption at the foot of the right; page 2 two columns only,
    # a sentence running from page 1's right column into page 2's left column and from there into its right
    blocks = HARBOUR + [("h", "4. Outlook"), ("p", HARBOUR[1][1] + " " + HARBOUR[4][1] + " " + HARBOUR[7][1]),
                        ("p", HARBOUR[2][1] + " " + HARBOUR[5][1])]
    abstract = "We measure the load that tides put on the walls of nine small harbours and compare it with repairs."
    head = [_centred("Tidal Loading of Harbour Walls", 790, EN_BOLD, 14), _centred("E. Stone and F. Reyes", 770),
            _centred("Department of Physics, Dunmore University", 757)]
    rows = wrapped_words(abstract, EN, 9, 380)
    head += justified(rows[0].split(), 107, 487, 720, 9) + [(EN, 9, 107, 709, rows[1])]
    frames = [(0, 56, 287, 680, 480), (0, 308, 539, 680, 420), (1, 56, 287, 780, 740), (1, 308, 539, 780, 600)]
    pages = flowed_pages(blocks, frames, size=9, leading=11, indent=10, justify=True)
    note = (EN, 7, 56, 108, "* Corresponding author: stone@dunmore.example")
    caption = [(EN, 8, 308, 118, "FIG. 1. Tidal load on the main quay wall against the number of"),
               (EN, 8, 308, 108, "repairs in the week after, for nine harbours.")]
    talk = _talk(tmp_path, "revtex.pdf", [head + pages[0] + [note] + caption, pages[1]])
    body = [(title, [p for p in paragraphs if not p.startswith("FIG. 1.")]) for title, paragraphs in sections_of(talk)]
    assert body == _expected(blocks)
    assert [n["text"] for n in talk["paper"]["footnotes"]] == ["* Corresponding author: stone@dunmore.example"]
    paragraphs = [p for _, ps in sections_of(talk) for p in ps]  # the caption whole, between two paragraphs
    assert "FIG. 1. Tidal load on the main quay wall against the number of repairs in the week after, for nine harbours." in paragraphs
    assert talk["paper"]["front"][0]["text"] == abstract


def test_japanese_unbalanced_columns_and_a_caption_at_the_page_foot(tmp_path: Path) -> None:
    # a Japanese paper in two columns: headings with white above them, the right column ending high on page 2 (the
    # left column's rows under white were read after it), and on page 1 a figure's caption at the right column's
    # foot, the sentence going on at page 2's top (the caption had broken the paragraph in two); page 2's last paragraph
    # opens on the left column's last line, set in under a paragraph's white (it had been joined to the one before)
    blocks = [("h", "１．はじめに"), *TRANSIT[:2], ("h", "２．調査の方法"), TRANSIT[2], ("h", "３．結果"), TRANSIT[3],
              ("h", "４．考察"), ("p", TRANSIT[0][1] + TRANSIT[3][1]), ("h", "５．おわりに"), TRANSIT[1], TRANSIT[2]]
    frames = [(0, 60, 280, 740, 560), (0, 315, 535, 740, 610), (1, 60, 280, 780, 480), (1, 315, 535, 780, 700)]
    pages = flowed_pages(blocks, frames, font=JA, size=10, leading=16, indent=10, gap=8)
    title = "地方都市における公共交通の利用促進"
    caption = (JA, 9, 315, 560, "図１　デマンド型交通の利用者数の推移")
    talk = _talk(tmp_path, "ja.pdf", [[_centred(title, 790, JA, 14), *pages[0], caption], pages[1]])
    assert talk["title"]["ja"] == title
    expected = [(title[2:] if title[:1].isdigit() else title, ps) for title, ps in _expected_ja(blocks)]
    got = [(t, [p for p in ps if not p.startswith(("図１", "図1"))]) for t, ps in sections_of(talk)]
    assert got == expected
    assert "図1　デマンド型交通の利用者数の推移" in [p for _, ps in sections_of(talk) for p in ps]


def _expected_ja(blocks: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for kind, text in blocks:
        if kind == "h":
            out.append((text.split("．", 1)[1], []))
        else:
            out[-1][1].append(text)
    return out


def test_a_caption_at_a_page_foot_is_read_after_the_paragraph_it_broke(tmp_path: Path) -> None:
    # one column: a figure and its caption, set across the measure, at page 1's foot, the paragraph going on at page 2's
    # top; a second caption between two paragraphs stays where it stands
    body = [("p", HARBOUR[1][1] + " " + HARBOUR[2][1] + " " + HARBOUR[4][1]), ("p", HARBOUR[5][1]),
            ("p", HARBOUR[7][1])]
    pages = flowed_pages(body[:1], [(0, 72, 523, 730, 690), (1, 72, 523, 780, 60)], size=10, leading=13, indent=12)
    first = ("Figure 1. Silt depth at the main quay before and after dredging in 2019, measured at low water by the "
             "harbour board's survey boat; depths in metres.")
    second = "Figure 2. Repairs by month."
    runs = [(EN, 9, 72, 400 - 11 * k, row) for k, row in enumerate(wrapped_words(first, EN, 9, 451))]
    y = min(run[3] for run in pages[1]) - 13
    page2 = pages[1] + flowed_pages(body[1:2], [(0, 72, 523, y, 60)], size=10, leading=13, indent=12)[0]
    y = min(run[3] for run in page2) - 150  # a figure's white, its caption under it
    page2 += [(EN, 9, 72, y, second)] + flowed_pages(body[2:], [(0, 72, 523, y - 24, 60)], size=10, leading=13,
                                                      indent=12)[0]
    talk = _talk(tmp_path, "caption.pdf", [[_centred("Harbour Silt After Dredging", 790, EN_BOLD, 14),
                                            _centred("D. Moss, Port Survey Office", 770), *pages[0], *runs], page2])
    assert [p for _, ps in sections_of(talk) for p in ps] == [body[0][1], first, body[1][1], second, body[2][1]]


def test_short_complete_lines_side_by_side_stay_lines(tmp_path: Path) -> None:
    # near miss: a list of names beside an address: two columns side by side, their lines complete, none wrapped
    from pipeline.model import Cleaned
    from pipeline.segment.layout import Layout
    from pipeline.segment.measures import column_prose, side_by_side

    left = ["Akiko Tanaka, chair of the board", "Brian Ellis, treasurer and clerk", "Carla Moreno, secretary",
            "Dev Patel, harbour master", "Eva Lund, member for the north quay"]
    right = ["Harbour Office", "3 Quay Street", "Dunmore DN4 7QA", "tel. 01234 567890", "office@dunmore.example"]
    runs = [(EN_BOLD, 14, 56, 790, "Dunmore Harbour Board"), (EN_BOLD, 10, 56, 754, "Members"),
            (EN_BOLD, 10, 320, 754, "Contact")]
    for k, (a, b) in enumerate(zip(left, right)):
        runs += [(EN, 10, 56, 740 - 14 * k, a), (EN, 10, 320, 740 - 14 * k, b)]
    talk = _talk(tmp_path, "list.pdf", [runs])
    # (the contact column under its heading had been the only section: since helper close82 it is the closing block,
    # which a talk with no section keeps in ``front``; its lines stay lines, in order)
    front = [p["text"] for p in talk["paper"]["front"]]
    assert front[front.index("Contact"):] == ["Contact", *right]
    cleaned = Cleaned.from_json(json.loads((tmp_path / "out" / "clean" / "list.json").read_text(encoding="utf-8")))
    layout = Layout.of(cleaned)
    lines = [t for t in cleaned.lines if t.text.strip()]
    beside = side_by_side(lines, layout)
    assert sum(beside) >= 10  # the two columns are found
    assert not column_prose(lines, beside, lambda k: True)  # but they are no prose: no measure of a column's
