"""Policy rules: what is cached, for whom, for how long; and the sensitive-data detectors.

The cache asks the policy once per request, when it builds the request
(:func:`yamabiko.request.build_request`): :meth:`Policy.decide` says whether and how to cache
(TTL, threshold, scope). :meth:`Policy.find_sensitive` runs on the prompt and the answer; how
its result and every other rule combine is decided in :mod:`yamabiko.policy.admission`.

A policy is an ordered list of :class:`Rule` objects; the first rule whose match fields all
match the request decides. The list is: your rules, then the shipped presets
(``user_specific``, ``time_sensitive``), then the default rule (your last rule if it has no
match fields, else ``generic``, which keeps the cache's own settings).

TTL precedence, strongest first: the ``ttl=`` argument of a ``store()`` call (or the gateway's
``X-Yamabiko-TTL`` header), then the matching rule's ``ttl``, then the cache's ``ttl``; the
cache's ``max_age`` caps whatever results. Threshold and size limit follow the same order
(the call's, the rule's, the cache's). Implemented in :func:`yamabiko.request.build_request`.
"""

from __future__ import annotations

import difflib
import fnmatch
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config_file import read_config_file
from ..detectors import Detector, builtin_detectors
from ..detectors import find_sensitive as _find_sensitive
from ..detectors.config import detectors_from_config
from ..errors import ConfigError

__all__ = [
    "PRESETS",
    "SCOPES",
    "Decision",
    "Detector",
    "Policy",
    "PolicyRequest",
    "Rule",
]

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
            close = difflib.get_close_matches(str(self.scope), SCOPES, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
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
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f" Did you mean {close[0]!r}?" if close else ""
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


# -- presets --------------------------------------------------------------------------------

#: Prompts about things that change: 5 minutes.
TIME_SENSITIVE = Rule(
    name="time_sensitive",
    prompt=(
        r"(?i)\b(?:now|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week"
        r"|weekend|month|year)|latest|newest|current|currently|recent|recently|at the moment"
        r"|breaking|news|headlines?|prices?|pricing|stock prices?|exchange rates?|weather"
        r"|forecast|traffic|open right now|trending)\b"
        r"|今日|きょう|本日|今夜|今晩|明日|あした|昨日|きのう|今週|今月|今年|最新|現在|今の|今は"
        r"|最近|直近|速報|ニュース|価格|値段|株価|為替|相場|天気|天候|気温|予報|営業中"
    ),
    ttl=300,
)

#: Questions about the asker's own records: only that user, 5 minutes; not cached at all
#: when the request carries no user identity (scope "user" without a user bypasses).
USER_SPECIFIC = Rule(
    name="user_specific",
    prompt=(
        r"(?i)\b(?:my|our)\s+(?:own\s+|current\s+|last\s+|latest\s+|recent\s+)?"
        r"(?:account|order|orders|balance|bill|bills|billing|invoice|invoices|booking|bookings"
        r"|reservation|reservations|appointment|appointments|subscription|profile|payment"
        r"|payments|transaction|transactions|refund|delivery|parcel|shipment|statement"
        r"|points|ticket|tickets|claim|loan|salary|payslip|schedule|calendar|inbox)\b"
        r"|(?:私|わたし|僕|ぼく|俺|自分|当方)(?:の|が)?(?:注文|口座|残高|請求|予約|契約|アカウント"
        r"|支払|引き落とし|ポイント|明細|配送|荷物|スケジュール|予定|給与|給料|ローン|チケット)"
    ),
    scope="user",
    ttl=300,
)

#: Everything else: cached with the cache's own settings (default TTL 1 hour).
GENERIC = Rule(name="generic")

#: The shipped presets by name, in the order they are applied.
#: ``user_specific`` comes first: isolation matters more than a short TTL ("my order today").
PRESETS: Mapping[str, Rule] = {
    "user_specific": USER_SPECIFIC,
    "time_sensitive": TIME_SENSITIVE,
}


# -- the policy -----------------------------------------------------------------------------

_POLICY_KEYS = ("rules", "presets", "detectors", "disabled_detectors", "remote", "ner")


class Policy:
    """Ordered rules plus sensitive-data detectors.

    Args:
        detectors: name → detector (any ``(text) -> bool``); default: every built-in detector
            of :mod:`yamabiko.detectors`. ``{}`` turns detection off.
        rules: :class:`Rule` objects or mappings with the same fields, tried in order. A last
            rule with no match field becomes the default rule.
        presets: True (default) for all shipped presets, False for none, or a list of preset
            names (``user_specific``, ``time_sensitive``); they are tried after ``rules``.

    ``Policy()`` therefore detects sensitive data, gives time-sensitive prompts 5 minutes,
    keeps questions about a user's own records to that user, and caches the rest with the
    cache's own TTL.
    """

    def __init__(
        self,
        detectors: Mapping[str, Detector] | None = None,
        *,
        rules: Sequence[Rule | Mapping[str, Any]] = (),
        presets: bool | Sequence[str] = True,
        source: str = "Policy(rules=...)",
    ) -> None:
        self.detectors: dict[str, Detector] = (
            builtin_detectors() if detectors is None else dict(detectors)
        )
        for name, detector in self.detectors.items():
            if not callable(detector):
                raise ConfigError(
                    f"detector {name!r} is {detector!r}, not callable; a detector is a function "
                    "(text: str) -> bool."
                )
        #: a detector that waits on I/O (a remote checker): run off the event loop
        self.blocking = any(getattr(d, "blocking", False) for d in self.detectors.values())
        own: list[Rule] = []
        for i, rule in enumerate(rules, 1):
            if not isinstance(rule, Rule):
                where = f"{source}: [[policy.rules]] #{i} ({_name_of(rule, i)!r})"
                rule = Rule.from_mapping(rule, where=where)
            own.append(rule)
        for i, rule in enumerate(own[:-1], 1):
            if rule.matches_everything:
                raise ConfigError(
                    f"{source}: [[policy.rules]] #{i} ({rule.name!r}) has no match field, so it "
                    f"matches every request and rule #{i + 1} ({own[i].name!r}) would never apply. "
                    "Move it to the end of the list (it becomes the default rule) or give it a "
                    "match field (route, model, namespace, header, prompt, temperature_above)."
                )
        default = own.pop() if own and own[-1].matches_everything else GENERIC
        self.rules: tuple[Rule, ...] = (*own, *_presets(presets, source), default)

    @classmethod
    def from_config(cls, data: Mapping[str, Any], source: str) -> Policy:
        """Build a policy from the ``policy`` table of a parsed config file (TOML or YAML).

        Keys: ``rules`` (a list of rule tables, TOML ``[[policy.rules]]``), ``presets``
        (true, false or a list of preset names), ``detectors`` (the built-in detectors to
        run; default all), ``disabled_detectors`` (built-in detectors not to run), ``remote``
        (a remote checker table) and ``ner`` (the named-entity detector); see
        :mod:`yamabiko.detectors.config`. ``source`` (the file name) starts every error message.
        """
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise ConfigError(
                f"{source}: policy must be a table (TOML [policy], YAML policy: mapping), "
                f"got {data!r:.60}."
            )
        for key in data:
            if key not in _POLICY_KEYS:
                close = difflib.get_close_matches(str(key), _POLICY_KEYS, n=1)
                hint = f" Did you mean {close[0]!r}?" if close else ""
                raise ConfigError(
                    f"{source}: unknown key policy.{key}.{hint} Known keys: "
                    f"{', '.join(_POLICY_KEYS)}."
                )
        rules = data.get("rules", [])
        if not isinstance(rules, list):
            raise ConfigError(
                f"{source}: policy.rules must be a list of rule tables (TOML [[policy.rules]], "
                f"YAML a list under policy.rules), got {rules!r:.60}."
            )
        detectors = detectors_from_config(data, source)
        return cls(detectors, rules=rules, presets=data.get("presets", True), source=source)

    @classmethod
    def from_file(cls, path: str | Path) -> Policy:
        """The policy of a TOML (``.toml``) or YAML (``.yaml``/``.yml``) config file."""
        document = read_config_file(path)
        return cls.from_config(document.get("policy") or {}, str(path))

    def decide(self, request: PolicyRequest) -> Decision:
        """The first matching rule's decision (the default rule matches every request)."""
        for rule in self.rules:
            if rule.matches(request):
                return rule.decision()
        return Decision()  # unreachable: the last rule matches everything

    def find_sensitive(self, texts: Sequence[str], *, blocking: bool = True) -> str | None:
        """Name of the first detector that matches any of ``texts``, else None
        (``blocking=False``: without the detectors that wait on I/O, e.g. a remote checker)."""
        detectors = self.detectors
        if not blocking and self.blocking:
            detectors = {n: d for n, d in detectors.items() if not getattr(d, "blocking", False)}
        return _find_sensitive(texts, detectors)

    def __repr__(self) -> str:
        names = ", ".join(rule.name for rule in self.rules)
        return f"Policy(rules=[{names}], detectors=[{', '.join(self.detectors)}])"


def _name_of(rule: Any, index: int) -> str:
    name = rule.get("name") if isinstance(rule, Mapping) else None
    return name if isinstance(name, str) else f"rule {index}"


def _presets(presets: bool | Sequence[str], source: str) -> list[Rule]:
    if presets is True:
        return list(PRESETS.values())
    if presets is False:
        return []
    if isinstance(presets, str) or not isinstance(presets, (list, tuple)):
        raise ConfigError(
            f"{source}: presets is {presets!r}; use true (all), false (none) or a list of "
            f"names from {', '.join(PRESETS)}."
        )
    for name in presets:
        if name not in PRESETS:
            raise ConfigError(
                f"{source}: unknown preset {name!r}; the presets are {', '.join(PRESETS)}."
            )
    return [rule for name, rule in PRESETS.items() if name in presets]
