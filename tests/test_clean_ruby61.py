"""Ruby written into a text dump leaves the sentence (issue 16, DESIGN "ruby out of the sentence"; fresh-user trial
61's ``07_ruby.txt``): Aozora Bunko's ``｜巳之吉《みのきち》`` and ``蓮池《はすいけ》`` always, its editor's notes
``［＃…］`` too; readings in brackets (``越後（えちご）``) only where the document shows it writes its ruby so. Every
mark and reading is a ``dropped`` row (reason ``ruby``; a note's, ``markup``) at its raw position, and the talk JSON
accounts for every raw character. Made-up inputs only (docs/clean.md, "Ruby in a text dump")."""

from pathlib import Path

import pytest
from reliability import raw_and_talks, talk_json_accounting

from pipeline.clean import clean
from pipeline.driver import run_one
from pipeline.extract import split_lines
from pipeline.model import Extracted, SourceFile

SOURCE = SourceFile("made-up.txt", "0" * 64, "txt")


def cleaned_text(text: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    out = clean(Extracted(source=SOURCE, lines=tuple(split_lines(text))))
    rows = [(row.rule, row.reason, row.text) for row in out.ledger if row.reason in ("ruby", "markup")]
    return [line.text for line in out.lines], rows


# --------------------------------------------------------------------------- Aozora Bunko's notation

AOZORA = [
    ("女は｜巳之吉《みのきち》の方を向き、", "女は巳之吉の方を向き、", ["｜", "《みのきち》"]),
    ("御釈迦様《おしゃかさま》は極楽の蓮池《はすいけ》のふちを", "御釈迦様は極楽の蓮池のふちを", ["《おしゃかさま》", "《はすいけ》"]),
    ("道具屋で｜古びた茶釜《ふるびたちゃがま》を一つ", "道具屋で古びた茶釜を一つ", ["｜", "《ふるびたちゃがま》"]),
    ("小僧の珍念《チンネン》が囲炉裏《いろり》に", "小僧の珍念が囲炉裏に", ["《チンネン》", "《いろり》"]),
    ("ふと下の容子《ようす》を御覧になりました。［＃「御覧」に傍点］", "ふと下の容子を御覧になりました。",
     ["［＃「御覧」に傍点］", "《ようす》"]),
]


@pytest.mark.parametrize("raw, text, removed", AOZORA, ids=[a[1][:6] for a in AOZORA])
def test_aozora_ruby_leaves_the_sentence(raw, text, removed):
    lines, rows = cleaned_text(raw)
    assert lines == [text]
    assert [r[2] for r in rows] == removed
    assert {r[0] for r in rows} == {"set_aside_aozora_markup"}
    assert {r[1] for r in rows if r[2].startswith("［＃")} <= {"markup"}
    assert {r[1] for r in rows if not r[2].startswith("［＃")} == {"ruby"}


@pytest.mark.parametrize("raw, text, row", [
    ("縄を※［＃「てへん＋劣」、第3水準1-84-77］《も》じる", "縄を挘じる", ("※［＃「てへん＋劣」、第3水準1-84-77］", "挘")),
    ("※［＃「丂」、第4水準2-1-2］の字", "丂の字", ("※［＃「丂」、第4水準2-1-2］", "丂")),
    ("※［＃「土へん＋竒」、U+57FC、12-3］玉県", "埼玉県", ("※［＃「土へん＋竒」、U+57FC、12-3］", "埼")),
])
def test_a_gaiji_note_naming_its_character_is_that_character(raw, text, row):
    out = clean(Extracted(source=SOURCE, lines=tuple(split_lines(raw))))
    assert [line.text for line in out.lines] == [text]
    assert [(r.text, r.replacement) for r in out.ledger if r.action == "changed"] == [row]


def test_a_gaiji_note_naming_no_position_leaves_the_mark():
    lines, rows = cleaned_text("玉の※［＃「口＋世」］を見た。")
    assert lines == ["玉の※を見た。"] and rows == [("set_aside_aozora_markup", "markup", "［＃「口＋世」］")]


def test_aozora_layout_notes_alone_on_their_lines_leave_no_line():
    lines, rows = cleaned_text("［＃ここから２字下げ］\nむかしばなし　その五\n［＃ここで字下げ終わり］\n［＃改ページ］\n")
    assert lines == ["むかしばなし　その五"]
    assert [r[1] for r in rows] == ["markup"] * 3


@pytest.mark.parametrize("raw", [
    "鲁迅的《狂人日记》发表于1918年。",  # a Chinese book title after a hanzi: no kana reading
    "会議《速報》：本日の議題は予算案である。",  # kanji in the brackets
    "《重要》提出期限は5月10日です。",  # nothing before it
    "記号｜は区切りに使う。",  # a bar with no reading after it
    "選択肢は A｜B｜C のいずれか。",
    "コマンド a | b の結果を雪女《ゆきおんな》に渡す。",  # an ASCII bar is no Aozora mark (the ruby after it still goes)
])
def test_other_double_angle_brackets_and_bars_stay(raw):
    lines, rows = cleaned_text(raw)
    rows = [r for r in rows if r[2] != "《ゆきおんな》"]
    assert rows == [] and "".join(lines).replace(" ", "") == raw.replace(" ", "").replace("《ゆきおんな》", "")


# --------------------------------------------------------------------------- readings in brackets

TALES = [
    # the trial's shape, retold: a story glossing its names and hard words in brackets
    ("昔、越後（えちご）の山奥に、茂作（もさく）と巳之吉（みのきち）という二人の木樵（きこり）が住んでいた。\n"
     "ある冬の夕暮れ、二人は吹雪（ふぶき）に遭った。\n",
     ["昔、越後の山奥に、茂作と巳之吉という二人の木樵が住んでいた。", "ある冬の夕暮れ、二人は吹雪に遭った。"]),
    ("笠地蔵（かさじぞう）\nむかし、信濃（しなの）の村に、貧しい爺（じい）さまと婆（ばあ）さまが住んでおった。\n"
     "大晦日（おおみそか）の日、爺さまは笠（かさ）を売りに町へ出かけた。\n",
     ["笠地蔵", "むかし、信濃の村に、貧しい爺さまと婆さまが住んでおった。", "大晦日の日、爺さまは笠を売りに町へ出かけた。"]),
    ("むかし、丹後（たんご）の国の漁師に、浦島太郎（うらしまたろう）という若者がおりました。\n"
     "亀（かめ）は太郎を竜宮城（りゅうぐうじょう）へ連れて行き、乙姫（おとひめ）さまがもてなしました。\n"
     "なお、この話は（ただし書きを除く）丹後の伝承（1）による。\n",
     ["むかし、丹後の国の漁師に、浦島太郎という若者がおりました。", "亀は太郎を竜宮城へ連れて行き、乙姫さまがもてなしました。",
      "なお、この話は（ただし書きを除く）丹後の伝承（1）による。"]),
]


@pytest.mark.parametrize("raw, text", TALES, ids=["yukionna", "kasajizo", "urashima"])
def test_bracketed_readings_leave_a_text_that_writes_its_ruby_so(raw, text):
    lines, rows = cleaned_text(raw)
    assert lines == text
    assert rows and {(r[0], r[1]) for r in rows} == {("set_aside_bracketed_readings", "ruby")}
    assert all(r[2][0] == "（" and r[2][-1] == "）" for r in rows)


NOT_RUBY = [
    # one gloss in a paper, and brackets that are no reading at all
    "本研究では、東京都（とうきょうと）と地方都市の連携事例を分析する。\n対象は（株）みなと観光の事業であり、（注）に示す資料を用いた。\n"
    "戦略（ストラテジー）の観点から、（1）連携の形態、（2）成果を整理する。\nかっこの使い方（かっこ）についても付記する。\n",
    # two dictionary readings and one bracket that reads nothing: no convention shown
    "東京都（とうきょうと）と本市（ほんし）が連携し、事業（いちぶをのぞく）を進めた。\n",
    # kana brackets not after kanji, katakana glosses
    "これは（かっこ）です。戦略（ストラテジー）と戦術（タクティクス）と兵站（ロジスティクス）。\n",
]


@pytest.mark.parametrize("raw", NOT_RUBY, ids=["paper", "unconfirmed", "katakana"])
def test_brackets_stay_where_the_document_shows_no_ruby_convention(raw):
    lines, rows = cleaned_text(raw)
    assert rows == []
    assert "".join(lines) == raw.replace("\n", "")


# --------------------------------------------------------------------------- the whole pipeline

MIXED = """怪談集　其の二
耳無芳一（みみなしほういち）の話

赤間関（あかまがせき）の阿弥陀寺（あみだじ）に、芳一という琵琶法師（びわほうし）が住んでいた。
ある夏の夜、｜武者《むしゃ》の声が芳一を呼んだ。［＃「呼んだ」に傍点］
芳一は壇ノ浦《だんのうら》の段を語り、亡者《もうじゃ》たちは泣いた。
"""


def test_a_dump_mixing_both_conventions_accounts_for_every_character(tmp_path):
    path = tmp_path / "kaidan.txt"
    path.write_text(MIXED, encoding="utf-8")
    out = tmp_path / "out"
    run_one(path, out)
    raw, talks = raw_and_talks(out, path)
    assert talk_json_accounting(raw, talks) == []
    talk, = talks
    texts = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]]
    assert texts == ["赤間関の阿弥陀寺に、芳一という琵琶法師が住んでいた。", "ある夏の夜、武者の声が芳一を呼んだ。",
                     "芳一は壇ノ浦の段を語り、亡者たちは泣いた。"]
    ruby = sorted((r["source"]["line"], r["source"]["col"], r["text"]) for r in talk["dropped"] if r["reason"] == "ruby")
    # a reading's base is the raw text right before its row: 武者 before 《むしゃ》, 赤間関 before （あかまがせき）
    assert (4, 3, "（あかまがせき）") in ruby and (5, 9, "《むしゃ》") in ruby and (5, 6, "｜") in ruby
    assert raw[4][6 + 1:9] == "武者"


# --------------------------------------------------------------------------- the teller's line (segment)

TELLER = "{title}\n\n{label}{name}\n\n昔、越後の山奥に、茂作と巳之吉という二人の木樵が住んでいた。\nある冬の夕暮れ、二人は吹雪に遭った。\n"


@pytest.mark.parametrize("label, name", [
    ("語り手　", "大槻 ハル"), ("語り手：", "佐藤 トメ"), ("話し手　", "山本 イネ"), ("講演者　", "森川 健二"),
    ("発表者　", "高田 菜摘"),
])
def test_a_labelled_teller_is_the_speaker_and_the_label_no_affiliation(tmp_path, label, name):
    path = tmp_path / "tale.txt"
    path.write_text(TELLER.format(title="雪女と木樵", label=label, name=name), encoding="utf-8")
    run_one(path, tmp_path / "out")
    talk, = raw_and_talks(tmp_path / "out", path)[1]
    assert talk["title"]["ja"] == "雪女と木樵"
    assert (talk["speaker"]["name"], talk["speaker"]["affiliation"]) == (name, None)


@pytest.mark.parametrize("series, title", [
    ("郷土の民話　第三話", "雪女と木樵"), ("日本昔話集　第七話", "笠地蔵"), ("怪談集　其の二", "耳無芳一の話"),
    ("むかしばなし　その五", "狸と茶釜"), ("地域研究叢書 第3集", "バス路線の再編と住民の移動"),
])
def test_a_series_line_over_the_story_title_is_front(tmp_path, series, title):
    path = tmp_path / "tale.txt"
    path.write_text(series + "\n" + TELLER.format(title=title, label="語り手　", name="大槻 ハル"), encoding="utf-8")
    run_one(path, tmp_path / "out")
    talk, = raw_and_talks(tmp_path / "out", path)[1]
    assert talk["title"]["ja"] == title
    assert [p["text"] for p in talk["paper"]["front"]] == [series]


@pytest.mark.parametrize("title", ["第三話の舞台を訪ねて", "その後の雪女", "港町の四季　春の章", "雪女と木樵"])
def test_a_title_naming_a_story_or_its_number_stays_the_title(tmp_path, title):
    path = tmp_path / "tale.txt"
    path.write_text(TELLER.format(title=title, label="語り手　", name="大槻 ハル"), encoding="utf-8")
    run_one(path, tmp_path / "out")
    talk, = raw_and_talks(tmp_path / "out", path)[1]
    assert talk["title"]["ja"] == title
