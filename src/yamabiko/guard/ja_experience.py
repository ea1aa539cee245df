"""Whether one has ever done it (session 21, Japanese review): V-た + こと + が / は / も + ある
asks about an experience (この薬を飲んだことがありますか: have you ever taken it; 海外に行った
ことはありますか), the same verb said otherwise asks about one act (飲みましたか: did you take
it, today; 飲みますか: do you take it). The word checks see the same verb (こと is a function
noun) and the embedder puts the pairs at 0.90-0.97. Read for the guard's ``roles`` step through
:func:`.modality.frame_changed`; reason ``experience:飲む``.

The construction is read from SudachiPy's parts of speech: a verb, the auxiliary た, the noun
こと / 事, particles, then 有る / 無い. こと after the plain verb (飲むことがある: sometimes) is
another sense and is not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .ja_doers import _units
from .ja_time import verbs_said
from .ja_words import closes

#: the nominalizer of the construction (SudachiPy's normalized forms of こと and 事)
_KOTO = frozenset({"こと", "事"})
#: what closes it: ある / ない (SudachiPy's normalized forms)
_BE = frozenset({"有る", "無い"})


def experience_changed(query: str, cached: str) -> str:
    """The verb (keyed as :func:`.ja_time._verb_key`) said in the experience construction on
    one side and as the question's own closing predicate on the other (飲みましたか,
    飲みますか; not 飲んだ経験はありますか, where a noun says the experience); empty when none
    is."""
    if ("こと" in query or "事" in query) == ("こと" in cached or "事" in cached):
        return ""  # (a cheap test first: the nominalizer on one side only)
    mine, theirs = _verbs(query), _verbs(cached)
    for verb, said in mine.items():
        if {said, theirs.get(verb)} == {_EVER, _CLOSING}:
            return verb
    return ""


#: how a verb is said: in the experience construction, or as the closing predicate
_EVER, _CLOSING = "ever", "closing"


@lru_cache(maxsize=1024)
def _verbs(text: str) -> dict[str, str]:
    """Each verb of ``text`` (but a bound one after て / で) said in the experience
    construction or as the closing predicate -> which (the first when said twice)."""
    return verbs_said(_units(text), _after_te, _said, keep_first=True)


def _said(morphemes: Sequence[Any], j: int) -> str:
    """How the verb before ``j`` is said: :data:`_EVER`, :data:`_CLOSING`, or empty (another
    way, or the construction's own ある)."""
    i = j - 1
    if (
        morphemes[i].normalized_form() in _BE
        and i > 0
        and morphemes[i - 1].part_of_speech()[0] == "助詞"
    ):
        return ""
    return _EVER if _ever(morphemes, i) else _CLOSING if closes(morphemes, i) else ""


def _after_te(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` follows て / で (an auxiliary verb: 飲んでいる's いる)."""
    return i > 0 and morphemes[i - 1].surface() in ("て", "で")


def _ever(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` opens V-た + こと + particles + ある / ない."""
    k = i + 1
    if k >= len(morphemes) or morphemes[k].normalized_form() != "た":
        return False
    k += 1
    if k >= len(morphemes) or morphemes[k].normalized_form() not in _KOTO:
        return False
    k += 1
    start = k
    while k < len(morphemes) and morphemes[k].part_of_speech()[0] == "助詞":
        k += 1
    return k > start and k < len(morphemes) and morphemes[k].normalized_form() in _BE
