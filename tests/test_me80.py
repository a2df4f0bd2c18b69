"""Session 80, mine: fresh-user trial 80a's folios drawn with box-drawing dashes and its wrapped lines drawn again
after their continuation (docs/clean.md, docs/segment.md *Session 80, mine*)."""

from pathlib import Path

import pytest

from segmenting import furniture_of, paragraph_texts, segment_file, segment_text

DATA = Path(__file__).parent / "data" / "me80"


@pytest.mark.parametrize("dash", ["─", "━"])
def test_box_drawing_folios_are_page_furniture(dash):
    page = "\n".join(["令和７年度の活動について、次のとおりお知らせします。今年度も皆様のご協力をお願いいたします。"] * 6)
    text = f"みどり台自治会だより\n\n１．活動報告\n{page}\n          {dash} 1 {dash}\n\f２．会計報告\n{page}\n          {dash} 2 {dash}\n"
    [talk] = segment_text(text).talks
    assert not any(dash in p for p in paragraph_texts(talk))
    assert [t for _, t in furniture_of(segment_text(text).ledger) if dash in t] == [f"{dash} 1 {dash}", f"{dash} 2 {dash}"]


def test_trial_circular_folios_and_copy():
    doc = segment_file(DATA / "kairanban.txt")
    [talk] = doc.talks
    paras = paragraph_texts(talk)
    assert not any("─" in p for p in paras)
    assert sum("下半期の町内会費" in p for p in paras) == 1
    assert any(r.reason == "doubled-layer" and r.text.startswith("下半期の町内会費") for r in doc.ledger)


def test_wrapped_line_drawn_again_after_its_continuation_english():
    doc = segment_file(DATA / "release.txt")
    paras = [p for t in doc.talks for p in paragraph_texts(t)]
    assert sum("Fixed a crash on Windows" in p for p in paras) == 1


def test_wrapped_line_repeated_and_continued_both_times_stays():
    line = "The harbour board agreed that the new ferry timetable would start in the"
    text = f"Harbour Board Minutes\n\n1. Ferries\n{line}\nspring of next year.\n{line}\nautumn, if the spring date slips.\n"
    [talk] = segment_text(text).talks
    assert sum(line in p for p in paragraph_texts(talk)) == 2


def test_a_sentence_said_twice_around_another_stays():
    line = "みなさまのご参加を心よりお待ちしております。"
    text = f"お知らせ\n\n{line}\n当日は雨天決行です。\n{line}\n"
    [talk] = segment_text(text).talks
    assert sum(p.count(line) for p in paragraph_texts(talk)) == 2


def test_publication_list_entries_join_across_their_wraps():
    doc = segment_file(DATA / "labreport.txt")
    [talk] = doc.talks
    paras = paragraph_texts(talk)
    assert any(p.startswith("[1] T. Morimoto") and "Asano River" in p and p.endswith("(2024).") for p in paras)
    assert any(p.startswith("[3] H. Sato") and "SETAC" in p for p in paras)
    assert not any(p.startswith(("Asano River", "Mar. Pollut.", "SETAC")) for p in paras)


def test_publications_under_english_headings_counted_on():
    text = ("Annual Report of the Coastal Lab\n\n1. Members\nProf. Ana Silva (head)\n\n2. Publications\n2.1 Journal papers\n"
            '[1] A. Silva, B. Ruiz, "Tidal mixing in shallow estuaries of the northern coast of\n'
            "Portugal\", Estuar. Coast. Shelf Sci., 289, 108412 (2023).\n"
            "2.2 Conference talks\n"
            '[2] B. Ruiz, A. Silva, "Sediment plumes after storms", Ocean Sciences Meeting,\n'
            "New Orleans, Feb. 2024.\n\n3. Outlook\nWe will extend the survey.\n")
    [talk] = segment_text(text).talks
    paras = paragraph_texts(talk)
    assert any(p.startswith("[1]") and "Portugal" in p for p in paras)
    assert any(p.startswith("[2]") and "New Orleans" in p for p in paras)


def test_numbered_steps_in_brackets_are_no_publications():
    text = ("Setting up the gauge\n\n1. Steps\n[1] Press the button on the left side of the gauge for three seconds.\n"
            "Wait for the beep.\n[2] Open the lid and take out the battery tray.\n")
    [talk] = segment_text(text).talks
    assert paragraph_texts(talk) == ["[1] Press the button on the left side of the gauge for three seconds.",
                                     "Wait for the beep.", "[2] Open the lid and take out the battery tray."]


def test_officer_signing_over_own_bracketed_contact_is_the_speaker():
    talk = segment_file(DATA / "kairanban.txt").talks[0]
    assert talk.speaker.name.text == "\ufffd田 正雄"
    assert "会長" in talk.speaker.affiliation.text
    assert not any("連絡先" in p for p in paragraph_texts(talk))


@pytest.mark.parametrize("foot, signer", [
    (["令和7年5月1日", "みどり町内会", "会長　山田 正雄", "（連絡先　090-1234-5678）"], "山田 正雄"),
    (["みどり町内会", "会長　山田 正雄", "TEL 090-1234-5678"], "山田 正雄"),
    (["環境課　担当 鈴木", "電話 0123-45-6789"], None),
    (["市民課　鈴木 一郎", "電話 0123-45-6789"], None),
    (["市民課", "鈴木 一郎", "電話 0123-45-6789"], None),
])
def test_japanese_signer_over_contact_near_misses(foot, signer):
    from pipeline.model import Text
    from pipeline.segment.letters import closing_signer

    body = [Text.from_raw(s, n) for n, s in enumerate(["ご参加ください。", *foot], 1)]
    found = closing_signer(body)
    assert (found[2].name.text if found else None) == signer


def test_credited_editor_with_contact_over_next_issue_note_is_the_speaker():
    talk = segment_file(DATA / "parish.txt").talks[0]
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("Jean Harper", "Editor")
    assert not any(p.startswith(("Editor:", "Copy deadline")) for p in paragraph_texts(talk))


@pytest.mark.parametrize("tail, name", [
    (["Editor: Ruth Okafor | editor@millbrook-news.org", "Next issue: March 2026"], "Ruth Okafor"),
    (["編集：田中 美香", "次号の原稿締切：2月10日"], "田中 美香"),
    (["The deadline for entries is 25 January."], None),
])
def test_credits_over_issue_notes(tail, name):
    text = "\n".join(["Millbrook News", "", "Library hours", "The library now opens on Sundays from 1 pm.", "", *tail]) + "\n"
    [talk] = segment_text(text).talks
    assert (talk.speaker.name.text if talk.speaker.name else None) == name


def test_abstracts_book_after_its_programme_gives_each_numbered_talk():
    talks = segment_file(DATA / "symposium_programme.txt").talks
    assert [t.number for t in talks] == ["1", "2", "3", "4"]
    assert [t.speaker.name.text for t in talks] == ["佐々木 美穂", "\ufffd口 健太", "Daniel Reyes", "石井 亮"]
    assert talks[0].title.en.text == "Long-term Changes in Benthic Communities of Tidal Flats"
    assert any("13:10" in x.text for x in talks[0].front)  # the programme is the first talk's front, as a cover


def test_english_abstracts_after_a_timetable():
    text = ("Harbour Science Day 2026\nBook of Abstracts\n\nProgramme\n09:30  Welcome\n09:40  Paper 1  Tides\n"
            "10:20  Paper 2  Sediments\n11:00  Close\n\nPaper 1\nTidal Range in the Outer Harbour\nAnna Berg (Port Institute)\n"
            "We measured the tidal range at six stations over two years and found a steady rise.\n\nPaper 2\n"
            "Sediment Plumes after Storms\nKen Ito (Coastal Lab)\n"
            "Plumes of fine sediment spread twice as far after the storms of 2025 as before.\n")
    talks = segment_text(text).talks
    assert [t.title.en.text for t in talks] == ["Tidal Range in the Outer Harbour", "Sediment Plumes after Storms"]


def test_a_timetable_alone_stays_one_document():
    text = ("Harbour Science Day 2026\n\nProgramme\n09:30  Welcome\n09:40  Paper 1  Tides\n10:20  Paper 2  Sediments\n"
            "11:00  Close\n")
    assert len(segment_text(text).talks) == 1


def test_japanese_slides_then_their_english_slides_are_one_deck():
    [talk] = segment_file(DATA / "bilingual_deck.txt").talks
    assert talk.shape == "deck"
    assert [s.number for s in talk.slides] == list(range(1, 11))
    assert [s.title.text for s in talk.slides][1:3] == ["背景と課題", "オンデマンド交通の概要"]
    assert not any(t.text.strip().isdigit() for t in talk.front)


def test_japanese_paper_then_english_slides_keeps_its_paper():
    text = ("港湾都市の交流\n北九州市 国際部長 山田 太郎\n"
            "北九州市は大連市と長年にわたり交流を続けてきた。港湾の技術協力も進めている。\n"
            "今後は環境分野での協力を広げたい。\n"
            "Port City Exchange\n1\nWhy exchange?\n• Trade\n• Technology\n2\nNext steps\n• Environment\n3\n")
    [talk] = segment_text(text).talks
    assert talk.shape == "proceedings" and talk.slides


@pytest.mark.parametrize("line", [
    "\u3000当選\u3000吉田 \ufffd\ufffd（関西環境技術研究所）\u3000 701票",
    "\u3000当選\u3000\ufffd村 健（中部工業大学）",
])
def test_a_name_before_its_body_in_brackets_after_a_role_is_held(line):
    from restore_verdicts import line_repairs

    text = "役員選挙結果のお知らせ\n\n2. 副会長（定数2）\n" + line + "\n\u3000当選\u3000森 由美子（北洋大学）\u3000\u3000 655票\n"
    repairs = line_repairs(text, line)
    assert repairs
    for r in repairs:
        assert r.status == "unresolved" and not r.candidates, (r.status, [c.text for c in r.candidates])


def test_a_narrators_credit_under_the_title_is_the_speaker():
    [talk] = segment_file(DATA / "audio_guide.txt").talks
    assert talk.title.en.text == "Audio Guide Script — Permanent Collection"
    assert talk.speaker.name.text == "Eleanor Vance"


def test_a_one_page_notices_journal_foot_is_furniture():
    doc = segment_file(DATA / "gakkai_kaikoku.txt")
    [talk] = doc.talks
    assert not any("学会誌" in p for p in paragraph_texts(talk))
    assert any(r.reason == "running-footer" and r.text.startswith("学会誌") for r in doc.ledger)
    assert talk.front_closing
