"""Trial 42: two characters that are one UTF-8 character read as CP1252 (``Â¹``, ``Âµ``) in English text are that
character, never a Japanese letter read from the same bytes as EUC-JP (``Â¹`` had become ``孫``, and the footnote
``¹ Measured on …`` lost its mark)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.extract import extract


@pytest.mark.parametrize("mojibake, good", [("Â¹", "¹"), ("Â²", "²"), ("Â°", "°"), ("Âµ", "µ")])
def test_a_utf8_character_read_as_cp1252_is_mended_to_itself(mojibake, good):
    line = f"{mojibake} Measured on our bench rig, the valve added two seconds to each cycle."
    text = f"A Note on Valves\n\nThe valves were slow.\n\n{line}\n"
    lines = [t.text.text if hasattr(t.text, "text") else t.text for t in clean(extract(text.encode(), name="n.txt")).lines]
    assert any(l.startswith(f"{good} Measured on our bench rig") for l in lines), lines
    assert not any("\u5b6b" in l for l in lines)
