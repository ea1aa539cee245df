"""Two threads that close on the same confirmed facts, however their turns are cut.

A thread said in one turn on one side and in an exchange of questions and answers on the
other ("Could you forward my post from 22 Elm Close, Bristol, for half a year?" against "I want
to set up a redirection." / "What's the old address?" / "22 Elm Close, Bristol, six months")
does not line up exchange by exchange, and the extra exchanges pull the mean of its exchange
vectors away from the other side's: below the cosine from which
:class:`~yamabiko.conversation.wholes.WholeHistories` compares the facts two such histories
state, it refuses them as another topic (``history:topic``) without comparing anything.

The assistant's last reply on each side is the record of what was agreed (*Thanks:
redirecting from 22 Elm Close, Bristol, for six months.*). :func:`same_close` is positive
evidence that the two threads are about one thing: both closing replies name numbers or names,
and every number and name of either is said in the other (a number by its value in any form
:mod:`yamabiko.conversation.values` reads, a name by the minimal-pair units, as the stated
facts compare them). It only lets the histories be compared by the facts their users state;
that comparison (:func:`~yamabiko.conversation.facts.compare_stated`, strict as ever) decides.
A closing reply with no number and no name says nothing concrete and is no evidence, and
neither is a pair whose users refuse on one side what they ask for on the other (*without a
full restore* / *Please do a full restore as well*: :func:`refused_asked`): the comparison of
stated facts reads no such scope, so the cosine's caution stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..guard.en_words import stem_en
from ..guard.facts import Analysis
from ..guard.units import Unit
from .fact_words import SENTENCE, named_units, number_value
from .history import Exchange
from .rewordings import phrase_values
from .smalltalk import asks
from .values import values

__all__ = ["closing", "refused", "refused_asked", "same_close"]

#: English words that refuse what follows them (*without a full restore*, *no photos*, *skip
#: the cleaning*); a contracted *n't* is read as *not*
_REFUSING = frozenset({"without", "no", "not", "never", "skip", "except", "minus"})
#: how many words after a refusing word it covers (articles not counted)
_SCOPE = 3
_ARTICLES = frozenset({"a", "an", "the", "any", "my", "our", "your"})
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: a Japanese refusal right after a word (全体の修理はなしで, のし不要, 塗装は結構です)
_JA_REFUSING = re.compile(r"^(?:は|も|を)?(?:なし|無し|不要|いら|要ら|結構|抜き|せず|しない)")


def closing(side: Sequence[Exchange]) -> str:
    """The sentences of a side's last reply that ask nothing (its confirmation); empty when
    the last exchange has no reply or its reply only asks."""
    reply = side[-1].reply if side else ""
    return " ".join(s.strip() for s in SENTENCE.findall(reply or "") if s.strip() and not asks(s))


def same_close(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    *,
    units: Callable[[str], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
    analyse: Callable[[str], Analysis],
) -> bool:
    """The last replies of ``q`` and ``c`` confirm the same numbers and names: each names at
    least one, and each number (by value) and name of one is said in the other (see the
    module docstring). ``units``, ``unsaid``, ``analyse``: the comparer's readings."""
    texts = closing(q), closing(c)
    if not all(texts):
        return False
    users = [[x.user for x in side if x.user] for side in (q, c)]
    if refused_asked(users[0], users[1], units) or refused_asked(users[1], users[0], units):
        return False
    found = [named_units(units(t), analyse(t), t) for t in texts]
    if not all(found):
        return False
    said = [list(units(t)) for t in texts]
    numbers = [values([t], analyse) | phrase_values([t]) for t in texts]
    for k in (0, 1):
        for unit in found[k]:
            value = number_value(unit)
            if value is not None:
                if value not in numbers[1 - k]:
                    return False
            elif unsaid([unit], said[1 - k]):
                return False
    return True


def refused(texts: Iterable[str], units: Callable[[str], Sequence[Unit]]) -> tuple[set, set]:
    """The content words ``texts`` refuse (English: lower-case stems of the words after a
    refusing word, :data:`_REFUSING`, within :data:`_SCOPE`; Japanese: the keys of units a
    refusal follows at once) and the words they state otherwise (same readings)."""
    no: set[str] = set()
    yes: set[str] = set()
    for text in texts:
        if text.isascii():
            words = _WORD.findall(text.lower().replace("n't", " not"))
            left = 0
            for word in words:
                if word in _REFUSING:
                    left = _SCOPE
                    continue
                if word in _ARTICLES:
                    continue
                (no if left else yes).add(stem_en(word))
                left = max(left - 1, 0)
            continue
        for unit in units(text):
            if unit.kind != "content":
                continue
            at = text.find(unit.text)
            after = text[at + len(unit.text) :] if at >= 0 else ""
            (no if _JA_REFUSING.match(after) else yes).add(unit.key)
    return no, yes


def refused_asked(
    mine: Iterable[str], theirs: Iterable[str], units: Callable[[str], Sequence[Unit]]
) -> bool:
    """My users refuse a content word that the other side's users state without refusing it
    (*without a full restore* / *do a full restore as well*; 全体の修理はなしで / 全体の修理も)."""
    no, _ = refused(mine, units)
    _, yes = refused(theirs, units)
    return bool(no & yes)
