"""English words that narrow, place or time what a question asks about, read from WordNet's
glosses and pointers (session 20; checked in the guard's ``roles`` step through
:func:`.opposites.contrasts`, so the trees' rescue cannot serve them):

* **An adverb of extent added** (:func:`extent_added`): one prompt is the other with one
  adverb inserted in front of a word both say, an adverb whose first tagged WordNet sense
  speaks of a degree, an extent or a part (*fully*, *entirely*, *partly*, *mostly*,
  *exclusively*): *is the course online* / *fully online* asks whether some of it is not:
  ``narrowing:fully``. Intensifiers and hedges (*really*, *actually*, *definitely*) have
  other glosses or are stop words.
* **A measure dropped after a preposition** (:func:`measure_dropped`): *a discount on a
  course of massages* / *on massages*: the measure noun (``modifiers.en_measure_added``)
  stands in a prepositional phrase, whose scope it sets (a price, a discount for the
  course), not as the object of a verb (*buy a bottle of water* asks for the same shop).
* **Two adverbs of place or direction after the same verb** (:func:`adverb_replaced`):
  *open upwards into the garage* / *open outwards onto the drive*: two WordNet adverbs (no
  adjective, no *-ly* manner, no particle, no stop word) with no sense in common, each
  right after the verb both say: ``roles:open:upwards->outwards``.
* **A participle added after a determiner** (:func:`participle_added`): the *extended*
  warranty / the warranty: ``narrowing:extended`` (with no determiner it is
  :func:`.modifiers.en_narrowed`'s *broken* glass).
* **A time of day said with a preposition** (:func:`time_replaced`): *at night* / *during
  the day*: the one content word each side changes is first a WordNet ``noun.time`` noun,
  the two share no sense, and each follows a preposition: ``category:night->day``.
* **A frequency replaced** (:func:`frequency_replaced`): *an annual service* / *a one-off
  repair*: an adjective made from a unit of time (WordNet's derivation pointer ``+``:
  *annual* -> year, *monthly* -> month) is replaced, and the other prompt says nothing of
  that unit (*yearly*, *every year*): ``category:annual->one-off``.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from . import lexicon as lx
from . import wordclass, wordnet
from .modifiers import en_inserted, en_measure_added, en_words
from .wordnet_first import first_lexnames, first_tagged
from .wordnet_lines import line_pointers, line_words
from .wordnet_parts import one_time_after_date

#: a gloss that speaks of how much of a thing (fully: "to the greatest degree or extent")
_EXTENT = re.compile(r"\b(degree|extent|part|included)\b")
#: a gloss of recurrence (annual: "occurring or payable every year")
_EVERY = re.compile(r"\b(every|each|per)\b")
#: prepositions before a measure phrase or a time of day (a discount *on*, *at* night)
_PREPOSITIONS = frozenset(
    {"at", "during", "in", "on", "by", "through", "throughout", "over", "for", "off", "with",
     "after", "before", "until", "till", "from", "to", "of"}
)  # fmt: skip
#: determiners that may stand between a preposition and its noun (during *the* day)
_OPENERS = lx.EN_DETERMINERS | {"every", "each", "all", "any", "some"}
_lock = threading.RLock()
_files: dict[str, bytes] = {}


def _data(pos: str) -> bytes:
    """WordNet's ``data.<pos>`` file (adj or adv), read on first need (LF ends); adj is the
    copy :func:`~.wordnet.load` keeps (not read twice)."""
    if pos == "adj":
        tables = wordnet.load()
        return tables.adjective_data if tables is not None else b""
    key = f"data.{pos}"
    if key not in _files:
        with _lock:
            folder = wordnet.data_dir()
            if key not in _files and folder is not None:
                _files[key] = (folder / key).read_bytes().replace(b"\r\n", b"\n")
    return _files.get(key, b"")


def _tagged(word: str, pos: int) -> tuple[int, ...]:
    """The byte offsets of the tagged senses of ``word``'s first WordNet lemma of ``pos``."""
    return tuple(code >> 2 for code in first_tagged(word, pos) or ())


def first_gloss(word: str, pos: int) -> str:
    """The gloss's first clause (up to its first ``;``) of the first tagged sense of
    ``word``'s first WordNet lemma of part of speech ``pos`` (2 or 3: adjectives, adverbs);
    empty: no tagged sense."""
    senses = _tagged(word, pos)
    if not senses:
        return ""
    data = _data(wordnet.POS[pos])
    line = data[senses[0] : data.index(b"\n", senses[0])].decode("ascii", "replace")
    return line.partition("|")[2].split(";")[0]


@lru_cache(maxsize=2048)
def extent_adverb(word: str) -> bool:
    """An English adverb, not a stop word, whose first tagged WordNet sense's gloss speaks
    of a degree, an extent or a part (fully, entirely, partly, mostly, exclusively)."""
    if word in lx.EN_STOPWORDS or word in lx.EN_FILLER or not word.isalpha():
        return False
    return bool(_EXTENT.search(first_gloss(word, 3)))


def _word_inserted(query: str, cached: str) -> tuple[tuple[str, ...], int] | None:
    """The longer English prompt's words and the place of the one word it inserts in front of
    a word both say, nothing else changed (is the course *fully* online: ``(words, 3)``), for
    :func:`extent_added` and :func:`participle_added`; None: no such word."""
    x, y = en_words(query), en_words(cached)
    if abs(len(x) - len(y)) != 1:
        return None
    found = en_inserted(x, y)
    if found is None:
        return None
    start, end_x, end_y = found
    long, end = (x, end_x) if end_x > end_y else (y, end_y)
    if end - start != 1 or min(end_x, end_y) != start or end >= len(long):
        return None
    return long, start


def extent_added(query: str, cached: str) -> str:
    """The adverb of extent one English prompt inserts in front of a word both say, nothing
    else changed (is the course *fully* online); empty: none."""
    found = _word_inserted(query, cached)
    if found is None:
        return ""
    long, start = found
    word, head = long[start], long[start + 1]
    if head in lx.EN_STOPWORDS or not extent_adverb(word):
        return ""
    return word


def measure_dropped(query: str, cached: str) -> str:
    """A measure noun with "of" (:func:`.modifiers.en_measure_added`) one prompt puts after a
    preposition, in front of a noun both say (a discount *on a course of* massages / *on*
    massages); empty: none. Not before a noun WordNet names in the plural (a *pair* of
    glasses, trousers: the way the one thing is counted)."""
    word = en_measure_added(query, cached)
    if not word:
        return ""
    for words in (en_words(query), en_words(cached)):
        if word in words:
            at = words.index(word)
            head = words[at + 2] if at + 2 < len(words) else ""
            if head.endswith("s") and head in wordnet.lemmas_of(head, 0):
                return ""
            before = [w for w in words[max(0, at - 3) : at] if w not in _OPENERS]
            if before and before[-1] in _PREPOSITIONS and before[-1] != "of":
                return word
    return ""


def _adverb(word: str) -> bool:
    """A WordNet adverb lemma of its own, no adjective in a tagged sense (upwards, sideways;
    not fast, early, first) and not made of one with *-ly* (naturally, permanently: manners, which a
    question may ask about in other words), no stop word or particle: a place or a
    direction."""
    if word in lx.EN_STOPWORDS or word in wordnet.PARTICLES or not word.isalpha():
        return False
    if word.endswith("ly") or word in lx.EN_RELATIONS or word in _PREPOSITIONS:
        return False  # (open before / after Christmas: prepositions, the relation rules')
    if word in lx.EN_NUMBER_WORDS:
        return False  # (deliver twice / once a week: the number and minimal-pair checks')
    return word in wordnet.lemmas_of(word, 3) and not _tagged(word, 2)


#: words changed each side beside the adverb at most (into the garage / onto the drive)
_MAX_BESIDE = 3


def adverb_replaced(query: str, cached: str) -> str:
    """``"open:upwards->outwards"`` (the cached prompt's adverb first) when the first word the
    prompts say differently is, on each side, a WordNet adverb right after a verb both say,
    the two with no sense in common, and at most :data:`_MAX_BESIDE` other words change each
    side; empty: none."""
    x, y = en_words(cached), en_words(query)
    found = en_inserted(y, x)  # (the query's words first, as the other rules ask it)
    if found is None:
        return ""
    start, end_y, end_x = found
    if not start or start >= min(end_x, end_y):
        return ""
    old, new, verb = x[start], y[start], x[start - 1]
    if verb in lx.EN_STOPWORDS or not wordnet.lemmas_of(verb, 1):
        return ""
    if end_x - start > _MAX_BESIDE + 1 or end_y - start > _MAX_BESIDE + 1:
        return ""
    if not (_adverb(old) and _adverb(new)) or wordnet.synonyms(old, new):
        return ""
    if set(wordnet.lemmas_of(old, 3)) & set(wordnet.lemmas_of(new, 3)):
        return ""
    return f"{verb}:{old}->{new}"


def _content_word(word: str) -> bool:
    """No stop word, no preposition, three letters at least (naming words, verbs)."""
    return len(word) > 2 and word not in lx.EN_STOPWORDS and word not in _PREPOSITIONS


@lru_cache(maxsize=4)
def _changed(
    cached: str, query: str
) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """The content words (:func:`_content_word`) each English prompt says and the other does
    not, with their positions: ``(the cached prompt's, the query's)``; kept for the last few
    pairs (the time and frequency rules of one check both read them; session 23: 4 pairs, not
    64, so that a one-off pair's tuples die before the next young garbage collection)."""
    x, y = en_words(cached), en_words(query)
    in_x, in_y = set(x), set(y)
    stop, prepositions = lx.EN_STOPWORDS, _PREPOSITIONS  # (:func:`_content_word`, inlined)
    only_x = tuple([(k, w) for k, w in enumerate(x)
                    if w not in in_y and len(w) > 2 and w not in stop and w not in prepositions])
    only_y = tuple([(k, w) for k, w in enumerate(y)
                    if w not in in_x and len(w) > 2 and w not in stop and w not in prepositions])
    return only_x, only_y  # fmt: skip


@lru_cache(maxsize=2048)
def _time_noun(word: str) -> frozenset[int]:
    """The tagged noun senses of ``word`` when its first one is in ``noun.time``; empty
    otherwise."""
    kinds = first_lexnames(word, 0)
    if not kinds or kinds[0] != "noun.time":
        return _NO_SENSES
    return frozenset(first_tagged(word, 0) or ())


#: the one empty value :func:`_time_noun` keeps for every word that is no noun of time (a new
#: empty frozenset per word was one more object for the garbage collector to track)
_NO_SENSES: frozenset[int] = frozenset()


def _after_preposition(words: tuple[str, ...], at: int) -> bool:
    """``words[at]`` follows a preposition, a determiner between at most (during the day)."""
    k = at - 1
    if k >= 0 and words[k] in _OPENERS:
        k -= 1
    return k >= 0 and words[k] in _PREPOSITIONS


def time_replaced(query: str, cached: str) -> str:
    """``"night->day"`` (the cached prompt's word first) when the one content word each side
    changes is first a noun of time to WordNet, the two share no sense and no lemma, and
    each follows a preposition (at night / during the day); empty: none."""
    only_x, only_y = _changed(cached, query)
    if len(only_x) != 1 or len(only_y) != 1:
        return ""
    x, y = en_words(cached), en_words(query)
    (kx, old), (ky, new) = only_x[0], only_y[0]
    senses_old, senses_new = _time_noun(old), _time_noun(new)
    if not senses_old or not senses_new or senses_old & senses_new:
        return ""
    if set(wordnet.lemmas_of(old, 0)) & set(wordnet.lemmas_of(new, 0)):
        return ""
    if one_time_after_date(old, new, x, y):
        return ""  # on Sunday evenings / on Sunday nights: one time (session 28)
    if _after_preposition(x, kx) and _after_preposition(y, ky):
        return f"{old}->{new}"
    return ""


_recurring: list[dict[str, int]] = []


def recurrence() -> dict[str, int]:
    """WordNet adjective lemma -> the offset of the ``noun.time`` synset it is made from, for
    every adjective synset whose gloss says *every*, *each* or *per* and that has a ``+``
    pointer to such a noun (annual, yearly -> year; monthly -> month; not easy -> leisure):
    one pass over ``data.adj`` (~30 ms; the lines without those words are skipped unparsed),
    made by :meth:`~yamabiko.guard.Guard.warm_up` (session 33: made on first need, it fell
    inside the first lookup after a start that met an adjective :func:`time_unit` reads)."""
    if not _recurring:
        with _lock:
            tables = wordnet.load()
            if not _recurring:
                table: dict[str, int] = {}
                for line in _data("adj").split(b"\n") if tables is not None else ():
                    gloss = line.partition(b"|")[2].split(b";")[0]
                    if line.startswith(b" ") or not _EVERY.search(gloss.decode("ascii", "replace")):
                        continue
                    fields = line.decode("ascii", "replace").split()
                    for symbol, target, pos, _ in line_pointers(fields):
                        synset = tables.synsets.get(int(target) * 4) if pos == "n" else None
                        if symbol == "+" and synset is not None and synset.lexname == "noun.time":
                            for lemma in line_words(fields):
                                table.setdefault(lemma, int(target))
                _recurring.append(table)
    return _recurring[0]


@lru_cache(maxsize=2048)
def time_unit(word: str) -> int:
    """The offset of the ``noun.time`` noun an English adjective of recurrence is made from
    (:func:`recurrence`: annual, yearly -> year; monthly -> month); 0: none."""
    if word in lx.EN_STOPWORDS or not word.isalpha() or len(word) < 4:
        return 0
    table = recurrence()
    return table.get(word, 0) or next(
        (table[lemma] for lemma in wordnet.LEMMAS_OF[2](word) if lemma in table), 0
    )


def _units_said(words: tuple[str, ...]) -> set[int]:
    """The units of time a prompt names: by an adjective made from it or the noun itself."""
    found = {time_unit(w) for w in words} - {0}
    for word in words:
        found.update(_tagged(word, 0))
    return found


def frequency_replaced(query: str, cached: str) -> str:
    """``"annual->one-off"`` when an adjective of one prompt made from a unit of time
    (:func:`time_unit`) is replaced in its place (a word of the other prompt stands before
    the same word, or both are the first word the prompts say differently), at most two
    content words changing each side, and the other prompt names that unit in no word
    (yearly, every year); empty: none."""
    changed_x, changed_y = _changed(cached, query)
    if not 1 <= len(changed_x) <= 2 or not 1 <= len(changed_y) <= 2:
        return ""
    only_x, only_y = [w for _, w in changed_x], [w for _, w in changed_y]
    if not any(time_unit(w) for w in only_x + only_y):
        return ""
    x, y = en_words(cached), en_words(query)
    found = en_inserted(y, x)  # (the query's words first: the start is either side's)
    start = found[0] if found is not None else -1
    for mine, theirs, words, other in ((only_x, only_y, x, y), (only_y, only_x, y, x)):
        for word in mine:
            unit = time_unit(word)
            if not unit or unit in _units_said(other):
                continue
            after = words.index(word) + 1
            for instead in theirs:  # (said in its place: replaced, not dropped)
                there = other.index(instead) + 1
                same_next = after < len(words) and there < len(other)
                if (same_next and words[after] == other[there]) or after == there == start + 1:
                    pair = (word, instead) if mine is only_x else (instead, word)
                    return f"{pair[0]}->{pair[1]}"
    return ""


def participle_added(query: str, cached: str) -> str:
    """A past participle one English prompt inserts after the determiner or possessive of a
    noun both say, nothing else changed (the *extended* warranty / the warranty): a state
    that picks some of the things, as :func:`.modifiers.en_narrowed` reads one with no
    determiner (broken glass); empty: none."""
    found = _word_inserted(query, cached)
    if found is None or not found[1]:
        return ""
    long, start = found
    word, head = long[start], long[start + 1]
    if long[start - 1] not in _OPENERS or head in lx.EN_STOPWORDS or word in lx.EN_STOPWORDS:
        return ""
    state = word.endswith(("ed", "en")) and word in wordclass.lexicon().verb_forms
    return word if state and wordnet.lemmas_of(head, 0) else ""
