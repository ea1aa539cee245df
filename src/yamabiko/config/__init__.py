"""Settings: the only reader of ``YAMABIKO_*`` environment variables and the config file.

Every section is layered the same way (:mod:`.layers`), highest precedence last: built-in
defaults, the config file (``--config`` or ``YAMABIKO_CONFIG``; TOML, or YAML if PyYAML is
installed), environment variables, command-line flags (and constructor arguments).

Modules: :mod:`.layers` (the layering), :mod:`.values` (shared value parsers), :mod:`.cache`
(``[cache]``), :mod:`.embedder` (``[embedder]``), :mod:`.gateway` and :mod:`.gateway_values`
(``[gateway]``, imported by the gateway only), :mod:`.verify_policy` (the scalar settings of
``[verify]`` and ``[policy]``: ``YAMABIKO_VERIFY_<KEY>``, ``YAMABIKO_POLICY_<KEY>``, a sub-table's
key joined with ``_`` as in ``YAMABIKO_VERIFY_JUDGE_MODEL``, and ``serve --verify-mode``,
``--judge-*``, ``--policy-presets``), :mod:`.settings` (:func:`load_settings`, the objects the
settings describe). The layered ``[verify]`` and ``[policy]`` tables are then built by
:func:`yamabiko.verify.config.build_review` and :meth:`yamabiko.policy.Policy.from_config`.

**File only**: ``[[policy.rules]]`` (and the optional detectors' tables and lists,
``[policy.remote]`` ``headers`` / ``entities`` and ``[policy.ner]``). Rules are an ordered list
of tables whose order decides (the first match wins) and whose fields are patterns and match
tables: a variable or a flag could carry them only in a second syntax (JSON in a string) with
worse errors, and replacing one rule of the list from outside the file has no safe meaning.
So are ``[gateway]``'s tables (``routes``, ``prices``, ``aws``).

The file itself is read by :mod:`yamabiko.config_file`. Reference: ``docs/configuration.md``
(``python -m yamabiko.config_reference``).

Config file layout (TOML)::

    [cache]
    path = "/var/lib/yamabiko/cache.sqlite3"   # or store = "valkey://localhost:6379/0"
    min_similarity = 0.9
    ttl = 3600                                 # seconds; "none" = never expire
    max_entries = 100000
    language_in_context = true
    max_age = 86400                            # global cap on any entry's age, seconds
    max_prompt_chars = 4000                    # longer prompts bypass (reason too-long)
    lookup_budget = 0.5                        # seconds a lookup may wait on the store
    write_budget = 5.0                         # seconds a store may wait on the store
    conversation = "semantic"                  # earlier turns by meaning; "exact": byte-equal

    [embedder]           # name = "titan", dims = 1024 … (yamabiko.config.embedder)
    [gateway]            # yamabiko.config.gateway (see docs/gateway.md)
    [verify]             # mode, verify_from, [verify.judge] ... (docs/verification.md)
    [policy]             # presets, detectors, [policy.remote] ... (docs/policy.md)
    [[policy.rules]]     # yamabiko.policy (see docs/policy.md); file only
"""

from ..config_file import parse_bool, read_config_file
from .cache import CacheSettings
from .layers import ENV_PREFIX
from .settings import Settings, check_cache_settings, gateway_env, load_settings, open_store_url

__all__ = [
    "ENV_PREFIX",
    "CacheSettings",
    "Settings",
    "check_cache_settings",
    "gateway_env",
    "load_settings",
    "open_store_url",
    "parse_bool",
    "read_config_file",
]
