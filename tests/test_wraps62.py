"""Wraps read from the document's own evidence (helper wraps62; issue 16 point 4, "the line measure that decides a wrap
comes from the document"). Made-up inputs, drawn here:

* a PDF paragraph set ragged right with one line broken by hand well short of the measure, its sentence going on in
  the next line (English in small letters, ``paragraphs.join_wraps``'s ``broken_by_hand``; Japanese with its clause
  left open, ``hand_broken_ja``), and the short lines that end a paragraph, open a list or stand in verse;
* a vertical Japanese text whose column runs to the foot on ``。`` and whose next column, not set in, goes on the
  paragraph (``column_full``, ``_indents_vertical_paragraphs``), and the columns that open or end paragraphs;
* a text dump's English column of 14–24 characters a line (``measures.narrow_prose``, ``prose_boxes``), and the
  address, list of names, poem, table and list of lower-case items beside such a column that keep their lines.
"""

from __future__ import annotations

import textwrap

import pytest

from pdfmaker import EN, EN_BOLD, JA, JA_V, drawn_pdf, text_width
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems


def _talk(data: bytes, name: str):
    cleaned = clean(extract(data, name=name))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def paragraphs(talk) -> list[str]:
    return [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]


# --------------------------------------------------------------------------
# 1. a ragged-right PDF line broken by hand short of the measure

def _en_lines(text: str, hand: tuple[str, ...], width: float = 440.0, size: float = 11.0) -> list[str]:
    """Greedy lines of ``text`` at ``width`` points, each also ended after a word of ``hand`` (the author's break)."""
    lines, line = [], []
    for word in text.split():
        if line and text_width(" ".join([*line, word]), EN, size) > width:
            lines.append(" ".join(line))
            line = []
        line.append(word)
        if word in hand:
            lines.append(" ".join(line))
            line = []
    return lines + ([" ".join(line)] if line else [])


def _en_pdf(title: str, blocks: list, size: float = 11.0, x: float = 72.0) -> bytes:
    """A page of ``blocks``: ``("p", text, hand)`` a paragraph (first line set in by 1.5 ems), ``("h", text)`` a
    heading, ``("raw", lines)`` lines as given at the margin (a list, verse)."""
    runs, y = [(EN_BOLD, 16, x, 770, title)], 736.0
    for block in blocks:
        if block[0] == "h":
            y -= 6
            runs.append((EN_BOLD, 13, x, y, block[1]))
            y -= 20
        elif block[0] == "raw":
            for line in block[1]:
                runs.append((EN, size, x, y, line))
                y -= 1.3 * size
        else:
            for k, line in enumerate(_en_lines(block[1], block[2])):
                runs.append((EN, size, x + (1.5 * size if k == 0 else 0.0), y, line))
                y -= 1.3 * size
    return drawn_pdf([runs])


HARBOUR = ("Most of the work went to the outer channel, where the sand bar had moved since the last chart was drawn and "
           "the pilots had asked for new marks.")
ORCHARD = ("This spring the society planted a shared orchard of twelve apple trees on the corner plot that had stood empty "
           "since the old shed came down, and members gave their weekends to dig the beds.")
LIBRARY = ("During the trial the reading room stayed open until nine, and the number of visits after six rose by about a "
           "third compared with the spring months of the year before.")


@pytest.mark.parametrize("text, hand", [(HARBOUR, ("where",)), (ORCHARD, ("shared", "plot")), (LIBRARY, ("visits",))])
def test_english_line_broken_by_hand_mid_sentence_goes_on(text: str, hand: tuple[str, ...]) -> None:
    lead = "The survey began in March with three boats and a crew of nine volunteers who sounded the channel daily."
    talk = _talk(_en_pdf("Notes of the Season", [("p", lead, ()), ("p", text, hand)]), "made-up.pdf")
    assert text in paragraphs(talk)


def test_short_english_lines_that_end_a_paragraph_or_stand_as_verse_or_a_list_stay_lines() -> None:
    verse = ["the tide goes out", "and leaves the boats", "asleep on sand", "until the moon", "comes back for them"]
    items = ["• repairs to the stile by the church", "• a new sign at the ford", "• clearing of the hedge"]
    talk = _talk(_en_pdf("Minutes of the Parish Meeting", [
        ("p", "The meeting opened at seven with eleven members present and apologies from two.", ()),
        ("p", "The footpath by the mill is still closed.", ()),
        ("raw", items),
        ("p", "A pupil of the village school wrote the following poem for the harbour festival this year.", ()),
        ("raw", verse),
        ("p", "members agreed to write to the county about all three items before the summer.", ()),
    ]), "made-up.pdf")
    found = paragraphs(talk)
    assert "The footpath by the mill is still closed." in found
    assert all(line in found for line in items + verse)


def _ja_pdf(title: str, heading: str, paragraphs_: list[tuple[str, tuple[str, ...]]], n: int = 36) -> bytes:
    """A page of Japanese paragraphs, each opened by an ideographic space, wrapped at ``n`` characters and after each
    of its ``hand`` breaks."""
    runs, y = [(JA, 15, 72, 780, title), (JA, 12, 72, 744, heading)], 724.0
    for text, hand in paragraphs_:
        line = ""
        for ch in "\u3000" + text:
            line += ch
            if len(line) == n or any(line.endswith(h) for h in hand):
                runs.append((JA, 10.5, 72, y, line))
                y -= 16.8
                line = ""
        if line:
            runs.append((JA, 10.5, 72, y, line))
            y -= 16.8
    return drawn_pdf([runs])


SHOPS = ("市は空き店舗を借り上げて若い事業者に安く貸し出す制度を設け、三年間で十二の店舗が新たに開業した。このうち九店舗は"
         "現在も営業を続けており、商店街の通行量も制度の開始前と比べて二割ほど増えている。")
NIGHT = ("夜間開館の試行期間中、閲覧室は午後九時まで開かれ、仕事帰りの利用者が大きく増えたことから、図書館では本格的な"
         "実施に向けて職員の配置を見直すことにした。")
RIVER = ("さくら川の清掃は、地元の自治会と中学校が協力して毎年春に行っており、回収したごみは年々少なくなっている。")


@pytest.mark.parametrize("text, hand", [(SHOPS, ("若い事業者に",)), (NIGHT, ("職員の",)), (RIVER, ("中学校が",))])
def test_japanese_line_broken_by_hand_with_its_clause_open_goes_on(text: str, hand: tuple[str, ...]) -> None:
    talk = _talk(_ja_pdf("まちの取り組み", "１．取り組みの内容", [(text, hand)]), "made-up.pdf")
    assert text in paragraphs(talk)


def test_short_japanese_lines_ending_a_paragraph_or_labelling_a_list_stay_lines() -> None:
    runs = [(JA, 15, 72, 780, "町内会だより"), (JA, 12, 72, 744, "１．夏祭りについて")]
    lines = ["\u3000今年の夏祭りは八月に開かれる。", "\u3000会場は例年どおり中央公園で、夜店の出店者を募集している。",
             "持ち物", "・筆記用具", "・上履き", "\u3000雨天の場合は公民館で行う。"]
    runs += [(JA, 10.5, 72, 724 - 16.8 * k, line) for k, line in enumerate(lines)]
    found = paragraphs(_talk(drawn_pdf([runs]), "made-up.pdf"))
    assert [p.strip("\u3000") for p in found] == [line.strip("\u3000") for line in lines]


# --------------------------------------------------------------------------
# 2. vertical columns: a column run to the foot on 。, the next column not set in

N = 30  # characters a column
HARBOUR_JA = "港町では古くから海を越えた交流が続いてきたといわれている。"  # 29: with the indent, a full column
YOUNG = "近年は若い世代の参加が増え、交流の形も大きく変わりつつある。"  # 30: a full column alone
PLAN = "市はこうした動きを受けて、新たな交流計画をまとめた。"
FESTIVAL = "山の村では毎年秋になると、収穫を祝う祭りが盛大に開かれる。"  # 29
FLOATS = "祭りの準備は夏の終わりから始まり、村の人々が総出で山車を飾る。その様子を見ようと、遠方からも多くの人が訪れる。"
KEEPERS = "しかし近年は担い手が減り、祭りの存続が課題となっている。"


def _columns(paragraphs_: list[str], indent: bool = True) -> list[str]:
    """Columns of ``N`` characters, each paragraph opened by an ideographic space; a stop falling at a column's head
    hangs below the column before (burasagari)."""
    out = []
    for p in paragraphs_:
        text = ("\u3000" if indent else "") + p
        while text:
            cut = N + (text[N:N + 1] in ("。", "、"))
            out.append(text[:cut])
            text = text[cut:]
    return out


def _vertical(pages: list[list[str]]) -> list[str]:
    drawn = [[(JA_V, 10.5, 540 - 20 * k, 780, c) for k, c in enumerate(cols) if c] for cols in pages]
    return paragraphs(_talk(drawn_pdf(drawn), "made-up.pdf"))


HEAD = ["港町の国際交流", "", "山田　太郎", ""]


@pytest.mark.parametrize("paragraphs_", [
    [HARBOUR_JA + YOUNG, PLAN],              # the first column ends on 。 at the foot
    [FESTIVAL + FLOATS, KEEPERS],            # and a later column hangs its 。 below the foot
    [HARBOUR_JA + YOUNG + PLAN, KEEPERS],    # two full columns on 。, then a short one
])
def test_vertical_column_full_on_a_stop_goes_on_in_a_column_not_set_in(paragraphs_: list[str]) -> None:
    assert _vertical([HEAD + _columns(paragraphs_)]) == paragraphs_


def test_vertical_column_full_on_a_stop_goes_on_across_a_page_break() -> None:
    first = "港の朝市は毎週日曜日に開かれ、漁師が自ら獲った魚を売っている。" + HARBOUR_JA
    cols = _columns([first + YOUNG, PLAN])
    assert _vertical([HEAD + cols[:2], cols[2:]]) == [first + YOUNG, PLAN]


def test_vertical_columns_set_in_or_after_a_short_column_open_paragraphs() -> None:
    # a full column on 。 before a column set in, a short column before one: each opens a paragraph
    assert _vertical([HEAD + _columns([HARBOUR_JA, YOUNG, PLAN])]) == [HARBOUR_JA, YOUNG, PLAN]
    assert _vertical([HEAD + _columns([FESTIVAL + "祭りは三日間続く。", FLOATS, KEEPERS])]) == \
        [FESTIVAL + "祭りは三日間続く。", FLOATS, KEEPERS]


def test_vertical_text_opening_paragraphs_flush_shows_no_indent_rule() -> None:
    # no column set in and a paragraph opened flush after a short column: the full column's 。 stays a break
    assert _vertical([HEAD + [YOUNG, HARBOUR_JA, PLAN]]) == [YOUNG, HARBOUR_JA, PLAN]


# --------------------------------------------------------------------------
# 3. a text dump's narrow English column

FERRY = ("The new ferry timetable starts on Monday, with an extra sailing in the early morning for those who work on the "
         "mainland. The council hopes the change will ease the crowding on the eight o'clock boat, which is often full "
         "by the time it reaches the second island.")
CLEANUP = ("Volunteers cleared the riverbank on Saturday and collected more than forty bags of litter from the reeds "
           "between the old mill and the footbridge. The group meets again next month and would welcome new helpers of "
           "any age.")
HOURS = ("Our library will stay open until eight on weekdays from next week, after a trial showed that many readers come "
         "in after work. Study rooms can be booked at the desk or by telephone, and the children's corner keeps its "
         "usual hours.")


def _dump(text: str) -> list[str]:
    return paragraphs(_talk(text.encode(), "made-up.txt"))


def _col(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


@pytest.mark.parametrize("width", [14, 16, 18])
def test_narrow_english_column_of_a_dump_is_joined(width: int) -> None:
    found = _dump(f"Village Bulletin\n\n{_col(CLEANUP, width)}\n\n{_col(HOURS, width)}\n\n{_col(FERRY, width)}\n")
    assert [CLEANUP, HOURS, FERRY] == [p for p in found if p in (CLEANUP, HOURS, FERRY)]


@pytest.mark.parametrize("block", [
    ["Mrs Ann Walker", "14 Church Lane", "little Barford", "near Bedford", "MK44 3RT"],      # an address
    ["anne fisher", "bob grant", "carol hughes", "david ince", "emma jones"],                # a list of names
    ["the tide goes out", "and leaves the boats", "asleep upon the sand", "until the moon",  # a poem
     "comes back for them"],
    ["warm clothes", "waterproof boots", "gloves and a hat", "a packed lunch", "something to drink"],  # a list
])
def test_short_lines_beside_a_narrow_column_keep_their_lines(block: list[str]) -> None:
    found = _dump("Notes\n\nSent in by readers\nthis month.\n\n" + "\n".join(block) + f"\n\n{_col(CLEANUP, 20)}\n")
    assert all(line in found for line in block)
    assert CLEANUP in found


def test_table_of_short_cells_beside_a_narrow_column_keeps_its_rows() -> None:
    table = "day      high    low\nmonday   06:10   12:20\ntuesday  06:55   13:05\nthursday 08:25   14:35"
    found = _dump(f"Tide table\n\n{table}\n\n{_col(CLEANUP, 20)}\n")
    assert CLEANUP in found
    assert any("monday" in p for p in found) and not any("12:20 tuesday" in p for p in found)
