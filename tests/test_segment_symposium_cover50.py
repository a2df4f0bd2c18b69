"""Issue 16 (session 50, item 3): a symposium's talks whose deck opens on a cover slide (no number printed) that
repeats the talk's English title, with the event's name or the date set above it on the cover.

Reproduced on a made-up two-talk proceedings (Japanese title, English title, speaker, a paragraph, then the deck, its
slides numbered ``1`` … ``3`` after the cover): the line above the repeated title had been read as the cover's title,
and the title's copy under it as the talk's English subtitle, the title twice over (``title.en`` and ``subtitle.en``
alike); before session 50 the two lines had been joined into one cover title. The copy is the cover's title, a view
of nothing else; the event's name or the date is a line of the cover; nothing is lost (conservation).
"""

from __future__ import annotations

import pytest

_TALK = """【{n}】{ja}
{en}

{speaker_ja}

{body}

{above}
{en}
{speaker_en}

{slides}"""

_TALKS = [
    dict(n=1, ja="港町の夜祭りによる地域振興", en="Harbour Festivals for Local Revitalisation",
         speaker_ja="港町市 観光課長　田中 一郎", speaker_en="Ichiro Tanaka, Minatomachi City",
         body="港町では毎年夏に夜祭りを開催している。本稿では、その経緯と成果について報告する。",
         slides="Background\n・Started in 2015 on the old quay\n・Ten thousand visitors each summer\n1\n\n"
                "Results\n・Shop sales up 12%\n・Hotel rooms fully booked\n2\n\n"
                "Next Steps\n・Apply for regional funding\n・Open a third pier\n3\n",
         titles=["Background", "Results", "Next Steps"]),
    dict(n=2, ja="山間地域における公共交通の再編", en="Reorganising Public Transport in Mountain Areas",
         speaker_ja="山里町 企画課　佐藤 花子", speaker_en="Hanako Sato, Yamazato Town",
         body="山里町では路線バスの廃止が続いた。町はデマンド交通を導入し、住民の移動を確保している。",
         slides="Bus Routes Closed\n・Four routes closed since 2018\n・Elderly residents without cars\n1\n\n"
                "Demand Transport\n・Booked by phone the day before\n・Ten-seat vans\n2\n\n"
                "Outcomes\n・Trips per month doubled\n・Costs lower than the buses\n3\n",
         titles=["Bus Routes Closed", "Demand Transport", "Outcomes"]),
]


def _doc(above: str):
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    text = "第5回 港湾都市シンポジウム 講演録\n\n" + "\n".join(_TALK.format(above=above, **t) for t in _TALKS)
    cleaned = clean(extract(text.encode("utf-8"), name="made-up.txt"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


@pytest.mark.parametrize("above", ["", "Harbour City Symposium 2025", "12 October 2025", "Regional Revitalisation Series"])
def test_the_cover_s_copy_of_the_title_is_the_cover_s_title_once50(above):
    doc = _doc(above)
    assert len(doc.talks) == 2
    for talk, want in zip(doc.talks, _TALKS):
        assert talk.title.en.text == want["en"] and talk.title.ja.text == want["ja"]
        assert talk.subtitle.en is None and talk.subtitle.ja is None
        cover, *rest = talk.slides
        assert (cover.number, cover.title.text) == (None, want["en"])
        assert [t.text for t in cover.lines] == ([above] if above else []) + [want["speaker_en"]]
        assert [(s.number, s.title.text) for s in rest] == list(zip((1, 2, 3), want["titles"]))
        # the title stands once in the deck: the cover's title, no slide's line
        assert all(t.text != want["en"] for s in talk.slides for t in s.lines)
