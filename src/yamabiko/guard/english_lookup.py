"""Look-ups in the word table's English words (the 30,000 most frequent, in frequency order:
a row's number is the word's rank) that tell whether a reading of an unknown token is the
only one:

- :func:`one_edit_words`: every table word within one edit of a token (a letter added,
  dropped, replaced, or two neighbours swapped): a slip is read as a word only when no other
  word is as close (thre is there or three; intl is into or int);
- :func:`begun_words`: every table word that begins with a token (onli: online);
- :func:`abbreviated_words`: every table word an abbreviation fits (same first and last
  letter, the abbreviation's letters in order, two letters longer or more), most frequent
  first: pmt fits parliament, payment, permanent and permit, so it stands for none of them;
- :func:`same_class`: two words share a WordNet part of speech (an abbreviation standing for
  a noun is compared with the nouns it fits, appt / appointment, not apparent).

General resources only (the word table, WordNet's index): no list of abbreviations or slips.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading

from . import wordnet, wordvec

#: rows of the table's English words (its Japanese words come after them)
ENGLISH_ROWS = 30_000
_LETTERS = re.compile(r"[a-z]+")
_lock = threading.Lock()
_Tables = tuple[dict[str, tuple[tuple[int, str], ...]], list[str]]
_tables: _Tables | None = None
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def edits(x: str, y: str, most: int) -> int:
    """Optimal-string-alignment distance of ``x`` and ``y`` (insertions, deletions,
    replacements, swaps of neighbours), or ``most + 1`` once it is sure to exceed ``most``."""
    if abs(len(x) - len(y)) > most:
        return most + 1
    before: list[int] = []
    row = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        current = [i] + [0] * len(y)
        for j, cy in enumerate(y, 1):
            cost = cx != cy
            best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and cx == y[j - 2] and x[i - 2] == cy:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > most:
            return most + 1
        before, row = row, current
    return row[-1]


def _build() -> _Tables:
    """The words by first and last letter ((rank, word), most frequent first), and all of
    them sorted (~20 ms)."""
    ends: dict[str, list[tuple[int, str]]] = {}
    for word in wordvec.words():
        row = wordvec.vector_index(word)
        if row is not None and row < ENGLISH_ROWS and _LETTERS.fullmatch(word):
            ends.setdefault(word[0] + word[-1], []).append((row, word))
    return (
        {key: tuple(sorted(found)) for key, found in ends.items()},
        sorted(w for found in ends.values() for _, w in found),
    )


def _loaded() -> _Tables:
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = _build()
    return _tables


def rank(word: str) -> int | None:
    """``word``'s rank among the table's English words (0: the most frequent), or None."""
    row = wordvec.vector_index(word)
    return row if row is not None and row < ENGLISH_ROWS else None


@functools.lru_cache(maxsize=1 << 12)
def one_edit_words(token: str) -> frozenset[str]:
    """The table's English words within one edit of ``token`` (itself excluded): each
    deletion, swap, replacement and insertion of a letter looked up (a few hundred look-ups,
    no index to build)."""
    splits = [(token[:i], token[i:]) for i in range(len(token) + 1)]
    made = {a + b[1:] for a, b in splits if b}
    made |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    made |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    made |= {a + c + b for a, b in splits for c in _ALPHABET}
    made.discard(token)
    table = wordvec._table()
    if table is None:
        return frozenset()
    index = table[0]  # (:func:`rank` inlined, session 29: three calls a made word before)
    return frozenset(
        [w for w in made
         if (row := index.get(w)) is not None and row < ENGLISH_ROWS and _LETTERS.fullmatch(w)]
    )  # fmt: skip


@functools.lru_cache(maxsize=1 << 12)
def begun_words(token: str) -> frozenset[str]:
    """The table's English words longer than ``token`` that begin with it."""
    ordered = _loaded()[1]
    found = set()
    for word in ordered[bisect.bisect_right(ordered, token) :]:
        if not word.startswith(token):
            break
        found.add(word)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 12)
def abbreviated_words(short: str) -> tuple[tuple[int, str], ...]:
    """(rank, word) of the table's English words that ``short`` may abbreviate (see the
    module docstring), most frequent first."""
    if len(short) < 2:
        return ()
    # (session 28: the scan of a cold word's bucket was a quarter of the screen's Python calls
    # on the slowest checks; each word shares ``short``'s first and last letter, so its
    # letters in between are looked for in the word's, in order, by ``str.find``: what
    # :func:`letters_in_order` finds, without a generator per word)
    least, inner, found = len(short) + 2, short[1:-1], []
    for rank, word in _loaded()[0].get(short[0] + short[-1], ()):
        if len(word) < least:
            continue
        at = 1
        for letter in inner:
            at = word.find(letter, at, -1) + 1
            if not at:
                break
        else:
            found.append((rank, word))
    return tuple(found)


def letters_in_order(short: str, word: str) -> bool:
    """Every letter of ``short`` is in ``word``, in order (the reading
    :func:`abbreviated_words` makes with ``str.find``)."""
    rest = iter(word)
    return all(c in rest for c in short)


@functools.lru_cache(maxsize=1 << 12)
def _classes(word: str) -> frozenset[int]:
    return frozenset(pos for pos in range(4) if wordnet.lemmas_of(word, pos))


def same_class(first: str, second: str) -> bool:
    """``first`` and ``second`` share a WordNet part of speech (True without WordNet, or when
    WordNet knows neither word's class: nothing tells them apart)."""
    a, b = _classes(first), _classes(second)
    return not a or not b or bool(a & b)
