"""Issue 16 point 3, fresh-user trial 69 (helper fix69a): place names linked by a kana, and a city's English from the
speaker's credit.

1. A place name Sudachi does not know, its kanji linked by a small ヶ or ヵ (or a large ケ): ``霧ヶ丘町`` is read
   霧 / ヶ (a particle) / 丘町, ``梅ヶ原市`` 梅 / ヶ / 原市 (a surname). The trial's city became ``丘町``, the English
   credit two authors; a notice from ``梅ヶ原市`` had no city; a text with lost glyphs lost its city and speaker, and
   the gap in the speaker's name got candidates. Every reader of a place name reads Sudachi's morphemes with the
   linked name joined (``pipeline.sudachi.name_tokenizer``). Counters (``3ヶ月``, ``一ヶ所``, ``百ヶ日``) stay as read.
2. A city whose reading Sudachi guesses (``紅葉台市``: コウヨウダイ, the dictionary also モミジダイ) where the speaker's
   English credit names it (``Kengo Ishida, Momijidai City``): ``city.en`` and the id from the credit
   (``places.credit_city_en``); a credit naming another city, another person's credit, or no English: nothing.

Inputs: ``tests/data/fix69a/`` (kept in ``/work/regress/in_fix69a/``); ``t69_ja_proc.txt`` is the trial's own."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import city_texts as _city, run_text

DATA = Path(__file__).parent / "data" / "fix69a"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _text(t) -> str | None:
    return t.text if t is not None else None


# --- 1. a place name linked by a kana --------------------------------------------------------------------------------

def test_a_name_linked_by_a_kana_is_a_municipality() -> None:
    from pipeline.segment.organisations import is_municipality

    names = ("霧ヶ丘町", "梅ヶ原市", "梅ヵ原市", "潮ケ浜市", "紅ヵ谷村", "夕ヶ丘町", "茅ヶ崎市")  # the last Sudachi knows whole
    assert [n for n in names if not is_municipality(n)] == []


def test_a_linked_name_is_read_with_its_link_read_ga() -> None:
    from pipeline.segment.places import romaji_spellings

    spelled = {"霧ヶ丘町": "kirigaoka", "梅ヵ原市": "umegahara", "潮ケ浜市": "shiogahama", "紅ヵ谷村": "kurenaigatani"}
    assert {n: s for n, s in spelled.items() if s not in romaji_spellings(n)} == {}


def test_an_affiliation_names_its_linked_municipality() -> None:
    from pipeline.segment.titleblock import affiliation_city

    lines = {"霧ヶ丘町 保健福祉課": "霧ヶ丘町", "梅ヶ原市長": "梅ヶ原市", "紅ヵ谷村 企画課": "紅ヵ谷村",
             "茅ヶ崎市 環境政策課長": "茅ヶ崎市", "東都大学 社会学部": None}
    read = {line: (line[sp[0]:sp[1]] if (sp := affiliation_city(line)) else None) for line in lines}
    assert read == lines


def test_counters_and_prose_are_no_place_names() -> None:
    from pipeline.segment.organisations import is_municipality
    from pipeline.sudachi import name_tokenizer, tokenizer

    for text in ("3ヶ月と5ヶ所", "数ヶ国の研究", "一ヶ所につき", "百ヶ日の法要", "十ヵ所の拠点"):
        assert [m.surface() for m in name_tokenizer("C").tokenize(text)] == \
            [m.surface() for m in tokenizer("C").tokenize(text)], text
    assert not is_municipality("3ヶ町") and not is_municipality("数ヶ町")


def test_the_trials_proceedings_read_the_second_talks_city_line() -> None:
    first, second = _talks("t69_ja_proc.txt")
    assert _city(first) == ("青葉浜市", "Aobahama")
    assert _city(second) == ("霧ヶ丘町", "Kirigaoka"), second.city
    assert second.id.endswith("kirigaoka"), second.id
    assert _text(second.title.ja) == "山あいの町のオンライン診療"
    assert _text(second.speaker.name) == "佐伯 美奈" and _text(second.speaker.affiliation) == "霧ヶ丘町 保健福祉課"
    assert len(second.speaker.authors) == 1  # the English credit is no second author


def test_every_reader_reads_a_linked_name() -> None:
    expected = {
        "k3_shiogahama_proc.txt": [("潮ケ浜市", "Shiogahama"), ("紅ヵ谷村", "Kurenaigatani")],  # city lines
        "k2_umegahara_notice.txt": [("梅ヶ原市", None)],  # a notice's signer's office
        "k4_yuugaoka_label.txt": [("夕ヶ丘町", None)],  # an issuer's label
        "k5_hotarugaike_paper.txt": [("蛍ヶ池町", None)],  # a paper's author's affiliation
        "k1_umegahara_fffd.txt": [("梅ヶ原市", None)],  # a city line over lost glyphs
        # near misses: a name Sudachi knows whole, counters in prose with and without a city
        "k6_chigasaki.txt": [("茅ヶ崎市", "Chigasaki")],
        "n1_counters_paper.txt": [(None, None)],
        "n2_counters_city.txt": [("北見市", "Kitami")],
    }
    assert {name: [_city(t) for t in _talks(name)] for name in expected} == expected
    (notice,) = _talks("k2_umegahara_notice.txt")
    assert _text(notice.speaker.affiliation) == "梅ヶ原市長" and _text(notice.speaker.name) == "野口 和彦"


def test_a_lost_glyph_in_the_speakers_name_gets_no_candidates() -> None:
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    data = (DATA / "k1_umegahara_fffd.txt").read_bytes()
    (restored,) = restore(segment(clean(extract(data, name="k1_umegahara_fffd.txt")))).talks
    talk = restored.talk
    assert _text(talk.speaker.affiliation) == "梅ヶ原市 農林水産課", talk.speaker
    (name_gap,) = [r for r in restored.repairs if r.line == 3]
    assert name_gap.restored is None and not name_gap.candidates, name_gap


# --- 2. the city's English from the speaker's credit -------------------------------------------------------------------

@pytest.mark.parametrize("name, city, ident", [
    ("m1_momijidai_text.txt", ("紅葉台市", "Momijidai"), "momijidai"),
    ("m2_godo_town.txt", ("神戸町", "Godo"), "godo"),
    ("m3_mita_cityof.txt", ("三田市", "Mita"), "mita"),
    ("m4_momijidai_paper.txt", ("紅葉台市", "Momijidai"), "momijidai"),
])
def test_the_speakers_credit_spells_a_guessed_reading(name, city, ident) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == city and talk.id.endswith(ident), (talk.city, talk.id)
    assert any("the speaker's credit names" in e.detail for e in talk.evidence), talk.evidence


@pytest.mark.parametrize("name", ["n3_former_post.txt", "n4_other_person.txt", "n5_no_english.txt"])
def test_no_credit_of_the_speaker_spelling_the_name_keeps_sudachis_reading(name) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == ("紅葉台市", None) and talk.id.endswith("koyodai"), (talk.city, talk.id)
    # the pair with the credit: the same talk, the credit decides
    (credited,) = _talks("m1_momijidai_text.txt")
    assert credited.id.endswith("momijidai")


def test_a_name_sudachi_reads_for_sure_takes_no_credit() -> None:
    from pipeline.model import Text
    from pipeline.segment.places import credit_city_en, name_spellings

    spellings = name_spellings("石田 健吾")
    assert credit_city_en("熊本市", [Text.from_raw("Kengo Ishida, Kumamoto City", 3)], spellings) is None  # find_city_en's
    assert credit_city_en("紅葉台市", [Text.from_raw("Kengo Ishida, Momijidai City", 3)], spellings).text.text == "Momijidai"
