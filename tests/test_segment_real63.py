"""Session 63, issue 16: the faults fresh-user trial 62b met in two real PDFs, each as its kind on made-up pages.

REVTeX's sample paper (apssamp.pdf): authors told from their affiliations by the faces alone (``Delta Author`` over
``Authors' institution and/or address`` in italic), a numbered heading centred over two lines after a colon, a
section's one lettered subsection, reference entries hung two ems and more under their ``[10]`` labels without a
``References`` heading. ko.TeX's cjk-ko manual: a Korean sentence opening on a version's number, the contents'
heading ``차 례``, a Korean line wrapped into the line set in under it. Near misses stay as they were.

``python tests/test_segment_real63.py DIR`` writes the made-up PDFs to DIR (the regression inputs of
/work/regress/in_real63).
"""

from __future__ import annotations

import sys

from pdfmaker import EN, EN_BOLD, EN_ITALIC, KO, drawn_pdf, justified, justified_paragraph, text_width

from segmenting import segment_pdf

PAGE = (612.0, 792.0)
BODY = ("The trapped atoms were cooled in two stages and then held in the optical lattice for several seconds while "
        "the probe beam scanned the cloud along its long axis and the camera recorded the shadow it cast").split()


def _talk(pdf: bytes):
    (talk,) = segment_pdf(pdf).talks
    return talk


def _centred(font: str, size: float, y: float, text: str, middle: float = PAGE[0] / 2):
    return (font, size, middle - text_width(text, font, size) / 2, y, text)


def _sections(talk) -> list[str]:
    return [f"{s.number} {s.title.text}" for s in talk.sections]


def _numbered(talk) -> list[str]:
    return [f"{s.number} {s.title.text}" for s in talk.sections if s.number is not None]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


# --- authors told from affiliations by their faces -------------------------------------------------------------------

def _title_page(groups: list[tuple[str, list[str], str | None]], name_face=(EN, 10.0), affiliation_face=(EN_ITALIC, 9.0),
                after: list[tuple[str, float, str]] = ()) -> bytes:
    """A REVTeX-like title block: a bold title, each author's line (``name_face``) over its affiliation lines
    (``affiliation_face``), a group's label in the names' face, then the date and an abstract, then the body."""
    runs = [_centred(EN_BOLD, 14, 740, "Cold Atoms in a Tilted Lattice")]
    y = 712.0
    for name, affiliations, label in groups:
        runs.append(_centred(*name_face, y, name))
        y -= 11
        for line in affiliations:
            runs.append(_centred(*affiliation_face, y, line))
            y -= 10
        if label:
            runs.append(_centred(*name_face, y, label))
            y -= 11
        y -= 12
    for font, size, text in after:
        runs.append(_centred(font, size, y, text))
        y -= 12
    runs.append(_centred(EN, 9, y, "(Dated: 3 May 2024)"))
    y -= 20
    runs += justified_paragraph(BODY, y, 100, 512, 9.0, 10.5)
    y -= 60
    runs.append(_centred(EN_BOLD, 10, y, "I. INTRODUCTION"))
    runs += justified_paragraph(BODY + BODY, y - 20, 72, 540, 10.0, 12.0)
    return drawn_pdf([runs], size=PAGE)


def _names(talk) -> list[str]:
    return [a.name.text for a in talk.speaker.authors] or [talk.speaker.name.text]


def test_revtex_authors_over_italic_affiliations_are_all_read():
    talk = _talk(_title_page([("Ann Author† and Second Author‡", ["Authors’ institution and/or address",
                                                                   "This line break forced with care"], "(MUSO Collaboration)"),
                              ("Charlie Author§", ["Second institution and/or address", "Third institution, the second for him"], None),
                              ("Delta Author", ["Authors’ institution and/or address"], "(CLEO Collaboration)")]))
    assert _names(talk) == ["Ann Author", "Second Author", "Charlie Author", "Delta Author"]
    assert "(MUSO Collaboration)" in [t.text for t in talk.front]


def test_three_unmarked_authors_each_over_a_placeholder_address():
    talk = _talk(_title_page([("Tove Halden", ["Where the first author works", "and the rest of that address"], None),
                              ("Ravi Menon", ["Where the second author works"], None),
                              ("Iker Zubiri", ["Where the third author works"], None)]))
    assert _names(talk) == ["Tove Halden", "Ravi Menon", "Iker Zubiri"]


def test_authors_told_by_size_alone():
    talk = _talk(_title_page([("Mara Quist", ["The first address, written out"], None),
                              ("Femi Adeyemi and Lena Roth", ["The second address, written out"], None)],
                             name_face=(EN, 11.0), affiliation_face=(EN, 8.5)))
    assert _names(talk) == ["Mara Quist", "Femi Adeyemi", "Lena Roth"]


def test_one_author_over_an_italic_address_stays_one():
    talk = _talk(_title_page([("Tove Halden", ["Where the first author works"], None)]))
    assert _names(talk) == ["Tove Halden"]


def test_a_line_in_the_names_face_that_names_no_one_is_no_author():
    # a submission note in the authors' face over an italic line: no name's shape, no author
    talk = _talk(_title_page([("Tove Halden", ["Where the first author works"], None)],
                             after=[(EN, 10.0, "Submitted to the Journal of Cold Atoms"),
                                    (EN_ITALIC, 9.0, "Special issue on optical lattices")]))
    assert _names(talk) == ["Tove Halden"]


def test_one_face_for_names_and_addresses_tells_nothing():
    # the faces alone vouch for a name: where the addresses share the names' face, the words decide as before
    talk = _talk(_title_page([("Tove Halden", ["Where the first author works"], None),
                              ("Ravi Menon", ["Where the second author works"], None)],
                             affiliation_face=(EN, 10.0)))
    assert "Ravi Menon" not in _names(talk)


# --- a numbered heading centred over two lines, broken after its colon -----------------------------------------------

LEFT, RIGHT = (54.0, 297.0), (315.0, 558.0)


def _two_column_paper(first: list[str], second: list[str], size: float = 9.0) -> bytes:
    """A two-column page: heading ``first`` (one or two lines) centred over the left column, text, then heading
    ``second`` over the right column, text."""
    runs = justified_paragraph(BODY, 740, *RIGHT, 10.0, 12.0)  # the right column opens on the left one's text
    for heading, column, y in ((first, LEFT, 740.0), (second, RIGHT, 680.0)):
        for line in heading:
            runs.append(_centred(EN_BOLD, size, y, line, middle=sum(column) / 2))
            y -= size * 1.2
        for k in range(6):  # six paragraphs of running text under it
            runs += justified_paragraph(BODY[k:], y - 14 - 80 * k, *column, 10.0, 12.0)
    return drawn_pdf([runs], size=PAGE)


def test_revtex_heading_broken_after_its_colon_is_one():
    talk = _talk(_two_column_paper(["I. FIRST-LEVEL HEADING:", "THE LINE BREAK WAS FORCED"], ["II. METHOD"]))
    assert _sections(talk) == ["1 FIRST-LEVEL HEADING: THE LINE BREAK WAS FORCED", "2 METHOD"]


def test_centred_heading_of_results_broken_after_its_colon():
    talk = _talk(_two_column_paper(["I. INTRODUCTION"], ["II. RESULTS AND DISCUSSION:", "OF COLD ATOMS"]))
    assert _sections(talk) == ["1 INTRODUCTION", "2 RESULTS AND DISCUSSION: OF COLD ATOMS"]


def _one_column_paper(heads: list[list[str]], size: float = 12.0) -> bytes:
    runs, y = [], 740.0
    for head in heads:
        for line in head:
            runs.append(_centred(EN_BOLD, size, y, line))
            y -= size * 1.2
        for k in range(3):
            runs += justified_paragraph(BODY[k:], y - 8 - 60 * k, 72, 540, 10.0, 12.0)
        y -= 190
    return drawn_pdf([runs], size=PAGE)


def test_centred_heading_over_one_column_broken_after_its_colon():
    talk = _talk(_one_column_paper([["I. INTRODUCTION"], ["II. MATERIALS AND METHODS:", "SAMPLING THE FLOOR"],
                                    ["III. RESULTS"]]))
    assert _sections(talk) == ["1 INTRODUCTION", "2 MATERIALS AND METHODS: SAMPLING THE FLOOR", "3 RESULTS"]


def test_a_flush_left_heading_over_a_bold_line_stays_as_it_was():
    # two lines starting at one edge: a flush-left pair, whose middles meet only by chance; its colon ends it
    runs, y = [], 740.0
    for head in (["I. INTRODUCTION"], ["II. METHODS:", "Sampling the harbour floor"], ["III. RESULTS"]):
        for line in head:
            runs.append((EN_BOLD, 10, 72, y, line))
            y -= 12
        for k in range(3):
            runs += justified_paragraph(BODY[k:], y - 8 - 60 * k, 72, 540, 10.0, 12.0)
        y -= 190
    talk = _talk(drawn_pdf([runs], size=PAGE))
    assert "METHODS: Sampling the harbour floor" not in [s.title.text for s in talk.sections]


def test_a_numbered_line_under_a_centred_heading_stays_its_own():
    """``A. Rates`` under ``II. RESULTS:`` is no part of that heading. Since session 76 (helper pdfpaper76, the AIAA
    template's lone ``A.`` set bold under a roman section) it is the section's lettered subsection 2.1, as an IEEE or
    revtex paper prints one; before, it had been the section's first paragraph."""
    talk = _talk(_two_column_paper(["I. INTRODUCTION"], ["II. RESULTS:", "A. Rates"]))
    assert [s.title.text for s in talk.sections] == ["INTRODUCTION", "RESULTS:", "Rates"]
    assert (talk.sections[2].number, talk.sections[2].level) == ("2.1", 2)


# --- a section's one lettered subsection, in the face of the others ----------------------------------------------------

def _lettered_paper(heads: list[tuple[str, str]], size: float = 10.0) -> bytes:
    """One column: ``(kind, text)`` headings, ``R`` a roman section's (bold, centred), ``L`` a lettered one's
    (italic, flush left), ``B`` a line in the body's face, each over a paragraph."""
    runs, y, pages = [], 750.0, []
    for kind, text in heads:
        if y < 150:
            pages.append(runs)
            runs, y = [], 750.0
        if kind == "R":
            runs.append(_centred(EN_BOLD, size, y, text))
        else:
            runs.append((EN_ITALIC if kind == "L" else EN, size, 72, y, text))
        runs += justified_paragraph(BODY, y - 16, 72, 540, size, 12.0)
        y -= 74
    return drawn_pdf(pages + [runs], size=PAGE)


def test_a_sections_one_lettered_subsection_in_the_lettered_face():
    talk = _talk(_lettered_paper([("R", "I. INTRODUCTION"), ("L", "A. Scope"), ("L", "B. Outline"), ("R", "II. METHOD"),
                                  ("L", "A. Detectors"), ("R", "III. RESULTS")]))
    assert _sections(talk) == ["1 INTRODUCTION", "1.1 Scope", "1.2 Outline", "2 METHOD", "2.1 Detectors", "3 RESULTS"]


def test_the_one_lettered_subsection_before_a_run():
    talk = _talk(_lettered_paper([("R", "I. BACKGROUND"), ("L", "A. Earlier Traps"), ("R", "II. APPARATUS"),
                                  ("L", "A. Vacuum System"), ("L", "B. Lasers"), ("L", "C. Imaging")]))
    assert _sections(talk) == ["1 BACKGROUND", "1.1 Earlier Traps", "2 APPARATUS", "2.1 Vacuum System", "2.2 Lasers",
                               "2.3 Imaging"]


def test_two_sections_with_one_lettered_subsection_each():
    talk = _talk(_lettered_paper([("R", "I. THEORY"), ("L", "A. Model"), ("R", "II. EXPERIMENT"), ("L", "A. Setup"),
                                  ("L", "B. Data"), ("R", "III. OUTLOOK"), ("L", "A. Next Steps")]))
    assert _sections(talk) == ["1 THEORY", "1.1 Model", "2 EXPERIMENT", "2.1 Setup", "2.2 Data", "3 OUTLOOK",
                               "3.1 Next Steps"]


def test_a_lettered_line_in_the_bodys_face_is_no_subsection():
    talk = _talk(_lettered_paper([("R", "I. INTRODUCTION"), ("L", "A. Scope"), ("L", "B. Outline"), ("R", "II. METHOD"),
                                  ("B", "A. Note on units"), ("R", "III. RESULTS")]))
    assert "Note on units" not in [s.title.text for s in talk.sections]


def test_a_lone_lettered_line_with_no_run_stays_as_it_was():
    talk = _talk(_lettered_paper([("R", "I. INTRODUCTION"), ("R", "II. METHOD"), ("L", "A. Detectors"),
                                  ("R", "III. RESULTS")]))
    assert "Detectors" not in [s.title.text for s in talk.sections]


# --- reference entries hung under their bracketed labels, no heading over them -----------------------------------------

def _references_page(entries: list[tuple[str, str]], size: float = 9.0, hang: float = 18.4, left: float = 54.0) -> bytes:
    """Two numbered sections, then reference entries (label and first line, second line) with no heading over them:
    the label flush at ``left`` (one digit padded by half an em), the second line ``hang`` points in."""
    runs, y = [], 750.0
    for head in ("I. INTRODUCTION", "II. RESULTS"):
        runs.append(_centred(EN_BOLD, 10, y, head))
        runs += justified_paragraph(BODY, y - 16, 72, 540, 10.0, 12.0)
        y -= 80
    for first, second in entries:
        # the first line justified to the column's edge (the entry wrapped there), as a bibliography sets it
        pad = size / 2 if first.startswith("[") and first.index("]") == 2 else 0.0
        runs += [(font, size, x, y, text) for font, _, x, y, text in justified(first.split(), left + pad, left + 243, y, size)]
        runs.append((EN, size, left + hang, y - size * 1.16, second))
        y -= size * 1.16 * 2
    return drawn_pdf([runs], size=PAGE)


def test_references_hung_two_ems_under_two_digit_labels_are_whole():
    talk = _talk(_references_page([("[9] D. E. Knuth, in Fundamental Algorithms, The Art of", "Computer Programming (Addison-Wesley, 1973)."),
                                   ("[10] J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc.", "London, Ser. B 777, 1395 (2005)."),
                                   ("[11] W. J. Smith, T. J. Johnson, and B. G. Miller, “Surface", "chemistry on a silicon surface,” (2010)."),
                                   ("[12] M. P. Johnson and K. Smith, personal", "communication (2007).")]))
    assert _paragraphs(talk)[-4:] == [
        "[9] D. E. Knuth, in Fundamental Algorithms, The Art of Computer Programming (Addison-Wesley, 1973).",
        "[10] J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc. London, Ser. B 777, 1395 (2005).",
        "[11] W. J. Smith, T. J. Johnson, and B. G. Miller, “Surface chemistry on a silicon surface,” (2010).",
        "[12] M. P. Johnson and K. Smith, personal communication (2007)."]


def test_references_at_eight_points_hung_under_wider_labels():
    talk = _talk(_references_page([("[21] A. Lund, Harbour Dynamics in Winter, Vol. 2", "(Polar Press, Tromsø, 2019)."),
                                   ("[22] K. Ito and R. Sato, Phys. Rev. A 88, 4451", "(2013), and references therein."),
                                   ("[23] P. Moreau, thesis, Université de Lille", "(2011), unpublished.")],
                                  size=8.0, hang=20.0))
    assert _paragraphs(talk)[-3:] == ["[21] A. Lund, Harbour Dynamics in Winter, Vol. 2 (Polar Press, Tromsø, 2019).",
                                      "[22] K. Ito and R. Sato, Phys. Rev. A 88, 4451 (2013), and references therein.",
                                      "[23] P. Moreau, thesis, Université de Lille (2011), unpublished."]


def test_three_digit_labels_hang_their_width():
    talk = _talk(_references_page([("[101] S. Okafor and T. Lindqvist, J. Fluid Mech. 12, 33", "(1999); ibid. 14, 2 (2001)."),
                                   ("[102] T. Berg and A. Moreau, Nature Physics 4, 100", "(2008), with a correction.")], hang=22.0))
    assert _paragraphs(talk)[-2:] == ["[101] S. Okafor and T. Lindqvist, J. Fluid Mech. 12, 33 (1999); ibid. 14, 2 (2001).",
                                      "[102] T. Berg and A. Moreau, Nature Physics 4, 100 (2008), with a correction."]


def test_a_line_set_in_five_ems_under_a_reference_stays_apart():
    talk = _talk(_references_page([("[10] J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc.", "London, Ser. B 777, 1395 (2005).")],
                                  hang=45.0))
    assert _paragraphs(talk)[-2:] == ["[10] J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc.",
                                      "London, Ser. B 777, 1395 (2005)."]


def test_a_bracketed_enumerator_in_round_brackets_keeps_the_two_em_hang():
    # ``(10)`` may open a numbered paragraph or an equation's line: only a bracketed reference label hangs further
    talk = _talk(_references_page([("(10) The harbour was dredged in the spring, and the", "survey boats measured the channel again.")]))
    assert _paragraphs(talk)[-2:] == ["(10) The harbour was dredged in the spring, and the",
                                      "survey boats measured the channel again."]


# --- Korean: a sentence opening on a version's number, the contents' heading, wraps set in ---------------------------

def _korean_manual(intro: list[tuple[float, str]], contents_heading: str | None = "차 례",
                   sections: tuple[str, ...] = ("1 소개", "2 패키지 옵션", "3 사용자 명령")) -> bytes:
    """A ko.TeX-like manual: title, an abstract of Korean lines (``(x, text)``; x 0 for the paragraph's edge), a
    contents page under ``contents_heading``, then the sections on pages of their own, each over a sentence."""
    first = [(EN_BOLD, 17, 150, 740, "KO-demo"), (KO, 17, 240, 740, "간단 매뉴얼"),
             _centred(KO, 9, 690, "요 약")]
    y = 670.0
    for x, text in intro:
        first.append((KO, 9, 100 + x, y, text))
        y -= 14.25
    y -= 30
    if contents_heading is not None:
        first.append((KO, 14, 75, y, contents_heading))
    y -= 28
    for k, head in enumerate(sections, 1):
        first.append((KO, 10, 75, y, head))
        first.append((EN, 10, 420, y, str(k + 1)))
        y -= 25
    pages = [first]
    texts = ["이 절에서는 패키지의 쓰임을 간단히 설명한다.", "옵션은 그대로 다음 패키지에 전달된다.", "사용자 명령은 본문 어디서나 쓸 수 있다.",
             "서울에서 열린 모임의 기록을 정리했다."]
    body, y = [], 640.0
    for head, text in zip(sections, texts):
        body += [(KO, 14, 75, y, head), (KO, 10, 75, y - 28, text)]
        y -= 90
    pages.append(body)
    return drawn_pdf(pages, size=(498.9, 708.7))


SENTENCE_VARIANTS = [
    ("1.3 버전부터는 나눔글꼴이 아닌 다른 한글 폰트를 패키지 옵션으로 지정해서", "쓸 수 있다."),
    ("2.0 판에서는 설정 파일의 위치가 바뀌어 예전 파일을 그대로", "읽지 않는다."),
    ("4.2 버전까지는 이 명령을 전처리부에서만 쓸 수 있었지만 지금은", "본문에서도 쓸 수 있다."),
]


def test_korean_sentences_opening_on_a_version_number_are_no_sections():
    for first, second in SENTENCE_VARIANTS:
        talk = _talk(_korean_manual([(0, "본래 TEX Writer라는 iOS 앱을 위해 만들었던 한글 패키지를 고쳤다."),
                                     (14, first), (0, second)]))
        assert _numbered(talk) == ["1 소개", "2 패키지 옵션", "3 사용자 명령"], first
        assert f"{first} {second}" in _paragraphs(talk), first


def test_korean_headings_of_a_noun_phrase_stay_headings():
    talk = _talk(_korean_manual([(0, "본래 한글 패키지를 고쳤다.")],
                                sections=("1 소개", "2 한글을 쓰는 방법", "3 글꼴 설정", "4 서울에서")))
    assert _numbered(talk) == ["1 소개", "2 한글을 쓰는 방법", "3 글꼴 설정", "4 서울에서"]


def test_korean_contents_heading_letter_spaced_is_the_contents():
    for heading in ("차 례", "목차", "목 차"):
        talk = _talk(_korean_manual([(0, "본래 한글 패키지를 고쳤다.")], contents_heading=heading))
        assert _numbered(talk)[0] == "1 소개", heading
        assert heading in [t.text for t in talk.front], heading
        assert len(talk.contents) == 3, heading


def _korean_items(items: list[tuple[str, str, float]], edge: float = 424.0) -> bytes:
    """A Korean page under a section's heading: items ``(first, second, set_in)``, the first line justified to
    ``edge`` (a bullet's or a description's line that filled its measure), the second ``set_in`` points in from the
    item's left, each line in a text box of its own (a subfont changing between them)."""
    runs = [(EN_BOLD, 17, 150, 740, "KO-demo"), (KO, 17, 240, 740, "간단 매뉴얼"),
            (KO, 14, 75, 690, "1 소개"), (KO, 10, 75, 662, "이 패키지는 한글 문서를 위한 것이다.")]
    y = 640.0
    for first, second, set_in in items:
        # spread the first line to the edge, word by word, as a justifying typesetter does
        words = first.split(" ")
        white = (edge - 90 - sum(text_width(w, KO, 10) for w in words)) / (len(words) - 1)
        x = 90.0
        for word in words:
            runs.append((KO, 10, x, y, word))
            x += text_width(word, KO, 10) + white
        runs.append((KO, 10, 90 + set_in, y - 15.5, second))
        y -= 40
    runs += [(KO, 14, 75, y - 20, "2 옵션"), (KO, 10, 75, y - 48, "옵션은 그대로 전달된다.")]
    return drawn_pdf([runs], size=(498.9, 708.7))


def test_korean_lines_wrapped_into_the_line_set_in_under_them_are_joined():
    talk = _talk(_korean_items([("• 오로지 현대 한국어 문서를 위한 패키지로 중세한글, 일본어, 중국어는 지원", "하지 않는다.", 10.0),
                                ("truetype 트루타입 폰트를 사용자 글꼴로 지시했다면 이 옵션을 주어야 텍스트", "추출이 가능해진다.", 32.0),
                                ("• 사용자가 이 명령을 첨가해 조사 선택을 바로잡을 수 있고 다른 명령도", "함께 쓸 수 있다.", 10.0)]))
    paragraphs = _paragraphs(talk)
    assert "• 오로지 현대 한국어 문서를 위한 패키지로 중세한글, 일본어, 중국어는 지원 하지 않는다." in paragraphs
    assert "truetype 트루타입 폰트를 사용자 글꼴로 지시했다면 이 옵션을 주어야 텍스트 추출이 가능해진다." in paragraphs
    assert "• 사용자가 이 명령을 첨가해 조사 선택을 바로잡을 수 있고 다른 명령도 함께 쓸 수 있다." in paragraphs


def test_a_korean_line_that_ends_its_sentence_keeps_the_line_under_it_apart():
    talk = _talk(_korean_items([("• 이 옵션은 밑줄 긋기를 허용하며 다른 패키지도 함께 부른다.", "참고로 예전 판에서는 쓸 수 없었다.", 10.0)]))
    assert "참고로 예전 판에서는 쓸 수 없었다." in _paragraphs(talk)


if __name__ == "__main__":  # the regression inputs: ``python tests/test_segment_real63.py DIR``
    import pathlib

    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    made = {
        "authors_revtex.pdf": _title_page([("Ann Author† and Second Author‡", ["Authors’ institution and/or address"], "(MUSO Collaboration)"),
                                          ("Charlie Author§", ["Second institution and/or address"], None),
                                          ("Delta Author", ["Authors’ institution and/or address"], None)]),
        "authors_unmarked.pdf": _title_page([("Tove Halden", ["Where the first author works"], None),
                                            ("Ravi Menon", ["Where the second author works"], None),
                                            ("Iker Zubiri", ["Where the third author works"], None)]),
        "authors_by_size.pdf": _title_page([("Mara Quist", ["The first address, written out"], None),
                                           ("Femi Adeyemi and Lena Roth", ["The second address, written out"], None)],
                                          name_face=(EN, 11.0), affiliation_face=(EN, 8.5)),
        "neg_authors_one.pdf": _title_page([("Tove Halden", ["Where the first author works"], None)],
                                          after=[(EN, 10.0, "Submitted to the Journal of Cold Atoms"),
                                                 (EN_ITALIC, 9.0, "Special issue on optical lattices")]),
        "neg_authors_one_face.pdf": _title_page([("Tove Halden", ["Where the first author works"], None),
                                                ("Ravi Menon", ["Where the second author works"], None)],
                                               affiliation_face=(EN, 10.0)),
        "heading_colon1.pdf": _two_column_paper(["I. FIRST-LEVEL HEADING:", "THE LINE BREAK WAS FORCED"], ["II. METHOD"]),
        "heading_colon2.pdf": _two_column_paper(["I. INTRODUCTION"], ["II. RESULTS AND DISCUSSION:", "OF COLD ATOMS"]),
        "heading_colon3.pdf": _one_column_paper([["I. INTRODUCTION"], ["II. MATERIALS AND METHODS:", "SAMPLING THE FLOOR"],
                                                 ["III. RESULTS"]]),
        "neg_heading_numbered_under.pdf": _two_column_paper(["I. INTRODUCTION"], ["II. RESULTS:", "A. Rates"]),
        "letters_lone1.pdf": _lettered_paper([("R", "I. INTRODUCTION"), ("L", "A. Scope"), ("L", "B. Outline"),
                                              ("R", "II. METHOD"), ("L", "A. Detectors"), ("R", "III. RESULTS")]),
        "letters_lone2.pdf": _lettered_paper([("R", "I. BACKGROUND"), ("L", "A. Earlier Traps"), ("R", "II. APPARATUS"),
                                              ("L", "A. Vacuum System"), ("L", "B. Lasers"), ("L", "C. Imaging")]),
        "neg_letters_body_face.pdf": _lettered_paper([("R", "I. INTRODUCTION"), ("L", "A. Scope"), ("L", "B. Outline"),
                                                      ("R", "II. METHOD"), ("B", "A. Note on units"), ("R", "III. RESULTS")]),
        "neg_letters_no_run.pdf": _lettered_paper([("R", "I. INTRODUCTION"), ("R", "II. METHOD"), ("L", "A. Detectors"),
                                                   ("R", "III. RESULTS")]),
        "refs_hang2.pdf": _references_page([("[9] D. E. Knuth, in Fundamental Algorithms, The Art of", "Computer Programming (Addison-Wesley, 1973)."),
                                            ("[10] J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc.", "London, Ser. B 777, 1395 (2005).")]),
        "refs_hang3.pdf": _references_page([("[101] S. Okafor and T. Lindqvist, J. Fluid Mech. 12, 33", "(1999); ibid. 14, 2 (2001)."),
                                            ("[102] T. Berg and A. Moreau, Nature Physics 4, 100", "(2008), with a correction.")], hang=22.0),
        "neg_refs_paren.pdf": _references_page([("(10) The harbour was dredged in the spring, and the", "survey boats measured the channel again.")]),
        "ko_sentences.pdf": _korean_manual([(0, "본래 한글 패키지를 고쳤다."), (14, SENTENCE_VARIANTS[0][0]), (0, SENTENCE_VARIANTS[0][1]),
                                            (14, SENTENCE_VARIANTS[1][0]), (0, SENTENCE_VARIANTS[1][1])]),
        "neg_ko_noun_headings.pdf": _korean_manual([(0, "본래 한글 패키지를 고쳤다.")],
                                                   sections=("1 소개", "2 한글을 쓰는 방법", "3 글꼴 설정", "4 서울에서")),
        "ko_contents_mokcha.pdf": _korean_manual([(0, "본래 한글 패키지를 고쳤다.")], contents_heading="목 차"),
        "ko_wraps.pdf": _korean_items([("• 오로지 현대 한국어 문서를 위한 패키지로 중세한글, 일본어, 중국어는 지원", "하지 않는다.", 10.0),
                                       ("truetype 트루타입 폰트를 사용자 글꼴로 지시했다면 이 옵션을 주어야 텍스트", "추출이 가능해진다.", 32.0)]),
        "neg_ko_wrap_sentence_end.pdf": _korean_items([("• 이 옵션은 밑줄 긋기를 허용하며 다른 패키지도 함께 부른다.", "참고로 예전 판에서는 쓸 수 없었다.", 10.0)]),
    }
    for name, pdf in made.items():
        (out / name).write_bytes(pdf)
