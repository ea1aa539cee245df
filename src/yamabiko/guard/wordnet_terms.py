"""Two English nouns of which WordNet's gloss calls one a *term for* the other (session 32).

WordNet files a regional, informal or older name of a thing as a synset of its own, directly
under the thing, and says so in its gloss instead of describing a narrower kind: *loo* ("a
toilet in Britain"), *brolly* ("colloquial terms for an umbrella"), *caff* ("informal
British term for a cafe"), *gnat* ("(British usage) mosquito"). The two words share no
synset, so the synonym tests leave them apart, and a rare word's own vector is a poor guide
(loo / toilet 0.06). A kind is glossed by what sets it apart (*espresso*: "strong black
coffee brewed by ..."; *minicab*: "a minicar used as a taxicab"); a name is glossed by its
hypernym alone, with only a label of register or region. :func:`term_for` reads that gloss
construction:

- ``[label] term(s) | name | word(s) | expression for [a|an|the] HYPERNYM`` (a *trade name*
  or *brand name* names one product of a kind: not taken),
- ``[a|an|the] HYPERNYM in Britain`` (or *in British usage*, *in the United States*, *in
  American usage*),
- ``(label) HYPERNYM``, the label in brackets (*British usage*, *informal*, *slang*),

where HYPERNYM is a lemma of the synset's direct hypernym, as written (a plural ``s`` allowed).
The name's synset must be the word's only noun sense or its first tagged one (*pot* is a
term for a belly only in a late sense), and the hypernym the other word's first tagged noun
sense (or only sense): *toilet*'s commonest reading is the room, which *loo* names. WordNet
must not mark the two antonyms, and two forms of one lemma are not this test's.

The gloss is read from the loaded ``data.noun`` bytes at the sense's offset, once per pair
of words; the minimal-pair check asks it only of one word left on each side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordnet import antonyms, lemmas_of, load
from .wordnet_first import first_synset
from .wordnet_lines import data_line, line_gloss, line_pointers, line_words

#: a label of register or region before *term for* or in brackets (lower case)
_LABEL = r"(?:[a-z'-]+ ){0,3}"
#: the regions a gloss may place a name in (``a toilet in Britain``)
_REGION = r"(?:britain|british usage|the united kingdom|the united states|american usage)"
#: what a gloss calls a name (``informal terms for``, ``another name for``)
_NAMING = r"(?:terms?|names?|words?|expressions?)"
#: names of one product or make: a kind, not another name (``trade name for``)
_KIND_NAMES = ("trade name", "brand name", "proprietary name")


def _gloss_names(gloss: str, hypernym: str) -> bool:
    """True when ``gloss`` (its first clause, lower case) says the synset is another name of
    ``hypernym`` (one lemma of its direct hypernym, spaces for underscores)."""
    head = r"(?:an? |the )?" + re.escape(hypernym) + r"(?:e?s)?"
    if re.fullmatch(_LABEL + _NAMING + r" for " + head, gloss):
        return not any(kind in gloss for kind in _KIND_NAMES)
    if re.fullmatch(head + r" in " + _REGION, gloss):
        return True
    return re.fullmatch(r"\([a-z' -]+\) " + head, gloss) is not None


def _first_clause(gloss: str) -> str:
    """A gloss up to its first ``;`` (examples and notes dropped), lower case."""
    return gloss.split(";")[0].strip().strip('"').strip().lower()


def _name_of(name: str, thing: str) -> bool:
    """True when the noun ``name``'s only or first tagged sense is glossed as another name of
    the synset that is the noun ``thing``'s first tagged (or only) sense, its direct
    hypernym."""
    tables = load()
    if tables is None or not tables.noun_data:
        return False
    for lemma in lemmas_of(name, 0):
        code, _ = first_synset(tables, lemma, 0)
        if code is None:
            continue
        for other in lemmas_of(thing, 0):
            target, _ = first_synset(tables, other, 0)
            if target is None:
                continue
            offset = code >> 2
            fields = data_line(tables.noun_data, offset)
            above = [p for p in line_pointers(fields) if p[0] == "@" and p[2] == "n"]
            if not any(int(p[1]) == target >> 2 for p in above):
                continue
            gloss = _first_clause(line_gloss(tables.noun_data, offset))
            names = line_words(data_line(tables.noun_data, target >> 2))
            if any(_gloss_names(gloss, word.replace("_", " ")) for word in names):
                return True
    return False


@lru_cache(maxsize=4096)
def term_for(first: str, second: str) -> bool:
    """True when one of two English nouns (lower case, any inflection) is, by its WordNet
    gloss, another name (regional, informal, older) of the thing the other names in its
    commonest reading (loo / toilet, brolly / umbrella; either order); False for forms of
    one lemma, antonyms, and without the data."""
    if set(lemmas_of(first, 0)) & set(lemmas_of(second, 0)):
        return False
    if not (_name_of(first, second) or _name_of(second, first)):
        return False
    return not antonyms(first, second) and not antonyms(second, first)
