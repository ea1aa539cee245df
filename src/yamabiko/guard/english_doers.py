"""Who does the act, told by the subject alone: an English question that asks what *you*
do against one that asks whether *I* may do it (the guard's ``roles`` step, through
:func:`.modality.frame_changed`; session 27).

"Do you buy old gold?" / "Can I buy old gold?" share every content word and sit at a cosine
of 0.87, and the word checks read one verb, yet one asks about the business's practice (it
buys gold from customers) and the other whether the customer may buy gold from it: a verb of
handing over said of the other party turns the transfer round. So do "Do you lend bikes?" /
"Can I lend bikes?" and "Do you sell gift cards?" / "Can I sell gift cards?".

:func:`doer_changed` reads the opening of both questions, two closed classes of the grammar:
*do* / *does* + *you* + a verb (what the other party does as a rule) on one side, a modal of
ability or permission (*can*, *could*, *may*, *might*) + *I* / *we* + the same verb on the
other, and asks WordNet whether the verb has a direction (:func:`transfer_verb`: in one of its
tagged senses it is a verb of possession, ``verb.possession``, that WordNet opposes to
another: buy / sell, lend / borrow, give / take, accept / refuse, keep / lose). Reason
``doer:you->I:buy`` (the cached prompt's subject first).

Left alone, since *you* is then often anyone or the act is one either way: verbs without such
a direction ("Do you rent out kayaks?" / "Can I rent kayaks?", exchange, ship, deliver, cut:
WordNet gives *rent* both directions in one lemma and no antonym; have / lack is stative, come
/ go motion), *can you* against *can I* ("Can you park here overnight?"), *do you* against *do
I* or *should I* ("Do you tip the guide?"), and a verb with its converse on the other side
(could you sell me / can I buy: :mod:`.english_converse`). On the FAQ tuning sets and the
public pairs no paraphrase opens this way with one verb.

Session 28 reads two more openings of the other party:

- *do* / *does* + a subject that names the business (*your shop*, *the bank*: a determiner
  *your* / *the* / *this* / *that* and up to three words) + the verb: *Does your shop sell old
  gold?* / *Can I sell old gold to your shop?* (0.86): the shop sells, I sell to the shop.
  The verb must have a direction (:func:`transfer_verb`), as for *do you*.
- *can* / *could* / *will* / *would* + *you* + a verb of one exchange seen from its two ends
  (:func:`exchange_verb`: a verb whose antonym is its converse, sell / buy, lend / borrow,
  read from WordNet by :func:`.english_converse.receivers`): *Can you buy old gold?* / *Can I
  buy old gold?* (0.97). *You* after *can* is often anyone (*Can you take both together?*),
  so only the verbs whose two parties are the two ends of one sale or loan count; keep /
  lose and accept / refuse (two outcomes, not two ends) are left alone. The cost: a FAQ
  that asks *Can you buy tickets at the door?* meaning anyone is refused against *Can I buy
  tickets at the door?*, a paraphrase lost rather than a shop's answer given to a customer.
  Late in session 28 :func:`generic_you` gives that paraphrase back: when the words after
  the verb place the act (*at the door*) and name nothing of either party (*my*, *your*,
  *me*), *you* is anyone and the *can you* opening is not read as the other party.

The converse said with subject and object exchanged stays a paraphrase (*Do you buy old
gold?* / *Can I sell old gold to you?*: two verbs, never read here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet
from .english_converse import generic_you, receivers

#: the opening of a question about the other party's practice: do / does you + a verb; a
#: subject that names the business (your shop, the bank); can / will you + a verb
_YOU = re.compile(r"\s*(?:do|does)\s+you\s+([a-z]+)\b", re.IGNORECASE)
_PARTY = re.compile(r"\s*(?:do|does)\s+(?:your|the|this|that)\s+([a-z' -]+)", re.IGNORECASE)
#: the most words a business's name may have before the verb (*your local bike shop*)
_NAME_WORDS = 3
_ASKED = re.compile(r"\s*(?:can|could|will|would)\s+you\s+([a-z]+)\b", re.IGNORECASE)
#: the opening of a question about the asker's own act: a modal of ability or permission
#: + I / we + a verb
_ME = re.compile(r"\s*(?:can|could|may|might)\s+(i|we)\s+([a-z]+)\b", re.IGNORECASE)
#: WordNet's code of verbs (:data:`~.wordnet.POS`) and the lexicographer file of handing over
_VERB, _POSSESSION = 1, "verb.possession"


def doer_changed(query: str, cached: str) -> str:
    """``"you->I:buy"`` (the cached prompt's subject first) when one question opens with *do
    you* + a verb and the other with *can* / *could* / *may* / *might* + *I* / *we* + the same
    verb; ``"shop->I:sell"`` for *does your shop* + the verb, ``"you->I:buy"`` for *can you* +
    a verb of one exchange (see the module docstring); empty otherwise. The caller compares
    the rest of the words."""
    for mine, theirs, order in ((cached, query, 1), (query, cached, -1)):
        me = _ME.match(theirs)
        if me is None:
            continue
        verb = me.group(2).lower()
        subject = _other_party(mine, verb)
        if not subject:
            continue
        subjects = [subject, "I" if me.group(1).lower() == "i" else "we"][::order]
        return f"{subjects[0]}->{subjects[1]}:{verb}"
    return ""


def _other_party(text: str, verb: str) -> str:
    """The subject ``text`` opens with before ``verb`` when it is the other party (*you*, or
    the business: *shop* of *does your shop*) and ``verb`` turns with it; empty otherwise."""
    you = _YOU.match(text)
    if you is not None:
        return "you" if you.group(1).lower() == verb and transfer_verb(verb) else ""
    party = _PARTY.match(text)
    if party is not None:
        words = party.group(1).lower().split()[: _NAME_WORDS + 1]
        at = words.index(verb) if verb in words[1:] else 0
        return words[at - 1] if at and transfer_verb(verb) else ""
    asked = _ASKED.match(text)
    if asked is not None and asked.group(1).lower() == verb and exchange_verb(verb):
        return "" if generic_you(text[asked.end() :]) else "you"
    return ""


@lru_cache(maxsize=1024)
def exchange_verb(verb: str) -> bool:
    """``verb`` and its WordNet antonym are the two ends of one exchange: the antonym is the
    converse of a giving verb (:func:`.english_converse.receivers`), one way or the other
    (sell / buy, lend / borrow). False for a transfer with two outcomes (keep / lose, accept
    / refuse), a giving verb whose antonym is no converse (give / take) and without the
    data."""
    tables = wordnet.load()
    if tables is None or not transfer_verb(verb):
        return False
    for code in wordnet.tagged_senses(verb, _VERB, wordnet.MAX_SENSES):
        for _, other in tables.synsets[code].antonyms:
            if other in receivers(verb) or verb in receivers(other):
                return True
    return False


@lru_cache(maxsize=1024)
def transfer_verb(verb: str) -> bool:
    """WordNet files ``verb`` in one of its tagged senses under ``verb.possession`` with an
    antonym of that very lemma (buy / sell, lend / borrow): a transfer whose direction turns
    with its subject. False without the data."""
    tables = wordnet.load()
    if tables is None:
        return False
    for code, lemma in wordnet.tagged_senses(verb, _VERB, wordnet.MAX_SENSES).items():
        synset = tables.synsets[code]
        if synset.lexname == _POSSESSION and any(x == lemma for x, _ in synset.antonyms):
            return True
    return False
