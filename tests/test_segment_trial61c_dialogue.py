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
