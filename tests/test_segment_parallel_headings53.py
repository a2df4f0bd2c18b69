"""A bilingual paper that prints each numbered heading once per language (issue 16, trial 52's ``korean_ja``:
``１．はじめに`` / its text / ``1. 들어가며`` / its text): each heading stays a section of its own with its own
language's text, in document order, and the second of a pair names the first as the section it gives in the other
language (``Section.parallel``, the first's index), so a reader counts one section per number; the same where the
two languages stand in two halves (the whole paper, then the whole paper again). A numbering that restarts in the
same language (an appendix) or a list's ``1.`` items are no pairs. Made-up documents; docs/segment.md, *Headings
given once per language*."""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk


def _pairs(talk):
    return [(s.number, s.parallel) for s in talk.sections]


KO_JA_INTERLEAVED = """名古屋市と仁川広域市の港湾協力
나고야시와 인천광역시의 항만 협력

名古屋市住宅都市局 港湾計画課長　加藤 真理
나고야시 주택도시국 항만계획과장 가토 마리

1. 背景
名古屋港と仁川港は2012年に友好港の協定を結び、毎年職員を相互に派遣している。
1. 배경
나고야항과 인천항은 2012년에 우호항 협정을 맺고 매년 직원을 상호 파견하고 있다.
2. 取組
両港は2018年から貨物の手続きを共通の様式で受け付けている。
2. 추진 내용
두 항구는 2018년부터 화물 절차를 공통 양식으로 접수하고 있다.
3. まとめ
今後は旅客船の寄港を年間40回に増やすことを目指す。
3. 정리
앞으로는 여객선 기항을 연간 40회로 늘리는 것을 목표로 한다.
"""

KO_JA_HALVES = """名古屋市と仁川広域市の港湾協力
名古屋市住宅都市局 港湾計画課長　加藤 真理

1. 背景
名古屋港と仁川港は2012年に友好港の協定を結び、毎年職員を相互に派遣している。
2. 取組
両港は2018年から貨物の手続きを共通の様式で受け付けている。
3. まとめ
今後は旅客船の寄港を年間40回に増やすことを目指す。

나고야시와 인천광역시의 항만 협력
나고야시 주택도시국 항만계획과장 가토 마리

1. 배경
나고야항과 인천항은 2012년에 우호항 협정을 맺고 매년 직원을 상호 파견하고 있다.
2. 추진 내용
두 항구는 2018년부터 화물 절차를 공통 양식으로 접수하고 있다.
3. 정리
앞으로는 여객선 기항을 연간 40회로 늘리는 것을 목표로 한다.
"""

EN_JA_INTERLEAVED = """高松市の市民農園の運営
Running Allotment Gardens in Takamatsu City

高松市農林水産課　西村 智子

1. はじめに
高松市は2015年から市内8か所で市民農園を貸し出している。
1. Introduction
Since 2015 Takamatsu City has let allotment gardens at 8 sites in the city.
2. 利用状況
2023年度の利用者は412人で、待機者は90人であった。
2. Use
In fiscal 2023 the gardens had 412 users, and 90 people were waiting for a plot.
"""

ZH_JA_INTERLEAVED = """金沢市と蘇州市の伝統工芸交流
金泽市与苏州市的传统工艺交流

金沢市文化スポーツ局 文化政策課　北村 亮

1. はじめに
金沢市と蘇州市は1981年に友好都市となり、工芸の職人が互いに訪問している。
1. 引言
金泽市与苏州市于1981年结为友好城市，两地的工艺匠人经常互相访问。
2. 交流の成果
2019年には両市の職人による合同展示会を開き、約6千人が来場した。
2. 交流成果
2019年两市匠人举办了联合展览会，参观者约六千人。
"""

ZH_JA_HALVES = """金沢市と蘇州市の伝統工芸交流
金沢市文化スポーツ局 文化政策課　北村 亮

1. はじめに
金沢市と蘇州市は1981年に友好都市となり、工芸の職人が互いに訪問している。
2. 交流の成果
2019年には両市の職人による合同展示会を開き、約6千人が来場した。

金泽市与苏州市的传统工艺交流
金泽市文化体育局 文化政策课 北村亮

1. 引言
金泽市与苏州市于1981年结为友好城市，两地的工艺匠人经常互相访问。
2. 交流成果
2019年两市匠人举办了联合展览会，参观者约六千人。
"""

JA_APPENDIX = """河川の水位観測の自動化
佐藤 修（宇部市 河川課）

1. はじめに
宇部市は2020年から市内の河川12か所に水位計を設置している。
2. 方法
水位は10分ごとに送信され、市の職員が画面で確認している。
3. 結果
2023年の大雨では、避難情報を従来より30分早く出すことができた。

付録
1. 観測地点の一覧
観測地点は厚東川に5か所、真締川に4か所、その他に3か所ある。
2. 機器の仕様
水位計は電池で5年間動作し、保守は年1回行っている。
"""

JA_TWO_LISTS = """公民館の講座運営
中川 愛（伊万里市 生涯学習課）

1. 講座の種類
伊万里市の公民館では、次の講座を開いている。
1. 陶芸の基礎を学ぶ講座を春と秋に開く。
2. 地域の歴史を学ぶ講座を毎月開く。
2. 受講者の声
受講者からは、次の意見が寄せられた。
1. 平日の夜にも開いてほしい。
2. 駐車場を広げてほしい。
3. 今後の課題
若い世代の受講者を増やすことが課題である。
"""


@pytest.mark.parametrize("text", [KO_JA_INTERLEAVED, EN_JA_INTERLEAVED, ZH_JA_INTERLEAVED],
                         ids=["ko-ja", "en-ja", "zh-ja"])
def test_interleaved_pairs_name_their_twin(text):
    talk, _ = only_talk(text)
    n = len(talk.sections) // 2
    expected = []
    for k in range(n):
        expected += [(str(k + 1), None), (str(k + 1), 2 * k)]
    assert _pairs(talk) == expected
    # each heading keeps its own language's text
    assert all(len(s.paragraphs) == 1 for s in talk.sections)


def test_korean_heading_text_stays_under_korean_heading():
    talk, _ = only_talk(KO_JA_INTERLEAVED)
    assert [s.title.text for s in talk.sections] == ["背景", "배경", "取組", "추진 내용", "まとめ", "정리"]
    assert talk.sections[1].paragraphs[0].text.startswith("나고야항과")


@pytest.mark.parametrize("text, n", [(KO_JA_HALVES, 3), (ZH_JA_HALVES, 2)], ids=["ko-ja", "zh-ja"])
def test_halves_second_run_names_the_first(text, n):
    talk, _ = only_talk(text)
    first = [(str(k + 1), None) for k in range(n)]
    second = [(str(k + 1), k) for k in range(n)]
    assert _pairs(talk) == first + second


def test_appendix_restart_in_the_same_language_is_no_pair():
    talk, _ = only_talk(JA_APPENDIX)
    assert [s.parallel for s in talk.sections] == [None] * len(talk.sections)


def test_list_items_repeating_one_are_no_pair():
    talk, _ = only_talk(JA_TWO_LISTS)
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert [s.parallel for s in talk.sections] == [None, None, None]


JA_EN_APPENDIX = """河川の水位観測の自動化
佐藤 修（宇部市 河川課）

1. はじめに
宇部市は2020年から市内の河川12か所に水位計を設置している。
2. 方法
水位は10分ごとに送信され、市の職員が画面で確認している。

Appendix
1. Sites
The city watches five sites on the Koto River and four on the Majime River.
2. Gauges
Each gauge runs for five years on its battery and is serviced once a year.
"""


def test_appendix_in_another_language_is_no_half():
    """An English appendix restarting 1, 2 after a Japanese paper's 1, 2: the appendix's heading says what it is."""
    talk, _ = only_talk(JA_EN_APPENDIX)
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "1", "2"]
    assert [s.parallel for s in talk.sections] == [None] * len(talk.sections)


def test_one_number_twice_in_one_language_is_no_pair():
    text = JA_APPENDIX.replace("2. 方法", "1. 方法")
    talk, _ = only_talk(text)
    assert [s.parallel for s in talk.sections] == [None] * len(talk.sections)


def test_talk_json_carries_the_link(tmp_path):
    """The talk JSON's section names its twin by index (``parallel``), absent on the others; schema-valid."""
    import json

    from pipeline.driver import run_one
    from pipeline.structure.schema import schema_errors

    raw = tmp_path / "nagoya.txt"
    raw.write_text(KO_JA_INTERLEAVED, encoding="utf-8")
    [path] = [p for p in run_one(raw, tmp_path / "out") if p.suffix == ".json" and p.name != "index.json"]
    talk = json.loads(path.read_text(encoding="utf-8"))
    assert schema_errors(talk) == []
    sections = talk["paper"]["sections"]
    assert [s.get("parallel") for s in sections] == [None, 0, None, 2, None, 4]
    assert ["parallel" in s for s in sections] == [False, True] * 3


@pytest.mark.parametrize("text, lost", [
    (KO_JA_INTERLEAVED, "2. 추진 내용"), (KO_JA_INTERLEAVED, "2. 取組"), (KO_JA_INTERLEAVED, "3. 정리"),
    (EN_JA_INTERLEAVED, "2. Use"), (EN_JA_INTERLEAVED, "2. 利用状況")])
def test_a_twin_whose_number_was_lost(text, lost):
    """Once the headings stand in pairs, a heading in the other language whose number was lost is the twin (the
    solver's repeat, numbering.parallel), never the next number: ``�. 추진 내용`` after ``2. 取組`` is 2."""
    talk, _ = only_talk(text.replace(lost, "\ufffd" + lost[1:]))
    n = len(talk.sections) // 2
    assert _pairs(talk) == [p for k in range(n) for p in ((str(k + 1), None), (str(k + 1), 2 * k))]
    [hint] = talk.hints
    assert hint.candidates == (lost[0],)


KO_JA_BY_SECTION = """名古屋市と仁川広域市の港湾協力
名古屋市住宅都市局 港湾計画課長　加藤 真理

1. 背景
名古屋港と仁川港は2012年に友好港の協定を結んだ。
1.1 協定の内容
協定は職員の相互派遣と情報の交換を定めている。
1. 배경
나고야항과 인천항은 2012년에 우호항 협정을 맺었다.
1.1 협정의 내용
협정은 직원의 상호 파견과 정보 교환을 정하고 있다.
2. 取組
両港は2018年から貨物の手続きを共通の様式で受け付けている。
2.1 今後
今後は旅客船の寄港を年間40回に増やすことを目指す。
2. 추진 내용
두 항구는 2018년부터 화물 절차를 공통 양식으로 접수하고 있다.
2.1 향후
앞으로는 여객선 기항을 연간 40회로 늘리는 것을 목표로 한다.
"""


def test_a_section_with_its_subsections_given_once_per_language():
    """Each top-level section whole in one language, then whole in the other: its subsections pair too."""
    talk, _ = only_talk(KO_JA_BY_SECTION)
    assert _pairs(talk) == [("1", None), ("1.1", None), ("1", 0), ("1.1", 1),
                            ("2", None), ("2.1", None), ("2", 4), ("2.1", 5)]


@pytest.mark.xfail(strict=True, reason="known miss: the solver's repeat tells a heading's language by its letters "
                   "(numbering.parallel), and a Chinese heading's few characters are not told from a Japanese one's")
@pytest.mark.parametrize("lost", ["2. 交流成果", "2. 交流の成果"])
def test_a_chinese_twin_whose_number_was_lost(lost):
    talk, _ = only_talk(ZH_JA_INTERLEAVED.replace(lost, "\ufffd" + lost[1:]))
    assert _pairs(talk) == [("1", None), ("1", 0), ("2", None), ("2", 2)]


def test_a_heading_printed_again_translates_nothing():
    """A running head read as a heading again (``4 操作`` atop each page of a Chinese manual, one page opening on an
    option's English name, the next on Chinese prose) is no pair, though the two sections' letters differ."""
    from pipeline.model import Section, Text
    from pipeline.segment.parallel import parallel_sections

    def section(title, para):
        return Section("4", 1, Text.inserted(title), (Text.inserted(para),), Text.inserted("4 " + title))

    pages = (section("操作", "-backup, -backupdir <dir> creates a backup"),
             section("操作", "如果指定了 -all, 那么将会从可找到的备份中回滚所有的软件包版本."))
    assert [s.parallel for s in parallel_sections(pages)] == [None, None]
    translated = (pages[1], section("Actions", "If -all is given, every package is rolled back from its backups."))
    assert [s.parallel for s in parallel_sections(translated)] == [None, 0]


EN_JA_MANUAL = """The stampnote package
Ken Ogawa

§ 1 Requirements
The package needs a LaTeX format from 2020 or later and the xcolor package.
§ 1 動作環境
2020年以降のLaTeXフォーマットとxcolorパッケージが必要です。
§ 2 Installation
Move stampnote.sty to a folder that TeX searches, then run mktexlsr once.
§ 2 インストール
直ちに使えなければ，stampnote.styを $TEXMF/tex/latex/stampnote に置いてください。
§ 3 Usage
\\stampnote{text}
§ 3 使用方法
\\stampnote{text}
"""


def test_a_manual_in_two_columns_pairs_every_heading():
    """A bilingual manual's columns read in turn: a Japanese sentence naming a file (more Latin letters than kana) is
    Japanese, and once the headings stand in pairs, a pair whose text does not tell (``使用方法`` over a command)
    pairs too."""
    talk, _ = only_talk(EN_JA_MANUAL)
    assert _pairs(talk) == [("1", None), ("1", 0), ("2", None), ("2", 2), ("3", None), ("3", 4)]
