"""A line of dialogue is never a heading (fresh-user trial 61c: ``「灯りが見えたから、ここまで来られた」`` between a story's
indented paragraphs headed a section, and the story's first four paragraphs went to ``front``). Made-up story.
"""

from pathlib import Path

from pipeline.segment.sections import spoken_line
from reliability import accounting

STORY = """港の朝

　まだ暗いうちから、市場には人が集まっていた。祖父は長靴をはいて、氷の箱を運んでいた。
　私はその後ろを歩きながら、魚のにおいに顔をしかめた。
「においにはすぐ慣れる、心配するな」
　祖父はそう言って、最初の箱を台の上に置いた。
"""


def test_dialogue_stays_in_the_story(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    talk = talks[0]
    assert all(s["title"] != "「においにはすぐ慣れる、心配するな」" for s in talk["paper"]["sections"])
    body = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]]
    assert "「においにはすぐ慣れる、心配するな」" in body
    assert any(t.startswith("まだ暗いうちから") for t in body)


def test_a_quoted_catchphrase_is_no_dialogue() -> None:
    assert spoken_line("「灯りが見えたから、ここまで来られた」")
    assert not spoken_line("「まちの魅力再発見」")


PAGE = """THE ASHFORD ECHO                                        Friday, 6 March 2026

Swimming pool to reopen after repairs

By Nadia Brennan
Local Democracy Reporter

ASHFORD — The town's swimming pool will reopen on Monday after six weeks of
repairs to its roof, the leisure trust said.

Season tickets bought before the closure will be extended by six weeks.

Cycle lane plan goes out to consultation

By Owen Price

Residents have until 10 April to comment on plans for a cycle lane along
Station Road, which would remove twelve parking spaces.

The council says the lane would link the station with the new housing estate.
"""

ONE_STORY = """Swimming pool to reopen after repairs

By Nadia Brennan

ASHFORD — The town's swimming pool will reopen on Monday after six weeks of
repairs to its roof, the leisure trust said.

What happens to season tickets

Season tickets bought before the closure will be extended by six weeks, and
the trust will refund anyone who moved away in the meantime.
"""


def test_a_second_story_under_its_byline_is_a_document_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    assert sorted(t["title"]["en"] for t in talks) == ["Cycle lane plan goes out to consultation",
                                                       "Swimming pool to reopen after repairs"]
    by_title = {t["title"]["en"]: t for t in talks}
    assert by_title["Cycle lane plan goes out to consultation"]["speaker"]["name"] == "Owen Price"


def test_one_story_with_a_crosshead_stays_one(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ONE_STORY, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == [] and len(talks) == 1
