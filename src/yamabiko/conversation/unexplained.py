"""The last step of the comparison of histories: a difference between the paired exchanges
that no earlier step explained.

Every earlier step reads one kind of difference (a reversal word, an alternative rejected, a
fact repeated back, a count, a cancellation reported). A different context that none of them
reads is served: across eight unseen record runs each miss was a new wording of one shape, the
*assistant's confirmation of a paired exchange saying something the other conversation never
says*: "dismantling a double wardrobe" / "a double wardrobe", "request to return to unmetered
charges", "the recover is stopped and we'll only refill the cushions", 今の学校への通学をご希望
ですね / 転居ですね. An earlier step accepts such a pair because the words are said on one side
only, which it reads as added detail.

:func:`compare_unexplained` reads that shape without a list of words. For each paired
exchange that is not the same text on both sides, the *unexplained* words of a turn are its
content words (of the sentences that ask nothing, the reply's chatter removed:
:func:`~yamabiko.conversation.replies.paired_without_chatter`) that the other conversation
never says, nor an equivalent word (the guard's minimal-pair alignment: inflection, script,
synonym, the embedder's word vectors). Then

- the user turns leave nothing unexplained, yet a reply does (on either side): the same
  request was confirmed as something else, so what differs lies in the context
  (``history:unexplained-reply:<words>``);
- the user turns differ and *both* replies leave words unexplained: the change was said and
  confirmed otherwise on both sides, which no step read as a rewording
  (``history:unexplained-turn:<words>-><words>``).

A reworded thread whose confirmations say the same things in the other side's words passes;
so does a word added on one side in a user turn only (detail the assistant did not confirm).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..guard import wordnet
from ..guard.facts import Analysis
from ..guard.units import Unit
from ..models import Verdict
from .equivalents import predicates
from .fact_words import SENTENCE
from .facts import unit_names
from .history import Exchange, pair_exchanges, said, user_words
from .replies import paired_without_chatter
from .smalltalk import asks

__all__ = ["compare_unexplained", "names_a_thing", "unexplained_alone"]

Units = Callable[[str], Sequence[Unit]]
Unsaid = Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]]


def compare_unexplained(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    paired: dict[int, int],
    *,
    units: Units,
    unsaid: Unsaid,
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Refuse two histories when a paired exchange differs in a way no step explained (see
    the module docstring). ``units``: a turn's minimal-pair units; ``unsaid``: the units of
    the first list that the second never says nor an equivalent of; ``analyse``: a text's
    guard analysis."""
    everything_q = [u for text in said(q) for u in units(text)]
    everything_c = [u for text in said(c) for u in units(text)]
    users = user_words(q, c, analyse)
    for i, j in sorted(paired.items()):
        x, y = q[i], c[j]
        if (x.user, x.reply) == (y.user, y.reply) or not (x.reply and y.reply):
            continue
        asked_q = unsaid(_content(x.user, units), everything_c)
        asked_c = unsaid(_content(y.user, units), everything_q)
        reply_q, reply_c = paired_without_chatter(x.reply, y.reply, users, analyse)
        told_q = unsaid(_stated_content(reply_q, units), everything_c)
        told_c = unsaid(_stated_content(reply_c, units), everything_q)
        if not (asked_q or asked_c) and (told_q or told_c):
            names = "->".join(unit_names(found) for found in (told_q, told_c) if found)
            return Verdict(False, f"history:unexplained-reply:{names}")
        if (asked_q or asked_c) and told_q and told_c:
            return Verdict(
                False, f"history:unexplained-turn:{unit_names(told_q)}->{unit_names(told_c)}"
            )
    return Verdict(True, "history:same")


def unexplained_alone(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    *,
    match: float,
    units: Units,
    unsaid: Unsaid,
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """This step on its own, the other steps not consulted (to measure what it catches): the
    exchanges paired as the comparison pairs them (cosine from ``match``, answers to paired
    questions), then :func:`compare_unexplained`; ``history:unpaired`` when none pair."""
    if not (q and c):
        return Verdict(False, "history:unpaired")
    _sims, paired = pair_exchanges(q, c, match)
    if not paired:
        return Verdict(False, "history:unpaired")
    return compare_unexplained(q, c, paired, units=units, unsaid=unsaid, analyse=analyse)


def _content(text: str, units: Units) -> list[Unit]:
    """The content units of ``text``."""
    return [u for u in units(text) if u.kind == "content"] if text else []


def _stated_content(text: str, units: Units) -> list[Unit]:
    """The content units of the sentences of ``text`` that ask nothing (an offer, "new, or
    on the family account?", states neither option) and that name a thing or an act
    (:func:`names_a_thing`): the assistant's own acts and manners, "Noted", "I can see your
    workspace", 承知しました, "free" / "available", are no part of the request."""
    return [
        u for sentence in SENTENCE.findall(text) if sentence.strip() and not asks(sentence)
        for u in _content(sentence.strip(), units)
        if names_a_thing(u.text, predicates(sentence.strip()))
    ]  # fmt: skip


def names_a_thing(word: str, acts: frozenset[str]) -> bool:
    """``word`` names a thing or an act: a Japanese word that is no predicate of its
    sentence (``acts``: 承知しました, 承ります; 塗り直しのみですね names the job), an English
    noun (:func:`_english_noun`: *store*, *auction*, *trade-in*), not a word that is mostly a
    verb, an adjective or an adverb (*booked*, *see*, *available*, *active*)."""
    if word in acts:
        return False
    return not word.isascii() or _english_noun(word.lower())


@lru_cache(maxsize=4096)
def _english_noun(word: str) -> bool:
    """An English word that WordNet's tagged senses make a noun at least as often as any other
    part of speech (*store*, *repair*; not *active*, an adjective first), or that WordNet does
    not know at all (a name, a rare word); True without WordNet."""
    tables = wordnet.load()
    if tables is None:
        return True
    senses = [
        sum(len(tables.index[pos].get(lemma, ())) for lemma in wordnet.lemmas_of(word, pos))
        for pos in range(len(wordnet.POS))
    ]
    return senses[0] >= max(senses)
