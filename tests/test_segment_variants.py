"""Field faults in other shapes than the field cases show them (a variants check of ../shared/field).

Each is a made-up document with one field case's kind of fault set another way; before these fixes each failed.
"""

from __future__ import annotations

from tests.segment_inputs import run_text

SPEAKER_POST_THEN_NAME = """\
高松市
瀬戸内の港と島々
高松市観光交流課長
森田 恵子
1. 島々との交流
本市は瀬戸内の島々と船で結ばれている。
Takamatsu City
Ports and Islands of the Seto Inland Sea
Thank you
"""


def test_a_speaker_box_split_after_the_post_keeps_the_post_as_the_affiliation() -> None:
    # field case 12m2 splits the box after the city (高松市 / 観光交流課長 森田 恵子); here it splits after the post
    doc = run_text(SPEAKER_POST_THEN_NAME)
    assert len(doc.talks) == 1
    speaker = doc.talks[0].speaker
    assert (speaker.affiliation.text, speaker.name.text) == ("高松市観光交流課長", "森田 恵子")
    assert not doc.talks[0].front


PAGE_WORDS_BEFORE_SLIDES = """\
鳥取市
砂丘と港の国際交流
鳥取市国際課長 川上 修
1. 鳥取市の概要
鳥取市は鳥取県の東部に位置し、日本海に面した砂丘の町である。砂丘には年間を通じて多く
の観光客が訪れ、その中には海外からの旅行者も増えている。市は、こうした観光の力を国際
Page 1
山陰交流研究会 紀要 第7号
交流に生かしていきたいと考えている。港は古くから対岸の国々と結ばれてきた。
2. 友好都市
本市は韓国の清州市と友好都市提携を結び、中学生の相互訪問を毎年続けている。近年は
Page 2
山陰交流研究会 紀要 第7号
大学生の交流も始まり、両市の若者が互いの町で地域の課題を学び合っている。
Tottori City
International Exchange of a Dune Town
Thank you
"""


def test_a_page_number_in_words_before_the_slides_does_not_cut_the_papers_last_paragraph() -> None:
    # field case 09m's furniture with Page N at a page break inside the paper's last paragraph: the English page
    # number drew the paper/slides border up, and the paragraph's end went to a slide
    talk = run_text(PAGE_WORDS_BEFORE_SLIDES).talks[0]
    assert talk.sections[-1].paragraphs[-1].text.endswith("地域の課題を学び合っている。")
    assert talk.title.en.text == "International Exchange of a Dune Town"
    assert not any("学び合っている" in t.text for s in talk.slides for t in s.lines)


DECK_AFTER_PAPER = """\
萩市
城下町の国際交流
萩市国際交流課長 中島 智子
1. 概要
萩市は山口県の北部に位置する城下町である。

Hagi City
International Exchange in a Castle Town

About Hagi
Lake Akiyoshi and Hagi Castle

1

Thank you
"""


def test_a_slide_titled_about_a_place_is_no_speakers_name_on_the_cover() -> None:
    # ``About Hagi`` read as a person's name (two capitalised words, one WordNet does not list) and
    # ``Lake Akiyoshi and Hagi Castle`` as two names: both joined the cover, and slide 1 was lost
    slides = run_text(DECK_AFTER_PAPER).talks[0].slides
    assert [(s.number, s.title.text if s.title else None) for s in slides][:2] == [
        (None, "International Exchange in a Castle Town"), (1, "About Hagi")]
    assert [t.text for t in slides[1].lines] == ["Lake Akiyoshi and Hagi Castle"]


TITLE_PAGE = """\
Package harbourmap v2.3
Kristina Lindqvist & Tomohiro Arakawa
2023/04/18

This package draws harbour maps from a list of piers and their depths. It reads the list from a
file and places each pier at its position along the quay.
"""


def test_a_title_page_with_two_authors_and_the_date_names_them() -> None:
    # texlive-lang-japanese's package manuals set title / authors joined by & / date: the authors' line, longer
    # than one name, was left in front and no one was named
    talk = run_text(TITLE_PAGE).talks[0]
    assert talk.title.en.text == "Package harbourmap v2.3"
    assert [a.name.text for a in talk.speaker.authors] == ["Kristina Lindqvist", "Tomohiro Arakawa"]


PAPER_WITH_JAPANESE_REFERENCES = """\
Ferry Timetables in Island Towns
Kenji Arakawa, Seto Institute of Technology

1. Introduction
Island towns depend on ferries for almost every trip off the island, and their timetables decide when
residents can reach hospitals, schools and shops on the mainland.

2. Method
We collected the timetables of twelve routes and compared them with the opening hours of services.

References
[1] A. Berg and T. Lind, "Small ports and their ferries," Journal of Transport Geography, 2019.
[2] K. Sato, "Timetables and island life," Maritime Studies, 2021.
[3]
山田 太郎 『港町の交流と船の時刻表』 東西出版, 2001.
[4] 佐藤 花子 『島の暮らしと交通』 南北書房, 2015.
"""


def test_a_reference_list_item_opens_no_talk() -> None:
    # texlive-lang-japanese's platex-en.pdf: ``[1]`` alone on its line, then a Japanese book after English
    # references, read as a talk number, a title and a return from English slides: a second talk
    doc = run_text(PAPER_WITH_JAPANESE_REFERENCES)
    assert len(doc.talks) == 1
    assert doc.talks[0].title.en.text == "Ferry Timetables in Island Towns"
