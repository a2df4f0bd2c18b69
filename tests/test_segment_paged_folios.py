"""A paged dump's folios on the slides' pages of a proceedings volume (trial 40), on made-up documents.

Trial 40: a bilingual proceedings text dump (form feeds between pages), two talks each a Japanese paper then its
English slides, every page closing on the volume's folio (``23`` … ``28``), the slides printing their own numbers
under each slide (``1/6`` …, ``- 1 -`` …). Only the folios of the papers' pages went to the ledger; those of the
slides' pages became slide text (``24`` among the cover's lines) or a slide of their own (``25``), since among a
deck's lines only numbers in a page-number shape were read as the volume's
(``furniture.volume_page_numbers``, ``furniture.continued_page_numbers``). A volume's folios rising by one a page
at one page edge are page furniture whether the page holds the paper or the slides
(``furniture.paged_volume_folios``); a deck's own numbers, in another shape or counting its pages from 1, stay its
slides' numbers.

Every document here is made up (a river-ecology volume, pages 101–106; a harbour deck alone); the clean stage runs
for real.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text as run, furniture

HEAD = "第8回 河川環境フォーラム論文集"

PAPERS = [
    ["河川生態系の長期観測と市民参加", "北陵大学環境学部 教授 三浦 直樹", "",
     "１．はじめに", "　北陵川流域では、一九九〇年代から魚類と水生昆虫の調査を続けてきた。本稿では、市民が参加する観測の仕組みと、",
     "その成果を報告する。", "",
     "２．観測の方法", "　観測は毎年五月と十月に、上流から河口までの十二地点で行った。採集した生物は現地で種を同定し、",
     "写真とともに記録票に残した。市民の参加者には事前に講習を行い、同定の手順をそろえた。",
     "@@",
     "３．結果", "　三十年間で確認された魚類は四十二種であり、そのうち六種は近年になって再び確認された。",
     "水質の改善と魚道の整備が効いたと考えられる。", "",
     "４．おわりに", "　市民参加の観測は、長く続けることで地域の川への関心を高める。今後は観測の記録を公開したい。"],
    ["堤防の点検における写真記録の活用", "南浜市建設局 主任技師 大野 里美", "",
     "１．背景", "　南浜市が管理する堤防は延長八十キロに及び、職員による目視点検だけでは変状の見落としが避けられない。",
     "そこで、点検のたびに同じ位置から写真を撮り、前回と比べる方法を取り入れた。", "",
     "２．方法", "　点検地点には杭を打ち、撮影の向きと高さを記録票に定めた。撮影した写真は地図上の地点に結び付けて保存し、",
     "@@",
     "前回の写真と並べて確認できるようにした。", "",
     "３．成果", "　導入から二年で、ひび割れや沈下の早期発見が十五件あった。補修の費用も抑えられた。", "",
     "４．まとめ", "　写真記録は点検の質をそろえ、担当者が替わっても変化を追える。他の施設にも広げたい。"],
]

DECKS = [
    ["Long-term River Monitoring with Citizens", "Naoki Miura", "Hokuryo University",
     ("Study Area", ["- Twelve sites from source to mouth", "- Surveys every May and October"]),
     ("Volunteers", ["- Training before each season", "- Shared identification sheets"]),
     ("Findings", ["- 42 fish species in 30 years", "- Six species returned recently"]),
     ("Next Steps", ["- Open data for all records", "- More schools taking part"])],
    ["Photo Records for Levee Inspection", "Satomi Ono", "Minamihama City",
     ("Background", ["- 80 km of levees", "- Visual checks miss changes"]),
     ("Method", ["- Fixed posts for each photo", "- Photos linked to a map"]),
     ("Results", ["- 15 early findings in two years", "- Lower repair costs"]),
     ("Thank you", [])],
]

SLIDE_SHAPES = {"n-of-total": "{n}/{total}", "dashed": "- {n} -", "bare": "{n}"}


def _deck_lines(deck: list, shape: str) -> list[str]:
    title, name, org, *slides = deck
    total = 1 + len(slides)
    mark = SLIDE_SHAPES[shape].format
    lines = [title, name, org, mark(n=1, total=total)]
    for n, (head, bullets) in enumerate(slides, 2):
        lines += [head, *bullets, mark(n=n, total=total)]
    return lines


def _volume(shape: str, edge: str) -> str:
    """Two talks, each a paper of two pages then its slides on one page; the folio 101 … 106 at each page's foot or
    top, the running head on every page."""
    pages: list[list[str]] = []
    for paper, deck in zip(PAPERS, DECKS):
        text = "\n".join(paper)
        first, second = text.split("\n@@\n")
        pages += [first.split("\n"), second.split("\n"), _deck_lines(deck, shape)]
    out = []
    for k, body in enumerate(pages):
        folio = str(101 + k)
        page = [folio, HEAD, "", *body] if edge == "top" else [HEAD, "", *body, "", folio]
        out.append("\n".join(page) + "\n")
    return "\f".join(out)


@pytest.mark.parametrize("edge", ["foot", "top"])
@pytest.mark.parametrize("shape", SLIDE_SHAPES)
def test_a_volumes_folios_on_the_slides_pages_are_page_furniture(shape, edge):
    doc = run(_volume(shape, edge))
    assert len(doc.talks) == 2
    folios = [text for text, reason in furniture(doc) if reason == "page-number" and text.isdigit() and int(text) > 100]
    assert sorted(folios) == [str(n) for n in range(101, 107)]
    for talk, deck in zip(doc.talks, DECKS):
        texts = [t.text for s in talk.slides for t in ([s.title] if s.title else []) + list(s.lines)]
        assert not [t for t in texts if t.isdigit() and int(t) > 100], texts
        # the slides' own numbers number them, the folios none: no slide invented from a folio
        assert [s.number for s in talk.slides] == list(range(1, len(deck) - 1)), [(s.number, s.title) for s in talk.slides]
        assert [s.title.text if s.title else None for s in talk.slides][1:] == [head for head, _ in deck[3:]]


def test_a_deck_alone_numbering_its_pages_from_one_at_the_foot_keeps_its_numbers():
    # the guard: bare 1 … 5 at each page's foot of a deck alone rise by one a page as a volume's folios do, but count
    # the deck's own pages from the first: the slides' numbers
    pages = [["Harbour Crane Upgrade", "Lena Fischer", "Port of Nordhaven"],
             ["Why Upgrade?", "- Cranes from 1985", "- Larger ships calling"],
             ["Plan", "- Two new cranes", "- Rails extended by 200 m"],
             ["Costs", "- 38 million euros", "- Half from the state"],
             ["Timeline", "- Design in 2025", "- Cranes in service by 2027"]]
    text = "\f".join("\n".join(body + ["", str(n)]) + "\n" for n, body in enumerate(pages, 1))
    (talk,) = run(text).talks
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5]
    assert not [text for text, reason in furniture(run(text)) if reason == "page-number"]


def test_a_deck_alone_printing_a_volumes_pages_loses_them_to_the_ledger():
    # a deck alone whose pages carry 101 … 104 at their foot, its slides numbered 1/4 … 4/4: the volume's folios
    pages = [["Harbour Crane Upgrade", "Lena Fischer", "Port of Nordhaven", "1/4"],
             ["Why Upgrade?", "- Cranes from 1985", "- Larger ships calling", "2/4"],
             ["Plan", "- Two new cranes", "- Rails extended by 200 m", "3/4"],
             ["Costs", "- 38 million euros", "- Half from the state", "4/4"]]
    text = "\f".join("\n".join(body + ["", str(n)]) + "\n" for n, body in enumerate(pages, 101))
    doc = run(text)
    (talk,) = doc.talks
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]
    assert [text for text, reason in furniture(doc) if text.isdigit()] == ["101", "102", "103", "104"]
