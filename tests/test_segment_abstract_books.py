"""A book of abstracts (issue 16 point 1, trial 30): abstracts one after another, each a title over its authors with
affiliation marks over the affiliations those marks open, then its text with no ``Abstract`` heading and no numbered
section. Each is a talk; the volume's name over them (``Book of Abstracts — …``) is an event line, never a title.
Made-up documents."""

from __future__ import annotations

from tests.segment_inputs import segmented_text

ABSTRACTS = [
    ("Tidal Mixing in Shallow Harbour Basins", "Ola Nordmann¹, Kari Berg²",
     ["¹ Department of Oceanography, University of Bergen, Norway", "² Norwegian Coastal Administration, Alesund"],
     "We measured salinity and temperature profiles in four shallow basins over two spring-neap cycles.\n"
     "Mixing was strongest at spring tides and weakest after heavy rain, when a fresh layer capped the basin.\n"
     "A simple two-layer model reproduced the observed stratification within ten per cent."),
    ("Seagrass Recovery after Dredging", "Lena Holm¹, Pekka Virtanen¹,², Sara Lind¹",
     ["¹ Marine Research Centre, Umea University, Sweden", "² Finnish Environment Institute, Helsinki"],
     "Eelgrass meadows were mapped by drone before and five years after maintenance dredging.\n"
     "Cover recovered to 80 per cent of its former extent where sediment was sandy, but not in silty basins.\n"
     "Recovery was faster where shoots survived within twenty metres of the dredged channel."),
    ("Noise from Small Ferries and Harbour Porpoises", "Jonas Dahl*, Maria Keller",
     ["* Institute of Marine Acoustics, Kiel University, Germany"],
     "Passive acoustic loggers recorded porpoise clicks and ferry noise at three crossings for one year.\n"
     "Detections fell by a third during crossings and recovered within ten minutes after each ferry passed.\n"
     "Electric ferries halved the time porpoises stayed away."),
]


def _book(header: str = "Book of Abstracts — 3rd Baltic Coastal Science Meeting", abstracts=ABSTRACTS) -> str:
    parts = [header, ""]
    for title, authors, affiliations, text in abstracts:
        parts += [title, authors, *affiliations, *text.split("\n"), "Keywords: coast, harbour, field study", ""]
    return "\n".join(parts) + "\n"


def test_each_abstract_of_a_book_of_abstracts_is_a_talk():
    talks = segmented_text(_book()).talks
    assert [t.title.en.text for t in talks] == [a[0] for a in ABSTRACTS]
    assert [[a.name.text for a in t.speaker.authors] for t in talks] == [
        ["Ola Nordmann", "Kari Berg"], ["Lena Holm", "Pekka Virtanen", "Sara Lind"], ["Jonas Dahl", "Maria Keller"]]
    assert all("Book of Abstracts" not in t.title.en.text for t in talks)


def test_one_abstract_under_a_volume_header_is_one_talk():
    talks = segmented_text(_book(abstracts=ABSTRACTS[:1])).talks
    assert len(talks) == 1 and talks[0].title.en.text == ABSTRACTS[0][0]


def test_authors_without_marks_do_not_split_a_volume_that_names_no_abstract():
    # the marks opening the affiliations are the evidence; a title over plain names and running text is not enough
    # (a paper may quote a title and its authors): the documented limit keeps such a volume one talk
    plain = [(t, a.replace("¹", "").replace("²", "").replace("*", ""), [x.lstrip("¹²* ") for x in aff], text)
             for t, a, aff, text in ABSTRACTS]
    assert len(segmented_text(_book(abstracts=plain)).talks) == 1
