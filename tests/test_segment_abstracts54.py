"""Books of abstracts whose abstracts each open with an id line (``S1-01``, ``P-12``, ``A3``, ``O-2-1``, ``【S1-01】``,
``講演番号 P-12``) over their title block, under a volume header (issue 16 point 1; trial 54).

A fresh user's English book of abstracts (``Book of Abstracts`` / the symposium's name / its place and date, then three
abstracts, each an id line, a title, authors with marked affiliations, a paragraph and ``Keywords: …``) gave four
talks: (a) the volume header became a talk of its own, titled ``Book of Abstracts`` (the symposium's name was read
as the body's first running text, so the first title block was looked for above it only); (b) each abstract's id went
to the end of the talk before it, the talk's ``number`` null. An id alone on its line over a title block is that
talk's number, its line the talk's front (as ``第2講演`` is); the header is the first talk's front.

Negative cases: a table of such ids, titles and authors inside a paper (a programme listing, with running text after
it), a paper-size label ``A3`` over a heading, ids inside a reference list: one talk each.

The correct results were written before the change; every text is made up.
"""

from __future__ import annotations

import pytest

from pipeline.segment.titleblock import talk_number, talk_number_value
from segment_inputs import run_text

ABSTRACTS = [
    ("Tidal Gauges as Archives of Harbour Subsidence",
     ["Liis Tamm¹, Jonas Berg²", "¹ Department of Geology, University of Tartu, Estonia",
      "² Swedish Geotechnical Institute, Linköping, Sweden"],
     ["Tide gauges record the sea and the ground they stand on. We separated the two signals at eleven Baltic",
      "harbours from 1950 to 2020 and found that four quays sank faster than the sea rose over the period."],
     "Keywords: subsidence, tide gauges, harbours"),
    ("Ferry Timetables and the Daily Rhythm of Island Towns",
     ["Mari Koskinen", "Institute of Urban Studies, University of Turku, Finland"],
     ["Island towns live by the ferry. Interviews with 64 residents of three archipelago towns show that shop",
      "hours, school days and care visits are all set by a timetable that nobody in the towns decides."],
     "Keywords: ferries, islands, everyday life"),
    ("Green Roofs and Cloudburst Runoff in Dense Quarters",
     ["Anders Holm¹, Elin Strand¹, Piotr Nowak²", "¹ Danish Technical University, Lyngby, Denmark",
      "² Gdańsk University of Technology, Gdańsk, Poland"],
     ["Green roofs are often promoted as a remedy for cloudburst floods. Measured runoff from 38 roofs during",
      "nine storms shows that they delay the peak by minutes but hold back less than a tenth of the water."],
     "Keywords: green roofs, runoff, cloudbursts"),
]

HEADER = ["Book of Abstracts", "9th Baltic Workshop on Harbour Towns and Climate", "Tallinn, 12-13 May 2026"]

IDS = {"session": ["S1-01", "S1-02", "S2-01"], "poster": ["P-12", "P-13", "P-14"], "short": ["A3", "A4", "B1"],
       "oral": ["O-2-1", "O-2-2", "O-3-1"]}


def _book(ids: list[str], header: list[str] = HEADER) -> str:
    out = [*header, ""]
    for id_, (title, authors, body, keywords) in zip(ids, ABSTRACTS):
        out += [id_, title, *authors, "", *body, keywords, ""]
    return "\n".join(out)


@pytest.mark.parametrize("style", list(IDS))
def test_each_abstract_under_its_id_is_a_talk_numbered_by_it54(style):
    ids = IDS[style]
    doc = run_text(_book(ids))
    talks = doc.talks
    assert [(t.number, t.title.en.text if t.title.en else None) for t in talks] == [
        (id_, a[0]) for id_, a in zip(ids, ABSTRACTS)]
    for talk, id_, (_, authors, body, keywords) in zip(talks, ids, ABSTRACTS):
        assert talk.shape == "paper" and talk.lang == "en" and talk.slides == ()
        assert talk.city.ja is None and talk.city.en is None and talk.title.ja is None
        assert talk.speaker.name.text == authors[0].split("¹")[0].split(",")[0]
        fronts = [t.text for t in talk.front]
        assert id_ in fronts  # the id as printed stays front, as a talk-number prefix does
        texts = [p.text for s in talk.sections for p in s.paragraphs]
        assert texts == [" ".join(body), keywords]  # no id glued to the end of the talk before
    # the volume header is the first talk's front, in order before the first id; no talk of its own
    assert [t.text for t in talks[0].front] == [*HEADER, ids[0]]


def test_the_trials_shape_without_ids_keeps_the_header_in_front54():
    """The same volume without ids: the header still no talk (its event line is no body), the three abstracts three
    talks by their marked affiliations, as before."""
    text = "\n".join([*HEADER, ""] + [line for _, (title, authors, body, keywords) in zip(range(3), ABSTRACTS)
                                      for line in [title, *authors, "", *body, keywords, ""]])
    talks = run_text(text).talks
    assert [t.title.en.text for t in talks] == [a[0] for a in ABSTRACTS]
    assert [t.text for t in talks[0].front] == HEADER
    assert all(t.number is None for t in talks)


def test_an_id_over_an_unmarked_author_is_the_only_extra_cue54():
    """An abstract whose author and affiliation carry no marks (the second one here) still starts a talk by its id:
    an id, a title and a speaker line, with running text right under them."""
    ids = IDS["poster"]
    talks = run_text(_book(ids)).talks
    assert talks[1].number == "P-13"
    assert talks[1].speaker.affiliation.text == "Institute of Urban Studies, University of Turku, Finland"


JA_ABSTRACTS = [
    ("港湾地区の浸水リスクとオープンデータ", "山田 花子（港北大学 工学部）",
     "港湾地区は低地に住宅と物流施設が集まっている。国の標高データと建物台帳を重ね、高潮時に浸水する住宅の割合を推計した。",
     "キーワード：浸水、オープンデータ、港湾"),
    ("海岸への通り道の参加型マッピング", "佐藤 健（湊川大学 地理学科）",
     "住民は公式の地図にない多くの道を通って海岸に出ている。二年間で148人の住民が地図上に612本の道を記した。",
     "キーワード：参加型GIS、海岸、防潮堤"),
]
JA_HEADER = ["第5回 港湾都市研究会 講演要旨集", "2025年6月3日 神戸"]


@pytest.mark.parametrize("form", ["lenticular", "lenticular inline", "label"])
def test_a_japanese_book_of_abstracts_numbers_each_talk_by_its_id54(form):
    ids = ["S1-01", "S1-02"]
    out = [*JA_HEADER, ""]
    for id_, (title, speaker, body, keywords) in zip(ids, JA_ABSTRACTS):
        if form == "lenticular":
            out += [f"【{id_}】", title]
        elif form == "lenticular inline":
            out += [f"【{id_}】{title}"]
        else:
            out += [f"講演番号 {id_}", title]
        out += [speaker, "", body, keywords, ""]
    talks = run_text("\n".join(out)).talks
    assert [(t.number, t.title.ja.text) for t in talks] == [(i, a[0]) for i, a in zip(ids, JA_ABSTRACTS)]
    assert [t.speaker.name.text for t in talks] == ["山田 花子", "佐藤 健"]
    assert [[p.text for s in t.sections for p in s.paragraphs][0] for t in talks] == [a[2] for a in JA_ABSTRACTS]
    assert [t.text for t in talks[0].front][:2] == JA_HEADER


PROSE = ["The abstracts below were selected by the committee from 41 submissions received before the deadline.",
         "Each was read by two reviewers, and the scores were averaged before the final decision was taken."]


@pytest.mark.parametrize("tabs", [False, True], ids=["lines", "tab rows"])
def test_a_programme_table_of_ids_inside_a_paper_is_no_talk54(tabs):
    """A paper listing the abstracts it reviewed (id, title, author with affiliation, one to a line or one row each)
    between its paragraphs: its rows have no running text right under each, so no talk starts there."""
    rows = [("S1-01", ABSTRACTS[0][0], "Liis Tamm, University of Tartu"),
            ("S1-02", ABSTRACTS[1][0], "Mari Koskinen, University of Turku"),
            ("S2-01", ABSTRACTS[2][0], "Anders Holm, Danish Technical University")]
    table = ["\t".join(r) for r in rows] if tabs else [line for r in rows for line in r]
    text = "\n".join(["Reviewing Abstracts for a Regional Workshop", "Kari Lund", "Department of Planning, University of Oslo", "",
                      *PROSE, "", "The abstracts reviewed were these:", *table, "", *PROSE, ""])
    [talk] = run_text(text).talks
    assert talk.title.en.text == "Reviewing Abstracts for a Regional Workshop" and talk.number is None


def test_ids_alone_in_a_reference_list_open_no_talk54():
    """A reference list citing abstracts by their ids, each id on its own line over the cited title and authors."""
    text = "\n".join(["Harbour Subsidence Revisited", "Kari Lund", "Department of Planning, University of Oslo", "",
                      "1 Introduction", *PROSE, "", "References",
                      "S1-01", "Tidal Gauges as Archives of Harbour Subsidence.", "Tamm, L. and Berg, J. (2026).",
                      "S2-01", "Green Roofs and Cloudburst Runoff in Dense Quarters.", "Holm, A. et al. (2026).", ""])
    [talk] = run_text(text).talks
    assert talk.title.en.text == "Harbour Subsidence Revisited"


def test_a_paper_size_label_over_a_heading_is_no_talk_number54():
    """``A3`` alone over a guideline's heading and its text, with no speaker: one talk, no number."""
    text = "\n".join(["Poster Guidelines for Presenters", "Workshop Office, University of Tartu", "",
                      "Posters are printed by the presenters and brought to the venue on the first morning.",
                      "A3", "Printed Handouts", "Handouts may be left beside the poster during the sessions.", ""])
    [talk] = run_text(text).talks
    assert talk.number is None


@pytest.mark.parametrize("text,length,value", [
    ("S1-01", 5, "S1-01"), ("P-12", 4, "P-12"), ("A3", 2, "A3"), ("O-2-1", 5, "O-2-1"), ("PS1-07", 6, "PS1-07"),
    ("【S1-01】", 7, "S1-01"), ("【S1-01】港湾地区の浸水", 7, "S1-01"), ("講演番号 P-12", 9, "P-12"),
    ("講演番号：１Ａ－０３", 10, "1A-03"), ("Ｓ１－０１", 5, "S1-01"),
    ("【４】", 3, "4"), ("第2講演", 4, "2"), ("Session 3", 9, "3"),
])
def test_an_abstracts_id_is_a_talk_number54(text, length, value):
    assert talk_number(text) == length
    assert talk_number_value(text[:length]) == value


@pytest.mark.parametrize("text", ["S1-01 Measuring Flood Exposure", "A3 Printed Handouts", "COVID-19", "2024",
                                  "1-2", "Table 3", "[S1-01]", "[ABC12]", "H2 Production in Harbours", "Fig. A3"])
def test_no_id_where_a_line_only_opens_with_one_or_is_something_else54(text):
    """An id counts alone on its line or in Japanese brackets or after its label, never run into a title (``A3
    Printed Handouts``, ``H2 Production …``), nor in ASCII square brackets (a reference list's ``[ABC12]``)."""
    assert talk_number(text) == 0


def test_an_faqs_numbered_question_does_not_outscore_its_title54():
    """``Q1`` alone over a question, under the document's title: the title stays the document's, ``Q1`` no number
    (an id weighs only over a title with its authors)."""
    text = "\n".join(["Ferry Questions and Answers", "", "Q1", "Where does the morning ferry leave from?",
                      "The morning ferry leaves from the north quay, beside the old customs house, at seven.",
                      "Q2", "Can bicycles be taken on board?",
                      "Bicycles travel free on every crossing, and there is room for twenty on the car deck.", ""])
    [talk] = run_text(text).talks
    assert talk.title.en.text == "Ferry Questions and Answers" and talk.number is None


PLAIN = [("Ferry Timetables and the Daily Rhythm of Island Towns", "Mari Koskinen",
          "Institute of Urban Studies, University of Turku, Finland",
          "Island towns live by the ferry. Interviews with 64 residents of three archipelago towns show that shop "
          "hours are set by a timetable."),
         ("Harbour Cranes as Industrial Heritage", "Tom Hale", "Department of History, University of Hull, United Kingdom",
          "Cranes were left standing on many quays after the container moved elsewhere. We surveyed 40 of them in "
          "eight ports.")]


@pytest.mark.parametrize("header", [["Book of Abstracts", "Harbour Towns Forum 2025"], ["BOOK OF ABSTRACTS"],
                                    ["講演要旨集"], ["Proceedings", "Harbour Towns Forum 2025"]])
def test_a_volumes_label_alone_is_no_abstracts_title54(header):
    """A volume's label alone (``Book of Abstracts``, ``Proceedings``, ``講演要旨集``) over abstracts that print no id
    and no affiliation marks: the label and the event are the first abstract's front, never its title (the label had
    taken the first abstract's authors, its title gone to the front, and the book was one talk)."""
    text = "\n".join([*header, ""] + [line for title, name, place, body in PLAIN for line in [title, name, place, "", body, ""]])
    talks = run_text(text).talks
    assert [t.title.en.text for t in talks] == [p[0] for p in PLAIN]
    assert [t.text for t in talks[0].front] == header


def test_a_pdf_book_of_abstracts_one_a_page_keeps_its_ids54():
    """The same book as a PDF, one abstract a page, each id at the page's top over the title set larger: the ids,
    rising with the pages, are no running head; each numbers its talk."""
    from pdfmaker import drawn_pdf
    from segment_inputs import run_pdf

    ids = IDS["session"]
    pages = []
    for k, (id_, (title, authors, body, keywords)) in enumerate(zip(ids, ABSTRACTS)):
        rows = ([(HEADER[0], 16), *((h, 10) for h in HEADER[1:])] if k == 0 else []) + [(id_, 10), (title, 16)]
        rows += [(a, 10) for a in authors] + [(b, 10) for b in body] + [(keywords, 10)]
        y, page = 780.0, []
        for text, size in rows:
            page.append(("en", size, 72, y, text))
            y -= 24 if size > 10 else 14
        pages.append(page)
    talks = run_pdf(drawn_pdf(pages)).talks
    assert [(t.number, t.title.en.text) for t in talks] == [(i, a[0]) for i, a in zip(ids, ABSTRACTS)]


PROCS = [
    dict(city="福岡市", title="港湾都市の再生と市民参加", en="Port City Regeneration and Civic Participation",
         speaker="福岡市港湾局長 佐藤 一郎",
         sections=[("1", "港湾の歴史", "博多港は古くから大陸との交易の拠点であった。"),
                   ("2", "再生の取り組み", "市民参加によるウォーターフロント整備を進めている。")],
         slides=[("Port of Hakata", "Gateway to Asia since ancient times"),
                 ("Waterfront Projects", "Citizen workshops held 12 times")]),
    dict(city="熊本市", title="城下町の景観保全", en="Landscape Conservation in a Castle Town",
         speaker="熊本市都市政策課長 田中 美咲",
         sections=[("1", "景観の現状", "熊本城周辺には歴史的な町並みが残っている。"),
                   ("2", "保全の課題", "地震からの復旧と景観の両立が課題である。")],
         slides=[("Kumamoto Castle Town", "Historic streets around the castle"),
                 ("Challenges", "Balancing recovery and landscape")]),
]
"""Made-up talks of the sample's shape: a city line, the title, its English, the speaker, numbered sections, then
English slides under their printed numbers."""


def _proc(t: dict, prefix: str) -> list[str]:
    lines = [prefix, t["city"], t["title"], t["en"], t["speaker"]]
    for num, head, para in t["sections"]:
        lines += [f"{num}. {head}", para]
    for k, (title, body) in enumerate(t["slides"], 1):
        lines += [f"Slide {k}", title, body]
    return lines


@pytest.mark.parametrize("prefix", [lambda n: f"【S1-0{n}】", lambda n: f"講演番号 P-1{n}"], ids=["lenticular", "label"])
def test_japanese_proceedings_of_the_samples_shape_numbered_by_ids54(prefix):
    """Proceedings of the sample's shape, each talk numbered by an id instead of ``第N講演``: as many talks, each its
    id, city, title, sections and slides."""
    talks = run_text("\n".join(line for n, t in enumerate(PROCS, 1) for line in _proc(t, prefix(n))) + "\n").talks
    assert [(t.number, t.city.ja.text, t.title.ja.text, len(t.sections), len(t.slides)) for t in talks] == [
        (prefix(n).split()[-1].strip("【】"), t["city"], t["title"], 2, 2) for n, t in enumerate(PROCS, 1)]


@pytest.mark.parametrize("sessions", [("Session 1: Harbours", "Session 2: Roofs"), ("Session 1", "Session 2"),
                                      ("第1部会 港湾", "第2部会 屋上緑化")])
def test_a_sessions_heading_over_ids_is_the_next_talks_front54(sessions):
    """A session's heading over the ids of the abstracts it groups is neither a talk's number nor its title: it is
    the front of the talk under it, whose number is its id (the heading had become the title, the id and the real
    title front)."""
    ids = IDS["session"]
    out = [*HEADER, ""]
    for k, (id_, (title, authors, body, keywords)) in enumerate(zip(ids, ABSTRACTS)):
        if k in (0, 2):
            out += [sessions[k // 2], ""]
        out += [id_, title, *authors, "", *body, keywords, ""]
    talks = run_text("\n".join(out)).talks
    assert [(t.number, t.title.en.text) for t in talks] == [(i, a[0]) for i, a in zip(ids, ABSTRACTS)]
    assert [[f.text for f in t.front] for t in talks] == [[*HEADER, sessions[0], ids[0]], [ids[1]], [sessions[1], ids[2]]]
    assert [p.text for s in talks[1].sections for p in s.paragraphs][-1] == ABSTRACTS[1][3]  # no heading glued on
