"""An application's choice of the garbage collector's reach once the cache is loaded (opt-in).

A loaded process holds ~110,000 objects the collector tracks (the guard's WordNet and word
tables, the embedder's vocabulary, the code), almost all of them for the life of the process.
Python's full collection goes through every one of them: ~65-100 ms on one thread, which lands
inside whatever lookup is running when it comes (about once per thousand lookups while the
guard's caches fill; session 31, ``benchmarks/bench_lookup_tail.py``). :func:`freeze_loaded`
moves everything loaded so far out of the collector's reach (:func:`gc.freeze`), so that a full
collection goes through only what was made since. It changes no verdict and no answer; objects
frozen are never freed (what is loaded at start-up stays anyway). The collector's settings are
the process's, not a library's: the library never calls this; the ``yamabiko serve`` command
(an application) does, once its cache is warmed up; an application that embeds the cache may,
after :meth:`~yamabiko.AsyncSemanticCache.warm_up`.
"""

from __future__ import annotations

import gc

__all__ = ["freeze_loaded"]


def freeze_loaded() -> int:
    """Collect what is garbage now, then leave every object that remains out of the garbage
    collector's reach from now on (``gc.collect(); gc.freeze()``). Returns how many objects
    are frozen in all. Call it once the cache is loaded and warmed up; ``gc.unfreeze()``
    undoes it."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
