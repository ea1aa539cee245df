"""A person or an animal one side names, the other side naming its kind (son / child).

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`, ``person``)
holds a family member or an animal that one side's users name and the other side never says
for another party. A thread said in other words often names the same party by a broader
word: *my son* where the other side books *a child*, 息子 where it says 子ども or お子様, *snakes
and lizards* where it asks for *your reptiles*. :func:`broader_said` reads that from
WordNet: a word of the other side is a lemma of a hypernym of the member's first tagged noun
sense, at most :data:`BROADER_DEPTH` links up (son -> male offspring -> **child**, **kid**;
snake -> diapsid -> **reptile**; wife -> **spouse**), WordNet's top nouns left out
(*animal*, *person*, *organism* name no party) and so are the nouns right under one of them
(*male*, *female*, *adult*, *relative*, *young*: a sex, an age or any kin names anyone, so
*a male colleague* or 男性 is not *my son*; session 31 review). A hypernym that is a person by
sex and age alone (wife -> *woman*: under *female* and *adult*, which WordNet opposes by
antonyms to *male* and *juvenile*) names no party either, and a lemma names its hypernym
only when every tagged sense it has is a synset of the hypernym's first word: *child* and
*kid* (a juvenile, an offspring), not *partner* (also a collaborator) or *mate* (a ship's
officer, a teammate), though both are lemmas of the spouse synset (session 31, broaderfix).
A Japanese member is read through its English counterpart in the guard's category table (息子
-> son: the default embedder's word vectors, which share one space across languages, by a
clear margin), and a Japanese word of the other side names a hypernym when its vector is
near one of the hypernyms' English lemmas (子供 / child 0.87, お子様 / kid 0.69, 子 / kid 0.67; 孫
/ child 0.38 and 人 / male 0.56 do not), nearer it than to the hypernyms' other lemmas (パートナー
is nearest *partner* 0.86, 女性 *woman* 0.90: another person) and than to every English word
naming another party of the category (:func:`_rival_rows`: the other members and the lemmas
of their first sense, son -> *son*, *boy*): 男の子 is near *kid* (0.66) but nearer *boy*
(0.80), so it names a son, never the kind of a daughter (session 31, convofix).

Only the broader direction: *a child* on one side and *my son* on the other say the son
there, not the other way round (a *son* says nothing of which child), and a word the
category lists (娘, daughter) is another member, never a kind: the check sees it as lost
in its own right.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard import wordvec
from ..guard.english import stem_en
from ..guard.units import Unit
from ..guard.wordnet import load
from ..guard.wordnet_first import first_lemma, first_tagged
from ..guard.wordnet_kinds import hypernym_levels
from ..guard.wordnet_lines import data_line, line_pointers, line_words

__all__ = [
    "BROADER_DEPTH", "JA_FLOOR", "PARTY_KINDS", "broader_lemmas", "broader_said", "kind_said",
]  # fmt: skip

#: the categories whose members are parties (a person, an animal)
PARTY_KINDS = ("family", "animal")

#: the most hypernym links from a member up to the word that names its kind
BROADER_DEPTH = 2
#: the least cosine from which a Japanese word names an English hypernym lemma
JA_FLOOR = 0.6
#: how far a Japanese member's nearest English member must lead the next one
JA_MARGIN = 0.1
#: the lexicographer file number of WordNet's top nouns (noun.Tops: animal, person)
_TOPS = 3


def broader_said(member: str, kind: str, theirs: Sequence[Unit]) -> bool:
    """A content word of ``theirs`` (the units the other side states) names the kind of the
    category member ``member`` (the guard's canonical form, of the category ``kind``), as
    the module docstring reads it."""
    english = member.isascii()
    form = _english_form(member, kind) if english else _counterpart(member, kind)
    if not form:
        return False
    lemmas, others = _hypernym_words(form)
    if not lemmas:
        return False
    listed = _listed(kind, english)
    for unit in theirs:
        if unit.kind != "content" or unit.text.isascii() != english:
            continue
        if unit.text in listed or unit.key in listed or unit.text.lower() in listed:
            continue
        if english:
            if first_lemma(unit.text.lower(), 0) in lemmas:
                return True
        elif _near_lemma(unit.key, unit.text, lemmas, others, _rival_rows(form, kind)):
            return True
    return False


def kind_said(unit: Unit, mine: Sequence[Unit], theirs: Sequence[Unit]) -> bool:
    """A party said back on my side (a unit of mine) that the other side names by another
    word of one party, either way round: ``unit`` is a member of a party category whose
    kind a unit of ``theirs`` names (娘 / 子), or ``unit`` names the kind of such a member
    the other side states and my side (``mine``) never says (子 / 娘), by
    :func:`broader_said`. Two members (娘 / 息子) are two parties: neither is a kind."""
    for kind in PARTY_KINDS:
        english = unit.text.isascii()
        listed = _listed(kind, english)
        if unit.key in listed or unit.text in listed or unit.text.lower() in listed:
            return broader_said(_canonical(unit, kind, english), kind, theirs)
    my_keys = {u.key for u in mine}
    return any(
        broader_said(_canonical(other, kind, english), kind, [unit])
        for kind in PARTY_KINDS for english in (unit.text.isascii(),)
        for other in theirs
        if other.key not in my_keys and other.key in _listed(kind, english)
    )  # fmt: skip


def _canonical(unit: Unit, kind: str, english: bool) -> str:
    """The canonical form (the first) of the category member ``unit`` names."""
    for group in _groups(kind, english):
        if {unit.key, unit.text, unit.text.lower()} & set(group):
            return group[0]
    return unit.key


def broader_lemmas(word: str) -> frozenset[str]:
    """The lemmas (lower case, ``_`` for a space) that name a kind of ``word``: of the
    hypernyms of its first tagged noun sense, up to :data:`BROADER_DEPTH` links, WordNet's top
    nouns and the nouns right under them left out (:func:`_near_top`), and so the nouns that are
    only a sex and an age (:func:`_sex_or_age`: *woman*), each lemma naming its hypernym in
    every tagged sense it has (:func:`_names_only`: *spouse*, not *partner* or *mate*); empty
    without the data or a tagged noun sense."""
    return _hypernym_words(word)[0]


@lru_cache(maxsize=1024)
def _hypernym_words(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`broader_lemmas` and the other lemmas of the same hypernyms (*partner*, *mate*,
    *woman*: words a Japanese word may be nearest, naming another person then)."""
    tables, senses = load(), first_tagged(word, 0)
    if tables is None or not senses or not tables.noun_data:
        return frozenset(), frozenset()
    kinds: set[str] = set()
    others: set[str] = set()
    for level in hypernym_levels(senses[0] >> 2, BROADER_DEPTH):
        for offset in level:
            if _near_top(offset):
                continue
            words = line_words(data_line(tables.noun_data, offset))
            for lemma in words:
                named = not _sex_or_age(offset) and _names_only(lemma, words[0])
                (kinds if named else others).add(lemma)
    own = first_lemma(word, 0)
    return frozenset(kinds - {own}), frozenset(others - kinds - {own})


def _names_only(lemma: str, head: str) -> bool:
    """Every tagged noun sense of ``lemma`` is a synset whose first word is ``head`` (the
    hypernym's own first word): *child*, *kid* (a juvenile, an offspring: each a *child*),
    *spouse*; not *partner* (also a collaborator) or *mate* (a ship's officer, a teammate).
    A lemma without a tagged sense (*amphibian*, *diapsid*) is read as its hypernym."""
    tables = load()
    if tables is None:
        return False
    return all(
        line_words(data_line(tables.noun_data, code >> 2))[0] == head
        for code in tables.index[0].get(lemma, ())
    )


def _sex_or_age(offset: int) -> bool:
    """The noun synset at ``offset`` is a kind of person by sex or age alone: every direct
    hypernym a noun right under a top noun that WordNet opposes by an antonym (*woman* ->
    *female* / *male*, *adult* / *juvenile*), so it names no particular party."""
    tables = load()
    if tables is None:
        return True
    above = next(hypernym_levels(offset, 1), set())
    return bool(above) and all(
        _near_top(up) and any(p[0] == "!" for p in line_pointers(data_line(tables.noun_data, up)))
        for up in above
    )


def _near_top(offset: int) -> bool:
    """The noun synset at ``offset`` is one of WordNet's top nouns (*person*, *animal*) or
    has one as a direct hypernym (*male*, *adult*, *relative*, *young*)."""
    tables = load()
    if tables is None:
        return True
    if int(data_line(tables.noun_data, offset)[1]) == _TOPS:
        return True
    above = next(hypernym_levels(offset, 1), set())
    return any(int(data_line(tables.noun_data, up)[1]) == _TOPS for up in above)


@lru_cache(maxsize=4)
def _groups(kind: str, english: bool) -> tuple[tuple[str, ...], ...]:
    """The members of the guard's category ``kind`` in one language, each its forms."""
    table = lx.EN_CATEGORIES if english else lx.JA_CATEGORIES
    return tuple(tuple(group.split("|")) for group in table.get(kind, "").split())


@lru_cache(maxsize=4)
def _listed(kind: str, english: bool) -> frozenset[str]:
    """Every form (and, in English, its stem) the category ``kind`` lists."""
    forms = {f for group in _groups(kind, english) for f in group}
    return frozenset(forms | {stem_en(f) for f in forms} if english else forms)


def _english_form(member: str, kind: str) -> str:
    """The word of the English category table whose stem is the canonical ``member``
    (*snak* -> snake, *wif* -> wife)."""
    for group in _groups(kind, True):
        if member in (group[0], stem_en(group[0])):
            return group[0]
    return ""


@lru_cache(maxsize=256)
def _counterpart(member: str, kind: str) -> str:
    """The English member of the same category nearest the Japanese ``member`` by word
    vectors, when it leads the next one by :data:`JA_MARGIN` (息子 -> son), else ''."""
    row = wordvec.vector_index(member)
    if row is None:
        return ""
    scored = sorted(
        (
            (wordvec.similarity(row, other), group[0])
            for group in _groups(kind, True)
            if (other := wordvec.vector_index(group[0])) is not None
        ),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < JA_MARGIN):
        return ""
    return scored[0][1]


@lru_cache(maxsize=64)
def _rival_rows(form: str, kind: str) -> tuple[int, ...]:
    """The word-vector rows of the English words that name another party of the category
    ``kind`` than the member ``form``: every other member's forms and the lemmas of its first
    tagged noun sense (son -> *son*, *boy*; mother -> *mother*, *female parent*), leaving
    out the member's own (daughter, *girl*) and the hypernym lemmas of ``form``."""
    own: set[str] = set()
    others: set[str] = set()
    for group in _groups(kind, True):
        words = set(group) | _first_sense_lemmas(group[0])
        (own if group[0] == form else others).update(words)
    rivals = others - own - broader_lemmas(form)
    rows = (wordvec.vector_index(word) for word in sorted(rivals) if "_" not in word)
    return tuple(row for row in rows if row is not None)


def _first_sense_lemmas(word: str) -> set[str]:
    """The lemmas of ``word``'s first tagged noun sense (lower case); empty without one."""
    tables, senses = load(), first_tagged(word, 0)
    if tables is None or not senses or not tables.noun_data:
        return set()
    return set(line_words(data_line(tables.noun_data, senses[0] >> 2)))


def _near_lemma(
    key: str, text: str, lemmas: frozenset[str], others: frozenset[str], rivals: tuple[int, ...]
) -> bool:
    """A Japanese word (its unit's key and text) whose vector is within :data:`JA_FLOOR` of
    one of the English ``lemmas``, nearer that lemma than any of the ``others`` (the same
    hypernyms' words that name another person too: パートナー is nearest *partner*, 女性
    *woman*) and than any of the ``rivals`` (rows of words naming another party:
    :func:`_rival_rows`)."""
    row = wordvec.vector_index(key, text)
    if row is None:
        return False
    best = _nearest(row, lemmas)
    if best < JA_FLOOR or _nearest(row, others) >= best:
        return False
    return all(wordvec.similarity(row, rival) < best for rival in rivals)


def _nearest(row: int, words: frozenset[str]) -> float:
    """The highest cosine between the word-vector ``row`` and one of the one-word ``words``."""
    return max(
        (
            wordvec.similarity(row, other)
            for word in words if "_" not in word
            if (other := wordvec.vector_index(word)) is not None
        ),
        default=0.0,
    )  # fmt: skip
