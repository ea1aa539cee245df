"""Policy rules: what one rule matches (route, model, namespace, header, prompt, temperature)
and what it decides (cache or not, TTL, threshold, scope, size limit, conversation mode), each
field checked with a message that says how to fix it. The ordered list of rules and the
detectors are :class:`~yamabiko.policy.policy.Policy`; the shipped rules are in
:mod:`.presets`.

TTL precedence, strongest first: the ``ttl=`` argument of a ``store()`` call (or the gateway's
``X-Yamabiko-TTL`` header), then the matching rule's ``ttl``, then the cache's ``ttl``; the
cache's ``max_age`` caps whatever results. Threshold and size limit follow the same order
(the call's, the rule's, the cache's). Implemented in :func:`yamabiko.request.build_request`.
"""

from __future__ import annotations

import fnmatch
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError, did_you_mean

__all__ = ["MAX_TTL_S", "SCOPES", "Decision", "PolicyRequest", "Rule"]

#: Who may be served an answer: everyone (``shared``), the same namespace (``namespace``,
#: the default), or only the same user (``user``).
SCOPES = ("shared", "namespace", "user")


@dataclass(frozen=True)
class PolicyRequest:
    """What a rule can look at: the prompt, its exact context, and for the gateway the route
    (API name) and request headers (lower-case names)."""

    prompt: str
    context: Mapping[str, Any]
    route: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one request. ``None`` fields mean "use the cache's default".

    ``scope``: ``"user"`` keeps the user in the exact context and needs one (without a user the
    request bypasses the cache); ``"namespace"`` drops the user, so the users of a namespace
    share answers; ``"shared"`` drops namespace and user; ``None`` hashes the context as given
    (a ``user`` in it separates answers, one without shares the namespace).
    """

    cache: bool = True
    ttl: float | None = None
    min_similarity: float | None = None
    scope: str | None = None
    max_entry_bytes: int | None = None
    rule: str = "default"
    conversation: str | None = None


# -- rules ----------------------------------------------------------------------------------

_MATCH_FIELDS = ("route", "model", "namespace", "header", "header_value", "prompt",
                 "temperature_above")  # fmt: skip
_ACTION_FIELDS = ("cache", "ttl", "min_similarity", "scope", "max_entry_bytes", "conversation")


def _globs(value: Any, name: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if (
        not isinstance(items, (list, tuple))
        or not items
        or not all(isinstance(item, str) and item for item in items)
    ):
        raise ConfigError(
            f"{name} is {value!r}; it must be a non-empty glob string or a list of them, "
            f'e.g. {name} = "gpt-4o*" or {name} = ["gpt-4o*", "claude-*"].'
        )
    return tuple(items)


#: The longest TTL anywhere (ten years): longer ones are mistakes (1e20) or overflow stores.
MAX_TTL_S = 10 * 366 * 86400.0


def _number(value: Any, name: str, example: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ConfigError(f"{name} is {value!r}; it must be a number, e.g. {name} = {example}.")
    return float(value)


@dataclass(frozen=True)
class Rule:
    """One policy rule: match fields (all given must match) and settings.

    Match fields: ``route`` (API name glob: ``openai``, ``anthropic``, ``gemini``,
    ``jsonpath:*``; library calls have no route), ``model`` (glob on ``context["model"]``),
    ``namespace`` (glob), ``header`` (a request header that must be present; with
    ``header_value``, a glob its value must match), ``prompt`` (a regular expression searched
    in the prompt) and ``temperature_above`` (matches when ``context["params"]["temperature"]``
    is present and greater). A rule with no match field matches every request.

    Settings: ``cache`` (False: neither looked up nor stored), ``ttl`` (seconds > 0),
    ``min_similarity`` (cosine in [-1, 1]), ``scope`` (``shared`` | ``namespace`` | ``user``),
    ``max_entry_bytes`` and ``conversation`` (``semantic`` | ``exact``: how earlier turns are
    matched, see :mod:`yamabiko.conversation`). Unset settings keep the cache's own.

    Invalid values raise :class:`ConfigError` saying what is wrong and how to fix it.
    """

    name: str = "rule"
    route: str | Sequence[str] | None = None
    model: str | Sequence[str] | None = None
    namespace: str | Sequence[str] | None = None
    header: str | None = None
    header_value: str | None = None
    prompt: str | None = None
    temperature_above: float | None = None
    cache: bool | None = None
    ttl: float | None = None
    min_similarity: float | None = None
    scope: str | None = None
    max_entry_bytes: int | None = None
    conversation: str | None = None
    _prompt_re: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not isinstance(self.name, str) or not self.name.strip():
            raise ConfigError(f"name is {self.name!r}; give the rule a non-empty name string.")
        for glob_field in ("route", "model", "namespace"):
            value = getattr(self, glob_field)
            if value is not None:
                set_(self, glob_field, _globs(value, glob_field))
        if self.header is not None:
            if not isinstance(self.header, str) or not self.header.strip():
                raise ConfigError(
                    f"header is {self.header!r}; it must be a header name, e.g. "
                    'header = "x-yamabiko-user".'
                )
            set_(self, "header", self.header.strip().lower())
        if self.header_value is not None:
            if self.header is None:
                raise ConfigError(
                    f"header_value is {self.header_value!r} but no header is named; add "
                    'header = "<name>" to say which header it applies to.'
                )
            if not isinstance(self.header_value, str):
                raise ConfigError(
                    f"header_value is {self.header_value!r}; it must be a glob string, "
                    'e.g. header_value = "free-*".'
                )
        if self.prompt is not None:
            if not isinstance(self.prompt, str) or not self.prompt:
                raise ConfigError(
                    f"prompt is {self.prompt!r}; it must be a regular expression string, "
                    "e.g. prompt = '(?i)\\bweather\\b'."
                )
            try:
                set_(self, "_prompt_re", re.compile(self.prompt))
            except re.error as exc:
                raise ConfigError(
                    f"prompt is not a valid regular expression: {exc.msg} at position "
                    f"{exc.pos} of {self.prompt!r}. Fix the pattern; escape a literal "
                    "character with a backslash, and in TOML use a 'literal string' so that "
                    "backslashes are kept."
                ) from None
        if self.temperature_above is not None:
            set_(
                self,
                "temperature_above",
                _number(self.temperature_above, "temperature_above", "0"),
            )
        if self.cache is not None and not isinstance(self.cache, bool):
            raise ConfigError(f"cache is {self.cache!r}; it must be true or false.")
        if self.ttl is not None:
            ttl = _number(self.ttl, "ttl", "300")
            if ttl <= 0 or ttl > MAX_TTL_S:
                raise ConfigError(
                    f"ttl is {self.ttl!r}; a TTL is a number of seconds > 0 and at most "
                    f"{MAX_TTL_S:.0f} (ten years), e.g. ttl = 300. "
                    "To keep answers out of the cache, write cache = false instead."
                )
            set_(self, "ttl", ttl)
        if self.min_similarity is not None:
            value = _number(self.min_similarity, "min_similarity", "0.92")
            if not -1.0 <= value <= 1.0:
                hint = " It looks like a percentage: divide by 100." if 1 < value <= 100 else ""
                raise ConfigError(
                    f"min_similarity is {self.min_similarity!r}, outside [-1, 1]; it is a cosine "
                    f"similarity (1 = same meaning), e.g. min_similarity = 0.92.{hint}"
                )
            set_(self, "min_similarity", value)
        if self.scope is not None and self.scope not in SCOPES:
            hint = did_you_mean(str(self.scope), SCOPES)
            raise ConfigError(
                f"scope is {self.scope!r}; it must be one of {', '.join(SCOPES)}.{hint}"
            )
        if self.max_entry_bytes is not None and (
            isinstance(self.max_entry_bytes, bool)
            or not isinstance(self.max_entry_bytes, int)
            or self.max_entry_bytes <= 0
        ):
            raise ConfigError(
                f"max_entry_bytes is {self.max_entry_bytes!r}; it must be a whole number of "
                "bytes > 0, e.g. max_entry_bytes = 65536."
            )
        if self.conversation is not None and self.conversation not in ("semantic", "exact"):
            raise ConfigError(
                f"conversation is {self.conversation!r}; it must be 'semantic' (earlier turns "
                "matched by meaning) or 'exact' (earlier turns byte-identical)."
            )

    @classmethod
    def from_mapping(cls, data: Any, *, where: str = "rule") -> Rule:
        """Build a rule from config data (a TOML table / YAML mapping).

        ``where`` names the rule in errors, e.g. ``"policy.yaml: rule #2 ('prices')"``.
        """
        if not isinstance(data, Mapping):
            raise ConfigError(
                f'{where}: expected a table of fields (e.g. name = "x", ttl = 300), got '
                f"{type(data).__name__} {data!r:.60}."
            )
        known = ("name", *_MATCH_FIELDS, *_ACTION_FIELDS)
        for key in data:
            if key not in known:
                hint = did_you_mean(str(key), known)
                raise ConfigError(
                    f"{where}: unknown field {key!r}.{hint} Known fields: match on "
                    f"{', '.join(_MATCH_FIELDS)}; set {', '.join(_ACTION_FIELDS)}; and name."
                )
        try:
            return cls(**data)
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None

    @property
    def matches_everything(self) -> bool:
        """True when the rule has no match field (a default rule)."""
        return all(getattr(self, name) is None for name in _MATCH_FIELDS)

    def matches(self, request: PolicyRequest) -> bool:
        """True when every match field of this rule matches ``request``."""
        if self.route is not None and not _glob_match(request.route, self.route):
            return False
        context = request.context
        if self.model is not None and not _glob_match(context.get("model"), self.model):
            return False
        if self.namespace is not None and not _glob_match(context.get("namespace"), self.namespace):
            return False
        if self.header is not None:
            value = request.headers.get(self.header)
            if value is None:
                return False
            if self.header_value is not None and not fnmatch.fnmatchcase(value, self.header_value):
                return False
        if self._prompt_re is not None and self._prompt_re.search(request.prompt) is None:
            return False
        if self.temperature_above is not None:
            temperature = _temperature(context)
            if temperature is None or temperature <= self.temperature_above:
                return False
        return True

    def decision(self) -> Decision:
        """The settings of this rule as a :class:`Decision`."""
        return Decision(
            cache=True if self.cache is None else self.cache,
            ttl=self.ttl,
            min_similarity=self.min_similarity,
            scope=self.scope,
            max_entry_bytes=self.max_entry_bytes,
            rule=self.name,
            conversation=self.conversation,
        )


def _glob_match(value: Any, globs: Sequence[str]) -> bool:
    return isinstance(value, str) and any(fnmatch.fnmatchcase(value, g) for g in globs)


def _temperature(context: Mapping[str, Any]) -> float | None:
    params = context.get("params")
    value = params.get("temperature") if isinstance(params, Mapping) else None
    if value is None:
        value = context.get("temperature")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)
