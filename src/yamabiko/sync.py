"""The synchronous facade's old import path: :class:`SemanticCache` lives in
:mod:`yamabiko.cache.sync` (``from yamabiko import SemanticCache`` is the usual spelling)."""

from .cache.sync import SemanticCache

__all__ = ["SemanticCache"]
