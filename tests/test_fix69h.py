"""A newsletter's headlines over their bylines (issue 16 point 2, fresh-user trial 69c; helper fix69h).

A byline alone on its line under a headline (``By Marion Fletcher``, ``by Grace Whitfield``, ``Words: Priya Raman``,
``文：山田 花子``, ``（文・山田）``: ``names.article_byline``) is evidence of that headline: the two are never joined as a
wrap (``paragraphs.join_wraps``), the headline heads its article whatever its length (``sections.bylined_headline``),
the first article's byline is no speaker of the issue (``titleblock.headline_over_byline``), and the byline stays its
article's first paragraph. A sign-off signed after a dash under the credits (``… — The Committee``) closes ``front``
(``labels.sign_off_at``), so the editor's credit is the speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file, speaker_texts

MINE = Path(__file__).parent / "data" / "fix69h"  # copies of /work/regress/in_fix69h


def _run(name: str):
    path = MINE / name
    return run_file(path.read_bytes(), path.name).talks[0]


def _title(talk) -> str | None:
    t = talk.title.en or talk.title.ja
    return t.text if t is not None else None


def _sections(talk) -> list[tuple[str | None, str | None]]:
    """Each section's title and first paragraph."""
    return [(s.title.text if s.title is not None and s.title.text else None,
             s.paragraphs[0].text if s.paragraphs else None) for s in talk.sections]


@pytest.mark.parametrize("name, title, editor, heads", [
    ("nl_en_trial69c.txt", "THE HARBOUR LANTERN", "Thomas Wren", [
        ("Volunteers Rebuild the Cliff Path Steps Washed Away in the Spring Storms at Gull Point", "By Marion Fletcher"),
        ("New Tide Tables and Safety Signs Installed Along the Northern Stretch Before Winter", "By Owen Davies"),
        ("Members Count Record Numbers of Seals Resting on the Sandbanks Near the Old Lighthouse", "By Priya Raman")]),
    ("nl_en_words_bylines.txt", "Millford Allotment News", "Anna Berg", [
        ("Record Entries Expected at This Year's Summer Produce Show in the Village Hall", "Words: Priya Raman"),
        ("Water Butts Arrive for Every Plot After a Grant From the Parish Council", "Words: Tom Hale")]),
    ("nl_en_lowercase_by.txt", "RIVERSIDE READERS", "Margaret Olsen", [
        ("Our Autumn Author Evening Brought a Full House to the Library Reading Room", "by Grace Whitfield"),
        ("A New Book Swap Shelf Opens in the Station Waiting Room This Month", "by Daniel Ortiz")]),
    ("nl_ja_bylines.txt", "みなと台自治会だより", "田中 美香", [
        ("秋の防災訓練に地域の方々が多数参加しました", "文：山田 花子"),
        ("新しい集会所の利用案内", "（文・佐藤）")]),
])
def test_headlines_over_bylines_head_their_articles(name, title, editor, heads):
    talk = _run(name)
    assert _title(talk) == title
    assert speaker_texts(talk)[0] == editor
    assert _sections(talk) == heads
    # no byline glued to a headline, the subtitle or the front matter
    assert not any(by in t for _, by in heads for t in front_texts(talk))


def test_trial69c_sign_off_under_the_credit_closes_front():
    talk = _run("nl_en_trial69c.txt")
    assert front_texts(talk)[-2:] == ["Edited by Thomas Wren", "Happy walking, and see you on the shore! — The Committee"]
    assert "Newsletter of the Eastbay Coastal Walkers Association — Issue 27" in front_texts(talk)


def test_near_miss_a_story_keeps_its_headline_title_and_byline_speaker():
    talk = _run("nm_en_story_byline.txt")
    assert _title(talk) == "Volunteers Rebuild the Cliff Path Steps Washed Away in the Spring Storms"
    assert speaker_texts(talk)[0] == "Marion Fletcher"


def test_article_byline_shapes():
    from pipeline.segment.names import article_byline

    assert all(article_byline(s) for s in ("By Marion Fletcher", "by Jane Mary Doe", "Words: Priya Raman",
                                           "文：山田 花子", "（文・山田）"))
    assert not any(article_byline(s) for s in ("By the sea the walkers met.", "Edited by Thomas Wren", "文学部の山田",
                                               "The walks were led"))
