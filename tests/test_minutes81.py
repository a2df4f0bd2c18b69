"""Session 81, helper minutes81: meeting papers and school documents whose headings and closing blocks were misread
(issue 16, fresh-user trials 80a and 80d; docs/segment.md, *Session 81, minutes81*). Made-up inputs only: the
documents in tests/data/minutes81/ (each with its expected reading, written before any run) and short texts here."""

from pathlib import Path

import pytest

from segmenting import only_talk, only_talk_of

DATA = Path(__file__).parent / "data" / "minutes81"


def closing(talk):
    return [talk.front[k].text for k in talk.front_closing]


def numbered(talk):
    return [(s.number, s.level, s.title.text) for s in talk.sections]


# --- a meeting's motions past the record's numbered particulars, its sealed signers -------------------------------

RIJIKAI_MOTIONS = [("1", 1, "大規模修繕工事の施工会社選定の件"), ("2", 1, "駐輪場の使用細則改定の件"), ("3", 1, "次回理事会の日程の件")]


def test_board_minutes_motions_are_sections_after_the_numbered_particulars():
    """``１．日時`` … ``５．記録者`` over the minutes are the record's particulars, front; the motions (``第1号議案　…``)
    are the sections numbered as the motions, ``開会`` and ``閉会`` their unnumbered siblings."""
    talk, _ = only_talk_of(DATA / "rijikai.txt")
    got = numbered(talk)
    assert [g for g in got if g[0] is not None] == RIJIKAI_MOTIONS
    assert [t for n, _, t in got if n is None] == ["開会", "閉会"]
    assert any(t.text.startswith("1．日時") for t in talk.front)


def test_sealed_signers_close_the_record():
    """The attestation, the date and the sealed ``議　長　…　㊞`` / ``記録者　…　㊞`` lines are the closing block,
    never paragraphs of ``閉会``."""
    talk, _ = only_talk_of(DATA / "rijikai.txt")
    block = closing(talk)
    assert block[0].startswith("上記の議事の経過") and block[-1].endswith("㊞") and len(block) == 4
    last = talk.sections[-1]
    assert last.title.text == "閉会" and not any("㊞" in p.text for p in last.paragraphs)


def test_sealed_signature_short():
    source = ("みなと商店会\n第5回役員会議事録\n\n1．日時　令和7年6月1日（日）\n2．場所　会館\n3．議事録署名人　北村 茂\n\n"
              "第1号議案　夏祭りの件\n7月に開催することを承認した。\n\n第2号議案　会費の件\n据え置くことを承認した。\n\n"
              "以上の経過を証するため署名捺印する。\n令和7年6月1日\n議長　木下 一郎　㊞\n議事録署名人　北村 茂　（印）\n")
    talk, _ = only_talk(source)
    assert [g for g in numbered(talk) if g[0]] == [("1", 1, "夏祭りの件"), ("2", 1, "会費の件")]
    assert closing(talk)[-2:] == ["議長　木下 一郎　㊞", "議事録署名人　北村 茂　（印）"]


def test_sealed_signers_over_the_closing_mark():
    """The seal glued to the name (``記録者　北村茂㊞``) and ``以上`` under the signers: the block still closes the record,
    ``以上`` the ledger's closing mark."""
    source = ("みなと商店会\n第5回役員会議事録\n\n1．日時　令和7年6月1日（日）\n2．場所　会館\n3．議事録署名人　北村 茂\n\n"
              "第1号議案　夏祭りの件\n7月に開催することを承認した。\n\n第2号議案　会費の件\n据え置くことを承認した。\n\n"
              "以上の経過を証するため署名捺印する。\n令和7年6月1日\n議長　木下 一郎　㊞\n記録者　北村茂㊞\n以上\n")
    talk, _ = only_talk(source)
    assert [p.text for p in talk.sections[-1].paragraphs] == ["据え置くことを承認した。"]
    assert "記録者　北村茂㊞" in closing(talk)


def test_a_seal_word_in_text_is_no_signature():
    """Near miss (passes on the base too): ``実印`` and a sentence about a seal sign nothing."""
    source = ("届出の手引き\n\n1．必要なもの\n本人確認書類と印鑑が必要です。\n\n2．注意\n代理人の場合は委任状に押印してください。\n実印\n")
    talk, _ = only_talk(source)
    assert not closing(talk)


# --- motions past an agenda that lists them -------------------------------------------------------------------------

def test_papers_motions_past_the_agenda_listing_them():
    """The 総会次第's indented ``第１号議案…`` lines list the motions; the headings on the later pages are the sections,
    numbered 1–3, though page 2 opens on the same words as the agenda's line (no running head)."""
    talk, ledger = only_talk_of(DATA / "chonaikai.txt")
    assert numbered(talk) == [("1", 1, "令和6年度 事業報告"), ("2", 1, "令和6年度 会計報告"), ("3", 1, "令和7年度 事業計画案")]
    assert not any(r.rule == "page_furniture" and "事業報告" in r.text for r in ledger)


def test_papers_titled_by_their_kind_not_the_venue_or_agenda():
    """``…町内会 定期総会資料`` (the papers' kind, a space before ``資料`` too) titles them; neither the venue's field
    (``会場　ひばりが丘三丁目集会所``) nor the agenda's label (``総会次第``) does."""
    talk, _ = only_talk_of(DATA / "chonaikai.txt")
    assert talk.title.ja.text == "ひばりが丘三丁目町内会 定期総会資料"
    talk, _ = only_talk("令和７年度\nあおば小学校ＰＴＡ総会 資料\n日時　令和７年５月10日（土）\n会場　あおば小学校 体育館\n"
                        "あおば小学校ＰＴＡ\n\n議事次第\n１　開会\n２　議事\n３　閉会\n")
    assert talk.title.ja.text == "あおば小学校PTA総会 資料"


def test_venue_field_is_no_title():
    """Near miss (passes on the base too): a notice titled on its first line keeps it over its venue field."""
    talk, _ = only_talk("防災訓練のお知らせ\n日時　令和７年９月１日（月）\n会場　ひばり公園\n\n訓練を行いますので、ご参加ください。\n")
    assert talk.title.ja.text == "防災訓練のお知らせ"


def test_pta_papers_motions():
    source = ("令和７年度\nあおば小学校ＰＴＡ総会 資料\n\n議事次第\n１　開会のことば\n２　議事\n"
              "　　第１号議案　令和６年度 活動報告\n　　第２号議案　令和６年度 決算報告\n３　閉会のことば\n"
              "                                   － 1 －\n第１号議案　令和６年度 活動報告\n４月　　入学式受付\n７月　　ラジオ体操\n\n"
              "第２号議案　令和６年度 決算報告\n会計監査の結果、相違ないことを認めます。\n")
    talk, _ = only_talk(source)
    assert numbered(talk) == [("1", 1, "令和6年度 活動報告"), ("2", 1, "令和6年度 決算報告")]


def test_motions_under_a_numbered_agenda_label_stay_its_items():
    """Near miss (passes on the base too): motions listed under ``３．議題`` are that item's lines."""
    source = ("総会のお知らせ\n\n1．日時　令和7年5月25日\n2．場所　集会所\n3．議題\n第1号議案　決算の件\n第2号議案　予算の件\n"
              "4．その他\nご出席ください。\n")
    talk, _ = only_talk(source)
    assert not any(s.title.text in ("決算の件", "予算の件") for s in talk.sections)


# --- English minutes: ``Item N`` headings, a signed close over the society's address -------------------------------

def test_agm_items_are_numbered_sections():
    talk, _ = only_talk_of(DATA / "agm.txt")
    assert numbered(talk) == [("1", 1, "Apologies for absence"), ("2", 1, "Minutes of the last AGM"),
                              ("3", 1, "Treasurer's report"), ("4", 1, "Election of officers")]


def test_agm_signed_close_and_address_are_the_closing_block():
    talk, _ = only_talk_of(DATA / "agm.txt")
    assert closing(talk) == ["The meeting closed at 12.10 pm.", "Signed: ____________________ (Chair)", "Margaret Ellison",
                             "Date: 8 March 2025", "Riverside Allotment Society", "14 Mill Road", "Ashby Green", "AG3 5TR"]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "Margaret Ellison was re-elected as Chair and Sunil Desai as Treasurer."]


def test_item_in_a_sentence_is_no_heading():
    """Near miss (passes on the base too): ``Item 3 was deferred…`` is text."""
    source = "Minutes\n\n1. Budget\nItem 3 was deferred to the May meeting.\n\n2. Other business\nNone.\n"
    talk, _ = only_talk(source)
    assert [s.title.text for s in talk.sections] == ["Budget", "Other business"]


# --- a prospectus: a heading over its first subheading under the welcome's signature; its address foot -------------

PROSPECTUS = ("NORTHFIELD ACADEMY\nProspectus 2026\n\nA Welcome from the Principal\n"
              "Choosing a school is one of the most important decisions a family makes, and we are glad you are here.\n"
              "I warmly invite you to visit us at one of our open evenings.\nMr James Holt\nHeadteacher\n\n"
              "Our Curriculum\nKey Stage 3\nAll students follow a broad curriculum including English, mathematics and science.\n"
              "Key Stage 4\nStudents study a core of English, mathematics and science and choose four options.\n\n"
              "Pastoral Care\nEach student belongs to a tutor group and a house, and tutors see them every morning.\n\n"
              "Northfield Academy, Station Road, Northfield NF2 8QT\nTel 01632 960 111 · office@northfield.example\n")


def test_prospectus_heading_over_its_subheading_under_the_signature():
    talk, _ = only_talk(PROSPECTUS)
    titles = [s.title.text for s in talk.sections]
    assert "Our Curriculum" in titles and "Key Stage 3" in titles
    first = talk.sections[0]
    assert not any(p.text in ("Our Curriculum", "Key Stage 3") for p in first.paragraphs)


def test_prospectus_signer_name_without_courtesy_title():
    talk, _ = only_talk(PROSPECTUS)
    assert talk.speaker.name is not None and talk.speaker.name.text == "James Holt"
    assert talk.speaker.affiliation.text == "Headteacher"


def test_prospectus_address_and_contact_close_it():
    talk, _ = only_talk(PROSPECTUS)
    assert closing(talk) == ["Northfield Academy, Station Road, Northfield NF2 8QT",
                             "Tel 01632 960 111 · office@northfield.example"]


def test_address_in_a_list_is_no_foot():
    """Near miss (passes on the base too): an address under a sentence that goes on over it stays text."""
    source = ("Venues\n\n1. Hall\nThe main events are held at\n14 Mill Road\nAshby Green\nAG3 5TR\n")
    talk, _ = only_talk(source)
    assert not closing(talk)
