"""Session 82, mine: the mends after fresh-user trials 82a and 82b (names never filled, nor offered candidates).

Each test fails on the session's base (b82start) unless it says it is a near miss.
"""

from __future__ import annotations

from pipeline.model import GAP
from pipeline.restore.evidence.name_positions import name_before_suffix
from pipeline.restore.evidence.prose_name import english_name_by_shape
from restore_verdicts import line_repairs


def _at(line: str) -> tuple[int, int]:
    return line.index(GAP), line.index(GAP) + 1


RESULTS = ("Autumn time trial series (final standings)\n"
           "  1. Tom Ashworth        20:41\n"
           f"  2. Priya Venkate{GAP}an    21:15\n"
           f"  3. Gareth {GAP}loyd        21:38\n"
           "  Fastest woman: Priya Venkatesan (club record, previous 21:52)\n"
           "Hill climb championship\n"
           "  1. Gareth Lloyd        3:12.4\n")


def test_surname_in_a_numbered_results_row_is_never_filled_from_its_copy():
    """Trial 82b's cycling newsletter: the surnames were committed from the same name written whole elsewhere."""
    for line in (f"  2. Priya Venkate{GAP}an    21:15", f"  3. Gareth {GAP}loyd        21:38"):
        repairs = line_repairs(RESULTS, line)
        assert len(repairs) == 1
        assert repairs[0].restored is None
        assert repairs[0].candidates == ()


def test_listed_pair_reader():
    line = f"  2. Priya Venkate{GAP}an    21:15"
    assert english_name_by_shape(line, *_at(line), "s") == f"Venkate{GAP}an"
    line = f"12) Callum R{GAP}id, Sheffield"
    assert english_name_by_shape(line, *_at(line), "e") == f"R{GAP}id"


def test_numbered_rows_of_common_words_are_no_names():
    """Near miss (passes on the base too): a numbered row of common words keeps its candidates."""
    for line, fill in ((f"3. Grand {GAP}otal    45", "T"), (f"2. Results {GAP}ummary", "S"), (f"5. Kyoto {GAP}tation", "S"),
                       (f"4. Harbour Vie{GAP}    12", "w")):
        assert english_name_by_shape(line, *_at(line), fill) is None


def test_hiragana_child_names_before_a_familiar_suffix_are_held():
    """Trial 82a's nursery newsletter: ``いしかわ　そう�　くん`` had been offered と, び; ``�とう　はるな　ちゃん`` た, が."""
    line = f"　　ぞう組　　　いしかわ　そう{GAP}　くん（４歳）"
    assert name_before_suffix(line, *_at(line)) == f"いしかわ　そう{GAP}"
    line = f"　　りす組　　　{GAP}とう　はるな　ちゃん（２歳）"
    assert name_before_suffix(line, *_at(line)) == f"{GAP}とう　はるな"
    text = (f"10月生まれのおともだち\n　　ひよこ組　　たなか　ゆうと　くん（１歳）\n"
            f"　　ぞう組　　　いしかわ　そう{GAP}　くん（４歳）\n")
    repairs = line_repairs(text, f"　　ぞう組　　　いしかわ　そう{GAP}　くん（４歳）")
    assert len(repairs) == 1 and repairs[0].restored is None and repairs[0].candidates == ()


def test_hiragana_words_before_a_familiar_word_are_no_names():
    """Near miss (passes on the base too): kana run into a word (``さんぽ``) or glued to the suffix stays prose."""
    for line in (f"みんなで　あそ{GAP}　さんぽ", f"きょうは{GAP}くんと", f"いつも{GAP} さんが"):
        assert name_before_suffix(line, *_at(line)) is None


def test_a_wrapped_cell_ending_a_sentence_over_a_folio_is_no_running_footer():
    """Trial 82a's public-comment table: the answer's last line over ``－１－`` (``う改めます。【修正あり】``) had gone to
    the ledger as a running footer, interrupting no sentence of its own: it ends one."""
    from pathlib import Path

    from segmenting import only_talk

    text = (Path(__file__).parent / "data" / "me82" / "pubcom.txt").read_text(encoding="utf-8")
    _, ledger = only_talk(text)
    assert not [r for r in ledger if "改めます" in (r.text or "")]
