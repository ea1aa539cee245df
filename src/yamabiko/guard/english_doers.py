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
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet

#: the opening of a question about the other party's practice: do / does you + a verb
_YOU = re.compile(r"\s*(?:do|does)\s+you\s+([a-z]+)\b", re.IGNORECASE)
#: the opening of a question about the asker's own act: a modal of ability or permission
#: + I / we + a verb
_ME = re.compile(r"\s*(?:can|could|may|might)\s+(i|we)\s+([a-z]+)\b", re.IGNORECASE)
#: WordNet's code of verbs (:data:`~.wordnet.POS`) and the lexicographer file of handing over
_VERB, _POSSESSION = 1, "verb.possession"


def doer_changed(query: str, cached: str) -> str:
    """``"you->I:buy"`` (the cached prompt's subject first) when one question opens with *do
    you* + a verb and the other with *can* / *could* / *may* / *might* + *I* / *we* + the same
    verb (see the module docstring); empty otherwise. The caller compares the rest of the
    words."""
    for mine, theirs, order in ((cached, query, 1), (query, cached, -1)):
        you = _YOU.match(mine)
        if you is None:
            continue
        me = _ME.match(theirs)
        if me is None:
            return ""
        verb = you.group(1).lower()
        if verb != me.group(2).lower() or not transfer_verb(verb):
            return ""
        subjects = ["you", "I" if me.group(1).lower() == "i" else "we"][::order]
        return f"{subjects[0]}->{subjects[1]}:{verb}"
    return ""


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
