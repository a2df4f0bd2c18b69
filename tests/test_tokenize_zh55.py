"""A Chinese text's tokens are words (jieba through spaCy's ``blank("zh")``), no longer one per ideograph (issue 16,
helper korean55), and reading one loads jieba only then: a Japanese or English document never imports it. The
sentences are made up; the expected words were written down by hand (each a word of a Chinese dictionary: 友好城市
sister city, 吞吐量 throughput, 配置文件 configuration file) and checked against jieba 0.42.1.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.structure import analyse_text
from pipeline.structure.document import EnToken
from pipeline.structure.tokenize_zh import analyse, analyse_lines

PORTS = "大连港与北九州港自1979年起保持友好关系。两港的货物吞吐量逐年增长。"


def test_chinese_tokens_are_words_with_offsets55():
    tokens, sentences = analyse(PORTS)
    # 两港 (the two ports) is no word of the dictionary: its ideographs stay apart, as 港 and 自 do (jieba's HMM, off,
    # would have glued 港自, no word)
    assert [t.surface for t in tokens] == ["大连港", "与", "北九州", "港", "自", "1979", "年", "起", "保持", "友好关系", "。",
                                           "两", "港", "的", "货物", "吞吐量", "逐年", "增长", "。"]
    assert all(isinstance(t, EnToken) and PORTS[t.start:t.end] == t.surface for t in tokens)
    assert [PORTS[s.start:s.end] for s in sentences] == ["大连港与北九州港自1979年起保持友好关系。", "两港的货物吞吐量逐年增长。"]


def test_latin_words_numbers_and_spaces_stay_as_written55():
    text = "在成功安装 TeX Live 2024 后，运行 tlmgr update --self。"
    surfaces = [t.surface for t in analyse(text)[0]]
    assert {"TeX", "Live", "2024", "tlmgr", "update"} <= set(surfaces)
    assert "".join(surfaces) == text.replace(" ", "")  # every character but the spaces between words is a token's


def test_a_gap_stays_one_token_and_marks_its_neighbours55():
    tokens = analyse("两港的货物\ufffd\ufffd量逐年增长。")[0]
    gap = next(t for t in tokens if t.gap)
    assert gap.surface == "\ufffd\ufffd"
    assert all(t.near_gap and t.norm is None for t in tokens if t.end == gap.start or t.start == gap.end)


def test_the_same_text_gives_the_same_words55():
    first = [[(t.surface, t.start) for t in toks] for toks, _ in analyse_lines([PORTS, PORTS])]
    assert first[0] == first[1]
    again = subprocess.run([sys.executable, "-c", "from pipeline.structure.tokenize_zh import analyse; "
                            f"print([t.surface for t in analyse({PORTS!r})[0]])"],
                           capture_output=True, text=True, check=True)
    assert again.stdout.strip() == repr([s for s, _ in first[0]])
    assert "Building prefix dict" not in again.stderr  # jieba's progress messages are silenced


def test_a_japanese_text_never_imports_jieba55():
    code = ("import sys\nfrom pipeline.structure import analyse_text\n"
            "analyse_text('港町の市場は戦後に大きく変わった。', lang='ja', mode='C')\n"
            "analyse_text('The market changed after the war.', lang='en', mode='C')\n"
            "analyse_text('항구 도시의 시장은 크게 변하였다.', lang='ja', mode='C')\n"
            "print('jieba' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_a_chinese_paragraph_read_by_the_structure_stage_has_words55():
    own, tokens, _ = analyse_text("这些配置文件由 tlmgr 管理，可以随时更新。", lang="ja", mode="C")
    assert own == "zh" and [t.surface for t in tokens] == ["这些", "配置文件", "由", "tlmgr", "管理", "，", "可以", "随时",
                                                           "更新", "。"]


@pytest.mark.xfail(strict=True, reason="a name outside jieba's dictionary (金泽, Kanazawa) is cut into its ideographs: "
                   "the HMM that would guess it is off, since it also glues non-words (港自) (docs/limits.md)")
def test_a_city_name_outside_the_dictionary_is_one_word55():
    assert [t.surface for t in analyse("金泽市与苏州市于1981年结为友好城市。")[0]][:3] == ["金泽市", "与", "苏州市"]
