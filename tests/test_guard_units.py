"""The minimal-pair check's units (``yamabiko.guard.units``): each unit's word-vector row and
rarity, kept on the unit, are the table's."""

from __future__ import annotations

import math

from yamabiko.guard import wordvec
from yamabiko.guard.units import units


def test_each_unit_knows_its_word_vector_row_and_rarity() -> None:
    found = [*units("How do I cancel my annual plan before 9 am?", "en"),
             *units("海外送金の手数料はいくらですか?", "ja")]  # fmt: skip
    kinds = {u.kind for u in found}
    assert {"content", "number", "relation"} <= kinds
    for unit in found:
        if unit.kind != "content":
            assert unit.vector is None and unit.rarity == 0.3
            continue
        assert unit.vector == wordvec.vector_index(*unit.forms)
        if unit.vector is None:
            assert unit.rarity == 1.0
        else:
            assert unit.rarity == math.log(unit.vector % 30_000 + 2) / math.log(30_002)
