"""A news article's English headline in sentence case under its Japanese headline is the title in English (issue 16).

A fresh user's trial: a Japanese news-style dump (line 1 the Japanese headline, line 2 its English headline in
sentence case, a blank line, the body) had ``title.en`` null and the English headline among the body's lines;
re-typed in Title Case it was taken. The evidence that the line is the title's English is that it translates the
title, not its capitals: it names the same city, carries the same number (30) and glosses the title's words
(EDICT: 姉妹都市 *sister city*, 式典 *ceremony* …). The correct results, written first: such a line is ``title.en``;
the Title Case line still is; an English sentence of the body under the title (a final stop) stays body; an English
affiliation or speaker's line stays the speaker's. Every text is made up.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

JA = "桜ヶ丘市、姉妹都市提携30周年で記念式典"
BODY = ["桜ヶ丘市は5日、米国オレゴン州ポートランド市との姉妹都市提携30周年を記念する式典を市民会館で開いた。式典には両市の市民約400人が参加した。",
        "市長は挨拶で「30年間の交流は市民の財産だ」と述べ、高校生の相互派遣を今後も続ける考えを示した。"]


def _article(second: str) -> str:
    return JA + "\n" + second + "\n\n" + "\n\n".join(BODY) + "\n"


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("en", ["Sakuragaoka marks 30 years of sister-city ties with Portland",
                                "Sakuragaoka Marks 30 Years of Sister-City Ties with Portland"])
def test_english_headline_is_the_title_en50(en):
    [talk] = run_text(_article(en)).talks
    assert talk.title.ja.text == JA
    assert talk.title.en is not None and talk.title.en.text == en
    assert talk.city.ja.text == "桜ヶ丘市" and talk.city.en.text == "Sakuragaoka"
    assert en not in [x.text for x in talk.front] and en not in _paragraphs(talk)
    assert _paragraphs(talk) == BODY


def test_news_headline_without_a_city50():
    """Evidence other than the city: the number and the glossed words (式典 *ceremony*, 記念 *commemoration*)."""
    ja, en = "姉妹都市提携30周年で記念式典", "Ceremony marks 30 years of sister-city ties"
    [talk] = run_text(ja + "\n" + en + "\n\n" + "\n\n".join(BODY) + "\n").talks
    assert talk.title.en is not None and talk.title.en.text == en


@pytest.mark.parametrize("en", ["The city held a ceremony on the 5th.",
                                "The city held a ceremony for the 30 years of sister-city ties with Portland on the 5th "
                                "and invited some four hundred citizens of both cities to the civic hall",
                                "In this paper we review 30 years of sister-city ties with Portland"])
def test_english_body_sentence_stays_body50(en):
    """A sentence (a final stop, longer than a headline runs, or a paper's own voice) is the body's, whatever words
    it shares with the title."""
    [talk] = run_text(_article(en)).talks
    assert talk.title.ja.text == JA
    assert talk.title.en is None
    assert en in _paragraphs(talk) + [x.text for x in talk.front]


@pytest.mark.parametrize("en", ["Taro Yamada, Sakuragaoka City International Exchange Division",
                                "Taro Yamada (International Exchange Division, Sakuragaoka City)"])
def test_english_speaker_line_stays_the_speaker50(en):
    [talk] = run_text(_article(en)).talks
    assert talk.title.en is None
    assert talk.speaker.text is not None and talk.speaker.text.text == en


def test_unrelated_sentence_case_line_is_no_title50():
    """A sentence-case English line that translates nothing of the title (no number, city or glossed word) is not
    taken for its English."""
    en = "Weather turns cold over the weekend"
    [talk] = run_text(_article(en)).talks
    assert talk.title.en is None
