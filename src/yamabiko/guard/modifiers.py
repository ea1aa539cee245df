"""A modifier added to one prompt that narrows what the other asks about (the guard's
``narrowing`` reason, checked with the roles, before the minimal-pair check and its trees):
one prompt is the other with one block of words inserted, nothing else reworded.

* **English** (:func:`en_narrowed`): the inserted block is one or two content words in front
  of a content word both prompts say (the noun it modifies), the last one a past participle
  that names a state picking some of the things ("Do you recycle *broken* glass?" / "Do you
  recycle glass?"), or an adjective said where the other prompt says all of them ("*all*
  plastics" / "*hard* plastics"; lemminflect's lexicon, :mod:`.wordclass`). Other
  adjectives (my *new* phone, the *main* reason) and a modifier after a determiner (a
  *prorated* refund) are left to the minimal-pair check's modifier rule and its trees. A
  noun of a material or food (WordNet) in front of a noun both say narrows too, after a
  determiner and in a prompt reworded around it (:func:`en_material_added`: *foam*
  cushions, *wine* stains). So does a noun of a kind added right after the determiner or
  possessive of a noun both say (:func:`en_kind_added`: my *business* account, an
  *emergency* dental appointment).
* **Japanese** (:func:`ja_narrowed`, SudachiPy's long units): the inserted block is a noun
  phrase ending with a particle: a modifier of the next word (*肺炎球菌の*予防接種,
  *3歳以下の*子ども) or an adverbial of time or place (*平日の夜間でも*修理に来てもらえますか).
  The other prompt may say a particle alone in its place. A clause (学生証が*あれば*) is the
  condition rule's (``scope.py``).
* Only in a question (either prompt's analysis has a question type): a description with a
  detail added (街中の道路をバスが走っています) describes the same scene.

Rewordings elsewhere in the prompt make it a paraphrase for the other checks to judge; the
reason names the inserted content words: ``narrowing:broken``, ``narrowing:肺炎+球菌``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from . import lexicon as lx
from . import wordclass, wordnet
from .english_persons import quantity_noun
from .english_scope import nominal
from .japanese import long_units
from .wordnet_first import first_lexnames

#: English words that may stand where the added modifier does on the other side: articles,
#: possessives, quantifiers ("all plastics" / "hard plastics")
_EN_FUNCTION = lx.EN_DETERMINERS | {"all", "any", "some", "every", "each", "my", "your", "our"}
#: the endings of the past participles that modify a noun as adjectives do (broken, used)
_PARTICIPLE = ("ed", "en")
#: the quantifiers that say "every one of them" (all plastics / hard plastics)
_EN_ALL = frozenset({"all", "any", "every"})
#: punctuation read as a space between English words (an apostrophe and a hyphen stay)
_EN_PUNCTUATION = re.compile(r"[.,;:!?()\[\]\"“”/]")
#: WordNet's lexicographer files of materials and foods (:func:`material`)
_MATERIAL = frozenset({"noun.substance", "noun.food"})
#: the Japanese parts of speech of a noun phrase (the inserted block: nouns and particles)
_JA_NOUN_PHRASE = frozenset({"名詞", "接頭辞", "接尾辞", "助詞", "補助記号"})
#: the parts of speech its content words are named by (向け, 以下: suffixes that narrow)
_JA_CONTENT = frozenset({"名詞", "接頭辞", "接尾辞"})
#: Japanese nouns that carry no content of their own (formal nouns, pronouns)
_JA_LIGHT = frozenset({"代名詞"})
#: the characters a Japanese prompt may say where the other inserts a phrase (a particle)
_JA_PARTICLE_CHARS = 2
#: what may stand before an inserted Japanese phrase: the end of another phrase
_BOUNDARY = frozenset({"助詞", "補助記号"})


def _inserted(x: Sequence[str], y: Sequence[str]) -> tuple[int, int, int] | None:
    """``x`` and ``y`` share a prefix and a suffix: ``(start, end_x, end_y)``, where
    ``x[start:end_x]`` stands in ``y[start:end_y]``'s place; None when equal."""
    if list(x) == list(y):
        return None
    start, end_x, end_y = 0, len(x), len(y)
    shorter = min(end_x, end_y)  # (once, not a min and two lens a word of the prefix)
    while start < shorter and x[start] == y[start]:
        start += 1
    while end_x > start and end_y > start and x[end_x - 1] == y[end_y - 1]:
        end_x -= 1
        end_y -= 1
    return start, end_x, end_y


@lru_cache(maxsize=4)
def en_inserted(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[int, int, int] | None:
    """:func:`_inserted` of two English prompts' words (:func:`en_words`), kept for the last
    few pairs: the narrowing, extent, timing, head, kind and event rules of one check ask it
    of the same two word tuples one after the other (session 29: four to six times a check;
    ask it with the query's words first, as they do, or swap the ends it gives)."""
    return _inserted(x, y)


def _both_ways(
    x: tuple[str, ...], y: tuple[str, ...]
) -> list[tuple[Sequence[str], int, int, Sequence[str], Sequence[str]]]:
    """The one place ``x`` and ``y`` differ (:func:`_inserted`), seen from each side in turn:
    ``(long, start, end_long, block, instead)``, where ``long[start:end_long]`` (the block)
    stands in the other side's ``instead``; empty when they are equal."""
    found = en_inserted(x, y)  # (x, y: the query's and the cached prompt's en_words)
    if found is None:
        return []
    start, end_x, end_y = found
    return [
        (long, start, end_long, long[start:end_long], short[start:end_short])
        for long, short, end_long, end_short in ((x, y, end_x, end_y), (y, x, end_y, end_x))
    ]


@lru_cache(maxsize=16)
def en_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of an English text, punctuation read as spaces (split on
    spaces: a regular expression costs several times more); kept for the last few texts,
    which the antonym and narrowing rules both read (session 23: 16, not 64: a one-off
    prompt's tuple dies before the next young garbage collection instead of waiting in it)."""
    return tuple(_EN_PUNCTUATION.sub(" ", text.lower().replace("’", "'")).split())


@lru_cache(maxsize=4)
def en_changed(query: str, cached: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words (:func:`en_words`) only ``query`` says, then those only ``cached`` says:
    made once per pair for the roles rule's word-replacement tests (session 23: four of them
    built these sets each)."""
    mine, theirs = frozenset(en_words(query)), frozenset(en_words(cached))
    return mine - theirs, theirs - mine


def en_narrowed(query: str, cached: str) -> str:
    """The English modifier one prompt adds in front of a noun both say (see the module
    docstring); empty: none."""
    x, y = en_words(query), en_words(cached)
    if abs(len(x) - len(y)) > 2:
        return ""  # (at most two words inserted: a cheap test first)
    for long, start, end_long, block, instead in _both_ways(x, y):
        if not 0 < len(block) <= 2 or end_long >= len(long):
            continue
        head = long[end_long]
        if not set(instead) <= _EN_FUNCTION or head in lx.EN_STOPWORDS or not head.isalpha():
            continue  # (what *happens* if / what if: no noun after it)
        if start and long[start - 1] in _EN_FUNCTION:
            continue  # after a determiner (a *prorated* refund): the modifier rule weighs it
        words = [w for w in block if w not in _EN_FUNCTION]
        if not words or any(not w.isalpha() or w in lx.EN_STOPWORDS for w in words):
            continue
        last = words[-1]
        lexicon = wordclass.lexicon()
        # a state that picks some of the things (broken glass, used batteries), or any
        # adjective said where the other prompt says all of them (all / hard plastics);
        # other adjectives (my new phone, the main reason) are the trees' to weigh
        state = last in lexicon.verb_forms and last.endswith(_PARTICIPLE)
        instead_all = bool(set(instead) & _EN_ALL) and last in lexicon.adjectives
        if block[-1] == last and (state or instead_all):
            return "+".join(words)
    return ""


#: the words that open the noun phrase a kind noun is added to (my *business* account)
_EN_OPENERS = _EN_FUNCTION | {"his", "her", "their", "its"}


@lru_cache(maxsize=4)  # (one check asks it; session 23: 4 pairs, not 64)
def en_kind_added(query: str, cached: str) -> str:
    """A noun one English prompt adds in front of a noun both prompts say, right after the
    word that opens their noun phrase (a determiner or a possessive), nothing else changed:
    a kind of the thing (my *business* account, the *staff* car park, an *emergency*
    dental appointment, the *deposit* fee). The added word is a noun to WordNet, no
    adjective (*mobile* phone number, a *new* card stay the trees'), and no function word;
    empty: none. A noun added with no opener (computer programming, Modi government) is
    often a rewording of a name or a field: left to the other checks."""
    x, y = en_words(query), en_words(cached)
    if abs(len(x) - len(y)) != 1:
        return ""
    for long, start, end_long, block, instead in _both_ways(x, y):
        if len(block) != len(instead) + 1 or end_long >= len(long):
            continue
        if not set(instead) <= _EN_OPENERS or not set(block[:-1]) <= _EN_OPENERS:
            continue  # (one word added, a determiner changed beside it at most: a / an)
        opened = bool(instead) or (start and long[start - 1] in _EN_OPENERS)
        word, head = block[-1], long[end_long]
        if not opened or word in lx.EN_STOPWORDS or head in lx.EN_STOPWORDS:
            continue
        if word.isalpha() and _kind_noun(word) and wordnet.lemmas_of(head, 0):
            return word
    return ""


def _kind_noun(word: str) -> bool:
    """An English noun to WordNet that is no adjective and is used as a noun
    (:func:`.english_scope.nominal`)."""
    return bool(wordnet.lemmas_of(word, 0)) and not wordnet.lemmas_of(word, 2) and nominal(word)


@lru_cache(maxsize=2048)
def material(word: str) -> bool:
    """True when ``word`` is an English noun of a material or food (WordNet: its first tagged
    noun sense in ``noun.substance`` or ``noun.food``, or all its senses things and
    substances: glass, wool, wine, ink, foam): a modifier that picks one kind of its noun."""
    kinds = first_lexnames(word, 0) if word.isalpha() else None
    if kinds is None:
        return False
    first = kinds[0] if kinds else ""
    things = set(kinds) <= _MATERIAL | {"noun.object"} and bool(_MATERIAL & set(kinds))
    return first in _MATERIAL or things


def en_material_added(query: str, cached: str) -> str:
    """A material noun one English prompt puts in front of a noun both prompts say and the
    other says without it, after the same word (foam cushions / cushions, after "clean"),
    also in a prompt reworded around them (how do I clean foam cushions / what is the best
    way to clean cushions); empty: none. A material replaced by another (glass / plastic
    bottles) is the minimal-pair check's substitution; a capitalised word is a name's
    (Coffee County)."""
    x, y = en_words(query), en_words(cached)
    nouns = wordnet.LEMMAS_OF[0]  # (``lemmas_of(w, 0)``, its LRU asked directly)
    for long, short, text in ((x, y, query), (y, x, cached)):
        others = set(short)
        for k in range(1, len(long) - 1):
            word, head = long[k], long[k + 1]
            if word in others or head not in others or head in lx.EN_STOPWORDS:
                continue
            if head.endswith(("ed", "ing")) or not nouns(head):
                continue  # (is tea included: a verb after it, not a noun it modifies)
            at = short.index(head)
            before = _content_before(long, k)
            if not before or before != _content_before(short, at) or not material(word):
                continue  # another context (spray paint / ways to paint): a rewording
            if (at and material(short[at - 1])) or word.capitalize() in text:
                continue  # glass / plastic bottles: a substitution; Coffee County: a name
            return word
    return ""


def _content_before(words: Sequence[str], at: int) -> str:
    """The last word before ``words[at]`` that is not a function word (empty: none)."""
    for k in range(at - 1, -1, -1):
        if words[k] not in lx.EN_STOPWORDS and words[k] not in _EN_FUNCTION:
            return words[k]
    return ""


def ja_narrowed(query: str, cached: str) -> str:
    """The Japanese phrase one prompt adds, a modifier or an adverbial ending in a particle
    (see the module docstring); empty: none."""
    found = _inserted(query, cached)  # in characters first: tokenizing costs more
    if found is None:
        return ""
    short, long = sorted((found[1] - found[0], found[2] - found[0]))
    if short > _JA_PARTICLE_CHARS or long - short < 2:  # (a phrase: a word and a particle)
        return ""
    x, y = long_units(query), long_units(cached)
    if x is None or y is None:
        return ""
    surfaces = [m.surface() for m in x[1]], [m.surface() for m in y[1]]
    found = _inserted(*surfaces)
    if found is None:
        return ""
    start, end_x, end_y = found
    spans = ((start, end_x, start, end_y), (start, end_y, start, end_x))
    for (long, short), span in zip(((x[1], y[1]), (y[1], x[1])), spans, strict=True):
        if content := _phrase_added(long, short, *span):
            return content
    return _phrase_resegmented(x[1], y[1], *surfaces)


def _phrase_added(long: Sequence[Any], short: Sequence[Any], start: int, end: int,
                  other_start: int, other_end: int) -> str:  # fmt: skip
    """The content words of ``long[start:end]`` (morphemes), a noun phrase ending with a
    particle after the end of another phrase and before more words, where ``short`` says
    nothing or particles only (``short[other_start:other_end]``); empty: not such a phrase."""
    block = long[start:end]
    instead = [short[i].part_of_speech()[0] for i in range(other_start, other_end)]
    if not block or end >= len(long) or any(p != "助詞" for p in instead):
        return ""
    first = long[start - 1].part_of_speech()[0] if start else "補助記号"
    if block[-1].part_of_speech()[0] != "助詞" or first not in _BOUNDARY:
        return ""  # not a whole phrase: a word of a compound, or a particle changed
    if any(m.part_of_speech()[0] not in _JA_NOUN_PHRASE for m in block):
        return ""  # a clause (学生証があれば): the condition rule's (``scope.py``)
    return "+".join(_content_parts(block))


def _phrase_resegmented(x: Sequence[Any], y: Sequence[Any], sx: list[str], sy: list[str]) -> str:
    """:func:`_phrase_added` of a phrase one prompt adds where SudachiPy splits the words
    the two share in another way on each side (ポップコーン alone, ポップ + コーン after a
    modifier with の): the block found in characters, each end a morpheme boundary on both
    sides; empty: none."""
    found = _inserted("".join(sx), "".join(sy))
    if found is None:
        return ""
    start, end_x, end_y = found
    ends_x = list(accumulate(map(len, sx), initial=0))
    ends_y = list(accumulate(map(len, sy), initial=0))
    if not {start, end_x} <= set(ends_x) or not {start, end_y} <= set(ends_y):
        return ""  # (a word of a compound, not a phrase)
    at_x, at_y = ends_x.index(start), ends_y.index(start)
    span_x, span_y = (at_x, ends_x.index(end_x)), (at_y, ends_y.index(end_y))
    return _phrase_added(x, y, *span_x, *span_y) or _phrase_added(y, x, *span_y, *span_x)


def _content_parts(morphemes: Sequence[Any]) -> list[str]:
    """The content words of long-unit morphemes, split into their short units as the
    minimal-pair check names them (露天風呂付き客室: 露天, 風呂, 客室; 学生向け: 学生, 向け)."""
    from sudachipy import SplitMode

    found: list[str] = []
    for m in morphemes:
        for part in m.split(SplitMode.A, add_single=False) or [m]:
            pos = part.part_of_speech()
            if pos[0] == "接尾辞" and part.normalized_form() not in lx.JA_MEANINGFUL_SUFFIXES:
                continue  # (付き, 犬 in 小型犬: not named, as in the units)
            if pos[0] in _JA_CONTENT and pos[1] not in _JA_LIGHT:
                found.append(part.surface())
    return found


#: WordNet's files of the nouns that, before "of", measure out or group what follows (a
#: *bottle* of wine, a *box* of chocolates, a *pack* of cards, a *course* of antibiotics)
_MEASURING = frozenset({"noun.quantity", "noun.group", "noun.act"})


@lru_cache(maxsize=4)  # (one check asks it; session 23: 4 pairs, not 64)
def en_measure_added(query: str, cached: str) -> str:
    """A noun one English prompt puts, with "of", in front of a noun both prompts say, the
    other asking about that noun alone (in a question of an amount, how much / long: the
    amount is the measure's): ``a *course* of antibiotics`` / ``antibiotics``, ``a
    *bottle* of wine`` / ``wine`` (a determiner or the verb's agreement may change beside
    it: is / are; and the number of the noun both say: a session / a set of sessions). The
    noun measures out or groups the other (a tagged WordNet sense in
    :data:`_MEASURING`); a price, a name or a type of a thing (``noun.attribute``,
    ``noun.possession``, ``noun.communication``) asks about the thing. Empty: none."""
    x, y = en_words(query), en_words(cached)
    if not 2 <= abs(len(x) - len(y)) <= 4:
        return ""  # (before the singulars: _singular keeps the count, and most pairs stop here)
    if "of" not in x and "of" not in y:
        return ""  # (no block ending in "of": _singular makes no "of", WordNet has no such noun)
    x, y = _singular(x), _singular(y)
    found = _inserted(x, y)
    if found is None:
        return ""
    start, end_x, end_y = found
    tables = wordnet.load()
    for long, short, end_long, end_short in ((x, y, end_x, end_y), (y, x, end_y, end_x)):
        block, instead = long[start:end_long], short[start:end_short]
        plain = [w for w in block if w not in _EN_OPENERS and w not in lx.EN_AUXILIARIES]
        if len(plain) != 2 or plain[1] != "of" or block[-1] != "of" or end_long >= len(long):
            continue
        if not set(instead) <= _EN_OPENERS | lx.EN_AUXILIARIES or tables is None:
            continue
        word, head = plain[0], long[end_long]
        if word in lx.EN_STOPWORDS or word in short or not word.isalpha():
            continue
        if head in lx.EN_STOPWORDS:
            continue
        if quantity_noun(word):  # a block of lessons: a sense WordNet does not tag
            return word
        if _MEASURING & set(first_lexnames(word, 0) or ()):
            return word
    return ""


def _singular(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with each plural noun in its singular: the first of its WordNet noun lemmas
    with a tagged sense, else the last (sessions: session; facials: facial; glasses, a
    tagged lemma itself, stays)."""
    tables = wordnet.load()
    if tables is None:
        return words
    tagged = tables.index[0]
    found = []
    for w in words:
        lemmas = wordnet.lemmas_of(w, 0) if w.endswith("s") and w not in lx.EN_STOPWORDS else ()
        if not lemmas:  # (most words: no generator made for none)
            found.append(w)
            continue
        found.append(next((x for x in lemmas if x in tagged), lemmas[-1]))
    return tuple(found)


def narrowed(query: str, cached: str, lang: str, amount: bool = False) -> str:
    """The guard's reason when one prompt adds a narrowing modifier to the other
    (``narrowing:X``); with ``amount`` (a prompt asks how much, many or long), also a noun
    that measures out the one both say (:func:`en_measure_added`); empty: none (and for
    languages other than English and Japanese)."""
    found = ""
    if lang == "en":
        found = en_narrowed(query, cached) or en_material_added(query, cached)
        found = found or en_kind_added(query, cached)
        found = found or (en_measure_added(query, cached) if amount else "")
    if lang == "ja":
        found = ja_narrowed(query, cached)
    return f"narrowing:{found}" if found else ""
