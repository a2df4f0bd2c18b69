"""A person's name is never filled nor offered candidates (issue 19 point 4; helper ref72, fresh-user trials 72 and
72c): more of a name's slots the verdict on a name (``Restorer.held_for_a_name``) must reach.

- A reference list's authors: ``Oka\\ufffdor, D. (2023).`` was committed *f* (``Okafor`` written whole elsewhere and
  the English word list), ``２）山本 \\ufffd哉（2020）`` offered 浩, 拓, 俊 (``abstention.reference_name``).
- A full name before an honorific with the gap in its surname (``\\ufffd田 葵さん``, ``大\\ufffd 遼さん``): the given
  name is a person's to Sudachi before its honorific only (葵 a common noun alone, 遼 a place).
- A council's attendance list (``３番　佐々木　\\ufffd``: ``abstention.seat_roster_name``), offered は, が, と.
- English: a census given name, then a surname holding a run of lost glyphs (``Tom \\ufffd\\ufffd\\ufffdggs``), offered
  *bri*, *gri*, *gre*.

Near misses keep their candidates or fill: a reference's title, a date before a year in brackets, a seat's line that
is no list of names, a kana directly before an honorific, the common words after a run of lost glyphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore.evidence import abstention
from tests.restore_verdicts import abstains_on_a_name, file_line_repairs

G = "\ufffd"
DATA = Path(__file__).parent / "data" / "ref72"


def _held_with_no_candidate(r) -> bool:
    return r.restored is None and not r.candidates and abstains_on_a_name(r)


@pytest.mark.parametrize("name, line", [
    ("en_report_references.txt", f"Oka{G}or, D. (2023). Feasibility of battery storage at Harwick WTW. Northmoor Engineering."),
    ("en_report_references.txt", f"Raman, P., and Oka{G}or, D. (2024). Load shifting in small water utilities. Journal of Water, 12, 4-9."),
    ("en_report_references.txt", f"[3] Tana{G}a, H. Urban heat and pumping demand. Water Research Notes, 2021."),
    ("en_report_references.txt", f"4. J. Whit{G}ield and S. Lindqvist (2019). Storage in rural utilities. Energy Policy, 33, 1-12."),
    ("en_report_references.txt", f"Smith, J., Brown, K. {G}. and Patel, R. (2020). Demand response at small sites. Utilities Review."),
    ("ja_paper_references.txt", f"２）山本 {G}哉（2020）：地方都市の移住と自治会．地域計画研究，32，1-10．"),
    ("ja_paper_references.txt", f"３）{G}木 健一・小林 優（2017）：祭礼と地域社会．村落社会研究，24，11-20．"),
    ("ja_paper_references.txt", f"4) 鈴{G} 一郎：中山間地域の担い手．農村計画学会誌，2015．"),
    ("ja_paper_references.txt", f"山本俊哉・佐藤{G}子（2019）地域の担い手と移住．地域計画研究，31，5-12．"),
    ("ja_paper_references.txt", f"[6] 高{G}美咲（2021）：移住政策の評価．地域政策研究，10，3-9．"),
    ("ja_newsletter_honorific.txt", f"　今年度から新しい民生委員として{G}田 葵さんと大{G} 遼さんが就任しました。"),
    ("ja_newsletter_honorific.txt", f"　また、地区の見守り役として{G}本 翔太氏、森{G} 誠様、中{G} 健君にもご協力いただきます。"),
    ("ja_council_roster.txt", f"３番　佐々木　{G}"),
    ("ja_council_roster.txt", f"４番　{G}藤　一郎"),
    ("ja_council_roster.txt", f"５番　高橋　{G}子　　６番　中村　健一"),
    ("en_newsletter_names.txt", f"Special thanks to the Scouts and to Tom {G}{G}{G}ggs, who brought the van, and to Sarah Wil{G}{G}ams for the tea."),
    ("en_newsletter_names.txt", f"The garden club meets on Tuesday with Mary Th{G}{G}pson in the chair."),
])
def test_a_name_is_held_with_no_candidate(name, line):
    found = file_line_repairs(DATA / name, line)
    assert all(_held_with_no_candidate(r) for r in found), found


@pytest.mark.parametrize("name, line, truth", [
    ("en_report_references.txt", f"The works pump water to the reservoir at night when power is cheap. The batt{G}ry holds two hours.", "e"),
])
def test_near_misses_in_the_documents(name, line, truth):
    (r,) = file_line_repairs(DATA / name, line)
    assert not abstains_on_a_name(r), r
    assert r.restored == truth or truth in [c.text for c in r.candidates], r


@pytest.mark.parametrize("text", [
    f"Okafor, D. (2023). Feasibility of battery st{G}rage.",     # the title's word
    f"令和{G}年（2019）に開始した。",                              # a date's word before the year
    f"本年{G}（2019）の実績",
    f"３番　議案第{G}号　可決",                                    # a seat's line holding no names
    f"３番　佐々木議員が{G}った",
    f"The report (2023) by the {G}ommittee was short.",
    f"We ate {G}{G}{G}ggs for breakfast.",                       # a run after no given name
    f"Thanks to the {G}{G}{G}ggs, who came.",
])
def test_other_words_are_no_names(text):
    from pipeline.restore import restore_text
    found = [r for r in restore_text(text + "\n")["repairs"] if G in r["original"]]
    assert found and not any(e["kind"] == "abstention" and "name" in e["detail"] for r in found for e in r["evidence"]), found


@pytest.mark.parametrize("left, right", [
    ("田中", "さんが"),            # a kana directly before さん: offered, as session 44 decided
    ("東京", " 皆様"),             # 皆様, no given name
    ("市", "の 皆様"),
])
def test_a_kana_or_another_word_before_an_honorific_is_no_surname(left, right):
    assert not abstention._surname_before(left, right)
