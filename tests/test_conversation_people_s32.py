"""Session 32 (spouse): two threads that name other people in the same place: *me and my wife*
/ *me and my business partner*, *for my friend* / *for my boss*
(:mod:`yamabiko.conversation.parties`). The stated-facts check took a member of a party the
other side counts alike (``listed_people``) for one of the other side's party, even when that
party named someone else: both sides state two, so *my wife* was "one of the two". Now a party
the other side lists itself, naming every member but the speaker and someone in another
relation, is no count of mine, and those people are lost (``history:facts-person``), also
people of no category the person check reads (*friend*, *colleague*, *boss*). Counts still
hold (*two adults and a child* / *me, my wife and our daughter*) and one person in other words
still serves (*spouse*, *mum* / *mother*, *kid*, *hubby*, *co-worker*, *boy*).
Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe
from test_conversation_broader_s31 import concert, concert_reworded, ryokan, ryokan_reworded

from yamabiko.conversation.parties import listed_people, one_person, other_members


def dinner(party: str) -> list[tuple[str, str]]:
    """A table on Saturday at seven, the party said in one turn."""
    return [
        (f"Could I book a table for Saturday at 7pm? We're {party}.",
         "Of course: a table on Saturday at 7pm is booked."),
    ]  # fmt: skip


def dinner_reworded(party: str) -> list[tuple[str, str]]:
    """The same table asked in two exchanges, the party said otherwise."""
    return [
        ("Do you have a table free on Saturday evening?", "We do. What time, and for whom?"),
        (f"7pm, for {party}.", "Of course: a table on Saturday at 7pm is booked."),
    ]  # fmt: skip


def massage(who: str) -> list[tuple[str, str]]:
    """A massage booked for someone named after *my*, in one turn."""
    return [
        (f"I'd like to book a hot stone massage for {who} on Thursday afternoon.",
         "A hot stone massage on Thursday afternoon is booked."),
    ]  # fmt: skip


def massage_reworded(who: str) -> list[tuple[str, str]]:
    """The same massage in two exchanges, the one it is for said in the second."""
    return [
        ("Can I book a hot stone massage for Thursday afternoon?", "Certainly. Who is it for?"),
        (f"It's for {who}.", "A hot stone massage on Thursday afternoon is booked."),
    ]  # fmt: skip


def table_ja(who: str) -> list[tuple[str, str]]:
    """土曜日の夜の席: 同行者を一度に."""
    return [
        (f"土曜日の夜7時に{who}と二人で予約したいです。",
         "かしこまりました。土曜日19時、お二人様でご予約します。"),
    ]  # fmt: skip


def table_ja_reworded(who: str) -> list[tuple[str, str]]:
    """The same table asked in two exchanges."""
    return [
        ("土曜日の夜は空いていますか？", "空いております。何時に何名様でしょうか？"),
        (f"7時に、{who}と二人です。", "かしこまりました。土曜日19時、お二人様でご予約します。"),
    ]  # fmt: skip


PROBES = [
    # one person in other words: served
    ("en-concert-spouse", "reworded", 1, concert(), concert_reworded("my spouse")),
    ("en-concert-mother", "reworded", 1, concert("mum"), concert_reworded("my mother")),
    ("en-concert-kid", "reworded", 1, concert("son"), concert_reworded("my kid")),
    ("en-concert-hubby", "reworded", 1, concert("husband"), concert_reworded("my hubby")),
    ("en-concert-the-missus", "reworded", 1, concert(), concert_reworded("the missus")),
    ("en-dinner-counted", "reworded", 1,
     dinner("me, my wife and our daughter"), dinner_reworded("two adults and a child")),
    ("en-dinner-three-of-us", "reworded", 1,
     dinner("me, my wife and our daughter"), dinner_reworded("the three of us")),
    ("en-massage-spouse", "reworded", 1, massage("my wife"), massage_reworded("my spouse")),
    ("en-massage-co-worker", "reworded", 1,
     massage("my colleague"), massage_reworded("my co-worker")),
    ("en-massage-boy", "reworded", 1, massage("my son"), massage_reworded("my boy")),
    ("en-massage-sis", "reworded", 1, massage("my sister"), massage_reworded("my sis")),
    ("ja-ryokan-okusan", "reworded", 1, ryokan("妻"), ryokan_reworded("奥さん")),
    # twins: another relation, a family member against a colleague or a friend, a named
    # person against another
    ("en-concert-colleague", "entity-reworded", 0, concert(), concert_reworded("my colleague")),
    ("en-concert-friend", "entity-reworded", 0, concert(), concert_reworded("a friend")),
    ("en-concert-boss", "entity-reworded", 0, concert(), concert_reworded("my boss")),
    ("en-concert-son", "entity-reworded", 0, concert(), concert_reworded("my son")),
    ("en-concert-husband", "entity-reworded", 0, concert(), concert_reworded("my husband")),
    ("en-concert-sarah-tom", "entity-reworded", 0,
     concert("friend Sarah"), concert_reworded("my friend Tom")),
    ("en-dinner-sister", "entity-reworded", 0,
     dinner("me, my wife and our daughter"), dinner_reworded("me, my sister and her daughter")),
    ("en-massage-colleague", "entity-reworded", 0,
     massage("my wife"), massage_reworded("my colleague")),
    ("en-massage-friend-boss", "entity-reworded", 0,
     massage("my friend"), massage_reworded("my boss")),
    ("en-massage-colleague-neighbor", "entity-reworded", 0,
     massage("my colleague"), massage_reworded("my neighbor")),
    ("ja-ryokan-douryou", "entity-reworded", 0, ryokan("妻"), ryokan_reworded("同僚")),
    ("ja-ryokan-yuujin", "entity-reworded", 0, ryokan("妻"), ryokan_reworded("友人")),
    ("ja-ryokan-otto", "entity-reworded", 0, ryokan("妻"), ryokan_reworded("夫")),
    ("ja-ryokan-joushi", "entity-reworded", 0, ryokan("妻"), ryokan_reworded("上司")),
    ("ja-table-douryou", "entity-reworded", 0, table_ja("妻"), table_ja_reworded("同僚")),
]  # fmt: skip

#: the twins whose people the party or the possessive names (the rest: their own checks)
REASONS = {
    name: "history:facts-person"
    for name, _, label, _, _ in PROBES
    if not label and name not in ("en-concert-sarah-tom",)
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_a_party_naming_another_person_counts_no_one_of_mine() -> None:
    """*my wife* is one of the other side's *two adults*, not of its *me and my business
    partner*; both name the people they differ by."""
    wife = ["Two seats, please: for me and my wife."]
    partner = ["Two: me and my business partner."]
    counted = ["Two adults, please."]
    assert listed_people(wife, counted, {2.0}) == {"me", "wife"}
    assert listed_people(wife, partner, {2.0}) == set()
    assert other_members(wife, partner) == ["wife"]
    assert other_members(partner, wife) == ["partner"]
    assert other_members(wife, counted) == []
    spouse = ["Two: me and my spouse."]
    assert listed_people(wife, spouse, {2.0}) == {"me", "wife"}
    assert other_members(wife, spouse) == other_members(spouse, wife) == []


def test_one_person() -> None:
    """One person in other words by WordNet or the family category; another relation not."""
    assert one_person("wife", "spouse") and one_person("spouse", "wife")
    assert one_person("mum", "mother") and one_person("daughter", "girl")
    assert one_person("colleague", "co-worker") and one_person("son", "kid")
    assert not one_person("wife", "partner")  # also a business partner (broaderfix)
    assert not one_person("wife", "woman")  # a sex and an age, no relation
    assert not one_person("friend", "colleague")
    assert not one_person("wife", "husband")
