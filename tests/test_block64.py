"""Fresh-user trial 64 (issue 16: structure from general evidence), helper block64. Made-up documents, other wording,
places and numbers than the trial's (also under /work/regress/in_block64/).

1. An English title under its Japanese one that names a kind of city inside its phrase (``… as a UNESCO City of
   Music``, ``… as a Creative City of Crafts``, ``Growing into a Global City of Design``) is the title's translation:
   the ``City of`` after an article and its modifiers, or after ``as``/``into``, is a title's common noun, never an
   organisation's name (it had stopped the title block: ``title.en`` and the speaker null, and the talks after it
   swallowed). A place line alone (``Kobe City, Hyogo``) and an organisation's line keep their readings.
2. A bilingual notice's English title (``Notice of Library Closure``) is the notice's title, never its speaker: a
   line led by a notice's or a work's kind names the document, and an English line set apart from the Japanese title
   (a PDF drawing every line apart, a dump with blank lines) is its translation where its words translate the
   title's. A line apart that translates nothing stays what it was.
3. A text dump's running head, repeated atop its later pages, is furniture on page 1 too where the title printed
   under it restates it (``Lakeside Library Association — Annual Report 2024`` over ``Annual Report of the Lakeside
   Library Association``): it goes to the ledger as ``running-header``, and the title under it is the title. A head
   that is the title (no title under it) or a title over its subtitle keeps the first copy as the title.
"""

from __future__ import annotations

import pytest

from pdfmaker import text_pdf
from segmenting import only_talk, segment_pdf, segment_text, text_of

PROCS = """第5回 創造都市ネットワーク研究会

{ja_city_1}
{ja_title_1}
{en_title_1}
{speaker_1}

１．はじめに
{ja_city_1}は２０１４年に加盟した。
２．国際交流
交流事業を続けている。

{ja_city_2}
{ja_title_2}
{en_title_2}
{speaker_2}

１．はじめに
{ja_city_2}は２００９年に加盟した。
２．今後の展望
交流をさらに進めたい。
"""


def _procs(**parts):
    return segment_text(PROCS.format(**parts)).talks


@pytest.mark.parametrize("en_title", [
    "Hamamatsu: Exchange as a UNESCO City of Music",
    "Hamamatsu: Music Exchange as a Creative City of Music",
    "Hamamatsu: Growing into a Global City of Music",
    "Hamamatsu: Exchange as UNESCO City of Music",
])
def test_an_english_title_naming_a_kind_of_city_is_the_translation64(en_title):
    talks = _procs(ja_city_1="浜松市", ja_title_1="音楽の都としての国際交流", en_title_1=en_title,
                   speaker_1="浜松市創造都市推進課長　鈴木 一郎",
                   ja_city_2="金沢市", ja_title_2="工芸の街の国際交流", en_title_2="Kanazawa: Crafts and Exchange",
                   speaker_2="金沢市文化政策課　主査　中村 花子")
    assert len(talks) == 2
    first, second = talks
    assert text_of(first.title.en) == en_title
    assert text_of(first.speaker.text) == "浜松市創造都市推進課長　鈴木 一郎"
    assert en_title not in [t.text for t in first.front]
    assert text_of(second.title.ja) == "工芸の街の国際交流" and text_of(second.city.ja) == "金沢市"


def test_organisations_and_place_lines_keep_their_readings64():
    """Near misses: a municipality's body, a council, a place line and a title with its article keep their readings."""
    from pipeline.segment.organisations import is_organisation
    from pipeline.segment.places import place_line_en

    assert is_organisation("City of Kobe") and is_organisation("Port and Harbor Bureau, City of Kobe")
    assert is_organisation("Kobe City Port and Harbour Bureau") and is_organisation("A Coruña City Council")
    assert is_organisation("Office of the Mayor") and is_organisation("Harbour Museum Trust")
    assert not is_organisation("Musical Instruments and a City of Music")  # as before (helper lect62)
    assert place_line_en("Kobe City, Hyogo") is not None
    assert place_line_en("Tsuruoka: International Exchange as a UNESCO City of Gastronomy") is None


@pytest.mark.parametrize("line", [
    "Tsuruoka: International Exchange as a UNESCO City of Gastronomy", "Exchange as a Creative City of Design",
    "Exchange as the Creative City of Gastronomy", "Notice of Library Closure", "Announcement of Museum Reopening",
    "Notice of Community Centre Closure", "Annual Review 2023 of the Harbour Museum Trust",
])
def test_a_titles_phrase_names_no_organisation64(line):
    from pipeline.segment.organisations import is_organisation

    assert not is_organisation(line)


J, E = "ja", "en"


@pytest.mark.parametrize("ja_title, en_title, body", [
    ("博物館再開のお知らせ", "Announcement of Museum Reopening",
     [(J, "市立博物館は改修工事を終え、４月１日に再開します。"), (E, "The City Museum will reopen on April 1 after renovation.")]),
    ("公民館休館のお知らせ", "Notice of Community Centre Closure",
     [(J, "北町公民館は空調工事のため、７月の間休館します。"),
      (E, "Kitamachi Community Centre will be closed in July for air-conditioning work.")]),
    ("図書館休館のお知らせ", "Notice of Library Closure",
     [(J, "中央図書館は改修工事のため、次の期間休館します。"),
      (E, "The Central Library will be closed for renovation during the following period.")]),
])
def test_a_pdf_notices_english_title_is_its_title_never_its_speaker64(ja_title, en_title, body):
    [talk] = segment_pdf(text_pdf([[(J, ja_title), (E, en_title), *body]])).talks
    assert text_of(talk.title.ja) == ja_title and text_of(talk.title.en) == en_title
    assert talk.speaker.text is None


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_dumps_english_title_set_apart_is_the_translation64(blank):
    text = blank.join(["公民館休館のお知らせ", "Notice of Community Centre Closure",
                       "北町公民館は空調工事のため、７月の間休館します。",
                       "Kitamachi Community Centre will be closed in July for air-conditioning work."]) + "\n"
    talk, _ = only_talk(text)
    assert text_of(talk.title.en) == "Notice of Community Centre Closure" and talk.speaker.text is None


def test_an_english_line_apart_that_translates_nothing_stays64():
    """Near miss: a catchphrase under the Japanese title, set apart, is no translation (it stays ``front``)."""
    [talk] = segment_pdf(text_pdf([[(J, "図書館休館のお知らせ"), (E, "See You Again Soon!"),
                                    (J, "中央図書館は改修工事のため、次の期間休館します。"),
                                    (E, "The Central Library will be closed for renovation during the following period.")]])).talks
    assert talk.title.en is None and [t.text for t in talk.front] == ["See You Again Soon!"]


def _paged(head: str, title: str | None, folios: list[str], feed: bool = True) -> str:
    pages = [[head] + ([title, ""] if title else [""]) + ["1. Background", "The network has grown by six percent.",
                                                          "2. Collections"],
             [head, "We added two thousand new titles this year.", "3. Programmes", "Story hours went on."],
             [head, "4. Finances", "Income rose slightly while costs increased."]]
    return ("\f" if feed else "").join("\n".join(p + [f]) + "\n" for p, f in zip(pages, folios))


@pytest.mark.parametrize("head, title, folios, feed", [
    ("Lakeside Library Association — Annual Report 2024", "Annual Report of the Lakeside Library Association",
     ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], True),
    ("Harbour Museum Trust | Annual Review 2023", "Annual Review 2023 of the Harbour Museum Trust", ["3", "4", "5"], True),
    ("Millbrook Parish Council — Neighbourhood Plan 2025", "The Millbrook Neighbourhood Plan",
     ["Page 1", "Page 2", "Page 3"], False),
    ("湖畔図書館協会　２０２４年度事業報告", "湖畔図書館協会 ２０２４年度 事業報告書", ["- 1 -", "- 2 -", "- 3 -"], True),
])
def test_a_running_head_over_the_title_it_shortens_is_furniture_on_page_one64(head, title, folios, feed):
    doc = segment_text(_paged(head, title, folios, feed))
    [talk] = doc.talks
    heads = [r for r in doc.ledger if r.reason == "running-header"]
    assert [r.line for r in heads][:1] == [1] and len(heads) == 3
    assert all(r.rule == "page_furniture" and r.action == "dropped" for r in heads)
    got = text_of(talk.title.en) or text_of(talk.title.ja)
    assert got.replace(" ", "") == title.replace(" ", "").replace("２０２４", "2024")
    assert talk.subtitle.en is None and talk.subtitle.ja is None


@pytest.mark.parametrize("head, title, subtitle", [
    ("Regional Bus Network Plan 2025", None, None),  # the head is the title (trial 51's kind)
    ("Regional Bus Network Plan", "Interim Report on Route Changes", "Interim Report on Route Changes"),  # a subtitle
])
def test_a_head_that_is_the_title_stays_the_title64(head, title, subtitle):
    """Near misses: the head's first copy with no title under it, or over a subtitle saying something more, is the
    document's title, as before."""
    doc = segment_text(_paged(head, title, ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]))
    [talk] = doc.talks
    assert text_of(talk.title.en) == head and text_of(talk.subtitle.en) == subtitle
    assert [r.line for r in doc.ledger if r.reason == "running-header"][:1] != [1]
