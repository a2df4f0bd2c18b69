"""A person's name is never filled nor offered, told by three spaced shapes (issue 19 points 4 and 6; helper name75b,
fresh-user trial 75b): a one-letter given name lost whole between its surname and a post or an honorific, set off by
spaces (``上野 \ufffd 隊長が``: offered は, や, と), a given name in hiragana after its surname and a space
(``千葉 の\ufffdみさんが``: 読, ぞ, 飲), a performer's stage name on a programme, a house's name and a given name
(``古\ufffd亭 志ん吉が高座に``: 屋, 料, 今). Made-up inputs of the same kinds (``/work/regress/in_name75b/``); near
misses keep their candidates."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import repair_after
from tests.test_name75 import _case, _held

W = "\u3000"

GIVEN_NAME_LOST_BEFORE_POST = [
    "上野 ? 隊長が先頭を歩いた。",
    "佐藤 ? 部長が説明した。",
    "森 ? 先生に相談した。",
    f"佐藤{W}?{W}部長が説明した。",
    f"鈴木{W}?{W}課長の指示で動いた。",
    "高橋 ? 社長は記者会見で謝罪した。",
    "中村 ? 監督が選手を集めた。",
    "小林 ? 船長が号令をかけた。",
    "伊藤 ? 班長の話を聞く。",
    "渡辺 ? 団長が挨拶した。",
    "山本 ? 院長の回診があった。",
    "山口 ? 組長が現場を見回った。",
    "松本 ? 校長が式辞を述べた。",
    "井上 ? 主任から連絡があった。",
    "木村 ? 選手が先制点を挙げた。",
    "千葉 ? 隊長が無線で呼んだ。",
    "辻 ? 先生の授業は面白い。",
    f"斎藤{W}?{W}館長が案内した。",
    "長谷川 ? 隊長が指揮をとった。",
    "石川 ? 主将が宣誓した。",
    "太田 ? 教授が講演した。",
    "村上 ? 医師が診察した。",
    "坂本 ? 艦長が命じた。",
    "中島 ? 委員長が議事を進めた。",
    "金子 ? 副部長が答えた。",
]
KANA_GIVEN_NAME = [
    "千葉 の?みさんが手伝ってくれた。",
    "鈴木 は?かさんの作品です。",
    "小林 ?ずきちゃんと遊んだ。",
    "伊藤 ち?りさん、ありがとう。",
    "加藤 み?りが司会を務めた。",
    "吉田 ?くらさんが歌った。",
    "井上 か?りさんの話を聞いた。",
    "森 は?なさんが出迎えた。",
    "宮崎 さ?えさんが来た。",
    "竹内 あ?りさんが答えた。",
    "和田 は?みさんと会った。",
    "石田 か?こさんに頼んだ。",
    "森田 ?なえさんが出席した。",
    "柴田 ち?こさんへ",
    "酒井 の?こさんの作品",
    "宮本 ?よこさんにお願いした。",
    "内田 え?こさんが当番です。",
    "高木 ま?こさんから聞いた。",
    "島田 ふ?こさんが欠席した。",
    "大野 よ?こさんのお宅",
    "丸山 と?こが司会を務めた。",
    "今井 ひ?こが発表した。",
]
PERFORMER_NAME = [
    "古?亭 志ん吉が高座に上がる。",
    "仲入り前は柳? 小三治が務める。",
    "二番手は林? たい平が高座に上がる。",
    "前座は柳? 花飛が務めた。",
    "襲名披露に林家 正?が出演する。",
    "二ツ目の柳亭 小?が登場した。",
    "桂? 文治が高座で一席。",
    "中入り後は三遊? 白鳥が務める。",
    "二ツ目　柳? 緑太",
    "独演会に三遊亭 兼?が出演",
    "三遊亭 円?が落語を披露する。",
    "春風亭 一?が高座に上がる。",
    "落語会に古今亭 菊?が出演した。",
    "出演　柳家 さん?",
    "演目：「長短」　林? はな平",
    "落語会で柳? 小せんが一席。",
    "寄席で柳亭 市?が一席。",
    "落語会に三遊亭 萬?が出演した。",
    "落語会に林家 久?が出演した。",
    "真打の柳家 花?が登場した。",
    "襲名披露に三遊亭 円?が出演する。",
    "仲入り後は柳? 喬志郎が務める。",
    pytest.param("落語の会　入船? 扇辰", marks=pytest.mark.xfail(strict=True, reason=(
        "the house's end lost, and no end (亭, 家 …) makes 入船 a house Sudachi reads as a surname: 当\ufffd 三千円 (当日) "
        "has the same shape (docs/limits.md, Session 75, name75b)"))),
]


@pytest.mark.parametrize("text", GIVEN_NAME_LOST_BEFORE_POST + KANA_GIVEN_NAME + PERFORMER_NAME)
def test_a_spaced_name_told_by_its_shape_is_held(text):
    assert _held(repair_after(*_case(text)))


HELD_BEFORE = [
    # an honorific after the lone gap, a given name in kana before one, a performer's name the older rules read
    "田中 ? さんが来た。",
    "加藤 ? 氏が受賞した。",
    f"吉田{W}?{W}様へお届けします。",
    "山田 さ?り",
    "高橋 ゆ?こさんが来た。",
    "佐藤 ?おりさんに聞いた。",
    "上野 ?とみさんが戻った。",
    "寄席の番組　三遊? 圓生",
    "出演：春風? 昇太",
    "柳家 ?三治が高座に上がった。",
    "歌舞伎座の演目に成田? 團十郎が出演する。",
    "雅号は北?斎 為一、絵師として知られる。",
    "真打の林? 彦いち",
]


@pytest.mark.parametrize("text", HELD_BEFORE)
def test_a_spaced_name_held_before_stays_held(text):
    assert _held(repair_after(*_case(text)))


PROGRAMME = """鈴本演芸場　十一月上席　夜の部

開口一番　柳家 小はだ
落語　古?亭 志ん吉
落語　柳家 喬太郎
仲入り
落語　林家 た?平
主任　三遊亭 小遊三
"""


def test_every_name_of_a_programme_is_held():
    from pipeline.restore import restore_text

    text = PROGRAMME.replace("?", "\ufffd")
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == PROGRAMME.count("?") and all(_held(r) for r in repairs), repairs


NEAR_MISSES = [
    # a gap set off by spaces after a common word, before no post (``会長 \ufffd 挨拶`` is held by the older rule after
    # a job title and a space: a name follows a post there as often)
    "会場 ? 受付は二階です。",
    "駅前 ? 商店街の話",
    # a drink, no name: no surname and space before it
    "の?み物を買ってきた。",
    "冷たいの?み物がほしい。",
    # a particle after a surname (two letters, no honorific)
    "昨日は田中 の?では遅いと言われた。",
    # a common noun ending as a house's name, an honorific after it, a restaurant, a tea house
    "本屋 ?んへ行った。",
    "料? 花月で食事をした。",
    "茶? 一休みの店",
    # a programme's word with the gap in it
    "演目 ? 目は古典落語です。",
    # a common noun as a house's name on a programme's line (a restaurant, a tea house, a count, a date)
    "寄席の後は料? 花月で食事をした。",
    "高座の合間に茶? 一服の時間",
    "寄席の入場料　当? 三千円",
    "落語会の日? 令和7年11月20日",
    # a word of kana after a place and a space in plain prose, no honorific, two letters
    "東京 と?で開催",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_gap_of_no_name_keeps_its_candidates(text):
    r = repair_after(*_case(text))
    assert not _held(r) and (r["candidates"] or r["restored"]), r


OPEN = [
    "記者会見で林?社長は謝罪した。",  # held by the census of Sudachi's surnames (helper field76)
    pytest.param("本日は高?校長の挨拶があります。", marks=pytest.mark.xfail(strict=True, reason=(
        "name75's open case: no first fill makes a surname, and 校 makes 高校 before 校長, a school's head as well "
        "(docs/limits.md, Session 76, field76)"))),
]


@pytest.mark.parametrize("text", OPEN)
def test_a_glued_surname_before_a_post_the_fills_do_not_tell(text):
    assert _held(repair_after(*_case(text)))
