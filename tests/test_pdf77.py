"""Issue 16, session 77 (helper pdf77): fresh-user trial 76c's real TeX-manual PDFs, by kind, on made-up pages.

* ruby centred over a base spaced out for it (pxrubrica's ``進入無し``: ``こうのとり`` over ``鸛``) is ruby;
* a heading set at the margin ends the column section that two indented examples side by side opened;
* a listing's lines keep their breaks though they carry Japanese in arguments, comments or the text between commands
  (gckanbun's ``\\begin{document}`` … ``\\end{document}``, endnotesj's ``\\usepackage[注]{endnotesj}``);
* a list's bullet set apart from its text is joined to it (no table cell of its own); a Japanese line led by a
  bullet opens its item, never a wrap of the line before.
"""

from __future__ import annotations

from pdfmaker import EN, JA, MONO, drawn_pdf, text_width
from pipeline.extract import extract
from tests.segmenting import segment_pdf


def _lines(data: bytes) -> list[str]:
    return [line for line in extract(data, name="made-up.pdf").lines if line.strip()]


def _ruby_page(gap: float, shift: float = 0.0, tail: bool = True) -> bytes:
    """``この鸛の`` at 10 pt, ``gap`` points of white on each side of ``鸛``, and ``こうのとり`` at 5 pt over it, centred
    (``shift`` points to the right of that); ``tail``: the sentence goes on after it."""
    x = 100.0
    runs = [(JA, 10, x, 700, "この")]
    base = x + 20 + gap
    runs.append((JA, 10, base, 700, "鸛"))
    if tail:
        runs.append((JA, 10, base + 10 + gap, 700, "のように書く。"))
    runs.append((JA, 5, base + 5 - 12.5 + shift, 709.5, "こうのとり"))
    runs.append((JA, 10, 72, 670, "次の行は本文である。"))
    return drawn_pdf([runs])


def test_ruby_centred_over_its_spaced_out_base_is_set_aside():
    doc = extract(_ruby_page(gap=7.5), name="made-up.pdf")
    assert [(row.rule, row.text) for row in doc.ledger if row.rule == "set_aside_ruby"] == [("set_aside_ruby", "こうのとり")]


def test_small_run_off_the_centre_of_a_spaced_out_base_stays():
    # near miss: the run reaches two ruby glyphs and a half past its base on one side: centred on nothing, no ruby
    doc = extract(_ruby_page(gap=7.5, shift=5.0, tail=False), name="made-up.pdf")
    assert not [row for row in doc.ledger if row.rule == "set_aside_ruby"]


def _examples_page(heading_x: float) -> bytes:
    runs = [
        (JA, 10, 87, 760, "• 突出の制御：オプションで突出が抑止される。"),
        (JA, 10, 121, 730, "左の例その一は長めの文である"), (JA, 10, 335, 730, "右の例その一は長めの文である"),
        (EN, 10, 305, 722, "vs."),
        (JA, 10, 121, 716, "左の例その二"), (JA, 10, 335, 716, "右の例その二は長めの文である"),
        (JA, 13, heading_x, 688, "1.3 発展的な用法"),
        (JA, 10, 87, 664, "• 欧文に対してルビを付ける。本文の行は版面の幅いっぱいに組まれている。"),
    ]
    return drawn_pdf([runs])


def test_heading_at_the_margin_ends_the_section_of_indented_examples():
    lines = _lines(_examples_page(heading_x=72))
    order = [next(k for k, line in enumerate(lines) if line.startswith(s)) for s in ("左の例その二", "右の例その一", "1.3")]
    assert order == sorted(order)


def test_heading_at_its_column_edge_stays_in_the_columns():
    # near miss: two text columns, a heading at the left column's own edge between their rows: read with that column
    left = [(JA, 10, 72, 760 - 14 * k, "左の段の本文がここに続いている行") for k in range(3)]
    right = [(JA, 10, 310, 760 - 14 * k, "右の段の本文がここに続いている行") for k in range(6)]
    heading = [(JA, 12, 72, 712, "3 結果")]
    below = [(JA, 10, 72, 690 - 14 * k, "左の段の後半の本文が続いている行") for k in range(2)]
    lines = _lines(drawn_pdf([[*left, *heading, *below, *right]]))
    assert lines.index("3 結果") < lines.index("右の段の本文がここに続いている行")


def _mixed(y: float, parts: list[tuple[str, str]], x: float = 98, size: float = 9) -> list[tuple]:
    """Runs of one line of a listing: ASCII in the monospaced face, Japanese in the Japanese one (as a TeX
    ``verbatim`` draws a Japanese manual's source)."""
    runs = []
    for font, text in parts:
        runs.append((font, size, x, y, text))
        x += text_width(text, JA, size) if font == JA else 0.6 * size * len(text)
    return runs


def _listings(doc) -> list[list[str]]:
    out = []
    for talk in doc.talks:
        for section in talk.sections:
            for first, n in section.listings:
                out.append([p.text for p in section.paragraphs[first:first + n]])
        for first, n in talk.front_listings:
            out.append([p.text for p in talk.front[first:first + n]])
    return out


def _listing_page(listing: list[list[tuple[str, str]]]) -> bytes:
    runs = [(JA, 14, 72, 780, "1 パッケージの読み込み"),
            (JA, 10, 88, 750, "パッケージを読み込むだけです。次のように書きます。")]
    y = 730.0
    for parts in listing:
        runs += _mixed(y, parts)
        y -= 11
    runs.append((JA, 10, 88, y - 10, "利用可能なオプションは以下のとおりです。"))
    return drawn_pdf([runs])


def test_listing_lines_with_japanese_arguments_and_comments_are_one_listing():
    doc = segment_pdf(_listing_page([
        [(MONO, r"%\usepackage{luatexja}%%<= LuaLaTeX "), (JA, "の場合")],
        [(MONO, r"\usepackage[<"), (JA, "オプション"), (MONO, ">]{gckanbun}")],
    ]))
    assert [r"%\usepackage{luatexja}%%<= LuaLaTeX の場合", r"\usepackage[<オプション>]{gckanbun}"] in _listings(doc)


def test_text_lines_between_a_sources_code_lines_are_the_listings():
    doc = segment_pdf(_listing_page([
        [(MONO, r"\documentclass[tate]{jlreq}")],
        [(MONO, r"\begin{document}")],
        [(JA, "自"), (MONO, r"\okurigana{"), (JA, "リ"), (MONO, r"}\kaeriten{"), (JA, "二"), (MONO, "}"), (JA, "桓公")],
        [(JA, "至"), (MONO, r"\okurigana{"), (JA, "ル"), (MONO, "}")],
        [(MONO, r"\end{document}")],
    ]))
    [listing] = _listings(doc)
    assert len(listing) == 5 and listing[-1] == r"\end{document}"


def test_prose_naming_commands_in_the_typewriter_face_is_no_listing():
    # near miss: a list item's wrapped prose, its commands set in the typewriter face, Japanese outside any argument
    doc = segment_pdf(_listing_page([
        [(MONO, r"\gckanbunruby"), (JA, "、"), (MONO, r"\gckanbunokurigana"), (JA, "をそれぞれ")],
        [(MONO, r"\<prefix>okurigana"), (JA, "、"), (MONO, r"\<prefix>kaeriten"), (JA, "として提供します。")],
    ]))
    assert _listings(doc) == []


def _bullet_rows(gap: float) -> bytes:
    runs = [(EN, 10, 72, 750, "Introduction text of the document, a plain sentence that runs on here.")]
    for k, item in enumerate(["First item of the list, with some words", "Second item of the list, also with words",
                              "Third item closes the list of things"]):
        runs += [(EN, 10, 84, 736 - 14 * k, "\u2022"), (EN, 10, 84 + gap, 736 - 14 * k, item)]
    runs.append((EN, 10, 72, 694, "A closing sentence after the list ends here."))
    return drawn_pdf([runs])


def test_bullets_set_apart_from_their_items_are_joined_to_them():
    assert [line for line in _lines(_bullet_rows(18)) if line.startswith("\u2022")] == [
        "\u2022 First item of the list, with some words", "\u2022 Second item of the list, also with words",
        "\u2022 Third item closes the list of things"]


def test_a_narrow_column_of_letters_stays_a_table():
    # near miss: a narrow letter (no list's mark) set apart in the narrow column: a table's cells, as before
    runs = []
    for k, item in enumerate(["Apples from the north", "Pears from the south", "Plums"]):
        runs += [(EN, 10, 84, 736 - 14 * k, "l"), (EN, 10, 102, 736 - 14 * k, item)]
    assert _lines(drawn_pdf([runs]))[0] == "l\tApples from the north"


def _paragraphs_over(line: str) -> list[str]:
    """The paragraphs of two full Japanese lines that stop mid-sentence over ``line``."""
    text = "ルビの進入の制御は次のとおりで、行末まで組まれた本文の行がここで折り返されて次の行へ" * 2
    runs = [(JA, 10, 72, 760, "1 進入"), (JA, 10, 87, 736, text[:43]), (JA, 10, 87, 722, text[43:86]),
            (JA, 10, 87, 708, line)]
    return [p.text for talk in segment_pdf(drawn_pdf([runs])).talks for s in talk.sections for p in s.paragraphs]


def test_a_japanese_line_led_by_a_bullet_opens_its_item():
    texts = _paragraphs_over("• もし「ルビは仮名にはかけてよいが漢字はダメ」という場合は、次のように書く。")
    assert any(t.startswith("• もし") for t in texts)


def test_a_japanese_wrap_opening_on_a_word_stays_joined():
    # near miss: the same full lines over a line that opens on a word: a wrap, joined as before
    texts = _paragraphs_over("もし「ルビは仮名にはかけてよいが漢字はダメ」という場合は、次のように書く。")
    assert not any(t.startswith("もし") for t in texts)
