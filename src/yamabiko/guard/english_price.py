"""A price asked in two frames (session 28): *How much is a spray tan?* / *What does a spray
tan cost?* / *How much do you charge for a spray tan?* / *spray tan price?*.

The minimal-pair check aligns content words, and a question's frame is not one: *how much*
is no unit at all (two function words), while *cost*, *price*, *charge* and *fee* are
content words, so *How much is a macramé workshop?* / *macrame workshop cost?* left *cost*
on one side, and *What is the cancellation fee?* / *How much does it cost to cancel?* left
*fee* against *cost*. Each prompt asks one detail of one thing, its price; the words that
say so differ.

:func:`price_aligned` reads, in an English alignment whose words left unexplained are all
**price words** (:data:`PRICE_WORDS`: the forms of the nouns and verbs of a price), both
prompts as asking a price:

- a prompt asks the price when it says *how much* followed by a function word (*how much is
  / do you / to*; not *how much notice*, *how much storage*: an amount of another thing), or
  a price word (*what does it cost*, *price?*) and is no yes / no question (it opens with no
  auxiliary: *Do you charge for parking?* asks whether, not how much, and *Is there a fee?*
  whether there is one) nor a question of another detail (*why*, *when*, *where*, *who*,
  *which*: *Why was I charged a fee?*);
- then the price words left are explained (``price:cost``): the check's reason becomes
  ``equivalent-words:price:cost``, and the boosted trees see the pair as they see any
  synonym.

Any other word left on either side leaves the alignment as it was (*How much is the
deposit?* / *How much is the fee?* is still a substitution; *How much is a haircut?* / *How
long is a haircut?* asks another detail: *long* is no price word).
"""

from __future__ import annotations

import re

from .lexicon import EN_AUXILIARIES, EN_STOPWORDS
from .minpair import Alignment

#: the forms of the words that name a price or ask for one (cost, price, charge, fee; not
#: *charging*, *costing*: more often an act priced, *what does charging cost*)
PRICE_WORDS = frozenset(
    {"cost", "costs", "price", "prices", "priced", "pricing", "charge", "charges", "charged",
     "fee", "fees"}
)  # fmt: skip
#: English words of one token each (an apostrophe inside a word kept)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: the casual spellings of *how* (the embedder's surface form writes them out; the guard
#: reads the raw text: *hw much to put my tv up*)
_HOW = frozenset({"how", "hw", "hoe"})
#: the openers of a question that asks no price whatever price word it says (*is there a
#: fee*, *why was I charged*, *when do you charge*, *where do I pay the fee*)
_OTHER_OPENERS = frozenset({"there", "why", "when", "where", "who", "whom", "whose", "which"})


def price_aligned(aligned: Alignment, cached: str, query: str) -> Alignment:
    """``aligned`` (the minimal-pair check's alignment of ``cached`` and ``query``, English)
    with its words left explained (``price:cost``) when every one of them is a price word and
    both prompts ask a price (see the module docstring); ``aligned`` itself otherwise."""
    left, right = aligned.rest_left, aligned.rest_right
    if not (left or right) or len(left) > 1 or len(right) > 1:
        return aligned
    words = [u.text.lower() for u in (*left, *right)]
    if not PRICE_WORDS.issuperset(words):
        return aligned
    if not (asks_price(cached) and asks_price(query)):
        return aligned
    return Alignment(aligned.left, aligned.right, [], [], "price:" + "->".join(words))


def asks_price(text: str) -> bool:
    """``text`` asks a price: *how much* + a function word, or a price word in a question
    that opens with no auxiliary (no yes / no question) and no question word of another
    detail (:data:`_OTHER_OPENERS`)."""
    tokens = _TOKEN.findall(text.lower())
    for i in range(len(tokens) - 2):
        if tokens[i] in _HOW and tokens[i + 1] == "much" and tokens[i + 2] in EN_STOPWORDS:
            return True
    if not tokens or tokens[0] in EN_AUXILIARIES or tokens[0] in _OTHER_OPENERS:
        return False
    return not PRICE_WORDS.isdisjoint(tokens)
