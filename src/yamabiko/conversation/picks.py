"""An option a user picks from the ones an assistant's statement names.

An assistant offers a choice without asking a question: "We have oak or walnut." /
最初の作品は戦車と戦闘機から選べます. The next user turn picks one ("Walnut, please." /
戦車でお願いします) and the assistant says it back. The offering sentence names both options,
so, read as a statement, it says the other side's pick too, and a thread that picked oak
would state walnut as well (the stated facts of :mod:`yamabiko.conversation.facts`). The
option picked is the request's fact: :func:`picked_from` tells a sentence that names two
options joined by *or* or *and* (Japanese と / や / か between two nouns, SudachiPy's short
units) of which the answer that follows names one and not the other ("We have oak and
walnut." offers the choice "oak or walnut" does when the user then names one: session 38);
such a sentence states no choice, like an offer asked as a question
(:func:`~yamabiko.conversation.smalltalk.offers`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard.english import stem_en
from ..guard.japanese import short_units
from ..guard.lexicon import EN_STOPWORDS

__all__ = ["options", "picked_from"]

_WORD = re.compile(r"[a-z][a-z'-]*|\d+|[.,;:!?()]")
#: the Japanese particles that join two options
_JA_JOINERS = frozenset({"と", "や", "か"})
#: the English words that join two options, as と and か do
_EN_JOINERS = frozenset({"or", "and"})


def _noun_run(morphemes: list, start: int, step: int) -> str:
    """The surface of the run of nouns from ``start`` going by ``step`` (-1: leftwards)."""
    run, k = [], start
    while 0 <= k < len(morphemes) and morphemes[k].part_of_speech()[0] == "名詞":
        run.append(morphemes[k].surface())
        k += step
    return "".join(run[::-1] if step < 0 else run)


@lru_cache(maxsize=4096)
def options(sentence: str) -> tuple[tuple[str, str], ...]:
    """The pairs of options ``sentence`` joins: English the word before *or* / *and* and the
    first content word after it (stems); Japanese the noun runs on each side of a joining particle
    (surfaces)."""
    if sentence.isascii():
        tokens = _WORD.findall(sentence.lower())
        found = []
        for k, word in enumerate(tokens):
            if word not in _EN_JOINERS or k == 0:
                continue
            before = tokens[k - 1] if tokens[k - 1] != "," or k < 2 else tokens[k - 2]
            after = next((t for t in tokens[k + 1 : k + 4] if t not in EN_STOPWORDS), "")
            if before.isalpha() and before not in EN_STOPWORDS and after.isalpha():
                found.append((stem_en(before), stem_en(after)))
        return tuple(found)
    morphemes = short_units(sentence) or []
    found = []
    for k in range(1, len(morphemes) - 1):
        m = morphemes[k]
        if m.surface() not in _JA_JOINERS or m.part_of_speech()[0] != "助詞":
            continue
        first, second = _noun_run(morphemes, k - 1, -1), _noun_run(morphemes, k + 1, 1)
        if first and second:
            found.append((first, second))
    return tuple(found)


def _names(answer: str, option: str) -> bool:
    if answer.isascii():
        return option in {stem_en(t) for t in _WORD.findall(answer.lower())}
    return option in answer


def picked_from(sentence: str, answer: str) -> bool:
    """``answer`` (the user turn after the reply ``sentence`` belongs to) names one of two
    options ``sentence`` joins and not the other (:func:`options`)."""
    if not answer:
        return False
    return any(
        _names(answer, first) != _names(answer, second) for first, second in options(sentence)
    )
