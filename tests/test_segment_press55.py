"""Press releases (issue 16 point 2; helper web55, trials 54c and 54d): a number wrapped before its thousands' comma
joins back in a Japanese release's lead (``約1`` / ``,250人`` → ``約1,250人``: clean has made the full-width comma ASCII,
which opens no Japanese line either); an English release's dated story under its headline is an unheaded body
section before ``About …``, a section of its own, and ``Media Contact``, front matter (helper prog58).

Every document here is made up (none is a trial's text); the results were written down before the rules. The
negatives: a line opening on a list's ``,2`` after ``図1`` stays apart; an English paper with no dateline keeps its
front paragraphs over its first heading.
"""

from __future__ import annotations

from segmenting import only_talk, text_of

JA_RELEASE = (
    "記者発表資料\n"
    "令和8年2月3日\n"
    "北浦市観光部観光振興課\n"
    "\n"
    "北浦市雪まつりの来場者数について\n"
    "\n"
    "令和8年1月25日に閉幕した「第12回北浦市雪まつり」の来場者数をお知らせします。\n"
    "期間中の来場者数は前年より約3\n"
    ",400人多い、約6万2千人でした。\n"
    "会場では、地元の食材を使った屋台が初めて出店しました。\n"
    "\n"
    "1　開催概要\n"
    "期間　令和8年1月18日から1月25日まで\n"
    "会場　北浦市中央公園\n"
    "\n"
    "問い合わせ先\n"
    "北浦市観光部観光振興課\n"
    "電話：0138-00-0000\n"
)


def test_a_number_wrapped_before_its_thousands_comma_joins_in_the_lead():
    talk, _ = only_talk(JA_RELEASE)
    assert text_of(talk.title.ja) == "北浦市雪まつりの来場者数について"
    texts = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert "期間中の来場者数は前年より約3,400人多い、約6万2千人でした。" in texts
    assert not any(t.startswith(",400") for t in texts)


EN_RELEASE = (
    "FOR IMMEDIATE RELEASE\n"
    "\n"
    "Harbor Lights Festival Returns to Hakodate Bay\n"
    "Three nights of lanterns and music on the waterfront from August 14\n"
    "\n"
    "HAKODATE, Japan — July 1, 2026 — Bayline Events Co. today announced the return of the Harbor Lights\n"
    "Festival, a three-night celebration with floating lanterns and open-air concerts along the old\n"
    "warehouse district.\n"
    "\n"
    "\"We expect more than 40,000 visitors,\" said Ken Ogawa, director of Bayline Events. \"The bay is\n"
    "the heart of the city.\"\n"
    "\n"
    "About Bayline Events\n"
    "Bayline Events Co. organises public festivals in southern Hokkaido. It was founded in 2011.\n"
    "\n"
    "Press Contact\n"
    "Mika Sato, Communications\n"
    "press@bayline.example\n"
)


def test_an_english_release_story_is_its_unheaded_body():
    talk, _ = only_talk(EN_RELEASE)
    assert text_of(talk.title.en) == "Harbor Lights Festival Returns to Hakodate Bay"
    assert text_of(talk.city.en) == "Hakodate"  # printed HAKODATE: its usual case (title55)
    assert [t.text for t in talk.front][:1] == ["FOR IMMEDIATE RELEASE"]
    assert [text_of(s.title) for s in talk.sections] == ["", "About Bayline Events"]
    story = [p.text for p in talk.sections[0].paragraphs]
    assert len(story) == 2 and story[0].startswith("HAKODATE, Japan — July 1, 2026 — ") and story[0].endswith("district.")
    # the release's closing contact is front matter, no section (decision of helper prog58; pinned here as the
    # section ``Press Contact`` before it)
    assert [t.text for t in talk.front][-3:] == ["Press Contact", "Mika Sato, Communications", "press@bayline.example"]


EN_PAPER = (
    "Tidal Flats of the Inland Sea\n"
    "\n"
    "Tidal flats along the coast have shrunk by a third since 1950, and the birds that feed there with them.\n"
    "\n"
    "1. Introduction\n"
    "We surveyed six flats in the summer of 2024 and counted the birds on each.\n"
    "\n"
    "2. Results\n"
    "Counts fell on every flat but one.\n"
)


def test_a_paper_without_a_dateline_keeps_its_front():
    talk, _ = only_talk(EN_PAPER)
    assert [text_of(s.title) for s in talk.sections] == ["Introduction", "Results"]
