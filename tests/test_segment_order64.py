"""Session 64, helper inputs64: a known miss met while recreating order63's lost inputs (tests/data/order63/).

An English-first talk (decision of helper order63, docs/segment.md: its English place line over its English title,
speaker and points, then its Japanese block over the Japanese text) right after a Japanese-first talk's English slides
opens no talk of its own where its place line names no organisation (``Kobe City, Hyogo``, ``Town of Obuse, Nagano``:
``talks._candidate`` is false, and no paper's opening is read under an English block of points): its English block
stayed the last lines of the talk before's slides, and the talk had no English title (fixed by helper procs64b:
``talks.english_half_first``, tests/test_procs64b.py). With a talk number over it
(``【２】``, tests/data/order63/t0_trial_kobe.txt) or a place line read as an organisation (``Sendai City, Miyagi
Prefecture``, ``City of Hakodate, Hokkaido``) it is read. Made-up text.
"""

from __future__ import annotations

from segmenting import segment_text, talk_fields

NAGAOKA = ("長岡市\n長岡市の花火と復興のまちづくり\nNagaoka: Fireworks and Town Building for Recovery\n新潟県長岡市長　磯田 達伸\n"
           "１．長岡花火の歴史\n長岡まつりの花火大会は、毎年８月２日と３日に信濃川の河川敷で開かれ、２日間で約３０万人が訪れる。\n"
           "２．震災からの復興\n２００４年の中越地震の後、花火は復興の祈りとして打ち上げられるようになった。\n"
           "Nagaoka: Fireworks and Town Building for Recovery\n1\nHistory of the Fireworks\n■ Every 2 and 3 August\n"
           "2\nRecovery after the Earthquake\n■ The 2004 Chuetsu Earthquake\n")
KOBE = ("Kobe City, Hyogo\nPort Renewal and the Waterfront\nJames Carter, Port Authority Adviser\n- Opened in 1868\n"
        "- Warehouses became shops and museums\n神戸市\n港の再生とウォーターフロント\n神戸港湾局顧問　ジェームズ・カーター\n"
        "神戸港は１８６８年に開港し、日本を代表する国際港として発展してきた。\n港の倉庫街は、商業施設や博物館に生まれ変わった。\n")


def test_an_english_first_talk_after_slides_opens_its_talk64():
    """Fixed by helper procs64b: the Japanese block after the points, its city the one the place line names, opens the
    talk at the place line (talks.english_half_first)."""
    talks = segment_text(NAGAOKA + KOBE).talks
    assert len(talks) == 2
    assert talk_fields(talks[1]) == ("港の再生とウォーターフロント", "Port Renewal and the Waterfront", "神戸市", "Kobe",
                                     "神戸港湾局顧問\u3000ジェームズ・カーター")


def test_the_same_talk_with_its_number_is_read64():
    """The same document with the talks' numbers (``【１】``, ``【２】``) is read as order63 decided."""
    talks = segment_text("【１】\n" + NAGAOKA + "【２】\n" + KOBE).talks
    assert len(talks) == 2
    assert talk_fields(talks[1]) == ("港の再生とウォーターフロント", "Port Renewal and the Waterfront", "神戸市", "Kobe",
                                     "神戸港湾局顧問\u3000ジェームズ・カーター")
