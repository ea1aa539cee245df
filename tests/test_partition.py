"""Canonical context hashing and language labels."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest

from yamabiko.errors import InvalidInputError
from yamabiko.language import detect_language
from yamabiko.partition import context_hash, partition_keys, validate_context


def test_hash_is_a_documented_stable_value():
    # Golden value: changing it breaks every existing cache, so it must be deliberate.
    assert context_hash({"model": "gpt-4o", "namespace": "default"}) == context_hash(
        {"namespace": "default", "model": "gpt-4o"}
    )
    assert context_hash({"model": "gpt-4o", "namespace": "default"}) == (
        "v1-" + hashlib.sha256(b'{"model":"gpt-4o","namespace":"default"}').hexdigest()[:32]
    )


def test_equivalent_contexts_hash_alike():
    nfd = unicodedata.normalize("NFD", "が")
    assert context_hash({"s": nfd}) == context_hash({"s": "が"})
    assert context_hash({"t": 1}) == context_hash({"t": 1.0})
    assert context_hash({"seed": None, "m": "x"}) == context_hash({"m": "x"})
    assert context_hash({"stop": ("a", "b")}) == context_hash({"stop": ["a", "b"]})
    assert context_hash({"t": 0.7}) != context_hash({"t": 0.70001})
    assert context_hash({"history": ["a", "b"]}) != context_hash({"history": ["b", "a"]})


def test_default_namespace_is_explicit():
    assert validate_context(None) == {"namespace": "default"}
    assert validate_context({}) == validate_context({"namespace": "default"})


def test_language_splits_the_partition_but_not_the_context_id():
    ctx = validate_context({"model": "m"})
    ja, ja_ctx = partition_keys(ctx, "ja")
    en, en_ctx = partition_keys(ctx, "en")
    assert ja != en and ja_ctx == en_ctx


@pytest.mark.parametrize("bad", [{1: "x"}, {"x": object()}, {"x": float("inf")}])
def test_non_json_contexts_are_refused(bad):
    with pytest.raises(InvalidInputError):
        validate_context(bad)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Why is the sky blue?", "en"),
        ("why sky blue", "en"),
        ("空はなぜ青いのですか?", "ja"),
        ("セマンティックキャッシュって難しい?", "ja"),
        ("天空为什么是蓝色的?", "zh"),
        ("하늘은 왜 파란가요?", "ko"),
        ("Почему небо голубое?", "ru"),
        ("¿Por qué el cielo es azul?", "es"),
        ("Pourquoi le ciel est-il bleu ?", "fr"),
        ("Warum ist der Himmel blau?", "de"),
        ("12345 ?!", "und"),
    ],
)
def test_language_labels(text, lang):
    assert detect_language(text) == lang
