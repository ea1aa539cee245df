"""The opposite intent of a change: keeping things as they are (moved here from
:mod:`yamabiko.conversation.intent` in session 29, which still exports it).

:func:`continuations` reads *keep*, *continue*, *remain*, 続ける, 継続, 維持 said by a person
of a thing the user has ("keep her at her current school", 今の学校に通い続けさせたい);
:func:`~yamabiko.conversation.intent.compare_intents` refuses it on one side only against the
other side's change (``history:intent:続ける``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ..guard.english import stem_en
from ..guard.facts import Analysis
from ..guard.japanese import short_units
from ..guard.lexicon import EN_STOPWORDS
from ..guard.wordnet_first import first_lexnames
from .custody import placed_with

__all__ = ["CONTINUATION_EN", "CONTINUATION_JA", "continuations"]

_WORD = re.compile(r"[a-z][a-z'-]*")

#: English verbs of keeping things as they are (stems compared): the opposite intent of a
#: change ("keep her at her current school" against "move her to a new school")
CONTINUATION_EN = ("keep", "keeping", "continue", "continuing", "remain", "retain")
#: Japanese lemmas of keeping things as they are (通い続けさせたい, 契約を継続, 維持)
CONTINUATION_JA = ("続ける", "継続", "維持", "続行", "存続", "据え置く")
_KEEP_EN = frozenset(stem_en(w) for w in CONTINUATION_EN)
_KEEP_JA = frozenset(CONTINUATION_JA)
#: words that mark the thing kept as the one the user has: "keep going to the *same*
#: school", 今の学校に通い続ける (a verb of continuing before a verb in -ing, or 続ける after
#: a verb, keeps only with one of them: "keep using my phone" abroad changes nothing)
_SAME_EN = frozenset({"same", "current", "existing", "present", "old", "usual"})
_SAME_JA = ("今の", "現在の", "同じ", "このまま", "引き続き", "今までの", "今まで通り")
#: *stay* keeps only with the thing kept as it is ("stay with my current network", "stay at
#: the same school"; not "I'm staying at the Hilton", a visit)
_STAY = re.compile(
    r"\bstay(?:s|ed|ing)?\s+(?:with|at|on|in)\s+(?:(?:my|his|her|our|their|the)\s+)?"
    r"(?:current|same|existing|present|old)\b"
)
#: what may stand before a verb of keeping done by a person: pronouns, auxiliaries, *to*
_PERSONS = frozenset({
    "i", "we", "you", "he", "she", "they", "i'd", "we'd", "i'll", "we'll", "you'll", "he'll",
    "she'll", "they'll", "i'm", "we're", "to", "will", "would", "can", "could", "should",
    "shall", "may", "might", "must", "and", "please", "am", "are", "were",
})  # fmt: skip
#: adverbs skipped before a verb of keeping (I still want to keep, she'll just stay)
_ADVERBS = frozenset({"still", "just", "also", "simply", "rather", "only"})


def continuations(text: str, analysis: Analysis) -> frozenset[str]:
    """The words of keeping things as they are that the turn ``text`` says (:data:`
    CONTINUATION_EN` stems, :data:`CONTINUATION_JA` lemmas, the auxiliary 続ける of
    通い続ける too; *stay* before what is current or the same), empty when it is negated
    ("I don't want to keep it" changes)."""
    if analysis.negations:
        return frozenset()
    words = analysis.words | set(analysis.content)
    if analysis.lang == "ja":
        found = set(words & _KEEP_JA)
        if "続ける" in found and _ja_aspect(text) and not any(m in text for m in _SAME_JA):
            found.discard("続ける")  # 使い続けたい: still using, unless the same thing is kept
        return frozenset(found)
    tokens = _WORD.findall(text.lower())
    said = {
        stem_en(t) for k, t in enumerate(tokens)
        if _by_a_person(tokens, k) and not placed_with(tokens, k, keep=True)  # keep him with us
    }  # fmt: skip
    found = set(words & _KEEP_EN) & said
    if found and not _SAME_EN.intersection(tokens):
        # "keep using my phone": still doing, unless the same thing is kept (the same school)
        found -= {stem_en(t) for t, after in pairwise(tokens) if after.endswith("ing")}
    if _STAY.search(text.lower()):
        found.add("stay")
    return frozenset(found)


def _by_a_person(tokens: list[str], k: int) -> bool:
    """The verb ``tokens[k]`` is done by a person: it opens the sentence (keep my plan), or
    follows a personal pronoun, an auxiliary or *to* (I'd like to keep it, she'll remain),
    or a noun WordNet files first under ``noun.person`` (my son remains), adverbs ending in
    *-ly* and *still* / *just* / *also* skipped. A thing that keeps ("the streetlight
    keeps us awake", "it keeps crashing") keeps nothing of the user's."""
    j = k - 1
    while j >= 0 and (tokens[j] in _ADVERBS or tokens[j].endswith("ly")):
        j -= 1
    if j < 0 or tokens[j] in _PERSONS:
        return True
    if tokens[j] in EN_STOPWORDS:
        return False
    return _person(tokens[j])


@lru_cache(maxsize=1024)
def _person(word: str) -> bool:
    """WordNet's first tagged noun sense of ``word`` is in ``noun.person`` (son, tenant)."""
    names = first_lexnames(word, 0)
    return bool(names) and names[0] == "noun.person"


def _ja_aspect(text: str) -> bool:
    """続ける after a verb (通い続ける, 使い続ける): an aspect of that verb, not a thing kept."""
    morphemes = short_units(text) or []
    return any(
        m.normalized_form() == "続ける" and before.part_of_speech()[0] == "動詞"
        for before, m in pairwise(morphemes)
    )
