"""A deck's cover that names the speaker's body on the line over a post and a name (fresh-user trial 59:
``西川市上下水道局`` / ``経営企画課長　木村 誠`` gave the affiliation ``経営企画課長`` alone): the body's line joins the
affiliation, as one person's affiliation lines are joined (docs/talk-json.md, ``speaker.affiliation``; docs/segment.md,
*A body over a post*), and every raw character still stands in one place of the talk JSON. A line that is no body
(a venue, a date, an organiser's label), a speaker line whose affiliation names its own body, and two speakers keep
what they had."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability import accounting

from pipeline.segment.organisations import post_in_no_body

BODY = ("\f現状と課題\n・利用者の減少\n・施設の老朽化\n・人材の不足\n2\f今後の取組\n・共同化の推進\n・財源の確保\n3"
        "\fご清聴ありがとうございました\n4\n")


def deck(title: str, subtitle: str | None, lines: list[str]) -> str:
    head = f"{title}\n{subtitle}\n\n" if subtitle else f"{title}\n\n"
    return head + "\n".join(lines) + "\n" + BODY


def talk_of(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "deck.txt"
    path.write_text(text, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    (talk,) = talks
    return talk


def speaker_of(talk: dict) -> tuple[str | None, str | None, str | None]:
    sp = talk["speaker"]
    return sp["text"], sp["affiliation"], sp["name"]


@pytest.mark.parametrize("title, subtitle, lines, affiliation, city", [
    ("水道事業の広域連携について", "〜持続可能な水道を目指して〜", ["西川市上下水道局", "経営企画課長　木村 誠"],
     "西川市上下水道局経営企画課長", "西川市"),
    ("道路整備の新しい考え方", "〜安全で快適な道を次世代へ〜", ["みどり県庁", "土木部長　佐藤 健"], "みどり県庁土木部長", None),
    ("沿岸域の防災教育", "〜地域と大学の協働〜", ["東都大学大学院工学研究科", "教授　山田 花子"],
     "東都大学大学院工学研究科教授", None),
    ("地域物流の効率化", "〜共同配送の実践から〜", ["株式会社みなと商事", "営業部長　田中 一郎"],
     "株式会社みなと商事営業部長", None),
    ("小さな町の子育て支援", None, ["東山町役場", "総務課長　中村 修"], "東山町役場総務課長", "東山町"),
    # a municipality's own name over the post: the body, as a title block reads ``松山市`` / ``国際交流課長 佐藤 一郎``
    ("港湾物流の将来像", "〜国際競争力の強化に向けて〜", ["北浜市", "港湾局長　林 健二"], "北浜市港湾局長", "北浜市"),
])
def test_the_body_over_a_post_joins_the_affiliation(tmp_path, title, subtitle, lines, affiliation, city):
    talk = talk_of(tmp_path, deck(title, subtitle, lines))
    name = lines[1].split("\u3000")[1]
    assert speaker_of(talk) == (f"{lines[0]} {lines[1]}", affiliation, name)
    assert talk["speaker"]["authors"][0]["affiliation"] == affiliation
    assert talk["city"]["ja"] == city
    # the body's line and the post, each from its own raw line; the joining space of the text no raw character
    text_map = talk["speaker_map"]["text"]
    assert text_map[1] == [0, 0, 1] and text_map[0][2] == len(lines[0]) and text_map[2][2] == len(lines[1])
    assert [run[2] for run in talk["speaker_map"]["affiliation"]] == [len(lines[0]), len(lines[1].split("\u3000")[0])]


@pytest.mark.parametrize("over, line, affiliation", [
    ("会場：北浜市民会館", "港湾局長　林 健二", "港湾局長"),  # a venue
    ("2025年3月14日", "港湾局長　林 健二", "港湾局長"),  # a date
    ("主催：北浜市観光協会", "港湾局長　林 健二", "港湾局長"),  # the organiser, under its label
    ("西川市上下水道局", "北浜市港湾局長　林 健二", "北浜市港湾局長"),  # the line names its own body
])
def test_a_line_that_names_no_body_of_the_post_stays_out(tmp_path, over, line, affiliation):
    talk = talk_of(tmp_path, deck("港湾物流の将来像", "〜国際競争力の強化に向けて〜", [over, line]))
    assert speaker_of(talk) == (line, affiliation, "林 健二")


def test_two_speakers_under_one_body_name_no_one_speaker(tmp_path):
    talk = talk_of(tmp_path, deck("水道事業の広域連携について", "〜持続可能な水道を目指して〜",
                                  ["西川市上下水道局", "経営企画課長　木村 誠", "工務課長　佐藤 健"]))
    assert talk["speaker"]["name"] is None


@pytest.mark.parametrize("text, alone", [
    ("教授", True), ("経営企画課長", True), ("港湾局長", True), ("大学院工学研究科 教授", True), ("代表取締役社長", True),
    ("北浜市港湾局長", False), ("東西大学教授", False), ("株式会社みなと商事 営業部長", False), ("みどり県土木部長", False),
    ("県立水産試験場 主任研究員", False), ("経営企画課", False), ("課長の役割", False),
])
def test_a_post_in_no_body(text, alone):
    assert post_in_no_body(text) is alone
