"""A Japanese line of running text that stops mid-sentence on a letter, the next line opening on a case particle
(``…毎年設け、市民`` / ``との協働による…``, trial 27: a few characters short of its measure, in a double-spaced
dump): one paragraph, as no sentence and no paragraph opens on a case particle. ``では、`` and ``と、`` open
sentences; a line after a sentence's end stays a new paragraph."""

from __future__ import annotations

import pytest

from pipeline.segment.paragraphs import opens_on_case_particle
from tests.segment_inputs import paragraphs, run_text

HEAD = "港町の市民交流\n山田 太郎（港町大学）\n１．交流の歩み\n"
FULL = "本市は一九八九年に姉妹都市の提携を結び、毎年の訪問団の派遣と受け入れを三十年にわたって続けてきた。"


@pytest.mark.parametrize("spacing", ["\n", "\n\n"], ids=["single", "double-spaced"])
@pytest.mark.parametrize("particle", ["との協働による交流を広げていく。", "を中心とした交流を広げていく。"])
def test_a_line_opening_on_a_case_particle_goes_on(spacing, particle):
    lines = [FULL, "今後は両市の協議の場を毎年設け、地域の商店街や学校、市民", particle, "２．今後の展望", FULL]
    (talk,) = run_text(HEAD + spacing.join(lines) + "\n").talks
    assert any(p.endswith("市民" + particle) for p in paragraphs(talk))


@pytest.mark.parametrize("line, expected", [("との協働", True), ("では、次に", False), ("と、彼は言った。", False),
                                            ("市では、", False), ("が増えている。", True)])
def test_case_particles(line, expected):
    assert opens_on_case_particle(line) is expected
