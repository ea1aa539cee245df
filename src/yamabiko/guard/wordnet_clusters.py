"""Two English adjectives on the two sides of one WordNet cluster (session 39, wrong):
*priceless* / *worthless*, *invaluable* / *worthless*.

WordNet files most adjectives in clusters: a head (*valuable*) with its satellites, which point
to it with a similar-to link (``&``; *priceless*, *invaluable*: "having incalculable monetary,
intellectual, or spiritual worth"), and the head's antonym (*worthless*) heads the cluster
opposite. Antonyms are marked between heads only, so the guard's antonym tests, which read
``!`` pointers, never see a satellite against the opposite head, and the word vectors put
*priceless* / *worthless* at 0.80, above the minimal-pair check's pairing floor: the check took
them as one word and *Is the painting priceless?* / *Is the painting worthless?* was served.

:func:`across_cluster` holds when a head the first adjective sense of one word points to as
similar (or the word itself, a head) is a WordNet antonym of the other word or of a head the
other's first sense points to, and the two words are not themselves marked antonyms (*painful*
/ *painless*: the antonym tests' own pair, which the word vectors may pair in *least painful* /
*painless*). Two satellites of one head (*priceless* /
*invaluable*) are on one side and stay paired. Without the WordNet data every answer is False.

:func:`kept_apart` asks it with :func:`.wordnet_gender.genders_apart` (*waiter* / *waitress*):
the minimal-pair check does not pair two such words by their word vectors
(:class:`~.word_equivalence.WordEquivalence`); a substitution of one role by the other sex's,
or across a cluster where neither prompt negates and neither says the other's word
(:func:`substituted_across`), stays refused whatever the trees score
(:func:`.ja_contrasts.substituted_contrast`, ``contrast:waiter->waitress``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordnet import antonyms, lemmas_of, load
from .wordnet_gender import genders_apart
from .wordnet_lines import data_line, line_pointers, line_words

#: the words that negate a word near them (*found not guilty*: the negated word said instead)
_NEGATIONS = frozenset({"not", "no", "never", "without", "nor"})
_WORDS = re.compile(r"[a-z]+(?:'t)?")
#: how many of a word's adjective senses (WordNet's order, most frequent first) are read: the
#: first only (a second sense reaches far: *easy* as *unhurried* against *quick*)
SENSES = 1
_ADJECTIVE = 2


@lru_cache(maxsize=4096)
def _heads(word: str) -> frozenset[str]:
    """The lemmas of the heads that ``word``'s first :data:`SENSES` adjective senses, where
    they are satellites, point to as similar (``&``), with ``word``'s own lemma; empty when it
    is no adjective."""
    tables = load()
    lemmas = lemmas_of(word, _ADJECTIVE)
    if tables is None or not tables.adjective_senses or not lemmas:
        return frozenset()
    found = {lemmas[0]}
    for offset in tables.adjective_senses.get(lemmas[0], ())[:SENSES]:
        fields = data_line(tables.adjective_data, offset)
        if fields[2] != "s":
            continue  # a head: its own lemma stands for it (its & links go to satellites)
        for pointer in line_pointers(fields):
            if pointer[0] == "&":
                found.update(line_words(data_line(tables.adjective_data, int(pointer[1]))))
    return frozenset(found)


@lru_cache(maxsize=4096)
def across_cluster(first: str, second: str) -> bool:
    """True when ``first`` and ``second`` sit in two WordNet adjective clusters whose heads
    are antonyms (see the module docstring): *priceless* / *worthless*."""
    first, second = first.lower(), second.lower()
    if first == second:
        return False
    one, two = _heads(first), _heads(second)
    if not one or not two or len(one) + len(two) == 2:
        return False  # (two heads alone: the antonym tests' own pair)
    if antonyms(first, second) or antonyms(second, first):
        return False  # painful / painless: marked antonyms, the antonym tests' own pair
    return any(
        antonyms(a, b, (_ADJECTIVE,)) or antonyms(b, a, (_ADJECTIVE,)) for a in one for b in two
    )


def substituted_across(old: str, new: str, query: str, cached: str) -> bool:
    """The minimal-pair check's substitution of ``old`` (the cached prompt's word) by ``new``
    (the query's) crosses one cluster (:func:`across_cluster`) and is no rewording of the
    contrast: neither prompt negates a word (*acquitted* / *found not guilty*), and neither
    says a form of the other's word (*big rear wheels and small front wheels* / *rear wheels
    bigger than its front wheels*: *big* said on both sides)."""
    if not across_cluster(old, new):
        return False
    mine, theirs = set(_WORDS.findall(query.lower())), set(_WORDS.findall(cached.lower()))
    if (mine | theirs) & _NEGATIONS or any(w.endswith("n't") for w in mine | theirs):
        return False
    return not (_lemmas(old) & _said(mine) or _lemmas(new) & _said(theirs))


def _lemmas(word: str) -> frozenset[str]:
    """The adjective lemmas of ``word`` (the word itself when WordNet has none)."""
    return frozenset(lemmas_of(word.lower(), _ADJECTIVE)) or frozenset({word.lower()})


def _said(words: set[str]) -> frozenset[str]:
    """The adjective lemmas of every word of ``words``."""
    return frozenset(lemma for word in words for lemma in _lemmas(word))


def kept_apart(first: str, second: str) -> bool:
    """Two English words that WordNet keeps apart however close their word vectors: one role
    of the two sexes (:func:`.wordnet_gender.genders_apart`) or two adjectives across one
    cluster (:func:`across_cluster`)."""
    return genders_apart(first, second) or across_cluster(first, second)
