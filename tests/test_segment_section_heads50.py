"""A running head that follows the document's sections is page furniture, not a section (issue 16 point 4, helper
heads50).

A manual or a book prints atop each page the heading of the chapter or section the page stands in, sometimes with
the folio before or after it (``12  第2章 漢文の組版``, ``2.1 Usage 5``). The head changes with the section, so no one
line recurs on three pages as a fixed running header does: each copy had come out as the section again (pdfminer's
text of nanicolle-doc-zh gave ``6 更新日志`` twice, ``5 完整实例`` three times). A heading that truly stands twice (a
contents line and the heading it lists; ``2.3 まとめ`` and ``3.2 まとめ``) stays. Every text here is made up; extract,
clean and segment run for real, with segment's conservation check held.
"""

from __future__ import annotations

import pytest

from segment_inputs import furniture, run_text

_JA = ("本章では漢文の組版について述べる。返り点と送り仮名の位置は版によって異なり、読み手の慣れにも左右される。",
       "訓点の付け方は時代によって変わり、同じ文でも読み下しが一つに定まらないことが多い。",
       "組版の規則は教科書の版元ごとに少しずつ違うため、本書ではよく使われるものを挙げる。",
       "送り仮名は漢字の右下に小さく置き、返り点は左下に置くのが一般的な組み方である。")
_EN = ("The package reads a plain annotation and sets each character with its marks, so the source stays readable.",
       "Options are given when the package is loaded and may be changed later in the document by a command.",
       "Each character takes a square box, and the marks beside it never change the width of the line.",
       "The examples below were typeset with the default options and a common Japanese font.")


class _Lines:
    """Body lines, none repeated (``…（注ba）``) (a line repeated at each page's edge would be a running line itself)."""

    def __init__(self, pool: tuple[str, ...]):
        self.pool, self.n = pool, 0

    def __call__(self, k: int) -> str:
        out = []
        for _ in range(k):
            self.n += 1
            tag = "abcdefghijklmnopqrstuvwxyz"[self.n % 26] + "abcdefghijklmnopqrstuvwxyz"[self.n // 26]
            # no digits: a running line's signature folds them (``…（5）`` and ``…（9）`` would sign alike)
            out.append(f"{self.pool[self.n % len(self.pool)]}（注{tag}）" if self.pool is _JA
                       else f"{self.pool[self.n % len(self.pool)][:-1]} (note {tag}).")
        return "".join(f"{s}\n" for s in out)


def _sections(text: str) -> list[str]:
    doc = run_text(text)
    [talk] = doc.talks
    return [f"{s.number} {s.title.text}" for s in talk.sections]


def _heads(text: str) -> list[str]:
    return [t for t, reason in furniture(run_text(text)) if reason == "running-header"]


def _ja_book(head: str) -> str:
    """Three chapters of two pages each; each page after a chapter's first opens on the chapter's head."""
    chapters = ["第1章 はじめに", "第2章 漢文の組版", "第3章 今後の課題"]
    ja = _Lines(_JA)
    pages = ["漢文組版の手引き\n山田 太郎（港大学文学部）\n\n"]
    folio = 1
    for chapter in chapters:
        pages.append(f"{chapter}\n{ja(3)}{folio}\n")
        folio += 1
        pages.append(f"{head.format(chapter=chapter, folio=folio)}\n{ja(3)}")
        folio += 1
    return pages[0] + "\f".join(pages[1:])


@pytest.mark.parametrize("head", ["{chapter}", "{folio}  {chapter}", "{chapter}  {folio}"])
def test_a_chapter_head_atop_each_page_is_furniture(head):
    text = _ja_book(head)
    assert _sections(text) == ["1 はじめに", "2 漢文の組版", "3 今後の課題"]
    # the head to the ledger, with its folio where it prints one (set apart as its own row when it follows the head)
    heads = [h for h in _heads(text) if "章" in h]
    assert len(heads) == 3 and all(c in h for c, h in zip(("第1章 はじめに", "第2章 漢文の組版", "第3章 今後の課題"), heads))


def _en_manual() -> str:
    """A manual whose head prints the section the page stands in, with its folio after it, above the section that
    opens the page, as LaTeX's ``headings`` style does."""
    en = _Lines(_EN)
    return ("The kanbun package\nYuan Chen\n\n1 Introduction\n" + en(4) + "1\n"
            "\f1 Introduction 2\n" + en(2) + "2 Usage\n" + en(2) + "2.1 Options\n" + en(2)
            + "\f2.1 Options 3\n" + en(4) + "2.2 Commands\n" + en(2)
            + "\f2.2 Commands 4\n" + en(4))


def test_a_section_head_with_its_folio_is_furniture():
    assert _sections(_en_manual()) == ["1 Introduction", "2 Usage", "2.1 Options", "2.2 Commands"]


def test_contents_lines_and_chapters_at_page_tops_stay():
    ja = _Lines(_JA)
    text = ("漢文組版の手引き\n山田 太郎（港大学文学部）\n\n目次\n第1章 はじめに\n第2章 漢文の組版\n第3章 今後の課題\n"
            + "".join(f"\f{c}\n{ja(3)}" for c in ("第1章 はじめに", "第2章 漢文の組版", "第3章 今後の課題")))
    assert _sections(text)[-3:] == ["1 はじめに", "2 漢文の組版", "3 今後の課題"]
    assert not _heads(text)


def test_a_summary_in_two_chapters_stays():
    ja = _Lines(_JA)
    text = ("漢文組版の手引き\n山田 太郎（港大学文学部）\n\n第1章 はじめに\n" + ja(3) + "1.1 まとめ\n" + ja(2)
            + "\f第2章 漢文の組版\n" + ja(3) + "2.1 まとめ\n" + ja(2) + "\f1.1 まとめ\n" + ja(3))
    # the last page opens on ``1.1 まとめ`` in chapter 2: no section it stands in, and one page only
    assert [s for s in _sections(text) if "まとめ" in s] == ["1.1 まとめ", "2.1 まとめ", "1.1 まとめ"]


def test_one_page_that_opens_on_its_sections_copy_is_no_running_head():
    en = _Lines(_EN)
    text = ("The kanbun package\nYuan Chen\n\n1 Introduction\n" + en(4) + "\f1 Introduction\n" + en(4)
            + "\f2 Usage\n" + en(4) + "\f3 Examples\n" + en(4))
    assert _sections(text) == ["1 Introduction", "1 Introduction", "2 Usage", "3 Examples"]


_BODY = "本市は港町であり、古くから海外との交流の窓口として栄えてきた。港を中心に発展した町並みには今も多くの国の文化が息づいている。"


@pytest.mark.parametrize("caption", ["図 5 港の利用者数の推移", "图1: 样例PDF文件nanicolle-ex-zh.pdf的前2栏（左半页）",
                                     "圖 2 港口的利用人数"])
@pytest.mark.parametrize("sep", ["\n", "\n\f", "\n2\n\f"])
def test_a_caption_after_a_heading_is_no_part_of_it(caption, sep):
    """A heading at a page's foot and a figure's caption atop the next page: two lines, the caption no heading (the
    caption had been read as the rest of the heading: nanicolle-doc-zh's ``5 完整实例图1: 样例PDF…``)."""
    text = (f"港町の国際交流の歩み\n山田 太郎（港市国際課）\n\n1 はじめに\n{_BODY}\n{_BODY}\n5 完整实例{sep}{caption}\n"
            f"{_BODY}\n6 交流の歴史\n{_BODY}\n")
    assert _sections(text) == ["1 はじめに", "5 完整实例", "6 交流の歴史"]


@pytest.mark.parametrize("caption", ["Figure 5: Passengers by year", "Fig. 5. Passengers by year", "Fig. 5.",
                                     "図 5 港の利用者数", "图 5: 港口的利用人数"])
def test_a_caption_is_never_a_heading(caption):
    body = _BODY if caption[0] in "図图" else "Island ferries carry residents, freight and visitors on the same boats."
    text = (f"Harbour Ferries and Island Life\nMika Sato, Island Transport Office\n\n1. Introduction\n{body}\n{caption}\n"
            f"{body}\n2. Results\n{body}\n")
    assert _sections(text) == ["1 Introduction", "2 Results"]


def test_a_contents_read_across_its_two_columns_stays_out_of_the_sections():
    """pdfminer reads a two-column contents across its columns: entries, their page numbers and leader dots each a
    line, the second column's numbers after the first entry restated as the body's heading (kanbun-ja: its entries
    had come out as four sections before the real ones)."""
    ja = _Lines(_JA)
    text = ("漢文組版の手引き\n山田 太郎（港大学文学部）\n2022年2月13日\n目次\n1 はじめに\n1\n3 使用方法\n3.2\n"
            "3.1 パッケージのオプション .\n.\n.\n.\n3.3\n.\n.\n.\n2 簡単な実例\n2\n1 はじめに\n2\n2\n4\n5\n" + ja(3)
            + "\f2 簡単な実例\n" + ja(3) + "3 使用方法\n" + ja(2) + "3.1 パッケージのオプション\n" + ja(3)
            + "\f3.2 基本使用\n" + ja(3) + "3.3 応用\n" + ja(3))
    assert _sections(text) == ["1 はじめに", "2 簡単な実例", "3 使用方法", "3.1 パッケージのオプション", "3.2 基本使用",
                               "3.3 応用"]


def _contents_with_the_heading_inside() -> str:
    en = _Lines(_EN)
    return ("The kanbun package\nYuan Chen\n13 February 2022\nContents\n1 Introduction\n2 Basic example\n1 Introduction\n"
            "1\n1\n3 Usage\n.\n3.1 Package options\n3.2 Basic usage\n.\n3.3 Advanced usage .\n.\n.\n.\n2\n2\n4\n5\n"
            + en(3) + "2 Basic example\n" + en(3) + "\f3 Usage\n" + en(3) + "3.1 Package options\n" + en(3)
            + "\f3.2 Basic usage\n" + en(3) + "3.3 Advanced usage\n" + en(3))


def test_the_bodys_first_heading_read_inside_the_contents_is_kept():
    """pdfminer may read the body's first heading between the contents' two columns (kanbun-en): it stays a section,
    its text under it, rather than go into the contents with them."""
    assert "1 Introduction" in _sections(_contents_with_the_heading_inside())


def test_the_contents_around_the_bodys_first_heading_is_no_section():
    assert _sections(_contents_with_the_heading_inside()) == ["1 Introduction", "2 Basic example", "3 Usage",
                                                               "3.1 Package options", "3.2 Basic usage",
                                                               "3.3 Advanced usage"]


def test_a_numbered_heading_under_a_chinese_caption_is_no_figure_text():
    """Once ``图2-2`` reads as a caption, the short lines under it may be its figure's text, but never the next
    section's numbered heading (hustthesis-zh-example: ``2.7 \\autoref测试`` went to the ledger as figure text)."""
    text = (f"港町の国際交流の歩み\n山田 太郎（港市国際課）\n\n2.6 参考文献示例\n{_BODY}\n图2-1 一个图片\n(a) 图片1\n"
            "(b) 图片2\n图2-2 多个图片\n2.7 \\autoref测试\n公式 公式1.1\n脚注 脚注2\n项 第1项, 第2.1项\n图 图2-1\n表 表2.1\n")
    assert _sections(text) == ["2.6 参考文献示例", "2.7 \\autoref测试"]
