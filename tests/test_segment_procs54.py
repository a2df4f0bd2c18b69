"""Made-up proceedings varied one thing at a time from the sample's shape (issue 16, helper procs54): each talk a
city line, a Japanese title, the speaker, a paper of numbered sections, then its English slides (the English title
and ``CITY OF …`` on an unnumbered cover, each slide's number at its foot).

Faults found, with the results written before the change: (a) a deck of two slides whose first slide's title has a
municipality's shape (``Kanazawa Castle Town``, ``City of Peace``) had that slide read as the cover's city label, the
cover running on to the ``1`` and the talk one slide short (``places.is_municipality_en``); (b) an English subtitle
between hyphens or en dashes on the cover (``- Together with Citizens -``) was no cover line, with the same result
(``titleblock.is_subtitle``); (c) a city line naming the prefecture before the city (``福岡県北九州市``) had the whole line
as the city and no English name for it (``places.municipality_start``); (d) a speaker's post on a line of its own under
a title stopping on kana was joined into the title in a dump without blank lines (``titleblock.title_goes_on``); (e) a
city line giving the city's English name after it (``名古屋市 (Nagoya)``) was no city line: the talk began at its title
and the line was an unnumbered slide of the talk before (``places.english_beside``). Every text is made up.
"""

from __future__ import annotations

import pytest

from segment_documents import FUKUOKA, proceedings_talk as _talk, second_talk as _second
from segment_inputs import run_text


@pytest.mark.parametrize("title_1", ["Kanazawa Castle Town", "City of Peace", "Garden City"])
def test_a_slide_titled_like_a_town_is_no_cover_label54(title_1):
    """(a) Two slides after the cover, the first titled in a municipality's shape by common words: the cover is the
    English title and ``CITY OF KANAZAWA``, unnumbered; slides 1 and 2 keep their titles and lines."""
    second = _second(title_1, "Tourism Built on Traditional Crafts", "CITY OF KANAZAWA")
    doc = run_text("\n".join(_talk(**FUKUOKA) + _talk(**second)) + "\n")
    assert len(doc.talks) == 2
    talk = doc.talks[1]
    assert [(s.number, s.title.text, [x.text for x in s.lines]) for s in talk.slides] == [
        (None, "Tourism Built on Traditional Crafts", ["CITY OF KANAZAWA"]),
        (1, title_1, ["Historic districts survived the war"]),
        (2, "Craft Tours", ["Gold leaf workshops"])]


@pytest.mark.parametrize("subtitle_en", ["- Together with Citizens -", "– Together with Citizens –"])
def test_an_english_subtitle_between_dashes_stays_on_the_cover54(subtitle_en):
    """(b) ``―市民とともに―`` under the Japanese title and its English between hyphens or en dashes under the cover's
    city label: the talk's subtitle in both languages; the cover ends there and slide 1 keeps its title."""
    second = _second("Nagoya Today", "Environmental Strategy of a Manufacturing City", "CITY OF NAGOYA", city="名古屋市")
    second["subtitle"] = ("―市民とともに―", subtitle_en)
    doc = run_text("\n".join(_talk(**FUKUOKA) + _talk(**second)) + "\n")
    talk = doc.talks[1]
    assert (talk.subtitle.ja.text, talk.subtitle.en.text) == ("―市民とともに―", subtitle_en)
    assert [(s.number, s.title.text) for s in talk.slides] == [
        (None, "Environmental Strategy of a Manufacturing City"), (1, "Nagoya Today"), (2, "Craft Tours")]


@pytest.mark.parametrize("line,city,en", [("福岡県北九州市", "北九州市", "Kitakyushu"), ("北海道札幌市", "札幌市", "Sapporo")])
def test_a_city_line_with_its_prefecture_names_the_city54(line, city, en):
    """(c) The city line prints the prefecture before the city: the city is the municipality, its English name the
    slides'; the prefecture stays in the talk's front matter, never lost."""
    first = dict(FUKUOKA, city=line, speaker=f"{city}国際部長 中村 健一", label=f"CITY OF {en.upper()}",
                 slides=[(f"{en} at a Glance", ["Population: 1 million"]), *FUKUOKA["slides"][1:]])
    doc = run_text("\n".join(_talk(**first) + _talk(**_second("Craft Town Tours", "Tourism Built on Traditional Crafts",
                                                               "CITY OF KANAZAWA"))) + "\n")
    talk = doc.talks[0]
    assert (talk.city.ja.text, talk.city.en.text if talk.city.en else None) == (city, en)
    assert line[:-len(city)] in [t.text for t in talk.front]


def test_municipality_shapes54():
    from pipeline.segment.places import is_municipality_en, municipality_start

    assert [is_municipality_en(s) for s in ("CITY OF OBUSE", "Hakodate City", "Kanazawa Castle Town", "City of Peace",
                                            "City of Trees")] == [True, True, False, False, False]
    assert [municipality_start(s) for s in ("長野県上高井郡小布施町", "京都府京都市", "京都市", "大阪府", "横浜市中区")] == [7, 3, 0, 0, 0]


SHAPES = {
    # one change each from the sample's shape; every talk keeps its city, title, speaker, sections and slides
    "bracket": lambda k, lines: [f"【{k}】", *lines],
    "kouen_same_line": lambda k, lines: [f"第{k}講演 {lines[0]}", *lines[1:]],
    "session": lambda k, lines: [f"Session {k}", *lines],
    "furniture": lambda k, lines: lines[:6] + ["第12回 アジア太平洋都市サミット 講演論文集", f"- {10 + k} -"] + lines[6:],
    "split_speaker": lambda k, lines: lines[:2] + lines[2].rsplit(" ", 2)[0:1] + [" ".join(lines[2].rsplit(" ", 2)[1:])] + lines[3:],
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_volume_shapes54(shape):
    """A volume of two talks in each shape of :data:`SHAPES`: two talks, each with its city, title, speaker, two
    sections and its cover plus three or two slides."""
    talks = [FUKUOKA, _second("Craft Town Tours", "Tourism Built on Traditional Crafts", "CITY OF KANAZAWA")]
    text = "\n".join(line for k, t in enumerate(talks, 1) for line in SHAPES[shape](k, _talk(**t))) + "\n"
    doc = run_text(text)
    assert [(t.city.ja.text, t.title.ja.text, t.speaker.name.text, len(t.sections), len(t.slides)) for t in doc.talks] == [
        ("福岡市", FUKUOKA["title"], "中村 健一", 2, 4), ("金沢市", talks[1]["title"], "山本 誠", 2, 3)]


@pytest.mark.parametrize("city_line", ["名古屋市 (Nagoya)", "名古屋市（Nagoya）", "名古屋市 Nagoya"])
def test_a_city_line_with_its_english_name54(city_line):
    """(e) The second talk's city line gives the English name after the city: it opens that talk (the first keeps its
    cover and three slides), its city is 名古屋市 / Nagoya, read from the line's English, which is no front line (helper
    front66: it had stayed in the front matter, the city said twice; its brackets are ``city-line`` ledger rows)."""
    second = _second("Craft Town Tours", "Environmental Strategy of a Manufacturing City", "CITY OF NAGOYA", city="名古屋市")
    second["city"] = city_line
    doc = run_text("\n".join(_talk(**FUKUOKA) + _talk(**second)) + "\n")
    assert [len(t.slides) for t in doc.talks] == [4, 3]
    talk = doc.talks[1]
    assert (talk.city.ja.text, talk.city.en.text) == ("名古屋市", "Nagoya")
    assert city_line[4:].strip() not in [t.text for t in talk.front]
    assert talk.city.en.origin[0][1] == city_line.index("Nagoya")


def test_a_deck_cover_giving_the_japanese_title_first54():
    """The deck's cover prints the talk's Japanese title over its English one: the paper's last section keeps its own
    paragraph only, and the talk's English title is the cover's English line."""
    lines = _talk(**FUKUOKA)
    k = lines.index(FUKUOKA["en"])
    doc = run_text("\n".join(lines[:k] + [FUKUOKA["title"]] + lines[k:]) + "\n")
    talk = doc.talks[0]
    assert [p.text for p in talk.sections[-1].paragraphs] == [FUKUOKA["sections"][-1][1]]
    assert talk.title.en.text == FUKUOKA["en"]
