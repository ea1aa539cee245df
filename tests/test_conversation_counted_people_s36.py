"""Session 36 (partyfix): 一人 and 二人 (ひとり, ふたり) count people.

SudachiPy reads 一人 and 二人 as one word each (ひとり, ふたり), not as a numeral and a
counter, so the stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`,
``named``) did not hold 大人二人 for a number: a thread booking a brewery tour for 大人二人
against one for 大人三人 whose reply counts the party without 名 (大人お三人様) was served as one
context. Now 一人 / 二人 are read as the counts 1 / 2 of people wherever the conversation readers
count people (the named numbers, the parties of :func:`~yamabiko.conversation.parties.
party_said`), so a party said by its parts (大人二人と子ども二人) still meets its total (4人),
and お一人様 / 一名 remain the same person.
Probes written for these tests (a sake brewery tour, a pottery class), with the
real default embedder, SudachiPy, WordNet and matcher, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe
from test_conversation_tallies_s27 import pottery, pottery_in_one  # session 27's class


def brewery_tour(party: str = "大人二人") -> list[tuple[str, str]]:
    """A brewery tour booked in two exchanges; the replies count the party without 名."""
    return [
        (f"9月3日の酒蔵見学ツアーに、{party}で申し込みたいです。",
         "ありがとうございます。試飲は付けますか？"),
        ("はい、試飲付きでお願いします。",
         "承知しました。9月3日の酒蔵見学ツアー、試飲付きで受け付けました。"),
    ]  # fmt: skip


def brewery_in_one(party: str, reply_party: str) -> list[tuple[str, str]]:
    """The same tour in one turn."""
    return [
        (f"9月3日の酒蔵見学ツアーに{party}で行きたいです。試飲もお願いします。",
         f"かしこまりました。9月3日の酒蔵見学ツアー、{reply_party}、試飲付きですね。"),
    ]  # fmt: skip


PROBES = [
    # a changed party size said with 二人 against お三人様 (no 名 anywhere)
    ("ja-brewery-two-three", "entity", 0, brewery_tour(),
     brewery_in_one("大人三人", "大人お三人様")),
    ("ja-brewery-one-two", "entity", 0, brewery_tour("一人"),
     brewery_in_one("二人", "お二人様")),
    # the same party size said with 二人 and お二人様
    ("ja-brewery-two-two", "reworded", 1, brewery_tour(),
     brewery_in_one("大人二人", "大人お二人様")),
    # a party by its parts against its total
    ("ja-party-two-and-two", "reworded", 1, pottery("大人二人と子ども二人"),
     pottery_in_one("大人と子どもで4人")),
    ("ja-party-two-and-three", "entity", 0, pottery("大人二人と子ども三人"),
     pottery_in_one("大人と子どもで4人")),
    ("ja-party-one-and-two", "reworded", 1, pottery("大人一人と子ども二人"),
     pottery_in_one("大人と子どもで3人")),
    # one person said as 一人 and as 一名 / お一人様; two in kana and in kanji
    ("ja-brewery-one", "reworded", 1, brewery_tour("大人一人"),
     brewery_in_one("大人一名", "大人お一人様")),
    ("ja-brewery-two-in-kana", "reworded", 1, brewery_tour(),
     brewery_in_one("大人ふたり", "大人お二人様")),
    ("ja-brewery-kana-two-three", "entity", 0, brewery_tour("大人ふたり"),
     brewery_in_one("大人三人", "大人お三人様")),
    ("ja-party-kana-two-and-one", "reworded", 1, pottery("大人ふたりと子どもひとり"),
     pottery_in_one("大人と子どもで3人")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_counted_people_probes(matcher, probe) -> None:
    await assert_probe(matcher, probe)
