"""A budget of CPU time per guard check (session 38): past it, the check stops and refuses.

The cache never breaks the LLM path: a lookup that cannot decide in time lets the request
through to the model. :class:`~yamabiko.guard.Guard` applies the same rule to its own work when
given ``budget_ms``: each check reads a clock at its stage boundaries (:func:`checkpoint`: after
each prompt's analysis, before each rule, inside the minimal-pair stage before and after the
boosted trees' features, before the rules that read the texts after the loop) and, once the
check has spent more than its budget there, it stops and returns ``Verdict(False,
"guard-budget")``: the lookup misses (``rejected:guard-budget``) and the model answers. A
refusal is always safe for precision; what it costs is the recall of the slowest checks, and
the bound it gives is the budget plus the longest stretch between two checkpoints.

**Which clock.** The budget counts the checking thread's CPU time (``time.thread_time_ns``),
not wall time: on a loaded host wall time also counts the moments the OS runs another process,
which the guard's own work cannot shorten, so a wall budget would refuse a check for time that
is already lost (and refuse more the busier the host, at random). The thread's CPU time is what
the check itself spends. That clock costs a system call on some hosts (1.3-2.2 µs a read on
the project's VM against 0.2 µs for ``perf_counter``), so a checkpoint reads the cheap wall
clock first and the CPU clock only once the wall time is past the budget: a thread cannot have
spent more CPU than the wall time since the check began, so no refusal is missed by that.

**Determinism.** A check refused for its budget depends on the machine, so the budget is off
unless asked for (``Guard(budget_ms=None)``, the default of the class, of ``yamabiko eval``,
of ``benchmarks/minpair_quality.py`` and of every verdict test): the project's quality figures
and tests are the same on a loaded CI machine. The cache and the gateway set it from their
``guard_budget_ms`` setting (see the README's configuration).

A check nested inside another (a polite frame read again, the verified band's view of the
guard) spends its caller's budget; the refusals are counted in ``Guard.counters()``
(``guard:budget-refused``), which the cache's counters and the gateway's stats include.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import InvalidInputError
from ..models import Verdict

if TYPE_CHECKING:
    from . import Guard

__all__ = ["REASON", "OverBudget", "budgeted", "check_budget", "checkpoint"]

#: the refusal's reason (the lookup's ``rejected:guard-budget``)
REASON = "guard-budget"
#: the counter of refusals in ``Guard.counters()``
COUNTER = "guard:budget-refused"

_wall, _cpu = time.perf_counter_ns, time.thread_time_ns

#: (wall deadline, CPU deadline) in ns of the check running in this context; None: no budget
_limits: ContextVar[tuple[int, int] | None] = ContextVar("guard_budget", default=None)

F = TypeVar("F", bound=Callable[..., Verdict])


class OverBudget(Exception):
    """Raised by :func:`checkpoint` past the running check's budget; the outermost budgeted
    check turns it into its refusal."""


def checkpoint() -> None:
    """Raise :class:`OverBudget` when the check running in this context has a budget and its
    thread has spent more CPU than that since the check began (nothing otherwise)."""
    limits = _limits.get()
    if limits is not None and _wall() > limits[0] and _cpu() > limits[1]:
        raise OverBudget


def check_budget(value: Any, source: str = "budget_ms") -> float | None:
    """``value`` as a budget in milliseconds (None: no budget); an error for anything else
    than None or a positive number of at most 10 seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1e4:
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a number of milliseconds in (0, 10000], "
            "e.g. 2.0, or None for no budget."
        )
    return float(value)


def budgeted(check: F) -> F:
    """``Guard.check`` with its guard's ``budget_ms``: the outermost check of a context sets
    the deadline and returns ``Verdict(False, "guard-budget")`` when a checkpoint finds it
    passed; a nested check (or a guard without a budget) runs as it is."""

    @functools.wraps(check)
    def with_budget(guard: Guard, *args: Any, **kwargs: Any) -> Verdict:
        budget = guard.budget_ms
        if budget is None or _limits.get() is not None:
            return check(guard, *args, **kwargs)
        span = int(budget * 1e6)
        token = _limits.set((_wall() + span, _cpu() + span))
        try:
            return check(guard, *args, **kwargs)
        except OverBudget:
            guard.budget_counts[COUNTER] += 1
            return Verdict(False, REASON)
        finally:
            _limits.reset(token)

    return with_budget  # type: ignore[return-value]
