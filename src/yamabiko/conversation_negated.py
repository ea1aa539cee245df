"""A negated statement outside the thread that says the request's words again (session 23).

A user may withdraw a request after the thread in words no reader of reversals knows: "Please
don't bring the photo booth after all." / "Alright.", "We won't need the photo booth after
all." / "No problem.", すみません、片付けはやめておきます。 / 承知しました。 Such a turn has no
partner on the other side, and the assistant's reply may say nothing, so the structure
(:mod:`yamabiko.conversation_structure`) and the comparison of wholes read it as an aside or
as added detail, and the pair was served although the other conversation still wants the
photo booth.

:func:`compare_negated` reads the guard's analysis of each unpaired user statement after the
thread's first paired exchange: a negation (the analysis' count: *don't*, *won't*, *no*, ない,
ません) together with a content word of the thread's paired user turns (the request) is a
change of the request when such a word names a thing of it (a noun: no function word, no
party, no predicate), unless a paired reply after it says each of those words again (the
thread confirmed unchanged after a remark: "My brother has no idea I'm turning up as a
gorilla." / … / "Noted: a large gorilla costume."). A negated remark that says none of the
request's words ("We can't wait for the party!"), or a Japanese one that ends by seeking
agreement (やっぱり夏はエアコンがないとつらいですね), changes nothing. The miss names the words:
``history:negated:photo+booth``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .conversation_equivalents import predicates
from .conversation_history import Exchange
from .conversation_smalltalk import asks
from .conversation_unexplained import names_a_thing
from .guard.facts import Analysis
from .guard.lexicon import EN_STOPWORDS
from .guard.relations import category_members
from .models import Verdict

__all__ = ["compare_negated", "negated"]

#: the guard's categories whose members are the parties of a request, not its things
_PARTIES = frozenset({"family", "animal"})
#: a Japanese statement that ends by seeking agreement (ね, よね): an opinion shared, no change
#: of the request (夏はエアコンがないとつらいですね)
_SHARED = re.compile(r"ね[。！!…\s]*$")


def negated(
    side: Sequence[Exchange], kept: Collection[int], analyse: Callable[[str], Analysis]
) -> set[str]:
    """The request's words that an unpaired, negated user statement of ``side`` says again
    after the thread starts and no later paired reply confirms (``kept``: the side's paired
    exchanges; see the module docstring)."""
    if not kept:
        return set()
    request = {w for i in kept if side[i].user for w in analyse(side[i].user).content}
    found: set[str] = set()
    for k in range(min(kept) + 1, len(side)):
        text = side[k].user
        if k in kept or not text or asks(text) or _SHARED.search(text):
            continue
        a = analyse(text)
        again = set(a.content) & request if a.negations else set()
        if again:
            again = {w for w in again if _thing(w, text, a)}
        if not again:
            continue
        later = {w for i in kept if i > k and side[i].reply for w in analyse(side[i].reply).content}
        found |= again - later
    return found


def _thing(word: str, text: str, a: Analysis) -> bool:
    """``word`` of ``text`` names a thing of the request: no function word, no party (a
    family member or an animal: "My daughter hates injections" is about her, not the
    booking), and a noun, not a predicate
    (:func:`~yamabiko.conversation_unexplained.names_a_thing`: 履けなかった, *look*)."""
    if word.lower() in EN_STOPWORDS or category_members(a).get(word) in _PARTIES:
        return False
    return names_a_thing(word, predicates(text) if not text.isascii() else frozenset())


def compare_negated(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    paired: dict[int, int],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Refuse when either side changes its request by a negated statement outside the
    thread (:func:`negated`): ``history:negated:<words>``."""
    for side, kept in ((q, paired.keys()), (c, paired.values())):
        words = negated(side, set(kept), analyse)
        if words:
            return Verdict(False, f"history:negated:{'+'.join(sorted(words))}")
    return Verdict(True, "history:same")
