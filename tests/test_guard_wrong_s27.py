"""Session 27 (wrong): three general causes of wrong serves, each probed both ways with pairs
written here for the test (none is taken from an evaluation file). The guard is the real one
and the cosine the default embedder's. Every pair of :data:`REFUSED` was served before the
change (``guard-ok`` or ``learned-accept``); the pairs of :data:`SERVED` are paraphrases the
rules leave alone.

* who acts (:mod:`yamabiko.guard.english_doers`): *do you buy* / *can I buy*, a verb of
  handing over with its subject turned from the other party to the asker;
* a swap inside a rewording (:mod:`yamabiko.guard.english_swaps`): the price question
  reworded together with one modifier of a shared noun replaced;
* a kana spelling that the boosted trees read as a rewording
  (:func:`yamabiko.guard.minpair_stage.respelt_query`): the trees are asked again with the
  word spelled as the cached prompt spells it.
"""

from __future__ import annotations

from guard_probes import ProbeFile, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.english_doers import doer_changed, transfer_verb
from yamabiko.guard.english_swaps import swap_inside
from yamabiko.guard.minpair_stage import respelt_query

#: paraphrases the new rules leave alone: served both ways
SERVED = [
    ("Can you park overnight in the car park?", "Can I park overnight in the car park?", "en"),
    ("Do you rent paddle boards?", "Can I rent a paddle board?", "en"),
    ("Do you have vegan cake?", "Can I have vegan cake?", "en"),
    ("How much does a child ticket cost?", "whats the price of a kids ticket", "en"),
    ("布団は洗濯機で洗えますか？", "ふとんは洗濯機で洗えますか？", "ja"),
    ("卵は何日もちますか？", "たまごは何日もちますか？", "ja"),
]

#: another question: refused with the reason (each was served before)
REFUSED = [
    ("Do you buy second-hand vinyl records?", "Can I buy second-hand vinyl records?", "en",
     "doer:you->I:buy"),
    ("Do you lend camping stoves?", "Could we lend camping stoves?", "en", "doer:you->we:lend"),
    ("Do you sell used bikes?", "Can I sell used bikes?", "en", "doer:you->I:sell"),
    ("How much does a return ferry ticket cost?", "whats the price of a single ferry ticket",
     "en", "substitution:return->single"),
    ("How much does a private yoga class cost?", "whats the price of a group yoga class", "en",
     "substitution:private->group"),
    ("布団は洗濯機で洗えますか？", "ふとんは手で洗えますか？", "ja", "substitution:洗濯+機->手"),
    ("鍋は食洗機で洗えますか？", "なべはたわしで洗えますか？", "ja",
     "substitution:食洗+機->たわし"),
    ("卵は何日もちますか？", "たまごは何週間もちますか？", "ja", "substitution:日->週間"),
    ("靴はブラシで洗えますか？", "くつは洗濯機で洗えますか？", "ja",
     "substitution:ブラシ->洗濯+機"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


def test_the_other_way_round_is_refused_too(embedder) -> None:
    """Each refused pair is refused with the cached prompt and the query exchanged."""
    guard = Guard()
    cosines = pair_cosines(embedder, REFUSED)
    for cached, query, lang, _ in REFUSED:
        verdict = guard.check(cached, query, lang, cosines[cached, query], 0.75)
        assert not verdict.accept, (cached, query, verdict.reason)


def test_transfer_verbs_come_from_wordnet() -> None:
    """Verbs of possession that WordNet opposes to another turn with their subject; verbs
    without such an antonym (rent: both directions in one lemma), stative or motion verbs
    with one (have / lack, come / go) do not."""
    assert all(map(transfer_verb, ("buy", "sell", "lend", "borrow", "give")))
    assert not any(map(transfer_verb, ("rent", "hire", "have", "come", "deliver", "book")))


def test_doer_changed_reads_both_openings() -> None:
    """*do you* + the verb against a modal + *I* / *we* + the same verb, either side, and
    nothing for *do you* / *do I* or two verbs; *can you* / *can I* only for a verb of a sale
    or loan (session 28: :func:`~yamabiko.guard.english_doers.exchange_verb`)."""
    assert doer_changed("Can I borrow a tent?", "Do you borrow tents?") == "you->I:borrow"
    assert doer_changed("Do you borrow tents?", "May we borrow a tent?") == "we->you:borrow"
    assert doer_changed("Can I buy gold?", "Can you buy gold?") == "you->I:buy"  # (session 28)
    assert doer_changed("Can I park here?", "Can you park here?") == ""
    assert doer_changed("Do I buy gold?", "Do you buy gold?") == ""
    assert doer_changed("Can I buy gold?", "Do you sell gold?") == ""


def test_swap_inside_needs_synonyms_around_one_modifier() -> None:
    """The merged substitution splits only when the rest are WordNet synonyms and the swapped
    words stand before one shared noun."""
    query, cached = "whats the price of a solo skydive", "How much does a tandem skydive cost?"
    reason = "substitution:tandem+cost->price+solo"
    assert swap_inside(reason, query, cached) == "substitution:tandem->solo"
    jump = "whats the price of a solo jump"  # (no shared noun after the words: left to the trees)
    assert swap_inside(reason, jump, cached) == ""
    assert swap_inside("substitution:tandem+cost->length+solo", query, cached) == ""
    assert swap_inside("substitution:tandem->solo", query, cached) == ""  # (one word: as before)


def test_respelt_query_spells_shared_words_alike() -> None:
    """A kana word the cached prompt writes in kanji (one reading) takes the kanji; a word of
    another reading, or English, is left as it is."""
    guard = Guard()
    cached, query = "布団は洗濯機で洗えますか？", "ふとんは手で洗えますか？"
    first = guard._units.get(cached, "ja", keep=False)
    second = guard._units.get(query, "ja", keep=False)
    assert respelt_query(query, first, second) == "布団は手で洗えますか？"
    assert respelt_query(cached, first, first) == cached
    english = "Can I wash it?"
    assert respelt_query(english, first, second) == english
