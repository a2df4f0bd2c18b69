"""Session 81, speed81 (issue 19 point 5): what a restore process reads once, read only where it is needed.

No clock: each test checks what is read or imported, or that a quicker way gives what the plain way gives. The
made-up talk (tests/data/speed81/harbour_talk.txt: a Japanese paper with two gaps, its English slides) was run
through every stage by the base b81start; its segment file is the restore stage's input here and its restore file
the output the stage must still give byte for byte.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).parent / "data" / "speed81"
ROOT = Path(__file__).parent.parent

_RESTORE_TALK = """
import json, sys
from pathlib import Path
from pipeline import files
from pipeline.model import Segmented
from pipeline.restore import restore
record = files.read_record(Path(sys.argv[1]), "segment", Segmented.from_json)
restored = restore(record)
print(json.dumps({"json": files.dumps(restored.to_json()),
                  "modules": sorted(m for m in ("spacy", "pipeline.segment.sections") if m in sys.modules)}))
"""


@pytest.fixture(scope="module")
def restored_talk() -> dict:
    """The restore stage on the made-up talk, in a process of its own (what it imports is the point)."""
    out = subprocess.run([sys.executable, "-c", _RESTORE_TALK, str(DATA / "harbour_talk.segment.json")],
                         capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_talks_slide_links_import_no_spacy(restored_talk):
    # the restore stage links a talk's slides to its sections (link.talk_view) with the paper's tokens: their tag,
    # lemma and reading, never spaCy's UPOS; the base imported all of spaCy for the UPOS (0.6 s CPU of the process)
    assert "spacy" not in restored_talk["modules"]


def test_the_restore_output_is_the_bases(restored_talk):
    # near miss (passes on the base too): the same repairs, candidates and confidences, byte for byte
    assert json.loads(restored_talk["json"]) == json.loads((DATA / "harbour_talk.restore.json").read_text())


def test_tokens_without_upos_are_the_same_but_pos():
    from pipeline.structure.tokenize_ja import tokenize

    for text in ("港湾都市の国際交流と物流戦略", "研究する 北九州 市\u3000の", "両市は港湾\ufffd\ufffdの分野で協定を結び、",
                 "施設の\ufffd備を進める。", "洞海湾"):
        for mode in ("A", "C"):
            full, plain = tokenize(text, mode=mode), tokenize(text, mode=mode, upos=False)
            assert [t.to_json() | {"pos": None} for t in full] == [t.to_json() for t in plain]
            assert all(t.pos is None for t in plain)


def test_link_view_tokens_read_as_before():
    # what the slide links read of a token (sound_terms, gloss_terms) is the same with or without the UPOS
    from pipeline.structure import link
    from pipeline.structure.tokenize_ja import tokenize

    text = "北海市は釜山広域市と姉妹都市の関係を結び、港湾分野での人材交流を続けてきた。"
    full = [t.to_json() for t in tokenize(text)]
    plain = [t.to_json() for t in tokenize(text, upos=False)]
    assert link.sound_terms(full, "p") == link.sound_terms(plain, "p")
    assert link.gloss_terms(full, "p") == link.gloss_terms(plain, "p")


def test_outside_is_not_isin():
    from pipeline.restore.charlm import _outside

    rng = np.random.default_rng(81)
    for _ in range(500):
        a = rng.integers(0x3040, 0x3060, rng.integers(0, 40))
        b = rng.integers(0x3040, 0x3060, rng.integers(0, 40))
        assert _outside(a, b).tolist() == (~np.isin(a, b)).tolist()


def test_signer_post_needs_no_sections():
    # restore reads an author's post (segment.authors._post_after_name) without importing segment's sections
    code = ("import sys\nfrom pipeline.model import Text\nfrom pipeline.segment.authors import _post_after_name\n"
            "print(_post_after_name(Text.inserted('Time Trial Secretary'), Text.inserted('Gareth Pryce')),"
            " 'pipeline.segment.sections' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.split() == ["True", "False"]
    from pipeline.names import signer_post
    from pipeline.segment import sections

    assert sections.signer_post is signer_post  # segment reads the one reader
    assert [signer_post(t) for t in ("Clerk to the Council", "Town Clerk", "Village Hall")] == [True, True, False]


@pytest.fixture
def no_towns(monkeypatch):
    import pipeline.segment.places as places

    def read():
        raise AssertionError("GeoNames read")

    monkeypatch.setattr(places, "_towns", read)


def test_an_unattributed_name_reads_no_towns(no_towns):
    from pipeline.restore.evidence.abstention import _attributed_name

    # no capitalised word beside the gap's word; one beside it, but no verb of attribution before the pair
    assert _attributed_name("We met ", "Nan\ufffdakumar", " today.") is False
    assert _attributed_name("We met Priya ", "Nan\ufffdakumar", " today.") is False


def test_a_word_alone_that_names_no_one_reads_no_towns(no_towns):
    from pipeline.restore.evidence.prose_name import english_surname_alone

    for text in ("The boats sailed on to Ox\ufffdord in the spring.", "The prize went to Hargr\ufffdaves in the end."):
        at = text.index("\ufffd")
        assert english_surname_alone(text, at, at + 1, "f") is None


def test_a_town_still_names_no_one():
    # near miss (passes on the base too): where the word would be a surname, a GeoNames town is still read as the town
    from pipeline.restore.evidence.abstention import _attributed_name
    from pipeline.restore.evidence.prose_name import english_surname_alone

    assert _attributed_name("by Nagasaki ", "Dej\ufffdma", ".") is False
    text = "awarded the race to Hargr\ufffd\ufffdves."
    assert english_surname_alone(text, 25, 27, "ea") == "Hargr\ufffd\ufffdves"


def test_spells_loanword_as_the_plain_way():
    from pipeline.kana import _japanese_readings, loanword_keys, romanize, spells_loanword

    def plain(romaji, english, least=4):
        theirs = {k for v in _japanese_readings(english) for k in loanword_keys(v) if len(k) >= least}
        return bool(theirs & loanword_keys(romaji))

    katakana = ("シアトル", "ハバロフスク", "ハンブルク", "デンバー", "ウラジオストク", "バンクーバー", "タコマ", "ポートランド")
    english = ("Seattle", "Sister", "Khabarovsk", "Harbour", "Hamburg", "Denver", "Vladivostok", "Vancouver", "Bangkok",
               "Tacoma", "Tokyo", "Portland", "Port", "Street")
    for k in katakana:
        for e in english:
            for least in (3, 4, 5):
                assert spells_loanword(romanize(k), e, least) == plain(romanize(k), e, least), (k, e, least)


def test_slide_names_are_not_sounded_against_keys_opening_otherwise(monkeypatch):
    # a name not written in katakana whose sound key opens on another letter than the slide word's is 0 by
    # sounds_alike's first test: the links no longer ask it (60,000 asks on the sample's slides)
    from pipeline.structure import link

    asked = []
    plain = link._sound_similarity

    def counting(romaji, katakana, word):
        asked.append((romaji, word))
        return plain(romaji, katakana, word)

    monkeypatch.setattr(link, "_sound_similarity", counting)
    section = [link.Term("name", "shimonoseki", "下関", "title"), link.Term("name", "fukuoka", "福岡", "title")]
    slide = [link.Term("name", "Fukuoka", "Fukuoka", "title"), link.Term("name", "Busan", "Busan", "title")]
    found = link._matches(slide, section)
    assert [m.term for m in found] == ["s:fukuoka"]
    assert ("shimonoseki", "fukuoka") not in asked and ("fukuoka", "busan") not in asked
