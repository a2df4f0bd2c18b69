"""A program listing's line numbers set apart from their code (a dump that put ``10`` on a line of its own, the code
elsewhere) are no slide numbers, and a listing whose count runs on over a page's folio is a document's, no deck's
(issue 16, session 51: jsclasses' okuverb had become a deck of 58 slides). Made-up documents, Japanese and English,
with and without form feeds; a deck that shows short listings keeps its slides."""

from __future__ import annotations

import pytest

from segment_inputs import run_text as run


def _listing(lang: str, feed: str) -> tuple[str, list[str]]:
    """A commented listing of three pages, its numbers partly set apart from its code, and the pages' folios."""
    say = {"ja": ["ここで設定を読み込む関数を定義します。", "次に値を確かめる関数です。", "次に保存の関数です。",
                  "保存の前に値を並べ替えます。", "最後に後始末をします。", "後始末の結果を返します。"],
           "en": ["Here we define the function that loads the settings.", "Next comes the function that checks them.",
                  "Next comes the function that saves them.", "Before saving, the values are sorted.",
                  "Last, we clean up.", "The clean-up returns its result."]}[lang]
    head = {"ja": ["設定ファイルの読み書き", "", "山田 太郎", "", "2024/05/01", "",
                   "この文書は設定ファイルを読み書きする小さなプログラムを説明するものです。"],
            "en": ["Reading and Writing Settings", "", "Taro Yamada", "", "2024/05/01", "",
                   "This note explains a small program that reads and writes a settings file."]}[lang]
    lines_of: list[list[str]] = []
    n = 0
    for p in range(3):
        page = []
        for c, k in enumerate((4, 5)):
            # a comment, then k numbered lines: the first carries its code, the next stand bare with their code after
            # them, the last closes the function
            page += [say[2 * p + c], f"{n + 1} function step{n + 1}(cfg)", *(str(n + j) for j in range(2, k + 1)),
                     *(f"  set_{chr(97 + (n + j) % 26)}{chr(97 + (n + j) // 26)}(cfg)" for j in range(2, k + 1)), f"{n + k + 1} end"]
            n += k + 1
        lines_of.append(page + [str(p + 1)])
    pages = lines_of
    lines = list(head)
    for p, page in enumerate(pages):
        lines += [f"{feed}{page[0]}" if p else page[0]] + page[1:]
    return "\n\n".join(lines) + "\n", [str(p + 1) for p in range(3)]


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_listings_line_numbers_are_no_slides(lang, feed):
    text, folios = _listing(lang, feed)
    doc = run(text)
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    assert talk.shape != "deck" and not talk.slides
    numbers = [r.text for r in doc.ledger if r.reason == "page-number"]
    # the pages' folios are page numbers where the pages show (without them they may stay text); never a listing's
    assert numbers == folios if feed else set(numbers) <= set(folios)


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_deck_showing_short_listings_keeps_its_slides(lang, feed):
    # each slide numbers its own listing from 1: no count runs on over a page, the slides' numbers stay
    titles = {"ja": ["読み込み", "保存", "確認"], "en": ["Loading", "Saving", "Checking"]}[lang]
    items = {"ja": ["・設定を読む", "・値を保存する", "・結果を確かめる"], "en": ["- Read the file", "- Save the values", "- Check the result"]}[lang]
    lines = [{"ja": "設定の読み書き", "en": "Reading Settings"}[lang], ""]
    for k, (title, item) in enumerate(zip(titles, items), 1):
        lines += [f"{feed}{title}", item, "1 local cfg = {}", "2", "3 return cfg", "load(cfg)", str(k), ""]
    lines += [f"{feed}{ {'ja': 'ご清聴ありがとうございました', 'en': 'Thank you'}[lang]}", ""]
    talk = run("\n".join(lines) + "\n").talks[0]
    assert talk.shape == "deck"
    assert [(s.number, s.title.text if s.title else None) for s in talk.slides if s.number] == list(enumerate(titles, 1))
