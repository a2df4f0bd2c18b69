"""Trial 40's faults, as made-up documents: a one-word slide title that is no very common word (``Workflow``,
Zipf 3.2) over a bulleted list stayed a line of the slide."""

from __future__ import annotations

from tests.segment_inputs import run_text

DECK = """\
Sounding Rockets for School Science Clubs
Mina Okafor
Northfield Space Education Centre
1
Toolkit
● A kit of twelve parts for every club
● A launch rail that folds into a case
2
Roadmap
● Pilot with five schools in 2025
● All schools of the county by 2027
3
"""


def test_a_capitalised_word_over_a_bulleted_list_is_the_slides_title() -> None:
    [talk] = run_text(DECK).talks
    titles = {s.number: s.title.text if s.title is not None else None for s in talk.slides}
    assert titles.get(2) == "Toolkit" and titles.get(3) == "Roadmap"


REPORT = """\
Sediment Transport at the Old Mill Weir

Karin Holm¹, Piet de Vries²
¹ Institute of River Engineering, Northfield
² Department of Hydrology, University of Eastmoor

1 Introduction
The old mill weir holds back sediment that the river carried for two centuries, and
its removal is planned for next year. We measured the sediment behind it in spring.

2 Methods
Cores were taken at twelve points behind the weir and their grain sizes measured.

1
\fRiver Board Working Paper WP-2026-07

3 Results
Most of the sediment is fine sand, and about a fifth of it is silt with organic matter.

4 Conclusions
The weir can be removed in stages so that the sand moves downstream over several floods.

2
"""


def test_a_head_naming_the_report_by_its_number_atop_page_two_is_furniture() -> None:
    """Trial 40: ``NIT Technical Report MT-2026-03`` atop the second of two pages became the last paragraph of
    section 2.2. One copy is enough where the head names the document by its number."""
    doc = run_text(REPORT)
    [talk] = doc.talks
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any("WP-2026-07" in t for t in texts)
    assert [s.number for s in talk.sections] == ["1", "2", "3", "4"]


def test_a_heading_atop_page_two_stays_a_heading() -> None:
    [talk] = run_text(REPORT.replace("River Board Working Paper WP-2026-07\n\n", "")).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3", "4"]


VISITS = """\
Inspection Notes for the Eastmoor Footbridges

Anna Lind
County Bridges Office

Site Visit SV-2024-01
The north footbridge was inspected on 3 May. Its deck boards are sound, but two handrail posts
have rotted at their feet and will be replaced before the summer.

1
\fSite Visit SV-2024-02
The south footbridge was inspected on 4 May. Its bearings have moved by a few millimetres
since last year, and the movement will be measured again in autumn.

2
"""


def test_a_heading_naming_a_numbered_item_atop_page_two_stays_a_heading() -> None:
    """Review of the rule above: from one copy only a head whose name ends in a document's kind is furniture; a
    heading naming a numbered item (``Site Visit SV-2024-02``) atop a two-page report's second page had gone to the
    ledger as a running header, its paragraph merged into the section before."""
    [talk] = run_text(VISITS).talks
    assert [s.title.text for s in talk.sections] == ["Site Visit SV-2024-01", "Site Visit SV-2024-02"]
