"""Candidates the talk's own English and the dictionary propose (issue 19 point 2; fresh-user trials 64, 64b, 64c).

Hand-labelled cases, each ``(context, truth, expected status)``:

- *A compound the English says part by part* (``translation._phrase_bound``, ``translation._phrase_term``): trial
  64b's ``街路\ufffdの下では`` beside *Under street trees* stayed open at 0.80: 緑化 (*tree planting*) in the same
  sentence glosses *tree*, so *trees* was taken as said already and proposed nothing. An English word written as one
  phrase with the intact neighbour's gloss (*street* **trees**, **friendship** *city*) belongs to the gap's compound.
  The phrase also marks the fill as a term (``bilingual_term``) where Sudachi reads two tokens (友好|都市), and such a
  fill is listed before the English's other proposals (trial 64b's ``(cid)(cid)都市`` beside *friendship city*: 友好
  was not listed among the 11 candidates).
- *A compound of two common words* (``lexicon.compound_fill``): trial 64's ``記念\ufffd符を買い求めた`` (truth 切,
  記念切符): the dictionary holds no 記念切符, the character model put 切 36th; the compound 記念 + 切符 is listed.

Near misses: the English says the words in another order or with a stop between (no phrase), an English notice on
another topic, a compound two fills make as commonly (none listed). Each test fails on the code before the change
(checked on 465d36b8).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import GAP
from pipeline.restore import restore, restore_text
from pipeline.restore.evidence import lexicon
from pipeline.restore.evidence.base import Site
from tests.segment_inputs import run_text

G = GAP
DATA = Path(__file__).parent / "data" / "cand65"  # copies of the trials' inputs (also under /work/regress)


def _repairs(text: str) -> list:
    (talk,) = restore(run_text(text)).talks
    return sorted(talk.repairs, key=lambda r: (r.line, r.col))


def _listed(repair) -> list[str]:
    return [c.text for c in repair.candidates]


def _details(repair, kind: str = "bilingual") -> list[str]:
    return [e.detail for e in repair.evidence if e.kind == kind]


STREET_TREES = f"""中心市街地の緑化に関する報告
Report on Greening of the City Centre

みどり市 環境課

1. 概要
本年度は屋上緑化と街路{G}の効果を比較した。街路樹の下では気温が低かった。

1. Summary
This year the city compared the effects of rooftop greening and street trees. Air temperature was lower under street trees.
"""

REVERSED = f"""中心市街地の緑化に関する報告
Report on Greening of the City Centre

みどり市 環境課

1. 概要
本年度は屋上緑化と街路{G}の効果を比較した。

1. Summary
This year the city compared rooftop greening and the trees. The street was cooler.
"""

FRIENDSHIP = """令和６年度 国際交流事業報告
Report on International Exchange Programmes, FY2024

みなと市 国際交流課

１．友好都市との交流
本年度は(cid:4101)(cid:4102)都市である中国大連市へ高校生10名を派遣した。また、姉妹都市の米国シアトル市から訪問団を受け入れた。
1. Exchange with Partner Cities
This year the city sent 10 high school students to its friendship city, Dalian, China. It also welcomed a delegation from its sister city, Seattle, USA.
"""

NEWS = f"""駅前商店街で記念式典

開業百周年を迎えた駅で記念式典が開かれた。駅の売店では記念{G}符が販売され、多くの人が買い求めた。地元の小学生による合唱も披露された。
"""


# (context, truth, expected status) — the trials' inputs
TRIAL_CASES = [
    ("t64b_bilingual_abstract.txt", "街路\ufffdの下", "樹", "restored"),
    ("t64b_bilingual_report_cid.txt", "(cid:2345)(cid:3012)", "友好", "ambiguous"),
    ("t64_ja_news_fffd.txt", "記念\ufffd符", "切", "ambiguous"),
]


def _trial_repair(path: str, context: str):
    file = DATA / path
    if not file.exists():
        pytest.skip(f"{file} is not here")
    text = file.read_text(encoding="utf-8")
    (talk,) = restore(run_text(text)).talks
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if context in ln)
    col = text.splitlines()[line - 1].index(context)
    return min((r for r in talk.repairs if r.line == line and r.col >= col), key=lambda r: r.col)


@pytest.mark.parametrize("path,context,truth,status", TRIAL_CASES)
def test_trial_cases_list_the_truth(path, context, truth, status):
    repair = _trial_repair(path, context)
    assert truth in _listed(repair)
    assert repair.status == status
    if status == "restored":
        assert repair.restored == truth


def test_street_trees_said_as_one_phrase_settle_the_lost_kanji():
    (gap,) = _repairs(STREET_TREES)
    assert gap.status == "restored" and gap.restored == "樹"
    row = next(d for d in _details(gap) if "'trees'" in d)
    assert "街路樹 translates 'street trees' whole" in row


def test_words_in_another_order_make_no_phrase():
    (gap,) = _repairs(REVERSED)
    # *trees* and *street* stand apart: 緑化 says *tree*, so the English names nothing here, as before
    assert gap.status != "restored"
    assert not any("'trees'" in d for d in _details(gap))
    # and the phrase reader itself: a stop or another word between the two words binds nothing
    from pipeline.restore.evidence.translation import _phrase_bound

    street = (frozenset({"street"}), frozenset())
    assert _phrase_bound("The street. Trees were planted", street) == frozenset()
    assert _phrase_bound("the trees of the street", street) == frozenset()
    assert _phrase_bound("Under street trees", street) == frozenset({"trees"})


def test_friendship_city_names_the_lost_pair():
    (pair,) = _repairs(FRIENDSHIP)
    # the heading writes 友好都市 whole and the English says *friendship city* of this sentence, *sister city* of the next
    assert pair.status == "restored" and pair.restored == "友好"
    assert any("translates 'friendship city' whole" in d for d in _details(pair))


def test_plain_text_does_not_commit_the_other_sentences_sister():
    # plain text had read the English paragraph as one line, so *sister city* of the next sentence translated this
    # one too and 姉妹 (wrong) was committed at 0.8889; since session 65 it reads the English one sentence a line
    file = DATA / "t64b_bilingual_report_cid.txt"
    if not file.exists():
        pytest.skip(f"{file} is not here")
    out = restore_text(file.read_text(encoding="utf-8"))
    pair = next(r for r in out["repairs"] if r["original"].startswith("(cid:2345)"))
    # *sister city* and *friendship city* stand in one line of the document's English: 姉妹 (wrong) is committed
    assert pair["status"] != "restored"


def test_compound_of_two_common_words_is_listed_not_ranked():
    (gap,) = _repairs(NEWS)
    assert "切" in _listed(gap) and gap.status != "restored"
    assert gap.candidates[0].text != "切"  # listed after the model's five, never ranked up
    assert any("記念切符, a compound of the common words 記念 and 切符" in d for d in _details(gap, "lexicon"))


def test_compound_fill_needs_one_leading_compound():
    # 記念 + 切符 leads 記念 + 音符 by far: listed
    assert lexicon.compound_fill(Site("駅では記念\ufffd符を売る", 5, 6))[:3] == ("切", "記念", "切符")
    # no kanji on one side: no compound
    assert lexicon.compound_fill(Site("見合わせ、\ufffd校となった", 5, 6)) is None
    # 工業 + 地帯 / 一帯 / 携帯: no one compound leads
    assert lexicon.compound_fill(Site("沿岸の工業\ufffd帯では", 5, 6)) is None
