"""English word classes for the minimal-pair check: can an added word be an adjective that
names a kind of thing (the *commercial* septic tanks, a *professional* camera)?

English has no part-of-speech tagger in the guard (a tagger costs milliseconds a prompt).
What the scope rules need is smaller: whether a word *can* be an adjective, whether it is an
inflected verb form (a participle: *used*, *paid*, *broken*, which the rules read as a
clause) and whether it grades (*new* / *newer*, *cheap* / *cheapest*: a graded adjective
says how much, more often than which kind). The lexicon of the PyPI package ``lemminflect``
(MIT licence; built from the SPECIALIST Lexicon; ~80,000 English word forms with their
classes, lemmas and inflections) answers all three. This module reads its two tables
(``lemma_lu.csv.gz``: form, class, lemmas; ``infl_lu.csv.gz``: lemma, class, inflections)
once, lazily (a few tenths of a second; ``Guard.warm_up`` does it), into four sets,
without importing the package itself (its lemmatiser and models are not needed). A lookup
is one set membership test.

Without the package no word is known, and every rule that needs a class is off.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import threading
from pathlib import Path
from typing import NamedTuple


class Lexicon(NamedTuple):
    """The word sets read from lemminflect's tables (lower case)."""

    #: forms that can be an adjective (commercial, septic, newer)
    adjectives: frozenset[str]
    #: inflected verb forms, not the verb's base (used, paid, broken, interesting)
    verb_forms: frozenset[str]
    #: adjectives that grade by inflection, and their comparatives and superlatives
    graded: frozenset[str]
    #: every form the lexicon lists (vineyard, stint): words, not slips of other words
    words: frozenset[str]
    #: verbs' base forms (learn, increase, get)
    verb_bases: frozenset[str] = frozenset()
    #: those of them that can be a noun too (increase, plan, work; not learn)
    verb_nouns: frozenset[str] = frozenset()


_EMPTY = Lexicon(frozenset(), frozenset(), frozenset(), frozenset())
_FORM = re.compile(r"^([^,\n]+),", re.M)
_ADJECTIVE_ROW = re.compile(r"^([^,\n]+),adj,([^\n]*)$", re.M)
_VERB_ROW = re.compile(r"^([^,\n]+),verb,([^\n]*)$", re.M)
_NOUN_FORM = re.compile(r"^([^,\n]+),noun,", re.M)

_lock = threading.Lock()
_loaded: Lexicon | None = None


def lexicon_dir() -> Path | None:
    """Where lemminflect's tables are installed, or None (the package is missing)."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return found if (found / "lemma_lu.csv.gz").is_file() else None


def _read(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        return rows.read().lower()


def _load() -> Lexicon:
    folder = lexicon_dir()
    if folder is None:
        return _EMPTY
    try:
        lemmas, inflections = _read(folder / "lemma_lu.csv.gz"), _read(folder / "infl_lu.csv.gz")
    except (OSError, EOFError, UnicodeDecodeError):
        return _EMPTY
    adjectives = {word for word, _ in _ADJECTIVE_ROW.findall(lemmas)}
    verb_rows = _VERB_ROW.findall(lemmas)
    verb_forms = {w for w, base in verb_rows if w not in base.split("/")}
    verb_bases = frozenset(w for w, base in verb_rows if w in base.split("/"))
    graded = {
        form
        for word, forms in _ADJECTIVE_ROW.findall(inflections)
        if forms.strip(",")  # "cheaper,cheapest"; none: "commercial,,"
        for form in (word, *forms.replace("/", ",").split(","))
        if form
    }
    words = frozenset(_FORM.findall(lemmas))
    verb_nouns = verb_bases.intersection(_NOUN_FORM.findall(lemmas))
    return Lexicon(
        frozenset(adjectives), frozenset(verb_forms), frozenset(graded), words, verb_bases,
        verb_nouns,
    )  # fmt: skip


def lexicon() -> Lexicon:
    """The word sets, read on first use (empty sets without lemminflect)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded


def available() -> bool:
    """True when lemminflect's tables are installed and load."""
    return bool(lexicon().adjectives)


def classifying(word: str) -> bool:
    """``word`` can be an adjective that does not grade by inflection and is no verb form:
    one that names a kind (commercial, professional, septic, wireless), as far as the
    lexicon tells. Adjectives that grade only with *more* (expensive) look the same to it:
    callers add what the word vectors say (frequency, implied words)."""
    low = word.lower()
    found = lexicon()
    return low in found.adjectives and low not in found.graded and low not in found.verb_forms


def known(word: str) -> bool:
    """``word`` is a form the lexicon lists (vineyard, stint; not vinyard)."""
    return word.lower() in lexicon().words


def can_be_adjective(word: str) -> bool:
    """``word`` can be an adjective (valid, open), as far as the lexicon tells."""
    return word.lower() in lexicon().adjectives


def can_be_verb_base(word: str) -> bool:
    """``word`` can be a verb's base form (learn, increase, get), as far as the lexicon tells."""
    return word.lower() in lexicon().verb_bases


def verb_base_and_noun(word: str) -> bool:
    """``word`` can be a verb's base form and a noun (increase, plan; not learn, nor trip),
    as far as the lexicon tells."""
    return word.lower() in lexicon().verb_nouns
