"""Issue 16, sections and closing parts (helper sect83, after fresh-user trials 82a and 82c): a bilingual leaflet's
spots under circled numbers are its numbered sections with their English in them; a rules document's articles under
their captions are each a section; a reply slip under ``以上`` and a cut line is a section of its own, the cut line set
aside; an English agreement's execution block is its closing block; a contact heading in the middle of a document
heads a section of its own. Inputs: made-up documents with their expected readings (tests/data/sect83/, copies of
/work/regress/in_sect83/, each ``*.truth.md`` written before any run), with near misses that keep the base's reading."""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Text
from pipeline.vocab import Rule
from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "sect83"


def _sections(talk) -> list[tuple[str | None, str]]:
    return [(s.number, text_of(s.title)) for s in talk.sections]


def _closing(talk) -> list[str]:
    return [talk.front[i].text for i in talk.front_closing]


def _paragraphs(section) -> list[str]:
    return [p.text for p in section.paragraphs]


def test_circled_spots_with_their_english_on_the_heading_line_are_numbered_sections():
    talk, _ = only_talk_of(DATA / "leaflet_spots.txt")
    assert _sections(talk) == [("1", "城山公園 / Shiroyama Park"), ("2", "旧藩校 明倫館 / Former Domain School Meirinkan"),
                               ("3", "武家屋敷通り / Samurai Residence Street"), ("4", "城山資料館 / Shiroyama Museum"),
                               ("5", "鐘撞堂 / Bell Tower")]
    assert all(s.level == 1 and len(s.paragraphs) == 2 for s in talk.sections)
    assert _paragraphs(talk.sections[4])[1] == "The bell rings every day at noon."


def test_circled_spots_with_their_english_name_under_the_text_keep_it_in_their_section():
    talk, _ = only_talk_of(DATA / "leaflet_spots2.txt")
    assert _sections(talk) == [("1", "海門寺"), ("2", "旧税関庁舎"), ("3", "灯台広場")]
    assert _paragraphs(talk.sections[1]) == ["明治時代の洋風建築です。", "Former Customs House",
                                             "A Western-style building of the Meiji era."]


def test_circled_numbers_inline_or_as_a_list_head_nothing():
    """Near misses: pass on the base too."""
    talk, _ = only_talk_of(DATA / "near_inline_circled.txt")
    assert _sections(talk) == [("1", "分別のルール"), ("2", "出す時間")]
    talk, _ = only_talk_of(DATA / "near_circled_list.txt")
    assert _sections(talk) == [("1", "必要な書類"), ("2", "提出先")]
    assert _paragraphs(talk.sections[0])[1:] == ["①\t申請書", "②\t住民票の写し", "③\t本人確認書類の写し"]


def test_rules_articles_under_their_captions_are_each_a_section():
    """Guards (pass on the base too): the trial's 就業規則 could not be rebuilt here; every made-up variant (captions
    over articles with or without blank lines, an article's items before the next caption) reads each article."""
    talk, _ = only_talk_of(DATA / "shugyo.txt")
    articles = [(s.number, text_of(s.title)) for s in talk.sections if s.level == 2]
    assert articles == [("1", "目的"), ("2", "適用範囲"), ("3", "規則の遵守"), ("4", "採用手続"), ("5", "提出書類"),
                        ("6", "試用期間"), ("7", "労働条件の明示")]
    fifth = next(s for s in talk.sections if s.level == 2 and s.number == "5")
    assert len(fifth.paragraphs) == 4 and not any("試用期間" in p for p in _paragraphs(fifth))
    talk, _ = only_talk_of(DATA / "kaisoku.txt")
    assert _sections(talk)[:6] == [("1", "名称"), ("2", "目的"), ("3", "事業"), ("4", "会員"), ("5", "役員"), ("6", "任期")]


def _slip_checks(name: str, heading: str, form: list[str]):
    talk, ledger = only_talk_of(DATA / name)
    last = talk.sections[-1]
    assert (last.number, text_of(last.title), _paragraphs(last)) == (None, heading, form)
    for s in talk.sections[:-1]:
        assert not any(p.strip() == "以上" or "きりとり" in p or "✂" in p for p in _paragraphs(s))
    cut = [row.text for row in ledger if row.rule == Rule.SET_ASIDE_SEPARATOR]
    assert cut and ("きりとり" in "".join(cut).replace(" ", "") or "✂" in "".join(cut))
    return talk


def test_a_reply_slip_under_a_cut_line_is_a_section_of_its_own():
    talk = _slip_checks("reply_slip.txt", "秋季清掃活動\u3000参加申込書", ["班名：\u3000\u3000\u3000\u3000班", "氏名：", "参加人数：\u3000\u3000\u3000\u3000名"])
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "3"]
    assert _paragraphs(talk.sections[-2])[-1].startswith("参加される方は")
    talk = _slip_checks("reply_slip2.txt", "運動会\u3000出欠票", ["園児名（\u3000\u3000\u3000\u3000\u3000\u3000\u3000）組（\u3000\u3000\u3000\u3000）",
                                                            "出席\u3000・\u3000欠席"])
    assert _paragraphs(talk.sections[0])[-1] == "出欠票を10月15日までにご提出ください。"
    _slip_checks("reply_slip3.txt", "防災訓練参加申込書", ["氏名", "住所", "電話番号"])


def test_a_notice_ending_on_its_only_ijo_has_no_slip():
    """Near miss: passes on the base too."""
    talk, _ = only_talk_of(DATA / "near_ijo_end.txt")
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_the_cut_line_reader():
    from pipeline.segment.slips import cut_line

    assert all(cut_line(s) for s in ("------- き り と り -------", "きりとり線", "✂------", "…… キリトリ ……", "--- cut here ---"))
    assert not any(cut_line(s) for s in ("切り取り", "--------", "点線で切り取ってください", "Cut the onions.", "✂ 工作の時間"))


def test_an_english_agreements_execution_block_is_its_closing():
    talk, _ = only_talk_of(DATA / "agreement_en.txt")
    assert _paragraphs(talk.sections[-1]) == ["This Agreement is governed by the law of England and Wales."]
    assert _closing(talk) == [
        "IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.",
        "Signed by Jane Porter", "for and on behalf of Harbour Analytics Ltd", "Director", "Signed by Michael Grant",
        "for and on behalf of Northfield Borough Council", "Head of Procurement"]
    talk, _ = only_talk_of(DATA / "agreement_en2.txt")
    assert _sections(talk) == [("1", "Purpose"), ("2", "Exchange of Staff"), ("3", "Duration")]
    assert _paragraphs(talk.sections[-1]) == ["This memorandum remains in force for five years from the date of signature."]
    closing = _closing(talk)
    assert closing[0].startswith("IN WITNESS WHEREOF") and closing[-1] == "Date: 12 May 2026" and len(closing) == 11


def test_a_sentence_quoting_the_formula_is_no_execution_block():
    """Near miss: passes on the base too."""
    talk, _ = only_talk_of(DATA / "near_witness_text.txt")
    assert _closing(talk) == [] and len(_paragraphs(talk.sections[1])) == 2


def test_the_execution_block_reader():
    from pipeline.segment.executed import executed_signatures

    mk = lambda *ss: [Text.inserted(s) for s in ss]  # noqa: E731
    assert executed_signatures(mk("It ends here.", "SIGNED for and on behalf of Acme Ltd", "By: ________", "Name: A. Smith")) == 1
    assert executed_signatures(mk("Committee", "Chair", "Ann Lee", "Secretary", "Tom Hall")) is None


def test_a_contact_heading_in_the_middle_heads_its_own_section():
    talk, _ = only_talk_of(DATA / "contact_middle.txt")
    assert _sections(talk) == [("1", "講座の内容"), (None, "問い合わせ先"), ("2", "申込方法"), ("3", "定員")]
    assert _paragraphs(talk.sections[1]) == ["生涯学習課\u3000電話 0123-45-6789"]
    assert len(talk.sections[0].paragraphs) == 1 and _closing(talk) == []
    talk, _ = only_talk_of(DATA / "contact_middle_en2.txt")
    assert _sections(talk) == [("1", "Programme"), (None, "Contact"), ("2", "Getting there")]
    assert _paragraphs(talk.sections[1]) == ["Parks Office", "Tel: 01632 960555"]


def test_a_contact_heading_over_a_sentence_is_left_as_it_was():
    """Near miss: passes on the base too."""
    talk, _ = only_talk_of(DATA / "near_contact_sentence.txt")
    assert _sections(talk) == [("1", "講座の内容"), ("2", "申込方法")]


def test_an_english_letters_reply_slip_under_scissors():
    talk, ledger = only_talk_of(DATA / "reply_slip_en.txt")
    last = talk.sections[-1]
    assert text_of(last.title) == "Summer Fair Reply Slip" and len(last.paragraphs) == 4
    assert _paragraphs(last)[-1].startswith("Signed:")
    assert not any("✂" in t.text for t in talk.front)
    assert any("✂" in row.text for row in ledger if row.rule == Rule.SET_ASIDE_SEPARATOR)


def test_circled_spots_with_their_english_name_right_under_the_heading():
    """Guard: passes on the base too (the English name is the section's first paragraph)."""
    talk, _ = only_talk_of(DATA / "leaflet_spots3.txt")
    assert _sections(talk) == [("1", "赤レンガ倉庫"), ("2", "港の見える丘公園")]
    assert _paragraphs(talk.sections[1])[0] == "Harbour View Park"


def test_a_deeds_execution_is_its_closing():
    talk, _ = only_talk_of(DATA / "deed_en.txt")
    assert _sections(talk) == [("1", "Gift"), ("2", "Display")]
    assert _paragraphs(talk.sections[-1]) == ["The Museum will display the painting for at least ten years."]
    closing = _closing(talk)
    assert closing[0] == "EXECUTED AS A DEED on 4 April 2026" and closing[-1] == "Witness name: Peter Owen"


def test_articles_whose_label_a_tab_parts_from_their_text_are_read():
    talk, _ = only_talk_of(DATA / "shugyo_tab.txt")
    articles = [(s.number, text_of(s.title), len(s.paragraphs)) for s in talk.sections if s.level == 2]
    assert articles == [("1", "目的", 1), ("2", "適用範囲", 1), ("3", "採用手続", 1), ("4", "提出書類", 3), ("5", "試用期間", 1),
                        ("6", "労働条件の明示", 1)]
    assert (talk.sections[0].number, text_of(talk.sections[0].title)) == ("1", "総則")
    assert not talk.sections[1].paragraphs[0].text.startswith(("\t", "第"))
