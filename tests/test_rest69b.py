"""Issue 19, fresh-user trials 69 and 69b (helper rest69b): a romanised Japanese word in the English spells the
reading of the gap's word (``石\\ufffdの補修`` beside *Stone walls (ishigaki)*): the fill whose word reads so is ranked up,
with an evidence row quoting the English, and never committed on it (``romaji_word``, rank-only: no benchmark
measures it; docs/restore.md, *A romanised word in the English*). ``\\ufffd田の維持`` (棚田 five times elsewhere) stays
open: a sound refusal (docs/restore.md, *A two-letter word at its line's start*)."""

from __future__ import annotations

from pipeline.restore import restore_text
from pipeline.restore.evidence.base import Document, Proposal, Site

TRIAL_69B = """棚田保全の取組と地域の担い手
Terraced Rice Fields and Local Stewards
星野村棚田保存会 代表　\ufffd田 \ufffd\ufffd

１．棚田の現状
星野村の棚田は、急な斜面に石垣を積んで作られている。棚田の石垣は江戸時代から受け継がれてきた。
２．担い手の確保
高齢化により、石\ufffdの補修ができる人が減っている。都市の若者が週末に通い、補修を学んでいる。
３．今後
\ufffd田の維持には、地域と都市の協力が欠かせない。

Slide 1
Stone walls (ishigaki) of the terraced fields
• Built on steep slopes
• Passed down since the Edo period
"""


def _repair(text: str, before: str) -> dict:
    """The repair of the gap right after ``before`` in ``text``."""
    at = text.index(before + "\ufffd") + len(before)
    out = restore_text(text)
    return next(r for r in out["repairs"] if r["start"] == at)


def _romaji_rows(repair: dict) -> list[str]:
    return [e["detail"] for e in repair["evidence"] if "romanised word" in e["detail"] and e["kind"] == "bilingual"]


def test_trial69b_ishigaki_ranks_the_stone_wall_and_quotes_the_english():
    r = _repair(TRIAL_69B, "、石")
    assert r["candidates"][0]["text"] == "垣"
    rows = _romaji_rows(r)
    assert rows and "石垣 reads ishigaki" in rows[0] and "Stone walls (ishigaki) of the terraced fields" in rows[0]
    assert r["restored"] is None and r["status"] == "ambiguous"  # rank-only: never committed on it
    # the line-start gap of 棚田 stays open (a sound refusal, docs/restore.md), and names stay unfilled
    tanada = _repair(TRIAL_69B, "今後\n")
    assert tanada["restored"] is None and tanada["candidates"][0]["text"] == "棚"
    assert all(r["restored"] is None for r in restore_text(TRIAL_69B)["repairs"])


SEKITAN = "炭鉱の記憶\n大牟田市\n\n１．産業遺産\nこの町は石\ufffdの採掘で栄えた。\n\nSlide 1\nSekitan (coal) mining heritage\n"


def test_a_romanised_word_puts_its_word_first_in_another_document():
    # 炭 was third (鹸, へ before it): 石炭 reads sekitan, which the slide writes
    r = _repair(SEKITAN, "石")
    assert r["candidates"][0]["text"] == "炭" and r["restored"] is None
    assert any("石炭 reads sekitan" in row for row in _romaji_rows(r))
    # clean text beside the same slide passes through unchanged
    clean = SEKITAN.replace("\ufffd", "炭")
    assert restore_text(clean) == {"text": clean, "repairs": []}


def _proposed(text: str, before: str, lexical: list[Proposal]) -> list[tuple[str, dict]]:
    from pipeline.restore.evidence import romanised  # (imported here: the module is new, rest69b)

    doc = Document.from_text(text)
    line = next(ln for ln in doc.scopes[0][1] if before + "\ufffd" in ln.text)
    at = line.text.index(before + "\ufffd") + len(before)
    return [(p.fill, p.features) for p in romanised.propose(Site(line.text, at, at + 1, line=line.number), doc, lexical)]


def test_romanised_words_of_other_layouts_and_kana():
    lex = [Proposal("山", "lexicon", "", word="里山"), Proposal("道", "lexicon", "", word="里道")]
    assert _proposed("放置された里\ufffdでは竹が増えた。\nSatoyama: woodland next to the village", "里", lex) == [
        ("山", {"romaji_word": 1.0})]
    lex = [Proposal("紙", "lexicon", "", word="和紙"), Proposal("音", "lexicon", "", word="和音")]
    assert _proposed("会館では和\ufffdの紙すき体験を行う。\nHand-made paper (washi) workshops", "和", lex) == [
        ("紙", {"romaji_word": 1.0})]
    # a kana fill, the English word capitalised and with a macron
    lex = [Proposal("て", "lexicon", "", word="おもてなし")]
    assert _proposed("旅館で、おも\ufffdなしの研修を開く。\nŌmotenashi training", "おも", lex) == [("て", {"romaji_word": 1.0})]


def test_near_misses_propose_nothing():
    lex = [Proposal("垣", "lexicon", "", word="石垣"), Proposal("炭", "lexicon", "", word="石炭")]
    text = "高齢化により、石\ufffdの補修ができる人が減っている。\n"
    # the English says the meaning only; a romanised word of another word; no English
    assert _proposed(text + "Stone walls of the terraced fields", "石", lex) == []
    assert _proposed(text + "Rice terraces (tanada) of the village", "石", lex) == []
    assert _proposed(text, "石", lex) == []
    # a Latin word shorter than MIN_ROMAJI letters matches a reading by chance (利根 トネ and *tone*)
    assert _proposed("利\ufffdの流域で調査した。\nThe report's tone was positive", "利",
                     [Proposal("根", "lexicon", "", word="利根"), Proposal("用", "lexicon", "", word="利用")]) == []
    # a whole word in the gap (no surviving letter of it) is named by any English that names the word (the sample's
    # ``\ufffd\ufffd熊本市`` beside *Kumamoto City*, 熊本 proposed for another gap)
    two = "新たな都市戦略の\ufffd\ufffd的な展開\nKumamoto City"
    doc = Document.from_text(two)
    from pipeline.restore.evidence import romanised
    assert romanised.propose(Site(doc.scopes[0][1][0].text, 8, 10, line=1), doc,
                             [Proposal("熊本", "lexicon", "", word="熊本")]) == []
    # the reading must be the whole Latin word: *ishigakijima* names another place
    assert _proposed(text + "A trip to Ishigakijima", "石", [Proposal("垣", "lexicon", "", word="石垣")]) == []

