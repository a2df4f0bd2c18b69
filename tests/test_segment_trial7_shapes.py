"""Trial 7, the shapes a document visibly has: a letter, a story's scene breaks, a report's client line and
appendix, a reference list's wraps, Japanese public-sector job titles. Each a made-up text of its kind."""

from __future__ import annotations

from pipeline.segment import segment
from segment_inputs import cleaned_from_text


def _texts(talk):
    return [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]


def test_a_letters_opening_word_is_no_title_and_its_closing_word_no_heading():
    """``前略`` / ``謹啓`` open a Japanese letter and ``草々`` / ``敬白`` close it (a closed set of formulas): never a
    title, never a heading; the letter has no title block, so it is a text with none invented."""
    text = ("謹啓\n"
            "新緑の候、ますますご清祥のこととお喜び申し上げます。\n"
            "さて、このたびは町内会の清掃活動にご協力を賜り、誠にありがとうございました。\n"
            "おかげさまで川沿いの遊歩道がすっかりきれいになり、散歩する人も増えております。\n"
            "今後とも変わらぬお力添えをお願い申し上げます。\n"
            "敬白\n"
            "五月十日\n"
            "青葉町内会 会長 森 健一\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.ja is None and talk.title.en is None
    assert talk.sections == () and talk.shape == "text"
    assert _texts(talk)[0] == "謹啓" and "敬白" in _texts(talk)


def test_a_brief_letter_opening_with_zenryaku_is_no_paper_with_a_section():
    text = ("前略\n"
            "急ぎ用件のみ申し上げます。\n"
            "来週の会合は会場の都合により、午後二時からに変更となりました。\n"
            "お手数ですが、皆さまにもお伝えいただけますと助かります。\n"
            "草々\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.ja is None and talk.sections == ()
    assert _texts(talk) == [line for line in text.splitlines()]


def test_a_text_that_opens_on_a_sentence_gets_no_title():
    text = ("今朝は霧が深く、港の向こうの島影も見えなかった。\n"
            "昼過ぎになってようやく日が差し、漁船が次々と戻ってきた。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.title.ja is None and talk.title.en is None and talk.shape == "text"


def test_a_scene_break_of_marks_is_never_a_heading():
    """``* * *`` (or ``⁂``, ``◇　◇　◇``): marks only, no letter or digit. The story has no sections, so its first
    paragraphs are not set apart from the rest as front matter before a heading."""
    for mark in ("* * *", "⁂", "◇　◇　◇"):
        text = ("The Ferry to Kell Rock\n\n"
                "The ferry left at dawn, as it always had, with three passengers and a crate of apples.\n\n"
                "\"Will it rain?\" asked the girl.\n\n"
                f"{mark}\n\n"
                "By noon the wind had turned, and the captain swung the bow toward the harbour mouth.\n\n"
                "Nobody spoke until the lights of the quay came out of the fog.\n")
        talk = segment(cleaned_from_text(text)).talks[0]
        assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)], mark  # no heading: one untitled body (helper body50)
        assert _texts(talk)[-1].startswith("Nobody spoke"), mark
        assert mark in _texts(talk)


def test_a_speaker_with_a_local_government_rank_below_section_chief_is_a_speaker():
    """主事, 技師, 主任技師, 学芸員, 課長補佐 …: the ranks and posts of municipal staff are job titles; the name after
    them is the speaker's (``課長補佐 西田 健``: ``補佐`` is no part of the name)."""
    cases = {"南浜市水道課 主任技師 川村 誠": ("南浜市水道課 主任技師", "川村 誠"),
             "山辺町総務課 課長補佐 西田 健": ("山辺町総務課 課長補佐", "西田 健"),
             "県立郷土博物館 学芸員 岡田 美保": ("県立郷土博物館 学芸員", "岡田 美保"),
             "東台市市民課 主事 大野 里奈": ("東台市市民課 主事", "大野 里奈")}
    for line, (affiliation, name) in cases.items():
        text = (f"用水路の維持管理と地域の協働\n{line}\n\n"
                "1．背景\n　市内の農業用水路は総延長が約百二十キロに及び、老朽化が進んでいる。\n"
                "2．取り組み\n　地域の住民と協力して、年に二回の清掃と点検を行っている。\n")
        talk = segment(cleaned_from_text(text)).talks[0]
        assert (talk.speaker.affiliation.text, talk.speaker.name.text) == (affiliation, name), line
        assert talk.title.ja.text == "用水路の維持管理と地域の協働"


def test_a_reports_client_line_is_front_matter_and_the_authors_group_their_affiliation():
    """``Commissioned by …`` / ``Submitted to …`` names whom a report was made for: front matter, never the
    authors' affiliation, wherever it stands in the title block; ``… Partners``, ``… Group`` end an organisation's
    name."""
    body = ("\n1. Scope\nThis study reviews three sites for tidal turbines around the island and their costs.\n"
            "2. Sites\nThe northern channel has the strongest currents but the longest cable route to the grid.\n")
    for block in ("Commissioned by the Kell Island Development Trust\nMarta Oyelaran and Piet Dekker\nNorthsea Energy Partners\n",
                  "Marta Oyelaran and Piet Dekker\nNorthsea Energy Partners\nSubmitted to the Kell Island Council\n"):
        talk = segment(cleaned_from_text("Tidal Energy Options for Small Islands: Scoping Study\n" + block + body)).talks[0]
        assert talk.title.en.text == "Tidal Energy Options for Small Islands: Scoping Study"
        assert talk.speaker.name.text == "Marta Oyelaran"  # the first author (schema 3); every author in authors
        assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
            ("Marta Oyelaran", "Northsea Energy Partners"), ("Piet Dekker", "Northsea Energy Partners")]
        assert talk.speaker.affiliation.text == "Northsea Energy Partners"
        client = next(line for line in block.splitlines() if line.startswith(("Commissioned", "Submitted")))
        assert [t.text for t in talk.front] == [client]
        assert [s.title.text for s in talk.sections] == ["Scope", "Sites"]


def test_three_authors_with_accented_names_and_affiliation_marks_are_the_speaker():
    """A paper's author line may be long and its names accented (``Inés``, ``Søren``); the affiliation lines under it,
    led by their marks, are the speaker's affiliation, each kept apart from the front."""
    text = ("Low-Cost Sensors for Measuring Quay Wall Movement\n"
            "Inés Calderón¹, Søren Ødegård² and Mika Tanabe¹\n"
            "¹Department of Harbour Engineering, Aalborg University, Denmark\n"
            "²Institute of Marine Structures, Bergen, Norway\n\n"
            "1 Introduction\nQuay walls move slowly, and the movement is rarely measured between inspections.\n"
            "2 Method\nWe fixed twelve tilt sensors to two quays and read them every ten minutes for a year.\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.speaker.name.text == "Inés Calderón"
    aalborg, bergen = "Department of Harbour Engineering, Aalborg University, Denmark", "Institute of Marine Structures, Bergen, Norway"
    assert [(a.name.text, [m.text for m in a.marks], a.affiliation.text) for a in talk.speaker.authors] == [
        ("Inés Calderón", ["¹"], aalborg), ("Søren Ødegård", ["²"], bergen), ("Mika Tanabe", ["¹"], aalborg)]
    assert talk.speaker.affiliation.text == f"{aalborg}; {bergen}"  # one format, marks aside (trial 45)
    assert talk.front == ()


def test_an_appendix_heading_is_a_section_of_its_own():
    """``Appendix B: Interview Guide`` and ``付録1　調査票`` head an unnumbered section (the letter or number labels the
    appendix; it is no section number), never a paragraph of the section before."""
    english = ("Evening Ferry Demand on the Southern Routes\n\n"
               "1. Background\nFerry use after seven in the evening has grown since the new timetable began.\n\n"
               "2. Findings\nMost evening passengers were commuters returning from the mainland towns.\n\n"
               "Appendix B: Interview Guide\nEach interview opened with the passenger's usual crossing and its purpose.\n")
    talk = segment(cleaned_from_text(english)).talks[0]
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "Background"), ("2", "Findings"), (None, "Appendix B: Interview Guide")]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "Each interview opened with the passenger's usual crossing and its purpose."]
    japanese = ("夜間の路線バス利用の実態\n\n"
                "1．背景\n　夜間の路線バスの利用者は、ダイヤ改正の後に増えている。\n"
                "2．結果\n　利用者の多くは、市外の職場から帰宅する通勤客であった。\n"
                "付録1　調査票\n　調査票は、乗車時の目的と頻度を尋ねる十問からなる。\n")
    talk = segment(cleaned_from_text(japanese)).talks[0]
    assert [(s.number, s.title.text) for s in talk.sections][-1] == (None, "付録1　調査票")
    assert len(talk.sections) == 3


def test_a_numbered_reference_wrapped_over_lines_is_one_item():
    """Under ``References`` / ``参考文献`` a line that does not open the next item's marker carries the item on,
    even after a full stop or a capitalised word (``…Journal of`` / ``Maritime Transport, 14(3)…``); the next
    item's marker opens a new one, and a line opening on a year (``2019.``) is no marker of item 2."""
    text = ("Evening Ferry Timetables and Commuter Choice\n\n"
            "1. Introduction\nEvening ferries carry more commuters every year since the timetable changed.\n\n"
            "References\n"
            "[1] A. Berg and L. Holm. Evening ferry timetables and commuter choice. Journal of\n"
            "Maritime Transport, 14(3):201–219, 2019.\n"
            "[2] K. Sato. Island access by sea. Ocean Policy Review,\n"
            "7:12–30, 2021.\n"
            "[3] M. Ortiz. Ferries at night.\n"
            "Harbour Press, Leeds.\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "[1] A. Berg and L. Holm. Evening ferry timetables and commuter choice. Journal of Maritime Transport, "
        "14(3):201–219, 2019.",
        "[2] K. Sato. Island access by sea. Ocean Policy Review, 7:12–30, 2021.",
        "[3] M. Ortiz. Ferries at night. Harbour Press, Leeds."]
    japanese = ("離島航路の夜間便の需要\n\n"
                "1．はじめに\n　夜間便の利用者は、ダイヤ改正の後に増えている。\n"
                "参考文献\n"
                "1. 山田太郎：港町の夜間交通と通勤．\n"
                "交通計画研究，Vol.12，pp.1-10，2020．\n"
                "2. 佐藤花子：離島航路の需要．海事研究，2021．\n")
    talk = segment(cleaned_from_text(japanese)).talks[0]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "1. 山田太郎：港町の夜間交通と通勤．交通計画研究，Vol.12，pp.1-10，2020．",
        "2. 佐藤花子：離島航路の需要．海事研究，2021．"]


def test_front_keeps_the_raw_order_volume_title_before_the_talk_number():
    """The volume's title stands above the first talk's number: ``front`` lists them in that order."""
    text = ("第5回 港まち交流セミナー 講演集\n\n"
            "第1講演\n北浜市\n港の朝市と観光\n北浜市観光課 課長 森 一郎\n\n"
            "1．はじめに\n　北浜市の朝市は、百年以上続く港町の名物である。\n"
            "2．朝市の歴史\n　戦後の復興期に、漁師の家族が魚や野菜を並べたのが始まりである。\n")
    talk = segment(cleaned_from_text(text)).talks[0]
    assert [t.text for t in talk.front] == ["第5回 港まち交流セミナー 講演集", "第1講演"]
    assert talk.title.ja.text == "港の朝市と観光"
