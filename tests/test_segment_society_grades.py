"""A society's grade after an author's name (``Priya Nair, Member, IEEE, and Lukas Brandt``: IEEE's journals print
every author's membership grade so) is the name's, no author and no organisation: the line was no author line, and
an English paper's title went to ``front`` while its authors' line became the title. Made-up papers."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

PAPER = """\
Counting Swifts at Dusk with Thermal Cameras
in Old Town Centres

{authors}
Department of Biology, University of Ghent, Belgium

Abstract—Swifts nest in the roofs of old town centres. We counted birds returning at dusk with two thermal
cameras on eleven evenings and compared the counts with observers on the street.

I. INTRODUCTION
Swift numbers have fallen across Europe as old roofs are renovated and their nest holes sealed [1].

II. METHOD
Two cameras watched the same roofs from opposite streets for an hour after sunset.

III. RESULTS
The cameras counted more birds than the observers on every evening.

REFERENCES
[1] A. Smith, "Swifts in cities," Bird Study, vol. 12, pp. 1-9, 2019.
"""


@pytest.mark.parametrize("authors,names", [
    ("Marie Dubois, Member, IEEE, and Pieter Claes", ["Marie Dubois", "Pieter Claes"]),
    ("Marie Dubois, Student Member, IEEE, Pieter Claes, Senior Member, IEEE, and Anouk Peeters, Fellow, IEEE",
     ["Marie Dubois", "Pieter Claes", "Anouk Peeters"]),
    ("Marie Dubois, Life Fellow, IEEE", ["Marie Dubois"]),
])
def test_an_authors_society_grade_is_neither_title_nor_author(authors, names):
    (talk,) = run_text(PAPER.format(authors=authors)).talks
    assert talk.title.en.text == "Counting Swifts at Dusk with Thermal Cameras in Old Town Centres"
    assert talk.speaker.name.text == names[0]
    assert [a.name.text for a in talk.speaker.authors] == names
