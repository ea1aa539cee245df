"""The semantic cache: :class:`AsyncSemanticCache` (the async core) and
:class:`SemanticCache` (its synchronous facade).

Modules: :mod:`.core` (construction, life cycle, the request, ``get_or_call``), :mod:`.lookup`
(the read path), :mod:`.writes` (the write path), :mod:`.manage` (invalidation, listing,
feedback, stats), :mod:`.limits` (defaults and checks of the settings), :mod:`.sync` (the
synchronous facade).
"""

from ..request import DEFAULT_MAX_ENTRY_BYTES, check_min_similarity, check_ttl
from .core import AsyncSemanticCache
from .limits import DEFAULT_MIN_SIMILARITY, DEFAULT_TTL_S
from .sync import SemanticCache

__all__ = [
    "DEFAULT_MAX_ENTRY_BYTES",
    "DEFAULT_MIN_SIMILARITY",
    "DEFAULT_TTL_S",
    "AsyncSemanticCache",
    "SemanticCache",
    "check_min_similarity",
    "check_ttl",
]
