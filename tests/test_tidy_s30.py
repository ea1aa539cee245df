"""Session 30's review leftovers (tidy): one table of the Japanese auxiliaries of receiving,
the library's evaluation focus default, "4K", and two risks of session 29 pinned down.

Real guard, real SudachiPy / WordNet / embedder; no verdict here is hard-coded into the code
under test: each test states what a reader of the sentence would answer."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.ja_agents import _verbs
from yamabiko.guard.ja_honorifics import honorifics
from yamabiko.guard.ja_receiving import RECEIVING_AUX
from yamabiko.guard.japanese import short_units


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


# 1. the auxiliaries of receiving: one table


@pytest.mark.parametrize(
    "text", ["教えてくださる", "教えてください", "教えて下さい", "教えてくださった",
             "教えていただけますか", "教えて頂ける", "教えてもらえる", "教えてくれた"]
)  # fmt: skip
def test_every_spelling_of_a_receiving_auxiliary_normalises_into_the_table(text: str) -> None:
    """The table names each auxiliary once, by SudachiPy's normalised form: the kana and
    kanji spellings and the inflections all reach it (so no kana spelling, such as the
    くださる one rule kept beside 下さる, is needed)."""
    aux = short_units(text)[2]  # 教え + て + the auxiliary
    assert aux.normalized_form() in RECEIVING_AUX, (text, aux.normalized_form())


def test_rules_read_the_shared_table(guard: Guard) -> None:
    """The agents' reading (causative + くださる: leave asked; て + くださる: a request), the
    honorific frame (お + verb + くださる) and the giving direction (あげる / くださる) all
    read the same table."""
    assert _verbs("写真を撮らせてくださいますか") == {"撮る": "leave"}
    assert _verbs("写真を撮ってくださいますか") == {"撮る": "request"}
    assert honorifics("資料をお送りくださいますか")[2] == {"送る"}
    asked = guard.check("写真を撮らせてくださいますか", "写真を撮ってくださいますか", "ja", 0.9)
    assert (asked.accept, asked.reason) == (False, "request:撮る")
    given = guard.check("友達に本をあげました", "友達が本をくださいました", "ja", 0.9)
    assert (given.accept, given.reason) == (False, "giving:くださる->あげる")
