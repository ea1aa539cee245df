"""A verb of leaving or keeping that places a thing with someone: custody, not an intent.

:mod:`yamabiko.conversation.intent` reads *leave* as a reversal (leave the gym) and *keep*
as keeping things as they are (keep my plan). Followed by a short object and *with* and a
party, the same verbs say where a thing stays: "could I leave it with you on Saturday" hands
a bike in for its service, "we'd love to keep him with us" keeps a pet at home. Neither
ends nor keeps a service. :func:`placed_with` finds that construction: *leave* with any
party; *keep* only with the user's own side (us, me: "keep my savings with you" keeps an
account with the provider, a continuation).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DETERMINERS", "OBJECTS", "placed_with"]

#: an object pronoun: the whole object (also read by conversation.intent)
OBJECTS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
#: determiners that open a short object noun phrase (also read by conversation.intent)
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their"})
#: the parties a thing is left with (any) and kept with (the user's own side)
_PARTIES = frozenset({"you", "us", "me", "him", "her", "them"})
_OWN = frozenset({"us", "me"})
#: the longest object noun phrase read (determiner included)
_LONGEST = 3
#: the verbs read: of leaving, of keeping
_LEAVE = frozenset({"leave", "leaves", "leaving", "left"})
_KEEP = frozenset({"keep", "keeps", "keeping", "kept"})


def placed_with(tokens: Sequence[str], k: int, keep: bool = False) -> bool:
    """``tokens[k]`` (lower-case words of a turn) is a verb of leaving (of keeping with
    ``keep``) that takes a pronoun or a determiner's short noun phrase as its object and then
    *with* and a party (see the module docstring)."""
    rest = list(tokens[k + 1 : k + 2 + _LONGEST])
    if tokens[k] not in (_KEEP if keep else _LEAVE) or not rest:
        return False
    if rest[0] in OBJECTS:
        end = 1
    elif rest[0] in DETERMINERS:
        end = next((j for j in range(1, len(rest)) if rest[j] == "with"), 0)
    else:
        return False
    after = list(tokens[k + 1 + end : k + 3 + end])
    parties = _OWN if keep else _PARTIES
    return end > 0 and len(after) == 2 and after[0] == "with" and after[1] in parties
