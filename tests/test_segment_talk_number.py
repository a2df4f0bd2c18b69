"""A talk-number prefix (``第1講演``, ``【４】``, ``Session 3``) on the title's line, as a made-up symposium volume
(issue 16 point 4; trial 22's ``第1講演　地方都市における…``): the prefix as printed stays in ``front``, the number it
prints is the talk's ``number``, and neither is part of the title or the city. The ideographic space after it, a
character the text keeps, had stayed at the front item's end; it is the page's white between two parts, so it leaves
the item with a ledger row (``trim_title_part``; revised by helper vol72 after fresh-user trial 72b's
``'第2講演\u3000'``)."""

from __future__ import annotations

from tests.segment_inputs import run_text

TALK = """\
{prefix}{title}
{speaker}

{body}

{title_en}
- Ferry routes since 1990
- Two harbour towns compared
Next Steps
- A joint timetable
"""

VOLUME = "\n".join([
    "みなと研究会2026 講演集",
    TALK.format(prefix="第1講演\u3000", title="離島航路の再編と住民の移動", speaker="潮見大学海事学部\u3000教授\u3000山本\u3000一郎",
                body="離島では航路の利用者が年々減っており、運航事業者だけで航路を維持することが難しくなっている。本講演では二つの港町の取り組みを報告する。",
                title_en="Reorganizing Island Ferry Routes"),
    TALK.format(prefix="第２講演\u3000", title="港町の防災と多言語の案内", speaker="港北工業大学防災研究センター\u3000准教授\u3000高橋\u3000美咲",
                body="港湾地域には外国人の労働者や観光客が多く集まるため、災害時の案内を多くの言語で行うことが重要である。本講演では訓練の結果を報告する。",
                title_en="Disaster Information in Port Towns"),
])


def test_a_talk_number_prefix_is_the_talks_number_and_stays_front():
    doc = run_text(VOLUME)  # the conservation check: the ideographic space after the prefix is placed
    assert [t.title.ja.text for t in doc.talks] == ["離島航路の再編と住民の移動", "港町の防災と多言語の案内"]
    assert [t.number for t in doc.talks] == ["1", "2"]
    prefixes = [[f.text for f in t.front if f.text.startswith("第")] for t in doc.talks]
    assert prefixes == [["第1講演"], ["第2講演"]]
    assert [(r.rule, r.text) for r in doc.ledger if r.rule == "trim_title_part"] == [("trim_title_part", "\u3000")] * 2
    assert all(t.city.ja is None for t in doc.talks)
