"""A transcript's labelled lines of speech each open a turn of their own, whatever the label's shape, and an action
list's lines are no turns (session 85, helper labels85, issue 16 point 2, after helper minutes85's limits; made-up
inputs in tests/data/labels85/, each with its expected reading in /work/regress/in_labels85/):

* a verbatim record's labels in capitals (``CHAIR:``, ``THE CLERK:``, ``MRS JONES:``), the first turn too: no turn
  in the front matter, none glued to the turn before;
* real ``Chair: …`` turns among questions (``Mrs Ward: Can the plan …?``): no question heads a section;
* an interview's ``Q:`` / ``A:`` turns in the body, not the front matter;
* a record's labels ending in a full stop (``Mr. Harris.``, ``Mr. SMITH of Ohio.``): each turn a paragraph and a
  speaker;
* an ``ACTIONS`` / ``Action points`` list whose actions open on a capital names no speaker.

Near misses (pass on the base as on this branch): a council's title-case ``The Chair:`` / ``Cllr Hale:`` record, a
Japanese 議事録's ``○議長（山田太郎）`` turns.
"""

from pathlib import Path

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "labels85"


def _talk(name: str):
    (talk,) = run_text((DATA / name).read_text(encoding="utf-8")).talks
    return talk


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _speakers(talk) -> list[str]:
    from pipeline.structure import _turn_speakers

    return [t[a:b] for t, (a, b) in _turn_speakers(talk).items()]


def _one_turn_a_paragraph(talk, labels: list[str]) -> None:
    texts = _paragraphs(talk)
    assert [next((w for w in labels if t.startswith(w)), None) for t in texts] == labels
    # (no second label inside a turn's paragraph: no turn glued to the one before)
    assert not any(f" {w}" in t[len(own):] for t, own in zip(texts, labels) for w in labels)


def test_capitals_labels_each_open_a_turn_the_first_too():
    talk = _talk("t1_caps.txt")
    labels = ["CHAIR:", "THE CLERK:", "MRS JONES:", "CHAIR:", "MR SMITH:", "MRS JONES:", "CHAIR:"]
    _one_turn_a_paragraph(talk, labels)
    assert not any(f.text.startswith("CHAIR:") for f in talk.front)
    assert _speakers(talk) == [w[:-1] for w in labels]


def test_capitals_wrapped_turns_stay_whole():
    """Near miss: reads the same on the base (each capitals turn there a transcript's, its wrap joined)."""
    talk = _talk("t3_caps_wrapped.txt")
    texts = _paragraphs(talk)
    assert len(texts) == 6 and texts[0].endswith("after the evidence in chief.") and texts[4].endswith("weekday only.")


def test_real_chair_turns_around_questions_head_nothing():
    talk = _talk("n4_chair_real.txt")
    assert [s.title.text for s in talk.sections] == [""]
    _one_turn_a_paragraph(talk, ["Chair:", "Mrs Ward:", "Chair:", "Mr Ellis:", "Chair:"])
    assert not talk.front
    assert _speakers(talk) == ["Chair", "Mrs Ward", "Chair", "Mr Ellis", "Chair"]


def test_interview_questions_and_answers_are_the_body():
    # (a lede over the first question stays the body's first paragraph, as turns81's and wrap79's interviews read)
    for name, n in (("n6_qa.txt", 6), ("t5_qa_intro.txt", 4)):
        talk = _talk(name)
        assert _paragraphs(talk) and [t[:2] for t in _paragraphs(talk)][-n:] == ["Q:", "A:"] * (n // 2)
        assert not any(f.text.startswith(("Q:", "A:")) for f in talk.front)


def test_full_stop_labels_open_turns():
    talk = _talk("t6_hansard_stop.txt")
    texts = _paragraphs(talk)
    assert [t.split(".")[0] + "." for t in texts] == ["Mr.", "Mrs.", "Mr.", "Mrs."]
    assert len(texts) == 4 and texts[0].endswith("sets each year.")
    assert _speakers(talk) == ["Mr. Harris", "Mrs. Kaur", "Mr. Harris", "Mrs. Kaur"]
    assert _speakers(_talk("t4_record.txt")) == ["The SPEAKER pro tempore", "Mr. SMITH of Ohio", "Ms. GARCIA",
                                                 "Mr. SMITH of Ohio", "Ms. GARCIA", "The SPEAKER pro tempore"]


def test_action_lists_opening_on_a_capital_are_no_turns():
    for name in ("a1_actions.txt", "a2_action_points.txt"):
        talk = _talk(name)
        assert talk.sections[-1].title.text in ("ACTIONS", "Action points")
        assert _speakers(talk) == []


def test_near_miss_title_case_council_record():
    """Near miss: reads the same on the base."""
    talk = _talk("t2_cllr.txt")
    _one_turn_a_paragraph(talk, ["The Chair:", "Cllr Hale:", "The Chair:", "Cllr Okoye:", "Cllr Hale:", "Cllr Okoye:"])


def test_near_miss_japanese_minutes():
    """Near miss: reads the same on the base."""
    talk = _talk("n5_ja.txt")
    assert [t[:3] for t in _paragraphs(talk)] == ["○議長", "○防災", "○3番", "○防災", "○議長"]
    assert [f.text[:2] for f in talk.front] == ["日時", "場所"]
