"""A given name that lost a letter before its surname written whole is held (fresh-user trial 75d: ``Pr�ya Raman``
committed Priya from the English word list). Session 75's end; measured in docs/limits.md (*Session 75, mine*)."""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore.evidence.prose_name import english_name_by_shape


@pytest.mark.parametrize(("line", "fill"), [
    (f"Also present were Pr{GAP}ya Raman, Renée Duval and others.", "i"),
    (f"The walk was led by Ch{GAP}di Okafor with two others.", "i"),
])
def test_given_name_before_a_surname_is_held(line, fill):
    at = line.index(GAP)
    assert english_name_by_shape(line, at, at + 1, fill) is not None


@pytest.mark.parametrize(("line", "fill"), [
    (f"We walked past Gr{GAP}en Park and the station.", "e"),
    (f"She works at the Pr{GAP}ce Street office.", "i"),
    (f"The hotel is near Wind{GAP}rmere Lake and the pier.", "e"),
])
def test_places_stay_fillable(line, fill):
    at = line.index(GAP)
    assert english_name_by_shape(line, at, at + 1, fill) is None
