"""Word vectors for the minimal-pair check: is one word a stand-in for another?

The table holds, for the 30,000 most frequent English words and the ~30,000 most frequent
Japanese words (SudachiPy normalised forms) of the ``wordfreq`` lists, the default embedder's
vector (Universal Sentence Encoder Multilingual v3) of the word on its own, reduced by PCA and
stored as 8-bit integers (``wordvec.npz`` beside this file). It is built by
``benchmarks/build_word_vectors.py``; ``wordfreq`` is needed only to build it.

Embedding a word at check time would cost 1-10 ms; a table lookup costs microseconds, which
keeps the guard far below 1 ms per candidate. The table loads lazily (~30 ms) on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path

import numpy as np

TABLE = Path(__file__).with_name("wordvec.npz")

_lock = threading.Lock()
_loaded: tuple[dict[str, int], np.ndarray] | None = None
_failed = False


def _table() -> tuple[dict[str, int], np.ndarray] | None:
    global _loaded, _failed
    if _loaded is not None or _failed:
        return _loaded
    with _lock:
        if _loaded is None and not _failed:
            try:
                with np.load(TABLE, allow_pickle=False) as data:
                    words = data["words"].tobytes().decode("utf-8").split("\n")
                    stored = data["vectors"]
            except (OSError, KeyError, ValueError):
                _failed = True  # no table: substitutions are only equivalent by form
                return None
            vectors = stored.astype(np.float32)
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
            unknown = _collapsed(stored)
            index = {w: i for i, w in enumerate(words) if i not in unknown}
            _loaded = (index, vectors)
    return _loaded


def _collapsed(stored: np.ndarray) -> set[int]:
    """The rows whose vector another row has too, to the last bit: words the embedder did not
    know (characters outside its vocabulary: 兜 and 鎧, 饂飩 and 躊躇 get one vector), which
    the table therefore leaves out (541 of its words). Rows are hashed 8 bytes at a time,
    and rows of equal hashes compared whole."""
    if stored.dtype.itemsize * stored.shape[1] % 8:
        return set()
    words = np.ascontiguousarray(stored).view(np.uint64)
    hashed = words[:, 0].copy()
    for column in range(1, words.shape[1]):
        hashed = hashed * np.uint64(1_000_003) ^ words[:, column]
    order = np.argsort(hashed, kind="stable")
    ties = np.flatnonzero(hashed[order[1:]] == hashed[order[:-1]])
    first, second = order[ties], order[ties + 1]
    equal = np.all(stored[first] == stored[second], axis=1)
    return {int(i) for i in (*first[equal], *second[equal])}


def available() -> bool:
    """True when the word-vector table is present and loads."""
    return _table() is not None


def words() -> list[str]:
    """The table's words (English words, Japanese normalised forms), or [] without it."""
    table = _table()
    return list(table[0]) if table is not None else []


def english_words() -> list[str]:
    """The table's English words of lower-case letters only (no names, numbers, hyphens or
    apostrophes), in the table's order; [] without the table."""
    table = _table()
    if table is None:
        return []
    return [w for w in table[0] if w.isascii() and w.isalpha() and w.islower()]


class NearestWords:
    """Words of the table to search, their vectors stacked once: :meth:`find` gives, for
    other words of the table, the searched word whose vector is nearest theirs. One helper
    for every "the English word nearest this Japanese one" (session 26): the source of a
    katakana loanword (:func:`yamabiko.conversation.glosses.english_gloss`) and the English
    word WordNet can contrast nearest a Japanese word (:func:`.ja_contrasts.contrastable`)."""

    def __init__(self, among: Sequence[str]) -> None:
        """``among``: the words to search, each a word of the table."""
        table = _table()
        self.words = list(among) if table is not None else []
        self._rows: dict[str, int] = table[0] if table is not None else {}
        self._vectors = table[1] if table is not None else None
        self._matrix = None  # the searched words' vectors, one column each
        if self._vectors is not None and self.words:
            self._matrix = self._vectors[[self._rows[w] for w in self.words]].T

    def find(self, words: Sequence[str], floor: float, block: int = 4096) -> dict[str, str]:
        """Each of ``words`` that the table holds -> the searched word nearest it, when their
        cosine reaches ``floor``; the others are left out. One matrix product per ``block``
        words (a block of one is a matrix-vector product: its cosines equal a single word's
        ``matrix @ vector`` to the last bit; a larger block's sums differ in the last bits,
        so a caller keeps its block size)."""
        if self._vectors is None or self._matrix is None:
            return {}
        known = [w for w in words if w in self._rows]
        found: dict[str, str] = {}
        for start in range(0, len(known), block):
            part = known[start : start + block]
            cosines = self._vectors[[self._rows[w] for w in part]] @ self._matrix
            best = cosines.argmax(axis=1)
            for word, column, row in zip(part, best, cosines, strict=True):
                if float(row[column]) >= floor:
                    found[word] = self.words[column]
        return found


def vector_index(*forms: str) -> int | None:
    """The table row of the first of ``forms`` that the table knows, else None."""
    table = _table()
    if table is None:
        return None
    index = table[0]
    for form in forms:
        found = index.get(form)
        if found is not None:
            return found
    return None


def similarity(i: int, j: int) -> float:
    """Cosine similarity of two table rows (remembered per pair of rows: the alignment and
    the learned features ask the same pairs, and word pairs recur from prompt to prompt)."""
    # one int per pair (no tuple: the garbage collector need not track the keys); the dot
    # product is symmetric to the last bit
    key = i * _ROWS + j if i <= j else j * _ROWS + i
    found = _cosines.get(key)
    if found is None:
        table = _table()
        assert table is not None  # rows only come from vector_index
        vectors = table[1]
        found = float(vectors[i] @ vectors[j])
        remember(i, j, found)
    return found


def best_similarities(rows: Sequence[int], columns: Sequence[int]) -> list[float]:
    """For each of ``rows``, its highest :func:`similarity` to one of ``columns`` (both
    non-empty), exactly as ``max(similarity(i, j) for j in columns)`` gives it: the maxima
    of :func:`cosines` (session 25: a product of the matrices, then :func:`similarity` of
    the pairs near each row's best, before). :func:`offered_best` reads the cosines of this
    thread's last screen instead, when it has them."""
    return [max(line) for line in cosines(rows, columns)]


def cosines(rows: Sequence[int], columns: Sequence[int]) -> list[list[float]]:
    """Every pair's :func:`similarity` to the last bit, ``[r][c]`` for ``rows[r]`` and
    ``columns[c]`` (both non-empty), from one numpy ``matmul`` of the rows as stacked row
    vectors by the columns as stacked column vectors: each pair is then one inner product of
    two vectors, the routine a single pair's ``@`` calls (a product of two matrices sums in
    another order, and differs in the last bits in most pairs). Session 25: one call for the
    screen's pairs and the learned features' best cosines instead of one per pair."""
    table = _table()
    assert table is not None  # rows only come from vector_index
    stacked = _stacked(table[1])
    found = np.matmul(stacked[0].take(rows, axis=0), stacked[1].take(columns, axis=0))
    return found.reshape(len(rows), len(columns)).tolist()


def _stacked(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two views of the table for :func:`cosines`: each row a 1 x 1 x D block (a row
    vector of its own batch) and each row a D x 1 column vector."""
    global _views
    if _views is None or _views[2] is not vectors:
        size, width = vectors.shape
        _views = (vectors.reshape(size, 1, 1, width), vectors.reshape(size, width, 1), vectors)
    return _views[0], _views[1]


def remember(i: int, j: int, cosine: float) -> None:
    """Keep ``cosine``, :func:`similarity` of rows ``i`` and ``j`` as :func:`cosines` made
    it, so that a later :func:`similarity` of the pair finds it."""
    key = i * _ROWS + j if i <= j else j * _ROWS + i
    if len(_cosines) >= _COSINES_KEPT:
        _cosines.clear()
    _cosines[key] = cosine


def offered_best(rows: Sequence[int], columns: Sequence[int]) -> list[float] | None:
    """:func:`best_similarities` of ``rows`` and ``columns`` (both non-empty) from this
    thread's last :func:`offer_cosines`, or None when it lacks one of them: each row's
    highest offered cosine (session 25: the offer holds the exact cosines of
    :func:`cosines`; session 24 scored the pairs near a row's best of a matrix product one
    by one)."""
    offered = getattr(_recent, "offered", None)
    if offered is None:
        return None
    where = {row: at for at, row in enumerate(offered[0])}
    across = {column: at for at, column in enumerate(offered[1])}
    if not (where.keys() >= set(rows) and across.keys() >= set(columns)):
        return None
    pick = itemgetter(*[across[c] for c in columns], -1)  # (a tuple even for one column)
    lines = offered[2]
    return [max(pick(lines[where[row]])[:-1]) for row in rows]


def offer_cosines(rows: list[int], columns: list[int], found: list[list[float]]) -> None:
    """Keep, for this thread, the :func:`cosines` of table ``rows`` by ``columns``
    (``found[r][c]``): the minimal-pair screen's, which :func:`offered_best` reads when the
    learned features ask about words of the same check (one offer per thread is kept; the
    values are a function of the rows alone, so an offer never goes stale)."""
    _recent.offered = (rows, columns, found)


#: how far below the check's word similarity the screen still lets a pair through (its
#: cosines were a matrix product's before session 25, whose float32 sums differ from a
#: single dot product's by far less; now exact, the margin only lets a few more pairs by)
MARGIN = 1e-3
_ROWS = 1 << 32  # more than the table's rows
_COSINES_KEPT = 1 << 17
_cosines: dict[int, float] = {}
_recent = threading.local()  # (this thread's last offer_cosines)
#: the table's views for :func:`cosines`, and the table they view
_views: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
