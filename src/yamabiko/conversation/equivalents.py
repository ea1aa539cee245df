"""Words a reworded conversation says in other words, or that name nothing specific.

The comparison of stated facts (:mod:`yamabiko.conversation.facts`) holds a *name* that one
side states and the other never says for a changed slot (another product, place or person).
The guard's analysis marks every katakana word strong (a name), since product and plan names
are often katakana; but most katakana words are common loanwords (ドリンク, プレゼント,
エレベーター, キャリーケース) that a reworded conversation says in native words (飲み放題,
贈る, 階段しかない) or leaves implicit. SudachiPy's dictionary tells the two apart: brand and
place names are 固有名詞 (ソフトバンク, ユニクロ, マイナンバー), loanwords 普通名詞.
:func:`loanwords` gives the latter; the stated-facts check then treats them as the common
nouns they are (a fact only when the assistant repeats it back).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..guard import wordnet
from ..guard.japanese import short_units

#: an English possessive ending: 's, or ' after a plural s (straight or curly apostrophe)
_POSSESSIVE = re.compile(r"(?<=s)['’]$|['’]s$")

__all__ = [
    "KATAKANA",
    "abbreviates",
    "counter_noun",
    "loanwords",
    "predicates",
    "same_person",
    "same_verb",
    "shares_verb_sense",
    "verb_senses",
]

#: a run of katakana (a loanword, a name written in katakana)
KATAKANA = re.compile(r"[\u30A0-\u30FF]+")


@lru_cache(maxsize=4096)
def loanwords(text: str) -> frozenset[str]:
    """The katakana common nouns of a Japanese ``text`` (SudachiPy: 名詞 / 普通名詞), as their
    surfaces and normalised forms; empty without SudachiPy or without katakana."""
    if not KATAKANA.search(text):
        return frozenset()
    morphemes = short_units(text)
    if morphemes is None:
        return frozenset()
    found = set()
    for m in morphemes:
        pos = m.part_of_speech()
        if pos[0] == "名詞" and pos[1] == "普通名詞" and KATAKANA.fullmatch(m.surface()):
            found.update((m.surface(), m.normalized_form()))
    return frozenset(found)


@lru_cache(maxsize=4096)
def predicates(text: str) -> frozenset[str]:
    """The words of a Japanese ``text`` used as predicates (SudachiPy: verbs, and nouns of
    サ変 use followed by する: 承知しました, お受けします), as surfaces and normalised forms:
    in an assistant's confirmation they say what the assistant does, not what the user asked
    for. Empty without SudachiPy."""
    morphemes = short_units(text)
    if morphemes is None:
        return frozenset()
    found = set()
    for m, after in zip(morphemes, [*morphemes[1:], None], strict=True):
        pos = m.part_of_speech()
        if pos[0] == "動詞" or (
            pos[2] == "サ変可能" and after is not None and after.normalized_form() == "為る"
        ):
            found.update((m.surface(), m.normalized_form()))
    return frozenset(found)


def same_person(word: str, others: Iterable[str]) -> bool:
    """``word`` (a family member, "daughter") and one of ``others`` name one person in
    WordNet: they share a synset of the ``noun.person`` file among the first
    :data:`~yamabiko.guard.wordnet.MAX_SENSES` tagged senses of each (daughter / girl:
    "a female human offspring"; son / boy). The guard's synonyms leave that file out (child /
    baby differ in a question); in a conversation a person said back in other words is the
    same party. A possessive names its owner: "my son's room" says *son*, "my little boy's
    room" *boy* (the units of a turn keep the ending). False without WordNet."""
    mine = _person_senses(_owner(word.lower()))
    return bool(mine) and any(mine & _person_senses(_owner(o.lower())) for o in others)


def _owner(word: str) -> str:
    """``word`` without a possessive ending (boy's, boys', boy’s: boy, boys, boy)."""
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=4096)
def _person_senses(word: str) -> frozenset[int]:
    """The ``noun.person`` synsets among the tagged senses WordNet keeps of ``word``."""
    tables = wordnet.load()
    if tables is None or not word.isalpha():
        return frozenset()
    senses = wordnet.tagged_senses(word, 0, wordnet.MAX_SENSES)
    return frozenset(s for s in senses if tables.synsets[s].lexname == "noun.person")


def same_verb(word: str, other: str) -> bool:
    """Two English words that name one act in WordNet: a lemma of each shares a verb synset
    (book / reserve: "arrange for and reserve in advance"; buy / purchase; not book / cancel,
    buy / sell). False without WordNet."""
    theirs = _verb_lemmas(other.lower())
    return any(shares_verb_sense(lemma, theirs) for lemma in _verb_lemmas(word.lower()))


@lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> tuple[str, ...]:
    """The WordNet verb lemmas ``word`` may be a form of (none for a word not all letters)."""
    return wordnet.lemmas_of(word, wordnet.POS.index("verb")) if word.isalpha() else ()


@lru_cache(maxsize=8192)
def verb_senses(lemma: str) -> frozenset[int]:
    """Every WordNet sense (synset code) of the verb ``lemma`` itself, phrasal verbs included
    (call_off); empty for no such verb or without WordNet."""
    tables = wordnet.load()
    return frozenset(tables.verb_senses.get(lemma, ())) if tables is not None else frozenset()


def shares_verb_sense(lemma: str, others: Iterable[str]) -> bool:
    """The verb ``lemma`` shares a WordNet sense with one of the verb lemmas ``others``
    (cancel / call_off; not cancel / book). The conversation rules' one test of two English
    acts said in other words; False without WordNet."""
    mine = verb_senses(lemma)
    return bool(mine) and any(mine & verb_senses(other) for other in others)


@lru_cache(maxsize=4096)
def counter_noun(word: str) -> bool:
    """``word`` is one Japanese noun that SudachiPy marks as a possible counter (名詞 /
    助数詞可能: リットル, キロ, 時間): a unit of measure whose numbers compare what it measures."""
    if word.isascii():
        return False
    morphemes = short_units(word)
    if morphemes is None or len(morphemes) != 1:
        return False
    pos = morphemes[0].part_of_speech()
    return pos[0] == "名詞" and pos[2] == "助数詞可能"


def abbreviates(short: str, long: str) -> bool:
    """``short`` is a written abbreviation of ``long``: a capitalised word of two to four
    letters, optionally with a full stop, either contracted (Rd / Road, St / Street, Ave /
    Avenue, Dr / Doctor: the first letter, the last letter and letters in between of the
    longer word, in order) or clipped (Prom / Promenade: the first three letters or more of a
    longer capitalised word). A conversation that says "Ashgrove Rd" on one side and
    "Ashgrove Road" on the other names one place."""
    short = short.rstrip(".")
    if not (2 <= len(short) <= 4 and short.isascii() and short.isalpha() and short[0].isupper()):
        return False
    if not (long.isascii() and long.isalpha() and len(long) >= len(short) + 2):
        return False
    s, w = short.lower(), long.lower()
    if len(s) >= 3 and w.startswith(s) and long[0].isupper():
        return True  # clipped: Prom / Promenade, Univ / University
    if s[0] != w[0] or s[-1] != w[-1]:
        return False
    rest = iter(w[1:-1])
    return all(ch in rest for ch in s[1:-1])
