"""English words read by their first WordNet lemma and sense: the shared lookups, and nouns
and verbs whose first sense is one synset, tagged in one of them.

:func:`first_lemma`, :func:`first_tagged` and :func:`first_lexnames` read a word's first
lemma of one part of speech (itself, when WordNet has it; else its base form by morphy) and
that lemma's tagged senses, once per word (the rules ask them of each word of each pair).

:func:`~.wordnet.synonyms` pairs two words by a synset among the *tagged* senses of both
(senses seen in the SemCor corpus). Many everyday words have no tagged sense at all (nappy,
diaper's British twin), so two words that name one thing are left apart when one of the two
was never tagged. :func:`first_sense_synonyms` joins them when, within nouns or within verbs:

- the synset is the **first tagged** sense of one word (the reading SemCor saw most),
- and the **only** sense of the other, an untagged word (an untagged word's order of senses
  is the lexicographers', not a frequency: bike's first is motorcycle, humour's first is a
  mood; a word of one sense has no other reading to mean),
- its lexicographer file is not one of :data:`~.wordnet.EXCLUDED` (bodies, foods, people,
  substances, times... where one synset holds things asked about apart: partner / spouse,
  hurt / trauma), and WordNet does not mark the two antonyms.

- or, verbs only (one of the two no noun of a tagged sense), the first tagged sense of one
  word is a manner of (directly under) one of the other's first three tagged senses
  (:func:`troponyms`: replace / renew, repay / pay, bake / cook).

:func:`same_first_sense` (session 26) is the narrowest WordNet reading of all: the first tagged
sense of both words, within nouns, verbs or adjectives, is one synset (fix / mend, repair /
mend: their commonest reading is one). The minimal-pair check takes it where the word vectors
of the two words on their own are below :data:`~.wordnet.FLOOR` (fix / mend 0.35: a rare
word's own vector is a poor guide) only when the two prompts, the words read in their place,
are at :data:`CONTEXT_FLOOR` or closer by the embedder.

Measured on the 12,000 commonest English words of the word-vector table (docs/quality.md,
session 21): the pairs this adds at a word-vector cosine of 0.5-0.75 (below 0.75 the vectors
alone do not pair them) are mostly one thing named two ways (stealing / theft, corporation /
corp, britain / uk); adjectives are left out (chief / master, magic / wizard). The
minimal-pair check asks it only of the one word left on each side, after the tagged rules,
and still asks the word vectors not to put the two below :data:`~.wordnet.FLOOR`.
"""

from __future__ import annotations

from functools import lru_cache

from .part_caches import per_part
from .wordnet import EXCLUDED, LEMMAS_OF, Tables, antonyms, load

#: the parts of speech read (codes of :data:`~.wordnet.POS`: nouns and verbs)
_PARTS = (0, 1)


@per_part(4096)
def first_lemma(word: str, pos: int) -> str:
    """``word``'s first WordNet lemma of part of speech ``pos`` (0-3, :data:`~.wordnet.POS`);
    empty: none (or no data)."""
    found = LEMMAS_OF[pos](word)  # (``lemmas_of(word, pos)``, its LRU asked directly)
    return found[0] if found else ""


@per_part(4096)
def first_tagged(word: str, pos: int) -> tuple[int, ...] | None:
    """The synset codes (``offset * 4 + pos``) of the tagged senses of ``word``'s first
    WordNet lemma of part of speech ``pos``, most frequent first; ``()`` for a lemma with no
    tagged sense; None: no such lemma (or no data)."""
    tables, lemma = load(), FIRST_LEMMA[pos](word)
    if tables is None or not lemma:
        return None
    return tables.index[pos].get(lemma, ())


@per_part(4096)
def first_lexnames(word: str, pos: int) -> tuple[str, ...] | None:
    """The lexicographer files (``noun.time``) of :func:`first_tagged`'s senses, in its
    order; ``()`` for a lemma with no tagged sense; None: no such lemma (or no data)."""
    tables, senses = load(), FIRST_TAGGED[pos](word)
    if tables is None or senses is None:
        return None
    return tuple(tables.synsets[code].lexname for code in senses)


#: each part's LRU of :func:`first_lemma`, :func:`first_tagged` and :func:`first_lexnames`:
#: ``FIRST_TAGGED[pos](word)`` is ``first_tagged(word, pos)`` without the wrapper's Python
#: call, for a caller that knows the part (as :data:`.wordnet.LEMMAS_OF`; session 29)
FIRST_LEMMA = first_lemma.parts  # type: ignore[attr-defined]
FIRST_TAGGED = first_tagged.parts  # type: ignore[attr-defined]
FIRST_LEXNAMES = first_lexnames.parts  # type: ignore[attr-defined]


def first_synset(tables: Tables, lemma: str, pos: int) -> tuple[int | None, bool]:
    """The first tagged synset code of ``lemma`` in part of speech ``pos`` (nouns, verbs or
    adjectives) and True, or the only sense of an untagged one-word lemma and False, or None
    (WordNet has no such lemma, or its senses are several and untagged)."""
    tagged = tables.index[pos].get(lemma)
    if tagged:
        return tagged[0], True
    return tables.untagged_first[pos].get(lemma), False


@lru_cache(maxsize=4096)
def first_sense_synonyms(first: str, second: str) -> bool:
    """True when a lemma of ``first`` and one of ``second`` (two different words, nouns or
    verbs) have one synset as the first tagged sense of one and the only sense of the other
    (two tagged first senses are ``synonyms``' already), outside
    :data:`~.wordnet.EXCLUDED`, and WordNet does not mark them antonyms; False otherwise and
    without the data."""
    tables = load()
    if tables is None or not tables.untagged_first or first.lower() == second.lower():
        return False
    for pos in _PARTS:
        pairs = first_sense_pairs(tables, first, second, pos)
        if pairs is None:
            return False  # two forms of one lemma: not this test's
        for code, other in pairs:
            synset = tables.synsets.get(code) if other == code else None
            if synset is None or synset.lexname in EXCLUDED:
                continue
            return not antonyms(first, second) and not antonyms(second, first)
    if troponyms(first, second) or troponyms(second, first):
        return not antonyms(first, second) and not antonyms(second, first)
    return False


#: the prompts' cosine from which :func:`same_first_sense` is taken below the word-vector
#: floor (fix / mend 0.912, repair / mend 0.893 in their prompts; docs/quality.md, session 26)
CONTEXT_FLOOR = 0.85
#: the parts of speech :func:`same_first_sense` reads (nouns, verbs, adjectives)
_FIRST_PARTS = (0, 1, 2)


@lru_cache(maxsize=4096)
def same_first_sense(first: str, second: str) -> bool:
    """True when, within nouns, verbs or adjectives, the first tagged WordNet sense of
    ``first`` and of ``second`` (two words, no forms of one lemma) is one synset outside
    :data:`~.wordnet.EXCLUDED` (fix / mend, repair / mend, close / shut) and WordNet does not
    mark them antonyms; False otherwise and without the data."""
    tables = load()
    if tables is None or first.lower() == second.lower():
        return False
    for pos in _FIRST_PARTS:
        tagged = FIRST_TAGGED[pos]
        mine, theirs = tagged(first), tagged(second)
        if not mine or not theirs or mine[0] != theirs[0]:
            continue
        if FIRST_LEMMA[pos](first) == FIRST_LEMMA[pos](second):
            return False
        if tables.synsets[mine[0]].lexname not in EXCLUDED:
            return not antonyms(first, second) and not antonyms(second, first)
    return False


#: how many of the broader verb's tagged senses the narrower verb's first sense may sit under
TROPONYM_SENSES = 3


@lru_cache(maxsize=4096)
def troponyms(narrow: str, broad: str) -> bool:
    """True when ``narrow``'s first tagged verb sense is, by WordNet, a manner of one of the
    first :data:`TROPONYM_SENSES` tagged senses of ``broad`` (its direct hypernym: replace
    / renew, bake / cook, repay / pay, resign / quit), the two no forms of one verb; False
    otherwise and without the data. Verbs only, and one of the two no noun of a tagged sense:
    a noun under another names a narrower thing (shirts / clothes, guns / weapon), which a
    question asks about apart."""
    tables, verbs, nouns = load(), FIRST_TAGGED[1], FIRST_TAGGED[0]
    mine, theirs = verbs(narrow), verbs(broad)
    if tables is None or not mine or not theirs or FIRST_LEMMA[1](narrow) == FIRST_LEMMA[1](broad):
        return False
    if nouns(narrow) and nouns(broad):
        return False  # both may be nouns (shirts / clothes: WordNet's verbs shirt, clothe)
    return any(h in theirs[:TROPONYM_SENSES] for h in tables.synsets[mine[0]].hypernyms)


def first_sense_pairs(
    tables: Tables, first: str, second: str, pos: int
) -> list[tuple[int, int]] | None:
    """The first senses (:func:`first_synset`) of each pair of a lemma of ``first`` and one of
    ``second`` as ``pos``, where both lemmas have one and at least one of the two is tagged, in
    the order of the lemmas; None when the two words share a lemma (two forms of one word,
    which the tests of two words leave alone)."""
    lefts, rights = LEMMAS_OF[pos](first), LEMMAS_OF[pos](second)
    if set(lefts) & set(rights):
        return None
    pairs = []
    for x in lefts:
        code, tagged = first_synset(tables, x, pos)
        if code is None:
            continue
        for y in rights:
            other, other_tagged = first_synset(tables, y, pos)
            if other is not None and (tagged or other_tagged):
                pairs.append((code, other))
    return pairs
