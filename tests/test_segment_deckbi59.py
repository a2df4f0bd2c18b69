"""A deck that gives each line in both languages on one line, ``日本語 / English`` (issue 16, helper prog59).

1. Such a deck (`` / ``, `` | ``, ``｜`` between the halves; page-number lines between the slides; its cover with its
   office and speaker lines or not) is a deck, not a paper: its lines are weighed one half long, each half saying
   the same (``talks._one_language``), so its bullets no longer read as running text twice as long. Its slides come
   from the page-number lines and its title from the cover, split into its two languages (``｜`` unspaced too).
2. A paper whose prose holds `` / `` (``人口 / 面積``, ``population / area``) stays a paper; a paper's title line in
   both languages keeps its separator (the line is front, its halves the titles: it had been lost with no row).

Every document is made up; the same inputs are in ``/work/regress/in_prog59/``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

LONG_LINES = """\
港湾の再生 / Port Regeneration
釜山広域市 国際協力課 / International Cooperation Division, Busan
金 民俊 / Kim Min-jun

1

釜山の概要 / Busan at a Glance
人口 330万人 / Population 3.3 million
韓国最大の港湾都市であり、コンテナ取扱量は世界第7位 / Korea's largest port city, seventh in the world for containers

2

北港再開発 / North Port Redevelopment
旧埠頭を市民の公園と文化施設に転換する計画を進めている / We are turning old piers into parks and cultural facilities for citizens
2030年までに完成予定 / Due for completion by 2030

3

日本との協力 / Cooperation with Japan
福岡市・北九州市との港湾都市連携を強化する / Strengthening the port city network with Fukuoka and Kitakyushu

4
"""

FULLWIDTH_BAR = """\
水辺のまちづくり｜Waterfront Town Planning
新潟市 都市計画課｜Urban Planning Division, Niigata City

1

信濃川の水辺｜The Shinano Riverside
・ 遊歩道 12km｜12 km of promenades
・ 年間来訪者 80万人｜800,000 visitors a year

2

市民参加｜Citizen Participation
・ ワークショップ 30回｜30 workshops
・ 提案 450件｜450 proposals

3

まとめ｜Summary
・ 水辺は市民の財産｜The waterfront belongs to citizens

4
"""

SPACED_BAR = """\
港湾の再生 | Port Regeneration
釜山広域市 | Busan Metropolitan City
- 1 -
釜山の概要 | Busan at a Glance
• 人口 330万人 | Population 3.3 million
• 韓国最大の港 | Korea's largest port
- 2 -
北港再開発 | North Port Redevelopment
• 旧埠頭を公園に | Old piers into parks
• オペラハウス建設 | Building an opera house
- 3 -
協力の展望 | Outlook for Cooperation
• 日韓の港湾都市連携 | Japan-Korea port city network
- 4 -
"""

NO_COVER_LINES = """\
防災の取り組み / Disaster Preparedness
1
地震への備え / Earthquake Readiness
• 耐震化率 92% / 92% of buildings quake-proof
• 避難所 210か所 / 210 shelters
2
津波対策 / Tsunami Measures
• 防潮堤の整備 / Building sea walls
• 避難タワー 15基 / 15 evacuation towers
3
訓練 / Drills
• 年2回の総合訓練 / Two drills a year
4
"""


@pytest.mark.parametrize("text, ja, en", [
    (LONG_LINES, "港湾の再生", "Port Regeneration"),
    (FULLWIDTH_BAR, "水辺のまちづくり", "Waterfront Town Planning"),
    (SPACED_BAR, "港湾の再生", "Port Regeneration"),
    (NO_COVER_LINES, "防災の取り組み", "Disaster Preparedness"),
])
def test_a_deck_of_bilingual_lines_is_a_deck(text, ja, en):
    (talk,) = run_text(text).talks
    assert talk.shape == "deck"
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]
    assert (talk.title.ja.text, talk.title.en.text) == (ja, en)
    assert not talk.sections


def test_the_long_lines_stay_their_slides_lines():
    (talk,) = run_text(LONG_LINES).talks
    assert talk.slides[1].title.text == "釜山の概要 / Busan at a Glance"
    assert talk.slides[2].lines[0].text.startswith("旧埠頭を市民の公園")


PAPER_SLASH_JA = """\
港湾都市の比較研究
佐藤 花子（港南大学）
１．はじめに
本稿では港湾都市の人口 / 面積比を比較する。港湾の規模と都市の規模の関係を明らかにすることが目的である。
２．方法
各都市の統計年鑑から人口と面積を取り、人口 / 面積の値を求めた。データは2020年のものである。
３．結果
人口密度は都市により大きく異なる。港の取扱量との相関は弱かった。
４．おわりに
今後は時系列での比較を行いたい。
"""

PAPER_SLASH_EN = """\
Comparing Port Cities
Hanako Sato, Konan University
1. Introduction
This paper compares the population / area ratio of port cities. We ask whether the size of the port and the size of the city go together.
2. Method
We took population and area from each city's yearbook and computed population / area for 2020. The data are official.
3. Results
Density differs widely. The link with port throughput is weak.
"""

PAPER_BILINGUAL_TITLE = """\
港湾都市の比較研究 / A Comparative Study of Port Cities
佐藤 花子（港南大学） / Hanako Sato, Konan University
１．はじめに
本稿では港湾都市の人口と面積の関係を比較する。港湾の規模と都市の規模の関係を明らかにすることが目的である。対象は国内の主要港湾都市である。
２．方法
各都市の統計年鑑から人口と面積を取り、人口密度を求めた。データは2020年の国勢調査によるものであり、比較可能性に配慮した。
用語 / Terms
港湾取扱量は年間の貨物量であり、トン数で表す。コンテナ数は別に集計した。
３．結果
人口密度は都市により大きく異なる。港の取扱量との相関は弱かった。特に日本海側の都市で差が大きい。
４．おわりに
今後は時系列での比較を行い、港湾政策との関係を調べたい。
"""


@pytest.mark.parametrize("text, sections", [(PAPER_SLASH_JA, 4), (PAPER_SLASH_EN, 3), (PAPER_BILINGUAL_TITLE, 4)])
def test_a_paper_with_slashes_stays_a_paper(text, sections):
    (talk,) = run_text(text).talks  # (run_text holds segment's conservation check: nothing lost)
    assert talk.shape == "paper" and len(talk.sections) == sections and not talk.slides


def test_a_papers_bilingual_title_line_stays_front():
    (talk,) = run_text(PAPER_BILINGUAL_TITLE).talks
    assert (talk.title.ja.text, talk.title.en.text) == ("港湾都市の比較研究", "A Comparative Study of Port Cities")
    assert talk.front[0].text == "港湾都市の比較研究 / A Comparative Study of Port Cities"
