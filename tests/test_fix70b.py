"""A bilingual newsletter's structure (issue 16 point 2, fresh-user trial 70's ``05_newsletter.txt``; helper fix70b).

A bilingual newsletter heads each article by its headline in both languages, a line each (``留学生との交流会を開催しました``
/ ``Exchange Party with International Students``), over its text in both. The first headline of the pair titles the
article's section, its translation is the section's first paragraph (the schema has no English title for a section:
``sections.translated_headline``, ``sections._by_shape``, ``talks.first_block``). The issue line in both languages
(``2025年春号 Spring 2025``) is an edition line (``events._bilingual_edition``) and keeps the space between its halves
(``clean.spacing._translated_phrase``); a masthead in both languages loses each half's edition alike (``stage``), and a
periodical's English name with its edition after it is no organisation (``organisations.names_publication``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file, speaker_texts

MINE = Path(__file__).parent / "data" / "fix70b"  # copies of /work/regress/in_fix70b


def _run(name: str):
    path = MINE / name
    return run_file(path.read_bytes(), path.name).talks


def _titles(talk) -> tuple[str | None, str | None]:
    return tuple(t.text if t is not None else None for t in (talk.title.ja, talk.title.en))


def _sections(talk) -> list[tuple[str | None, list[str]]]:
    """Each section's title and its paragraphs' texts."""
    return [(s.title.text if s.title is not None and s.title.text else None, [p.text for p in s.paragraphs])
            for s in talk.sections]


@pytest.mark.parametrize("name, titles, heads, issue", [
    ("nl_trial70.txt", ("みなと市国際交流ニュース", "Minato International Newsletter"), [
        ("留学生との交流会を開催しました", "Exchange Party with International Students"),
        ("姉妹都市から訪問団が来訪", "Delegation from Our Sister City")], "2025年春号 Spring 2025"),
    ("nl_three_articles.txt", ("さくら市国際交流協会だより", "Sakura International Association Newsletter"), [
        ("日本語教室の新しいクラスが始まります", "New Japanese Language Classes Begin"),
        ("防災訓練に参加しました", "We Took Part in the Disaster Drill"),
        ("国際料理教室を開催しました", "International Cooking Class Held")], "2025年秋号 Autumn 2025"),
    ("nl_no_blank.txt", ("かわせ町国際交流ニュース", "Kawase Town International News"), [
        ("ホームステイの受け入れ家庭を募集", "Host Families Wanted for Homestay"),
        ("英会話サロンを開きました", "English Conversation Salon Opened")], "2026年冬号 Winter 2026"),
    ("nl_city_bulletin.txt", ("あさひ市 外国人住民のための生活情報", "Asahi City Living Information for Foreign Residents"), [
        ("ごみの出し方が変わります", "Changes to Garbage Collection"),
        ("住民税の納付期限", "Deadline for Resident Tax Payment")], "2025年6月号 June 2025"),
    ("nl_en_first.txt", ("はなみ区コミュニティ通信", "Harbor Ward Community News"), [
        ("Summer Festival Volunteers Wanted", "夏祭りのボランティアを募集します"),
        ("New Library Hours", "図書館の開館時間が変わります")], "Summer 2025 2025年夏号"),
])
def test_a_headline_over_its_translation_heads_its_article(name, titles, heads, issue):
    talks = _run(name)
    assert len(talks) == 1
    talk = talks[0]
    assert _titles(talk) == titles
    sections = _sections(talk)
    # each article a section: the first headline its title, the translation its first paragraph, then its text in
    # both languages (two paragraphs)
    assert [(title, paragraphs[0]) for title, paragraphs in sections] == heads
    assert all(len(paragraphs) == 3 for _, paragraphs in sections)
    front = front_texts(talk)
    assert issue in front  # the issue line in both languages, its space kept, front matter
    assert not any(t in front for pair in heads for t in pair)


def test_a_bilingual_mastheads_edition_leaves_both_titles():
    """``第45号`` and ``No. 45`` are the masthead's edition in each language: neither title keeps it, the whole line is
    front (fresh-user trial 70: title.ja kept ``第45号`` while ``No. 45`` went to front as a piece of its own)."""
    talk = _run("nl_trial70.txt")[0]
    assert _titles(talk) == ("みなと市国際交流ニュース", "Minato International Newsletter")
    assert "みなと市国際交流ニュース 第45号 / Minato International Newsletter No. 45" in front_texts(talk)
    assert "No. 45" not in front_texts(talk)


def test_near_miss_a_bilingual_talk_stays_a_talk():
    """A proceedings' talk titled in Japanese over English over its speaker is a title block, never an article."""
    talk = _run("nm_proc_bilingual_talk.txt")[0]
    assert _titles(talk) == ("港湾都市の国際交流と観光振興", "International Exchange and Tourism Promotion in Port Cities")
    assert speaker_texts(talk) == ("山田　太郎", "みなと市観光振興部長")
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "姉妹都市との交流")]


def test_near_miss_a_bilingual_notice_keeps_its_items():
    """A bilingual notice's subject in both languages over its text and ``記``: its items stay its sections, the body
    over ``記`` its untitled section (helper news69's rule), no article read from the subject pair."""
    talk = _run("nm_notice_ki.txt")[0]
    assert _sections(talk) == [
        (None, ["下記のとおり、日本語教室を開催します。", "We will hold a Japanese language class as follows."]),
        ("日時", ["6月7日（土）午前10時～12時"]), ("場所", ["みどり市国際交流センター"]), ("費用", ["無料"])]


@pytest.mark.parametrize("line, kept", [
    ("2025年春号 Spring 2025", True), ("2025年6月号 June 2025", True), ("第45号 No. 45", True),
    ("本市は 2024 年に", False), ("第3号 Harbour Road 12", False), ("人口 100 万人", False),
])
def test_a_bilingual_issue_lines_space_is_the_writers(line, kept):
    from pipeline.clean.spacing import remove_cjk_ascii_spaces
    from pipeline.model import Text

    out = remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text
    assert (out == line) is kept


@pytest.mark.parametrize("line, edition", [
    ("2025年春号 Spring 2025", True), ("2025年春号Spring 2025", True), ("Summer 2025 2025年夏号", True),
    ("第12号 / Issue 12", True), ("北九州市 Kitakyushu", False), ("第2号議案 No. 2", False), ("春の交流会 Spring Party", False),
])
def test_an_issue_line_in_both_languages_is_an_edition_line(line, edition):
    from pipeline.segment.events import is_edition_line

    assert is_edition_line(line) is edition
