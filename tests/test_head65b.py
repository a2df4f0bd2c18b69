"""Helper head65b (issue 16: titles and page furniture on any document), after fresh-user trial 64d's two-cell
running head (``Annual Report 2024`` ⟶ a wide gap ⟶ ``Harbor City Port Authority`` over ``Page N of 2``). Made-up
documents, other wording, places and layouts than the trial's (also under /work/regress/in_head65b/).

1. A running head set in cells is furniture on page 1 too (``running-header`` in the ledger); the title is read from
   the lines under it, and where none is a title, the head's title cell (neither the publisher's nor a place's
   name, nor the folio) is the document's title.
2. A folio cell is never part of a title or of the talk's id.
3. A folio after a plain spaced hyphen (``Hakodate City - Page 1``, ``Annual Report - 3``) makes a running line, as
   one after ``—`` does; ``Q&A - 2`` in prose and a list's ``- 2`` stay text.
4. A head of three cells longer than 60 characters of words is furniture from two pages, as a short one is.
"""

from __future__ import annotations

import pytest

from segmenting import only_talk, paragraph_texts, text_of


def _heads(ledger):
    return [(r.line, r.text.strip()) for r in ledger if r.rule == "page_furniture" and r.reason == "running-header"]


GAP = " " * 40

REPORT_EN = ("{head}\n1. Sampling\nThe board took 4,210 samples from reservoirs, treatment works and customer taps "
             "during 2023, about the\nsame number as in the year before. Every sample was tested for bacteria, nitrate "
             "and lead.\n2. Results\nAll but three samples met the national standard; the three failures were traced "
             "to private pipes.\n{foot1}\n{head2}\nThe board wrote to each of the households concerned and paid for the "
             "replacement of their pipes.\n3. Next year\nSampling will rise to 4,500 samples, with more taps tested in "
             "the older districts.\n{foot2}\n")


@pytest.mark.parametrize("head, title, publisher", [
    (f"Water Quality Report 2023{GAP}Riverside Water Board", "Water Quality Report 2023", "Riverside Water Board"),
    (f"Riverside Water Board{GAP}Water Quality Report 2023", "Water Quality Report 2023", "Riverside Water Board"),
    (f"Annual Report 2024{GAP}Harbor City Port Authority", "Annual Report 2024", "Harbor City Port Authority"),
])
def test_a_celled_head_is_furniture_on_page_one_and_titles_the_document65b(head, title, publisher):
    talk, ledger = only_talk(REPORT_EN.format(head=head, head2=head, foot1="Page 1 of 2", foot2="Page 2 of 2"))
    assert text_of(talk.title.en) == title
    assert not talk.front
    heads = _heads(ledger)
    assert (1, publisher) in heads and len([h for h in heads if h[0] == 8]) == 1


def test_a_celled_head_over_a_title_goes_whole_to_the_ledger65b():
    text = REPORT_EN.format(head=f"Annual Report 2024{GAP}Harbor City Port Authority\nPort Water Quality Review",
                            head2=f"Annual Report 2024{GAP}Harbor City Port Authority", foot1="Page 1 of 2",
                            foot2="Page 2 of 2")
    talk, ledger = only_talk(text)
    assert text_of(talk.title.en) == "Port Water Quality Review"
    assert (1, f"Annual Report 2024{GAP}Harbor City Port Authority") in _heads(ledger)
    assert not talk.front


def test_a_japanese_celled_head_titles_the_report65b():
    head = "令和6年度 事業報告書　　　　　　○○市"
    text = (f"{head}\n１．事業の概要\n本年度は、市民サービスの向上を目標に、窓口業務の見直しと電子申請の拡充を進めた。申請件数は前年度\n"
            f"より二割増えた。\n２．窓口業務\n窓口の待ち時間は平均十五分から九分に短縮された。\n- 1 -\n{head}\n３．電子申請\n"
            "電子申請できる手続は百二十件となり、利用者の満足度調査では八割が「便利になった」と答えた。\n４．今後の課題\n"
            "高齢者への支援を続ける。\n- 2 -\n")
    talk, ledger = only_talk(text)
    assert text_of(talk.title.ja) == "令和6年度 事業報告書"
    assert "○○市" in "".join(t for line, t in _heads(ledger) if line == 1)
    assert not talk.front


@pytest.mark.parametrize("head", [
    f"Hakodate Tourism Plan 2025{GAP}Hakodate City{GAP}Page {{n}}",
    "Hakodate Tourism Plan 2025          Page {n}",
])
def test_a_folio_cell_is_no_part_of_the_title_or_id65b(head, tmp_path):
    from reliability import one_talk

    text = (f"{head.format(n=1)}\n1. Visitors\nHakodate welcomed 5.6 million visitors in 2024, most of them in summer, "
            "and the city aims to spread\nvisits more evenly across the year with winter events at the morning market.\n"
            "2. Transport\nThe tram network will run later in the evening during the winter illumination season.\n"
            f"{head.format(n=2)}\n3. Budget\nThe plan is funded by the accommodation tax introduced in April 2024.\n")
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "plan.txt"
    source.write_text(text, encoding="utf-8")
    talk = one_talk(source, tmp_path)  # every raw character in the talk JSON or its ledger
    assert talk["title"]["en"] == "Hakodate Tourism Plan 2025"
    assert talk["id"].endswith("hakodate-tourism-plan-2025")


@pytest.mark.parametrize("foot", ["Hakodate City - Page {n}", "Annual Report - {n}", "Hakodate City – Page {n}"])
def test_a_folio_after_a_spaced_hyphen_is_a_running_line65b(foot):
    text = ("Morning Market Renewal\n1. Background\nThe morning market near the station has served residents and "
            "visitors since 1945, and its stalls now\nneed new roofs, drains and lighting before the next winter season.\n"
            "2. Stalls\nTwo hundred stalls trade on most mornings, selling fish, crab and vegetables from the region.\n"
            f"{foot.format(n=1)}\n3. Plan\nWork will proceed one block at a time so that most stalls stay open during "
            "the renewal, starting with\nthe blocks nearest the station in the spring.\n"
            f"{foot.format(n=2)}\n")
    talk, ledger = only_talk(text)
    assert not [p for p in paragraph_texts(talk) if "Page" in p or " - " in p]
    assert {r.reason for r in ledger if r.text.strip() == foot.format(n=1)} == {"running-footer"}


def test_a_hyphen_and_number_in_prose_stays_text65b():
    """Near miss: one ``Q&A - 2`` in prose, a list's ``- 2``, a score ``3 - 2`` are no folios."""
    text = ("Community Forum Notes\nThe forum met on 3 March in the town hall. Residents asked about the bus timetable "
            "and the new\nparking rules, and the chair answered each question in turn before the break.\nQ&A - 2\n"
            "After the break, residents asked about the library's opening hours and the state of the park.\n- 2\n"
            "The chair promised written answers by the end of the month, posted on the council's website.\n"
            "Final score 3 - 2\nThe next forum meets in April.\nQ&A - 3\n")
    _, ledger = only_talk(text)
    assert not [r for r in ledger if r.reason in ("running-header", "running-footer", "page-number")]


def test_a_long_three_cell_head_is_furniture_from_two_pages65b():
    head = ("Northern Regional Transport Partnership        Bus Network Performance Review 2024        Appendix B")
    text = (f"{head}\n1. Punctuality\nAcross the partnership's 140 routes, 86 percent of buses left their timing points "
            "on time, up from 81\npercent in 2023, after bus lanes were added on the three busiest corridors.\n- 1 -\n"
            f"{head}\n2. Patronage\nPassenger journeys rose to 48 million, still below the level of 2019 but growing on "
            "every corridor.\n- 2 -\n")
    talk, ledger = only_talk(text)
    assert not [p for p in paragraph_texts(talk) if "Partnership" in p]
    assert text_of(talk.title.en) == "Bus Network Performance Review 2024"
    assert 6 in {line for line, _ in _heads(ledger)}


@pytest.mark.parametrize("text", [
    # a heading printed again atop the next page
    ("Coastal Path Survey 2024\n1. Method\nVolunteers walked each section of the coastal path twice, once in spring "
     "and once in autumn, and noted\nerosion, fallen fences and blocked drains.\nSummary of findings\nThe northern "
     "sections were in good condition; the southern ones had lost up to a metre of cliff edge.\nPage 1 of 2\n"
     "Summary of findings\nThree stiles will be replaced and one section of the path moved inland before the summer.\n"
     "Page 2 of 2\n"),
    # a chapter's title repeated as its first section's
    ("Chapter 1 Introduction\nThis chapter sets out why the town began its review of street lighting and what the "
     "review covered,\nfrom the age of the lamp columns to the cost of the electricity they use each year.\n"
     "1.1 Introduction\nThe review began in 2023, when the council's energy bill for street lighting rose by forty "
     "percent.\n- 1 -\n1.2 Scope\nAll 6,200 lamp columns owned by the council were included, but not those on "
     "private roads.\n- 2 -\n"),
    # a table's header row over two pages, its cells set apart
    ("River Flow Survey\n1. Sites\nThe survey measured the flow at each river mouth in the district twice a month.\n"
     "Site          Mouth (m)          Flow (m/s)\nNorth Beck          12          0.8\nSouth Beck          9          0.6\n"
     "- 1 -\nSite          Mouth (m)          Flow (m/s)\nEast Water          15          1.1\nWest Water          7          0.4\n- 2 -\n"),
])
def test_near_misses_keep_no_running_head65b(text):
    _, ledger = only_talk(text)
    assert not [r for r in ledger if r.reason in ("running-header", "running-footer")]
