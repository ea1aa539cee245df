"""Key groups: which keys (and which index) an entry lives under, standalone or in a cluster.

Standalone, there is one group with the historical layout (``<prefix>e:<id>``, ``<prefix>idx``,
...). In a cluster, every group is one hash slot: its keys share the hash tag ``{<tag>}``, so
that the Lua scripts and the search index of a group run on the one node that owns the slot,
and no command ever spans two slots. A group's tag is the tenant's namespace, or
``<namespace>#<i>`` for sub-partition ``i`` of a namespace spread over ``N`` groups.

A lookup only knows the entry's *partition* (a hash that may or may not include the namespace:
scope ``shared`` drops it), so the cluster layout keeps ``<prefix>pn:<partition>`` -> the
namespace whose groups hold that partition (set by the first writer, read once per process).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

_PLAIN_TAG = re.compile(r"[^{}\s]{1,64}")


@dataclass(frozen=True)
class Group:
    """The keys and index of one group (one hash slot in a cluster)."""

    tag: str | None
    entry_prefix: str
    stats: str
    ttl: str
    hits_prefix: str
    index_name: str
    evidence_prefix: str

    @classmethod
    def standalone(cls, prefix: str, index_name: str) -> Group:
        """The one group of a single server: plain prefixed keys and the given index."""
        return cls(
            None, f"{prefix}e:", f"{prefix}stats", f"{prefix}ttl", f"{prefix}h:", index_name,
            f"{prefix}v:",
        )  # fmt: skip

    @classmethod
    def clustered(cls, prefix: str, tag: str) -> Group:
        """The group of hash tag ``tag``: its keys and its index share one hash slot."""
        base = f"{prefix}{{{tag}}}"
        return cls(
            tag, f"{base}e:", f"{base}stats", f"{base}ttl", f"{base}h:", f"{base}idx", f"{base}v:"
        )

    def entry(self, entry_id: str) -> str:
        """The key of an entry's HASH."""
        return self.entry_prefix + entry_id

    def hits(self, entry_id: str) -> str:
        """The key of an entry's hit counter."""
        return self.hits_prefix + entry_id

    def evidence(self, entry_id: str) -> str:
        """The key of an entry's evidence list."""
        return self.evidence_prefix + entry_id


def namespace_tag(namespace: str) -> str:
    """The hash tag of a namespace: itself when it is short and plain, else a digest of it."""
    if _PLAIN_TAG.fullmatch(namespace):
        return namespace
    return "h-" + hashlib.sha256(namespace.encode()).hexdigest()[:16]


def group_tags(namespace: str, subpartitions: int) -> list[str]:
    """The tags of a namespace's groups (one, or ``subpartitions`` of them)."""
    tag = namespace_tag(namespace)
    if subpartitions <= 1:
        return [tag]
    return [f"{tag}#{i}" for i in range(subpartitions)]


def tag_for_entry(namespace: str, subpartitions: int, entry_id: str) -> str:
    """The tag of the group an entry goes to (sub-partition chosen by a hash of its id)."""
    tags = group_tags(namespace, subpartitions)
    return tags[zlib.crc32(entry_id.encode()) % len(tags)]


def tag_of_key(key: str, prefix: str) -> str | None:
    """The hash tag of a cluster key ``<prefix>{tag}...``, or None."""
    if not key.startswith(prefix + "{"):
        return None
    end = key.find("}", len(prefix) + 1)
    return key[len(prefix) + 1 : end] if end > 0 else None
