"""English: a noun replaced by another that only a verb's senses join (the guard's ``roles``
step, :func:`.opposites.contrasts`).

The minimal-pair check takes two one-word verbs that WordNet gives two readings in common
as one verb (:func:`~.wordnet_verbs.shared_senses`: rent / hire a van). Used as nouns the two
words may name two things: *the rent* is a payment, *the hire* the act of hiring (when is
the rent / the hire due). :func:`noun_read_as_verb` reads the one word replaced each side as
a noun when a determiner or a possessive stands right before it, and refuses the pair when
both are WordNet nouns and its verb senses join the two but their noun senses (the first
tagged ones, as :func:`~.wordnet.synonyms` reads them, or an untagged noun's only one) do
not: ``category:rent->hire``.
"""

from __future__ import annotations

from . import lexicon as lx
from .wordnet import SENSES, lemmas_of, tagged_senses
from .wordnet_first import first_sense_synonyms
from .wordnet_verbs import shared_senses

#: words after which the next one is a noun (the rent, my rent, our hire): the determiners
#: but *these* / *those*, which this check has never read (kept so: no pair measured)
_DETERMINERS = lx.EN_DETERMINERS - {"these", "those"}


def _as_noun(word: str, words: tuple[str, ...]) -> bool:
    """Every place of ``word`` in ``words`` follows a determiner or a possessive."""
    places = [i for i, w in enumerate(words) if w == word]
    return bool(places) and all(
        i > 0 and (words[i - 1] in _DETERMINERS or words[i - 1].endswith("'s")) for i in places
    )


def noun_read_as_verb(mine: tuple[str, ...], theirs: tuple[str, ...]) -> str:
    """``"X->Y"`` (the word of ``theirs``, the cached prompt's lower-cased words, then the
    one of ``mine``) when one word each side is replaced, both stand as nouns (after a
    determiner), WordNet's verb senses join them (:func:`~.wordnet_verbs.shared_senses`) and
    their noun senses do not; empty: none."""
    only_mine, only_theirs = set(mine) - set(theirs), set(theirs) - set(mine)
    if len(only_mine) != 1 or len(only_theirs) != 1:
        return ""
    (new,), (old,) = only_mine, only_theirs
    if not (new.isalpha() and old.isalpha() and _as_noun(new, mine) and _as_noun(old, theirs)):
        return ""
    if not lemmas_of(new, 0) or not lemmas_of(old, 0) or not shared_senses(old, new):
        return ""  # (not both WordNet nouns, or no verb reading joins them)
    if tagged_senses(new, 0, SENSES).keys() & tagged_senses(old, 0, SENSES).keys():
        return ""  # one thing as nouns too
    if first_sense_synonyms(old, new):
        return ""  # (the first sense of one, the only one of the other)
    return f"{old}->{new}"
