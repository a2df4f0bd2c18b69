"""What names an organisation, and what only holds an organisation's word (issue 16, trial 45).

Trial 45: ``試験場`` (a prefecture's experiment station) named no organisation, so a speaker's affiliation set on its
own line was lost; and English title lines holding an organisation's word (``The Trust, Explained``, ``Focus Group,
Results``, ``Building the Archive``) were read as organisations. Made-up lines on other topics.
"""

from __future__ import annotations

import pytest

from pipeline.segment.organisations import is_organisation, organisation_line, organisation_only
from tests.segment_inputs import run_text


@pytest.mark.parametrize("name", ["県立農業試験場", "北海道立林業試験場", "県水産試験所", "港町市北部支所", "県土木事務所",
                                  "石狩振興局", "県立環境研究センター", "海洋研究機構", "県立衛生研究院", "港町市保健所",
                                  "札幌管区気象台", "みなと物産株式会社 関西支店", "県立水産試験場 増殖部"])
def test_a_public_station_or_an_offices_branch_is_an_organisation(name):
    assert is_organisation(name)


@pytest.mark.parametrize("line", ["支所", "試験場", "市民サービスと支所の役割", "試験場の一日"])
def test_the_word_alone_or_in_a_phrase_is_none(line):
    assert not is_organisation(line)


def test_an_experiment_station_under_the_name_on_a_cover_is_the_affiliation():
    deck = "\n\n".join("\n".join(s) for s in [
        ["カキ養殖の新しい技術", "New Techniques in Oyster Farming", "佐伯 由佳", "県立水産試験場", "1 / 3"],
        ["養殖場の現状", "Farms Today", "■出荷量 1,200トン", "■1,200 tonnes shipped", "2 / 3"],
        ["ご清聴ありがとうございました", "Thank you", "3 / 3"]]) + "\n"
    (talk,) = run_text(deck).talks
    assert talk.speaker.name.text == "佐伯 由佳" and talk.speaker.affiliation.text == "県立水産試験場"


@pytest.mark.parametrize("line", ["The Cooperative, Revisited", "Steering Group, Outcomes", "Building the Archive",
                                  "Managing the Trust", "Visiting the Museum", "Building Trust", "Our Union, Again",
                                  "Learning Group, Methods", "Joining the Cooperative"])
def test_a_titles_phrase_is_no_organisation(line):
    assert not is_organisation(line) and not organisation_only(line)


# ``… Archive``, ``… Union``, ``… Cooperative`` alone end a title's phrase as often (organisations.AFFILIATION_ENDINGS_EN):
# an organisation only after a name and its comma (review 46), so not listed here
@pytest.mark.parametrize("line", ["University of Tokyo", "Kyoto Institute of Technology",
                                  "Building Research Institute", "Housing Authority", "Fountain Heritage Trust, Bristol",
                                  "Coastal Logistics Group, Hamburg, Germany", "The Harbour Trust",
                                  "Northfield Transit Authority, Leeds, UK", "Coastal Engineering Group",
                                  "Some Department, Somewhere", "Department of Physics, Retired"])
def test_a_real_organisation_stays_one(line):
    assert is_organisation(line)


def test_an_english_cover_title_with_an_organisations_word_is_no_affiliation():
    deck = "\n\n".join("\n".join(s) for s in [
        ["The Land Trust, Explained", "Ruth Okafor", "Valley Conservation Society", "1 / 3"],
        ["Why a Trust?", "- Land held for ever", "- Run by members", "2 / 3"],
        ["Thank you", "3 / 3"]]) + "\n"
    (talk,) = run_text(deck).talks
    assert talk.title.en.text == "The Land Trust, Explained"
    assert talk.speaker.name.text == "Ruth Okafor" and talk.speaker.affiliation.text == "Valley Conservation Society"
