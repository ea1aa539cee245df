"""What a paired English turn adds or flips without changing its topic: an extra item joined
to the request, or a phrasal verb's particle turned around.

Two earlier turns that are the same but for an added coordinated item ("book my dog in for
his vaccination *and a kennel cough spray*") are close by cosine and by the guard, and the
item is more words than the minimal-pair rule of :mod:`yamabiko.conversation.match` counts as
a change; yet the follow-up ("What will it cost?") is answered for two things instead of
one. :func:`added_item` finds such a run: a block of words that one side's turn has and the
other's lacks (the rest of the two turns aligned word for word, :mod:`difflib`), opened by a
word that joins another item to the one before it (*and*, *plus*, *as well as*, *along
with*), with a content word that the other conversation never says.

Phrasal verbs of direction turn a fact around with one small word that the guard's analyses
drop as a stop word: "he moved *in*" / "my flatmate moved *out*", "switch it *on*" / "*off*".
:func:`flipped_particle` finds a verb that one side's user turns follow with one particle
and the other side's with another, never with the first.

An option the assistant only offered ("just the 3x3, or the 3x3 and the 2x2?") is not said by
the side whose user picked the other one (:func:`stated`): a recap that joins it to the list
("the 3x3 and 2x2 events" / "the 3x3 event"; Japanese 3x3と2x2の種目, :func:`recap_item_ja`)
is an added item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from itertools import pairwise

from ..guard.english import stem_en
from ..guard.lexicon import EN_STOPWORDS
from ..models import Verdict
from .fact_words import SENTENCE
from .history import Exchange, said
from .joined import joined_items
from .smalltalk import asks, offers

__all__ = ["added_item", "compare_items", "flipped_particle", "recap_item_ja", "stated"]

#: a word, a number, or a size or code of digits round letters ("3x3", "2x4": one token, not
#: the number 3, the letter x and the number 3)
_WORD = re.compile(r"\d+[a-z]+\d+|[a-z][a-z'-]*|\d+")
#: words that join one more item to the one before them ("as well as", "along with" by
#: their first word)
_JOINERS = frozenset({"and", "plus", "as", "along"})
_JOINED = {"as": ("well", "as"), "along": ("with",)}
#: the particles of phrasal verbs of direction, each with the ones that turn it around
_OPPOSITE = {
    "in": {"out"}, "out": {"in"}, "on": {"off"}, "off": {"on"}, "up": {"down"},
    "down": {"up"},
}  # fmt: skip


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _stems(texts: Iterable[str]) -> set[str]:
    return {stem_en(t) for text in texts for t in _tokens(text)}


def added_item(first: str, second: str, other_first: Sequence[str],
               other_second: Sequence[str]) -> str:  # fmt: skip
    """The content words of an item that one of two paired English turns joins to its
    request and the other lacks ("and a kennel cough spray"), ``+``-joined, or "" when
    there is none. ``other_first``: everything said on ``first``'s side (an item added on
    ``second``'s side is no change when ``first``'s side names it anywhere); likewise
    ``other_second``. The turns are aligned by stems (a list's noun agrees with its count:
    "the 3x3 event" / "the 3x3 and 2x2 events" add "and 2x2")."""
    a, b = _tokens(first), _tokens(second)
    if not a or not b:
        return ""
    aligned = SequenceMatcher(None, [stem_en(t) for t in a], [stem_en(t) for t in b],
                              autojunk=False)  # fmt: skip
    for tag, i1, i2, j1, j2 in aligned.get_opcodes():
        if tag != "insert" and tag != "delete":
            continue
        block, elsewhere = (b[j1:j2], other_first) if tag == "insert" else (a[i1:i2], other_second)
        item = _item(block)
        if item and not item & _stems(elsewhere):
            return "+".join(sorted(item))
    return ""


def _item(block: list[str]) -> set[str]:
    """The stems of the content words of ``block`` when it opens with a joining word."""
    if not block or block[0] not in _JOINERS:
        return set()
    rest = _JOINED.get(block[0], ())
    if tuple(block[1 : 1 + len(rest)]) != rest:
        return set()
    words = block[1 + len(rest) :]
    return {stem_en(w) for w in words if w not in EN_STOPWORDS and not w.isdigit()}


def _phrasal(texts: Iterable[str]) -> dict[str, set[str]]:
    """verb stem -> the direction particles that follow it directly in ``texts``."""
    found: dict[str, set[str]] = {}
    for text in texts:
        tokens = _tokens(text)
        for verb, particle in pairwise(tokens):
            if particle in _OPPOSITE and verb not in EN_STOPWORDS:
                found.setdefault(stem_en(verb), set()).add(particle)
    return found


def flipped_particle(users_q: Iterable[str], users_c: Iterable[str]) -> str:
    """``verb+particle->verb+particle`` when a verb that one side's user turns follow with a
    direction particle (moved *in*) is followed on the other side by its opposite and never
    by the same particle (moved *out*), else ""."""
    mine, theirs = _phrasal(users_q), _phrasal(users_c)
    for verb in sorted(mine.keys() & theirs.keys()):
        for particle in sorted(mine[verb] - theirs[verb]):
            flipped = sorted(_OPPOSITE[particle] & (theirs[verb] - mine[verb]))
            if flipped:
                return f"{verb}+{particle}->{verb}+{flipped[0]}"
    return ""


def stated(side: Sequence[Exchange]) -> list[str]:
    """What one side states: its user turns and its replies' sentences but those that offer a
    choice ("Which events - just the 3x3, or the 3x3 and the 2x2?": an option the assistant
    only offered states nothing; what the user picked is said in the answer and the recap)."""
    return [
        text for x in side
        for text in (x.user, *(s for s in SENTENCE.findall(x.reply) if not offers(s)))
        if text
    ]  # fmt: skip


def compare_items(q: Sequence[Exchange], c: Sequence[Exchange], paired: dict[int, int]) -> Verdict:
    """The step of :mod:`yamabiko.conversation.match` after intent: a paired user turn or
    reply that joins an item the other side never names (``history:added-item:cough+kennel``),
    or a phrasal verb of direction turned around in the users' turns
    (``history:particle:mov+in->mov+out``). An item the other side's assistant only offered
    as an option of a choice is never said there (:func:`stated`): "Both events." / "Just the
    3x3." confirmed as "the 3x3 and 2x2 events" / "the 3x3 event" is
    ``history:added-item:2x2``."""
    flipped = flipped_particle(said(q, replies=False), said(c, replies=False))
    if flipped:
        return Verdict(False, f"history:particle:{flipped}")
    all_q, all_c = stated(q), stated(c)
    for i, j in sorted(paired.items()):
        for mine, theirs in ((q[i].user, c[j].user), (q[i].reply, c[j].reply)):
            item = added_item(mine, theirs, all_q, all_c)
            if item:
                return Verdict(False, f"history:added-item:{item}")
        item = recap_item_ja(q[i].reply, c[j].reply, all_c) or recap_item_ja(
            c[j].reply, q[i].reply, all_q
        )
        if item:
            return Verdict(False, f"history:added-item:{item}")
    return Verdict(True, "history:same")


def recap_item_ja(mine: str, theirs: str, elsewhere: Sequence[str]) -> str:
    """The item a Japanese reply ``mine`` joins by と / や to a thing the paired reply
    ``theirs`` also names (:func:`~yamabiko.conversation.joined.joined_items`: 5v5と7v7のリーグ
    / 5v5のリーグ), when ``elsewhere`` (what the other side states, :func:`stated`: not the
    option its assistant only offered) never says it; else "". Read only when ``mine`` has
    a joining particle and is not ASCII; only the sentences of ``mine`` that ask nothing are
    read (a recap states; a question, an offer among them, settles no item)."""
    if mine.isascii() or not ("と" in mine or "や" in mine):
        return ""
    text = "".join(elsewhere)
    told = "".join(s for s in SENTENCE.findall(mine) if not asks(s))
    for thing, words in joined_items(told, "ja"):
        item = "".join(words)
        if thing in theirs and item not in text:
            return item
    return ""
