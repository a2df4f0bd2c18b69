"""A person's name is never filled, and an abstention on a name offers no candidate (issue 19 point 4; helper name72,
the limits fresh-user trial 71d left).

- A name after its office in a contact (``問い合わせ先：市民課　\\ufffd藤``, ``（広報課　\\ufffd木）``, ``【担当】市民課
  \\ufffd木``), a contact label in brackets (``（担当：\\ufffd井）``, offered 松 at 0.80 in the trial), an English
  contact (``Contact: Aoi Sakura\\ufffd (Tel …)``, committed ``i`` from the word list).
- Every name abstention holds the gap with no candidate, in one place (``Restorer.held_for_a_name``): a surname glued
  before a post, completed by repetition (``石\\ufffd委員`` beside ``石川委員``: Sudachi reads 石川委員 as a place's
  name, 石川 alone as a surname), had listed its candidates or been committed.
- A foreign person's name in katakana, its parts joined by ・ (``マリア・ガルシ\\ufffd氏``: offered ン, ス, ア as a
  kana before an honorific).
- English: an attributed given name no census holds (``said Pri\\ufffda Nandakumar``: *Prima* a rare word), ``Li
  W\\ufffdi`` (*Wii* no word WordNet lists); a village's name under a street (``Ha\\ufffdley Green``) is no person's.

Near misses keep their candidates or fill: a department's letter, a common noun after an office, katakana terms joined
by ・, an English contact that names an office.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore.evidence import abstention
from tests.restore_verdicts import abstains_on_a_name, file_line_repairs

G = "\ufffd"
DATA = Path(__file__).parent / "data" / "name72"


def _repairs(name: str, line: str) -> list:
    return file_line_repairs(DATA / name, line)


def _held_with_no_candidate(r) -> bool:
    return r.restored is None and not r.candidates and abstains_on_a_name(r)


@pytest.mark.parametrize("name, line", [
    ("ja_press_contact.txt", f"（担当：{G}井）"),                                     # trial 71d's kind
    ("ja_press_contact.txt", f"問い合わせ先：市民課　{G}藤（電話０２２−１２３−４５６７）"),
    ("ja_press_contact.txt", f"【担当】市民課　{G}木"),
    ("ja_press_contact.txt", f"（広報課　{G}木）"),
    ("ja_press_contact.txt", f"市民生活部　市民課　{G}野（電話０２２−１２３−４５９９）"),    # under 【問い合わせ先】
    ("ja_notice_contact_brackets.txt", f"ご不明な点は環境課までお問い合わせください（担当：{G}本）。"),
    ("ja_notice_contact_brackets.txt", f"お問い合わせ：さくら市環境課　ごみ対策係　{G}村"),
    ("ja_notice_contact_brackets.txt", f"（環境課　小{G}　電話０４５−９８７−６５４３）"),
    ("ja_notice_contact_brackets.txt", f"環境課（担当　{G}田）"),
    ("en_press_contact.txt", f"Contact: Aoi Sakura{G} (Tel 022-123-4567)"),
    ("en_press_contact.txt", f"Media contact: Kenji Wata{G}abe, Public Relations Division"),
])
def test_a_name_in_a_contact_is_never_filled_nor_offered(name, line):
    (r,) = _repairs(name, line)
    assert _held_with_no_candidate(r), r


@pytest.mark.parametrize("name, line", [
    ("ja_minutes_glued_post.txt", f"石{G}委員　追加で質問があります。遊具の更新はいつですか。"),
    ("ja_minutes_glued_post.txt", f"委員会では石{G}委員から遊具の安全について報告があった。"),
    ("ja_katakana_names.txt", f"ジョン・スミ{G}氏は午前の部、マリア・ガルシ{G}氏は午後の部に参加します。"),
])
def test_a_name_held_back_lists_no_candidate(name, line):
    found = _repairs(name, line)
    assert found and all(_held_with_no_candidate(r) for r in found), found


def test_the_name_written_whole_is_told_not_taken():
    """``ジョン・スミ\\ufffd氏`` beside ``ジョン・スミス氏`` written whole: the evidence points to it, the gap stays open."""
    (r, _) = _repairs("ja_katakana_names.txt", f"ジョン・スミ{G}氏は午前の部、マリア・ガルシ{G}氏は午後の部に参加します。")
    assert any("ジョン・スミス" in e.detail and "not taken" in e.detail for e in r.evidence), r.evidence


@pytest.mark.parametrize("line", [
    f"Thank you for your letter about the footpath. \"We are pleased with the survey,\" said Pri{G}a Nandakumar,",
    f"who chairs the footpath group. The visit was led by Deputy Director Li W{G}i of the city office.",
])
def test_an_english_name_is_never_filled(line):
    found = [r for r in _repairs("en_letter_address.txt", line) if r.original == G]
    assert found and all(_held_with_no_candidate(r) for r in found), found


@pytest.mark.parametrize("name, line, truth", [
    ("en_press_contact.txt", f"Enquiries: Citizens Divi{G}ion, Aoba City Hall", "s"),   # an office after the label
    ("ja_katakana_names.txt", f"当日はソーシャル・ネットワ{G}クでも配信します。", "ー"),        # a term's parts
    ("ja_katakana_names.txt", f"会場ではコミュニティ・ビジネ{G}の展示も行います。", "ス"),
])
def test_near_misses_are_no_names(name, line, truth):
    (r,) = _repairs(name, line)
    assert not abstains_on_a_name(r), r
    assert r.restored == truth or truth in [c.text for c in r.candidates], r


def test_a_village_under_its_street_is_no_person():
    """``Ha\\ufffdley Green`` under ``12 Quay Street``: a place (here written whole further on, so filled from it)."""
    (r,) = _repairs("en_letter_address.txt", f"Ha{G}ley Green")
    assert not abstains_on_a_name(r), r
    assert r.restored == "d" or "d" in [c.text for c in r.candidates], r


@pytest.mark.parametrize("text", [f"問い合わせ先：市民課　{G}藤", f"（広報課　{G}木）", f"【問い合わせ先】企画部　{G}田 美奈"])
def test_a_contact_names_its_person_after_the_office(text):
    assert abstention.contact_name(text, text.index(G)) is not None


@pytest.mark.parametrize("text", [
    f"問い合わせ先：市民{G}",                      # the office's own letter, no name after it
    f"（市民課　窓口{G}）",                         # a common noun after the office
    f"（広報{G}　鈴木）",                           # the office's letter, the name whole
    f"問い合わせ先：市民課（電話０２２−{G}２３）",    # a telephone number
    f"Enquiries: Public Relati{G}ns Division",     # an office after an English contact's label
])
def test_a_contacts_other_words_are_no_names(text):
    from pipeline.restore import restore_text
    (r,) = restore_text(text + "\n")["repairs"]
    assert not any(e["kind"] == "abstention" and "name" in e["detail"] for e in r["evidence"]), r
