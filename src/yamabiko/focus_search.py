"""Question focus in the store and in the search (``SemanticCache(focus=True)``).

A prompt with a preamble (:func:`yamabiko.focus.question_focus`) gets a second vector:

* **put**: the entry is written as usual, and its focus vector as a *focus record*
  (:func:`focus_record`): an entry of its own id (``<entry id>~focus``), same partition, prompt,
  expiry, tags, conversation record and stored analysis, an empty response and
  ``metadata["focus_of"]`` naming the entry. Every store keeps it as it keeps any entry (no
  schema change: stores filled before, or with focus off, are read as they are).
* **lookup**: the query's whole vector is searched as usual; a query with a preamble also
  searches its focus vector. :func:`merge` joins the two lists per entry: a focus record
  found by the whole query stands for its entry (the entry's focus against the query), a
  candidate found by the query's focus counts only when it is an entry's whole vector (never
  focus against focus: one side is always compared whole). Each entry keeps its best cosine,
  and :class:`Focused` remembers which came from a focus, for the hit's reason
  (``hit:focus:<cosine>``) and the counters.

The guard then compares the two whole prompts: the focus only lifts the cosine that the
threshold compares.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from .focus import question_focus
from .models import Candidate, Entry

#: whether a cache matches question focus when its ``focus`` setting is not given
DEFAULT_FOCUS = True
#: the id suffix of a focus record
FOCUS_SUFFIX = "~focus"


def focus_id(entry_id: str) -> str:
    """The id of the focus record of the entry ``entry_id``."""
    return entry_id + FOCUS_SUFFIX


def is_focus_id(entry_id: str) -> bool:
    """Whether ``entry_id`` names a focus record."""
    return entry_id.endswith(FOCUS_SUFFIX)


def root_id(entry_id: str) -> str:
    """The entry a focus record belongs to (an entry's own id is its root)."""
    return entry_id[: -len(FOCUS_SUFFIX)] if is_focus_id(entry_id) else entry_id


def with_focus_ids(ids: Iterable[str]) -> tuple[str, ...]:
    """``ids`` (focus records named as their entries) and their entries' focus records: an
    invalidation by id removes both."""
    roots = list(dict.fromkeys(root_id(i) for i in ids))
    return tuple(roots + [focus_id(i) for i in roots])


def focus_record(entry: Entry) -> Entry:
    """The focus record of ``entry`` (see the module docstring): stored with the focus vector."""
    return dataclasses.replace(
        entry,
        id=focus_id(entry.id),
        response="",
        metadata={**entry.metadata, "focus_of": entry.id},
        hits=0,
        last_hit_at=None,
    )


@dataclasses.dataclass(frozen=True)
class FocusCandidate(Candidate):
    """A candidate at the cosine a question focus gave it, with the pair of texts the focus
    matched (the query's side, the entry's side: one of them a focus), which the guard checks
    too. The entry's candidate at its whole prompts' cosine stays in the list after it: when
    the focus pair is refused, the whole pair has its own chance."""

    focus_query: str = ""
    focus_cached: str = ""


def merge(
    whole: Sequence[Candidate],
    focused: Sequence[Candidate] = (),
    query: str = "",
    query_focus: str | None = None,
    lang: str | None = None,
) -> list[Candidate]:
    """Join the whole query's candidates and those of the query's focus (``query_focus``):
    per entry its whole candidate and, when a focus beat it, the best focus candidate
    (:class:`FocusCandidate`), best first (see the module docstring)."""
    plain: dict[str, Candidate] = {}
    lifted: dict[str, FocusCandidate] = {}
    for candidates, from_focus in ((whole, False), (focused, True)):
        for c in candidates:
            key = root_id(c.id)
            if is_focus_id(c.id):
                cached_focus = None if from_focus else question_focus(c.prompt, lang)
                if cached_focus is None:  # focus against focus, or a record this version
                    continue  # would not make (its entry stands whole)
                pair = (query, cached_focus)
            elif from_focus and query_focus is not None:
                pair = (query_focus, c.prompt)
            else:
                if key not in plain or plain[key].similarity < c.similarity:
                    plain[key] = c
                continue
            known = lifted.get(key)
            if known is None or known.similarity < c.similarity:
                fields = {f.name: getattr(c, f.name) for f in dataclasses.fields(Candidate)}
                fields.update(id=key, response=None if is_focus_id(c.id) else c.response)
                lifted[key] = FocusCandidate(**fields, focus_query=pair[0], focus_cached=pair[1])
    out: list[Candidate] = list(plain.values())
    out += [
        c for key, c in lifted.items() if key not in plain or plain[key].similarity < c.similarity
    ]
    return sorted(out, key=lambda c: (-c.similarity, not isinstance(c, FocusCandidate)))
