"""English council and committee reports (trial 52, council_en): paragraphs numbered ``N.N`` whose first line is a
long sentence wrapped at the measure are paragraphs, not headings, and join their continuation; a running footer
repeated at every page's end is furniture. Made-up text dumps (another council, another footer)."""

from __future__ import annotations

from segment_inputs import run_text

REPORT = """KESTREL VALE DISTRICT COUNCIL
Report to Planning Committee, 4 February 2026
Allotment Provision Strategy
Report of the Director of Communities, Martin Okafor

1. Summary
1.1 This report summarises the results of the allotment waiting list audit
undertaken by officers in the autumn and recommends two new allotment sites
for the Committee's approval.

2. Findings
2.1 The audit found that the waiting list held 412 names, of whom nearly half
had waited for more than three years for a plot in the northern wards.
2.2 Tenants surveyed in November (318 replies) asked for water points and
secure fencing on the older sites.
                                                                          1
Kestrel Vale District Council - Planning Committee - Allotment Strategy
3. Proposals
3.1 Option 1: do nothing. This would leave the waiting list growing for at
least another five years.
3.2 Option 2: lease the former nursery land at Mill Lane and the field behind
the community centre for a term of twenty-five years.
                                                                          2
Kestrel Vale District Council - Planning Committee - Allotment Strategy
4. Recommendation
4.1 The Committee is asked to approve Option 2.
4.2 Officers will report progress to the Committee in the spring.
                                                                          3
Kestrel Vale District Council - Planning Committee - Allotment Strategy
"""

FOOTER = "Kestrel Vale District Council - Planning Committee - Allotment Strategy"


def _body(text: str) -> list[str]:
    [talk] = run_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_numbered_paragraphs_join_their_wrapped_lines():
    body = _body(REPORT)
    assert ("1.1 This report summarises the results of the allotment waiting list audit undertaken by officers in the"
            " autumn and recommends two new allotment sites for the Committee's approval.") in body
    assert any(p.startswith("2.1 The audit found") and p.endswith("in the northern wards.") for p in body)
    assert any(p.startswith("2.2 Tenants surveyed") and p.endswith("on the older sites.") for p in body)
    assert any(p.startswith("3.1 Option 1: do nothing.") and p.endswith("another five years.") for p in body)
    assert any(p.startswith("3.2 Option 2: lease") and p.endswith("twenty-five years.") for p in body)
    assert "4.1 The Committee is asked to approve Option 2." in body


def test_numbered_headings_over_text_stay_headings():
    # a short numbered title over its text is a heading: nothing here fills the measure mid-sentence
    text = ("Annual Report of the Harbour Trust\n\n1. Introduction\n1.1 Scope of the report\n"
            "The trust manages the inner harbour and the two slipways on the east side of the estuary for the town.\n"
            "1.2 Method\nWe counted the boats moored at each pontoon on the first day of every month in the year.\n")
    [talk] = run_text(text).talks
    got = [(s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]
    assert got == [("Introduction", []),
                   ("Scope of the report", ["The trust manages the inner harbour and the two slipways on the east side"
                                            " of the estuary for the town."]),
                   ("Method", ["We counted the boats moored at each pontoon on the first day of every month in the"
                               " year."])]


def test_running_footer_at_page_ends_is_dropped():
    body = _body(REPORT)
    assert not any(FOOTER in p for p in body)
    assert "3" not in body
