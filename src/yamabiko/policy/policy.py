"""The policy: ordered rules plus sensitive-data detectors.

The cache asks the policy once per request, when it builds the request
(:func:`yamabiko.request.build_request`): :meth:`Policy.decide` says whether and how to cache
(TTL, threshold, scope). :meth:`Policy.find_sensitive` runs on the prompt and the answer; how
its result and every other rule combine is decided in :mod:`yamabiko.policy.admission`.

A policy is an ordered list of :class:`~yamabiko.policy.rules.Rule` objects; the first rule
whose match fields all match the request decides. The list is: your rules, then the shipped
presets (``user_specific``, ``time_sensitive``; :mod:`.presets`), then the default rule (your
last rule if it has no match fields, else ``generic``, which keeps the cache's own settings).

TTL precedence, strongest first: the ``ttl=`` argument of a ``store()`` call (or the gateway's
``X-Yamabiko-TTL`` header), then the matching rule's ``ttl``, then the cache's ``ttl``; the
cache's ``max_age`` caps whatever results. Threshold and size limit follow the same order
(the call's, the rule's, the cache's). Implemented in :func:`yamabiko.request.build_request`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..config_file import read_config_file
from ..detectors import Detector, builtin_detectors
from ..detectors import find_sensitive as _find_sensitive
from ..detectors.config import detectors_from_config
from ..errors import ConfigError, did_you_mean
from .presets import GENERIC, PRESETS
from .rules import Decision, PolicyRequest, Rule

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
                hint = did_you_mean(str(key), _POLICY_KEYS)
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
