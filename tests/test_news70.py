"""Notices and newsletters give their visible structure (issue 16 point 2; helper news70).

1. A Japanese newsletter's headline longer than a short phrase, flush over its article's paragraph, heads it where
   its siblings look alike (``paragraphs.headlines_over_articles``: a blank line over it, no sentence's mark, short
   of its paragraph or ending on a predicate's final form, the clause not going on; ``sections.long_headline``);
   a long first line whose sentence goes on in the next line stays its paragraph's.
2. A notice under a label (``お知らせ``, ``回覧``, ``ご案内``) whose first paragraph is wrapped at the measure
   (``…臨時休館いた`` / ``します。``) has its text as its body, joined, no longer ``front`` line by line
   (``paragraphs.wrapped_sentence_opens`` in ``stage._letter_opening``); a notice's dated field
   (``休館期間　…から…まで``) is a line of the body, no heading and no wrap over a blank line.
3. A talk's units (corpus JSONL) are in reading order: a notice's ``敬具`` and ``記`` come after the text they close,
   not with the head's lines (``structure.export.in_reading_order``); they stay ``front`` in the talk JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file

DATA = Path(__file__).parent / "data" / "news70"  # copies of /work/regress/<folder>/<file>


def _talk(folder: str, name: str):
    path = DATA / folder / name
    (talk,) = run_file(path.read_bytes(), name).talks
    return talk


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None and s.title.text else None for s in talk.sections]


# --- 1. Japanese long headlines ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, titles", [
    ("nl_ja_long_flush_two.txt", ["ひばりが丘小学校の体育館が耐震改修工事を終えて使えるようになりました",
                                  "地区センターの窓口の受付時間が十月一日から午後七時までに延長されます"]),
    ("nl_ja_long_mixed_short.txt", ["敬老会のお知らせ", "町営バスの路線が四月から変わり、病院と駅を結ぶ便が一日八本に増えます",
                                    "図書館で子ども向けの読み聞かせ会を毎月第二土曜日に開いています"]),
    ("nl_ja_long_wrapped_body.txt", ["新しい子育て支援センターが駅前の複合施設の三階に開設されます",
                                     "市民プールの営業期間が七月から九月までに延びることになりました"]),
])
def test_japanese_long_headlines_head_their_articles(name, titles):
    talk = _talk("in_news70", name)
    assert _titles(talk) == titles
    assert all(len(s.paragraphs) == 1 and s.paragraphs[0].text.endswith("。") for s in talk.sections)
    assert not any(t in front_texts(talk) for t in titles)


@pytest.mark.parametrize("name, first_ends", [
    ("nm_ja_long_first_line_goes_on.txt", ["きれいになりました。", "考えています。"]),  # the sentence goes on past a long line
    ("nm_ja_two_wrapped_paragraphs.txt", ["受け付けます。", "お知らせします。"]),  # first lines at the measure
    ("nm_ja_one_long_line_alone.txt", ["お寄せください。"]),  # one such line alone: no sibling
])
def test_a_long_first_line_stays_its_paragraphs(name, first_ends):
    talk = _talk("in_news70", name)
    assert _titles(talk) == [None]
    assert [p.text[-len(e):] for p, e in zip(talk.sections[0].paragraphs, first_ends)] == first_ends
    assert len(talk.sections[0].paragraphs) == len(first_ends)


# --- 2. a labelled notice's wrapped text is its body -----------------------------------------------------------------

@pytest.mark.parametrize("folder, name, first", [
    ("in_trial69c", "h_oshirase.txt", "市立中央図書館では、図書館システムの更新作業のため、次の期間臨時休館いたします。"),
    ("in_news70", "nt_ja_oshirase_wrapped_noblank.txt", "市民プールは、ろ過装置の故障のため、七月一日から当分の間休業いたします。"),
    ("in_news70", "nt_ja_goannai_wrapped_field.txt", "中央公民館では、野菜づくりが初めての方を対象に、家庭菜園の基礎を学ぶ講座を開きます。"),
    ("in_news70", "nt_ja_kairan_three_lines.txt", "町内会では、夜間の安全を守るため、町内にある防犯灯の点検作業を次のとおり行います。"),
    ("in_news70", "nt_ja_oshirase_four_line_para.txt", "水道局では、老朽化した水道管を新しいものに取り替える工事を行うため、下記の地区で"),
])
def test_a_labelled_notices_wrapped_text_is_its_body(folder, name, first):
    talk = _talk(folder, name)
    assert _titles(talk) == [None]
    body = [p.text for p in talk.sections[0].paragraphs]
    assert body[0].startswith(first)
    assert not any(t.startswith(first[:8]) for t in front_texts(talk))
    assert talk.title.ja is not None and talk.title.ja.text.endswith("について")


def test_trial_69c_notice_keeps_its_dated_field_as_a_line_of_its_body():
    talk = _talk("in_trial69c", "h_oshirase.txt")
    body = [p.text for p in talk.sections[0].paragraphs]
    assert body[1] == "休館期間\u3000令和8年1月13日（火）から1月16日（金）まで"  # its own line: no heading, no wrap
    assert body[2].startswith("休館中は") and body[3].startswith("ご不便を")
    assert "お知らせ" in front_texts(talk)


def test_a_marked_headline_with_a_date_still_heads_its_article():
    talk = _talk("in_news70", "nm_ja_field_span_newsletter.txt")
    assert _titles(talk) == ["夏祭り\u30007月25日（土）", "防災訓練\u30009月1日（火）"]


def test_a_letter_under_a_label_still_opens_on_its_greeting():
    talk = _talk("in_news70", "nm_ja_oshirase_title_over_haikei.txt")
    assert talk.title.ja is not None and talk.title.ja.text == "町民プールの一時休業について（お知らせ）"
    assert talk.sections[0].paragraphs[0].text.startswith("拝啓")


# --- 3. reading order of the units -----------------------------------------------------------------------------------

def _corpus(tmp_path: Path, folder: str, name: str) -> list[dict]:
    from pipeline.driver import run_one

    run_one(DATA / folder / name, tmp_path / "out")
    (jsonl,) = (tmp_path / "out").rglob("corpus.jsonl")
    return [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("folder, name, closing", [
    ("in_trial69d", "c_ja_notice.txt", ["敬具", "記"]),
    ("in_news70", "nt_ja_keigu_ki_contact.txt", ["敬具", "記"]),
    ("in_news70", "nt_ja_keigu_ki_signer_between.txt", ["敬具", "令和8年9月20日", "ひかり町立ひかり小学校長\u3000木村\u3000誠", "記"]),
    ("in_news70", "lt_en_close_signature.txt", ["Best wishes,", "Helen Carter", "Club Secretary"]),
])
def test_the_units_of_a_notice_are_in_reading_order(tmp_path, folder, name, closing):
    records = [r for r in _corpus(tmp_path, folder, name) if r["kind"] != "title"]
    lines = [r["source"]["line"] for r in records]
    assert lines == sorted(lines)
    texts = [r["text"] for r in records]
    at = texts.index(closing[0])
    assert texts[at:at + len(closing)] == closing
    assert records[at - 1]["kind"] == "paragraph"  # right after the text the close ends


def test_the_close_and_the_mark_stay_front_in_the_talk():
    talk = _talk("in_trial69d", "c_ja_notice.txt")
    assert front_texts(talk)[-2:] == ["敬具", "記"]


def test_a_notice_with_no_line_after_its_text_keeps_its_front_first(tmp_path):
    records = [r for r in _corpus(tmp_path, "in_news70", "nm_ja_head_only_front.txt") if r["kind"] != "title"]
    kinds = [r["kind"] for r in records]
    assert kinds == ["front"] * 3 + ["paragraph"] * 2
