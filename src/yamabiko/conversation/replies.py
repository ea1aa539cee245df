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

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..guard import wordnet
from ..guard.facts import Analysis
from ..guard.japanese import short_units
from ..guard.units import Unit
from .equivalents import predicates
from .fact_words import SENTENCE
from .smalltalk import asks

__all__ = [
    "confirmed_alike",
    "paired_without_chatter",
    "requests",
    "without_chatter",
    "without_open_questions",
]

#: SudachiPy's third part of speech of nouns of time and counters (月, 時, 朝): no request
_TIME_OR_COUNTER = frozenset({"副詞可能", "助数詞可能"})
#: WordNet's code of verbs (:data:`~yamabiko.guard.wordnet.POS`)
_VERB = wordnet.POS.index("verb")
#: where a sentence's first clause ends (a comma; not a colon: "Cancelled: your plan")
_CLAUSE = re.compile(r", ")
#: the endings of a sentence in which the assistant asks the user for something (ご住所を
#: お願いします names what the assistant needs, not the request)
_REQUESTS = (
    "ください",
    "下さい",
    "ませんか",
    "願います",
    "願いします",
    "願いいたします",
    "願い致します",
)


def without_chatter(reply: str, users: frozenset[str], analyse: Callable[[str], Analysis]) -> str:
    """``reply`` without its sentences that ask nothing, share no content word with ``users``
    (the content words of every user turn of both conversations), name no number or name and
    are not negated ("Of course.", "Great choice.")."""
    return " ".join(s for s, kept in _sentences(reply, users, analyse) if kept)


@lru_cache(maxsize=256)
def paired_without_chatter(
    reply_q: str, reply_c: str, users: frozenset[str], analyse: Callable[[str], Analysis]
) -> tuple[str, str]:
    """Two paired replies without their chatter (:func:`without_chatter`), except a sentence
    of the assistant's own words that shares a content word with one of the other reply's and
    differs from it: the two say one thing two ways (解約の手続きをいたします / 継続の手続きを
    いたします: the assistant names the request itself) and are compared like the rest. Kept
    per pair of replies (session 23: steps 4, 5 and 8 of a comparison each asked it of the
    same exchange; now once)."""
    q = _sentences(reply_q, users, analyse)
    c = _sentences(reply_c, users, analyse)
    in_q = {s for s, _ in q}
    chatter = {s: set(analyse(s).content) for s, kept in (*q, *c) if not kept}
    paired = {
        s for s in chatter for t in chatter
        if (s in in_q) != (t in in_q) and chatter[s] & chatter[t]
    }  # fmt: skip
    return (
        " ".join(s for s, kept in q if kept or s in paired),
        " ".join(s for s, kept in c if kept or s in paired),
    )


def without_open_questions(reply: str, analyse: Callable[[str], Analysis]) -> str:
    """``reply`` without its sentences that ask for a value by a question word ("What time
    works for you?" / "Which time would suit you best?", 何日がよろしいでしょうか): the
    user's answer states the value, and the two wordings of one question state nothing
    (a yes / no question, "Would you like the deluxe valet?", may be what a "yes" confirms,
    and stays)."""
    kept = []
    for sentence in SENTENCE.findall(reply):
        sentence = sentence.strip()
        qtypes = analyse(sentence).qtypes if sentence and asks(sentence) else frozenset()
        if sentence and not (qtypes and "yesno" not in qtypes):
            kept.append(sentence)
    return " ".join(kept)


def _sentences(
    reply: str, users: frozenset[str], analyse: Callable[[str], Analysis]
) -> list[tuple[str, bool]]:
    """The sentences of ``reply``, each with False when it is chatter (:func:`without_chatter`)."""
    out = []
    for sentence in SENTENCE.findall(reply):
        sentence = sentence.strip()
        if not sentence:
            continue
        kept = _states(sentence, users, analyse)
        head, comma, rest = _opening(sentence)
        if kept and comma and _chatter(head, users, analyse):
            sentence = rest  # "Sure thing, I'll upgrade you": chatter opens it
        out.append((sentence, kept))
    return out


def _opening(sentence: str) -> tuple[str, str, str]:
    """``sentence`` split after its first clause (at a comma and a space)."""
    found = _CLAUSE.search(sentence)
    if found is None:
        return sentence, "", ""
    return sentence[: found.start()], found.group(), sentence[found.end() :]


def _chatter(head: str, users: frozenset[str], analyse: Callable[[str], Analysis]) -> bool:
    """An opening clause of at most two words that states nothing (:func:`_states`) and holds
    no English verb by WordNet ("Sure thing", "Great"; not "Cancelled" nor "Upgraded": the
    assistant's act)."""
    words = head.split()
    return (
        len(words) <= 2
        and not _states(head, users, analyse)
        and not any(wordnet.lemmas_of(w.strip(".!").lower(), _VERB) for w in words)
    )


def _states(text: str, users: frozenset[str], analyse: Callable[[str], Analysis]) -> bool:
    """``text`` asks, names a number or a name, is negated or shares a content word with
    ``users``: no chatter (a question is compared as before: what it asks about)."""
    a = analyse(text)
    return bool(asks(text) or a.numbers or a.negations or a.strong or set(a.content) & users)


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


def requests(sentence: str) -> bool:
    """A Japanese ``sentence`` ends in a request to the user (ご住所をお願いします,
    今の賃料を教えてください, ご確認いただけませんか)."""
    return sentence.strip().rstrip("。.!！ ").endswith(_REQUESTS)


def _own_words(reply: str, users: frozenset[str]) -> set[str]:
    """The common nouns of the sentences of ``reply`` that ask nothing and request nothing
    (注文番号を教えてください names what the assistant needs, not the request): no noun
    a user says, of time or a counter, nor the assistant's own acts (承知しました)."""
    found: set[str] = set()
    for sentence in SENTENCE.findall(reply):
        sentence = sentence.strip()
        if asks(sentence) or requests(sentence):
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
