"""Slide → section links from a dictionary translation of a multi-word term and from a katakana name that the English
spells by its sound (fresh-user trial 64, open issue 19 point 2: ``Sister City: Vladivostok`` beside
``２．姉妹都市との交流``, which names ウラジオストク, and ``Future Challenges`` beside ``３．今後の課題`` stayed unlinked)."""

from __future__ import annotations

from test_link import talk

from pipeline.structure import link

HAKODATE = [
    ("1", "はじめに", ["函館市は１８５９年に開港した港湾都市である。"]),
    ("2", "姉妹都市との交流", ["函館市はロシアのウラジオストク市と姉妹都市提携を結んでいる。姉妹都市との交流は文化と経済の両面で進められてきた。"]),
    ("3", "今後の課題", ["若い世代の交流を\ufffdやすことが課題である。"]),  # the trial's lost glyph
]


def numbers(links):
    return [found and found["number"] for found in links]


def test_the_trial_talk_links_its_sister_city_slide_and_the_next_by_order():
    links = link.link_slides(talk(HAKODATE, [
        (1, "Hakodate City", []),
        (2, "Sister City: Vladivostok", ["■ Sister city agreement signed in 1992"]),
        (3, "Future Challenges", ["■ Increase youth exchange"]),
    ], title=("港湾都市の姉妹都市交流", "Hakodate: Sister City Exchange of a Port City")))
    assert numbers(links) == [None, "2", "3"]  # the first slide is the cover
    details = [e["detail"] for e in links[1]["evidence"]]
    assert any("Sister City" in d and "姉妹 + 都市" in d for d in details)
    assert any("Vladivostok" in d and "ウラジオストク" in d for d in details)
    assert "order" in {e["kind"] for e in links[2]["evidence"]}


def test_a_two_word_term_translated_word_by_word_links_alone():
    sections = [
        ("1", "市の概要", ["本市は人口３０万人の都市である。"]),
        ("2", "姉妹都市交流", ["本市は多くの都市と交流している。"]),
        ("3", "観光", ["都市の観光を進める。"]),
        ("4", "おわりに", ["今後も努力する。"]),
    ]
    (found,) = link.link_slides(talk(sections, [(5, "Our Sister Cities", [])]))
    assert found is not None and found["number"] == "2"
    assert [e["kind"] for e in found["evidence"]] == ["gloss"]


def test_environment_and_technology_is_a_phrase_where_the_japanese_words_stand_together():
    sections = [
        ("1", "環境と技術のまち", ["本市は工業都市である。"]),
        ("2", "港湾の整備", ["港湾の環境関連の技術を紹介する。"]),
        ("3", "観光", ["観光客が増えた。"]),
    ]
    (found,) = link.link_slides(talk(sections, [(2, "Environment and Technology", [])]))
    assert found is not None and found["number"] == "1"


def test_a_katakana_name_the_english_spells_by_its_sound_is_a_name():
    sections = [
        ("1", "概要", ["本市は北の港町である。"]),
        ("2", "ロシアとの交流", ["ウラジオストクとの定期航路がある。"]),
        ("3", "おわりに", ["交流を続けたい。"]),
    ]
    (found,) = link.link_slides(talk(sections, [(2, "Vladivostok", ["Ferry route"])]))
    assert found is not None and found["number"] == "2"
    assert any("ウラジオストク" in e["detail"] for e in found["evidence"] if e["kind"] == "name")


# --- near misses: what must stay unlinked ---------------------------------------------------------------------------

def test_a_phrase_two_sections_share_links_neither_but_a_name_one_holds_does():
    sections = [
        ("1", "姉妹都市の歴史", ["本市は姉妹都市と交流してきた。"]),
        ("2", "姉妹都市の現状", ["姉妹都市との経済交流が進んでいる。"]),
        ("3", "航路の開設", ["ウラジオストクとの定期航路を開いた。"]),
        ("4", "おわりに", ["今後も努力する。"]),
    ]
    shared, alone = link.link_slides(talk(sections, [(2, "Sister City", []), (4, "Ferry Route to Vladivostok", [])]))
    assert shared is None
    assert alone is not None and alone["number"] == "3"


def test_words_split_two_ways_between_two_sections_link_neither():
    # the sample's *Environment and Technology City*: 環境と技術 in one title, 技術首都 (*capital city*) in another
    sections = [
        ("1", "環境と技術のまち", ["本市は工業都市である。"]),
        ("2", "アジアの技術首都", ["本市の技術はアジアで知られる。"]),
        ("3", "観光", ["観光客が増えた。"]),
        ("4", "姉妹都市", ["姉妹都市と交流している。"]),
    ]
    split, sister = link.link_slides(talk(sections, [(1, "Environment and Technology City", []),
                                                      (5, "Sister City Friendship", [])]))
    assert split is None
    assert sister is not None and sister["number"] == "4"


def test_a_common_word_that_folds_to_a_katakana_word_is_no_name():
    # ``Thank`` and ダンク share the skeleton ``tnk`` once voicing is folded: the sample's closing slide
    sections = [
        ("1", "漫画の町", ["スラムダンクの作家の展示を開いた。"]),
        ("2", "ウラジオストクとの交流", ["ウラジオストク市と交流している。"]),
        ("3", "おわりに", ["交流を続ける。"]),
    ]
    thanks, city = link.link_slides(talk(sections, [(9, "Thank you", []), (2, "Vladivostok", [])]))
    assert thanks is None
    assert city is not None and city["number"] == "2"
