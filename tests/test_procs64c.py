"""Fresh-user trial 64c (issue 16 point 1, segment stage), helper procs64c. Made-up proceedings, other cities, wording
and numbers than the trial's (inputs in tests/data/procs64c/, kept in /work/regress/in_procs64c/).

Each talk opens on a Japanese city line with the city's English name alone under it (``仙台市`` / ``Sendai``), then
its title and the title's English, its speaker and the speaker's English line, a Japanese paper and English slides,
each under a label (``Slide 1``, ``Slide 1 of 2`` or ``1``). The English city line is the city's English, never the
title (``titleblock._pass_city_english``); the block giving each field once per language opens the talk, and its
English lines are no slides (``talks._bilingual_block``); the labels number the slides. Before, the first talk was a
deck titled by the volume's header and each later talk was titled by its English city line, its paper holding its
slides' text.
"""

from __future__ import annotations

import pathlib

import pytest

from segmenting import paragraph_texts, segment_text, talk_fields

INPUTS = pathlib.Path(__file__).parent / "data" / "procs64c"


def _read(path: str):
    return segment_text((INPUTS / path).read_text(encoding="utf-8"))


def _slides(talk):
    return [(s.number, s.title.text if s.title is not None else None) for s in talk.slides]


def _section_titles(talk):
    return [s.title.text if s.title is not None else None for s in talk.sections]


TALKS = [
    # the city's English with ``City`` after it; under a volume header; ``Slide N`` labels
    ("01_niigata_kitakyushu_city_suffix.txt", [
        ("信濃川河口の水辺空間の再生", "Reviving the Waterfront at the Mouth of the Shinano River", "新潟市", "Niigata", "小林 直樹",
         ["経緯", "成果"], ["Reviving the Waterfront", "Results"]),
        ("響灘の洋上風力発電と港湾", "Offshore Wind Power in the Hibikinada and the Port", "北九州市", "Kitakyushu", "松本 亮",
         ["計画の概要", "港の役割"], ["Offshore Wind in the Hibikinada", "The Port's Role"])]),
    # no volume header; the slides numbered by a number alone
    ("02_numbers_alone_no_header.txt", [
        ("宍道湖のしじみ漁と水質保全", "Shijimi Clam Fishing and Water Quality in Lake Shinji", "松江市", "Matsue", "石原 由美",
         ["しじみ漁の現状", "水質の監視"], ["Clams and Clean Water", "Monitoring"]),
        ("地下水で暮らす街", "A City That Lives on Groundwater", "熊本市", "Kumamoto", "田中 誠",
         ["地下水の恵み", "涵養の取り組み"], ["A City on Groundwater", "Recharge"])]),
    # three talks, ``Slide N of M`` labels
    ("03_slide_n_of_m_three.txt", [
        ("歴史的な港町の景観保全", "Preserving the Townscape of a Historic Port", "函館市", "Hakodate", "佐藤 美咲",
         ["西部地区の街並み", "景観条例"], ["The Historic Western District", "Townscape Rules"]),
        ("斜面市街地の暮らしと交通", "Living and Moving on Hillside Neighbourhoods", "長崎市", "Nagasaki", "山口 健",
         ["斜面地の課題", "斜面移送システム"], ["Hillside Living in Nagasaki", "Hillside Transport"]),
        ("運河と観光のこれから", "The Canal and the Future of Tourism", "小樽市", "Otaru", "中村 剛",
         ["運河の保存", "観光客の動向"], ["The Otaru Canal", "Visitors"])]),
    # each field in English first, then in Japanese (the speaker read from the English line)
    ("04_english_first_fields.txt", [
        ("長良川の鵜飼と生きた文化遺産", "Cormorant Fishing on the Nagara River as Living Heritage", "岐阜市", "Gifu", "Emi Kato",
         ["鵜飼の歴史", "継承の取り組み"], ["Cormorant Fishing in Gifu", "Passing It On"]),
        ("路面電車とコンパクトなまちづくり", "Light Rail and a Compact City", "富山市", "Toyama", "Hiroshi Mori",
         ["公共交通の軸", "効果"], ["Light Rail in Toyama", "Effects"])]),
]


@pytest.mark.parametrize("path, expected", TALKS)
def test_each_talk_opens_on_its_bilingual_city_block64c(path, expected):
    doc = _read(path)
    assert len(doc.talks) == len(expected)
    for talk, (title_ja, title_en, city_ja, city_en, speaker, sections, slides) in zip(doc.talks, expected):
        assert talk.shape == "proceedings"
        assert talk_fields(talk)[:4] == (title_ja, title_en, city_ja, city_en)
        assert speaker in talk_fields(talk)[4]
        assert _section_titles(talk) == sections
        assert _slides(talk) == [(1, slides[0]), (2, slides[1])]
        # the English city line is front, never the title; the slides' text is no paragraph of the paper
        assert not any(slides[1] in p for p in paragraph_texts(talk))


def test_slide_labels_kept_in_the_ledger64c():
    """The ``Slide N`` labels over the slides are kept in the ledger as the slides' numbers (``slide_number``)."""
    text = (INPUTS / "01_niigata_kitakyushu_city_suffix.txt").read_text(encoding="utf-8")
    doc = segment_text(text)
    labels = [r for r in doc.ledger if r.text.strip() in ("Slide 1", "Slide 2")]
    assert len(labels) == 4
    assert all(r.rule == "slide_number" for r in labels)
    assert [s.number for t in doc.talks for s in t.slides] == [1, 2, 1, 2]


def test_a_long_english_speaker_line_is_the_speaker_s_twin64c():
    """The speaker's English line, 84 characters (``Misaki Sato, Townscape Section Manager, Urban Construction
    Department, Hakodate City``), is the Japanese speaker line's twin, never ``front``."""
    talk = _read("03_slide_n_of_m_three.txt").talks[0]
    assert talk_fields(talk)[4].endswith("Hakodate City")
    assert not any(t.text.startswith("Misaki Sato") for t in talk.front)


def test_a_deck_s_slide_of_footers_stay_furniture64c():
    """Near miss: an English deck with ``Slide N of M`` footers under each slide (trial 64c's English deck read
    right): one deck, the footers numbering the slides before them, no slide of their own."""
    doc = _read("n1_en_deck_slide_of_footers.txt")
    [talk] = doc.talks
    assert talk.shape == "deck"
    assert _slides(talk) == [(1, "Composting at Home"), (2, "What Can Go In"), (3, "What Stays Out"),
                             (4, "Turning the Heap"), (5, "Questions?")]


def test_a_city_named_inside_a_paragraph_opens_no_talk64c():
    """Near miss: ``仙台市`` / ``Sendai`` on lines of their own inside a paper's paragraph, and a title naming the
    city (``Sendai and the Sea``) under its Japanese: one paper, its title kept."""
    doc = _read("n2_city_in_paragraph.txt")
    [talk] = doc.talks
    assert talk_fields(talk)[:2] == ("仙台市と海", "Sendai and the Sea")
    assert _section_titles(talk) == ["はじめに", "今後の課題"]
