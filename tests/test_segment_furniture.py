"""Page furniture that mixes with a document's own structure (trial 4's faults 1–3), on made-up documents.

* a proceedings volume's page numbers (``- 3 -``, ``p. 3``) around slides that print their own bare numbers;
* a page number after a word hyphenated at the page's end (``col-`` / ``p. 1`` / ``lected``);
* a paper whose title is the running header of its later pages.

Every text here is made up; the clean stage runs for real (the hyphenation rule is part of the fault).
Trial 4's own inputs 14, 18 and 20 (made up by the trial, under ``tests/golden/segment/trial``) are checked
against the results its expectations name, besides their golden renderings (``test_segment_trial.py``).
"""

from __future__ import annotations

import pytest

import golden
from segment_inputs import run_text as run, furniture, paragraphs


TRIAL = golden.GOLDEN / "segment" / "trial"


# Fault 1: a volume's page numbers in a shape of their own beside the slides' bare numbers.

def _proceedings_talk(city: str, title: str, speaker: str, city_en: str, title_en: str, slides: list[tuple[str, str]],
                      pages: tuple[str, str]) -> list[str]:
    lines = [city, title, speaker, "1. 概要", f"{city}は瀬戸内海に面した港町であり、古くから海上交通の要所として栄えてきた。",
             "2. 交流の歩み", f"{city}は海外の港町と姉妹都市提携を結び、市民の相互訪問を続けている。", pages[0],
             f"{city_en} City", title_en]
    for n, (head, line) in enumerate(slides, 1):
        lines += [head, line, str(n)]
    return lines + ["Thank you", pages[1]]


@pytest.mark.parametrize("shape", ["- {} -", "－ {} －", "p. {}"])
def test_a_volumes_page_numbers_are_furniture_beside_the_slides_own_numbers(shape):
    page = shape.format
    talks = [
        _proceedings_talk("高松市", "港と島をむすぶ国際交流", "高松市国際課長 森田 健一", "Takamatsu",
                          "Linking Port and Islands", [("Ferry Routes", "Seventeen islands by sea"),
                                                       ("Art Festival", "Visitors from abroad")], (page(1), page(2))),
        _proceedings_talk("松江市", "城下町の文化交流", "松江市文化振興課長 石田 恵", "Matsue", "Culture of a Castle Town",
                          [("Castle and Lake", "A town of water"), ("Tea Ceremony", "Exchange with students"),
                           ("Future Plans", "Online classes")], (page(3), page(4))),
    ]
    doc = run("\n".join(talks[0] + talks[1]) + "\n")
    assert [t.id for t in doc.talks] == ["takamatsu", "matsue"]
    assert [n for n in (page(k) for k in range(1, 5))] == [text for text, reason in furniture(doc)
                                                           if reason == "page-number"]
    first, second = doc.talks
    assert (first.title.ja.text, first.title.en.text) == ("港と島をむすぶ国際交流", "Linking Port and Islands")
    assert second.title.en.text == "Culture of a Castle Town"
    assert [s.number for s in first.slides] == [None, 1, 2, None]
    assert [s.number for s in second.slides] == [None, 1, 2, 3, None]
    assert [s.title.text for s in second.slides] == ["Culture of a Castle Town", "Castle and Lake", "Tea Ceremony",
                                                     "Future Plans", "Thank you"]
    # no number, slide's or page's, is a slide's line
    assert not [t.text for talk in doc.talks for s in talk.slides for t in s.lines if t.text.strip("-－ p.").isdigit()]


def test_a_deck_numbered_only_in_a_page_number_shape_keeps_its_numbers_as_slide_numbers():
    talk = run("Harbour Exchange\n\nFerries Today\nDaily routes\n- 1 -\nCruise Ships\nMore calls each year\n- 2 -\n"
               "Sister Ports\nThree ports\n- 3 -\nThank you\n").talks[0]
    assert [s.number for s in talk.slides] == [None, 1, 2, 3, None]


# Fault 2: a page number after a word hyphenated at the page's end is the page's, and the word is joined.

@pytest.mark.parametrize("folio", ["p. {}", "page {}"])
def test_a_page_number_after_a_word_hyphenated_at_the_pages_end_is_furniture(folio):
    text = ("Ferry Timetables on Small Islands\nM. Okada, Island Transport Office\n\n1. Introduction\n"
            "Island ferries carry residents, freight and visitors on the same boats. This note looks at how\n"
            "the timetables changed after the ports were rebuilt, and what the residents thought of it.\n\n"
            "2. Sources\nWe read the operators' annual reports and the port authority's records. We also inter-\n"
            f"{folio.format(1)}\n\fviewed twelve captains who had worked on the routes for ten years or more.\n\n"
            "3. Results\nMost routes gained a late sailing, but two lost their first morning boat.\n"
            f"{folio.format(2)}\n")
    doc = run(text)
    assert (folio.format(1), "page-number") in furniture(doc)
    assert paragraphs(doc.talks[0])[1] == ("We read the operators' annual reports and the port authority's records. "
                                           "We also interviewed twelve captains who had worked on the routes for ten "
                                           "years or more.")


# Fault 3: a paper's title that is also the running header of its later pages stays its title.

JA_PAGES = [
    ["1. はじめに", "港町の朝市は、漁業者と市民が直接に顔を合わせる数少ない場として続いてきた。本稿では、その",
     "運営の仕組みと来場者の変化を報告する。"],
    ["2. 朝市の運営", "朝市は漁業協同組合が運営し、毎週日曜の早朝に岸壁で開かれている。出店者の多くは地元の",
     "漁業者であり、その日にとれた魚をその場で売っている。"],
    ["3. おわりに", "来場者は観光客が増え、市民の割合は減っている。市民の台所としての役割をどう保つかが課題である。"],
]
EN_PAGES = [
    ["1. Introduction", "Harbour markets bring fishers and residents together on the quay every week. This note",
     "describes how one market is run and who comes to it."],
    ["2. Running the Market", "The fishers' cooperative runs the market on Sunday mornings, and most of the stalls",
     "belong to local fishers who sell the morning's catch."],
    ["3. Conclusion", "Visitors from elsewhere now outnumber residents, and the market must decide whom it serves."],
]


def _paper_pages(head: list[str], pages: list[list[str]], header: str, folio: str, feed: str) -> str:
    out = head + [""]
    for n, page in enumerate(pages, 1):
        out += page + ["", folio.format(n)]
        if n < len(pages):
            out += [f"{feed}{header}"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_papers_title_repeated_as_its_running_header_stays_its_title(lang, feed):
    title, author, pages, folio = (("港町の朝市と市民の暮らし", "川上 涼子（架空大学 海洋文化学部）", JA_PAGES, "- {} -")
                                   if lang == "ja" else
                                   ("Harbour Markets and Their Residents", "R. Kawakami, Institute of Maritime Culture",
                                    EN_PAGES, "p. {}"))
    doc = run(_paper_pages([title, author], pages, title, folio, feed))
    talk = doc.talks[0]
    assert (talk.title.ja if lang == "ja" else talk.title.en).text == title
    assert talk.speaker.text.text == author
    assert [text for text, reason in furniture(doc) if reason == "running-header"] == [title, title]
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
def test_a_running_header_above_every_page_the_first_included_is_furniture_there_too(feed):
    header, title, author = "港湾文化研究 第7号", "港町の朝市と市民の暮らし", "川上 涼子（架空大学 海洋文化学部）"
    doc = run(_paper_pages([header, title, author], JA_PAGES, header, "- {} -", feed))
    talk = doc.talks[0]
    assert (talk.title.ja.text, talk.speaker.text.text) == (title, author)
    assert [text for text, reason in furniture(doc) if reason == "running-header"] == [header] * 3


# Trial 4's inputs: the results its expectations name.

def _trial(name: str):
    return run((TRIAL / name).read_text(encoding="utf-8"))


def test_trial4_18_volume_page_numbers_and_two_talks():
    doc = _trial("18_proceedings_2talks.txt")
    assert [t.id for t in doc.talks] == ["obihiro", "naruto"]
    assert [text for text, reason in furniture(doc) if reason == "page-number"] == ["- 1 -", "- 2 -", "- 3 -", "- 4 -"]
    obihiro, naruto = doc.talks
    assert obihiro.title.en.text == "International Exchange through Tokachi Agriculture"
    assert naruto.title.en.text == "International Exchange through Beethoven’s Ninth"
    assert [s.number for s in obihiro.slides] == [None, 1, 2, None]
    assert [s.number for s in naruto.slides] == [None, 1, 2, 3, None]
    assert "German prisoners of war gave the first performance of the Ninth in Japan in 1918" in [
        t.text for t in naruto.slides[2].lines]


def test_trial4_14_and_20_title_kept_where_it_is_the_running_header():
    doc = _trial("14_furniture_dash_ff.txt")
    talk = doc.talks[0]
    assert (talk.title.ja.text, talk.speaker.text.text) == ("中山間地域における移動販売の役割", "小林 由紀（架空大学 地域政策学部）")
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "事例の概要"), ("3", "運行の課題"),
                                                                  ("4", "おわりに")]
    assert [p.text for p in talk.sections[1].paragraphs] == [
        "調査の対象としたのは、人口約4,000人の山あいの町で、地元のスーパーが2019年から運行している移動販売車である。"
        "販売車は町内の38か所を週2回ずつ巡回しており、利用者の多くは75歳以上の女性であった。利用者への聞き取りでは、"
        "買い物そのものよりも、販売員や近所の人と話せることを楽しみにしているという声が多く聞かれた。"]
    assert furniture(doc) == [("中山間地域における移動販売の役割", "running-header")] * 2 + [
        (f"- {n} -", "page-number") for n in (1, 2, 3)]
    doc = _trial("20_en_paper_pn.txt")
    talk = doc.talks[0]
    assert (talk.title.en.text, talk.speaker.text.text) == ("Evening Bus Services in Mid-Sized Cities",
                                                            "A. Moreau and K. Sato, Institute for Transport Policy")
    assert [s.title.text for s in talk.sections] == ["Introduction", "Data", "Findings", "Conclusion"]
    assert talk.sections[1].paragraphs[-1].text.endswith(
        "We also collected timetables for the years 2015 to 2023 from each of the operators.")
    assert sorted(furniture(doc)) == sorted([("Evening Bus Services in Mid-Sized Cities", "running-header")] * 2 + [
        (f"p. {n}", "page-number") for n in (1, 2, 3)])


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
def test_each_papers_title_in_a_volume_stays_where_its_pages_carry_it_as_their_header(feed):
    # a city line above the title: the header's first copy is the title of the block its page opens with
    def paper(city, title, speaker, first):
        out = [city, title, speaker, ""]
        for n, page in enumerate(JA_PAGES):
            out += ([f"{feed}{title}"] if n else []) + page + ["", f"- {first + n} -"]
        return out

    volume = [("松江市", "城下町の文化交流", "松江市文化振興課長 石田 恵"), ("高松市", "港と島をむすぶ国際交流", "高松市国際課長 森田 健一")]
    doc = run("\n".join(paper(*volume[0], 1)) + f"\n{feed}" + "\n".join(paper(*volume[1], 4)) + "\n")
    assert [(t.title.ja.text, t.speaker.text.text) for t in doc.talks] == [(title, speaker) for _, title, speaker in volume]
    assert [text for text, reason in furniture(doc) if reason == "running-header"] == [volume[0][1]] * 2 + [volume[1][1]] * 2
    assert all([s.number for s in t.sections] == ["1", "2", "3"] for t in doc.talks)
