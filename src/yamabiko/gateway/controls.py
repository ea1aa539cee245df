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
    """The cache controls of one request, as its headers set them (None: not set)."""

    no_read: bool = False  # Cache-Control: no-cache
    no_store: bool = False  # Cache-Control: no-store
    min_similarity: float | None = None
    namespace: str | None = None
    user: str | None = None
    ttl: float | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    def key(self) -> tuple[object, ...]:
        """The controls as a hashable tuple (part of the request memo's key)."""
        return (self.no_read, self.no_store, self.min_similarity, self.namespace, self.user,
                self.ttl, self.tags)  # fmt: skip


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


#: the keys of a body-level ``"cache"`` object, and the header each one stands for
BODY_KEYS = {
    "no-cache": "Cache-Control: no-cache",
    "no-store": "Cache-Control: no-store",
    "ttl": "X-Yamabiko-TTL",
    "namespace": "X-Yamabiko-Namespace",
    "user": "X-Yamabiko-User",
    "min-similarity": "X-Yamabiko-Min-Similarity",
    "tags": "X-Yamabiko-Tags",
}


def pop_body_controls(body: object, controls: Controls) -> bool:
    """Take a ``"cache": {...}`` object out of a request body (as other gateways accept it,
    e.g. the OpenAI SDK's ``extra_body={"cache": {"no-cache": True, "ttl": 600}}``) and apply
    it to ``controls`` the way the equivalent headers would be; True if the body had one (it
    must then be re-encoded: the upstream never sees it). Keys may use ``-`` or ``_``."""
    if not isinstance(body, dict) or "cache" not in body:
        return False
    raw = body.pop("cache")
    if not isinstance(raw, dict):
        raise BadRequest(
            f"'cache' is {raw!r:.60}; it must be an object such as "
            '{"no-cache": true, "ttl": 600, "namespace": "team-a"}.'
        )
    headers: dict[str, str] = {}
    for key, value in raw.items():
        name = str(key).replace("_", "-").lower()
        if name not in BODY_KEYS:
            raise BadRequest(
                f"'cache.{key}' is not a cache control; known: {', '.join(BODY_KEYS)}."
            )
        if name in ("no-cache", "no-store"):
            if not isinstance(value, bool):
                raise BadRequest(f"'cache.{key}' must be true or false, got {value!r:.40}.")
            if value:
                headers["cache-control"] = f"{headers.get('cache-control', '')},{name}"
            continue
        if name == "tags" and isinstance(value, list):
            value = ",".join(str(t) for t in value)
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise BadRequest(f"'cache.{key}' must be a string or a number, got {value!r:.40}.")
        headers[f"x-yamabiko-{name}"] = str(value)
    parsed = parse_controls(headers)
    controls.no_read = controls.no_read or parsed.no_read
    controls.no_store = controls.no_store or parsed.no_store
    for attr in ("min_similarity", "namespace", "user", "ttl"):
        if getattr(parsed, attr) is not None:
            setattr(controls, attr, getattr(parsed, attr))
    controls.tags = parsed.tags or controls.tags
    return True
