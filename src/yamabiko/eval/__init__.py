"""``yamabiko eval``: measure hit quality on labelled data.

Two modes:

``pairs`` (:mod:`.pairs`)
    Labelled prompt pairs (``{"a", "b", "label", "lang"}`` JSON Lines, label 1 = a cached
    answer for ``a`` is acceptable for ``b``). Embeds every text with the chosen embedder,
    then for every threshold reports precision, recall, F1 and false-hit rate (share of label-0
    pairs served), threshold-only and with the guard; ROC and PR AUC; the lowest threshold
    that reaches a target precision; the guard's rejection reasons and latency. Writes a JSON
    report and a PNG plot (precision / recall vs threshold).

``workload`` (:mod:`.workload`)
    Streams prompts in a seeded random order through a real :class:`AsyncSemanticCache`
    (real embedder, real store, guard on or off), storing an answer on every miss. Prompts
    come from duplicate groups (connected components of label-1 pairs) and, optionally,
    intent-labelled traffic. Reports the hit rate, the accuracy of served hits, and the
    latency and cost saved under a model of the LLM's latency and price.

Scoring of workload hits: a hit between two group prompts is correct only when both are in
the same component (pairs never labelled are unknown, so a hit across components counts as
wrong: the accuracy is a lower bound). A hit between a group prompt and an intent prompt is
wrong (different data sets). A hit between two intent prompts is reported separately
(``intent_hits``, with the share of same-intent hits) and not counted in the accuracy, because
the same intent does not mean the same answer.

Modules: :mod:`.data` (inputs), :mod:`.metrics`, :mod:`.pairs`, :mod:`.workload`,
:mod:`.plot`, :mod:`.commands` (the command line).
"""

from __future__ import annotations

from .commands import add_eval_arguments, cmd_eval, main_eval, register_commands
from .data import (
    Pair,
    Query,
    build_workload,
    duplicate_groups,
    embed_texts,
    load_embedder,
    load_pairs,
    make_verifier,
)
from .metrics import THRESHOLDS, threshold_metrics
from .pairs import DEFAULT_TARGET_PRECISION, evaluate_pairs
from .plot import plot_pairs
from .workload import evaluate_workload

__all__ = [
    "DEFAULT_TARGET_PRECISION",
    "THRESHOLDS",
    "Pair",
    "Query",
    "add_eval_arguments",
    "build_workload",
    "cmd_eval",
    "duplicate_groups",
    "embed_texts",
    "evaluate_pairs",
    "evaluate_workload",
    "load_embedder",
    "load_pairs",
    "main_eval",
    "make_verifier",
    "plot_pairs",
    "register_commands",
    "threshold_metrics",
]
