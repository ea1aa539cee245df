"""Canonical, stable hashing of the exact context into a partition key.

Everything that changes the right answer but is not the user's question (tenant namespace,
user scope, model, system prompt, earlier turns, generation parameters, the prompt's language)
is hashed into one key. Only entries of the same partition can ever match.

The hash is stable across processes, machines, Python versions and dict order:

1. The context must be JSON data: ``str``, ``int``, ``float``, ``bool``, ``None``, lists or
   tuples, and mappings with ``str`` keys. Anything else is an :class:`InvalidInputError`.
2. Strings are NFC-normalised (so composed and decomposed forms of ``が`` are equal).
3. Floats that are whole numbers become ints (``temperature=1`` equals ``temperature=1.0``);
   NaN and infinities are rejected. Tuples become lists.
4. Keys whose value is ``None`` are dropped (``{"seed": None}`` equals ``{}``).
5. The result is serialised as JSON with sorted keys, no spaces, UTF-8, and hashed with
   SHA-256; the key is ``"v1-"`` plus the first 32 hex digits (128 bits).
6. The partition adds the prompt's language to that key (:func:`partition_of`).
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections.abc import Mapping
from typing import Any

from .errors import InvalidInputError

#: Reserved context keys that the stores also keep as columns, for invalidation.
NAMESPACE_KEY = "namespace"
USER_KEY = "user"
LANGUAGE_KEY = "lang"
DEFAULT_NAMESPACE = "default"

_VERSION = "v1"


def canonicalize(value: Any, path: str = "context") -> Any:
    """Return ``value`` in canonical JSON form, or raise InvalidInputError naming the bad path."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInputError(
                f"{path} is {value!r}; context values must be finite numbers. "
                "Drop the key or pass a finite value."
            )
        return int(value) if value.is_integer() else value
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (list, tuple)):
        return [canonicalize(v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInputError(
                    f"{path} has the key {key!r} of type {type(key).__name__}; "
                    "context keys must be strings."
                )
            if item is not None:
                out[unicodedata.normalize("NFC", key)] = canonicalize(item, f"{path}.{key}")
        return out
    raise InvalidInputError(
        f"{path} is a {type(value).__name__} ({value!r:.60}); context values must be JSON data "
        "(str, int, float, bool, None, list, dict). Convert it, e.g. to a string."
    )


def context_hash(context: Mapping[str, Any]) -> str:
    """Hash a context mapping canonically (see the module docstring)."""
    return canonical_hash(canonicalize(context))


def canonical_hash(canonical: Mapping[str, Any]) -> str:
    """:func:`context_hash` of a context that is already canonical (e.g. the result of
    :func:`validate_context`, or a part of it): serialise and hash, no second walk."""
    blob = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{_VERSION}-{hashlib.sha256(blob.encode()).hexdigest()[:32]}"


def validate_context(context: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check the shape of a caller's context and return it as a canonical dict."""
    if context is None:
        return {NAMESPACE_KEY: DEFAULT_NAMESPACE}
    if not isinstance(context, Mapping):
        raise InvalidInputError(
            f"context must be a mapping (dict), got {type(context).__name__}: {context!r:.60}. "
            'Pass e.g. {"model": "gpt-4o", "system": "You are terse."}.'
        )
    canonical = canonicalize(context)
    canonical.setdefault(NAMESPACE_KEY, DEFAULT_NAMESPACE)
    for key in (NAMESPACE_KEY, USER_KEY):
        if key in canonical and not (isinstance(canonical[key], str) and canonical[key]):
            raise InvalidInputError(
                f"context[{key!r}] is {canonical[key]!r}; it must be a non-empty string."
            )
    if LANGUAGE_KEY in canonical:
        raise InvalidInputError(
            f"context[{LANGUAGE_KEY!r}] is reserved: the cache sets the prompt's language itself. "
            "Remove the key, or construct the cache with language_in_context=False and put "
            "your own language field under another name."
        )
    return canonical


def partition_keys(context: Mapping[str, Any], lang: str | None) -> tuple[str, str]:
    """Return ``(partition, context_id)`` for a validated context and the prompt's language.

    ``context_id`` hashes the context alone; ``partition`` adds the language (when the cache
    keeps languages apart), and is the key that lookups filter on.
    """
    context_id = context_hash(context)
    return partition_of(context_id, lang), context_id


def partition_of(context_id: str, lang: str | None) -> str:
    """The partition key of a context id and a language: ``context_id`` itself without a
    language, else ``"v2-"`` plus 32 hex digits of SHA-256 over the id and the language (the
    short id is hashed, so a long context is hashed only once per request)."""
    if lang is None:
        return context_id
    digest = hashlib.sha256(f"{context_id}\x00{LANGUAGE_KEY}={lang}".encode()).hexdigest()
    return f"v2-{digest[:32]}"


def entry_id(partition: str, prompt: str) -> str:
    """The id of the entry for ``prompt`` in ``partition``: storing the same prompt (NFC) in
    the same exact context again replaces the entry instead of adding a duplicate."""
    key = f"{partition}\x00{unicodedata.normalize('NFC', prompt)}".encode()
    return hashlib.sha256(key).hexdigest()[:32]
