"""Verbs of connecting, whose two ends exchange no roles: "link my bank account to the app" /
"link the app to my bank account" ask one thing (a link joins both ways), while "convert
dollars to euros" / "convert euros to dollars" do not. The guard's ``roles`` step
(:func:`.opposites.contrasts`) asks :func:`connected_both_ways` before it names a swap.

A verb connects when one of its first two tagged WordNet senses is, or has up to
:data:`DEPTH` hypernyms above it, a synset that *connect* and *link* share ("connect, fasten,
or put together two or more pieces"; "make a logical or causal connection"): link, connect,
associate, pair, join. Not through a sense of *fasten* or *attach* (:func:`_fastening`): the
verbs below them (attach, tie, lock, hook, strap, glue) fix one thing to another, whose two
ends differ (attach a bike rack to my car / my car to a bike rack). Transfer, convert, send, move,
map and forward are not verbs of connecting: their two ends are a source and a goal.

A second end followed by *or* / *and* and another word is one of a list (connect the printer
to the router or the laptop): exchanging it with the first end changes what is connected to
what, so no such swap is taken for a connection's two ends.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .modifiers import en_words

#: hypernym levels above a verb's sense looked at for a connecting synset
DEPTH = 4
#: a verb's senses looked at (its commonest tagged ones)
SENSES = 2
#: the prepositions that name the second end of a connection (link A to / with B)
_ENDS = frozenset({"to", "with", "and"})
#: words that make the second end one of a list (connect A to B or C)
_LIST = frozenset({"or", "and"})
#: prepositions that make the two ends a source and a goal (move A from B to C)
_DIRECTED = frozenset({"from", "into", "onto"})


@lru_cache(maxsize=1)
def _connecting() -> frozenset[int]:
    """The synsets that the verbs *connect* and *link* share; empty without WordNet."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    verbs = tables.index[1]
    return frozenset(verbs.get("connect", ())) & frozenset(verbs.get("link", ()))


@lru_cache(maxsize=1)
def _fastening() -> frozenset[int]:
    """The tagged senses of *fasten* and *attach*: below them, one thing is fixed to another
    (tie, lock, hook, glue); empty without WordNet."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    return frozenset(s for verb in ("fasten", "attach") for s in tables.index[1].get(verb, ()))


@lru_cache(maxsize=2048)
def connects(word: str) -> bool:
    """True when ``word`` is a form of a verb of connecting (see the module docstring)."""
    tables = wordnet.load()
    anchors = _connecting()
    if tables is None or not anchors:
        return False
    fastening = _fastening()
    for lemma in wordnet.lemmas_of(word, 1):
        for sense in tables.index[1].get(lemma, ())[:SENSES]:
            front, seen = {sense} - fastening, {sense} - fastening
            for _ in range(DEPTH):
                front = {
                    h for s in front if s in tables.synsets for h in tables.synsets[s].hypernyms
                } - fastening  # not through fastening (tie, lock: below fasten)
                seen |= front
            if seen & anchors:
                return True
    return False


def _ends_connected(words: tuple[str, ...], first: str, second: str) -> bool:
    """In ``words``, a verb of connecting stands before the words starting with ``first`` and
    ``second`` (the swap's two heads, stemmed), with to / with / and between them and no
    preposition of direction after the verb, and no or / and listing more after the second."""
    at = [next((k for k, w in enumerate(words) if w.startswith(s)), -1) for s in (first, second)]
    if min(at) < 0:
        return False
    start, end = min(at), max(at)
    verbs = [k for k in range(start) if connects(words[k])]
    if not verbs:
        return False
    span = words[verbs[-1] + 1 : end]
    if _LIST & set(words[end + 1 : end + 3]) and len(words) > end + 2:
        return False  # the second end is one of a list (to the router or the laptop)
    return bool(_ENDS & set(words[start:end])) and not _DIRECTED & set(span)


def connected_both_ways(query: str, cached: str, swapped: str) -> bool:
    """True when the English swap ``swapped`` (``"X<->Y"``, the roles check's stems) only
    exchanges the two ends of a verb of connecting in both prompts (no swap, see the module
    docstring)."""
    first, _, second = swapped.partition("<->")
    if not first or not second:
        return False
    return _ends_connected(en_words(query), first, second) and _ends_connected(
        en_words(cached), first, second
    )
