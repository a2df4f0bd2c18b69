"""Newsletters' long headlines, letters' addressees and a notice's body before ``記`` (issue 16 point 2, fresh-user
trial 68e; helper news69).

1. A newsletter's headline longer than a short phrase (``New Library Opens on Main Street``, 32 characters) heads its
   article where its siblings, title-cased lines over their paragraphs, head theirs (``sections.long_headline``,
   ``sections._by_shape``); alone, such a line heads nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file, run_text, speaker_texts

REGRESS = Path("/work/regress")


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None and s.title.text else None for s in talk.sections]


TRIAL_68E = """\
Riverside Community Newsletter
Spring 2024

New Library Opens on Main Street
The new public library opened on March 3 with a ceremony attended by over two hundred residents.

Park Cleanup Day Set for April
Volunteers will gather at Elm Park on April 20 to clear litter and plant new trees.

Council Approves Bike Lane Plan
The council voted six to one to add protected bike lanes along Oak Avenue.

Edited by Margaret Hill, Communications Officer
"""


def test_trial_68e_newsletter_heads_its_three_articles():
    talk = run_text(TRIAL_68E).talks[0]
    assert _titles(talk) == ["New Library Opens on Main Street", "Park Cleanup Day Set for April",
                             "Council Approves Bike Lane Plan"]
    assert [len(s.paragraphs) for s in talk.sections] == [1, 1, 1]
    # the editor's line is neither a headline nor the last article's text
    assert "Edited by Margaret Hill, Communications Officer" in front_texts(talk)
    assert speaker_texts(talk) == ("Margaret Hill", "Communications Officer")


@pytest.mark.parametrize("name, titles", [
    ("nl_en_four_long.txt", ["Harbour Wall Repairs Will Begin After the Summer Season",
                             "New Bus Route Links the Station With the Hospital",
                             "Volunteers Wanted for the Beach Clean on 21 June",
                             "Library Extends Saturday Opening Hours Until Five"]),
    ("nl_en_mixed_short_long.txt", ["Show Results", "Plot Holders Asked to Save Water During the Hosepipe Ban",
                                    "Seed Swap Returns to the Village Hall in September"]),
    ("nl_en_numbers_dateline.txt", ["Council Approves 2026 Budget of $48 Million",
                                    "Water Main Replacement on 5th Street Starts Monday"]),
])
def test_long_headlines_head_their_articles(name, titles):
    path = REGRESS / "in_news69" / name
    talk = run_file(path.read_bytes(), name).talks[0]
    assert _titles(talk) == titles
    assert not any(t in front_texts(talk) for t in titles)


def test_dateline_under_the_first_headline_still_names_the_city():
    path = REGRESS / "in_news69" / "nl_en_numbers_dateline.txt"
    talk = run_file(path.read_bytes(), path.name).talks[0]
    assert talk.city.en is not None and talk.city.en.text == "Springfield"  # the dateline's word, in title case


@pytest.mark.parametrize("name", ["nm_en_one_long_heading.txt", "nm_en_paper_captions.txt", "nm_en_letter_subject.txt"])
def test_a_long_title_cased_line_alone_heads_nothing(name):
    path = REGRESS / "in_news69" / name
    talk = run_file(path.read_bytes(), name).talks[0]
    assert _titles(talk) == [None]


@pytest.mark.xfail(strict=True, reason="a Japanese headline past 30 characters over a flush paragraph is read as its "
                                       "paragraph's wrapped first line (no title case to tell it)")
def test_japanese_long_headlines_flush():
    path = REGRESS / "in_news69" / "nl_ja_long_flush.txt"
    talk = run_file(path.read_bytes(), path.name).talks[0]
    assert len(talk.sections) == 3
