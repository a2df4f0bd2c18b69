"""Trial 55b's faults as made-up documents (issue 16 points 2 and 4; helper notes55): a notice's bracketed contact
heading said of its matter (``【本件に関する問い合わせ先】``) is a contact heading, no slide's bullet, so the notice is a
paper, not a deck; its closing ``以上`` is front matter as its ``記`` is, no paragraph of its last section; a contact
line's e-mail address or Latin label makes it no English paragraph; a remark under the bare ``※`` right under the text
it qualifies stays that section's paragraph where it stands, while notes set apart (a page's foot, a rule above them)
or numbered and called (``※1``) are footnotes.

Every document here is made up (none is a trial's text); the results were written down before the rules."""

from __future__ import annotations

from pipeline.chardata import lang_of
from pipeline.segment.labels import is_contact_heading
from tests.segment_inputs import paragraphs, run_text

NOTICE = (
    "お知らせ\n"
    "令和8年5月1日\n"
    "南浜町 生涯学習課\n"
    "\n"
    "「南浜町ほたる観賞会」の開催について\n"
    "\n"
    "　南浜町では、町内を流れる清川のほたるを観賞する会を開催します。\n"
    "　当日は、地元の小学生による解説も行います。\n"
    "\n"
    "記\n"
    "\n"
    "１　日時\n"
    "　　令和8年6月14日（土）　午後7時から午後9時まで\n"
    "　　※雨天の場合は中止\n"
    "\n"
    "２　集合場所\n"
    "　　南浜町役場 正面玄関前\n"
    "\n"
    "３　参加費\n"
    "　　無料\n"
    "\n"
    "以上\n"
    "\n"
    "【本件に関する問い合わせ先】\n"
    "南浜町 生涯学習課\n"
    "担当：小野\n"
    "電話：0120-000-111\n"
    "FAX：0120-000-112\n"
    "メール：gakushu@town.minamihama.example.jp\n"
)


def _sections(talk):
    return [(s.number, s.title.text) for s in talk.sections]


def test_a_notice_with_a_bracketed_contact_heading_is_a_paper():
    talk = run_text(NOTICE).talks[0]
    assert talk.shape == "paper"
    assert talk.title.ja.text == "「南浜町ほたる観賞会」の開催について"
    numbered = [(n, t) for n, t in _sections(talk) if n is not None]
    assert numbered == [("1", "日時"), ("2", "集合場所"), ("3", "参加費")]
    # (its contact block under the heading had been a section: the closing block since helper close82, issue 16)
    assert any("本件に関する問い合わせ先" in talk.front[i].text for i in talk.front_closing)


def test_the_closing_ijo_is_front_matter_not_the_last_sections_text():
    doc = run_text(NOTICE)
    talk = doc.talks[0]
    last = next(s for s in talk.sections if s.number == "3")
    assert [p.text for p in last.paragraphs] == ["無料"]
    # a ledger row since helper front68 (it had been front)
    assert "以上" not in [t.text for t in talk.front]
    assert ("以上", "set_aside_end_mark") in [(r.text, r.rule) for r in doc.ledger]


def test_a_remark_right_under_its_item_stays_in_its_section():
    talk = run_text(NOTICE).talks[0]
    first = next(s for s in talk.sections if s.number == "1")
    assert [p.text.strip() for p in first.paragraphs][-1] == "※雨天の場合は中止"
    assert talk.footnotes == ()


def test_a_contact_heading_said_of_its_matter():
    assert is_contact_heading("【本件に関する問い合わせ先】") and is_contact_heading("■申込みについてのお問い合わせ")
    assert not is_contact_heading("本件に関するお問い合わせは、下記の窓口までお願いします。")
    assert not is_contact_heading("【問い合わせの多い質問】")


def test_contact_lines_take_the_documents_language():
    assert lang_of("メール：gakushu@town.minamihama.example.jp", "ja") == "ja"
    assert lang_of("FAX：0120-000-112", "ja") == "ja"
    assert lang_of("E-mail: office@example.org", "en") == "en"
    assert lang_of("Please write to office@example.org", "ja") == "en"


MANUAL = (
    "窓口事務の手引き\n"
    "\n"
    "１　本人確認\n"
    "（１）確認書類\n"
    "　届出人の本人確認を行う。本人確認書類は次のとおりとする。\n"
    "　ア　運転免許証\n"
    "　イ　旅券\n"
    "※ 代理人による届出の場合は、委任状を必ず提出してもらうこと。\n"
    "（２）確認の記録\n"
    "　確認した書類の種類を受付簿に記録する。\n"
    "２　受付後の処理\n"
    "　受付した届出は当日中に入力する。\n"
)


def test_a_remark_under_a_list_before_the_next_heading_stays_text():
    talk = run_text(MANUAL).talks[0]
    assert talk.footnotes == ()
    assert any(p.replace(" ", "").startswith("※代理人による届出の場合は") for p in paragraphs(talk)), paragraphs(talk)


def test_a_remark_set_apart_under_a_rule_is_a_footnote():
    text = ("港町の子育て支援\n山田 花子\n港町市 こども課\n\n"
            "1. はじめに\n"
            "港町市では子育て世帯の転入が続いている。保育所の定員は毎年五十人ずつ増えてきた。\n"
            "――――――――――\n"
            "※ 数値はいずれも概数である。\n"
            "2. 結果\n"
            "申込は四月入所に集中していた。\n")
    talk = run_text(text).talks[0]
    assert [n.text.replace(" ", "") for n in talk.footnotes] == ["※数値はいずれも概数である。"]


def test_called_notes_closing_a_section_stay_footnotes():
    text = ("港町の子育て支援\n山田 花子\n港町市 こども課\n\n"
            "1. はじめに\n"
            "港町市では子育て世帯の転入が続いている※1。\n"
            "※1 住民基本台帳による。\n"
            "2. 結果\n"
            "申込は四月入所に集中していた。\n")
    talk = run_text(text).talks[0]
    assert [n.text.replace(" ", "") for n in talk.footnotes] == ["※1住民基本台帳による。"]


def test_ijo_over_a_contact_block_with_no_heading_is_front_with_its_office():
    text = NOTICE.replace("【本件に関する問い合わせ先】\n", "")
    talk = run_text(text).talks[0]
    last = next(s for s in talk.sections if s.number == "3")
    assert [p.text for p in last.paragraphs] == ["無料"]
    front = [t.text for t in talk.front]
    assert front[-5:] == ["南浜町 生涯学習課", "担当：小野", "電話：0120-000-111", "FAX：0120-000-112",
                          "メール：gakushu@town.minamihama.example.jp"]
