"""Two English nouns of one use that WordNet joins through a derivation link (session 28).

WordNet's noun *rental* ("the act of paying for the use of something") carries derivation
pointers (``+`` in ``data.noun``) to the verb synsets it is made from, *rent, hire,
charter, lease*; the noun *hire* ("the act of hiring something") has none, but it is the
verb *hire* used as a noun. :func:`derived_one_use` reads two nouns as one use when the verb
synsets one noun derives from are among the first senses of the other noun read as a verb
(hire / rental, a hat hire / a hat rental). The pointers are read from the loaded
``data.noun`` bytes at the offsets of the noun's senses (every sense, tagged or not: the
loader keeps each one-word noun's), once per noun. The minimal-pair check asks it of one
word left each side, behind the word-vector floor it asks of two verbs
(``wordnet_verbs.SHARED_FLOOR``: hire / lease 0.56 stay apart).
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import antonyms, lemmas_of, load
from .wordnet_lines import data_line, line_pointers
from .wordnet_verbs import SHARED_SENSES

#: the lexicographer file number of ``noun.act`` (acts or actions), a data line's second field
_ACT = "04"


@lru_cache(maxsize=2048)
def derived_verbs(noun: str) -> frozenset[int]:
    """The verb synsets (offsets) that WordNet's derivation pointers of ``noun``'s senses of
    an act (``noun.act``) name (rental -> rent.v.02, rent.v.04); empty for a word that is
    no noun, without the data, or when no such sense has such a pointer (hire)."""
    tables = load()
    if tables is None or not tables.noun_senses:
        return frozenset()
    found: set[int] = set()
    for lemma in lemmas_of(noun, 0):
        for offset in tables.noun_senses.get(lemma, ()):
            fields = data_line(tables.noun_data, offset)
            if fields[1] != _ACT:
                continue  # (a thing: lime / quicklime derive from the verb lime, "cover")
            found.update(int(p[1]) for p in line_pointers(fields) if p[0] == "+" and p[2] == "v")
    return frozenset(found)


def _an_act(noun: str) -> bool:
    """A sense of ``noun`` is filed under ``noun.act`` (the hire: "the act of hiring")."""
    tables = load()
    if tables is None or not tables.noun_senses:
        return False
    data, senses = tables.noun_data, tables.noun_senses
    return any(
        data_line(data, offset)[1] == _ACT
        for lemma in lemmas_of(noun, 0)
        for offset in senses.get(lemma, ())
    )


@lru_cache(maxsize=2048)
def derived_one_use(first: str, second: str) -> bool:
    """Two one-word English nouns, not forms of one lemma, where the verb synsets one of
    them derives from (:func:`derived_verbs`) meet the first :data:`SHARED_SENSES` senses of
    the other read as a verb (rental / hire: rent.v.04 is hire's third sense), both nouns
    naming an act in a sense (``noun.act``: not lime / quicklime), and WordNet marks no
    antonym between them; False for any other two words and without the data."""
    tables = load()
    if tables is None or not first.isalpha() or not second.isalpha():
        return False
    lefts, rights = lemmas_of(first, 0), lemmas_of(second, 0)
    if not lefts or not rights or set(lefts) & set(rights):
        return False
    for noun, other in ((first, rights), (second, lefts)):
        derived = derived_verbs(noun)
        if (
            derived
            and _an_act(second if noun == first else first)
            and any(
                not derived.isdisjoint(tables.verb_senses.get(verb, ())[:SHARED_SENSES])
                for verb in other
            )
        ):
            return not antonyms(first, second) and not antonyms(second, first)
    return False
