"""The gateway's response headers about the cache, rendered in one place.

``X-Yamabiko-Cache: hit | miss | bypass`` with ``; reason=<why>`` for a bypass or an answer
not stored (``X-Yamabiko-Cache-Reason`` repeats the reason alone), ``X-Yamabiko-Similarity``,
``X-Yamabiko-Stored``, ``Server-Timing``; on hits ``X-Yamabiko-Entry``, ``Age`` and
``Cached-Content: true``.
"""

from __future__ import annotations

from ..models import Lookup, Threshold, Timings
from ..reasons import Reason, header_value


def server_timing(timings: Timings, **extra: float) -> str:
    """The ``Server-Timing`` value: embed, search, verify and ``extra`` durations in ms."""
    parts = [f"embed;dur={timings.embed_ms:.3f}", f"search;dur={timings.search_ms:.3f}"]
    if timings.verify_ms:
        parts.append(f"verify;dur={timings.verify_ms:.3f}")
    parts += [f"{name};dur={value:.3f}" for name, value in extra.items()]
    return ", ".join(parts)


def outcome_headers(
    outcome: str,
    reason: Reason | None,
    not_stored: Reason | None,
    best_similarity: float | None,
    timings: Timings,
    **timing: float,
) -> list[tuple[str, str]]:
    """The cache headers of a forwarded (miss or bypass) response."""
    why = header_value(outcome, reason, not_stored)
    headers = [("x-yamabiko-cache", f"{outcome}; reason={why}" if why else outcome)]
    if why:
        headers.append(("x-yamabiko-cache-reason", why))
    if best_similarity is not None:
        headers.append(("x-yamabiko-similarity", f"{best_similarity:.4f}"))
    headers.append(("server-timing", server_timing(timings, **timing)))
    return headers


def stored_header(not_stored: Reason | None) -> tuple[str, str]:
    """``X-Yamabiko-Stored``: true when the answer is being stored (after the reply)."""
    return ("x-yamabiko-stored", "false" if not_stored else "true")


def threshold_header(threshold: Threshold | None) -> list[tuple[str, str]]:
    """``X-Yamabiko-Threshold: 0.82; source=learned; n=7``: the threshold the lookup applied."""
    if threshold is None:
        return []
    t = threshold
    return [("x-yamabiko-threshold", f"{t.value:.4f}; source={t.source}; n={t.n}")]


def hit_headers(lookup: Lookup, total_ms: float) -> list[tuple[str, str]]:
    """The headers of a hit: outcome, similarity, entry, threshold, ``Age``, timings."""
    hit = lookup.hit
    assert hit is not None
    entry = hit.entry
    return [
        ("x-yamabiko-cache", "hit"),
        ("x-yamabiko-similarity", f"{hit.similarity:.4f}"),
        ("x-yamabiko-entry", entry.id),
        *threshold_header(lookup.threshold),
        ("age", str(int(entry.age_s()))),
        ("cached-content", "true"),
        ("cache-control", "no-cache"),
        ("server-timing", server_timing(hit.timings, total=total_ms)),
    ]


def error_headers(status: int) -> list[tuple[str, str]]:
    """The headers of a request the gateway answered with an error ``status``."""
    return [
        ("x-yamabiko-cache", f"bypass; reason=error:{status}"),
        ("x-yamabiko-cache-reason", f"error:{status}"),
    ]
