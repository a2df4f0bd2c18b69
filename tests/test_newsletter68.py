"""A newsletter's first article and its editor (issue 16, fresh-user trial 68; helper fix68a).

1. A newsletter's first article heading right under its issue line (``Library Reopens``, ``Library Hours``) is a
   section over its text, never the speaker's affiliation with its text in ``front``: an organisation's word before a
   headline's verb names no organisation (``organisations._verb_after_kind``), and in a text dump a short line opening
   a box over running text, as a later heading does, is an article's headline, no office
   (``titleblock.article_over_text``).
2. A periodical's closing credit line (``Editor: Margaret Olsen``, ``Edited by …``, ``編集・発行：…``) closes ``front``
   (``labels.credit_start``), and the editor it names is the speaker where the head names none
   (``letters.credit_signer``).
"""

from __future__ import annotations

import pytest

from pipeline.segment.organisations import is_organisation
from tests.segment_inputs import SCHOOL_NEWS, front_texts as _front, run_text
from tests.segment_inputs import speaker_texts as _speaker

TRIAL = """\
Riverside Community Newsletter
Issue 14 — Autumn 2025

Library Reopens
The Riverside Library reopened on 2 September after a six-month renovation. The new café on the ground floor is open daily.

Volunteers Wanted
We’re looking for volunteers to help with the “Clean River” day on 18 October. Sign up at the community centre.

Council Update
Riverside Town Council approved the new cycle path. Work begins in November.

Editor: Margaret Olsen
"""

MUSEUM = """\
Harbour Museum Bulletin
March 2026

Museum Opens New Wing
The new maritime wing opened to visitors on 1 March. It holds the restored lifeboat and a gallery of ship models.

Council Approves Budget
The town council approved next year's budget for the museum, including funds for school visits.

Edited by Tom Reyes
"""

HOURS = """\
Riverside Community Newsletter
Issue 15 — Winter 2025

Library Hours
The library opens at nine on weekdays and at ten on Saturdays.

Letters
Editors often disagree about what belongs in a small newsletter.
"""

SCHOOL = SCHOOL_NEWS.format(issue="Summer 2025")

JAPANESE = """\
みなと台だより　第12号

夏祭りについて
今年の夏祭りは8月3日に中央公園で開催します。多くの皆様のご参加をお待ちしています。

防災訓練のお知らせ
9月1日に地区の防災訓練を行います。各家庭から一名以上ご参加ください。

編集・発行：みなと台自治会 広報部
"""


def _titles(talk) -> list[str]:
    return [s.title.text for s in talk.sections]


@pytest.mark.parametrize("text, titles", [
    (TRIAL, ["Library Reopens", "Volunteers Wanted", "Council Update"]),
    (TRIAL.replace("Editor: Margaret Olsen\n", ""), ["Library Reopens", "Volunteers Wanted", "Council Update"]),
    (HOURS, ["Library Hours", "Letters"]),
    (MUSEUM, ["Museum Opens New Wing", "Council Approves Budget"]),
], ids=["trial", "no-editor", "hours", "museum"])
def test_a_newsletters_first_article_is_a_section68(text, titles):
    (talk,) = run_text(text).talks
    assert _titles(talk) == titles
    assert talk.title.en is not None and talk.title.en.text == text.splitlines()[0]
    assert not any(p.text.startswith(("The Riverside Library", "The library opens")) for p in talk.front)
    assert talk.speaker.affiliation is None or talk.speaker.affiliation.text not in titles


def test_a_headline_verb_after_an_organisations_word_names_no_organisation68():
    assert [is_organisation(s) for s in ("Library Reopens", "Council Approves Cycle Path", "Museum Reopened After Works")] \
        == [False, False, False]
    # an organisation's name goes on after its kind with ``of``, a place or a noun, never a verb
    assert [is_organisation(s) for s in ("Riverside Library", "Library of Congress", "Museum Victoria",
                                         "Harbour Museum")] == [True, True, True, True]


def test_an_office_or_author_under_a_title_stays_the_speakers68():
    paper = """\
Reading Habits in Small Towns
Anna Berg, Riverside Library

Small-town libraries lend more books per resident than city ones. This note looks at three towns over ten years.

Methods
We counted loans in each library's records from 2014 to 2024.
"""
    (talk,) = run_text(paper).talks
    assert _speaker(talk) == ("Anna Berg", "Riverside Library")


@pytest.mark.parametrize("text, credit, speaker", [
    (TRIAL, ["Editor: Margaret Olsen"], ("Margaret Olsen", "Editor")),
    (MUSEUM, ["Edited by Tom Reyes"], ("Tom Reyes", None)),
    (SCHOOL, ["Newsletter Editor: Priya Shah", "Published by Oakfield Primary School"], ("Priya Shah", "Newsletter Editor")),
    (JAPANESE, ["編集・発行：みなと台自治会 広報部"], (None, None)),  # an office credited: no person speaks
], ids=["trial", "edited-by", "editor-and-publisher", "japanese-office"])
def test_a_periodicals_closing_credit_closes_front_and_names_its_editor68(text, credit, speaker):
    (talk,) = run_text(text).talks
    assert _front(talk)[-len(credit):] == credit
    assert not any(p.text in credit for s in talk.sections for p in s.paragraphs)
    assert _speaker(talk) == speaker


def test_a_sentence_about_editors_stays_its_paragraph68():
    (talk,) = run_text(HOURS).talks
    assert [p.text for p in talk.sections[-1].paragraphs] == ["Editors often disagree about what belongs in a small newsletter."]
    assert _speaker(talk) == (None, None)
