"""The ``yamabiko`` command (``yamabiko.cli:main``): :mod:`.main` builds the parser from the
command groups, :mod:`.common` and :mod:`.checks` hold what the commands share."""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
