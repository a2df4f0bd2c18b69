"""A PDF drawn line by line at the author's own breaks (no one measure, a wide line pitch): a long line that stops
on a particle leading to the next word goes on into the next line (the fresh user's trial of session 49:
``…生態系サービスを`` / ``整理し、…`` had parted one sentence into two paragraphs)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from segment_inputs import run_pdf  # noqa: E402


def _paper(body: list[str]) -> bytes:
    from pdfmaker import JA, drawn_pdf

    runs = [(JA, 18, 150, 780, "港町の防災計画に関する覚え書き"), (JA, 11, 220, 750, "川口 道子（港北工科大学）"),
            (JA, 14, 60, 705, "1. はじめに")]
    runs += [(JA, 10.5, 60, 682 - 18 * k, s) for k, s in enumerate(body)]
    runs += [(JA, 14, 60, 682 - 18 * len(body) - 30, "2. おわりに"),
             (JA, 10.5, 60, 682 - 18 * len(body) - 53, "避難路の整備は今後も続けていく予定である。")]
    return drawn_pdf([runs])


def test_a_long_ragged_line_stopping_on_a_particle_goes_on():
    # the first line is the widest (the one-widest-line rule reads the second line as no wrap of a measure)
    body = ["港町は海と山に挟まれた細長い土地に家が並び、古くから何度も大きな津波の被害を受けてきた。",
            "本稿では、過去の被害記録と現在の避難計画を比べ、住民の避難にかかる時間の変化を",
            "整理して、残された課題を述べる。"]
    [talk] = run_pdf(_paper(body)).talks
    first = talk.sections[0]
    assert [p.text for p in first.paragraphs][-1] == body[1] + body[2]


def test_a_short_line_stopping_on_a_particle_is_not_taken_for_a_wrap_by_this_rule():
    # a line well short of RAGGED_LONG that ends on a particle stays as the evidence gives it (a caption, a label)
    body = ["港町は海と山に挟まれた細長い土地に家が並び、古くから津波の被害を受けてきた。", "図1 避難路の位置を",
            "住民の避難にかかる時間は十年で半分になった。"]
    [talk] = run_pdf(_paper(body)).talks
    texts = [p.text for p in talk.sections[0].paragraphs]
    assert not any(t.endswith("を住民の避難にかかる時間は十年で半分になった。") and t.startswith("図1") for t in texts)
