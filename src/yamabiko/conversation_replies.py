"""What two paired assistant replies say alike: the facts of a reply without its chatter, and
a request the assistant names by one word of its own on both sides.

The replies of two paired exchanges are compared strictly (a changed word is a changed
fact: "an *amendment* to your return", ご*返却*). Yet an assistant also says things that
state nothing about the request: "Of course." / "Great choice.", "Happy to help." A reply
sentence that shares no content word with any user turn of either conversation and names no
number and asks nothing is such chatter; :func:`without_chatter` drops it before the strict
comparison (a sentence restating the request, "Okay, an amendment to a self-employed return", shares
the user's words and stays).

:func:`confirmed_alike`: two Japanese turns whose predicates differ (入れたい / 預けたい)
are one request when both replies name it by the same word of the assistant's own (入園).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .conversation_equivalents import predicates
from .conversation_facts import SENTENCE
from .conversation_smalltalk import asks
from .guard.facts import Analysis
from .guard.japanese import short_units
from .guard.units import Unit

__all__ = ["confirmed_alike", "without_chatter"]

#: SudachiPy's third part of speech of nouns of time and counters (月, 時, 朝): no request
_TIME_OR_COUNTER = frozenset({"副詞可能", "助数詞可能"})
#: the endings of a sentence in which the assistant asks the user for something
_REQUESTS = ("ください", "下さい", "ませんか", "願います")


def without_chatter(reply: str, users: frozenset[str], analyse: Callable[[str], Analysis]) -> str:
    """``reply`` without its sentences that ask nothing, share no content word with ``users``
    (the content words of every user turn of both conversations), name no number or name and
    are not negated ("Of course.", "Great choice.")."""
    kept = []
    for sentence in SENTENCE.findall(reply):
        sentence = sentence.strip()
        if not sentence:
            continue
        a = analyse(sentence)
        if asks(sentence) or a.numbers or a.negations or a.strong or set(a.content) & users:
            kept.append(sentence)  # a question is compared as before: what it asks about
    return " ".join(kept)


def confirmed_alike(
    user_q: str, user_c: str, reply_q: str, reply_c: str,
    left: Sequence[Unit], right: Sequence[Unit], users: frozenset[str],
) -> bool:  # fmt: skip
    """Two paired Japanese user turns that differ in their predicates (``left`` / ``right``:
    the units one turn has and the other lacks, with a verb or a サ変 noun used as one on
    each side: 入れたい / 預けたい) whose replies both name the request by one content word of the
    assistant's own (no user of either side says it: 入園), in a sentence that restates the
    request (:func:`_own_words`): the assistant understood the two wordings as one
    request."""
    if not (left and right):
        return False
    verbs_q, verbs_c = predicates(user_q), predicates(user_c)
    if not verbs_q or not verbs_c:
        return False
    if not any(u.text in verbs_q or u.key in verbs_q for u in left) or not any(
        u.text in verbs_c or u.key in verbs_c for u in right
    ):
        return False  # the other replaced words are left to the stated facts
    own_q, own_c = _own_words(reply_q, users), _own_words(reply_c, users)
    return bool(own_q & own_c)


def _own_words(reply: str, users: frozenset[str]) -> set[str]:
    """The common nouns of the sentences of ``reply`` that ask nothing and request nothing
    (注文番号を教えてください names what the assistant needs, not the request): no noun
    a user says, of time or a counter, nor the assistant's own acts (承知しました)."""
    found: set[str] = set()
    for sentence in SENTENCE.findall(reply):
        sentence = sentence.strip()
        if asks(sentence) or sentence.rstrip("。.!！").endswith(_REQUESTS):
            continue  # the assistant asks for something: it restates nothing
        acts = predicates(sentence)
        found |= {
            m.normalized_form() for m in short_units(sentence) or []
            if m.part_of_speech()[:2] == ("名詞", "普通名詞")
            and m.part_of_speech()[2] not in _TIME_OR_COUNTER
            and m.normalized_form() not in users and m.surface() not in users
            and m.surface() not in acts
        }  # fmt: skip
    return found
