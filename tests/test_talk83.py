"""Fresh-user trial 83a (issue 16 point 1, segment stage), helper talk83: talk boundaries in a book of abstracts that
mixes Japanese and English-only talks (inputs in tests/data/talk83/, kept in /work/regress/in_talk83/; the trial's
booklet as ``trial83a_booklet.txt``).

An English-only abstract between Japanese ones (or a Japanese one between English ones) is a talk of its own where its
own title stands over its own author and affiliation and its text (running text, ``Abstract`` or section 1:
``talks.own_talk_in_other_script``): before, it
was read as the Japanese talk's English title block, its title ``title.en`` and its author ``front``. A paper's own
English block (its author again, its title translated) stays the paper's. A list of authors parted by ``、`` whose
names lost glyphs is an author line (``names.gapped_name_list``): before, it went to ``front`` and ``speaker.name``
was null.
"""

from __future__ import annotations

import pathlib

import pytest

from segmenting import segment_text

INPUTS = pathlib.Path(__file__).parent / "data" / "talk83"
GAP = "\ufffd"


def _talks(name: str):
    return segment_text((INPUTS / name).read_text(encoding="utf-8")).talks


def _row(talk):
    title = talk.title.ja.text if talk.title.ja is not None else None, talk.title.en.text if talk.title.en is not None else None
    name = talk.speaker.name.text if talk.speaker is not None and talk.speaker.name is not None else None
    return title, name


BOOKLETS = [
    ("trial83a_booklet.txt", [
        (("中山間地域における避難行動の実態調査", None), f"田中 {GAP}一"),
        ((None, "Flood Risk Communication in Small Coastal Towns"), "Emily Carter"),
        (("小学校における防災教育プログラムの開発と評価", None), f"佐{GAP} 美{GAP}"),
    ]),
    # no talk number; an English author on two lines (name, then affiliation); two English talks in a row
    ("v2_booklet_unnumbered.txt", [
        (("都市河川における外来魚の分布と水温の関係", None), "中村 翔太"),
        ((None, "Restoring Gravel Beds for Salmon Spawning"), "Thomas Becker"),
        ((None, "Community Monitoring of River Litter"), "Sarah Whitfield"),
        (("河川敷の植生管理と生物多様性", None), "山本 彩花"),
    ]),
    # ``第n講演`` numbers, the English talk's title too long for a candidate line
    ("v3_session_bilingual.txt", [
        (("ため池の決壊リスクと住民の認識", None), "高橋 誠"),
        ((None, "Evacuation of Care Homes during River Floods"), "Laura Jensen"),
        (("避難所運営における女性の参画", None), "林 由美"),
    ]),
    # an English talk by a Japanese author who is not the talk before's; gapped names in a list
    ("v5_japanese_author_en.txt", [
        (("沿岸域におけるマイクロプラスチックの季節変動", None), f"石田 {GAP}介"),
        ((None, "Seagrass Loss and Juvenile Fish in the Seto Inland Sea"), "Kenji Mori"),
        (("藻場再生に向けた漁業者との協働", None), f"岡{GAP} 真{GAP}"),
    ]),
    # the English abstract under its own ``Abstract`` heading and section 1
    ("v7_abstract_headings.txt", [
        (("棚田の保全活動と都市住民の参加", None), "小林 直子"),
        ((None, "Farmland Abandonment in Mountain Villages of Slovenia"), "Ana Novak"),
        (("集落営農組織の経営継承", None), "千葉 健太"),
    ]),
    # English first, a Japanese talk between English ones
    ("v6_english_first.txt", [
        ((None, "Street Trees and Pedestrian Comfort in Manchester"), "Oliver Hughes"),
        (("都市公園の冷却効果の範囲", None), "伊藤 直樹"),
        ((None, "Cool Roofs on Public Housing in London"), "Amira Hassan"),
    ]),
]


@pytest.mark.parametrize("name,expected", BOOKLETS, ids=[b[0] for b in BOOKLETS])
def test_booklet_talks(name, expected):
    """Each abstract is a document with its own title and speaker (before: the English abstract was the talk before's
    English title, its author ``front``)."""
    assert [_row(t) for t in _talks(name)] == expected


def test_poster_ids_part_talks():
    """``P-03`` / ``P-04`` (English) / ``P-05``: three documents, each numbered by its id, the id out of its title
    (the clean stage drops the space between ``P-03`` and a Japanese title, so the code had stayed in ``title.ja``)."""
    talks = _talks("v4_poster_ids.txt")
    assert [t.number for t in talks] == ["P-03", "P-04", "P-05"]
    assert [_row(t) for t in talks] == [
        (("学校給食における地場産野菜の利用率", None), "遠藤 由紀"),
        ((None, "Food Waste in University Canteens"), "Marco Rossi"),
        (("農産物直売所の来訪者と購買行動", None), "斉藤 健太"),
    ]


def test_gapped_authors_are_the_speaker():
    """The trial's ``佐� 美�、木村 大輔`` is the third talk's author line: both authors, the gaps kept, no line in
    ``front`` (before: ``front``, ``speaker.name`` null)."""
    from pipeline.segment.names import is_person_name

    assert is_person_name(f"佐{GAP} 美{GAP}、木村 大輔")
    talk = _talks("trial83a_booklet.txt")[-1]
    assert [a.name.text for a in talk.speaker.authors] == [f"佐{GAP} 美{GAP}", "木村 大輔"]
    assert talk.speaker.affiliation.text == "広島県立大学 地域創生学部"
    assert not any(GAP in t.text for t in talk.front)


def test_numbered_booklet_unchanged():
    """Near miss (passes on the base too): every talk numbered ``【n】``, the English one's number a strong cue."""
    talks = _talks("v1_booklet_numbered.txt")
    assert [t.number for t in talks] == ["1", "2", "3"]
    assert _row(talks[1]) == ((None, "Cycling to School in Rural Norway"), "Ingrid Solberg")


NEAR_MISSES = [
    # a Japanese paper's own English block after its references: its author again, its title translated
    ("n1_paper_en_abstract_end.txt", "地方都市における路線バスの利用促進", "Promotion of Bus Use in Regional Cities"),
    # the same under an ``Abstract`` heading
    ("n5_paper_en_abstract_heading.txt", "中山間地域における鳥獣被害対策の効果",
     "Effects of Wildlife Damage Control in Hilly and Mountainous Areas"),
    # a bilingual title block over the Japanese text
    ("n2_bilingual_top.txt", "里山林の管理放棄と獣害の関係", "Abandonment of Satoyama Woodland and Wildlife Damage"),
    # a reference quoting an English title and its author
    ("n3_references_en_title.txt", "小規模自治体における防災無線の更新", None),
    # the sample's shape: a Japanese talk and its English slides
    ("n4_talk_with_slides.txt", "瀬戸内の島々と結ぶ観光交流", "Island Tourism in the Seto Inland Sea"),
]


@pytest.mark.parametrize("name,ja,en", NEAR_MISSES, ids=[n[0] for n in NEAR_MISSES])
def test_one_document_stays_one(name, ja, en):
    """Near misses (pass on the base too): one document each, its English its own."""
    [talk] = _talks(name)
    assert talk.title.ja.text == ja
    assert (talk.title.en.text if talk.title.en is not None else None) == en


def test_gapped_name_list_needs_a_name_read_whole():
    """A list whose every piece lost glyphs, or a list of phrases, names no one (passes on the base too)."""
    from pipeline.segment.names import is_person_name

    assert not is_person_name(f"佐{GAP} 美{GAP}、{GAP}村 大{GAP}")
    assert not is_person_name(f"調査の{GAP}果、今後の課題")
