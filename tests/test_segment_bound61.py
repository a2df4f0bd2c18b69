"""One document per story and a report's own title (issue 16 points 1 and 2, helper bound61; fresh-user trial 60b).

A labelled field line (``Project lead: Dr. Sunita Chaudhry``, ``Prepared by: … Ltd``) is never a title: a report
whose title stands over its kind (``Final Report``) and such fields keeps its title. A file of agency stories, each a
headline over its byline and a dateline (``STUTTGART (dpa) — …``), is a document per story; one story with a
pull-quote, a subheading or a second dateline stays one."""

import pytest

from pipeline.segment.titleblock import is_title_line, labelled_field
from tests.segment_inputs import run_text

REPORT_BODY = """
1 Introduction
The survey covered every site named in the brief between April and September 2025.

2 Findings
Most sites were in fair condition. Seven needed work within five years.

3 Recommendations
We recommend a programme of repairs over the next decade.
"""


@pytest.mark.parametrize("title, head", [
    ("Coastal Flood Resilience in the Humber Estuary",
     "Final Report\n\nPrepared by: Aldgate Water Consultants Ltd\nProject lead: Dr. Sunita Chaudhry\nMarch 2026"),
    ("Bus Priority Options for the Aire Valley Corridor",
     "Interim Report\n\nPrepared by: Northgate Transport Planning Ltd\nLead author: Prof. Kenji Mori\nSeptember 2025"),
    ("Seasonal Footfall on the Cornish Coast Path",
     "Final Report\n\nProject lead: Dr. Tamsin Pengelly\nPrepared by: Kernow Visitor Research\nOctober 2025"),
    ("Groundwater Recovery after Quarry Closure at Longmoor",
     "Technical Report\n\nCommissioned by: Longmoor Parish Council\nProject Lead: Dr. Aled Price (Hydrogeology Associates)\nMarch 2026"),
])
def test_report_keeps_its_title_over_labelled_fields(title, head):
    (talk,) = run_text(f"{title}\n{head}\n{REPORT_BODY}").talks
    assert talk.title.en is not None and talk.title.en.text == title
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("line", [
    "Project lead: Dr. Sunita Chaudhry", "Prepared by: Aldgate Water Consultants Ltd", "Lead author: Prof. Kenji Mori",
    "Project manager: Ms Ruth Okafor", "Prepared for: Bristol City Council", "Commissioned by: Longmoor Parish Council",
])
def test_labelled_field_is_no_title(line):
    assert labelled_field(line) and not is_title_line(line)


@pytest.mark.parametrize("line", [
    "Port Cities: A History of the Baltic Grain Trade", "In Memoriam: Jane Goodall", "Case Study: Leeds City Council",
    "Project Leadership: Lessons from the Humber Flood Defences", "Harbour Freight Study: Interim Report",
])
def test_title_with_colon_stays_a_title(line):
    assert not labelled_field(line) and is_title_line(line)


@pytest.mark.parametrize("title, author, affiliation", [
    ("Port Cities: A History of the Baltic Grain Trade", "Marta Kowalczyk", "Institute of History, University of Gdańsk"),
    ("In Memoriam: Jane Goodall", "Robert Hinde", "Department of Zoology, University of Cambridge"),
    ("Project Leadership: Lessons from the Humber Flood Defences", "Dr. Sunita Chaudhry", "Aldgate Water Consultants Ltd"),
])
def test_paper_titled_with_a_colon_is_unchanged(title, author, affiliation):
    (talk,) = run_text(f"{title}\n{author}\n{affiliation}\n{REPORT_BODY}").talks
    assert talk.title.en.text == title
    assert talk.speaker.text is not None and author in talk.speaker.text.text


def _story(headline, by, place, agency, text):
    return f"{headline}\n{by}\n\n{place} ({agency}) — {text}\n\nOfficials said more details would follow next week.\n\n"


STORIES = [
    ("Farmers brace for second dry summer as reservoirs fall", "By Anna Weber", "MUNICH", "dpa",
     "Water authorities in southern Germany warned on Wednesday that\nreservoir levels had fallen to their lowest readings in two decades."),
    ("Rail strike halts freight traffic across the south", "By Jonas Keller", "STUTTGART", "dpa",
     "Freight trains across Baden-Württemberg stood still on Thursday\nafter train drivers walked out in a dispute over shift patterns."),
    ("Marseille port reports record cruise season", "By Paul Renaud", "MARSEILLE", "Reuters",
     "The port of Marseille handled 2.7 million cruise passengers\nthis year, a record, its operator said on Monday."),
    ("Zurich airport passenger numbers pass pre-pandemic level", "by Marco Bianchi", "ZURICH", "AP",
     "Zurich airport handled 3.1 million passengers in September, more\nthan in the same month of 2019, its operator said."),
]


@pytest.mark.parametrize("picked", [(0, 1), (2, 3), (0, 2, 3), (3, 1, 2)])
def test_each_agency_story_is_its_own_document(picked):
    stories = [STORIES[i] for i in picked]
    doc = run_text("".join(_story(*s) for s in stories))
    assert [t.title.en.text for t in doc.talks] == [s[0] for s in stories]
    assert [t.speaker.text.text for t in doc.talks] == [s[1] for s in stories]
    assert [t.city.en.text.upper() for t in doc.talks] == [s[2] for s in stories]


@pytest.mark.parametrize("inside", [
    '"This is the biggest investment in public transport in the city\'s history"',  # a pull-quote
    "Water restrictions in the south",  # a subheading
    "CALAIS (PA) — On the French side, the port authority said it expected sailings to\nresume on Monday morning.",
])
def test_one_story_with_a_pullquote_subheading_or_second_dateline_stays_one(inside):
    text = _story(*STORIES[0]) + f"{inside}\n\nFarm groups said many growers had already switched to maize.\n"
    (talk,) = run_text(text).talks
    assert talk.title.en.text == STORIES[0][0]
