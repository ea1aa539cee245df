"""A lookup's query prepared for its checks, and released when a hit serves it (session 32).

:func:`prepare` (``Guard.prepare``) analyses a lookup's query right before its first check and
keeps what the checks read in the guard's LRUs: its analysis with the word sets and families
derived from it, its units and, with the boosted trees, its text facts. Every check of the
lookup finds them there, and so does the entry a miss stores next (``Guard.stored_analysis``).

A hit needs none of it afterwards unless the same query comes again: kept, the query's ~25
objects the garbage collector tracks stayed in the LRUs until 4,096 other texts evicted them,
so every young collection moved them to the middle generation and every middle collection went
through them (session 31's ``bench_lookup_tail.py --census``: ~1,800 objects a middle
collection, 2.5-5.7 ms). :func:`release` (``Guard.release``, which the matcher calls when a
hit serves a prepared query) forgets them the first time a query is served, as the analysis
LRUs forget a text met once (session 16), and keeps them from its second time on (a query that
recurs: one analysis more, once). What a check decides does not depend on whether an analysis
was kept or made again: only the time to make it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import stored_units
from .relations import derive
from .stored import analysis_of
from .treefeatures import forget_text_facts, text_facts

if TYPE_CHECKING:
    from . import Guard

__all__ = ["prepare", "release"]


def prepare(guard: Guard, query: str, lang: str | None, stored: str | None = None) -> None:
    """Analyse ``query`` now and keep it in ``guard``'s LRUs, so that its checks find it there
    (a lookup calls this once, right before its first check; the checks are unchanged): its
    analysis and what the checks derive from it, its units and, with the boosted trees, its
    text facts. ``stored``: as in ``Guard.check``."""
    analysis = analysis_of(guard, query, lang, stored, keep=True)[0]
    derive(analysis)  # the word sets and families the checks compare
    stored_units.keep_prepared(query, analysis)  # its long units, offered by each check
    if "minpair" in guard.checks:
        guard._units.get(query, analysis.lang)
        if guard.boosted is not None and analysis.lang in ("en", "ja"):
            text_facts(query)  # what the trees' features need of the text alone


def release(guard: Guard, query: str, lang: str | None) -> None:
    """A hit served ``query`` (prepared with ``lang``): the first time, forget what
    :func:`prepare` kept of it; from the second time on (it recurs), keep it."""
    served = guard._served_once
    if query in served:
        return
    if len(served) >= 4 * guard._cache.size:
        served.clear()
    served.add(query)
    analysis = guard._cache.pop(query, lang)
    if analysis is not None:
        guard._units.pop(query, analysis.lang)
    forget_text_facts(query)
