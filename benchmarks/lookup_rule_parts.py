"""``bench_lookup_parts.py --rules`` (session 34): the guard's stages timed as parts of their own
inside real lookups, and the guard's CPU per checked candidate with each family taken out.

Each part is a function :meth:`~yamabiko.guard.Guard.check` calls by its name in
:mod:`yamabiko.guard` (the roles step, the other rules and their second readings, the checks that
follow the stages, the minimal-pair stage, the cached prompt's analysis), wrapped there with an
exclusive thread-CPU timer (a part's time leaves out the parts timed inside it: the stored form's
read, the trees' parts with ``--trees``). A family taken out is a ceiling: what making those
stages free would give at most, the path otherwise as it is (no verdict changes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yamabiko.guard as guard_module

#: the stages wrapped, as (owner, attribute, part name)
RULE_PARTS = (
    (guard_module, "contrasts", "rules: roles step (contrasts)"),
    (guard_module, "agree", "rules: the other rules (agree)"),
    (guard_module, "other_detail", "rules: asked detail"),
    (guard_module, "difference_explained", "rules: negation readings"),
    (guard_module, "story_condition", "after: story condition"),
    (guard_module, "story_event", "after: story event"),
    (guard_module, "price_cover", "after: price cover"),
    (guard_module, "described_person", "after: described person"),
    (guard_module, "minpair_stage", "minimal-pair stage (own)"),
    (guard_module, "analysis_of", "cached prompt's analysis (own)"),
)
#: the trees' parts (``--trees``), counted in the minimal-pair stage when they are timed apart
_TREES = (
    "trees: verdict (own)", "trees: learned check's features", "trees: rich features (own)",
    "trees: text facts", "trees: overlaps (_jaccard)", "trees: mean-vector cosine",
    "trees: score",
)  # fmt: skip
_ROLES = ("rules: roles step (contrasts)",)
_OTHER = ("rules: the other rules (agree)", "rules: asked detail", "rules: negation readings")
_AFTER = ("after: story condition", "after: story event", "after: price cover",
          "after: described person")  # fmt: skip
#: the families taken out of the guard's time, one at a time (part names)
RULE_FAMILIES = {
    "the roles step": _ROLES,
    "the other rules (agree, detail, negation)": _OTHER,
    "the checks after the stages": _AFTER,
    "every rule but the minimal-pair stage": _ROLES + _OTHER + _AFTER,
    "the minimal-pair stage, the trees in it": ("minimal-pair stage (own)", *_TREES),
    "the cached prompt's analysis, not its read": ("cached prompt's analysis (own)",),
}


def instrument_rules(
    timed: Callable[[str, Callable], Callable], setter: Callable[[Any, str, Any], None] = setattr
) -> None:
    """Wrap :data:`RULE_PARTS` with ``timed(name, function)`` (``setter``: how, a test's
    monkeypatch)."""
    for owner, attribute, name in RULE_PARTS:
        setter(owner, attribute, timed(name, getattr(owner, attribute)))



def timed_checks(
    rows: list[dict], instrument: Callable[[], None], parts: Any, similarity: float = 0.85
) -> list[tuple[str, str, dict]]:
    """Each row's check (its ``b`` against its ``a``) at ``similarity`` by a new default guard:
    its reason with nothing wrapped, its reason once ``instrument()`` has wrapped the parts (one
    new guard for every row), and the milliseconds by part that ``parts`` (the benchmark's
    :class:`Parts`) timed in it (the tests of ``--trees`` and ``--rules``)."""
    plain = [guard_module.Guard().check(r["b"], r["a"], r.get("lang"), similarity) for r in rows]
    instrument()
    guard = guard_module.Guard()
    found = []
    parts.take()
    parts.on = True
    try:
        for row, before in zip(rows, plain, strict=True):
            check = guard.check(row["b"], row["a"], row.get("lang"), similarity)
            found.append((before.reason, check.reason, parts.take()))
    finally:
        parts.on = False
    return found
