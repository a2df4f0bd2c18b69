"""Field faults in other shapes than the field cases show them (a variants check of ../shared/field).

Each is a made-up document with one field case's kind of fault set another way; before these fixes each failed.
"""

from __future__ import annotations

from tests.segment_inputs import run_text

SPEAKER_POST_THEN_NAME = """\
高松市
瀬戸内の港と島々
高松市観光交流課長
森田 恵子
1. 島々との交流
本市は瀬戸内の島々と船で結ばれている。
Takamatsu City
Ports and Islands of the Seto Inland Sea
Thank you
"""


def test_a_speaker_box_split_after_the_post_keeps_the_post_as_the_affiliation() -> None:
    # field case 12m2 splits the box after the city (高松市 / 観光交流課長 森田 恵子); here it splits after the post
    doc = run_text(SPEAKER_POST_THEN_NAME)
    assert len(doc.talks) == 1
    speaker = doc.talks[0].speaker
    assert (speaker.affiliation.text, speaker.name.text) == ("高松市観光交流課長", "森田 恵子")
    assert not doc.talks[0].front
