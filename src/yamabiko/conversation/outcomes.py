"""What the assistant's replies say the job is, anywhere in the history: a cancellation it
reports, or one act it restricts the job to.

The thread's rules (:mod:`yamabiko.conversation.acts`) read confirmations in the paired
exchanges that restate a user's words. Two kinds of different context slip past them:

1. *A cancellation reported in a reply the other side never makes*: "The orders for the
   12th are cancelled then." / "10月12日のご注文は取り消しますね" after a user who says only
   "we're eating at a restaurant instead" / "そちらは結構です" (no word of reversal of their
   own), in an exchange that pairs with nothing. A reply sentence that asks nothing and is
   not negated *reports* the reversal (:func:`~yamabiko.conversation.tails.reported_acts`:
   "I've cancelled", 取り消しました, 取り消しますね; :func:`~yamabiko.conversation.tails.
   promised_acts`: "I'll cancel the order") or states it done ("That's cancelled then": a
   reversal word that is the sentence's last content word); a reversal *offered* ("You can
   cancel any time", キャンセルもできます) reports nothing. An English passive on a thing
   ("the table is released", "your place has been freed up") reports a reversal too when its
   verb shares a WordNet sense with one of the first senses of a reversal word
   (:func:`given_up`: *release* / *relinquish* "part with a possession or right" is a sense
   of *resign*): a booking handed back is cancelled in other words. Refused when the other
   side says no reversal anywhere: ``history:outcome:cancel``.
2. *One act the job is restricted to*: "only a repaint" / "repainting only" / 塗り直しのみ
   ですね / 交換だけお願いします. The word that のみ / だけ follows, or that *only* precedes
   (after a determiner) or follows at the end of a clause, names an act (English: a verb
   or a noun of action, WordNet; Japanese: a verb, a サ変 noun, or a noun made from a verb,
   塗り直し). Refused when the other side never says that act (nor a verb sharing a WordNet
   sense or a SudachiPy synonym group with it): ``history:only:塗り直し``; a side that
   restricts the job to what the other also asks for ("just a trim" / "a trim") is the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache
from typing import Any

from ..guard import wordnet
from ..guard.facts import Analysis
from ..guard.japanese import long_units, short_units
from ..guard.lexicon import EN_STOPWORDS
from ..guard.opposites import nominal_verbs
from ..guard.wordnet_first import first_lemma, first_lexnames
from ..models import Verdict
from .acts import acts, confirmed_reversals
from .equivalents import verb_senses
from .fact_words import SENTENCE
from .history import Exchange
from .intent import REVERSAL_EN, reversals
from .smalltalk import asks
from .tails import an_act, promised_acts, reported_acts
from .withdrawn import act_said, ja_act_key

__all__ = ["compare_outcomes", "given_up", "reported_reversals", "restricted_acts"]

_WORD = re.compile(r"[a-z]+|[,.;:!?]")
#: words between *only* and the act it restricts ("only a repaint", "only the regrouting")
_DETERMINERS = frozenset({"a", "an", "the", "your", "my", "our", "to", "be"})
#: what may follow a Japanese reversal reported done (取り消しますね, 取り消させていただきました)
_JA_DONE = frozenset({"為る", "致す", "ます", "た", "ね", "よ", "て", "置く", "おく", "頂く",
                      "せる", "です", "済み", "完了"})
#: Japanese particles of restriction (…のみ, …だけ)
_JA_ONLY = frozenset({"のみ", "だけ"})
#: Japanese words skipped back from のみ / だけ to the act (塗り直してもらうだけ: だけ, もらう,
#: て, 直す to 塗る): auxiliaries, the particle て, a bound verb after て or a verb
_JA_TE = frozenset({"て", "で"})
#: a passive on a thing: *the table is released*, *your place has been freed up*
_PASSIVE = re.compile(
    r"\b(?:the|your|our|this|that)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+(?:now\s+|also\s+)?([a-z]+ed)(?:\s+(up|off|back))?\b",
    re.IGNORECASE,
)
#: how many first WordNet senses of a reversal word a passive's verb is compared with (the
#: :mod:`~yamabiko.conversation.intent` rule's measure for phrasal verbs)
_REVERSAL_SENSES = 4


def reported_reversals(
    reply: str, lang: str | None, analyse: Callable[[str], Analysis], thread: set[str]
) -> set[str]:
    """The reversal words (cancel, 取り消す) a reply reports done or promised (see the
    module docstring), in its sentences that ask nothing, are not negated and name a thing
    of the ``thread`` (content words of the side's other turns: "the cake order"; not "this
    year's open days have all ended")."""
    found: set[str] = set()
    for sentence in SENTENCE.findall(reply):
        sentence = sentence.strip()
        if not sentence or asks(sentence) or analyse(sentence).negations:
            continue
        words = confirmed_reversals(sentence, analyse)
        passive = given_up(sentence) if lang != "ja" and not words else set()
        words = words or passive
        if not words or not _words(sentence, analyse) - words & thread:
            continue
        done = reported_acts(sentence, lang) | promised_acts(sentence, frozenset(
            analyse(sentence).content))  # fmt: skip
        if lang == "ja":
            done = done or _ja_done(sentence, words)
        content = [w for w in _WORD.findall(sentence.lower()) if w.isalpha()]
        last = content[-2:] if lang != "ja" else []
        if passive or done or (last and any(reversals(w, analyse(w)) for w in last)):
            found |= words
    return found


def given_up(sentence: str) -> set[str]:
    """The verbs (WordNet lemmas, a phrasal one joined by ``_``) of the English passives on a
    thing in ``sentence`` (:data:`_PASSIVE`: "the table is released") that share a WordNet
    sense with one of the first :data:`_REVERSAL_SENSES` senses of a reversal word
    (:data:`~yamabiko.conversation.intent.REVERSAL_EN`): *release* shares "part with a
    possession or right" with *resign*; not *booked*, *moved*. Empty without WordNet."""
    reversing = _reversal_senses()
    found: set[str] = set()
    for m in _PASSIVE.finditer(sentence) if reversing else ():
        verb, particle = m.group(1).lower(), (m.group(2) or "").lower()
        for lemma in wordnet.lemmas_of(verb, 1):
            phrasal = f"{lemma}_{particle}" if particle else ""
            name = phrasal if phrasal and verb_senses(phrasal) else lemma
            if verb_senses(name) & reversing:
                found.add(name)
    return found


@lru_cache(maxsize=1)
def _reversal_senses() -> frozenset[int]:
    """The first :data:`_REVERSAL_SENSES` WordNet senses of every reversal word (empty
    without WordNet)."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    return frozenset(
        s for w in REVERSAL_EN for s in tables.verb_senses.get(w, ())[:_REVERSAL_SENSES]
    )


def _ja_done(sentence: str, words: set[str]) -> bool:
    """A Japanese sentence whose predicate is one of the reversal ``words`` said as done or
    as the assistant's act (取り消しますね, キャンセルいたしました, 解約させていただきます), not
    offered (キャンセルもできます) nor conditional (取り消すなら)."""
    long = long_units(sentence)
    morphemes = [m for m in (long[1] if long else ()) if m.part_of_speech()[0] != "補助記号"]
    for k, m in enumerate(morphemes):
        if m.normalized_form() in words:
            rest = {x.normalized_form() for x in morphemes[k + 1 :]}
            return bool(rest) and rest <= _JA_DONE
    return False


def _en_restricted(sentence: str) -> set[str]:
    """English acts *only* restricts the job to: "only (a) X" or "X only" at a clause's end."""
    tokens = _WORD.findall(sentence.lower())
    found: set[str] = set()
    for k, token in enumerate(tokens):
        if token != "only":
            continue
        after = [w for w in tokens[k + 1 : k + 4] if w not in _DETERMINERS]
        if after and after[0].isalpha():
            found |= _en_act(after[0], verb=True)
        if k and (k + 1 >= len(tokens) or not tokens[k + 1].isalpha()):  # "a repaint only."
            found |= _en_act(tokens[k - 1], verb=k > 1 and tokens[k - 2] in _DETERMINERS)
    return found


def _en_act(word: str, *, verb: bool) -> set[str]:
    """The WordNet verb lemma ``word`` names as an act: a noun of action, a gerund, or with
    ``verb`` (right after *only*) a verb in any form."""
    if word in EN_STOPWORDS:
        return set()
    verbs = set(nominal_verbs(word))
    if not verbs and (word.endswith("ing") or (verb and _no_thing(word))):
        first = first_lemma(word, 1)
        verbs = {first} if first and (first == word or word.endswith("ing")) else set()
    return {v for v in verbs if an_act(v, untagged=True)}


def _no_thing(word: str) -> bool:
    """``word`` names no thing: none of its WordNet noun senses is other than an act or
    an event (a repaint; not a letter, the front)."""
    if wordnet.load() is None:
        return False
    return all(name in ("noun.act", "noun.event") for name in first_lexnames(word, 0) or ())


def _ja_restricted(sentence: str) -> set[str]:
    """Japanese acts のみ / だけ restrict the job to (塗り直しのみ, 塗り直してもらうだけ)."""
    morphemes = list(short_units(sentence) or ())
    found: set[str] = set()
    for k, m in enumerate(morphemes):
        if m.surface() not in _JA_ONLY or m.part_of_speech()[0] != "助詞":
            continue
        j = k - 1
        while j > 0 and _bound(morphemes[j], morphemes[j - 1]):
            j -= 1
        if j < 0:
            continue
        word, pos = morphemes[j].normalized_form(), morphemes[j].part_of_speech()
        verb = pos[0] == "動詞" and pos[1] != "非自立可能"  # not できるだけ
        if verb or pos[2] == "サ変可能" or (pos[0] == "名詞" and ja_act_key(word) != word):
            found.add(word)
    return found


def _bound(m: Any, before: Any) -> bool:
    """``m`` is skipped back to the act: an auxiliary, the particle て, or a bound verb
    (非自立可能) after て or another verb (not 見るだけ after を: the verb itself)."""
    pos = m.part_of_speech()
    if pos[0] == "助動詞" or (pos[1] == "接続助詞" and m.surface() in _JA_TE):
        return True
    return pos[1] == "非自立可能" and (
        before.part_of_speech()[0] == "動詞" or before.surface() in _JA_TE
    )


def restricted_acts(text: str, lang: str | None) -> set[str]:
    """The acts ``text`` restricts the job to (see the module docstring)."""
    if lang == "ja":
        return _ja_restricted(text)
    return {a for sentence in re.split(r"(?<=[.!?])\s+", text) for a in _en_restricted(sentence)}


class _Side:
    """What one side's history says: its language, reported reversals and restricted acts,
    read once a comparison; whether it says a reversal anywhere and the acts and words it
    says, read only when the other side reports or restricts something."""

    def __init__(self, side: Sequence[Exchange], analyse: Callable[[str], Analysis]) -> None:
        self.analyse = analyse
        self.texts = [t for x in side for t in (x.user, x.reply) if t]
        self.lang = next((analyse(t).lang for t in self.texts), None)
        self.reversal = sorted(
            w for x in side if x.reply
            for w in reported_reversals(x.reply, self.lang, analyse, _thread(
                [t for y in side if y is not x for t in (y.user, y.reply)], analyse))
        )  # fmt: skip
        self.only = sorted({
            a for x in side for t in (x.user, x.reply)
            if t and not analyse(t).negations and not (t == x.reply and _asks_to(t))
            for a in restricted_acts(t, self.lang)
        })  # fmt: skip

    @cached_property
    def any_reversal(self) -> bool:
        """A text of the side says a word of reversal."""
        return any(reversals(t, self.analyse(t)) for t in self.texts)

    @cached_property
    def said(self) -> set[str]:
        """The acts and the words (Japanese: every short unit's form) the side says."""
        lang, analyse = self.lang, self.analyse
        found = {a for t in self.texts for a in acts(t, lang, forms_only=False)}
        return found | {w for t in self.texts for w in _forms(t, lang, analyse)}


def _asks_to(reply: str) -> bool:
    """A reply asks the user to do something (身長制限だけご確認ください, "please only ...")."""
    return any(m.normalized_form() == "下さる" for m in short_units(reply) or ()) or bool(
        re.search(r"\bplease\b", reply, re.IGNORECASE)
    )


def _thread(texts: Sequence[str], analyse: Callable[[str], Analysis]) -> set[str]:
    """The content words and numbers of ``texts`` (the side's other exchanges)."""
    return {w for t in texts if t for w in _words(t, analyse)}


def _words(text: str, analyse: Callable[[str], Analysis]) -> set[str]:
    """The content words and the numbers written in digits of ``text``."""
    return {*analyse(text).content, *re.findall(r"\d+", text)}


def _forms(text: str, lang: str | None, analyse: Callable[[str], Analysis]) -> set[str]:
    """The words of ``text`` an act is looked up in (Japanese: every short unit's form)."""
    if lang == "ja":
        return {m.normalized_form() for m in short_units(text) or ()}
    return set(analyse(text).content)


def compare_outcomes(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> Verdict:
    """Does one side's history report a cancellation, or restrict the job to an act, that
    the other never says (see the module docstring)?"""
    read_q, read_c = _Side(q, analyse), _Side(c, analyse)
    for me, other in ((read_q, read_c), (read_c, read_q)):
        if me.reversal and not other.any_reversal:
            return Verdict(False, f"history:outcome:{me.reversal[0]}")
        for act in me.only:
            if not act_said(act, other.said, me.lang):
                return Verdict(False, f"history:only:{act}")
    return Verdict(True, "history:same")
