"""The minimal-pair alignment's word-pair screen: when two prompts leave many units unshared
(long prompts that share few words), only the pairs this screen lets through can be
equivalent, and the check scores each of them as any other pair (``minpair.py``).

A pair passes when both are content words and either the word-form tests of
:func:`~.units.related` hold or the cosine of their word vectors (every pair's exact cosine in
one call, :func:`~.wordvec.cosines`) is at least the check's ``word_similarity`` less
:data:`~.wordvec.MARGIN`. Two English words are given to :func:`~.units.related` only when they
could pass one of its tests (session 17: most pairs of long prompts are not, and asking costs
~10 function calls a pair): the same reading, the same first four letters (a word family), a
hyphen, a shared synonym group or, with the same first letter, a spelling slip or a spelling
variant that the words' own facts allow (session 20: :func:`_may_slip`,
:func:`_may_be_variant`; the first letter alone let a pair of a long prompt through about one
time in twelve, and each such pair cost WordNet lemmas and an abbreviation search). Two
Japanese words likewise (session 19: a long Japanese pair gave every pair to
:func:`~.units.related`): the same reading, one inside the other (a compound), a hyphen, a verb
in る and a word of its first character (a potential form), one character apart (a slip of one
kanji), a shared synonym group or both words of necessity (:func:`_may_relate_ja`); a pair of
one English and one Japanese word is always asked.
What the pre-test needs of a unit is computed once per unit (:func:`_form`), not per pair.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import ne

from . import lexicon as lx
from . import wordnet, wordvec
from .spelling import COMMON_WORD, RARE_SLIP, _known
from .units import Unit, related

#: from this many pairs of leftover units on, :func:`_may_be_equivalent` screens them
_SCREENED_PAIRS = 16
#: English leftovers from this many pairs on (session 23: with the rows copied by ``take``,
#: the screen costs less than asking :func:`related` of every pair from about 5 pairs of
#: English words on, measured warm on qqp-dev's pairs; Japanese ones from about 15)
_SCREENED_PAIRS_EN = 6

#: what the pre-test reads of a unit (:func:`_form`): an English word?, the first letter of
#: the form a slip is looked for in, the first four letters of its key, a hyphen in the key?,
#: may it be a spelling variant (:func:`_may_be_variant`; English words only)?; then what the
#: Japanese pre-test reads of the other word of a pair (:func:`_pairs_of`, session 23): its
#: key's first character, does its key end in る?, its text's length, is its key a word of
#: necessity?
Form = tuple[bool, str, str, bool, bool, str, bool, int, bool]


def _form(unit: Unit, variants: frozenset[str] | None = None) -> Form:
    """What the pre-test needs of a unit (:data:`Form`), once per unit (session 22: the
    spelling-variant test too, once per unit rather than once per pair; session 23: what the
    Japanese test reads of each word, once per unit rather than once per pair); ``variants``:
    :func:`variant_forms`, when the caller has it (session 29: asked once per screen, not
    once per unit)."""
    key, text = unit.key, unit.text
    english = key.isascii()
    first = (unit.forms[0] if unit.forms else key)[:1]
    variant = False
    if english:  # (:func:`_may_be_variant` inlined, session 26: one call a unit less)
        word = text.lower()
        if not word.isascii() or " " in word or "_" in word:
            variant = wordnet.load() is not None
        else:
            variant = word in (variant_forms() if variants is None else variants)
    return english, first, key[:4], "-" in key, variant, key[:1], key[-1:] == "る", len(text), (
        key in lx.JA_NECESSITY)  # fmt: skip


def _may_relate(a: Unit, x: Form, b: Unit, y: Form) -> bool:
    """False only when :func:`~.units.related` is None for two English or two Japanese
    words (see the module docstring); True for any other pair."""
    if x[0] != y[0]:
        return True  # an English and a Japanese word: asked
    if x[0]:
        if x[2] == y[2] or x[3] or y[3]:
            return True
        if x[1] == y[1] and (_may_slip(a, b) or x[4] or y[4]):
            return True
    elif _may_relate_ja(a, b):
        return True
    return bool(a.reading and a.reading == b.reading) or not a.synonyms.isdisjoint(b.synonyms)


def _may_slip(a: Unit, b: Unit) -> bool:
    """For two English words of one first letter: could ``spelling.en_slip`` hold? A doubled
    letter written once (one letter longer, the shorter word rare and the longer common), or
    one word known to the lexicons and the other not, and then at most two letters longer
    (within two edits) or ending in the same letter (an abbreviation: appt / appointment)."""
    x, y = a.forms[0] if a.forms else a.key, b.forms[0] if b.forms else b.key
    longer = len(y) - len(x)
    if longer == 1 and a.rarity >= RARE_SLIP and (b.rarity <= COMMON_WORD or b.rarity < a.rarity):
        return True  # pas / pass; sil / sill (session 39: both rare, the slip rarer)
    if longer == -1 and b.rarity >= RARE_SLIP and (a.rarity <= COMMON_WORD or a.rarity < b.rarity):
        return True
    return (-2 <= longer <= 2 or x[-1:] == y[-1:]) and (  # (a unit with a vector is known)
        a.vector is not None or _known(a)) != (b.vector is not None or _known(b))  # fmt: skip


def _may_be_variant(text: str) -> bool:
    """Could ``text`` (an English unit's text) have a lemma that one of WordNet's spelling
    variants has (``wordnet.variant`` looks only at such lemmas of its first word)? True
    when it is one of the forms those lemmas take (:func:`variant_forms`), has a space or
    an underscore (a phrasal verb's lemmas) or a letter outside ASCII; no WordNet, False."""
    word = text.lower()
    if not word.isascii() or " " in word or "_" in word:
        return wordnet.load() is not None
    return word in variant_forms()


@lru_cache(maxsize=1)
def variant_forms() -> frozenset[str]:
    """Every word WordNet's lemmatiser (``wordnet.lemmas_of``: the word itself, its
    exception list's bases, its detachment rules) may turn into a lemma of a spelling-variant
    pair: the lemmas themselves, each lemma with a rule's suffix put back (cities for city),
    and the exception forms of those lemmas (~30 ms, once)."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    heads = {x for x, _ in tables.variants}
    forms = set(heads)
    for rules in wordnet._RULES:
        for suffix, replacement in rules:
            forms.update(head[: len(head) - len(replacement)] + suffix
                         for head in heads if head.endswith(replacement))  # fmt: skip
    for exceptions in tables.exceptions:
        forms.update(form for form, bases in exceptions.items() if not heads.isdisjoint(bases))
    return frozenset(forms)


def _may_relate_ja(a: Unit, b: Unit) -> bool:
    """For two Japanese words: could one of :func:`related`'s tests other than the reading
    and the synonym group (which :func:`_may_relate` tests after this) hold? One key inside
    the other (``same_family``), a hyphen, a verb in る and a key of the same first character
    (``potential_of``: 取れる / 取る), texts of one length, two characters or more, one
    character apart (``ja_slip``: 送量 / 送料) or both words of necessity."""
    return _japanese_test(a)(b)


def _japanese_test(a: Unit) -> Callable[[Unit], bool]:
    """:func:`_may_relate_ja` of the Japanese word ``a`` against any other, what it reads of
    ``a`` taken once (the screen asks one word against every word of the other prompt)."""
    x, s = a.key, a.text
    first, verb, size = x[:1], x[-1:] == "る", len(s)
    hyphen, necessity = "-" in x, x in lx.JA_NECESSITY

    def test(b: Unit) -> bool:
        y, t = b.key, b.text
        return (x in y or y in x or hyphen or "-" in y
                or (first == y[:1] and (verb or y[-1:] == "る"))
                or (size == len(t) >= 2 and sum(map(ne, s, t)) == 1)
                or (necessity and y in lx.JA_NECESSITY))  # fmt: skip

    return test


def _pairs_of(
    i: int, a: Unit, x: Form, rights: list[tuple[int, Unit, Form]]
) -> list[tuple[int, float]]:
    """The ``j`` of the right units that pass :func:`_may_relate` with ``a`` (the ``i``-th
    left unit) and that :func:`related` relates to it, each with that score. The pre-test is
    inlined, what it reads of ``a`` taken once (session 22) and what it reads of each right
    unit taken from its :data:`Form` (session 23: a Japanese pair was a call of
    :func:`_japanese_test`'s closure); a test that cannot hold for ``a`` (a reading, a
    synonym group: English words have neither) is left out of the loop."""
    reading, synonyms = a.reading, a.synonyms
    if x[0]:
        first, four, hyphen, variant = x[1], x[2], x[3], x[4]
        if hyphen:  # (every pair passes)
            return [(j, score) for j, b, _ in rights if (score := related(a, b)) is not None]
        if not reading and not synonyms:  # (an English word: neither)
            return [(j, score) for j, b, y in rights
                    if (not y[0] or four == y[2] or y[3]
                        or (first == y[1] and (variant or y[4] or _may_slip(a, b))))
                    and (score := related(a, b)) is not None]  # fmt: skip
        return [(j, score) for j, b, y in rights
                if (not y[0] or four == y[2] or y[3]
                    or (first == y[1] and (variant or y[4] or _may_slip(a, b)))
                    or (reading and reading == b.reading) or not synonyms.isdisjoint(b.synonyms))
                and (score := related(a, b)) is not None]  # fmt: skip
    # (_japanese_test inlined: the key inside the other's, a hyphen, a verb in る and a word of
    # its first character, one character apart in texts of one length, both of necessity)
    key, text, first, verb, size = a.key, a.text, x[5], x[6], x[7]
    if x[3]:  # (a hyphen: every pair passes)
        return [(j, score) for j, b, _ in rights if (score := related(a, b)) is not None]
    necessity = x[8]
    return [(j, score) for j, b, y in rights
            if (y[0] or key in b.key or b.key in key or y[3]
                or (first == y[5] and (verb or y[6]))
                or (size == y[7] >= 2 and sum(map(ne, text, b.text)) == 1)
                or (necessity and y[8])
                or (reading and reading == b.reading) or not synonyms.isdisjoint(b.synonyms))
            and (score := related(a, b)) is not None]  # fmt: skip


def _may_be_equivalent(
    left: Sequence[Unit], right: Sequence[Unit], word_similarity: float
) -> dict[tuple[int, int], float | None]:
    """The pairs ``(i, j)`` of ``left[i]`` and ``right[j]`` that the minimal-pair check's
    ``_equivalence`` may find equivalent (a superset): both are content words and either
    its word-form tests hold (:func:`related`, the same function it calls) or the cosine of
    their word vectors (:func:`~.wordvec.cosines`: every pair's in one call) is at least
    ``word_similarity`` less :data:`~.wordvec.MARGIN`. Each pair's value is what
    :func:`related` (with synonym groups) says of it: its score, or None (asked and None,
    or not asked: the pre-test found it cannot relate them), so that the check need not ask
    again (session 22)."""
    variants = variant_forms()
    lefts = [(i, u, _form(u, variants)) for i, u in enumerate(left) if u.kind == "content"]
    rights = [(j, u, _form(u, variants)) for j, u in enumerate(right) if u.kind == "content"]
    pairs: dict[tuple[int, int], float | None] = {
        (i, j): score for i, a, x in lefts for j, score in _pairs_of(i, a, x, rights)
    }
    rows = [i for i, a, _ in lefts if a.vector is not None]  # (indices: no tuple per unit)
    columns = [j for j, b, _ in rights if b.vector is not None]
    if rows and columns and wordvec.available():
        ones = [left[i].vector for i in rows]
        others = [right[j].vector for j in columns]
        # every pair's exact cosine in one call (session 25: a matrix product before, whose
        # near pairs the learned features then scored one by one)
        cosines = wordvec.cosines(ones, others)
        wordvec.offer_cosines(ones, others, cosines)  # (the learned features read them)
        # the filter in Python over the list: each numpy call (a comparison, nonzero, two
        # lists) cost a cold check more than this loop does (session 24)
        limit = word_similarity - wordvec.MARGIN
        for i, one, line in zip(rows, ones, cosines, strict=True):
            if max(line) < limit:  # (most rows: no pair near enough, one C call to say so)
                continue
            for j, other, cosine in zip(columns, others, line, strict=True):
                if cosine >= limit:
                    pairs.setdefault((i, j), None)
                    wordvec.remember(one, other, cosine)  # (the check asks its cosine next)
    return pairs
