"""The Japanese rules of a question's frame that :func:`.modality.frame_changed` asks after the
modality (the guard's ``roles`` step): times and concessions of a clause, voice, givers, doers
and agents, aspect, tense, experience, counts, honour, items and scope. Each rule is called only
when its gate holds (session 34, rolesfast).

A gate is a NECESSARY condition of its rule, read from the rule's own first test: the kana
or kanji the rule must find in one prompt or the other before it reads any unit (てから / 時
for a clause, ても / でも for a concession, another count of を for a change of voice,
を on both sides for a verb of receiving against its giving twin,
もらう's kana for a giver, 自分で or に + a passive's kana for a doer, a causative's kana, a
request's or たい against a wish's kana for an agent, ておく's for the aspect, ている's for
the tense, た / だ for the past, までに on one side for ``until``, こと / 事 on one side for an
experience, a numeral for the counts, a humble or respectful form's kana for honour, と / や /
か for an item, でも on one side for "any", a word of "one of" and one of "both" for
``either``, 方 on one side and どう / どの on the other for the verb of a question of how).
All of them are read once a pair from the two texts as they are (the rules read the same
texts; a test of ``query + cached`` is implied by either side's), so a pair that says none of
a rule's words skips that rule and its code altogether, and a rule whose gate holds still
runs its own tests: no verdict or reason changes (``tests/test_guard_frame_gates_s34.py``
runs each gate against its rule on real pairs). The order of the rules, and so which reason
a pair gets, is the order before.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from .benefactive import giver_changed
from .facts import Analysis
from .ja_agents import _CAUSATIVE_KANA, _WISH_HINTS, agents_changed
from .ja_aspect import _AHEAD_HINTS, aspect_changed
from .ja_concession import concession_changed
from .ja_counts import _NUMERAL, counts_exchanged
from .ja_doers import _PASSIVE_KANA, doers_changed
from .ja_doers import giver_changed as handed_over
from .ja_experience import experience_changed
from .ja_honorifics import _HINTS as _HONOUR_HINTS
from .ja_honorifics import honour_changed
from .ja_how_verbs import HOW_WORDS, how_verb_changed
from .ja_items import _BOTH, _EITHER, _JOINS, any_dropped, either_changed, item_added
from .ja_receiving import RECEIVING_HINTS
from .ja_receiving_verbs import receiver_changed
from .ja_tense import _STATE_HINTS, past_changed, tense_changed, until_changed
from .ja_time import _CUES, clause_changed
from .ja_voice import voice_changed


def _says(text: str, hints: tuple[str, ...] | frozenset[str]) -> bool:
    """``text`` contains one of ``hints`` (one C loop, no Python step per hint)."""
    return any(map(text.__contains__, hints))


def _on_one_side(query: str, cached: str, *words: str) -> bool:
    """One prompt says one of ``words`` and the other says none of them."""
    return any(map(query.__contains__, words)) != any(map(cached.__contains__, words))


def _numbered(text: str) -> bool:
    """``text`` may say a numeral once NFKC-normalised (as :func:`.ja_counts._numerals` reads
    it): a numeral as written, or a text NFKC would change (①, ２: read it as the rule does)."""
    return _NUMERAL.search(text) is not None or not unicodedata.is_normalized("NFKC", text)


#: the frame rules in the order they are asked: the rule, the reason's prefix, whether it reads
#: the two analyses too (``rule(query, cached, a, b)``; else ``rule(query, cached)``)
RULES: tuple[tuple[Callable[..., str], str, bool], ...] = (
    (clause_changed, "clause:", False),
    (concession_changed, "clause:", False),
    (voice_changed, "voice:", True),
    (receiver_changed, "receiver:", True),
    (giver_changed, "giver:", True),
    (handed_over, "giver:", True),
    (doers_changed, "", True),  # (giving:, doer:, passive: its own)
    (agents_changed, "", True),  # (causative:, request:, wish: its own)
    (aspect_changed, "aspect:", False),
    (tense_changed, "tense:", False),
    (past_changed, "past:", False),
    (until_changed, "until:", False),
    (experience_changed, "experience:", False),
    (counts_exchanged, "count:", False),
    (honour_changed, "honour:", False),
    (item_added, "item:", True),
    (any_dropped, "scope:", True),
    (either_changed, "scope:", False),
    (how_verb_changed, "how:", True),
)


def gates(query: str, cached: str) -> tuple[bool, ...]:
    """Each rule's gate of :data:`RULES`, in their order: False where the rule would find
    nothing in ``query`` / ``cached`` (see the module docstring)."""
    both = query + cached  # (a hint in either prompt is in this; the rules test it so too)
    received = _says(both, RECEIVING_HINTS)
    wished = ("たい" in query and _says(cached, _WISH_HINTS)) or (
        "たい" in cached and _says(query, _WISH_HINTS)
    )
    caused = _CAUSATIVE_KANA.search(query) is not None or (
        _CAUSATIVE_KANA.search(cached) is not None
    )
    return (
        _says(both, _CUES),  # clause: no time marker on either side is the same none
        "ても" in both or "でも" in both,  # concession
        query.count("を") != cached.count("を"),  # voice: a noun moved from を to が / は
        "を" in query and "を" in cached,  # receiver: a thing taken with を on both sides
        True,  # giver (benefactive): its own gate reads the analyses' words
        received,  # giver (handed over): もらう's kana
        received  # doers: giving (もらう's kana), 自分で on one side, a passive's kana
        or _on_one_side(query, cached, "自分で")
        or ("に" in both and _says(both, _PASSIVE_KANA)),
        received or wished or caused,  # agents: request, wish, causative
        _says(both, _AHEAD_HINTS),  # aspect: ておく's kana
        _says(both, _STATE_HINTS),  # tense: ている's kana
        "た" in query + cached or "だ" in query + cached,  # past: た's kana (泳いだ: だ)
        _on_one_side(query, cached, "までに"),  # until
        _on_one_side(query, cached, "こと", "事"),  # experience
        _numbered(query),  # counts: two numerals on the query's side at least
        _says(both, _HONOUR_HINTS),  # honour
        _says(both, _JOINS),  # item: と / や / か in the longer prompt
        _on_one_side(query, cached, "でも"),  # scope: any
        _says(both, _EITHER) and _says(both, _BOTH),  # scope: either / both
        ("方" in query and _says(cached, HOW_WORDS))  # how: V方 against どう / どの
        or ("方" in cached and _says(query, HOW_WORDS)),
    )


def frame_reason(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The first of the frame rules (:data:`RULES`, see the module docstring) that finds a
    change between ``query`` (analysis ``a``) and ``cached`` (``b``), as its reason
    (``clause:...``, ``voice:...``, ``giver:...``, a doer's or an agent's own,
    ``aspect:...``, ``tense:...``, ``until:...``, ``experience:...``, ``count:...``,
    ``honour:...``, ``item:...``, ``scope:...``, ``how:...``); empty: none. A rule whose gate
    is shut is not called."""
    for open_, (rule, prefix, analysed) in zip(gates(query, cached), RULES, strict=True):
        if open_ and (found := rule(query, cached, a, b) if analysed else rule(query, cached)):
            return prefix + found
    return ""
