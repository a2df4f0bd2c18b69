"""Slide → section linking on made-up talks (plain talk JSON built with the real tokenizers)."""

from __future__ import annotations

import pytest

from pipeline.structure import link, tokenize_en, tokenize_ja


def _ja(text):
    return [t.to_json() for t in tokenize_ja.tokenize(text)]


def talk(sections, slides, city=("函館市", "Hakodate"), title=(None, None)):
    """A minimal talk JSON: sections as (number, title, [paragraphs]), slides as (number, title, [lines])."""
    return {
        "city": {"ja": city[0], "en": city[1]},
        "title": {"ja": title[0], "en": title[1]},
        "subtitle": {"ja": None, "en": None},
        "paper": {"sections": [
            {"number": n, "title": t, "title_tokens": _ja(t),
             "paragraphs": [{"text": p, "tokens": _ja(p)} for p in ps]}
            for n, t, ps in sections
        ]},
        "slides": [{"number": n, "title": t, "lines": lines,
                    "title_tokens": [x.to_json() for x in tokenize_en.analyse(t)[0]] if t else None}
                   for n, t, lines in slides],
    }


SECTIONS = [
    ("1", "函館の概要", ["函館市は北海道の南に位置し、人口は約25万人である。函館は港町として栄えた。"]),
    ("2", "姉妹都市との交流", ["1982年にハリファックス市と姉妹都市提携を結んだ。函館とハリファックスは港町である。",
                              "ウラジオストク市との交流は1992年に始まった。"]),
    ("3", "観光ブランディング", ["函館の夜景を核としたブランディングを2015年から進めている。"]),
    ("4", "ASEAN諸国との協力", ["函館はASEAN諸国と水産加工の技術協力を行っている。"]),
    ("5", "おわりに", ["函館は今後も交流を続ける。"]),
]


def links_of(slides, sections=SECTIONS, **kw):
    return link.link_slides(talk(sections, slides, **kw))


def test_years_and_names_link_a_slide_to_its_section():
    (found,) = links_of([(3, "Sister City Exchange", ["Halifax, Canada (since 1982)", "Port cities on two oceans"])])
    assert found["number"] == "2" and found["index"] == 1
    assert 0.5 <= found["score"] <= 1
    kinds = {e["kind"] for e in found["evidence"]}
    assert {"year", "name"} <= kinds
    assert any("Halifax" in e["detail"] and "ハリファックス" in e["detail"] for e in found["evidence"])


def test_loanwords_and_latin_words_count():
    (brand, asean) = links_of([
        (4, "Night View Branding", ["Branding since 2015"]),
        (5, "Cooperation with ASEAN", ["Fisheries processing technology"]),
    ])
    assert brand["number"] == "3"
    assert {"loanword", "year"} <= {e["kind"] for e in brand["evidence"]}
    assert asean["number"] == "4"
    kinds = [e["kind"] for e in asean["evidence"]]
    assert kinds.count("latin") == 1 and not {"name", "loanword"} & set(kinds)  # once, not again by sound


def test_a_slide_without_good_evidence_stays_unlinked():
    found = links_of([
        (1, "Hakodate", ["A port city in the north"]),     # the city is in every section: says nothing
        (9, "Thank you", []),
        (2, "Our History", ["Founded as a port in the 19th century"]),
    ])
    assert found == [None, None, None]


def test_a_name_in_one_section_only_is_evidence():
    (found,) = links_of([(1, "Where is Hakodate?", ["South of Hokkaido", "About 250 thousand people"])])
    assert found["number"] == "1"
    assert [e["kind"] for e in found["evidence"] if e["kind"] != "gloss"] == ["name"]


def test_a_close_runner_up_means_no_link():
    sections = [("1", "交流", ["1990年に協定を結んだ。"]), ("2", "協力", ["1990年に基金を設けた。"])]
    assert links_of([(1, "Agreement", ["Signed in 1990"])], sections=sections) == [None]


def test_the_talks_own_translations_are_evidence():
    sections = [("1", "はじめに", ["本市の歩み。"]), ("2", "海洋都市構想（Ocean City Vision）", ["構想を2011年に策定した。"]),
                ("3", "まとめ", ["今後の課題。"])]
    (found,) = links_of([(4, "Ocean City Vision", ["Adopted in 2011"])], sections=sections)
    assert found["number"] == "2"
    assert found["evidence"][0]["kind"] == "translation"


def test_no_sections_means_no_links_and_unnumbered_sections_link_by_index():
    assert links_of([(1, "Anything 2015", [])], sections=[]) == [None]
    sections = [(None, "序", ["前置き。"]), (None, "ブランディング戦略", ["2015年にブランディングを始めた。"])]
    (found,) = links_of([(1, "Branding Strategy", ["Since 2015"])], sections=sections)
    assert found["number"] is None and found["index"] == 1


def test_linking_is_deterministic():
    slides = [(3, "Sister City Exchange", ["Halifax, Canada (since 1982)"]), (4, "Branding", ["2015"])]
    assert links_of(slides) == links_of(slides)


@pytest.mark.parametrize("kana, english", [
    ("キタキュウシュウ", "Kitakyushu"), ("シモノセキ", "Shimonoseki"), ("フクオカ", "Fukuoka"), ("ダイレン", "Dalian"),
    ("インチョン", "Incheon"), ("プサン", "Busan"), ("ハリファックス", "Halifax"), ("ブランディング", "Branding"),
    ("カゴシマ", "Kagoshima"), ("シャンハイ", "Shanghai"), ("ポートランド", "Portland"),
])
def test_names_that_sound_alike(kana, english):
    assert link.sounds_alike(link.romanize(kana), english) > 0


@pytest.mark.parametrize("kana, english", [
    ("キタキュウシュウ", "Kumamoto"), ("トウキョウ", "Tokushima"), ("シスター", "Established"), ("アジア", "Asia"),
    ("ケイザイ", "Exchange"), ("ハコダテ", "Hokkaido"), ("センター", "Seattle"), ("ミナト", "Minneapolis"),
])
def test_names_that_do_not(kana, english):
    assert link.sounds_alike(link.romanize(kana), english) == 0


def test_numbers_are_compared_after_width_folding():
    assert [t.key for t in link.number_terms("２００４年、1,200人", "p")] == ["n:2004", "n:1200"]
    assert link.number_terms("第3章の5", "p") == []


def test_order_helps_a_weak_slide_between_linked_neighbours_but_never_links_alone():
    found = links_of([
        (1, "Sister City Exchange", ["Halifax, Canada (since 1982)", "Vladivostok (1992)"]),   # → 2 on its own
        (2, "Photo Gallery", ["Lights over the bay"]),                                       # nothing of its own
        (3, "Timeline", ["Since 2015"]),                                                    # one year: weak alone
        (4, "Cooperation with ASEAN", ["Fisheries"]),                                       # → 4 on its own
    ])
    assert [f and f["number"] for f in found] == ["2", None, "3", "4"]
    assert [e["kind"] for e in found[2]["evidence"]] == ["year", "order"]
    assert "slide 1 → section 2" in next(e["detail"] for e in found[2]["evidence"] if e["kind"] == "order")


def test_order_is_not_used_when_the_weak_evidence_points_outside_the_bracket():
    found = links_of([
        (1, "Sister City Exchange", ["Halifax, Canada (since 1982)", "Vladivostok (1992)"]),   # → 2
        (2, "Timeline", ["Since 2015"]),                                                    # 2015 is in section 3 ...
        (3, "Sister Cities Again", ["Halifax (1982) and Vladivostok (1992)"]),                # ... but the next slide is → 2
    ])
    assert [f and f["number"] for f in found] == ["2", None, "2"]
