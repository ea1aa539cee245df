"""Two English nouns for one role held by a man and by a woman (session 39, wrong): *waiter* /
*waitress*, *host* / *hostess*, *actor* / *actress*, *spokesman* / *spokeswoman*, *chairman* /
*chairwoman*.

A question about the waitress or the hostess asks about another person than one about the
waiter or the host, yet the two words are one family to the minimal-pair check's units (one
stem) and WordNet files some of them in one synset (*chair*, *chairman*, *chairwoman*,
*chairperson*), so the check took them as one word. WordNet says which of its person nouns is
of one sex in the gloss of the noun's first sense: *a woman waiter*, *a woman host*, *a female
spokesperson*, *a male spokesperson* (198 glosses of WordNet 3.0's nouns open with *a woman* or
*a female*, 132 with *a man* or *a male*). :func:`gender_of` reads it.

:func:`genders_apart` holds when two words' ends are WordNet antonyms (*chairman* /
*chairwoman*: *man* / *woman*, as :func:`.wordnet_one_person.opposite_ends` reads them, but
after a shared start only), when their first
senses are glossed as of the two sexes (*spokesman* / *spokeswoman*), or when one is glossed as
of one sex and the other's first sense is that noun's hypernym, the role said of anyone
(*waiter* / *waitress*: *a woman waiter* under *waiter*). A word of no sex in either gloss
(*chair*, *chairperson*, *server*) is apart from none, so *chairman* / *chair* is left to the
other readings. Without the WordNet data every answer is False.
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import lemmas_of, load
from .wordnet_lines import data_line, line_pointers
from .wordnet_one_person import opposite_ends

#: the openings of a gloss that say a person of one sex (WordNet's own wording)
_OPENINGS = {"woman": ("a woman ", "a female "), "man": ("a man ", "a male ")}
#: WordNet's pointers to a hypernym (a class, an instance's class)
_HYPERNYMS = ("@", "@i")
_NOUN = 0


@lru_cache(maxsize=4096)
def _first_sense(word: str) -> tuple[str, int, frozenset[int]] | None:
    """The sex the gloss of ``word``'s first noun sense says (``woman``, ``man`` or empty),
    that sense's offset and its hypernyms' offsets; None: no such noun (or no data)."""
    tables = load()
    lemmas = lemmas_of(word, _NOUN)
    if tables is None or not tables.noun_senses or not lemmas:
        return None
    senses = tables.noun_senses.get(lemmas[0], ())
    if not senses:
        return None
    fields = data_line(tables.noun_data, senses[0])
    gloss = " ".join(fields[fields.index("|") + 1 :]).lower() if "|" in fields else ""
    sex = next((s for s, openings in _OPENINGS.items() if gloss.startswith(openings)), "")
    above = frozenset(int(p[1]) for p in line_pointers(fields) if p[0] in _HYPERNYMS)
    return sex, senses[0], above


def gender_of(word: str) -> str:
    """``woman`` or ``man`` when WordNet glosses ``word``'s first noun sense as a person of
    that sex (*waitress*: *a woman waiter*; *spokesman*: *a male spokesperson*); empty
    otherwise."""
    found = _first_sense(word.lower())
    return found[0] if found else ""


def genders_apart(first: str, second: str) -> bool:
    """The two words name one role held by people of the two sexes (see the module
    docstring): their ends are antonyms, or their first senses' glosses say the two sexes, or
    one is glossed as of one sex and the other is its first sense's hypernym."""
    first, second = first.lower(), second.lower()
    if first == second:
        return False
    if opposite_ends(first, second, shared_start=True):
        return True
    one, two = _first_sense(first), _first_sense(second)
    if one is None or two is None or not (one[0] or two[0]):
        return False
    if one[0] and two[0]:
        return one[0] != two[0]
    gendered, plain = (one, two) if one[0] else (two, one)
    return plain[1] in gendered[2]
