"""A circuit breaker for network stores: fail fast while the server is down."""

from __future__ import annotations

import time


class CircuitBreaker:
    """Fails fast while the server is down, so requests do not each pay the full timeout.

    Closed: calls go through. After ``failures`` failures in a row it opens: calls fail at once
    for ``cooldown`` seconds. Then one call at a time is let through (half-open); a success
    closes the breaker, a failure opens it again.
    """

    def __init__(self, failures: int = 3, cooldown: float = 1.0) -> None:
        self.failures = failures
        self.cooldown = cooldown
        self._in_a_row = 0
        self._open_until = 0.0
        self._probing = False

    @property
    def is_open(self) -> bool:
        """True after ``failures`` failures in a row (until a call succeeds)."""
        return self._in_a_row >= self.failures

    def allow(self) -> bool:
        """True if a call may go to the server now."""
        if not self.is_open:
            return True
        if time.monotonic() < self._open_until or self._probing:
            return False
        self._probing = True
        return True

    def success(self) -> None:
        """A call reached the server: close the breaker."""
        self._in_a_row = 0
        self._probing = False

    def release(self) -> None:
        """A call ended without telling whether the server works (e.g. it was cancelled)."""
        self._probing = False

    def failure(self) -> None:
        """A call did not reach the server: count it; open the breaker at ``failures``."""
        self._in_a_row += 1
        self._probing = False
        if self.is_open:
            self._open_until = time.monotonic() + self.cooldown
