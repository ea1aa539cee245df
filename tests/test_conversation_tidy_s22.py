"""Session 22 (rvconvo): the conversation rules' shared WordNet readings, with the real
WordNet data and the real embedder: one test of two English verbs sharing a sense
(:func:`~yamabiko.conversation.equivalents.shares_verb_sense`), one test of a verb naming an
act (:func:`~yamabiko.conversation.tails.an_act`), and the lengths of time of a
``history:facts-span`` reason in a fixed order (they came from a set)."""

from __future__ import annotations

from conversation_turns import turns

from yamabiko.conversation.equivalents import same_verb, shares_verb_sense, verb_senses
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.lengths import spans
from yamabiko.conversation.match import HistoryComparer
from yamabiko.conversation.replies import requests
from yamabiko.conversation.tails import an_act


def test_two_verbs_share_a_sense_by_wordnet() -> None:
    assert shares_verb_sense("cancel", ["book", "call_off"])
    assert shares_verb_sense("purchase", {"buy"})
    assert not shares_verb_sense("cancel", ["book", "reserve"])
    assert not shares_verb_sense("buy", ["sell"])
    assert not shares_verb_sense("cancel", [])
    assert not verb_senses("no-such-verb")


def test_same_verb_reads_forms_and_shares_the_sense_test() -> None:
    assert same_verb("Booked", "reserved")  # forms of book / reserve, one synset
    assert same_verb("bought", "purchase")
    assert not same_verb("bought", "sold")
    assert not same_verb("call_off", "cancel")  # not a written word: no lemma read


def test_an_act_is_a_verb_whose_first_sense_does_something() -> None:
    assert an_act("cancel") and an_act("collect") and an_act("move")
    assert not an_act("know")  # verb.cognition
    assert not an_act("tell")  # verb.communication
    assert not an_act("cancelled")  # a form, not a lemma: its own senses only
    # repaint: a verb SemCor never tagged, an act only where the caller allows it
    assert not an_act("repaint")
    assert an_act("repaint", untagged=True)
    assert not an_act("no-such-verb", untagged=True)


async def test_a_span_reason_lists_its_lengths_in_order(matcher) -> None:
    """Three lengths in one user turn, none said on the other side, which says another of
    the same scale: the reason lists them sorted, whatever the set's order."""
    long = turns(
        ("We need the van for 9 days, then 4 days, then 2 days in May.",
         "A van: 9 days, 4 days and 2 days in May."),
    )  # fmt: skip
    short = turns(("We need the van for 5 days in May.", "A van for 5 days in May."))
    comparer = HistoryComparer(
        matcher.guard, matcher.reply_guard, matcher._analyses,
        polarity=matcher.small_talk.polarity,
    )  # fmt: skip
    q, c = (await matcher.build(long)).exchanges, (await matcher.build(short)).exchanges
    assert all(isinstance(x, Exchange) for x in (*q, *c))
    found = comparer._stated(q, c)
    assert not found.accept
    assert found.reason.startswith("history:facts-span:"), found.reason
    said = found.reason.removeprefix("history:facts-span:").split("+")
    assert len(spans(q[0].user)) == 3
    assert said == ["2-day", "4-day", "9-day"]


def test_a_request_ending_is_read_by_one_reader() -> None:
    """conversation.replies' reading of a Japanese request to the user, also asked by
    conversation.tails of the reply before a statement (a request answered is no aside)."""
    assert requests("ご住所をお願いします。")
    assert requests("今の賃料を教えてください！")
    assert requests("ご確認いただけませんか")
    assert not requests("ご予約を取り消しました。")
    assert not requests("Please send me the model number.")  # English: the tails' own regex
