"""Admission: every rule that keeps a request out of the cache or an answer out of the store,
in one place, with its precedence. The library and the gateway both ask here.

:func:`admit` (before a lookup) — the first that applies wins:

1. ``uncacheable``: the API adapter cannot cache this request (non-text content, a stream
   format it does not assemble, …); ``too-long``: the prompt is over ``max_prompt_chars`` (it
   is never embedded nor analysed);
2. ``no-cache``: the client's ``Cache-Control: no-cache`` (not looked up; may still be stored);
3. ``policy``: the matching rule says ``cache = false``;
4. ``no-user-for-user-scope``: the rule's scope is ``user`` and the request has no user;
5. ``sensitive:<detector>``: the prompt holds personal data (it is the user's own question).

:func:`storable` (after the answer) — the first that applies wins:

1. ``no-store``: the client's ``Cache-Control: no-store``;
2. rules 1, 3-4 of :func:`admit` (a request that may not be cached may not be stored);
3. ``status:<code>``: the upstream did not answer 2xx;
4. ``too-large``: prompt + answer (or the raw body) over the size limit (the call's rule,
   else the cache's ``max_entry_bytes``, default 256 KiB);
5. ``incomplete`` kinds: the answer did not arrive whole (``client-disconnected``,
   ``unreadable-stream``, ``encoded-stream``, ``incomplete``);
6. ``finish:<kind>``: the model stopped for another reason than finishing (length, tool, …);
7. ``empty-answer``;
8. ``sensitive:<detector>``: the prompt, then the answer, holds personal data;
9. ``store-unavailable``: the store is not open (its last open failed), so a put would fail.
"""

from __future__ import annotations

from ..reasons import Reason, Why
from ..request import CacheRequest
from .policy import Policy

#: The normalised finish of a complete answer (see the gateway adapters' ``Answer.finish``).
COMPLETE = "stop"


def _refused(request: CacheRequest) -> Reason | None:
    """The request-level rules shared by :func:`admit` and :func:`storable`."""
    if request.uncacheable:
        return Reason(Why.UNCACHEABLE, request.uncacheable)
    if request.too_long:
        return Reason(Why.TOO_LONG)
    if not request.decision.cache:
        return Reason(Why.POLICY)
    if request.partition is None:
        return Reason(Why.NO_USER)
    return None


def admit(request: CacheRequest, policy: Policy) -> Reason | None:
    """Why ``request`` must not be looked up, or None when it may be (see the module doc)."""
    if request.uncacheable:
        return Reason(Why.UNCACHEABLE, request.uncacheable)
    if request.too_long:
        return Reason(Why.TOO_LONG)
    if request.no_read:
        return Reason(Why.NO_CACHE)
    refused = _refused(request)
    if refused is not None:
        return refused
    detector = request.sensitive_prompt(policy)
    if detector is not None:
        return Reason(Why.SENSITIVE, detector)
    return None


def storable(
    request: CacheRequest,
    answer: str | None,
    policy: Policy,
    *,
    status: int = 200,
    size: int = 0,
    incomplete: str | None = None,
    finish: str = COMPLETE,
    store_unavailable: bool = False,
) -> Reason | None:
    """Why ``answer`` must not be stored for ``request``, or None when it may be.

    ``size`` is the raw size of the upstream body when there is one (bytes); ``incomplete``
    names how the answer failed to arrive whole (``None``: it arrived); ``answer`` None with
    no ``incomplete`` counts as ``incomplete``; ``store_unavailable``: the cache's store is not
    open (``AsyncSemanticCache.store_unavailable``).
    """
    if request.no_store:
        return Reason(Why.NO_STORE)
    refused = _refused(request)
    if refused is not None:
        return refused
    if not 200 <= status < 300:
        return Reason(Why.STATUS, str(status))
    text_size = len(request.prompt.encode()) + (len(answer.encode()) if answer else 0)
    if max(size, text_size) > request.size_limit:
        return Reason(Why.TOO_LARGE)
    if incomplete is not None or answer is None:
        return Reason(Why.INCOMPLETE, incomplete or Why.INCOMPLETE.value)
    if finish != COMPLETE:
        return Reason(Why.FINISH, finish)
    if not answer.strip():
        return Reason(Why.EMPTY)
    detector = request.sensitive_prompt(policy) or policy.find_sensitive([answer], blocking=False)
    if detector is not None:
        return Reason(Why.SENSITIVE, detector)
    if store_unavailable:
        return Reason(Why.STORE_UNAVAILABLE)
    return None
