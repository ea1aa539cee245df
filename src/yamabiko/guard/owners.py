"""English: who acts and whose thing it is, exchanged through a possessive (the guard's
``roles`` step, :func:`.opposites.contrasts`; firm).

"Can *my son* use *my* card?" / "Can *I* use *my son's* card?": the same words, but the
one who acts on one side owns the thing on the other, and the other way round. The
analysis' frames see no swap when the verb is one of its stop words (*use*, *make*), and
its roles keep no owner; this reading takes the subject of a question's opening auxiliary
(a pronoun, a possessive and a noun: *my son*, or, session 25, a noun owned: *the club's
coach*) and the first owner after it (*X's*, the last of a chain: *the club's coach's*
court is the coach's; or a possessive pronoun), on each side. When each side's doer is the
other's owner, and the words are otherwise the same (owners read as their nouns, pronouns
left out), the reason names the two: ``son<->i``. Only a question of one sentence and
:data:`MAX_WORDS` words is read, and only where one side says ``'s`` more often than the
other (a cheap substring gate).

When both sides name two owners, the owners of the doer and of the thing acted on may be
exchanged instead (:func:`owners_exchanged`): "Can *the guide's* jet ski tow *my* jet ski?"
/ "Can *my* jet ski tow *the guide's* jet ski?": the owners in reverse order, the other
words the same: ``guide<->i``. Texts that join or compare the two (*and*, *or*, *with*,
*between*, *than*) are left alone: either order says one thing there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon as lx

#: the possessive pronouns and the subject they stand for
_POSSESSIVE = lx.EN_OWNERS
#: pronouns as subjects, by their subject form
_SUBJECTS = lx.EN_PERSONS
#: the words left out when the two sides' words are compared (persons, not content)
_PERSON_WORDS = frozenset(
    {*_POSSESSIVE, *_SUBJECTS, "me", "us", "him", "them", "mine", "yours", "ours"}
)
_WORD = re.compile(r"[a-z0-9]+(?:'s)?")
_SENTENCES = re.compile(r"[.!?]\s+\S")
#: question words that may come before the opening auxiliary (why can my son ...)
_ASKING = frozenset({"why", "how", "when", "where", "what", "which", "who"})
#: the most words of a question read
MAX_WORDS = 16


def _doer_and_owner(words: Sequence[str]) -> tuple[str, str]:
    """The subject after the opening auxiliary and the first owner after it (each by its
    noun, or a pronoun's subject form); empty strings: not read."""
    start = 1 if words and words[0] in _ASKING else 0
    if len(words) < start + 3 or words[start] not in lx.EN_AUXILIARIES:
        return "", ""
    first = words[start + 1]
    if first in _SUBJECTS:
        doer, rest = first, start + 2
    elif first in _POSSESSIVE and not words[start + 2].endswith("'s"):
        doer, rest = words[start + 2], start + 3
    else:  # (the club's coach: an owned noun, after *the* or not)
        at = end = start + 1 + (first in lx.EN_ARTICLES)
        while end < len(words) and words[end].endswith("'s"):
            end += 1
        if end == at or end == len(words):
            return "", ""
        doer, rest = words[end], end + 1
    for i in range(rest, len(words)):
        word = words[i]
        if word.endswith("'s"):
            while i + 1 < len(words) and words[i + 1].endswith("'s"):
                i += 1  # (the club's coach's court: the coach's)
            return doer, words[i][:-2]
        if word in _POSSESSIVE and not (i + 1 < len(words) and words[i + 1].endswith("'s")):
            return doer, _POSSESSIVE[word]  # (my son's card: the son's)
    return doer, ""


def _content(words: Sequence[str]) -> list[str]:
    """The words without persons, an owner's ``'s`` cut: what the question is about."""
    return sorted(w.removesuffix("'s") for w in words if w not in _PERSON_WORDS)


def owner_swapped(x: str, y: str) -> str:
    """``"A<->B"`` (``x``'s doer first) when ``x``'s doer owns the thing in ``y`` and
    ``y``'s doer owns it in ``x``, every other word the same; empty: no such swap."""
    if x.count("'s") == y.count("'s"):
        return ""
    words_x, words_y = _WORD.findall(x.lower()), _WORD.findall(y.lower())
    for text, words in ((x, words_x), (y, words_y)):
        if len(words) > MAX_WORDS or _SENTENCES.search(text.strip()):
            return ""
    doer_x, owner_x = _doer_and_owner(words_x)
    doer_y, owner_y = _doer_and_owner(words_y)
    if not doer_x or doer_x == doer_y or (doer_x, owner_x) != (owner_y, doer_y):
        return ""
    if _content(words_x) != _content(words_y):
        return ""
    return f"{doer_x}<->{doer_y}"


#: words that make two owners' order free (my plan and yours, between your car and mine)
_SYMMETRIC = frozenset({"and", "or", "with", "between", "than", "versus", "vs", "both"})


def _owners(words: Sequence[str]) -> list[str]:
    """The owners of ``words`` in order: *X's* by *X*, a possessive pronoun by its subject,
    both together by both (my dog's collar: ``i_dog``)."""
    found = []
    for i, word in enumerate(words):
        if word.endswith("'s"):
            mine = i and words[i - 1] in _POSSESSIVE
            found.append(f"{_POSSESSIVE[words[i - 1]]}_{word[:-2]}" if mine else word[:-2])
        elif word in _POSSESSIVE and not (i + 1 < len(words) and words[i + 1].endswith("'s")):
            found.append(_POSSESSIVE[word])
    return found


def owners_exchanged(x: str, y: str) -> str:
    """``"A<->B"`` (``x``'s first owner first) when each text is a question of one sentence
    naming two owners, the other's two in reverse order, every other word the same and none
    joining or comparing them (:data:`_SYMMETRIC`); empty: no such exchange."""
    if "'s" not in x and "'s" not in y:
        return ""  # (a cheap gate: owners by pronouns alone are read by the frames)
    words_x, words_y = _WORD.findall(x.lower()), _WORD.findall(y.lower())
    for text, words in ((x, words_x), (y, words_y)):
        if len(words) > MAX_WORDS or _SENTENCES.search(text.strip()):
            return ""
        if _SYMMETRIC.intersection(words) or words[0] not in lx.EN_AUXILIARIES | _ASKING:
            return ""
    owners_x, owners_y = _owners(words_x), _owners(words_y)
    if len(owners_x) != 2 or owners_x[0] == owners_x[1] or owners_x != owners_y[::-1]:
        return ""
    if _content(words_x) != _content(words_y):
        return ""
    return f"{owners_x[0]}<->{owners_x[1]}"
