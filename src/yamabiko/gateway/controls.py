"""Per-request cache controls read from request headers; bad values are the client's error."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import InvalidInputError
from ..policy.rules import MAX_TTL_S
from ..request import check_min_similarity
from .adapters.base import BadRequest

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,255}$")


@dataclass
class Controls:
    no_read: bool = False  # Cache-Control: no-cache
    no_store: bool = False  # Cache-Control: no-store
    min_similarity: float | None = None
    namespace: str | None = None
    user: str | None = None
    ttl: float | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


def _name(value: str, header: str) -> str:
    value = value.strip()
    if not _NAME.match(value):
        raise BadRequest(
            f"{header} is {value[:60]!r}; use 1-256 characters: letters, digits and . _ : @ / + = -"
            " (starting with a letter or digit)."
        )
    return value


def parse_controls(headers: Mapping[str, str]) -> Controls:
    """Read ``Cache-Control``, ``X-Yamabiko-Min-Similarity``, ``-Namespace``, ``-User``,
    ``-TTL`` and ``-Tags``; raise BadRequest with the header, the value and the fix."""
    controls = Controls()
    cache_control = headers.get("cache-control")
    if cache_control:
        directives = {d.strip().split("=", 1)[0].lower() for d in cache_control.split(",")}
        controls.no_read = "no-cache" in directives
        controls.no_store = "no-store" in directives
    raw = headers.get("x-yamabiko-min-similarity")
    if raw is not None:
        try:
            value = float(raw)
        except ValueError:
            raise BadRequest(
                f"X-Yamabiko-Min-Similarity is {raw[:40]!r}; it must be a cosine similarity, "
                "a number in [-1, 1] such as 0.92."
            ) from None
        try:
            controls.min_similarity = check_min_similarity(value, "X-Yamabiko-Min-Similarity")
        except InvalidInputError as exc:
            raise BadRequest(str(exc)) from None
    raw = headers.get("x-yamabiko-namespace")
    if raw is not None:
        controls.namespace = _name(raw, "X-Yamabiko-Namespace")
    raw = headers.get("x-yamabiko-user")
    if raw is not None:
        controls.user = _name(raw, "X-Yamabiko-User")
    raw = headers.get("x-yamabiko-ttl")
    if raw is not None:
        try:
            ttl = float(raw)
        except ValueError:
            ttl = math.nan
        if not math.isfinite(ttl) or ttl <= 0 or ttl > MAX_TTL_S:
            raise BadRequest(
                f"X-Yamabiko-TTL is {raw[:40]!r}; it must be a number of seconds > 0 and at "
                f"most {MAX_TTL_S:.0f} (ten years), e.g. 300."
            )
        controls.ttl = ttl
    raw = headers.get("x-yamabiko-tags")
    if raw is not None:
        tags = tuple(t.strip() for t in raw.split(",") if t.strip())
        controls.tags = tuple(_name(t, "a tag in X-Yamabiko-Tags") for t in tags)
    return controls
