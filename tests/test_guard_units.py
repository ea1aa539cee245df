"""The minimal-pair check's units (``yamabiko.guard.units``): Japanese short units are the long
units (SudachiPy mode C) split into their parts, which must give what a mode-A pass gives; and
each unit's word-vector row and rarity are the table's."""

from __future__ import annotations

import importlib
import math
from pathlib import Path
from typing import Any

import pytest
from shared_data import PAIRS
from sudachipy import SplitMode

from yamabiko.eval.data import read_jsonl
from yamabiko.guard import wordvec
from yamabiko.guard.japanese import _sudachi
from yamabiko.guard.units import units

units_module = importlib.import_module("yamabiko.guard.units")  # the package's name is the function

FAQ = Path(__file__).parents[1] / "benchmarks" / "data" / "faq-pairs.jsonl"


class _Whole:
    """A mode-A morpheme that does not split further."""

    def __init__(self, morpheme: Any) -> None:
        self.morpheme = morpheme

    def split(self, mode: Any) -> tuple[()]:
        return ()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.morpheme, name)


class _ModeA:
    """A tokenizer that answers every request with a mode-A pass."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def tokenize(self, text: str, mode: Any) -> list[_Whole]:
        return [_Whole(m) for m in self.tokenizer.tokenize(text, SplitMode.A)]


def _japanese_texts() -> list[str]:
    texts = []
    for name, count in (("jsts-train", 300), ("jsick-train-contradictions", 100)):
        for row in read_jsonl(PAIRS / f"{name}.jsonl")[:count]:
            texts += [row["a"], row["b"]]
    texts += [t for r in read_jsonl(FAQ) if r["lang"] == "ja" for t in (r["a"], r["b"])]
    return texts


def test_japanese_units_are_those_of_a_mode_a_pass(monkeypatch) -> None:
    loaded = _sudachi()
    if loaded is None:
        pytest.skip("SudachiPy is not installed")
    texts = _japanese_texts()
    split = [units(t, "ja") for t in texts]
    monkeypatch.setattr(units_module, "_sudachi", lambda: (_ModeA(loaded[0]), loaded[1]))
    direct = [units(t, "ja") for t in texts]
    assert split == direct
    assert sum(len(u) for u in split) > 3 * len(texts)  # real units, not empty tuples
    # a long unit that splits: 東京都立大学 -> 東京 + 都立 + 大学
    assert [u.text for u in units("東京都立大学に行きます", "ja")][:3] == ["東京", "都立", "大学"]


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
