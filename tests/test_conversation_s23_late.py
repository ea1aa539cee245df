"""Session 23, after the record run: three ways the comparison of stated facts
(:mod:`yamabiko.conversation.facts`, histories that do not line up) lost a fact both sides
state. A family member said with a possessive ("my little boy's room" / "my son's room":
:func:`~yamabiko.conversation.equivalents.same_person` read "boy's" as no word of WordNet);
a year said with two digits on one side and four on the other ('74 / 1974); a name SudachiPy
reads in upper case in one sentence and lower case in another (KT-75 in brackets: a proper
noun KT; after 型番は: a common noun kt). Probes written for these tests (no evaluation set's
wording), with the real default embedder, each decided both ways round, each next to a twin
that changes the fact (another person, another year, another model) and stays refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.equivalents import same_person

MURAL = [
    ("Could you paint a dinosaur mural in my little boy's bedroom? The wall is three metres wide.",
     "Yes: a dinosaur mural on a three-metre bedroom wall."),
]  # fmt: skip


def mural(who: str) -> list[tuple[str, str]]:
    """The mural asked for in two exchanges, for ``who``'s bedroom."""
    return [
        (f"I'd like a dinosaur mural in my {who}'s bedroom.", "Lovely! How wide is the wall?"),
        ("About 3 metres.", "Noted: a dinosaur mural on a 3-metre bedroom wall."),
    ]


AMP = [
    ("My '74 Marshall amp has started humming. Can you repair it?",
     "Yes: we can repair the '74 Marshall amp."),
]  # fmt: skip


def amp(year: str) -> list[tuple[str, str]]:
    """The amplifier's repair asked for in two exchanges, the year written ``year``."""
    return [
        (f"My {year} Marshall amp hums.", "Sorry to hear that. Shall we repair it?"),
        ("Yes, please repair it.", f"Noted: a repair of the {year} Marshall amp."),
    ]


KOTATSU = [
    ("こたつが温まらなくなりました。型番はKT-75です。修理をお願いします。",
     "KT-75のこたつの修理ですね。"),
]  # fmt: skip


def kotatsu(model: str) -> list[tuple[str, str]]:
    """The kotatsu's repair asked for in two exchanges, the model named in brackets."""
    return [
        (f"炬燵（{model}）が温まりません。", "ご不便をおかけします。修理をご希望ですか？"),
        ("はい、直してください。", f"承知しました。{model}の炬燵の修理ですね。"),
    ]


PROBES = [
    ("en-possessive-person", "reworded", 1, MURAL, mural("son")),
    ("en-possessive-other-person", "entity", 0, MURAL, mural("daughter")),
    ("en-year-two-digits", "reworded", 1, AMP, amp("1974")),
    ("en-year-other", "entity", 0, AMP, amp("1976")),
    ("ja-name-case", "reworded", 1, KOTATSU, kotatsu("KT-75")),
    ("ja-name-case-other-model", "entity", 0, KOTATSU, kotatsu("KT-76")),
]
#: the refused twins and the reason each gives (a prefix)
REASONS = {
    "en-possessive-other-person": "history:facts-person",
    "en-year-other": "history:facts-named:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize(
    ("word", "others", "same"),
    [
        ("son", ["boy's"], True),  # the possessive names its owner
        ("son", ["boy\u2019s"], True),  # a curly apostrophe
        ("daughter", ["girls'"], True),  # a plural's possessive
        ("son", ["son's"], True),
        ("daughter", ["boy's"], False),  # another person
        ("son", ["room"], False),
        ("son", ["bass"], False),  # a word ending in s is no possessive
    ],
)
def test_same_person_reads_a_possessive(word: str, others: list[str], same: bool) -> None:
    assert same_person(word, others) is same
