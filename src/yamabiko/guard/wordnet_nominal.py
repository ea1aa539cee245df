"""The nominal forms of an English word by WordNet: the noun and adjective lemmas it may be a
form of, and the nouns and adjectives WordNet's derivation pointers join to those (session 39).

:mod:`.english_compared` asks whether a compared thing is named on the other side in another
form. It read one root from the first five letters and from the stemmer, which also joined
*train* / *training* (the stemmer strips a verb's *-ing*; the noun *training* is another
thing) and *photograph* / *photographer*. A compared thing is a noun or a quality, so two words
name one thing when they share a noun or adjective lemma (*violas* / *viola*, *cities* /
*city*) or when a derivation pointer (``+`` in ``data.noun`` / ``data.adj``) joins a noun or
adjective sense of one to a noun or adjective sense of the other (*jealousy* / *jealous*,
*terrorism* / *terrorist*). A pointer to a verb is not followed: *training* and
*photographer* point to the verbs *train* and *photograph*, not to the nouns.
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import lemmas_of, load
from .wordnet_lines import data_line, line_pointers, line_words

#: the data-line parts of speech followed (a noun, an adjective, a satellite adjective)
_NOMINAL = frozenset({"n", "a", "s"})


@lru_cache(maxsize=4096)
def nominal_lemmas(word: str) -> frozenset[str]:
    """The noun and adjective lemmas ``word`` (lower case) may be a form of (morphy)."""
    return frozenset(lemmas_of(word, 0) + lemmas_of(word, 2))


@lru_cache(maxsize=4096)
def nominal_forms(word: str) -> frozenset[str]:
    """``word``'s noun and adjective lemmas (lower case) and the noun and adjective lemmas
    WordNet's derivation pointers join directly to any of their senses; empty when WordNet
    (or its data) has no noun or adjective reading of the word."""
    tables = load()
    if tables is None or tables.noun_senses is None or tables.adjective_senses is None:
        return frozenset()
    files = {"n": tables.noun_data, "a": tables.adjective_data, "s": tables.adjective_data}
    found: set[str] = set()
    for pos, senses, data in ((0, tables.noun_senses, files["n"]),
                              (2, tables.adjective_senses, files["a"])):  # fmt: skip
        for lemma in lemmas_of(word, pos):
            found.add(lemma)
            for offset in senses.get(lemma, ()):
                fields = data_line(data, offset)
                words = line_words(fields)
                for symbol, target, part, link in line_pointers(fields):
                    source, number = int(link[:2], 16), int(link[2:], 16)
                    if symbol != "+" or part not in _NOMINAL or not number:
                        continue
                    if not 0 < source <= len(words) or words[source - 1] != lemma:
                        continue  # (another word of the synset's link)
                    theirs = line_words(data_line(files[part], int(target)))
                    found.update(theirs[number - 1 : number])
    return frozenset(found)


def one_thing(first: str, second: str) -> bool:
    """Whether two English words (lower case) name one thing: a shared noun or adjective
    lemma, or a derivation pointer from one's to the other's (one link, not two: *photograph*
    and *photographer* both link to *photography*, and are two things)."""
    mine, theirs = nominal_lemmas(first), nominal_lemmas(second)
    if not mine.isdisjoint(theirs):
        return True
    return not (mine.isdisjoint(nominal_forms(second)) and theirs.isdisjoint(nominal_forms(first)))
