"""The ``[verify]`` and ``[policy]`` sections' scalar settings, layered like every section
(:mod:`.layers`): the config file, then ``YAMABIKO_VERIFY_<KEY>`` / ``YAMABIKO_POLICY_<KEY>``
variables (a sub-table's key joined with ``_``: ``verify.judge.model`` is
``YAMABIKO_VERIFY_JUDGE_MODEL``, ``policy.remote.url`` is ``YAMABIKO_POLICY_REMOTE_URL``), then
``yamabiko serve`` flags (:data:`FLAGS`), a later layer winning.

The layered values are merged back into the section's table, which
:func:`yamabiko.verify.config.build_review` and :meth:`yamabiko.policy.Policy.from_config`
build as before (they also check the keys and the cross-field rules).

**File only**: ``[[policy.rules]]``, ``[policy.remote] headers`` / ``entities`` and
``[policy.ner]``. Rules are an ordered list of tables (the first match wins) whose fields are
regular expressions and match tables: an environment variable or a flag could only carry them
as a second syntax (JSON in a string) with worse errors, and "override rule 3 from the
environment" has no safe meaning when the order decides. The other three are tables or lists
that configure optional detectors, so they live with the rules.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..config_file import parse_bool
from ..detectors.registry import builtin_detectors
from ..errors import ConfigError, did_you_mean
from ..policy.presets import PRESETS
from ..verify.judge import FORMATS
from ..verify.review import MODES
from .layers import ENV_PREFIX, Parser, apply_layers, env_layer, env_name, file_layer, flag_layer
from .values import boolean, choice, fraction, number


@dataclass(frozen=True)
class Setting:
    """One scalar setting: its (dotted) key in the section, parser, default and meaning."""

    key: str
    parse: Parser
    default: str
    meaning: str


def _similarity(raw: Any, where: str) -> float | None:
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("", "none")):
        return None
    value = number(raw, where, minimum=-math.inf)
    if not -1.0 <= value <= 1.0:
        raise ConfigError(f"{where} is {raw!r}; it must be a cosine similarity in [-1, 1].")
    return value


def _probability(raw: Any, where: str) -> float:
    value = fraction(raw, where)
    if not 0.0 < value < 1.0:
        raise ConfigError(f"{where} is {raw!r}; it must be a probability in (0, 1), e.g. 0.01.")
    return value


def _share(raw: Any, where: str) -> float:
    value = fraction(raw, where)
    if value == 0.0:
        raise ConfigError(f"{where} is {raw!r}; it must be in (0, 1], e.g. 0.2.")
    return value


def _select(raw: Any, where: str) -> bool | str:
    if isinstance(raw, str) and raw.strip().lower() in ("margin", "similarity"):
        return raw.strip().lower()
    try:
        return parse_bool(raw)
    except ValueError:
        raise ConfigError(
            f'{where} is {raw!r}; use true (= "margin"), "margin", "similarity" or false.'
        ) from None


def _text(raw: Any, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(f"{where} is {raw!r}; it must be a non-empty string.")
    return raw.strip()


def _http_url(raw: Any, where: str) -> str:
    if not isinstance(raw, str) or not raw.startswith(("http://", "https://")):
        raise ConfigError(
            f"{where} is {raw!r}; it must be an http(s) URL, e.g. https://api.openai.com/v1."
        )
    return raw


def _whole(raw: Any, where: str) -> int:
    return number(raw, where, integer=True)


def _non_negative(raw: Any, where: str) -> float:
    value = number(raw, where, minimum=-math.inf)
    if value < 0:
        raise ConfigError(f"{where} is {raw!r}; it must be >= 0.")
    return value


def _names(raw: Any, where: str, known: tuple[str, ...], noun: str, fix: str = "") -> list[str]:
    """A list of names from ``known``: a TOML/YAML list, or ``a,b`` (empty: none)."""
    if isinstance(raw, str):
        raw = [name.strip() for name in raw.split(",") if name.strip()]
    if not isinstance(raw, list) or not all(isinstance(name, str) for name in raw):
        raise ConfigError(f"{where} is {raw!r:.60}; {fix}list {noun}s from {', '.join(known)}.")
    for name in raw:
        if name not in known:
            raise ConfigError(
                f"{where} names an unknown {noun} {name!r}.{did_you_mean(name, known)} "
                f"Known {noun}s: {', '.join(known)}."
            )
    return raw


def _presets(raw: Any, where: str) -> bool | list[str]:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false", "1", "0", "yes", "no"):
        return parse_bool(raw)
    return _names(raw, where, tuple(PRESETS), "preset", "use true (all), false (none) or ")


def _detectors(raw: Any, where: str) -> list[str]:
    return _names(raw, where, tuple(builtin_detectors()), "detector")


def _remote_timeout(raw: Any, where: str) -> float:
    value = number(raw, where)
    if value > 60:
        raise ConfigError(f"{where} is {raw!r}; use seconds in (0, 60], e.g. 0.5.")
    return value


VERIFY_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "mode",
        lambda r, w: choice(r, w, MODES),
        "`async` with a judge",
        "`sync`: the "
        "borderline lookup waits for the judge; `async`: a miss now, judged in the "
        "background.",
    ),
    Setting(
        "verify_from",
        _similarity,
        "`min_similarity - 0.10`",
        "lower end of the borderline band `[verify_from, min_similarity)`.",
    ),
    Setting(
        "select",
        _select,
        "true",
        "judge the likeliest yes first: `margin` (= true), `similarity`, or false.",
    ),
    Setting("learn", boolean, "true", "per-entry thresholds learned from evidence."),
    Setting(
        "max_error_rate",
        _probability,
        "`0.01`",
        "the wrong-hit rate the learned thresholds aim below.",
    ),
    Setting("promote", boolean, "true", "store a prompt the judge confirmed as an alias."),
    Setting(
        "promote_sync", boolean, "false", "(sync mode) also store a verified prompt as an alias."
    ),
    Setting(
        "judge.format",
        lambda r, w: choice(r, w, FORMATS),
        "`openai`",
        "the judge's API: " + ", ".join(f"`{f}`" for f in FORMATS) + ".",
    ),
    Setting(
        "judge.url",
        _http_url,
        "unset",
        "the judge's base URL, e.g. `https://api.openai.com/v1` (bedrock: the region's endpoint).",
    ),
    Setting("judge.model", _text, "unset", "the model to ask, e.g. `gpt-4o-mini`."),
    Setting(
        "judge.api_key_env",
        _text,
        "unset",
        "name of the variable holding the judge's API key (never the key itself).",
    ),
    Setting("judge.timeout_s", number, "`5.0`", "seconds per judge call."),
    Setting("judge.max_tokens", _whole, "`16`", "tokens the judge may answer with."),
    Setting("judge.max_chars", _whole, "`2000`", "characters of each text sent to the judge."),
    Setting("judge.calls_per_minute", _whole, "`60`", "budget: judge calls per minute."),
    Setting(
        "judge.share_of_misses", _share, "`0.2`", "budget: at most this share of misses, in (0, 1]."
    ),
    Setting("judge.burst", _whole, "`5`", "budget: judge calls that may be banked."),
    Setting(
        "judge.price_per_1k_tokens",
        _non_negative,
        "`0.0`",
        "USD per 1,000 tokens, for the cost counter.",
    ),
    Setting("judge.region", _text, "unset", "(bedrock) AWS region that signs the calls."),
    Setting("judge.profile", _text, "unset", "(bedrock) AWS profile of the credentials."),
)

POLICY_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "presets",
        _presets,
        "true",
        "shipped rules after yours: true (all), false (none) "
        "or a list (env/flag: `user_specific,time_sensitive`).",
    ),
    Setting(
        "detectors",
        _detectors,
        "all built-in",
        "the built-in sensitive-data detectors to run (env/flag: `email,phone`; empty: none).",
    ),
    Setting("disabled_detectors", _detectors, "unset", "built-in detectors not to run."),
    Setting(
        "remote.url",
        _http_url,
        "unset",
        "remote sensitive-data checker (e.g. Presidio's "
        "`/analyze`); setting it turns the checker on.",
    ),
    Setting("remote.timeout", _remote_timeout, "`0.5`", "seconds per remote check, in (0, 60]."),
    Setting(
        "remote.fail",
        lambda r, w: choice(r, w, ("closed", "open")),
        "`closed`",
        "a failed remote check: `closed` = treated as sensitive, `open` = as clean.",
    ),
    Setting("remote.language", _text, "`auto`", "language sent to the remote checker."),
    Setting("remote.min_score", fraction, "`0.5`", "remote findings below this score are ignored."),
)

SECTIONS: dict[str, tuple[Setting, ...]] = {"verify": VERIFY_SETTINGS, "policy": POLICY_SETTINGS}

#: ``section.key`` -> its ``yamabiko serve`` flag
FLAGS: dict[str, str] = {
    "verify.mode": "--verify-mode",
    "verify.verify_from": "--verify-from",
    "verify.judge.format": "--judge-format",
    "verify.judge.url": "--judge-url",
    "verify.judge.model": "--judge-model",
    "verify.judge.calls_per_minute": "--judge-calls-per-minute",
    "policy.presets": "--policy-presets",
}


def env_prefix(section: str) -> str:
    """``YAMABIKO_VERIFY_`` or ``YAMABIKO_POLICY_``."""
    return f"{ENV_PREFIX}{section.upper()}_"


def layered_section(
    section: str,
    table: Any,
    env: Mapping[str, str],
    flags: Mapping[str, Any] | None = None,
    source: str = "config",
) -> dict[str, Any] | None:
    """The ``[section]`` table of the file with its scalar settings replaced by the layered
    ones (file < env < ``flags``, keyed by dotted key); None when no layer sets anything."""
    settings = SECTIONS[section]
    fields = {s.key: s.parse for s in settings}
    if table is not None and not isinstance(table, Mapping):
        raise ConfigError(f"{source}: [{section}] must be a table, got {table!r:.60}.")
    out = {k: dict(v) if isinstance(v, Mapping) else v for k, v in (table or {}).items()}
    flat = {key: out[key] for key in fields if key in out}
    for key in fields:
        sub, dot, rest = key.partition(".")
        if dot and isinstance(out.get(sub), dict) and rest in out[sub]:
            flat[key] = out[sub][rest]
    prefix = env_prefix(section)
    names = {k.partition(".")[2]: v for k, v in FLAGS.items() if k.startswith(f"{section}.")}
    known = ", ".join(env_name(prefix, key) for key in fields)
    values = apply_layers(
        {},
        fields,
        [
            file_layer(flat, section, source) if flat else None,
            env_layer(env, prefix, fields, report_others=True),
            flag_layer(flags, names),
        ],
        lambda key, where: (
            f"{where} is not a [{section}] setting."
            f"{did_you_mean(env_name(prefix, key), [env_name(prefix, k) for k in fields])} "
            f"Known: {known} (rule lists and tables are set in the config file)."
        ),
    )
    if table is None and not values:
        return None
    for key, value in values.items():
        sub, dot, rest = key.partition(".")
        if not dot:
            out[key] = value
        elif isinstance(out.setdefault(sub, {}), dict):
            out[sub][rest] = value
    return out
