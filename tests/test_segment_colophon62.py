"""A digitised book's colophon and notation header are front matter, not its story (fresh-user trial 61c).

An Aozora Bunko story's ``底本：…`` / ``入力：…`` / ``校正：…`` / the library's notice had been its last paragraphs, and its
header's notes on the notation, set between rules of hyphens, its first: the rule read as running text (55 characters)
opened the body. The ``（例）`` lines of that header show the notation and keep it.
"""

from pathlib import Path

import pytest

from reliability import one_talk, sections_of

DATA = Path(__file__).parent / "data" / "colophon62"


@pytest.mark.parametrize("name, first, last, colophon", [
    ("aozora_story.txt", "岬の先に、古い灯台が立っていた。娘の名は小夜といった。", "目を覚ました少年は、そう言って小夜に笑いかけた。",
     ["底本：「海辺の小品集」潮見書房", "1958（昭和33）年4月10日初版発行", "入力：山根", "校正：北村", "2024年6月1日作成",
      "青空文庫作成ファイル："]),
    ("essay_shoshutsu.txt", "港の朝は早い。まだ暗いうちから、漁船の灯りが沖へ向かって動き出す。",
     "氷のような風が吹くたびに、岸壁の鴎がいっせいに舞い上がる。",
     ["初出：「海と町」2019年2月号", "底本：「港町随想」みなと書房", "2021（令和3）年5月20日第1刷発行", "入力：佐藤", "校正：木村",
      "2025年1月10日作成"]),
    ("memoir_oyahon.txt", "分校には子どもが七人しかいなかった。先生はひとりで、国語も算数も唱歌も教えた。",
     "春の遠足で峠に登った日のことを、私は今でもよく覚えている。",
     ["底本：「山里の記憶」北嶺社", "1975（昭和50）年9月1日発行", "底本の親本：「分校の四季」山びこ書房", "1962（昭和37）年",
      "入力：田村", "校正：中川"]),
])
def test_the_colophon_closes_the_front_and_the_story_is_the_body(tmp_path, name, first, last, colophon):
    talk = one_talk(DATA / name, tmp_path)
    [(title, paragraphs)] = sections_of(talk)
    assert (title, paragraphs[0], paragraphs[-1]) == ("", first, last)
    # (the colophon after the story is the closing block, paper.closing since schema version 7: helper letter76)
    front = [p["text"] for p in talk["paper"]["front"] + talk["paper"]["closing"]]
    assert front[-len(colophon):] == colophon or front[-len(colophon) - 1:-1] == colophon


def test_the_notation_header_is_front_and_its_examples_keep_their_markup(tmp_path):
    talk = one_talk(DATA / "aozora_story.txt", tmp_path)
    front = [p["text"] for p in talk["paper"]["front"]]
    assert front[:7] == ["-" * 55, "【テキスト中に現れる記号について】", "《》：ルビ", "（例）岬《みさき》",
                         "｜：ルビの付く文字列の始まりを特定する記号", "（例）灯台｜守《もり》", "-" * 55]
    body = sections_of(talk)[0][1]
    assert "岬の先に、古い灯台が立っていた。娘の名は小夜といった。" in body  # the story's own ruby still leaves it


def test_a_source_note_is_no_colophon(tmp_path):
    """``出典：`` under a report's text names a figure's or a table's source, not the file's: it stays the body's."""
    talk = one_talk(DATA / "report_source_note.txt", tmp_path)
    assert sections_of(talk)[0][1][-1] == "出典：みどり市交通政策課調べ"
