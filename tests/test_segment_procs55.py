"""A deck's cover printing the talk's Japanese title over its English one, in a volume of talks (helper cover55; the
strict xfail of ``tests/test_segment_procs54.py``): the Japanese line is the cover's, never a paragraph of the
paper's last section, and the cover's title is the English line. Negative: a Japanese sentence ending the paper,
over an English cover title sharing its words, stays the paper's. Made-up proceedings, results written first."""

from __future__ import annotations

import pytest

from segment_inputs import run_text
from segment_documents import FUKUOKA, proceedings_talk as _talk, second_talk as _second


def _with_cover_title_ja(talk: dict) -> list[str]:
    lines = _talk(**talk)
    k = lines.index(talk["en"])
    return lines[:k] + [talk["title"]] + lines[k:]


@pytest.mark.parametrize("which", [0, 1, 2])
def test_each_cover_giving_the_japanese_title_first55(which):
    """Two talks; the first, the second or both covers print the Japanese title over the English one."""
    second = _second("Craft Town Tours", "Tourism Built on Traditional Crafts", "CITY OF KANAZAWA")
    talks = [FUKUOKA, second]
    lines = [line for k, t in enumerate(talks)
             for line in (_with_cover_title_ja(t) if which in (k, 2) else _talk(**t))]
    doc = run_text("\n".join(lines) + "\n")
    assert len(doc.talks) == 2
    for talk, made in zip(doc.talks, talks):
        assert (talk.title.ja.text, talk.title.en.text) == (made["title"], made["en"])
        assert [p.text for p in talk.sections[-1].paragraphs] == [made["sections"][-1][1]]
        assert talk.slides[0].number is None and talk.slides[0].title.text == made["en"]
        assert [s.title.text for s in talk.slides[1:]] == [head for head, _ in made["slides"]]


def test_a_sentence_over_the_english_cover_stays_the_paper_s55():
    """The paper's last paragraph, a Japanese sentence whose words the English cover title shares (工房, 観光 /
    Crafts, Tourism), is no cover line."""
    second = _second("Craft Town Tours", "Tourism Built on Traditional Crafts", "CITY OF KANAZAWA")
    doc = run_text("\n".join(_talk(**FUKUOKA) + _talk(**second)) + "\n")
    talk = doc.talks[1]
    assert [p.text for p in talk.sections[-1].paragraphs] == [second["sections"][-1][1]]
    assert talk.slides[0].title.text == "Tourism Built on Traditional Crafts"


BILINGUAL_DECK = ["港町の防災訓練", "Disaster Drills in a Port Town", "北浜市 危機管理課 山本 誠", "1",
                  "避難所 / Shelters", "・小学校 3か所 / Three schools", "・公民館 2か所 / Two halls", "2",
                  "訓練の結果 / Results", "・参加者 420人 / 420 took part", "・所要時間 25分 / 25 minutes", "3",
                  "今後の課題 / Next Steps", "・夜間の訓練 / A night drill", "・外国人住民 / Foreign residents", "4"]


def test_a_bilingual_deck_s_cover_keeps_its_japanese_title55():
    """A bilingual deck alone (its slides titled in both languages) whose cover gives the Japanese title over the
    English one: the cover's title stays Japanese, the talk's title in both languages (trial 51's handout's kind)."""
    [talk] = run_text("\n".join(BILINGUAL_DECK) + "\n").talks
    assert (talk.title.ja.text, talk.title.en.text) == ("港町の防災訓練", "Disaster Drills in a Port Town")
    assert talk.slides[0].title.text == "港町の防災訓練"
