"""The act the assistant confirms: two conversations that confirm different services for the
same items ask different things.

A user who flips an intent in the first turn often says it in words no rule of reversal
reads ("you assembled the wardrobe, now I need it *taken apart*"; "I'd rather *trade it in*
than repair it"), and in a turn that says much else, so the minimal-pair rule of
:mod:`yamabiko.conversation.match` sees a reworded turn. The assistant's confirmation names
the service in few words: "Thanks: *dismantling* a double wardrobe", "*trade-in* of a
cracked Galaxy S22", "collection at M14 5RT *cancelled*". This module reads the *acts* those
confirmations name (a reply sentence that asks nothing and is not negated):

- English: a verb form (*dismantling*, *cancelled*, *fitted*), a noun of action made from a
  verb (*collection*, *replacement*: :func:`~yamabiko.guard.opposites.nominal_verbs`), or a
  phrasal verb said with a hyphen or its particle (*trade-in*, *pick up*), each as its
  WordNet verb lemma;
- Japanese: a noun of action (SudachiPy's サ変可能 nouns: 交換, 解体, 下取り) or a verb's
  lemma (取り外す).

A confirmation counts when it shares a content word with a user turn of its side (it
restates the request; "That offer ended last year" in an aside does not). An act is *said* on
the other side when any word there has the same verb lemma or shares a WordNet verb sense with
it (*dismantle* / *take apart*, *collect* / *pick up*). :func:`compare_acts` refuses two
conversations when

1. one side's confirmation names a reversal that undoes in every use (*cancelled*,
   取り消しました; not *leave*, *return*, *end*, 止める: "left on the train", "your return
   ticket") and the other side says no reversal anywhere: ``history:act:cancell``;
2. one side's confirmation names an act the other never says and the other side states a
   WordNet opposite of it (:func:`~yamabiko.guard.opposites.verbs_opposed`, senses and direct
   hypernyms: *dismantle* / *assemble*; Japanese: the lexicon's antonyms): the confirming side
   may say the opposite too ("you assembled it, now take it apart"), its confirmation decides:
   ``history:act:dismantle->assemble``;
3. Japanese: both confirmations name a service for a shared item (…のXですね: エアコンの
   取り付け / エアコンの取り外し) that the other side never says, and SudachiPy's synonym
   groups do not join them (設置 / 取り付け): ``history:act:取り付け->取り外し``;
4. a side whose user rejects an alternative (:func:`~yamabiko.conversation.contrast.
   contrasts`: *rather than*, *instead*, ではなく) confirms an act the other never says, and
   the other side's confirmation names an act this side never says, for the same items (the
   two confirmations share a word): ``history:act:instead:replace->trade_in``;
5. one side withdraws an act the other states (*please don't recover the sofa*, 丸洗いは
   やめて), or one confirmation adds a service for the same items (丸洗いと保管ですね against
   丸洗いですね): :mod:`yamabiko.conversation.withdrawn`.

Without a contrast, two confirmations naming two acts are not refused: a reworded twin names
one service by two verbs as often (*hem* / *shorten*, *move* / *upgrade* a line) as a flipped
intent names two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from ..guard import ja_synonyms, wordnet
from ..guard.facts import Analysis
from ..guard.japanese import long_units, short_units
from ..guard.lexicon import EN_STOPWORDS
from ..guard.opposites import nominal_verbs, verbs_opposed
from ..guard.wordnet_first import first_lemma
from ..models import Verdict
from .contrast import contrasts
from .dropped import compare_dropped
from .equivalents import shares_verb_sense, verb_senses
from .fact_words import SENTENCE
from .history import Exchange
from .intent import reversals
from .opposites import opposites_of
from .smalltalk import asks
from .withdrawn import compare_added, compare_withdrawn

__all__ = ["acts", "compare_acts", "confirmations", "confirmed_reversals", "received_acts"]

_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)?")
#: particles after which a verb is read as a phrasal verb (trade in, take apart, drop off)
_PARTICLES = frozenset({*wordnet.PARTICLES, "apart", "together"})
#: verb endings read as an act (a bare verb in a confirmation is rare and often a noun: "book")
_FORMS = ("ed", "ing")
#: verbs of saying, thanking and being that name no service
_LIGHT = frozenset({"thank", "note", "see", "understand", "do", "be", "have", "get", "go",
                    "make", "sound", "expect", "confirm", "arrange", "book", "help",
                    "look", "say", "hear", "sort", "let", "need", "want", "like"})  # fmt: skip


def confirmations(side: Sequence[Exchange], analyse: Callable[[str], Analysis]) -> list[str]:
    """The sentences of a side's replies that ask nothing and are not negated."""
    found = []
    for x in side:
        for sentence in SENTENCE.findall(x.reply or ""):
            sentence = sentence.strip()
            if sentence and not asks(sentence) and not analyse(sentence).negations:
                found.append(sentence)
    return found


def _en_acts(text: str, *, forms_only: bool) -> set[str]:
    """The English acts of ``text`` as WordNet verb lemmas (see :func:`acts`)."""
    tokens = _TOKEN.findall(text.lower())
    found: set[str] = set()
    for k, token in enumerate(tokens):
        if token in EN_STOPWORDS:
            continue
        head, hyphen, particle = token.partition("-")
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not hyphen and after in _PARTICLES:
            head, particle = token, after
        if particle in _PARTICLES:
            lemma = first_lemma(head, 1)
            if lemma and verb_senses(f"{lemma}_{particle}"):
                found.add(f"{lemma}_{particle}")
                continue
        if hyphen:
            continue
        verbs = nominal_verbs(token)
        if not verbs and (not forms_only or token.endswith(_FORMS)):
            first = first_lemma(token, 1)
            verbs = (first,) if first else ()
        found.update(v for v in verbs if v not in _LIGHT)
    return found


def _ja_acts(text: str) -> set[str]:
    """The lemmas of the Japanese verbs (not 非自立可能) and サ変 nouns of ``text``."""
    found: set[str] = set()
    for m in short_units(text) or []:
        pos = m.part_of_speech()
        noun = pos[0] == "名詞" and pos[2] == "サ変可能"
        if noun or (pos[0] == "動詞" and pos[1] != "非自立可能"):
            found.add(m.normalized_form())
    return found


#: what ends a Japanese confirmation that names a service (…の取り付けですね)
_JA_ENDS = frozenset({"です", "でございます", "ね", "。"})


@lru_cache(maxsize=4096)
def ja_service(text: str) -> tuple[str, frozenset[str]]:
    """The service a Japanese confirmation names and the items it names it for: the last
    noun before です / でございます / ね in a sentence that says …の (エアコンの取り付け
    ですね: 取り付け, {エアコン}); ("", ∅) when it names none."""
    found = long_units(text)
    if found is None:
        return "", frozenset()
    morphemes = [m for m in found[1] if m.part_of_speech()[0] != "接頭辞"]
    for k, m in enumerate(morphemes[1:], 1):
        if m.normalized_form() not in _JA_ENDS or morphemes[k - 1].part_of_speech()[0] != "名詞":
            continue
        before = morphemes[: k - 1]
        ends = [j for j, b in enumerate(before) if b.part_of_speech()[1] == "句点"]
        before = before[ends[-1] + 1 :] if ends else before  # this sentence's words only
        if before and before[-1].surface() == "の":
            items = {b.normalized_form() for b in before if _ja_item(b)}
            if items:
                return morphemes[k - 1].normalized_form(), frozenset(items)
    return "", frozenset()


def _ja_item(m: Any) -> bool:
    """A SudachiPy morpheme that names an item: a common or proper noun, not one of time."""
    pos = m.part_of_speech()
    return pos[0] == "名詞" and pos[1] in ("普通名詞", "固有名詞") and pos[2] != "副詞可能"


@lru_cache(maxsize=4096)
def acts(text: str, lang: str | None, *, forms_only: bool = True) -> frozenset[str]:
    """The acts ``text`` names (see the module docstring); with ``forms_only`` False an
    English verb in its base form counts too (what a user asks for: "assemble"). Kept per
    text: a lookup compares one history with many candidates' and texts recur."""
    found = _ja_acts(text) if lang == "ja" else _en_acts(text, forms_only=forms_only)
    return frozenset(found)


#: Japanese verbs of receiving a favour (頂く, 下さる): the act before them is the addressee's
_RECEIVED = frozenset({"頂く", "下さる"})


def received_acts(text: str) -> frozenset[str]:
    """The acts a Japanese ``text`` says the addressee does for the speaker: a verb or a
    noun read straight before 頂く / 下さる (with て or で between at most: 使っていただいて,
    ご利用いただき, 選んでくださって). A reply that names such an act thanks the user for
    something the user does; it takes up no work of its own (前輪も追加しますね)."""
    morphemes = short_units(text) or []
    found = set()
    for k, m in enumerate(morphemes):
        if m.normalized_form() not in _RECEIVED or m.part_of_speech()[0] != "動詞":
            continue
        j = k - 1
        if j >= 0 and morphemes[j].normalized_form() == "て":
            j -= 1
        if j >= 0 and morphemes[j].part_of_speech()[0] in ("動詞", "名詞"):
            found.add(morphemes[j].normalized_form())
    return frozenset(found)


def reports_done(text: str, lang: str | None) -> bool:
    """``text`` says an act in a past form: Japanese た after a verb (追加しました), English a
    word in -ed that :func:`acts` reads as an act ("gutter clearing added"; not "Noted")."""
    if lang == "ja":
        return any(
            m.normalized_form() == "た" and m.part_of_speech()[0] == "助動詞"
            for m in short_units(text) or []
        )
    return any(w.endswith("ed") and acts(w, lang) for w in _TOKEN.findall(text.lower()))


def _said(act: str, words: set[str]) -> bool:
    """``act`` or a verb sharing a WordNet verb sense with it is among ``words``."""
    return act in words or shares_verb_sense(act, words)


def _opposed(act: str, words: Iterable[str], lang: str | None) -> str:
    """The first of ``words`` opposed to ``act`` (Japanese: the lexicon's antonyms; English:
    :func:`~yamabiko.guard.opposites.verbs_opposed`), else ""."""
    for word in sorted(words):
        if lang == "ja":
            if word in opposites_of(act, "ja"):
                return word
        elif _verbs_opposed(act, word):
            return word
    return ""


@lru_cache(maxsize=8192)
def _verbs_opposed(first: str, second: str) -> bool:
    """:func:`~yamabiko.guard.opposites.verbs_opposed`, kept per pair of verbs."""
    return verbs_opposed(first, second)


def compare_acts(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> Verdict:
    """Do two conversations confirm different acts (see the module docstring)?"""
    read = {}
    for key, side in (("q", q), ("c", c)):
        texts = [t for x in side for t in (x.user, x.reply) if t]
        users = [x.user for x in side if x.user]
        lang = next((analyse(t).lang for t in texts), None)
        stated = {w for t in users for w in analyse(t).content}
        confirmed = [
            s for s in confirmations(side, analyse) if stated & set(analyse(s).content)
        ]
        read[key] = {
            "lang": lang,
            "confirmed": {a for s in confirmed for a in acts(s, lang)},
            "all": {a for t in texts for a in acts(t, lang, forms_only=False)},
            "reversal": sorted(w for s in confirmed for w in confirmed_reversals(s, analyse)),
            "any_reversal": any(reversals(t, analyse(t)) for t in texts),
            "contrast": any(_rejects(t, lang or "en") for t in users),
            "words": {w for s in confirmed for w in analyse(s).content},
            "services": [ja_service(s) for s in confirmed] if lang == "ja" else [],
            "said": _ja_said(texts) if lang == "ja" else set(),
        }
    for mine, theirs in (("q", "c"), ("c", "q")):
        me, other = read[mine], read[theirs]
        if me["reversal"] and not other["any_reversal"]:
            return Verdict(False, f"history:act:{me['reversal'][0]}")
        lost = sorted(a for a in me["confirmed"] if not _said(a, other["all"]))
        for act in lost:
            opposite = _opposed(act, other["all"], me["lang"])
            if opposite:
                return Verdict(False, f"history:act:{act}->{opposite}")
        if me["lang"] == "ja" and other["lang"] == "ja":
            found = _services_differ(me["services"], other["services"], other["said"], me["said"])
            if found:
                return Verdict(False, f"history:act:{found}")
        if lost and me["contrast"] and me["words"] & other["words"]:
            theirs_lost = sorted(a for a in other["confirmed"] if not _said(a, me["all"]))
            if theirs_lost:
                return Verdict(False, f"history:act:instead:{theirs_lost[0]}->{lost[0]}")
    found = compare_withdrawn(q, c, analyse)
    if found.accept:
        found = compare_dropped(q, c, analyse)
    if found.accept:
        found = compare_added(q, c, lambda side: confirmations(side, analyse), analyse)
    return found


def _ja_said(texts: Iterable[str]) -> set[str]:
    """Every normalised form of every long and short unit of Japanese ``texts``."""
    return {form for text in texts for form in _ja_forms(text)}


@lru_cache(maxsize=4096)
def _ja_forms(text: str) -> frozenset[str]:
    """The normalised forms of the long and short units of one Japanese text."""
    long = long_units(text)
    found = {m.normalized_form() for m in (long[1] if long else ())}
    found.update(m.normalized_form() for m in short_units(text) or ())
    return frozenset(found)


def _services_differ(
    mine: list[tuple[str, frozenset[str]]],
    theirs: list[tuple[str, frozenset[str]]],
    said_theirs: set[str],
    said_mine: set[str],
) -> str:
    """``mine->theirs`` when two Japanese confirmations name a service each for a shared item
    (エアコンの取り付け / エアコンの取り外し) and neither side says the other's service."""
    for service, items in mine:
        for other, their_items in theirs:
            if (
                service and other and service != other and items & their_items
                and service not in said_theirs and other not in said_mine
                and not ja_synonyms.groups(service) & ja_synonyms.groups(other)
            ):  # fmt: skip
                return f"{service}->{other}"
    return ""


@lru_cache(maxsize=4096)
def _rejects(text: str, lang: str) -> bool:
    """``text`` holds a contrastive construction (:func:`~yamabiko.conversation.contrast.
    contrasts`), kept per text."""
    return bool(contrasts(text, lang)[1])


#: reversal words that undo in every use (not *leave*, *return*, *end*: "left on the train",
#: "your return ticket", "the offer ended")
_PLAIN = frozenset({"leave", "leav", "stop", "end", "close", "clos", "return", "pause", "止める"})


def confirmed_reversals(text: str, analyse: Callable[[str], Analysis]) -> set[str]:
    """The reversal words a confirmation says, unambiguous ones only (no phrasal verb)."""
    return {w for w in reversals(text, analyse(text)) if "+" not in w and w not in _PLAIN}
