"""Visible structure and page furniture of anthologies, haiku sheets, scripts and proceedings (issue 16 points 2 and 4,
fresh-user trial 77d; helper bunshu78).

Each kind both ways:

1. A running foot of a name and its folio between dashes or tortoise-shell brackets after one word space
   (``はばたき ― 2 ―``, ``白梅句会報 第二一二号 － 1 －``, ``若竹句会報 第八十号 - 1 -``, ``さざなみ 〔3〕``), recurring with
   the folio counting up, is furniture (``furniture._ENCLOSED_FOLIO``); a masthead naming its issue numbers pages, so a
   short haiku sheet so footed is no deck (``talks.names_its_issue``). Near miss: a score line (``東町 ― 3 ―``).
2. A collection's pieces, each a title over its author line (``六年一組 山田 太郎``, ``文芸部 二年 鈴木 一郎``, ``同人
   石\ufffd 和夫``) over prose, head sections, the author line each section's first paragraph
   (``sections.piece_titles``, ``names.piece_byline_ja``). Near miss: one piece alone (unchanged).
3. A heading in capitals alone on its line (``CHARACTERS``, ``CAST``) is never joined onto the line over it
   (``paragraphs.capitals_heading_alone``). Near miss: a name in capitals a sentence carries on over.
4. A proceedings' Japanese line counted as the dump printed it (``…開かれ、105 日`` / ``間で…``: spaces beside
   half-width digits) is full and goes on (``measures.raw_span``); one lost glyph glued before a city line's city is
   the line's mark, a ledger row, no lone front line (``stage._talk``).

Inputs: the trial's files under ``/work/regress/in_trial77d``, the variants and near misses under
``/work/regress/in_bunshu78``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import furniture_of, segment_file

TRIAL = Path("/work/regress/in_trial77d")
MINE = Path("/work/regress/in_bunshu78")
GAP = "\ufffd"


def _doc(path: Path):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return segment_file(path)


def _sections(talk) -> list[tuple[str, list[str]]]:
    return [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]


def _all_text(talk) -> list[str]:
    return [t.text for t in talk.front] + [s.title.text for s in talk.sections] \
        + [p.text for s in talk.sections for p in s.paragraphs]


# -- 1. running feet with an enclosed folio ----------------------------------------------------------------------

@pytest.mark.parametrize("path, foot, folios", [
    (TRIAL / "c_bunshu.txt", "はばたき", ["― 2 ―", "― 3 ―"]),
    (TRIAL / "e_kukaiho.txt", "白梅句会報 第二一二号", ["－ 1 －", "－ 2 －"]),
    (MINE / "an_bunshu_class.txt", "あおぞら", ["― 4 ―", "― 5 ―"]),
    (MINE / "an_doujinshi_gap.txt", "かもめ", ["－ 2 －", "－ 3 －"]),
    (MINE / "kk_kukaiho_halfdash.txt", "若竹句会報 第八十号", ["- 1 -", "- 2 -"]),
    (MINE / "kk_kukaiho_dash_ja.txt", "白鷺句会報 第百五号", ["― 1 ―", "― 2 ―"]),
    (MINE / "kk_kukaiho_bracket.txt", "山茶花句会報", ["〔1〕", "〔2〕"]),
])
def test_enclosed_folio_feet_are_furniture(path, foot, folios):
    doc = _doc(path)
    rows = furniture_of(doc.ledger)
    text = " ".join(r[1] for r in rows)
    assert text.count(foot) == 2, rows
    for folio in folios:
        assert folio.replace(" ", "") in text.replace(" ", ""), rows
    for talk in doc.talks:
        assert not any(foot in t and any(c.isdigit() for c in t) for t in _all_text(talk)), _all_text(talk)


@pytest.mark.parametrize("name", ["kk_kukaiho_dash_ja.txt", "kk_kukaiho_halfdash.txt", "kk_kukaiho_bracket.txt",
                                  "kk_kukaiho_bare.txt"])
def test_short_haiku_sheet_with_folios_is_no_deck(name):
    [talk] = _doc(MINE / name).talks
    assert not talk.slides
    titles = [s.title.text for s in talk.sections]
    assert "高点句" in titles and "お知らせ" in titles, titles


def test_score_line_is_no_folio():
    """Near miss: two teams' scores between dashes, counting no pages (3, then 5), stay text."""
    [talk] = _doc(MINE / "nm_score_dash.txt").talks
    assert any("東町 ― 3 ―" in t for t in _all_text(talk))
    assert any("南町 ― 5 ―" in t for t in _all_text(talk))


# -- 2. a collection's pieces ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path, pieces", [
    (TRIAL / "c_bunshu.txt", [("修学旅行の思い出", "六年一組 \ufffd鍋 陽斗"), ("一輪車と私", "六年一組 小\ufffd寺 結衣"),
                              ("六年間ありがとう", "六年一組 担任 \ufffd高 俊介")]),
    (MINE / "an_bunshu_class.txt", [("運動会のリレー", "六年二組 佐藤 健一"), ("図書委員の一年", "六年二組 山本 さくら"),
                                    ("ありがとう、東小学校", "六年二組 田中 はるか")]),
    (MINE / "an_bungeishi.txt", [("雨の日の図書室", "文芸部 二年 鈴木 一郎"), ("海へ続く坂道", "文芸部 一年 高橋 美咲")]),
    (MINE / "an_doujinshi_gap.txt", [("夕焼けの町", "同人 石\ufffd 和夫"), ("冬の川", "同人 小林 \ufffd子")]),
    # the first piece right under a masthead of two lines, a blank line between (its title had been front)
    (MINE / "an_bunshu_two_line_masthead.txt", [("水族館の見学", "4年1組 森 ゆうと"), ("なわとび大会", "4年1組 石川 ひなた"),
                                                ("一年間の思い出", "4年1組 担任 中村 直子")]),
])
def test_pieces_are_sections_with_their_authors(path, pieces):
    [talk] = _doc(path).talks
    sections = dict(_sections(talk))
    for title, author in pieces:
        assert title in sections, list(sections)
        assert sections[title][0] == author, sections[title][:2]
        assert len(sections[title]) >= 2  # the piece's prose under its author line
    assert talk.speaker is None or not any(author in (talk.speaker.text.text if talk.speaker.text else "")
                                           for _, author in pieces[1:])


def test_one_piece_alone_is_unchanged():
    """Near miss: a single titled essay over its author line (no collection): read as before."""
    [talk] = _doc(MINE / "nm_single_byline.txt").talks
    assert talk.title.ja.text == "春の遠足"
    assert [s.title.text for s in talk.sections] == ["六年一組 佐藤 健一"]


# -- 3. a heading in capitals alone ------------------------------------------------------------------------------

@pytest.mark.parametrize("path, heading, over", [
    (TRIAL / "d_play.txt", "CHARACTERS", "First performed by the Clun Valley Players, Bishop's Castle Town Hall, October 2024"),
    (MINE / "pl_en_characters_after_date.txt", "CHARACTERS", "First produced at the Little Theatre, Malvern, in June 2019"),
])
def test_capitals_heading_stands_alone(path, heading, over):
    [talk] = _doc(path).talks
    texts = _all_text(talk)
    assert heading in texts, texts
    assert over in texts, texts


@pytest.mark.parametrize("name, line", [("pl_en_radio_play.txt", "CAST"), ("pl_ja_tojo.txt", "登場人物")])
def test_cast_heading_stays_alone(name, line):
    """Near misses already right on the base: a heading under a short line, a Japanese 登場人物."""
    [talk] = _doc(MINE / name).talks
    assert line in _all_text(talk)


def test_capitals_carried_on_by_a_sentence_stay_joined():
    """Near miss: a body's name in capitals a sentence carries on over (``…a grant from the`` / ``NATIONAL LOTTERY
    HERITAGE FUND`` / …) goes on the sentence over it, as before."""
    [talk] = _doc(MINE / "nm_en_wrap_caps.txt").talks
    assert any(t.endswith("a grant from the NATIONAL LOTTERY HERITAGE FUND") for t in _all_text(talk))


# -- 4. a proceedings' wraps and its city lines' lost marks -----------------------------------------------------------

def _proceedings():
    return _doc(TRIAL / "a_toshi_proc.txt")


def test_line_full_as_printed_goes_on():
    doc = _proceedings()
    paragraphs = [p for talk in doc.talks for _, ps in _sections(talk) for p in ps]
    assert any("第1回の瀬戸内国際芸術祭が開かれ、105日間で約93万人が訪れた。" in p for p in paragraphs), paragraphs
    assert not any(p.startswith("間で約93万人") for p in paragraphs)


def test_lost_mark_before_city_is_no_front_line():
    doc = _proceedings()
    assert len(doc.talks) == 3
    for talk in doc.talks:
        assert not any(t.text.strip() == GAP for t in talk.front), [t.text for t in talk.front]
    rows = [r for r in doc.ledger if r.rule == "read_city_line_ja"]
    assert [(r.line, r.text) for r in rows] == [(1, GAP), (42, GAP), (80, GAP)]


def test_sample_lost_number_prefix_stays_front():
    """Near miss: the sample's three lost glyphs before its city (a lost talk number) stay front, as before."""
    sample = Path.cwd() / "raw" / "000_339d16c72fef9a96.txt"
    doc = _doc(sample)
    assert any(t.text.strip() == GAP * 3 for t in doc.talks[0].front)
    assert not [r for r in doc.ledger if r.rule == "read_city_line_ja"]
