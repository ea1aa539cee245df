"""The detectors of a ``[policy]`` table: which built-in ones run (``detectors``,
``disabled_detectors``) and the opt-in ones (``[policy.remote]``, ``[policy.ner]``)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from ..errors import ConfigError
from .base import Detector
from .registry import builtin_detectors

_REMOTE_KEYS = ("url", "timeout", "fail", "language", "min_score", "entities", "headers")
_NER_KEYS = ("languages", "labels")


def _names(value: Any, key: str, source: str, available: Mapping[str, Detector]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(n, str) for n in value):
        raise ConfigError(
            f"{source}: policy.{key} is {value!r:.60}; it must be a list of detector names "
            f"from {', '.join(available)} (an empty list: none)."
        )
    for name in value:
        if name not in available:
            close = difflib.get_close_matches(name, list(available), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"{source}: policy.{key} names an unknown detector {name!r}.{hint} "
                f"Built-in detectors: {', '.join(available)}."
            )
    return value


def _table(value: Any, key: str, known: tuple[str, ...], source: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{source}: policy.{key} must be a table, got {value!r:.60}.")
    for name in value:
        if name not in known:
            close = difflib.get_close_matches(str(name), known, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"{source}: unknown key policy.{key}.{name}.{hint} Known keys: {', '.join(known)}."
            )
    return dict(value)


def detectors_from_config(data: Mapping[str, Any], source: str) -> dict[str, Detector] | None:
    """The detectors a ``[policy]`` table asks for, or None for the default (every built-in
    detector). ``source`` (the file name) starts every error message."""
    if not any(k in data for k in ("detectors", "disabled_detectors", "remote", "ner")):
        return None
    available = builtin_detectors()
    chosen = available
    if "detectors" in data:
        names = _names(data["detectors"], "detectors", source, available)
        chosen = {name: det for name, det in available.items() if name in names}
    if "disabled_detectors" in data:
        off = _names(data["disabled_detectors"], "disabled_detectors", source, available)
        chosen = {name: det for name, det in chosen.items() if name not in off}
    if "remote" in data:
        from .remote import RemoteDetector

        options = _table(data["remote"], "remote", _REMOTE_KEYS, source)
        if "url" not in options:
            raise ConfigError(
                f"{source}: policy.remote needs a url, e.g. url = 'http://127.0.0.1:5002/analyze'."
            )
        chosen["remote"] = RemoteDetector(options.pop("url"), **options)
    if "ner" in data:
        from .ner import NerDetector

        options = _table(data["ner"], "ner", _NER_KEYS, source)
        chosen["ner"] = NerDetector(**options)
    return chosen
