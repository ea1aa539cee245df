"""English: two amounts compared across *than* that changed places (the guard's ``roles``
step, :func:`.opposites.contrasts`).

Is it cheaper to hire the boat for *two* hours than *one* / for *one* hour than *two*: the
same words, but the amount before *than* and the amount after it exchanged, the noun of the
second left out (so no frame of naming words holds it, and *one* is a pronoun as often as a
number): ``roles:2<->1``. An amount is a number in digits or in words (*one* included), at
most :data:`_REACH` words before *than* (in its clause) or right after it (a preposition
between: *than for one*). Read only when every other word of the two texts is the same
(an inflection aside: hour / hours), so a paraphrase that says the comparison in other
words (*is two hours cheaper than one*) is another question's.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .english import stem_en

#: words between *than* and its amount (than *for* one, than *in* two)
_BETWEEN = frozenset({"for", "with", "in", "at", "on", "by", "of", "to"})
#: words an amount may stand before *than*
_REACH = 5
#: where a clause ends: no amount before it is compared across the *than* after it
_CLAUSE_ENDS = frozenset({",", ";", "and", "or", "but", "if", "when", "?", "."})
#: determiners skipped after *than*: no demonstrative (than *that*: a pronoun, the thing itself)
_DETERMINERS = lx.EN_DETERMINERS - lx.EN_DEMONSTRATIVES
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'.-]*|[,;?.]")


def _amount(word: str) -> float | None:
    """The value of a number in digits or in words (*one* too), else None."""
    if word[0].isdigit():
        try:
            return float(word.rstrip("."))
        except ValueError:
            return None
    if word == "one":
        return 1.0
    value = lx.EN_NUMBER_WORDS.get(word)
    return None if value is None else float(value)


def _compared(tokens: list[str]) -> tuple[tuple[str, str], list[str]] | None:
    """The two things compared across the first *than* of ``tokens`` and the other words'
    stems, or None (no *than*, or nothing to read on one side of it). The things are two
    amounts (:func:`_amount`: the nearest before *than*, in its clause, and the one right
    after it) or else the words on either side of *than* (in *winter* than in *summer*),
    a preposition or a determiner after it skipped."""
    if "than" not in tokens:
        return None
    at = tokens.index("than")
    j = at + 1
    while j < len(tokens) and (tokens[j] in _BETWEEN or tokens[j] in _DETERMINERS):
        j += 1
    if j == len(tokens):
        return None
    before = -1
    if _amount(tokens[j]) is not None:
        for i in range(at - 1, max(at - 1 - _REACH, -1), -1):
            if tokens[i] in _CLAUSE_ENDS:
                break
            if _amount(tokens[i]) is not None:
                before = i
                break
    elif at and tokens[at - 1] not in lx.EN_STOPWORDS and tokens[j] not in lx.EN_STOPWORDS:
        before = at - 1
    if before < 0:
        return None
    things = _shown(tokens[before]), _shown(tokens[j])
    return things, [stem_en(t) for k, t in enumerate(tokens) if k not in (before, j)]


def amounts_exchanged(x_text: str, y_text: str) -> str:
    """``"2<->1"`` (``x_text``'s amount before *than* first) when the two amounts compared
    across *than* exchanged places and every other word is the same (see the module
    docstring); empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if "than" not in low_x or "than" not in low_y:
        return ""  # (a cheap gate: few prompts compare)
    mine, theirs = _compared(_TOKEN.findall(low_x)), _compared(_TOKEN.findall(low_y))
    if mine is None or theirs is None or mine[1] != theirs[1]:
        return ""
    (first, second), (their_first, their_second) = mine[0], theirs[0]
    if first == second or (first, second) != (their_second, their_first):
        return ""
    return f"{first}<->{second}"


def _shown(word: str) -> str:
    """A compared thing as the reason shows it: an amount as a number (two, 2: 2), a word's
    stem (hours: hour)."""
    value = _amount(word)
    if value is None:
        return stem_en(word)
    return str(int(value)) if value == int(value) else str(value)
