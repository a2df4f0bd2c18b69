"""Segment faults of fresh-user trial 64 (session 64; issue 16): made-up English text dumps through extract, clean and
segment.

* a news story's byline that names its writer by a role (``By our sports correspondent``) under the headline had become
  a section's title: it is the story's speaker line, no name, no affiliation (``names.role_byline``);
* a list's short last step under its long ones (a recipe's ``4. Serve with figs and honey.``) had become section 4 with
  nothing under it: it is the list's item (``sections.list_tails``). A paper's numbered sections, and a list whose
  items the solver took as headings throughout, keep their sections.
"""

from __future__ import annotations

import pytest

from segment_inputs import paragraphs, run_text

STORY = """{title}

{byline}

Harbour Town won the county cup final on Saturday, beating Westmoor 2-1 after a tense second half.
The first goal came after twelve minutes, when a long pass found the striker unmarked.
"""


@pytest.mark.parametrize("byline", ["By our sports correspondent", "By a Staff Reporter",
                                    "From our correspondent in Nairobi", "By Staff Writers"])
def test_a_role_byline_is_the_speaker_line(byline):
    (talk,) = run_text(STORY.format(title="Harbour Town Edge Past Rivals in Cup Final", byline=byline)).talks
    assert talk.speaker.text is not None and talk.speaker.text.text == byline
    assert talk.speaker.name is None and talk.speaker.affiliation is None
    assert all(s.title.text != byline for s in talk.sections)
    assert paragraphs(talk)[0].startswith("Harbour Town won")


def test_a_heading_shaped_like_a_byline_further_down_is_still_a_heading():
    text = STORY.format(title="Harbour Town Edge Past Rivals in Cup Final", byline="By Jane Okafor") + \
        "\nBy the numbers\n\nThe club has now won the cup four times in six seasons.\n"
    (talk,) = run_text(text).talks
    assert "By the numbers" in [s.title.text for s in talk.sections]


RECIPE = """{title}

Method
1. Heat the oven to 180C and line a loaf tin with baking paper.
2. Beat the butter and sugar together until pale, then add the eggs one at a time.
3. Fold in the flour and pour the mixture into the tin.
{last}
"""


@pytest.mark.parametrize("last", ["4. Serve with cream.", "4. Serve with figs and honey."])
def test_a_lists_short_last_step_is_its_item(last):
    (talk,) = run_text(RECIPE.format(title="Lemon Drizzle Cake", last=last)).talks
    assert [s.number for s in talk.sections] == [None]
    assert paragraphs(talk)[-1] == last


def test_a_short_last_step_with_no_heading_over_the_list():
    text = ("Lemon Drizzle Cake\n\n1. Heat the oven to 180C and line a loaf tin with baking paper.\n"
            "2. Beat the butter and sugar together until pale, then add the eggs one at a time.\n3. Serve with cream.\n")
    (talk,) = run_text(text).talks
    assert all(s.number is None for s in talk.sections)
    assert paragraphs(talk)[-1] == "3. Serve with cream."


def test_numbered_sections_stay_sections():
    text = ("Tidal Flats of the Inner Bay\n\nJane Okafor, Harbour Research Institute\n\n1. Introduction\n\n"
            "The inner bay holds the largest tidal flats of the coast, and their birds have been counted since 1990.\n\n"
            "2. Methods\n\nCounts were made at low tide on the first Sunday of each month.\n\n3. Results\n\n"
            "Numbers of waders fell by a third over the period.\n\n4. Conclusion\n\nThe flats need protection.\n")
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3", "4"]



LETTER = """Harbourside Residents' Association
12 Quay Street
Port Elliot

3 March 2026

Dear Councillor Whitfield,

We write to object to the proposed closure of the Quay Street footbridge, which is the only step-free route to the
station for many of our members.

Yours faithfully,

Margaret O'Donnell
{post}
"""


@pytest.mark.parametrize("post", ["Secretary, Harbourside Residents' Association",
                                  "Chair of the Committee, Harbourside Residents' Association"])
def test_a_signatures_long_post_line_is_the_signers_affiliation(post):
    """Fresh-user trial 64b: a post and its body over 40 characters had ended the signature at the name, the post lost
    (the affiliation the letterhead's body alone)."""
    (talk,) = run_text(LETTER.format(post=post)).talks
    assert talk.speaker.name.text == "Margaret O'Donnell"
    assert talk.speaker.affiliation.text == post


MINUTES = """桜台町まちづくり協議会　第３回会議録

日時　令和7年6月12日（木）午後7時～午後8時30分
場所　桜台町公民館　第1会議室
出席者　委員10名、事務局3名

○会長（中村）　定刻となりましたので、第３回協議会を開会します。
○事務局（小林）　資料１をご覧ください。駅前広場は令和８年度に着工する予定です。
○委員（高橋）　高齢者が多い地区なので、屋根付きの待合所を設けてほしい。
○会長（中村）　ほかにご意見がなければ、本日の協議会を閉会します。
{end}"""


def test_a_records_closing_mark_after_its_speeches_is_front():
    """Fresh-user trial 64c: a 議事録 with no heading had its closing ``以上`` as the last speech."""
    doc = run_text(MINUTES.format(end="\n以上\n"))
    (talk,) = doc.talks
    assert paragraphs(talk)[-1].startswith("○会長（中村）　ほかに")
    # no speech: a ledger row since helper front68 (it had been front's last line)
    assert "以上" not in [t.text for t in talk.front]
    assert ("以上", "set_aside_end_mark") in [(r.text, r.rule) for r in doc.ledger]


def test_a_record_with_no_closing_mark_ends_on_its_last_speech():
    (talk,) = run_text(MINUTES.format(end="")).talks
    assert paragraphs(talk)[-1].startswith("○会長（中村）　ほかに")
