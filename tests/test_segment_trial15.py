"""Faults a fresh user's trial (trial 15) found, each as a made-up document of its kind.

Before these fixes: a report series' designation (``Working Paper No. 31``) was taken for the title and the real
title went to ``front``; a line of two authors joined by ``and``, too long to pass for one name, was the title
and the authors were lost; a running footer with a ``Page N`` folio set off by a wide space stayed in the body
(the last paragraph of a section), and a reference's hanging indent (four spaces) was read as a page start.
"""

from __future__ import annotations

from tests.segment_inputs import furniture, paragraphs, run_text

NOTE = """\
Working Paper No. 31
Tidal Energy Storage for Small Island Grids
Ingrid Halvorsen and Rafael Domínguez-Ortega
Coastal Energy Laboratory, University of Bergen

Abstract
Small island grids pay a premium for stored energy. We model a tidal lagoon
that stores energy as head and compare its cost with that of batteries.

1. Introduction
Island grids run on imported diesel for much of the year. Storage lets them
use more of the wind they already have, but batteries age quickly in salt
air and must be replaced every ten years or so.

2. Model
We simulate one year of demand on three islands at hourly resolution.

Working Paper No. 31                                          Page 1

3. Results
The lagoon is cheaper than batteries on the two islands with the largest
tidal range and dearer on the third.

References
[1] H. Lund and B. V. Mathiesen, "Energy system analysis of 100% renewable
    energy systems," Energy, vol. 34, no. 5, pp. 524-531, 2009.
[2] IRENA, "Electricity storage and renewables," 2017.

Working Paper No. 31                                          Page 2
"""


def test_a_series_designation_is_front_matter_and_the_line_of_authors_names_them() -> None:
    talk = run_text(NOTE).talks[0]
    assert talk.title.en.text == "Tidal Energy Storage for Small Island Grids"
    assert [a.name.text for a in talk.speaker.authors] == ["Ingrid Halvorsen", "Rafael Domínguez-Ortega"]
    assert talk.speaker.affiliation.text == "Coastal Energy Laboratory, University of Bergen"
    assert [p.text for p in talk.front] == ["Working Paper No. 31"]


def test_a_footer_with_a_shaped_folio_is_page_furniture_and_a_hanging_indent_no_page() -> None:
    doc = run_text(NOTE)
    assert [reason for _, reason in furniture(doc)] == ["running-footer", "running-footer"]
    texts = paragraphs(doc.talks[0])
    assert not any("Page" in t for t in texts)
    assert texts[-2].endswith("Energy, vol. 34, no. 5, pp. 524-531, 2009.")  # the reference's two lines are one


NEWS = """\
港の倉庫街、週末の市民マーケットに
文化部 記者 中村 光

旧港地区の倉庫街で、毎週末に市民マーケットが開かれるようになった。地元の農家や工房が店を出し、
先月は一日に約三千人が訪れた。

主催する商店会によると、出店の希望は増え続けており、来年には会場を広げる予定だという。
"""


def test_a_reporters_byline_keeps_the_post_in_the_affiliation() -> None:
    speaker = run_text(NEWS).talks[0].speaker
    assert (speaker.name.text, speaker.affiliation.text) == ("中村 光", "文化部 記者")
