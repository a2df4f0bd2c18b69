"""A romanised Korean or Chinese given name keeps its second syllable in small letters (``Jae-won Park``,
``Min-jun Lee``, ``Xiao-ming Chen``): a person's name, so a paper whose authors stand one a line, each over their
affiliation, keeps them all in its title block and starts its talk (trial 26: the third paper of a volume stayed
inside the second, ``Jae-won Park`` read as no name). An English compound (``Real-time Systems``) stays no name."""

from __future__ import annotations

import pytest

from pipeline.segment.names import is_person_name, name_shaped
from tests.segment_documents import english_paper
from tests.segment_inputs import segmented_text


@pytest.mark.parametrize("name", ["Jae-won Park", "Min-jun Lee", "Xiao-ming Chen", "Park Seo-yeon"])
def test_a_romanised_given_name_is_a_name(name):
    assert is_person_name(name) and name_shaped(name)


@pytest.mark.parametrize("phrase", ["Real-time Systems", "Self-driving Cars", "Long-term Trends", "Open-source Tools"])
def test_an_english_compound_is_no_name(phrase):
    assert not name_shaped(phrase) and not is_person_name(phrase)


@pytest.mark.parametrize("second", ["Min-jun Lee", "Xiao-ming Chen"])
def test_a_paper_with_its_authors_one_a_line_over_their_affiliations_is_a_talk(second):
    third = ["Tide-Aware Scheduling of River Buses", "", "Sofia Marchetti", "Politecnico di Milano, Italy", second,
             "Korea Advanced Institute of Science and Technology, Daejeon, Korea", "",
             "Abstract", "River buses that follow the tide save fuel on every crossing.", "",
             "1 Introduction", "The buses cross the estuary forty times a day.", ""]
    doc = segmented_text("\n".join(english_paper(0) + english_paper(1) + third))
    assert len(doc.talks) == 3
    talk = doc.talks[2]
    assert talk.title.en is not None and talk.title.en.text == "Tide-Aware Scheduling of River Buses"
    assert [a.name.text for a in talk.speaker.authors] == ["Sofia Marchetti", second]
