"""The ``[verify]`` config section: the borderline band, the judge and learned thresholds.

Its scalar settings are layered (file < ``YAMABIKO_VERIFY_*`` variables < ``yamabiko serve``
flags) by :mod:`yamabiko.config.verify_policy` before :func:`build_review` sees the table.

```toml
[verify]
verify_from = 0.70        # band [verify_from, min_similarity); default min_similarity - 0.10
mode = "async"            # or "sync" (default: async with a judge)
select = true             # judge the likeliest yes first: "margin" (= true), "similarity", false
promote_sync = false      # sync mode: store a verified prompt as an alias too
learn = true              # per-entry thresholds from evidence
max_error_rate = 0.01

[verify.judge]            # optional: without it, only feedback teaches thresholds
format = "openai"         # openai | anthropic | gemini | bedrock
url = "https://api.openai.com/v1"
model = "gpt-4o-mini"
api_key_env = "OPENAI_API_KEY"   # the variable that holds the key (never the key itself)
timeout_s = 5
max_tokens = 16
calls_per_minute = 60
share_of_misses = 0.2
burst = 5                 # judge calls that may be banked
price_per_1k_tokens = 0.00015
```

With ``format = "bedrock"`` (the Converse API, SigV4-signed) ``url`` may be left out (the
region's Bedrock Runtime endpoint), ``region`` and ``profile`` choose the signing region and
the AWS profile, and credentials come from the standard AWS chain (no ``api_key_env``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from ..errors import ConfigError, YamabikoError
from .judge import JudgeBudget, LLMJudge
from .judge_bedrock import converse_url
from .review import Review

_REVIEW_KEYS = {
    "verify_from",
    "mode",
    "learn",
    "max_error_rate",
    "promote",
    "promote_sync",
    "select",
    "judge",
}
_JUDGE_KEYS = {
    "format",
    "url",
    "model",
    "api_key_env",
    "timeout_s",
    "max_tokens",
    "max_chars",
    "calls_per_minute",
    "share_of_misses",
    "burst",
    "price_per_1k_tokens",
    "region",
    "profile",
}


def build_review(
    section: Any, source: str = "config", env: Mapping[str, str] | None = None
) -> Review | None:
    """The :class:`Review` a ``[verify]`` section describes (None when there is none)."""
    if section is None:
        return None
    env = os.environ if env is None else env
    if not isinstance(section, dict):
        raise ConfigError(f"{source}: [verify] must be a table, got {section!r:.60}.")
    _check_keys(section, _REVIEW_KEYS, f"{source}: verify")
    judge_section = section.get("judge")
    try:
        judge, budget = None, None
        if judge_section is not None:
            if not isinstance(judge_section, dict):
                raise ConfigError(f"{source}: [verify.judge] must be a table.")
            _check_keys(judge_section, _JUDGE_KEYS, f"{source}: verify.judge")
            judge, budget = _judge(judge_section, source, env)
        return Review(
            judge,
            verify_from=section.get("verify_from"),
            mode=section.get("mode"),
            learn=bool(section.get("learn", True)),
            max_error_rate=section.get("max_error_rate", 0.01),
            budget=budget,
            promote=bool(section.get("promote", True)),
            select=_select(section.get("select", True), source),
            promote_sync=bool(section.get("promote_sync", False)),
        )
    except ConfigError:
        raise
    except YamabikoError as exc:
        raise ConfigError(f"{source}: [verify]: {exc}") from exc


def _judge(
    section: dict[str, Any], source: str, env: Mapping[str, str]
) -> tuple[LLMJudge, JudgeBudget]:
    fmt = str(section.get("format", "openai"))
    for key in ("model",) if fmt == "bedrock" else ("url", "model"):
        if not section.get(key):
            raise ConfigError(
                f"{source}: verify.judge.{key} is missing; the judge needs it ([verify.judge] "
                f"{key} = ..., or YAMABIKO_VERIFY_JUDGE_{key.upper()})."
            )
    aws = {k: str(section[k]) for k in ("region", "profile") if section.get(k)}
    if aws and fmt != "bedrock":
        raise ConfigError(
            f"{source}: verify.judge.{next(iter(aws))} applies to format = 'bedrock' only "
            f"(format is {fmt!r}); drop it."
        )
    if fmt == "bedrock" and section.get("api_key_env"):
        raise ConfigError(
            f"{source}: verify.judge.api_key_env is not used by format = 'bedrock' (requests "
            "are SigV4-signed with the standard AWS credentials); drop it."
        )
    key_env = section.get("api_key_env")
    api_key = None
    if key_env:
        api_key = env.get(str(key_env))
        if not api_key:
            raise ConfigError(
                f"{source}: verify.judge.api_key_env names {key_env!r}, which is not set; "
                "export it or drop api_key_env for a judge without a key."
            )
    url = converse_url(section.get("url"), aws) if fmt == "bedrock" else section["url"]
    judge = LLMJudge(
        str(url),
        str(section["model"]),
        format=fmt,
        api_key=api_key,
        timeout_s=float(section.get("timeout_s", 5.0)),
        max_tokens=int(section.get("max_tokens", 16)),
        max_chars=int(section.get("max_chars", 2000)),
        price_per_1k_tokens=float(section.get("price_per_1k_tokens", 0.0)),
        aws=aws if fmt == "bedrock" else None,
    )
    budget = JudgeBudget(
        calls_per_minute=int(section.get("calls_per_minute", 60)),
        share_of_misses=float(section.get("share_of_misses", 0.2)),
        burst=int(section.get("burst", 5)),
    )
    return judge, budget


def _select(value: Any, source: str) -> bool | str:
    if isinstance(value, bool) or value in ("margin", "similarity"):
        return value
    raise ConfigError(
        f'{source}: verify.select is {value!r}; use true (= "margin"), "margin", '
        '"similarity" or false.'
    )


def _check_keys(section: dict[str, Any], known: set[str], where: str) -> None:
    unknown = set(section) - known
    if unknown:
        raise ConfigError(
            f"{where}: unknown settings {sorted(unknown)}; known: {', '.join(sorted(known))}."
        )
