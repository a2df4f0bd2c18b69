"""An organisation's line beside a title or a speaker, fresh-user trial 58 (helper trial58b).

1. A proceedings' title block opening on a company's line (``株式会社みなと総研`` / ``港湾物流の将来像`` / the speaker)
   reads it as the talk's organisation line, as it reads a city office's (``新潟市 国際交流課``): the title is the line
   after it (the company line had been the title, the title front).
2. A deck's cover with a municipality's line right over or under the speaker's name (``Municipality of Utrecht`` /
   ``Jan de Vries``) has it as the speaker's affiliation, never the subtitle; a phrase there stays the subtitle.

Made-up documents (also under /work/regress/in_trial58b/), other companies, cities and wording than the trial's."""

from __future__ import annotations

import pytest

from pdfmaker import EN, EN_BOLD, drawn_pdf
from pipeline.segment.organisations import is_organisation
from pipeline.segment.places import is_municipality_en
from segment_inputs import run_pdf, run_text

PROCEEDINGS = "第3回 地域経済フォーラム 講演録\n\n{org}\n{title}\n{speaker}\n" \
              "{body}\n{en}\n1\n• Key point one\n2\n"


def _talk(text: str):
    [talk] = run_text(text).talks
    return talk


@pytest.mark.parametrize("org, title, post, name", [
    ("株式会社みなと総研", "港湾物流の将来像", "研究員", "中村 誠"),  # the trial's block, a clean name
    ("有限会社やまびこ設計", "木造校舎の再生と活用", "代表取締役", "小林 達也"),
    ("(株)北陸データ", "観光統計の読み方", "主任研究員", "石田 恵"),  # the kind abbreviated
    ("（株）さくら交通", "地方バス路線の維持", "取締役", "田村 浩"),  # in full-width brackets
])
def test_a_company_line_over_the_title_is_the_organisation_line(org, title, post, name):
    talk = _talk(PROCEEDINGS.format(org=org, title=title, speaker=f"{org} {post} {name}",
                                    body="この取り組みは、地域の暮らしを大きく変えた。成果は今後も続く。",
                                    en="Future Directions"))
    assert talk.title.ja.text == title
    assert talk.speaker.name.text == name
    assert org in [t.text for t in talk.front]
    assert talk.city.ja is None


@pytest.mark.parametrize("title, speaker", [
    ("株式会社の地域貢献", "株式会社みなと総研 研究員 中村 誠"),  # the kind opens the title's phrase
    ("株式会社化の進展と課題", "有限会社やまびこ設計 代表取締役 小林 達也"),
    ("有限会社制度の廃止とその後", "北陸ことば研究所 研究員 大野 圭"),
])
def test_a_title_opening_on_a_company_kind_stays_the_title(title, speaker):
    talk = _talk(PROCEEDINGS.format(org=title, title=speaker, speaker="この制度は、地域の企業を大きく変えた。変化は今後も続く。",
                                    body="Corporate Change", en="1"))
    assert talk.title.ja.text == title


def test_company_name_reads_the_kind_and_a_name():
    from pipeline.segment.organisations import company_name

    assert [company_name(s) for s in ("株式会社みなと総研", "合同会社ひかり", "北陸データ(株)", "有限会社 やまびこ設計")] \
        == [True, True, True, True]
    assert [company_name(s) for s in ("株式会社の地域貢献", "株式会社設立", "株式会社化の進展", "(株)")] == [False] * 4
    assert is_organisation("株式会社みなと総研") and not is_organisation("株式会社の地域貢献")


SIZE = (841.89, 595.28)


def _deck(cover: list[str]) -> bytes:
    page = [(EN_BOLD, 28, 50, 510, cover[0])] + [(EN, 18, 70, 452 - 30 * i, t) for i, t in enumerate(cover[1:])]
    slides = [("Background", ["125,000 daily cyclists", "Largest bicycle parking in the world"]),
              ("Results", ["33% fewer car trips downtown", "Parking occupancy 85%"])]
    pages = [page + [(EN, 10, 782, 18, "1/3")]]
    for n, (head, bullets) in enumerate(slides, 2):
        pages.append([(EN_BOLD, 28, 50, 510, head)] + [(EN, 18, 70, 452 - 30 * i, "• " + b) for i, b in enumerate(bullets)]
                     + [(EN, 10, 782, 18, f"{n}/3")])
    return drawn_pdf(pages, size=SIZE)


@pytest.mark.parametrize("cover, affiliation, name", [
    (["Cycling Infrastructure in Utrecht", "Municipality of Utrecht", "Jan de Vries"], "Municipality of Utrecht", "Jan de Vries"),
    (["Harbour Renewal in Groningen", "Municipality of Groningen", "Anneke Bakker"], "Municipality of Groningen", "Anneke Bakker"),
    (["Cycling Infrastructure in Delft", "Jan de Vries", "Municipality of Delft"], "Municipality of Delft", "Jan de Vries"),
    (["Tram Priority Signals", "City of Ghent", "Pieter Claes"], "City of Ghent", "Pieter Claes"),
])
def test_a_municipality_beside_the_speaker_is_the_affiliation(cover, affiliation, name):
    [talk] = run_pdf(_deck(cover)).talks
    assert talk.subtitle.en is None
    assert talk.speaker.affiliation.text == affiliation
    assert talk.speaker.name.text == name


@pytest.mark.parametrize("cover, subtitle", [
    (["Cycling Infrastructure in Utrecht", "A Decade of Change", "Jan de Vries"], "A Decade of Change"),
    (["Harbour Renewal in Groningen", "Lessons from Utrecht", "Anneke Bakker"], "Lessons from Utrecht"),
    (["Parks for Everyone", "The City of Tomorrow", "Lena Hoffmann"], "The City of Tomorrow"),
])
def test_a_phrase_over_the_speaker_stays_the_subtitle(cover, subtitle):
    [talk] = run_pdf(_deck(cover)).talks
    assert talk.subtitle.en.text == subtitle
    assert talk.speaker.affiliation is None


def test_a_municipality_named_so_in_english():
    assert [is_municipality_en(s) for s in ("Municipality of Utrecht", "Utrecht Municipality", "MUNICIPALITY OF DELFT")] \
        == [True, True, True]
    assert [is_municipality_en(s) for s in ("Municipality of Tomorrow", "Municipality Budgets")] == [False, False]
