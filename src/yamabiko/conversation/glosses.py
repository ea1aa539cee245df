"""A Japanese loanword read through its English source: does it name a thing, or a kind of one?

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`, ``named``) holds
a katakana loanword one side's users state and the other side never says for a changed name
unless its own assistant confirms it in words the other side says. Some such words name no
thing at all: タイプ, クラス, セット say *a type of*, *a class of*, *a set of* something the
turn names beside them (腰かけるタイプのトイレ, 土曜日のクラス), and a thread said in other
words drops them (洋式, 講座). The default embedder's word vectors are multilingual
(:mod:`yamabiko.guard.wordvec`): a loanword's vector lies next to its English source (タイプ /
*types* 0.89, クラス / *class* 0.84). :func:`english_gloss` finds it, and WordNet tells what it
names (:func:`abstract_loanword`: the lexicographer file of its first tagged noun sense): a
kind or a group of things, or something else. A loanword of a thing (マンション / *apartment*,
ガラス / *glass*, エンジン / *engine*), of an attribute or an act (カラー / *colour*, a service
a salon adds; コース, レッスン) stays a name, and so does one whose source the vectors do not
find clearly (ミシン: *sewing* 0.49).
"""

from __future__ import annotations

from functools import lru_cache

from ..guard import wordnet, wordvec
from .equivalents import KATAKANA

__all__ = [
    "ABSTRACT_FILES",
    "GLOSS_FLOOR",
    "OCCASION_FILES",
    "abstract_loanword",
    "english_gloss",
    "english_nearest",
    "occasion_loanword",
]

#: the least cosine from which an English word is a loanword's source
GLOSS_FLOOR = 0.8
#: WordNet's lexicographer files of nouns that name no thing, only a kind or a group of
#: things (type, model, set, class); not noun.attribute (カラー / *colour* is a service a
#: salon adds), noun.act (コース, レッスン), noun.artifact, noun.substance, ...
ABSTRACT_FILES = frozenset({"noun.cognition", "noun.group"})
#: WordNet's lexicographer files of nouns of an act or an event (a tour, a course, a
#: massage): with *event* itself, the occasions :func:`occasion_loanword` reads
OCCASION_FILES = frozenset({"noun.act", "noun.event"})


def english_gloss(word: str) -> str | None:
    """The English word whose vector is nearest the Japanese ``word``'s (its normalised
    form), when their cosine reaches :data:`GLOSS_FLOOR`; None for an English word, a word
    the table lacks, or no English word that near."""
    if word.isascii():
        return None
    return english_nearest().find([word], GLOSS_FLOOR).get(word)


@lru_cache(maxsize=4096)
def abstract_loanword(word: str) -> bool:
    """``word`` is a katakana loanword with an English source (:func:`english_gloss`) whose
    first tagged WordNet noun sense lies in :data:`ABSTRACT_FILES`: it names a kind or a
    group of something, not a thing (タイプ, クラス, セット)."""
    sense = _first_sense(word)
    return sense is not None and sense[1] in ABSTRACT_FILES


@lru_cache(maxsize=4096)
def occasion_loanword(word: str) -> bool:
    """``word`` is a katakana loanword whose English source's first tagged noun sense is an
    occasion: WordNet's *event* itself or a sense in :data:`OCCASION_FILES` (イベント /
    *event*, ツアー / *tour*, コース / *course*): what a request is for, which a thread said in
    other words names by a native word (催し, 見学, 講座) or not at all."""
    sense = _first_sense(word)
    if sense is None:
        return False
    return sense[1] in OCCASION_FILES or sense[0] in wordnet.tagged_senses("event", 0, 1)


def _first_sense(word: str) -> tuple[int, str] | None:
    """The first tagged WordNet noun sense of a katakana ``word``'s English source and its
    lexicographer file; None for another word, no source, or no such sense."""
    gloss = english_gloss(word) if KATAKANA.fullmatch(word) else None
    if gloss is None:
        return None
    tables = wordnet.load()
    senses = list(wordnet.tagged_senses(gloss, 0, 1))
    if tables is None or not senses:
        return None
    return senses[0], tables.synsets[senses[0]].lexname


@lru_cache(maxsize=1)
def english_nearest() -> wordvec.NearestWords:
    """The table's English words (lower-case letters only), searched by :func:`english_gloss`
    and :mod:`yamabiko.conversation.needs` (none without the table): one copy of their
    vectors (29,476 words, 15 MB) per process."""
    return wordvec.NearestWords(wordvec.english_words())
