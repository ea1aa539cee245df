"""An English adverb that WordNet glosses *without X* says what *without X* says (session 32).

WordNet defines many adverbs by the lack they name: *for free* / *gratis* / *free of charge*
("without payment"), *by hand* ("without the use of a machine"), *wordlessly* ("without
speaking"), *rent-free* ("without paying rent"). *Can I watch it for free?* therefore asks
what *Can I watch it without paying?* asks, though only one side carries a negation.
:func:`adverb_says_without` reads that construction for the ``negation`` check
(:func:`.negation_readings.negation_explained`): the side with the one negation more says
*without* + a word X (a determiner between allowed), the other side says an adverb (one word
or WordNet's several-word lemma: *for free*) that the side with *without* does not say, whose
first sense's gloss opens with *without* + a word Y, and X and Y are one word: one lemma in
some part of speech, or WordNet's derivation pointers join them (*paying*: pay.v; *payment*:
a noun derived from pay.v).

Only the adverb's first sense is read (WordNet's order): *easily* is "without question" in
its sixth sense only, and stays apart from *without question*. Something else lacking
(*without a ticket* / *for free*) has another word after *without* and stays a negation.

The adverbs glossed *without* (175 synsets of ``data.adv``) are read once, from the
installed WordNet's ``index.adv`` and ``data.adv`` (~0.5 MB), the first time a pair asks;
without the data the reading says nothing.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from .wordnet import lemmas_of, load
from .wordnet_lines import data_line, line_gloss, line_pointers
from .wordnet_read import data_dir

#: what follows *without* up to the end of its clause (a determiner or possessive skipped)
_WITHOUT = re.compile(r"\bwithout (?:a |an |the |any |my |your |our |their )?([a-z][a-z ]*)")
#: a gloss's opening *without* and the rest of its first clause
_GLOSS_WITHOUT = re.compile(r"without ([a-z][a-z ]*)")
#: words a run after *without* may leave unmatched (determiners, *the use of*)
_LIGHT = frozenset({"a", "an", "the", "any", "of", "use", "using"})
#: the longest adverb lemma looked for, in words (*free of charge*)
_LONGEST = 4
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_LOCK = threading.Lock()
_NOUN, _VERB = 0, 1


@lru_cache(maxsize=1)
def glossed_without() -> dict[str, tuple[str, ...]]:
    """Adverb lemma (spaces between its words) -> the words its first sense's gloss says
    after *without*, up to the clause's end (for free -> payment; by hand -> the use of a
    machine, the light words dropped: machine); empty without the data."""
    folder = data_dir()
    if folder is None:
        return {}
    with _LOCK:
        data = (folder / "data.adv").read_bytes().replace(b"\r\n", b"\n")  # (offsets: LF ends)
        found: dict[str, tuple[str, ...]] = {}
        index = (folder / "index.adv").read_text(encoding="ascii", errors="replace")
        for line in index.splitlines():
            if not line or line.startswith(" "):
                continue
            fields = line.split()
            first = int(fields[-int(fields[2])])
            opening = re.match(_GLOSS_WITHOUT, line_gloss(data, first).lower())
            said = opening.group(1).split() if opening else []
            words = tuple(w for w in said if w not in _LIGHT)
            if words:
                found[fields[0].replace("_", " ")] = words
    return found


@lru_cache(maxsize=1024)
def _verb_senses(word: str) -> frozenset[int]:
    """The verb synsets of ``word`` (any inflection: paying -> pay.v's every sense) and those
    its noun senses derive from (payment -> pay.v.01 ...: WordNet's ``+`` pointers)."""
    tables = load()
    if tables is None:
        return frozenset()
    found: set[int] = set()
    for lemma in lemmas_of(word, _VERB):
        found.update(tables.verb_senses.get(lemma, ()))
    for lemma in lemmas_of(word, _NOUN):
        for offset in (tables.noun_senses or {}).get(lemma, ()):
            pointers = line_pointers(data_line(tables.noun_data, offset))
            found.update(int(p[1]) for p in pointers if p[0] == "+" and p[2] == "v")
    return frozenset(found)


def one_word(first: str, second: str) -> bool:
    """Two English words that are one: the same word, a shared lemma in some part of speech
    (paying / pay), or a verb sense one names that the other's noun derives from (paying /
    payment)."""
    if first == second:
        return True
    if any(set(lemmas_of(first, pos)) & set(lemmas_of(second, pos)) for pos in (0, 1, 2, 3)):
        return True
    return bool(_verb_senses(first) & _verb_senses(second))


def _adverbs(text: str) -> set[str]:
    """The adverb lemmas glossed *without* that ``text`` (lower case) says, as runs of up to
    :data:`_LONGEST` words (for free, free of charge, gratis)."""
    table = glossed_without()
    words = _WORD.findall(text)
    return {
        run
        for size in range(1, _LONGEST + 1)
        for start in range(len(words) - size + 1)
        if (run := " ".join(words[start : start + size])) in table
    }


def _lacks(text: str) -> list[tuple[str, ...]]:
    """The words after each *without* of ``text`` up to its clause's end (a punctuation mark
    or the end), the light words dropped: *without paying?* -> (paying,)."""
    return [
        tuple(w for w in m.group(1).split() if w not in _LIGHT) for m in _WITHOUT.finditer(text)
    ]


def _covered(lack: tuple[str, ...], gloss: tuple[str, ...]) -> bool:
    """Every word of ``lack`` is one word with a word of ``gloss``, its first with the gloss's
    first (*paying* / *payment*; *paying extra* is not *payment*)."""
    if not lack or not one_word(lack[0], gloss[0]):
        return False
    return all(any(one_word(word, said) for said in gloss) for word in lack[1:])


def without_adverb(more: str, fewer: str) -> str:
    """``"paying->for free"`` when ``more`` (lower case, the side with the negation) says
    *without* X, ``fewer`` an adverb whose first sense WordNet glosses *without* Y, X and Y
    one word (:func:`_covered`), and ``more`` does not say that adverb itself (see the module
    docstring); empty otherwise."""
    lacks = _lacks(more)
    if not lacks:
        return ""
    table = glossed_without()
    for adverb in sorted(_adverbs(fewer) - _adverbs(more)):
        for lack in lacks:
            if _covered(lack, table[adverb]):
                return f"{lack[0]}->{adverb}"
    return ""


def adverb_says_without(more: str, fewer: str) -> bool:
    """True when :func:`without_adverb` reads ``more``'s *without* X as ``fewer``'s adverb."""
    return bool(without_adverb(more, fewer))


def without_substituted(reason: str, query: str, cached: str) -> str:
    """``"paying->free"`` (the reason's own words) when ``reason`` is a ``substitution:X->Y``
    of one word each side, one the word after *without* in one prompt and the other a word
    of the adverb the other prompt says for it (:func:`without_adverb`); empty otherwise."""
    kind, _, change = reason.partition(":")
    old, arrow, new = change.partition("->")
    if kind != "substitution" or not arrow or "+" in change or not change.isascii():
        return ""
    x, y = query.lower(), cached.lower()
    for more, fewer in ((x, y), (y, x)):
        found = without_adverb(more, fewer)
        if not found:
            continue
        lack, _, adverb = found.partition("->")
        words = {old.lower(), new.lower()}
        if lack in words and words - {lack} <= set(adverb.split()):
            return change
    return ""
