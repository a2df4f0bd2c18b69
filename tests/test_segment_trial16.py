"""Faults a fresh user's trial (trial 16) found, each as a made-up document of its kind."""

from __future__ import annotations

from tests.segment_inputs import run_text

COLUMN = """\
冬の保存食 白菜の浅漬け
食文化研究家 原田 恵

白菜は冬に甘みが増す野菜で、浅漬けにすると素材の味がよくわかる。塩の量は白菜の重さの二パーセントを目安にする。

漬けてから一晩おくと、ほどよくしんなりして食べごろになる。
"""


def test_a_byline_led_by_a_profession_names_the_writer() -> None:
    # 料理研究家 / 園芸家 are no job title of the closed list: the byline became an unnumbered section heading
    talk = run_text(COLUMN).talks[0]
    assert (talk.speaker.affiliation.text, talk.speaker.name.text) == ("食文化研究家", "原田 恵")
    assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)]  # no heading: the column is its untitled body (helper body50)


THESIS_TITLE = """\
地方港湾の物流機能に関する研究
北陸工業大学 工学部
森 光

1. はじめに
地方の港湾は、地域の産業を支える物流の拠点である。本研究では、その機能の変化を調べる。
"""


def test_a_given_name_of_one_kanji_after_a_surname_is_a_name() -> None:
    speaker = run_text(THESIS_TITLE).talks[0].speaker
    assert (speaker.name.text, speaker.affiliation.text) == ("森 光", "北陸工業大学 工学部")


AUTHORS = """\
Tidal Currents at River Mouths
Lucia Bianchi*, Hiroshi Tanaka†
* Politecnico di Torino, Italy
† Kyushu University, Japan
Abstract
We measured tidal currents at the mouths of four rivers over one spring tide.
"""


def test_the_last_authors_mark_and_a_non_english_institution_are_read() -> None:
    speaker = run_text(AUTHORS).talks[0].speaker
    assert [(a.name.text, [m.text for m in a.marks], a.affiliation.text) for a in speaker.authors] == [
        ("Lucia Bianchi", ["*"], "Politecnico di Torino, Italy"), ("Hiroshi Tanaka", ["†"], "Kyushu University, Japan")]


PROCEEDINGS = """\
鳥取市
砂丘の町の国際交流
鳥取市国際交流課長 山本 一郎
1. 概要
鳥取市は日本海に面した砂丘の町で、海外からの観光客も多い。
International Exchange in a Dune Town
Tottori City
Ichiro Yamamoto
1
Tottori at a Glance
■ Sand dunes by the Sea of Japan
2
Thank you
"""


def test_the_city_under_a_cover_title_is_no_subtitle() -> None:
    talk = run_text(PROCEEDINGS).talks[0]
    assert talk.subtitle.en is None
    assert talk.title.en.text == "International Exchange in a Dune Town"


from tests.segment_documents import REPORT  # noqa: E402
from tests.segment_inputs import furniture  # noqa: E402


def test_a_running_head_at_both_sides_of_a_page_number_is_furniture_both_times() -> None:
    doc = run_text(REPORT)
    assert [which for text, which in furniture(doc) if text == "港湾物流の変化に関する調査"] == [
        "running-footer", "running-header", "running-footer"]
    assert not any(p.text == "港湾物流の変化に関する調査" for s in doc.talks[0].sections for p in s.paragraphs)


THESIS = """\
修士論文
商店街の再生に関する研究
目次
第1章 序論 ........................ 1
1.1 問題の所在 .................... 1
第2章 事例研究 .................... 3
ii
第1章 序論
1.1 問題の所在
地方都市の商店街では、空き店舗の増加が続いている。本研究では、その再生の取り組みを調べる。
"""


def test_a_roman_folio_closing_the_contents_is_page_furniture() -> None:
    doc = run_text(THESIS)
    assert [t.text for t in doc.talks[0].contents][-1].startswith("第2章")
    assert ("ii", "page-number") in furniture(doc)


ABSTRACT_WITH_HEAD = """\
Proceedings of the 9th Symposium on Coastal Towns, Kobe, 2024          pp. 117-118

Ferry Timetables and Island Health Care:
Evidence from Twelve Routes

Kenji Arakawa¹ and Lena Vortmann²
¹ Seto Institute of Technology, Japan
² University of Bergen, Norway

Abstract
Island residents reach hospitals on the mainland by ferry. We compare twelve timetables with clinic hours.
"""


def test_a_volume_head_with_its_page_range_hides_no_title_block() -> None:
    # trial 17: the head over a one-page abstract (the volume's name, pp. 41-42) hid the title block: no title,
    # no authors, id ``document``. Since session 66 (issue 16, fresh-user trial 66b, helper paper66) the first page's
    # head with its page range is the article's masthead, kept in ``front``, no longer page furniture
    doc = run_text(ABSTRACT_WITH_HEAD)
    talk = doc.talks[0]
    assert talk.title.en.text == "Ferry Timetables and Island Health Care: Evidence from Twelve Routes"
    assert [a.name.text for a in talk.speaker.authors] == ["Kenji Arakawa", "Lena Vortmann"]
    assert furniture(doc) == []
    assert [t.text for t in talk.front] == [ABSTRACT_WITH_HEAD.splitlines()[0]]


AUTHOR_COLUMN = """\
Rain Gauges on Rooftops in Takamatsu

Aiko Morimoto
Kagawa University
Takamatsu, Japan
morimoto@kagawa.example

Abstract
We placed rain gauges on thirty rooftops and compared them with the city's radar estimates.
"""


def test_an_authors_address_is_part_of_the_affiliation_and_never_the_title() -> None:
    # trial 17: an author column's city (``Sendai, Japan``) was taken for the title of a second block, which won
    talk = run_text(AUTHOR_COLUMN).talks[0]
    assert talk.title.en.text == "Rain Gauges on Rooftops in Takamatsu"
    assert talk.speaker.name.text == "Aiko Morimoto"
    # an e-mail alone on its line is an item of its own, parted by ", " (helper paper73)
    assert talk.speaker.affiliation.text == "Kagawa University, Takamatsu, Japan, morimoto@kagawa.example"


def test_an_organisation_word_inside_a_titles_phrase_makes_no_organisation() -> None:
    # ``School`` in ``Rain Gauges on School Roofs`` made the title an organisation line: the block lost its title
    text = AUTHOR_COLUMN.replace("Rain Gauges on Rooftops in Takamatsu", "Rain Gauges on School Roofs")
    assert run_text(text).talks[0].title.en.text == "Rain Gauges on School Roofs"
