"""The cache-wide defaults of :class:`~yamabiko.cache.AsyncSemanticCache` and the checks of
its bounded-work settings."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInputError

#: Default threshold for the default embedder (USE multilingual v3), chosen on the tuning halves
#: of ../shared/data/pairs and the FAQ sets (0.80 until session 15; from 0.75 the guard's boosted
#: trees decide 0.75-0.80 with stricter cut-offs); see README "Choosing min_similarity".
DEFAULT_MIN_SIMILARITY = 0.75
DEFAULT_TTL_S = 3600.0
DEFAULT_LOOKUP_BUDGET_S = 0.5  # the most a lookup waits on the store (open, search, fetch)
DEFAULT_WRITE_BUDGET_S = 5.0  # the most a store() waits on the store (open, put)


def check_limits(max_prompt_chars: Any, lookup_budget: Any, write_budget: Any) -> None:
    """Validate the bounded-work settings of the constructor."""
    if (
        isinstance(max_prompt_chars, bool)
        or not isinstance(max_prompt_chars, int)
        or max_prompt_chars < 1
    ):
        raise InvalidInputError(
            f"max_prompt_chars is {max_prompt_chars!r}; it must be an integer >= 1 (e.g. 4000)."
        )
    for name, budget in (("lookup_budget", lookup_budget), ("write_budget", write_budget)):
        if (
            isinstance(budget, bool)
            or not isinstance(budget, (int, float))
            or not 0 < budget <= 3600
        ):
            raise InvalidInputError(
                f"{name} is {budget!r}; it must be a number of seconds in (0, 3600], e.g. 0.15."
            )
