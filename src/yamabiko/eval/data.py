"""Evaluation inputs: labelled pairs, duplicate groups, intent traffic, the workload stream,
and the embedder and verifier that an evaluation runs with."""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..config import load_settings
from ..embedders.base import Embedder, normalize_rows
from ..embedders.local import USEMultilingual
from ..errors import InvalidInputError
from ..jsonl import json_lines
from ..verify import AcceptAll, Verifier, default_verifier
from .split import SPLITS, components, select

EMBED_BATCH = 256


@dataclass(frozen=True)
class Pair:
    """One labelled pair: serving ``a``'s answer for ``b`` is right iff ``label`` is 1."""

    a: str
    b: str
    label: int
    lang: str | None


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines data file; InvalidInputError naming the file and line for
    a missing file, a line that is not JSON or one that is not an object."""
    file = Path(path)
    if not file.is_file():
        problem = "is a directory" if file.is_dir() else "does not exist"
        raise InvalidInputError(
            f"data file {str(file)!r} {problem}; pass a JSON Lines file, e.g. "
            "../shared/data/pairs/qqp-dev.jsonl."
        )
    rows = []
    for line in json_lines(file):
        if line.error is not None:
            raise InvalidInputError(
                f"{file}:{line.number} is not valid JSON ({line.error}); each line must be one "
                "object."
            )
        if not isinstance(line.value, dict):
            raise InvalidInputError(
                f"{file}:{line.number} is {type(line.value).__name__}, not an object."
            )
        rows.append(line.value)
    return rows


def load_pairs(path: str | Path) -> list[Pair]:
    """Read labelled pairs (``a``, ``b``, ``label`` 0/1, optional ``lang``)."""
    pairs = []
    for number, row in enumerate(read_jsonl(path), 1):
        a, b, label = row.get("a"), row.get("b"), row.get("label")
        if not isinstance(a, str) or not isinstance(b, str) or label not in (0, 1):
            raise InvalidInputError(
                f"{path} row {number} is {json.dumps(row, ensure_ascii=False)[:120]}; a pair "
                'needs {"a": str, "b": str, "label": 0 or 1} (optional "lang").'
            )
        if a.strip() and b.strip():
            pairs.append(Pair(a, b, int(label), row.get("lang")))
    if not pairs:
        raise InvalidInputError(f"{path} holds no pairs; expected JSON Lines of labelled pairs.")
    return pairs


def load_embedder(spec: str | None) -> Embedder:
    """The embedder ``--embedder`` names, else the one ``YAMABIKO_CONFIG`` / ``YAMABIKO_EMBEDDER*``
    choose, else the default model (see :mod:`yamabiko.embedders.choose`)."""
    if not spec or spec in ("default", "use", "use-multilingual-v3"):
        embedder = None if spec else load_settings().build_embedder()
        if embedder is not None:
            return embedder

        return USEMultilingual(threads=2)
    settings = load_settings()
    settings.embedder = spec
    return settings.build_embedder()


def embed_texts(embedder: Any, texts: Sequence[str], progress: bool = True) -> np.ndarray:
    """Unit vectors for ``texts``, in batches of 256, with a progress bar."""
    from tqdm import tqdm

    out = []
    batches = range(0, len(texts), EMBED_BATCH)
    for start in tqdm(batches, desc="embedding", unit="batch", disable=not progress):
        chunk = list(texts[start : start + EMBED_BATCH])
        if hasattr(embedder, "embed_sync"):
            vectors = embedder.embed_sync(chunk)
        else:
            vectors = asyncio.run(embedder.embed(chunk))
        out.append(normalize_rows(vectors))
    if not out:
        return np.zeros((0, embedder.dims), dtype=np.float32)
    return np.vstack(out)


def make_verifier(guard: bool) -> Verifier:
    """The default guard, or threshold-only."""
    return default_verifier() if guard else AcceptAll()


def duplicate_groups(pairs: Sequence[Pair]) -> list[list[str]]:
    """Connected components (union-find) of label-1 pairs, largest first; singletons dropped."""
    groups = components((pair.a, pair.b) for pair in pairs if pair.label == 1)
    return sorted((sorted(g) for g in groups if len(g) > 1), key=len, reverse=True)


def intent_half(intent: str) -> str:
    """``tune`` or ``report``: the half of an intent, by the first byte of its name's SHA-256
    (the rule :mod:`.split` applies to pair components)."""
    return SPLITS[hashlib.sha256(intent.encode("utf-8")).digest()[0] % 2]


@dataclass(frozen=True)
class Query:
    """One query of a workload: its text, where it came from and its group or intent."""

    text: str
    source: str  # "group" or "intent"
    label: str  # component id or intent name


def build_workload(
    group_files: Sequence[str | Path],
    intent_files: Sequence[str | Path],
    *,
    max_queries: int,
    intent_share: float,
    seed: int,
    split: str | None = None,
) -> list[Query]:
    """Seeded, shuffled query stream: duplicate-group prompts plus intent distractors.

    ``split`` (``tune`` / ``report``) keeps one half: the groups of the pairs' connected
    components in that half (see :mod:`.split`) and the intents whose name hashes to it, so
    that nothing of the report half is seen while tuning."""
    rng = random.Random(seed)
    grouped: list[Query] = []
    for file in group_files:
        for number, group in enumerate(duplicate_groups(select(load_pairs(file), split))):
            grouped.extend(Query(text, "group", f"{Path(file).stem}#{number}") for text in group)
    intents: list[Query] = []
    for file in intent_files:
        for number, row in enumerate(read_jsonl(file), 1):
            text, intent = row.get("text"), row.get("intent")
            if not isinstance(text, str) or not isinstance(intent, str):
                raise InvalidInputError(
                    f'{file} row {number} needs {{"text": str, "intent": str}}, got '
                    f"{json.dumps(row, ensure_ascii=False)[:120]}."
                )
            if split in (None, "all") or intent_half(intent) == split:
                intents.append(Query(text, "intent", intent))
    if not grouped and not intents:
        raise InvalidInputError("the workload is empty: pass --groups and/or --intents files.")
    n_intent = round(max_queries * intent_share) if intents else 0
    n_group = max_queries - n_intent if grouped else 0
    if not grouped:
        n_intent = max_queries
    # Whole groups, picked at random, so that each sampled prompt has its duplicates around.
    rng.shuffle(grouped)
    by_label: dict[str, list[Query]] = {}
    for q in grouped:
        by_label.setdefault(q.label, []).append(q)
    labels = list(by_label)
    rng.shuffle(labels)
    chosen: list[Query] = []
    for label in labels:
        if len(chosen) >= n_group:
            break
        chosen.extend(by_label[label][: n_group - len(chosen)])
    chosen.extend(rng.sample(intents, min(n_intent, len(intents))))
    rng.shuffle(chosen)
    return chosen
