"""Faults a fresh user found (trial 7), each as a made-up document of its kind."""

from __future__ import annotations

from pipeline.segment import segment
from segment_inputs import cleaned_from_text


def test_an_english_cover_naming_the_speaker_then_the_affiliation_is_one_cover_slide():
    """``Name, Division, City`` under the English title on the cover: a speaker line, not a slide of its own that
    takes the cover's page number (it was slide 1, linked to the paper's first section)."""
    text = ("第2講演\n港北市\n川と暮らす水辺のまちづくり\n港北市河川課 課長 森田 圭介\n\n"
            "1．はじめに\n　港北市は二つの川に挟まれた市であり、古くから水害と向き合ってきた。\n"
            "2．水辺の再生\n　堤防の上を散策路として整備し、市民の憩いの場とした。\n\n"
            "Riverside Town Planning for Living with Rivers\n"
            "Keisuke Morita, River Management Division, Kohoku City\n1\n"
            "Two Rivers\n■ The city lies between two rivers\n2\n"
            "Riverside Walks\n■ Embankments turned into walking paths\n3\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert [s.number for s in talk.slides] == [1, 2, 3]
    assert talk.slides[0].title.text == "Riverside Town Planning for Living with Rivers"
    assert all(s.title is not None for s in talk.slides)


def test_where_every_paragraph_opens_indented_a_flush_line_goes_on_whatever_the_width():
    """A text wrapped by character count: lines holding half-width digits are narrower, so no measure shows;
    every paragraph opens with ``　``, and a flush line after one that ends no sentence (``…戻っ`` / ``ている。``)
    is the same paragraph, as is one after a sentence's end."""
    text = ("1．はじめに\n　東浜市は県の南端に位置し、美しい砂浜と温泉で古くから知られている町である。\n"
            "本稿では、砂浜を活かした観光の取り組みを紹介する。\n"
            "2．観光客の動向\n　海水浴客は2019年に約12万人であったが、2020年には\n"
            "大きく減少した。その後は回復が続き、2023年には約10万人まで戻っ\n"
            "ている。\n"
            "3．今後の取り組み\n　現在、隣の西浜町と共同で、砂浜の保全と観光の両立を目指す活動を進\n"
            "めている。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    paragraphs = [[p.text for p in s.paragraphs] for s in talk.sections]
    assert paragraphs[1] == ["海水浴客は2019年に約12万人であったが、2020年には大きく減少した。その後は回復が続き、"
                             "2023年には約10万人まで戻っている。"]
    assert paragraphs[2] == ["現在、隣の西浜町と共同で、砂浜の保全と観光の両立を目指す活動を進めている。"]
    assert len(paragraphs[0]) == 1


def test_a_line_opening_on_a_character_never_set_at_a_line_start_goes_on():
    """JIS X 4051's line-start rule: a line opening on 、 。 ） or a small kana carries on the line before it,
    whatever the widths say."""
    text = ("1．調査の結果\n来訪者の多くは家族連れであり、滞在時間は平均で二時間ほどであった\n"
            "。また、週末の来訪者は平日の三倍に達した。\n"
            "2．考察\n駐車場の不足が指摘された。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert [p.text for p in talk.sections[0].paragraphs] == [
        "来訪者の多くは家族連れであり、滞在時間は平均で二時間ほどであった。また、週末の来訪者は平日の三倍に達した。"]
