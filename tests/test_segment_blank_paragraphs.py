"""A blank line in a text dump ends a Japanese paragraph, and lines of every length are no measure.

Made-up documents (a notice, a page-wrapped report, a double-spaced dump). Before this, a flyer's date line and
its venue line were joined with its body across a blank line: the document's measure was taken from two short
lines of one width, though its body line ran twice as wide, and the Japanese join never looked at blank lines.
"""

from __future__ import annotations

from tests.segment_inputs import run_text


def _front_and_body(doc) -> list[str]:
    talk = doc.talks[0]
    return [p.text for p in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]


NOTICE = """\
ふれあい朝の集い
季節の野菜と手作りの品が並ぶ日曜の集まり

2025年5月18日（日）8時〜11時
会場　旧緑町小学校の校庭（正門から入る）

町内の農家と工房あわせて十五軒が集まり、採れたての野菜と焼き菓子を並べます。
雨の場合は体育館に場所を移して開きます。

主催　緑町ふれあい会
"""


def test_a_notice_keeps_its_blank_line_parted_lines_apart() -> None:
    texts = _front_and_body(run_text(NOTICE))
    assert "2025年5月18日（日）8時〜11時" in texts
    assert "会場　旧緑町小学校の校庭（正門から入る）" in texts
    assert any(t.startswith("町内の農家") for t in texts)
    assert not any("11時会場" in t or "入る）町内" in t for t in texts)


REPORT = ("本報告では、地域の公共交通が高齢化の進む郊外の団地でどのように使われているかを調べた。調査は三つの団地で"
          "行い、住民への聞き取りと乗降の記録をあわせて分析した。その結果、日中の便の多くは通院と買い物に使われて"
          "おり、夕方以降の便はほとんど空いていた。また、停留所までの距離が長い住棟では、外出の回数そのものが減って"
          "いる傾向が見られた。これらの結果から、便の時間帯と停留所の配置を見直す余地があると考えられる。")
REPORT_LINES = [REPORT[i:i + 40] for i in range(0, len(REPORT), 40)]  # hard-wrapped at 40 characters


def test_a_full_line_before_a_blank_line_goes_on_the_paragraph() -> None:
    # a dump that shows a page break as a blank line: the page's last line fills the measure mid-sentence
    text = "1. はじめに\n" + "\n".join(REPORT_LINES[:3]) + "\n\n" + "\n".join(REPORT_LINES[3:]) + "\n"
    assert not REPORT_LINES[2].endswith("。")
    assert _front_and_body(run_text(text)) == [REPORT]


def test_a_double_spaced_dump_joins_its_wraps() -> None:
    text = "1. はじめに\n\n" + "\n\n".join(REPORT_LINES) + "\n"
    assert _front_and_body(run_text(text)) == [REPORT]


def test_a_paragraph_ending_mid_line_before_a_blank_line_ends_there() -> None:
    # the same page-wrapped text, but the line before the blank line stops short: the paragraph ended there
    text = "1. はじめに\n" + "\n".join(REPORT_LINES[:2]) + "\n途中の行\n\n" + "\n".join(REPORT_LINES[3:]) + "\n"
    texts = _front_and_body(run_text(text))
    assert len(texts) == 2 and texts[0].endswith("途中の行")


def _wrapped(text: str, width: int = 30) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


# Each paragraph's sentences are cut at 30 characters; in the second, a sentence ends exactly at the measure.
_P1 = "市立博物館の昨年度の入館者数は約十二万人で、開館以来の最多となった。特別展の会期を延ばしたことが大きいとみられる。"
_P2 = "館によると、子ども向けの体験講座の参加者は前年の倍に増えた。" + "週末の講座は毎回満員で、整理券を配る日もあったという。"
_P3 = "一方、収蔵庫の狭さは長年の課題で、寄贈品の受け入れを断る例も出ている。館は新しい収蔵施設の整備を市に求めている。"


def test_where_blank_lines_mark_paragraphs_a_sentence_ending_at_the_measure_goes_on() -> None:
    assert len(_P2.split("。")[0]) + 1 == 30  # the first sentence fills the line
    body = "\n\n".join(_wrapped(p) for p in (_P1, _P2, _P3))
    texts = _front_and_body(run_text("博物館の入館者が最多に\n\n" + body + "\n"))
    assert [t for t in texts if t.startswith(("市立", "館に", "一方"))] == [_P1, _P2, _P3]


def test_where_paragraphs_follow_each_other_a_sentence_ending_at_the_measure_ends_one() -> None:
    # no blank line between the paragraphs: a full line ending a sentence may end a paragraph (the evidence of a
    # blank-marked dump is absent), so the paragraphs stay as they were read before
    body = "\n".join(_wrapped(p) for p in (_P2[:30], _P1, _P3))
    texts = _front_and_body(run_text("博物館の入館者が最多に\n\n" + body + "\n"))
    assert _P2[:30] in texts
