"""The boosted trees' features (:mod:`yamabiko.guard.boosted` scores them): the learned
check's 20 (``learned.py``: cosine, the units the alignment left, their word-vector similarity
and rarity, question kinds, numbers, ...), plus character 3- and 4-gram overlap, word overlap,
overlap weighted by word rarity, the cosine of the mean word vectors of the two sides' leftover
words, the question word of each side (what / how / why / which / yes-no), length ratios,
capitalised names only one side has, the first word and last unit, the minimal-pair
outcome's kind, and (session 26, :data:`SWAP_FEATURES`) the replaced words compared with each
other. What one text alone gives (its n-grams, words, names) is kept per text
(:func:`text_facts`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from . import stored_facts, wordvec
from .analysis import AnalysisCache
from .facts import Analysis
from .learned import FEATURES as CHEAP_FEATURES
from .learned import pair_features
from .minpair import DEFAULT as _MINPAIR
from .minpair import Alignment
from .respelling import NUMBER_WORDS, numbers_in_digits
from .units import Unit
from .unshared import unshared

#: minimal-pair outcome kinds, one feature each
OUTCOMES = ("detail-added", "not-minimal", "same-words", "reworded", "equivalent-words",
            "substitution")  # fmt: skip

RICH_FEATURES = (
    "char3", "char4", "word_overlap", "rare_overlap", "rare_left_max", "rare_left_min",
    "n_left_first", "n_left_second", "left_vector_cosine", "left_vector_missing",
    "qword_same", "qword_what", "qword_how", "qword_why", "qword_which", "qword_yesno",
    "char_length_ratio", "word_count_diff", "log_words", "names_first", "names_second",
    "names_shared", "first_word_same", "last_unit_same", "cosine_squared",
    "rare_left_first", "rare_left_second", "strong_differs",
)  # fmt: skip

#: the words the alignment left unexplained on each side, compared with each other (session
#: 26: *phones* / *earphones*, *sick* / *mad* look like a one-word rewording to the other
#: features): the best word-vector cosine of a left word and a right word (-1 when no pair has
#: vectors), one word for one, one word's key inside the other's (a compound of it), and a
#: one-sided addition made only of modifiers of a noun (*the deposit fee* / *the fee*)
SWAP_FEATURES = ("swap_cosine", "swap_one_for_one", "swap_contains", "added_modifier")

#: every feature, in the order of the model's columns (a model trained before a later group
#: reads a prefix of them: :func:`features` with ``columns``)
FEATURES = (*CHEAP_FEATURES, *RICH_FEATURES, *(f"outcome_{k}" for k in OUTCOMES),
            *SWAP_FEATURES)  # fmt: skip
#: the columns before :data:`SWAP_FEATURES` (the models of sessions 18-25)
BEFORE_SWAP = len(FEATURES) - len(SWAP_FEATURES)

_QWORDS = frozenset({"what", "how", "why", "which", "who", "where", "when"})
_YESNO = frozenset({"is", "can", "do", "should", "are", "does", "will"})
_TOKEN = re.compile(r"[a-z0-9']+|[^\sa-z0-9]", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _qword(tokens: Sequence[str]) -> str:
    for token in tokens[:3]:
        if token in _QWORDS or token in _YESNO:
            return token
    return "other"


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    shared = len(x & y)
    return shared / max(len(x) + len(y) - shared, 1)


def _names(text: str) -> frozenset[str]:
    """Capitalised words after the first (names, brands, places)."""
    return frozenset([t.strip("?.,!()\"'").lower() for t in text.split()[1:] if t[:1].isupper()])


def _direction(vectors: np.ndarray, rows: list[int]) -> np.ndarray:
    """The direction of the mean of these rows of the word-vector table (one row's is kept:
    a word left over recurs from pair to pair, and each numpy call costs microseconds)."""
    if len(rows) == 1:
        found = _DIRECTIONS.get(rows[0])
        if found is None:
            if len(_DIRECTIONS) >= _DIRECTIONS_KEPT:
                _DIRECTIONS.clear()
            vector = vectors[rows[0]]
            found = vector / (math.sqrt(float(vector @ vector)) + 1e-9)
            found.flags.writeable = False
            _DIRECTIONS[rows[0]] = found
        return found
    # (``take`` copies the rows a list index copies, in less time: session 24)
    vector = vectors.take(rows, axis=0).sum(axis=0)
    return vector / (math.sqrt(float(vector @ vector)) + 1e-9)


#: the directions of single rows kept (a row of 128 float32: ~0.6 kB each, ~1.2 MB at most)
_DIRECTIONS_KEPT = 2048
_DIRECTIONS: dict[int, np.ndarray] = {}


def _mean_vector_cosine(left: Sequence[Unit], right: Sequence[Unit]) -> float | None:
    """The cosine of the mean word vectors of the content units each side has and the table
    knows, or None when a side has none (the other side's mean is then not made)."""
    rows_left = [u.vector for u in left if u.kind == "content" and u.vector is not None]
    if not rows_left:
        return None
    rows_right = [u.vector for u in right if u.kind == "content" and u.vector is not None]
    table = wordvec._table() if rows_right else None
    if table is None:
        return None
    return float(_direction(table[1], rows_left) @ _direction(table[1], rows_right))


class TextFacts(NamedTuple):
    """What the features need of one text alone: its character 3- and 4-grams (of the
    lower-cased text, white space collapsed, padded with a space), its words, first word,
    question word and names."""

    grams3: frozenset[str]
    grams4: frozenset[str]
    words: frozenset[str]
    first: str
    qword: str
    names: frozenset[str]


def _text_facts(text: str, _lang: str | None = None) -> TextFacts:
    """The :class:`TextFacts` of ``text``, made now (``_lang``: unused, as a cache calls it),
    with its numbers said in English words written in digits (session 24:
    :func:`.respelling.numbers_in_digits`; *of two hundred* / *of 200* were unshared words
    and n-grams to the trees, one number to the units)."""
    tokens = _TOKEN.findall(text)
    words = frozenset(map(str.lower, tokens))
    if not words.isdisjoint(NUMBER_WORDS):  # two hundred / 200: one number, one fact
        text = numbers_in_digits(text)
        tokens = _TOKEN.findall(text)
        words = frozenset(map(str.lower, tokens))
    head = [t.lower() for t in tokens[:3]]  # (the question word is among the first three)
    padded = " " + _SPACE.sub(" ", text.lower()) + " "
    # the n-grams joined from the text's shifted copies, in C (session 22: a comprehension
    # slicing one n-gram per Python step cost ~15 % more on long prompts)
    shifted = padded[1:], padded[2:], padded[3:]
    grams3 = frozenset(map("".join, zip(padded, *shifted[:2], strict=False)))
    grams4 = frozenset(map("".join, zip(padded, *shifted, strict=False)))
    return TextFacts(grams3, grams4, words,
                     head[0] if head else "", _qword(head), _names(text))  # fmt: skip


#: the text facts of the last 256 texts kept (~15 kB for a question of 60 characters)
_FACTS: AnalysisCache[TextFacts] = AnalysisCache(256, _text_facts)


def text_facts(text: str, keep: bool = True) -> TextFacts:
    """The :class:`TextFacts` of ``text``, kept per text: at once with ``keep`` (what
    :meth:`~yamabiko.guard.Guard.prepare` makes of a lookup's query before its first check),
    else from the second time it is met (a cached prompt that recurs): a one-off check's
    n-gram sets die with it instead of waiting in the LRU, young objects for every garbage
    collection to traverse (session 17, as the guard's analyses since session 16). A cached
    prompt read from its stored form offers its facts there (:mod:`.stored_facts`, session
    23): read, not made, unless the text's are kept."""
    stored = None if keep else stored_facts.taken(text)
    if stored is not None:
        kept = _FACTS.find(text, None)
        found = stored_facts.parse(stored) if kept is None else None
        if found is not None:
            return TextFacts(*found)  # type: ignore[arg-type] (Distinct items for sets)
    return _FACTS.get(text, None, keep)


def forget_text_facts(text: str) -> None:
    """Forget the kept :class:`TextFacts` of ``text``, if any (a served query's: see
    :mod:`.prepared`)."""
    _FACTS.pop(text, None)


def rich_features(
    cached: str,
    query: str,
    first: Sequence[Unit],
    second: Sequence[Unit],
    a: Analysis,
    b: Analysis,
    similarity: float,
    alignment: Alignment | None = None,
) -> list[float]:
    """:data:`RICH_FEATURES` of a pair: ``first`` / ``a`` are the cached prompt's units and
    analysis, ``second`` / ``b`` the query's; ``alignment``: the default minimal-pair
    check's alignment of ``first`` and ``second`` when the caller has it."""
    grams3_a, grams4_a, words_a, first_a, q_a, names_a = text_facts(cached, keep=False)
    grams3_b, grams4_b, words_b, first_b, q_b, names_b = text_facts(query, keep=False)
    rarity_a = {u.key: u.rarity for u in first}
    rarity_b = {u.key: u.rarity for u in second}
    rarity = {**rarity_a, **rarity_b}
    # in the words' order, not the set's (which depends on the hash seed): 1.0 exactly when
    # every word is shared
    shared = sum([r for k, r in rarity.items() if k in rarity_a and k in rarity_b])
    left, right = alignment[:2] if alignment is not None else unshared(first, second)
    rare_left = sum([u.rarity for u in left])
    rare_right = sum([u.rarity for u in right])
    left_cosine = _mean_vector_cosine(left, right)
    return [
        _jaccard(grams3_a, grams3_b),
        _jaccard(grams4_a, grams4_b),
        _jaccard(words_a, words_b),
        shared / max(sum(rarity.values()), 1e-9),
        max(rare_left, rare_right),
        min(rare_left, rare_right),
        min(len(left), 6),
        min(len(right), 6),
        0.0 if left_cosine is None else left_cosine,
        float(left_cosine is None),
        float(q_a == q_b),
        float("what" in (q_a, q_b)),
        float("how" in (q_a, q_b)),
        float("why" in (q_a, q_b)),
        float("which" in (q_a, q_b)),
        float(q_a in _YESNO or q_b in _YESNO),
        min(len(cached), len(query)) / max(len(cached), len(query), 1),
        abs(len(words_a) - len(words_b)),
        math.log1p(len(words_a) + len(words_b)),
        len(names_a - names_b),
        len(names_b - names_a),
        len(names_a & names_b),
        float(first_a == first_b),
        float((first[-1].key if first else "") == (second[-1].key if second else "")),
        similarity**2,
        rare_left,
        rare_right,
        len(a.strong ^ b.strong),
    ]


def _contains(left: Sequence[Unit], right: Sequence[Unit]) -> bool:
    """True when the key of a unit on one side is inside (and not) the key of a unit on the
    other (*phone* / *earphone*, コンロ / ガスコンロ); keys of one character never count."""
    for x in left:
        for y in right:
            short, long = (x.key, y.key) if len(x.key) <= len(y.key) else (y.key, x.key)
            if 1 < len(short) < len(long) and short in long:
                return True
    return False


def swap_features(left: Sequence[Unit], right: Sequence[Unit]) -> list[float]:
    """:data:`SWAP_FEATURES` of the units the alignment left unexplained on each side (the
    first three content units with vectors of each are compared: a few dot products)."""
    best = -1.0
    rows_left = [u.vector for u in left if u.kind == "content" and u.vector is not None][:3]
    rows_right = [u.vector for u in right if u.kind == "content" and u.vector is not None][:3]
    table = wordvec._table() if rows_left and rows_right else None
    if table is not None:
        for x in rows_left:
            for y in rows_right:
                best = max(best, float(_direction(table[1], [x]) @ _direction(table[1], [y])))
    added = right if not left else left if not right else ()
    return [
        best,
        float(len(left) == len(right) == 1),
        float(_contains(left, right)),
        float(bool(added) and all(u.modifier for u in added)),
    ]


def features(
    cached: str,
    query: str,
    first: Sequence[Unit],
    second: Sequence[Unit],
    a: Analysis,
    b: Analysis,
    similarity: float,
    outcome: str,
    alignment: Alignment | None = None,
    columns: int = len(FEATURES),
) -> list[float]:
    """The feature vector (:data:`FEATURES`, its first ``columns``: what a model trained
    before the later groups reads, :data:`BEFORE_SWAP`, is all it costs): ``first`` / ``a``
    belong to the cached prompt, ``outcome`` is the minimal-pair check's reason for the pair;
    ``alignment``: the default minimal-pair check's alignment of ``first`` and ``second``, if
    known (it is the same work the check did)."""
    kind = outcome.split(":", 1)[0]
    alignment = alignment or _MINPAIR.align(first, second)
    row = pair_features(first, second, a, b, similarity, alignment=alignment)
    row += rich_features(cached, query, first, second, a, b, similarity, alignment)
    row += [1.0 if kind == k else 0.0 for k in OUTCOMES]
    if columns > BEFORE_SWAP:
        row += swap_features(alignment.left, alignment.right)
    return row
