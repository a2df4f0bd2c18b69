"""Paragraphs and tables in text dumps that a fresh user's trial (session 53) found wrong, each kind made up here with
its correct result written down first (issue 16 point 4):

* a TAB-parted table whose first column's cells are words that open on a particle's kana (``はがき``, ``でんき代``,
  ``とうふ``, ``もちつき大会``) is a table: only a particle by its word (Sudachi's 助詞) says a Japanese cell goes on
  the line above, never the first kana alone;
* a contact line (a label and its value: ``電話　…``, ``TEL：…``, ``メール：…``, ``FAX　…``) and the line of a contact
  block opening on its bracketed heading (``【お問い合わせ】…事務局``) never join the line before as a wrap, even where
  every paragraph opens indented (an unindented line after one that ends no sentence goes on there);
* a Japanese line that stops on a verb's voiced sound-change continuative (``取り組ん``, ``泳い``: 連用形-撥音便 or
  -イ音便) goes on into a line opening on its conjunctive particle ``で`` (``できた``, ``でいる``), whatever its width:
  the word is cut in two there (``(cid:N)`` in the line or not);
* English front matter wrapped over two lines (``… in partial fulfilment of the`` / ``requirements for …``) is one
  front line: a line stopping on an article or a preposition whose next line opens in small letters.
"""

from __future__ import annotations

import pytest

from pipeline.segment.tables import _is_table
from tests.segment_inputs import paragraphs, run_text


def _tables(talk):
    """The rows of each table of a talk's sections, as cell tuples."""
    out = []
    for s in talk.sections:
        for first, n in s.tables:
            out.append([tuple(p.text.split("\t")) for p in s.paragraphs[first:first + n]])
    return out


# --- a table whose cells open on a particle's kana ------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    [("品目", "数量", "担当"), ("はがき", "200枚", "総務係"), ("でんき代", "3,000円", "会計係"), ("とうふ", "12丁", "食事係")],
    [("催し", "日時", "場所"), ("もちより会", "5月3日（土）11時", "集会所"), ("どろんこ祭り", "6月8日（日）9時", "田んぼ広場")],
    [("種目", "定員"), ("にわとり小屋の見学", "20人"), ("とうもろこし収穫", "30人"), ("はたけ体験", "15人")],
], ids=["hagaki", "mochiyori", "two-cells"])
def test_cells_opening_on_a_particles_kana_are_a_table(rows):
    assert _is_table(rows)


def test_text_columns_going_on_with_a_particle_stay_no_table():
    # two text blocks side by side, each sentence going on into the next row by its particle
    rows = [("新しい制度の導入によって地域の暮らし", "その結果として従来の手法と比べた効果"),
            ("が大きく変わることになった", "を調べる時間はほとんどかからなかった")]
    assert not _is_table(rows)


def _wrap(text: str, n: int = 32) -> str:
    """A paragraph hard-wrapped every ``n`` characters, as a newsletter's dump is."""
    return "\n".join(text[i:i + n] for i in range(0, len(text), n))


HEAD = ("みなと町だより\n第7号　令和7年4月1日発行\n発行：みなと町まちづくり推進協議会\n\n■春の集いを開きました\n"
        + _wrap("　4月6日（日）に、みなと公園で春の集いを開きました。当日は約１５０人が参加し、地域の団体による展示や"
                "子ども向けの遊びを楽しみました。") + "\n"
        + _wrap("　準備に協力してくださった皆さまに、心よりお礼を申し上げます。") + "\n\n")
"""A newsletter's head and first section, whose paragraphs each open indented (an unindented line after a line ending no
sentence goes on there)."""

NEWSLETTER = HEAD + "■催しの予定\n{table}\n\n■資源回収について\n" + _wrap("　回収日は毎月第2土曜日です。当日の朝8時までに、決められた場所へ出してください。") + "\n"


def test_a_newsletters_table_with_kana_first_cells_is_one_table():
    table = "催し\t日時\t場所\nもちより会\t5月3日（土）11時\t集会所\nはがき書き教室\t5月17日（土）10時\t公民館\nとうふ作り\t6月1日（日）9時\t調理室"
    (talk,) = run_text(NEWSLETTER.format(table=table)).talks
    assert _tables(talk) == [[("催し", "日時", "場所"), ("もちより会", "5月3日（土）11時", "集会所"),
                              ("はがき書き教室", "5月17日（土）10時", "公民館"), ("とうふ作り", "6月1日（日）9時", "調理室")]]


# --- a contact line never joins the line before -------------------------------------------------------------------

@pytest.mark.parametrize("office, contact", [
    ("【お問い合わせ】みなと町まちづくり推進協議会事務局", "TEL　098-765-4321（平日10時～16時）"),
    ("【問い合わせ先】みなと町まちづくり推進協議会　総務部", "電話：098-765-4321"),
    ("【連絡先】みなと町まちづくり推進協議会事務局（担当　川口）", "メール：office@minato.example.jp"),
    ("【お問い合わせ】みなと町まちづくり推進協議会事務局", "FAX　098-765-4322"),
], ids=["tel", "denwa", "mail", "fax"])
def test_a_contact_line_stays_its_own_line(office, contact):
    text = (HEAD + "■資源回収について\n"
            "　回収日は毎月第2土曜日です。当日の朝8時までに、決められた場所へ出し\n"
            "てください。出し方が分からない場合は、事務局までご相談ください。\n\n"
            f"{office}\n{contact}\n")
    (talk,) = run_text(text).talks
    texts = paragraphs(talk) + [t.text for t in talk.front]
    assert office in texts and contact in texts
    assert not any(office + contact in t for t in texts)


def test_a_contact_line_after_an_unfinished_line_stays_its_own():
    # every paragraph opens indented: an unindented line after one ending no sentence would go on, but not a contact
    text = (HEAD + "■資源回収について\n"
            "　回収日は毎月第2土曜日です。当日の朝8時までに、決められた場所へ出してください。\n"
            "　ご不明な点は下記の事務局までお寄せください。\n\n"
            "みなと町まちづくり推進協議会事務局　資源回収担当\n電話　098-765-4321\n")
    (talk,) = run_text(text).talks
    texts = paragraphs(talk) + [t.text for t in talk.front]
    assert "電話　098-765-4321" in texts


# --- a verb cut before its conjunctive で ---------------------------------------------------------------------------

PAPER = ("干潟の生きものを守る取組\n\n県立海洋センター　調査課　浜田 誠\n\n１．はじめに\n"
         "本県の干潟では、１９８０年代から生きものの種類が減り続けている。２０２３年の調査では、干\n"
         "潟の面積は約１５０ヘクタールで、１９８０年の約６割に減った。\n"
         "２．保全の方法\n{first}\n{second}\n"
         "３．まとめ\n干潟の保全には、地域の人々が関わり続けることが欠かせない。\n")


@pytest.mark.parametrize("first, second", [
    ("Ｂ地区では、２０２０年から住民と協力して干潟の清掃に取り組ん", "できた。清掃は年６回行い、回収したごみは約３トンになった。"),
    ("Ｂ地区では、２０２０年から住民と協力して干(cid:77)の清掃に取り組ん", "できた。清掃は年６回行い、回収したごみは約３トンになった。"),
    ("清掃の後には、浅瀬で多くのハゼの稚魚が泳い", "でいる様子が見られるようになった。"),
    ("参加した子どもたちは、干潟の生きものについて熱心に学ん", "でいた。"),
], ids=["kunde", "cid", "oyoide", "manande"])
def test_a_verb_cut_before_its_de_goes_on(first, second):
    (talk,) = run_text(PAPER.format(first=first, second=second)).talks
    paras = paragraphs(talk)
    assert not any(p.startswith(("できた", "でいる", "でいた")) for p in paras), paras
    assert any(first[-4:] + second[:4] in p for p in paras), paras  # the word whole again (``取り組んできた``)


def test_full_lines_holding_a_lost_glyph_go_on():
    # a ``(cid:N)`` is one glyph of the line it stands in: lines of 40 glyphs, each with one, are full and go on
    lines = ["本県の干(cid:77)では、１９８０年代から生きものの種類が減り続けている。２０２３年の調査",
             "では、干潟の面(cid:77)は約１５０ヘクタールで、１９８０年の約６割に減った。住民と協力し",
             "て干潟の清(cid:77)に取り組み、回収したごみは約３トンになった。清掃の後には、浅瀬で多く",
             "のハゼの稚魚が見られるようになった。"]
    text = PAPER.split("２．保全の方法")[0].replace(PAPER.split("１．はじめに\n")[1].split("２．")[0], "\n".join(lines) + "\n")
    (talk,) = run_text(text + "２．まとめ\n干潟の保全には、地域の人々が関わり続けることが欠かせない。\n").talks
    assert len(paragraphs(talk)) == 2, paragraphs(talk)
    assert paragraphs(talk)[0].endswith("見られるようになった。")


def test_a_line_ending_a_noun_before_de_stays_apart():
    # ``…取組`` is a noun (no verb cut): the next line, opening on ``では、``, is a sentence of its own
    first, second = "Ｂ地区では、住民と協力して清掃を進めている。以下はその取組", "では、参加者の数を年ごとに示す。"
    (talk,) = run_text(PAPER.format(first=first, second=second) .replace(first + "\n", first + "\n\n")).talks
    assert any(p.startswith("では、参加者") for p in paragraphs(talk)), paragraphs(talk)


# --- English front matter wrapped over two lines ------------------------------------------------------------------

THESIS = ("Coastal Erosion in Small Harbours\n\n{lines}\n\nby\n\nSean Murphy\n\nDepartment of Geography\n"
          "University of Galway\n\nMarch 2026\n\f1 Introduction\n\n"
          "Small harbours along the west coast have lost land to the sea for decades. This thesis measures how\n"
          "much, and asks which defences have slowed the loss since the storms of 2014.\n\n"
          "2 Methods\n\nWe compared aerial photographs taken in 1995, 2005 and 2020 for nine harbours.\n")


@pytest.mark.parametrize("lines, joined", [
    ("A dissertation presented in partial fulfilment of the\nrequirements for the degree of Doctor of Philosophy",
     "A dissertation presented in partial fulfilment of the requirements for the degree of Doctor of Philosophy"),
    ("Submitted to the Faculty of Science in candidacy for\nthe degree of Master of Research",
     "Submitted to the Faculty of Science in candidacy for the degree of Master of Research"),
], ids=["of-the", "for"])
def test_front_matter_wrapped_over_two_lines_is_one_line(lines, joined):
    (talk,) = run_text(THESIS.format(lines=lines)).talks
    front = [t.text for t in talk.front]
    assert joined in front, front
    assert "by" in front and "March 2026" in front


def test_front_lines_opening_on_capitals_stay_apart():
    lines = "A dissertation presented to the\nUniversity of Galway"
    (talk,) = run_text(THESIS.format(lines=lines)).talks
    front = [t.text for t in talk.front]
    assert not any("Department of Geography University" in t for t in front)
    assert "by" in front
