"""Session 76, helper pdfpaper76: real English and Japanese PDFs (fresh-user trial 76c) whose visible structure the
pipeline lost (issue 16 point 2): a contents page's page numbers read as a manuscript's line numbers, a report's kind
glued into its title, ..."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, EN_ITALIC, drawn_pdf, justified, text_width
from segmenting import only_talk, segment_pdf

WORDS = ("Describe the initial goals and situation that lead to this project, the requirements, as well as the "
         "references to related work and the state of the art that the project builds on in every respect.").split()
RIGHT = 504.57


def _body(top: float, lines: int = 4) -> list:
    runs = []
    for k in range(lines):
        runs += justified(WORDS[:14], 90.7, RIGHT, top - 14 * k, 10.9)
    return runs


def _right(text: str, y: float, size: float = 10.9, font: str = EN_BOLD):
    return (font, size, RIGHT - text_width(text, font, size), y, text)


def _report(title: list[str], entries: list[tuple[str, int]], numbers_apart: bool = True) -> bytes:
    """A LaTeX report's shape: a title page (title lines in one size, author, date, abstract), a contents page whose
    page numbers stand flush right on the measure, far from the entries' titles, then a chapter a page."""
    first = [(EN, 17.2, 150, 740 - 22 * k, line) for k, line in enumerate(title)]
    first += [(EN, 12, 250, 640, "Alex A. Wiseguy"), (EN, 12, 245, 615, "October 29, 2020"),
              (EN_BOLD, 10, 275, 580, "Abstract")] + _body(560)
    contents = [(EN, 24.8, 90.7, 720, "Contents")]
    for k, (entry, page) in enumerate(entries):
        contents.append((EN_BOLD, 10.9, 90.7, 680 - 24 * k, entry))
        contents.append(_right(str(page), 680 - 24 * k))
    chapters = [[(EN, 24.8, 90.7, 720, entry.split(" ", 1)[-1])] + _body(680) for entry, _ in entries]
    return drawn_pdf([first, contents, *chapters])


ENTRIES = [("1 Aims and Context", 3), ("2 Project Details", 4), ("3 System Documentation", 5), ("4 Summary", 6),
           ("A Supplementary Materials", 7), ("References", 8)]


def _talk(data: bytes):
    [talk] = segment_pdf(data).talks
    return talk


def test_a_contents_pages_numbers_flush_on_the_measure_are_its_entries_pages() -> None:
    """hgb-termreport (trial 76c): the column ``3`` … ``8`` had been dropped as a manuscript's line numbers and every
    entry had no page."""
    from pipeline.segment.contents import entry_parts

    talk = _talk(_report(["CS799 Ridiculously Advanced Systems", "Term Report"], ENTRIES))
    assert [entry_parts(t.text) for t in talk.contents] == [(e, str(p)) for e, p in ENTRIES]


def test_pages_that_skip_and_repeat_pair_too() -> None:
    """Near miss (passes on the base too): pages that skip and repeat (2, 2, 5, 9, 9, 12) count no lines, and each
    stays its entry's page."""
    from pipeline.segment.contents import entry_parts

    entries = [("1 Introduction", 2), ("2 Background", 2), ("3 Method", 5), ("4 Results", 9), ("5 Discussion", 9),
               ("References", 12)]
    talk = _talk(_report(["Harbour Crane Vibration Monitoring", "Project Report"], entries))
    assert [entry_parts(t.text) for t in talk.contents] == [(e, str(p)) for e, p in entries]


def test_a_contents_column_of_page_numbers_set_apart_pairs_with_its_entries() -> None:
    """The page column pdfminer set apart from the titles (hgb-termreport's extraction: six entries, then six
    numbers alone, each on its entry's row): each number is its entry's page; a number on no entry's row pairs none."""
    from pipeline.model import LineLayout, Text
    from pipeline.segment.contents import entry_parts, paired_page_column
    from pipeline.segment.layout import Layout

    rows = [LineLayout(page=2, x0=90.7, y0=680.0 - 24 * k, x1=230.0, y1=691.0 - 24 * k, size=10.9) for k in range(6)]
    rows += [LineLayout(page=2, x0=498.3, y0=680.0 - 24 * k, x1=504.6, y1=691.0 - 24 * k, size=10.9) for k in range(6)]
    texts = [e for e, _ in ENTRIES] + [str(p) for _, p in ENTRIES]
    block = [Text.from_raw(t, n) for n, t in enumerate(texts, 1)]
    layout = Layout(tuple(rows), ())
    assert [entry_parts(t.text) for t in paired_page_column(block, layout)] == [(e, str(p)) for e, p in ENTRIES]
    shifted = Layout(tuple(rows[:6] + [LineLayout(page=2, x0=498.3, y0=300.0 - 24 * k, x1=504.6, y1=311.0 - 24 * k,
                                                  size=10.9) for k in range(6)]), ())
    assert [t.text for t in paired_page_column(block, shifted)] == texts


def test_a_reports_kind_on_its_own_line_under_the_title_is_its_subtitle() -> None:
    """hgb-termreport: ``Term Report`` under ``CS799 Ridiculously Advanced Systems``, both 17.2 pt, had been glued
    into the title."""
    talk = _talk(_report(["CS799 Ridiculously Advanced Systems", "Term Report"], ENTRIES))
    assert talk.title.en is not None and talk.title.en.text == "CS799 Ridiculously Advanced Systems"
    assert talk.subtitle.en is not None and talk.subtitle.en.text == "Term Report"


def test_a_title_wrapped_over_two_lines_stays_one_title() -> None:
    """Near miss: a title's second line that names its subject (``Tidal Estuaries of the North Sea``) is its rest."""
    talk = _talk(_report(["Sediment Transport in the", "Tidal Estuaries of the North Sea"], ENTRIES))
    assert talk.title.en is not None and talk.title.en.text == "Sediment Transport in the Tidal Estuaries of the North Sea"
    assert talk.subtitle.en is None


# ---- c. a package's manual: its name and version, the largest line, over what it does (trial 76c's endnotesj)

def _manual(name: str, subtitle: str) -> bytes:
    from pdfmaker import JA

    body = "日本史・国文学関係論文作成に必要な、縦型の形式註番号を生成するマクロです。横組論文でもそのまま使用可能です。"
    page = [(EN, 17.2, 237, 760, name), (JA, 15.9, 190, 741, subtitle),
            (JA, 11, 210, 705, "小川 弘和（熊本学園大学経済学部）"), (EN, 12, 268, 660, "2018/05/13")]
    page += [(JA, 9.2, 72, 620 - 14 * k, body[k * 20:(k + 1) * 20]) for k in range(2)]
    page += [(JA, 13.3, 72, 570, "1 コマンド・マニュアル"), (JA, 9.2, 72, 550, "コマンド自体はオリジナルのものと同じです。")]
    return drawn_pdf([page])


def test_a_packages_name_and_version_heads_its_manual_over_its_subtitle() -> None:
    """endnotesj (trial 76c): ``endnotesj.sty v3.0`` at 17.2 pt had gone to front, the Japanese subtitle under it
    had been the title."""
    for name, subtitle in (("endnotesj.sty v3.0", "日本語論文用 後註生成マクロ"), ("harbourmap.cls v1.2", "港湾図面用 文書クラス")):
        talk = _talk(_manual(name, subtitle))
        assert talk.title.en is not None and talk.title.en.text == name
        assert talk.subtitle.ja is not None and talk.subtitle.ja.text == subtitle
        assert name not in [t.text for t in talk.front]


def test_an_english_credits_by_keeps_its_space_before_a_japanese_name() -> None:
    """``modified by 山下 弘展`` had lost its space (``by山下``)."""
    talk, _ = only_talk("endnotesj.sty v3.0\n日本語論文用 後註生成マクロ\n小川 弘和\nmodified by 山下 弘展\n\n"
                        "1 コマンド・マニュアル\n\nコマンド自体はオリジナルのものと同じです。\n")
    texts = [t.text for t in talk.front] + [talk.speaker.text.text if talk.speaker.text else ""]
    assert any("by 山下" in t for t in texts) and not any("by山下" in t for t in texts)


# ---- d. a letter whose letterhead opens on its signer (trial 76c's uantwerpenletter)

UANTWERPEN = """\
prof. Walter Daems
Senior Lecturer

Faculty of Applied Engineering
Cosys-Lab

Campus Groenenborger
Groenenborgerlaan 171
B-2020 Antwerpen
BELGIUM

prof. B. Bonette
Mumford University
450 Morning Mall
Mumford, DX 94305-2004
USA

January 3, 2016

Dear prof. Bonette,

{subject}

I’d like to congratulate you and the other professors of your university on the very instructive video
lectures provided by your University. They are valued very highly.

Kind regards,

prof. Walter Daems
Senior Lecturer
"""


def test_a_letters_unlabelled_subject_reaches_the_output_once_as_its_title() -> None:
    for subject in ("Congratulations for online video lectures", "Renewal of the exchange agreement"):
        talk, _ = only_talk(UANTWERPEN.format(subject=subject))
        assert talk.title.en is not None and talk.title.en.text == subject
        assert subject not in [t.text for t in talk.front]


def test_the_faculty_under_the_signers_own_lines_atop_the_letterhead_is_the_affiliation() -> None:
    """``Senior Lecturer`` alone had been the affiliation, the faculty front."""
    talk, _ = only_talk(UANTWERPEN.format(subject="Congratulations for online video lectures"))
    assert talk.speaker.name is not None and talk.speaker.name.text == "Walter Daems"
    assert talk.speaker.affiliation is not None
    assert talk.speaker.affiliation.text.startswith("Senior Lecturer, Faculty of Applied Engineering")


def test_a_letterhead_naming_no_one_keeps_its_reading() -> None:
    """Near miss: a letterhead that opens on the institution (no signer's line atop it) reads as before."""
    text = UANTWERPEN.format(subject="Congratulations for online video lectures").replace(
        "prof. Walter Daems\nSenior Lecturer\n\nFaculty", "Faculty", 1)
    talk, _ = only_talk(text)
    assert talk.speaker.affiliation is not None
    assert talk.speaker.affiliation.text.startswith("Senior Lecturer, Faculty of Applied Engineering")


# ---- a. AIAA's levels: I. / A. in bold / 1. in italic, one of each (trial 76c's aiaa template)

TEXT = ("This would be a good place to insert some text that makes sense relative to the paper being "
        "written, and it goes on for a while over the measure as running text does.").split()


def _aiaa(letter_font: str, detail_font: str, detail: str = "1. Detail") -> bytes:
    page = [(EN_BOLD, 17.2, 150, 760, "Bare-Bones Template for Harbour Crane Monitoring Papers"),
            (EN, 12, 200, 730, "Anna B. Berg* and Karl C. Lund*"),
            (EN_ITALIC, 10, 160, 716, "Harbour Institute of Technology, Bristol, BS1 4RN, United Kingdom")]
    y = 680
    for heading, font in (("I. Introduction", EN_BOLD), ("A. Background", letter_font), (detail, detail_font),
                          ("II. Model", EN_BOLD), ("III. Results", EN_BOLD)):
        page.append((font, 12 if heading[0] in "I" else 10, 72, y, heading))
        page += justified(TEXT[:14], 72, 540, y - 18, 10) + justified(TEXT[14:26], 72, 540, y - 30, 10)
        page.append((EN, 10, 72, y - 42, " ".join(TEXT[26:])))
        y -= 80
    return drawn_pdf([page])


def test_one_bold_lettered_and_one_italic_numbered_head_under_a_roman_section_are_levels_2_and_3() -> None:
    """AIAA's template: ``A. Background`` (bold) and ``1. Detail`` (italic) under ``I. Introduction`` had been
    paragraphs."""
    talk = _talk(_aiaa(EN_BOLD, EN_ITALIC))
    heads = [(s.number, s.title.text) for s in talk.sections]
    assert (None, "Background") not in heads  # read as a level, not a heading of its own level 1
    titles = [s.title.text for s in talk.sections]
    assert "Background" in titles and "Detail" in titles, heads
    assert [s.level for s in talk.sections if s.title.text in ("Introduction", "Background", "Detail")] == [1, 2, 3]


def test_a_lettered_line_in_the_body_face_stays_text() -> None:
    """Near miss: ``A. Background`` and ``1. Detail`` set in the running text's face are no heads by face."""
    talk = _talk(_aiaa(EN, EN))
    titles = [s.title.text for s in talk.sections]
    assert "Background" not in titles and "Detail" not in titles


# ---- e. a Japanese paper with its English title under the Japanese one (fresh-user trial 76's g_ronbun)

def _ronbun(en_subtitle: str = "- A case study of Ueda City, Nagano -") -> bytes:
    from pdfmaker import JA

    page = [(JA, 15, 70, 756, "地方都市における空き家バンク制度の運用実態と課題"), (JA, 11, 150, 737, "―長野県上田市を事例として―"),
            (JA, 8, 60, 716, "A STUDY ON THE OPERATION OF VACANT HOUSE BANKS IN REGIONAL CITIES"),
            (JA, 8, 200, 704, en_subtitle), (JA, 10.5, 170, 683, "小林 真理子＊1，田中 宏明＊2"),
            (JA, 10.5, 50, 650, "1. はじめに")]
    body = ["　人口減少が進む地方都市では空き家の増加が深刻な問題である。",
            "本研究は、2016年度から20", "22年度までの登録物件を分析した。成約した物件は138件で、成約率は44.2",
            "%であった。築年数と成約の有無との間には明確な関係はみられなかった。"]
    page += [(JA, 10.5, 50, 630 - 16 * k, line) for k, line in enumerate(body)]
    page += [(JA, 10.5, 50, 550, "参考文献"), (JA, 10.5, 50, 534, "1) 上田市：上田市空家等対策計画（第2期）"),
             (JA, 10.5, 50, 518, "，2021．")]
    return drawn_pdf([page])


def test_a_japanese_papers_english_title_and_subtitle_under_the_japanese_ones_are_kept_both() -> None:
    """g_ronbun: ``title.ja`` had been null, the Japanese title and subtitle front."""
    for en_subtitle in ("- A case study of Ueda City, Nagano -", "― A case study of Ueda City ―"):
        talk = _talk(_ronbun(en_subtitle))
        assert talk.title.ja is not None and talk.title.ja.text == "地方都市における空き家バンク制度の運用実態と課題"
        assert talk.title.en is not None and talk.title.en.text.startswith("A STUDY ON THE OPERATION")
        assert talk.subtitle.ja is not None and talk.subtitle.ja.text == "―長野県上田市を事例として―"
        front = [t.text for t in talk.front]
        assert "地方都市における空き家バンク制度の運用実態と課題" not in front


def test_a_number_broken_at_a_wrap_is_one_number_and_no_space_joins_a_full_width_comma() -> None:
    """g_ronbun: ``…2016年度から20`` | ``22年度…`` and ``成約率は44.2`` | ``%であった…`` had each split a paragraph;
    ``（第2期）`` / ``，2021．`` had been joined with a space."""
    from segmenting import paragraph_texts

    talk = _talk(_ronbun())
    texts = paragraph_texts(talk) + [t.text for t in talk.front]
    assert any("2016年度から2022年度" in t for t in texts), texts
    assert any("成約率は44.2%であった" in t for t in texts), texts
    assert any("（第2期），2021．" in t for t in texts), texts


def test_a_lettered_note_the_text_calls_is_a_note_of_its_own() -> None:
    """aiaa template: ``ᵃAnd sometimes …`` (page 2, called ``…flowing.ᵃ``) had been merged into ``†Job Title …``
    (page 1): a note opening on a raised letter the body calls opens a note; one nobody calls does not."""
    from pipeline.model import Text
    from pipeline.segment.notes import note_calls, opens_note

    calls = note_calls([Text.inserted("pressed to keep the words flowing.ᵃ Meanwhile back in the other world")])
    assert opens_note("ᵃAnd sometimes things get carried away in endless detail.", calls)
    assert not opens_note("ᵇAnd more of it.", calls) and not opens_note("ᵃand so it goes on", calls)


def test_a_papers_nomenclature_is_a_section_of_its_own() -> None:
    """aiaa template: ``Nomenclature`` and its symbols had stayed front, over ``I. Introduction``."""
    text = ("Harbour Crane Vibration Monitoring\n\nAnna B. Berg\nHarbour Institute of Technology, Bristol\n\n"
            "Nomenclature\n\nJ\tJacobian matrix\nf\tResidual value vector\nF\tForce, N\n\n"
            "I. Introduction\n\nThis would be a good place to insert some text that makes sense relative to the paper.\n\n"
            "II. Model\n\nWe should probably include some math here, and it goes on for a while.\n")
    talk, _ = only_talk(text)
    assert "Nomenclature" in [s.title.text for s in talk.sections]
    assert "Nomenclature" not in [t.text for t in talk.front]
