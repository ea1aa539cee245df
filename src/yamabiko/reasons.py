"""Why a request was bypassed, missed, or its answer not stored: typed, rendered in one place.

A :class:`Reason` is a kind (:class:`Why`, an enum) plus an optional detail (the guard's
verdict, the detector's name, the HTTP status …). It *is* its rendered string as well
(``Reason(Why.SENSITIVE, "email") == "sensitive:email"``), so logs, ``Lookup.reason``,
``NotStoredError.reason`` and stats keep their familiar text, while code compares kinds:
``reason.kind is Why.SENSITIVE``. Headers and metric labels are rendered by
:func:`header_value` and :meth:`Reason.label`, nowhere else.
"""

from __future__ import annotations

from enum import Enum


class Why(str, Enum):
    """The kinds of reasons. The value is the rendered name."""

    # lookups
    HIT = "hit"
    NO_CANDIDATE = "no-candidate"
    BELOW_THRESHOLD = "below-threshold"
    REJECTED = "rejected"  # detail: the verifier's reason (negation, number, …)
    ERROR = "error"  # detail: the exception's class name, or the HTTP status
    VERIFYING = "verifying"  # a borderline candidate went to the background judge
    # bypasses (neither looked up nor stored), see policy.admission.admit
    POLICY = "policy"
    NO_USER = "no-user-for-user-scope"
    SENSITIVE = "sensitive"  # detail: the detector's name
    NO_CACHE = "no-cache"  # Cache-Control: no-cache (not looked up; may be stored)
    UNCACHEABLE = "uncacheable"  # detail: the adapter's reason (non-text-content, …)
    NOT_CACHED_PATH = "not-cached-path"
    TOO_LONG = "too-long"  # the prompt is over max_prompt_chars: not embedded nor analysed
    # not stored, see policy.admission.storable
    NO_STORE = "no-store"
    STATUS = "status"  # detail: the upstream's HTTP status
    TOO_LARGE = "too-large"
    INCOMPLETE = "incomplete"  # detail: how (client-disconnected, unreadable-stream, …)
    FINISH = "finish"  # detail: the normalised finish (length, tool, filter, …)
    EMPTY = "empty-answer"
    STORE_SLOW = "store-slow"
    STORE_TIMEOUT = "store-timeout"  # a lookup's store work went past its budget
    STORE_UNAVAILABLE = "store-unavailable"  # the store is not open (opening, down, damaged)
    STORE_ERROR = "store-error"


#: Kinds rendered as their detail alone (the detail is already a complete name).
_DETAIL_ONLY = frozenset({Why.UNCACHEABLE, Why.INCOMPLETE})
#: Kinds whose detail is dropped from metric labels (unbounded or noisy values).
_LABEL_WITHOUT_DETAIL = frozenset({Why.STATUS, Why.ERROR, Why.HIT})
#: Kinds that mean "not looked up": a lookup renders them as ``bypass:<reason>``.
BYPASS_KINDS = frozenset(
    {
        Why.POLICY,
        Why.NO_USER,
        Why.SENSITIVE,
        Why.NO_CACHE,
        Why.UNCACHEABLE,
        Why.NOT_CACHED_PATH,
        Why.TOO_LONG,
    }
)


#: Kinds of a lookup that failed (the store or the embedder): the miss says so in its headers.
FAILURE_KINDS = frozenset({Why.ERROR, Why.STORE_TIMEOUT, Why.STORE_UNAVAILABLE})


class Reason(str):
    """A typed reason that is also its rendered string (see the module docstring)."""

    kind: Why
    detail: str | None

    def __new__(cls, kind: Why, detail: str | None = None) -> Reason:
        if kind in _DETAIL_ONLY and detail:
            text = detail
        else:
            text = f"{kind.value}:{detail}" if detail else kind.value
        self = super().__new__(cls, text)
        self.kind = kind
        self.detail = detail
        return self

    @property
    def is_bypass(self) -> bool:
        """True for a reason that skipped the cache (policy, sensitive data, controls ...)."""
        return self.kind in BYPASS_KINDS

    def label(self) -> str:
        """The metric label: the rendered reason, without details of unbounded kinds."""
        return self.kind.value if self.kind in _LABEL_WITHOUT_DETAIL else str(self)

    def __repr__(self) -> str:
        return f"Reason({self.kind.name}, {self.detail!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Reason, (self.kind, self.detail))


def header_value(outcome: str, reason: str | None, not_stored: str | None = None) -> str:
    """The text after ``outcome; reason=`` in ``X-Yamabiko-Cache`` (and alone in
    ``X-Yamabiko-Cache-Reason``): the bypass reason, then ``not-stored=<reason>``."""
    parts = [str(reason)] if reason else []
    if not_stored:
        parts.append(f"not-stored={not_stored}")
    return "; ".join(parts)


def lookup_text(reason: Reason) -> str:
    """How a lookup names a reason: bypasses carry the ``bypass:`` prefix."""
    return f"bypass:{reason}" if reason.is_bypass else str(reason)
