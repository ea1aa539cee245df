"""Session-20 paraphrases the rule checks refused (``guard/respelling.py``,
``guard/wordnet_verbs.py``, the request to tell of ``guard/question_words.py``):

- texting spellings of function words (can u / can you, ur, pls) and numbers said with a
  decimal point (two point four / 2.4), read as the words and digits they spell;
- a phrasal verb and a one-word verb that share a synset among the first five tagged WordNet
  senses of each (pick up / collect);
- a request to tell the thing asked (could you let me know roughly how long / how long,
  料金を教えていただけますか / 料金はいくらですか) asks what a question word asks.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the default models) and the cosine the default embedder's.
On the code before this change each paraphrase below is refused (``substitution``,
``number``, ``question`` or the trees on a texting spelling); the minimal-pair twins (another
number, another verb of the other direction, a request to tell *whether*, a verb that teaches)
are refused on both.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.question_words import extra_kinds
from yamabiko.guard.respelling import casual, respelt
from yamabiko.guard.wordnet_verbs import verb_synonyms

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served (both ways)
SERVED = [
    ("Can you shorten my trousers while I wait?", "can u shorten my trousers while i wait", "en"),
    ("Can I leave my bike with you overnight?", "can i leave my bike with u overnight", "en"),
    ("Could you please resize my ring?", "could u pls resize my ring", "en"),
    (
        "Is a 1.5 litre bottle allowed in hand luggage?",
        "Is a one point five litre bottle allowed in hand luggage?",
        "en",
    ),
    (
        "Will a 3.5 metre ladder reach my gutters?",
        "Will a three point five metre ladder reach my gutters?",
        "en",
    ),
    (
        "Can you fit a blind for a 2.1 metre window?",
        "Can you fit a blind for a two point one metre window?",
        "en",
    ),
    (
        "Is the fee 0.5 percent of the balance?",
        "Is the fee nought point five percent of the balance?",
        "en",
    ),
    ("Where can I collect my order?", "Where can I pick up my order?", "en"),
    ("Can I collect my car after six?", "Can I pick up my car after six?", "en"),
    ("Can I pick up my prescription today?", "Can I collect my prescription today?", "en"),
    ("How much is a haircut?", "Could you tell me the price of a haircut?", "en"),
    ("カットの料金はいくらですか？", "カットの料金を教えていただけますか？", "ja"),
]

#: a different question: refused, with the reason (the first prompt's words first)
REFUSED = [
    (
        "Is a 1.5 litre bottle allowed in hand luggage?",
        "Is a one point two litre bottle allowed in hand luggage?",
        "en",
        "number",
    ),
    (
        "Will a 3.5 metre ladder reach my gutters?",
        "Will a five point three metre ladder reach my gutters?",
        "en",
        "number",
    ),
    (
        "Can you fit a blind for a 2.1 metre window?",
        "Can you fit a blind for a two metre window?",
        "en",
        "number",
    ),
    (
        "Is the fee 0.5 percent of the balance?",
        "Is the fee five percent of the balance?",
        "en",
        "number",
    ),
    (
        "Is a 1.5 litre bottle allowed in hand luggage?",
        "Is a one point five litre bottle allowed in checked luggage?",
        "en",
        "substitution:hand->checked",
    ),
    (
        "Where can I collect my order?",
        "Where can I drop off my order?",
        "en",
        "substitution:collect->drop+off",
    ),
    (
        "Can I collect my car after six?",
        "Can I drop off my car after six?",
        "en",
        "substitution:collect->drop+off",
    ),
    (
        "Can I pick up my parcel from the depot?",
        "Can I send my parcel from the depot?",
        "en",
        "substitution:pick+up->send",
    ),
    (
        "Can I pick up the keys tomorrow?",
        "Can I hand back the keys tomorrow?",
        "en",
        "substitution:pick+up->hand+back",
    ),
    (
        "Can I pick up my prescription today?",
        "Can I renew my prescription today?",
        "en",
        "substitution:pick+up->renew",
    ),
    (
        "Can I pick up my order in store?",
        "Can I return my order in store?",
        "en",
        "substitution:pick+up->return",
    ),
    (
        "Can I drop off my laptop today?",
        "Can I pick up my laptop today?",
        "en",
        "antonym:drop+off->pick+up",
    ),
    (
        "How do I set up my router?",
        "How do I reset my router?",
        "en",
        "substitution:set+up->reset",
    ),
    (
        "What time should we set off?",
        "What time should we cancel?",
        "en",
        "substitution:set+off->cancel",
    ),
    (
        "Can you tell me if the shop is open on Sunday?",
        "When is the shop open on Sunday?",
        "en",
        "question",
    ),
    (
        "駐車場が空いているかどうか教えてください。",
        "駐車場はいくらですか？",
        "ja",
        "question",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the paraphrases served,
    the minimal-pair twins refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused = SERVED, REFUSED


def test_texting_spellings_and_decimal_numbers_are_respelt() -> None:
    # the texting spellings are read by respelling.casual since session 27 (the tokens ask it)
    assert casual("can u fix it r u open") == "can you fix it are you open"
    assert casual("is ur shop open pls") == "is your shop open please"
    assert respelt("can u fix it") == "can u fix it"
    assert respelt("a two point four metre door") == "a 2.4 metre door"
    assert respelt("one point two five litres") == "1.25 litres"
    assert respelt("nought point five percent") == "0.5 percent"
    assert respelt("twenty-one point five") == "21.5"
    assert respelt("Is R free? Do you fit a U-bend?") == "Is R free? Do you fit a U-bend?"
    assert respelt("the first point two") == "the first point two"  # no whole number
    assert respelt("a point of view") == "a point of view"


def test_phrasal_verbs_by_their_tagged_senses() -> None:
    assert verb_synonyms("pick up", "collect")  # the 4th and the 5th tagged senses
    assert verb_synonyms("collected", "picked up")
    assert verb_synonyms("take on", "accept")
    assert verb_synonyms("put in", "install")
    assert not verb_synonyms("set off", "cancel")  # cancel's 2nd sense is untagged
    assert not verb_synonyms("pick up", "send")
    assert not verb_synonyms("drop off", "collect")
    assert not verb_synonyms("post", "mail")  # two one-word verbs: not read here
    assert not verb_synonyms("pick up", "drop off")


def test_a_request_to_tell_asks_what_it_names() -> None:
    let_know = "Could you let me know roughly how long a new zip would take?"
    assert extra_kinds(let_know, "en") == {"duration"}
    assert extra_kinds("Can you advise me of the cost of a deep clean?", "en") == {"what"}
    assert extra_kinds("Can you tell me if it is open?", "en") == frozenset()
    assert extra_kinds("Can you tell me about parking?", "en") == frozenset()
    fee = "ご祈祷の初穂料はいくらですか？"
    assert extra_kinds("初穂料をお教えいただけますでしょうか。", "ja", fee) == {"what"}
    # 教える also means teach: only when the other prompt asks of the same noun
    piano = "ピアノのレッスンはいくらですか？"
    assert extra_kinds("ピアノを教えていただけますか？", "ja", piano) == frozenset()
    assert extra_kinds("料金を教えてください。", "ja", "") == frozenset()
