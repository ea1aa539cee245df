"""Reading a config file (TOML, or YAML when PyYAML is installed) into a dict.

The one parser of config files; :mod:`yamabiko.config` layers the result under the environment
and flags, and :meth:`yamabiko.policy.Policy.from_file` reads its ``[policy]`` table.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import ConfigError


def read_config_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Parse a TOML (``.toml``) or YAML (``.yaml``/``.yml``) config file into a dict."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the config file {file}: {exc.strerror}.") from exc
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as exc:
            raise ConfigError(
                f"{file} is YAML, which needs PyYAML: pip install 'yamabiko[yaml]', or use TOML."
            ) from exc
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{file} is not valid YAML: {exc}") from exc
    else:
        try:
            import tomllib
        except ImportError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file} is not valid TOML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(
            f"{file} must hold a table/mapping at the top, got {type(data).__name__}."
        )
    return data


def parse_bool(raw: Any) -> bool:
    """true/false, 1/0, yes/no, on/off (any case) as a bool; ValueError otherwise."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true/false (or 1/0, yes/no, on/off)")
