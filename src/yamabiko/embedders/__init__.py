"""Embedders: the protocol, the default local model, and the shared LRU/batching wrapper."""

from .base import CachedEmbedder, Embedder, normalize_rows
from .local import USEMultilingual

__all__ = ["CachedEmbedder", "Embedder", "USEMultilingual", "normalize_rows"]
