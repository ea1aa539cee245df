"""Intents a user withdraws and services a confirmation adds: two more ways two conversations
about the same items ask different things.

1. **A withdrawn intent.** A user who no longer wants an act says so by a negated request
   ("please don't recover the sofa; just put new foam in the cushions", "don't collect it, I'll
   bring it in", 丸洗いはやめて, 布団は洗わないでください), and the assistant may confirm it
   with *stopped* ("the recover is stopped"). No word of reversal (*cancel*, 解約) is said, so
   :mod:`yamabiko.conversation.intent` reads none. :func:`withdrawn` reads the act such a
   request or confirmation names (English: the verb after *don't* / *do not* / *no need to*,
   as its WordNet verb lemma, or the noun before *is stopped*; Japanese: the サ変 noun or verb
   before はやめて / をやめて / は中止 / ないでください). :func:`compare_withdrawn` refuses
   when one side withdraws an act that the other side states in a sentence neither negated
   nor contrasting (*rather than*, ではなく) nor saying a word of reversal (*cancel*, 終了),
   and the other side withdraws it nowhere and the withdrawing side's user never asks for it
   outright: ``history:act:withdrawn:recover``.
2. **A service added in one confirmation.** One confirmation names two services joined by
   *and* / と for the same items ("a wash and storage for the two futons", 丸洗いと保管ですね),
   the other side's confirmation names only the first and the second is said nowhere on that
   side, in no word of a shared WordNet verb sense or SudachiPy synonym group:
   ``history:act:added:保管``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from ..guard import ja_synonyms
from ..guard.facts import Analysis
from ..guard.ja_receiving import ASKED_AUX
from ..guard.japanese import long_units
from ..guard.opposites import nominal_verbs
from ..guard.wordnet_first import first_lemma
from ..models import Verdict
from .clauses import ja_act_key
from .contrast import contrasts
from .equivalents import shares_verb_sense
from .fact_words import SENTENCE
from .history import Exchange
from .intent import reversals

__all__ = ["act_said", "added_services", "compare_withdrawn", "ja_act_key", "withdrawn"]

#: a negated request: *please don't X*, *don't X* opening a clause, *no need to X*
_DONT = re.compile(
    r"(?:^|[.;:,!?(\-–—]\s*|\b(?:please|so|just|and|but|then|actually|now)\s+)"
    r"(?:please\s+)?(?:don'?t|don’t|do\s+not|no\s+need\s+to|skip)\s+(?:bother\s+)?(?:the\s+)?([a-z]+)",
    re.IGNORECASE,
)
#: an act confirmed as stopped: *the recover is stopped*, *collection has been called off*
_STOPPED = re.compile(
    r"\b([a-z]+(?:-[a-z]+)?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
    r"(?:stopped|halted|called\s+off|dropped|scrapped)\b",
    re.IGNORECASE,
)
#: verbs whose negated request withdraws nothing (don't worry, don't forget to bring it)
_NOT_ACTS = frozenset({"worry", "forget", "hesitate", "mind", "rush", "panic", "know", "think",
                       "be", "have", "get", "do", "go", "let", "make", "need", "want", "see",
                       "say", "tell", "look", "wait", "miss", "stop", "leave", "put"})  # fmt: skip
#: Japanese verbs of stopping after which the act before them is withdrawn
_JA_STOP = frozenset({"やめる", "止める", "中止", "取り止める"})
#: what follows …ないで in a Japanese negated request: the auxiliaries that ask an act of the
#: other party (:data:`~yamabiko.guard.ja_receiving.ASKED_AUX`) but 呉れる, whose past tells
#: of a favour done (母が洗わないでくれた: she left it unwashed for me), which withdraws nothing;
#: this reading has no test of a doer named with が, as :mod:`.requests` has, to tell them apart
_JA_ASK = ASKED_AUX - {"呉れる"}
#: what ends a Japanese confirmation (…ですね)
_JA_ENDS = frozenset({"です", "でございます", "ね", "。"})


def _en_verb(token: str) -> str:
    """``token`` as a WordNet verb lemma (a noun of action as its verb), else ""."""
    token = token.lower()
    verb = min(nominal_verbs(token), default="") or first_lemma(token, 1)
    return "" if verb in _NOT_ACTS else verb


def _ja_act(m: Any) -> str:
    """A long unit as an act (a サ変 noun or a verb that is not 非自立可能), else ""."""
    pos = m.part_of_speech()
    if (pos[0] == "名詞" and pos[2] == "サ変可能") or (pos[0] == "動詞" and pos[1] != "非自立可能"):
        return m.normalized_form()
    return ""


@lru_cache(maxsize=4096)
def withdrawn(text: str, lang: str | None) -> frozenset[str]:
    """The acts ``text`` withdraws (see the module docstring)."""
    if lang != "ja":
        found = {_en_verb(m.group(1)) for m in _DONT.finditer(text)}
        found |= {_en_verb(m.group(1).partition("-")[0]) for m in _STOPPED.finditer(text)}
        return frozenset(found - {""})
    units = long_units(text)
    morphemes = list(units[1]) if units else []
    found = set()
    for k, m in enumerate(morphemes):
        form = m.normalized_form()
        stop = form in _JA_STOP and k and morphemes[k - 1].surface() in ("は", "を", "の", "も")
        negated = (
            form == "ない" and k + 2 < len(morphemes) and morphemes[k + 1].surface() == "で"
            and morphemes[k + 2].normalized_form() in _JA_ASK
        )  # fmt: skip
        if not (stop or negated):
            continue
        for before in reversed(morphemes[:k]):
            if before.part_of_speech()[1] in ("読点", "句点"):
                break
            act = _ja_act(before)
            if act and act not in _JA_STOP:
                found.add(act)
                break
    return frozenset(found)


def _ja_service(m: Any) -> str:
    """A long unit as a service: an act or a common noun not of time or counting (額装)."""
    pos = m.part_of_speech()
    plain = pos[0] == "名詞" and pos[1] == "普通名詞" and pos[2] == "一般"
    return m.normalized_form() if plain else _ja_act(m)


def _stated(text: str, lang: str | None) -> set[str]:
    """The acts ``text`` names, English verbs in any form, Japanese long units."""
    if lang == "ja":  # a service is often named by a plain noun (取り外し, 額装)
        return _ja_nouns(text)
    return {v for t in re.findall(r"[a-z]+", text.lower()) if (v := _en_verb(t))}


def act_said(act: str, words: Iterable[str], lang: str | None) -> bool:
    """``act`` among ``words``, or one sharing a WordNet verb sense / SudachiPy synonym group."""
    words = set(words)
    if act in words:
        return True
    if lang == "ja":
        if ja_act_key(act) in {ja_act_key(w) for w in words}:
            return True
        return ja_synonyms.shares_group(act, words)
    return shares_verb_sense(act, words)


def _sentences(side: Sequence[Exchange], *, users_only: bool = False) -> list[str]:
    """Every sentence of a side's turns (its users' only, with ``users_only``)."""
    texts = [x.user for x in side] + ([] if users_only else [x.reply for x in side])
    return [s.strip() for t in texts if t for s in SENTENCE.findall(t) if s.strip()]


def _kept(sentence: str, lang: str | None) -> set[str]:
    """The acts a sentence states and does not withdraw."""
    return _stated(sentence, lang) - withdrawn(sentence, lang)


def compare_withdrawn(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> Verdict:
    """Does one side withdraw an act the other states (see the module docstring)?"""
    read = {}
    for key, side in (("q", q), ("c", c)):
        sentences = _sentences(side)
        lang = next((analyse(s).lang for s in sentences), None)
        plain = [
            s for s in sentences
            if not analyse(s).negations and not contrasts(s, lang or "en")[1]
            and not reversals(s, analyse(s))  # 単身割引を終了してください undoes it too
        ]  # fmt: skip
        users = set(_sentences(side, users_only=True))
        read[key] = {
            "lang": lang,
            "withdrawn": {a for s in sentences for a in withdrawn(s, lang)},
            "stated": {a for s in plain for a in _kept(s, lang)},
            "asked": {a for s in plain if s in users for a in _kept(s, lang)},
        }
    for me, other in ((read["q"], read["c"]), (read["c"], read["q"])):
        for act in sorted(me["withdrawn"] - me["asked"]):
            if act in other["withdrawn"] or not act_said(act, other["stated"], me["lang"]):
                continue
            if any(act_said(w, {act}, me["lang"]) for w in other["withdrawn"]):
                continue
            return Verdict(False, f"history:act:withdrawn:{act}")
    return Verdict(True, "history:same")


@lru_cache(maxsize=4096)
def added_services(text: str, lang: str | None) -> tuple[str, str]:
    """(first, added) when a confirmation names two services joined by *and* / と (丸洗いと
    保管ですね: 丸洗い, 保管; "a wash and storage": wash, store), else ("", "")."""
    if lang == "ja":
        units = long_units(text)
        ms = [m for m in (units[1] if units else ()) if m.part_of_speech()[0] != "接頭辞"]
        for k in range(3, len(ms)):
            if ms[k].normalized_form() not in _JA_ENDS or ms[k - 2].surface() not in ("と", "及び"):
                continue
            first, second = _ja_service(ms[k - 3]), _ja_service(ms[k - 1])
            if first and second and first != second:
                return first, second
        return "", ""
    tokens = re.findall(r"[a-z]+", text.lower())
    for k, token in enumerate(tokens):
        if token != "and" or k == 0 or k + 1 >= len(tokens):
            continue
        article = tokens[k + 1] in ("a", "an", "the") and k + 2 < len(tokens)
        after = tokens[k + 2] if article else tokens[k + 1]
        first, second = _noun_act(tokens[k - 1]), _noun_act(after)
        if first and second and first != second:
            return first, second
    return "", ""


def _noun_act(token: str) -> str:
    """An English noun of action, -ing form or a noun that is also a verb as its verb lemma
    (*storage*: store; *wash*), else ""."""
    verb = min(nominal_verbs(token), default="")
    if not verb:  # a -ing form, or a noun that is its own verb (a wash, repair)
        first = first_lemma(token, 1)
        verb = first if token.endswith("ing") or first == token else ""
    return "" if verb in _NOT_ACTS else verb


def compare_added(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    confirmed: Callable[[Sequence[Exchange]], list[str]],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Does one confirmation add a service the other side never names (module docstring)?"""
    for me, other in ((q, c), (c, q)):
        mine, theirs = confirmed(me), confirmed(other)
        if not mine or not theirs:
            continue
        lang = analyse(mine[0]).lang
        said = {a for s in _sentences(other) for a in _stated(s, lang)}
        named = {a for s in theirs for a in _stated(s, lang)}
        words = {w for s in theirs for w in analyse(s).content}
        for sentence in mine:
            first, added = added_services(sentence, lang)
            if not first or not act_said(first, named, lang) or act_said(added, said, lang):
                continue
            if set(analyse(sentence).content) & words - {first, added}:
                return Verdict(False, f"history:act:added:{added}")
    return Verdict(True, "history:same")


def _ja_nouns(text: str) -> set[str]:
    """The normalised forms of a Japanese text's long units (a service said as a noun)."""
    units = long_units(text)
    return {m.normalized_form() for m in (units[1] if units else ())}
