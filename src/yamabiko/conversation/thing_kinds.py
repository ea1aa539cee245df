"""The kinds of thing an English noun may name, by WordNet's lexicographer files over every
sense of it, tagged or not (session 35 review).

:func:`yamabiko.conversation.bearing.untold_bearing` drops a preference a remark tells
(*My daughter loves chicken.*) before a question that chooses a thing of another kind
(samectx: *flowers* before "Which wine would you suggest?"). Read by each word's first tagged
sense only, *dish* (a piece of dishware) and *cake* (a block of soap or wax: its one tagged
sense) named no food, so *loves chicken* / "Which dish would you recommend?" and *love
chocolate* / "Which cake would you suggest?" were served as small talk. A noun names a kind
of thing in any of its senses: :func:`noun_files` gives the files of them all (*dish*:
``noun.artifact``, ``noun.food``, ``noun.quantity``; *cake*: ``noun.artifact``,
``noun.food``), read from ``data.noun`` at each sense's offset.
"""

from __future__ import annotations

from functools import lru_cache

from ..guard.wordnet import load
from ..guard.wordnet_first import first_lemma
from ..guard.wordnet_lines import data_line
from ..guard.wordnet_read import lexnames

__all__ = ["noun_files"]


@lru_cache(maxsize=4096)
def noun_files(word: str) -> frozenset[str]:
    """The lexicographer files (``noun.food``) of every sense of the first WordNet noun lemma
    of ``word`` (English, lower case); empty for no noun and without the data."""
    tables, names = load(), lexnames()
    lemma = first_lemma(word, 0) if word else None
    if tables is None or not tables.noun_senses or not tables.noun_data or not lemma:
        return frozenset()
    found = set()
    for offset in tables.noun_senses.get(lemma, ()):
        fields = data_line(tables.noun_data, offset)
        if len(fields) > 1 and fields[1].isdigit() and int(fields[1]) in names:
            found.add(names[int(fields[1])])
    return frozenset(found)
