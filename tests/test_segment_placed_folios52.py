"""Bare folios told by where they stand, in dumps without form feeds (trial 52's toc_report; issue 16 point 4).

A text dump whose page numbers are bare numbers alone on their lines, all set far right (or all centred, or all at
the left edge with blank lines around), counting 1, 2, 3 … down the document at roughly regular intervals: they are
page furniture (``page-number``) and mark page breaks (a sentence runs on across one). A table's numbers, a
numbered list, a centred chapter number and a lone number stay text. Every document here is made up; the results
were written down before the rule (``furniture.placed_folios``).
"""

from __future__ import annotations

import pytest

from segment_inputs import furniture, paragraphs, run_text as run

EN_BODY = [
    ["Island ferries carry residents, freight and visitors on the same boats all year.",
     "This note looks at how the timetables changed after the two ports were rebuilt."],
    ["Most routes gained a late sailing in summer, while two of them lost their first",
     "morning boat. Residents of the outer islands wrote to the council about it."],
    ["The operators answered that the early boats had carried fewer than ten people",
     "on most days. The council asked them to keep one early sailing a week."],
    ["We read the operators' annual reports and the port authority's own records, and",
     "we spoke with twelve captains who had worked on the routes for ten years."],
]
JA_BODY = [
    ["本稿では、港町市における離島航路の再編の経過を整理し、住民の暮らしへの影響を",
     "検討する。対象とする期間は二〇一五年から二〇二四年までの十年間である。"],
    ["再編の後、夏季には最終便が一便増えたが、二つの航路では朝の一便がなくなった。",
     "外側の島の住民は、この変更について市に要望書を提出している。"],
    ["事業者は、朝の便の利用者が多くの日で十人に満たなかったと説明した。市は週に一度",
     "だけでも朝の便を残すよう求め、事業者はこれに応じた。"],
    ["筆者らは事業者の年次報告と港湾管理者の記録を読み、航路に十年以上勤めた船長",
     "十二人に聞き取りを行った。"],
]


CLOSING = {"en": ["That was the year's change.", "Few boats were full.", "The council agreed.", "All were kept."],
           "ja": ["以上が概要である。", "変更は二点である。", "市はこれを認めた。", "記録は全て残る。"]}
"""Paragraphs' short last lines before the folios (each its own: a line recurring at each folio would be a running
footer): no running text before a folio, so only the folios' placement tells them."""


def _document(title: list[str], heads: list[str], bodies: list[list[str]], folio: str, lang: str) -> str:
    """Sections of two paragraphs each, the second ending on a short line, a folio ``folio.format(n)`` after each."""
    lines = title + [""]
    for n, (head, body) in enumerate(zip(heads, bodies), 1):
        lines += [head] + body + [""] + bodies[n % len(bodies)] + [CLOSING[lang][n - 1], folio.format(n)]
    return "\n".join(lines) + "\n"


EN = (["Island Ferry Timetables 2024", "Harbour Transport Office"],
      ["1 Introduction", "2 Changes", "3 Answers", "4 Sources"], EN_BODY, "en")
JA = (["離島航路の時刻表の変化", "港町市交通政策課"], ["1 はじめに", "2 再編の内容", "3 事業者の説明", "4 資料"], JA_BODY, "ja")


@pytest.mark.parametrize("doc", [EN, JA], ids=["en", "ja"])
@pytest.mark.parametrize("folio", [" " * 70 + "{}", " " * 38 + "{}", " " * 30 + "{}"],
                         ids=["right", "centred", "centred-narrow"])
def test_bare_numbers_set_off_alike_and_counting_are_page_numbers(doc, folio):
    title, heads, bodies, lang = doc
    out = run(_document(title, heads, bodies, folio, lang))
    assert [t for t, r in furniture(out) if r == "page-number"] == ["1", "2", "3", "4"]
    assert not [p for p in paragraphs(out.talks[0]) if p.strip().isdigit()]


def _pages_across_a_sentence(folio: str, around: bool) -> str:
    """Three pages of six lines or more, the second folio inside a sentence (``…publish the`` | folio | ``new …``)."""
    f = (lambda n: "\n\n" + folio.format(n) + "\n\n") if around else (lambda n: "\n" + folio.format(n) + "\n")
    return ("Island Ferry Timetables 2024\nHarbour Transport Office\n\n1 Introduction\n"
            + "\n".join(EN_BODY[0] + EN_BODY[1] + EN_BODY[3]) + "\n" + CLOSING["en"][0] + f(1)
            + "\n".join(EN_BODY[2] + EN_BODY[3]) + "\nThe council then asked the operators to publish the" + f(2)
            + "new timetables a month before they began, and they did so.\n" + "\n".join(EN_BODY[3] + EN_BODY[0])
            + "\n" + CLOSING["en"][2] + f(3) + "2 Results\n" + "\n".join(EN_BODY[1] + EN_BODY[2]) + "\n")


@pytest.mark.parametrize("folio, around", [(" " * 72 + "{}", False), (" " * 36 + "{}", False), ("{}", True)],
                         ids=["right", "centred", "edge-with-blank-lines"])
def test_a_sentence_runs_on_across_a_folio(folio, around):
    out = run(_pages_across_a_sentence(folio, around))
    assert [t for t, r in furniture(out) if r == "page-number"] == ["1", "2", "3"]
    assert any("asked the operators to publish the new timetables a month before" in p for p in paragraphs(out.talks[0]))


def test_a_right_aligned_column_of_numbers_stays_text():
    # a table's counts set flush right, one a line, counting up: each stands next to another number
    rows = "\n".join(" " * 70 + str(n) for n in range(12, 18))
    text = ("Island Ferry Timetables 2024\nHarbour Transport Office\n\n1 Introduction\n" + "\n".join(EN_BODY[0])
            + "\n\nSailings a day, by year\n" + rows + "\n\n2 Changes\n" + "\n".join(EN_BODY[1]) + "\n")
    out = run(text)
    assert not [t for t, r in furniture(out) if r == "page-number"]


def test_a_table_of_numbers_stays_while_the_folios_go():
    table = ("Route            2022    2023    2024\nOuter Isles        12      13      14\n"
             "Inner Isles         5       6       7\n")
    text = _document(*EN[:3], " " * 70 + "{}", "en").replace("2 Changes\n", "2 Changes\n" + table)
    out = run(text)
    assert [t for t, r in furniture(out) if r == "page-number"] == ["1", "2", "3", "4"]


def test_a_numbered_list_with_its_numbers_alone_at_the_edge_stays_text():
    items = "".join(f"\n{n}\n\n" + "\n".join(EN_BODY[n - 1] + EN_BODY[n % 4]) + "\n" for n in range(1, 5))
    out = run("Island Ferry Timetables 2024\nHarbour Transport Office\n\n1 Introduction\nFour findings follow.\n" + items)
    assert not [t for t, r in furniture(out) if r == "page-number"]


def test_centred_chapter_numbers_over_centred_titles_stay():
    chapters = "".join(f"\n{' ' * 38}{n}\n{' ' * 30}{head}\n\n" + "\n".join(EN_BODY[n - 1] + EN_BODY[n % 4]) + "\n"
                       for n, head in enumerate(["Introduction", "The Changes", "The Answers"], 1))
    out = run("Island Ferry Timetables 2024\nHarbour Transport Office\n" + chapters)
    assert not [t for t, r in furniture(out) if r == "page-number"]


def test_a_single_set_off_number_is_not_enough():
    text = ("Island Ferry Timetables 2024\nHarbour Transport Office\n\n1 Introduction\n" + "\n".join(EN_BODY[0])
            + "\nThe number of households that answered the survey was\n" + " " * 70 + "42\n"
            + "\n".join(EN_BODY[1]) + "\n")
    out = run(text)
    assert ("42", "page-number") not in furniture(out)



def test_right_aligned_fullwidth_folios_of_a_japanese_dump():
    text = _document(*JA[:3], " " * 60 + "{}", "ja")
    for n in range(1, 5):
        text = text.replace(" " * 60 + str(n) + "\n", " " * 60 + chr(0xFF10 + n) + "\n")
    out = run(text)
    assert len([t for t, r in furniture(out) if r == "page-number"]) == 4
    assert not [p for p in paragraphs(out.talks[0]) if p.strip().isdigit()]


def test_a_folio_after_the_contents_is_no_contents_entry():
    contents = ["Contents"] + [f"{h} {'.' * (60 - len(h))} {n}" for n, h in enumerate(EN[1], 2)] + [""]
    body = _document(["x"], *EN[1:3], " " * 70 + "[{}]", "en").split("\n", 2)[2]
    for n in range(4, 0, -1):  # the contents page is page 1: each section's page is one more
        body = body.replace(" " * 70 + f"[{n}]", " " * 70 + str(n + 1))
    text = "\n".join(EN[0] + [""] + contents + [" " * 70 + "1", ""]) + body
    out = run(text)
    assert [t for t, r in furniture(out) if r == "page-number"] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("footer", ["", "Harbour Transport Office - Ferry Timetables 2024"], ids=["bare", "footer"])
def test_the_last_page_s_folio_after_a_short_page52(footer):
    # trial 52b's council report: the last page holds five lines, fewer than a page's least, and its folio ``3``
    # had stayed in the last section's text though ``1`` and ``2`` went to the ledger
    folio = " " * 70 + "{}"
    after = ("\n" + footer) if footer else ""
    text = ("Island Ferry Timetables 2024\nHarbour Transport Office\n\n1 Introduction\n"
            + "\n".join(EN_BODY[0] + EN_BODY[1] + EN_BODY[2]) + "\n" + CLOSING["en"][0] + "\n" + folio.format(1) + after
            + "\n2 Changes\n" + "\n".join(EN_BODY[3] + EN_BODY[0] + EN_BODY[1]) + "\n" + CLOSING["en"][1] + "\n"
            + folio.format(2) + after + "\n3 Sources\n" + "\n".join(EN_BODY[2]) + "\n" + CLOSING["en"][2] + "\n"
            + folio.format(3) + after + "\n")
    out = run(text)
    assert [t for t, r in furniture(out) if r == "page-number"] == ["1", "2", "3"]
    assert not [p for p in paragraphs(out.talks[0]) if p.strip().isdigit()]
