"""English words that change which kind of thing, event or time a question is about while
the rest of the prompt stays (session 21; checked in the guard's ``roles`` step through
:func:`.opposites.contrasts`, so the trees' rescue cannot serve them):

* **A sum of money added as the head after a noun both say** (:func:`head_added`): *how
  much is the deposit* / *the deposit fee*: the shared noun becomes the modifier of a new
  head, another sum (the fee for a deposit, not the deposit): ``narrowing:fee``. The added
  word is a noun to WordNet with a tagged ``noun.possession`` sense (*fee*, *premium*,
  *payment*; *my internet connection* names no other sum), no adjective, the last of its
  noun phrase, and names no measure, property or time of the shared noun (*the deposit
  amount*, *the ticket price*, *the delivery time*: a tagged sense in ``noun.attribute``,
  ``noun.quantity`` or ``noun.time``).
* **An adjective of timing added** (:func:`timing_added`): *the late cancellation charge* /
  *the cancellation charge*: one adjective whose first tagged WordNet sense is timed
  against the usual, expected or standard time (*late*, *early*, *belated*, *part-time*)
  inserted in front of a noun both say: it picks some of the events, those off schedule:
  ``narrowing:late``.
* **An event of another kind** (:func:`event_replaced`): *cover accidental damage to my
  laptop* / *cover theft of my laptop*: the nouns of the one block of words the prompts
  differ in (three words each at most, the rest said alike; a word in a verb's place,
  after an auxiliary, a subject pronoun or *to*, is none, nor is a span of time: life,
  time) name an act, event, state or phenomenon (a tagged WordNet sense in those files;
  or a noun WordNet knows without a tagged sense), one of them first an event, a
  phenomenon or a process (*damage*, *fire*, *snow*: a treatment / dental work, acts both,
  and happiness / enjoyment, states, are reworded freely), no two share a WordNet sense or
  lemma, none is made of a word the other prompt says (a booking / book), and the word
  vectors put them far apart (below :data:`EVENT_FLOOR`): another cause or circumstance,
  ``category:damage->theft``. The minimal-pair check reads two words against one as a
  rewording, which the trees serve.
* **An interval of another count** (:func:`interval_changed`): *is the boiler service due
  yearly* / *every two years*: both prompts say an interval of one unit of time (an
  adjective of recurrence, *every* / *per* / *a* + the unit, *at* + the unit in the
  plural: 1; *every N units*: N, *every other unit*: 2) with no count in common:
  ``category:yearly->2``, *at weekends* / *every other weekend*: ``weekends->2``. (A
  number said on one side only passes the ``number`` check.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx
from . import wordnet, wordvec
from .english_extent import _word_inserted, first_gloss, time_unit
from .english_scope import nominal
from .modifiers import _EN_OPENERS, en_inserted, en_words
from .wordnet_first import first_lexnames

#: WordNet's files of the nouns that say how much of a thing, what it is like or when: an
#: added head with a tagged sense in one restates what is asked (the deposit *amount*, the
#: ticket *price*, the room *rate*, the delivery *time*)
_PROPERTY = frozenset({"noun.attribute", "noun.quantity", "noun.time"})
#: the file of sums of money: the added head must name one (a fee, a premium, a payment)
_MONEY = "noun.possession"
#: WordNet's files of the nouns of what happens or holds (theft, damage, illness, storm)
_EVENTS = frozenset({"noun.act", "noun.event", "noun.state", "noun.phenomenon", "noun.process"})
#: the files of what happens to a thing, one of which an event's first tagged sense is in on
#: one side at least (damage, fire, flood, snow; a treatment, a service, an order: acts and
#: messages, and happiness, existence: states, are reworded freely)
_HAPPENINGS = frozenset({"noun.event", "noun.phenomenon", "noun.process"})
#: a gloss timed against a norm (late: "after a usual or expected time")
_TIMED = re.compile(r"\b(usual|expected|standard|customary)\b.*\btime\b")
#: word-vector cosine below which two event nouns are two events (damage / theft 0.18,
#: damage / loss 0.61; damage / harm 0.74, delivery / shipping 0.79 are one: the minimal-pair
#: check's own word equivalence starts at 0.75)
EVENT_FLOOR = 0.65
#: at most this many content words each prompt says and the other does not
MAX_REPLACED = 2
#: the pairs each rule's result is kept for (one check asks a rule once or twice; session 23:
#: 4, not 64, so that a one-off pair's key tuple dies before the next young collection)
_PAIRS_KEPT = 4


def _head_noun(word: str, after_noun: bool = False) -> bool:
    """An English noun to WordNet with a tagged noun sense, no stop word, and no adjective
    used as a noun (:func:`.english_scope.nominal`), or, ``after_noun``, any such noun
    standing after one as the head of a compound (the hire *deposit*: a word more often a
    verb; the insurance *premium*: an adjective too)."""
    if word in lx.EN_STOPWORDS or not word.isalpha():
        return False
    if after_noun:  # (the car insurance *premium*: a noun there, an adjective elsewhere)
        return bool(first_lexnames(word, 0))
    return bool(first_lexnames(word, 0)) and not wordnet.lemmas_of(word, 2) and nominal(word)


def _ends_phrase(word: str) -> bool:
    """``word`` (after a noun) ends its noun phrase: no word, a stop word, or a word that is
    no noun only (a verb, an adjective: the deposit fee *refundable*)."""
    if not word or word in lx.EN_STOPWORDS or not word.isalpha():
        return True
    noun_only = not any(wordnet.lemmas_of(word, pos) for pos in (1, 2, 3))
    return not (wordnet.lemmas_of(word, 0) and noun_only)


@lru_cache(maxsize=_PAIRS_KEPT)
def head_added(query: str, cached: str) -> str:
    """The noun one English prompt adds right after a noun both say that a determiner or a
    possessive opens (one more noun between them at most), nothing else changed, making it
    the head of their noun phrase (the deposit / the deposit *fee*; see the module
    docstring); empty: none."""
    x, y = en_words(query), en_words(cached)
    if abs(len(x) - len(y)) != 1:
        return ""
    found = en_inserted(x, y)
    if found is None:
        return ""
    start, end_x, end_y = found
    long, end = (x, end_x) if end_x > end_y else (y, end_y)
    if end - start != 1 or min(end_x, end_y) != start or start < 2:
        return ""
    word, before = long[start], long[start - 1]
    opener = long[start - 2] if long[start - 2] in _EN_OPENERS else long[max(0, start - 3)]
    if opener not in _EN_OPENERS or not _head_noun(word, after_noun=True):
        return ""  # (the deposit / the security deposit: a noun before it at most)
    if before in lx.EN_STOPWORDS or not before.isalpha() or not wordnet.lemmas_of(before, 0):
        return ""
    if not _ends_phrase(long[end] if end < len(long) else ""):
        return ""  # (the deposit fee refund: the head is further on)
    kinds = set(first_lexnames(word, 0) or ())
    if _PROPERTY & kinds or _MONEY not in kinds:
        return ""  # the deposit amount, the ticket price: the thing measured; my internet
    return word  # connection: no other sum


def _timed(word: str) -> bool:
    """An English adjective whose first tagged WordNet sense is timed against the usual,
    expected or standard time (late, early, belated, part-time)."""
    return word not in lx.EN_STOPWORDS and bool(_TIMED.search(first_gloss(word, 2)))


def timing_added(query: str, cached: str) -> str:
    """The adjective of timing one English prompt inserts in front of a noun both say,
    nothing else changed (the *late* cancellation charge / the cancellation charge); empty:
    none."""
    found = _word_inserted(query, cached)
    if found is None:
        return ""
    long, start = found
    word, head = long[start], long[start + 1]
    if head in lx.EN_STOPWORDS or not head[0].isalpha() or not _timed(word):
        return ""  # (a word of its own after it: the late *admin* fee, *check-in*)
    return word if nominal(head.split("-")[0]) else ""


def event_noun(word: str) -> bool:
    """A noun of an act, event, state or phenomenon (a tagged WordNet sense in those files),
    or a noun WordNet knows with no tagged sense (theft), used as a noun (no verb first:
    cancel, change), with no sense of a span of time (life, time, shift)."""
    if word in lx.EN_STOPWORDS or not word.isalpha() or wordnet.lemmas_of(word, 2):
        return False
    kinds = first_lexnames(word, 0)
    if kinds is None or "noun.time" in kinds:
        return False  # (life, time, a shift: a span of time, not what happens in it)
    return (not kinds or bool(_EVENTS & set(kinds))) and nominal(word)


def _happening(word: str) -> bool:
    """The first tagged noun sense of ``word`` is in :data:`_HAPPENINGS`."""
    kinds = first_lexnames(word, 0)
    return bool(kinds) and kinds[0] in _HAPPENINGS


def _far(first: str, second: str) -> bool:
    """Two nouns with no WordNet sense or lemma in common that the word vectors put below
    :data:`EVENT_FLOOR` (both in the table)."""
    if wordnet.synonyms(first, second):
        return False
    if set(wordnet.lemmas_of(first, 0)) & set(wordnet.lemmas_of(second, 0)):
        return False  # one noun inflected (security / securities)
    i, j = wordvec.vector_index(first), wordvec.vector_index(second)
    return i is not None and j is not None and wordvec.similarity(i, j) < EVENT_FLOOR


#: the words after which a word stands in a verb's place (I *stop*, how do I *end*, to *cancel*)
_BEFORE_VERBS = lx.EN_AUXILIARIES | lx.EN_PERSONS | {"to", "please", "not"}


def _nouns_placed(words: tuple[str, ...]) -> list[str]:
    """The words of a prompt in their places, a stop word as ``""`` and a word in a verb's
    place (after an auxiliary, a subject pronoun or *to*) marked as no noun (``"~"`` in
    front)."""
    return [
        "" if w in lx.EN_STOPWORDS else f"~{w}" if k and words[k - 1] in _BEFORE_VERBS else w
        for k, w in enumerate(words)
    ]


def _made_from(nouns: list[str], words: list[str]) -> bool:
    """One of ``nouns`` starts with one of ``words`` (four letters or more): a noun made of a
    word the other prompt says (booking / book), the same act reworded."""
    stems = [w.lstrip("~") for w in words]
    return any(n.startswith(w) for n in nouns for w in stems if len(w) >= 4 and n != w)


@lru_cache(maxsize=_PAIRS_KEPT)
def event_replaced(query: str, cached: str) -> str:
    """``"old->new"`` (the cached prompt's event noun, then the query's) when the prompts
    differ in one block of words (at most :data:`MAX_REPLACED` + 1 each side, the words
    before and after it said alike) whose content words hold an event noun on each side,
    every one far from every one of the other side (see the module docstring; the last of
    each side named: fire damage / burglary, ``damage->burglary``); empty: none."""
    x, y = en_words(query), en_words(cached)
    found = en_inserted(x, y)
    if found is None or max(found[1], found[2]) - found[0] > MAX_REPLACED + 1:
        return ""  # (one block of three words at most each side, the rest said alike)
    start, end_x, end_y = found
    mine, theirs = _nouns_placed(x), _nouns_placed(y)
    only_mine = [w for w in mine[start:end_x] if w and w not in theirs]
    only_theirs = [w for w in theirs[start:end_y] if w and w not in mine]
    if not only_mine or not only_theirs:
        return ""
    new = [w for w in only_mine if event_noun(w)]
    old = [w for w in only_theirs if event_noun(w)]
    if not new or not old or not any(_happening(w) for w in (*new, *old)):
        return ""  # (acts and messages only: a treatment / dental work, an order / delivery)
    if not all(_far(x, y) for x in old for y in new):
        return ""
    if _made_from(new, only_theirs) or _made_from(old, only_mine):
        return ""  # book a treatment / make a booking: the other side's verb made a noun
    return f"{old[-1]}->{new[-1]}"


#: the words before a period said as a noun (*every* two years, *per* month, *a* year)
_EVERY = frozenset({"every", "each", "per", "a", "an", "once"})
#: the prepositions before a period said in the plural (*at* weekends, *on* Mondays: each)
_AT = frozenset({"at", "on"})
#: the words after *every* that count two (every *other* week, every *second* year)
_ALTERNATE = frozenset({"other", "second", "alternate"})


def _time_noun(word: str) -> frozenset[int]:
    """The offsets of the tagged senses of every WordNet noun lemma of ``word`` (years:
    years, year), for matching a unit of time."""
    tables = wordnet.load()
    if tables is None or not word.isalpha() or word in lx.EN_STOPWORDS:
        return frozenset()
    index = tables.index[0]
    return frozenset(c >> 2 for lemma in wordnet.lemmas_of(word, 0) for c in index.get(lemma, ()))


def _count(word: str) -> float | None:
    """The value of a number in digits or in words (two, 3), 2 for every *other*; None: no
    number."""
    if word in _ALTERNATE:
        return 2.0
    if word.isdigit():
        return float(word)
    value = lx.EN_NUMBER_WORDS.get(word)
    return float(value) if value is not None else None


def _periods(words: tuple[str, ...]) -> dict[int, set[float]]:
    """The intervals an English prompt says, per unit of time (the offset of its
    ``noun.time`` synset, :func:`.english_extent.time_unit`): 1 for an adjective of
    recurrence (yearly) or *every / per / a* + the unit (every year) or *at / on* + the unit
    in the plural (at weekends), N for *every N units* (every two years; every *other*
    week: 2)."""
    found: dict[int, set[float]] = {}
    for k, word in enumerate(words):
        unit = time_unit(word)
        if unit:
            found.setdefault(unit, set()).add(1.0)
        if word in _AT and k + 1 < len(words) and words[k + 1].endswith("s"):
            for unit in _time_noun(words[k + 1]):  # at weekends: every weekend
                found.setdefault(unit, set()).add(1.0)
        if word not in _EVERY or k + 1 >= len(words):
            continue
        count = _count(words[k + 1]) if word in ("every", "each") else None
        noun = words[k + 2] if count is not None and k + 2 < len(words) else words[k + 1]
        for unit in _time_noun(noun):
            found.setdefault(unit, set()).add(count if count is not None else 1.0)
    return found


def _counted(words: tuple[str, ...]) -> bool:
    """*every* or *each* followed by a number other than one (every two years)."""
    if "every" not in words and "each" not in words:
        return False  # (most prompts: a membership test in C before the loop, session 22)
    return any(
        w in ("every", "each") and k + 1 < len(words) and (_count(words[k + 1]) or 1) != 1
        for k, w in enumerate(words)
    )


@lru_cache(maxsize=_PAIRS_KEPT)
def interval_changed(query: str, cached: str) -> str:
    """``"yearly->2"`` (the cached prompt's word, then the query's count) when the two
    prompts say an interval of the same unit of time with another count (is the service
    due *yearly* / *every two years*), at most :data:`MAX_REPLACED` + 1 content words
    changing each side (none at all: *other* is a stop word); empty: none."""
    x, y = en_words(cached), en_words(query)
    if not (_counted(x) or _counted(y)):
        return ""  # (no *every N units*: no count but 1 said; most prompts stop here)
    only_x = [w for w in x if w not in y and w not in lx.EN_STOPWORDS]
    only_y = [w for w in y if w not in x and w not in lx.EN_STOPWORDS]
    if max(len(only_x), len(only_y)) > MAX_REPLACED + 1:
        return ""  # (every Saturday / every other Saturday: stop words alone differ)
    theirs, mine = _periods(x), _periods(y)
    for unit, counts in theirs.items():
        other = mine.get(unit)
        if other and counts.isdisjoint(other):
            said = next(w for w in x if time_unit(w) == unit or unit in _time_noun(w))
            return f"{said}->{min(other):g}"
    return ""
