"""Time budgets around a store: open it in the background with backoff, and never let a
request wait on it longer than its budget.

The request path asks :meth:`StoreGate.wait_open` with its budget: an open in progress (or a
store that is down) costs that budget at most, and the request becomes a miss with a reason.
A failed open is retried in the background after a growing pause (0.5 s, 1 s, 2 s ... 30 s),
never once per request. :func:`within` bounds any store call by a deadline. :class:`StateLog`
writes one log line when the store's state changes and a summary while it stays broken, instead
of one line per failed request. :func:`guarded` is where a network store's driver errors become
yamabiko errors (each store declares its driver's exceptions in a :class:`DriverErrors`), and
:func:`store_errors` the cache's boundary for whatever is left.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ConfigError, StoreError, StoreTimeoutError, StoreUnavailableError
from .stores.breaker import CircuitBreaker

T = TypeVar("T")
log = logging.getLogger("yamabiko")

FIRST_BACKOFF_S = 0.5
MAX_BACKOFF_S = 30.0
SUMMARY_EVERY_S = 60.0
RECOVERED_AFTER_S = 5.0  # a failing store counts as recovered after this long without failures
#: what the cache does when a store call of this name fails (for messages)
AFTER_FAILURE = {
    "search": "the lookup is a miss: the request goes to the LLM",
    "hit": "the lookup is a miss: the request goes to the LLM",
    "put": "the answer is served but not stored",
}


def describe(exc: BaseException) -> str:
    """A short, log-safe description of an error: its type and at most 160 characters of its
    message (driver messages never carry the prompt in full, and a repr would)."""
    text = str(exc).replace("\n", " ")
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


@contextmanager
def store_errors(what: str, failed: Callable[[Exception], None] | None = None) -> Iterator[None]:
    """The cache's one boundary for store failures: inside it, a StoreError passes as it is
    and anything else (a driver's error: disk full, read-only replica, ...) becomes a
    StoreError ``"<what>: <type>: <message>"`` caused by it. ``failed`` sees either first
    (to count it)."""
    try:
        yield
    except StoreError as exc:
        if failed is not None:
            failed(exc)
        raise
    except Exception as exc:
        if failed is not None:
            failed(exc)
        raise StoreError(f"{what}: {describe(exc)}") from exc


def check_budgets(**budgets: object) -> None:
    """Raise ConfigError naming the first budget (``timeout=0.1, ...``) that is not a number of
    seconds > 0."""
    for name, value in budgets.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ConfigError(f"{name} is {value!r}; it must be a number of seconds > 0.")


@dataclass(frozen=True)
class DriverErrors:
    """Which exceptions of a store's driver mean what, for :func:`guarded`.

    ``timeout`` (besides asyncio's), ``unreachable`` and ``rerouted`` (a cluster's slot moved
    or a shard is down) mean the server did not serve the call: StoreUnavailableError, a miss,
    counted by the circuit breaker. ``answered``: the server answered with an error; a
    StoreError when ``wrap_answered``, else raised unchanged for the store to interpret (e.g.
    "no such index"). Checked in that order, so a subclass may sit in an earlier group.
    """

    server: str
    timeout: tuple[type[BaseException], ...]
    unreachable: tuple[type[BaseException], ...]
    answered: tuple[type[BaseException], ...]
    rerouted: tuple[type[BaseException], ...] = ()
    wrap_answered: bool = True


async def guarded(
    run: Callable[[], Awaitable[T]],
    *,
    errors: DriverErrors,
    breaker: CircuitBreaker,
    where: str,
    operation: str,
    budget: float,
) -> T:
    """Await ``run()`` within ``budget`` seconds, through ``breaker``, mapping the driver's
    exceptions as ``errors`` declares (the one place a network store's driver errors become
    yamabiko errors). ``where`` is the server's redacted URL, ``operation`` names the call in
    messages (``search``, ``put``, ...); a driver's message is folded onto one line."""
    server = errors.server
    if not breaker.allow():
        raise StoreUnavailableError(
            f"{server} at {where} is unavailable (circuit open after {breaker.failures} "
            f"failures in a row; retrying every {breaker.cooldown:g} s); {operation} skipped"
            f"{_after(operation)}."
        )
    try:
        result = await asyncio.wait_for(run(), budget)
    except (asyncio.TimeoutError, *errors.timeout) as exc:
        breaker.failure()
        raise StoreUnavailableError(
            f"{server} at {where} did not answer {operation} within {budget * 1000:.0f} ms"
            f"{_after(operation)}; raise the timeout if the server is remote or busy."
        ) from exc
    except errors.unreachable as exc:
        breaker.failure()
        raise StoreUnavailableError(
            f"cannot reach {server} at {where} for {operation} ({_one_line(exc)})"
            f"{_after(operation)}."
        ) from exc
    except errors.rerouted as exc:
        breaker.failure()  # resharding, failover or a shard down: a miss, with why
        raise StoreUnavailableError(
            f"the {server} cluster at {where} could not serve {operation} "
            f"({type(exc).__name__}: {_one_line(exc)}){_after(operation)}. The client re-reads "
            "the cluster's slot map before its next command."
        ) from exc
    except errors.answered as exc:
        breaker.success()  # the server answered (with an error)
        if errors.wrap_answered:
            raise StoreError(f"{server} {operation} failed at {where}: {_one_line(exc)}") from exc
        raise
    except BaseException:  # cancelled by the caller: neither a success nor a failure
        breaker.release()
        raise
    breaker.success()
    return result


def _after(operation: str) -> str:
    """``"; <what the cache does>"`` when a store call named ``operation`` fails (see
    :data:`AFTER_FAILURE`), else nothing."""
    return f"; {AFTER_FAILURE[operation]}" if operation in AFTER_FAILURE else ""


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


async def within(awaitable: Awaitable[T], deadline: float, what: str) -> T:
    """Await ``awaitable`` until ``deadline`` (``time.monotonic()``); raise StoreTimeoutError
    (reason ``store-timeout``) past it."""
    remaining = max(deadline - time.monotonic(), 0.0)
    try:
        if sys.version_info >= (3, 11):  # in this task: no extra task and loop turn per call
            async with asyncio.timeout(remaining):
                return await awaitable
        return await asyncio.wait_for(awaitable, remaining)
    except TimeoutError:
        raise StoreTimeoutError(
            "store-timeout",
            f"the store's {what} did not finish within its budget; served as a miss.",
        ) from None


class StateLog:
    """One log line per change of a store's state (up / failing), and while it fails a summary
    line every ``every_s`` seconds with how many operations failed and how (never the data).
    A failing store is logged as recovered once it has gone ``RECOVERED_AFTER_S`` seconds
    without a failure, so that an intermittent fault does not log a line per flip."""

    def __init__(self, name: str, every_s: float = SUMMARY_EVERY_S) -> None:
        self.name = name
        self.every_s = every_s
        self.failing = False
        self._failures: Counter[str] = Counter()
        self._since = 0.0
        self._last_summary = 0.0
        self._last_failure = 0.0
        self._last_success = 0.0
        #: how the last failure went (:func:`describe`), None once recovered
        self.last_error: str | None = None

    @property
    def down(self) -> bool:
        """True while the most recent operation failed (a success since clears it)."""
        return self._last_failure > self._last_success

    def failure(self, kind: str, exc: BaseException | None = None, *, quiet: bool = False) -> None:
        """Record a failed operation (``kind``: e.g. ``lookup``, ``store``, ``open``).
        ``quiet``: its caller reports the error itself (e.g. a command that prints it), so
        the state change is recorded without its log line."""
        now = time.monotonic()
        self._last_failure = now
        self._failures[kind] += 1
        if exc is not None:
            self.last_error = describe(exc)
        if not self.failing:
            self.failing = True
            self._since = self._last_summary = now
            detail = f": {describe(exc)}" if exc is not None else ""
            if not quiet:
                log.warning("yamabiko %s: failing (%s)%s", self.name, kind, detail)
        elif now - self._last_summary >= self.every_s:
            self._last_summary = now
            log.warning(
                "yamabiko %s: still failing after %.0f s (%s)",
                self.name,
                now - self._since,
                ", ".join(f"{k} x{n}" for k, n in sorted(self._failures.items())),
            )

    def success(self) -> None:
        """Record a successful operation; logs the recovery once (see the class docstring)."""
        self._last_success = time.monotonic()
        if self.failing and time.monotonic() - self._last_failure >= RECOVERED_AFTER_S:
            self.failing = False
            total = sum(self._failures.values())
            log.warning(
                "yamabiko %s: recovered after %.1f s (%d failed operations)",
                self.name,
                time.monotonic() - self._since,
                total,
            )
            self._failures.clear()
            self.last_error = None


class StoreGate:
    """Opens a store once, in the background, retrying with backoff after a failure.

    ``open_fn`` does the opening (connect, check, load); :meth:`wait_open` waits for it at most
    a budget. ``None`` as the budget waits for a full attempt and raises its error (for explicit
    administration such as ``stats`` or ``invalidate``).
    """

    def __init__(self, open_fn: Callable[[], Awaitable[None]], state: StateLog) -> None:
        self._open_fn = open_fn
        self._state = state
        self._task: asyncio.Task[None] | None = None
        self._failures = 0
        self._retry_at = 0.0
        self.opened = False
        self.last_error: Exception | None = None

    def _start(self, *, force: bool) -> asyncio.Task[None]:
        task = self._task
        idle = task is None or (task.done() and not self.opened)
        if idle and (task is None or force or time.monotonic() >= self._retry_at):
            # an explicit open (force) raises its error to a caller that reports it: the
            # state change is then recorded without a log line of its own
            task = self._task = asyncio.get_running_loop().create_task(self._attempt(force))
            task.add_done_callback(_consume)
        return task

    async def _attempt(self, quiet: bool = False) -> None:
        try:
            await self._open_fn()
        except BaseException as exc:
            self._failures += 1
            pause = min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2 ** (self._failures - 1))
            self._retry_at = time.monotonic() + pause
            if isinstance(exc, Exception):
                self.last_error = exc
                self._state.failure("open", exc, quiet=quiet)
            raise
        self.last_error = None
        self._failures = 0
        self.opened = True
        self._state.success()

    async def wait_open(self, budget: float | None) -> bool:
        """True once the store is open. With a budget: start (or join) an attempt, wait at most
        ``budget`` seconds, False if not open by then. ``None``: wait and raise its error."""
        if self.opened:
            return True
        task = self._start(force=budget is None)
        if budget is None:
            await asyncio.shield(task)
            return True
        if not task.done():
            await asyncio.wait([task], timeout=budget)
        return self.opened

    def nudge(self) -> None:
        """Start an open attempt in the background if the store is not open and its backoff
        allows one now (never waits): for health checks, so that a store that comes back is
        seen without traffic."""
        if not self.opened:
            self._start(force=False)

    async def close(self) -> bool:
        """Wait for an attempt in progress (a store half-opened in a thread cannot be
        cancelled), then forget the state so that the store can be opened again. Returns
        whether the store was open (and so needs closing)."""
        task = self._task
        if task is not None and not task.done():
            await asyncio.wait([task])
        was_open = self.opened
        self._task = None
        self._failures = 0
        self._retry_at = 0.0
        self.opened = False
        return was_open


def _consume(task: asyncio.Task[None]) -> None:
    if not task.cancelled():
        task.exception()


class BudgetedHits:
    """A store seen through a lookup budget: ``fetch_hit`` raises StoreTimeoutError past
    ``budget`` seconds; everything else passes through (for the lookup loop, whose verifier
    time, e.g. a judge's call, must not count against the store's budget)."""

    def __init__(self, store: Any, budget: float) -> None:
        self._store = store
        self.budget = budget

    async def fetch_hit(self, entry_id: str, now: float) -> Any:
        """The store's ``fetch_hit`` within the budget (StoreTimeoutError past it)."""
        deadline = time.monotonic() + self.budget
        return await within(self._store.fetch_hit(entry_id, now), deadline, "hit")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)
