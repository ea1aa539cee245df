"""A time asked of a place or an event, said with or without the word that names its start
(session 37, enpara): *What are the opening hours of the butterfly house?* / *butterfly house
hours?*, *What are the Segway tour start times?* / *segway tour times?*.

A bare time noun asked of a place or an event (*the shop's hours*, *the tour times*) asks
when it opens or starts: that is what such a question wants to know unless it names another
event (*feeding times*, *closing time*, *delivery times*). The fuller question names the start
with a verb or its gerund right before the time noun (*opening hours*, *start times*), so the
bare question's reading (:func:`.english_fragments.bare_question`) finds one content word
more on one side and leaves the pair to the boosted trees, which refuse it
(``learned:0.41``-``0.57``).

:func:`start_dropped` reads such a word out: a word right before a time noun (its first
WordNet noun lemma's first tagged sense filed under ``noun.time``: *hours*, *times*, *dates*,
*days*; *hrs* once :func:`~.english_abbreviations.spelt_out` read it) is dropped when it is a
form of a WordNet verb one of whose first :data:`SENSES` senses is a sense of *start* or
*begin* (:data:`_START`), or lies at most :data:`_DEPTH` hypernym links under one (*open*:
"start to operate", under *start up*, under *begin*; *launch*), the other prompt says the
time noun, and the other prompt says that word nowhere. A word that names another event
stays and so does the pair's refusal (*closing times*: *close* is under *end*; *feeding
times*, *departure times*); so does any other word one side adds (*butterfly house winter
hours?*). :func:`times_read` applies it both ways after the abbreviations.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .english_abbreviations import spelt_out
from .wordnet_first import first_tagged
from .wordnet_kinds import verb_hypernym_levels

#: the verbs whose first senses are the start (WordNet: *begin*, *start*, *get down*)
_START_VERBS = ("start", "begin")
#: how many of each start verb's senses name the start, and of a dropped word's senses are read
_START_SENSES, SENSES = 2, 6
#: the most hypernym links from a word's sense up to a sense of the start (*open* -> *start
#: up* -> *begin*)
_DEPTH = 2
#: the lexicographer file of the time nouns
_TIME_FILE = "noun.time"
#: WordNet's codes of nouns and verbs (:data:`~.wordnet.POS`)
_NOUN, _VERB = 0, 1


@lru_cache(maxsize=1)
def _start() -> frozenset[int]:
    """The offsets of the first :data:`_START_SENSES` verb senses of :data:`_START_VERBS`."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    senses = (tables.verb_senses.get(verb, ())[:_START_SENSES] for verb in _START_VERBS)
    return frozenset(offset for first in senses for offset in first)


@lru_cache(maxsize=4096)
def names_start(word: str) -> bool:
    """``word`` is a form of a WordNet verb one of whose first :data:`SENSES` senses is a
    sense of the start (:func:`_start`) or lies at most :data:`_DEPTH` hypernym links under
    one (*opening*, *start*; not *closing*, *feeding*)."""
    tables, start = wordnet.load(), _start()
    if tables is None or not start:
        return False
    return any(
        not start.isdisjoint(level)
        for lemma in wordnet.lemmas_of(word, _VERB)
        for level in verb_hypernym_levels(tables.verb_senses.get(lemma, ())[:SENSES], depth=_DEPTH)
    )


@lru_cache(maxsize=4096)
def names_time(word: str) -> bool:
    """``word``'s first WordNet noun lemma has a first tagged sense filed under
    ``noun.time`` (*hours*, *times*, *dates*; not *price*, *slots*)."""
    tables, senses = wordnet.load(), first_tagged(word, _NOUN)
    if tables is None or not senses:
        return False
    return tables.synsets[senses[0]].lexname == _TIME_FILE


def start_dropped(words: list[str], other: list[str]) -> list[str]:
    """``words`` without a word that names the start right before a time noun
    ``other`` says, ``other`` saying that word nowhere (see the module docstring);
    ``words`` as they are otherwise."""
    for at in range(len(words) - 1):
        word, time = words[at], words[at + 1]
        if time in other and word not in other and names_time(time) and names_start(word):
            return words[:at] + words[at + 1 :]
    return words


def times_read(left: list[str], right: list[str]) -> tuple[list[str], list[str]]:
    """Two prompts' words with their abbreviations spelt out as the other's words
    (:func:`~.english_abbreviations.spelt_out`: *hrs* / *hours*), then each without a word
    that names the start of the time the other asks bare (:func:`start_dropped`)."""
    left, right = spelt_out(left, right), spelt_out(right, left)
    return start_dropped(left, right), start_dropped(right, left)
