"""The act the pro-verb *do* names with an object, as WordNet's examples show it (session 38,
wrong).

Session 36 read a service's verb as the pro-verb *do* the other prompt says (*Do you clean the
hob as well?* / *do u do the hob too*: :mod:`.english_fragments`), since *do the hob* names no
act of its own. Some objects do give *do* an act of its own: WordNet files *do* in the synset
of *dress*, *arrange*, *set*, *coif* (arrange attractively), whose example is *dress my hair
for the wedding*, so *Do you do hair?* asks for hairdressing, and *Do you dye hair?* asks for
one other service (it was served ``fragment:0.21``).

:func:`do_names_another_act` reads it: a verb sense of *do* (any, in WordNet's order) has an
example in which a lemma of that sense takes the object (the word right after it, past at
most :data:`_BETWEEN` words that only point at it: *my*, *the*, *a*), and the verb the other
prompt says instead of *do* is no lemma of that sense nor of a sense right under it. An object
the examples give no *do* of its own (*hob*, *gutters*: *he cleaned out the gutters* takes them
with *clean*, a verb of no *do* sense) leaves session 36's reading as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import wordnet
from .lexicon import EN_STOPWORDS
from .wordnet_lines import data_line, line_gloss, line_pointers

#: the verb whose senses are read
_DO = "do"
#: WordNet's code of verbs (:data:`~.wordnet.POS`) and its hyponym pointer
_VERB, _HYPONYM = 1, "~"
#: how many stop words may stand between a verb and its object in an example (*dress my hair*)
_BETWEEN = 2
#: an example (WordNet quotes each) and a word of one
_EXAMPLE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"[a-z]+")


def _synset_lemmas(fields: list[str]) -> frozenset[str]:
    """The lemmas of a data line's synset (lower case, the adjective marker cut)."""
    count = int(fields[3], 16)
    return frozenset(fields[4 + 2 * i].split("(")[0].lower() for i in range(count))


@lru_cache(maxsize=1)
def _do_senses() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """For each verb sense of *do*: its lemmas with those of the senses right under it, and
    the noun lemmas its examples give a lemma of the sense as object (see the module
    docstring)."""
    tables = wordnet.load()
    if tables is None:
        return ()
    found = []
    for offset in tables.verb_senses.get(_DO, ()):
        fields = data_line(tables.verb_data, offset)
        own = _synset_lemmas(fields)
        under = {
            lemma
            for p in line_pointers(fields)
            if p[0] == _HYPONYM and p[2] == "v"
            for lemma in _synset_lemmas(data_line(tables.verb_data, int(p[1])))
        }
        objects = set()
        for example in _EXAMPLE.findall(line_gloss(tables.verb_data, offset).lower()):
            words = _WORD.findall(example)
            for k, word in enumerate(words):
                if not own.intersection(wordnet.lemmas_of(word, _VERB)):
                    continue
                after = words[k + 1 : k + 2 + _BETWEEN]
                head = next((w for w in after if w not in EN_STOPWORDS), "")
                objects.update(wordnet.lemmas_of(head, 0)[:1] if head else ())
        found.append((own | under, frozenset(objects)))
    return tuple(found)


def noun_lemma(word: str) -> str:
    """``word``'s first WordNet noun lemma (*roofs*: *roof*), or ``word`` (none; *do*)."""
    found = wordnet.lemmas_of(word, 0)
    return found[0] if found and word != _DO else word


@lru_cache(maxsize=1024)
def do_names_another_act(verb: str, objects: Sequence[str]) -> bool:
    """True when *do* with one of ``objects`` (the words after it, lower case) names an act
    WordNet's examples give it (*do hair*: dress, arrange, set, coif) and ``verb`` (said in
    place of *do* on the other side: *dye*) is no lemma of that sense nor of one right under
    it; False otherwise (*clean* / *do the hob*) and without the data."""
    nouns = {n for w in objects if w not in EN_STOPWORDS for n in wordnet.lemmas_of(w, 0)[:1]}
    verbs = set(wordnet.lemmas_of(verb, _VERB)) or {verb}
    return any(nouns & taken and not verbs & acts for acts, taken in _do_senses())
