"""Settings: the only reader of ``YAMABIKO_*`` environment variables and the config file.

Every section is layered the same way (:mod:`.layers`), highest precedence last: built-in
defaults, the config file (``--config`` or ``YAMABIKO_CONFIG``; TOML, or YAML if PyYAML is
installed), environment variables, command-line flags (and constructor arguments).

Modules: :mod:`.layers` (the layering), :mod:`.values` (shared value parsers), :mod:`.cache`
(``[cache]``), :mod:`.embedder` (``[embedder]``), :mod:`.gateway` and :mod:`.gateway_values`
(``[gateway]``, imported by the gateway only), :mod:`.settings` (:func:`load_settings`, the
objects the settings describe). ``[policy]`` and ``[verify]`` are tables of rules and judges,
read from the file only, by :meth:`yamabiko.policy.Policy.from_config` and
:func:`yamabiko.verify.config.build_review`. The file itself is read by
:mod:`yamabiko.config_file`. Reference: ``docs/configuration.md``
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
    [[policy.rules]]     # yamabiko.policy (see docs/policy.md)
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
