"""Issue 16 (session 67), fresh-user trial 67b (helper fix67b). Inputs: ``tests/data/fix67b/`` (also under
/work/regress/in_fix67b/; the trial's own two under /work/regress/in_trial67b/).

1. A line wrapped at the full measure is no heading: a judgment hard-wrapped mid-heading-word (``主文　…負担とする。事実``
   / ``及び理由　第1　請求…``) had its first line as a section's title and ``事実及び理由`` cut in two. A line opening on
   a conjunction that joins inside a sentence (``及び``, ``並びに``) carries the line before on and is no field's
   label (``paragraphs.opens_on_joining_conjunction``), and a field's value that runs past a sentence's end to the
   measure and stops on a letter is wrapped there (``paragraphs.join_wraps``' ``field_goes_on``).
2. A short title spread letter by letter for display (``判　　決``, ``議　事　録``, ``招　待　状``) is read as its
   word, each ideographic space a ledger row (``titleblock.unspaced_ja``); a name (``山田　太郎``, ``林　誠``) and two
   words (``第1回　総会``) keep their spaces.
3. A Japanese title line ending on a noun's kana (``…のお知らせ``, ``…のお願い``) is whole: the issuer's line under it
   (``八幡神社氏子総代会``) is no title's rest (``titleblock.title_goes_on``); a festival's or a club's own bodies
   (``…総代会``, ``…老人会``, ``…婦人会``, ``…同好会``) are organisations, the speaker's affiliation; the last of a
   notice's fields under ``記`` (``神輿渡御　午後一時出発（雨天中止）``) heads nothing (``sections._by_shape``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_text, text_of

DATA = Path(__file__).parent / "data" / "fix67b"


def _doc(name: str):
    raw = (DATA / name).read_bytes()
    if name == "t67b_sjis_matsuri_notice.txt":
        from pipeline.clean import clean
        from pipeline.extract import extract
        from pipeline.segment import segment
        from pipeline.segment.conservation import conservation_problems

        cleaned = clean(extract(raw, name=name))
        doc = segment(cleaned)
        assert conservation_problems(cleaned, doc) == []
        return doc
    return segment_text(raw.decode("utf-8"))


def _talk(name: str):
    (talk,) = _doc(name).talks
    return talk


def _headings(talk) -> list[str | None]:
    return [text_of(s.heading) for s in talk.sections]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("name, whole", [
    ("f67b_judgment_criminal_ja.txt", "罪となるべき事実及び証拠"),
    ("f67b_judgment_appeal_ja.txt", "事実並びに理由"),
])
def test_a_line_wrapped_at_the_measure_heads_nothing(name, whole):
    talk = _talk(name)
    assert all(h is None for h in _headings(talk)), _headings(talk)
    paragraphs = _paragraphs(talk)
    assert len(paragraphs) == 1 and whole in paragraphs[0], paragraphs


@pytest.mark.parametrize("name, whole, half", [
    ("t67b_court_decision_ja.txt", "事実及び理由", "及び理由"),  # trial 67b, 30 columns
    ("f67b_judgment_civil_ja.txt", "前提事実及び争点", "及び争点"),
])
def test_a_line_wrapped_at_the_measure_heads_nothing_beside_run_in_headings(name, whole, half):
    # (helper head68: where a judgment's numbered run-in headings count 1, 2, … they head sections, segment.runin;
    # the line the wrap opens still heads nothing, and the word cut by the wrap stays whole)
    talk = _talk(name)
    headings = [h for h in _headings(talk) if h is not None]
    assert headings and not any(h.startswith(half) for h in headings), headings
    assert any(whole == h or whole in p for h in headings for p in _paragraphs(talk)), (headings, _paragraphs(talk))


def test_a_field_whose_value_runs_past_its_sentence_to_the_measure_goes_on():
    paragraphs = _paragraphs(_talk("f67b_field_past_end_ja.txt"))
    assert any("防犯灯設置費用の負担" in p and p.endswith("決めることとした。") for p in paragraphs), paragraphs


@pytest.mark.parametrize("name, lines", [
    # a notice's short fields and the sentence after them stay lines
    ("f67b_near_fields_ja.txt", ["日時　11月23日（日）午前10時から", "会場　市民体育館", "内容　健康相談、血圧測定、体操教室など",
                                 "参加費は無料です。"]),
    # a name opening on a conjunction's letters (``及川``) opens its own line
    ("f67b_near_oikawa_ja.txt", ["第一部では三人が発表した。", "及川さんの発表は港の歴史について。"]),
])
def test_lines_that_are_no_wrap_stay_apart(name, lines):
    paragraphs = _paragraphs(_talk(name))
    assert all(line in paragraphs for line in lines), paragraphs


@pytest.mark.parametrize("name, title", [
    ("t67b_court_decision_ja.txt", "判決"),  # trial 67b: ``判　　決``, two ideographic spaces
    ("f67b_judgment_criminal_ja.txt", "判決"),
    ("f67b_judgment_civil_ja.txt", "判決"),
    ("f67b_spaced_gijiroku_ja.txt", "議事録"),
    ("f67b_spaced_shoutaijou_ja.txt", "招待状"),
])
def test_a_short_title_spread_letter_by_letter_is_its_word(name, title):
    doc = _doc(name)
    (talk,) = doc.talks
    assert text_of(talk.title.ja) == title
    spaces = [r for r in doc.ledger if r.rule == "close_up_letterspaced_title"]
    assert spaces and all(r.text == "\u3000" for r in spaces), spaces  # nothing lost: each space a row


@pytest.mark.parametrize("name, heading", [
    ("f67b_near_name_title_ja.txt", "山田\u3000太郎"),  # a name keeps its space
    ("f67b_near_kai_soukai_ja.txt", "第1回\u3000総会"),  # two words
])
def test_words_set_apart_keep_their_space(name, heading):
    talk = _talk(name)
    assert heading in [text_of(talk.title.ja), *_headings(talk)], (text_of(talk.title.ja), _headings(talk))


def test_a_name_of_a_letter_each_is_no_spaced_title():
    from pipeline.model import Text
    from pipeline.segment.titleblock import unspaced_ja

    assert unspaced_ja(Text.from_raw("林\u3000誠", 1)).text == "林\u3000誠"
    assert unspaced_ja(Text.from_raw("委\u3000員\u3000長", 1)).text == "委\u3000員\u3000長"  # a post: session 57
    assert unspaced_ja(Text.from_raw("判\u3000\u3000決", 1)).text == "判決"


@pytest.mark.parametrize("name, title, issuer", [
    ("t67b_sjis_matsuri_notice.txt", "秋季例大祭のお知らせ", "八幡神社氏子総代会"),  # trial 67b, Shift_JIS
    ("f67b_notice_roujinkai_ja.txt", "敬老のつどいのお知らせ", "緑ヶ丘老人会"),
    ("f67b_notice_onegai_ja.txt", "清掃活動へのご協力のお願い", "東町同好会"),
    ("f67b_notice_fujinkai_ja.txt", "料理教室参加者募集のお知らせ", "さくら台婦人会"),
])
def test_a_notice_title_ends_on_its_kind_and_its_issuer_signs_it(name, title, issuer):
    talk = _talk(name)
    assert (text_of(talk.title.ja), text_of(talk.speaker.affiliation)) == (title, issuer)
    assert issuer not in _headings(talk)


def test_a_title_wrapped_on_a_verb_still_goes_on():
    talk = _talk("f67b_near_title_wrap_ja.txt")
    assert text_of(talk.title.ja) == "位置情報データを用いた観光客の周遊行動の分析"


@pytest.mark.parametrize("name, field", [
    ("t67b_sjis_matsuri_notice.txt", "神輿渡御\u3000午後一時出発（雨天中止）"),
    ("f67b_notice_roujinkai_ja.txt", "演芸発表\u3000午前十一時から"),
])
def test_a_notice_field_under_its_mark_heads_nothing(name, field):
    talk = _talk(name)
    assert field not in _headings(talk) and field in _paragraphs(talk), (_headings(talk), _paragraphs(talk))
